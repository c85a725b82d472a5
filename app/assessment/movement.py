"""How an account's relationships moved over a period: the portfolio's "movers".

:func:`movement` reads the changes between two versions of an account
(:func:`app.assessment.changes.changes`) and gives a signed score: above 0 the
relationships improved, below 0 they worsened, 0 nothing that matters moved. Each change
adds points (see docs/movers.md for the table and examples):

* **stance**: 2 points per step on the ladder blocker – skeptic – neutral – supporter –
  champion (no stance counts as neutral), times the person's influence;
* **relationship strength**: 1 point per level (none … advocate), times influence;
* **influence**: a supporter or champion who gained influence is good news, a skeptic or
  blocker who gained it bad news: 2 × the stance's steps from neutral × the change;
* **people joining or leaving**: what their stance and relationship were worth, from
  neutral and no relationship; someone leaving counts in full (a champion gone is a
  loss, a blocker gone a relief), someone joining counts half (a new name on the map is
  often the recording of someone who was there already);
* an **economic buyer or decision maker** counts twice in all of the above;
* **lines of conflict**: 3 points per line added (−) or removed (+), times the mean
  influence of its two ends; a line turned into a conflict or out of one the same;
* **relationship stage**: 8 points per rung up or down the Cranfield ladder (exploratory …
  integrated); falling into *disintegrating* costs 30 points wherever it falls from,
  and climbing out of it earns them back;
* **health**: half a point per point of health moved (a move of 5 or more, see
  ``changes.HEALTH_STEP``).

Influence is 1–5 and an unset one weighs 1, as in the health score's stance. Other
changes (renames, moves, owners, roles, ordinary lines, risks, objectives) score 0: they
are news for a review, but not a move of the relationships themselves (the risks reach
the score through health).

The reasons are the changes that added most points in the direction of the score
(largest first, then in the changes' own order), so an improving account is explained by
what improved; :func:`reason` words one as :func:`app.assessment.changes.describe`
does, but calls a line of conflict one. Everything is deterministic: no randomness, no
clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.assessment.changes import Change, changes, describe
from app.assessment.health import STANCE_VALUES, round_half_up
from app.assessment.settings import ScoringSettings
from app.i18n import _
from app.models.account import AccountFile, StakeholderRecord
from app.models.enums import BuyingRole, InfluenceKind, RelationshipStage, Stance

STANCE_POINTS = 2.0  # per step of stance, per unit of influence
RELATIONSHIP_POINTS = 1.0  # per level of relationship, per unit of influence
KEY_ROLES = frozenset({BuyingRole.ECONOMIC_BUYER, BuyingRole.DECISION_MAKER})
KEY_ROLE_FACTOR = 2.0  # an economic buyer or decision maker counts this many times
JOINING_FACTOR = 0.5  # a person added to the map counts this much of what they bring
CONFLICT_POINTS = 3.0  # per line of conflict, per unit of its ends' mean influence
STAGE_POINTS = 8.0  # per rung of the Cranfield ladder
DISINTEGRATING_POINTS = 30.0  # falling into "disintegrating" (or climbing out of it)
HEALTH_POINTS = 0.5  # per point of health moved
UNSET_INFLUENCE = 1
REASONS = 3  # the reasons kept

#: the Cranfield ladder, bottom up ("disintegrating" is off the ladder)
LADDER = (RelationshipStage.EXPLORATORY, RelationshipStage.BASIC,
          RelationshipStage.COOPERATIVE, RelationshipStage.INTERDEPENDENT,
          RelationshipStage.INTEGRATED)


@dataclass(frozen=True)
class Contribution:
    change: Change
    points: float


@dataclass(frozen=True)
class Movement:
    """How an account's relationships moved: ``score`` (points rounded), its
    ``reasons`` (the changes that added most in its direction) and every change that
    counted (``contributions``, in the changes' order)."""

    points: float
    contributions: tuple[Contribution, ...] = ()
    reasons: tuple[Contribution, ...] = ()

    @property
    def score(self) -> int:
        return round_half_up(self.points) if self.points >= 0 else -round_half_up(-self.points)


NOTHING = Movement(0.0)


def movement(old: AccountFile, new: AccountFile, *, day: dt.date | None = None,
             settings: ScoringSettings | None = None,
             found: Sequence[Change] | None = None) -> Movement:
    """How the relationships moved from ``old`` to ``new``.

    ``day``: the health of both versions is computed for that day (today, say), so that
    a health move is what was recorded, not the clock ageing the old version's contacts;
    None leaves health out. ``found``: the changes, if already computed."""
    if found is None:
        found = changes(old, new, old_day=day, new_day=day, settings=settings)
    before = {p.id: p for p in old.stakeholders}
    after = {p.id: p for p in new.stakeholders}
    counted = []
    for change in found:
        points = _points(change, before, after)
        if points:
            counted.append(Contribution(change, points))
    total = sum(c.points for c in counted)
    if abs(total) < 1e-9:
        return Movement(0.0, tuple(counted))
    sign = 1 if total > 0 else -1
    order = sorted(range(len(counted)), key=lambda i: (-sign * counted[i].points, i))
    reasons = tuple(counted[i] for i in order if sign * counted[i].points > 0)[:REASONS]
    return Movement(total, tuple(counted), reasons)


def _weight(person: StakeholderRecord | None) -> float:
    if person is None:
        return UNSET_INFLUENCE
    influence = person.influence if person.influence is not None else UNSET_INFLUENCE
    return influence * (KEY_ROLE_FACTOR if person.role in KEY_ROLES else 1.0)


def _steps(stance: str | None) -> float:
    """Steps from neutral: champion +2 … blocker −2 (no stance: 0)."""
    return STANCE_VALUES[Stance(stance)] * 2 if stance else 0.0


def _worth(person: StakeholderRecord) -> float:
    """What a person on the map is worth: stance and relationship, weighted."""
    return (_steps(person.stance) * STANCE_POINTS
            + (person.relationship or 0) * RELATIONSHIP_POINTS) * _weight(person)


def _points(change: Change, before: dict[str, StakeholderRecord],
            after: dict[str, StakeholderRecord]) -> float:
    kind = change.kind
    if kind == "stance_changed":
        return ((_steps(change.after) - _steps(change.before)) * STANCE_POINTS
                * _weight(after.get(change.subject)))
    if kind == "relationship_changed":
        return ((change.after or 0) - (change.before or 0)) * RELATIONSHIP_POINTS * _weight(
            after.get(change.subject))
    if kind == "influence_changed":
        person = after.get(change.subject)
        if person is None:
            return 0.0
        role = KEY_ROLE_FACTOR if person.role in KEY_ROLES else 1.0
        delta = ((change.after or UNSET_INFLUENCE) - (change.before or UNSET_INFLUENCE))
        return _steps(person.stance) * STANCE_POINTS * delta * role
    if kind == "person_added":
        person = after.get(change.subject)
        return JOINING_FACTOR * _worth(person) if person is not None else 0.0
    if kind == "person_removed":
        person = before.get(change.subject)
        return -_worth(person) if person is not None else 0.0
    if kind in ("line_added", "line_removed", "line_changed"):
        return _conflict(change, before, after)
    if kind == "stage_changed":
        return _stage(change.before, change.after)
    if kind == "health_moved":
        return (change.after - change.before) * HEALTH_POINTS
    return 0.0


def _conflict(change: Change, before: dict[str, StakeholderRecord],
              after: dict[str, StakeholderRecord]) -> float:
    was, now = _is_conflict(change.before), _is_conflict(change.after)
    if was == now:
        return 0.0
    ends = [after.get(p) or before.get(p) for p in change.people]
    mean = sum(p.influence or UNSET_INFLUENCE if p else UNSET_INFLUENCE
               for p in ends) / max(1, len(ends))
    return CONFLICT_POINTS * mean * (1 if was else -1)


def _is_conflict(line: Any) -> bool:
    return isinstance(line, dict) and line.get("kind") == InfluenceKind.CONFLICT.value


def _stage(old: str | None, new: str | None) -> float:
    if old is None or new is None:
        return 0.0
    gone = RelationshipStage.DISINTEGRATING.value
    if new == gone:
        return -DISINTEGRATING_POINTS
    if old == gone:
        return DISINTEGRATING_POINTS
    rungs = [s.value for s in LADDER]
    return (rungs.index(new) - rungs.index(old)) * STAGE_POINTS


def reason(change: Change) -> str:
    """A reason in words, in the language of the moment: a line of conflict is named so
    (to :func:`describe` it is an influence line like any other)."""
    was, now = _is_conflict(change.before), _is_conflict(change.after)
    if change.kind in ("line_added", "line_changed") and now and not was:
        return _("Conflict: {line}").format(line=change.name)
    if change.kind in ("line_removed", "line_changed") and was and not now:
        return _("Conflict resolved: {line}").format(line=change.name)
    return describe(change)
