"""Runs splink (DuckDB backend) over a comparison frame: count, train, predict.

splink, duckdb and pyarrow are imported inside ``predict_pairs`` only, so the app starts as fast
as before and pays for the engine when a person asks for duplicates.
"""

from __future__ import annotations

import logging
import re
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from core.matching.frame import FIELDS, Frame, Person
from core.matching.model import (
    BLANK,
    BLOCKING,
    COMPARISONS,
    DERIVED,
    DETERMINISTIC,
    MAX_COMPARISONS,
    MIN_TRAIN_ROWS,
    SCORED_AS,
    TIGHTER,
    Level,
)
from core.words import N_

log = logging.getLogger("core.matching")
log.addHandler(logging.NullHandler())  # to the app's log file when there is one, never to a terminal

U_MAX_PAIRS, U_MIN_COUNT = 1e5, 20
#: A prior learnt from the sure rules below the fallback's 1/FEW_SURE (fewer than about one row in
#: 300 with a sure duplicate) is not learnt from: in a file whose duplicates all carry an error
#: (RLdata10000: no pair agrees on both names and the date of birth) the one or two sure pairs
#: found would make every pair improbable and teach EM that a duplicate never has a typo.
FEW_SURE = 20

#: A blocking rule may make at most this many pairs per row of the file (or ``RULE_PAIRS_FLOOR``, in a
#: small file), else its tighter stand-in is used. Scoring a pair is the search's main cost, so the
#: search then grows with the file, not with its square; and a rule past it is mostly pairing
#: strangers: a phone shared by twenty rows is an office's, a surname with an initial shared by
#: thousands is a common name. A file has at most one true partner per row for most people.
PAIRS_PER_ROW, RULE_PAIRS_FLOOR = 2, 250_000

#: The frame's columns in the engine's tables (after ``unique_id``).
FRAME_COLUMNS = tuple(c for c in FIELDS if c != "crm_id")

#: DuckDB's threads.
THREADS = 2

#: Blocked pairs made by ``_blocked_pairs`` (False: by splink, as before; the two are compared in tests).
OWN_BLOCKING = True

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


def _keys(people: Sequence[Person] | Frame, cols: Sequence[str]) -> Counter[Any]:
    """How many rows share each value of ``cols`` (rows with any of them blank left out). Counted
    over the raw values, blanks included, then the few keys with a blank dropped: zip and Counter
    run in C, a per-row test in Python would cost more than the counting."""
    table = people if isinstance(people, Frame) else Frame(people)
    if len(cols) == 1:
        counts = Counter(table[cols[0]])
        counts.pop(None, None)
        counts.pop("", None)
        return counts
    counts = Counter(zip(*(table[c] for c in cols), strict=True))
    for k in [k for k in counts if not all(k)]:
        del counts[k]
    return counts


def _sides(rule: Sequence[str]) -> tuple[list[str], list[str]]:
    """A rule's columns on the left and on the right ("first_name~surname": the left row's first
    name equals the right row's surname)."""
    return [c.split("~")[0] for c in rule], [c.split("~")[-1] for c in rule]


