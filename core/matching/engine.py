"""Runs splink (DuckDB backend) over a comparison frame: count, train, predict.

splink, duckdb and pyarrow are imported inside ``predict_pairs`` only, so the app starts as fast
as before and pays for the engine when a person asks for duplicates.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

from core.matching.frame import Person
from core.matching.model import (
    BLOCKING,
    COMPARISONS,
    DETERMINISTIC,
    MAX_COMPARISONS,
    MIN_TRAIN_ROWS,
    TIGHTER,
    Level,
)
from core.words import N_

log = logging.getLogger("core.matching")

U_MAX_PAIRS, U_MIN_COUNT = 1e5, 20

#: ``progress(step, steps, what)``: called between engine steps (cheap; never touches widgets).
StepProgress = Callable[[int, int, str], None]

STEPS = (N_("Preparing"), N_("Counting comparisons"), N_("Learning from the file"), N_("Comparing rows"),
         N_("Reading results"))


class MatchingRefused(Exception):
    """Matching cannot run on this input; ``message`` is a sentence for a person."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class MatchingCancelled(Exception):
    """A person pressed Cancel."""


@dataclass
class Pair:
    """Two rows compared by the model: rows (or CRM ids, for the account side) and the probability."""

    left: int
    right: int
    probability: float


@dataclass
class EngineResult:
    pairs: list[Pair]
    comparisons: int
    trained: bool
    rules: list[tuple[str, ...]]
    notes: list[str] = field(default_factory=list)


def _keys(people: Sequence[Person], cols: Sequence[str]) -> Counter[tuple[Any, ...]]:
    get = attrgetter(*cols)
    if len(cols) == 1:
        return Counter((k,) for k in map(get, people) if k)
    return Counter(k for k in map(get, people) if all(k))


