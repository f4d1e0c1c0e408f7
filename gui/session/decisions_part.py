"""The person's choices about probable duplicates and people probably already in the account.

A part of ``import_session.Session`` (which inherits ``DecisionsPart``), kept apart because it is one
concept with its own rules: the groups and account labels found on the Check step, and the choice made
for each, held in ``session.book`` and applied to ``session.checked`` row by row. Callers keep calling
``session.decide(...)`` and friends. The signals stay declared on ``Session``: a Qt signal must be a class
attribute of the QObject subclass itself, so this part only emits them. It holds no state of its own;
every attribute it reads and writes is created in ``Session.__init__``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.matching.decisions import DecisionBook, Decisions, GroupDecision
from core.matching.duplicates import DuplicateReport
from core.matching.linking import AccountReport
from core.pipeline import Checked

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance


class DecisionsPart:
    """Duplicate groups, account matches and the choice made for each (see the module docstring)."""

    # Created by Session.__init__ (annotations only: nothing here shadows Session's attributes).
    checked: Checked | None
    duplicates: DuplicateReport | None
    account_matches: AccountReport | None
    book: DecisionBook | None
    if TYPE_CHECKING:  # declared on Session (a signal must be the QObject subclass's own class attribute)
        duplicatesChanged: SignalInstance

        def _rows_changed(self, positions: list[int]) -> None: ...

    def set_duplicates(self, report: DuplicateReport | None) -> None:
        """Groups found in the checked rows; choices made for earlier groups are dropped."""
        self.duplicates = report
        if self.book is not None:
            self._apply_decisions(Decisions(account=dict(self.book.decisions.account),
                                            source=self.book.decisions.source,
                                            update_ids=dict(self.book.decisions.update_ids)))
        self.duplicatesChanged.emit()

    def set_account_matches(self, report: AccountReport | None) -> None:
        self.account_matches = report
        self.duplicatesChanged.emit()

    def decide(self, group: int, choice: str, keep: int | None = None, fields: dict[str, int] | None = None) -> None:
        """The choice for group number ``group``: 'keep_all', 'keep_one' (row ``keep``) or 'merge'."""
        assert self.duplicates is not None and self.book is not None
        g = self.duplicates.groups[group - 1]
        current = [d for d in self.book.decisions.groups if d.rows != g.rows]
        current.append(GroupDecision(list(g.rows), choice, keep, dict(fields or {})))  # type: ignore[arg-type]  # the panel offers CHOICES
        self._apply_decisions(Decisions(current, dict(self.book.decisions.account), self.book.decisions.source,
                                        dict(self.book.decisions.update_ids)))

    def decide_account(self, row: int, choice: str, crm_id: str | None = None) -> None:
        """For a row probably already in the account: 'create' it anyway, 'skip' it, or (HubSpot)
        'update' contact ``crm_id`` with it instead of creating a second contact."""
        assert self.book is not None
        account = dict(self.book.decisions.account)
        account[row] = choice  # type: ignore[assignment]  # the panel offers ACCOUNT_CHOICES only
        ids = {r: i for r, i in self.book.decisions.update_ids.items() if r != row}
        if choice == "update" and crm_id:
            ids[row] = crm_id
        self._apply_decisions(Decisions(list(self.book.decisions.groups), account, self.book.decisions.source, ids))

    def _apply_decisions(self, decisions: Decisions) -> None:
        assert self.book is not None and self.checked is not None
        changed = self.book.set(decisions)
        positions = [self.checked.position(r) for r in changed]
        self._rows_changed(positions)
        self.duplicatesChanged.emit()
