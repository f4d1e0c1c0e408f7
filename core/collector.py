"""The cyclic garbage collector kept off a big table while it is built, and out of its scans after.

At 200,000 rows the records and checked rows are a million or more objects the collector tracks. A
full collection walks every one of them with the GIL held: 350–580 ms each, five of them during one
check of 200,000 rows (measured with ``gc.callbacks``), time the check loses and a window freezes for,
whichever thread triggers it. None of these objects forms a cycle; counting references frees them.

``paused()`` turns the collector off while a big step runs (reading, checking, batching; a window's
job); when the last step running ends, everything alive is frozen (``gc.freeze``: moved where later
collections never look, still freed by reference counting when let go of) and the collector is turned
back on. The price: cyclic garbage that exists at that moment is never collected. Tables, records
and checked rows hold no cycles.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_running = 0
_was_enabled = True


@contextmanager
def paused() -> Iterator[None]:
    """No collections inside; nested and concurrent uses count, and the last one out freezes and resumes."""
    global _running, _was_enabled
    with _lock:
        if _running == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _running += 1
    try:
        yield
    finally:
        with _lock:
            _running -= 1
            if _running == 0:
                gc.freeze()
                if _was_enabled:
                    gc.enable()
