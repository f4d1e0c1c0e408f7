"""The person's choices about probable duplicates and people probably already in the account.

``DuplicateChoices`` is owned by ``import_session.Session`` (``session.duplicate_choices``): the groups
and account labels found on the Check step, and the choice made for each, held in its ``book``
(``core.matching.decisions.DecisionBook``) and applied to the session's checked rows row by row. It
says what changed by its own signals, which the session passes on (``duplicatesChanged``, and the rows
whose result changed to ``rowsChanged``). The session reads ``duplicates``, ``account_matches`` and
``book`` through to it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from core.matching.decisions import DecisionBook, Decisions, GroupDecision
from core.matching.duplicates import DuplicateReport
from core.matching.linking import AccountReport
from core.pipeline import Checked


class DuplicateChoices(QObject):
    """Duplicate groups, account matches and the choice made for each (see the module docstring)."""

    #: Groups, account labels or a choice changed.
    changed = Signal()
    #: Positions in the checked rows whose values or status a choice changed.
    rowsChanged = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.checked: Checked | None = None
        self.duplicates: DuplicateReport | None = None
        self.account_matches: AccountReport | None = None
        self.book: DecisionBook | None = None

    def reset(self, checked: Checked | None) -> None:
        """Newly checked rows (or none): what was found and chosen for the old ones is forgotten."""
        had = self.duplicates is not None or self.account_matches is not None
        self.checked = checked
        self.duplicates = self.account_matches = None
        self.book = DecisionBook(checked.rows, checked.checker.check, checked.table.path.name,
                                 checked.mapping.target) if checked else None
        if had:
            self.changed.emit()

    def set_duplicates(self, report: DuplicateReport | None) -> None:
        """Groups found in the checked rows; choices made for earlier groups are dropped."""
        self.duplicates = report
        if self.book is not None:
            self._apply(Decisions(account=dict(self.book.decisions.account), source=self.book.decisions.source,
                                  update_ids=dict(self.book.decisions.update_ids)))
        self.changed.emit()

    def set_account_matches(self, report: AccountReport | None) -> None:
        self.account_matches = report
        self.changed.emit()

    def decide(self, group: int, choice: str, keep: int | None = None, fields: dict[str, int] | None = None) -> None:
        """The choice for group number ``group``: 'keep_all', 'keep_one' (row ``keep``) or 'merge'."""
        assert self.duplicates is not None and self.book is not None
        g = self.duplicates.groups[group - 1]
        current = [d for d in self.book.decisions.groups if d.rows != g.rows]
        current.append(GroupDecision(list(g.rows), choice, keep, dict(fields or {})))  # type: ignore[arg-type]
        self._apply(Decisions(current, dict(self.book.decisions.account), self.book.decisions.source,
                              dict(self.book.decisions.update_ids)))

    def decide_account(self, row: int, choice: str, crm_id: str | None = None) -> None:
        """For a row probably already in the account: 'create' it anyway, 'skip' it, or (HubSpot)
        'update' contact ``crm_id`` with it instead of creating a second contact."""
        assert self.book is not None
        account = dict(self.book.decisions.account)
        account[row] = choice  # type: ignore[assignment]
        ids = {r: i for r, i in self.book.decisions.update_ids.items() if r != row}
        if choice == "update" and crm_id:
            ids[row] = crm_id
        self._apply(Decisions(list(self.book.decisions.groups), account, self.book.decisions.source, ids))

    def rechecked(self, positions: list[int] | set[int]) -> set[int]:
        """Rows at ``positions`` were checked again after an edit: a merge or an update chosen for any
        of them is applied again. Returns the positions that changed by it."""
        if self.book is None or self.checked is None:
            return set()
        checked = self.checked
        return {checked.position(r) for r in self.book.rechecked(checked.rows[i].row for i in positions)}

    def _apply(self, decisions: Decisions) -> None:
        assert self.book is not None and self.checked is not None
        changed = self.book.set(decisions)
        self.rowsChanged.emit([self.checked.position(r) for r in changed])
        self.changed.emit()
