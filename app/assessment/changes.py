"""What changed between two versions of an account: the quarterly review's question.

``changes(old, new)`` compares two account documents and returns typed changes, people
matched by id (a rename is a rename, not a departure and an arrival), lines by id where
both versions have one, else by their ends and kind. The result is deterministic: the
order is by kind (people first, then lines, stage, risks, objectives, health) and within
a kind by the order of the newer document (removed things by the older one's).

Each change has a stable English ``kind`` (the CLI's JSON and the tests speak it), the
``subject`` id it concerns (a person, a line, a risk, an objective, or the account),
``before`` and ``after`` as plain JSON values, and a ``weight`` saying how much it
matters to a review (see :data:`WEIGHT`); :func:`describe` words it in the language of
the moment. Health is compared only when both days are given (the score depends on the
day it is computed for): a move of :data:`HEALTH_STEP` points or more is a change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.assessment.periods import LOOKBACK_DAYS
from app.assessment.settings import ScoringSettings
from app.i18n import _
from app.models.account import (
    AccountFile,
    InfluenceRecord,
    ObjectiveRecord,
    RiskRecord,
    StakeholderRecord,
)
from app.models.enums import RELATIONSHIP_LABELS, RiskStatus, label

#: the health moves worth telling (points of 100)
HEALTH_STEP = 5

#: every kind, in the order changes are listed; the number is how much a change of the
#: kind matters to a review (3 always worth a line in the agenda, 1 detail)
WEIGHT: dict[str, int] = {
    "person_added": 2,
    "person_removed": 3,
    "person_renamed": 1,
    "person_moved": 2,
    "role_changed": 2,
    "stance_changed": 3,
    "relationship_changed": 2,
    "influence_changed": 2,
    "owner_changed": 1,
    "line_added": 1,
    "line_removed": 1,
    "line_changed": 1,
    "stage_changed": 3,
    "risk_opened": 3,
    "risk_closed": 2,
    "risk_rerated": 2,
    "objective_status_changed": 2,
    "health_moved": 3,
}
KINDS = tuple(WEIGHT)
__all__ = ["KINDS", "LOOKBACK_DAYS", "WEIGHT", "Change", "changes", "describe",
           "names_of", "significant"]

#: closed or mitigated-and-closed: the risk no longer needs watching
_CLOSED = {RiskStatus.CLOSED}


@dataclass(frozen=True)
class Change:
    kind: str
    #: the id of what changed: a person, a line ("source>target:kind" without an id),
    #: a risk, an objective, or the account's id
    subject: str
    #: how the subject is called (the newer name; the older one when it is gone)
    name: str
    before: Any = None
    after: Any = None
    #: the people a change concerns (a line: both ends), for selecting them on the map
    people: tuple[str, ...] = field(default=())

    @property
    def weight(self) -> int:
        return WEIGHT[self.kind]

    def as_json(self, date: dt.date | None = None) -> dict[str, Any]:
        """The CLI's form: ``{kind, subject, before, after, date}`` (and the name)."""
        return {"kind": self.kind, "subject": self.subject, "name": self.name,
                "before": self.before, "after": self.after,
                "date": date.isoformat() if date else None}


def changes(old: AccountFile, new: AccountFile, *, old_day: dt.date | None = None,
            new_day: dt.date | None = None,
            settings: ScoringSettings | None = None) -> list[Change]:
    """Every change from ``old`` to ``new``, in :data:`KINDS` order."""
    found: list[Change] = []
    found += _people(old, new)
    found += _lines(old, new)
    if old.account.relationship_stage != new.account.relationship_stage:
        found.append(Change("stage_changed", new.account.id, new.account.name,
                            _value(old.account.relationship_stage),
                            _value(new.account.relationship_stage)))
    found += _risks(old.risks, new.risks)
    found += _objectives(old.objectives, new.objectives)
    if old_day is not None and new_day is not None:
        found += _health(old, new, old_day, new_day, settings or ScoringSettings())
    order = {kind: i for i, kind in enumerate(KINDS)}
    return sorted(found, key=lambda c: order[c.kind])  # stable: document order kept


def names_of(*docs: AccountFile | None) -> dict[str, str]:
    """Everyone's name by id in these versions, the later ones winning (a departed
    manager is still named by the older one)."""
    out: dict[str, str] = {}
    for doc in docs:
        if doc is not None:
            out.update({p.id: p.name for p in doc.stakeholders})
    return out


