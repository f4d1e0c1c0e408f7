"""The results file a person opens after a run: their own rows, with what happened to each appended.

Written from the journal alone (the source file may have moved). ``.xlsx`` gets colours, a frozen
header and widths; ``.csv`` is UTF-8 with a BOM so Excel reads accents right. Cells that a
spreadsheet would run as formulas stay text in both, so a hostile cell cannot run on opening.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from core.report import safe_cell
from core.safe_write import replacing
from core.submit.journal import RowEntry
from core.targets.outcomes import STATUS_LABELS
from core.words import N_

#: What a row sent without a recorded answer says (the run's view and the results file say the same).
UNRECORDED = N_("Sent, but its answer was not recorded; resume the run to check it against the CRM")

RESULT_COLUMNS = [N_("Status"), N_("CRM ID"), N_("Message"), N_("Batch"), N_("Reference ID")]
#: The workbook's one sheet.
SHEET = N_("Results")
#: Puts a marked English sentence into the person's language (the window's ``core_text``); the
#: command line writes the English.
Words = Callable[[str], str]


def _english(text: str) -> str:
    return text
SUFFIXES = (".xlsx", ".csv")

GREEN, AMBER, RED, GREY = "C6EFCE", "FFEB9C", "FFC7CE", "D9D9D9"
STATUS_FILL = {"created": GREEN, "updated": GREEN, "accepted": GREEN, "exists": AMBER, "skipped": AMBER,
               "unknown": AMBER, "failed": RED, "not_sent": GREY}
_WIDTH_SAMPLE = 300
_MIN_WIDTH, _MAX_WIDTH = 8, 60
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class ResultRow:
    """One output line: the source values and the outcome columns."""

    values: list[str]
    status: str
    crm_id: str
    message: str
    batch: str
    reference_id: str

    def cells(self, words: Words = _english) -> list[str]:
        """The row's cells; ``words`` says the status and the message in the person's language (a CRM's
        own message, which no one marked, stays as the CRM said it)."""
        status = STATUS_LABELS.get(self.status)
        return [*self.values, words(status) if status else self.status, self.crm_id, words(self.message),
                self.batch, self.reference_id]


def not_sent_message(run_state: str, run_message: str) -> str:
    """Why rows without an outcome were not sent, in words that say what to do next."""
    if run_state == "cancelled":
        return N_("Not sent: the run was cancelled (resume it to send these rows)")
    if run_state == "stopped":
        return N_("Not sent: the run stopped ({problem}); resume it to send these rows").format(problem=run_message) \
            if run_message else N_("Not sent: the run stopped; resume it to send these rows")
    if run_state in ("interrupted", "running", "created"):
        return N_("Not sent yet: the run did not finish (resume it to send these rows)")
    return N_("Not sent")


def result_rows(entries: Iterable[RowEntry], width: int, run_state: str = "finished",
                run_message: str = "") -> list[ResultRow]:
    out: list[ResultRow] = []
    for e in entries:
        values = (list(e.values) + [""] * width)[:width]
        message = e.message
        if not e.recorded:
            message = not_sent_message(run_state, run_message) if e.status == "not_sent" else UNRECORDED
        out.append(ResultRow(values, e.status, e.crm_id or "", message, str(e.batch) if e.batch else "",
                             e.key or ""))
    return out


def write_results(path: str | Path, headers: Sequence[str], rows: Sequence[ResultRow],
                  words: Words = _english) -> Path:
    """Write by extension (.xlsx or .csv); returns the path written. ``words``: the columns added,
    the statuses and messages in the person's language (the file's own headers and values as they are)."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValueError(f"results file must end in .xlsx or .csv, not '{p.suffix or p.name}'")
    with replacing(p) as tmp:  # never leave a half-written file under the real name
        if suffix == ".csv":
            _write_csv(tmp, headers, rows, words)
        else:
            _write_xlsx(tmp, headers, rows, words)
    return p


def _write_csv(path: Path, headers: Sequence[str], rows: Sequence[ResultRow], words: Words) -> None:
    with open(path, "w", newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh)
        w.writerow([safe_cell(h) for h in [*headers, *map(words, RESULT_COLUMNS)]])
        for r in rows:
            w.writerow([safe_cell(c) for c in r.cells(words)])


def _widths(headers: Sequence[str], rows: Sequence[ResultRow], words: Words) -> list[float]:
    widths = [float(len(h)) for h in headers]
    for r in rows[:_WIDTH_SAMPLE]:
        for i, c in enumerate(r.cells(words)):
            widths[i] = max(widths[i], len(c))
    return [min(max(w + 2, _MIN_WIDTH), _MAX_WIDTH) for w in widths]


def _write_xlsx(path: Path, headers: Sequence[str], rows: Sequence[ResultRow], words: Words) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(words(SHEET)[:31])
    all_headers = [*headers, *map(words, RESULT_COLUMNS)]
    for i, w in enumerate(_widths(all_headers, rows, words), start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A2"
    bold = Font(bold=True)
    fills = {s: PatternFill("solid", start_color=c, end_color=c) for s, c in STATUS_FILL.items()}
    status_col, batch_col = len(headers), len(headers) + 3

    def text_cell(value: str) -> Cell:
        cell = WriteOnlyCell(ws, value=value)
        cell.data_type = "s"  # never a formula, whatever it starts with
        return cell

    def clean(value: str) -> str:
        return ILLEGAL_CHARACTERS_RE.sub("", value)

    header_cells = []
    for h in all_headers:
        cell = text_cell(clean(h))
        cell.font = bold
        header_cells.append(cell)
    ws.append(header_cells)
    for r in rows:
        line: list[object] = []
        for i, value in enumerate(r.cells(words)):
            value = clean(value)
            if i == status_col:
                cell = text_cell(value)
                fill = fills.get(r.status)
                if fill is not None:
                    cell.fill = fill
                line.append(cell)
            elif i == batch_col and value.isdigit():
                line.append(int(value))
            elif value.startswith(_FORMULA_START):
                line.append(text_cell(value))
            else:
                line.append(value if value != "" else None)
        ws.append(line)
    try:
        wb.save(path)
    except BaseException:
        # openpyxl left its row writer open; closed later by the garbage collector it would print
        # "Exception ignored … I/O operation on closed file" under the one sentence the person reads.
        rows_writer = getattr(ws, "_rows", None)
        if rows_writer is not None:
            try:
                rows_writer.close()
            except Exception:
                pass
        raise
