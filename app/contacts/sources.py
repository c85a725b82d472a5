"""A contact file read into a table of text cells: CSV or text, Excel workbook, vCard.

The kind is found from the bytes (a workbook is a zip, a vCard starts with
BEGIN:VCARD), not from the name: files get renamed, and mail programs save
attachments as ``.dat``. A file that is none of these, too large, empty or binary
is refused with one message (``InvalidInput``) before any row is looked at.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import itertools
import re
import stat
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from app.contacts.encoding import EncodingError, decode, is_binary
from app.errors import InvalidInput, Problem, figure
from app.i18n import _, current
from app.models.account import LIMITS

#: the largest file read: an account holds 5,000 people; even a phone's vCards with
#: photos stay below this, while a mistaken pick (a video, a disk image) is refused
MAX_BYTES = 50 * 1024 * 1024
#: contacts (data rows) per file: the people an account can hold
MAX_ROWS = LIMITS["stakeholders"].most
#: rows above the header that may be titles or notes, and columns per row
MAX_LEADING = 50
MAX_COLUMNS = 500
#: a workbook's parts may expand to at most this (a zip bomb is refused unread)
MAX_UNZIPPED = 500 * 1024 * 1024

Kind = Literal["csv", "xlsx", "vcard"]
Row = tuple[int, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class Table:
    """Non-empty rows of a file, each with its number as the user sees it (1-based:
    a spreadsheet's row, a CSV record as Excel shows it, a vCard's card)."""

    name: str
    kind: Kind
    rows: tuple[Row, ...]
    #: the codec the text was read with (None for a workbook) and why it was chosen
    encoding: str | None = None
    encoding_reason: str = ""
    delimiter: str | None = None
    sheet: str | None = None
    #: the columns, when the format names them itself (vCard); else found in the rows
    header: tuple[str, ...] | None = None
    #: rows that could not be read (a broken vCard), with why
    unreadable: tuple[tuple[int, str], ...] = ()

    @property
    def unit(self) -> str:
        """What a row is called in messages: "row" or "card"."""
        return "card" if self.kind == "vcard" else "row"


def refused(name: str, message: str) -> InvalidInput:
    """The one error a bad file gives."""
    return InvalidInput(name, [Problem("", message)])


def open_source(path: str | Path, encoding: str | None = None) -> Table:
    """Read the contact file at ``path`` (see ``read_source``)."""
    path = Path(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a folder, a pipe, /dev/zero: never read
            raise refused(path.name, _("not a file"))
        if info.st_size > MAX_BYTES:
            raise refused(path.name, _too_big(info.st_size))
        with path.open("rb") as f:
            data = f.read(MAX_BYTES + 1)  # a file growing meanwhile is cut off
    except OSError as err:
        raise refused(path.name, _("cannot be read: {error}").format(
            error=err.strerror or err)) from None
    return read_source(data, path.name, encoding)


def read_source(data: bytes, name: str = "contacts", encoding: str | None = None) -> Table:
    """The file's rows as text cells; ``encoding`` overrides the detection for text.
    InvalidInput with one problem if the file is no contact list we can read."""
    if len(data) > MAX_BYTES:
        raise refused(name, _too_big(len(data)))
    if not data.strip():
        raise refused(name, _("the file is empty"))
    if data.startswith(b"PK\x03\x04"):
        from app.contacts.workbook import read_workbook

        return read_workbook(data, name)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise refused(name, _("an Excel 97-2003 workbook (.xls) or a password-protected "
                              "one: save it as .xlsx or CSV (without a password) and import "
                              "that"))
    if data.startswith(b"%PDF"):
        raise refused(name, _("a PDF document, not a contact list: export the contacts as "
                              "CSV, Excel or vCard"))
    if is_binary(data):
        raise refused(name, _("a binary file, not a contact list (CSV, Excel or vCard)"))
    try:
        decoded = decode(data, encoding)
    except EncodingError as err:
        raise refused(name, _("{error}: not a contact list (CSV, Excel or vCard), or one in "
                              "an encoding to choose by hand").format(error=err)) from None
    text = decoded.text
    if re.match(r"\s*BEGIN:VCARD", text[:4096], re.IGNORECASE):
        from app.contacts.vcard import read_vcards

        table = read_vcards(text, name)
    else:
        table = _read_csv(text, name)
    return dataclasses.replace(table, encoding=decoded.encoding,
                               encoding_reason=decoded.reason)


def _too_big(size: int) -> str:
    megabytes = f"{size / 1024 / 1024:,.1f}"
    if current() != "en":
        from app.money import number

        megabytes = number(round(size / 1024 / 1024, 1), current())
    return _("the file is {size} MB; a contact file may hold at most {most} MB").format(
        size=megabytes, most=MAX_BYTES // 1024 // 1024)


def too_many_rows(name: str) -> InvalidInput:
    return refused(name, _("more than {most} contacts: an account holds at most {most} "
                           "people; split the file").format(most=figure(MAX_ROWS)))


def cell_text(value: Any) -> str:
    """A spreadsheet value as the user sees it: 13800138000, not 1.38e10 or 13800138000.0."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def collect(rows: Iterable[tuple[int, Iterable[Any]]], name: str) -> tuple[Row, ...]:
    """Non-empty rows as text, trailing empty cells cut; refused past the limits."""
    kept: list[Row] = []
    for number, values in rows:
        cells = [cell_text(v) for v in values]
        while cells and not cells[-1]:
            cells.pop()
        if not cells:
            continue
        if len(cells) > MAX_COLUMNS:
            raise refused(name, _("row {n} has {columns} columns; a contact file may have "
                                  "at most {most}").format(n=figure(number),
                                                           columns=figure(len(cells)),
                                                           most=figure(MAX_COLUMNS)))
        kept.append((number, tuple(cells)))
        if len(kept) > MAX_ROWS + MAX_LEADING:
            raise too_many_rows(name)
    return tuple(kept)


