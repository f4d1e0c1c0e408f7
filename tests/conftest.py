"""Shared test set-up: Qt runs offscreen; nothing here imports Qt so core tests run without it."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
