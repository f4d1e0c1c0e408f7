"""Workbooks behind a password, and old Excel files: opened in memory, or named in one sentence.

Excel saves a password-protected workbook as an OLE box around an encrypted package (.xlsx) or
encrypts the .xls streams. A workbook "protected" only with Excel's built-in default password
("VelvetSweatshop", used for read-only-recommended files) opens in Excel without a question, so
we open it the same way. For a real password the person is asked (the window's dialog, the
command line's ``--password-env``); the decrypted bytes stay in memory and are never written.

msoffcrypto-tool (and the cryptography library under it) is imported only here, when a workbook
really is encrypted.
"""

from __future__ import annotations

import io
from pathlib import Path

from core.errors import InputError
from core.words import N_

#: What Excel uses when a workbook is encrypted without the person choosing a password.
DEFAULT_PASSWORD = "VelvetSweatshop"

ASK = N_("The workbook is password-protected; enter its password to open it.")
WRONG = N_("The workbook is password-protected and the password given is not right (passwords are "
           "case-sensitive).")
OLD_EXCEL = N_(
    "This is an old Excel format (Excel 5.0/95 or earlier) that can't be read; "
    "open it in Excel and save it as .xlsx."
)
UNSUPPORTED = N_(
    "The workbook is encrypted in a way that can't be opened here; "
    "open it in Excel, remove the password (File > Info > Protect Workbook) and save it again."
)


class PasswordNeeded(InputError):
    """The workbook needs a password the caller did not give (``wrong`` False) or gave wrongly."""

    def __init__(self, file: str | Path, *, wrong: bool) -> None:
        self.wrong = wrong
        super().__init__(file, WRONG if wrong else ASK)


def ole_streams(data: bytes) -> set[str] | None:
    """Top-level stream names of an OLE box ("Workbook", "Book", "EncryptionInfo"); None if unreadable."""
    import olefile

    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            return {"/".join(entry) for entry in ole.listdir(streams=True, storages=False)}
    except Exception:  # noqa: BLE001 - any parse failure means "not a readable OLE box"
        return None


def is_old_excel(streams: set[str]) -> bool:
    """Excel 5.0/95 keeps its sheets in a "Book" stream; Excel 97 and later call it "Workbook"."""
    names = {s.casefold() for s in streams}
    return "book" in names and "workbook" not in names


def decrypt(path: Path, data: bytes, password: str | None) -> bytes:
    """The decrypted workbook's bytes; raises ``PasswordNeeded`` or ``InputError`` in words.

    The default password is tried first whatever was given, as Excel does; a given password
    next. Nothing touches the disk.
    """
    import msoffcrypto
    from msoffcrypto import exceptions as mexc

    tries = [DEFAULT_PASSWORD] + ([password] if password and password != DEFAULT_PASSWORD else [])
    for attempt in tries:
        out = io.BytesIO()
        try:
            office = msoffcrypto.OfficeFile(io.BytesIO(data))
            if not office.is_encrypted():
                return data
            if type(office).__name__ == "OOXMLFile":  # only it verifies on request; .xls always does
                office.load_key(password=attempt, verify_password=True)
            else:
                office.load_key(password=attempt)
            office.decrypt(out)
        except mexc.InvalidKeyError:
            continue
        except (mexc.DecryptionError, mexc.FileFormatError, mexc.ParseError):
            raise InputError(path, UNSUPPORTED) from None
        except Exception as e:  # noqa: BLE001 - a damaged box surfaces as many kinds of error
            if isinstance(e, (KeyboardInterrupt, MemoryError)):
                raise
            if "password" in str(e).lower() or "key" in str(e).lower():
                continue
            raise InputError(path, UNSUPPORTED) from None
        return out.getvalue()
    raise PasswordNeeded(path, wrong=bool(password) and password != DEFAULT_PASSWORD)
