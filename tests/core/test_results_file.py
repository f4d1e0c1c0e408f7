"""The results file: the person's rows with outcomes appended, read back the way Excel would."""

from __future__ import annotations

import csv
import threading
import zipfile
from pathlib import Path

import openpyxl
import pytest

from core.mapping.automap import suggest_mapping
from core.pipeline import check_table, make_batches
from core.submit.engine import execute_run
from core.submit.journal import Journal
from core.submit.results_file import RESULT_COLUMNS, STATUS_FILL, ResultRow, write_results
from core.submit.run_view import write_run_results
from core.submit.runs import Destination, create_run
from core.targets.outcomes import RowOutcome
from core.targets.payloads import Batch
from tests.core.submit_support import HEADERS, TOKEN, FakeCrm, files_holding, run_that_met_the_token
from tests.core.tables import table


def mixed_run(journal: Journal) -> str:
    """Rows 2-5 created, 6 failed at the CRM, 7 skipped by the checks, 8-11 not sent (cancelled)."""
    t = table(HEADERS,
              ["=SUM(A1)", "Lee", "a@example.org", "+1 555 0100"],
              ["Zoë", "Müller", "zoe@example.de", "@home"],
              ["C", "Lee", "c@example.org", "-minus"],
              ["D", "Lee", "d@example.org", "plain"],
              ["E", "Lee", "e@example.org", "x"],
              ["F", "Lee", "a@example.org", "x"],  # row 2's email: HubSpot keeps one contact per email
              *[[f"G{i}", "Lee", f"g{i}@example.org", "x"] for i in range(4)],
              path="guests.xlsx", sheet="Guests")
    checked = check_table(t, suggest_mapping(t.headers, "hubspot"))
    batches = make_batches(checked, batch_size=5)
    run_id = create_run(journal, checked, batches, Destination("hubspot", "http://crm.invalid"), batch_size=5)
    crm = FakeCrm()
    cancel = threading.Event()

    def first(c: FakeCrm, b: Batch) -> list[RowOutcome]:
        cancel.set()
        out = c.store(b)
        return out[:4] + [RowOutcome(out[4].row, out[4].key, "failed", None, "INVALID_EMAIL",
                                     "email: Email address e@example.org is invalid")]

    crm.hooks[1] = first
    execute_run(journal, run_id, crm.client, cancel=cancel, concurrency=1)
    return run_id


def test_xlsx_results_read_back(tmp_path: Path) -> None:
    out = tmp_path / "results.xlsx"
    with Journal() as j:
        run_id = mixed_run(j)
        write_run_results(out, j, run_id)
    ws = openpyxl.load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    assert list(rows[0]) == HEADERS + RESULT_COLUMNS
    assert len(rows) == 1 + 10
    by_status = {r[0]: r[4] for r in rows[1:]}
    assert by_status["=SUM(A1)"] == "Created" and by_status["E"] == "Failed" and by_status["F"] == "Skipped"
    assert all(by_status[f"G{i}"] == "Not sent" for i in range(4))
    assert rows[1][5] and rows[1][7] == 1 and rows[1][8] == "row-2"  # CRM ID, batch, reference id
    assert "INVALID_EMAIL" not in rows[5][6] and "is invalid" in rows[5][6]
    assert "is also in row 2" in rows[6][6]
    assert "cancelled" in rows[7][6]
    # formulas stay text
    a2 = ws["A2"]
    assert a2.value == "=SUM(A1)" and a2.data_type == "s"
    assert ws["D2"].value == "+1 555 0100" and ws["D3"].value == "@home" and ws["B3"].value == "Müller"
    # looks
    assert ws.freeze_panes == "A2"
    assert ws["A1"].font.b and ws["E1"].font.b
    fills = {ws.cell(r, 5).value: ws.cell(r, 5).fill.fgColor.rgb[-6:] for r in range(2, 12)}
    assert fills["Created"] == STATUS_FILL["created"]
    assert fills["Failed"] == STATUS_FILL["failed"]
    assert fills["Skipped"] == STATUS_FILL["skipped"]
    assert fills["Not sent"] == STATUS_FILL["not_sent"]
    assert ws.column_dimensions["G"].width > ws.column_dimensions["B"].width >= 8
    assert not list(tmp_path.glob("*.part"))


def test_csv_results_open_right_in_excel(tmp_path: Path) -> None:
    out = tmp_path / "results.csv"
    with Journal() as j:
        run_id = mixed_run(j)
        write_run_results(out, j, run_id)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == HEADERS + RESULT_COLUMNS
    assert rows[1][0] == "'=SUM(A1)" and rows[1][3] == "'+1 555 0100" and rows[2][3] == "'@home"
    assert rows[2][1] == "Müller"
    assert [r[4] for r in rows[1:]].count("Not sent") == 4


def test_status_fills_cover_every_status() -> None:
    from core.targets.outcomes import STATUS_LABELS

    assert set(STATUS_FILL) == set(STATUS_LABELS)


def test_unknown_extension_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"\.xlsx or \.csv"):
        write_results(tmp_path / "out.txt", ["A"], [])


def test_control_characters_and_tabs_do_not_break_xlsx(tmp_path: Path) -> None:
    rows = [ResultRow(["\tstarts with tab", "bell\x07here"], "unknown", "", "m", "1", "k")]
    out = write_results(tmp_path / "r.xlsx", ["A", "B"], rows)
    ws = openpyxl.load_workbook(out).active
    assert ws["A2"].value == "\tstarts with tab" and ws["B2"].value == "bellhere"
    assert ws["C2"].value == "Unknown" and ws["C2"].fill.fgColor.rgb[-6:] == STATUS_FILL["unknown"]


def test_results_never_contain_the_token(tmp_path: Path, isolated_home: Path) -> None:
    from core.logs import setup_logging

    setup_logging()
    out = tmp_path / "out"
    with Journal() as j:
        run_id = run_that_met_the_token(j)
        write_run_results(out / "r.xlsx", j, run_id)
        write_run_results(out / "r.csv", j, run_id)
        assert {r.status for r in j.rows(run_id)} == {"failed", "created"}
    sheet_xml = zipfile.ZipFile(out / "r.xlsx").read("xl/worksheets/sheet1.xml").decode()
    assert sheet_xml.count("rejected: Authorization: Bearer ***") == 10  # the failed rows' messages, blanked
    assert files_holding(TOKEN, out, isolated_home) == []  # unzipped sheet XML, CSV, journal, log
