"""Edits of an account's stage history, stage evidence, selection checklist and
white-space grid: pure functions from one validated document to the next."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, Literal

from app.errors import InvalidInput, Problem
from app.i18n import _
from app.models.account import AccountFile, SelectionRecord, WhitespaceRecord
from app.models.enums import Evidence, FitCriterion, RelationshipStage, WhitespaceStatus
from app.services.documents import rebuilt

Axis = Literal["units", "offerings"]


def _gone(doc: AccountFile, message: str) -> InvalidInput:
    """``message``: "… is no longer there" (another window or command removed it)."""
    return InvalidInput(doc.account.name, [Problem("", message)])


# -- stage history ---------------------------------------------------------------
def _not_later_than(doc: AccountFile, day: Any, today: dt.date, path: str) -> None:
    try:
        when = dt.date.fromisoformat(day) if isinstance(day, str) else day
    except ValueError:
        return  # not a date at all: the schema says so, with its path
    if isinstance(when, dt.date) and when > today:
        raise InvalidInput(doc.account.name, [Problem(
            path, _("{date} is in the future; the history records what happened").format(
                date=when.isoformat()))])


def add_stage_entry(doc: AccountFile, date: dt.date, stage: RelationshipStage,
                    note: str | None = None, *, today: dt.date) -> AccountFile:
    """Record a stage change after the fact. If it is the latest change, the account's
    current stage becomes that stage too, so history and profile agree."""
    _not_later_than(doc, date, today, f"stage_history[{len(doc.stage_history)}].date")
    entry = {"date": date.isoformat(), "stage": str(stage), "note": note}
    latest = all(h.date <= date for h in doc.stage_history)
    if latest and doc.account.relationship_stage != stage:
        account = {**doc.account.model_dump(mode="json"), "relationship_stage": str(stage)}
        return rebuilt(doc, stage_history=[*doc.stage_history, entry], account=account)
    return rebuilt(doc, stage_history=[*doc.stage_history, entry])


def _stage_index(doc: AccountFile, entry: int | str) -> int:
    """Where the stage change ``entry`` (its id; an index for an entry without one) is."""
    if isinstance(entry, str):
        found = next((i for i, h in enumerate(doc.stage_history) if h.id == entry), None)
        if found is None:
            raise _gone(doc, _("That stage change is no longer there"))
        return found
    if not 0 <= entry < len(doc.stage_history):
        raise _gone(doc, _("That stage change is no longer there"))
    return entry


def update_stage_entry(doc: AccountFile, entry: int | str, changes: Mapping[str, Any], *,
                       today: dt.date) -> AccountFile:
    index = _stage_index(doc, entry)
    if "date" in changes:
        _not_later_than(doc, changes["date"], today, f"stage_history[{index}].date")
    history: list[Any] = list(doc.stage_history)
    history[index] = {**history[index].model_dump(mode="json"), **changes}
    return rebuilt(doc, stage_history=history)


def remove_stage_entry(doc: AccountFile, entry: int | str) -> AccountFile:
    index = _stage_index(doc, entry)
    return rebuilt(doc, stage_history=[h for i, h in enumerate(doc.stage_history)
                                       if i != index])


# -- stage evidence ----------------------------------------------------------------
def set_evidence(doc: AccountFile, criterion: Evidence, ticked: bool, today: dt.date,
                 note: str | None = None) -> AccountFile:
    """Tick (dated ``today``) or untick a criterion the data cannot show."""
    rest = [e for e in doc.stage_evidence if e.criterion != criterion]
    if not ticked:
        return rebuilt(doc, stage_evidence=rest)
    entry = {"criterion": str(criterion), "date": today.isoformat(), "note": note}
    return rebuilt(doc, stage_evidence=[*rest, entry])


# -- KAM selection checklist -----------------------------------------------------------
def set_fit(doc: AccountFile, criterion: FitCriterion, score: int | None) -> AccountFile:
    current = doc.selection or SelectionRecord()
    return rebuilt(doc, selection={**current.model_dump(mode="json"), str(criterion): score})


# -- white space ------------------------------------------------------------------
def _grid(doc: AccountFile) -> dict[str, Any]:
    return (doc.whitespace or WhitespaceRecord()).model_dump(mode="json")


def add_to_grid(doc: AccountFile, axis: Axis, name: str) -> AccountFile:
    """Add a business unit (row) or an offering (column)."""
    grid = _grid(doc)
    grid[axis] = [*grid[axis], name]
    return rebuilt(doc, whitespace=grid)


def rename_in_grid(doc: AccountFile, axis: Axis, old: str, new: str) -> AccountFile:
    """Rename a unit or offering; its cells follow."""
    grid = _grid(doc)
    if old not in grid[axis]:
        raise _gone(doc, _("\"{name}\" is no longer there").format(name=old))
    grid[axis] = [new if n == old else n for n in grid[axis]]
    key = "unit" if axis == "units" else "offering"
    grid["cells"] = [{**c, key: new} if c[key] == old else c for c in grid["cells"]]
    return rebuilt(doc, whitespace=grid)


def remove_from_grid(doc: AccountFile, axis: Axis, name: str) -> AccountFile:
    """Remove a unit or offering with its cells."""
    grid = _grid(doc)
    if name not in grid[axis]:
        raise _gone(doc, _("\"{name}\" is no longer there").format(name=name))
    grid[axis] = [n for n in grid[axis] if n != name]
    key = "unit" if axis == "units" else "offering"
    grid["cells"] = [c for c in grid["cells"] if c[key] != name]
    return rebuilt(doc, whitespace=grid)


def set_cell(doc: AccountFile, unit: str, offering: str, status: WhitespaceStatus | None,
             value: float | None = None, note: str | None = None,
             shared: bool | None = None) -> AccountFile:
    """Assess one cell (``status`` None: back to not assessed). Only an opportunity
    keeps an estimated value. ``shared`` None keeps whether the cell is shared with the
    customer (re-assessing a cell must not quietly unshare or share it)."""
    grid = _grid(doc)
    cell: dict[str, Any] | None = None
    if status is not None:
        if shared is None:
            shared = any(c.get("client_visible", False) for c in grid["cells"]
                         if (c["unit"], c["offering"]) == (unit, offering))
        cell = {"unit": unit, "offering": offering, "status": str(status), "note": note,
                "value": value if status == WhitespaceStatus.OPPORTUNITY else None,
                "client_visible": shared}
    cells, found = [], False
    for c in grid["cells"]:  # in place, so the file's order stays stable
        if (c["unit"], c["offering"]) == (unit, offering):
            found = True
            if cell is not None:
                cells.append(cell)
        else:
            cells.append(c)
    if cell is not None and not found:
        cells.append(cell)
    grid["cells"] = cells
    return rebuilt(doc, whitespace=grid)
