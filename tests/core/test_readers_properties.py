"""Files of every shape: whatever the bytes, every reader gives rows or one clear error, in bounded time.

Hypothesis generates the files: random bytes under spreadsheet names, real workbooks with bytes
flipped or cut, CSVs in random dialects and encodings, and cells holding what real sheets hold
(control characters, 32,767-character text, right-to-left text, emoji, NaN/inf, huge numbers).
The run is seeded (``derandomize``) with a fixed number of examples, so CI tries the same files
every time within its budget (about a minute on two cores). A failure Hypothesis finds is added
below as an ``@example`` so it stays a regression case; ``CONTACT_IMPORTER_HYPOTHESIS=explore``
runs fresh random examples (more of them) to look for new ones.
"""

from __future__ import annotations

import csv
import io
import math
import os
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from core.errors import InputError
from core.pipeline import check_table, make_batches, mapping_for
from core.readers import WORKBOOK_EXTENSIONS, list_sheets, peek_rows, read_file
from tests.core.messy_files import make_messy_xlsx, make_ods, make_xls, make_xlsb

EXPLORE = os.environ.get("CONTACT_IMPORTER_HYPOTHESIS") == "explore"
#: Seconds one generated file may take through a reader (a hang or a quadratic blow-up fails).
PER_CASE_SECONDS = 5.0

settings.register_profile(
    "readers",
    derandomize=not EXPLORE,
    database=None,
    deadline=None,  # measured below per file, with a clearer message than Hypothesis's deadline
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
    print_blob=True,
)


def budget(n: int) -> Any:
    return settings(settings.get_profile("readers"), max_examples=n * 10 if EXPLORE else n)


TEXT_EXTENSIONS = (".csv", ".tsv", ".txt")
EXTENSIONS = WORKBOOK_EXTENSIONS + TEXT_EXTENSIONS
API: list[Callable[..., Any]] = [read_file, peek_rows, list_sheets]


def assert_rows_or_one_clear_error(path: Path, call: Callable[..., Any] = read_file, **kw: Any) -> Any:
    """The property: a result, or an InputError naming the file in one line; never anything else."""
    t0 = time.perf_counter()
    try:
        result = call(path, **kw)
    except InputError as e:
        text = str(e)
        assert e.file == str(path) and text.startswith((f"{path.name}: ", f"{path.name}, sheet ")), text
        assert "\n" not in text and "Traceback" not in text, text
        assert len(e.reason) > 10, text
        result = None
    elapsed = time.perf_counter() - t0
    assert elapsed < PER_CASE_SECONDS, f"{call.__name__}({path.name}) took {elapsed:.1f} s"
    return result


# --- random and damaged bytes ----------------------------------------------------------------

MAGIC = [b"", b"PK\x03\x04", bytes.fromhex("D0CF11E0A1B11AE1"), b"\x09\x08\x10\x00\x00\x06\x05\x00",
         b"\x09\x04\x06\x00\x00\x00\x10\x00", b"\xef\xbb\xbf", b"\xff\xfe", b"<html>", b"%PDF-1.4", b"sep=;\n"]


@budget(400)
@given(ext=st.sampled_from(EXTENSIONS), magic=st.sampled_from(MAGIC), body=st.binary(max_size=2048),
       call=st.sampled_from(API))
@example(ext=".xls", magic=b"\x09\x04\x06\x00\x00\x00\x10\x00", body=b"", call=read_file)
@example(ext=".csv", magic=b"\xff\xfe", body=b"\x00", call=read_file)
@example(ext=".csv", magic=b"sep=;\n", body=b"", call=read_file)
def test_random_bytes_under_spreadsheet_names(tmp_path_factory: pytest.TempPathFactory, ext: str, magic: bytes,
                                              body: bytes, call: Callable[..., Any]) -> None:
    path = tmp_path_factory.mktemp("bytes") / f"file{ext}"
    path.write_bytes(magic + body)
    assert_rows_or_one_clear_error(path, call)


def _real_workbooks() -> dict[str, bytes]:
    import tempfile

    out: dict[str, bytes] = {}
    with tempfile.TemporaryDirectory() as d:
        for maker, name in [(make_messy_xlsx, "donors.xlsx"), (make_xls, "people.xls"), (make_ods, "contacts.ods"),
                            (make_xlsb, "volunteers.xlsb")]:
            out[name] = maker(Path(d) / name).read_bytes()
    return out


REAL = _real_workbooks()


@budget(400)
@given(name=st.sampled_from(sorted(REAL)), data=st.data())
def test_real_workbooks_with_bytes_flipped_or_cut(tmp_path_factory: pytest.TempPathFactory, name: str,
                                                  data: st.DataObject) -> None:
    raw = bytearray(REAL[name])
    flips = data.draw(st.lists(st.tuples(st.integers(0, len(raw) - 1), st.integers(0, 255)), max_size=8))
    for at, byte in flips:
        raw[at] = byte
    cut = data.draw(st.one_of(st.none(), st.integers(1, len(raw))))
    path = tmp_path_factory.mktemp("flip") / name
    path.write_bytes(bytes(raw[:cut]))
    table = assert_rows_or_one_clear_error(path)
    if table is not None:
        assert all(len(r.values) == len(table.headers) for r in table.records)


