"""Stage criteria, evidence stage, gap and findings, on small hand-made accounts.

Every computed criterion is checked just inside and just outside its boundary;
expected stages, gaps and messages are worked out by hand in the comments.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from app.assessment.stages import (
    CRITERIA,
    LADDER,
    CriterionResult,
    StageStep,
    evaluate,
    stage_findings,
    stage_gap,
    stage_timeline,
)
from app.models.account import AccountFile
from app.models.enums import Evidence, RelationshipStage
from tests.conftest import parsed_doc

TODAY = dt.date(2026, 6, 30)
S = RelationshipStage


def person(key: str, **fields: Any) -> dict[str, Any]:
    return {"id": key, "name": fields.pop("name", key.capitalize()), **fields}


def account(people: list[dict[str, Any]] | None = None, *,
            interactions: list[dict[str, Any]] | None = None,
            evidence: list[dict[str, Any]] | None = None,
            history: list[dict[str, Any]] | None = None, **profile: Any) -> AccountFile:
    return AccountFile.model_validate({
        "format": "rapport-account", "version": 1,
        "account": {"id": "test", "name": "Test account", **profile},
        "stakeholders": people or [], "interactions": interactions or [],
        "stage_evidence": evidence or [], "stage_history": history or [],
    }, strict=False)


def ticks(*criteria: Evidence) -> list[dict[str, Any]]:
    return [{"criterion": c.value} for c in criteria]


def result(doc: AccountFile, criterion: str) -> CriterionResult:
    found = [r for r in evaluate(doc, TODAY) if r.criterion.id == criterion]
    assert len(found) == 1
    return found[0]


def met(doc: AccountFile, criterion: str) -> bool:
    return result(doc, criterion).met


# --- the catalogue ------------------------------------------------------------------------

def test_criteria_follow_the_ladder_with_the_stage_as_id_prefix() -> None:
    assert [c.stage for c in CRITERIA] == sorted((c.stage for c in CRITERIA),
                                                 key=LADDER.index)
    per_stage = {s: sum(c.stage == s for c in CRITERIA) for s in LADDER}
    assert per_stage == {S.EXPLORATORY: 2, S.BASIC: 3, S.COOPERATIVE: 4,
                         S.INTERDEPENDENT: 5, S.INTEGRATED: 5}
    assert all(c.id.split(".")[0] == c.stage.value for c in CRITERIA)
    assert len({c.id for c in CRITERIA}) == len(CRITERIA)
    assert len({c.title for c in CRITERIA}) == len(CRITERIA)
    assert S.DISINTEGRATING not in LADDER
    assert all(c.explanation.endswith(".") and c.title[0].isupper() for c in CRITERIA)


def test_every_evidence_value_is_exactly_one_manual_criterion() -> None:
    manual = [c.id for c in CRITERIA if not c.computed]
    assert sorted(manual) == sorted(e.value for e in Evidence)
    assert len(manual) == 9


def test_reviews_held_says_it_will_be_computed_from_reviews() -> None:
    [reviews] = [c for c in CRITERIA if c.id == Evidence.REVIEWS_HELD]
    assert "reviews" in reviews.explanation and "plan" in reviews.explanation


def test_evaluate_returns_every_criterion_in_catalogue_order() -> None:
    results = evaluate(account(), TODAY)
    assert [r.criterion for r in results] == list(CRITERIA)
    assert not any(r.met for r in results)  # an empty account proves nothing


# --- computed criteria, each at its boundary ----------------------------------------------

@pytest.mark.parametrize(("criterion", "field"), [
    ("exploratory.potential_assessed", "potential_revenue"),
    ("basic.trading", "annual_revenue"),
])
def test_revenue_must_be_recorded_and_above_zero(criterion: str, field: str) -> None:
    what = field.replace("_", " ")
    assert result(account(), criterion).detail == f"{what} not recorded"
    assert result(account(**{field: 0}), criterion).detail == f"{what} recorded as 0"
    assert not met(account(**{field: 0}), criterion)
    assert met(account(**{field: 0.5}), criterion)
    done = result(account(currency="CNY", **{field: 2_500_000}), criterion)
    assert done.met and done.detail == f"{what} CNY\u00a02,500,000"


def test_contact_made_needs_a_contact_on_or_before_today() -> None:
    key = "exploratory.contact_made"
    assert result(account(), key).detail == "no contact recorded"
    tomorrow = account([person("a", last_contact="2026-07-01")],
                       interactions=[{"date": "2026-07-02"}])
    assert not met(tomorrow, key)
    assert "only later dates" in result(tomorrow, key).detail
    assert met(account([person("a", last_contact="2026-06-30")]), key)
    # An interaction counts even without a stakeholder; the latest past date is shown.
    logged = account(interactions=[{"date": "2026-05-02"}, {"date": "2026-06-30"},
                                   {"date": "2026-08-01"}])
    assert result(logged, key) == CriterionResult(result(logged, key).criterion, True,
                                                   "last contact 2026-06-30")


def test_named_contact_needs_a_working_relationship() -> None:
    key = "basic.named_contact"
    assert not met(account([person("a", relationship=1), person("b")]), key)
    found = result(account([person("a", relationship=1),
                            person("b", name="王伟", relationship=2)]), key)
    assert (found.met, found.stakeholders) == (True, ("b",))
    assert found.detail == "1 working relationship: 王伟"


def working(key: str, department: str | None, relationship: int = 2) -> dict[str, Any]:
    return person(key, department=department, relationship=relationship)


def test_contacts_beyond_purchasing_three_people_in_two_departments() -> None:
    key = "cooperative.contacts_beyond_purchasing"
    two_departments = account([working("a", "Purchasing"), working("b", "Purchasing"),
                               working("c", "R&D")])
    found = result(two_departments, key)
    assert found.met and found.detail == "3 working relationships in 2 departments"
    assert found.stakeholders == ("a", "b", "c")

    one_department = account([working("a", "Purchasing"), working("b", "Purchasing"),
                              working("c", "Purchasing")])
    found = result(one_department, key)
    assert not found.met
    assert found.detail == "3 working relationships in 1 department (needs 3 in 2)"

    # Two departments but only two working relationships: c is only acquainted.
    two_people = account([working("a", "Purchasing"), working("b", "R&D"),
                          working("c", "Quality", relationship=1)])
    found = result(two_people, key)
    assert not found.met
    assert found.detail == "2 working relationships in 2 departments (needs 3 in 2)"


def test_departments_compare_without_case_and_people_without_one_still_count() -> None:
    key = "cooperative.contacts_beyond_purchasing"
    same = account([working("a", "Finance"), working("b", " finance "), working("c", None)])
    found = result(same, key)
    assert not found.met
    assert found.detail == ("3 working relationships in 1 department, 1 without a department "
                            "(needs 3 in 2)")
    assert met(account([working("a", "Finance"), working("b", "IT"), working("c", None)]),
               key)


def test_regular_contact_needs_three_months_within_180_days() -> None:
    key = "cooperative.regular_contact"

    def dated(*days: str) -> AccountFile:
        return account(interactions=[{"date": d} for d in days])

    # 2026-01-01 is exactly 180 days before 2026-06-30: inside the window.
    found = result(dated("2026-01-01", "2026-03-15", "2026-06-30"), key)
    assert found.met
    assert found.detail == ("interactions in 3 calendar months of the last 180 days: "
                            "2026-01, 2026-03, 2026-06")
    # 2025-12-31 is 181 days before: outside, so only two months remain.
    found = result(dated("2025-12-31", "2026-03-15", "2026-06-30"), key)
    assert not found.met
    assert found.detail == ("interactions in 2 calendar months of the last 180 days: "
                            "2026-03, 2026-06 (needs 3)")
    # Many interactions in two months, and a planned one next month, are not three months.
    assert not met(dated("2026-05-01", "2026-05-20", "2026-06-01", "2026-06-29",
                         "2026-07-01"), key)


def test_senior_sponsor_is_a_trusted_friendly_economic_buyer_or_decision_maker() -> None:
    key = "interdependent.senior_sponsor"
    assert result(account([person("x", role="influencer", relationship=4,
                                  stance="champion")]), key).detail \
        == "no economic buyer or decision maker identified"
    for almost in (
        {"role": "economic_buyer", "relationship": 3, "stance": "neutral"},  # not friendly
        {"role": "decision_maker", "relationship": 2, "stance": "champion"},  # not trusted
        {"role": "economic_buyer", "stance": "champion"},  # relationship unset = 0
    ):
        found = result(account([person("p", **almost)]), key)
        assert not found.met and found.stakeholders == ("p",)
    found = result(account([person("eb", role="economic_buyer", relationship=2),
                            person("dm", name="Ольга", role="decision_maker", relationship=3,
                                   stance="supporter")]), key)
    assert found.met and found.stakeholders == ("dm",)
    assert found.detail == "trusted and a supporter or champion: Ольга"


@pytest.mark.parametrize(("owners", "expected"), [
    (["A", "B", "C", "A", "B"], True),  # 3 of ours, 5 of theirs
    (["A", "B", "A", "B", "A"], False),  # 2 of ours
    (["A", "B", "C", "A"], False),  # 4 of theirs
])
def test_multi_threaded_is_a_diamond(owners: list[str], expected: bool) -> None:
    people = [person(f"p{i}", our_owner=o, relationship=2) for i, o in enumerate(owners)]
    found = result(account(people), "interdependent.multi_threaded")
    assert found.met is expected
    assert found.stakeholders == tuple(f"p{i}" for i in range(len(owners)))
    assert found.detail.endswith("(needs 3 of ours and 5 of theirs)") is not expected


def test_key_people_covered_needs_every_key_person_trusted() -> None:
    key = "integrated.key_people_covered"
    # Influence 3 without a power role is not a key person: nobody to cover.
    found = result(account([person("a", influence=3, relationship=4)]), key)
    assert not found.met and found.detail.startswith("no key person identified")
    people = [person("big", influence=4, relationship=3),
              person("eb", role="economic_buyer", relationship=4),
              person("small", influence=3, relationship=0)]
    assert met(account(people), key)
    people[1] = person("eb", name="王伟", role="economic_buyer", relationship=2)
    found = result(account(people), key)
    assert not found.met and found.stakeholders == ("eb",)
    assert found.detail == "1 of 2 key people trusted; not yet: 王伟"


def test_no_key_opponents() -> None:
    key = "integrated.no_key_opponents"
    assert not met(account(), key)  # no key person: nothing shows support
    # A blocker with influence 3 and no power role is not a key person.
    found = result(account([person("k", influence=5, stance="neutral"),
                            person("b", influence=3, stance="blocker")]), key)
    assert found.met and found.detail == "no skeptic or blocker among the 1 key person"
    found = result(account([person("k", influence=5, stance="supporter"),
                            person("dm", name="Ольга Иванова", role="decision_maker",
                                   stance="skeptic"),
                            person("cfo", name="李娜", influence=4, stance="blocker")]), key)
    assert not found.met and found.stakeholders == ("dm", "cfo")
    assert found.detail == ("2 of 3 key people against us: Ольга Иванова (skeptic), "
                            "李娜 (blocker)")


# --- manual criteria ----------------------------------------------------------------------

@pytest.mark.parametrize("evidence", list(Evidence))
def test_a_tick_meets_exactly_its_own_criterion(evidence: Evidence) -> None:
    results = evaluate(account(evidence=ticks(evidence)), TODAY)
    assert [r.criterion.id for r in results if r.met] == [evidence.value]


def test_tick_details_show_date_and_note_on_one_line() -> None:
    key = Evidence.PREFERRED_SUPPLIER
    assert result(account(), key).detail == "not ticked yet"
    noted = account(evidence=[{"criterion": key.value, "date": "2026-03-01",
                               "note": "Named in\nthe supplier   letter"}])
    assert result(noted, key).detail == "ticked 2026-03-01: Named in the supplier letter"
    assert result(account(evidence=ticks(key)), key).detail == "ticked"
    newest = account(evidence=[{"criterion": key.value, "date": "2026-05-01", "note": "new"},
                               {"criterion": key.value, "date": "2026-01-01", "note": "old"},
                               {"criterion": key.value, "note": "undated"}])
    assert result(newest, key).detail == "ticked 2026-05-01: new"


# --- evidence stage and contradiction -----------------------------------------------------

def staged(sponsor: bool = False, *extra: Evidence, **profile: Any) -> AccountFile:
    """Evidence supports cooperative; with ``sponsor`` interdependent.

    exploratory 2/2 (potential, contact) · basic 2/3 (named contact, trading) ·
    cooperative 2/4 (two ticks) · interdependent 2/5 (two ticks; 3/5 with a sponsor)
    · integrated: no key opponents (1/5; with a sponsor also key people covered).
    """
    eb = person("eb", name="王伟", role="economic_buyer", department="Finance",
                relationship=3 if sponsor else 2, stance="champion" if sponsor else "neutral")
    evidence = ticks(Evidence.REVIEWS_HELD, Evidence.PREFERRED_SUPPLIER, Evidence.JOINT_PLANS,
                     Evidence.STRATEGIC_INFORMATION, *extra)
    return account([eb], interactions=[{"date": "2026-06-01", "stakeholder": "eb"}],
                   evidence=evidence, potential_revenue=1e6, annual_revenue=5e5, **profile)


def test_evidence_stage_climbs_while_each_stage_has_half_its_criteria() -> None:
    assert stage_gap(staged(), TODAY).evidenced == S.COOPERATIVE
    assert stage_gap(staged(True), TODAY).evidenced == S.INTERDEPENDENT
    # Integrated: key people covered + no key opponents + joint teams = 3 of 5.
    assert stage_gap(staged(True, Evidence.JOINT_TEAMS), TODAY).evidenced == S.INTEGRATED


def test_evidence_stage_needs_every_stage_below() -> None:
    # Basic is fully met, but nothing shows exploratory (no potential, no contact).
    doc = account([person("a", relationship=2)], annual_revenue=1.0,
                  evidence=ticks(Evidence.QUALIFIED_SUPPLIER))
    assert stage_gap(doc, TODAY).evidenced is None
    # One of exploratory's two criteria is half: enough.
    assert stage_gap(account(potential_revenue=1.0), TODAY).evidenced == S.EXPLORATORY


@pytest.mark.parametrize(("current", "contradicted"), [
    (S.INTEGRATED, True), (S.INTERDEPENDENT, True), (S.COOPERATIVE, False), (S.BASIC, False),
    (S.DISINTEGRATING, False), (None, False),
])
def test_contradicted_when_recorded_above_the_evidence(current: S | None,
                                                       contradicted: bool) -> None:
    gap = stage_gap(staged(relationship_stage=current), TODAY)
    assert (gap.current, gap.evidenced, gap.contradicted) == (current, S.COOPERATIVE,
                                                              contradicted)


def test_contradicted_when_even_exploratory_is_unsupported() -> None:
    gap = stage_gap(account(relationship_stage="exploratory"), TODAY)
    assert gap.evidenced is None and gap.contradicted


# --- the gap ------------------------------------------------------------------------------

def unmet_ids(doc: AccountFile) -> list[str]:
    return [r.criterion.id for r in stage_gap(doc, TODAY).unmet]


def test_gap_lists_unmet_criteria_after_current_up_to_target() -> None:
    doc = staged(relationship_stage="basic", target_stage="interdependent")
    assert unmet_ids(doc) == ["cooperative.contacts_beyond_purchasing",
                              "cooperative.regular_contact",
                              "interdependent.senior_sponsor",
                              "interdependent.our_executive_sponsor",
                              "interdependent.multi_threaded"]
    gap = stage_gap(doc, TODAY)
    assert (gap.current, gap.target) == (S.BASIC, S.INTERDEPENDENT)
    assert list(gap.results) == evaluate(doc, TODAY)


@pytest.mark.parametrize("current", [None, "disintegrating"])
def test_gap_without_a_ladder_stage_starts_at_exploratory(current: str | None) -> None:
    # Exploratory is fully met; of basic only the approved-supplier tick is missing.
    assert unmet_ids(staged(relationship_stage=current, target_stage="basic")) \
        == ["basic.qualified_supplier"]
    assert unmet_ids(account(relationship_stage=current, target_stage="exploratory")) \
        == ["exploratory.potential_assessed", "exploratory.contact_made"]


@pytest.mark.parametrize(("current", "target"), [
    ("cooperative", "basic"), ("cooperative", "cooperative"), ("basic", None),
    ("basic", "disintegrating"),
])
def test_no_gap_when_the_target_is_not_above_the_current_stage(current: str,
                                                              target: str | None) -> None:
    assert unmet_ids(staged(relationship_stage=current, target_stage=target)) == []


# --- findings -----------------------------------------------------------------------------

def findings(doc: AccountFile) -> list[tuple[str, tuple[str, ...], str]]:
    found = stage_findings(doc, TODAY)
    assert {f.kind for f in found} <= {"stage_gap"}
    return [(f.severity, f.stakeholders, f.message) for f in found]


def test_gap_findings_are_medium_for_the_next_stage_and_low_beyond() -> None:
    # Sorted by severity, then stakeholders (() first), then message.
    assert findings(staged(relationship_stage="basic", target_stage="interdependent")) == [
        ("medium", (), "To reach Cooperative: regular contact — interactions in 1 calendar "
                       "month of the last 180 days: 2026-06 (needs 3)."),
        ("medium", ("eb",), "To reach Cooperative: several contacts beyond purchasing — "
                            "1 working relationship in 1 department (needs 3 in 2)."),
        ("low", (), "To reach Interdependent: many-to-many contacts (diamond) — no working "
                    "relationship (2 or more) has an owner on our side (needs 3 of ours and "
                    "5 of theirs)."),
        ("low", (), "To reach Interdependent: our executive sponsor engaged — not ticked yet."),
        ("low", ("eb",), "To reach Interdependent: a senior sponsor on their side — no "
                         "economic buyer or decision maker is both trusted (3 or more) and "
                         "a supporter or champion: 王伟."),
    ]


def test_contradiction_is_high_and_names_what_holds_the_stage_back() -> None:
    doc = staged(relationship_stage="interdependent", target_stage="interdependent")
    assert findings(doc) == [
        ("high", ("eb",), "Recorded as Interdependent, but the evidence supports only "
                          "Cooperative. Interdependent needs at least 3 of its 5 criteria "
                          "and has 2; not met: a senior sponsor on their side, our executive "
                          "sponsor engaged, many-to-many contacts (diamond)."),
    ]
    doc = account(relationship_stage="basic", target_stage="basic")
    assert findings(doc) == [
        ("high", (), "Recorded as Basic, but the evidence does not support even Exploratory. "
                     "Exploratory needs at least 1 of its 2 criteria and has 0; not met: "
                     "potential revenue assessed, first contact made."),
    ]


def test_contradiction_comes_before_the_gap() -> None:
    doc = staged(relationship_stage="interdependent", target_stage="integrated")
    severities = [f.severity for f in stage_findings(doc, TODAY)]
    # Integrated: key people covered (王伟 not trusted) + 3 unticked = 4 unmet, all next.
    assert severities == ["high", "medium", "medium", "medium", "medium"]


def test_disintegrating_is_high_and_names_key_opponents() -> None:
    doc = account([person("cfo", name="Ольга Иванова", influence=5, stance="blocker"),
                   person("it", name="Пётр", influence=2, stance="skeptic")],
                  potential_revenue=1.0, relationship_stage="disintegrating")
    assert findings(doc) == [
        ("high", ("cfo",), "Recorded as Disintegrating: the relationship is breaking down "
                           "(the evidence still supports Exploratory). Recovery needs a frank "
                           "talk with the customer's senior people about what went wrong, our "
                           "executive sponsor involved, and regular contact again; win back "
                           "Ольга Иванова."),
    ]


def test_disintegrating_with_a_target_also_lists_the_way_up_from_exploratory() -> None:
    doc = account(relationship_stage="disintegrating", target_stage="exploratory")
    found = findings(doc)
    assert [(s, m.split(" — ")[0]) for s, _, m in found] == [
        ("high", "Recorded as Disintegrating: the relationship is breaking down (the evidence "
                 "does not support even Exploratory). Recovery needs a frank talk with the "
                 "customer's senior people about what went wrong, our executive sponsor "
                 "involved, and regular contact again."),
        ("medium", "To reach Exploratory: first contact made"),
        ("medium", "To reach Exploratory: potential revenue assessed"),
    ]


def test_missing_target_is_a_low_hint_below_integrated_only() -> None:
    assert findings(staged(relationship_stage="basic")) == [
        ("low", (), "No target stage set: the account is recorded as Basic; set the stage you "
                    "aim for to see what is missing to get there."),
    ]
    integrated = staged(True, Evidence.JOINT_TEAMS, relationship_stage="integrated")
    assert findings(integrated) == []


def test_missing_current_stage_is_a_low_hint() -> None:
    assert findings(staged()) == [
        ("low", (), "No relationship stage recorded (the evidence supports Cooperative): "
                    "record the current stage and the stage you aim for."),
    ]
    # Exploratory is fully met: nothing is missing on the way there.
    assert findings(staged(target_stage="exploratory")) == [
        ("low", (), "No relationship stage recorded (the evidence supports Cooperative): "
                    "record the current stage."),
    ]


def test_conftest_account_evidence_depends_on_today() -> None:
    # Recorded basic. The only contact (2026-10-01) is after TODAY and no potential is
    # recorded: exploratory 0/2, so nothing is evidenced and basic is contradicted.
    gap = stage_gap(parsed_doc(), TODAY)
    assert (gap.evidenced, gap.contradicted) == (None, True)
    # On 2026-10-01 the contact counts: exploratory 1/2; basic 2/3 (Ольга and Jane work
    # with us, revenue 1,000,000); cooperative 0/4 (nobody has a department).
    on_the_day = dt.date(2026, 10, 1)
    gap = stage_gap(parsed_doc(), on_the_day)
    assert (gap.evidenced, gap.contradicted) == (S.BASIC, False)
    no_revenue = parsed_doc(account={"id": "a", "name": "A", "relationship_stage": "basic"})
    gap = stage_gap(no_revenue, on_the_day)  # basic 1/3
    assert (gap.evidenced, gap.contradicted) == (S.EXPLORATORY, True)


# --- stage timeline -----------------------------------------------------------------------

def test_stage_timeline_sorts_by_date_and_keeps_file_order_on_equal_dates() -> None:
    doc = account(history=[
        {"date": "2025-06-01", "stage": "cooperative", "note": "reviews started"},
        {"date": "2025-01-10", "stage": "exploratory"},
        {"date": "2025-03-01", "stage": "basic"},
        {"date": "2025-03-01", "stage": "disintegrating", "note": "same day, later entry"},
    ])
    assert stage_timeline(doc) == [
        StageStep(dt.date(2025, 1, 10), None, S.EXPLORATORY, None),
        StageStep(dt.date(2025, 3, 1), S.EXPLORATORY, S.BASIC, None),
        StageStep(dt.date(2025, 3, 1), S.BASIC, S.DISINTEGRATING, "same day, later entry"),
        StageStep(dt.date(2025, 6, 1), S.DISINTEGRATING, S.COOPERATIVE, "reviews started"),
    ]
    assert stage_timeline(account()) == []
