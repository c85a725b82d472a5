"""Deltas: what an edit changed, re-applied to a document that moved on, and undone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.models.account import AccountFile
from app.models.delta import DeltaConflict, diff
from app.models.enums import RelationshipStage, Stance
from app.models.ids import with_ids
from app.services import account_edits, map_edits, plan_edits
from app.services.demo import demo_documents

TODAY = dt.date(2026, 12, 6)
Edit = Callable[[AccountFile], AccountFile]


def ural() -> AccountFile:
    return with_ids(next(d for d in demo_documents(TODAY) if d.account.id == "demo-ural"))


def _person(i: int) -> Callable[[AccountFile], str]:
    return lambda d: d.stakeholders[i % len(d.stakeholders)].id


#: real edits of the app (the pure functions its views call), each on a different part
EDITS: dict[str, Edit] = {
    "stance of the first": lambda d: map_edits.update_person(
        d, _person(0)(d), {"stance": Stance.CHAMPION}, today=TODAY),
    "title of the third": lambda d: map_edits.update_person(
        d, _person(2)(d), {"title": "Директор по логистике"}, today=TODAY),
    "new person": lambda d: map_edits.add_person(d, "Пётр Новиков")[0],
    "remove the last": lambda d: map_edits.remove(d, people=[d.stakeholders[-1].id]),
    "new line": lambda d: map_edits.connect(d, _person(1)(d), _person(4)(d), "informal"),
    "new action": lambda d: plan_edits.add_item(d, "actions", {"title": "Call the CFO"})[0],
    "rename an action": lambda d: plan_edits.update_item(d, "actions", 0,
                                                         {"title": "Визит на склад"}),
    "remove a risk": lambda d: plan_edits.remove_items(d, "risks", [0]),
    "stage entry": lambda d: account_edits.add_stage_entry(
        d, TODAY, RelationshipStage.COOPERATIVE, today=TODAY),
    "profile": lambda d: d.model_copy(update={"account": d.account.model_copy(
        update={"industry": "Логистика"})}),
}


@pytest.mark.parametrize("name", sorted(EDITS))
def test_a_delta_makes_the_edit_and_its_inverse_undoes_it(name: str) -> None:
    before = ural()
    after = EDITS[name](before)
    delta = diff(before, after)
    assert delta  # something changed
    assert delta.apply(before) == after
    assert delta.inverse().apply(after) == before


@settings(max_examples=40, deadline=None)
@given(first=st.sampled_from(sorted(EDITS)), second=st.sampled_from(sorted(EDITS)))
def test_edits_of_different_entries_rebase_onto_each_other(first: str, second: str) -> None:
    """Two windows edit the same version; the second's edit, re-applied to the first's
    result, keeps both (or says it cannot), and its undo takes back only its own."""
    base = ural()
    mine, theirs = EDITS[first](base), EDITS[second](base)
    delta = diff(base, theirs)
    try:
        merged = delta.apply(mine)
    except DeltaConflict:
        return  # both touched the same entry: refused, never merged wrongly
    # their change is in, and everything mine changed is still mine
    assert diff(mine, merged).sections <= delta.sections
    for section in diff(base, mine).sections - delta.sections:
        assert getattr(merged, section) == getattr(mine, section)
    if first != second:
        assert delta.inverse().apply(merged) == mine


def test_changing_the_same_person_differently_is_a_conflict() -> None:
    base = ural()
    sid = base.stakeholders[0].id
    mine = map_edits.update_person(base, sid, {"title": "CEO"})
    theirs = map_edits.update_person(base, sid, {"title": "CFO"})
    with pytest.raises(DeltaConflict, match=f'"{sid}" in stakeholders'):
        diff(base, theirs).apply(mine)


def test_undo_of_a_removal_puts_the_entry_back_where_it_was() -> None:
    before = ural()
    middle = before.stakeholders[5].id
    after = map_edits.remove(before, people=[middle])
    later = map_edits.update_person(after, before.stakeholders[0].id, {"title": "CEO"})
    restored = diff(before, after).inverse().apply(later)
    assert [p.id for p in restored.stakeholders] == [p.id for p in before.stakeholders]


def test_a_delta_keeps_only_what_changed() -> None:
    before = ural()
    after = EDITS["stance of the first"](before)
    delta = diff(before, after)
    assert delta.sections == {"stakeholders", "stakeholder_history"}
    (change,) = delta.keyed["stakeholders"].changes.values()
    assert change[0].stance != change[1].stance
    (line,) = delta.keyed["stakeholder_history"].changes.values()
    assert line[0] is None and line[1].new == Stance.CHAMPION  # one line added
