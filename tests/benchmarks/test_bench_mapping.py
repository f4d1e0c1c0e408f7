"""Prints the export corpus figures per target (tuning part and held-out part separately).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/benchmarks/test_bench_mapping.py -q -s
"""

from tests.export_corpus import BLIND, expected, held_out, score


def test_print_corpus_figures():
    names = sorted(expected())
    held = held_out(names)
    for target in ("virtuous", "hubspot"):
        for part, subset in (("all", set(names)), ("tuning", set(names) - held), ("held-out", held)):
            fig = score(target, subset)
            print(f"\n{target:9} {part:9} {len(subset):2} files: {fig.line()}")
            assert fig.mapped > 0
        fig = score(target, folder=BLIND)
        print(f"\n{target:9} {'blind':9} {len(expected(BLIND)):2} files: {fig.line()}")
