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

from app.assessment.health import health_findings, health_trend
from app.assessment.settings import ScoringSettings
from app.assessment.stages import stage_gap
from app.assessment.tiering import computed_tier
from app.fileformat.schema import (
    AccountFile,
    AccountRecord,
    EvidenceRecord,
    InfluenceRecord,
    InteractionRecord,
    PersonChange,
    Position,
    RelationshipChangeRecord,
    SelectionRecord,
    StageRecord,
    StakeholderRecord,
    StanceChangeRecord,
    WhitespaceRecord,
)
from app.models import orm
from app.models.enums import (
    BuyingRole,
    Channel,
    Evidence,
    InfluenceKind,
    LifecycleStage,
    RelationshipStage,
    Stance,
    Tier,
)
from app.services.accounts import AccountService
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
        gap=len(gap.unmet), contradicted=gap.contradicted)


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


def _date(value: Any) -> dt.date:
    """SQLite hands dates back as ISO text; other drivers as dates."""
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)


def _day(value: Any) -> dt.date | None:
    return None if value is None else _date(value)


def _json(value: Any) -> Any:
    """SQLite hands JSON back as text; a stored Python None is the JSON text "null"."""
    return json.loads(value) if isinstance(value, str | bytes) else value


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
                     ("account_id", "date", "stakeholder_id", "channel", "summary")),
    "stakeholder_history": (orm.PersonChange.__table__,
                            ("account_id", "date", "stakeholder_id", "field", "old_stance",
                             "new_stance", "old_level", "new_level", "note")),
    "stage_evidence": (orm.StageEvidence.__table__, ("account_id", "criterion", "date", "note")),
}


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


def _documents(rows: Mapping[str, _Rows], key: Mapping[int, str]) -> list[AccountFile]:
    """Account-file documents equal to ``account_to_file`` of the same rows."""
    people = _by_account(rows["stakeholders"], lambda r: _stakeholder(r, key))
    links = _by_account(rows["influences"], lambda r: InfluenceRecord.model_construct(
        source=key[r[1]], target=key[r[2]], strength=r[3], kind=_KIND[r[4]], note=r[5]))
    stages = _by_account(rows["stage_history"], lambda r: StageRecord.model_construct(
        date=_date(r[1]), stage=RelationshipStage(r[2]), note=r[3]))
    talks = _by_account(rows["interactions"], lambda r: InteractionRecord.model_construct(
        date=_date(r[1]), stakeholder=None if r[2] is None else key[r[2]],
        channel=_CHANNEL[r[3]], summary=r[4]))
    changes = _by_account(rows["stakeholder_history"], lambda r: _person_change(r, key))
    ticks = _by_account(rows["stage_evidence"], lambda r: EvidenceRecord.model_construct(
        criterion=Evidence(r[1]), date=_day(r[2]), note=r[3]))
    docs = []
    for row in rows["accounts"]:
        aid, selection, whitespace = row[0], _json(row[13]), _json(row[14])
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
            objectives=[], risks=[], actions=[], reviews=[], kpis=[], team=[]))
    return docs


def _referenced(rows: Mapping[str, _Rows]) -> set[int]:
    """Stakeholder ids the batch's rows point to (bosses, lines, talks, history)."""
    ids = {r[10] for r in rows["stakeholders"]}
    ids.update(r[i] for r in rows["influences"] for i in (1, 2))
    ids.update(r[2] for r in rows["interactions"])
    ids.update(r[2] for r in rows["stakeholder_history"])
    ids.discard(None)
    return ids


class PortfolioService:
    """Scores of the accounts in one database, for the portfolio view."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._accounts = AccountService(db)
        self._compiled: dict[str, SQLCompiler] | None = None

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
            yield [score_document(doc, today, settings) for doc in docs]

    def iter_documents(self, batch: int = 250) -> Generator[list[AccountFile], None, None]:
        """Every account as an account-file document, equal to ``AccountService.snapshot``,
        ``batch`` accounts at a time in account id order: the bulk reader behind
        ``iter_scores`` (one query per table and batch instead of seven per account)."""
        if batch < 1:
            raise ValueError(f"batch must be at least 1, not {batch}")
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
                for name in ("stakeholders", *_CHILD_COLS):
                    rows[name] = fetch(name, span)
            finally:
                cursor.close()
            key = {r[1]: r[2] for r in rows["stakeholders"]}
            key.update(self._outside_keys(conn, _referenced(rows) - key.keys()))
        return _documents(rows, key), rows["accounts"][-1][0]

    @staticmethod
    def _outside_keys(conn: Connection, ids: set[int]) -> dict[int, str]:
        """Keys of people outside the batch that a row points to. Valid data never
        does (links stay within an account), but the snapshot would show the key."""
        if not ids:
            return {}
        t = orm.Stakeholder.__table__
        return {sid: skey for sid, skey in conn.execute(
            select(t.c.id, t.c.key).where(t.c.id.in_(sorted(ids))))}