def test_regression_sheet_part_header_zeroed(tmp_path: Path) -> None:
    """Found by Hypothesis: a byte of the sheet part's local zip header set to 0 (calamine reads on,
    zipfile refuses the part) crashed the scan for error cells after the sheet had been read."""
    raw = REAL["donors.xlsx"]
    info = zipfile.ZipFile(io.BytesIO(raw)).getinfo("xl/worksheets/sheet2.xml")
    for at in range(info.header_offset, info.header_offset + 30 + len(info.filename)):
        zeroed = bytearray(raw)
        zeroed[at] = 0
        path = tmp_path / f"zeroed{at}.xlsx"
        path.write_bytes(bytes(zeroed))
        assert_rows_or_one_clear_error(path)


def _with_one_member_changed(name: str, member: str, payload: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(REAL[name]))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for info in src.infolist():
            z.writestr(info.filename, payload if info.filename == member else src.read(info.filename))
    return out.getvalue()


@budget(200)
@given(data=st.data())
def test_workbooks_whose_inner_parts_are_junk(tmp_path_factory: pytest.TempPathFactory, data: st.DataObject) -> None:
    """A zip that opens, with one part (sheet XML, shared strings, workbook.bin...) replaced by junk."""
    name = data.draw(st.sampled_from(["donors.xlsx", "contacts.ods", "volunteers.xlsb"]))
    member = data.draw(st.sampled_from(zipfile.ZipFile(io.BytesIO(REAL[name])).namelist()))
    payload = data.draw(st.one_of(st.binary(max_size=512), st.text(max_size=512).map(str.encode)))
    path = tmp_path_factory.mktemp("parts") / name
    path.write_bytes(_with_one_member_changed(name, member, payload))
    assert_rows_or_one_clear_error(path)


# --- cell contents ---------------------------------------------------------------------------

CONTROL = "".join(chr(c) for c in range(32)) + "\x7f\x85\u2028\u2029"
ODD_TEXT = st.one_of(
    st.text(alphabet=st.characters(codec="utf-8"), max_size=40),
    st.text(alphabet=CONTROL + "ab ,;\"'\t", max_size=20),
    st.sampled_from(["שלום עולם", "مرحبا", "\u202eevil\u202c", "👩‍👩‍👧‍👦", "🇺🇸 José", "Zoë\u0301", "\ufeffBOM",
                     "=1+1", "+1 (503) 555-0143", "#N/A", "NaN", "inf", "-0", "1e309", "00123", "", "   "]),
    st.integers(1, 3).map(lambda n: "x" * 32_767 if n == 1 else "é" * 32_767),
)
CELL = st.one_of(
    ODD_TEXT,
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.none(),
)


def _pipeline(table: Any) -> None:
    """Map, check and build the request bodies: odd values must end as row problems, not crashes."""
    for target in ("virtuous", "hubspot"):
        checked = check_table(table, mapping_for(table, target))
        make_batches(checked)


def _csv_text(rows: list[list[Any]], delimiter: str, quoting: int, terminator: str) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, quoting=quoting, lineterminator=terminator,
                   escapechar="\\" if quoting == csv.QUOTE_NONE else None)
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
    return buf.getvalue()


@budget(250)
@given(
    rows=st.lists(st.lists(ODD_TEXT, min_size=1, max_size=6), min_size=1, max_size=8),
    delimiter=st.sampled_from([",", ";", "\t", "|"]),
    quoting=st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONE]),
    terminator=st.sampled_from(["\r\n", "\n", "\r"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "mac_roman", "latin-1"]),
    ext=st.sampled_from(TEXT_EXTENSIONS),
    sep_line=st.booleans(),
    chosen=st.sampled_from([None, None, "utf-8", "iso-8859-2", "shift_jis"]),
)
@example(rows=[["é" * 32_767]], delimiter=",", quoting=csv.QUOTE_ALL, terminator="\r\n", encoding="cp1252",
         ext=".csv", sep_line=False, chosen="utf-8")  # found by Hypothesis: 18 s in csv.Sniffer
@example(rows=[["a"]], delimiter="\t", quoting=csv.QUOTE_MINIMAL, terminator="\n", encoding="utf-16",
         ext=".csv", sep_line=False, chosen=None)
def test_csv_in_any_dialect_and_encoding(tmp_path_factory: pytest.TempPathFactory, rows: list[list[Any]],
                                         delimiter: str, quoting: int, terminator: str, encoding: str, ext: str,
                                         sep_line: bool, chosen: str | None) -> None:
    try:
        text = _csv_text(rows, delimiter, quoting, terminator)
    except csv.Error:
        return  # the stdlib writer refuses this dialect for these values: no file to read
    if sep_line:
        text = f"sep={delimiter}{terminator}{text}"
    path = tmp_path_factory.mktemp("csv") / f"people{ext}"
    path.write_bytes(text.encode(encoding, errors="replace"))
    table = assert_rows_or_one_clear_error(path, encoding=chosen)
    if table is not None:
        assert all(len(r.values) == len(table.headers) for r in table.records)
        assert len(set(h.casefold() for h in table.headers)) == len(table.headers)
        _pipeline(table)


@budget(120)
@given(rows=st.lists(st.lists(CELL, min_size=1, max_size=6), min_size=1, max_size=6))
@example(rows=[["Email", "Zip"], [math.nan, math.inf], ["bob@x.org; mary@x.org", 2134]])
@example(rows=[["Name"], [10**30], [-(10**30)]])
def test_workbook_cells_holding_anything(tmp_path_factory: pytest.TempPathFactory, rows: list[list[Any]]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    wb = Workbook()
    ws = wb.active
    for r in rows:
        # openpyxl refuses control characters in cells (Excel cannot hold them either).
        ws.append([ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v for v in r])
    path = tmp_path_factory.mktemp("cells") / "cells.xlsx"
    wb.save(path)
    table = assert_rows_or_one_clear_error(path)
    if table is not None:
        _pipeline(table)
