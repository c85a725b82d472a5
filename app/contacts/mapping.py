"""Which column fills which field, and where a file's header row is.

A ``Mapping`` is a small value, column name -> field (or None: not imported), that
the wizard shows and edits, saves for next time and the CLI takes as ``--mapping
JSON``. ``layout`` puts a table, a preset and the user's corrections together: the
header row found (titles above it are skipped), unique column names, the mapping
(automatic, corrected), and the columns left unmapped.
"""

from __future__ import annotations

import json
from collections.abc import Mapping as MappingABC
from dataclasses import dataclass
from typing import Any

from app.contacts.fields import (
    ALIASES,
    FIELDS,
    NAME_FIELDS,
    PRESET_LABELS,
    PRESETS,
    SECOND,
    guess_preset,
    header_key,
)
from app.contacts.sources import MAX_LEADING, Row, Table
from app.errors import InvalidInput, Problem, figure, quoted
from app.i18n import _

#: ``preset`` value for "no preset, generic names only"
GENERIC = "generic"
#: ``header_row`` value for "the file has no header row" (columns A, B, C …)
NO_HEADER = 0


@dataclass(frozen=True, slots=True)
class Mapping:
    """Column name -> field (None: the column is not imported), in column order."""

    columns: tuple[tuple[str, str | None], ...] = ()

    @classmethod
    def of(cls, pairs: MappingABC[str, str | None], source: str | None = None) -> Mapping:
        """A checked mapping: known fields only, no field filled from two columns."""
        problems: list[Problem] = []
        taken: dict[str, str] = {}
        for column, field in pairs.items():
            if not isinstance(column, str) or not (field is None or isinstance(field, str)):
                problems.append(Problem(quoted(column), _("must name a column and a field "
                                                          "(or null)")))
            elif field is not None and field not in FIELDS:
                problems.append(Problem(quoted(column), _(
                    "unknown field {field}; the fields are {fields}").format(
                        field=quoted(field), fields=", ".join(FIELDS))))
            elif field is not None and field in taken:
                problems.append(Problem(quoted(column), _(
                    "{field} is mapped twice (also from column {column})").format(
                        field=quoted(field), column=quoted(taken[field]))))
            elif field is not None:
                taken[field] = column
        if problems:
            raise InvalidInput(source or _("mapping"), problems)
        return cls(tuple(pairs.items()))

    @classmethod
    def from_json(cls, value: str | MappingABC[str, Any],
                  source: str | None = None) -> Mapping:
        """From JSON text or its dict, ``{"ФИО": "name", "Company": null}``."""
        if isinstance(value, str):
            try:
                value = json.loads(value)
            except ValueError as err:
                raise InvalidInput(source or _("mapping"), [Problem("", _(
                    "not JSON: {error}").format(error=err))]) from None
        if not isinstance(value, MappingABC):
            raise InvalidInput(source or _("mapping"), [Problem("", _(
                "must be a JSON object such as {example}").format(
                    example='{"ФИО": "name", "Почта": "email"}'))])
        return cls.of(value, source)

    def to_json(self) -> dict[str, str | None]:
        return dict(self.columns)

    def field(self, column: str) -> str | None:
        return dict(self.columns).get(column)

    @property
    def fields(self) -> dict[str, str]:
        """field -> the column it comes from."""
        return {f: c for c, f in self.columns if f is not None}

    def merged(self, corrections: Mapping) -> Mapping:
        """This mapping with the user's corrections: a field a correction assigns is
        taken from the column that had it automatically."""
        fixed = dict(corrections.columns)
        claimed = {f for f in fixed.values() if f is not None}
        out = {c: (None if f in claimed else f) for c, f in self.columns if c not in fixed}
        out.update(fixed)
        return Mapping(tuple(out.items()))


def auto_mapping(columns: list[str], preset: str | None = None) -> Mapping:
    """Fields from header names: the preset's exact columns first, then the generic
    names; a second phone or e-mail column fills the "other" field."""
    tables = [PRESETS[preset]] if preset and preset in PRESETS else []
    tables.append(ALIASES)
    chosen: dict[str, str | None] = dict.fromkeys(columns)
    taken: set[str] = set()
    for table in tables:
        for column in columns:
            field = table.get(header_key(column)) if chosen[column] is None else None
            if field in taken and field is not None:
                field = SECOND.get(field)
            if field is not None and field not in taken:
                chosen[column] = field
                taken.add(field)
    return Mapping(tuple(chosen.items()))


