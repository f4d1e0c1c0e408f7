"""CSV/TSV/TXT exports: guess encoding and delimiter, then stream rows through the stdlib csv module.

Exports come from Excel on Windows (Windows-1252, ``;`` in European locales), from web apps
(UTF-8, sometimes with a BOM) and from old Access/FileMaker tools (UTF-16, tabs). Values stay
text: "00123" is a zip code, not a number, and only the person can say which columns are dates.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import io
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice, repeat
from pathlib import Path
from typing import Any, TypeVar

from core import collector
from core.errors import InputError
from core.readers.files import LOCKED, read_head
from core.readers.header import HEADER_SCAN_ROWS, detect_header_row, reading_notes, shape_columns
from core.readers.values import clean_text_row, is_blank, shared_strings
from core.records import Progress, Record, Table
from core.words import N_

SAMPLE_BYTES = 64 * 1024
SNIFF_LINES = 50
SNIFF_CHARS = 4_096
PROGRESS_EVERY = 5_000
DELIMITERS = ",;\t|"
_DELIMITER_NAMES = {"\t": N_("tab"), ",": ",", ";": ";", "|": "|"}
_LATIN1_FALLBACK = "contact_importer.latin1_fallback"


def _latin1_fallback(err: UnicodeError) -> tuple[str, int]:
    """Bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) read as Latin-1."""
    if not isinstance(err, UnicodeDecodeError):
        raise err
    return err.object[err.start : err.end].decode("latin-1"), err.end


codecs.register_error(_LATIN1_FALLBACK, _latin1_fallback)


@dataclass(frozen=True, slots=True)
class TextFormat:
    """How to decode and split a text export; ``label`` is what the preview screen tells a person."""

    encoding: str
    errors: str
    label: str
    delimiter: str = ","
    #: The file starts with Excel's ``sep=;`` line: skipped, and rows numbered as Excel shows them.
    sep_line: bool = False
    #: NUL bytes in the file (a damaged export, a disk error): removed as the file is read, and said.
    nuls: int = 0


UTF8 = TextFormat("utf-8", "strict", "UTF-8")
CP1252 = TextFormat("cp1252", _LATIN1_FALLBACK, "Windows-1252")
MAC_ROMAN = TextFormat("mac_roman", "strict", "Mac Roman")
_SEP_LINE = re.compile(r'"?sep=(.)"?[,;\t|]*\r?\n?', re.IGNORECASE)


def chosen_encoding(path: Path, name: str) -> TextFormat:
    """The encoding a person picked (any Python knows, e.g. ISO-8859-2, Shift-JIS); bad bytes show as �."""
    try:
        info = codecs.lookup(name)
    except LookupError:
        raise InputError(path, N_("'{name}' is not an encoding this app knows; try e.g. UTF-8, Windows-1252, "
                                  "Mac Roman, ISO-8859-2 or Shift-JIS.").format(name=name)) from None
    if not getattr(info, "_is_text_encoding", True):  # rot13, base64, zlib: transforms, not ways to write text
        raise InputError(path, N_("'{name}' is not a text encoding; try e.g. UTF-8, Windows-1252, "
                                  "Mac Roman, ISO-8859-2 or Shift-JIS.").format(name=name))
    label = {"utf-8": "UTF-8", "cp1252": "Windows-1252", "mac-roman": "Mac Roman"}.get(info.name, name)
    encoding = "utf-8-sig" if info.name == "utf-8" else info.name
    return TextFormat(encoding, "replace", label)


def detect_encoding(head: bytes, truncated: bool) -> TextFormat:
    """BOMs are trusted; otherwise strict UTF-8 if the sample decodes, else Windows-1252 or Mac Roman.

    A sample that is pure ASCII may still hit an 8-bit byte further down; the reader then starts
    over in the 8-bit encoding the rest of the file suggests (see ``_with_fallback``).
    """
    if head.startswith(codecs.BOM_UTF8):
        return TextFormat("utf-8-sig", "replace", "UTF-8")
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return TextFormat("utf-16", "replace", "UTF-16")
    even, odd = head[0::2], head[1::2]
    if len(head) >= 8 and odd.count(0) > 0.4 * len(odd) and even.count(0) == 0:
        return TextFormat("utf-16-le", "replace", "UTF-16")  # Access/PowerShell without BOM
    if len(head) >= 8 and even.count(0) > 0.4 * len(even) and odd.count(0) == 0:
        return TextFormat("utf-16-be", "replace", "UTF-16")
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as e:
        cut_char = truncated and e.reason == "unexpected end of data"
        if not cut_char:
            return pick_8bit(head)
    return UTF8


def pick_8bit(data: bytes) -> TextFormat:
    """Windows-1252 or Mac Roman, whichever reads the file's non-ASCII bytes as letters inside words.

    Excel for Mac's "CSV (Macintosh)" is Mac Roman, whose bytes 0x80-0x9F are accented letters
    (é ñ ü); in Windows-1252 they are mostly punctuation (– ‹ Ž), and Windows-1252's é ñ ü
    (0xE9 0xF1 0xFC) are capitals or symbols in Mac Roman (È Ò ¸). Ties go to Windows-1252.
    """
    return MAC_ROMAN if _word_score(data, "mac_roman") > _word_score(data, "cp1252") else CP1252


_APOSTROPHES = frozenset("\u2018\u2019")


def _word_score(data: bytes, encoding: str) -> int:
    """+1 for each non-ASCII letter that fits the word around it, -1 for one that breaks it.

    Breaking a word: a capital after a small letter ("JosŽ"), a small letter before a capital
    ("ìQuoted"), a letter standing alone ("Price Ä5"), punctuation between letters ("Mu–oz",
    though not an apostrophe: "O’Brien").
    """
    text = data.decode(encoding, errors="replace")
    score = 0
    for m in re.finditer(r"[^\x00-\x7f]", text):
        i = m.start()
        c = text[i]
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if c.isalpha():
            if (c.isupper() and before.islower()) or (c.islower() and after.isupper()):
                score -= 1
            elif before.isalpha() or after.isalpha():
                score += 1
            else:
                score -= 1
        elif before.isalpha() and after.isalpha():
            score += 1 if c in _APOSTROPHES else -1
    return score


def _non_ascii_context(path: Path, limit: int = 2_000) -> bytes:
    """The bytes around the file's first non-ASCII bytes, to choose an 8-bit encoding from."""
    pieces: list[bytes] = []
    with open(path, "rb") as fh:
        while len(pieces) < limit:
            block = fh.read(1 << 20)
            if not block:
                break
            for m in re.finditer(rb"[\x80-\xff]", block):
                pieces.append(block[max(m.start() - 3, 0) : m.end() + 3])
                if len(pieces) >= limit:
                    break
    return b" ".join(pieces)