_DELIMITERS = (",", ";", "\t")


def _read_csv(text: str, name: str) -> Table:
    lines = io.StringIO(text, newline="")  # line breaks as CSV knows them: \n, \r, \r\n
    head = list(itertools.islice(lines, 60))
    hinted = re.fullmatch(r'"?sep=(.)"?', head[0].strip().lower()) if head else None
    if hinted:  # Excel's hint line, "sep=;"
        delimiter, start = hinted.group(1), 1
    else:
        delimiter, start = sniff_delimiter(head), 0
    rest = itertools.chain(head[start:], lines)
    return Table(name, "csv", collect(_records(rest, delimiter, name, start), name),
                 delimiter=delimiter)


def sniff_delimiter(lines: list[str]) -> str:
    """The delimiter, among comma, semicolon and tab, that splits the most lines into
    the same number (above one) of cells; a comma when none does."""
    best, best_score = ",", 0.0
    sample = [line for line in lines if line.strip()]
    for delimiter in _DELIMITERS:
        try:
            counts = [len(r) for r in csv.reader(sample, delimiter=delimiter)]
        except csv.Error:
            continue
        widths = [c for c in counts if c > 1]
        if not widths:
            continue
        mode = max(set(widths), key=widths.count)
        score = widths.count(mode) / len(counts) + min(mode, 20) / 1000
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _records(lines: Iterable[str], delimiter: str, name: str,
             offset: int) -> Iterator[tuple[int, list[str]]]:
    """Records numbered as Excel shows them: one per record, blank ones included."""
    reader = csv.reader(lines, delimiter=delimiter)
    number = offset
    try:
        for record in reader:
            number += 1
            yield number, record
    except csv.Error as err:
        why = (_("a cell longer than {most} characters").format(
            most=figure(csv.field_size_limit())) if "field limit" in str(err) else str(err))
        raise refused(name, _("row {n} cannot be read as CSV: {why}").format(
            n=figure(number + 1), why=why)) from None


def check_workbook_zip(data: bytes, name: str) -> None:
    """Refuse a zip that is not a workbook, or would expand too far (a zip bomb)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise refused(name, _("a damaged zip or Excel file: it cannot be opened")) from None
    names = {m.filename for m in members}
    if "xl/workbook.xml" not in names:
        if "word/document.xml" in names:
            raise refused(name, _("a Word document, not an Excel workbook: save the "
                                  "contacts as .xlsx, CSV or vCard"))
        raise refused(name, _("a zip archive, not an Excel workbook: save the contacts as "
                              ".xlsx, CSV or vCard"))
    if sum(m.file_size for m in members) > MAX_UNZIPPED:
        raise refused(name, _("the workbook expands to more than {most} MB: not a contact "
                              "list").format(most=MAX_UNZIPPED // 1024 // 1024))
