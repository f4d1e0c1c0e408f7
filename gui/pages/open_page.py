"""Step 1: pick the file (dialog, drop, recent or the practice sample), the sheet and the header row."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.account.model import AccountConfig
from core.mapping.catalog import TARGET_LABELS
from core.pipeline.jobs import FileRead, NeedsPassword, read_job
from core.records import Progress
from gui.basics import settings
from gui.basics.format import fmt_int
from gui.basics.language import core_text
from gui.basics.resources import icon, sample_path
from gui.dialogs.password_dialog import ask_password
from gui.models.peek_model import PeekModel
from gui.pages.base import Page
from gui.session.import_session import Session, Suggestion, suggest_for_table
from gui.session.workers import Job, JobRunner
from gui.widgets.banner import Banner
from gui.widgets.drop_zone import DropZone
from gui.widgets.progress_row import ProgressRow

log = logging.getLogger(__name__)

FILE_FILTER = "*.xlsx *.xlsm *.xlsb *.xls *.ods *.csv *.tsv *.txt"
#: Offered in the encoding picker; any other name Python knows can be typed in.
ENCODINGS = ("UTF-8", "Windows-1252", "Mac Roman", "ISO-8859-1", "ISO-8859-2", "ISO-8859-15", "Windows-1250",
             "Windows-1251", "UTF-16", "Shift-JIS", "GB18030", "Big5", "EUC-KR", "KOI8-R")


def load_and_suggest(path: Path, sheet: str | None, header_row: int | None, *, target: str,
                     account: AccountConfig | None, progress: Progress, password: str | None = None,
                     encoding: str | None = None) -> tuple[FileRead | NeedsPassword, Suggestion | None]:
    """``read_job``, then the mapping suggested for the table read (on the worker: comparing each column's
    values with every field kept the window still for 60–80 ms after a big file was read)."""
    loaded = read_job(path, sheet, header_row, progress=progress, password=password, encoding=encoding)
    if not isinstance(loaded, FileRead):
        return loaded, None
    try:
        return loaded, suggest_for_table(loaded.table, target, account)
    except Exception:  # the file was read: the session suggests again, as it did before this head start
        log.exception("Suggesting a mapping on the worker failed")
        return loaded, None


class OpenPage(Page):
    """Reading happens on a worker thread; the page shows progress and, on failure, the reason in words."""

    def __init__(self, session: Session, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(session, runner, parent)
        self.set_heading(self.tr("Open a spreadsheet"),
                         self.tr("Choose the file with the people you want to add. Nothing is sent anywhere "
                                 "until the Send step, and you can look at everything before that."))
        self._opening: Path | None = None
        self._opening_sample = False

        self.drop_zone = DropZone(self)
        self.drop_zone.chooseClicked.connect(self.choose_file)
        self.drop_zone.sampleClicked.connect(self.open_sample)
        self.drop_zone.sample_button.setVisible(not settings.has_saved_connection())

        target_box = QGroupBox(self.tr("Send the people to"), self)
        self.target_buttons = QButtonGroup(self)
        self.radio = {}
        target_layout = QVBoxLayout(target_box)
        row = QHBoxLayout()
        for target in ("virtuous", "hubspot"):
            radio = QRadioButton(TARGET_LABELS[target], target_box)
            radio.setAccessibleName(self.tr("Send to {crm}").format(crm=TARGET_LABELS[target]))
            self.radio[target] = radio
            self.target_buttons.addButton(radio)
            row.addWidget(radio)
        row.addStretch(1)
        target_layout.addLayout(row)
        self.practice_box = QCheckBox(self.tr("&Practice mode: use a pretend CRM on this computer"), target_box)
        self.practice_box.setAccessibleName(self.tr("Practice mode"))
        self.practice_box.setToolTip(self.tr("Try every step safely: nothing leaves this computer."))
        target_layout.addWidget(self.practice_box)
        self.radio[session.target].setChecked(True)
        self.practice_box.setChecked(session.practice)
        for target, radio in self.radio.items():
            radio.toggled.connect(lambda on, t=target: self._target_picked(t) if on else None)
        self.practice_box.toggled.connect(session.set_practice)
        session.targetChanged.connect(self._on_target)
        session.practiceChanged.connect(self.practice_box.setChecked)

        recent_box = QGroupBox(self.tr("Recent files"), self)
        self.recent = QListWidget(recent_box)
        self.recent.setAccessibleName(self.tr("Recent files"))
        # One click opens a file again (a double-click nobody is told about was missed); Enter too.
        self.recent.itemClicked.connect(self._recent_activated)
        self.recent.itemActivated.connect(self._recent_activated)
        recent_layout = QVBoxLayout(recent_box)
        self.recent_hint = QLabel(self.tr("Click a file to open it again."), recent_box)
        self.recent_hint.setObjectName("hint")
        self.recent_hint.setWordWrap(True)
        self.recent.setToolTip(self.recent_hint.text())
        recent_layout.addWidget(self.recent_hint)
        recent_layout.addWidget(self.recent)
        # Two lines at least: once a file is open its first rows below need the height more.
        self.recent.setMinimumHeight(self.recent.fontMetrics().height() * 2 + 16)
        self.no_recent = QLabel(self.tr("Files you open will be listed here."), recent_box)
        self.no_recent.setObjectName("hint")
        self.no_recent.setWordWrap(True)
        recent_layout.addWidget(self.no_recent)

        side = QVBoxLayout()
        side.addWidget(target_box)
        side.addWidget(recent_box, 1)
        top = QHBoxLayout()
        top.addWidget(self.drop_zone, 3)
        top.addLayout(side, 2)
        self._top = top
        self.body_ = self.layout_
        self.body_.addLayout(top, 1)  # fills the page until a file is loaded, then gives way

        self.progress = ProgressRow(self)
        self.progress.cancelClicked.connect(self.cancel_loading)
        self.body_.addWidget(self.progress)
        self.error = Banner("error", parent=self)
        self.error.hide()
        self.body_.addWidget(self.error)

        self.loaded = QWidget(self)
        loaded_layout = QVBoxLayout(self.loaded)
        loaded_layout.setContentsMargins(0, 0, 0, 0)
        line = QHBoxLayout()
        self.file_label = QLabel(self.loaded)
        self.file_label.setObjectName("fileLabel")
        line.addWidget(self.file_label, 1)
        self.sheet_label = QLabel(self.tr("&Sheet:"), self.loaded)
        self.sheet_combo = QComboBox(self.loaded)
        self.sheet_combo.setAccessibleName(self.tr("Sheet"))
        self.sheet_combo.setMinimumWidth(160)
        self.sheet_label.setBuddy(self.sheet_combo)
        self.sheet_combo.activated.connect(self._sheet_picked)
        line.addWidget(self.sheet_label)
        line.addWidget(self.sheet_combo)
        self.encoding_label = QLabel(self.tr("Te&xt encoding:"), self.loaded)
        self.encoding_combo = QComboBox(self.loaded)
        self.encoding_combo.setEditable(True)  # any encoding Python knows: type its name
        self.encoding_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.encoding_combo.addItems(list(ENCODINGS))
        self.encoding_combo.setAccessibleName(self.tr("Text encoding"))
        self.encoding_combo.setToolTip(self.tr("How the file's letters were saved. If names look wrong "
                                               "(JosÃ©, JosŽ), pick another; the file is read again."))
        self.encoding_combo.setMinimumWidth(140)
        self.encoding_label.setBuddy(self.encoding_combo)
        self.encoding_combo.activated.connect(self._encoding_picked)
        line.addWidget(self.encoding_label)
        line.addWidget(self.encoding_combo)
        line.addSpacing(16)
        header_label = QLabel(self.tr("Column &names are in row:"), self.loaded)
        self.header_spin = QSpinBox(self.loaded)
        self.header_spin.setAccessibleName(self.tr("Row with the column names"))
        self.header_spin.setRange(1, 1)
        header_label.setBuddy(self.header_spin)
        line.addWidget(header_label)
        line.addWidget(self.header_spin)
        loaded_layout.addLayout(line)
        self.peek_hint = QLabel(self.tr("Here are the first rows as they are in the file. If the column names "
                                        "are not in the highlighted row, click the row that has them."), self.loaded)
        self.peek_hint.setObjectName("hint")
        self.peek_hint.setWordWrap(True)
        loaded_layout.addWidget(self.peek_hint)
        self.peek_model = PeekModel(self)
        self.peek_view = QTableView(self.loaded)
        self.peek_view.setObjectName("peekView")
        self.peek_view.setAccessibleName(self.tr("First rows of the file"))
        self.peek_view.setModel(self.peek_model)
        self.peek_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.peek_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.peek_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.peek_view.setWordWrap(False)
        self.peek_view.setTabKeyNavigation(False)
        self.peek_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.peek_view.verticalHeader().setDefaultSectionSize(self.peek_view.fontMetrics().height() + 8)
        self.peek_view.horizontalHeader().setDefaultSectionSize(130)
        rows = self.peek_view.verticalHeader().defaultSectionSize()  # room for five rows at least
        self.peek_view.setMinimumHeight(rows * 5 + self.peek_view.horizontalHeader().sizeHint().height() + 24)
        self.peek_view.clicked.connect(self._peek_clicked)
        loaded_layout.addWidget(self.peek_view, 1)
        self.notes = QLabel(self.loaded)
        self.notes.setObjectName("hint")
        self.notes.setWordWrap(True)
        loaded_layout.addWidget(self.notes)
        self.loaded.hide()
        self.body_.addWidget(self.loaded, 1)

        self._header_timer = QTimer(self)
        self._header_timer.setSingleShot(True)
        self._header_timer.setInterval(600)
        self._header_timer.timeout.connect(self._header_row_settled)
        self.header_spin.valueChanged.connect(self._header_timer.start)
        session.sourceChanged.connect(self._show_source)
        self.refresh_recent()

    # -- opening -------------------------------------------------------------------------------
    @Slot()
    def choose_file(self) -> None:
        """Ask for a file, starting in the folder used last time."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a spreadsheet"), settings.last_folder(),
                                              self.tr("Spreadsheets ({patterns});;All files (*)").format(
                                                  patterns=FILE_FILTER))
        if path:
            self.open_file(path)

    @Slot()
    def open_sample(self) -> None:
        """The practice spreadsheet; practice mode goes on with it, so nothing real is touched."""
        self.session.set_practice(True)
        self.open_file(sample_path(), sample=True)

    def open_file(self, path: str | Path, sheet: str | None = None, header_row: int | None = None,
                  sample: bool = False, *, password: str | None = None, encoding: str | None = None) -> Job:
        """Read ``path`` in the background; the session changes when (and only if) it worked.

        The password and encoding stay with the file for re-reading it (another sheet or header
        row), in memory only, until another file is opened.
        """
        path = Path(path)
        if path != getattr(self, "_source_path", None):
            self._source_path, self._password, self._encoding = path, None, None
        self._password = password if password is not None else self._password
        self._encoding = encoding if encoding is not None else self._encoding
        self._opening = path
        self._opening_args = (sheet, header_row)
        self._opening_sample = sample or path == sample_path()
        self.error.hide()
        job = Job(load_and_suggest, path, sheet, header_row, target=self.session.target,
                  account=self.session.checking_account(),
                  password=self._password, encoding=self._encoding,
                  what=self.tr("reading {name}").format(name=path.name))
        job.progress.connect(self.progress.set_progress)
        job.finished.connect(self._loaded)
        job.failed.connect(self._load_failed)
        job.cancelled.connect(self._load_cancelled)
        self.progress.start(self.tr("Reading {name}…").format(name=path.name), self.tr("rows"))
        return self.start_job(job)

    @Slot()
    def cancel_loading(self) -> None:
        self.cancel_job()
        self.progress.stop()

    @Slot(object)
    def _loaded(self, result: tuple[FileRead | NeedsPassword, Suggestion | None]) -> None:
        if not self.is_current_job():
            return
        loaded, suggested = result
        self.job_ended()
        self.progress.stop()
        if isinstance(loaded, NeedsPassword):
            password = self.ask_password(loaded.path.name, loaded.wrong)
            if password:
                sheet, header_row = self._opening_args
                self.open_file(loaded.path, sheet, header_row, password=password)
            else:
                self._show_failure(loaded.message)
            return
        settings.add_recent_file(loaded.path)  # the sample too: a person looks for it there next time
        if not self._opening_sample:
            settings.set_last_folder(loaded.path.parent)
            settings.set_first_start_done()
        self.refresh_recent()
        self.session.set_loaded(loaded.path, loaded.sheets, loaded.sheet, loaded.peek, loaded.detected_header_row,
                                loaded.table, loaded.samples, encoding=self._encoding, password=self._password,
                                suggested=suggested)

    def ask_password(self, file_name: str, wrong: bool) -> str | None:
        """The password from a dialog, or None if the person cancelled."""
        return ask_password(self, file_name, wrong)

    @Slot(int)
    def _encoding_picked(self, index: int) -> None:
        name = self.encoding_combo.currentText().strip()
        table = self.session.table
        if self.session.path is not None and table is not None and name and name != table.encoding:
            self.open_file(self.session.path, encoding=name)

    @Slot(str)
    def _load_failed(self, message: str) -> None:
        if not self.is_current_job():
            return
        self.job_ended()
        self._show_failure(message)

    def _show_failure(self, message: str) -> None:
        """Say why the file could not be read. A file already open stays open (and says so): a wrong file
        picked by mistake costs nothing of the work done on the one before."""
        self.progress.stop()
        s = self.session
        if s.path is not None and self._opening != s.path:
            message += "\n" + self.tr("{name} is still open.").format(name=s.path.name)
            # Re-reading it (another sheet, another header row) reads it as before.
            self._source_path, self._password, self._encoding = s.path, s.source_password, s.source_encoding
        self.error.set_text(message)
        self.error.show()

    @Slot()
    def _load_cancelled(self) -> None:
        if self.is_current_job():
            self.job_ended()
            self.progress.stop()

    # -- showing what was read -----------------------------------------------------------------
    @Slot()
    def _show_source(self) -> None:
        s = self.session
        self.drop_zone.set_compact(s.table is not None)
        self.recent_hint.setVisible(s.table is None and self.recent.count() > 0)
        if s.table is None:
            self.loaded.hide()
            self.body_.setStretchFactor(self._top, 1)
            return
        self.body_.setStretchFactor(self._top, 0)
        table = s.table
        one_row = len(table.records) == 1
        self.file_label.setText((self.tr("{name}: {rows} row, {cols} columns") if one_row else
                                 self.tr("{name}: {rows} rows, {cols} columns")).format(
            name=table.path.name, rows=fmt_int(len(table.records)), cols=fmt_int(len(table.headers))))
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        for info in s.sheets:
            label = self.tr("{name} (hidden)").format(name=info.name) if info.hidden else info.name
            self.sheet_combo.addItem(label, info.name)
        index = self.sheet_combo.findData(s.sheet)
        self.sheet_combo.setCurrentIndex(max(index, 0))
        self.sheet_combo.blockSignals(False)
        has_sheets = bool(s.sheets)
        self.sheet_combo.setVisible(has_sheets)
        self.sheet_label.setVisible(has_sheets)
        self.encoding_combo.setVisible(table.encoding is not None)
        self.encoding_label.setVisible(table.encoding is not None)
        if table.encoding is not None:
            self.encoding_combo.setCurrentText(table.encoding)
        self.header_spin.blockSignals(True)
        self.header_spin.setRange(1, max(len(s.peek), s.header_row or 1, 1))
        self.header_spin.setValue(s.header_row or 1)
        self.header_spin.blockSignals(False)
        self.peek_model.set_rows(s.peek, s.header_row, s.detected_header_row)
        self.notes.setText("  ·  ".join(core_text(note) for note in table.notes))
        self.loaded.show()

    @Slot(int)
    def _sheet_picked(self, index: int) -> None:
        sheet = self.sheet_combo.itemData(index)
        if self.session.path is not None and sheet != self.session.sheet:
            self.open_file(self.session.path, sheet=sheet)

    @Slot(QModelIndex)
    def _peek_clicked(self, index: QModelIndex) -> None:
        row = index.row() + 1
        self.header_spin.blockSignals(True)
        self.header_spin.setValue(row)
        self.header_spin.blockSignals(False)
        self._header_timer.stop()
        self._reread_with_header(row)

    @Slot()
    def _header_row_settled(self) -> None:
        self._reread_with_header(self.header_spin.value())

    def _reread_with_header(self, row: int) -> None:
        if self.session.path is not None and row != self.session.header_row:
            self.peek_model.set_header_row(row)
            self.open_file(self.session.path, sheet=self.session.sheet, header_row=row)

    # -- target, practice, recent files --------------------------------------------------------
    def _target_picked(self, target: str) -> None:
        settings.set_last_target(target)
        self.session.set_target(target)

    @Slot(str)
    def _on_target(self, target: str) -> None:
        self.radio[target].setChecked(True)

    def refresh_recent(self) -> None:
        self.recent.clear()
        sample = str(sample_path())
        for path in settings.recent_files():
            name = Path(path).name
            if path == sample:
                name = self.tr("{name} (the practice sample)").format(name=name)
            item = QListWidgetItem(icon("file"), name)
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            self.recent.addItem(item)
        self.no_recent.setVisible(self.recent.count() == 0)
        self.recent.setVisible(self.recent.count() > 0)
        self.recent_hint.setVisible(self.recent.count() > 0 and self.session.table is None)

    @Slot(QListWidgetItem)
    def _recent_activated(self, item: QListWidgetItem) -> None:
        self.open_file(item.data(Qt.ItemDataRole.UserRole))

    def enter(self) -> None:
        self.drop_zone.sample_button.setVisible(not settings.has_saved_connection())
