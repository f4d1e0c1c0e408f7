"""Tints for status and confidence, translucent so they read on light and dark palettes alike."""

from __future__ import annotations

from PySide6.QtGui import QColor

ERROR_TINT = QColor(220, 38, 38, 70)
WARNING_TINT = QColor(245, 158, 11, 80)
EXCLUDED_TINT = QColor(128, 128, 128, 50)
HEADER_TINT = QColor(37, 99, 235, 60)
DETECTED_TINT = QColor(37, 99, 235, 25)
LOW_CONFIDENCE_TINT = QColor(245, 158, 11, 70)