def count_pairs(rule: Sequence[str], left: Sequence[Person], right: Sequence[Person] | None = None) -> int:
    """Pairs a blocking rule makes, counted from its key sizes (before any rule's pairs are shared)."""
    lc = _keys(left, rule)
    if right is None:
        return sum(n * (n - 1) // 2 for n in lc.values())
    rc = _keys(right, rule)
    return sum(n * rc.get(k, 0) for k, n in lc.items())


def choose_rules(columns: Sequence[str], left: Sequence[Person], right: Sequence[Person] | None = None,
                 budget: int = MAX_COMPARISONS) -> tuple[list[tuple[str, ...]], int, list[str]]:
    """The blocking rules for these columns that fit the budget, tightening any that would not.

    Returns (rules, upper bound of comparisons, notes for a person)."""
    have = set(columns) | {"first_initial", "first_canon"} if "first_name" in columns else set(columns)
    rules: list[tuple[str, ...]] = []
    total = 0
    notes: list[str] = []
    for rule in BLOCKING:
        if not set(rule) <= have:
            continue
        candidates = [rule, *[t for t in TIGHTER.get(rule, ()) if set(t) <= have]]
        for cand in candidates:
            n = count_pairs(cand, left, right)
            if total + n <= budget:
                rules.append(cand)
                total += n
                if cand != rule:
                    notes.append(N_("Compared rows sharing {fields} instead of {looser} (too many rows share the "
                                    "looser value).").format(fields=" + ".join(cand), looser=" + ".join(rule)))
                break
        else:
            notes.append(N_("Skipped comparing rows that only share {fields}: it would make too many pairs.").format(
                fields=" + ".join(rule)))
    return rules, total, notes


def _level_dict(col: str, lv: Level) -> dict[str, Any]:
    l_, r_ = f'"{col}_l"', f'"{col}_r"'
    if lv.kind == "exact":
        cond, label = f"{l_} = {r_}", "exact"
    elif lv.kind == "exact_col":
        cond, label = f'"{lv.arg}_l" = "{lv.arg}_r"', f"same {lv.arg}"
    elif lv.kind == "jw":
        cond, label = f"jaro_winkler_similarity({l_}, {r_}) >= {lv.arg}", f"similar ≥{lv.arg}"
    else:
        cond, label = f"levenshtein({l_}, {r_}) <= {lv.arg}", f"≤{lv.arg} edits"
    return {"sql_condition": cond, "label_for_charts": label, "m_probability": lv.m, "u_probability": lv.u}


def comparison_dict(col: str) -> dict[str, Any]:
    levels, (m_else, u_else) = COMPARISONS[col]
    out = [{"sql_condition": f'"{col}_l" IS NULL OR "{col}_r" IS NULL', "label_for_charts": "blank",
            "is_null_level": True}]
    out += [_level_dict(col, lv) for lv in levels]
    out.append({"sql_condition": "ELSE", "label_for_charts": "different", "m_probability": m_else,
                "u_probability": u_else})
    return {"output_column_name": col, "comparison_levels": out}


def _rule_sql(rule: Sequence[str]) -> str:
    return " AND ".join(f'l."{c}" = r."{c}"' for c in rule)


def predict_pairs(people: Sequence[Person], columns: Sequence[str], *, account: Sequence[Person] | None = None,
                  threshold: float, progress: StepProgress | None = None,
                  cancel: threading.Event | None = None, budget: int = MAX_COMPARISONS,
                  train: bool | None = None) -> EngineResult:
    """Pairs at or above ``threshold``: within ``people``, or (with ``account``) between the two.

    Trains on the file when it is big enough (u by random sampling, m by expectation-maximisation),
    else uses the fallback parameters. Raises MatchingRefused or MatchingCancelled.
    """
    def step(i: int) -> None:
        if cancel is not None and cancel.is_set():
            raise MatchingCancelled()
        if progress is not None:
            progress(i, len(STEPS), STEPS[i])

    step(0)
    cols = [c for c in columns if c in COMPARISONS]
    step(1)
    rules, n_pairs, notes = choose_rules(cols, people, account, budget)
    if not rules and notes:
        raise MatchingRefused(N_("No rows share an email, phone, date of birth, surname or postal code closely "
                                 "enough to be compared within the memory this computer can spare."))
    if not rules or n_pairs == 0:
        return EngineResult([], 0, False, rules, notes)

    import duckdb
    from splink import DuckDBAPI, Linker, SettingsCreator

    logging.getLogger("splink").setLevel(logging.WARNING)
    link = account is not None
    con = duckdb.connect(":memory:")
    try:
        con.execute("SET threads TO 2")
        db_api = DuckDBAPI(connection=con)
        frame_cols = ("unique_id", "first_name", "first_canon", "first_initial", "surname", "email", "phone",
                      "address", "postcode", "city", "dob")
        left = db_api.register(_arrow(people, frame_cols, 0), dataset_display_name="file")
        tables = [left]
        if link:
            tables.append(db_api.register(_arrow(account or [], frame_cols, 1), dataset_display_name="account"))
        size = len(people) + (len(account or []) if link else 0)
        pairs_possible = len(people) * len(account or []) if link else len(people) * (len(people) - 1) // 2
        settings = SettingsCreator(
            link_type="link_only" if link else "dedupe_only",
            comparisons=[comparison_dict(c) for c in cols],
            blocking_rules_to_generate_predictions=[_rule_sql(r) for r in rules],
            probability_two_random_records_match=min(0.5, max(1e-9, 0.1 * len(people) / max(1, pairs_possible))),
            retain_matching_columns=False,
            retain_intermediate_calculation_columns=False,
            additional_columns_to_retain=[],
        )
        linker = Linker(tables if link else left, settings, log_level=logging.WARNING)
        step(2)
        do_train = (size >= MIN_TRAIN_ROWS) if train is None else train
        trained = False
        if do_train:
            trained = _train(linker, cols, notes, cancel)
        step(3)
        pred = linker.inference.predict(threshold_match_probability=threshold)
        step(4)
        tbl = pred.as_pyarrow_table()
        l_ids = tbl.column("unique_id_l").to_pylist()
        r_ids = tbl.column("unique_id_r").to_pylist()
        probs = tbl.column("match_probability").to_pylist()
        out = []
        if link:
            src_l = tbl.column("source_dataset_l").to_pylist()
            for a, b, p, s in zip(l_ids, r_ids, probs, src_l):
                out.append(Pair(a, b, p) if s == "file" else Pair(b, a, p))
        else:
            out = [Pair(min(a, b), max(a, b), p) for a, b, p in zip(l_ids, r_ids, probs)]
        return EngineResult(out, n_pairs, trained, rules, notes)
    finally:
        con.close()


def _arrow(people: Sequence[Person], cols: Sequence[str], offset: int) -> Any:
    import pyarrow as pa

    dicts = [p.as_dict() for p in people]
    data = {c: [d[c] for d in dicts] for c in cols}
    schema = pa.schema([("unique_id", pa.int64())] + [(c, pa.string()) for c in cols if c != "unique_id"])
    return pa.table(data, schema=schema)


def _train(linker: Any, cols: Sequence[str], notes: list[str], cancel: threading.Event | None) -> bool:
    """u by random sampling, the prior from sure rules, m by EM; on any failure keep the fallback."""
    from splink import block_on

    try:
        det = [_rule_sql(r) for r in DETERMINISTIC if set(r) <= set(cols) | {"first_initial"}]
        if det:
            try:
                linker.training.estimate_probability_two_random_records_match(det, recall=0.7)
            except Exception as exc:  # no sure pairs at all: keep the fallback prior
                log.info("prior not estimated: %s", exc)
        linker.training.estimate_u_using_random_sampling(max_pairs=U_MAX_PAIRS, seed=1, min_count_per_level=U_MIN_COUNT)
        if cancel is not None and cancel.is_set():
            raise MatchingCancelled()
        sessions = [b for b in (("surname",), ("postcode",), ("dob",), ("email",)) if set(b) <= set(cols)]
        for b in sessions[:2]:
            linker.training.estimate_parameters_using_expectation_maximisation(
                block_on(*b), estimate_without_term_frequencies=True, max_pairs=4e5)
            if cancel is not None and cancel.is_set():
                raise MatchingCancelled()
        return True
    except MatchingCancelled:
        raise
    except Exception as exc:  # training is an improvement, never a reason to fail
        log.warning("training on the file failed, fallback parameters used: %s", exc)
        notes.append(N_("The file could not be learned from; standard matching parameters were used."))
        return False
