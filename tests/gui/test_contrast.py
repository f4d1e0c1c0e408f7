"""Text reads at 4.5:1 or more in a light and a dark palette: every coloured rule of the stylesheet, the
palette pairs the widgets use, the banners, the match column and the JSON colours (WCAG 2 AA)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from gui.basics.contrast import MINIMUM, contrast, over, readable_palette
from gui.basics.resources import stylesheet
from gui.models.mapping_model import match_colour
from gui.widgets import json_highlighter

R = QPalette.ColorRole
#: Qt's Fusion dark colours (as on Windows/Linux dark mode); the light one is Fusion's standard palette.
DARK = {R.Window: "#323232", R.WindowText: "#f0f0f0", R.Base: "#1e1e1e", R.AlternateBase: "#2d2d2d",
        R.Text: "#f0f0f0", R.Button: "#3c3c3c", R.ButtonText: "#f0f0f0", R.Highlight: "#308cc6",
        R.HighlightedText: "#ffffff", R.PlaceholderText: "#80f0f0f0", R.Link: "#308cc6", R.Mid: "#5a5a5a",
        R.Midlight: "#4a4a4a"}
ROLE_NAMES = {"window": R.Window, "window-text": R.WindowText, "base": R.Base, "text": R.Text,
              "button": R.Button, "button-text": R.ButtonText, "highlight": R.Highlight,
              "highlighted-text": R.HighlightedText, "placeholder-text": R.PlaceholderText, "link": R.Link,
              "mid": R.Mid, "midlight": R.Midlight}


def _palettes() -> dict[str, QPalette]:
    light = QApplication.style().standardPalette()
    dark = QPalette(light)
    for role, value in DARK.items():
        dark.setColor(role, QColor.fromString(value) if not value.startswith("#80") else
                      QColor(240, 240, 240, 128))
    return {"light": readable_palette(light), "dark": readable_palette(dark)}


def _colour(value: str, palette: QPalette) -> QColor:
    value = value.strip()
    if m := re.fullmatch(r"palette\(([\w-]+)\)", value):
        return palette.color(ROLE_NAMES[m[1]])
    if m := re.fullmatch(r"rgba?\(([^)]*)\)", value):
        parts = [int(x) for x in m[1].split(",")]
        return QColor(*parts)
    return QColor.fromString(value)


def _rules() -> list[tuple[str, dict[str, str]]]:
    css = re.sub(r"/\*.*?\*/", "", stylesheet(), flags=re.DOTALL)
    out = []
    for selectors, body in re.findall(r"([^{}]+)\{([^}]*)\}", css):
        decls = dict((k.strip(), v.strip()) for k, v in
                     (d.split(":", 1) for d in body.split(";") if ":" in d))
        out.append((" ".join(selectors.split()), decls))
    return out


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_coloured_rule_of_the_stylesheet_reads(qapp, theme: str) -> None:
    palette = _palettes()[theme]
    failing = []
    checked = 0
    for selector, decls in _rules():
        if "color" not in decls or ":disabled" in selector:  # WCAG exempts inactive controls
            continue
        fg = _colour(decls["color"], palette)
        grounds = [palette.color(R.Window), palette.color(R.Base)]
        if bg := decls.get("background"):
            grounds = [over(_colour(bg, palette), g) for g in grounds]
        for ground in grounds:
            checked += 1
            if (ratio := contrast(fg, ground)) < MINIMUM:
                failing.append(f"{selector}: {ratio:.2f}:1")
    assert checked >= 8, "the stylesheet parse found too few rules to mean anything"
    assert failing == []


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_palette_text_roles_and_banners_read(qapp, theme: str) -> None:
    p = _palettes()[theme]
    pairs = {"text on base": (R.Text, R.Base), "window text": (R.WindowText, R.Window),
             "button text": (R.ButtonText, R.Button), "selected text": (R.HighlightedText, R.Highlight),
             "hint on window": (R.PlaceholderText, R.Window), "hint on base": (R.PlaceholderText, R.Base),
             "link on window": (R.Link, R.Window), "link on base": (R.Link, R.Base)}
    ratios = {name: contrast(p.color(fg), p.color(bg)) for name, (fg, bg) in pairs.items()}
    for selector, decls in _rules():
        if selector.startswith("#banner") and "background" in decls:
            tint = over(_colour(decls["background"], p), p.color(R.Window))
            ratios[selector] = contrast(p.color(R.WindowText), tint)
    assert {k: round(v, 2) for k, v in ratios.items() if v < MINIMUM} == {}


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_match_and_json_colours_read(qapp, theme: str) -> None:
    p = _palettes()[theme]
    base = p.color(R.Base)
    from gui.models.colors import LOW_CONFIDENCE_TINT

    assert contrast(match_colour(True, p), base) >= MINIMUM
    assert contrast(match_colour(False, p), over(LOW_CONFIDENCE_TINT, base)) >= MINIMUM
    colours = json_highlighter._DARK if base.lightness() < 128 else json_highlighter._LIGHT
    assert {k: round(contrast(QColor.fromString(v), base), 2) for k, v in colours.items()
            if contrast(QColor.fromString(v), base) < MINIMUM} == {}


def test_the_adjustment_fixes_a_palette_that_falls_short(qapp) -> None:
    light = QApplication.style().standardPalette()
    assert contrast(light.color(R.PlaceholderText), light.color(R.Window)) < MINIMUM  # Fusion's own grey
    fixed = readable_palette(light)
    assert contrast(fixed.color(R.PlaceholderText), fixed.color(R.Window)) >= MINIMUM
    assert contrast(fixed.color(R.HighlightedText), fixed.color(R.Highlight)) >= MINIMUM
