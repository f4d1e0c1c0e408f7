"""What the window does between its dialogs and its steps: resume a cut-off run, show a past one.

The dialogs only ask; these functions act on the main window (move to the Results step and start or
show the run), so no dialog needs to know a page and no page needs to know a dialog.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QMessageBox

from core.submit.journal import Journal, RunInfo
from core.submit.journal_errors import JournalUnusable
from core.submit.run_view import RunOutcome
from gui.basics.language import core_text
from gui.dialogs.resume_dialog import ResumeDialog, dismiss, unfinished_runs
from gui.dialogs.runs_dialog import RunsDialog
from gui.sending.controller import controller_for

if TYPE_CHECKING:
    from gui.shell.main_window import MainWindow


def offer_resume(window: MainWindow, journal: Journal | None = None) -> str | None:
    """Offer the newest cut-off run; returns its id if resuming started (on the Results step).

    """
    session = window.session
    controller = controller_for(session)
    if controller.is_running():
        return None
    try:
        journal = journal or controller.journal
    except JournalUnusable as e:  # damaged with an unfinished run, locked, unwritable: say so, send nothing
        QMessageBox.warning(window, window.tr("Run history"), core_text(e.message))
        return None
    runs = unfinished_runs(journal)
    if not runs:
        return None
    run = runs[0]
    dialog = ResumeDialog(run, len(runs) - 1, window)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    if run.sandbox or dialog.dont_ask:
        dismiss(run.id)  # a practice run cannot come back: say it once
    if not accepted or run.sandbox:
        return None
    session.set_results(_outcome_of(run))
    page = window.show_results_step()
    return run.id if page.resume_run(run.id) else None


def open_run_history(window: MainWindow) -> str | None:
    """For a window-level "Run history…" action: pick a past run and show it on the Results step.

    Returns the run id shown, if one was chosen.
    """
    session = window.session
    controller = controller_for(session)
    try:
        journal = controller.journal
    except JournalUnusable as e:
        QMessageBox.warning(window, window.tr("Run history"), core_text(e.message))
        return None
    dialog = RunsDialog(journal, None, window)
    if not dialog.exec() or not dialog.chosen_run:
        return None
    run = controller.journal.get_run(dialog.chosen_run)
    session.set_results(_outcome_of(run))
    window.show_results_step()
    return run.id


def _outcome_of(run: RunInfo) -> RunOutcome:
    return RunOutcome(run.id, run.state, dict(run.counts), run.message, target=run.target,
                      practice=run.sandbox, connection_name=run.connection_name)
