"""Asks for the password of an encrypted workbook; the password is only handed back, never stored."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget


class PasswordDialog(QDialog):
    """Read ``password()`` after it is accepted; ``wrong`` says the last one tried did not open it."""

    def __init__(self, file_name: str, wrong: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self.setWindowTitle(self.tr("Password needed"))
        if wrong:
            text = self.tr("That password did not open “{name}”. Passwords are case-sensitive; try again:")
        else:
            text = self.tr("“{name}” is protected by a password. Enter it to open the file "
                           "(it is used only to read the file here and is not saved):")
        intro = QLabel(text.format(name=file_name), self)
        intro.setWordWrap(True)
        self.edit = QLineEdit(self)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(self.tr("Password"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel,
                                   parent=self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.open_button = buttons.button(QDialogButtonBox.StandardButton.Open)
        self.open_button.setEnabled(False)
        self.edit.textChanged.connect(lambda t: self.open_button.setEnabled(bool(t)))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.edit)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def password(self) -> str:
        return self.edit.text()


def ask_password(parent: QWidget, file_name: str, wrong: bool) -> str | None:
    """The password typed in the dialog (kept in memory only by the caller), or None if cancelled."""
    dialog = PasswordDialog(file_name, wrong, parent)
    return dialog.password() if dialog.exec() == PasswordDialog.DialogCode.Accepted else None
