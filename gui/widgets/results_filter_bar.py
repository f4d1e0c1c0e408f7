"""The Results step's "Show:" list and search box, filtering the results table.

The list offers all rows, sent, needs attention and each status that occurs, with their counts. With
many rows, the search waits for a pause in typing before filtering.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from gui.models.results_model import ResultsFilter, ResultsModel, filter_choices, find_rows, statuses_for
from gui.session.workers import Job, JobRunner

#: With more rows than this, the search waits for a pause in typing before filtering.
SEARCH_AT_ONCE_ROWS = 5_000
SEARCH_DELAY_MS = 200


class ResultsFilterBar(QWidget):
    """"Show:" (which results) and a search box, applied to ``proxy`` over ``model``."""

    def __init__(self, model: ResultsModel, proxy: ResultsFilter, parent: QWidget | None = None,
                 runner: JobRunner | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = proxy
        #: With many rows the search runs on a worker (``find_rows``) and its result is shown here.
        self.runner = runner
        self._job: Job | None = None
        self._asked: tuple[int, str] = (0, "")
        show_label = QLabel(self.tr("&Show:"), self)
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(self.tr("Show rows with this result"))
        self.combo.setMinimumWidth(200)
        show_label.setBuddy(self.combo)
        self.search = QLineEdit(self)
        self.search.setAccessibleName(self.tr("Search the results"))
        self.search.setPlaceholderText(self.tr("Search names, emails, messages…"))
        self.search.setClearButtonEnabled(True)
        layout = self._row = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(show_label)
        layout.addWidget(self.combo)
        layout.addWidget(self.search, 1)

        self.combo.currentIndexChanged.connect(self._filter_chosen)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(self._search_typed)

    def set_spacing(self, spacing: int) -> None:
        """Space the pieces as the row this bar stands in (so they sit as if laid out in it)."""
        self._row.setSpacing(spacing)

    def fill(self) -> None:
        """The choices for the model's counts now; the current choice stays chosen if it still occurs
        (and the rows are filtered again only if it does not)."""
        choices = filter_choices(self.model.counts())
        if [key for _label, key in choices] == [self.combo.itemData(i) for i in range(self.combo.count())]:
            for i, (label, _key) in enumerate(choices):  # the same choices: their counts, in place
                if self.combo.itemText(i) != label:
                    self.combo.setItemText(i, label)
            return
        current = self.combo.currentData()
        self.combo.blockSignals(True)
        self.combo.clear()
        for label, key in choices:
            self.combo.addItem(label, key)
        self.combo.setCurrentIndex(max(self.combo.findData(current), 0))
        self.combo.blockSignals(False)
        if statuses_for(self.combo.currentData()) != self.proxy.statuses():
            self._filter_chosen(self.combo.currentIndex())

    def show_only(self, which: str) -> None:
        """Pick a choice by key (ALL, DONE, NEEDS_ATTENTION or a status), as a person would in the list."""
        at = self.combo.findData(which)
        if at >= 0:
            self.combo.setCurrentIndex(at)

    @Slot(int)
    def _filter_chosen(self, _index: int) -> None:
        self.proxy.set_statuses(statuses_for(self.combo.currentData()))

    @Slot(str)
    def _search_typed(self, _text: str) -> None:
        if self.model.rowCount() <= SEARCH_AT_ONCE_ROWS:
            self._apply_search()
        else:
            self._search_timer.start()

    @Slot()
    def _apply_search(self) -> None:
        self._search_timer.stop()
        if self._job is not None:
            self._job.cancel()
            self._job = None
        text = self.search.text()
        words = text.casefold().split()
        if self.runner is None or not words or self.model.total() <= SEARCH_AT_ONCE_ROWS:
            self.proxy.set_search(text)
            return
        items, known = self.model.search_snapshot()
        job = Job(find_rows, items, known, words=words, what=self.tr("searching the results"))
        job.finished.connect(self._found)
        job.failed.connect(self._search_failed)
        self._job, self._asked = job, (self.model.generation, text)
        self.runner.start(job)

    def is_searching(self) -> bool:
        """True while a search runs on a worker."""
        return self._job is not None

    @Slot(str)
    def _search_failed(self, _message: str) -> None:
        if self.sender() is self._job:  # searched here instead, as before there was a worker for it
            self._job = None
            self.proxy.set_search(self.search.text())

    @Slot(object)
    def _found(self, found: tuple) -> None:
        if self.sender() is not self._job:
            return
        self._job = None
        generation, text = self._asked  # found whatever the status: shown under the Show choice made now
        if text != self.search.text():
            self._search_typed(self.search.text())  # typed since: searched once typing pauses
        elif not self.proxy.apply_found(generation, text, found):
            self._apply_search()  # the rows changed meanwhile (a run streaming in): searched again
