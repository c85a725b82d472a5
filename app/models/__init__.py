"""Domain model, no Qt and no storage: the vocabularies (``enums``) and the account
document (``account``), which every rule is checked on and every edit transforms."""

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

__all__ = [
    "BuyingRole",
    "Channel",
    "InfluenceKind",
    "LifecycleStage",
    "RelationshipStage",
    "Stance",
    "Tier",
    "label",
]
