"""The window with the practice CRM's seeded account: the Map step offers the account's own
properties with their date and a Refresh, a custom property is mapped by its label, option labels are
checked and sent as internal values, and an unknown Virtuous contact type is an error."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt

from gui.shell.main_window import MAP
from tests.gui.conftest import check, load
from tests.gui.sending import isolated_home  # noqa: F401  (fixture)


def write(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return path


def to_map(qtbot, window, path: Path, target: str):
    window.session.set_target(target)
    window.session.set_practice(True)
    load(qtbot, window, path)
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.current_step == MAP
    page = window.page(MAP)
    qtbot.waitUntil(lambda: window.session.account is not None and not page.loader.is_busy(), timeout=20_000)
    return page


def test_map_step_offers_the_accounts_properties_by_label(qtbot, window, tmp_path: Path) -> None:
    sheet = write(tmp_path / "donors.csv", [["First Name", "Email", "Donor tier", "Volunteer interests"],
                                            ["Ann", "ann@example.org", "Gold donor", "Events; Tutoring"],
                                            ["Bob", "bob@example.org", "Platinum", ""]])
    page = to_map(qtbot, window, sheet, "hubspot")
    assert "as of" in page.account_note.text() and "Practice" in page.account_note.text()
    mapping = window.session.mapping
    assert mapping.for_field("donor_tier").sources == ["Donor tier"]
    stage = page.constants.widget("lifecyclestage")
    assert [stage.itemText(i) for i in range(stage.count())][:4] == ["(not set)", "Subscriber", "Lead",
                                                                     "Prospect donor"]
    assert page.refresh_button.isEnabled()
    page.grab().save(str(tmp_path / "map-account.png"))
    check(qtbot, window)
    ann, bob = window.session.checked.rows
    assert ann.values["donor_tier"] == "gold_donor" and ann.values["volunteer_interests"] == "events;tutoring"
    assert [i.code for i in bob.issues] == ["option.invalid"]
    # Refresh reads the account again and keeps the mapping a person made.
    mapping.set_column("First Name", None)
    window.session.mapping_edited()
    with qtbot.waitSignal(window.session.accountChanged, timeout=20_000):
        qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.loader.is_busy())
    assert window.session.mapping.for_field("firstname") is None


def test_an_unknown_virtuous_contact_type_is_an_error_in_the_window(qtbot, window, tmp_path: Path) -> None:
    sheet = write(tmp_path / "guests.csv", [["First Name", "Last Name", "Contact type", "Donor level"],
                                            ["Ann", "Lee", "Church", "gold"],
                                            ["Bob", "Ray", "Individual", "Silver"]])
    to_map(qtbot, window, sheet, "virtuous")
    assert window.session.mapping.for_field("customFields.Donor_Level").sources == ["Donor level"]
    check(qtbot, window)
    ann, bob = window.session.checked.rows
    assert ann.sendable and ann.values["customFields.Donor_Level"] == "Gold"
    assert "option.invalid" in [i.code for i in bob.issues] and not bob.sendable


def at_map_while_a_slow_account_is_read(qtbot, window, path: Path):
    """Practice HubSpot whose account answers slowly; ``path`` loaded and the Map step entered, the
    account still being read."""
    from core.sandbox.faults import FaultConfig
    from gui.connections import practice

    practice.configure(faults=FaultConfig(slow_seconds=0.5, p_slow=1.0))  # an account that answers slowly
    window.session.set_target("hubspot")
    window.session.set_practice(True)
    load(qtbot, window, path)
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    page = window.page(MAP)
    assert page.loader.is_busy() and window.session.account is None
    return page


def test_a_late_account_keeps_what_the_person_already_changed_on_the_map_step(qtbot, window, tmp_path: Path) -> None:
    """The first account known suggests the mapping again, but never over a change the person made
    while it was being read: a column they set aside stays set aside."""
    sheet = write(tmp_path / "donors.csv", [["First Name", "Email", "Donor tier"],
                                            ["Ann", "ann@example.org", "Gold donor"]])
    page = at_map_while_a_slow_account_is_read(qtbot, window, sheet)
    window.session.mapping.set_column("First Name", None)  # the person's change, before the account arrives
    window.session.mapping_edited()
    qtbot.waitUntil(lambda: window.session.account is not None and not page.loader.is_busy(), timeout=20_000)
    assert window.session.mapping.for_field("firstname") is None
    assert window.session.mapping.for_field("email").sources == ["Email"]


def test_an_untouched_mapping_is_suggested_again_from_the_account(qtbot, window, tmp_path: Path) -> None:
    from core.sandbox.faults import FaultConfig
    from gui.connections import practice

    sheet = write(tmp_path / "donors.csv", [["First Name", "Email", "Donor tier"],
                                            ["Ann", "ann@example.org", "Gold donor"]])
    practice.configure(faults=FaultConfig(slow_seconds=0.5, p_slow=1.0))
    to_map(qtbot, window, sheet, "hubspot")
    assert window.session.mapping.for_field("donor_tier").sources == ["Donor tier"]  # the account's own property


def test_an_account_read_for_another_file_is_suggested_again_for_the_file_now_open(qtbot, window,
                                                                                   tmp_path: Path) -> None:
    """The worker suggests the mapping from the account for the columns it was given; if another
    file was opened while it read, the suggestion is made again for that file's columns."""
    first = write(tmp_path / "first.csv", [["First Name", "Email"], ["Ann", "ann@example.org"]])
    second = write(tmp_path / "second.csv", [["Email address", "Donor tier"], ["bob@example.org", "Gold donor"]])
    page = at_map_while_a_slow_account_is_read(qtbot, window, first)
    load(qtbot, window, second)
    qtbot.waitUntil(lambda: window.session.account is not None and not page.loader.is_busy(), timeout=20_000)
    mapping = window.session.mapping
    assert mapping.headers == ["Email address", "Donor tier"]
    assert mapping.for_field("donor_tier").sources == ["Donor tier"]
    assert mapping.for_field("email").sources == ["Email address"]
