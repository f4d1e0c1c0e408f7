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

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from core.pipeline.stages import (
        Checked,
        apply_duplicates,
        check_table,
        make_batches,
        mapping_for,
        read_table,
        recheck_row,
        source_name,
        use_mode,
    )

__all__ = ["Checked", "apply_duplicates", "check_table", "make_batches", "mapping_for", "read_table",
           "recheck_row", "source_name", "use_mode"]


def __getattr__(name: str) -> Any:
    """The entry points, imported from ``stages`` when first asked for (PEP 562): the checking pool's
    fork server and every worker import ``core.pipeline.pool``, and with it this package; importing
    the stages there too (the payload models, the duplicate decisions) cost 5 MB in each process."""
    if name in __all__:
        from core.pipeline import stages

        return getattr(stages, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
