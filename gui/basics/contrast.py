"""Text a person can read: WCAG contrast ratios, and the few palette colours nudged until they reach 4.5:1.

The window follows the system palette (light or dark) and the stylesheet names palette roles, so
contrast depends on the system. Some platform palettes fall short for small text (Fusion's placeholder
grey and its blue selection under white text are about 3.5:1), so ``readable_palette`` darkens or
lightens just those roles until they read; status colours go through ``readable`` against the colour
they sit on.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

MINIMUM = 4.5  # WCAG 2 AA for normal-size text


def luminance(color: QColor) -> float:
    """WCAG relative luminance of an opaque colour."""
    def channel(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) + 0.0722 * channel(color.blue())


def over(color: QColor, background: QColor) -> QColor:
    """``color`` (maybe translucent) as it looks painted on an opaque ``background``."""
    a = color.alphaF()
    return QColor(round(color.red() * a + background.red() * (1 - a)),
                  round(color.green() * a + background.green() * (1 - a)),
                  round(color.blue() * a + background.blue() * (1 - a)))


def contrast(foreground: QColor, background: QColor) -> float:
    """WCAG contrast ratio (1 to 21) of ``foreground`` painted on ``background``."""
    fg = over(foreground, background)
    hi, lo = sorted((luminance(fg), luminance(background)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def readable(color: QColor, *backgrounds: QColor, minimum: float = MINIMUM) -> QColor:
    """``color``, moved towards black (on light backgrounds) or white (on dark) until it reads on each."""
    dark_ground = sum(luminance(b) for b in backgrounds) / len(backgrounds) < 0.18
    target = QColor(255, 255, 255) if dark_ground else QColor(0, 0, 0)
    out = QColor(over(color, backgrounds[0]))
    for step in range(21):
        if all(contrast(out, b) >= minimum for b in backgrounds):
            return out
        t = step / 20
        c = over(color, backgrounds[0])
        out = QColor(round(c.red() + (target.red() - c.red()) * t), round(c.green() + (target.green() - c.green()) * t),
                     round(c.blue() + (target.blue() - c.blue()) * t))
    return out


def readable_palette(palette: QPalette) -> QPalette:
    """A copy of ``palette`` whose placeholder (hint) text, links and selection read at 4.5:1 or more."""
    p = QPalette(palette)
    R, G = QPalette.ColorRole, QPalette.ColorGroup
    for group in (G.Active, G.Inactive):
        window, base = p.color(group, R.Window), p.color(group, R.Base)
        p.setColor(group, R.PlaceholderText, readable(p.color(group, R.PlaceholderText), window, base))
        p.setColor(group, R.Link, readable(p.color(group, R.Link), window, base))
        text_on_highlight = p.color(group, R.HighlightedText)
        highlight = p.color(group, R.Highlight)
        if contrast(text_on_highlight, highlight) < MINIMUM:
            # Move the selection colour away from its text (white text: a darker blue).
            p.setColor(group, R.Highlight, readable(highlight, text_on_highlight))
    return p
