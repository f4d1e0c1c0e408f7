"""Find duplicates within a checked file: the one call the command line and the window make."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from core.matching.engine import MatchingRefused, StepProgress, predict_pairs
from core.matching.frame import COLUMNS, PERSONAL, Frame, Person, frame_from_rows, mapped_columns
from core.matching.groups import Group, build_groups
from core.matching.model import DEFAULT_THRESHOLD
from core.validation.issues import CheckedRow
from core.words import N_

NOTHING_IDENTIFIES = N_("Nothing in this file identifies a person (no names, emails, phones or dates of birth "
                      "that differ from row to row), so duplicates cannot be looked for.")


@dataclass
class DuplicateReport:
    """What was found in one file: groups, and what the engine did to find them."""

    rows: int
    groups: list[Group]
    people: dict[int, Person]  # the rows found in a pair, the only ones shown to a person
    columns: list[str]
    comparisons: int = 0
    trained: bool = False
    notes: list[str] = field(default_factory=list)

    @property
    def rows_in_groups(self) -> int:
        return sum(len(g.rows) for g in self.groups)

    def group_of(self) -> dict[int, int]:
        """Sheet row → group number."""
        return {r: g.number for g in self.groups for r in g.rows}

    def summary(self) -> str:
        if len(self.groups) == 1:  # its own sentence: "1 groups" reads wrong, "1 grupos" too
            return N_("{rows} rows, 1 group of probable duplicates, {in_groups} rows in it").format(
                rows=f"{self.rows:,}", in_groups=f"{self.rows_in_groups:,}")
        return N_("{rows} rows, {groups} groups of probable duplicates, {in_groups} rows in groups").format(
            rows=f"{self.rows:,}", groups=f"{len(self.groups):,}", in_groups=f"{self.rows_in_groups:,}")


def usable_columns(people: Sequence[Person] | Frame) -> list[str]:
    """Mapped, varying columns; refuses when none of them identify a person."""
    cols = mapped_columns(people)
    if not any(c in PERSONAL or c == "surname" for c in cols):
        raise MatchingRefused(NOTHING_IDENTIFIES)
    return cols


def find_duplicates(rows: Sequence[CheckedRow], target: str, *, threshold: float = DEFAULT_THRESHOLD,
                    progress: StepProgress | None = None, cancel: threading.Event | None = None,
                    dob: Mapping[int, str] | None = None) -> DuplicateReport:
    """Groups of rows that are probably the same person. Rows a person left out take no part;
    rows with check problems do (they may be fixed before sending).

    ``dob``: sheet row → date of birth from a column the mapping does not send
    (``core.matching.birthdates.birth_dates``), compared where a row's mapped values give none."""
    return _search(_frame(rows, target, dob), len(rows), threshold, progress, cancel)


def find_duplicates_beside(rows: Sequence[CheckedRow], target: str, *, threshold: float = DEFAULT_THRESHOLD,
                           dob: Mapping[int, str] | None = None) -> Callable[[], tuple[DuplicateReport, float]]:
    """``find_duplicates`` while the caller goes on: the rows are read now, in the caller's thread
    (so later changes to them do not count), and the search runs in a thread of its own; the
    function returned waits for its report and the seconds the search took from this call to its
    end (or raises what the search raised). The engine's
    scoring runs in DuckDB, outside the interpreter's lock, so it overlaps with the caller's work
    (``preview`` cutting and writing batches) on another core."""
    import time

    started = time.perf_counter()
    frame = _frame(rows, target, dob)
    n = len(rows)
    done: dict[str, Any] = {}

    def run() -> None:
        try:
            done["report"] = _search(frame, n, threshold, None, None)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller, who raises it
            done["error"] = exc
        done["seconds"] = time.perf_counter() - started

    thread = threading.Thread(target=run, name="duplicate-search", daemon=True)
    thread.start()

    def result() -> tuple[DuplicateReport, float]:
        thread.join()
        if "error" in done:
            raise done["error"]
        return done["report"], done["seconds"]

    return result


def _frame(rows: Sequence[CheckedRow], target: str, dob: Mapping[int, str] | None = None) -> Frame:
    frame = frame_from_rows(rows, target)
    if dob:  # a date of birth the mapping does not send, where the row's own values give none
        dobs = frame["dob"]
        for i, row in enumerate(frame["row"]):
            if dobs[i] is None:
                dobs[i] = dob.get(row)
    which = [any(v) for v in zip(*(frame[c] for c in COLUMNS), strict=True)]  # ``Person.identifying``
    if not all(which):
        frame = frame.keep(which)
    if not len(frame) and len(rows) >= 2:
        raise MatchingRefused(NOTHING_IDENTIFIES)
    return frame


def _search(frame: Frame, n_rows: int, threshold: float, progress: StepProgress | None,
            cancel: threading.Event | None) -> DuplicateReport:
    if len(frame) < 2:
        return DuplicateReport(n_rows, [], frame.persons(), [],
                               notes=[N_("Fewer than two rows with names, emails or phones: nothing to compare.")])
    cols = usable_columns(frame)
    result = predict_pairs(frame, cols, threshold=threshold, progress=progress, cancel=cancel)
    paired = frame.persons({r for p in result.pairs for r in (p.left, p.right)})
    groups = build_groups(result.pairs, list(paired.values()))
    return DuplicateReport(n_rows, groups, paired, cols, result.comparisons, result.trained, result.notes)
