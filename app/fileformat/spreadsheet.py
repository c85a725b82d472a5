"""An account's people (and the plan's actions, risks and interactions) as spreadsheets:
an Excel workbook (openpyxl) or the people as CSV, for Excel and the contacts import.

What a user sees, whatever the file holds:

- **headers in English** that the contacts import maps back (Name, Title, Department,
  Reports to, E-mail, Phone, …), the vocabularies in the app's wording ("Economic
  buyer", "Champion"), the manager by name in "Reports to" and, for a re-import that
  links by id, each person's "Id" and their "Manager id";
- in the workbook, dates as Excel dates and numbers as numbers; a bold, frozen header
  row with a filter, columns as wide as their contents (up to a limit);
- the CSV in UTF-8 **with a byte-order mark**, so that Excel in any locale reads 中文
  and Русский as such (dates written YYYY-MM-DD);
- **user text stays text**: in the workbook every text cell is stored as a string (never
  a formula or an error value) and one that starts like a formula (``=``, ``+``, ``-``,
  ``@``) is marked with Excel's quote prefix, so editing it keeps it text; in the CSV
  such a text is prefixed with an apostrophe (``'=HYPERLINK(…)``), which keeps Excel
  and other spreadsheets from running it (CSV injection);
- characters a spreadsheet cannot hold (control characters other than tab and line
  breaks, and non-characters, which only accounts stored before they were refused can
  hold) are replaced by U+FFFD, and a workbook cell's text is cut at Excel's 32,767
  characters; :class:`Written` counts the cells of both so that the caller can say so.

Files are written whole or not at all (:mod:`app.atomic`): the bytes are built in
memory, then written beside the target and renamed over it; a FIFO, a device or a
read-only file is refused before anything is built.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.atomic import check_target, write_atomically
from app.models.account import AccountFile, StakeholderRecord
from app.models.enums import RELATIONSHIP_LABELS, label

#: what a cell holds before it is written: text, a number, a date, a yes/no, or nothing
Cell = str | int | float | bool | dt.date | None
Row = tuple[Cell, ...]

PEOPLE_HEADERS: tuple[str, ...] = (
    "Name", "Title", "Department", "Reports to", "E-mail", "Phone", "WeChat", "Telegram",
    "WhatsApp", "LinkedIn", "DingTalk", "Other messenger", "Buying role", "Stance",
    "Influence", "Relationship", "Our owner", "Last contact", "Notes", "Id", "Manager id",
)
ACTION_HEADERS: tuple[str, ...] = (
    "Title", "Owner", "Due", "Status", "Objective", "Risk", "Stakeholder", "Notes",
)
RISK_HEADERS: tuple[str, ...] = (
    "Title", "Category", "Likelihood", "Impact", "Score", "Mitigation", "Owner",
    "Escalation", "Status", "Internal", "Notes",
)
INTERACTION_HEADERS: tuple[str, ...] = (
    "Date", "Person", "Participants", "Channel", "Summary",
)

#: the most characters an Excel cell holds, counted in UTF-16 (a longer text makes Excel
#: "repair" the file)
EXCEL_CELL_LIMIT = 32_767
#: where a cut text ends, within the limit
CUT_MARK = " … [cut: Excel holds 32,767 characters in a cell]"
#: the widest a column is made, and the narrowest, in characters
MAX_WIDTH = 60
MIN_WIDTH = 8
#: rows measured for a column's width (the first ones: enough to see what a column holds)
MEASURED_ROWS = 2_000

#: what a text must not start with in a spreadsheet: a formula (= + - @) or, in a CSV,
#: a tab or a line break before one (OWASP's list for CSV injection)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
#: what neither XML (the workbook) nor a UTF-8 text can hold: C0 controls except tab
#: and line breaks, lone surrogates and the non-characters (U+FDD0–U+FDEF, U+nFFFE/F)
_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufdd0-\ufdef" + "".join(
    chr(plane << 16 | 0xFFFE) + chr(plane << 16 | 0xFFFF) for plane in range(17)) + "]")
REPLACEMENT = "\ufffd"


@dataclass(frozen=True, slots=True)
class Sheet:
    """One table of the export: its title, column headers and rows (values as a user
    reads them: names for ids, the app's wording for vocabularies)."""

    title: str
    headers: tuple[str, ...]
    rows: list[Row]


@dataclass(frozen=True, slots=True)
class Written:
    """What an export wrote."""

    path: Path
    #: sheet title -> rows written below its header, in sheet order
    rows: dict[str, int]
    #: cells whose text was cut to EXCEL_CELL_LIMIT characters (workbook only)
    cut: int = 0
    #: cells in whose text characters a spreadsheet cannot hold were replaced by U+FFFD
    replaced: int = 0


@dataclass(slots=True)
class _Texts:
    """Makes user text safe for a cell, counting what it had to change."""

    limit: int | None
    cut: int = 0
    replaced: int = 0

    def clean(self, text: str) -> str:
        # a character outside the BMP (emoji, rare CJK) counts twice in Excel (UTF-16)
        if text.isprintable() and (self.limit is None or 2 * len(text) <= self.limit):
            return text  # nearly every text: nothing to do
        if _UNWRITABLE.search(text):
            text = _UNWRITABLE.sub(REPLACEMENT, text)
            self.replaced += 1
        if self.limit is not None and len(text) > self.limit // 2:
            units = text.encode("utf-16-le")
            if len(units) > 2 * self.limit:  # cut between characters, never in a pair
                keep = units[:2 * (self.limit - len(CUT_MARK))]
                text = keep.decode("utf-16-le", "ignore") + CUT_MARK
                self.cut += 1
        return text


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet would take ``text`` for a formula (or a CSV reader for one
    after a tab or a line break): it starts with ``=``, ``+``, ``-``, ``@``, a tab or a
    line break, perhaps after spaces."""
    return text.lstrip(" ").startswith(_FORMULA_START)


def csv_text(text: str) -> str:
    """A text as a CSV cell holds it: one that looks like a formula gets a leading
    apostrophe, which spreadsheets show as text and never run."""
    return "'" + text if looks_like_formula(text) else text


# -- the tables ------------------------------------------------------------------------

def _relationship(value: int | None) -> str:
    """"3 Trusted": the app's wording, with the level first so that it sorts."""
    return "" if value is None else f"{value} {RELATIONSHIP_LABELS[value]}"


def _person_row(p: StakeholderRecord, names: dict[str, str]) -> Row:
    m = p.messengers
    return (
        p.name, p.title, p.department,
        names.get(p.reports_to) if p.reports_to else None,
        p.email, p.phone,
        m.wechat if m else None, m.telegram if m else None, m.whatsapp if m else None,
        m.linkedin if m else None, m.dingtalk if m else None, m.other if m else None,
        label(p.role) or None, label(p.stance) or None, p.influence,
        _relationship(p.relationship) or None, p.our_owner, p.last_contact, p.notes,
        p.id, p.reports_to,
    )


def people_rows(doc: AccountFile) -> list[Row]:
    """The account's people in file order, one row each in the order of PEOPLE_HEADERS
    (None: not set)."""
    names = {p.id: p.name for p in doc.stakeholders}
    return [_person_row(p, names) for p in doc.stakeholders]


def _joined(ids: Sequence[str], names: dict[str, str]) -> str | None:
    return ", ".join(names.get(i, i) for i in ids) or None


def _named(ref: str | None, names: dict[str, str]) -> str | None:
    return None if ref is None else names.get(ref, ref)


def sheets(doc: AccountFile) -> list[Sheet]:
    """The workbook's sheets: People, Actions, Risks, Interactions (each with its
    header, even when the list is empty)."""
    people = {p.id: p.name for p in doc.stakeholders}
    team = {t.id: t.name for t in doc.team}
    objectives = {o.id: o.title for o in doc.objectives}
    risks = {r.id: r.title for r in doc.risks}
    actions: list[Row] = [
        (a.title, _named(a.owner, team), a.due, label(a.status) or None,
         _named(a.objective, objectives), _named(a.risk, risks), _named(a.stakeholder, people),
         a.notes) for a in doc.actions]
    risk_rows: list[Row] = [
        (r.title, label(r.category) or None, r.likelihood, r.impact, r.score, r.mitigation,
         _named(r.owner, team), label(r.escalation) or None, label(r.status) or None,
         r.internal, r.notes) for r in doc.risks]
    interactions: list[Row] = [
        (i.date, _named(i.stakeholder, people), _joined(i.participants, people),
         label(i.channel) or None, i.summary) for i in doc.interactions]
    return [
        Sheet("People", PEOPLE_HEADERS, people_rows(doc)),
        Sheet("Actions", ACTION_HEADERS, actions),
        Sheet("Risks", RISK_HEADERS, risk_rows),
        Sheet("Interactions", INTERACTION_HEADERS, interactions),
    ]


# -- CSV ---------------------------------------------------------------------------------

def _csv_cell(value: Cell, texts: _Texts) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return csv_text(texts.clean(value))
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _people_csv(doc: AccountFile) -> tuple[bytes, _Texts]:
    texts = _Texts(limit=None)
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(PEOPLE_HEADERS)
    for row in people_rows(doc):
        writer.writerow([_csv_cell(v, texts) for v in row])
    return out.getvalue().encode("utf-8-sig"), texts


def people_csv_bytes(doc: AccountFile) -> bytes:
    """The people as CSV: UTF-8 with a byte-order mark, comma-separated, CRLF line ends,
    a header row, dates YYYY-MM-DD, texts that look like formulas prefixed with ``'``."""
    return _people_csv(doc)[0]


def write_people_csv(doc: AccountFile, path: Path) -> Written:
    """Write the people as CSV (``people_csv_bytes``) to ``path``, whole or not at all;
    a target that is not a regular file, or a read-only one, is refused (RapportError)."""
    check_target(path)
    data, texts = _people_csv(doc)
    write_atomically(path, data)
    return Written(path, {"People": len(doc.stakeholders)}, cut=texts.cut,
                   replaced=texts.replaced)


# -- the workbook ----------------------------------------------------------------------

def _width(text: str) -> int:
    """Columns a text takes: Chinese and other wide characters count twice; of a text
    with line breaks, its longest line."""
    return max(sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)
               for line in text.split("\n"))


