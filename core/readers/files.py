"""Check a path before parsing, so a person gets "this is a PDF" instead of a parser traceback.

Files reach us misnamed (a PDF or a web page saved as .xlsx), encrypted, half-copied or locked
by Excel; the first bytes tell most of these apart, and the OS errors tell the rest.
"""

from __future__ import annotations

import errno
import os
from enum import Enum
from pathlib import Path

from core.errors import InputError
from core.words import N_

WORKBOOK_EXTENSIONS = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")
TEXT_EXTENSIONS = (".csv", ".tsv", ".txt")
SUPPORTED = ", ".join(WORKBOOK_EXTENSIONS + TEXT_EXTENSIONS)

ZIP_MAGIC = b"PK\x03\x04"
EMPTY_ZIP_MAGIC = b"PK\x05\x06"
OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
PDF_MAGIC = b"%PDF"
#: The first record of an Excel 2.x/3.0/4.0 file (BOF, BIFF2-4), which is not an OLE box, and of a
#: bare BIFF5/8 stream taken out of one; its 2-byte length follows.
OLD_BIFF_BOF = (b"\x09\x00", b"\x09\x02", b"\x09\x04", b"\x09\x08")

FOLDER = N_("This is a folder, not a spreadsheet file; choose a file inside it.")
LOCKED = N_("The file is open in another program, such as Excel, or you have no permission to read it: "
            "close it there and try again.")
DAMAGED = N_(
    "The workbook is damaged or incomplete and could not be opened; "
    "open it in Excel and save a fresh copy."
)
ENCRYPTED = N_(
    "The workbook is password-protected; remove the password in Excel "
    "(File > Info > Protect Workbook) and save it again."
)


class Content(Enum):
    """What the first bytes say the file really is, whatever its name."""

    ZIP = "zip"  # .xlsx, .xlsm, .xlsb, .ods (and .docx, .zip...)
    OLE = "ole"  # .xls, or an encrypted .xlsx
    PDF = "pdf"
    MARKUP = "markup"  # HTML or XML "spreadsheets" from web exports
    OLD_EXCEL = "old-excel"  # Excel 2.x-4.0 workbooks (BIFF2-4)
    OTHER = "other"


def check_file(path: str | Path) -> tuple[Path, str, Content]:
    """Fail early, in words, on anything that is not a readable, non-empty file we support.

    Returns the path, its lower-case extension and what its content looks like.
    """
    p = Path(path)
    try:
        st = p.stat()
    except FileNotFoundError:
        raise InputError(p, N_("The file does not exist; it may have been moved, renamed or deleted.")) from None
    except PermissionError:
        raise InputError(p, LOCKED) from None
    except OSError as e:
        raise InputError(p, N_("The file could not be read ({detail}).").format(detail=_os_reason(e))) from None
    if p.is_dir():
        raise InputError(p, FOLDER)

    ext = p.suffix.lower()
    if ext not in WORKBOOK_EXTENSIONS and ext not in TEXT_EXTENSIONS:
        shown = f"'{ext}'" if ext else N_("no extension")
        raise InputError(p, N_("Files with {what} can't be read; use one of {formats}.").format(
            what=shown, formats=SUPPORTED))
    if st.st_size == 0:
        raise InputError(p, N_("The file is empty (0 bytes)."))

    head = read_head(p, 512)
    content = sniff(head)
    if ext in WORKBOOK_EXTENSIONS:
        _check_workbook_content(p, ext, content, _looks_like_text(head), head)
    elif content in (Content.ZIP, Content.OLE, Content.PDF, Content.OLD_EXCEL):
        kind = N_("a PDF") if content is Content.PDF else N_("a workbook or other binary file")
        raise InputError(p, N_("This is {what}, not a text file, despite its {ext} name.").format(what=kind, ext=ext))
    return p, ext, content


def read_head(path: Path, size: int) -> bytes:
    """First bytes of the file, turning OS errors (a lock held by Excel) into InputError."""
    try:
        with open(path, "rb") as f:
            return f.read(size)
    except PermissionError:
        raise InputError(path, LOCKED) from None
    except IsADirectoryError:
        raise InputError(path, FOLDER) from None
    except OSError as e:
        raise InputError(path, N_("The file could not be read ({detail}).").format(detail=_os_reason(e))) from None


