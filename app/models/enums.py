"""Controlled vocabularies of the account model.

Values are the stable identifiers written to the database and to account files;
``label()`` gives the human wording shown in the UI and in reports.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache

from app.i18n import SOURCE, _, current, pgettext


class Tier(StrEnum):
    STRATEGIC = "strategic"
    KEY = "key"
    GROWTH = "growth"
    MAINTAIN = "maintain"


class LifecycleStage(StrEnum):
    PROSPECT = "prospect"
    NEW = "new"
    REPEAT = "repeat"
    LOYAL = "loyal"
    AT_RISK = "at_risk"
    LOST = "lost"


class RelationshipStage(StrEnum):
    """Cranfield key-account relationship model, in order of depth."""

    EXPLORATORY = "exploratory"
    BASIC = "basic"
    COOPERATIVE = "cooperative"
    INTERDEPENDENT = "interdependent"
    INTEGRATED = "integrated"
    DISINTEGRATING = "disintegrating"


class BuyingRole(StrEnum):
    ECONOMIC_BUYER = "economic_buyer"
    DECISION_MAKER = "decision_maker"
    TECHNICAL_BUYER = "technical_buyer"
    USER_BUYER = "user_buyer"
    INFLUENCER = "influencer"
    COACH = "coach"
    GATEKEEPER = "gatekeeper"
    OTHER = "other"


class Stance(StrEnum):
    CHAMPION = "champion"
    SUPPORTER = "supporter"
    NEUTRAL = "neutral"
    SKEPTIC = "skeptic"
    BLOCKER = "blocker"


class InfluenceKind(StrEnum):
    FORMAL = "formal"
    INFORMAL = "informal"
    CONFLICT = "conflict"


class Channel(StrEnum):
    MEETING = "meeting"
    CALL = "call"
    EMAIL = "email"
    #: a chat or messenger (WhatsApp, Telegram, WeChat, a Teams chat); added after 0.1.0:
    #: an older Rapport refuses a file that uses it
    MESSAGE = "message"
    EVENT = "event"
    OTHER = "other"


class Evidence(StrEnum):
    """Stage evidence the user ticks (what the data cannot show), as ``stage.criterion``.

    The full catalogue, with the criteria computed from the data, lives in
    ``app.assessment.stages``; only these ids may appear in an account file.
    """

    QUALIFIED_SUPPLIER = "basic.qualified_supplier"
    REVIEWS_HELD = "cooperative.reviews_held"
    PREFERRED_SUPPLIER = "cooperative.preferred_supplier"
    OUR_EXECUTIVE_SPONSOR = "interdependent.our_executive_sponsor"
    JOINT_PLANS = "interdependent.joint_plans"
    STRATEGIC_INFORMATION = "interdependent.strategic_information"
    JOINT_TEAMS = "integrated.joint_teams"
    SHARED_SYSTEMS = "integrated.shared_systems"
    JOINT_VALUE = "integrated.joint_value"


class FitCriterion(StrEnum):
    """KAM selection checklist: how well an account fits as a key account (scored 1–5)."""

    REVENUE = "revenue"
    GROWTH_POTENTIAL = "growth_potential"
    STRATEGIC_FIT = "strategic_fit"
    RELATIONSHIP = "relationship"
    CULTURAL_FIT = "cultural_fit"
    EASE_OF_SERVICE = "ease_of_service"
    PARTNERSHIP_WILLINGNESS = "partnership_willingness"


class WhitespaceStatus(StrEnum):
    """One cell of the white-space grid: customer business unit × our offering."""

    HAS = "has"
    OPPORTUNITY = "opportunity"
    COMPETITOR = "competitor"
    NOT_RELEVANT = "not_relevant"


class InsightKind(StrEnum):
    """What we learnt about the customer: a goal, a pressure on them, an initiative they run."""

    GOAL = "goal"
    PRESSURE = "pressure"
    INITIATIVE = "initiative"


class ObjectiveStatus(StrEnum):
    PLANNED = "planned"
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    ACHIEVED = "achieved"
    DROPPED = "dropped"


class RiskCategory(StrEnum):
    FINANCIAL = "financial"
    COMPETITIVE = "competitive"
    RELATIONSHIP = "relationship"
    DELIVERY = "delivery"
    COMPLIANCE = "compliance"
    SECURITY = "security"


class RiskStatus(StrEnum):
    OPEN = "open"
    MITIGATING = "mitigating"
    CLOSED = "closed"


class Escalation(StrEnum):
    """How far up a risk has been escalated on our side."""

    NONE = "none"
    ACCOUNT_TEAM = "account_team"
    MANAGEMENT = "management"
    EXECUTIVE = "executive"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class TeamRole(StrEnum):
    """A member's role in our account team."""

    ACCOUNT_LEAD = "account_lead"
    EXECUTIVE_SPONSOR = "executive_sponsor"
    TECHNICAL_LEAD = "technical_lead"
    DELIVERY = "delivery"
    SUPPORT = "support"
    OTHER = "other"


