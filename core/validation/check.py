"""Check every mapped row against its target: normalise values, flag problems, find in-file duplicates."""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable
from functools import partial
from typing import Any

from core.mapping.apply import MappedRow
from core.mapping.catalog import FULL_NAME, Catalog, FieldDef, Kind, catalog_for, required_fields
from core.mapping.model import Mapping
from core.records import Progress
from core.validation import issues as codes
from core.validation import normalize as nz
from core.validation.columns import ColumnWays
from core.validation.issues import CheckedRow, Issue, Severity
from core.words import N_

Normaliser = Callable[[Any], "nz.Result"]
#: A check that needs the whole row and the account (e.g. Virtuous tags, events by name):
#: ``rule(values, mapped_row, issues)`` may change values and add issues.
RowRule = Callable[[dict[str, Any], MappedRow, list[Issue]], None]


def duplicate_email_issue(row: int, column: str, email: str, first: int, target: str) -> Issue:
    """Row ``row`` carries the email that row ``first`` carries already."""
    # HubSpot keeps one contact per email: a second row would fail or overwrite the first.
    sev: Severity = "error" if target == "hubspot" else "warning"
    return Issue(row, codes.EMAIL_DUPLICATE, sev, column, "email", email,
                 N_("Row {row}, column '{column}': '{value}' is also in row {first}").format(
                     row=row, column=column, value=email, first=first))


#: A Virtuous contact's name, made from these when the row has none, in this order.
_NAME_PARTS = ("title", "firstName", "middleName", "lastName", "suffix")


#: Kinds read by one function with nothing to set up (the code of a value it cannot read beside it).
_PLAIN_NORMALISERS: dict[Kind, tuple[Normaliser, str]] = {
    Kind.EMAIL: (nz.email, codes.EMAIL_INVALID),
    Kind.BOOL: (nz.boolean, codes.BOOL_INVALID),
    Kind.INT: (nz.integer, codes.INT_INVALID),
    Kind.STATE: (nz.state, ""),
}


