"""``state_as_of`` against a plain reference on random accounts.

``state_as_of`` gathers the stakeholder history and the interactions per person in
one pass (it runs on every edit, on accounts of thousands of people). The reference
below is the rule as written in its docstring and docs/health.md, person by person,
searching the whole history and every interaction for each one: slow, but plainly
right. Both must give the same account, field for field, on any account and any day.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from app.assessment.health import state_as_of
from tests.conftest import parsed_doc

FIRST = dt.date(2026, 1, 1)
#: few ids and few days: the same person changed twice, changes on the same day,
#: records of people not on the map and interactions with nobody all come up often
IDS = ("a", "b", "c", "d", "e")
STANCES = (None, "champion", "supporter", "neutral", "skeptic", "blocker")


def days(span: int = 30) -> st.SearchStrategy[dt.date]:
    return st.integers(0, span).map(lambda n: FIRST + dt.timedelta(days=n))


person = st.fixed_dictionaries({
    "id": st.sampled_from(IDS[:4]),  # "e" is never on the map, only in the records
    "name": st.sampled_from(("Ann", "Bo", "王伟", "Ольга")),
    "stance": st.sampled_from(STANCES),
    "relationship": st.one_of(st.none(), st.integers(0, 4)),
    "last_contact": st.one_of(st.none(), days()),
})
interaction = st.fixed_dictionaries({
    "date": days(),
    "stakeholder": st.one_of(st.none(), st.sampled_from(IDS)),
    "participants": st.lists(st.sampled_from(IDS), max_size=2),
})
stance_change = st.fixed_dictionaries({
    "date": days(), "stakeholder": st.sampled_from(IDS), "field": st.just("stance"),
    "old": st.sampled_from(STANCES), "new": st.sampled_from(STANCES)})
relationship_change = st.fixed_dictionaries({
    "date": days(), "stakeholder": st.sampled_from(IDS), "field": st.just("relationship"),
    "old": st.one_of(st.none(), st.integers(0, 4)),
    "new": st.one_of(st.none(), st.integers(0, 4))})
kpi = st.fixed_dictionaries({
    "id": st.sampled_from(("k1", "k2")), "name": st.just("NPS"),
    "values": st.lists(st.fixed_dictionaries({"date": days(), "value": st.integers(0, 9)}),
                       max_size=4)})
accounts = st.builds(
    lambda people, talks, changes, stages, evidence, kpis: parsed_doc(
        stakeholders=people, influences=[], interactions=talks,
        stakeholder_history=changes, stage_history=stages, stage_evidence=evidence,
        kpis=kpis),
    st.lists(person, max_size=6),
    st.lists(interaction, max_size=12),
    st.lists(st.one_of(stance_change, relationship_change), max_size=12),
    st.lists(st.fixed_dictionaries({"date": days(), "stage": st.just("exploratory")}),
             max_size=3),
    st.lists(st.fixed_dictionaries({
        "criterion": st.sampled_from(("basic.qualified_supplier", "cooperative.reviews_held")),
        "date": st.one_of(st.none(), days())}), max_size=3),
    st.lists(kpi, max_size=2),
)


def reference(doc: Any, day: dt.date) -> Any:
    """The account on ``day``, person by person, the slow and obvious way."""
    people = []
    for p in doc.stakeholders:
        update: dict[str, Any] = {}
        for field in ("stance", "relationship"):
            later = [c for c in doc.stakeholder_history
                     if c.stakeholder == p.id and c.field == field and c.date > day]
            if later:
                earliest = min(c.date for c in later)
                # of several changes that day, the first written: it started from that day's value
                update[field] = next(c for c in later if c.date == earliest).old
        if p.last_contact is not None and p.last_contact > day:
            talks = [i.date for i in doc.interactions
                     if i.stakeholder == p.id and i.date <= day]
            update["last_contact"] = max(talks) if talks else None
        people.append(p.model_copy(update=update))
    return doc.model_copy(update={
        "stakeholders": people,
        "interactions": [i for i in doc.interactions if i.date <= day],
        "stakeholder_history": [c for c in doc.stakeholder_history if c.date <= day],
        "stage_history": [s for s in doc.stage_history if s.date <= day],
        "stage_evidence": [e for e in doc.stage_evidence
                           if e.date is None or e.date <= day],
        "kpis": [k.model_copy(update={"values": [v for v in k.values if v.date <= day]})
                 for k in doc.kpis],
    })


@settings(max_examples=300, deadline=None)
@given(accounts, st.integers(-2, 32).map(lambda n: FIRST + dt.timedelta(days=n)))
def test_state_as_of_equals_the_reference_on_random_accounts(doc: Any, day: dt.date) -> None:
    assert state_as_of(doc, day) == reference(doc, day)


@settings(max_examples=100, deadline=None)
@given(accounts)
def test_state_as_of_a_day_after_every_record_is_the_account(doc: Any) -> None:
    assert state_as_of(doc, FIRST + dt.timedelta(days=31)) == doc


def test_a_person_changed_twice_on_one_day_is_rolled_back_to_the_first_old_value() -> None:
    """The case the reference above spells out, by hand: two stance changes on the same
    day after ``day``; the first written started from the value of that day."""
    later = FIRST + dt.timedelta(days=5)
    doc = parsed_doc(
        stakeholders=[{"id": "a", "name": "Ann", "stance": "champion",
                       "last_contact": later.isoformat()}],
        influences=[],
        interactions=[{"date": FIRST.isoformat(), "stakeholder": "a"},
                      {"date": later.isoformat(), "stakeholder": "a"}],
        stakeholder_history=[
            {"date": later.isoformat(), "stakeholder": "a", "field": "stance",
             "old": "skeptic", "new": "neutral"},
            {"date": later.isoformat(), "stakeholder": "a", "field": "stance",
             "old": "neutral", "new": "champion"}])
    [ann] = state_as_of(doc, FIRST + dt.timedelta(days=2)).stakeholders
    assert (ann.stance, ann.last_contact) == ("skeptic", FIRST)
