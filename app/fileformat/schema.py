"""Account file format, version 1, as strict pydantic models.

The models are the single definition of what a valid account file is: the
importer, the exporter and profile edits in the app all validate through them.
``docs/account-file.md`` documents the same rules for people.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Annotated, Literal, Union

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from app.models.enums import (
    ActionStatus,
    BuyingRole,
    Channel,
    Escalation,
    Evidence,
    FitCriterion,
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
    WhitespaceStatus,
)

FORMAT_NAME = "rapport-account"
FORMAT_VERSION = 1
MAX_TEXT = 100_000
MAX_MONEY = 1e15


def _no_nul(value: str) -> str:
    if "\x00" in value:
        raise ValueError("must not contain a NUL character")
    return value


def _no_control(value: str) -> str:
    if any(unicodedata.category(c) in ("Cc", "Zl", "Zp") for c in value):
        raise ValueError("must not contain control characters or line breaks")
    return value


def _currency(value: str) -> str:
    if len(value) != 3 or not ("A" <= value[0] <= "Z" and value.isascii() and value.isupper()
                               and value.isalpha()):
        raise ValueError("must be a 3-letter ISO 4217 code in capitals, such as EUR or CNY")
    return value


def _email(value: str) -> str:
    local, at, domain = value.partition("@")
    if not (at and local and "." in domain.strip(".") and " " not in value.strip()):
        raise ValueError("must be an e-mail address such as anna.weber@example.com")
    return value


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be empty")
    return value


Id = Annotated[
    str,
    StringConstraints(min_length=1, max_length=64),
    AfterValidator(_no_control),
    AfterValidator(_not_blank),
]
# Names and short texts are single-line: they appear in lists, tables and map cards.
Name = Annotated[str, StringConstraints(max_length=200), AfterValidator(_not_blank),
                 AfterValidator(_no_control)]
ShortText = Annotated[str, StringConstraints(max_length=200), AfterValidator(_no_control)]
LongText = Annotated[str, StringConstraints(max_length=MAX_TEXT), AfterValidator(_no_nul)]
Money = Annotated[float, Field(ge=0, le=MAX_MONEY, allow_inf_nan=False)]
Currency = Annotated[str, AfterValidator(_currency)]
Influence = Annotated[int, Field(ge=1, le=5)]
Relationship = Annotated[int, Field(ge=0, le=4)]
Strength = Annotated[int, Field(ge=1, le=3)]
#: the dates an account can hold: a typo such as 0001-01-01 or 9999-12-31 is refused
#: (calendars and date arithmetic fail on dates at the ends of the range)
FIRST_DAY = dt.date(1900, 1, 1)
LAST_DAY = dt.date(2199, 12, 31)


def _plausible(value: dt.date) -> dt.date:
    if not FIRST_DAY <= value <= LAST_DAY:
        raise ValueError(f"must be between {FIRST_DAY.isoformat()} and {LAST_DAY.isoformat()}")
    return value


Day = Annotated[dt.date, AfterValidator(_plausible)]


class Record(BaseModel):
    """Strict: no type coercion ("5" is not 5) and no unknown keys."""

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class AccountRecord(Record):
    id: Id
    name: Name
    industry: ShortText | None = None
    owner: ShortText | None = None
    tier: Tier | None = None
    annual_revenue: Money | None = None
    potential_revenue: Money | None = None
    currency: Currency | None = None
    lifecycle_stage: LifecycleStage | None = None
    relationship_stage: RelationshipStage | None = None
    target_stage: RelationshipStage | None = None
    notes: LongText | None = None


Coordinate = Annotated[float, Field(ge=-1e6, le=1e6, allow_inf_nan=False)]


class Position(Record):
    """Top-left corner of the person's card on the stakeholder map."""

    x: Coordinate
    y: Coordinate


