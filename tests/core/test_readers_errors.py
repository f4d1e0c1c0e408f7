"""Broken, misnamed, locked and missing files: one clear InputError naming the file and reason."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import core.readers.files as files
from core.errors import InputError
from core.readers import list_sheets, peek_rows, read_file
from tests.core.messy_files import (
    make_empty_file,
    make_ole_junk_with_encryption_names,
    make_pdf_named_xlsx,
    make_truncated_xlsx,
    make_utf8_bom_csv,
)

API: list[Callable[[Path], object]] = [read_file, list_sheets, peek_rows]


def error_of(call: Callable[[Path], object], path: Path) -> InputError:
    with pytest.raises(InputError) as info:
        call(path)
    err = info.value
    assert err.file == str(path)
    assert str(err).startswith(f"{path.name}: ")
    assert "Traceback" not in str(err) and "\n" not in str(err)
    return err


@pytest.mark.parametrize("call", API)
@pytest.mark.parametrize(
    ("maker", "name", "reason"),
    [
        (make_empty_file, "empty.xlsx", "The file is empty (0 bytes)."),
        (make_empty_file, "empty.csv", "The file is empty (0 bytes)."),
        (make_pdf_named_xlsx, "report.xlsx", "This is a PDF document, not a spreadsheet, despite its .xlsx name."),
        (make_pdf_named_xlsx, "report.csv", "This is a PDF, not a text file, despite its .csv name."),
        (make_truncated_xlsx, "half.xlsx", "The workbook is damaged or incomplete"),
        (make_ole_junk_with_encryption_names, "secret.xlsx", "The workbook is damaged or incomplete"),
        (make_utf8_bom_csv, "export.xls", "This is a plain text file saved with a .xls name"),
        (
            make_utf8_bom_csv,
            "people.numbers",
            "Files with '.numbers' can't be read; use one of .xlsx, .xlsm, .xlsb, .xls, .ods, .csv, .tsv, .txt.",
        ),
        (make_utf8_bom_csv, "people", "Files with no extension can't be read"),
    ],
)
def test_bad_files(tmp_path: Path, call: Callable[[Path], object], maker, name: str, reason: str) -> None:  # type: ignore[no-untyped-def]
    err = error_of(call, maker(tmp_path / name))
    assert err.reason.startswith(reason)


@pytest.mark.parametrize("call", API)
def test_web_page_named_xlsx(tmp_path: Path, call: Callable[[Path], object]) -> None:
    p = tmp_path / "export.xlsx"
    p.write_text("<html><body><table><tr><td>Name</td></tr></table></body></html>")
    assert "web page or XML file" in error_of(call, p).reason


@pytest.mark.parametrize("call", API)
def test_other_binary_named_xlsx(tmp_path: Path, call: Callable[[Path], object]) -> None:
    p = tmp_path / "photo.xlsx"
    p.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(200))
    assert error_of(call, p).reason == "This is an image, not a spreadsheet, despite its .xlsx name."


@pytest.mark.parametrize("call", [read_file, peek_rows])  # list_sheets of a text file is []
def test_binary_named_csv(tmp_path: Path, call: Callable[[Path], object]) -> None:
    p = tmp_path / "photo.csv"
    p.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(range(256)))
    assert error_of(call, p).reason == "This is a binary file, not text, despite its .csv name."


@pytest.mark.parametrize("call", API)
def test_missing_file(tmp_path: Path, call: Callable[[Path], object]) -> None:
    err = error_of(call, tmp_path / "gone.xlsx")
    assert err.reason == "The file does not exist; it may have been moved, renamed or deleted."


@pytest.mark.parametrize("call", API)
def test_folder(tmp_path: Path, call: Callable[[Path], object]) -> None:
    folder = tmp_path / "Exports.xlsx"
    folder.mkdir()
    assert error_of(call, folder).reason.startswith("This is a folder, not a spreadsheet file")


def test_ole_junk_named_xls_is_damaged(tmp_path: Path) -> None:
    err = error_of(read_file, make_ole_junk_with_encryption_names(tmp_path / "old.xls"))
    assert err.reason.startswith("The workbook is damaged or incomplete")


LOCKED = (
    "The file is open in another program, such as Excel, or you have no permission to read it: "
    "close it there and try again."
)


@pytest.mark.parametrize("call", API)
def test_file_locked_by_another_program(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, call: Callable[[Path], object]
) -> None:
    """Excel on Windows holds an exclusive lock: opening raises PermissionError (simulated)."""
    path = make_utf8_bom_csv(tmp_path / "open-in-excel.csv")

    def locked_open(*args: object, **kwargs: object) -> object:
        raise PermissionError(13, "The process cannot access the file", str(path))

    monkeypatch.setattr(files, "open", locked_open, raising=False)
    assert error_of(call, path).reason == LOCKED


@pytest.fixture
def world_readable_dir() -> Iterator[Path]:
    """A folder anyone may enter; pytest's tmp_path is private to root, hiding the file's own mode."""
    d = Path(tempfile.mkdtemp(prefix="readers-perm-"))
    d.chmod(0o755)
    try:
        yield d
    finally:
        shutil.rmtree(d, ignore_errors=True)


def _run_as_nobody(path: Path) -> str:
    """Call read_file in a forked child that dropped root, and return what it raised."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: never returns into pytest
        code = 0
        try:
            os.close(r)
            os.setgid(65534)
            os.setuid(65534)
            try:
                read_file(path)
                msg = "no error"
            except InputError as e:
                msg = f"InputError|{e.file}|{e.reason}"
            except BaseException as e:  # report anything to the parent
                msg = f"{type(e).__name__}|{e}"
            os.write(w, msg.encode("utf-8"))
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    os.close(w)
    chunks = []
    while chunk := os.read(r, 4096):
        chunks.append(chunk)
    os.close(r)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    return b"".join(chunks).decode("utf-8")


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork() to drop privileges")
def test_no_permission_chmod_000(world_readable_dir: Path) -> None:
    path = make_utf8_bom_csv(world_readable_dir / "private.csv")
    path.chmod(0o000)
    if os.geteuid() != 0:
        assert error_of(read_file, path).reason == LOCKED
        return
    # Root reads anything, so the real check runs in a child that became "nobody".
    assert _run_as_nobody(path) == f"InputError|{path}|{LOCKED}"