class Checker:
    """Checks rows one at a time, remembering emails so in-file duplicates are found in one pass.

    Keeping the state here (not in a function) lets a window re-check one edited row without
    re-reading 200,000 others.
    """

    def __init__(self, mapping: Mapping, catalog: Catalog | None = None, rule: RowRule | None = None,
                 ways: dict[str, ColumnWays] | None = None) -> None:
        """``ways``: how each column writes its numbers and dates (``core.validation.columns.column_ways``,
        worked out over the whole column); without it each cell is read on its own."""
        self.mapping = mapping
        self.ways = ways = ways or {}
        self._rule = rule
        self.target = mapping.target
        self.catalog = catalog or catalog_for(mapping.target, mapping.custom_fields())
        self._norm: dict[str, tuple[Normaliser, str]] = {}
        #: email → the row carrying it, or the rows (in file order) when several do: one int per email,
        #: not a list, is 13 MB less at 200,000 rows.
        self._emails: dict[str, int | list[int]] = {}
        self._row_email: dict[int, str] = {}
        #: Rows checked elsewhere (worker processes) whose emails are learnt only when first needed.
        self._later: list[CheckedRow] | None = None
        self._lists: dict[str, list[str]] = {}
        for fd in self.catalog.fields:
            norm = self._normaliser(fd, mapping.default_country)
            if norm is not None:  # TEXT needs no entry: check() handles it inline, it is most of the cells.
                self._norm[fd.key] = norm
        self._required = required_fields(self.target)
        #: HubSpot: 'create' (the default) or 'upsert', when every row is sent as an update by email
        #: (``pipeline.use_mode`` sets it once the person has chosen, and checks the rows it concerns again).
        self.mode = "create"
        #: Fields whose unreadable value stops the row: the ones the target needs (a HubSpot email only when
        #: upserting by it, or when the row has no name either: HubSpot needs one of the three). Any other
        #: unreadable value costs only its field, unless the column's options say to skip the row: by default
        #: a Virtuous email does (it is who the person is; Virtuous matches an import on it, so a person sent
        #: without it may be matched to no one), which the person can change.
        self._vital = needed_fields(self.target, self.mode)
        self._skip = frozenset(fm.field for fm in mapping.fields if fm.if_unreadable == "skip" or (
            fm.if_unreadable == "auto" and fm.field in skip_by_default(self.target)))
        self._lenient = frozenset(fd.key for fd in self.catalog.fields if fd.lenient)
        # Checked against an account: a field it does not have would be refused (HubSpot) or lost (Virtuous).
        self._unknown = {fm.field for fm in mapping.fields if self.catalog.get(fm.field) is None} \
            if self.catalog.as_of is not None else set()

    def _normaliser(self, fd: FieldDef, country: str) -> tuple[Normaliser, str] | None:
        """How a field's values are read, and the issue code of one that cannot be; None for plain text."""
        k = fd.kind
        if fd.key == "emailType":
            return partial(nz.method_type, kind="email"), codes.TYPE_NORMALISED
        if fd.key == "phoneType":
            return partial(nz.method_type, kind="phone"), codes.TYPE_NORMALISED
        if k in (Kind.DATE, Kind.DATETIME):
            return self._date_normaliser(fd)
        if k is Kind.PHONE:
            return partial(nz.phone, default_country=country), codes.PHONE_INVALID
        if k is Kind.NUMBER:
            w = self.ways.get(fd.key) or ColumnWays()
            return partial(nz.number, mark=w.mark, mixed=w.mixed), codes.NUMBER_INVALID
        if k is Kind.ENUM and fd.choices:
            return partial(nz.choice, choices=fd.choices), codes.OPTION_INVALID
        if k is Kind.ENUM and fd.lenient:
            return partial(_open_option, options=fd.options), codes.OPTION_INVALID
        if k is Kind.ENUM:
            return partial(nz.option, options=fd.options), codes.OPTION_INVALID
        if k is Kind.MULTI:
            return partial(nz.multi_choice, choices=fd.choices), codes.OPTION_INVALID
        if k is Kind.LIST:
            return self._shared_list, ""
        return _PLAIN_NORMALISERS.get(k)

    def _date_normaliser(self, fd: FieldDef) -> tuple[Normaliser, str]:
        """A date (read in the column's order; both ways when the column leaves it open) or a date-time."""
        w = self.ways.get(fd.key)
        o = w.date_order if w is not None else self._order(fd.key)
        if fd.kind is Kind.DATETIME:
            return partial(nz.datetime_iso, order=o), codes.DATE_INVALID
        fn: Normaliser = partial(nz.date, order=o)
        return (_two_ways(fn) if w is not None and w.ambiguous else fn), codes.DATE_INVALID

    def _order(self, key: str) -> str:
        fm = self.mapping.for_field(key)
        return fm.date_order if fm is not None and fm.date_order != "auto" else self.mapping.date_order

    def _shared_list(self, v: Any) -> nz.Result:
        """Tags repeat from row to row ("gala; volunteer"): one list per distinct cell, not per row."""
        if v.__class__ is not str:
            return nz.as_list(v), None
        found = self._lists.get(v)
        if found is None:
            found = nz.as_list(v)
            if len(self._lists) < 10_000:
                self._lists[v] = found
        return found, None

    # Phone problems do not stop a row: the number is sent as typed and the CRM keeps it as text.
    # Nor do problems with lenient fields (the account, not a local list, decides what it accepts).
    _WARNING_CODES = frozenset({codes.PHONE_INVALID})

    def check(self, mrow: MappedRow) -> CheckedRow:
        """Normalise and check one row (and remember its email for duplicate detection)."""
        out: dict[str, Any] = {}
        found: list[Issue] = []
        row = mrow.row
        norm = self._norm
        for key, raw in mrow.values.items():
            entry = norm.get(key)
            if entry is None:  # plain text: the hot path
                value = raw.strip() if raw.__class__ is str else nz.as_text(raw).strip()
                if value:
                    out[key] = value
                continue
            fn, code = entry
            value, problem = fn(raw)
            if problem:
                code = getattr(problem, "code", code)
                sev: Severity = "warning" if code in self._WARNING_CODES or key in self._lenient or \
                    getattr(problem, "severity", None) == "warning" else "error"
                col = mrow.columns.get(key, key)
                message = N_("Row {row}, column '{column}': '{value}' {problem}")
                found.append(Issue(row, code, sev, col, key, raw,
                                   message.format(row=row, column=col, value=nz.as_text(raw), problem=problem)))
                if sev == "warning":
                    out[key] = value
                continue
            if value is None or value == "" or value == []:
                continue
            out[key] = value
        if self._unknown:
            self._refuse_unknown(out, row, mrow, found)
        if self._rule is not None:
            self._rule(out, mrow, found)
        if found:
            self._keep_person(out, found)
        if self.target == "virtuous":
            self._derive_virtuous_name(out, row, mrow, found)
        self._required_check(out, row, found)
        email = out.get("email")
        if self._later is not None:
            self.index_emails()
        self._forget(row)
        if email:
            self._add_email(email, row)
            self._row_email[row] = email
        checked = CheckedRow(row, out, found)
        self._duplicate_issue(checked, mrow.columns.get("email", "email"))
        return checked

    def _refuse_unknown(self, out: dict[str, Any], row: int, mrow: MappedRow, found: list[Issue]) -> None:
        """A field the account does not have: its value taken out, and an error saying so."""
        for key in self._unknown.intersection(out):
            col = mrow.columns.get(key, key)
            said = (N_("Row {row}, column '{column}': the account has no custom field '{field}'")
                    if key.startswith("customFields.") else
                    N_("Row {row}, column '{column}': the account has no field '{field}'"))
            found.append(Issue(row, codes.FIELD_UNKNOWN, "error", col, key, out.pop(key),
                               said.format(row=row, column=col, field=key.split(".", 1)[1] if key.startswith(
                                   "customFields.") else key)))

    def _keep_person(self, out: dict[str, Any], found: list[Issue]) -> None:
        """A value that cannot be read in a field the target does not need costs the field, not the row:
        its error becomes a warning saying the row is sent without it (unless the column's options say
        to skip such rows)."""
        for n, issue in enumerate(found):
            if issue.severity != "error" or issue.code not in UNREADABLE or issue.field in self._vital \
                    or issue.field in self._skip or not self._others_say_who(issue.field, out):
                continue
            out.pop(issue.field, None)
            fd = self.catalog.get(issue.field)
            what = fd.label if fd is not None else issue.field
            if fd is not None and fd.custom and what.endswith(" (custom)"):  # no account: its name as given
                what = issue.field.split(".", 1)[-1]
            found[n] = Issue(issue.row, issue.code, "warning", issue.column, issue.field, issue.value,
                             issue.message + "; " + N_("sent without {what}").format(what=what))

    def set_mode(self, mode: str) -> None:
        """HubSpot: 'create' or 'upsert' (see ``mode``); rows already checked are not checked again here."""
        self.mode = mode
        self._vital = needed_fields(self.target, mode)

    def _others_say_who(self, key: str, out: dict[str, Any]) -> bool:
        """Whether the row still says who the person is without ``key``: every group of fields the target
        needs one of that holds ``key`` has another with a value (a HubSpot email: a first or last name)."""
        for group in self._required:
            if key in group and not any(k != key and out.get(k) not in (None, "", []) for k in group):
                return False
        return True

    def _derive_virtuous_name(self, out: dict[str, Any], row: int, mrow: MappedRow, found: list[Issue]) -> None:
        # Virtuous needs a contact (household) name; from first/last is what its own import does.
        if "name" not in out:
            name = " ".join([str(p) for p in map(out.get, _NAME_PARTS) if p])
            if name:
                out["name"] = name

    def _required_check(self, out: dict[str, Any], row: int, found: list[Issue]) -> None:
        for group in self._required:
            for k in group:
                v = out.get(k)
                if v is not None and v != "" and v != []:
                    break
            else:
                if any(i.severity == "error" and i.field in group for i in found):
                    continue  # its value is there but cannot be read: that error says it, not "is empty"
                labels = [fd.label if (fd := self.catalog.get(k)) else k for k in group if k != FULL_NAME]
                what = labels[0] if len(labels) == 1 else N_("one of {fields}").format(fields=", ".join(labels))
                found.append(Issue(row, codes.REQUIRED_MISSING, "error", "", group[0], None,
                                   N_("Row {row}: {what} is required and is empty").format(row=row, what=what)))

    def _duplicate_issue(self, checked: CheckedRow, column: str) -> None:
        email = checked.get("email")
        if not email:
            return
        first = self._first_row(email)
        if first == checked.row:
            return
        checked.issues.append(duplicate_email_issue(checked.row, column, email, first, self.target))

    def _add_email(self, email: str, row: int) -> None:
        found = self._emails.get(email)
        if found is None:
            self._emails[email] = row
        elif isinstance(found, int):
            self._emails[email] = sorted((found, row))
        else:
            found.append(row)
            found.sort()

    def _rows_with(self, email: str) -> list[int]:
        found = self._emails.get(email)
        return [] if found is None else [found] if isinstance(found, int) else list(found)

    def _first_row(self, email: str) -> int:
        found = self._emails[email]
        return found if isinstance(found, int) else found[0]

    def _forget(self, row: int) -> None:
        old = self._row_email.pop(row, None)
        if old is not None:
            rows = [r for r in self._rows_with(old) if r != row]
            if not rows:
                self._emails.pop(old, None)
            else:
                self._emails[old] = rows[0] if len(rows) == 1 else rows

    def learn_later(self, rows: list[CheckedRow]) -> None:
        """Rows checked elsewhere (a worker process), in file order: their emails are learnt when a row is
        first re-checked, or ``index_emails`` is called. Two indexes of a million emails are 85 MB that
        the command line, which re-checks nothing, never needs."""
        self._later = rows

    def index_emails(self) -> None:
        """Learn the emails of the rows given to ``learn_later`` now (a window does it on its worker
        thread, so the first edit does not wait for it)."""
        rows, self._later = self._later, None
        for r in rows or ():
            email = r.get("email")
            if email:
                self._add_email(email, r.row)
                self._row_email[r.row] = email

    def rows_sharing_email(self, row: int) -> list[int]:
        """Other rows whose duplicate status depends on this row's email (to re-check after an edit)."""
        if self._later is not None:
            self.index_emails()
        email = self._row_email.get(row)
        return [r for r in self._rows_with(email) if r != row] if email else []


