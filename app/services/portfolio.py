"""Portfolio scores: tier, health, risk and stage gap of every account.

``score_document`` is the definition of an account's score: it only calls the
assessment functions, so the portfolio view can never disagree with the
account's own tabs. ``PortfolioService.iter_scores`` feeds it every account of
the database without the ORM: loading 10,000 accounts one by one through
``AccountService.snapshot`` takes about a minute (bench/scores.py), so each batch
is read with one query per table and turned into documents directly.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable, Generator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import Connection, Integer, bindparam, func, select
from sqlalchemy.sql.compiler import SQLCompiler

from app.assessment.agenda import AgendaItem, agenda
from app.assessment.health import health_findings, health_trend
from app.assessment.settings import ScoringSettings
from app.assessment.stages import stage_gap
from app.assessment.tiering import computed_tier
from app.fileformat.schema import (
    AccountFile,
    AccountRecord,
    ActionRecord,
    EvidenceRecord,
    InfluenceRecord,
    InsightRecord,
    InteractionRecord,
    KpiRecord,
    KpiValue,
    MilestoneRecord,
    ObjectiveRecord,
    PersonChange,
    Position,
    RelationshipChangeRecord,
    RevenueRecord,
    ReviewRecord,
    RiskRecord,
    SelectionRecord,
    StageRecord,
    StakeholderRecord,
    StanceChangeRecord,
    TeamMemberRecord,
    WhitespaceRecord,
)
from app.models import orm
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
from app.services.accounts import AccountService
from app.services.damage import DamagedAccount
from app.storage.database import Database


@dataclass(frozen=True)
class AccountScore:
    """One row of the portfolio view: the figures it sorts and filters by."""

    key: str
    name: str
    tier: Tier | None                  # manual tier
    computed_tier: Tier | None         # tiering.computed_tier(...).tier
    current: float | None              # annual revenue in the base currency
    potential: float | None            # potential revenue in the base currency
    health: int | None                 # health today
    health_before: int | None          # health settings.drop_window_days ago
    at_risk: bool                      # a "health_drop" finding exists
    risk_reason: str                   # that finding's message, "" if none
    stage: RelationshipStage | None
    target: RelationshipStage | None
    gap: int                           # len(stage_gap(doc, today).unmet)
    contradicted: bool                 # stage_gap(...).contradicted
    agenda: tuple[AgendaItem, ...] = ()  # reviews coming up, actions due (agenda.agenda)


def score_document(doc: AccountFile, today: dt.date, settings: ScoringSettings) -> AccountScore:
    """The score of one account, from the same functions as the account's own tabs."""
    placement = computed_tier(doc.account, settings)
    then, now = health_trend(doc, today, settings)
    drops = [f for f in health_findings(doc, today, settings, (then, now))
             if f.kind == "health_drop"]
    gap = stage_gap(doc, today)
    return AccountScore(
        key=doc.account.id, name=doc.account.name, tier=doc.account.tier,
        computed_tier=placement.tier, current=placement.current,
        potential=placement.potential, health=now.score, health_before=then.score,
        at_risk=bool(drops), risk_reason=drops[0].message if drops else "",
        stage=doc.account.relationship_stage, target=doc.account.target_stage,
        gap=len(gap.unmet), contradicted=gap.contradicted, agenda=agenda(doc, today))


# --- bulk reading -------------------------------------------------------------------------
#
# The rows come from our own database, which only ever receives validated documents,
# so records are built with ``model_construct`` (no second validation). What the ORM's
# column types would do is done here by hand: vocabulary strings to enum members
# (an unknown value raises, as it would through the ORM), ISO dates to ``date`` and
# JSON text to records.

_E = TypeVar("_E", bound=StrEnum)


def _members(enum_cls: type[_E]) -> dict[str | None, _E | None]:
    """Value → member, and None → None (for nullable columns); a KeyError for anything
    else, as an unknown value would raise through the ORM."""
    table: dict[str | None, _E | None] = {m.value: m for m in enum_cls}
    table[None] = None
    return table


