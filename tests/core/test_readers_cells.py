"""Cells that are not what they look like: error values and formulas with no saved result get a warning."""

from __future__ import annotations

from pathlib import Path

from core.pipeline import check_table, mapping_for, recheck_row
from core.readers import read_file
from tests.core.messy_files import make_messy_xlsx, make_script_written_xlsx


def test_error_cells_and_unsaved_formulas_are_named(tmp_path: Path) -> None:
    table = read_file(make_script_written_xlsx(tmp_path / "script.xlsx"))
    assert [(w.row, w.column, w.cell, w.holds) for w in table.cell_warnings] == [
        (2, "Email", "B2", "a formula (=VLOOKUP(A2,Lookup!A:B,2,FALSE)) with no saved result"),
        (2, "Helper", "D2", "a formula (=LEN(A2)) with no saved result"),
        (3, "Phone", "C3", "the error #N/A"),
        (4, "Phone", "C4", "the error #DIV/0!"),
    ]
    assert "4 cells with an error or a formula with no saved result, read as empty: B2, D2, C3, C4" in table.notes


def test_each_becomes_a_warning_on_its_row_when_the_column_is_sent(tmp_path: Path) -> None:
    table = read_file(make_script_written_xlsx(tmp_path / "script.xlsx"))
    checked = check_table(table, mapping_for(table, "hubspot"))
    by_row = {r.row: r for r in checked.rows}
    cell_issues = {r: [(i.code, i.severity, i.message) for i in by_row[r].issues if i.code.startswith("cell.")]
                   for r in by_row}
    assert cell_issues[2] == [("cell.formula_unsaved", "warning",
                               "Row 2, column 'Email': cell B2 holds a formula (=VLOOKUP(A2,Lookup!A:B,2,FALSE)) "
                               "with no saved result, so it is read as empty; recalculate and save it in Excel")]
    assert cell_issues[3] == [("cell.error", "warning", "Row 3, column 'Phone': cell C3 holds the error #N/A, "
                               "so it is read as empty; fix it in the file")]
    assert by_row[3].status == "warning" and by_row[3].sendable
    assert "phone" not in by_row[3].values


def test_the_warning_goes_once_the_cell_is_filled_in(tmp_path: Path) -> None:
    table = read_file(make_script_written_xlsx(tmp_path / "script.xlsx"))
    checked = check_table(table, mapping_for(table, "hubspot"))
    i = checked.position(3)
    recheck_row(checked, i)
    assert [x.code for x in checked.rows[i].issues] == ["cell.error"]
    table.records[i].values[table.column("Phone")] = "503-555-0100"
    recheck_row(checked, i)
    assert [x.code for x in checked.rows[i].issues] == []


def test_formulas_with_saved_results_are_not_flagged(tmp_path: Path) -> None:
    table = read_file(make_messy_xlsx(tmp_path / "donors.xlsx"))
    assert table.cell_warnings == []