def sniff(head: bytes) -> Content:
    if head.startswith((ZIP_MAGIC, EMPTY_ZIP_MAGIC)):
        return Content.ZIP
    if head.startswith(OLE_MAGIC):
        return Content.OLE
    if head.startswith(PDF_MAGIC):
        return Content.PDF
    if _is_biff_bof(head):
        return Content.OLD_EXCEL
    stripped = head.lstrip(b"\xef\xbb\xbf\xff\xfe\x00 \t\r\n")
    if stripped.startswith(b"<"):
        return Content.MARKUP
    return Content.OTHER


def _is_biff_bof(head: bytes) -> bool:
    """A BOF record: known length, and a substream type (workbook, sheet, chart, macro) after it."""
    if len(head) < 8 or head[:2] not in OLD_BIFF_BOF:
        return False
    size = int.from_bytes(head[2:4], "little")
    kind = int.from_bytes(head[6:8], "little")
    return size in (4, 6, 8, 16) and kind in (0x0005, 0x0010, 0x0020, 0x0040, 0x0100)


#: First bytes of the images people mistake for (or save as) a spreadsheet.
_IMAGES = (b"\x89PNG", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"BM", b"II*\x00", b"MM\x00*")


def really_is(p: Path, content: Content, head: bytes) -> str | None:
    """What a file given a workbook's name really is, when it is plainly something else: "a Word
    document", "a PowerPoint presentation", "a zip archive", "an image"; None for a workbook (or when
    unsure: then the reader decides). Only a zip's list of names or an OLE box's streams are read."""
    if content is Content.ZIP:
        import zipfile

        try:
            with zipfile.ZipFile(p) as z:
                names = set(z.namelist()[:2000])
                mimetype = z.read("mimetype")[:100] if "mimetype" in names else b""
        except (zipfile.BadZipFile, OSError, KeyError, RuntimeError, ValueError):
            return None
        if b"opendocument.text" in mimetype:
            return N_("a text document (OpenDocument)")
        if b"opendocument.presentation" in mimetype:
            return N_("a presentation (OpenDocument)")
        if any(n.startswith(("xl/", "content.xml")) for n in names) or b"spreadsheet" in mimetype:
            return None
        if "word/document.xml" in names:
            return N_("a Word document")
        if "ppt/presentation.xml" in names:
            return N_("a PowerPoint presentation")
        return N_("a zip archive") if "[Content_Types].xml" not in names else None
    if content is Content.OLE:
        try:
            import olefile

            with olefile.OleFileIO(str(p)) as ole:
                streams = {"/".join(e) for e in ole.listdir()}
        except Exception:  # noqa: BLE001 - not readable as an OLE box: the workbook reader says why
            return None
        if "WordDocument" in streams:
            return N_("a Word document")
        if "PowerPoint Document" in streams:
            return N_("a PowerPoint presentation")
        return None
    if head.startswith(_IMAGES) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return N_("an image")
    return None


def _check_workbook_content(p: Path, ext: str, content: Content, head_is_text: bool, head: bytes = b"") -> None:
    """Reject content no workbook reader can open; ZIP/OLE mismatches are settled on opening."""
    what = really_is(p, content, head)
    if what is not None:
        raise InputError(p, N_("This is {what}, not a spreadsheet, despite its {ext} name.").format(what=what, ext=ext))
    if content in (Content.ZIP, Content.OLE):
        return
    if content is Content.PDF:
        raise InputError(p, N_("This is a PDF document, not a spreadsheet, despite its {ext} name.").format(ext=ext))
    if content is Content.OLD_EXCEL:
        from core.readers.protected import OLD_EXCEL

        raise InputError(p, OLD_EXCEL)
    if content is Content.MARKUP:
        raise InputError(p, N_("This is a web page or XML file saved with a {ext} name, not a real workbook; "
                               "open it in Excel and save it as .xlsx.").format(ext=ext))
    if head_is_text:
        raise InputError(p, N_("This is a plain text file saved with a {ext} name, not a real workbook; "
                               "rename it to .csv (or .txt) and import that.").format(ext=ext))
    raise InputError(p, N_("This is not a spreadsheet: its contents don't look like an Excel or OpenDocument "
                           "workbook despite its {ext} name.").format(ext=ext))


def _looks_like_text(head: bytes) -> bool:
    """Web exports often save tab-separated text as .xls; such bytes hold no control codes."""
    return bool(head) and all(b >= 0x20 or b in b"\t\r\n" for b in head)


def _os_reason(e: OSError) -> str:
    if e.errno is not None and e.errno in errno.errorcode:
        return os.strerror(e.errno).lower()
    return str(e)
