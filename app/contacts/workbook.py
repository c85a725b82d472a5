"""An Excel workbook's contacts: the first sheet that holds any, as text cells.

openpyxl in read-only mode streams the sheet instead of building every cell object
(2,000 rows in a fraction of a second); the sheet's stated size is not trusted
(some exporters write a wrong one), so rows are read to the end.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterator
from typing import Any

from app.contacts.sources import Table, check_workbook_zip, collect, refused
from app.errors import RapportError
from app.i18n import _

#: this many empty rows in a row end a sheet (formatting applied to a million rows)
_EMPTY_RUN = 10_000


def read_workbook(data: bytes, name: str) -> Table:
    """The first worksheet with content; InvalidInput if the workbook cannot be read."""
    check_workbook_zip(data, name)
    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "no default style" and the like: not ours
            book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            try:
                for sheet in book.worksheets:
                    sheet.reset_dimensions()
                    rows = collect(_rows(sheet.iter_rows(values_only=True)), name)
                    if rows:
                        return Table(name, "xlsx", rows, sheet=sheet.title)
            finally:
                book.close()
    except RapportError:
        raise
    except Exception as err:  # noqa: BLE001 - openpyxl fails on a bad part in many ways
        raise refused(name, _("a damaged Excel workbook ({error})").format(
            error=type(err).__name__)) from None
    raise refused(name, _("the workbook's sheets are empty"))


def _rows(values: Iterator[tuple[Any, ...]]) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """Rows numbered from 1 as Excel shows them, until a long run of empty ones."""
    last = 0
    for number, row in enumerate(values, start=1):
        if any(v is not None and v != "" for v in row):
            last = number
        elif number - last > _EMPTY_RUN:
            return
        yield number, row
