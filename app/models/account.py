"""The account document: the domain model, as strict pydantic models.

One document is one account, whole: it is what the store saves (with a version),
what every edit transforms (document -> document) and what an account file
holds (format version 1). The models are the single definition of a valid
account; ``docs/account-file.md`` documents the same rules for people.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Annotated, Any, Literal, NamedTuple, Union

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints
from pydantic_core import PydanticCustomError

from app.i18n import _, ngettext
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


class Limit(NamedTuple):
    most: int
    #: what the list holds, plural ("people") and what holds the list ("an account")
    noun: str
    holder: str

    def message(self, count: int) -> str:
        """"5,001 people; an account holds at most 5,000", in the language of the
        moment (the count's plural form; the limit as its holder says it)."""
        from app.errors import figure

        counted = _counted(self.noun, count).format(n=figure(count))
        return _limit_of(self.holder).format(counted=counted, most=figure(self.most))


def _counted(noun: str, n: int) -> str:
    """"{n} people" and the rest: each list's noun with its plural forms."""
    forms = {
        "people": ngettext("{n} person", "{n} people", n),
        "influence lines": ngettext("{n} influence line", "{n} influence lines", n),
        "stage changes": ngettext("{n} stage change", "{n} stage changes", n),
        "interactions": ngettext("{n} interaction", "{n} interactions", n),
        "participants": ngettext("{n} participant", "{n} participants", n),
        "changes": ngettext("{n} change", "{n} changes", n),
        "criteria": ngettext("{n} criterion", "{n} criteria", n),
        "business units": ngettext("{n} business unit", "{n} business units", n),
        "offerings": ngettext("{n} offering", "{n} offerings", n),
        "cells": ngettext("{n} cell", "{n} cells", n),
        "team members": ngettext("{n} team member", "{n} team members", n),
        "insights": ngettext("{n} insight", "{n} insights", n),
        "objectives": ngettext("{n} objective", "{n} objectives", n),
        "milestones": ngettext("{n} milestone", "{n} milestones", n),
        "quarters": ngettext("{n} quarter", "{n} quarters", n),
        "risks": ngettext("{n} risk", "{n} risks", n),
        "actions": ngettext("{n} action", "{n} actions", n),
        "reviews": ngettext("{n} review", "{n} reviews", n),
        "attendees": ngettext("{n} attendee", "{n} attendees", n),
        "follow-up actions": ngettext("{n} follow-up action", "{n} follow-up actions", n),
        "KPIs": ngettext("{n} KPI", "{n} KPIs", n),
        "values": ngettext("{n} value", "{n} values", n),
    }
    return forms.get(noun, "{n} " + noun)


def _limit_of(holder: str) -> str:
    """"{counted}; an account holds at most {most}" and the rest, by the holder."""
    forms = {
        "an account": _("{counted}; an account holds at most {most}"),
        "an interaction": _("{counted}; an interaction holds at most {most}"),
        "the white-space grid": _("{counted}; the white-space grid holds at most {most}"),
        "an objective": _("{counted}; an objective holds at most {most}"),
        "a review": _("{counted}; a review holds at most {most}"),
        "a KPI": _("{counted}; a KPI holds at most {most}"),
    }
    return forms.get(holder, "{counted}; " + holder + " holds at most {most}")


_PLAN = 5_000
#: The most entries each list may hold, by its path in the file ("[]": in every entry).
#: An account is one customer's people and plan: 100,000 people took 19 s to import, and
#: their map 3.5 GB of memory to draw, the PDF over 7 minutes. The reader counts before
#: it builds a record (a file over a limit is refused at once); edits in the app are
#: refused by the same limits. docs/account-file.md lists them under "Limits".
LIMITS: dict[str, Limit] = {
    "stakeholders": Limit(5_000, "people", "an account"),
    "influences": Limit(20_000, "influence lines", "an account"),
    "stage_history": Limit(_PLAN, "stage changes", "an account"),
    "interactions": Limit(50_000, "interactions", "an account"),
    "interactions[].participants": Limit(1_000, "participants", "an interaction"),
    "stakeholder_history": Limit(50_000, "changes", "an account"),
    "stage_evidence": Limit(_PLAN, "criteria", "an account"),
    "whitespace.units": Limit(200, "business units", "the white-space grid"),
    "whitespace.offerings": Limit(200, "offerings", "the white-space grid"),
    "whitespace.cells": Limit(40_000, "cells", "the white-space grid"),
    "team": Limit(_PLAN, "team members", "an account"),
    "insights": Limit(_PLAN, "insights", "an account"),
    "objectives": Limit(_PLAN, "objectives", "an account"),
    "objectives[].milestones": Limit(1_000, "milestones", "an objective"),
    "revenue_plan": Limit(_PLAN, "quarters", "an account"),
    "risks": Limit(_PLAN, "risks", "an account"),
    "actions": Limit(_PLAN, "actions", "an account"),
    "reviews": Limit(_PLAN, "reviews", "an account"),
    "reviews[].our_attendees": Limit(1_000, "attendees", "a review"),
    "reviews[].their_attendees": Limit(1_000, "attendees", "a review"),
    "reviews[].follow_ups": Limit(1_000, "follow-up actions", "a review"),
    "kpis": Limit(_PLAN, "KPIs", "an account"),
    "kpis[].values": Limit(_PLAN, "values", "a KPI"),
}


#: set while records are built from rows already stored (``stored_rows``)
_STORED: ContextVar[bool] = ContextVar("rapport_stored_rows", default=False)


@contextmanager
def stored_rows() -> Iterator[None]:
    """Records built inside hold what the database holds: the rules that came after it
    may have been stored (the list limits, the characters XML forbids) are not applied,
    so an account stored before them still opens and exports, and nothing is lost. A
    file or an edit is always held to them."""
    token = _STORED.set(True)
    try:
        yield
    finally:
        _STORED.reset(token)


def _most(path: str) -> AfterValidator:
    """The validator that holds the list at ``path`` to its limit (``LIMITS``)."""
    limit = LIMITS[path]

    def check(items: list[Any]) -> list[Any]:
        if len(items) > limit.most and not _STORED.get():
            raise PydanticCustomError("list_limit", limit.message(len(items)))
        return items

    return AfterValidator(check)


#: code points XML 1.0 forbids in a document (an SVG or a PDF's metadata would be
#: invalid): lone surrogates and the non-characters U+FDD0–U+FDEF and U+nFFFE/U+nFFFF.
#: (C0 controls too: single-line texts refuse all controls, long texts all but tab
#: and line breaks.)
_NOT_CHARACTERS = "\ud800-\udfff\ufdd0-\ufdef" + "".join(
    chr(plane << 16 | 0xFFFE) + chr(plane << 16 | 0xFFFF) for plane in range(17))
_XML_FORBIDDEN = re.compile(f"[{_NOT_CHARACTERS}]")
_LONG_TEXT_FORBIDDEN = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f{_NOT_CHARACTERS}]")


