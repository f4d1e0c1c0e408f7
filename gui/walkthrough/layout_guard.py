"""The window as a person sees it: is any text cut, anything outside the window, any table too short?

``contact-importer demo --size WIDTHxHEIGHT`` calls ``cut_widgets(window)`` after every step and exits 1
naming the step and the widget when something is cut. What counts:

* every visible label, button, radio button, check box, table header and tab shows its whole text:
  the width the text needs (``QFontMetrics``, with the widget's own padding as its size hint says) is
  compared with the room the widget has; a word-wrapped label must fit its height too;
* nothing visible lies outside the window, or outside a parent that cuts it off (a layout squeezed
  below its minimum size does that); what sits inside a scroll area may scroll and is not counted;
* every visible table shows at least ``MIN_TABLE_ROWS`` rows.

It reads only geometry and fonts, so it works offscreen, and it is cheap (a few ms a step).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QTabBar,
    QTableView,
    QToolButton,
    QWidget,
)

#: A table must have room for at least this many rows.
MIN_TABLE_ROWS = 5
#: Rounding between a size hint and a laid-out size.
SLACK = 2


@dataclass(frozen=True)
class Cut:
    """One thing a person cannot read whole: which widget, and how."""

    widget: str
    problem: str

    def __str__(self) -> str:
        return f"{self.widget}: {self.problem}"


def describe(w: QWidget) -> str:
    """A widget as a person and a developer would find it: its kind, object name and text."""
    kind = type(w).__name__
    name = w.objectName()
    text = _text(w)
    parts = [kind]
    if name and not name.startswith("qt_"):
        parts.append(f"#{name}")
    if text:
        parts.append(f"“{_short(text)}”")
    elif w.accessibleName():
        parts.append(f"[{_short(w.accessibleName())}]")
    owner = w.parentWidget()
    while owner is not None and (not owner.objectName() or owner.objectName().startswith("qt_")):
        owner = owner.parentWidget()
    if owner is not None:
        parts.append(f"in #{owner.objectName()}")
    return " ".join(parts)


def _short(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _text(w: QWidget) -> str:
    if isinstance(w, QLabel):
        return w.text()
    if isinstance(w, QAbstractButton):
        return w.text()
    return ""


def _might_be_rich(text: str) -> bool:
    from PySide6 import QtGui

    return bool(QtGui.Qt.mightBeRichText(text))


def _plain(text: str) -> str:
    """The text without its mnemonic ampersands."""
    return re.sub(r"&(.)", r"\1", text)


def _shown(w: QWidget) -> bool:
    return w.isVisible() and w.width() > 0 and w.height() > 0


def _in_scroll_area(w: QWidget, top: QWidget) -> bool:
    """Inside the viewport of a scroll area (a table, a scrolled form): it may scroll out of sight."""
    p = w.parentWidget()
    while p is not None and p is not top:
        gp = p.parentWidget()
        if isinstance(gp, QAbstractScrollArea) and p is gp.viewport():
            return True
        p = gp
    return False


def _visible_rect(w: QWidget, top: QWidget) -> QRect:
    """The part of ``w`` (in its own coordinates) not cut off by any parent up to ``top``."""
    rect = w.rect()
    child: QWidget = w
    p = w.parentWidget()
    while p is not None:
        in_parent = rect.translated(child.mapTo(p, child.rect().topLeft()))
        clipped = in_parent.intersected(p.rect())
        rect = clipped.translated(-child.mapTo(p, child.rect().topLeft()))
        if p is top:
            break
        child, p = p, p.parentWidget()
    return rect


def _label_cut(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    room = label.contentsRect()
    indent = max(0, label.indent()) if label.indent() > 0 else 0
    width = room.width() - 2 * label.margin() - indent
    height = room.height() - 2 * label.margin()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and _might_be_rich(text))
    fm = QFontMetrics(label.font())
    if not rich and label.buddy() is not None:
        text = _plain(text)  # "&Sheet:" shows as "Sheet:" with S underlined
    if rich:
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        if label.wordWrap():
            doc.setTextWidth(max(1, width))
            need_w, need_h = int(doc.idealWidth()), int(doc.size().height())
        else:
            need_w, need_h = int(doc.idealWidth()), int(doc.size().height())
    elif label.wordWrap():
        box = fm.boundingRect(QRect(0, 0, max(1, width), 100_000),
                              int(Qt.TextFlag.TextWordWrap) | int(label.alignment()), text)
        need_w, need_h = box.width(), box.height()
    else:
        lines = text.split("\n")
        need_w = max(fm.horizontalAdvance(line) for line in lines)
        need_h = fm.lineSpacing() * (len(lines) - 1) + fm.height()
    if need_w > width + SLACK:
        return f"text needs {need_w} px wide, has {width}"
    if need_h > height + SLACK:
        return f"text needs {need_h} px high, has {height}"
    return None


def _button_cut(b: QAbstractButton) -> str | None:
    if not b.text():
        return None
    hint = b.sizeHint()
    if isinstance(b, (QPushButton, QToolButton)):
        # The hint holds the padding and icon; a style's min-width may make it wider than the text needs.
        fm = QFontMetrics(b.font())
        need = fm.horizontalAdvance(_plain(b.text()))
        if not b.icon().isNull():
            need += b.iconSize().width() + 4
        pad = max(0, hint.width() - need)
        need += min(pad, 2 * 8)  # at most 8 px of padding a side counts as needed
        if b.width() + SLACK < need:
            return f"text needs {need} px wide, has {b.width()}"
    elif isinstance(b, (QRadioButton, QCheckBox)):
        if b.width() + SLACK < hint.width():
            return f"text needs {hint.width()} px wide, has {b.width()}"
    if b.height() + SLACK < QFontMetrics(b.font()).height():
        return f"text needs {QFontMetrics(b.font()).height()} px high, has {b.height()}"
    return None


def _header_cuts(h: QHeaderView) -> list[str]:
    model = h.model()
    if model is None or h.orientation() != Qt.Orientation.Horizontal:
        return []
    out = []
    fm = QFontMetrics(h.font())
    margin = h.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, h)
    sort = h.isSortIndicatorShown()
    arrow = h.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, h) if sort else 0
    view_width = h.viewport().width() if h.viewport() else h.width()
    for logical in range(h.count()):
        if h.isSectionHidden(logical):
            continue
        x, size = h.sectionViewportPosition(logical), h.sectionSize(logical)
        if x < 0 or x + size > view_width + SLACK:
            continue  # scrolled partly out of sight: the table scrolls, the person can see it whole
        text = model.headerData(logical, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        lines = str(text).split("\n")
        need = max(fm.horizontalAdvance(line) for line in lines) + 2 * margin + (arrow + margin if sort else 0)
        if size + SLACK < need:
            out.append(f"column “{_short(str(text))}” needs {need} px, has {size}")
    return out


def _tab_cuts(bar: QTabBar) -> list[str]:
    out = []
    fm = QFontMetrics(bar.font())
    for i in range(bar.count()):
        if not bar.isTabVisible(i):
            continue
        need = fm.horizontalAdvance(_plain(bar.tabText(i))) + (bar.iconSize().width() + 4 if not bar.tabIcon(i).isNull()
                                                                else 0)
        if bar.tabRect(i).width() + SLACK < need:
            out.append(f"tab “{_short(bar.tabText(i))}” needs {need} px, has {bar.tabRect(i).width()}")
    return out


def _table_cuts(t: QTableView) -> list[str]:
    out = []
    row = t.verticalHeader().defaultSectionSize()
    if row > 0:
        shown = t.viewport().height() // row
        if shown < MIN_TABLE_ROWS:
            out.append(f"shows {shown} row(s), needs room for {MIN_TABLE_ROWS}")
    h = t.horizontalHeader()
    stretch = any(h.sectionResizeMode(i) == QHeaderView.ResizeMode.Stretch for i in range(h.count()))
    if stretch and not h.isHidden():  # a table laid out to fit its width must fit it: nothing scrolled away
        need = h.length()
        if need > t.viewport().width() + SLACK:
            out.append(f"its columns need {need} px, it has {t.viewport().width()}: the last are cut off")
    return out


def cut_widgets(window: QWidget) -> list[Cut]:
    """Everything a person would find cut in ``window`` as it is now (empty when all is whole)."""
    out: list[Cut] = []
    for w in window.findChildren(QWidget):
        if not _shown(w) or w.window() is not window:
            continue
        problems: list[str] = []
        if isinstance(w, QLabel):
            problem = _label_cut(w)
            if problem:
                problems.append(problem)
        elif isinstance(w, QAbstractButton) and not isinstance(w, QTabBar):
            problem = _button_cut(w)
            if problem:
                problems.append(problem)
        elif isinstance(w, QHeaderView):
            problems.extend(_header_cuts(w))
        elif isinstance(w, QTabBar):
            problems.extend(_tab_cuts(w))
        if isinstance(w, QTableView):
            problems.extend(_table_cuts(w))
        if (isinstance(w, (QLabel, QAbstractButton, QAbstractScrollArea, QTabBar)) and not _in_scroll_area(w, window)
                and not isinstance(w.parentWidget(), QAbstractScrollArea)):
            seen = _visible_rect(w, window)
            if seen.width() + SLACK < w.width() or seen.height() + SLACK < w.height():
                problems.append(f"only {seen.width()}x{seen.height()} of its {w.width()}x{w.height()} px is inside "
                                "the window")
        out.extend(Cut(describe(w), p) for p in problems)
    return out
