"""What the GUI thread was doing during a stall: a sampling thread records every thread's Python stack.

Opt-in (``STALL_PROBE=1``): the sampler competes for the GIL, so the stall figures printed with it on
are a little worse than without. When the GUI thread stalls, the samples taken inside the gap say
where it was (its innermost frames), and a gap between samples says some thread held the GIL in one
long C call (the frames just before and after the gap say which).
"""

from __future__ import annotations

import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise

INTERVAL = 0.001
DEPTH = 6


def _stack(frame, depth: int = DEPTH) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    """Innermost frames first, without reading source lines (that would cost the sampled threads)."""
    out: list[str] = []
    while frame is not None and len(out) < depth:
        code = frame.f_code
        name = code.co_filename.rsplit("/", 2)
        out.append(f"{'/'.join(name[-2:])}:{frame.f_lineno} {code.co_name}")
        frame = frame.f_back
    return tuple(out)


@dataclass
class StallProbe:
    """Samples the stacks of the GUI thread and the others every millisecond, while running."""

    samples: list[tuple[float, tuple[str, ...], tuple[tuple[str, tuple[str, ...]], ...]]] = field(default_factory=list)
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def start(self) -> None:
        main = threading.main_thread().ident
        names = {}

        def run() -> None:
            me = threading.get_ident()
            while not self._stop.is_set():
                now = time.perf_counter()
                frames = sys._current_frames()
                gui = _stack(frames[main]) if main in frames else ()
                names.update({t.ident: t.name for t in threading.enumerate()})
                others = tuple((names.get(i, str(i)), _stack(f, 3)) for i, f in frames.items() if i not in (main, me))
                self.samples.append((now, gui, others))
                time.sleep(INTERVAL)

        self._thread = threading.Thread(target=run, name="stall-probe", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()

    def explain(self, start: float, end: float) -> str:
        """Where the GUI thread was between ``start`` and ``end`` (perf_counter seconds), most seen first."""
        inside = [s for s in self.samples if start <= s[0] <= end]
        lines = [f"    {len(inside)} samples in {1000 * (end - start):.0f} ms"]
        for stack, n in Counter(s[1] for s in inside).most_common(3):
            lines.append(f"    GUI x{n}: " + " <- ".join(stack))
        times = [s[0] for s in self.samples if start - 0.05 <= s[0] <= end + 0.05]
        gaps = sorted(((b - a, a) for a, b in pairwise(times)), reverse=True)[:2]
        for gap, at in gaps:
            if gap < 0.01:
                break
            i = next(k for k, s in enumerate(self.samples) if s[0] == at)
            lines.append(f"    no sample for {1000 * gap:.0f} ms (the GIL held in one call); before and after it:")
            for when, (_t, gui, others) in zip(("before", "after"), self.samples[i : i + 2], strict=False):
                lines.append(f"      {when} GUI: " + " <- ".join(gui))
                for name, st in others:
                    lines.append(f"      {when} {name}: " + " <- ".join(st))
        return "\n".join(lines)