def forbidden_message(char: str) -> str:
    """The message for a character a text must not hold."""
    code = f"U+{ord(char):04X}"
    if char == "\x00":
        return _("must not contain a NUL character")
    if "\ud800" <= char <= "\udfff":
        return _("must not contain {code} (half of a surrogate pair on its own: not a "
                 "character)").format(code=code)
    if char < " ":
        return _("must not contain {code} (a control character; only tabs and line "
                 "breaks are allowed)").format(code=code)
    return _("must not contain {code} (a character XML forbids)").format(code=code)


def _long_text_chars(value: str) -> str:
    if value.isprintable():  # the common case, without a regex scan
        return value
    found = _LONG_TEXT_FORBIDDEN.search(value)
    if found and (found.group() == "\x00" or not _STORED.get()):  # NUL: refused always
        raise ValueError(forbidden_message(found.group()))
    return value


def _no_control(value: str) -> str:
    if value.isprintable():  # nearly every text: no control, separator or non-character
        return value
    found = _XML_FORBIDDEN.search(value)
    if found and not _STORED.get():  # first: a surrogate is also "Cs", with its own message
        raise ValueError(forbidden_message(found.group()))
    if any(unicodedata.category(c) in ("Cc", "Zl", "Zp") for c in value):
        raise ValueError(_("must not contain control characters or line breaks"))
    return value


def _currency(value: str) -> str:
    if len(value) != 3 or not ("A" <= value[0] <= "Z" and value.isascii() and value.isupper()
                               and value.isalpha()):
        raise ValueError(_("must be a 3-letter ISO 4217 code in capitals, such as EUR or CNY"))
    return value


def _email(value: str) -> str:
    local, at, domain = value.partition("@")
    if not (at and local and "." in domain.strip(".") and " " not in value.strip()):
        raise ValueError(_("must be an e-mail address such as anna.weber@example.com"))
    return value


#: what a phone number may hold besides digits: as written by people and CRMs
#: ("+7 (495) 123-45-67", "010 8888 6666 ext. 12", "+86 138-0013-8000 доб. 5")
_PHONE_EXTRA = frozenset(" +-()./#*,;") | frozenset("extEXTдобДОБ")


def _phone(value: str) -> str:
    """Kept as the user wrote it; matching normalises it (app.contacts.phones)."""
    digits = sum(c.isdecimal() for c in value)
    if digits < 3 or any(not (c.isdecimal() or c in _PHONE_EXTRA) for c in value):
        raise ValueError(_("must be a phone number such as +7 495 123-45-67 or 138 0013 8000 "
                           "(digits, spaces, + - ( ) and an extension)"))
    return value


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError(_("must not be empty"))
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
LongText = Annotated[str, StringConstraints(max_length=MAX_TEXT),
                     AfterValidator(_long_text_chars)]
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
        raise ValueError(_("must be between {first} and {last}").format(
            first=FIRST_DAY.isoformat(), last=LAST_DAY.isoformat()))
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


