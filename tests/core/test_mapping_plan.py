"""The mapping resolved once (``core.mapping.plan``) answers as the mapping and the catalog would."""

from core.mapping.apply import apply_mapping
from core.mapping.catalog import Kind, catalog_for
from core.mapping.model import FieldMapping, Mapping
from core.mapping.plan import Plan
from core.pipeline import check_table, recheck_row
from core.records import CellWarning
from tests.core.tables import table

H = ["Full Name", "E-mail", "Street", "Unit", "Gift", "Notes", "Fav colour"]
ROWS = [
    ["Dr. Jane Q. Public Jr.", "JANE@EXAMPLE.ORG ", "12 Oak St", "Apt 4", "$1,200.50", "", "teal"],
    ["Public, John", None, None, None, "n/a", "gala; volunteer", None],
]


def _mapping() -> Mapping:
    return Mapping(target="virtuous", fields=[
        FieldMapping(field="fullName", sources=["Full Name"]),
        FieldMapping(field="email", sources=["E-mail"], case="lower"),
        FieldMapping(field="address1", sources=["Street", "Unit"], join_with=", "),
        FieldMapping(field="contactType", constant="Household"),
        FieldMapping(field="custom:Fav colour", sources=["Fav colour"], kind=Kind.TEXT),
    ])


def test_the_plan_maps_rows_and_names_columns_as_the_mapping_does():
    t, mapping = table(H, *ROWS), _mapping()
    plan = Plan(mapping, t.headers)
    assert list(plan.rows(t.records)) == list(apply_mapping(mapping, t.headers, t.records))
    for fm in mapping.fields:
        f = plan.field(fm.field)
        assert f is not None and f.sources == tuple(fm.sources)
        assert f.label == (" + ".join(fm.sources) if fm.sources else "(same for every row)")
        assert f.rules == plan.catalog.get(fm.field)
    assert plan.field("email").kind is Kind.EMAIL and plan.field("phone") is None
    assert plan.label("phone") == "phone"
    for column in [*H, "not a column"]:
        assert plan.fields_of(column) == mapping.field_for_column(column)
    built_in = catalog_for("virtuous", mapping.custom_fields())
    assert [f.key for f in plan.catalog.fields] == [f.key for f in built_in.fields]


def test_a_recheck_reads_the_plan_the_check_made_and_keeps_the_cell_warning_rule():
    """An edited row is mapped with the check's own plan; a cell warning names the field its column
    feeds, stays while the cell is empty and goes once the person fills it in."""
    t, mapping = table(H, *ROWS), _mapping()
    t.cell_warnings.append(CellWarning(3, "Street", "C3", "the error #N/A"))
    checked = check_table(t, mapping)
    assert checked.plan.mapping is mapping

    def warned() -> list[str]:
        return [i.field for i in checked.rows[1].issues if i.code == "cell.error"]

    assert warned() == ["address1"]
    t.records[1].values[1] = "john@example.org"
    recheck_row(checked, 1)
    assert checked.rows[1].values["email"] == "john@example.org" and warned() == ["address1"]
    t.records[1].values[2] = "3 Elm St"
    recheck_row(checked, 1)
    assert checked.rows[1].values["address1"] == "3 Elm St" and warned() == []
