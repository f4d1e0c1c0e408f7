"""Choices for rows probably already in the account: saved and read back, applied to the rows that
are sent, undone when a person changes their mind, and carried along by a merge."""

from __future__ import annotations

import pytest

from core.errors import InputError
from core.matching.decisions import DecisionBook, Decisions, GroupDecision
from core.targets.payloads import UPDATE_ID
from core.validation.issues import CheckedRow


def rows() -> list[CheckedRow]:
    return [CheckedRow(2, {"firstname": "Bob", "email": "bob@example.org"}),
            CheckedRow(3, {"firstname": "Robert", "phone": "+19785550101"}),
            CheckedRow(4, {"firstname": "Ann"})]


def test_an_update_choice_is_saved_with_its_contact_and_read_back():
    d = Decisions(account={3: "update", 4: "skip"}, update_ids={3: "901"}, source="guests.csv")
    again = Decisions.from_data(__import__("json").loads(d.to_json()))
    assert again.account == {3: "update", 4: "skip"} and again.update_ids == {3: "901"}
    with pytest.raises(InputError, match="an update needs the contact's id"):
        Decisions.from_data({"version": 1, "groups": [], "account": {"3": "update"}})


def test_changing_ones_mind_puts_the_row_back_and_a_merge_carries_the_update():
    book = DecisionBook(rows(), target="hubspot")
    book.set(Decisions(account={3: "update"}, update_ids={3: "901"}))
    assert book.rows[1].get(UPDATE_ID) == "901"
    assert book.fate_of(3).message.startswith("Will update contact 901")
    book.set(Decisions(account={3: "create"}))
    assert book.rows[1].get(UPDATE_ID) is None and book.fate_of(3) is None
    book.set(Decisions([GroupDecision([2, 3], "merge", 2)], account={3: "update"}, update_ids={3: "901"}))
    bob, robert = book.rows[0], book.rows[1]
    assert robert.excluded and bob.get(UPDATE_ID) == "901"  # the merged row updates the contact Robert matched
    assert bob.values["phone"] == "+19785550101" and bob.values["firstname"] == "Bob"


def test_virtuous_rows_are_never_turned_into_updates():
    book = DecisionBook(rows(), target="virtuous")
    with pytest.raises(InputError, match="Virtuous matches people itself"):
        book.set(Decisions(account={3: "update"}, update_ids={3: "901"}))


def test_the_command_lines_decisions_never_guess_between_two_candidates():
    from core.matching.decisions import decisions_for
    from core.matching.duplicates import DuplicateReport
    from core.matching.linking import AccountMatch, AccountReport, Candidate

    matches = {2: AccountMatch(2, "existing", [Candidate("901", 0.99, ["email"])]),
               3: AccountMatch(3, "ambiguous", [Candidate("902", 0.9, []), Candidate("903", 0.9, [])]),
               4: AccountMatch(4, "new")}
    report = DuplicateReport(rows=3, groups=[], people={}, columns=[])
    d = decisions_for(report, AccountReport(matches, 3, "now"), "guests.csv", account_choice="update")
    assert d.account == {2: "update", 3: "create"} and d.update_ids == {2: "901"}
