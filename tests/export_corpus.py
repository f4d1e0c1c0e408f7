"""Scoring the suggested mapping on the export corpus in tests/data/exports (sources in SOURCES.md).

For each target: of the columns the app maps, how many are right; wrong picks not shown as guesses;
of the columns a careful person would map, how many are found; files where most rows fail because of
the suggestion (rows that fail with the suggested mapping but pass with the hand-written one).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

EXPORTS = Path(__file__).parent / "data" / "exports"
#: Formats collected after the automapper was changed, measured once and never tuned on.
BLIND = EXPORTS / "blind"

#: Chosen before any tuning (every third file in name order) and reported on their own.
def held_out(names: list[str]) -> set[str]:
    return {n for i, n in enumerate(sorted(names)) if i % 3 == 2}


def sem_fields() -> dict[str, tuple[str | None, str | None]]:
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_corpus", EXPORTS / "make_corpus.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.SEM


def expected(folder: Path = EXPORTS) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    with (folder / "expected.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            out.setdefault(row["file"], {})[row["header"]] = row["expected"]
    return out


def allowed(code: str, target: str, sem) -> set[str | None]:
    """The fields a careful person would accept for this column (None: unmapped)."""
    i = 0 if target == "virtuous" else 1
    return {sem[c][i] for c in code.split("|")}


@dataclass
class Figures:
    mapped: int = 0
    right: int = 0
    wrong_sure: int = 0
    to_find: int = 0
    found: int = 0
    blocked: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.right / self.mapped if self.mapped else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.to_find if self.to_find else 1.0

    def line(self) -> str:
        return (f"mapped {self.mapped}, right {self.right} ({self.precision:.1%}); wrong and not a guess "
                f"{self.wrong_sure}; found {self.found} of {self.to_find} ({self.recall:.1%}); "
                f"files blocked by the suggestion {len(self.blocked)}")


def score(target: str, names: set[str] | None = None, suggest=None, check_rows: bool = True,
          folder: Path = EXPORTS) -> Figures:
    """Figures for ``target`` over the corpus files ``names`` (all when None)."""
    from core.mapping.automap import suggest_for_table
    from core.mapping.model import Mapping
    from core.pipeline import check_table
    from core.readers import read_file

    SURE = 0.9
    sem = sem_fields()
    fig = Figures()
    for name, cols in sorted(expected(folder).items()):
        if names is not None and name not in names:
            continue
        table = read_file(folder / f"{name}.csv")
        mapping = (suggest or suggest_for_table)(table, target)
        picked = {s: fm for fm in mapping.fields for s in fm.sources}
        hand = Mapping(target=target, headers=list(table.headers))  # type: ignore[arg-type]
        for header, code in cols.items():
            ok = allowed(code, target, sem)
            fm = picked.get(header)
            got = fm.field if fm else None
            blank = all(v in (None, "") for v in (r.values[table.headers.index(header)] if
                                                   table.headers.index(header) < len(r.values) else None
                                                   for r in table.records))
            if blank:
                ok = ok | {None}  # nobody can tell what an empty column is for
            if None not in ok:
                fig.to_find += 1
                fig.found += got in ok
                if got not in ok:
                    fig.missed.append(f"{name}: {header!r} -> {got} (want {'|'.join(str(x) for x in ok)})")
            if got is not None:
                fig.mapped += 1
                if got in ok:
                    fig.right += 1
                else:
                    sure = fm.confidence is None or fm.confidence >= SURE
                    fig.wrong_sure += sure
                    fig.wrong.append(f"{name}: {header!r} -> {got} ({fm.confidence}, want "
                                     f"{'|'.join(str(x) for x in ok)}){'' if sure else ' [guess]'}")
            want = sorted((x for x in ok if x is not None), key=str)
            if want and None not in ok and hand.for_field(want[0]) is None:
                hand.set_column(header, want[0])
        for fm in mapping.fields:
            if not fm.sources and fm.constant is not None:
                hand.set_constant(fm.field, fm.constant)
        if check_rows:
            bad_sugg = {r.row for r in check_table(table, mapping).rows if r.status == "error"}
            bad_hand = {r.row for r in check_table(table, hand).rows if r.status == "error"}
            if len(bad_sugg - bad_hand) * 2 > len(table.records):
                fig.blocked.append(name)
    return fig
