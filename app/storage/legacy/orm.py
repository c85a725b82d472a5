"""Schema 0006 (frozen): the relational tables before the document store (0007).

Kept only so that migration 0007 can read an older database into documents (and
its tests can write one); nothing else may import it.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Text,
    UniqueConstraint,
    false,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Aliased: Stakeholder has a column named "relationship" (as in the file format).
from sqlalchemy.orm import relationship as link

from app.models.enums import (
    ActionStatus,
    BuyingRole,
    Channel,
    Escalation,
    Evidence,
    InfluenceKind,
    InsightKind,
    LifecycleStage,
    ObjectiveStatus,
    RelationshipStage,
    RiskCategory,
    RiskStatus,
    Stance,
    TeamRole,
    Tier,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

KEY_LENGTH = 64
NAME_LENGTH = 200


def vocabulary(enum_cls: type[StrEnum], length: int = 32) -> Enum:
    """Store an enum by its value as portable VARCHAR (no native ENUM type)."""
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=length,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Account(Base):
    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(KEY_LENGTH), unique=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    industry: Mapped[str | None] = mapped_column(String(NAME_LENGTH))
    owner: Mapped[str | None] = mapped_column(String(NAME_LENGTH))
    tier: Mapped[Tier | None] = mapped_column(vocabulary(Tier))
    annual_revenue: Mapped[float | None] = mapped_column(Float)
    potential_revenue: Mapped[float | None] = mapped_column(Float)
    currency: Mapped[str | None] = mapped_column(String(3))
    lifecycle_stage: Mapped[LifecycleStage | None] = mapped_column(vocabulary(LifecycleStage))
    relationship_stage: Mapped[RelationshipStage | None] = mapped_column(
        vocabulary(RelationshipStage)
    )
    target_stage: Mapped[RelationshipStage | None] = mapped_column(vocabulary(RelationshipStage))
    notes: Mapped[str | None] = mapped_column(Text)
    #: KAM selection checklist and white-space grid: small documents, always read
    #: and written whole, validated by the file schema (SelectionRecord, WhitespaceRecord)
    selection: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    whitespace: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.now())
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, server_default=func.now(), onupdate=func.now()
    )

    stakeholders: Mapped[list[Stakeholder]] = link(
        back_populates="account",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Stakeholder.id",
    )
    influences: Mapped[list[Influence]] = link(
        cascade="all, delete-orphan", passive_deletes=True, order_by="Influence.id"
    )
    stage_history: Mapped[list[StageChange]] = link(
        cascade="all, delete-orphan", passive_deletes=True, order_by="StageChange.id"
    )
    interactions: Mapped[list[Interaction]] = link(
        cascade="all, delete-orphan", passive_deletes=True, order_by="Interaction.id"
    )
    person_changes: Mapped[list[PersonChange]] = link(
        cascade="all, delete-orphan", passive_deletes=True, order_by="PersonChange.id"
    )
    evidence: Mapped[list[StageEvidence]] = link(
        cascade="all, delete-orphan", passive_deletes=True, order_by="StageEvidence.id"
    )
    # the account plan
    team: Mapped[list[TeamMember]] = link(
        cascade="all, delete-orphan", passive_deletes=True, order_by="TeamMember.id"
    )
    insights: Mapped[list[Insight]] = link(
        cascade="all, delete-orphan", passive_deletes=True, order_by="Insight.id"
    )
    objectives: Mapped[list[Objective]] = link(
        cascade="all, delete-orphan", passive_deletes=True, order_by="Objective.id"
    )
    revenue_plan: Mapped[list[RevenuePlan]] = link(
        cascade="all, delete-orphan", passive_deletes=True, order_by="RevenuePlan.id"
    )
    risks: Mapped[list[Risk]] = link(
        cascade="all, delete-orphan", passive_deletes=True, order_by="Risk.id"
    )
    actions: Mapped[list[Action]] = link(
        cascade="all, delete-orphan", passive_deletes=True, order_by="Action.id"
    )
    reviews: Mapped[list[Review]] = link(
        cascade="all, delete-orphan", passive_deletes=True, order_by="Review.id"
    )
    kpis: Mapped[list[Kpi]] = link(
        cascade="all, delete-orphan", passive_deletes=True, order_by="Kpi.id"
    )


class Stakeholder(Base):
    __tablename__ = "stakeholders"
    __table_args__ = (
        UniqueConstraint("account_id", "key", name="uq_stakeholders_account_key"),
        CheckConstraint("influence BETWEEN 1 AND 5", name="influence_range"),
        CheckConstraint("relationship BETWEEN 0 AND 4", name="relationship_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(KEY_LENGTH))
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    title: Mapped[str | None] = mapped_column(String(NAME_LENGTH))
    department: Mapped[str | None] = mapped_column(String(NAME_LENGTH))
    role: Mapped[BuyingRole | None] = mapped_column(vocabulary(BuyingRole))
    stance: Mapped[Stance | None] = mapped_column(vocabulary(Stance))
    influence: Mapped[int | None] = mapped_column(Integer)
    relationship: Mapped[int | None] = mapped_column(Integer)
    reports_to_id: Mapped[int | None] = mapped_column(
        ForeignKey("stakeholders.id", ondelete="SET NULL"), index=True
    )
    our_owner: Mapped[str | None] = mapped_column(String(NAME_LENGTH))
    last_contact: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    #: where the user put the card on the stakeholder map (None: auto-layout)
    map_x: Mapped[float | None] = mapped_column(Float)
    map_y: Mapped[float | None] = mapped_column(Float)

    account: Mapped[Account] = link(back_populates="stakeholders")
    # post_update: rows are inserted in list order, the boss link follows as an
    # UPDATE; otherwise the unit of work reorders inserts by dependency and the
    # file's order of people would not survive a round trip.
    reports_to: Mapped[Stakeholder | None] = link(remote_side=[id], post_update=True)


class Influence(Base):
    """A directed informal or formal line of influence between two stakeholders."""

    __tablename__ = "influences"
    __table_args__ = (CheckConstraint("strength BETWEEN 1 AND 3", name="strength_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    source_id: Mapped[int] = mapped_column(
        ForeignKey("stakeholders.id", ondelete="CASCADE"), index=True
    )
    target_id: Mapped[int] = mapped_column(
        ForeignKey("stakeholders.id", ondelete="CASCADE"), index=True
    )
    strength: Mapped[int | None] = mapped_column(Integer)
    kind: Mapped[InfluenceKind | None] = mapped_column(vocabulary(InfluenceKind))
    note: Mapped[str | None] = mapped_column(Text)

    source: Mapped[Stakeholder] = link(foreign_keys=[source_id])
    target: Mapped[Stakeholder] = link(foreign_keys=[target_id])


class StageChange(Base):
    """One entry of the account's relationship-stage history."""

    __tablename__ = "stage_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    date: Mapped[dt.date] = mapped_column(Date)
    stage: Mapped[RelationshipStage] = mapped_column(vocabulary(RelationshipStage))
    note: Mapped[str | None] = mapped_column(Text)