class StakeholderRecord(Record):
    id: Id
    name: Name
    title: ShortText | None = None
    department: ShortText | None = None
    role: BuyingRole | None = None
    stance: Stance | None = None
    influence: Influence | None = None
    relationship: Relationship | None = None
    reports_to: Id | None = None
    our_owner: ShortText | None = None
    last_contact: Day | None = None
    notes: LongText | None = None
    position: Position | None = None


class InfluenceRecord(Record):
    source: Id
    target: Id
    strength: Strength | None = None
    kind: InfluenceKind | None = None
    note: LongText | None = None


class StageRecord(Record):
    date: Day
    stage: RelationshipStage
    note: LongText | None = None


class StanceChangeRecord(Record):
    """A stakeholder's stance moved (written automatically when it is edited)."""

    date: Day
    stakeholder: Id
    field: Literal["stance"]
    old: Stance | None = None
    new: Stance | None = None
    note: LongText | None = None


class RelationshipChangeRecord(Record):
    """Our relationship strength with a stakeholder moved (0 none … 4 advocate)."""

    date: Day
    stakeholder: Id
    field: Literal["relationship"]
    old: Relationship | None = None
    new: Relationship | None = None
    note: LongText | None = None


PersonChange = Annotated[
    Union[StanceChangeRecord, RelationshipChangeRecord],  # noqa: UP007 (discriminated)
    Field(discriminator="field"),
]


class EvidenceRecord(Record):
    """A stage criterion the user confirmed (see ``Evidence``), when and why."""

    criterion: Evidence
    date: Day | None = None
    note: LongText | None = None


Score = Annotated[int, Field(ge=1, le=5)]


class SelectionRecord(Record):
    """KAM selection checklist, each criterion scored 1 (poor fit) … 5 (excellent)."""

    revenue: Score | None = None
    growth_potential: Score | None = None
    strategic_fit: Score | None = None
    relationship: Score | None = None
    cultural_fit: Score | None = None
    ease_of_service: Score | None = None
    partnership_willingness: Score | None = None
    note: LongText | None = None


assert set(FitCriterion) <= set(SelectionRecord.model_fields)


class WhitespaceCell(Record):
    unit: Name
    offering: Name
    status: WhitespaceStatus
    #: estimated annual value of an opportunity, in the account's currency
    value: Money | None = None
    note: LongText | None = None
    #: shown in the client edition (opt-in: absent or false keeps it ours alone)
    client_visible: bool = False


class WhitespaceRecord(Record):
    """Customer business units × our offerings; cells not listed are not yet assessed."""

    units: list[Name] = []
    offerings: list[Name] = []
    cells: list[WhitespaceCell] = []


class InteractionRecord(Record):
    date: Day
    stakeholder: Id | None = None
    #: further stakeholders who took part (ids), besides ``stakeholder``
    participants: list[Id] = []
    channel: Channel | None = None
    summary: LongText | None = None


# -- account plan -------------------------------------------------------------------

Finite = Annotated[float, Field(allow_inf_nan=False)]
Level = Annotated[int, Field(ge=1, le=5)]
Year = Annotated[int, Field(ge=1990, le=2200)]
Quarter = Annotated[int, Field(ge=1, le=4)]
RequiredText = Annotated[str, StringConstraints(max_length=MAX_TEXT), AfterValidator(_no_nul),
                 AfterValidator(_not_blank)]


class TeamMemberRecord(Record):
    """One of our people on the account.

    Which stakeholders a member owns is not stored here: it is
    ``stakeholders[].our_owner`` == the member's name, the one place the map reads.
    """

    id: Id
    name: Name
    role: TeamRole | None = None
    email: Annotated[ShortText, AfterValidator(_email)] | None = None
    notes: LongText | None = None
    #: shown in the client edition (opt-in: absent or false keeps it ours alone)
    client_visible: bool = False


class InsightRecord(Record):
    """What the customer is trying to do (goal, pressure, initiative) and our answer."""

    id: Id
    kind: InsightKind
    text: RequiredText
    #: the customer confirmed it (not just our reading of them)
    confirmed: bool = False
    value_proposition: LongText | None = None
    #: shown in the client edition (opt-in: absent or false keeps it ours alone)
    client_visible: bool = False


