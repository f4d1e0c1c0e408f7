"""Marking the English sentences a person reads, so the window can show them in their language.

``core`` never imports Qt, so it cannot translate. Instead every sentence meant for a person is made
from a template marked with ``N_`` (``N_("Row {row}: {what} is required and is empty").format(...)``):
the marker returns the text unchanged and remembers the template, and the window's one translating
function (``gui.basics.language.core_text``) matches a finished message against the remembered
templates, translates the template and puts the variable parts back. The command line prints the
English as it is. ``.ci/i18n.py`` finds every ``N_("…")`` to put it in the translation files.
"""

from __future__ import annotations

#: The translation context of core's sentences in the .ts/.qm files.
CONTEXT = "core"
#: Template parts whose value is itself a marked sentence or word (``{problem}`` = "is not a number",
#: ``{what}`` = a field's label, ``{delimiter}`` = "tab", ``{more}`` = the rest of a sentence made of
#: marked pieces, or nothing): the window translates these too. Every other
#: part (a column name, a cell's value, a file name) is the person's own text and is left as it is.
TRANSLATED_PARTS = frozenset({"problem", "what", "delimiter", "more", "said"})
#: Template parts that list marked words with ", " (``{fields}`` = "First name, Last name"): the
#: window translates each (a label that holds ", " itself is found whole).
LISTED_PARTS = frozenset({"fields"})
_marked: set[str] = set()
_templates: list[str] = []  # the marked texts with {parts}, longest first (most specific match first)


def N_(text: str) -> str:  # noqa: N802 - the conventional name of a no-op translation marker
    """Mark ``text`` for translation and return it unchanged."""
    global _templates
    if text not in _marked:
        if "{" in text:  # a new list, never sorted in place: the window may be reading the old one
            _templates = sorted([*_templates, text], key=len, reverse=True)
        _marked.add(text)
    return text


def marked() -> set[str]:
    return _marked


def templates() -> list[str]:
    return _templates
