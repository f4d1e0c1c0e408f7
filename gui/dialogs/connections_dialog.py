"""Connections: add, edit, test and remove the CRM accounts contacts can be sent to.

The API key goes to the OS keyring (or, without one, this session's memory, and the dialog says
so); it is never shown in full, logged, or written to the settings. Test connection asks the CRM
once on a worker thread, so the window never freezes on a slow network.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.mapping.catalog import TARGET_LABELS
from core.redaction import MIN_TOKEN_LENGTH, token_problem
from core.targets.client_base import Connection
from gui.basics.format import link_html
from gui.basics.language import core_text
from gui.basics.resources import icon
from gui.connections import saved as connections
from gui.connections.saved import API_KEY_HELP_URLS, DEFAULT_BASE_URLS, SavedConnection
from gui.sending.worker import ConnectionProblem, test_connection
from gui.session.workers import Job, JobRunner
from gui.widgets.banner import Banner


def check_connection(conn: Connection, *, progress: object = None) -> tuple[bool, str]:
    """Worker side of Test connection: (True, what the CRM said) or (False, the problem in words)."""
    try:
        return True, core_text(test_connection(conn))
    except ConnectionProblem as e:
        return False, core_text(e.message) + (f" ({core_text(e.detail)})" if e.detail else "")


class ConnectionsDialog(QDialog):
    """The list of saved connections on the left, the selected one's details on the right."""

    def __init__(self, parent: QWidget | None = None, target: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionsDialog")
        self.setWindowTitle(self.tr("Connections"))
        self.setMinimumSize(760, 420)
        self.runner = JobRunner(self)
        self._job: Job | None = None
        self._editing: str | None = None  # name of the saved connection in the form (None: a new one)
        self.last_saved: str | None = None
        self._default_target = target if target in DEFAULT_BASE_URLS else "virtuous"

        self.list = QListWidget(self)
        self.list.setObjectName("connectionList")
        self.list.setAccessibleName(self.tr("Saved connections"))
        self.list.currentItemChanged.connect(self._selected)
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.setAccessibleName(self.tr("Add a connection"))
        self.add_button.clicked.connect(self.add_new)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected connection"))
        self.remove_button.clicked.connect(self.remove_selected)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        left.addLayout(row)

        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Connection name"))
        self.name_edit.setPlaceholderText(self.tr("For example: Our HubSpot"))
        self.target_combo = QComboBox(self)
        self.target_combo.setAccessibleName(self.tr("CRM"))
        for key, label in TARGET_LABELS.items():
            self.target_combo.addItem(label, key)
        self.target_combo.currentIndexChanged.connect(self._target_changed)
        self.token_edit = QLineEdit(self)
        self.token_edit.setObjectName("tokenEdit")
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit.setAccessibleName(self.tr("API key or access token"))
        self.token_edit.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhNoPredictiveText)
        self.token_help = QLabel(self)
        self.token_help.setObjectName("hint")
        self.token_help.setWordWrap(True)
        self.key_link = QLabel(self)
        self.key_link.setObjectName("keyHelpLink")
        self.key_link.setOpenExternalLinks(True)
        self.key_link.setTextFormat(Qt.TextFormat.RichText)
        self.key_link.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByKeyboard
                                              | Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.key_link.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.advanced_button = QToolButton(self)
        self.advanced_button.setText(self.tr("Advanced"))
        self.advanced_button.setCheckable(True)
        self.advanced_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_button.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_button.setAccessibleName(self.tr("Show advanced settings"))
        self.advanced_button.toggled.connect(self._advanced_toggled)
        self.url_edit = QLineEdit(self)
        self.url_edit.setAccessibleName(self.tr("API address"))
        self.url_label = QLabel(self.tr("API &address:"), self)
        self.url_label.setBuddy(self.url_edit)

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&CRM:"), self.target_combo)
        form.addRow(self.tr("API &key:"), self.token_edit)
        form.addRow("", self.token_help)
        form.addRow("", self.key_link)
        form.addRow("", self.advanced_button)
        form.addRow(self.url_label, self.url_edit)
        for w in (self.name_edit, self.target_combo, self.token_edit):
            field_label = form.labelForField(w)
            if isinstance(field_label, QLabel):
                field_label.setBuddy(w)

        self.test_button = QPushButton(self.tr("&Test connection"), self)
        self.test_button.setAccessibleName(self.tr("Test the connection"))
        self.test_button.clicked.connect(self.test)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("primaryButton")
        self.save_button.setAccessibleName(self.tr("Save the connection"))
        self.save_button.clicked.connect(self.save)
        self.status = Banner("info", parent=self)
        self.status.setAccessibleName(self.tr("Connection status"))
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.test_button)
        buttons_row.addStretch(1)
        buttons_row.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(buttons_row)
        right.addWidget(self.status)
        right.addStretch(1)

        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addSpacing(12)
        body.addLayout(right, 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(body, 1)
        outer.addWidget(close)

        for a, b in ((self.list, self.add_button), (self.add_button, self.remove_button),
                     (self.remove_button, self.name_edit), (self.name_edit, self.target_combo),
                     (self.target_combo, self.token_edit), (self.token_edit, self.advanced_button),
                     (self.advanced_button, self.url_edit), (self.url_edit, self.test_button),
                     (self.test_button, self.save_button)):
            self.setTabOrder(a, b)
        self._advanced_toggled(False)
        self.reload()

    # -- the list ------------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        """Fill the list from the settings and select ``select`` (else the first; a new form if none)."""
        self.list.blockSignals(True)
        self.list.clear()
        for record in connections.load():
            item = QListWidgetItem(icon("app"), record.label(), self.list)
            item.setData(Qt.ItemDataRole.UserRole, record.name)
        self.list.blockSignals(False)
        names = [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]
        if select in names:
            self.list.setCurrentRow(names.index(select))
        elif names:
            self.list.setCurrentRow(0)
        else:
            self.add_new()
        self.remove_button.setEnabled(bool(names))

    @Slot(QListWidgetItem, QListWidgetItem)
    def _selected(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is None:
            return
        record = connections.find(current.data(Qt.ItemDataRole.UserRole))
        if record is not None:
            self.edit(record)

    def edit(self, record: SavedConnection) -> None:
        """Show a saved connection in the form; its key stays hidden (blank means unchanged)."""
        self._editing = record.name
        self.name_edit.setText(record.name)
        self.target_combo.setCurrentIndex(self.target_combo.findData(record.target))
        self.url_edit.setText(record.base_url)
        self.token_edit.clear()
        token = connections.stored_token(record.name)
        kept = connections.token_kept_for_session(record.name)
        if token:
            self.token_edit.setPlaceholderText(self.tr("Saved ({masked}); leave blank to keep it").format(
                masked=connections.masked(token)))
        else:
            self.token_edit.setPlaceholderText(self.tr("Paste the API key here"))
        self.advanced_button.setChecked(record.base_url.rstrip("/") != DEFAULT_BASE_URLS[record.target])
        self._set_status("")
        if kept is True:
            self._set_status(self.tr("This computer has no password store the app can use, so the key is kept only "
                                     "until the app closes."), "warning")
        elif kept is None:
            self._set_status(self.tr("No API key is saved for this connection on this computer. Paste it above and "
                                     "press Save."), "warning")

    @Slot()
    def add_new(self) -> None:
        """A blank form for a new connection."""
        self._editing = None
        self.list.blockSignals(True)
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self.name_edit.clear()
        self.target_combo.setCurrentIndex(self.target_combo.findData(self._default_target))
        self.url_edit.setText(DEFAULT_BASE_URLS[self._default_target])
        self.token_edit.clear()
        self.token_edit.setPlaceholderText(self.tr("Paste the API key here"))
        self.advanced_button.setChecked(False)
        self._set_status("")
        self.name_edit.setFocus()

    @Slot()
    def remove_selected(self) -> None:
        if self._editing is None:
            return
        name = self._editing
        answer = QMessageBox.question(
            self, self.tr("Remove connection?"),
            self.tr("Remove “{name}”? Its API key is deleted from this computer too. Runs already made are "
                    "kept.").format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        connections.remove(name)
        if self.last_saved == name:
            self.last_saved = None
        self.reload()
        self._set_status(self.tr("“{name}” was removed.").format(name=name))

    # -- the form ------------------------------------------------------------------------------
    def target(self) -> str:
        return str(self.target_combo.currentData())

    @Slot(int)
    def _target_changed(self, _index: int) -> None:
        target = self.target()
        self.token_help.setText(
            self.tr("An API key made in Virtuous by someone allowed to manage its integrations.")
            if target == "virtuous" else
            self.tr("A private app access token (or service key) from your HubSpot settings, allowed to read and "
                    "write contacts."))
        crm = TARGET_LABELS[target]
        link = self.tr("How do I get an API key for {crm}?").format(crm=crm)
        self.key_link.setText(link_html(API_KEY_HELP_URLS[target], link))
        self.key_link.setAccessibleName(link)
        self.key_link.setAccessibleDescription(
            self.tr("Opens {crm}'s instructions in your web browser").format(crm=crm))
        self.key_link.setToolTip(API_KEY_HELP_URLS[target])
        url = self.url_edit.text().strip().rstrip("/")
        if not url or url in DEFAULT_BASE_URLS.values():
            self.url_edit.setText(DEFAULT_BASE_URLS[target])
        self.url_edit.setPlaceholderText(DEFAULT_BASE_URLS[target])

    @Slot(bool)
    def _advanced_toggled(self, shown: bool) -> None:
        self.advanced_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.url_label.setVisible(shown)
        self.url_edit.setVisible(shown)

    def _base_url(self) -> str:
        return (self.url_edit.text().strip() or DEFAULT_BASE_URLS[self.target()]).rstrip("/")

    def _token(self) -> str | None:
        """The key typed, else the one kept for the connection being edited."""
        typed = self.token_edit.text().strip()
        if typed:
            return typed
        return connections.stored_token(self._editing) if self._editing else None

    def _token_problem(self, token: str) -> str | None:
        """A key too short (or with spaces) to be real: refused here, so blanking it can never mangle text."""
        if token_problem(token) is None:
            return None
        return self.tr("This does not look like a whole API key (a real one is at least {n} characters, without "
                       "spaces). Copy it again from the CRM's settings.").format(n=MIN_TOKEN_LENGTH)

    def _set_status(self, text: str, kind: str = "info") -> None:
        self.status.set_kind(kind)
        self.status.set_text(text)
        self.status.setVisible(bool(text))

    def status_text(self) -> str:
        """What the status line says ("" when hidden)."""
        return self.status.text() if not self.status.isHidden() else ""

    @Slot()
    def save(self) -> bool:
        """Save the form; the key goes to the keyring (or memory), everything else to the settings."""
        name = self.name_edit.text().strip()
        problem = connections.validate(name, self.target(), self._base_url(), previous_name=self._editing)
        typed = self.token_edit.text().strip()
        if problem is None and not typed and not (self._editing and connections.stored_token(self._editing)):
            problem = self.tr("Paste the API key for this connection.")
        if problem is None and typed:
            problem = self._token_problem(typed)
        if problem:
            self._set_status(problem, "error")
            return False
        record = SavedConnection(name, self.target(), self._base_url())
        where = connections.save(record, typed or None, previous_name=self._editing)
        self.last_saved = name
        self.reload(select=name)
        if where == "session":
            self._set_status(self.tr("Saved. This computer has no password store the app can use, so the API key "
                                     "is kept only until the app closes; you will be asked for it again next "
                                     "time."), "warning")
        else:
            self._set_status(self.tr("Saved. The API key is kept in this computer's password store, not in the "
                                     "app's settings."), "success")
        return True

    # -- testing -------------------------------------------------------------------------------
    def is_testing(self) -> bool:
        return self._job is not None

    @Slot()
    def test(self) -> None:
        """Ask the CRM once with what the form says, on a worker thread."""
        token = self._token()
        if not token:
            self._set_status(self.tr("Paste the API key first."), "error")
            return
        problem = connections.address_sentence(self._base_url()) or self._token_problem(token)
        if problem:
            self._set_status(problem, "error")
            return
        if self._job is not None:
            return
        conn = Connection(self.target(), self._base_url(), token, name=self.name_edit.text().strip())
        job = Job(check_connection, conn, what=self.tr("testing the connection"))
        job.finished.connect(self._tested)
        job.failed.connect(self._test_failed)
        job.done.connect(self._test_done)
        self._job = job
        self.test_button.setEnabled(False)
        self._set_status(self.tr("Asking {crm}…").format(crm=TARGET_LABELS[self.target()]))
        self.runner.start(job)

    @Slot(object)
    def _tested(self, result: tuple[bool, str]) -> None:
        ok, text = result
        if ok:
            self._set_status(self.tr("Connected. {answer}").format(answer=text), "success")
        else:
            self._set_status(text, "error")

    @Slot(str)
    def _test_failed(self, message: str) -> None:
        self._set_status(message, "error")

    @Slot()
    def _test_done(self) -> None:
        self._job = None
        self.test_button.setEnabled(True)

    def done(self, result: int) -> None:
        """Closing while a test runs: the runner outlives the dialog until the test's thread ends."""
        if self.runner.busy:
            runner = self.runner
            app = QCoreApplication.instance()
            runner.setParent(app)
            runner.busyChanged.connect(lambda busy: None if busy else runner.deleteLater())
            if self._job is not None:  # its answer has nowhere to go now
                self._job.finished.disconnect(self._tested)
                self._job.failed.disconnect(self._test_failed)
                self._job.done.disconnect(self._test_done)
                self._job = None
        super().done(result)


def open_connections(parent: QWidget | None, target: str | None = None) -> str | None:
    """Show the dialog (e.g. from a menu); returns the name of the connection saved last, if any."""
    dialog = ConnectionsDialog(parent, target)
    dialog.exec()
    return dialog.last_saved