def _decode_sample(head: bytes, fmt: TextFormat) -> str:
    decoder = codecs.getincrementaldecoder(fmt.encoding)(fmt.errors)
    return decoder.decode(head, final=False)


def _not_this_encoding(path: Path, fmt: TextFormat) -> InputError:
    """A codec that gives up on the whole file, whatever ``errors`` says (UTF-32 without its byte-order mark)."""
    return InputError(path, N_("The file can't be read as {encoding}; choose another encoding.").format(
        encoding=fmt.label))


def _shape_score(lines: list[str], delimiter: str) -> tuple[float, int]:
    """(share of rows with the usual field count, that count); a real delimiter splits every row alike."""
    widths = [len(r) for r in csv.reader(lines, delimiter=delimiter) if r]
    if not widths:
        return 0.0, 0
    width, hits = Counter(widths).most_common(1)[0]
    if width < 2:
        return 0.0, width
    return hits / len(widths), width


def detect_delimiter(sample: str, default: str = ",") -> str:
    """csv.Sniffer limited to , ; tab |, checked against field-count consistency.

    The Sniffer alone can be fooled by a character common inside values (the comma in "Main St,
    5"), so its answer stands only if it splits the sample at least as evenly as the best
    candidate found by counting.
    """
    lines = sample.splitlines(keepends=True)[:SNIFF_LINES]
    if not lines:
        return default
    # The Sniffer's regexes are quadratic in a line's length: a 32,767-character cell of
    # punctuation took 18 s. Its guess is only a hint checked below, so a few KB are enough.
    text = "".join(lines)[:SNIFF_CHARS]
    try:
        sniffed: str | None = csv.Sniffer().sniff(text, delimiters=DELIMITERS).delimiter
    except csv.Error:
        sniffed = None
    scores = {d: _shape_score(lines, d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: (scores[d], d == default))
    if scores[best][1] < 2:
        return sniffed or default
    if sniffed in scores and scores[sniffed] >= scores[best]:
        return sniffed
    return best


def detect_format(path: Path, ext: str, encoding: str | None = None) -> TextFormat:
    head = read_head(path, SAMPLE_BYTES)
    truncated = len(head) == SAMPLE_BYTES
    enc = chosen_encoding(path, encoding) if encoding else detect_encoding(head, truncated)
    nuls = 0
    if not _wide(enc.encoding):
        if len(_CONTROL.findall(head)) > max(8, len(head) // 100):
            raise InputError(path, N_("This is a binary file, not text, despite its {ext} name.").format(ext=ext))
        nuls = _count_nuls(path)
        if nuls:
            enc = dataclasses.replace(enc, nuls=nuls)
            head = head.replace(b"\x00", b"")
    try:
        sample = _decode_sample(head, enc)
    except UnicodeDecodeError:
        raise
    except UnicodeError:
        raise _not_this_encoding(path, enc) from None
    if truncated:
        sample = sample[: sample.rfind("\n") + 1] or sample
    sep = _SEP_LINE.fullmatch(sample.split("\n", 1)[0] + "\n")
    if sep:
        return TextFormat(enc.encoding, enc.errors, enc.label, sep.group(1), sep_line=True, nuls=nuls)
    default = "\t" if ext == ".tsv" else ","
    first_line = sample.split("\n", 1)[0]
    tsv = ext == ".tsv" and "\t" in first_line
    delimiter = "\t" if tsv else detect_delimiter(sample, default)
    return TextFormat(enc.encoding, enc.errors, enc.label, delimiter, nuls=nuls)


#: Control bytes no text export holds (NUL and the like; tab, line feed, form feed, return and Ctrl-Z do
#: appear): more than a few in the first 64 KB and the file is binary, whatever its name.
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x19\x1b-\x1f]")


def _wide(encoding: str) -> bool:
    """UTF-16/32 hold NUL bytes in every ASCII character: they are text there, not damage."""
    return codecs.lookup(encoding).name.startswith(("utf-16", "utf-32"))


#: Bytes per block of the whole-file scans below. Each block's ``count`` is one call in C that holds the GIL:
#: 1 MB keeps each under a millisecond, so the window's thread is not kept waiting while a file is read
#: (4 MB blocks showed up as 25–50 ms stalls of the window on a busy machine).
SCAN_BLOCK = 1 << 20


def _count_nuls(path: Path) -> int:
    """NUL bytes anywhere in the file: one fast pass in C (a GB a second), before any row is read."""
    n = 0
    try:
        with open(path, "rb") as fh:
            while block := fh.read(SCAN_BLOCK):
                n += block.count(b"\x00")
    except OSError:
        return 0  # the reader says what is wrong when it opens the file
    return n


class _WithoutNuls(io.RawIOBase):
    """The file's bytes with every NUL left out (``tell`` is the file's own, for progress)."""

    def __init__(self, raw: io.BufferedReader) -> None:
        self._raw = raw

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while True:
            data = self._raw.read(len(buffer))
            if not data:
                return 0
            data = data.replace(b"\x00", b"")
            if data:
                buffer[: len(data)] = data
                return len(data)

    def tell(self) -> int:
        return self._raw.tell()

    def close(self) -> None:
        self._raw.close()
        super().close()


def _open(path: Path, fmt: TextFormat) -> tuple[io.BufferedReader, io.TextIOWrapper]:
    """The file as text, past Excel's ``sep=`` line when it has one."""
    try:
        raw = open(path, "rb")  # noqa: SIM115 - closed by the caller, who also needs tell()
    except PermissionError:
        raise InputError(path, LOCKED) from None
    except OSError as e:
        raise InputError(path, N_("The file could not be read ({detail}).").format(detail=e.strerror or e)) from None
    if fmt.nuls:
        raw = _WithoutNuls(raw)  # type: ignore[assignment]  # reads as the file it wraps
    text = io.TextIOWrapper(raw, encoding=fmt.encoding, errors=fmt.errors, newline="")
    if fmt.sep_line:
        text.readline()
    return raw, text


T = TypeVar("T")


def _with_fallback(path: Path, ext: str, run: Callable[[TextFormat], T], encoding: str | None = None) -> T:
    """Run ``run(fmt)``; a file that stops being UTF-8 past the sample is read again as 8-bit text."""
    fmt = detect_format(path, ext, encoding)
    try:
        return run(fmt)
    except UnicodeDecodeError:
        if fmt.encoding != "utf-8":
            raise _not_this_encoding(path, fmt) from None
    except UnicodeError:
        raise _not_this_encoding(path, fmt) from None
    eight = pick_8bit(_non_ascii_context(path))
    return run(TextFormat(eight.encoding, eight.errors, eight.label, fmt.delimiter, fmt.sep_line, fmt.nuls))


def peek_csv(path: Path, ext: str, limit: int, encoding: str | None = None) -> list[list[Any]]:
    """First records as parsed (ragged, like the file), so index i is record i+1."""
    _refuse_endless_lines(path)

    def run(fmt: TextFormat) -> list[list[Any]]:
        raw, text = _open(path, fmt)
        with raw, text:
            reader = csv.reader(text, delimiter=fmt.delimiter)
            return [clean_text_row(r) for r in _guard(path, islice(reader, limit), 1)]

    return _with_fallback(path, ext, run, encoding)


def _guard(path: Path, rows: Any, first_row: int) -> list[list[str]]:
    """Materialise rows, turning csv.Error into words naming the row (``first_row`` = 1st's number)."""
    out: list[list[str]] = []
    try:
        out.extend(rows)  # keeps what was read before an error, to name the row
    except csv.Error as e:
        n = first_row + len(out)
        if "field larger than field limit" in str(e) and _has_long_line(path):
            reason = N_("Row {row} holds a value longer than {limit} characters, more than one cell can hold; "
                        "the file may not be a list of people, or its lines may have lost their line breaks."
                        ).format(row=n, limit=f"{csv.field_size_limit():,}")
        elif "field larger than field limit" in str(e):
            reason = N_("Row {row} has a quoted value that never ends (an unmatched \" character), "
                        "so the rest of the file can't be split into columns.").format(row=n)
        else:
            reason = N_("Row {row} can't be read as CSV ({detail}).").format(row=n, detail=e)
        raise InputError(path, reason) from None
    return out


#: Excel's last column is XFD, the 16,384th: a row split into more values is not a row of a table (a line
#: of 20 million commas would otherwise be held as 20 million values, gigabytes, before anything is said).
MAX_COLUMNS = 16_384


def _too_wide(path: Path, row: int, n: int) -> InputError:
    return InputError(path, N_("Row {row} splits into {n} values, more than a sheet has columns ({limit}); check "
                               "the delimiter, or whether this is really a list of people.").format(
        row=row, n=f"{n:,}", limit=f"{MAX_COLUMNS:,}"))


#: What one line may hold before it is read at all: far more than any row of people (16,384 cells of a
#: thousand characters), far less than what one line could cost in memory once split into values.
MAX_LINE_BYTES = 16 << 20


def _refuse_endless_lines(path: Path) -> None:
    """Refuse a file with a line longer than ``MAX_LINE_BYTES`` before the csv module holds it whole (a 200 MB
    line split at every comma is 200 million values). Two searches per 4 MB block, no copy: a file too small
    to hold such a line is not read at all."""
    try:
        if path.stat().st_size <= MAX_LINE_BYTES:
            return
        run = line = 0
        with open(path, "rb") as fh:
            while block := fh.read(SCAN_BLOCK):
                first = block.find(b"\n")
                if first < 0:
                    run += len(block)
                else:
                    run += first
                if run > MAX_LINE_BYTES:
                    raise InputError(path, N_("Line {line} of the file is longer than {size} MB without a line break, "
                                              "more than a row of people can be; this may not be a text export of "
                                              "a list, or its line breaks were lost.").format(
                        line=f"{line + 1:,}", size=MAX_LINE_BYTES >> 20))
                if first >= 0:
                    line += block.count(b"\n")
                    run = len(block) - block.rfind(b"\n") - 1
    except OSError:
        return  # the reader says what is wrong when it opens the file


def _has_long_line(path: Path) -> bool:
    """Whether one line of the file is longer than a value may be (so no unmatched quote is to blame)."""
    limit = csv.field_size_limit()
    run = 0
    try:
        with open(path, "rb") as fh:
            while block := fh.read(1 << 22):
                cut = block.rfind(b"\n")
                if cut < 0:
                    run += len(block)
                else:
                    first = block.find(b"\n")
                    longest = max(run + first, max((len(x) for x in block[first + 1 : cut].split(b"\n")), default=0))
                    if longest > limit:
                        return True
                    run = len(block) - cut - 1
                if run > limit:
                    return True
    except OSError:
        return False
    return False


def read_csv(path: Path, ext: str, header_row: int | None, progress: Progress | None,
             encoding: str | None = None) -> Table:
    size = path.stat().st_size
    _refuse_endless_lines(path)

    def run(fmt: TextFormat) -> Table:
        raw, text = _open(path, fmt)
        with raw, text, collector.paused():
            reader = csv.reader(text, delimiter=fmt.delimiter)
            return _read_rows(path, fmt, reader, raw, size, header_row, progress)

    return _with_fallback(path, ext, run, encoding)


def _head(path: Path, reader: Any, header_row: int | None) -> tuple[list[list[Any]], int]:
    """The first rows (cleaned) and the header row among them: the one given, or the one that looks it."""
    want = max(HEADER_SCAN_ROWS, header_row or 0)
    raw_head = _guard(path, islice(reader, want), 1)
    for n, r in enumerate(raw_head, 1):
        if len(r) > MAX_COLUMNS:
            raise _too_wide(path, n, len(r))
    head = [clean_text_row(r) for r in raw_head]
    del raw_head
    if all(is_blank(r) for r in head):
        if len(head) < want:
            raise InputError(path, N_("The file has no rows with any values in them."))
        raise InputError(path, N_("The first {n} rows are empty; choose the header row yourself.").format(n=want))
    h = detect_header_row(head) if header_row is None else header_row
    if h < 1 or h > len(head):
        raise InputError(path, N_("Row {row} can't be the header row: the file has {n} rows.").format(
            row=h, n=len(head)))
    if is_blank(head[h - 1]):
        raise InputError(path, N_("Row {row} is empty, so it can't be the header row.").format(row=h))
    return head, h


def _take_chunk(path: Path, chunk: list[list[Any]], n0: int, shared: dict[str, str], hw: int, widest: int,
                append: Callable[[Record], None]) -> tuple[int, bool, int]:
    """Rows ``n0``… of a stripped chunk into records (shared strings, "" as None, blank rows counted);
    returns (blank rows, every row as wide as the header, the widest row so far)."""
    get = shared.get
    blank = 0
    uniform = True
    vals: list[Any]
    for n, vals in enumerate(chunk, n0):
        vals[:] = map(get, vals, vals)
        if "" in vals:
            vals = [v or None for v in vals]
            if vals.count(None) == len(vals):
                blank += 1
                continue
        elif not vals:
            blank += 1
            continue
        if len(vals) != hw:
            uniform = False
            if len(vals) > widest:
                widest = len(vals)
                if widest > MAX_COLUMNS:
                    raise _too_wide(path, n, widest)
        append(Record(n, vals))
    return blank, uniform, widest


def _read_rows(
    path: Path,
    fmt: TextFormat,
    reader: Any,
    raw: io.BufferedReader,
    size: int,
    header_row: int | None,
    progress: Progress | None,
) -> Table:
    head, h = _head(path, reader, header_row)
    header = head[h - 1]

    records: list[Record] = []
    append = records.append
    blank = 0
    hw = len(header)
    widest = hw
    for n in range(h + 1, len(head) + 1):
        cleaned = head[n - 1]
        if is_blank(cleaned):
            blank += 1
        else:
            append(Record(n, cleaned))
            widest = max(widest, len(cleaned))
    uniform = all(len(r.values) == hw for r in records)

    strip = str.strip
    n0 = len(head) + 1
    shared: dict[str, str] | None = None
    while True:
        # Stripping runs as C-level map()s over the whole chunk; the loop below only turns
        # "" into None in the rows that have empty cells, and numbers the rows.
        stripped = map(list, map(map, repeat(strip), islice(reader, PROGRESS_EVERY)))
        chunk = _guard(path, stripped, n0)
        if not chunk:
            break
        if shared is None:
            shared = shared_strings(chunk)
        blanks, same_width, widest = _take_chunk(path, chunk, n0, shared, hw, widest, append)
        blank += blanks
        uniform = uniform and same_width
        n0 += len(chunk)
        if progress:
            progress(raw.tell(), size)

    if progress:
        progress(size, size)
    if not records:
        raise InputError(path, N_("There are no rows of data under the header in row {row}.").format(row=h))
    columns: list[int] = []
    headers = shape_columns(header, records, data_width=widest, uniform=uniform, columns_out=columns)
    delimiter = _DELIMITER_NAMES.get(fmt.delimiter, fmt.delimiter)
    said = (N_("Delimiter: {delimiter} (from the file's sep= line)") if fmt.sep_line
            else N_("Delimiter: {delimiter}"))
    notes = [N_("Read as {encoding}").format(encoding=fmt.label), said.format(delimiter=delimiter)]
    if fmt.nuls:
        said = (N_("Removed {n} NUL character (an invisible zero byte a damaged export leaves) from the file")
                if fmt.nuls == 1 else
                N_("Removed {n} NUL characters (invisible zero bytes a damaged export leaves) from the file"))
        notes.append(said.format(n=fmt.nuls))
    notes += reading_notes(h, detected=header_row is None, blank=blank)
    return Table(path=path, sheet=None, header_row=h, headers=headers, records=records, notes=notes,
                 encoding=fmt.label, source_columns=columns)
