"""Account use cases on a real SQLite file: one transaction per action, nothing half-done."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from app.bootstrap import Services
from app.errors import Conflict, InvalidInput, NotFound
from app.models.enums import RelationshipStage, Tier
from app.models.ids import with_ids
from app.services.demo import demo_documents
from tests.conftest import account_doc, dump_database, parsed_doc

pytestmark = pytest.mark.both_stores


def test_create_update_and_delete(services: Services) -> None:
    accounts = services.accounts
    key = accounts.create("Новая компания", tier="growth")
    assert accounts.profile(key).name == "Новая компания"
    accounts.update(key, {"tier": "strategic", "annual_revenue": 250000, "currency": "RUB"})
    profile = accounts.profile(key)
    assert (profile.tier, profile.annual_revenue, profile.currency) == (Tier.STRATEGIC,
                                                                        250000.0, "RUB")
    accounts.delete(key)
    assert accounts.list_summaries() == []
    with pytest.raises(NotFound):
        accounts.profile(key)


def test_invalid_profile_edit_is_refused_and_changes_nothing(
    services: Services, db_path: Path
) -> None:
    key = services.accounts.create("Acme")
    before = dump_database(db_path)
    with pytest.raises(InvalidInput) as info:
        services.accounts.update(key, {"name": "  ", "annual_revenue": -3})
    paths = [p.path for p in info.value.problems]
    assert paths == ["account.name", "account.annual_revenue"]
    assert dump_database(db_path) == before


def test_summaries_count_stakeholders(services: Services) -> None:
    services.accounts.import_documents(demo_documents())
    counts = {s.key: s.stakeholder_count for s in services.accounts.list_summaries()}
    assert counts == {d.account.id: len(d.stakeholders) for d in demo_documents()}


def test_deleting_an_account_removes_its_people_and_lines(
    services: Services, db_path: Path
) -> None:
    services.accounts.import_documents([parsed_doc()])
    services.accounts.delete("acme")
    dump = "\n".join(dump_database(db_path))
    assert "王伟" not in dump and "Pilot scope" not in dump


def test_import_refuses_existing_id_unless_replace(services: Services, db_path: Path) -> None:
    services.accounts.import_documents([parsed_doc()])
    before = dump_database(db_path)
    renamed = account_doc()
    renamed["account"]["name"] = "Acme Renamed"
    with pytest.raises(Conflict, match='"acme"'):
        services.accounts.import_documents([parsed_doc(account=renamed["account"])])
    assert dump_database(db_path) == before
    result = services.accounts.import_documents([parsed_doc(account=renamed["account"])],
                                                replace=True)
    assert result[0].replaced
    assert [s.name for s in services.accounts.list_summaries()] == ["Acme Renamed"]


def test_one_bad_file_means_nothing_is_imported(
    services: Services, db_path: Path, tmp_path: Path
) -> None:
    good = tmp_path / "good.json"
    good.write_text(json.dumps(account_doc(), ensure_ascii=False), encoding="utf-8")
    broken = account_doc()
    broken["account"]["id"] = "other"
    broken["stakeholders"][0]["reports_to"] = "nobody"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(broken), encoding="utf-8")
    before = dump_database(db_path)
    with pytest.raises(InvalidInput) as info:
        services.accounts.import_files([good, bad])
    assert 'stakeholders[0].reports_to: unknown id "nobody"' in str(info.value)
    assert dump_database(db_path) == before


def test_find_by_id_or_exact_name(services: Services) -> None:
    services.accounts.import_documents(demo_documents())
    assert services.accounts.find("demo-ural") == "demo-ural"
    assert services.accounts.find("华东精密制造集团") == "demo-huadong"
    with pytest.raises(NotFound):
        services.accounts.find("华东")
    services.accounts.create("华东精密制造集团", key="copy")
    with pytest.raises(Conflict, match="use the id"):
        services.accounts.find("华东精密制造集团")


def test_snapshot_and_restore_bring_back_everything(services: Services) -> None:
    doc = demo_documents()[1]
    services.accounts.import_documents([doc])
    snap = services.accounts.snapshot("demo-ural")
    services.accounts.delete("demo-ural")
    services.accounts.restore(snap)
    assert services.accounts.snapshot("demo-ural") == with_ids(doc)


def test_demo_workspace_has_three_scripts_and_realistic_size() -> None:
    docs = demo_documents()
    names = " ".join(d.account.name for d in docs)
    assert any("\u4e00" <= c <= "\u9fff" for c in names)  # Chinese
    assert any("\u0400" <= c <= "\u04ff" for c in names)  # Cyrillic
    for d in docs:
        assert 15 <= len(d.stakeholders) <= 40
        assert d.influences and d.stage_history and d.interactions
        assert sum(s.reports_to is not None for s in d.stakeholders) >= len(d.stakeholders) - 1


def test_people_keep_their_file_order_when_someone_is_listed_before_their_boss(
    services: Services,
) -> None:
    doc = account_doc(stakeholders=[
        {"id": "eng", "name": "Engineer", "reports_to": "cto"},
        {"id": "cto", "name": "CTO", "reports_to": "ceo"},
        {"id": "ceo", "name": "CEO"},
    ], influences=[], interactions=[])
    services.accounts.import_documents([parsed_doc(**doc)])
    people = services.accounts.snapshot("acme").stakeholders
    assert [(p.id, p.reports_to) for p in people] == [("eng", "cto"), ("cto", "ceo"),
                                                      ("ceo", None)]


def test_changing_the_stage_records_it_and_undo_takes_the_entry_back(
    services: Services, db_path: Path
) -> None:
    accounts = services.accounts
    accounts.import_documents([parsed_doc()])  # stage basic, one history entry
    day = dt.date(2026, 11, 2)
    before = accounts.snapshot("acme")
    entry, _saved = accounts.update("acme", {"relationship_stage": "cooperative"}, today=day)
    history = accounts.snapshot("acme").stage_history
    assert [(h.date, h.stage) for h in history][-1] == (day, "cooperative")
    assert len(history) == 2
    # same stage again, or another field: no new entry
    assert accounts.update("acme", {"relationship_stage": "cooperative", "owner": "Li"})[0] is None
    assert len(accounts.snapshot("acme").stage_history) == 2

    accounts.update("acme", {"owner": None})
    accounts.revert_stage_change("acme", entry, RelationshipStage.BASIC)
    assert accounts.snapshot("acme") == before


def test_person_history_survives_the_database(services: Services) -> None:
    from app.services import map_edits

    doc = map_edits.update_person(parsed_doc(), "s2", {"stance": "supporter",
                                                        "relationship": 4},
                                  today=dt.date(2026, 3, 1))
    services.accounts.import_documents([doc])
    history = services.accounts.snapshot("acme").stakeholder_history
    assert [(h.stakeholder, h.field, h.old, h.new) for h in history] == [
        ("s2", "stance", "skeptic", "supporter"), ("s2", "relationship", 2, 4)]
    # deleting the person through a map edit takes their history along
    services.accounts.replace_account(map_edits.remove(services.accounts.snapshot("acme"),
                                                       people=["s2"]))
    assert services.accounts.snapshot("acme").stakeholder_history == []


def test_a_conflict_names_the_entry_and_its_section_in_words() -> None:
    """An undo someone built on says what they changed as the user knows it: the risk's
    title and "the risks" (in the language of the moment), not an id and a field name."""
    from app import i18n
    from app.models.delta import DeltaConflict
    from app.services.accounts import _delta_reason

    doc = parsed_doc(risks=[{"id": "r-7f3a", "title": "Budget freeze"}])
    err = DeltaConflict("risks", '"r-7f3a"')
    assert _delta_reason(err, doc) == 'They changed "Budget freeze" in the risks.'
    assert _delta_reason(DeltaConflict("stakeholders", '"s2"'), doc) == \
        'They changed "Ольга Иванова" in the people.'
    with i18n.language("ru"):
        assert _delta_reason(err, doc) == 'Изменено: "Budget freeze" в разделе «риски».'
    assert _delta_reason(err) == 'They changed "r-7f3a" in the risks.'  # nothing to look in