def _shown_width(value: Cell) -> int:
    if value is None:
        return 0
    if isinstance(value, str):
        return _width(value[:MAX_WIDTH * 4])
    if isinstance(value, bool):
        return 5
    if isinstance(value, dt.date):
        return 10
    return len(f"{value:g}" if isinstance(value, float) else str(value))


def _widths(sheet: Sheet) -> list[float]:
    widths = [_width(h) + 3 for h in sheet.headers]  # room for the filter's button
    for row in sheet.rows[:MEASURED_ROWS]:
        for n, value in enumerate(row):
            widths[n] = max(widths[n], _shown_width(value) + 1)
    return [float(min(MAX_WIDTH, max(MIN_WIDTH, w))) for w in widths]


def _text_cell(ws: Any, texts: _Texts, text: str) -> Any:
    """A string cell, whatever the text looks like: never a formula (``=…``) nor an
    error value (``#N/A``); one that looks like a formula is shown as typed with an
    apostrophe (Excel's quote prefix), so that editing it keeps it text."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(ws, texts.clean(text))
    cell.data_type = "s"
    if looks_like_formula(cell.value):
        cell.quotePrefix = True
    return cell


def _in_memory() -> tuple[type, type]:
    """openpyxl's worksheet writer and zip archive, made to keep each sheet's XML in
    memory: openpyxl itself writes it to a temporary file in the system's temporary
    folder — the people's details outside the chosen folder, left there if the
    process is killed, and a full temporary folder would fail the export. (openpyxl's
    writer reads an in-memory stream back already; only the archive and the clean-up
    expect a file.)"""
    from zipfile import ZipFile

    from openpyxl.worksheet._writer import WorksheetWriter

    class SheetInMemory(WorksheetWriter):
        def __init__(self, ws: Any) -> None:
            super().__init__(ws, out=io.BytesIO())

        def cleanup(self) -> None:  # no temporary file to remove
            self.out = io.BytesIO()

    class Archive(ZipFile):
        def write(self, filename: Any, arcname: Any = None, *args: Any,
                  **kwargs: Any) -> None:
            if isinstance(filename, io.BytesIO):
                self.writestr(arcname, filename.getvalue())
            else:
                super().write(filename, arcname, *args, **kwargs)

    return SheetInMemory, Archive


def _workbook(doc: AccountFile) -> tuple[bytes, dict[str, int], _Texts]:
    # openpyxl loads only when a workbook is wanted: the command line starts without it
    from zipfile import ZIP_DEFLATED

    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.writer.excel import ExcelWriter

    sheet_writer, archive = _in_memory()
    texts = _Texts(limit=EXCEL_CELL_LIMIT)
    book: Any = Workbook(write_only=True)
    book.properties.creator = "Rapport"
    book.properties.title = texts.clean(doc.account.name)
    bold = Font(bold=True)
    counts: dict[str, int] = {}

    for sheet in sheets(doc):
        ws: Any = book.create_sheet(sheet.title)
        last = get_column_letter(len(sheet.headers))
        for n, width in enumerate(_widths(sheet), start=1):
            ws.column_dimensions[get_column_letter(n)].width = width
        ws.freeze_panes = "B2" if sheet.title == "People" else "A2"  # and the names
        ws.auto_filter.ref = f"A1:{last}{len(sheet.rows) + 1}"
        ws._writer = sheet_writer(ws)  # before the first row, as openpyxl's own would be
        ws._writer.write_top()  # the columns and the frozen pane, set above

        header = [_text_cell(ws, texts, h) for h in sheet.headers]
        for cell in header:
            cell.font = bold
        ws.append(header)
        for row in sheet.rows:
            ws.append([_text_cell(ws, texts, v) if isinstance(v, str) else v for v in row])
        counts[sheet.title] = len(sheet.rows)

    out = io.BytesIO()
    book.properties.modified = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    ExcelWriter(book, archive(out, "w", ZIP_DEFLATED, allowZip64=True)).save()
    return out.getvalue(), counts, texts


def workbook_bytes(doc: AccountFile) -> bytes:
    """The workbook (.xlsx) of ``sheets(doc)``."""
    return _workbook(doc)[0]


def write_workbook(doc: AccountFile, path: Path) -> Written:
    """Write the workbook (``workbook_bytes``) to ``path``, whole or not at all; a
    target that is not a regular file, or a read-only one, is refused (RapportError)."""
    check_target(path)
    data, counts, texts = _workbook(doc)
    write_atomically(path, data)
    return Written(path, counts, cut=texts.cut, replaced=texts.replaced)
