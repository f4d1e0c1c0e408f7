"""The one window: a step bar, the current step's page, Back/Next, and banners that matter everywhere.

Steps: Open → Map → Check → Preview → Send → Results. A step is enabled once what it needs exists in
the session (a table, a mapping, checked rows, batches, results), so a person can go back and forth
freely but never forward into something half-made.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, QTimer, Slot
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.mapping import templates
from core.mapping.catalog import TARGET_LABELS
from core.mapping.model import Mapping
from gui.basics import settings
from gui.basics.resources import icon
from gui.dialogs.connections_dialog import open_connections
from gui.pages.base import Page
from gui.pages.check_page import CheckPage
from gui.pages.mapping_page import MappingPage
from gui.pages.open_page import OpenPage
from gui.pages.preview_page import PreviewPage
from gui.pages.results_page import ResultsPage
from gui.pages.send_page import SendPage
from gui.sending.closing import confirm_close
from gui.session.import_session import Session
from gui.session.workers import JobRunner, warm_up_soon
from gui.shell.help_menu import install_menus
from gui.shell.run_actions import open_run_history
from gui.widgets.banner import Banner
from gui.widgets.step_bar import StepBar

OPEN, MAP, CHECK, PREVIEW, SEND, RESULTS = range(6)


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


@dataclass(frozen=True)
class Step:
    """A step: its page class, its name in the step bar, and what it needs from the session."""

    page: type[Page]
    title: str
    ready: Callable[[Session], bool]
    waiting: str  # why it is not ready yet, for the hint beside Next


#: The Send/Results engineer swaps in real page classes here.
_T = cast(Callable[[str, str], str], QT_TRANSLATE_NOOP)  # typed: it gives back the text
STEPS: list[Step] = [
    Step(OpenPage, _T("MainWindow", "Open"), lambda s: True, ""),
    Step(MappingPage, _T("MainWindow", "Map"), lambda s: s.table is not None,
         _T("MainWindow", "Open a spreadsheet to go on.")),
    Step(CheckPage, _T("MainWindow", "Check"), lambda s: s.table is not None and s.mapping is not None,
         _T("MainWindow", "Open a spreadsheet to go on.")),
    Step(PreviewPage, _T("MainWindow", "Preview"), lambda s: s.checked is not None,
         _T("MainWindow", "Wait for the check to finish.")),
    Step(SendPage, _T("MainWindow", "Send"), lambda s: s.batches is not None,
         _T("MainWindow", "Wait for the batches to be prepared.")),
    Step(ResultsPage, _T("MainWindow", "Results"), lambda s: s.results is not None,
         _T("MainWindow", "Results appear after sending.")),
]


class MainWindow(QMainWindow):
    """Owns the session and the job runner; pages are created once and kept."""

    def __init__(self, session: Session | None = None) -> None:
        super().__init__()
        practice_default = not settings.has_saved_connection()
        self.session = session or Session(settings.last_target(), practice_default, self)
        self.runner = JobRunner(self)
        warm_up_soon(self)
        self.setObjectName("mainWindow")
        self.setWindowIcon(icon("app"))
        self.setAcceptDrops(True)
        self.setMinimumSize(QSize(900, 600))

        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._build_header())
        self.step_bar = StepBar([_tr(s.title) for s in STEPS], central)
        self.step_bar.stepClicked.connect(self.go_to)
        outer.addWidget(self.step_bar)

        banners = QVBoxLayout()
        banners.setContentsMargins(24, 8, 24, 0)
        banners.setSpacing(6)
        self.practice_banner = Banner("practice", parent=central)
        self.offer_banner = Banner("info", parent=central)
        self.offer_banner.hide()
        banners.addWidget(self.practice_banner)
        banners.addWidget(self.offer_banner)
        outer.addLayout(banners)
        self._offer: tuple[templates.Template, Mapping] | None = None

        self.stack = QStackedWidget(central)
        self.pages: list[Page] = []
        for step in STEPS:
            page = step.page(self.session, self.runner, self.stack)
            self.pages.append(page)
            self.stack.addWidget(page)
        outer.addWidget(self.stack, 1)
        outer.addWidget(self._build_footer())
        self.setCentralWidget(central)
        install_menus(self)

        for key, slot in (("Alt+Right", self.go_next), ("Ctrl+PgDown", self.go_next), ("Alt+Left", self.go_back),
                          ("Ctrl+PgUp", self.go_back), (QKeySequence.StandardKey.Open, self.choose_file)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)

        cast(CheckPage, self.pages[CHECK]).mapColumn.connect(self._map_column)
        s = self.session
        for signal in (s.tableChanged, s.mappingChanged, s.checkedChanged, s.batchesChanged, s.resultsChanged,
                       s.targetChanged):
            signal.connect(self._session_changed)
        s.practiceChanged.connect(self._practice_changed)
        s.targetChanged.connect(self._target_changed)
        s.tableChanged.connect(self._offer_template)
        s.targetChanged.connect(self._offer_template)
        s.mappingChanged.connect(self._mapping_changed)
        self._current = OPEN
        self.step_bar.set_current(OPEN)
        self._practice_changed(s.practice)
        self._session_changed()
        geometry = settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1180, 780)
        self.pages[OPEN].enter()

    # -- building ------------------------------------------------------------------------------
    def _build_header(self) -> QWidget:
        header = QWidget(self)
        header.setObjectName("header")
        layout = QHBoxLayout(header)
        layout.setContentsMargins(20, 10, 20, 6)
        logo = QLabel(header)
        logo.setPixmap(icon("app").pixmap(QSize(28, 28)))
        title = QLabel(_tr("Contact Importer"), header)
        title.setObjectName("appTitle")
        self.file_label = QLabel(header)
        self.file_label.setObjectName("hint")
        self.practice_badge = QLabel(_tr("PRACTICE"), header)
        self.practice_badge.setObjectName("practiceBadge")
        self.practice_badge.setToolTip(_tr("Practice mode: nothing leaves this computer"))
        self.target_label = QLabel(header)
        self.target_label.setObjectName("targetLabel")
        layout.addWidget(logo)
        layout.addWidget(title)
        layout.addSpacing(12)
        layout.addWidget(self.file_label, 1)
        for text, slot in ((_tr("Connections…"), self._open_connections), (_tr("Run history…"), self._open_history)):
            button = QPushButton(text, header)
            button.setAccessibleName(text)
            button.clicked.connect(slot)
            layout.addWidget(button)
        layout.addWidget(self.target_label)
        layout.addWidget(self.practice_badge)
        return header

    @Slot()
    def _open_connections(self) -> None:
        open_connections(self, self.session.target)

    @Slot()
    def _open_history(self) -> None:
        open_run_history(self)

    def _build_footer(self) -> QWidget:
        footer = QWidget(self)
        footer.setObjectName("footer")
        layout = QHBoxLayout(footer)
        layout.setContentsMargins(24, 10, 24, 12)
        self.back_button = QPushButton(icon("back"), _tr("Back"), footer)
        self.back_button.setAccessibleName(_tr("Back to the previous step"))
        self.back_button.setToolTip(_tr("Previous step (Alt+Left)"))
        self.back_button.clicked.connect(self.go_back)
        self.hint = QLabel(footer)
        self.hint.setObjectName("hint")
        self.next_button = QPushButton(icon("next"), "", footer)
        self.next_button.setObjectName("primaryButton")
        self.next_button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # arrow after the words
        self.next_button.setToolTip(_tr("Next step (Alt+Right)"))
        self.next_button.setDefault(False)
        self.next_button.setAutoDefault(False)
        self.next_button.clicked.connect(self.go_next)
        layout.addWidget(self.back_button)
        layout.addStretch(1)
        layout.addWidget(self.hint)
        layout.addSpacing(12)
        layout.addWidget(self.next_button)
        return footer

    # -- navigation ----------------------------------------------------------------------------
    @property
    def current_step(self) -> int:
        return self._current

    def page(self, step: int) -> Page:
        return self.pages[step]

    def show_results_step(self) -> ResultsPage:
        """Move to the Results step (a run picked or resumed outside it is shown there) and return it."""
        page = self.pages[RESULTS]
        assert isinstance(page, ResultsPage)
        self.go_to(RESULTS)
        return page

    def step_ready(self, step: int) -> bool:
        return STEPS[step].ready(self.session)

    def _map_column(self, column: str) -> None:
        """The Check step's "Map it to…": back to the Map step with that column's field list open."""
        if self.go_to(MAP):
            page = cast(MappingPage, self.pages[MAP])
            QTimer.singleShot(0, lambda: page.open_picker_for(column))

    @Slot(int)
    def go_to(self, step: int) -> bool:
        """Show ``step`` if it is ready; returns whether it is now shown."""
        if not 0 <= step < len(STEPS) or not self.step_ready(step):
            self.step_bar.set_current(self._current)
            return False
        if step != self._current:
            self.pages[self._current].leave()
            self._current = step
            self.stack.setCurrentIndex(step)
            self.pages[step].enter()
        self.step_bar.set_current(step)
        self._update_nav()
        return True

    @Slot()
    def go_next(self) -> None:
        self.go_to(self._current + 1)

    @Slot()
    def go_back(self) -> None:
        if self._current > 0:
            self.go_to(self._current - 1)

    @Slot()
    def choose_file(self) -> None:
        self.go_to(OPEN)
        self.open_page.choose_file()

    @property
    def open_page(self) -> OpenPage:
        page = self.pages[OPEN]
        assert isinstance(page, OpenPage)
        return page

    def open_file(self, path: str | Path) -> None:
        """Open a file as if chosen on the Open page (drops and the command line come here)."""
        self.go_to(OPEN)
        self.open_page.open_file(path)

    # -- following the session -----------------------------------------------------------------
    @Slot()
    def _session_changed(self, *_args: object) -> None:
        # A page preparing its input again in place (Send, after the mode changed there) is not left.
        kept = self.pages[self._current].keeps_step()
        for i in range(len(STEPS)):
            self.step_bar.set_step_enabled(i, self.step_ready(i) or (kept and i == self._current))
        if not self.step_ready(self._current) and not kept:
            # What this page showed is gone (a new file, say): go back to the last step still valid.
            self.go_to(max(i for i in range(self._current + 1) if self.step_ready(i)))
        s = self.session
        name = s.path.name if s.path else ""
        self.file_label.setText(name)
        self.setWindowTitle(_tr("Contact Importer") + (f" — {name}" if name else ""))
        self._update_nav()

    def _update_nav(self) -> None:
        i = self._current
        self.back_button.setEnabled(i > 0)
        self.back_button.setVisible(i > 0)
        has_next = i + 1 < len(STEPS)
        self.next_button.setVisible(has_next)
        if has_next:
            self.next_button.setText(_tr("Next: {step}").format(step=_tr(STEPS[i + 1].title)))
            ready = self.step_ready(i + 1)
            self.next_button.setEnabled(ready)
            self.next_button.setAccessibleName(self.next_button.text())
            self.hint.setText("" if ready else _tr(STEPS[i + 1].waiting))
        else:
            self.hint.clear()
        crm = TARGET_LABELS[self.session.target]
        self.target_label.setText(_tr("Sending to {crm}").format(crm=crm))

    @Slot(bool)
    def _practice_changed(self, practice: bool) -> None:
        crm = TARGET_LABELS[self.session.target]
        self.practice_banner.set_text(_tr("Practice — nothing leaves this computer. Contacts go to a pretend {crm} "
                                          "inside this app, so you can try every step safely.").format(crm=crm))
        self.practice_banner.setVisible(practice)
        self.practice_badge.setVisible(practice)

    @Slot(str)
    def _target_changed(self, _target: str) -> None:
        self._practice_changed(self.session.practice)  # the banner names the CRM

    @Slot(object)
    def _mapping_changed(self, _mapping: object) -> None:
        if self.session.template_name:
            self.offer_banner.hide()

    # -- saved mapping offer -------------------------------------------------------------------
    @Slot()
    def _offer_template(self, *_args: object) -> None:
        table = self.session.table
        self._offer = None
        self.offer_banner.hide()
        if table is None:
            return
        found = templates.matching_template(table.headers, self.session.target)
        if found is None:
            return
        template, _mapping = found
        self._offer = found
        self.offer_banner.clear_actions()
        self.offer_banner.set_text(_tr("This file has the same columns as your saved mapping “{name}”. "
                                       "Use it?").format(name=template.name))
        self.offer_banner.add_action(_tr("Use “{name}”").format(name=template.name), self.accept_template,
                                     "useTemplate")
        self.offer_banner.add_action(_tr("No, thanks"), self.offer_banner.hide, "dismissTemplate")
        self.offer_banner.show()

    @Slot()
    def accept_template(self) -> None:
        if self._offer is not None:
            template, mapping = self._offer
            self.session.set_mapping(mapping, template.name)
        self.offer_banner.hide()

    # -- drag and drop -------------------------------------------------------------------------
    @staticmethod
    def _dropped_file(event: QDragEnterEvent | QDropEvent) -> str | None:
        mime = event.mimeData()
        if not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile():
                return url.toLocalFile()
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if self._dropped_file(event):
            event.acceptProposedAction()
            self.open_page.drop_zone.set_hovering(True)
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802 - Qt override
        self.open_page.drop_zone.set_hovering(False)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        self.open_page.drop_zone.set_hovering(False)
        path = self._dropped_file(event)
        if path:
            event.acceptProposedAction()
            self.open_file(path)
        else:
            event.ignore()

    # -- closing -------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not confirm_close(self, self.session):  # asks during a send; yes = cancel and wait for the thread
            event.ignore()
            return
        settings.set_window_geometry(self.saveGeometry())
        self.runner.shutdown()
        super().closeEvent(event)
