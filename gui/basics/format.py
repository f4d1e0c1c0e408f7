"""Numbers and sizes as a person reads them, in their locale ("3,214", "28.1 KB")."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QLocale


@lru_cache(maxsize=1)
def _locale() -> QLocale:
    loc = QLocale()
    if loc.language() == QLocale.Language.C:
        # The C locale omits thousands separators; "200000 rows" is hard to read.
        loc = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return loc


def fmt_int(n: int) -> str:
    """``3214`` → ``3,214`` (or ``3.214``, ``3 214`` … by locale)."""
    return _locale().toString(int(n))


def fmt_size(n_bytes: int) -> str:
    """``28800`` → ``28.1 KB``."""
    return _locale().formattedDataSize(int(n_bytes), 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def link_html(url: str, text: str) -> str:
    """A clickable link for a rich-text QLabel; the words are escaped, the address is the CRM's own."""
    from html import escape

    return f'<a href="{escape(url, quote=True)}">{escape(text)}</a>'