@dataclass(frozen=True, slots=True)
class Layout:
    """A table read through its header row and a mapping."""

    table: Table
    #: the header's row number (None: the format names the columns, as vCard does;
    #: ``NO_HEADER``: the file has none, its columns are "Column A", "Column B" …)
    header_row: int | None
    columns: tuple[str, ...]
    mapping: Mapping
    #: the preset used (given or recognised), None for generic names
    preset: str | None
    #: the rows below the header
    data: tuple[Row, ...]

    @property
    def unmapped(self) -> tuple[str, ...]:
        """Columns that will not be imported: the wizard lists them."""
        return tuple(c for c, f in self.mapping.columns if f is None)

    @property
    def has_name(self) -> bool:
        return any(f in self.mapping.fields for f in NAME_FIELDS)

    def records(self) -> list[tuple[int, dict[str, str]]]:
        """Each data row's number and its non-empty cells by field."""
        index = {c: i for i, c in enumerate(self.columns)}
        at = [(f, index[c]) for f, c in self.mapping.fields.items()]
        return [(number, {f: cells[i] for f, i in at if i < len(cells) and cells[i]})
                for number, cells in self.data]


def layout(table: Table, *, preset: str | None = None,
           mapping: Mapping | MappingABC[str, Any] | str | None = None,
           header_row: int | None = None) -> Layout:
    """The table's header row (given, ``NO_HEADER``, or the row among the first 50 whose
    cells name the most fields), its columns and their mapping: automatic from the header names
    and the preset (given, or recognised from telltale columns; ``"generic"`` for
    none), corrected by ``mapping``. InvalidInput for an unknown preset, a header row
    the file does not have, or a correction naming a column the file does not have."""
    if preset is not None and preset != GENERIC and preset not in PRESET_LABELS:
        raise InvalidInput(_("preset"), [Problem("", _(
            "unknown preset {preset}; the presets are {presets}").format(
                preset=quoted(preset), presets=", ".join(PRESET_LABELS)))])
    chosen: str | None
    if table.header is not None:
        header, data, header_row = table.header, table.rows, None
        chosen = "vcard"
    elif header_row == NO_HEADER:
        header, data = (), table.rows
        chosen = None if preset == GENERIC else preset
    else:
        index = _header_index(table, preset, header_row)
        header, data = table.rows[index][1], table.rows[index + 1:]
        header_row = table.rows[index][0]
        chosen = (None if preset == GENERIC
                  else preset if preset else guess_preset(list(header)))
    width = max((len(cells) for _, cells in data), default=0)
    columns = unique_columns(header, width)
    auto = auto_mapping(list(columns), chosen)
    if mapping is not None:
        corrections = (mapping if isinstance(mapping, Mapping)
                       else Mapping.from_json(mapping))
        missing = [c for c, _ in corrections.columns if c not in columns]
        if missing:
            raise InvalidInput(_("mapping"), [Problem(quoted(c), _(
                "no such column in the file; its columns are {columns}").format(
                    columns=", ".join(columns))) for c in missing])
        auto = auto.merged(corrections)
    return Layout(table, header_row, columns, auto, None if chosen == "vcard" else chosen,
                  data)


def _header_index(table: Table, preset: str | None, header_row: int | None) -> int:
    if not table.rows:
        raise InvalidInput(table.name, [Problem("", _("the file has no rows"))])
    if header_row is not None:
        for i, (number, _cells) in enumerate(table.rows):
            if number == header_row:
                return i
        raise InvalidInput(table.name, [Problem("", _(
            "row {n} is empty or not in the file").format(n=figure(header_row)))])
    best, best_count = 0, 0
    for i, (_number, cells) in enumerate(table.rows[:MAX_LEADING]):
        named = auto_mapping(list(cells), None if preset == GENERIC else preset).fields
        count = len(named) + (1 if any(f in named for f in NAME_FIELDS) else 0)
        if count > best_count:
            best, best_count = i, count
    return best


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: how a spreadsheet names the column."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def unique_columns(header: tuple[str, ...], width: int) -> tuple[str, ...]:
    """Header cells as column names: an empty one is "Column C", a repeated one
    "Phone (2)"; data wider than the header gets named columns too."""
    names: list[str] = []
    seen: set[str] = set()
    for i in range(max(len(header), width)):
        text = " ".join(header[i].split()) if i < len(header) else ""
        name = text or f"Column {column_letter(i)}"
        n = 2
        while name in seen:
            name = f"{text or 'Column ' + column_letter(i)} ({n})"
            n += 1
        seen.add(name)
        names.append(name)
    return tuple(names)
