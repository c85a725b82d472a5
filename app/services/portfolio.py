"""Portfolio scores: tier, health, risk and stage gap of every account.

Work in progress: the API below is fixed, the bulk reader follows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from app.assessment.health import health_findings, health_trend
from app.assessment.settings import ScoringSettings
from app.assessment.stages import stage_gap
from app.assessment.tiering import computed_tier
from app.fileformat.schema import AccountFile
from app.models.enums import RelationshipStage, Tier
from app.services.accounts import AccountService
from app.storage.database import Database


@dataclass(frozen=True)
class AccountScore:
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
    placement = computed_tier(doc.account, settings)
    then, now = health_trend(doc, today, settings)
    drops = [f for f in health_findings(doc, today, settings) if f.kind == "health_drop"]
    gap = stage_gap(doc, today)
    return AccountScore(
        key=doc.account.id, name=doc.account.name, tier=doc.account.tier,
        computed_tier=placement.tier, current=placement.current,
        potential=placement.potential, health=now.score, health_before=then.score,
        at_risk=bool(drops), risk_reason=drops[0].message if drops else "",
        stage=doc.account.relationship_stage, target=doc.account.target_stage,
        gap=len(gap.unmet), contradicted=gap.contradicted)


class PortfolioService:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._accounts = AccountService(db)

    def score(self, key: str, today: dt.date, settings: ScoringSettings) -> AccountScore:
        return score_document(self._accounts.snapshot(key), today, settings)

    def iter_scores(self, today: dt.date, settings: ScoringSettings,
                    batch: int = 250) -> Iterator[list[AccountScore]]:
        keys = [s.key for s in self._accounts.list_summaries()]
        for i in range(0, len(keys), batch):
            yield [self.score(k, today, settings) for k in keys[i:i + batch]]

    def count(self) -> int:
        return len(self._accounts.list_summaries())
