"""The Help and Language menus and the About box: the version, and where the app keeps logs and run journals.

Everything shown comes from ``core.about`` (the command line's ``about`` prints the same facts).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core import APP_NAME
from core.about import LGPL_URL, AboutFacts, about_facts
from gui.basics import settings
from gui.basics.language import LANGUAGES


def _tr(text: str) -> str:
    return QCoreApplication.translate("HelpMenu", text)


class AboutDialog(QDialog):
    """Version, data folder, log file, run journal, and the Qt/PySide6 licence, with ways to open them."""

    def __init__(self, parent: QWidget | None = None, facts: AboutFacts | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        f = facts or about_facts()
        self.facts = f
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        title = QLabel(self.tr("{app} {version}").format(app=APP_NAME, version=f.version), self)
        title.setObjectName("pageTitle")
        self.details = QLabel(self)
        self.details.setObjectName("aboutDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setText("\n".join((
            self.tr("Data folder: {path}").format(path=f.data_folder),
            self.tr("Log file: {path}").format(path=f.log_file),
            self.tr("Run journal (every batch, kept so a run can be resumed): {path}").format(path=f.run_journal),
            self.tr("Saved mappings: {path}").format(path=f.templates_folder),
        )))
        self.details.setAccessibleName(self.tr("Where the app keeps its files"))
        licence = QLabel(self.tr(
            "Made with Qt and PySide6 (Qt for Python), © The Qt Company, used under the GNU Lesser General "
            "Public License version 3. They are separate libraries in this app and can be replaced."), self)
        licence.setObjectName("hint")
        licence.setWordWrap(True)
        licence.setAccessibleName(self.tr("Licence of Qt and PySide6"))
        for w in (title, self.details, licence):
            w.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_folder = QPushButton(self.tr("Open the &data folder"), self)
        self.open_folder.setAccessibleName(self.tr("Open the data folder"))
        self.open_folder.clicked.connect(lambda: self._open(QUrl.fromLocalFile(str(f.data_folder))))
        self.licence_button = QPushButton(self.tr("Read the &licence"), self)
        self.licence_button.setAccessibleName(self.tr("Read the GNU LGPL version 3"))
        self.licence_button.clicked.connect(lambda: self._open(QUrl(LGPL_URL)))
        self.qt_button = QPushButton(self.tr("About &Qt"), self)
        self.qt_button.setAccessibleName(self.tr("About Qt"))
        self.qt_button.clicked.connect(lambda: QMessageBox.aboutQt(self))
        for b in (self.open_folder, self.licence_button, self.qt_button):
            buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.details)
        layout.addWidget(licence)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    @staticmethod
    def _open(url: QUrl) -> None:
        QDesktopServices.openUrl(url)


def install_menus(window: QMainWindow) -> None:
    """Settings → Language, and Help → Where are my files? / About, on the window's menu bar."""
    bar = window.menuBar()
    bar.setAccessibleName(_tr("Menu bar"))
    settings_menu = bar.addMenu(_tr("&Settings"))
    language_menu = settings_menu.addMenu(_tr("&Language"))
    group = QActionGroup(language_menu)
    chosen = settings.language()
    for code, label in (("", _tr("Same as the system")), *LANGUAGES.items()):
        action = QAction(label, language_menu, checkable=True)
        action.setChecked(code == chosen)
        action.setData(code)
        group.addAction(action)
        language_menu.addAction(action)
    group.triggered.connect(lambda action: _language_chosen(window, str(action.data())))

    help_menu = bar.addMenu(_tr("&Help"))
    files = help_menu.addAction(_tr("Where are my files?"))
    files.triggered.connect(lambda: show_files(window))
    about = help_menu.addAction(_tr("&About {app}").format(app=APP_NAME))
    about.triggered.connect(lambda: AboutDialog(window).exec())
    help_menu.addSeparator()
    version = help_menu.addAction(_tr("Version {version}").format(version=about_facts().version))
    version.setEnabled(False)


def show_files(parent: QWidget) -> None:
    f = about_facts()
    QMessageBox.information(parent, _tr("Where are my files?"), "\n\n".join((
        _tr("Log file (what the app did, without any API key):\n{path}").format(path=f.log_file),
        _tr("Run journals (every batch sent, so an interrupted run can be resumed):\n{path}").format(
            path=f.run_journal),
        _tr("Saved mappings:\n{path}").format(path=f.templates_folder),
        _tr("Results files are saved where you choose on the Results step."))))


def _language_chosen(window: QMainWindow, code: str) -> None:
    settings.set_language(code)
    QMessageBox.information(window, _tr("Language"),
                            _tr("The new language is used the next time Contact Importer starts."))
