"""Progress of a send: a bar with counts, speed and time left, rate-limit waits counting down, Cancel.

Follows a ``RunController`` and shows itself while it sends (on the Send and the Results step
alike). Cancel asks first. The wait countdown is a QTimer on the GUI thread, so the engine says
once "waiting 12 s" and the words count down by themselves.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QProgressBar, QPushButton, QVBoxLayout, QWidget

from gui.basics.accessibility import announce
from gui.basics.format import fmt_int
from gui.sending.controller import RunController
from gui.sending.run_words import progress_line, waiting_line

#: Waits shorter than this are routine pacing, not news.
MIN_WAIT_SHOWN = 1.0


class RunProgress(QWidget):
    """Hidden until a run starts; the bar fills as rows get their results."""

    #: Cancel was confirmed and asked of the controller.
    cancelConfirmed = Signal()

    def __init__(self, controller: RunController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runProgress")
        self.controller = controller
        self._announced_quarter = 0
        self.label = QLabel(self)
        self.label.setObjectName("progressText")
        self.label.setAccessibleName(self.tr("Sending progress"))
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName(self.tr("Contacts sent"))
        self.bar.setTextVisible(True)
        self.bar.setMinimumWidth(260)
        self.cancel_button = QPushButton(self.tr("&Cancel sending"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel sending"))
        self.cancel_button.setToolTip(self.tr("Stop after the batches already on their way; the rest can be sent "
                                              "later with Resume"))
        self.cancel_button.clicked.connect(self.ask_cancel)
        self.wait_label = QLabel(self)
        self.wait_label.setObjectName("waitText")
        self.wait_label.setAccessibleName(self.tr("Waiting"))
        self.wait_label.hide()

        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.bar, 1)
        line.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(line)
        layout.addWidget(self.label)
        layout.addWidget(self.wait_label)

        self._until = 0.0
        self._reason = ""
        self._kind = ""  # core.targets.client_base.wait_kind of the reason
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._update_wait)

        controller.runStarted.connect(self._started)
        controller.progress.connect(self._progress)
        controller.waiting.connect(self._waiting)
        controller.reconciling.connect(self._reconciling)
        controller.busyChanged.connect(self._busy_changed)
        self.hide()

    # -- cancelling ----------------------------------------------------------------------------
    @Slot()
    def ask_cancel(self) -> bool:
        """Cancel, after asking: sent contacts stay sent, the rest wait for Resume. True if cancelled."""
        if not self.controller.is_running() or self.controller.cancel_requested:
            return False
        answer = QMessageBox.StandardButton.No
        self.controller.pause()  # nothing new is sent while the person reads the question
        try:
            answer = QMessageBox.question(
                self, self.tr("Cancel sending?"),
                self.tr("Stop sending now?\n\nContacts already sent stay in the CRM. The rest are not sent; you can "
                        "send them later with Resume."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        finally:
            if answer != QMessageBox.StandardButton.Yes:
                self.controller.go_on()
        if answer != QMessageBox.StandardButton.Yes or not self.controller.is_running():
            return False
        self.controller.cancel()
        self.set_stopping()
        self.cancelConfirmed.emit()
        return True

    # -- following the run ---------------------------------------------------------------------
    def begin(self, text: str) -> None:
        """A run is starting: a busy bar and ``text`` until the first figures come."""
        self.bar.setRange(0, 0)
        self.bar.setFormat("")
        self.label.setText(text)
        self._announced_quarter = 0
        announce(self, text)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("&Cancel sending"))
        self._clear_wait()
        self.show()

    def set_stopping(self) -> None:
        """Cancel was confirmed: say what happens now."""
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Stopping…"))
        self.label.setText(self.tr("Stopping: the batches already on their way are getting their answer. "
                                   "Nothing more will be sent."))
        self._clear_wait()

    @Slot(str, int, int)
    def _started(self, _run_id: str, total: int, done: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, total))
        self.bar.setFormat(f"{fmt_int(done)} / {fmt_int(total)}")
        if not self.controller.cancel_requested:
            self.label.setText(progress_line(done, total, 0.0, -1.0))

    @Slot(int, int, float, float)
    def _progress(self, done: int, total: int, rate: float, left: float) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, total))
        self.bar.setFormat(f"{fmt_int(done)} / {fmt_int(total)}")
        if not self.controller.cancel_requested:
            self.label.setText(progress_line(done, total, rate, left))
            quarter = 4 * done // max(total, 1)
            if quarter != self._announced_quarter:  # every quarter of the way, not every batch
                self._announced_quarter = quarter
                announce(self, self.label.text())
        if self._until and time.time() >= self._until:
            self._clear_wait()

    @Slot(float, str, float, str)
    def _waiting(self, seconds: float, reason: str, until: float, kind: str) -> None:
        if seconds < MIN_WAIT_SHOWN or self.controller.cancel_requested or not self.controller.is_running():
            return  # (news of a wait that arrives after the run ended is not shown: it would stay frozen)
        self._until, self._reason, self._kind = until, reason, kind
        self.wait_label.setToolTip(reason)
        self._update_wait()
        self.wait_label.show()
        self._tick.start()

    @Slot(int, int)
    def _reconciling(self, number: int, rows: int) -> None:
        self.label.setText(self.tr("Checking batch {n} against the CRM before sending anything again "
                                   "({rows} contacts)").format(n=fmt_int(number), rows=fmt_int(rows)))

    @Slot()
    def _update_wait(self) -> None:
        left = self._until - time.time()
        if left <= 0:
            self._clear_wait()
            return
        self.wait_label.setText(waiting_line(self._kind, left))

    def _clear_wait(self) -> None:
        self._tick.stop()
        self._until = 0.0
        self.wait_label.hide()

    @Slot(bool)
    def _busy_changed(self, busy: bool) -> None:
        if busy:
            if self.isHidden():
                self.begin(self.tr("Getting ready to send…"))
        else:
            self._clear_wait()
            self.hide()

    def wait_text(self) -> str:
        """What the wait line says now ("" when not waiting)."""
        return self.wait_label.text() if self.wait_label.isVisibleTo(self) else ""
