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
}


@cache  # a handful of distinct values, asked for per row of every list
def label(value: StrEnum | str | None) -> str:
    """Human wording of a vocabulary value ('' for unset)."""
    if value is None:
        return ""
    text = str(value)
    return _SPECIAL_LABELS.get(text, text.replace("_", " ").capitalize())
