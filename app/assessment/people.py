"""People over time and across the two teams: relationship shape and stakeholder history.

``relationship_shape`` says how many of our people hold working relationships
with how many of theirs (the bow tie → diamond picture of key account
management). ``person_timeline`` and ``movement`` read ``stakeholder_history``:
how each person's stance and our relationship with them have moved.

The user-facing rules are in ``docs/stages.md``; keep the two in step.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from app.assessment.wording import month
from app.graph.model import stakeholders_by_id
from app.i18n import _, ngettext
from app.models.account import AccountFile, StakeholderRecord
from app.models.enums import RELATIONSHIP_LABELS, Stance, label

WORKING = 2  # relationship "Working" or better: someone we actually do business with
DIAMOND_OURS = 3  # a diamond needs at least this many of our people ...
DIAMOND_THEIRS = 5  # ... holding working relationships with at least this many of theirs

#: Stance from coldest to warmest; a step is one place along this scale.
STANCE_SCALE: tuple[Stance, ...] = (Stance.BLOCKER, Stance.SKEPTIC, Stance.NEUTRAL,
                                    Stance.SUPPORTER, Stance.CHAMPION)

ShapeKind = Literal["none", "bow_tie", "developing", "diamond"]
UNSET = "—"


def relationship_of(person: StakeholderRecord) -> int:
    """Our relationship strength, unset as 0: nobody can count on an unrecorded one."""
    return person.relationship if person.relationship is not None else 0


def is_working(person: StakeholderRecord) -> bool:
    """True for a working relationship (2 or more)."""
    return relationship_of(person) >= WORKING


# --- relationship shape -------------------------------------------------------------------


@dataclass(frozen=True)
class Shape:
    """Who holds the relationship: one-to-one (bow tie) or many-to-many (diamond).

    ``ours`` are our team members (distinct ``our_owner`` values) holding at least
    one working relationship, sorted; ``theirs`` the stakeholder ids with a working
    relationship and an owner on our side, in file order. Each of theirs has one
    owner, so ``links`` (one link per such stakeholder) equals ``len(theirs)``.
    """

    kind: ShapeKind
    ours: tuple[str, ...]
    theirs: tuple[str, ...]
    links: int
    explanation: str


def _owner(person: StakeholderRecord) -> str | None:
    """Our team member who owns the relationship; a blank name is no owner."""
    owner = (person.our_owner or "").strip()
    return owner or None


def _shape_kind(ours: int, theirs: int) -> ShapeKind:
    if theirs == 0:
        return "none"
    if ours == 1 or theirs == 1:
        return "bow_tie"
    if ours >= DIAMOND_OURS and theirs >= DIAMOND_THEIRS:
        return "diamond"
    return "developing"


def _shape_explanation(kind: ShapeKind, ours: int, theirs: int) -> str:
    if kind == "none":
        return _("no working relationship (2 or more) has an owner on our side")
    # two counts, each with its own plural: ours names the subject, theirs the object
    subject = ngettext("{n} of our people holds", "{n} of our people hold", ours).format(n=ours)
    text = ngettext("{ours_hold} a working relationship with {n} of theirs",
                    "{ours_hold} working relationships with {n} of theirs", theirs).format(
        ours_hold=subject, n=theirs)
    if kind == "bow_tie":
        return _("{pattern} — a bow tie: everything runs through one person, which is "
                 "fragile").format(pattern=text)
    if kind == "diamond":
        return _("{pattern} — a diamond: many of ours work with many of theirs").format(
            pattern=text)
    return text


def relationship_shape(doc: AccountFile) -> Shape:
    """Classify the contact pattern between the two teams.

    none: no link; bow_tie: exactly one of ours or exactly one of theirs;
    diamond: at least 3 of ours and 5 of theirs; otherwise developing. Only
    working relationships (2 or more) with an ``our_owner`` count: an owner-less
    relationship belongs to nobody who can be asked to keep it up.
    """
    theirs: list[str] = []
    ours: set[str] = set()
    for key, person in stakeholders_by_id(doc).items():
        owner = _owner(person)
        if owner is None or not is_working(person):
            continue
        theirs.append(key)
        ours.add(owner)
    kind = _shape_kind(len(ours), len(theirs))
    return Shape(kind, tuple(sorted(ours)), tuple(theirs), len(theirs),
                 _shape_explanation(kind, len(ours), len(theirs)))


# --- stakeholder history ------------------------------------------------------------------


@dataclass(frozen=True)
class PersonStep:
    """One recorded change of a stakeholder's stance or of our relationship with them.

    ``old``/``new`` are stance values (``Stance``) for ``field == "stance"`` and
    relationship strengths 0–4 for ``field == "relationship"``; None is unset.
    """

    date: dt.date
    stakeholder: str
    name: str
    field: Literal["stance", "relationship"]
    old: str | int | None
    new: str | int | None
    note: str | None

    def describe(self) -> str:
        """One line for a history list: "Li Wei: Neutral → Supporter, 2026-03"."""
        return _("{name}: {old} → {new}, {month}").format(
            name=self.name, old=self._wording(self.old), new=self._wording(self.new),
            month=month(self.date))

    def _wording(self, value: str | int | None) -> str:
        if value is None:
            return UNSET
        if self.field == "relationship":
            return RELATIONSHIP_LABELS.get(int(value), str(value))
        return label(str(value))


def person_timeline(doc: AccountFile, stakeholder: str | None = None) -> list[PersonStep]:
    """Recorded changes, oldest first (equal dates keep file order).

    Only ``stakeholder``'s changes when given. Changes of ids that are not on the
    map are skipped: without a person there is nothing to name or show.
    """
    people = stakeholders_by_id(doc)
    steps = [
        PersonStep(change.date, change.stakeholder, people[change.stakeholder].name,
                   change.field, change.old, change.new, change.note)
        for change in doc.stakeholder_history
        if change.stakeholder in people and stakeholder in (None, change.stakeholder)
    ]
    return sorted(steps, key=lambda step: step.date)


def movement(doc: AccountFile, stakeholder: str) -> int:
    """Net stance steps since the first recorded stance change; positive = warmer.

    Measured from the earliest stance the history knows (the first change's old
    value, or its new one when the old was unset) to the stance now (the
    person's current stance, or the last recorded one if it is unset). The
    scale is blocker < skeptic < neutral < supporter < champion, so blocker →
    champion is +4. 0 when no stance change is recorded or the id is unknown.
    """
    people = stakeholders_by_id(doc)
    if stakeholder not in people:
        return 0
    known: list[str] = []
    for step in person_timeline(doc, stakeholder):
        if step.field == "stance":
            known += [str(v) for v in (step.old, step.new) if v is not None]
    if not known:
        return 0
    now = people[stakeholder].stance or known[-1]
    return STANCE_SCALE.index(Stance(now)) - STANCE_SCALE.index(Stance(known[0]))
