"""Controlled vocabularies of the account model.

Values are the stable identifiers written to the database and to account files;
``label()`` gives the human wording shown in the UI and in reports.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache


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


RELATIONSHIP_LABELS: dict[int, str] = {
    0: "None",
    1: "Acquainted",
    2: "Working",
    3: "Trusted",
    4: "Advocate",
}

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


@cache  # a handful of distinct values, asked for per row of every list
def label(value: StrEnum | str | None) -> str:
    """Human wording of a vocabulary value ('' for unset)."""
    if value is None:
        return ""
    text = str(value)
    return _SPECIAL_LABELS.get(text, text.replace("_", " ").capitalize())
