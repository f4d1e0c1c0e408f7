"""Every hostile file answers within 60 s and 1.5 GB: read, or refused in one sentence with exit 2.

The files are generated (``hostile_files``), each run through ``contact-importer map`` in a fresh
process whose time and peak memory are measured (``hostile_run``). Before these checks, one value in
XFD1048576 aborted the process (exit 134), as did a 1.7 KB OpenDocument file repeating one cell 96
million times; a 2.4 GB sheet or 1.2 GB of shared strings took 4.5 GB,
and a sheet padded with spaces or without r= addresses ran past 60 s.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.hostile_files import CASES
from tests.core.hostile_run import Measured, measure

SECONDS = 60
PEAK_MB = 1500

#: What each file must come to: exit 0 (read), or exit 2 with the words its one sentence must hold.
EXPECTED: dict[str, tuple[int, str]] = {
    "far corner XFD1048576": (2, "The sheet's cells reach XFD1048576, far beyond the data in it"),
    "far row AZ200000": (2, "The sheet's cells reach AZ200000, far beyond the data in it"),
    "dimension tag claims the whole sheet": (0, ""),
    "formatted empty cell in XFD900000": (0, ""),
    "far row written first": (2, "The sheet's cells reach AAA900000"),
    "sheet inflates to 2.4 GB": (2, "holds 2.4 GB of sheet data once unpacked"),
    "2.3 GB of whitespace": (2, "holds 2.3 GB of sheet data once unpacked"),
    "200 MB of whitespace": (0, ""),
    "cells without r=": (0, ""),
    "wide row without r=": (2, "The sheet's cells reach XFD1000001"),
    "shared strings unpack to 1.2 GB": (2, "holds 1.2 GB of text once unpacked"),
    "a million shared strings": (2, "There are no rows of data under the header"),
    "zip bomb beside the sheet": (0, ""),  # the bomb's parts are pictures' places: never unpacked
    "zip headers lie about the size": (2, "The workbook is damaged or incomplete"),
    "workbook part 200,000 deep": (0, ""),
    "cell 500,000 deep": (0, ""),
    "billion laughs": (2, "The workbook is damaged or incomplete"),
    "50 MB cell": (0, ""),
    "100,000 error cells": (0, ""),
    "OpenDocument cell repeated 96 million times": (2, "The sheet's cells reach WQJ6002, far beyond the data"),
    "OpenDocument with LibreOffice's empty tail": (0, ""),
    "200 MB line": (2, "Line 2 of the file is longer than 16 MB without a line break"),
    "a line of 20 million commas": (2, "Line 2 of the file is longer than 16 MB without a line break"),
    "a row of 100,000 values": (2, "Row 2 splits into 100,002 values, more than a sheet has columns (16,384)"),
    "NUL bytes past 64 KB": (0, ""),
    "quote never closed": (2, 'Row 2 has a quoted value that never ends (an unmatched " character)'),
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    for make, file_name in CASES.values():
        make(folder / file_name)
    return folder


def test_every_case_has_an_expectation() -> None:
    assert set(EXPECTED) == set(CASES)


@pytest.mark.slow
@pytest.mark.parametrize("case", list(CASES))
def test_a_hostile_file_answers_within_its_budget(case: str, corpus: Path, tmp_path: Path) -> None:
    path = corpus / CASES[case][1]
    m: Measured = measure(["map", str(path), "--target", "hubspot"], tmp_path / "home", timeout=SECONDS + 30)
    said = [line for line in m.err.splitlines() if line.startswith("contact-importer:")]
    code, words = EXPECTED[case]
    assert m.seconds <= SECONDS and m.peak_mb <= PEAK_MB, (case, m)
    assert m.code == code, (case, m.err[-2000:])
    assert "Traceback" not in m.err and "panicked" not in m.err
    if code == 2:
        assert len(said) == 1 and said[0].startswith(f"contact-importer: {path.name}"), m.err
        assert words in said[0], said[0]
        assert "unmatched" not in said[0] or case == "quote never closed"


def test_a_value_longer_than_a_field_may_be_is_not_blamed_on_a_quote(tmp_path: Path) -> None:
    """A 1 MB line (under the 16 MB a line may hold) with one long value and no quote in it."""
    from core.errors import InputError
    from core.readers import read_file

    path = tmp_path / "long-value.csv"
    path.write_bytes(b"Name,Email\n" + b"x" * 1_000_000 + b",a@example.org\n")
    with pytest.raises(InputError) as refused:
        read_file(path)
    assert refused.value.reason.startswith("Row 2 holds a value longer than 131,072 characters")


def test_nul_bytes_anywhere_are_removed_and_said(corpus: Path) -> None:
    from core.readers import read_file

    table = read_file(corpus / "nul.csv")
    assert not any("\x00" in str(v) for r in table.records for v in r.values)
    ann = next(r for r in table.records if str(r.values[0]).startswith("Ann"))
    assert ann.values == ["Ann Lee", "ann@example.org"]  # past the first 64 KB, one NUL in each value
    assert "Removed 2 NUL characters (invisible zero bytes a damaged export leaves) from the file" in table.notes


def test_error_cells_of_a_sheet_without_addresses_are_scanned_in_bounded_memory(corpus: Path) -> None:
    """The scan's carry is capped: cells with no ``<c `` to cut at (``<c>``) no longer pile up."""
    import tracemalloc

    from core.readers.cell_errors import scan_sheet

    tracemalloc.start()
    try:
        scan = scan_sheet(corpus / "whitespace-small.xlsx", "People")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert scan is not None and scan.xml_bytes > 190_000_000 and scan.max_row == 3
    assert peak < 40_000_000  # 200 MB of XML went through a few MB


def test_a_cell_longer_than_excel_allows_is_left_out_with_a_warning(corpus: Path) -> None:
    from core.readers import read_file

    table = read_file(corpus / "long-cell.xlsx")
    assert [r.values for r in table.records] == [["Ann Lee", "ann@example.org"], [None, None]]
    [warning] = table.cell_warnings
    assert (warning.row, warning.column, warning.cell) == (3, "Name", "A3")
    assert warning.holds == "text of 49,283,072 characters, more than a cell can hold (32,767)"
    assert "1 cell with more text than a cell can hold (32,767 characters), read as empty: A3" in table.notes
