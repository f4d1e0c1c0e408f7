"""Closing the window while contacts are being sent: ask first, then stop the send without losing a row.

The window's ``closeEvent`` asks ``confirm_close``. No send thread is ever destroyed while it runs: if
the batches on their way take longer than ``STOP_TIMEOUT_MS`` to get their answers, the window closes
by itself once the send has stopped.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from gui.sending.controller import controller_for
from gui.session.import_session import Session

#: How long closing the window waits for the batches on their way before closing by itself later.
STOP_TIMEOUT_MS = 20_000


def confirm_close(window: QWidget, session: Session) -> bool:
    """For ``MainWindow.closeEvent``: True when the window may close now.

    During a send it asks first; on yes it cancels and waits for the batches on their way. If their
    answers take longer than ``STOP_TIMEOUT_MS`` it returns False and closes the window itself once the
    send has stopped, so no thread is ever destroyed while running.
    """
    controller = controller_for(session)
    if not controller.is_running():
        return True
    if controller.property("closeWhenDone"):
        return False  # already stopping: the window closes by itself when it has
    tr = QCoreApplication.translate
    if controller.practice:  # the practice CRM closes with the app: nothing could be resumed against it
        text = tr("SendPage", "Contacts are being sent to the practice CRM right now.\n\nStop and close the app? "
                              "The practice CRM closes with the app, so the contacts not sent yet cannot be "
                              "resumed later; you can start a new practice send any time.")
    else:
        text = tr("SendPage", "Contacts are being sent right now.\n\nStop and close the app? Contacts already sent "
                              "stay in the CRM; the rest can be sent later with Resume.")
    answer = QMessageBox.StandardButton.No
    controller.pause()  # nothing new is sent while the person reads the question
    try:
        answer = QMessageBox.question(window, tr("SendPage", "Stop sending and close?"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
    finally:
        if answer != QMessageBox.StandardButton.Yes:
            controller.go_on()
    if answer != QMessageBox.StandardButton.Yes:
        return False
    if controller.stop_and_wait(STOP_TIMEOUT_MS):
        return True
    controller.setProperty("closeWhenDone", True)
    controller.busyChanged.connect(lambda busy: None if busy else window.close())
    return False