_TIER, _LIFECYCLE, _STAGE = _members(Tier), _members(LifecycleStage), _members(RelationshipStage)
_ROLE, _STANCE, _KIND = _members(BuyingRole), _members(Stance), _members(InfluenceKind)
_CHANNEL = _members(Channel)
_TEAM_ROLE, _GOAL_STATUS = _members(TeamRole), _members(ObjectiveStatus)
_RISK_CATEGORY, _ESCALATION = _members(RiskCategory), _members(Escalation)
_RISK_STATUS, _ACTION_STATUS = _members(RiskStatus), _members(ActionStatus)


def _date(value: Any) -> dt.date:
    """SQLite hands dates back as ISO text; other drivers as dates."""
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)


def _day(value: Any) -> dt.date | None:
    return None if value is None else _date(value)


def _json(value: Any) -> Any:
    """SQLite hands JSON back as text; a stored Python None is the JSON text "null"."""
    return json.loads(value) if isinstance(value, str | bytes) else value


def _keys(value: Any) -> list[str]:
    """A JSON array of keys; NULL (interactions from before the plan) is none."""
    return _json(value) or []


_Table = Any  # an ORM class's __table__


def _columns(table: _Table, names: Sequence[str]) -> list[Any]:
    return [table.c[name] for name in names]


_ACCOUNT_COLS = ("id", "key", "name", "industry", "owner", "tier", "annual_revenue",
                 "potential_revenue", "currency", "lifecycle_stage", "relationship_stage",
                 "target_stage", "notes", "selection", "whitespace")
_STAKEHOLDER_COLS = ("account_id", "id", "key", "name", "title", "department", "role", "stance",
                     "influence", "relationship", "reports_to_id", "our_owner", "last_contact",
                     "notes", "map_x", "map_y")
_CHILD_COLS: dict[str, tuple[_Table, tuple[str, ...]]] = {
    "influences": (orm.Influence.__table__,
                   ("account_id", "source_id", "target_id", "strength", "kind", "note")),
    "stage_history": (orm.StageChange.__table__, ("account_id", "date", "stage", "note")),
    "interactions": (orm.Interaction.__table__,
                     ("account_id", "date", "stakeholder_id", "channel", "summary",
                      "participants")),
    "stakeholder_history": (orm.PersonChange.__table__,
                            ("account_id", "date", "stakeholder_id", "field", "old_stance",
                             "new_stance", "old_level", "new_level", "note")),
    "stage_evidence": (orm.StageEvidence.__table__, ("account_id", "criterion", "date", "note")),
    # the account plan; rows others refer to also give their surrogate id (second)
    "team": (orm.TeamMember.__table__,
             ("account_id", "id", "key", "name", "role", "email", "notes", "client_visible")),
    "insights": (orm.Insight.__table__,
                 ("account_id", "key", "kind", "text", "confirmed", "value_proposition",
                  "client_visible")),
    "objectives": (orm.Objective.__table__,
                   ("account_id", "id", "key", "title", "measure", "target_value",
                    "target_date", "owner_id", "status", "notes", "client_visible")),
    "revenue_plan": (orm.RevenuePlan.__table__,
                     ("account_id", "year", "quarter", "planned", "actual", "client_visible")),
    "risks": (orm.Risk.__table__,
              ("account_id", "id", "key", "title", "category", "likelihood", "impact",
               "mitigation", "owner_id", "escalation", "status", "internal", "notes",
               "client_visible")),
    "actions": (orm.Action.__table__,
                ("account_id", "key", "title", "owner_id", "due", "status", "objective_id",
                 "risk_id", "stakeholder_id", "notes", "client_visible")),
    "reviews": (orm.Review.__table__,
                ("account_id", "key", "date", "title", "held", "agenda", "our_attendees",
                 "their_attendees", "notes", "decisions", "follow_ups", "client_visible")),
    "kpis": (orm.Kpi.__table__,
             ("account_id", "id", "key", "name", "unit", "target", "higher_is_better",
              "client_visible")),
}
#: rows two levels down, read through their parent's account id:
#: name -> (table, parent table, foreign key to the parent, columns)
_GRANDCHILD_COLS: dict[str, tuple[_Table, _Table, str, tuple[str, ...]]] = {
    "milestones": (orm.Milestone.__table__, orm.Objective.__table__, "objective_id",
                   ("objective_id", "title", "due", "done")),
    "kpi_values": (orm.KpiValue.__table__, orm.Kpi.__table__, "kpi_id",
                   ("kpi_id", "date", "value")),
}
#: which table a reference column of a plan row points to: rows of the batch name most
#: targets, the rest (only in damaged data) is looked up like people outside the batch
_TARGETS = {"people": orm.Stakeholder.__table__, "team": orm.TeamMember.__table__,
            "objectives": orm.Objective.__table__, "risks": orm.Risk.__table__}


