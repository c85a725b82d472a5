"""Stable ids: lines, log entries and milestones get one on import, keep it through
edits, and an edit or undo follows it rather than a position."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from app.bootstrap import Services
from app.errors import InvalidInput
from app.fileformat import parse_account_file
from app.models.delta import diff
from app.models.enums import Channel
from app.models.ids import missing_ids, with_ids
from app.services import account_edits, map_edits, plan_edits
from tests.conftest import account_doc, parsed_doc
from tests.fileformat.plan import plan_dict

TODAY = dt.date(2026, 12, 6)


def test_an_imported_file_without_ids_gets_them_and_keeps_those_it_had(
        services: Services) -> None:
    data = account_doc()
    data["influences"].append({"id": "ln1", "source": "s1", "target": "s3"})
    data["interactions"].append({"id": "call-7", "date": "2026-11-02", "stakeholder": "s2"})
    services.accounts.import_documents([parsed_doc(**data)])
    doc = services.accounts.snapshot("acme")
    assert [i.id for i in doc.influences] == ["ln2", "ln1"]  # ln1 was taken
    assert [i.id for i in doc.interactions] == ["ix1", "call-7"]
    assert [h.id for h in doc.stage_history] == ["st1"]
    assert not missing_ids(doc)
    # the same ids on every read, and in the exported file
    assert services.accounts.snapshot("acme") == doc


def test_milestone_ids_are_unique_across_objectives(services: Services) -> None:
    services.accounts.import_documents([parsed_doc(**plan_dict())])
    doc = services.accounts.snapshot("acme")
    ids = [m.id for o in doc.objectives for m in o.milestones]
    assert ids and len(set(ids)) == len(ids) and all(ids)


@pytest.mark.parametrize(("section", "entries", "path"), [
    ("influences", [{"id": "x", "source": "s1", "target": "s2"},
                    {"id": "x", "source": "s2", "target": "s3"}], "influences[1].id"),
    ("interactions", [{"id": "m", "date": "2026-01-01"}, {"id": "m", "date": "2026-01-02"}],
     "interactions[1].id"),
])
def test_a_repeated_id_is_refused_where_it_is(section: str, entries: list[dict[str, str]],
                                              path: str) -> None:
    data = json.dumps(account_doc(**{section: entries})).encode()
    with pytest.raises(InvalidInput) as info:
        parse_account_file(data)
    assert [str(p.path) for p in info.value.problems] == [path]
    assert 'duplicate id "' in str(info.value.problems[0])


def test_a_repeated_milestone_id_in_another_objective_is_refused() -> None:
    data = plan_dict()
    data["objectives"][0]["milestones"] = [{"id": "m", "title": "One"}]
    data["objectives"][1]["milestones"] = [{"id": "m", "title": "Two"}]
    with pytest.raises(InvalidInput) as info:
        parse_account_file(json.dumps(data).encode())
    assert [str(p) for p in info.value.problems] == [
        'objectives[1].milestones[0].id: duplicate id "m" (also objectives[0].milestones[0])']


def test_entries_added_by_edits_get_the_next_free_id() -> None:
    doc = with_ids(parsed_doc())
    doc = map_edits.connect(doc, "s1", "s2", "informal")
    doc = account_edits.add_stage_entry(doc, TODAY, "basic", today=TODAY)
    doc = map_edits.update_person(doc, "s2", {"stance": "supporter"}, today=TODAY)
    assert [i.id for i in doc.influences] == ["ln1", "ln2"]
    assert [h.id for h in doc.stage_history] == ["st1", "st2"]
    assert [h.id for h in doc.stakeholder_history] == ["ph1"]


def test_an_edit_of_one_interaction_lands_on_it_after_others_were_added_before_it() -> None:
    """Rebase by id: a colleague inserted interactions meanwhile; the edit still changes
    the entry the user edited, not whatever moved into its position."""
    base = with_ids(parsed_doc())
    mine = plan_edits.update_item(base, "interactions", 0, {"summary": "Pilot signed"})
    delta = diff(base, mine)
    assert set(delta.keyed) == {"interactions"}
    theirs = plan_edits.add_item(base, "interactions",
                                 {"date": "2026-11-20", "channel": Channel.MEETING})[0]
    theirs = theirs.model_copy(update={"interactions": [theirs.interactions[-1],
                                                        *theirs.interactions[:-1]]})
    rebased = delta.apply(theirs)
    assert [i.summary for i in rebased.interactions] == [None, "Pilot signed"]
    assert delta.inverse().apply(rebased) == theirs


def test_a_file_written_before_ids_still_reads(tmp_path: Path) -> None:
    path = tmp_path / "old.json"
    path.write_text(json.dumps(account_doc()), encoding="utf-8")
    doc = parse_account_file(path.read_bytes())
    assert missing_ids(doc) and not missing_ids(with_ids(doc))
    assert with_ids(with_ids(doc)) == with_ids(doc)  # given once, then kept