def significant(found: Iterable[Change], least: int = 2) -> list[Change]:
    """The changes a review should talk about (weight ``least`` or more), weightiest
    first, in list order among equals."""
    return sorted((c for c in found if c.weight >= least), key=lambda c: -c.weight)


def _value(value: Any) -> Any:
    return getattr(value, "value", value)


def _people(old: AccountFile, new: AccountFile) -> list[Change]:
    before = {p.id: p for p in old.stakeholders}
    after = {p.id: p for p in new.stakeholders}
    out: list[Change] = []
    for p in new.stakeholders:
        was = before.get(p.id)
        if was is None:
            out.append(Change("person_added", p.id, p.name, None,
                              {"title": p.title, "stance": _value(p.stance)}, (p.id,)))
            continue
        out += _person(was, p, before, after)
    for p in old.stakeholders:
        if p.id not in after:
            out.append(Change("person_removed", p.id, p.name,
                              {"title": p.title, "stance": _value(p.stance)}, None, (p.id,)))
    return out


def _person(was: StakeholderRecord, now: StakeholderRecord,
            before: dict[str, StakeholderRecord],
            after: dict[str, StakeholderRecord]) -> list[Change]:
    out: list[Change] = []
    who = (now.id,)
    if was.name != now.name:
        out.append(Change("person_renamed", now.id, now.name, was.name, now.name, who))
    if was.reports_to != now.reports_to or was.department != now.department:
        out.append(Change("person_moved", now.id, now.name,
                          {"reports_to": was.reports_to, "department": was.department},
                          {"reports_to": now.reports_to, "department": now.department},
                          who))
    for kind, attr in (("role_changed", "role"), ("stance_changed", "stance"),
                       ("relationship_changed", "relationship"),
                       ("influence_changed", "influence"), ("owner_changed", "our_owner")):
        old_value, new_value = getattr(was, attr), getattr(now, attr)
        if old_value != new_value:
            out.append(Change(kind, now.id, now.name, _value(old_value), _value(new_value),
                              who))
    return out


def _line_key(line: InfluenceRecord) -> str:
    return line.id or f"{line.source}>{line.target}:{_value(line.kind) or 'informal'}"


def _lines(old: AccountFile, new: AccountFile) -> list[Change]:
    names = {p.id: p.name for p in old.stakeholders} | {p.id: p.name for p in new.stakeholders}

    def match(lines: Sequence[InfluenceRecord]) -> dict[str, InfluenceRecord]:
        return {_line_key(line): line for line in lines}

    def ends(line: InfluenceRecord) -> dict[str, Any]:
        return {"source": line.source, "target": line.target,
                "kind": _value(line.kind), "strength": line.strength}

    def title(line: InfluenceRecord) -> str:
        return f"{names.get(line.source, line.source)} → {names.get(line.target, line.target)}"

    before, after = match(old.influences), match(new.influences)
    # a line without an id in one version is matched by its ends in the other
    by_ends = {(x.source, x.target): k for k, x in before.items()}
    out: list[Change] = []
    seen: set[str] = set()
    for key, line in after.items():
        old_key = key if key in before else by_ends.get((line.source, line.target))
        was = before.get(old_key) if old_key is not None and old_key not in seen else None
        if was is None:
            out.append(Change("line_added", key, title(line), None, ends(line),
                              (line.source, line.target)))
            continue
        seen.add(old_key or key)
        if ends(was) != ends(line):
            out.append(Change("line_changed", key, title(line), ends(was), ends(line),
                              (line.source, line.target)))
    for key, line in before.items():
        if key not in seen:
            out.append(Change("line_removed", key, title(line), ends(line), None,
                              (line.source, line.target)))
    return out


def _risk_state(risk: RiskRecord) -> dict[str, Any]:
    return {"status": _value(risk.status), "likelihood": risk.likelihood,
            "impact": risk.impact}


def _risks(old: Sequence[RiskRecord], new: Sequence[RiskRecord]) -> list[Change]:
    before = {r.id: r for r in old}
    out: list[Change] = []
    for risk in new:
        was = before.get(risk.id)
        closed_now = risk.status in _CLOSED
        if was is None:
            if not closed_now:
                out.append(Change("risk_opened", risk.id, risk.title, None, _risk_state(risk)))
            continue
        closed_then = was.status in _CLOSED
        if closed_now and not closed_then:
            out.append(Change("risk_closed", risk.id, risk.title, _risk_state(was),
                              _risk_state(risk)))
        elif closed_then and not closed_now:
            out.append(Change("risk_opened", risk.id, risk.title, _risk_state(was),
                              _risk_state(risk)))
        elif (was.likelihood, was.impact) != (risk.likelihood, risk.impact):
            out.append(Change("risk_rerated", risk.id, risk.title, _risk_state(was),
                              _risk_state(risk)))
    ids = {r.id for r in new}
    for risk in old:
        if risk.id not in ids and risk.status not in _CLOSED:  # deleted while open
            out.append(Change("risk_closed", risk.id, risk.title, _risk_state(risk), None))
    return out


