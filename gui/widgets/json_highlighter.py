"""Colours for JSON keys, strings, numbers and true/false/null, readable on light and dark palettes."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QPalette, QSyntaxHighlighter, QTextCharFormat, QTextDocument

#: One pass per line: a quoted string is a key when a colon follows, and is consumed whole, so digits
#: or "true" inside it are never coloured as numbers or literals.
_TOKEN = re.compile(
    r'(?P<key>"(?:[^"\\]|\\.)*"(?=\s*:))'
    r'|(?P<string>"(?:[^"\\]|\\.)*")'
    r'|(?P<number>-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)'
    r'|(?P<literal>\b(?:true|false|null)\b)'
)

_LIGHT = {"key": "#1d4ed8", "string": "#15803d", "number": "#b45309", "literal": "#7e22ce"}
_DARK = {"key": "#93c5fd", "string": "#86efac", "number": "#fcd34d", "literal": "#d8b4fe"}


class JsonHighlighter(QSyntaxHighlighter):
    """Line-by-line: the bodies are pretty-printed, so no token spans two lines."""

    def __init__(self, document: QTextDocument, palette: QPalette) -> None:
        super().__init__(document)
        dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
        colors = _DARK if dark else _LIGHT
        self._formats: dict[str, QTextCharFormat] = {}
        for name, color in colors.items():
            fmt = QTextCharFormat()
            fmt.setForeground(QColor(color))
            if name == "key":
                fmt.setFontWeight(QFont.Weight.DemiBold)
            self._formats[name] = fmt

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt override
        formats, set_format = self._formats, self.setFormat
        for m in _TOKEN.finditer(text):
            start = m.start()
            set_format(start, m.end() - start, formats[m.lastgroup])  # type: ignore[index]  # every alternative is named
