"""Domain model: vocabularies and the persistent account model (no Qt here)."""

from app.models.enums import (
    BuyingRole,
    Channel,
    InfluenceKind,
    LifecycleStage,
    RelationshipStage,
    Stance,
    Tier,
    label,
)
from app.models.orm import Account, Base, Influence, Interaction, StageChange, Stakeholder

__all__ = [
    "Account",
    "Base",
    "BuyingRole",
    "Channel",
    "Influence",
    "InfluenceKind",
    "Interaction",
    "LifecycleStage",
    "RelationshipStage",
    "StageChange",
    "Stakeholder",
    "Stance",
    "Tier",
    "label",
]