def _objectives(old: Sequence[ObjectiveRecord],
                new: Sequence[ObjectiveRecord]) -> list[Change]:
    """Objectives kept from one version to the next whose status moved (a new or a
    removed objective is a plan edit, not news about the account)."""
    before = {o.id: o for o in old}
    return [Change("objective_status_changed", o.id, o.title, _value(before[o.id].status),
                   _value(o.status))
            for o in new if o.id in before and before[o.id].status != o.status]


def _health(old: AccountFile, new: AccountFile, old_day: dt.date, new_day: dt.date,
            settings: ScoringSettings) -> list[Change]:
    from app.assessment.health import health

    then = health(old, old_day, settings).score
    now = health(new, new_day, settings).score
    if then is None or now is None or abs(now - then) < HEALTH_STEP:
        return []
    return [Change("health_moved", new.account.id, new.account.name, then, now)]


# -- words ------------------------------------------------------------------------------
def _word(kind: str, value: Any) -> str:
    """A before/after value in words: vocabulary labels, relationship levels, "—"."""
    if value is None or value == "":
        return "—"
    if kind == "relationship_changed":
        return RELATIONSHIP_LABELS[int(value)]
    if kind in ("stance_changed", "role_changed", "stage_changed",
                "objective_status_changed"):
        return label(value)
    return str(value)


def describe(change: Change, people: dict[str, str] | None = None) -> str:
    """One line in the language of the moment: "王丽娜: stance neutral → supporter".

    ``people`` names the ids a move or a line refers to (the newer document's names)."""
    names = people or {}
    k, who = change.kind, change.name
    before, after = _word(k, change.before), _word(k, change.after)
    if k == "person_added":
        return _("{name} joined the map").format(name=who)
    if k == "person_removed":
        return _("{name} left the map").format(name=who)
    if k == "person_renamed":
        return _("{old} is now called {name}").format(old=change.before, name=who)
    if k == "person_moved":
        old_boss, new_boss = change.before["reports_to"], change.after["reports_to"]
        if old_boss != new_boss:
            if new_boss is None:
                return _("{name} no longer reports to anyone on the map").format(name=who)
            return _("{name} now reports to {manager}").format(
                name=who, manager=names.get(new_boss, new_boss))
        return _("{name} moved to {department}").format(
            name=who, department=change.after["department"] or "—")
    if k == "stance_changed":
        return _("{name}: stance {before} → {after}").format(name=who, before=before,
                                                              after=after)
    if k == "relationship_changed":
        return _("{name}: our relationship {before} → {after}").format(
            name=who, before=before, after=after)
    if k == "influence_changed":
        return _("{name}: influence {before} → {after}").format(name=who, before=before,
                                                                 after=after)
    if k == "role_changed":
        return _("{name}: role {before} → {after}").format(name=who, before=before,
                                                            after=after)
    if k == "owner_changed":
        return _("{name}: owner on our side {before} → {after}").format(
            name=who, before=before, after=after)
    if k == "line_added":
        return _("New influence line: {line}").format(line=who)
    if k == "line_removed":
        return _("Influence line removed: {line}").format(line=who)
    if k == "line_changed":
        return _("Influence line changed: {line}").format(line=who)
    if k == "stage_changed":
        return _("Relationship stage {before} → {after}").format(before=before, after=after)
    if k == "risk_opened":
        return _("Risk opened: {title}").format(title=who)
    if k == "risk_closed":
        return _("Risk closed: {title}").format(title=who)
    if k == "risk_rerated":
        old_score = _score(change.before)
        new_score = _score(change.after)
        return _("Risk re-rated: {title} ({before} → {after})").format(
            title=who, before=old_score, after=new_score)
    if k == "objective_status_changed":
        return _("Objective {title}: {before} → {after}").format(title=who, before=before,
                                                                  after=after)
    if k == "health_moved":
        return _("Health {before} → {after}").format(before=before, after=after)
    raise ValueError(f"unknown change kind {k!r}")


def _score(state: dict[str, Any] | None) -> str:
    if not state or state.get("likelihood") is None or state.get("impact") is None:
        return "—"
    return str(state["likelihood"] * state["impact"])
