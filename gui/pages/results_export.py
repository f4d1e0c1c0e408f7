"""The Results step's file to keep: where to save it, and writing it on a worker with its own job.

The file holds the rows of the shown run (laid over the runs it retried) as
``core.submit.run_view.export_results`` writes them from the journal. Kept apart from
``results_page`` because the results file is its own concept, with one rule of its own: the export
is not the page's job, so the run being read again (another ``resultsChanged``) never cancels a file
being written. The page owns the Export button and says in its banner where the file went, or why
it could not be written.

A helper object the page owns, not a mixin: PySide6 may call a slot inherited from a plain-Python
mixin without ``sender()``, and the job's answers are told apart by their sender.

Its words keep the Results page's translation context ("ResultsPage"), as when they were written inside it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QWidget

from core.submit.run_view import export_results
from gui.basics import settings
from gui.basics.language import core_text
from gui.basics.resources import sample_path
from gui.session.workers import Job, JobRunner


def _tr(text: str) -> str:
    return QCoreApplication.translate("ResultsPage", text)


def export_folder(source: Path) -> Path:
    """Where a results file is offered first: beside the file sent, unless that is the app's own sample
    (inside its install folder) or a folder the person cannot write to; then their Documents."""
    folder = source.parent
    if folder.is_dir() and os.access(folder, os.W_OK) and not _is_sample(source):
        return folder
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    last = Path(settings.last_folder())
    return last if last.is_dir() and not _is_sample(last / source.name) else Path.home()


def _is_sample(path: Path) -> bool:
    try:
        return path.resolve() == sample_path().resolve()
    except OSError:
        return False


class ResultsExport(QObject):
    """Asks where the results file goes and writes it; ``saved(path)`` or ``failed(message)`` when done."""

    #: The file was written: its path, as the writer gave it.
    saved = Signal(object)
    #: It could not be written: why, in the person's words.
    failed = Signal(str)

    def __init__(self, runner: JobRunner, journal_path: Callable[[], str], parent: QWidget) -> None:
        super().__init__(parent)
        self._runner = runner
        self._journal_path = journal_path
        self._parent = parent
        self.job: Job | None = None  # the file being written

    def is_busy(self) -> bool:
        return self.job is not None

    def ask_path(self, file_path: str) -> str | None:
        """Where to save the results of a run of ``file_path`` (beside it when its folder is there),
        with the suffix of the type chosen; None when the person cancels."""
        folder = export_folder(Path(file_path))
        source = Path(file_path)
        suggested = str(folder / f"{source.stem}-results.xlsx")
        path, chosen_filter = QFileDialog.getSaveFileName(
            self._parent, _tr("Export results"), suggested,
            _tr("Excel workbook (*.xlsx);;CSV, for any spreadsheet program (*.csv)"))
        if not path:
            return None
        if Path(path).suffix.lower() not in (".xlsx", ".csv"):
            path += ".csv" if "csv" in chosen_filter.lower() else ".xlsx"
        return path

    def start(self, run_id: str, path: str | Path) -> Job:
        """Write run ``run_id``'s results file to ``path`` on a worker thread."""
        job = Job(export_results, self._journal_path(), run_id, str(path), words=core_text,
                  what=_tr("writing the results file"))
        job.finished.connect(self._written)
        job.failed.connect(self._failed)
        self.job = job
        return self._runner.start(job)

    @Slot(object)
    def _written(self, path: object) -> None:
        if self.sender() is not self.job:
            return
        self.job = None
        self.saved.emit(path)

    @Slot(str)
    def _failed(self, message: str) -> None:
        if self.sender() is self.job:
            self.job = None
            self.failed.emit(message)