def _queries() -> dict[str, Any]:
    """One statement per table. Children are read by account id range: the batch's
    accounts are exactly the ids in [lo, hi] (read in the same transaction), and the
    account_id indexes answer a range as well as an IN list, without 250 parameters.
    Ordered by id within each account, like the ORM relationships."""
    accounts = orm.Account.__table__
    lo, hi = bindparam("lo", type_=Integer), bindparam("hi", type_=Integer)
    statements: dict[str, Any] = {
        "accounts": select(*_columns(accounts, _ACCOUNT_COLS))
        .where(accounts.c.id > bindparam("after"))
        .order_by(accounts.c.id).limit(bindparam("size")),
    }
    stakeholders = orm.Stakeholder.__table__
    for name, (table, cols) in (("stakeholders", (stakeholders, _STAKEHOLDER_COLS)),
                                *_CHILD_COLS.items()):
        statements[name] = (select(*_columns(table, cols))
                            .where(table.c.account_id.between(lo, hi))
                            .order_by(table.c.account_id, table.c.id))
    for name, (table, parent, fk, cols) in _GRANDCHILD_COLS.items():
        statements[name] = (select(*_columns(table, cols))
                            .join(parent, parent.c.id == table.c[fk])
                            .where(parent.c.account_id.between(lo, hi))
                            .order_by(table.c[fk], table.c.id))
    return statements


_Rows = Sequence[Any]  # DB-API rows


def _by_account(rows: _Rows, build: Callable[[tuple[Any, ...]], Any]) -> dict[int, list[Any]]:
    """Records grouped by their first column (the account id), in row order."""
    grouped: dict[int, list[Any]] = defaultdict(list)
    for row in rows:
        grouped[row[0]].append(build(row))
    return grouped


def _person_change(row: tuple[Any, ...], key: Mapping[int, str]) -> PersonChange:
    _, date, sid, field, old_stance, new_stance, old_level, new_level, note = row
    if field == "stance":
        return StanceChangeRecord.model_construct(
            date=_date(date), stakeholder=key[sid], field="stance", old=_STANCE[old_stance],
            new=_STANCE[new_stance], note=note)
    if field == "relationship":
        return RelationshipChangeRecord.model_construct(
            date=_date(date), stakeholder=key[sid], field="relationship", old=old_level,
            new=new_level, note=note)
    raise ValueError(f"unknown stakeholder history field {field!r}")  # the schema forbids it


def _stakeholder(row: tuple[Any, ...], key: Mapping[int, str]) -> StakeholderRecord:
    (_, _, skey, name, title, department, role, stance, influence, relationship, boss,
     our_owner, last_contact, notes, map_x, map_y) = row
    return StakeholderRecord.model_construct(
        id=skey, name=name, title=title, department=department, role=_ROLE[role],
        stance=_STANCE[stance], influence=influence, relationship=relationship,
        reports_to=None if boss is None else key[boss], our_owner=our_owner,
        last_contact=_day(last_contact), notes=notes,
        position=(Position.model_construct(x=map_x, y=map_y)
                  if map_x is not None and map_y is not None else None))


