"""The document store: compare-and-swap saves, rebased edits, history, people search.

Two AccountServices on one SQLite file stand for two app windows (or two members of
an account team on one server): each has its own engine and connections.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from app.bootstrap import Services
from app.errors import InvalidInput, NotFound
from app.models.account import AccountFile
from app.models.enums import Stance
from app.services import map_edits
from app.services.accounts import AccountService, EditConflict, VersionConflict
from app.services.demo import demo_documents
from app.storage.database import Database, open_database
from app.storage.store import AccountStore


@pytest.fixture
def first(services: Services) -> AccountService:
    services.accounts.import_documents(demo_documents())
    return services.accounts


pytestmark = pytest.mark.both_stores


@pytest.fixture
def second(first: AccountService, store: str, db_target: str) -> Iterator[AccountService]:
    """Another writer on the same database, through its own engine (a second app on
    the file, bypassing its lock; a second member on the server)."""
    if store == "postgres":
        db = open_database(db_target)
        yield AccountService(db)
        db.close()
        return
    engine = create_engine(f"sqlite:///{db_target}")
    yield AccountService(Database(url=engine.url, engine=engine,
                                  sessions=sessionmaker(engine), path=None))
    engine.dispose()


def _stance(doc: AccountFile, person: str, stance: Stance) -> AccountFile:
    return map_edits.update_person(doc, person, {"stance": stance}, today=dt.date(2026, 12, 6))


def _title(doc: AccountFile, person: str, title: str) -> AccountFile:
    return map_edits.update_person(doc, person, {"title": title}, today=dt.date(2026, 12, 6))


def test_a_save_names_the_version_it_started_from(first: AccountService) -> None:
    stored = first.read("demo-ural")
    version = first.save(_title(stored.doc, "gd", "Генеральный директор"), stored.version)
    assert version == stored.version + 1
    assert first.read("demo-ural").version == version
    assert next(p for p in first.snapshot("demo-ural").stakeholders
                if p.id == "gd").title == "Генеральный директор"


def test_a_stale_save_is_refused_with_the_current_document(first: AccountService,
                                                           second: AccountService) -> None:
    mine = first.read("demo-ural")
    theirs = second.read("demo-ural")
    second.save(_stance(theirs.doc, "gd", Stance.CHAMPION), theirs.version)
    with pytest.raises(VersionConflict) as info:
        first.save(_title(mine.doc, "it", "CIO"), mine.version)
    current = info.value.current
    assert current is not None and current.version == mine.version + 1
    assert next(p for p in current.doc.stakeholders if p.id == "gd").stance == Stance.CHAMPION
    # nothing of the refused save was written
    assert next(p for p in first.snapshot("demo-ural").stakeholders
                if p.id == "it").title != "CIO"


def test_an_edit_from_an_old_version_is_rebased_onto_the_current_one(
        first: AccountService, second: AccountService) -> None:
    mine = first.read("demo-ural")
    theirs = second.read("demo-ural")
    second.save(_stance(theirs.doc, "gd", Stance.CHAMPION), theirs.version)
    saved = first.edit("demo-ural", lambda d: _title(d, "it", "CIO"), "title", base=mine)
    assert saved.version == mine.version + 2
    doc = second.snapshot("demo-ural")
    people = {p.id: p for p in doc.stakeholders}
    assert people["gd"].stance == Stance.CHAMPION  # their edit survives
    assert people["it"].title == "CIO"  # and so does mine


def test_an_edit_that_no_longer_applies_says_so_and_saves_nothing(
        first: AccountService, second: AccountService) -> None:
    mine = first.read("demo-ural")
    theirs = second.read("demo-ural")
    second.save(map_edits.remove(theirs.doc, people=["it"]), theirs.version)
    version = second.read("demo-ural").version
    with pytest.raises(EditConflict) as conflict:
        first.edit("demo-ural", lambda d: _title(d, "it", "CIO"), "title", base=mine)
    assert first.read("demo-ural").version == version
    # both sides, for the user: what the edit made of its version, and what is stored
    assert conflict.value.base.version == mine.version
    assert conflict.value.mine is not None
    assert any(p.id == "it" and p.title == "CIO" for p in conflict.value.mine.stakeholders)
    assert conflict.value.current.version == version
    assert all(p.id != "it" for p in conflict.value.current.doc.stakeholders)
    assert 'no person "it"' in str(conflict.value)
    second.delete("demo-ural")
    with pytest.raises(NotFound, match="deleted meanwhile"):
        first.edit("demo-ural", lambda d: _title(d, "gd", "CEO"), "title", base=mine)


def test_summary_columns_and_people_follow_every_save(first: AccountService) -> None:
    stored = first.read("demo-ural")
    renamed = stored.doc.model_copy(update={"account": stored.doc.account.model_copy(
        update={"name": "Урал Логистика"})})
    first.save(map_edits.add_person(renamed, "Пётр Новиков")[0], stored.version)
    summary = first.summary("demo-ural")
    assert summary.name == "Урал Логистика"
    assert summary.stakeholder_count == len(stored.doc.stakeholders) + 1
    hits = first.find_people("пётр новиков")
    assert [(h.account, h.name) for h in hits] == [("demo-ural", "Пётр Новиков")]
    assert first.find_people("100%_") == []  # LIKE's wildcards are matched literally


def test_people_search_finds_every_script_in_any_case(first: AccountService) -> None:
    ural = first.snapshot("demo-ural").stakeholders[0]
    huadong = first.snapshot("demo-huadong").stakeholders[0]
    assert ural.name in [h.name for h in first.find_people(ural.name.upper())]
    assert huadong.name in [h.name for h in first.find_people(huadong.name[:2])]
    assert first.find_people("   ") == []


def test_history_keeps_imports_and_the_last_version_of_each_edited_day(
        services: Services) -> None:
    services.accounts.import_documents(demo_documents())
    db, store = services.accounts.database, AccountStore()
    day = dt.datetime(2026, 12, 7, 9, 0)

    def edit(title: str, when: dt.datetime) -> None:
        stored = services.accounts.read("demo-ural")
        with db.transaction() as session:
            store.save(session.connection(), _title(stored.doc, "gd", title), stored.version,
                       changes=f"title {title}", now=when)

    edit("A", day)
    edit("B", day.replace(hour=10))
    edit("C", day.replace(hour=11))
    edit("D", day + dt.timedelta(days=1))
    history = services.accounts.history("demo-ural")
    assert [(v.version, v.current) for v in history] == [(1, False), (4, False), (5, True)]
    assert history[1].changes == ("title A", "title B", "title C")
    assert history[2].changes == ("title D",)

    def title(version: int) -> str | None:
        doc = services.accounts.version("demo-ural", version)
        return next(p for p in doc.stakeholders if p.id == "gd").title

    assert (title(4), title(5)) == ("C", "D")
    assert title(1) == next(p for p in demo_documents()[1].stakeholders if p.id == "gd").title
    with pytest.raises(NotFound, match="no version 2 .kept: 1, 4, 5"):
        services.accounts.version("demo-ural", 2)


def test_a_recreated_account_continues_its_version_numbers(services: Services,
                                                          tmp_path: Path) -> None:
    ural = next(d for d in demo_documents() if d.account.id == "demo-ural")
    services.accounts.import_documents([ural])
    services.accounts.delete("demo-ural")
    services.accounts.import_documents([ural])
    assert [v.version for v in services.accounts.history("demo-ural")] == [1, 2]


def test_a_document_read_again_is_the_current_one_even_after_another_save(
        first: AccountService, second: AccountService) -> None:
    """Reading an account again costs one small query while nobody saved it; a save by
    another writer is seen at the very next read."""
    once = first.read("demo-ural")
    again = first.read("demo-ural")
    assert again.doc is once.doc  # kept: not parsed again
    theirs = second.read("demo-ural")
    second.save(_title(theirs.doc, "gd", "CEO"), theirs.version)
    fresh = first.read("demo-ural")
    assert fresh.version == once.version + 1
    assert next(p for p in fresh.doc.stakeholders if p.id == "gd").title == "CEO"


def test_a_day_of_edits_keeps_its_newest_change_lines(services: Services) -> None:
    """An edit of the same day appends its line in the one UPDATE that saves it; past
    MAX_CHANGES lines the oldest goes, and nothing but the day's last version is kept."""
    from app.storage.store import MAX_CHANGES

    services.accounts.import_documents(demo_documents())
    db, store = services.accounts.database, AccountStore()
    day = dt.datetime(2026, 12, 7, 9, 0)
    stored = services.accounts.read("demo-ural")
    doc, version = stored.doc, stored.version
    for i in range(MAX_CHANGES + 5):
        doc = _title(doc, "gd", f"T{i}")
        with db.transaction() as session:
            version = store.save(session.connection(), doc, version, changes=f"title {i}",
                                 now=day + dt.timedelta(seconds=i))
    history = services.accounts.history("demo-ural")
    assert [(v.version, v.current) for v in history] == [(1, False), (version, True)]
    assert history[-1].changes == tuple(f"title {i}" for i in range(5, MAX_CHANGES + 5))
    assert history[-1].saved_at == day + dt.timedelta(seconds=MAX_CHANGES + 4)
    with db.transaction() as session:  # an edit without a line leaves the lines alone
        version = store.save(session.connection(), _title(doc, "gd", "X"), version,
                             now=day + dt.timedelta(hours=1))
    assert services.accounts.history("demo-ural")[-1].changes == history[-1].changes
    assert services.accounts.read("demo-ural").version == version


