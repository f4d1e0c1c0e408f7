"""When most of a column fails one check, the mapping is named once, at the column."""

from core.column_findings import column_findings
from core.mapping.automap import suggest_for_table
from core.pipeline import check_table
from tests.core.tables import table


def test_a_column_of_long_numbers_on_a_yes_no_field_is_named_once():
    t = table(["First Name", "Last Name", "Attendee #"],
              *[[f"Ann{i}", "Lee", f"1844158342{i}"] for i in range(6)], path="guests.csv", sheet=None)
    mapping = suggest_for_table(t, "virtuous")
    assert mapping.field_for_column("Attendee #") == []  # not suggested: numbers are not yes/no
    mapping.set_column("Attendee #", "attended")  # a person's slip
    [finding] = column_findings(check_table(t, mapping))
    assert finding.column == "Attendee #" and finding.field == "attended"
    assert finding.failing == 6 and finding.total == 6
    assert finding.message.startswith("Column 'Attendee #' does not look like Attended: 6 of 6 values")


def test_rows_without_a_name_point_at_the_column_that_holds_names():
    t = table(["Email", "Supporter"], *[[f"p{i}@example.org", f"Kim Lee{'ab'[i % 2]}"] for i in range(4)],
              path="list.csv", sheet=None)
    mapping = suggest_for_table(t, "virtuous")
    mapping.set_column("Supporter", None)
    [finding] = column_findings(check_table(t, mapping))
    assert finding.column == "Supporter" and finding.suggest == "fullName"
    assert "4 rows have no name, and column 'Supporter' holds names" in finding.message


def test_a_few_bad_values_are_the_values_problem_not_the_mappings():
    rows = [[f"p{i}@example.org"] for i in range(8)] + [["not-an-email"]]
    t = table(["Email"], *rows, path="list.csv", sheet=None)
    assert column_findings(check_table(t, suggest_for_table(t, "hubspot"))) == []
