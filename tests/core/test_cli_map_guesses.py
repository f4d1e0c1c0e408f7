"""`contact-importer map` says which picks are guesses and why a look-alike column was left out."""

import json

from core.cli import main


def test_map_prints_guesses_as_guesses_and_why_a_column_was_not_taken(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CONTACT_IMPORTER_HOME", str(tmp_path / "home"))
    src = tmp_path / "guests.csv"
    src.write_text("First Name,Last Name,Emial adress,Home City,Business City,Emergency Contact Name,Attendee #\n"
                   "Ann,Lee,ann@example.org,Portland,,Bo Lee,18441583423\n"
                   "Bob,Ray,bob@example.org,Austin,Dallas,Cy Ray,18441583424\n", encoding="utf-8")
    out = tmp_path / "m.json"
    assert main(["map", str(src), "--target", "virtuous", "--out", str(out)]) == 0
    lines = {ln.split()[0]: ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("  ")}
    assert "guess" in lines["Emial"] and "Email" in lines["Emial"]
    assert "guess" not in lines["First"]
    assert "comes from column 'Home City'" in lines["Business"]
    assert "someone else's" in lines["Emergency"]
    assert lines["Attendee"].endswith("(not mapped)")  # long numbers are not yes/no
    saved = json.loads(out.read_text())
    assert {f["field"]: f["sources"] for f in saved["fields"] if f["sources"]}["email"] == ["Emial adress"]

    assert main(["map", str(src), "--target", "virtuous"]) == 0
    captured = capsys.readouterr()
    json.loads(captured.out)  # stdout stays the mapping file
    assert "guess: 'Emial adress' → email" in captured.err
