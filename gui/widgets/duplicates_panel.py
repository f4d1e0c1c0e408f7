"""The Check step's duplicates: the groups side by side and, for the selected group (or row found
in the account), what to do with it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.matching.view import SHOWN, default_keep, summary
from gui.basics.language import core_text
from gui.models.duplicates_model import COL_GROUP, COL_PROB, COL_ROW, FIRST_FIELD, DuplicatesModel
from gui.models.merge_fields_model import MergeFieldsModel
from gui.session.import_session import Session
from gui.widgets.splitter import RememberedSplitter


class DuplicatesPanel(QWidget):
    """Shown once duplicates were looked for; choices go straight to the session."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel(self)
        self.summary.setObjectName("duplicatesSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = DuplicatesModel(session, self)
        self.view = QTableView(self)
        self.view.setTabKeyNavigation(False)  # Tab moves on to the next control; arrows move in the table
        self.view.setObjectName("duplicatesView")
        self.view.setAccessibleName(self.tr("Probable duplicates"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setDefaultSectionSize(120)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The groups and the merged row side by side, each as tall as the tab (the divider is remembered).
        self.split = RememberedSplitter("duplicatesSplit", Qt.Orientation.Horizontal, self)
        self.split.addWidget(self.view)
        layout.addWidget(self.split, 1)
        self.why = QLabel(self)  # what decided the selected group, from core's evidence, translated
        self.why.setObjectName("duplicateWhy")
        self.why.setWordWrap(True)
        layout.addWidget(self.why)
        row = QHBoxLayout()
        self.choice_label = QLabel(self)
        self.choice = QComboBox(self)
        self.choice.setObjectName("duplicateChoice")
        self.choice.setAccessibleName(self.tr("What to do with the selected group"))
        self.choice.activated.connect(self._chosen)
        row.addWidget(self.choice_label)
        row.addWidget(self.choice, 1)
        self.account_label = QLabel(self.tr("In the account:"), self)
        self.account_choice = QComboBox(self)
        self.account_choice.setObjectName("accountChoice")
        self.account_choice.setAccessibleName(self.tr("What to do with the contact found in the account"))
        self.account_choice.activated.connect(self._account_chosen)
        row.addWidget(self.account_label)
        row.addWidget(self.account_choice, 1)
        row.addStretch(1)
        layout.addLayout(row)
        self.merge_label = QLabel(self.tr("The merged row, field by field: tick the value to keep "
                                          "(the most complete row's value is ticked unless you pick another)."), self)
        self.merge_label.setWordWrap(True)
        merged = QWidget(self)
        merged_layout = QVBoxLayout(merged)
        merged_layout.setContentsMargins(0, 0, 0, 0)
        merged_layout.addWidget(self.merge_label)
        self.merge_model = MergeFieldsModel(session, self)
        self.merge_model.chosen.connect(self._field_chosen)
        self.merge_view = QTableView(self)
        self.merge_view.setObjectName("mergeFieldsView")
        self.merge_view.setAccessibleName(self.tr("The merged row, field by field"))
        self.merge_view.setModel(self.merge_model)
        self.merge_view.verticalHeader().hide()
        self.merge_view.horizontalHeader().setDefaultSectionSize(180)
        self.merge_view.horizontalHeader().setStretchLastSection(True)
        merged_layout.addWidget(self.merge_view, 1)
        self.merged = merged
        self.split.addWidget(merged)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.model.modelReset.connect(self._reset)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._fill_choices())
        session.duplicatesChanged.connect(self._reset)
        self._reset()

    @Slot()
    def _reset(self) -> None:
        s = self.session
        # (Shown as the Check step's second tab, which appears once duplicates were looked for.)
        self.summary.setText(core_text(summary(s.duplicates, s.account_matches, s.book)))
        header = self.view.horizontalHeader()
        for col, width in ((COL_GROUP, 60), (COL_ROW, 50), (COL_PROB, 60)):  # at least as wide as the heading
            text = str(self.model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
            header.resizeSection(col, max(width, header.fontMetrics().horizontalAdvance(text) + 24))
        lines = [self.model.line(i) for i in range(self.model.rowCount())]
        for i, field in enumerate(SHOWN):  # a field no row has (say, no date of birth mapped) takes no room
            self.view.setColumnHidden(FIRST_FIELD + i, not any(ln.values.get(field) for ln in lines))
        self.view.horizontalHeader().resizeSection(FIRST_FIELD + len(SHOWN), 320)
        self._fill_choices()

    def select_group(self, group: int) -> None:
        """Select the first row of group ``group`` (its choices appear below the table)."""
        for i in range(self.model.rowCount()):
            if self.model.line(i).group == group:
                self.view.selectRow(i)
                return

    def _current(self):
        index = self.view.currentIndex()
        return self.model.line(index.row()) if index.isValid() else None

    def _fill_choices(self) -> None:
        self.choice.clear()
        ln = self._current()
        s = self.session
        self._fill_account(ln)
        self.merge_model.show_group(ln.group if ln is not None else None)
        merging = self.merge_model.rowCount() > 0
        self.merge_label.setVisible(merging)
        self.merge_view.setVisible(merging)
        self.merged.setVisible(merging)
        self.why.setVisible(ln is not None)
        if ln is not None:
            self.why.setText(self.tr("Why: {evidence}").format(evidence=ln.why(core_text)))
        if ln is None or s.checked is None or s.book is None:
            self.choice_label.setText(self.tr("Select a group to choose what happens to it."))
            self.choice.setEnabled(False)
            return
        self.choice.setEnabled(True)
        if ln.group is None:
            self.choice_label.setText(self.tr("Row {row}:").format(row=ln.row))
            self.choice.hide()
            return
        self.choice.show()
        assert s.duplicates is not None
        g = s.duplicates.groups[ln.group - 1]
        best = default_keep(s.duplicates, g.number, s.checked.rows)
        self.choice_label.setText(self.tr("Group {n}:").format(n=g.number))
        self.choice.addItem(self.tr("Keep all (they are different people)"), ("keep_all", None))
        for r in g.rows:
            self.choice.addItem(self.tr("Keep only row {row}").format(row=r), ("keep_one", r))
        self.choice.addItem(self.tr("Merge into one row (row {row}, most complete values win)").format(row=best),
                            ("merge", best))
        d = s.book.decisions.for_row(g.rows[0])
        if d is not None:
            for i in range(self.choice.count()):
                choice, keep = self.choice.itemData(i)
                if choice == d.choice and (keep is None or keep == (d.keep or best)):
                    self.choice.setCurrentIndex(i)

    def _fill_account(self, ln) -> None:
        """The choices for a row probably in the account: create anyway, leave out, or (HubSpot) update."""
        self.account_choice.clear()
        s = self.session
        m = s.account_matches.matches.get(ln.row) if ln is not None and s.account_matches is not None else None
        shown = m is not None and m.label != "new" and s.book is not None
        self.account_label.setVisible(shown)
        self.account_choice.setVisible(shown)
        if not shown:
            return
        assert m is not None and s.book is not None
        if s.target == "virtuous":
            self.account_choice.addItem(self.tr("Send it (Virtuous matches it on its side)"), ("create", None))
            self.account_choice.addItem(self.tr("Leave it out (not to be reviewed in Virtuous)"), ("skip", None))
        else:
            self.account_choice.addItem(self.tr("Create it anyway (a second contact)"), ("create", None))
            self.account_choice.addItem(self.tr("Leave it out (it is already in the account)"), ("skip", None))
            if m.label == "existing":
                crm_id = m.candidates[0].crm_id
                self.account_choice.addItem(self.tr("Update contact {id} with this row").format(id=crm_id),
                                            ("update", crm_id))
        current = s.book.decisions.account.get(ln.row, "create")
        for i in range(self.account_choice.count()):
            if self.account_choice.itemData(i)[0] == current:
                self.account_choice.setCurrentIndex(i)

    @Slot(int)
    def _chosen(self, index: int) -> None:
        ln = self._current()
        if ln is None or ln.group is None:
            return
        choice, keep = self.choice.itemData(index)
        self.session.duplicate_choices.decide(ln.group, choice, keep)
        self._reselect(ln.row)

    @Slot(int)
    def _account_chosen(self, index: int) -> None:
        ln = self._current()
        if ln is None:
            return
        choice, crm_id = self.account_choice.itemData(index)
        self.session.duplicate_choices.decide_account(ln.row, choice, crm_id)
        self._reselect(ln.row)

    @Slot(str, int)
    def _field_chosen(self, field: str, row: int) -> None:
        ln = self._current()
        s = self.session
        if ln is None or ln.group is None or s.book is None or s.duplicates is None:
            return
        d = s.book.decisions.for_row(s.duplicates.groups[ln.group - 1].rows[0])
        if d is None or d.choice != "merge":
            return
        s.duplicate_choices.decide(ln.group, "merge", d.keep, {**d.fields, field: row})
        self._reselect(ln.row)

    def _reselect(self, row: int) -> None:
        for i in range(self.model.rowCount()):  # the model was rebuilt: select the same row again
            if self.model.line(i).row == row:
                self.view.selectRow(i)
                break