class MilestoneRecord(Record):
    title: Name
    due: Day | None = None
    done: bool = False


class ObjectiveRecord(Record):
    """A step of the growth roadmap, with the milestones that lead to it."""

    id: Id
    title: Name
    measure: ShortText | None = None
    target_value: Finite | None = None
    target_date: Day | None = None
    #: team member id
    owner: Id | None = None
    status: ObjectiveStatus | None = None
    milestones: list[MilestoneRecord] = []
    notes: LongText | None = None
    #: shown in the client edition, with its milestones (opt-in, as above)
    client_visible: bool = False


class RevenueRecord(Record):
    """Planned and actual revenue of one quarter, in the account's currency."""

    year: Year
    quarter: Quarter
    planned: Money | None = None
    actual: Money | None = None
    #: shown in the client edition (opt-in: absent or false keeps it ours alone)
    client_visible: bool = False


class RiskRecord(Record):
    id: Id
    title: Name
    category: RiskCategory | None = None
    likelihood: Level | None = None
    impact: Level | None = None
    mitigation: LongText | None = None
    #: team member id
    owner: Id | None = None
    escalation: Escalation | None = None
    status: RiskStatus | None = None
    #: for our eyes only: never shown to the customer (client reports leave it out)
    internal: bool = False
    #: shown in the client edition (opt-in); ``internal`` wins over it
    client_visible: bool = False
    notes: LongText | None = None

    @property
    def score(self) -> int | None:
        """Likelihood × impact (1–25), the heat-map position; None until both are set."""
        if self.likelihood is None or self.impact is None:
            return None
        return self.likelihood * self.impact


class ActionRecord(Record):
    id: Id
    title: Name
    #: team member id
    owner: Id | None = None
    due: Day | None = None
    status: ActionStatus | None = None
    #: what the action serves: ids of an objective, a risk, a stakeholder
    objective: Id | None = None
    risk: Id | None = None
    stakeholder: Id | None = None
    notes: LongText | None = None
    #: shown in the client edition (opt-in: absent or false keeps it ours alone)
    client_visible: bool = False


class ReviewRecord(Record):
    """An account review, planned (``held`` false) or held."""

    id: Id
    date: Day
    title: ShortText | None = None
    held: bool = False
    agenda: LongText | None = None
    #: team member ids
    our_attendees: list[Id] = []
    #: stakeholder ids
    their_attendees: list[Id] = []
    notes: LongText | None = None
    decisions: LongText | None = None
    #: action ids agreed at the review
    follow_ups: list[Id] = []
    #: shown in the client edition (opt-in: absent or false keeps it ours alone)
    client_visible: bool = False


class KpiValue(Record):
    date: Day
    value: Finite


class KpiRecord(Record):
    """A success metric agreed with the customer and its measured values."""

    id: Id
    name: Name
    unit: ShortText | None = None
    target: Finite | None = None
    higher_is_better: bool = True
    values: list[KpiValue] = []
    #: shown in the client edition (opt-in: absent or false keeps it ours alone)
    client_visible: bool = False


class AccountFile(Record):
    format: Literal["rapport-account"]
    version: Literal[1]
    account: AccountRecord
    stakeholders: list[StakeholderRecord] = []
    influences: list[InfluenceRecord] = []
    stage_history: list[StageRecord] = []
    interactions: list[InteractionRecord] = []
    stakeholder_history: list[PersonChange] = []
    stage_evidence: list[EvidenceRecord] = []
    selection: SelectionRecord | None = None
    whitespace: WhitespaceRecord | None = None
    team: list[TeamMemberRecord] = []
    insights: list[InsightRecord] = []
    objectives: list[ObjectiveRecord] = []
    revenue_plan: list[RevenueRecord] = []
    risks: list[RiskRecord] = []
    actions: list[ActionRecord] = []
    reviews: list[ReviewRecord] = []
    kpis: list[KpiRecord] = []
