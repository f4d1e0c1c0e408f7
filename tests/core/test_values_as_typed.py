"""Values as offices type them, read per column, each reading from a file that has it, for both targets;
then other projects' fixtures (tests/core/values/SOURCES.md), each corpus measured on its own."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from core.mapping.catalog import Kind
from core.pipeline import Checked, check_table, make_batches, mapping_for
from core.readers import read_file
from core.validation import normalize as nz
from core.validation.amounts import decimal_mark, read_amount
from tests.core.office_files import csv_file, workbook
from tests.core.values.public_values import DATEUTIL, PRICE_PARSER, YAML11_BOOLEANS

#: target → (email, name, a number field, a date field, a yes/no field, a phone field)
FIELDS = {
    "hubspot": ("email", "firstname", "lifetime_giving", "first_gift_date", "newsletter", "mobilephone"),
    "virtuous": ("email", "firstName", "customFields.Gift", "customFields.Since", "attended", "phone"),
}
KINDS = {2: Kind.NUMBER, 3: Kind.DATE, 4: Kind.BOOL}


def check_column(tmp_path: Path, target: str, which: int, cells: list[Any], *, csv: bool = False,
                 date_order: str = "auto") -> Checked:
    """A file with Email / First name / the column under test, mapped by hand; checked as the app does."""
    headers = ["Email", "First name", "Value"]
    rows = [[f"p{i}@example.org", f"P{i}", c] for i, c in enumerate(cells)]
    if csv:
        lines = ["Email;First name;Value"] + [";".join(str(c) for c in r) for r in rows]
        path = csv_file(tmp_path / f"{target}.csv", "\n".join(lines) + "\n")
    else:
        path = workbook(tmp_path / f"{target}.xlsx", headers, rows, title="Export from the old system")
    t = read_file(path)
    m = mapping_for(t, target)
    key = FIELDS[target][which]
    m.assign_column("Value", key)
    fm = m.for_field(key)
    assert fm is not None
    if which in KINDS and (target == "hubspot" or key.startswith("customFields.")):
        fm.kind = KINDS[which]
    fm.date_order = date_order  # type: ignore[assignment]
    return check_table(t, m)


def sent(checked: Checked, key: str) -> list[Any]:
    """What each row sends for ``key`` (None: not sent), in file order, read from the request bodies."""
    out: dict[int, Any] = {}
    for b in make_batches(checked):
        doc = json.loads(b.body)
        for row, item in zip(b.rows, doc.get("inputs") or doc.get("contacts"), strict=True):
            props = item.get("properties", item)
            if key.startswith("customFields."):
                props = {f"customFields.{k}": v for k, v in item.get("customFields", {}).items()}
            out[row] = props.get(key)
    return [out.get(r.row) for r in checked.rows]


def as_number(v: Any) -> float | None:
    return None if v is None else float(v)


@pytest.mark.parametrize("target", ["hubspot", "virtuous"])
def test_money_in_a_dot_column_one_currency_no_warning(tmp_path: Path, target: str) -> None:
    cells = ["$1,250.00", "USD 30", "(45.00)", "-45", "12%", "$2\u00a0500.50", "$ 3,126.00", 75, "1 000"]
    checked = check_column(tmp_path, target, 2, cells)
    assert [as_number(v) for v in sent(checked, FIELDS[target][2])] == [1250, 30, -45, -45, 12, 2500.5, 3126, 75,
                                                                        1000]
    assert not [i for r in checked.rows for i in r.issues]  # one currency ($ = USD): dropped silently


@pytest.mark.parametrize("target", ["hubspot", "virtuous"])
def test_money_in_a_decimal_comma_column(tmp_path: Path, target: str) -> None:
    cells = ["1.250,00 €", "€1 250,50", "1,5", "12,50", "1.250", "3\u202f000,75 €"]
    checked = check_column(tmp_path, target, 2, cells)
    assert [as_number(v) for v in sent(checked, FIELDS[target][2])] == [1250, 1250.5, 1.5, 12.5, 1250, 3000.75]
    assert not [i for r in checked.rows for i in r.issues]


@pytest.mark.parametrize("target", ["hubspot", "virtuous"])
def test_mixed_currencies_are_sent_and_said(tmp_path: Path, target: str) -> None:
    checked = check_column(tmp_path, target, 2, ["$100.00", "€80.00", "50.00"])
    assert [as_number(v) for v in sent(checked, FIELDS[target][2])] == [100, 80, 50]
    said = [(r.row, i.code, i.severity) for r in checked.rows for i in r.issues]
    assert said == [(3, "number.currency_mixed", "warning"), (4, "number.currency_mixed", "warning")]


@pytest.mark.parametrize("target", ["hubspot", "virtuous"])
def test_dates_the_column_settles_day_first(tmp_path: Path, target: str) -> None:
    cells = ["05/03/21", "25/03/21", "March 5, 2021", "5 Mar 21", "2021-03-05T00:00:00Z", "2021-03-05 14:30",
             dt.datetime(2021, 3, 5), 44260]
    checked = check_column(tmp_path, target, 3, cells)
    assert sent(checked, FIELDS[target][3]) == ["2021-03-05", "2021-03-25"] + ["2021-03-05"] * 6
    assert not [i for r in checked.rows for i in r.issues]


@pytest.mark.parametrize("target", ["hubspot", "virtuous"])
def test_dates_month_first_and_ambiguous_columns(tmp_path: Path, target: str) -> None:
    checked = check_column(tmp_path, target, 3, ["05/03/21", "12/25/21"])
    assert sent(checked, FIELDS[target][3]) == ["2021-05-03", "2021-12-25"]
    assert not [i for r in checked.rows for i in r.issues]
    ambiguous = check_column(tmp_path, target, 3, ["05/03/21", "04/02/20"])  # nothing settles it
    assert sent(ambiguous, FIELDS[target][3]) == ["2021-05-03", "2020-04-02"]
    assert {i.code for r in ambiguous.rows for i in r.issues} == {"date.ambiguous"}
    chosen = check_column(tmp_path, target, 3, ["05/03/21", "04/02/20"], date_order="dmy")  # the column's option
    assert sent(chosen, FIELDS[target][3]) == ["2021-03-05", "2020-02-04"]
    assert not [i for r in chosen.rows for i in r.issues]


@pytest.mark.parametrize("target", ["hubspot", "virtuous"])
def test_a_year_or_a_month_alone_is_left_out_with_a_warning(tmp_path: Path, target: str) -> None:
    checked = check_column(tmp_path, target, 3, ["2010", "March 2019", 2011, "Mar-19", "2019-06-01"])
    assert sent(checked, FIELDS[target][3]) == [None, None, None, None, "2019-06-01"]
    said = {r.row: [(i.code, i.severity) for i in r.issues] for r in checked.rows}
    assert said == {3: [("date.partial", "warning")], 4: [("date.partial", "warning")],
                    5: [("date.partial", "warning")], 6: [("date.partial", "warning")], 7: []}
    assert "'2010' is a year only, and a date field needs the day too; sent without" in \
        checked.rows[0].issues[0].message
    assert all(r.sendable for r in checked.rows)


@pytest.mark.parametrize("target", ["hubspot", "virtuous"])
def test_yes_no_as_offices_write_it(tmp_path: Path, target: str) -> None:
    cells = ["Y", "N", "x", "✓", "TRUE", "FALSE", 1, 0, "Yes please", "opted in", "Subscribed", "Unsubscribed",
             "Sí", "no", "Sí, por favor", "No, gracias", "Opted-out"]
    want = [True, False, True, True, True, False, True, False, True, True, True, False, True, False, True, False,
            False]
    checked = check_column(tmp_path, target, 4, cells)
    got = sent(checked, FIELDS[target][4])
    assert [str(g).lower() for g in got] == [str(w).lower() for w in want]
    assert not [i for r in checked.rows for i in r.issues]


@pytest.mark.parametrize("target", ["hubspot", "virtuous"])
def test_phones_with_extensions_and_several_numbers(tmp_path: Path, target: str) -> None:
    cells = ["503-555-0143 x123", "(503) 555-0144 ext. 12", "503-555-0145 / 503-555-0199",
             "503 555 0146; 503 555 0147 or 503 555 0148"]
    checked = check_column(tmp_path, target, 5, cells)
    assert sent(checked, FIELDS[target][5]) == ["+15035550143 ext. 123", "+15035550144 ext. 12", "+15035550145",
                                                "+15035550146"]
    extra = [i for r in checked.rows for i in r.issues]
    assert [(i.row, i.code) for i in extra] == [(5, "phone.extra"), (6, "phone.extra")]
    assert "'503-555-0199' is not" in extra[0].message
    assert "'503 555 0147', '503 555 0148' are not" in extra[1].message


def test_a_csv_in_decimal_comma_is_read_the_same_way(tmp_path: Path) -> None:
    checked = check_column(tmp_path, "hubspot", 2, ["1.250,00", "12,5", "7"], csv=True)
    assert [as_number(v) for v in sent(checked, "lifetime_giving")] == [1250, 12.5, 7]


def test_public_corpora(capsys: pytest.CaptureFixture[str]) -> None:
    """Each corpus on its own: a cell read as its own column (the hardest case: nothing else to go on)."""
    prices = [(t, a) for t, a in PRICE_PARSER if read_amount(t, decimal_mark([t]))[0] == a]
    dates = [(t, d) for t, d, order in DATEUTIL if nz.date(t, order)[0] == d]
    booleans = [(w, b) for w, b in YAML11_BOOLEANS if nz.boolean(w) == (b, None)]
    with capsys.disabled():
        print(f"\nprice-parser fixtures: {len(prices)}/{len(PRICE_PARSER)} amounts read right; "
              f"dateutil fixtures: {len(dates)}/{len(DATEUTIL)} dates read right; "
              f"YAML 1.1 booleans (yamllint): {len(booleans)}/{len(YAML11_BOOLEANS)} read right")
    assert len(prices) >= 55 and len(dates) == len(DATEUTIL) and len(booleans) == len(YAML11_BOOLEANS)


def test_the_column_decides_in_every_checking_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The cell that settles a column sits in the last chunk; the workers checking the first chunks read
    their cells that way too, exactly as one process does."""
    from core import processes
    from core.pipeline import pool as check_pool
    from core.validation.check import left_out

    monkeypatch.setattr(processes, "MIN_ROWS", 100)
    monkeypatch.setattr(check_pool, "CHUNK_ROWS", 500)
    lines = ["Email;First name;Gift;Since"]
    for i in range(2_000):
        gift = "12,50 €" if i == 1_990 else "1.250" if i % 2 else "pledged" if i % 97 == 0 else "30"
        since = "25/03/2021" if i == 1_995 else "05/03/2021"
        lines.append(f"p{i}@example.org;P{i};{gift};{since}")
    t = read_file(csv_file(tmp_path / "gifts.csv", "\n".join(lines) + "\n"))
    m = mapping_for(t, "hubspot")
    m.assign_column("Gift", "lifetime_giving")
    m.assign_column("Since", "first_gift_date")
    m.for_field("lifetime_giving").kind = Kind.NUMBER  # type: ignore[union-attr]
    m.for_field("first_gift_date").kind = Kind.DATE  # type: ignore[union-attr]
    single = check_table(t, m, workers=1)
    pooled = check_table(t, m, workers=2)
    assert pooled.rows == single.rows
    assert pooled.rows[1].values["lifetime_giving"] == 1250  # a decimal-comma column: 1.250 is a thousand
    assert pooled.rows[0].values["first_gift_date"] == dt.date(2021, 3, 5)  # day-first, as row 1,997 shows
    assert sum(any(left_out(i, r.values) for i in r.issues) for r in pooled.rows) == 11  # "pledged"


@pytest.mark.parametrize("target", ["hubspot", "virtuous"])
def test_excel_text_exports_dates_with_a_time_and_accounting_blanks(tmp_path: Path, target: str) -> None:
    """A date cell saved as CSV text keeps Excel's time ("3/25/2021 12:00:00 AM"); an accounting format shows a
    zero or blank amount as a dash ("$ -"): nothing to send, nothing to warn about."""
    dates = check_column(tmp_path, target, 3, ["3/25/2021 12:00:00 AM", "4/1/2021 0:00", "4/2/2021 13:45"], csv=True)
    assert sent(dates, FIELDS[target][3]) == ["2021-03-25", "2021-04-01", "2021-04-02"]
    money = check_column(tmp_path, target, 2, ["$ 1,250.00", "$ -", "-"], csv=True)
    assert [as_number(v) for v in sent(money, FIELDS[target][2])] == [1250, None, None]
    assert not [i for c in (dates, money) for r in c.rows for i in r.issues]