def count_pairs(rule: Sequence[str], left: Sequence[Person] | Frame,
                right: Sequence[Person] | Frame | None = None) -> int:
    """Pairs a blocking rule makes, counted from its key sizes (before any rule's pairs are shared)."""
    lcols, rcols = _sides(rule)
    lc = _keys(left, lcols)
    if right is None and lcols == rcols:
        return sum(n * (n - 1) // 2 for n in lc.values())
    rc = _keys(left if right is None else right, rcols)
    both = sum(n * rc.get(k, 0) for k, n in lc.items())
    return (both + 1) // 2 if right is None else both  # within a file, a pair is made once (lower row left)


def _sql_counter(con: Any, left: Any, right: Any | None) -> Callable[[Sequence[str]], int]:
    """``count_pairs`` in DuckDB over the engine's own tables (``left``, ``right``: Arrow tables)."""
    con.register("_count_l", left)
    if right is not None:
        con.register("_count_r", right)

    def keys(cols: Sequence[str], table: str) -> str:
        named = ", ".join(f'"{c}" AS k{i}' for i, c in enumerate(cols))
        where = " AND ".join(f"""("{c}" IS NOT NULL AND "{c}" <> '')""" for c in cols)
        by = ", ".join(f'"{c}"' for c in cols)
        return f"SELECT {named}, count(*) AS n FROM {table} WHERE {where} GROUP BY {by}"

    def count(rule: Sequence[str]) -> int:
        lcols, rcols = _sides(rule)
        if right is None and lcols == rcols:
            sql = f"SELECT sum(n * (n - 1) // 2) FROM ({keys(lcols, '_count_l')})"
        else:  # against an account, or a rule across two fields ("first_name~surname")
            on = " AND ".join(f"l.k{i} = r.k{i}" for i in range(len(lcols)))
            sql = (f"SELECT sum(l.n * r.n) FROM ({keys(lcols, '_count_l')}) l "
                   f"JOIN ({keys(rcols, '_count_r' if right is not None else '_count_l')}) r ON {on}")
        found = con.execute(sql).fetchall()  # all of it: DuckDB 2 holds the connection until a result is read out
        both = int(found[0][0] or 0) if found else 0
        if right is None and lcols != rcols:
            return (both + 1) // 2  # within a file a pair is made once, as ``count_pairs`` counts it
        return both

    return count


#: Blocked pairs scored in one go, at most (``_blocked_parts``). At 200,000 rows (629,000 pairs, four
#: parts) the scoring's peak is ~70 MB lower than in one go, for ~0.9 s more: each part is one more
#: pass of splink's query (its term frequencies and its two copies of the rows paired).
PART_PAIRS = 200_000


def _blocked_parts(con: Any, blocked: str) -> list[str]:
    """The blocked pairs cut by their lower row into parts of about ``PART_PAIRS`` (the tables' names).
    splink copies the rows a part pairs, on each side, then joins the pairs with them: a part holds
    a share of the rows on its lower side and fewer on the other, and its copies and joins that much
    less. The pairs scored are the same, each once."""
    n = int(con.execute(f"SELECT count(*) FROM {blocked}").fetchall()[0][0])
    k = max(1, -(-n // PART_PAIRS))
    if k == 1:
        return [blocked]
    shares = [i / k for i in range(1, k)]
    cuts = con.execute(f"SELECT quantile_disc(join_key_l, {shares}) FROM {blocked}").fetchall()[0][0]
    bounds = [None, *sorted(set(cuts)), None]
    names = []
    for i, (lo, hi) in enumerate(zip(bounds, bounds[1:], strict=False)):
        where = " AND ".join(x for x in (f"join_key_l >= {lo}" if lo is not None else "",
                                        f"join_key_l < {hi}" if hi is not None else "") if x)
        con.execute(f"CREATE TABLE {blocked}_{i} AS SELECT * FROM {blocked} WHERE {where}").fetchall()
        names.append(f"{blocked}_{i}")
    con.execute(f"DROP TABLE {blocked}").fetchall()
    return names


def _blocked_pairs(con: Any, rules: Sequence[Sequence[str]]) -> str:
    """The pairs the rules make within the file (the table ``_sql_counter`` registered), each pair
    once under the first rule that makes it, as the table splink scores (its name returned).

    Made one rule at a time, each join holding only the row ids and that rule's columns: splink's own
    blocking joins every rule at once over whole rows, each pair tested against every earlier rule,
    which at 200,000 rows raised the search's peak by 60 MB more than this does (and took longer). A rule
    across two fields ("first_name~surname") pairs rows either way round, each pair kept lower id first."""
    con.execute("CREATE TABLE _pairs (k INTEGER, join_key_l BIGINT, join_key_r BIGINT)").fetchall()
    for i, rule in enumerate(rules):
        lcols, rcols = _sides(rule)

        def side(cols: Sequence[str]) -> str:
            named = ", ".join(f'"{c}" AS k{j}' for j, c in enumerate(cols))
            return f"SELECT unique_id, {named} FROM _count_l WHERE " + " AND ".join(f'"{c}" IS NOT NULL' for c in cols)

        on = " AND ".join(f"l.k{j} = r.k{j}" for j in range(len(lcols)))
        if lcols == rcols:
            con.execute(f"INSERT INTO _pairs SELECT {i}, l.unique_id, r.unique_id FROM ({side(lcols)}) l "
                        f"JOIN ({side(rcols)}) r ON {on} WHERE l.unique_id < r.unique_id").fetchall()
        else:
            con.execute(f"INSERT INTO _pairs SELECT {i}, least(l.unique_id, r.unique_id), "
                        f"greatest(l.unique_id, r.unique_id) FROM ({side(lcols)}) l JOIN ({side(rcols)}) r "
                        f"ON {on} WHERE l.unique_id <> r.unique_id").fetchall()
    con.execute("CREATE TABLE _blocked AS SELECT CAST(min(k) AS VARCHAR) AS match_key, join_key_l, join_key_r "
                "FROM _pairs GROUP BY join_key_l, join_key_r").fetchall()
    con.execute("DROP TABLE _pairs").fetchall()
    return "_blocked"


def rule_cap(rows: int) -> int:
    """Most pairs one blocking rule may make in a file of ``rows`` rows (see ``PAIRS_PER_ROW``)."""
    return max(RULE_PAIRS_FLOOR, PAIRS_PER_ROW * rows)


def choose_rules(columns: Sequence[str], left: Sequence[Person] | Frame,
                 right: Sequence[Person] | Frame | None = None,
                 budget: int = MAX_COMPARISONS, count: Callable[[Sequence[str]], int] | None = None,
                 ) -> tuple[list[tuple[str, ...]], int, list[str]]:
    """The blocking rules for these columns that fit the budget, tightening any that would not.

    A rule fits when it makes at most ``rule_cap`` pairs for the file's rows and the total stays within
    ``budget``. ``count``: pairs a rule makes (default: counted here, in Python; the engine counts in
    DuckDB, ten times faster on a big file). Returns (rules, upper bound of comparisons, notes for a person)."""
    left = left if isinstance(left, Frame) else Frame(left)
    right = right if right is None or isinstance(right, Frame) else Frame(right)
    if count is None:
        def count(rule: Sequence[str]) -> int:
            return count_pairs(rule, left, right)
    cap = rule_cap(len(left))
    have = set(columns) | {d for d, src in DERIVED.items() if set(src) <= set(columns)}

    def usable(rule: Sequence[str]) -> bool:
        return {x for c in rule for x in c.split("~")} <= have

    rules: list[tuple[str, ...]] = []
    total = 0
    notes: list[str] = []
    for rule in BLOCKING:
        if not usable(rule):
            continue
        candidates = [rule, *[t for t in TIGHTER.get(rule, ()) if usable(t)]]
        for cand in candidates:
            n = count(cand)
            if n <= cap and total + n <= budget:
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


def _level_dict(col: str, lv: Level, tf: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"sql_condition": lv.sql.replace("{c}", col), "label_for_charts": lv.label,
                           "m_probability": lv.m, "u_probability": lv.u}
    if lv.tf and tf:
        out |= {"tf_adjustment_column": col, "tf_adjustment_weight": 1.0}
    if lv.fixed:
        out |= {"fix_m_probability": True, "fix_u_probability": True}
    return out


def comparison_dict(col: str, tf: bool = True) -> dict[str, Any]:
    """splink's form of one comparison; ``tf``: adjust exact names for how common they are (only
    on files big enough to count that: in ten rows every name is "common")."""
    levels, (m_else, u_else) = COMPARISONS[col]
    out = [{"sql_condition": BLANK.get(col, f'"{col}_l" IS NULL OR "{col}_r" IS NULL'), "label_for_charts": "blank",
            "is_null_level": True}]
    out += [_level_dict(col, lv, tf) for lv in levels]
    out.append({"sql_condition": "ELSE", "label_for_charts": "different", "m_probability": m_else,
                "u_probability": u_else})
    return {"output_column_name": col, "comparison_levels": out}


def scored(columns: Sequence[str]) -> list[str]:
    """The model's comparisons for these frame columns (an address is its number and its street)."""
    out: list[str] = []
    for c in columns:
        out.extend(x for x in SCORED_AS.get(c, (c,)) if x in COMPARISONS and x not in out)
    return out


def _rule_sql(rule: Sequence[str]) -> str:
    return " AND ".join(f'l."{a}" = r."{b}"' for a, b in zip(*_sides(rule), strict=True))


def predict_pairs(people: Sequence[Person] | Frame, columns: Sequence[str], *, account: Sequence[Person] | None = None,
                  threshold: float, progress: StepProgress | None = None,
                  cancel: threading.Event | None = None, budget: int = MAX_COMPARISONS,
                  train: bool | None = None) -> EngineResult:
    """Pairs at or above ``threshold``: within ``people``, or (with ``account``) between the two.

    Trains on the file when it is big enough (u by random sampling, m by expectation-maximisation),
    else uses the fallback parameters. Raises MatchingRefused or MatchingCancelled.
    """
    step = _stepper(progress, cancel)
    step(0)
    cols = scored(columns)
    step(1)
    import duckdb
    from splink import DuckDBAPI, Linker, SettingsCreator

    _quiet_splink()
    link = account is not None
    con = duckdb.connect(":memory:")
    try:
        con.execute(f"SET threads TO {THREADS}")
        file_frame = people if isinstance(people, Frame) else Frame(people)
        file_arrow = file_frame.as_arrow(FRAME_COLUMNS)  # a file's frame lets its lists go: one copy
        account_arrow = Frame(account or []).as_arrow(FRAME_COLUMNS) if link else None
        count = _sql_counter(con, file_arrow, account_arrow)
        rules, n_pairs, notes = choose_rules(columns, file_frame, account, budget, count=count)
        if not rules and notes:
            raise MatchingRefused(N_("No rows share an email, phone, date of birth, surname or postal code closely "
                                     "enough to be compared within the memory this computer can spare."))
        if not rules or n_pairs == 0:
            return EngineResult([], 0, False, rules, notes)
        db_api = DuckDBAPI(connection=con)
        own = not link and OWN_BLOCKING  # the blocked pairs made here: splink reads no blocking rule's columns
        used = _engine_columns(cols, [] if own else rules)  # splink copies its tables twice and joins them
        left = db_api.register(file_arrow.select(used), dataset_display_name="file")
        tables = [left]
        if account_arrow is not None:
            tables.append(db_api.register(account_arrow.select(used), dataset_display_name="account"))
        del file_arrow, account_arrow  # DuckDB holds them now
        size = len(people) + (len(account or []) if link else 0)
        pairs_possible = len(people) * len(account or []) if link else len(people) * (len(people) - 1) // 2
        prior = min(0.5, max(1e-9, 0.1 * len(people) / max(1, pairs_possible)))
        do_train = (size >= MIN_TRAIN_ROWS) if train is None else train

        def new_linker() -> Any:
            settings = SettingsCreator(
                link_type="link_only" if link else "dedupe_only",
                comparisons=[comparison_dict(c, tf=size >= MIN_TRAIN_ROWS) for c in cols],
                # splink takes a rule as its SQL text too, though its type hints name only its own classes
                blocking_rules_to_generate_predictions=[_rule_sql(r) for r in rules],  # type: ignore[misc]
                probability_two_random_records_match=prior,
                retain_matching_columns=False,
                retain_intermediate_calculation_columns=False,
                additional_columns_to_retain=[],
            )
            return Linker(tables if link else left, settings, log_level=None)

        linker = new_linker()
        step(2)
        trained = False
        if do_train:
            linker, trained = _trained(linker, new_linker, cols, notes, cancel, prior, count, pairs_possible)
        step(3)
        parts = _blocked_parts(con, _blocked_pairs(con, rules)) if own else [None]

        def predict(linker: Any) -> list[Pair]:
            found: list[Pair] = []
            for part in parts:  # each part's rows copied and joined by splink, not every row at once
                if part is not None:
                    linker.table_management.register_blocked_pairs_for_predict(db_api.register(part, table_name=part))
                pred = linker.inference.predict(threshold_match_probability=threshold)
                found += _pairs_from(pred, link)
                pred.drop_table_from_database_and_remove_from_cache()
            return found

        try:
            pairs = predict(linker)
        except Exception as exc:  # noqa: BLE001 - a trained model that cannot score: the fixed one can
            if not trained:
                raise
            log.warning("the model learnt from the file could not score it (%s); fixed parameters used", exc)
            _fallback_note(notes)
            trained = False
            linker = new_linker()
            pairs = predict(linker)
        step(4)
        return EngineResult(pairs, n_pairs, trained, rules, notes)
    finally:
        con.close()


def _trained(linker: Any, new_linker: Callable[[], Any], cols: Sequence[str], notes: list[str],
             cancel: threading.Event | None, prior: float, count: Callable[[Sequence[str]], int],
             pairs_possible: int) -> tuple[Any, bool]:
    """The linker trained on the file and True; or, when splink would refuse the training or it fails,
    a linker with the fixed parameters and False (half-trained parameters are no one's)."""
    if _training_refused(cols, count, pairs_possible):
        log.warning("training on the file skipped, fallback parameters used: a block to learn m values "
                    "from has no pairs")
        _fallback_note(notes)
        return linker, False
    if _train(linker, cols, notes, cancel, prior, count):
        return linker, True
    return new_linker(), False


def _stepper(progress: StepProgress | None, cancel: threading.Event | None) -> Callable[[int], None]:
    """Reports step ``i`` of ``STEPS``, or raises MatchingCancelled once the person cancelled."""
    def step(i: int) -> None:
        if cancel is not None and cancel.is_set():
            raise MatchingCancelled()
        if progress is not None:
            progress(i, len(STEPS), STEPS[i])
    return step


def _pairs_from(pred: Any, link: bool) -> list[Pair]:
    """splink's scored pairs: within a file the lower row first; against an account the file's row first."""
    tbl = pred.as_pyarrow_table()
    l_ids = tbl.column("unique_id_l").to_pylist()
    r_ids = tbl.column("unique_id_r").to_pylist()
    probs = tbl.column("match_probability").to_pylist()
    if not link:
        return [Pair(min(a, b), max(a, b), p) for a, b, p in zip(l_ids, r_ids, probs, strict=True)]
    src_l = tbl.column("source_dataset_l").to_pylist()
    return [Pair(a, b, p) if s == "file" else Pair(b, a, p) for a, b, p, s in zip(l_ids, r_ids, probs, src_l,
                                                                                  strict=True)]


_READS = re.compile(r'"(\w+)_[lr]"')


def _engine_columns(cols: Sequence[str], rules: Sequence[Sequence[str]]) -> list[str]:
    """``unique_id`` and the frame columns splink reads: in the comparisons' conditions and term
    frequencies, the blocking rules and the rules the training blocks on."""
    need = {"unique_id"}
    for c in cols:
        for lv in comparison_dict(c)["comparison_levels"]:
            need.update(_READS.findall(lv["sql_condition"]))
            if "tf_adjustment_column" in lv:
                need.add(lv["tf_adjustment_column"])
    for rule in [*rules, *_sessions(cols), *_sure_rules(cols)]:
        need.update(x for c in rule for x in c.split("~"))
    return ["unique_id", *(c for c in FRAME_COLUMNS if c in need)]


def load_engine_beside() -> None:
    """Import splink, DuckDB and pyarrow in a thread of their own, while the caller reads and checks
    the file (reading leaves the checking pool's core idle): the search finds them loaded. Never
    fails: a real problem is met, and told, when the search imports them."""
    def load() -> None:
        try:
            import duckdb  # noqa: F401
            import pyarrow  # noqa: F401
            from splink import DuckDBAPI, Linker, SettingsCreator  # noqa: F401
        except Exception:  # noqa: BLE001 - told by the search itself
            pass

    threading.Thread(target=load, name="load-duplicate-engine", daemon=True).start()


def _quiet_splink() -> None:
    """splink's messages (training warnings such as "Level … not observed in dataset") go to the
    app's log, never to the person's terminal: no handler of splink's own."""
    from splink.internals import splink_logging

    splink_logging.disable()
    logger = logging.getLogger("splink")
    for h in list(logger.handlers):  # one installed by an older call with a log level
        logger.removeHandler(h)
    # A handler that drops, so that without the app's log file (a library call, a command that keeps
    # no log) Python's last-resort handler does not print them; with it, they propagate to the file.
    logger.addHandler(logging.NullHandler())
    logger.propagate = True
    logger.setLevel(logging.WARNING)


def _fallback_note(notes: list[str]) -> None:
    note = N_("The file could not be learned from; standard matching parameters were used.")
    if note not in notes:
        notes.append(note)


def _keep_sensible_m(settings: Any) -> None:
    """A comparison whose learnt m values say agreement is evidence against (or disagreement for)
    learnt from pairs that were not one person (a file with few duplicates): its fixed m are restored."""
    for cc in settings.comparisons:
        col = cc.output_column_name
        levels = [lv for lv in cc.comparison_levels if not lv.is_null_level]
        if col not in COMPARISONS or len(levels) < 2:
            continue
        top, other = levels[0], levels[-1]
        m_top, u_top, m_else, u_else = top.m_probability, top.u_probability, other.m_probability, other.u_probability
        if None in (m_top, u_top, m_else, u_else) or (m_top > u_top and m_else < u_else):
            continue
        log.info("m values learnt for %s are not sensible (exact %.3g/%.3g, different %.3g/%.3g): fixed ones kept",
                 col, m_top, u_top, m_else, u_else)
        fixed, (m_diff, _u) = COMPARISONS[col]
        for lv, f in zip(levels, [*fixed, None], strict=False):
            lv.m_probability = f.m if f is not None else m_diff


def _prior_ok(linker: Any) -> bool:
    p = linker._settings_obj._probability_two_random_records_match  # noqa: SLF001 - no public getter
    return isinstance(p, float) and 0.0 < p < 1.0


def _sessions(cols: Sequence[str]) -> list[tuple[str, ...]]:
    """The blocks EM may learn m values from (the first two are used)."""
    return [b for b in (("surname",), ("dob",), ("postcode",), ("email",)) if set(b) <= set(cols)]


def _sure_rules(cols: Sequence[str]) -> list[tuple[str, ...]]:
    return [r for r in DETERMINISTIC if set(r) <= set(cols) | {"first_initial"}]


def _training_refused(cols: Sequence[str], count: Callable[[Sequence[str]], int], possible: int) -> bool:
    """Whether ``_train`` would fail for certain: the sure rules find pairs (so the prior is learnt,
    0 < p < 1, and EM runs) and a block EM learns from has none, which splink refuses. Known from
    the counts, before any of the training is paid for."""
    if not _sure_rules(cols) or all(count(b) > 0 for b in _sessions(cols)[:2]):
        return False
    return 0 < sum(count(r) for r in _sure_rules(cols)) < 0.7 * possible


def _train(linker: Any, cols: Sequence[str], notes: list[str], cancel: threading.Event | None,
           prior: float, count: Callable[[Sequence[str]], int] | None = None) -> bool:
    """u by random sampling, the prior from sure rules, m by EM; on any failure keep the fallback.
    ``count``: pairs a rule makes (splink refuses to learn from a block without pairs: known before
    u and m are paid for).

    A file with no duplicates at all (no pair passes the sure rules) learns a prior of 0, whose log
    splink takes: the prior then stays the fallback one."""
    from splink import block_on

    settings = linker._settings_obj  # noqa: SLF001
    try:
        det = [_rule_sql(r) for r in _sure_rules(cols)]
        sessions = _sessions(cols)
        sure_pairs = True
        if det:
            try:
                linker.training.estimate_probability_two_random_records_match(det, recall=0.7)
            except Exception as exc:  # noqa: BLE001 - no sure pairs at all: keep the fallback prior
                log.info("prior not estimated: %s", exc)
            learnt = settings._probability_two_random_records_match  # noqa: SLF001
            if not _prior_ok(linker) or learnt < prior / FEW_SURE:
                log.info("prior learnt from the file is %r: the fallback %.3g is kept, and the m values too "
                         "(too few pairs are surely one person to learn from)", learnt, prior)
                settings._probability_two_random_records_match = prior  # noqa: SLF001
                sure_pairs = False
        for b in sessions[:2] if sure_pairs else ():
            if count is not None and count(b) == 0:  # splink refuses a block without pairs: known before paying
                raise ValueError(f"no two rows share {' + '.join(b)}: nothing to learn m values from")
        linker.training.estimate_u_using_random_sampling(max_pairs=U_MAX_PAIRS, seed=1, min_count_per_level=U_MIN_COUNT)
        if cancel is not None and cancel.is_set():
            raise MatchingCancelled()
        for b in sessions[:2] if sure_pairs else ():
            linker.training.estimate_parameters_using_expectation_maximisation(
                block_on(*b), estimate_without_term_frequencies=True, max_pairs=4e5)
            if cancel is not None and cancel.is_set():
                raise MatchingCancelled()
        if not _prior_ok(linker):
            settings._probability_two_random_records_match = prior  # noqa: SLF001
        _keep_sensible_m(settings)
        return True
    except MatchingCancelled:
        raise
    except Exception as exc:  # noqa: BLE001 - training is an improvement, never a reason to fail
        log.warning("training on the file failed, fallback parameters used: %s", exc)
        _fallback_note(notes)
        return False
