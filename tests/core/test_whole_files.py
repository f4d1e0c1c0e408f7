"""Every file the app writes is written beside its place and renamed into it: a crash at the last moment
(the new bytes written, not yet renamed) leaves the earlier whole file exactly as it was, never half a file.

The crash is raised, in-process, as the rename into the file's place is about to happen (the moment
tests/core/test_crash_points.py SIGKILLs ``submit`` at with the ``file-replace`` point), as an exception
nothing in the app catches. A writer that wrote its file in place would already have put the new (or
half-new) bytes under the real name, and fail.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from core import safe_write
from core.cli import main
from core.mapping.automap import suggest_mapping
from core.mapping.templates import save_template
from core.matching.decisions import Decisions
from core.submit.journal import Journal
from core.submit.run_view import write_run_results
from tests.core.submit_support import new_run, write_guests_csv

OLD = b"an earlier whole file\n"


class Crashed(BaseException):
    """The process died here (nothing in the app catches a BaseException that is not an Exception)."""


@contextmanager
def crash_on_replacing(path: Path) -> Iterator[None]:
    """Any rename onto ``path`` dies instead (other files are renamed as usual)."""
    real = os.replace

    def replace(src: object, dst: object) -> None:
        if Path(str(dst)) == path:
            raise Crashed(str(dst))
        real(src, dst)  # type: ignore[arg-type]

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(os, "replace", replace)
        yield


def results(path: Path) -> None:
    with Journal() as j:
        write_run_results(path, j, new_run(j, "hubspot", 5))


def mapping(path: Path) -> None:
    suggest_mapping(["First Name", "Email"], "hubspot").save(path)


def template(path: Path) -> None:
    save_template(suggest_mapping(["First Name", "Email"], "hubspot"), path.stem, path.parent)


def decisions(path: Path) -> None:
    Decisions(source="guests.csv").save(path)


def preview_report(path: Path) -> None:
    sheet = write_guests_csv(path.parent.parent / "guests.csv", 6)
    main(["preview", str(sheet), "--target", "hubspot", "--out", str(path.parent)])


WRITERS: dict[str, tuple[Callable[[Path], None], Callable[[Path, Path], Path]]] = {
    # name: (writer, where it writes, given tmp_path and the data folder)
    "results.xlsx": (results, lambda tmp, home: tmp / "r.xlsx"),
    "results.csv": (results, lambda tmp, home: tmp / "r.csv"),
    "mapping": (mapping, lambda tmp, home: tmp / "mapping.json"),
    "template": (template, lambda tmp, home: tmp / "templates" / "Gala.json"),
    "duplicate decisions": (decisions, lambda tmp, home: tmp / "decisions.json"),
    "preview report": (preview_report, lambda tmp, home: tmp / "pv" / "report.csv"),
    "preview batch": (preview_report, lambda tmp, home: tmp / "pv" / "batch-0001.json"),
}


@pytest.mark.parametrize("name", list(WRITERS))
def test_a_crash_while_writing_leaves_the_earlier_file_whole(name: str, tmp_path: Path, isolated_home: Path) -> None:
    writer, where = WRITERS[name]
    path = where(tmp_path, isolated_home)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(OLD)
    with crash_on_replacing(path), pytest.raises(Crashed):
        writer(path)
    assert path.read_bytes() == OLD  # the earlier file, whole: the new bytes never went under its name

    writer(path)  # no crash: the new file replaces it, and the scratch copies are gone
    assert path.read_bytes() != OLD and path.stat().st_size > 0
    assert not [p.name for p in path.parent.iterdir() if p.name.endswith(safe_write.PART_SUFFIX)]