def _account(row: tuple[Any, ...]) -> AccountRecord:
    (_, key, name, industry, owner, tier, annual, potential, currency, lifecycle, stage,
     target, notes, _, _) = row
    return AccountRecord.model_construct(
        id=key, name=name, industry=industry, owner=owner, tier=_TIER[tier],
        annual_revenue=annual, potential_revenue=potential, currency=currency,
        lifecycle_stage=_LIFECYCLE[lifecycle], relationship_stage=_STAGE[stage],
        target_stage=_STAGE[target], notes=notes)


_Keys = Mapping[str, Mapping[int, str]]  # "people", "team", … → surrogate id → key


def _ref(keys: Mapping[int, str], row_id: int | None) -> str | None:
    return None if row_id is None else keys[row_id]


def _plan(rows: Mapping[str, _Rows], keys: _Keys) -> dict[str, dict[int, list[Any]]]:
    """The plan sections of the batch, per account id, as ``account_to_file`` builds them."""
    team, goals, risks = keys["team"], keys["objectives"], keys["risks"]
    steps: dict[int, list[MilestoneRecord]] = _by_account(
        rows["milestones"], lambda r: MilestoneRecord.model_construct(
            title=r[1], due=_day(r[2]), done=bool(r[3])))
    values: dict[int, list[KpiValue]] = _by_account(
        rows["kpi_values"], lambda r: KpiValue.model_construct(date=_date(r[1]), value=r[2]))
    return {
        "team": _by_account(rows["team"], lambda r: TeamMemberRecord.model_construct(
            id=r[2], name=r[3], role=_TEAM_ROLE[r[4]], email=r[5], notes=r[6],
            client_visible=bool(r[7]))),
        "insights": _by_account(rows["insights"], lambda r: InsightRecord.model_construct(
            id=r[1], kind=InsightKind(r[2]), text=r[3], confirmed=bool(r[4]),
            value_proposition=r[5], client_visible=bool(r[6]))),
        "objectives": _by_account(rows["objectives"], lambda r: ObjectiveRecord.model_construct(
            id=r[2], title=r[3], measure=r[4], target_value=r[5], target_date=_day(r[6]),
            owner=_ref(team, r[7]), status=_GOAL_STATUS[r[8]], milestones=steps.get(r[1], []),
            notes=r[9], client_visible=bool(r[10]))),
        "revenue_plan": _by_account(rows["revenue_plan"], lambda r: RevenueRecord.model_construct(
            year=r[1], quarter=r[2], planned=r[3], actual=r[4], client_visible=bool(r[5]))),
        "risks": _by_account(rows["risks"], lambda r: RiskRecord.model_construct(
            id=r[2], title=r[3], category=_RISK_CATEGORY[r[4]], likelihood=r[5], impact=r[6],
            mitigation=r[7], owner=_ref(team, r[8]), escalation=_ESCALATION[r[9]],
            status=_RISK_STATUS[r[10]], internal=bool(r[11]), notes=r[12],
            client_visible=bool(r[13]))),
        "actions": _by_account(rows["actions"], lambda r: ActionRecord.model_construct(
            id=r[1], title=r[2], owner=_ref(team, r[3]), due=_day(r[4]),
            status=_ACTION_STATUS[r[5]], objective=_ref(goals, r[6]), risk=_ref(risks, r[7]),
            stakeholder=_ref(keys["people"], r[8]), notes=r[9], client_visible=bool(r[10]))),
        "reviews": _by_account(rows["reviews"], lambda r: ReviewRecord.model_construct(
            id=r[1], date=_date(r[2]), title=r[3], held=bool(r[4]), agenda=r[5],
            our_attendees=_keys(r[6]), their_attendees=_keys(r[7]), notes=r[8],
            decisions=r[9], follow_ups=_keys(r[10]), client_visible=bool(r[11]))),
        "kpis": _by_account(rows["kpis"], lambda r: KpiRecord.model_construct(
            id=r[2], name=r[3], unit=r[4], target=r[5], higher_is_better=bool(r[6]),
            values=values.get(r[1], []), client_visible=bool(r[7]))),
    }


