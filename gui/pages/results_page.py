"""Step 6: what happened to every row, a file to keep, retrying the failures, and past runs.

Shows ``session.results`` (set when a send ends) or a run picked from the history. Rows are read
from the journal on a worker thread; while the shown run is being sent (a retry, a resume) its rows
stream in. A retried run is shown laid over the run it retried, so every row appears once with its
latest result, and the exported file is the same. Asking where that file goes and writing it is
``results_export``.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from core.mapping.catalog import TARGET_LABELS
from core.records import Progress
from core.submit.run_view import ResultItem, RunOutcome, RunView, load_run_view
from gui.basics.accessibility import announce
from gui.basics.format import fmt_int
from gui.basics.language import core_text
from gui.models.results_model import COL_ROW, PreparedRows, ResultsFilter, ResultsModel, prepare_rows
from gui.pages.base import Page
from gui.pages.results_export import ResultsExport
from gui.sending.controller import RunController, controller_for
from gui.sending.progress import RunProgress
from gui.sending.run_words import cancelled_message, counts_sentence, fmt_when, stop_message
from gui.session.import_session import Session
from gui.session.workers import Job, JobRunner
from gui.widgets.after_run_bar import AfterRunBar
from gui.widgets.banner import Banner
from gui.widgets.results_filter_bar import ResultsFilterBar
from gui.widgets.results_table import ResultsTable


class ResultsPage(Page):
    """The run's rows with a filter and a search box, its counts in words, Export, Retry, History."""

    def __init__(self, session: Session, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(session, runner, parent)
        self.controller: RunController = controller_for(session)
        self.set_heading(self.tr("Results"), self.tr("What happened to every row. Export a file to keep, and send "
                                                     "the rows that failed again once they are fixed."))
        self.banner = Banner("info", parent=self)
        self.banner.hide()
        self.resume_button: QPushButton | None = None
        self.layout_.addWidget(self.banner)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.layout_.addWidget(self.summary)
        self.run_line = QLabel(self)
        self.run_line.setObjectName("hint")
        self.run_line.setWordWrap(True)
        self.layout_.addWidget(self.run_line)
        self.progress = RunProgress(self.controller, self)
        self.layout_.addWidget(self.progress)

        bar = QHBoxLayout()
        self.model = ResultsModel(self)
        self.proxy = ResultsFilter(self, runner=runner)
        self.proxy.setSourceModel(self.model)
        self.filters = ResultsFilterBar(self.model, self.proxy, self, runner=runner)
        self.filter_combo = self.filters.combo
        self.search = self.filters.search
        self.export_button = QPushButton(self.tr("&Export results…"), self)
        self.export_button.setObjectName("primaryButton")
        self.export_button.setAccessibleName(self.tr("Export the results to a file"))
        self.export_button.clicked.connect(self.choose_export)
        self.exporter = ResultsExport(runner, lambda: str(self.controller.journal.path), self)
        self.exporter.saved.connect(self._exported)
        self.exporter.failed.connect(self._export_failed)
        self.retry_button = QPushButton(self.tr("Retry &failed rows"), self)
        self.retry_button.setAccessibleName(self.tr("Send the failed rows again"))
        self.retry_button.clicked.connect(self.retry_failed)
        self.history_button = QPushButton(self.tr("Run &history…"), self)
        self.history_button.setAccessibleName(self.tr("Show earlier runs"))
        self.history_button.clicked.connect(self.open_history)
        bar.addWidget(self.filters, 1)
        bar.addSpacing(12)
        bar.addWidget(self.retry_button)
        bar.addWidget(self.history_button)
        bar.addWidget(self.export_button)
        self.layout_.addLayout(bar)
        self.filters.set_spacing(bar.spacing())

        self.after_run = AfterRunBar(runner, lambda: str(self.controller.journal.path), self)
        self.after_run.changed.connect(self.show_run)
        self.layout_.addWidget(self.after_run)
        self.table = ResultsTable(self.proxy, "resultsTable", self.tr("Result of every row"), self,
                                  status_width=170)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_ROW, Qt.SortOrder.AscendingOrder)
        self.layout_.addWidget(self.table, 1)

        for a, b in ((self.filter_combo, self.search), (self.search, self.retry_button),
                     (self.retry_button, self.history_button), (self.history_button, self.export_button),
                     (self.export_button, self.table)):
            self.setTabOrder(a, b)

        self._run_id: str | None = None
        self._view: RunView | None = None
        self._loading = False
        self._pending: list[ResultItem] = []
        self._mine = False
        self._retrying: str | None = None  # the run a retry started here is sending again
        self.last_export: Path | None = None

        c = self.controller
        c.runCreated.connect(self._run_created)
        c.rowsArrived.connect(self._rows_arrived)
        c.runEnded.connect(self._run_ended)
        c.runFailed.connect(self._run_failed)
        c.busyChanged.connect(self._busy_changed)
        session.resultsChanged.connect(self._results_changed)
        self._update()

    # -- which run -----------------------------------------------------------------------------
    @property
    def run_id(self) -> str | None:
        return self._run_id

    def enter(self) -> None:
        results = self.session.results
        if isinstance(results, RunOutcome) and results.run_id != self._run_id and not self.controller.is_running():
            self.show_run(results.run_id)
        self.table.setFocus()

    @Slot(object)
    def _results_changed(self, results: object) -> None:
        if isinstance(results, RunOutcome):
            self.show_run(results.run_id)
        elif results is None and not self.controller.is_running():
            self._forget()

    def _forget(self) -> None:
        """Another file is on screen: nothing of the run shown before stays (rows, words, banner)."""
        self.cancel_job()
        self._run_id, self._view, self._loading, self._pending = None, None, False, []
        self.model.clear()
        self.summary.clear()
        self.run_line.clear()
        self.banner.setProperty("for", "")
        self.banner.hide()
        self.after_run.show_for(None)
        self.last_export = None
        self._update()

    def show_run(self, run_id: str) -> Job:
        """Read ``run_id`` from the journal (on a worker) and show it."""
        if run_id != self._run_id:  # a banner only ever names what was done with the run on screen
            self.banner.setProperty("for", "")
            self.banner.hide()
        self._run_id = run_id
        self._loading = True
        self._pending = []
        job = Job(load_and_prepare, str(self.controller.journal.path), run_id, sorted_by=self.model.sorted_by(),
                  words=self.proxy.words(),
                  what=self.tr("reading the results"))
        job.finished.connect(self._loaded)
        job.failed.connect(self._load_failed)
        job.cancelled.connect(self._load_cancelled)
        self.summary.setText(self.tr("Reading the results…"))
        self._update()
        return self.start_job(job)

    def is_loading(self) -> bool:
        return self._loading

    def is_busy(self) -> bool:
        return super().is_busy() or self.exporter.is_busy()

    @Slot(object)
    def _loaded(self, loaded: tuple[RunView, PreparedRows]) -> None:
        if not self.is_current_job():
            return
        self.job_ended()
        view, rows = loaded
        if view.info.id != self._run_id:
            return
        self._loading = False
        self._view = view
        self.model.set_prepared(rows, view.info.target)
        self.after_run.show_for(view.info)
        if self._pending:
            self.model.upsert(self._pending)
            self._pending = []
        self.filters.fill()
        self._describe()
        self._update()

    @Slot(str)
    def _load_failed(self, message: str) -> None:
        if self.is_current_job():
            self.job_ended()
            self._loading = False
            self._show_banner("error", message, resumable=False)
            self._update()

    @Slot()
    def _load_cancelled(self) -> None:
        if self.is_current_job():
            self.job_ended()
            self._loading = False

    # -- streaming while the shown run is sent -------------------------------------------------
    @Slot(str)
    def _run_created(self, run_id: str) -> None:
        if self._mine:  # a retry started here: show it (over the run it retries) as it goes
            self.show_run(run_id)

    @Slot(str, list)
    def _rows_arrived(self, run_id: str, items: list[ResultItem]) -> None:
        if run_id != self._run_id:
            return
        if self._loading:
            self._pending.extend(items)
            return
        self.model.upsert(items)
        self.filters.fill()  # the Show list's counts as the rows come
        self.summary.setText(counts_sentence(self.model.sentence_counts()))
        announce(self, self.summary.text())

    @Slot(object)
    def _run_ended(self, outcome: RunOutcome) -> None:
        if outcome.run_id != self._run_id:
            return
        mine, self._mine = self._mine, False
        if mine:
            self.session.set_results(outcome)  # and so reloaded
        else:
            self.show_run(outcome.run_id)

    @Slot(str, str)
    def _run_failed(self, message: str, run_id: str) -> None:
        if not self._mine:
            return
        self._mine = False
        retrying, self._retrying = self._retrying, None
        if retrying is not None and self.controller.password_needed is not None:
            password = self.ask_password(Path(self.controller.journal.get_run(retrying).file_path).name,
                                         self.controller.password_needed)
            if password and self._start("retry", retrying, password=password):
                return
        self._show_banner("error", message, resumable=False)
        if run_id and run_id == self._run_id:
            self.show_run(run_id)
        self._update()

    @Slot(bool)
    def _busy_changed(self, _busy: bool) -> None:
        self._update()

    # -- actions -------------------------------------------------------------------------------
    def _start(self, kind: str, run_id: str | None = None, password: str | None = None) -> bool:
        run_id = run_id or self._run_id
        if run_id is None or self.controller.is_running():
            return False
        request, problem = self.controller.request_again(kind, run_id)
        if request is None:
            self._show_banner("error", problem, resumable=False)
            return False
        self._retrying = run_id if kind == "retry" else None
        if kind == "retry" and self.session.checked is not None:
            # What was fixed or left out in this window is what goes again (if it is that run's file).
            request = dataclasses.replace(request, checked=self.session.checked,
                                          account=self.session.checking_account())
        if kind == "retry":
            # Read again (another file open here, or none), the file opens as it did: with the encoding
            # the person chose (kept with the run, or the one chosen here) and the password (memory only).
            s = self.session
            same = s.path is not None \
                and Path(s.path).resolve() == Path(self.controller.journal.get_run(run_id).file_path)
            request = dataclasses.replace(
                request, password=password or (s.source_password if same else None),
                encoding=s.source_encoding if same else None)
        self.banner.hide()
        self._mine = self.controller.start(request)
        if self._mine:
            self.progress.begin(self.tr("Preparing the failed rows…") if kind == "retry" else
                                self.tr("Resuming…"))
        self._update()
        return self._mine

    def ask_password(self, file_name: str, wrong: bool) -> str | None:
        """The workbook's password from a dialog (kept for this retry only), or None if cancelled."""
        from gui.dialogs.password_dialog import ask_password

        return ask_password(self, file_name, wrong)

    @Slot()
    def retry_failed(self) -> bool:
        """A new run of this run's failed, unknown and unsent rows, sent at once to the same place."""
        if self._view is None or not self._view.retryable:
            return False
        return self._start("retry", self._view.info.id)

    def resume_run(self, run_id: str | None = None) -> bool:
        """Go on with the shown run (or ``run_id``) where it stopped; nothing already sent is sent again."""
        return self._start("resume", run_id)

    @Slot()
    def _resume_clicked(self) -> None:
        self.resume_run()

    @Slot()
    def ask_cancel(self) -> bool:
        """Cancel the send going on, after asking (the Cancel button does this)."""
        return self.progress.ask_cancel()

    @Slot()
    def choose_export(self) -> None:
        """Ask where to save the results file, then write it."""
        if self._view is None:
            return
        path = self.exporter.ask_path(self._view.info.file_path)
        if path:
            self.export_to(path)

    def export_to(self, path: str | Path) -> Job | None:
        """Write the results file to ``path`` on a worker thread."""
        if self._view is None:
            return None
        self.export_button.setEnabled(False)
        return self.exporter.start(self._view.info.id, path)

    @Slot(object)
    def _exported(self, path: Path) -> None:
        self.last_export = Path(path)
        self._show_banner("success", self.tr("Saved the results to {path}").format(path=path), resumable=False,
                          open_file=Path(path))
        self._update()

    @Slot(str)
    def _export_failed(self, message: str) -> None:
        self._show_banner("error", self.tr("The results file could not be written: {why} If it is open in a "
                                           "spreadsheet program, close it and try again.").format(why=message),
                          resumable=False)
        self._update()

    @Slot()
    def open_history(self) -> None:
        from gui.dialogs.runs_dialog import RunsDialog

        dialog = RunsDialog(self.controller.journal, self._run_id, self)
        if dialog.exec() and dialog.chosen_run:
            self.banner.hide()
            self.show_run(dialog.chosen_run)

    # -- showing -------------------------------------------------------------------------------
    def show_only(self, which: str) -> None:
        """Pick a filter by key (ALL, DONE, NEEDS_ATTENTION or a status), as a person would in the list."""
        self.filters.show_only(which)

    def _describe(self) -> None:
        view = self._view
        if view is None:
            return
        info = view.info
        self.summary.setText(counts_sentence(self.model.sentence_counts()))
        announce(self, self.summary.text())
        crm = TARGET_LABELS.get(info.target, info.target)
        when = fmt_when(info.created_at)
        if info.sandbox:  # its own sentence: Spanish says "al", not "a el", before the practice CRM
            line = self.tr("{file} sent to the practice {crm} on {when} (run {id})").format(
                file=Path(info.file_path).name, crm=crm, when=when, id=info.id)
        else:
            where = f"{info.connection_name} ({crm})" if info.connection_name else crm
            line = self.tr("{file} sent to {where} on {when} (run {id})").format(
                file=Path(info.file_path).name, where=where, when=when, id=info.id)
        if len(view.chain) > 1:
            line += " · " + self.tr("includes {n} earlier run(s): each row shows its latest result").format(
                n=len(view.chain) - 1)
        self.run_line.setText(line)
        running_here = self.controller.is_running() and self.controller.run_id == info.id
        if running_here:
            self.banner.hide()
        elif info.state == "cancelled":
            can = _can_go_on(info)
            self._show_banner("warning", cancelled_message(info.counts, can),
                              resumable=can and bool(info.counts.get("not_sent")))
        elif info.state == "stopped":
            outcome = self.session.results if isinstance(self.session.results, RunOutcome) and \
                self.session.results.run_id == info.id else None
            self._show_banner("error", stop_message(outcome.stopped_by if outcome else None, info.target,
                                                    info.connection_name, info.sandbox), resumable=_can_go_on(info))
            self.banner.setToolTip(core_text(info.message))
        elif info.state in ("interrupted", "created") and _can_go_on(info):
            self._show_banner("warning", self.tr("This run did not finish (the app closed while sending). Resume "
                                                 "checks what reached the CRM, then sends the rest."), resumable=True)
        elif info.state in ("interrupted", "created"):  # a practice run whose practice CRM closed with the app
            self._show_banner("warning", self.tr("This practice run did not finish, and the practice CRM it went to "
                                                 "closed with the app, so it cannot be resumed. Its results are "
                                                 "kept; start a new practice send instead."), resumable=False)
        elif self.banner.property("for") != "export":
            self.banner.hide()

    def _show_banner(self, kind: str, text: str, *, resumable: bool, open_file: Path | None = None) -> None:
        self.banner.clear_actions()
        self.resume_button = None
        if resumable:
            self.resume_button = self.banner.add_action(self.tr("&Resume"), self._resume_clicked, "resumeRun")
        if open_file is not None:
            self.banner.add_action(self.tr("Open the file"),
                                   lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(open_file))), "openExport")
        self.banner.setProperty("for", "export" if open_file is not None else "")
        self.banner.set_kind(kind)
        self.banner.set_text(text)
        self.banner.setToolTip("")
        self.banner.show()

    def _update(self) -> None:
        running = self.controller.is_running()
        view = self._view
        ready = view is not None and not self._loading
        self.export_button.setEnabled(ready and not self.is_busy())
        retryable = view.retryable if ready and view is not None else 0
        self.retry_button.setEnabled(ready and not running and retryable > 0)
        self.retry_button.setText(self.tr("Retry &failed rows ({n})").format(n=fmt_int(retryable)) if retryable
                                  else self.tr("Retry &failed rows"))
        self.retry_button.setToolTip(self.tr("Read these rows from your file again (fix them there first) and "
                                             "send them to the same place"))
        self.history_button.setEnabled(not running)
        if self.resume_button is not None:
            self.resume_button.setEnabled(not running)


def load_and_prepare(journal_path: str, run_id: str, *, sorted_by: tuple[int, Qt.SortOrder] | None,
                     words: list[str] | None = None, progress: Progress) -> tuple[RunView, PreparedRows]:
    """The run read from the journal and its rows made ready for the table (sorted, counted, searched for
    ``words``), on the job's thread."""
    view = load_run_view(journal_path, run_id, progress=progress)
    return view, prepare_rows(view.items, sorted_by, words)


def _can_go_on(info: object) -> bool:
    """Can this run be resumed from here? A practice run only while the practice CRM it went to is up
    (it closes with the app): the window never offers a Resume that cannot work."""
    from gui.connections import practice

    return not getattr(info, "sandbox", False) or practice.owns(getattr(info, "base_url", ""))