#: Fields whose unreadable value skips the row unless the column's options say otherwise (Virtuous).
SKIP_BY_DEFAULT = frozenset({"email"})


def skip_by_default(target: str) -> frozenset[str]:
    """Fields whose unreadable value skips the row unless the column's options say otherwise: a Virtuous
    email (Virtuous matches an import on it). A HubSpot contact created without its email is still the
    person, found again by name or row key, so there the email costs only itself unless the person says so."""
    return SKIP_BY_DEFAULT if target == "virtuous" else frozenset()


def needed_fields(target: str, mode: str = "upsert") -> frozenset[str]:
    """Fields whose unreadable value always stops the row (the column's options cannot change it): the
    fields the target needs alone, and a HubSpot email when upserting by it (``mode`` 'upsert'; HubSpot
    keeps one contact per email). A field that is one of several the target needs one of (a HubSpot email
    beside a first and last name) stops only a row that has none of the others: ``Checker`` sees to that."""
    alone = frozenset(k for group in required_fields(target) if len(group) == 1 for k in group)
    return alone | ({"email"} if target == "hubspot" and mode != "create" else set())


#: Codes that say a value could not be read (as opposed to a row-level problem like a duplicate).
UNREADABLE = frozenset({codes.EMAIL_INVALID, codes.DATE_INVALID, codes.DATE_PARTIAL, codes.BOOL_INVALID,
                        codes.INT_INVALID, codes.NUMBER_INVALID, codes.OPTION_INVALID, codes.TYPE_UNKNOWN})