def _documents(rows: Mapping[str, _Rows], keys: _Keys) -> list[AccountFile]:
    """Account-file documents equal to ``account_to_file`` of the same rows."""
    key = keys["people"]
    people = _by_account(rows["stakeholders"], lambda r: _stakeholder(r, key))
    links = _by_account(rows["influences"], lambda r: InfluenceRecord.model_construct(
        source=key[r[1]], target=key[r[2]], strength=r[3], kind=_KIND[r[4]], note=r[5]))
    stages = _by_account(rows["stage_history"], lambda r: StageRecord.model_construct(
        date=_date(r[1]), stage=RelationshipStage(r[2]), note=r[3]))
    talks = _by_account(rows["interactions"], lambda r: InteractionRecord.model_construct(
        date=_date(r[1]), stakeholder=None if r[2] is None else key[r[2]],
        participants=_keys(r[5]), channel=_CHANNEL[r[3]], summary=r[4]))
    changes = _by_account(rows["stakeholder_history"], lambda r: _person_change(r, key))
    ticks = _by_account(rows["stage_evidence"], lambda r: EvidenceRecord.model_construct(
        criterion=Evidence(r[1]), date=_day(r[2]), note=r[3]))
    plan = _plan(rows, keys)
    docs = []
    for row in rows["accounts"]:
        aid, selection, whitespace = row[0], _json(row[13]), _json(row[14])
        sections: dict[str, Any] = {name: by_account.get(aid, [])
                                    for name, by_account in plan.items()}
        docs.append(AccountFile.model_construct(
            format="rapport-account", version=1, account=_account(row),
            stakeholders=people.get(aid, []), influences=links.get(aid, []),
            stage_history=stages.get(aid, []), interactions=talks.get(aid, []),
            stakeholder_history=changes.get(aid, []), stage_evidence=ticks.get(aid, []),
            # Small, rare and stored loosely as JSON: validated as account_to_file does.
            selection=(SelectionRecord.model_validate(selection, strict=False)
                       if selection is not None else None),
            whitespace=(WhitespaceRecord.model_validate(whitespace, strict=False)
                        if whitespace is not None else None),
            **sections))
    return docs


def _referenced(rows: Mapping[str, _Rows]) -> dict[str, set[int]]:
    """Surrogate ids the batch's rows point to, per target: people (bosses, lines, talks,
    history, actions), team members (owners), objectives and risks (actions)."""
    people = {r[10] for r in rows["stakeholders"]}
    people.update(r[i] for r in rows["influences"] for i in (1, 2))
    people.update(r[2] for r in rows["interactions"])
    people.update(r[2] for r in rows["stakeholder_history"])
    people.update(r[8] for r in rows["actions"])
    team = {r[7] for r in rows["objectives"]} | {r[8] for r in rows["risks"]}
    team.update(r[3] for r in rows["actions"])
    refs = {"people": people, "team": team, "objectives": {r[6] for r in rows["actions"]},
            "risks": {r[7] for r in rows["actions"]}}
    for ids in refs.values():
        ids.discard(None)
    return refs


