"""`contact-importer map` and `preview` as a person runs them: files written, summary, exit codes."""

import csv
import json
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from core.cli import main

ROOT = Path(__file__).resolve().parents[2]


def messy_workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Guests"
    ws["A1"] = "Spring Gala 2025 — guest list"
    ws.merge_cells("A1:F1")
    ws["A2"] = "Exported from the ticketing site"
    ws.append([])
    ws.append(["Full name", "E-mail", "Mobile #", "ST", "Zip", "Attended"])
    ws.append(["Jane Public", "Jane@Example.com", 5035550143, "Oregon", 97201, "Y"])
    ws.append([])
    ws.append(["Bob Nobody", "bob@", "not a phone", "TX", "73301", "N"])
    ws.append(["José García", "jose@example.org", "503-555-0100", "California", "90001", "x"])
    wb.save(path)
    return path


def test_map_prints_an_editable_mapping(tmp_path, capsys):
    book = messy_workbook(tmp_path / "gala.xlsx")
    assert main(["map", str(book), "--target", "hubspot"]) == 0
    mapping = json.loads(capsys.readouterr().out)
    got = {s: f["field"] for f in mapping["fields"] for s in f["sources"]}
    assert got == {"Full name": "fullName", "E-mail": "email", "Mobile #": "mobilephone", "ST": "state",
                   "Zip": "zip"}
    assert mapping["version"] == 1 and mapping["target"] == "hubspot"


def test_preview_writes_batches_and_report(tmp_path, capsys):
    book = messy_workbook(tmp_path / "gala.xlsx")
    out = tmp_path / "out"
    code = main(["preview", str(book), "--target", "virtuous", "--out", str(out), "--batch-size", "1"])
    assert code == 1  # one row has errors
    text = capsys.readouterr().out
    assert "3 rows read (header in row 4)" in text
    assert "ok: 2  warnings: 0  errors: 1" in text
    assert sorted(p.name for p in out.iterdir()) == ["batch-0001.json", "batch-0002.json", "report.csv"]
    first = json.loads((out / "batch-0001.json").read_bytes())
    assert first["contacts"][0]["email"] == "jane@example.com"
    assert first["contacts"][0]["phone"] == "+15035550143"
    assert first["contacts"][0]["state"] == "OR"
    with open(out / "report.csv", encoding="utf-8-sig", newline="") as fh:
        report = list(csv.reader(fh))
    assert report[0] == ["source row", "status", "code", "column", "message", "will do", "duplicate group"]
    assert ["5", "ok", "", "", "", "Will be sent", ""] in report
    bob = [r for r in report if r[0] == "7"]
    assert {r[2] for r in bob} == {"email.invalid", "phone.invalid"}
    assert {r[5] for r in bob} == {"Not sent: fix the errors first"}
    assert ["8", "ok", "", "", "", "Will be sent", ""] in report  # blank row 6 skipped, never renumbered
    assert "6" not in [r[0] for r in report]


def test_preview_with_saved_mapping_and_all_good_rows_exits_0(tmp_path, capsys):
    src = tmp_path / "list.csv"
    src.write_text("Email;First Name\nann@example.com;Ann\nbo@example.com;Bo\n", encoding="latin-1")
    mp = tmp_path / "map.json"
    assert main(["map", str(src), "--target", "hubspot", "--out", str(mp)]) == 0
    assert main(["preview", str(src), "--target", "hubspot", "--mapping", str(mp), "--out", str(tmp_path / "o")]) == 0
    body = json.loads((tmp_path / "o" / "batch-0001.json").read_text())
    assert [i["properties"]["email"] for i in body["inputs"]] == ["ann@example.com", "bo@example.com"]


@pytest.mark.parametrize("setup,reason", [
    (lambda p: None, "does not exist"),
    (lambda p: p.mkdir(), "folder"),
    (lambda p: p.write_bytes(b""), "empty"),
    (lambda p: p.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj"), "not"),
])
def test_unusable_input_is_one_line_exit_2(tmp_path, setup, reason):
    p = tmp_path / "people.xlsx"
    setup(p)
    r = subprocess.run([sys.executable, "-m", "core", "preview", str(p), "--target", "hubspot", "--out",
                        str(tmp_path / "o")], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "people.xlsx" in lines[0] and reason in lines[0].lower()


def test_mapping_for_other_columns_is_refused(tmp_path, capsys):
    src = tmp_path / "a.csv"
    src.write_text("Email,First Name\nann@example.com,Ann\n")
    mp = tmp_path / "map.json"
    main(["map", str(src), "--target", "hubspot", "--out", str(mp)])
    other = tmp_path / "b.csv"
    other.write_text("Mail Address,Given\nann@example.com,Ann\n")
    assert main(["preview", str(other), "--target", "hubspot", "--mapping", str(mp), "--out", str(tmp_path / "o")]) == 2
    assert "'Email'" in capsys.readouterr().err


@pytest.mark.parametrize("target,field", [("virtuous", "invitationType"), ("virtuous", "emial"),
                                          ("hubspot", "First Name")])
@pytest.mark.parametrize("command", ["preview", "submit"])
def test_hand_edited_mapping_with_a_field_the_target_lacks_is_one_line_exit_2(tmp_path, target, field, command):
    src = tmp_path / "list.csv"
    src.write_text("Email,First Name\nann@example.com,Ann\n")
    mp = tmp_path / "map.json"
    assert main(["map", str(src), "--target", target, "--out", str(mp)]) == 0
    doc = json.loads(mp.read_text())
    doc["fields"][-1]["field"] = field
    mp.write_text(json.dumps(doc))
    extra = ["--out", str(tmp_path / "o")] if command == "preview" else \
        ["--sandbox", "--results", str(tmp_path / "r.csv")]
    r = subprocess.run([sys.executable, "-m", "core", command, str(src), "--target", target, "--mapping", str(mp),
                        *extra], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 2, r.stderr
    assert "Traceback" not in r.stderr
    # the one problem is one line (a note on which field list was used may stand before it)
    lines = [ln for ln in r.stderr.strip().splitlines() if ln.startswith("contact-importer:")]
    assert len(lines) == 1 and "map.json" in lines[0] and f"'{field}'" in lines[0]


def test_batch_files_are_written_in_order_and_a_failed_write_is_raised(tmp_path: Path) -> None:
    """``write_batches`` writes on a thread while the next body is made; what it writes and what it
    raises are as if written one after another here."""
    from core.cli.prepare_cmds import write_batches
    from core.targets.payloads import Batch

    batches = [Batch(n, "hubspot.create", [], f'{{"n": {n}}}'.encode()) for n in range(1, 21)]
    write_batches(tmp_path, batches)
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"batch-{n:04d}.json" for n in range(1, 21)]
    assert all((tmp_path / f"batch-{n:04d}.json").read_bytes() == f'{{"n": {n}}}'.encode() for n in range(1, 21))
    blocked = tmp_path / "again"
    (blocked / "batch-0003.json").mkdir(parents=True)  # a folder where a file must go: the rename fails
    with pytest.raises(OSError):
        write_batches(blocked, batches)
    assert (blocked / "batch-0002.json").read_bytes() == b'{"n": 2}'
    assert not list(blocked.glob(".*.part"))  # nothing half-written left behind