def left_out(issue: Issue, values: Container[str]) -> bool:
    """Whether ``issue`` is a field left out of a row that is sent anyway (its value is not in ``values``)."""
    return issue.severity == "warning" and issue.code in UNREADABLE and issue.field not in values


def _two_ways(fn: Normaliser) -> Normaliser:
    """A date column whose cells all read both ways: a cell that does (03/05/21) is read month-first,
    with a warning saying so and where to change it."""
    def read(v: Any) -> nz.Result:
        value, problem = fn(v)
        if problem is None and v.__class__ is str:
            m = nz._NUMERIC.match(v.strip())
            if m is not None and len(m[1]) <= 2 and int(m[1]) != int(m[2]):
                return value, nz.Said(N_("could be day-first or month-first; read month-first, as {day}").format(
                    day=value.isoformat()), codes.DATE_AMBIGUOUS, "warning")
        return value, problem
    return read


def _open_option(v: Any, options: tuple[str, ...]) -> nz.Result:
    """A default option's label becomes its internal name; anything else goes as typed (a warning)."""
    value, problem = nz.option(v, options)
    if problem is None:
        return value, None
    return value, "is not one of the default options; it is sent as typed and the account decides"


def check_rows(mapping: Mapping, mapped: Iterable[MappedRow], total: int = 0,
               progress: Progress | None = None, checker: Checker | None = None) -> list[CheckedRow]:
    """Check all rows in order; ``progress`` is called every 5,000 rows."""
    checker = checker or Checker(mapping)
    out: list[CheckedRow] = []
    append, check = out.append, checker.check
    for i, m in enumerate(mapped, 1):
        append(check(m))
        if progress is not None and i % 5000 == 0:
            progress(i, total)
    if progress is not None:
        progress(len(out), total or len(out))
    return out
