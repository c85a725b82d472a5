"""Portfolio scores: tier, health, risk and stage gap of every account, and the movers.

``score_document`` is the definition of an account's score: it only calls the
assessment functions, so the portfolio view can never disagree with the
account's own tabs. ``PortfolioService.iter_scores`` feeds it every account of
the database, read a batch of stored documents per query.

``PortfolioService.iter_movers`` tells how each account's relationships moved over the
last :data:`MOVERS_DAYS` days (:func:`app.assessment.movement.movement` between the
version in force then and today's, see docs/movers.md). Only accounts saved since then
are read at all; for those, one query per batch finds the versions in force then and a
second reads them. An account with no version kept from then (created or imported
since) is compared with its first kept version, and says so (``Mover.from_first``):
what moved since it came is news as well, and comparing with an empty account would
count every person typed in as a relationship won.
"""

from __future__ import annotations

import datetime as dt
import time
import zlib
from collections.abc import Generator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import BigInteger, and_, bindparam, or_, select

from app.assessment.agenda import AgendaItem, agenda
from app.assessment.changes import LOOKBACK_DAYS, Change
from app.assessment.health import health_findings, health_trend
from app.assessment.movement import movement
from app.assessment.settings import ScoringSettings
from app.assessment.stages import stage_gap
from app.assessment.tiering import computed_tier
from app.models.account import (
    AccountFile,
)
from app.models.enums import (
    RelationshipStage,
    Tier,
)
from app.services.accounts import AccountService
from app.storage.database import Database
from app.storage.store import DamagedAccount, parse_stored
from app.storage.tables import accounts, versions

#: the movers list looks this many days back
MOVERS_DAYS = LOOKBACK_DAYS


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


@dataclass(frozen=True)
class Mover:
    """How one account's relationships moved (see ``app.assessment.movement``)."""

    key: str
    name: str
    score: int                         # > 0 improved, < 0 worsened
    points: float                      # the score before rounding (ties broken by it)
    reasons: tuple[Change, ...]        # the changes that explain it, weightiest first
    since: dt.date                     # the day of the version compared with
    #: no version was kept from the start of the period: compared with the first one
    from_first: bool = False


def mover(key: str, then: AccountFile, since: dt.date, now: AccountFile, today: dt.date,
          settings: ScoringSettings, from_first: bool = False) -> Mover:
    """How ``now`` moved from ``then`` (both scored for health on ``today``)."""
    moved = movement(then, now, day=today, settings=settings)
    return Mover(key, now.account.name, moved.score, moved.points,
                 tuple(r.change for r in moved.reasons), since, from_first)


class PortfolioService:
    """Scores of the accounts in one database, for the portfolio view."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._accounts = AccountService(db)
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
                scores.append(score_document(doc, today, settings))
                time.sleep(0)  # hand the GIL to the GUI between accounts: scoring holds it
            yield scores

    def iter_documents(self, batch: int = 250) -> Generator[list[AccountFile], None, None]:
        """Every account's document, ``batch`` accounts at a time in account id order;
        a damaged one is skipped and listed in ``damaged``."""
        if batch < 1:
            raise ValueError(f"batch must be at least 1, not {batch}")
        self.damaged = []
        after = -(2**63)  # below any id: ids need not start at 1
        query = (select(accounts.c.id, accounts.c.key, accounts.c.document)
                 .where(accounts.c.id > bindparam("after", type_=BigInteger))
                 .order_by(accounts.c.id)
                 .limit(bindparam("size")))
        while True:
            with self._db.engine.connect() as conn:
                rows = conn.execute(query, {"after": after, "size": batch}).all()
            if not rows:
                return
            docs = []
            for _id, key, text in rows:
                try:
                    docs.append(parse_stored(key, text))
                except DamagedAccount as err:
                    self.damaged.append(err)
            yield docs
            after = rows[-1][0]

    def iter_movers(self, today: dt.date, settings: ScoringSettings,
                    days: int = MOVERS_DAYS, batch: int = 25,
                    keys: list[str] | None = None) -> Generator[list[Mover], None, None]:
        """How every account (or those of ``keys``) moved since ``days`` days before
        ``today``, ``batch`` accounts at a time in account id order; accounts that did not
        move (score 0) are left out of the batches, damaged ones skipped. Each batch is
        read in its own short read transaction, as in :meth:`iter_scores`."""
        if batch < 1:
            raise ValueError(f"batch must be at least 1, not {batch}")
        end = dt.datetime.combine(today - dt.timedelta(days=days), dt.time.max)
        after = -(2**63)
        head = (select(accounts.c.id, accounts.c.key, accounts.c.version, accounts.c.saved_at)
                .where(accounts.c.id > bindparam("after", type_=BigInteger))
                .order_by(accounts.c.id).limit(bindparam("size")))
        if keys is not None:
            head = head.where(accounts.c.key.in_(keys))
        while True:
            with self._db.engine.connect() as conn:
                rows = conn.execute(head, {"after": after, "size": batch}).all()
                if not rows:
                    return
                # saved before the period began: nothing moved (nothing else is read)
                moved = {r.key: r for r in rows if r.saved_at > end}
                found = self._versions_then(conn, moved, end)
                documents = self._documents(conn, found)
                current = dict(conn.execute(
                    select(accounts.c.key, accounts.c.document)
                    .where(accounts.c.key.in_(list(documents)))).all()) if documents else {}
            out = []
            for key, (then_text, since, first) in sorted(
                    documents.items(), key=lambda item: moved[item[0]].id):
                if key not in current:  # deleted meanwhile
                    continue
                try:
                    then = parse_stored(key, zlib.decompress(then_text))
                    now = parse_stored(key, current[key])
                except (DamagedAccount, zlib.error):
                    continue
                result = mover(key, then, since, now, today, settings, first)
                if result.score:
                    out.append(result)
                time.sleep(0)  # hand the GIL to the GUI between accounts
            yield out
            after = rows[-1].id

    @staticmethod
    def _versions_then(conn: Any, moved: dict[str, Any],
                       end: dt.datetime) -> dict[str, tuple[int, dt.date, bool]]:
        """key → (kept version in force at ``end`` or else the first kept one, its day,
        whether it is the first one)."""
        if not moved:
            return {}
        rows = conn.execute(select(versions.c.key, versions.c.version, versions.c.saved_at)
                            .where(versions.c.key.in_(list(moved)))
                            .order_by(versions.c.key, versions.c.version)).all()
        kept: dict[str, list[Any]] = {}
        for r in rows:
            if r.version < moved[r.key].version:  # the current one is not "then"
                kept.setdefault(r.key, []).append(r)
        found = {}
        for key, rows_of in kept.items():
            before = [r for r in rows_of if r.saved_at <= end]
            pick, first = (before[-1], False) if before else (rows_of[0], True)
            found[key] = (pick.version, pick.saved_at.date(), first)
        return found

    @staticmethod
    def _documents(conn: Any, found: dict[str, tuple[int, dt.date, bool]]
                   ) -> dict[str, tuple[bytes, dt.date, bool]]:
        """The kept documents ``found`` names, compressed, with their day and flag."""
        if not found:
            return {}
        rows = conn.execute(select(versions.c.key, versions.c.document).where(or_(*(
            and_(versions.c.key == key, versions.c.version == number)
            for key, (number, _day, _first) in found.items())))).all()
        return {r.key: (r.document, *found[r.key][1:]) for r in rows}

    def count(self) -> int:
        """Number of accounts (for a progress bar)."""
        return self._accounts.count()
