"""Importing contacts: a plan (``app.contacts``) turned into the account's next document.

The result is one validated document — new people with fresh ids and their reporting
lines, the people the file updates with only the fields it provides changed — that
the caller saves as one undoable step. New people get no position: the map lays
them out into the org chart. The summary says what was created, updated and skipped
(and why), as a CLI prints it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from collections.abc import Mapping as MappingABC
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.contacts import ImportPlan, RowPlan, layout, open_source, plan_import
from app.contacts.fields import FIELDS
from app.contacts.rows import where
from app.errors import InvalidInput, Problem, cut, figure, shown
from app.i18n import N_, _
from app.models.account import AccountFile
from app.services.documents import rebuilt
from app.services.map_edits import TRACKED

#: how the summary names a changed field (translated where shown)
_LABELS = {**FIELDS, "reports_to": N_("Manager"), "messengers": N_("Messengers")}


def _label(field: str) -> str:
    """"E-mail", "Manager": a changed field as the summary names it (without the
    explanation some wizard labels have: "Middle name (patronymic)")."""
    return _(_LABELS[field]).split(" (")[0].split("（")[0] if field in _LABELS else field
#: characters of a name a summary line shows
_NAME = 80


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What an import did, row by row, for the CLI to print and the wizard to show."""

    created: tuple[RowPlan, ...]
    updated: tuple[RowPlan, ...]
    unchanged: tuple[RowPlan, ...]
    skipped: tuple[RowPlan, ...]
    #: problems of imported rows (a bad e-mail left out, a manager not found, …)
    warnings: tuple[str, ...]
    unit: str = "row"

    def lines(self) -> list[str]:
        """The summary as printable lines (user values escaped)."""
        u = self.unit
        out = [_("{created} created, {updated} updated, {unchanged} unchanged, {skipped} "
                 "skipped").format(created=figure(len(self.created)),
                                   updated=figure(len(self.updated)),
                                   unchanged=figure(len(self.unchanged)),
                                   skipped=figure(len(self.skipped)))]
        out += ["  " + _("created  {where}: {name} ({id})").format(
            where=where(u, r.row), name=_name(r), id=r.person_id) for r in self.created]
        out += ["  " + _("updated  {where}: {name} ({id}, {how}): {fields}").format(
            where=where(u, r.row), name=_name(r), id=r.person_id, how=_by(r.matched_by),
            fields=_(", ").join(_label(f) for f in r.changes)) for r in self.updated]
        out += ["  " + _("skipped  {where}: {name}: {reasons}").format(
            where=where(u, r.row), name=_name(r), reasons=shown("; ".join(r.reasons)))
            for r in self.skipped]
        out += ["  " + _("warning  {problem}").format(problem=shown(w))
                for w in self.warnings]
        return out


def _by(how: str | None) -> str:
    """How an updated row found its person: "by e-mail", "by similar name"."""
    return {"e-mail": _("by e-mail"), "phone": _("by phone"), "name": _("by name"),
            "similar name": _("by similar name")}.get(how or "", how or "")


def _name(row: RowPlan) -> str:
    return cut(shown(row.name), _NAME) if row.name else _("(no name)")


@dataclass(frozen=True, slots=True)
class ImportResult:
    #: the next document (``plan.base`` itself when nothing changes)
    doc: AccountFile
    summary: ImportSummary

    @property
    def changed(self) -> bool:
        return bool(self.summary.created or self.summary.updated)


def apply_import(plan: ImportPlan, skip: Collection[int] = (), *,
                 today: dt.date | None = None) -> ImportResult:
    """The account with the plan's rows imported, minus the ``skip`` rows (numbers as
    in the file). With ``today``, a stance the file changes is recorded in the
    stakeholder history, as an edit in the side panel is. InvalidInput if no row can
    be imported (each skipped row's reason listed), or if the account would refuse
    the result (more than 5,000 people)."""
    if set(skip) - plan.skip:
        plan = plan.skipping(skip)
    if not plan.usable:
        raise InvalidInput(plan.layout.table.name, [
            Problem(where(plan.layout.table.unit, r.row), "; ".join(r.reasons))
            for r in plan.rows] or [Problem("", _("no rows"))])
    rows = {a: tuple(r for r in plan.rows if r.action == a)
            for a in ("create", "update", "unchanged", "skip")}
    summary = ImportSummary(
        rows["create"], rows["update"], rows["unchanged"], rows["skip"],
        tuple(str(p) for r in plan.rows if r.action != "skip" for p in r.problems),
        plan.layout.table.unit)
    if not rows["create"] and not rows["update"]:
        return ImportResult(plan.base, summary)
    updated = {r.person_id: r.record for r in rows["update"]}
    people: list[Any] = [updated.get(p.id, p) for p in plan.base.stakeholders]
    people += [r.record for r in rows["create"]]
    history = _history(plan, rows["update"], today) if today else []
    if history:
        return ImportResult(rebuilt(plan.base, stakeholders=people, stakeholder_history=[
            *plan.base.stakeholder_history, *history]), summary)
    return ImportResult(rebuilt(plan.base, stakeholders=people), summary)


def _history(plan: ImportPlan, updated: tuple[RowPlan, ...],
             today: dt.date) -> list[dict[str, Any]]:
    """Stakeholder-history entries for the tracked fields the import changes."""
    note = _("imported from {file}").format(file=plan.layout.table.name)[:200]
    return [{"date": today.isoformat(), "stakeholder": r.person_id, "field": f,
             "old": old, "new": new, "note": note}
            for r in updated for f, (old, new) in r.changes.items() if f in TRACKED]


def plan_file(doc: AccountFile, path: str | Path, *, encoding: str | None = None,
              preset: str | None = None,
              mapping: str | MappingABC[str, Any] | None = None,
              header_row: int | None = None, region: str | None = None) -> ImportPlan:
    """Read, map and plan a contact file in one call (the CLI's path): see
    ``app.contacts.open_source``, ``layout`` and ``plan_import``."""
    table = open_source(path, encoding)
    return plan_import(doc, layout(table, preset=preset, mapping=mapping,
                                   header_row=header_row), region=region)


def placed(result: ImportResult) -> AccountFile:
    """The imported document with its new people given a place on a map whose other
    cards were placed by hand: an org chart of their own below them (see
    ``app.graph.encoding.positions_for_new``); as it is when nobody was placed."""
    from app.graph.encoding import positions_for_new
    from app.models.account import Position

    new = {r.person_id for r in result.summary.created if r.person_id}
    spots = positions_for_new(result.doc, new)
    if not spots:
        return result.doc
    return result.doc.model_copy(update={"stakeholders": [
        p.model_copy(update={"position": Position(x=spots[p.id][0], y=spots[p.id][1])})
        if p.id in spots else p for p in result.doc.stakeholders]})