class _Levels(dict[int, str]):
    """Relationship levels' names, translated when read (the language may change
    between reads: a PDF in the customer's language)."""

    def __getitem__(self, level: int) -> str:
        return _levels_in(dict.__getitem__(self, level))

    def get(self, level: int, default: str | None = None) -> str | None:  # type: ignore[override]
        return self[level] if level in self else default

    def items(self) -> list[tuple[int, str]]:  # type: ignore[override]
        return [(level, self[level]) for level in self]

    def values(self) -> list[str]:  # type: ignore[override]
        return [self[level] for level in self]


def _levels_in(english: str) -> str:
    return pgettext("relationship level", english)


RELATIONSHIP_LABELS: dict[int, str] = _Levels({
    0: "None",
    1: "Acquainted",
    2: "Working",
    3: "Trusted",
    4: "Advocate",
})

_SPECIAL_LABELS = {
    "at_risk": "At risk",
    "economic_buyer": "Economic buyer",
    "decision_maker": "Decision maker",
    "technical_buyer": "Technical buyer",
    "user_buyer": "User buyer",
    "not_relevant": "Not relevant",
    "has": "Has it",
    "ease_of_service": "Location / ease of service",
    "on_track": "On track",
    "in_progress": "In progress",
    "none": "Not escalated",
    "account_team": "Account team",
    "account_lead": "Account lead",
    "executive_sponsor": "Executive sponsor",
    "technical_lead": "Technical lead",
}

#: the vocabularies whose values ``label`` words (Evidence has its own titles)
VOCABULARIES: tuple[type[StrEnum], ...] = (
    Tier, LifecycleStage, RelationshipStage, BuyingRole, Stance, InfluenceKind, Channel,
    FitCriterion, WhitespaceStatus, InsightKind, ObjectiveStatus, RiskCategory, RiskStatus,
    Escalation, ActionStatus, TeamRole)
#: a value's vocabulary when it is in one only ("skeptic"), for a label asked of a
#: plain string; "open" (a risk, an action) has none and is translated without
_VOCABULARY_OF: dict[str, str] = {}
for _kind in VOCABULARIES:
    for _value in _kind:
        _VOCABULARY_OF[_value.value] = (_kind.__name__ if _value.value not in _VOCABULARY_OF
                                        else "")


@cache  # a handful of distinct values, asked for per row of every list
def english_label(text: str) -> str:
    return _SPECIAL_LABELS.get(text, text.replace("_", " ").capitalize())


def label(value: StrEnum | str | None) -> str:
    """Human wording of a vocabulary value ('' for unset), in the current language.

    The vocabulary is the translation's context: a Russian "open" risk (открыт) and
    "open" action (не начато) are not worded alike."""
    if value is None:
        return ""
    text = str(value)
    english = english_label(text)
    if current() == SOURCE:
        return english
    context = (type(value).__name__ if isinstance(value, StrEnum)
               and type(value) in VOCABULARIES else _VOCABULARY_OF.get(text, ""))
    return pgettext(context, english) if context else _(english)


def label_messages() -> list[tuple[str | None, str]]:
    """Every label, with its vocabulary as context, for the catalogue (the ``labels``
    area of ``python -m app.i18n.extract``); values shared by vocabularies also
    without context, as ``label`` asks for a plain string."""
    found: list[tuple[str | None, str]] = []
    for kind in VOCABULARIES:
        for value in kind:
            found.append((kind.__name__, english_label(value.value)))
            if _VOCABULARY_OF.get(value.value) == "":
                found.append((None, english_label(value.value)))
    found += [("relationship level", dict.__getitem__(RELATIONSHIP_LABELS, level))
              for level in RELATIONSHIP_LABELS]
    return list(dict.fromkeys(found))
