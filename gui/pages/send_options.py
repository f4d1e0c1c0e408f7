"""The Send step's own HubSpot options, and the batches prepared again when one of them changes there.

Two boxes (``gui.widgets``) offer them: ``ModeBox`` (when an email is already in HubSpot) and
``CompanyBox`` (the Companies links: the association label, creating missing companies). Changing
either makes the session drop its batches; this part prepares them again through the builder Preview
shares (``gui.session.batch_builder``), without leaving the step, and shows its progress. It is a part
of ``SendPage`` (which inherits ``SendOptionsPart``), kept apart because it is one concept that the
rest of the page only asks about (``builder.is_busy()``) or switches off while a send goes on.

Its words keep the Send page's translation context ("SendPage"), as when they were written inside it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QWidget

from gui.connections.account_loader import connection_for
from gui.session.batch_builder import BatchBuilder, builder_for
from gui.session.import_session import Session
from gui.session.workers import JobRunner
from gui.widgets.company_box import CompanyBox
from gui.widgets.mode_box import ModeBox
from gui.widgets.progress_row import ProgressRow

if TYPE_CHECKING:
    from gui.pages.base import Page
    from gui.widgets.banner import Banner

    _Host = Page  # for type checkers: the part is always mixed into a Page (SendPage)
else:
    _Host = object


def _tr(text: str) -> str:
    return QCoreApplication.translate("SendPage", text)


class SendOptionsPart(_Host):
    """The mode and Companies boxes, and preparing the batches again (see the module docstring)."""

    mode_box: ModeBox
    company_box: CompanyBox
    builder: BatchBuilder
    build_progress: ProgressRow
    if TYPE_CHECKING:  # the rest of SendPage
        banner: Banner

        def _show_banner(self, kind: str, text: str) -> None: ...

        def _update(self) -> None: ...

    def _add_options(self, session: Session, runner: JobRunner) -> None:
        """The two boxes and the progress of a build, in this order in the page's layout."""
        self.mode_box = ModeBox(session, self)  # HubSpot only
        self.mode_create = self.mode_box.create
        self.mode_upsert = self.mode_box.upsert
        self.layout_.addWidget(self.mode_box)
        self.company_box = CompanyBox(session, self)  # HubSpot, when a column names the company
        self.layout_.addWidget(self.company_box)

        # The batches are prepared again here when the mode changes (the same build as on Preview).
        self.builder = builder_for(session, runner)
        self.builder.connection_for = connection_for  # who exists is asked of this account
        self.build_progress = ProgressRow(self)
        self.build_progress.setObjectName("buildProgress")
        self.build_progress.cancel.hide()  # nothing to send without them: change the mode back instead
        self.layout_.addWidget(self.build_progress)

        b = self.builder
        b.started.connect(self._build_started)
        b.progress.connect(self.build_progress.set_progress)
        b.busyChanged.connect(self._build_busy)
        b.failed.connect(self._build_failed)
        b.outdated.connect(self._rebuild)
        session.modeChanged.connect(self._mode_changed)

    def _chain_option_tabs(self, before: QWidget, after: QWidget) -> None:
        """Tab goes from ``before`` through the options to ``after``."""
        chain = (before, self.mode_create, self.mode_upsert, self.company_box.label, self.company_box.create, after)
        for a, b in zip(chain, chain[1:]):
            self.setTabOrder(a, b)

    def _enable_options(self, enabled: bool) -> None:
        """Off while a send goes on: the batches being sent must not be prepared again under it."""
        self.mode_box.setEnabled(enabled)
        self.company_box.setEnabled(enabled)

    # -- preparing the batches again -------------------------------------------------------------
    @Slot()
    def _rebuild(self) -> None:
        """The batches are gone (the mode changed here): prepare them again without leaving the step."""
        s = self.session
        if self.isVisible() and s.batches is None and s.checked is not None:
            self.builder.start()

    @Slot()
    def _build_started(self) -> None:
        if self.isVisible():
            self.banner.hide()
        self.build_progress.start(_tr("Preparing the batches…"), _tr("contacts"))
        self._update()

    @Slot(bool)
    def _build_busy(self, busy: bool) -> None:
        if not busy:
            self.build_progress.stop()
        self._update()

    @Slot(str)
    def _build_failed(self, message: str) -> None:
        if self.isVisible():
            self._show_banner("error", message)

    @Slot(str)
    def _mode_changed(self, _mode: str) -> None:
        self._rebuild()  # changed back while a build was going on: that build is out of date
