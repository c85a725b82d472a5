"""Portfolio scores: tier, health, risk and stage gap of every account.

``score_document`` is the definition of an account's score: it only calls the
assessment functions, so the portfolio view can never disagree with the
account's own tabs. ``PortfolioService.iter_scores`` feeds it every account of
the database, read a batch of stored documents per query.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Generator
from dataclasses import dataclass

from sqlalchemy import BigInteger, bindparam, select

from app.assessment.agenda import AgendaItem, agenda
from app.assessment.health import health_findings, health_trend
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
from app.storage.tables import accounts


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

    def count(self) -> int:
        """Number of accounts (for a progress bar)."""
        return self._accounts.count()