def test_the_people_index_follows_a_rename_a_removal_and_a_newcomer(
        first: AccountService) -> None:
    stored = first.read("demo-ural")
    people = stored.doc.stakeholders
    renamed, removed, kept = people[0], people[1], people[2]
    doc = map_edits.update_person(stored.doc, renamed.id, {"name": "Пётр Новиков"})
    doc = map_edits.remove(doc, people=[removed.id])
    doc = map_edits.add_person(doc, "Zhang Wei")[0]
    first.edit("demo-ural", lambda _d: doc, "people")

    def found(name: str) -> set[str]:
        return {h.person for h in first.find_people(name) if h.account == "demo-ural"}

    assert found("пётр новиков") == {renamed.id}
    assert renamed.id not in found(renamed.name)
    assert removed.id not in found(removed.name)
    assert found("zhang wei") == {p.id for p in first.snapshot("demo-ural").stakeholders
                                  if p.name == "Zhang Wei"} != set()
    assert kept.id in found(kept.name)
    assert first.summary("demo-ural").stakeholder_count == len(people)


def test_a_busy_account_is_edited_on_the_current_version_every_time(
        first: AccountService, second: AccountService) -> None:
    """After an edit that met a colleague's save, the next edits of that account read it
    with its row locked and edit it once; every colleague's save in between stays."""
    mine = first.read("demo-ural")
    theirs = second.read("demo-ural")
    second.save(_stance(theirs.doc, "gd", Stance.CHAMPION), theirs.version)
    first.edit("demo-ural", lambda d: _title(d, "it", "CIO"), "title", base=mine)
    for title in ("CTO", "COO"):
        theirs = second.read("demo-ural")
        second.save(_stance(theirs.doc, "gd", Stance.SUPPORTER), theirs.version)
        calls: list[int] = []

        def change(d: AccountFile, title: str = title, calls: list[int] = calls
                   ) -> AccountFile:
            calls.append(1)
            return _title(d, "it", title)

        saved = first.edit("demo-ural", change, "title")
        assert calls == [1]  # made once, on the current version
        assert saved.version == second.read("demo-ural").version == theirs.version + 2
        people = {p.id: p for p in second.snapshot("demo-ural").stakeholders}
        assert (people["gd"].stance, people["it"].title) == (Stance.SUPPORTER, title)
    version = second.read("demo-ural").version
    with pytest.raises(InvalidInput, match='no person "nobody"'):  # its own error
        first.edit("demo-ural", lambda d: _title(d, "nobody", "X"), "title")
    assert second.read("demo-ural").version == version  # and nothing saved
