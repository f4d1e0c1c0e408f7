"""At start-up: a send that was cut off (the app or the computer stopped) is offered for resuming.

``gui.shell.run_actions.offer_resume`` shows it once the window is up. Resuming first checks with the CRM which
contacts of the batches on their way arrived, then sends the rest, so nobody is sent twice. A
practice run cannot be resumed (its practice CRM ended with the app) and the dialog says so.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from core.mapping.catalog import TARGET_LABELS
from core.submit.journal import Journal, RunInfo
from gui.basics import settings
from gui.basics.format import fmt_int
from gui.connections import saved as connections
from gui.widgets.banner import Banner

#: Run states offered at start-up: sending was cut off, or recorded and never started.
OFFERED = ("interrupted", "created")


def dismissed() -> set[str]:
    """Runs the person said not to ask about again."""
    return settings.resume_dismissed_runs()


def dismiss(run_id: str) -> None:
    """Do not offer this run at start-up again (it stays in the run history)."""
    settings.add_resume_dismissed_run(run_id)


def unfinished_runs(journal: Journal) -> list[RunInfo]:
    """Runs cut off while sending (newest first), minus those the person said not to ask about."""
    skip = dismissed()
    return [r for r in journal.list_runs() if r.state in OFFERED and r.id not in skip]


class ResumeDialog(QDialog):
    """One cut-off run: what it was, how far it got, and Resume / Not now / Don't ask again."""

    def __init__(self, run: RunInfo, others: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resumeDialog")
        self.setWindowTitle(self.tr("Finish the last import?"))
        self.setMinimumWidth(520)
        self.run = run
        self.dont_ask = False
        crm = TARGET_LABELS.get(run.target, run.target)
        total = sum(run.counts.values())
        left = run.counts.get("not_sent", 0) + run.counts.get("unknown", 0)
        if run.sandbox:  # its own sentence: Spanish says "al", not "a el", before the practice CRM
            said = self.tr("Sending {file} to the practice {crm} was cut off before it finished: {left} of {total} "
                           "rows have no result yet.").format(file=Path(run.file_path).name, crm=crm,
                                                              left=fmt_int(left), total=fmt_int(total))
        else:
            where = f"“{run.connection_name}” ({crm})" if run.connection_name else crm
            said = self.tr("Sending {file} to {where} was cut off before it finished: {left} of {total} rows "
                           "have no result yet.").format(file=Path(run.file_path).name, where=where,
                                                         left=fmt_int(left), total=fmt_int(total))
        text = QLabel(said, self)
        text.setWordWrap(True)
        self.problem = Banner("warning", parent=self)
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        if not run.sandbox:
            how = QLabel(self.tr("Resume first asks {crm} which contacts already arrived, then sends the rest, so "
                                 "nobody is added twice.").format(crm=crm), self)
            how.setWordWrap(True)
            how.setObjectName("hint")
            layout.addWidget(how)
        layout.addWidget(self.problem)
        if others:
            more = QLabel(self.tr("{n} other unfinished run(s) are in the run history on the Results step.").format(
                n=fmt_int(others)), self)
            more.setObjectName("hint")
            layout.addWidget(more)

        self.buttons = QDialogButtonBox(self)
        self.resume_button: QPushButton = self.buttons.addButton(self.tr("&Resume now"),
                                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.later_button = self.buttons.addButton(self.tr("&Not now"), QDialogButtonBox.ButtonRole.RejectRole)
        self.forget_button = self.buttons.addButton(self.tr("&Don't ask again"),
                                                    QDialogButtonBox.ButtonRole.DestructiveRole)
        self.connections_button = self.buttons.addButton(self.tr("C&onnections…"),
                                                         QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.forget_button.clicked.connect(self._forget)
        self.connections_button.clicked.connect(self._connections)
        layout.addWidget(self.buttons)
        self._check()

    def _check(self) -> None:
        """Can it be resumed now? If not, say why (no key on this computer, or a practice run)."""
        conn, problem = connections.connection_for_run(self.run)
        self.problem.set_text(problem)
        self.problem.setVisible(bool(problem))
        self.resume_button.setEnabled(conn is not None)
        self.resume_button.setVisible(not self.run.sandbox)
        self.connections_button.setVisible(not self.run.sandbox and conn is None)
        if self.run.sandbox:
            self.later_button.setText(self.tr("OK"))
            self.forget_button.hide()
            self.later_button.setDefault(True)
        else:
            (self.resume_button if conn is not None else self.connections_button).setDefault(True)

    @Slot()
    def _forget(self) -> None:
        self.dont_ask = True
        self.reject()

    @Slot()
    def _connections(self) -> None:
        from gui.dialogs.connections_dialog import ConnectionsDialog

        ConnectionsDialog(self, self.run.target).exec()
        self._check()
