"""What every step page has: a title, an explanation, access to the session and the job runner."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from gui.session.import_session import Session
from gui.session.workers import Job, JobRunner


class Page(QWidget):
    """A step. The window calls ``enter``/``leave`` when it shows or hides the page."""

    def __init__(self, session: Session, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = runner
        self._job: Job | None = None
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(24, 16, 24, 12)
        self.layout_.setSpacing(10)
        self.heading = QLabel(self)
        self.heading.setObjectName("pageTitle")
        self.heading.setAccessibleName(self.tr("Page title"))
        self.intro = QLabel(self)
        self.intro.setObjectName("pageIntro")
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.intro)

    def scrolling_body(self) -> QVBoxLayout:
        """A layout under the heading that scrolls when the window is too small for it (a 1024x700 laptop):
        choices keep their words whole and a table keeps the room its minimum height asks for, instead
        of everything being squeezed. Returns the layout to add the page's widgets to."""
        body = QWidget(self)
        body.setObjectName("pageBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(self.layout_.spacing())
        scroll = QScrollArea(self)
        scroll.setObjectName("pageScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self.layout_.addWidget(scroll, 1)
        return layout

    def set_heading(self, title: str, intro: str = "") -> None:
        self.heading.setText(title)
        self.intro.setText(intro)
        self.intro.setVisible(bool(intro))

    # -- lifecycle -----------------------------------------------------------------------------
    def enter(self) -> None:
        """The page became the current step."""

    def leave(self) -> None:
        """The page stops being the current step."""

    def keeps_step(self) -> bool:
        """True while the page is preparing again what its step needs, so the window stays on it.

        Otherwise a step whose input is gone is left for the last step still ready.
        """
        return False

    # -- background work -----------------------------------------------------------------------
    def is_busy(self) -> bool:
        return self._job is not None

    def start_job(self, job: Job) -> Job:
        """Run ``job``, replacing (and cancelling) this page's previous one."""
        self.cancel_job()
        self._job = job
        return self.runner.start(job)

    def cancel_job(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self._job = None

    def is_current_job(self) -> bool:
        """Inside a job's slot: is this the page's current job (not one replaced or cancelled)?"""
        job = self.sender()
        return job is not None and job is self._job

    def job_ended(self) -> None:
        self._job = None
