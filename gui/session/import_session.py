"""The import in progress: one object every page reads and writes, and listens to.

This is the contract between the pages. A page never talks to another page; it changes the session
and the others react to its signals. Later stages are cleared when an earlier one changes, so no page
can show (or send) something derived from an out-of-date file or mapping::

    file (path, sheet, header row) ─► table ─► mapping ─► checked ─► batches ─► results
                          target ───────────────┘            mode ───┘

Attributes (read freely; change only through the methods, which emit the signals):

======================== ================================================================================
``path``                 ``Path | None``: the spreadsheet opened
``sheets``               ``list[SheetInfo]``: the workbook's sheets (hidden ones have ``hidden=True``)
``sheet``                ``str | None``: the sheet read (None for CSV)
``header_row``           ``int | None``: 1-based row the column names were taken from
``detected_header_row``  ``int | None``: the row the reader guessed (highlighted on the Open page)
``peek``                 ``list[list]``: the first rows of the sheet exactly as in the file
``source_encoding``      ``str | None``: the text encoding the person chose for the file (None: detected)
``source_password``      ``str | None``: the workbook's password, in memory only (never saved or shown),
                         so a retry can read the file again
``table``                ``Table | None``: the rows read under that header
``samples``              ``list[list]``: a few non-empty values of each column (for the Map page)
``evidence``             ``((id(table), target, id(account), catalog size), automap.Evidence) | None``: why
                         look-alike columns were left out, worked out on the reading worker with the
                         suggestion (the Map page uses it when the key still fits)
``target``               ``"virtuous" | "hubspot"``
``practice``             ``bool``: send to the local sandbox CRM; nothing leaves the computer
``mapping``              ``Mapping | None``: columns → fields (for ``target``)
``template_name``        ``str | None``: the saved mapping template in use, if any
``checked``              ``Checked | None``: every row checked against ``mapping``
``statuses``             ``list[str]``: ``checked.rows[i].status``, kept up to date on edits
``problems``             ``list[int]``: positions of the rows with any problem, in order, kept up to date
``counts``               ``dict``: rows per status, keys ``ok``, ``warning``, ``error``, ``excluded``
``mode``                 ``"create" | "upsert"``: HubSpot only, what to do with emails already there
``batch_size``           ``int | None``: None means the target's default
``batches``              ``list[Batch] | None``: the exact request bodies (``gui.session.batch_builder``)
``account``              ``AccountConfig | None``: the connected account's fields, options and lists
                         (None: the built-in list); ``account_note`` says which, and as of when
``on_existing``          ``"skip" | "update" | "fill" | "create"``: HubSpot, people already there
``company_label``        ``str``: HubSpot, the account's contact→company association label ("" unlabelled)
``create_companies``     ``bool``: HubSpot, create a company named in the file that is not there yet
``row_key_consent``      ``bool``: HubSpot, the person agreed that the app creates its row-key property
                         (``core.targets.row_key``) so rows without an email are found again after a kill
``duplicates``           ``DuplicateReport | None``: groups of rows that are probably one person (Check step)
``account_matches``      ``AccountReport | None``: rows labelled new / probably existing in the account
``book``                 ``DecisionBook | None``: the person's choice per group, applied to ``checked``
``results``              ``object | None``: set by the Send page when a run ends; read by Results. Not
                         cleared by later edits, but cleared when another file (or sheet) is opened or the
                         file is forgotten: the Results step only ever shows a run of the file on screen
``revision``             ``int``: goes up whenever table, target, mapping, rows or mode change; a
                         background job compares it to know whether its result is still wanted
======================== ================================================================================

Signals (all emitted on the GUI thread, after the attributes changed):

* ``sourceChanged()``: a file was read or re-read (path, sheets, sheet, header row, peek, samples).
* ``tableChanged(Table | None)``, ``targetChanged(str)``, ``practiceChanged(bool)``.
* ``mappingChanged(Mapping | None)``: replaced, or edited in place (then ``mapping_edited()`` was called).
* ``checkedChanged(Checked | None)``: None whenever the mapping, table or target changed.
* ``rowsChanged(list[int])``: positions in ``checked.rows`` re-checked after an edit or (un)exclusion.
* ``countsChanged(dict)``, ``modeChanged(str)``.
* ``batchesChanged(list[Batch] | None)``: None whenever anything they were built from changed.
* ``resultsChanged(object)``.
* ``accountChanged(object)``: another account configuration (or None); the mapping's checks are redone.
* ``duplicatesChanged()``: groups, account labels or a choice changed (cleared with ``checked``).

The session lives on the GUI thread. A worker gets what it needs as arguments (see ``core.pipeline.jobs``) and
hands its result back through a Job signal; the page then calls a setter here, after checking that
``revision`` is still the one the job started from.

For the Send page: send ``session.batches`` (the Send step is enabled only when they exist), pick the
connection from ``session.target`` and ``session.practice``, and call ``set_results`` when a run ends,
which enables the Results step.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from core.account.cache import BUILT_IN_NOTE
from core.account.catalog import account_catalog, catalog_for_mapping
from core.account.model import AccountConfig
from core.account.same_checks import same_checks
from core.mapping.automap import Evidence, evidence, suggest_mapping, table_columns
from core.mapping.catalog import Catalog
from core.mapping.learned import learned_for
from core.mapping.model import Mapping
from core.matching.decisions import DecisionBook
from core.matching.duplicates import DuplicateReport
from core.matching.linking import AccountReport
from core.pipeline import Checked, recheck_row, use_mode
from core.records import SheetInfo, Table
from core.targets.payloads import Batch
from gui.session.duplicate_choices import DuplicateChoices

TARGETS = ("virtuous", "hubspot")
MODES = ("create", "upsert")


class Session(QObject):
    """The state of one import, with a signal per stage (see the module docstring).

    The choices about duplicates and people already in the account (``set_duplicates``, ``decide``,
    ``decide_account``, ``set_account_matches``) are made on the session's ``duplicate_choices``
    (``gui.session.duplicate_choices``); ``duplicates``, ``account_matches`` and ``book`` read them."""

    #: A file was read (or re-read with another sheet/header row): path, sheets, peek, table all new.
    sourceChanged = Signal()
    tableChanged = Signal(object)  # Table | None
    targetChanged = Signal(str)
    practiceChanged = Signal(bool)
    #: The mapping was replaced or edited in place (transforms, constants, a column re-pointed).
    mappingChanged = Signal(object)  # Mapping | None
    checkedChanged = Signal(object)  # Checked | None
    #: Positions in ``checked.rows`` whose result changed after an edit or (un)exclusion.
    rowsChanged = Signal(list)
    countsChanged = Signal(dict)
    modeChanged = Signal(str)
    batchesChanged = Signal(object)  # list[Batch] | None
    resultsChanged = Signal(object)
    accountChanged = Signal(object)  # AccountConfig | None
    duplicatesChanged = Signal()

    def __init__(self, target: str = "virtuous", practice: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.sheets: list[SheetInfo] = []
        self.sheet: str | None = None
        self.header_row: int | None = None
        self.detected_header_row: int | None = None
        self.peek: list[list[Any]] = []
        self.source_encoding: str | None = None
        self.source_password: str | None = None
        self.table: Table | None = None
        self.samples: list[list[Any]] = []
        self.evidence: tuple[tuple[int, str, int, int], Evidence] | None = None
        self.target: str = target if target in TARGETS else "virtuous"
        self.practice: bool = practice
        self.mapping: Mapping | None = None
        self.template_name: str | None = None
        self.mapping_touched = False  # the person changed the mapping on the Map step since it was set
        self.checked: Checked | None = None
        self.statuses: list[str] = []
        self.problems: list[int] = []
        self.counts: dict[str, int] = _zero_counts()
        self.mode: str = "create"
        self.batch_size: int | None = None
        self.batches: list[Batch] | None = None
        self.results: object | None = None
        self.duplicate_choices = DuplicateChoices(self)
        self.duplicate_choices.changed.connect(self.duplicatesChanged)
        self.duplicate_choices.rowsChanged.connect(self._rows_changed)
        self.revision: int = 0
        self.account: AccountConfig | None = None
        self.account_note: str = BUILT_IN_NOTE
        self.on_existing: str = "create"
        self.new_people: str = "add"  # HubSpot, people not there yet: "add" them or "skip" them (update only)
        self.list_name: str = ""  # HubSpot: the contact list the run's contacts go into ("" none)
        self.marketing_confirmed: bool = False  # HubSpot: set them as marketing contacts (consent confirmed)
        self.legal_basis: str = ""  # HubSpot: the legal basis for subscription columns ("" not chosen)
        self.legal_basis_explanation: str = ""
        self.company_label: str = ""
        self.create_companies: bool = False
        self.row_key_consent: bool = False  # HubSpot: create the app's row-key property (the person's consent)

    # -- file ----------------------------------------------------------------------------------
    def set_loaded(self, path: Path, sheets: list[SheetInfo], sheet: str | None, peek: list[list[Any]],
                   detected_header_row: int, table: Table, samples: list[list[Any]] | None = None, *,
                   encoding: str | None = None, password: str | None = None,
                   suggested: Suggestion | None = None) -> None:
        """A file was read (with the encoding the person chose and the workbook's password, if any):
        everything after it starts over with a suggested mapping. Another file or sheet than the one
        on screen also forgets the last run's results (they were of that file).

        ``suggested``: the mapping already suggested for this table on a worker (``suggest_for_table``);
        used when the target and account are still those, else suggested again here."""
        other = self.path is None or Path(path) != self.path or sheet != self.sheet
        self.path = Path(path)
        self.source_encoding, self.source_password = encoding, password
        self.sheets = list(sheets)
        self.sheet = sheet
        self.peek = peek
        self.detected_header_row = detected_header_row
        self.header_row = table.header_row
        self.table = table
        self.samples = samples if samples is not None else [table.sample_values(i) for i in range(len(table.headers))]
        self.sourceChanged.emit()
        self.tableChanged.emit(table)
        ready = suggested is not None and suggested.target == self.target \
            and suggested.account == self._account_for_target() and suggested.mapping.headers == table.headers
        #: (table, target, account, catalog size) -> the Map step's evidence, worked out with the suggestion.
        self.evidence = ((id(table), self.target, id(self.account), suggested.fields), suggested.evidence) \
            if ready and suggested is not None else None
        self._set_mapping(suggested.mapping if ready and suggested is not None else self._suggest(table.headers), None)
        if other:
            self.set_results(None)

    def clear(self) -> None:
        """Forget the file (and so everything after it)."""
        self.path, self.sheets, self.sheet, self.peek = None, [], None, []
        self.source_encoding = self.source_password = None
        self.header_row = self.detected_header_row = None
        self.table = None
        self.samples = []
        self.evidence = None
        self.sourceChanged.emit()
        self.tableChanged.emit(None)
        self._set_mapping(None, None)
        self.set_results(None)

    # -- target and practice -------------------------------------------------------------------
    def set_target(self, target: str) -> None:
        """Another CRM has other fields: the mapping is suggested afresh for it."""
        if target not in TARGETS:
            raise ValueError(f"unknown target {target!r}")
        if target == self.target:
            return
        self.target = target
        if target != "hubspot":
            self.mode = "create"
        self.targetChanged.emit(target)
        if self.table is not None:
            self._set_mapping(self._suggest(self.table.headers), None)
        self.set_results(None)  # that run went to the other CRM

    def destination_changed(self) -> None:
        """The person chose another place to send to (practice or another connection): the last run went
        elsewhere, so the Results step no longer shows it."""
        self.set_results(None)

    # -- the account's configuration ------------------------------------------------------------
    def _account_for_target(self) -> AccountConfig | None:
        return self.account if self.account is not None and self.account.target == self.target else None

    def _suggest(self, headers: list[str]) -> Mapping:
        """The suggestion for ``headers``: from their values too when they are the open table's."""
        table = self.table if self.table is not None and list(headers) == self.table.headers else None
        return suggest(headers, table, self.target, self._account_for_target())

    def catalog(self) -> Catalog | None:
        """The fields the Map step offers and the checks use: the account's when known, else built-in."""
        if self.mapping is None:
            return None
        return catalog_for_mapping(self._account_for_target(), self.mapping)

    def checking_account(self) -> AccountConfig | None:
        return self._account_for_target()

    def set_account(self, account: AccountConfig | None, note: str, *, resuggest: bool = False,
                    suggested: tuple[list[str], Mapping | None] | None = None) -> None:
        """Another account configuration: every check is redone; with ``resuggest`` (the first time an
        account is known) the mapping is suggested again from its fields, unless it is a saved template
        or the person has already changed it (their choices are never overwritten by a late answer).

        ``suggested``: (headers, mapping) already suggested from this account on a worker; used when
        the headers are still the table's, else the suggestion is made again here."""
        same = account == self.account  # read again and unchanged (or still none): the checks stand
        before = self._account_for_target()
        self.account, self.account_note = account, note
        self.accountChanged.emit(account)
        if resuggest and self.table is not None and self.template_name is None and not self.mapping_touched:
            headers = list(self.table.headers)
            ready = suggested[1] if suggested is not None and suggested[0] == headers else None
            fits = ready is not None and account is not None and ready.target == self.target == account.target
            mapping = ready if fits and ready is not None else self._suggest(headers)
            if self.mapping is not None and _same_choices(mapping, self.mapping) \
                    and same_checks(before, self._account_for_target(), self.mapping):
                self._checks_stand(mapping)
            else:
                self._set_mapping(mapping, None)
        elif self.mapping is not None and not same:
            if same_checks(before, self._account_for_target(), self.mapping):
                self._checks_stand(self.mapping)
            else:
                self.mapping_edited(by_person=False)

    def _checks_stand(self, mapping: Mapping) -> None:
        """The account's fields arrived but check the mapping as the ones before did (``same_checks``):
        a check made or still running with them stands (checking 200,000 rows again took as long as the
        first check, and ran beside it). ``mapping``: the same choices, perhaps with other confidences.
        Batches already cut are cut again: the account decides parts of them (HubSpot's row key)."""
        if mapping is not self.mapping:
            self.mapping = mapping
            self.mappingChanged.emit(mapping)
        if self.checked is not None:  # no check is running: the batch builder's work is what is out of date
            self._bump()
            self._set_batches(None)

    def set_on_existing(self, choice: str) -> None:
        """HubSpot: what to do with people already there; 'update' sends upserts, the others creates."""
        if choice == self.on_existing:
            return
        self.on_existing = choice
        self.mode = "upsert" if choice == "update" else "create"
        self._bump()
        self._mode_rechecked()
        self.modeChanged.emit(self.mode)
        self._set_batches(None)

    def _mode_rechecked(self) -> None:
        """The rows whose result depends on the mode (a HubSpot email that cannot be read) checked again."""
        if self.checked is None:
            return
        changed = use_mode(self.checked, self.mode)
        if changed and self.book is not None:
            again = self.book.rechecked(self.checked.rows[i].row for i in changed)
            changed = sorted(set(changed) | {self.checked.position(r) for r in again})
        if changed:
            self._rows_changed(changed)

    def set_new_people(self, choice: str) -> None:
        """HubSpot: add people not there yet ("add") or leave them out ("skip"); the batches are prepared again."""
        if choice == self.new_people:
            return
        self.new_people = choice
        self._bump()
        self.modeChanged.emit(self.mode)
        self._set_batches(None)

    def set_company_options(self, label: str, create: bool) -> None:
        """HubSpot: the association label for the company column, and whether missing companies are
        created; the batches are prepared again (the links go inside them)."""
        if (label, create) == (self.company_label, self.create_companies):
            return
        self.company_label, self.create_companies = label, create
        self._bump()
        self._set_batches(None)

    def set_row_key_consent(self, consent: bool) -> None:
        """HubSpot: the person agreed (or no longer agrees) that the app creates its row-key property when
        sending; the batches are prepared again (the key goes inside them)."""
        if consent == self.row_key_consent:
            return
        self.row_key_consent = consent
        self._bump()
        self._set_batches(None)

    def set_practice(self, practice: bool) -> None:
        if practice != self.practice:
            self.practice = practice
            self.practiceChanged.emit(practice)
            self.set_results(None)  # that run went to the other destination

    # -- mapping -------------------------------------------------------------------------------
    def set_mapping(self, mapping: Mapping, template_name: str | None = None) -> None:
        """Use another mapping (a template, or a fresh suggestion); its target wins."""
        other = mapping.target != self.target
        if other:
            self.target = mapping.target
            self.targetChanged.emit(self.target)
        self._set_mapping(mapping, template_name)
        if other:
            self.set_results(None)  # that run went to the other CRM

    def resuggest(self) -> None:
        """The suggested mapping again, from scratch (after remembered choices were forgotten)."""
        if self.table is not None:
            self._set_mapping(self._suggest(self.table.headers), None)

    def mapping_edited(self, by_person: bool = True) -> None:
        """Call after changing ``self.mapping`` in place: checks and batches are now out of date."""
        self.mapping_touched = self.mapping_touched or by_person
        self._bump()
        self.mappingChanged.emit(self.mapping)
        self._set_checked(None)

    def _set_mapping(self, mapping: Mapping | None, template_name: str | None) -> None:
        self.mapping = mapping
        self.template_name = template_name
        self.mapping_touched = False  # a new mapping: nothing in it is the person's own change yet
        self._bump()
        self.mappingChanged.emit(mapping)
        self._set_checked(None)

    # -- checking ------------------------------------------------------------------------------
    def set_checked(self, checked: Checked | None, statuses: list[str] | None = None,
                    counts: dict[str, int] | None = None, problems: list[int] | None = None) -> None:
        """The result of checking (statuses, counts and problem rows are computed off the GUI thread
        when given: a pass over 200,000 rows here would freeze the window)."""
        self._bump()
        self._set_checked(checked, statuses, counts, problems)

    def _set_checked(self, checked: Checked | None, statuses: list[str] | None = None,
                     counts: dict[str, int] | None = None, problems: list[int] | None = None) -> None:
        self.checked = checked
        if checked is not None and use_mode(checked, self.mode):  # checked for another mode: their results changed
            statuses = counts = problems = None
        self.last_fix: list[Any] | None = None  # the last many-cell fix, for its one-step undo
        self.duplicate_choices.reset(checked)
        if checked is None:
            self.statuses, self.counts, self.problems = [], _zero_counts(), []
        else:
            self.statuses = statuses if statuses is not None else [r.status for r in checked.rows]
            self.problems = problems if problems is not None else [i for i, r in enumerate(checked.rows) if r.issues]
            if counts is None:
                counts = _zero_counts()
                for s in self.statuses:
                    counts[s] += 1
            self.counts = {**_zero_counts(), **counts}
        self.checkedChanged.emit(checked)
        self.countsChanged.emit(dict(self.counts))
        self._set_batches(None)

    def edit_value(self, index: int, column: int, value: Any) -> list[int]:
        """Change one cell of row ``index`` and re-check it; returns the positions whose result changed."""
        assert self.table is not None and self.checked is not None
        values = self.table.records[index].values
        if column >= len(values):
            values.extend([None] * (column + 1 - len(values)))
        values[column] = value
        changed = recheck_row(self.checked, index)
        # a merge or an update chosen for the row stays chosen
        changed = sorted(set(changed) | self.duplicate_choices.rechecked(changed))
        self._rows_changed(changed)
        return changed

    def edit_values(self, fixes: list[Any]) -> list[int]:
        """Change many cells at once (``core.validation.fixes.CellFix``: position, column, old, new) and re-check
        their rows; undone in one step by ``undo_fix``. Kept in the table like single edits, so a retry reads them."""
        assert self.table is not None and self.checked is not None
        changed: set[int] = set()
        for f in fixes:
            values = self.table.records[f.position].values
            if f.column >= len(values):
                values.extend([None] * (f.column + 1 - len(values)))
            values[f.column] = f.new
        for pos in sorted({f.position for f in fixes}):
            changed.update(recheck_row(self.checked, pos))
        changed |= self.duplicate_choices.rechecked(changed)
        self.last_fix = list(fixes)
        self._rows_changed(sorted(changed))
        return sorted(changed)

    def undo_fix(self) -> list[int]:
        """Put back every cell the last ``edit_values`` changed."""
        fixes, self.last_fix = self.last_fix, None
        if not fixes or self.table is None or self.checked is None:
            return []
        back = [type(f)(f.position, f.column, f.new, f.old) for f in fixes]
        changed = self.edit_values(back)
        self.last_fix = None
        return changed

    def set_excluded(self, index: int, excluded: bool) -> None:
        """Leave a row out of the import (or put it back)."""
        assert self.checked is not None
        row = self.checked.rows[index]
        if row.excluded != excluded:
            row.excluded = excluded
            row.excluded_reason = None  # now the person's own choice, whatever a duplicate decision said
            self._rows_changed([index])

    def _rows_changed(self, positions: list[int]) -> None:
        assert self.checked is not None
        rows = self.checked.rows
        for p in set(positions):
            at = bisect_left(self.problems, p)
            listed = at < len(self.problems) and self.problems[at] == p
            if rows[p].issues and not listed:
                self.problems.insert(at, p)
            elif listed and not rows[p].issues:
                del self.problems[at]
            new = rows[p].status
            old = self.statuses[p]
            if new != old:
                self.counts[old] -= 1
                self.counts[new] += 1
                self.statuses[p] = new
        self._bump()
        self.rowsChanged.emit(sorted(set(positions)))
        self.countsChanged.emit(dict(self.counts))
        self._set_batches(None)

    # -- duplicates and people already in the account (``duplicate_choices``) --------------------
    @property
    def duplicates(self) -> DuplicateReport | None:
        return self.duplicate_choices.duplicates

    @property
    def account_matches(self) -> AccountReport | None:
        return self.duplicate_choices.account_matches

    @property
    def book(self) -> DecisionBook | None:
        return self.duplicate_choices.book

    # -- batches and results -------------------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        """HubSpot: 'create' new contacts, or 'upsert' (update the contact with the same email)."""
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}")
        if mode != self.mode:
            self.mode = mode
            self.on_existing = "update" if mode == "upsert" else "create"
            self._bump()
            self._mode_rechecked()
            self.modeChanged.emit(mode)
            self._set_batches(None)

    def set_batches(self, batches: list[Batch] | None) -> None:
        self._set_batches(batches)

    def _set_batches(self, batches: list[Batch] | None) -> None:
        if batches is None and self.batches is None:
            return
        self.batches = batches
        self.batchesChanged.emit(batches)

    def set_results(self, results: object | None) -> None:
        if results is None and self.results is None:
            return
        self.results = results
        self.resultsChanged.emit(results)

    def _bump(self) -> None:
        self.revision += 1


