"""Edits of an account's people and lines, as pure functions on account documents.

Each returns a new, fully validated document (the same rules as an imported
file), which the service swaps in atomically; keeping the before and after
documents makes every map edit trivially undoable.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import Any

from app.errors import InvalidInput, Problem
from app.i18n import _
from app.models.account import AccountFile, StakeholderRecord
from app.models.enums import label
from app.services.documents import rebuilt

Line = tuple[str, str, str]  # (source, target, kind): kind "reports" or an influence kind


def new_person_id(doc: AccountFile) -> str:
    taken = {s.id for s in doc.stakeholders}
    numbers = [int(m.group(1)) for s in taken if (m := re.fullmatch(r"p(\d+)", s))]
    n = max(numbers, default=0) + 1
    while f"p{n:02d}" in taken:
        n += 1
    return f"p{n:02d}"


def add_person(doc: AccountFile, name: str, position: tuple[float, float] | None = None,
               **values: Any) -> tuple[AccountFile, str]:
    sid = new_person_id(doc)
    person: dict[str, Any] = {"id": sid, "name": name, **values}
    if position is not None:
        person["position"] = {"x": position[0], "y": position[1]}
    return rebuilt(doc, stakeholders=[*doc.stakeholders, person]), sid


TRACKED = ("stance", "relationship")
"""Fields whose every change is kept in ``stakeholder_history``: how a relationship moved."""


def update_person(doc: AccountFile, sid: str, changes: Mapping[str, Any], *,
                  today: dt.date | None = None) -> AccountFile:
    """Change a person's fields; with ``today``, a changed stance or relationship strength
    is also recorded in the stakeholder history (dated ``today``). InvalidInput if
    there is no such person (removed meanwhile: the edit no longer applies)."""
    person(doc, sid)
    people: list[Any] = []
    history: list[Any] = list(doc.stakeholder_history)
    for s in doc.stakeholders:
        if s.id != sid:
            people.append(s)
            continue
        before = s.model_dump(mode="json")
        after = {**before, **changes}
        people.append(after)
        if today is None:
            continue
        for field in TRACKED:
            if field in changes and after[field] != before[field]:
                history.append({"date": today.isoformat(), "stakeholder": sid, "field": field,
                                "old": before[field], "new": after[field]})
    if len(history) == len(doc.stakeholder_history):
        return rebuilt(doc, stakeholders=people)
    return rebuilt(doc, stakeholders=people, stakeholder_history=history)


def remove(doc: AccountFile, people: Iterable[str] = (), lines: Iterable[Line] = ()
           ) -> AccountFile:
    """Remove people (with their lines; their reports then report to nobody) and lines."""
    gone, cut = set(people), set(lines)
    stakeholders = []
    for s in doc.stakeholders:
        if s.id in gone:
            continue
        boss = s.reports_to
        if boss in gone or (boss is not None and (s.id, boss, "reports") in cut):
            s = s.model_copy(update={"reports_to": None})
        stakeholders.append(s)
    influences = [i for i in doc.influences
                  if i.source not in gone and i.target not in gone
                  and (i.source, i.target, str(i.kind or "informal")) not in cut]
    interactions = [i.model_copy(update={
        "stakeholder": None if i.stakeholder in gone else i.stakeholder,
        "participants": [p for p in i.participants if p not in gone]})
        for i in doc.interactions]
    history = [h for h in doc.stakeholder_history if h.stakeholder not in gone]
    # the plan may name them too: an action's stakeholder, a review's attendees
    actions = [a.model_copy(update={"stakeholder": None}) if a.stakeholder in gone else a
               for a in doc.actions]
    reviews = [r.model_copy(update={"their_attendees": [x for x in r.their_attendees
                                                        if x not in gone]})
               for r in doc.reviews]
    return rebuilt(doc, stakeholders=stakeholders, influences=influences,
                   interactions=interactions, stakeholder_history=history, actions=actions,
                   reviews=reviews)


def connect(doc: AccountFile, source: str, target: str, kind: str,
            strength: int | None = 2) -> AccountFile:
    """A reporting line (source reports to target) or an influence line source → target."""
    if kind == "reports":
        return update_person(doc, source, {"reports_to": target})
    if any((i.source, i.target, str(i.kind or "informal")) == (source, target, kind)
           for i in doc.influences):
        raise InvalidInput(doc.account.name, [Problem("influences", _(
            "this {kind} line is already on the map").format(kind=_line_kind(kind)))])
    line = {"source": source, "target": target, "kind": kind, "strength": strength}
    return rebuilt(doc, influences=[*doc.influences, line])


def update_line(doc: AccountFile, line: Line, changes: Mapping[str, Any]) -> AccountFile:
    """Change an influence line's kind, strength or note (a duplicate is refused)."""
    source, target, kind = line
    lines: list[Any] = []
    found = False
    for i in doc.influences:
        if not found and (i.source, i.target, str(i.kind or "informal")) == line:
            found = True
            lines.append({**i.model_dump(mode="json"), **changes})
        else:
            lines.append(i)
    if not found:
        raise InvalidInput(doc.account.name, [Problem("influences", _("that line is gone"))])
    new_kind = changes.get("kind", kind)
    if new_kind != kind and any((i.source, i.target, str(i.kind or "informal"))
                                == (source, target, new_kind) for i in doc.influences):
        raise InvalidInput(doc.account.name, [Problem("influences", _(
            "a {kind} line between them is already on the map").format(
                kind=_line_kind(new_kind)))])
    return rebuilt(doc, influences=lines)


def influence(doc: AccountFile, line: Line) -> Any:
    return next((i for i in doc.influences
                 if (i.source, i.target, str(i.kind or "informal")) == line), None)


def person(doc: AccountFile, sid: str) -> StakeholderRecord:
    for s in doc.stakeholders:
        if s.id == sid:
            return s
    raise InvalidInput(doc.account.name, [Problem("stakeholders", _('no person "{id}"').format(
        id=sid))])


def _line_kind(kind: str) -> str:
    """A line's kind (formal, informal, conflict) in the messages' words."""
    return label(kind).lower() or kind
