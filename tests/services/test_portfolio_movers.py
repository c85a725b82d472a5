"""The portfolio's movers: how each account's relationships moved over the last 90 days,
read from a real database whose versions were saved on different days."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from app.assessment.movement import movement
from app.assessment.settings import ScoringSettings
from app.bootstrap import Services
from app.models.account import AccountFile
from app.services.portfolio import Mover, PortfolioService
from app.services.timeline import Since, Timeline
from app.storage.store import AccountStore
from tests.conftest import account_doc

TODAY = dt.date(2026, 12, 1)
SETTINGS = ScoringSettings()


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def account(key: str, stage: str = "basic", **people: dict[str, Any]) -> AccountFile:
    base = account_doc()
    return AccountFile.model_validate(account_doc(
        account={**base["account"], "id": key, "name": f"Account {key}",
                 "relationship_stage": stage},
        stakeholders=[{**p, **people.get(p["id"], {})} for p in base["stakeholders"]]),
        strict=False)


def save_on(services: Services, doc: AccountFile, day: dt.date, *, new: bool = False) -> None:
    store = AccountStore()
    when = dt.datetime.combine(day, dt.time(12))
    with services.db.transaction() as session:
        conn = session.connection()
        if new:
            store.insert(conn, doc, now=when)
        else:
            store.save(conn, doc, None, now=when)


@pytest.fixture
def portfolio(services: Services) -> PortfolioService:
    """up: Ольга skeptic → supporter 30 days ago (and relationship 3 ten days ago);
    down: the stage fell to disintegrating 10 days ago; still: untouched for 200 days;
    old: last edited 95 days ago; new: created 20 days ago, Jane turned blocker since."""
    for key in ("up", "down", "still", "old"):
        save_on(services, account(key), ago(200), new=True)
    save_on(services, account("up", s2={"stance": "neutral"}), ago(120))
    save_on(services, account("up", s2={"stance": "supporter"}), ago(30))
    save_on(services, account("up", s2={"stance": "supporter", "relationship": 3}), ago(10))
    save_on(services, account("down", "disintegrating"), ago(10))
    save_on(services, account("old", s2={"stance": "champion"}), ago(95))
    save_on(services, account("new"), ago(20), new=True)
    save_on(services, account("new", s3={"stance": "blocker"}), ago(5))
    return PortfolioService(services.db)


def movers(portfolio: PortfolioService, **options: Any) -> dict[str, Mover]:
    return {m.key: m for batch in portfolio.iter_movers(TODAY, SETTINGS, **options)
            for m in batch}


def test_accounts_that_moved_with_their_reasons_and_the_day_compared_with(
        portfolio: PortfolioService) -> None:
    found = movers(portfolio)
    assert set(found) == {"up", "down", "new"}  # still and old did not move in 90 days
    up, down, new = found["up"], found["down"], found["new"]
    # compared with the version in force 90 days ago (Ольга neutral), not the first one
    assert up.score == 1 * 2 * 4 + 4 and up.since == ago(120) and not up.from_first
    assert [(c.kind, c.before, c.after) for c in up.reasons] == [
        ("stance_changed", "neutral", "supporter"), ("relationship_changed", 2, 3)]
    assert down.score == -30 and [c.kind for c in down.reasons] == ["stage_changed"]
    # no version from 90 days ago: compared with its first one, and it says so
    assert new.from_first and new.since == ago(20)
    assert new.score == -4 * 2 * 2 and new.name == "Account new"


def test_the_movers_agree_with_the_timeline(services: Services,
                                            portfolio: PortfolioService) -> None:
    timeline = Timeline(services.accounts)
    for key, mover in movers(portfolio).items():
        if mover.from_first:
            continue
        then, now, _found = timeline.changes_since(key, Since(day=ago(90)), TODAY)
        assert then is not None
        assert movement(then.doc, now.doc, day=TODAY, settings=SETTINGS).score == mover.score


def test_batches_and_a_few_keys_give_the_same_movers(portfolio: PortfolioService) -> None:
    everything = movers(portfolio)
    assert movers(portfolio, batch=1) == everything
    assert movers(portfolio, keys=["down", "still"]) == {"down": everything["down"]}
    assert movers(portfolio, days=5) == {}  # nothing saved after the end of 5 days ago


def test_an_account_imported_and_never_edited_did_not_move(
        services: Services, portfolio: PortfolioService) -> None:
    save_on(services, account("fresh", s1={"stance": "champion"}), ago(3), new=True)
    assert "fresh" not in movers(portfolio)
