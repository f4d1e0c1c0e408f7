"""The window benchmark uses the window tests' fixtures (isolated settings, no thread left running)."""

from tests.gui.conftest import _dangling_qthreads, _isolated_settings, window  # noqa: F401