Handle = Annotated[str, StringConstraints(min_length=1, max_length=200),
                  AfterValidator(_not_blank), AfterValidator(_no_control)]


class Messengers(Record):
    """A person's handles on messaging services; services not listed are refused."""

    wechat: Handle | None = None
    telegram: Handle | None = None
    whatsapp: Handle | None = None
    linkedin: Handle | None = None
    dingtalk: Handle | None = None
    other: Handle | None = None


class StakeholderRecord(Record):
    id: Id
    name: Name
    title: ShortText | None = None
    department: ShortText | None = None
    #: contact details: for our eyes only, never in the client edition
    email: Annotated[ShortText, AfterValidator(_email)] | None = None
    phone: Annotated[str, StringConstraints(max_length=60), AfterValidator(_phone)] | None = None
    messengers: Messengers | None = None
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
    #: stable within the account; given on import when a file has none (``ln1`` …)
    id: Id | None = None
    source: Id
    target: Id
    strength: Strength | None = None
    kind: InfluenceKind | None = None
    note: LongText | None = None


class StageRecord(Record):
    id: Id | None = None
    date: Day
    stage: RelationshipStage
    note: LongText | None = None


class StanceChangeRecord(Record):
    """A stakeholder's stance moved (written automatically when it is edited)."""

    id: Id | None = None
    date: Day
    stakeholder: Id
    field: Literal["stance"]
    old: Stance | None = None
    new: Stance | None = None
    note: LongText | None = None


class RelationshipChangeRecord(Record):
    """Our relationship strength with a stakeholder moved (0 none … 4 advocate)."""

    id: Id | None = None
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

    units: Annotated[list[Name], _most("whitespace.units")] = []
    offerings: Annotated[list[Name], _most("whitespace.offerings")] = []
    cells: Annotated[list[WhitespaceCell], _most("whitespace.cells")] = []


class InteractionRecord(Record):
    id: Id | None = None
    date: Day
    stakeholder: Id | None = None
    #: further stakeholders who took part (ids), besides ``stakeholder``
    participants: Annotated[list[Id], _most("interactions[].participants")] = []
    channel: Channel | None = None
    summary: LongText | None = None


# -- account plan -------------------------------------------------------------------

Finite = Annotated[float, Field(allow_inf_nan=False)]
Level = Annotated[int, Field(ge=1, le=5)]
Year = Annotated[int, Field(ge=1990, le=2200)]
Quarter = Annotated[int, Field(ge=1, le=4)]
RequiredText = Annotated[str, StringConstraints(max_length=MAX_TEXT),
                         AfterValidator(_long_text_chars), AfterValidator(_not_blank)]


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
    #: unique among all the account's milestones
    id: Id | None = None
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
    milestones: Annotated[list[MilestoneRecord], _most("objectives[].milestones")] = []
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
    our_attendees: Annotated[list[Id], _most("reviews[].our_attendees")] = []
    #: stakeholder ids
    their_attendees: Annotated[list[Id], _most("reviews[].their_attendees")] = []
    notes: LongText | None = None
    decisions: LongText | None = None
    #: action ids agreed at the review
    follow_ups: Annotated[list[Id], _most("reviews[].follow_ups")] = []
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
    values: Annotated[list[KpiValue], _most("kpis[].values")] = []
    #: shown in the client edition (opt-in: absent or false keeps it ours alone)
    client_visible: bool = False


class AccountFile(Record):
    format: Literal["rapport-account"]
    version: Literal[1]
    account: AccountRecord
    stakeholders: Annotated[list[StakeholderRecord], _most("stakeholders")] = []
    influences: Annotated[list[InfluenceRecord], _most("influences")] = []
    stage_history: Annotated[list[StageRecord], _most("stage_history")] = []
    interactions: Annotated[list[InteractionRecord], _most("interactions")] = []
    stakeholder_history: Annotated[list[PersonChange], _most("stakeholder_history")] = []
    stage_evidence: Annotated[list[EvidenceRecord], _most("stage_evidence")] = []
    selection: SelectionRecord | None = None
    whitespace: WhitespaceRecord | None = None
    team: Annotated[list[TeamMemberRecord], _most("team")] = []
    insights: Annotated[list[InsightRecord], _most("insights")] = []
    objectives: Annotated[list[ObjectiveRecord], _most("objectives")] = []
    revenue_plan: Annotated[list[RevenueRecord], _most("revenue_plan")] = []
    risks: Annotated[list[RiskRecord], _most("risks")] = []
    actions: Annotated[list[ActionRecord], _most("actions")] = []
    reviews: Annotated[list[ReviewRecord], _most("reviews")] = []
    kpis: Annotated[list[KpiRecord], _most("kpis")] = []
