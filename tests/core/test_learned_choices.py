"""A person's choice for a header is remembered per CRM and account and wins in the next file."""

from core.mapping import learned
from core.mapping.automap import suggest_mapping


def test_a_remembered_choice_wins_in_any_file_until_forgotten(tmp_path, monkeypatch):
    monkeypatch.setenv("CONTACT_IMPORTER_HOME", str(tmp_path))
    assert learned.learned_for("hubspot") == {}
    learned.remember("hubspot", "crm", "Gift Total", "message")
    learned.remember("hubspot", "crm", "E-mail", None)  # "don't import this column"
    learned.remember("virtuous", "", "Gift Total", "tags")

    m = suggest_mapping(["gift  total", "E-mail", "Email Address"], "hubspot",
                        learned=learned.learned_for("hubspot", "crm"))
    assert m.for_field("message").sources == ["gift  total"] and m.for_field("message").confidence is None
    assert m.field_for_column("E-mail") == []  # left out, as the person did
    assert m.field_for_column("Email Address") == ["email"]
    # Another account on the same CRM falls back to what was chosen elsewhere; its own choice wins.
    learned.remember("hubspot", "other", "Gift Total", "company")
    assert learned.learned_for("hubspot", "crm")["gifttotal"] == "message"
    assert learned.learned_for("hubspot", "other")["gifttotal"] == "company"
    assert learned.learned_for("virtuous")["gifttotal"] == "tags"

    learned.forget_all()
    assert learned.learned_for("hubspot", "crm") == {}


def test_a_damaged_file_means_no_remembered_choices_not_a_crash(tmp_path, monkeypatch):
    monkeypatch.setenv("CONTACT_IMPORTER_HOME", str(tmp_path))
    (tmp_path / learned.FILE_NAME).write_text("{not json", encoding="utf-8")
    assert learned.learned_for("virtuous") == {}
    learned.remember("virtuous", "", "Zip", "postal")  # and the next choice starts it afresh
    assert learned.learned_for("virtuous") == {"zip": "postal"}


def test_reading_never_creates_the_data_folder(tmp_path, monkeypatch):
    home = tmp_path / "not-yet"
    monkeypatch.setenv("CONTACT_IMPORTER_HOME", str(home))
    assert learned.learned_for("hubspot") == {}
    assert not home.exists()