class Interaction(Base):
    __tablename__ = "interactions"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    date: Mapped[dt.date] = mapped_column(Date)
    stakeholder_id: Mapped[int | None] = mapped_column(
        ForeignKey("stakeholders.id", ondelete="SET NULL"), index=True
    )
    channel: Mapped[Channel | None] = mapped_column(vocabulary(Channel))
    summary: Mapped[str | None] = mapped_column(Text)
    #: keys of further stakeholders present (NULL in rows from before 0004: none)
    participants: Mapped[list[str] | None] = mapped_column(JSON)

    stakeholder: Mapped[Stakeholder | None] = link()


class PersonChange(Base):
    """A stakeholder's stance or our relationship strength moved (old → new)."""

    __tablename__ = "person_changes"
    __table_args__ = (
        CheckConstraint("field IN ('stance', 'relationship')", name="field_known"),
        CheckConstraint("old_level BETWEEN 0 AND 4", name="old_level_range"),
        CheckConstraint("new_level BETWEEN 0 AND 4", name="new_level_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    # the history of a removed person goes with them
    stakeholder_id: Mapped[int] = mapped_column(
        ForeignKey("stakeholders.id", ondelete="CASCADE"), index=True
    )
    date: Mapped[dt.date] = mapped_column(Date)
    field: Mapped[str] = mapped_column(String(16))
    old_stance: Mapped[Stance | None] = mapped_column(vocabulary(Stance))
    new_stance: Mapped[Stance | None] = mapped_column(vocabulary(Stance))
    old_level: Mapped[int | None] = mapped_column(Integer)
    new_level: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)

    stakeholder: Mapped[Stakeholder] = link()


class StageEvidence(Base):
    """A stage criterion the user confirmed (the ones the data cannot show)."""

    __tablename__ = "stage_evidence"
    __table_args__ = (
        UniqueConstraint("account_id", "criterion", name="uq_stage_evidence_account_criterion"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    criterion: Mapped[Evidence] = mapped_column(vocabulary(Evidence, 48))
    date: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)


# -- the account plan -------------------------------------------------------------------
#
# Entries with an id in the file keep it as ``key`` (unique per account), like
# stakeholders. References between plan entries are foreign keys to surrogate ids
# with ON DELETE SET NULL: removing a team member unassigns what they owned. Lists
# of references that are only ever read whole (review attendees and follow-ups)
# are JSON arrays of keys.


class TeamMember(Base):
    """One of our people on the account team."""

    __tablename__ = "team_members"
    __table_args__ = (
        UniqueConstraint("account_id", "key", name="uq_team_members_account_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(KEY_LENGTH))
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    role: Mapped[TeamRole | None] = mapped_column(vocabulary(TeamRole))
    email: Mapped[str | None] = mapped_column(String(NAME_LENGTH))
    notes: Mapped[str | None] = mapped_column(Text)
    #: shown in the client edition (opt-in, see docs/account-file.md)
    client_visible: Mapped[bool] = mapped_column(Boolean, default=False,
                                                 server_default=false())


class Insight(Base):
    """A customer goal, pressure or initiative, and our value proposition against it."""

    __tablename__ = "insights"
    __table_args__ = (UniqueConstraint("account_id", "key", name="uq_insights_account_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(KEY_LENGTH))
    kind: Mapped[InsightKind] = mapped_column(vocabulary(InsightKind))
    text: Mapped[str] = mapped_column(Text)
    confirmed: Mapped[bool] = mapped_column(Boolean)
    value_proposition: Mapped[str | None] = mapped_column(Text)
    #: shown in the client edition (opt-in, see docs/account-file.md)
    client_visible: Mapped[bool] = mapped_column(Boolean, default=False,
                                                 server_default=false())


class Objective(Base):
    __tablename__ = "objectives"
    __table_args__ = (
        UniqueConstraint("account_id", "key", name="uq_objectives_account_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(KEY_LENGTH))
    title: Mapped[str] = mapped_column(String(NAME_LENGTH))
    measure: Mapped[str | None] = mapped_column(String(NAME_LENGTH))
    target_value: Mapped[float | None] = mapped_column(Float)
    target_date: Mapped[dt.date | None] = mapped_column(Date)
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("team_members.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[ObjectiveStatus | None] = mapped_column(vocabulary(ObjectiveStatus))
    notes: Mapped[str | None] = mapped_column(Text)
    #: shown in the client edition (opt-in, see docs/account-file.md)
    client_visible: Mapped[bool] = mapped_column(Boolean, default=False,
                                                 server_default=false())

    owner: Mapped[TeamMember | None] = link()
    milestones: Mapped[list[Milestone]] = link(
        cascade="all, delete-orphan", passive_deletes=True, order_by="Milestone.id"
    )


class Milestone(Base):
    __tablename__ = "milestones"

    id: Mapped[int] = mapped_column(primary_key=True)
    objective_id: Mapped[int] = mapped_column(
        ForeignKey("objectives.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(NAME_LENGTH))
    due: Mapped[dt.date | None] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(Boolean)


class RevenuePlan(Base):
    """Planned and actual revenue of one quarter."""

    __tablename__ = "revenue_plan"
    __table_args__ = (
        UniqueConstraint("account_id", "year", "quarter",
                         name="uq_revenue_plan_account_quarter"),
        CheckConstraint("year BETWEEN 1990 AND 2200", name="year_range"),
        CheckConstraint("quarter BETWEEN 1 AND 4", name="quarter_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    quarter: Mapped[int] = mapped_column(Integer)
    planned: Mapped[float | None] = mapped_column(Float)
    actual: Mapped[float | None] = mapped_column(Float)
    #: shown in the client edition (opt-in, see docs/account-file.md)
    client_visible: Mapped[bool] = mapped_column(Boolean, default=False,
                                                 server_default=false())


class Risk(Base):
    __tablename__ = "risks"
    __table_args__ = (
        UniqueConstraint("account_id", "key", name="uq_risks_account_key"),
        CheckConstraint("likelihood BETWEEN 1 AND 5", name="likelihood_range"),
        CheckConstraint("impact BETWEEN 1 AND 5", name="impact_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(KEY_LENGTH))
    title: Mapped[str] = mapped_column(String(NAME_LENGTH))
    category: Mapped[RiskCategory | None] = mapped_column(vocabulary(RiskCategory))
    likelihood: Mapped[int | None] = mapped_column(Integer)
    impact: Mapped[int | None] = mapped_column(Integer)
    mitigation: Mapped[str | None] = mapped_column(Text)
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("team_members.id", ondelete="SET NULL"), index=True
    )
    escalation: Mapped[Escalation | None] = mapped_column(vocabulary(Escalation))
    status: Mapped[RiskStatus | None] = mapped_column(vocabulary(RiskStatus))
    internal: Mapped[bool] = mapped_column(Boolean)
    notes: Mapped[str | None] = mapped_column(Text)
    #: shown in the client edition (opt-in, see docs/account-file.md)
    client_visible: Mapped[bool] = mapped_column(Boolean, default=False,
                                                 server_default=false())

    owner: Mapped[TeamMember | None] = link()


class Action(Base):
    __tablename__ = "actions"
    __table_args__ = (UniqueConstraint("account_id", "key", name="uq_actions_account_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(KEY_LENGTH))
    title: Mapped[str] = mapped_column(String(NAME_LENGTH))
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("team_members.id", ondelete="SET NULL"), index=True
    )
    due: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[ActionStatus | None] = mapped_column(vocabulary(ActionStatus))
    objective_id: Mapped[int | None] = mapped_column(
        ForeignKey("objectives.id", ondelete="SET NULL"), index=True
    )
    risk_id: Mapped[int | None] = mapped_column(
        ForeignKey("risks.id", ondelete="SET NULL"), index=True
    )
    stakeholder_id: Mapped[int | None] = mapped_column(
        ForeignKey("stakeholders.id", ondelete="SET NULL"), index=True
    )
    notes: Mapped[str | None] = mapped_column(Text)
    #: shown in the client edition (opt-in, see docs/account-file.md)
    client_visible: Mapped[bool] = mapped_column(Boolean, default=False,
                                                 server_default=false())

    owner: Mapped[TeamMember | None] = link()
    objective: Mapped[Objective | None] = link()
    risk: Mapped[Risk | None] = link()
    stakeholder: Mapped[Stakeholder | None] = link()


class Review(Base):
    """An account review; attendees and follow-ups are JSON arrays of keys."""

    __tablename__ = "reviews"
    __table_args__ = (UniqueConstraint("account_id", "key", name="uq_reviews_account_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(KEY_LENGTH))
    date: Mapped[dt.date] = mapped_column(Date)
    title: Mapped[str | None] = mapped_column(String(NAME_LENGTH))
    held: Mapped[bool] = mapped_column(Boolean)
    agenda: Mapped[str | None] = mapped_column(Text)
    our_attendees: Mapped[list[str]] = mapped_column(JSON)  # team member keys
    their_attendees: Mapped[list[str]] = mapped_column(JSON)  # stakeholder keys
    notes: Mapped[str | None] = mapped_column(Text)
    decisions: Mapped[str | None] = mapped_column(Text)
    follow_ups: Mapped[list[str]] = mapped_column(JSON)  # action keys
    #: shown in the client edition (opt-in, see docs/account-file.md)
    client_visible: Mapped[bool] = mapped_column(Boolean, default=False,
                                                 server_default=false())


class Kpi(Base):
    """A success metric; its measured values are rows of ``kpi_values``."""

    __tablename__ = "kpis"
    __table_args__ = (UniqueConstraint("account_id", "key", name="uq_kpis_account_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(KEY_LENGTH))
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    unit: Mapped[str | None] = mapped_column(String(NAME_LENGTH))
    target: Mapped[float | None] = mapped_column(Float)
    higher_is_better: Mapped[bool] = mapped_column(Boolean)
    #: shown in the client edition (opt-in, see docs/account-file.md)
    client_visible: Mapped[bool] = mapped_column(Boolean, default=False,
                                                 server_default=false())

    values: Mapped[list[KpiValue]] = link(
        cascade="all, delete-orphan", passive_deletes=True, order_by="KpiValue.id"
    )


class KpiValue(Base):
    __tablename__ = "kpi_values"
    __table_args__ = (UniqueConstraint("kpi_id", "date", name="uq_kpi_values_kpi_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kpi_id: Mapped[int] = mapped_column(ForeignKey("kpis.id", ondelete="CASCADE"))
    date: Mapped[dt.date] = mapped_column(Date)
    value: Mapped[float] = mapped_column(Float)


class Setting(Base):
    """Workspace-wide settings (scoring weights, thresholds, rates) as JSON values,
    so the app and the command line score accounts the same way."""

    __tablename__ = "settings"
    __table_args__ = (PrimaryKeyConstraint("name", name="pk_settings"),)

    name: Mapped[str] = mapped_column(String(64))
    value: Mapped[str] = mapped_column(Text)