class PortfolioService:
    """Scores of the accounts in one database, for the portfolio view."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._accounts = AccountService(db)
        self._compiled: dict[str, SQLCompiler] | None = None
        #: accounts ``iter_documents`` skipped because a stored value cannot be read
        #: back (reset at each pass); the others are read and scored as usual
        self.damaged: list[DamagedAccount] = []

    def score(self, key: str, today: dt.date, settings: ScoringSettings) -> AccountScore:
        """One account (after an edit); NotFound if there is no such account."""
        return score_document(self._accounts.snapshot(key), today, settings)

    def iter_scores(self, today: dt.date, settings: ScoringSettings,
                    batch: int = 250) -> Generator[list[AccountScore], None, None]:
        """Every account's score, ``batch`` accounts at a time, ordered by account id.

        Meant for a worker thread: each batch is read in its own short read
        transaction, which is over before the batch is scored and yielded, so an
        abandoned or slow consumer holds no lock. Accounts added or deleted between
        batches are picked up or skipped as they fall; each batch is consistent.
        """
        for docs in self.iter_documents(batch):
            scores = []
            for doc in docs:
                try:
                    if not isinstance(doc.account.name, str):  # the view sorts by it
                        raise TypeError("account name is not text")
                    scores.append(score_document(doc, today, settings))
                except (LookupError, ValueError, TypeError):
                    # bytes where text belongs pass the bulk reader: name the damage
                    try:
                        self._accounts.snapshot(doc.account.id)
                    except DamagedAccount as err:
                        self.damaged.append(err)
                        continue
                    raise
            yield scores

    def iter_documents(self, batch: int = 250) -> Generator[list[AccountFile], None, None]:
        """Every account as an account-file document, equal to ``AccountService.snapshot``,
        ``batch`` accounts at a time in account id order: the bulk reader behind
        ``iter_scores`` (one query per table and batch instead of seven per account)."""
        if batch < 1:
            raise ValueError(f"batch must be at least 1, not {batch}")
        self.damaged = []
        after = -(2**63)  # below any id: ids need not start at 1
        while True:
            docs, last = self._read_batch(after, batch)
            if not docs:
                return
            yield docs
            after = last

    def count(self) -> int:
        """Number of accounts (for a progress bar)."""
        with self._db.sessions() as session:
            return session.scalar(select(func.count()).select_from(orm.Account)) or 0

    # -- internals ---------------------------------------------------------------------------
    def _statements(self) -> dict[str, SQLCompiler]:
        if self._compiled is None:
            compiled = {}
            for name, query in _queries().items():
                c = query.compile(dialect=self._db.engine.dialect)
                assert isinstance(c, SQLCompiler)
                compiled[name] = c
            self._compiled = compiled
        return self._compiled

    def _read_batch(self, after: int, size: int) -> tuple[list[AccountFile], int]:
        """The documents of the next ``size`` accounts with an id above ``after``, and
        the last id. Plain DB-API rows, as in ``AccountService.list_summaries``: through
        SQLAlchemy's result processing the 200,000 stakeholder rows of the benchmark
        take 2.6 times as long to read, and the records convert the values anyway."""
        statements = self._statements()
        with self._db.engine.connect() as conn, conn.begin():  # BEGIN (deferred): a read
            cursor = conn.connection.cursor()
            try:
                def fetch(name: str, params: dict[str, Any]) -> _Rows:
                    compiled = statements[name]
                    values = compiled.construct_params(params)
                    args: Any = (tuple(values[p] for p in compiled.positiontup or ())
                                 if compiled.positional else values)
                    cursor.execute(compiled.string, args)
                    return cursor.fetchall()

                rows = {"accounts": fetch("accounts", {"after": after, "size": size})}
                if not rows["accounts"]:
                    return [], after
                span = {"lo": rows["accounts"][0][0], "hi": rows["accounts"][-1][0]}
                for name in ("stakeholders", *_CHILD_COLS, *_GRANDCHILD_COLS):
                    rows[name] = fetch(name, span)
            finally:
                cursor.close()
            keys: dict[str, dict[int, str]] = {
                target: {r[1]: r[2] for r in rows["stakeholders" if target == "people"
                                                  else target]}
                for target in _TARGETS}
            for target, ids in _referenced(rows).items():
                keys[target].update(self._outside_keys(conn, _TARGETS[target],
                                                       ids - keys[target].keys()))
        try:
            return _documents(rows, keys), rows["accounts"][-1][0]
        except (LookupError, ValueError, TypeError):
            pass  # a damaged value: read this batch account by account to isolate it
        docs = []
        for row in rows["accounts"]:
            try:
                docs.append(self._accounts.snapshot(row[1]))
            except DamagedAccount as err:
                self.damaged.append(err)
        return docs, rows["accounts"][-1][0]

    @staticmethod
    def _outside_keys(conn: Connection, table: _Table, ids: set[int]) -> dict[int, str]:
        """Keys of rows outside the batch that a row points to. Valid data never
        does (links stay within an account), but the snapshot would show the key."""
        if not ids:
            return {}
        return {rid: rkey for rid, rkey in conn.execute(
            select(table.c.id, table.c.key).where(table.c.id.in_(sorted(ids))))}