@dataclass
class Suggestion:
    """A mapping suggested on a worker for a table just read, with what the Map step says about the columns
    it left out (``automap.evidence`` over ``fields`` fields of the mapping's catalog)."""

    target: str
    account: AccountConfig | None
    mapping: Mapping
    evidence: Evidence
    fields: int


def suggest_for_table(table: Table, target: str, account: AccountConfig | None) -> Suggestion:
    """``suggest`` and its evidence, for the Open page's worker: on the window's thread both took 45 ms for
    a 56-column Outlook export, and 70 ms with the values of 200,000 rows."""
    mapping = suggest(table.headers, table, target, account)
    cat = catalog_for_mapping(account, mapping)
    return Suggestion(target, account, mapping, evidence(table.headers, table_columns(table), cat), len(cat.fields))


def suggest(headers: list[str], table: Table | None, target: str, account: AccountConfig | None) -> Mapping:
    """The mapping suggested for ``headers`` (from ``table``'s values too, if given) for ``target`` and the
    account's fields (``account``: the account's configuration for that target, or None). Plain data in
    and out: the Open page's worker makes it while the file is read (comparing each column's values with
    every field takes 60 ms and more, too long for the window's thread)."""
    return suggest_mapping(headers, target, account_catalog(account, target) if account else None,
                           table_columns(table) if table is not None else None,
                           learned=learned_for(target, account.connection if account else ""))


def _same_choices(a: Mapping, b: Mapping) -> bool:
    """The same mapping but for how sure the suggestion was of each field (which checking does not read)."""
    return a.model_copy(update={"fields": [f.model_copy(update={"confidence": 0.0}) for f in a.fields]}) == \
        b.model_copy(update={"fields": [f.model_copy(update={"confidence": 0.0}) for f in b.fields]})


def _zero_counts() -> dict[str, int]:
    return {"ok": 0, "warning": 0, "error": 0, "excluded": 0}
