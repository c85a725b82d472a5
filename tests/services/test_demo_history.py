"""The demo workspace with a history: several versions of each demo account over the past
two quarters, saved with their past dates in one transaction, so that "as of a date" and
"what changed since the last review" show something on first start. Real SQLite files."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from app.assessment.changes import changes, significant
from app.bootstrap import Services
from app.errors import Conflict
from app.fileformat.reader import integrity_problems
from app.models.ids import with_ids
from app.services.demo import demo_documents, demo_history, install_demo
from app.services.timeline import Timeline, parse_since
from app.storage.store import AccountStore
from tests.conftest import dump_tables

TODAY = dt.date.today()
KEYS = ["demo-huadong", "demo-ural", "demo-northwind"]


@pytest.fixture
def installed(services: Services) -> Timeline:
    install_demo(services.accounts, TODAY)
    return Timeline(services.accounts)


def test_each_demo_account_has_two_quarters_of_versions(installed: Timeline) -> None:
    team = {m.name for d in demo_documents(TODAY) for m in d.team}
    for key in KEYS:
        versions = installed.versions(key)
        assert len(versions) >= 5, key
        assert (versions[-1].saved_at - versions[0].saved_at).days >= 150, key
        days = [v.saved_at.date() for v in versions]
        assert days == sorted(days) and len(set(days)) == len(days)  # one per edited day
        assert versions[-1].current and versions[-1].saved_at.date() == TODAY
        assert {v.saved_by for v in versions} <= team  # the account team, not the OS user
        assert all(v.changes for v in versions[1:])  # `history` says what each changed


def test_the_current_version_is_todays_demo(installed: Timeline, services: Services) -> None:
    for doc in demo_documents(TODAY):
        assert services.accounts.snapshot(doc.account.id) == with_ids(doc)
        assert installed.current(doc.account.id).doc == with_ids(doc)


def test_ninety_days_ago_the_map_was_different(installed: Timeline) -> None:
    for key in KEYS:
        then = installed.as_of(key, TODAY - dt.timedelta(days=90))
        assert then is not None and not then.current
        now = installed.current(key)
        assert then.doc != now.doc
        people_then = {p.id for p in then.doc.stakeholders}
        people_now = {p.id for p in now.doc.stakeholders}
        assert people_then != people_now, key  # someone joined or left since


def test_since_the_last_review_several_significant_changes(installed: Timeline) -> None:
    for key in KEYS:
        doc = installed.current(key).doc
        since = parse_since("last-review", doc, TODAY)
        then, _now, found = installed.changes_since(key, since, TODAY)
        assert then is not None and since.day is not None and then.day <= since.day, key
        weighty = significant(found)
        assert len(weighty) >= 3, (key, weighty)
        assert len({c.kind for c in weighty}) >= 3, (key, weighty)


def test_the_story_covers_every_kind_of_change_a_review_asks_about() -> None:
    kinds: set[str] = set()
    for versions in demo_history(TODAY):
        for older, newer in zip(versions, versions[1:], strict=False):
            kinds |= {c.kind for c in changes(older.doc, newer.doc)}
    assert {"person_added", "person_removed", "person_moved", "stance_changed",
            "relationship_changed", "influence_changed", "role_changed", "owner_changed",
            "line_added", "line_removed", "stage_changed", "risk_opened", "risk_closed",
            "risk_rerated", "objective_status_changed"} <= kinds


@pytest.mark.parametrize("today", [dt.date(2026, 1, 1), dt.date(2027, 7, 15)])
def test_every_past_version_is_a_valid_account(today: dt.date) -> None:
    for versions in demo_history(today):
        assert versions[-1].doc == with_ids(
            next(d for d in demo_documents(today) if d.account.id == versions[-1].doc.account.id))
        for version in versions:
            raw = version.doc.model_dump(mode="json")
            assert integrity_problems(raw) == [], (version.day, raw["account"]["id"])
            # nothing dated after the day it was saved, but the plan's future dates
            assert all(i.date <= version.day for i in version.doc.interactions)
            assert all(p.last_contact is None or p.last_contact <= version.day
                       for p in version.doc.stakeholders)
            assert all(r.held == (r.date <= version.day) for r in version.doc.reviews)


def test_installing_twice_is_refused_and_changes_nothing(services: Services) -> None:
    install_demo(services.accounts, TODAY)
    before = dump_tables(services.db)
    with pytest.raises(Conflict, match="demo-huadong"):
        install_demo(services.accounts, TODAY)
    assert dump_tables(services.db) == before


def test_replacing_saves_the_demo_over_and_keeps_what_was_there(services: Services) -> None:
    ural = next(d for d in demo_documents(TODAY) if d.account.id == "demo-ural")
    services.accounts.import_documents([ural.model_copy(update={"stakeholders": []})])
    results = install_demo(services.accounts, TODAY, replace=True)
    assert [(r.key, r.replaced) for r in results] == [
        ("demo-huadong", False), ("demo-ural", True), ("demo-northwind", False)]
    timeline = Timeline(services.accounts)
    assert timeline.current("demo-ural").doc == with_ids(ural)
    emptied = timeline.versions("demo-ural")[0]  # the version replaced: still readable
    assert services.accounts.version("demo-ural", emptied.version).stakeholders == []
    then = timeline.as_of("demo-ural", TODAY - dt.timedelta(days=90))
    assert then is not None and then.doc.stakeholders  # the demo's own past


def test_the_whole_history_is_one_transaction(services: Services,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    before = dump_tables(services.db)
    real_save = AccountStore.save

    def failing(self: AccountStore, conn: Any, doc: Any, *args: Any, **kwargs: Any) -> int:
        if doc.account.id == "demo-northwind":  # the third account, midway
            raise RuntimeError("disk full")
        return real_save(self, conn, doc, *args, **kwargs)

    monkeypatch.setattr(AccountStore, "save", failing)
    with pytest.raises(RuntimeError, match="disk full"):
        install_demo(services.accounts, TODAY)
    assert dump_tables(services.db) == before
    assert services.accounts.count() == 0
