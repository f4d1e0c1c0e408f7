"""The one-way path, one entry point per stage: file → records → mapped → checked → batches.

The command line, the window's jobs and the benchmarks all call these, so what a person previews in
one is what the other would send:

- read: ``read_table`` (``core.readers`` plus the checking pool's fork server started early)
- map: ``mapping_for`` (a saved mapping re-applied by header name, or the suggested one)
- check: ``check_table`` (every core for a big table, ``pool``), then ``recheck_row`` after an edit
  and ``apply_duplicates`` for a person's duplicate decisions
- batches: ``make_batches`` (the exact request bodies)

Modules: ``stages`` (the entry points and ``Checked``), ``pool`` (checking on every core) and
``jobs`` (the window's jobs: each calls one stage's entry point, then works out on the worker thread
what the window shows about it). May import core.matching and everything below it; never
core.account (which builds on this package), gui or Qt.
"""

from core.pipeline.stages import (
    Checked,
    apply_duplicates,
    check_table,
    make_batches,
    mapping_for,
    read_table,
    recheck_row,
    source_name,
)

__all__ = ["Checked", "apply_duplicates", "check_table", "make_batches", "mapping_for", "read_table",
           "recheck_row", "source_name"]
