"""Health score, state as of a day, trend and the health_drop finding.

Expected scores are worked out by hand in the comments. With the default
weights (recency 20, frequency 15, coverage 25, stance 20, risks 10, kpis 10)
and these accounts without a plan, risks and KPIs have no data, so the other
four share 80 (the plan's components: test_plan_health.py): a component's
full marks are weight / 80 × 100 (recency 25, frequency 18.75, coverage 31.25,
stance 25).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from app.assessment.health import (
    COMPONENTS,
    Health,
    health,
    health_findings,
    health_trend,
    state_as_of,
)
from app.assessment.settings import ScoringSettings, parse_settings
from app.models.account import AccountFile
from tests.conftest import parsed_doc

TODAY = dt.date(2026, 11, 20)
WINDOW_START = dt.date(2026, 8, 22)  # TODAY − 90 days
DEFAULT = ScoringSettings()


def ago(days: int) -> str:
    return (TODAY - dt.timedelta(days=days)).isoformat()


def person(key: str, name: str, **fields: Any) -> dict[str, Any]:
    return {"id": key, "name": name, **fields}


def talk(days_ago: int, who: str | None = None) -> dict[str, Any]:
    return {"date": ago(days_ago), "stakeholder": who, "channel": "meeting"}


def account(people: list[dict[str, Any]] | None = None,
            interactions: list[dict[str, Any]] | None = None, **sections: Any) -> AccountFile:
    return parsed_doc(**{"stakeholders": people or [], "interactions": interactions or [],
                         "stage_history": [], **sections})


def only(**weights: int) -> ScoringSettings:
    """Settings whose weights are all 0 except those given."""
    zero = dict.fromkeys(COMPONENTS, 0)
    return parse_settings({"weights": {**zero, **weights}})


def component_score(doc: AccountFile, key: str, today: dt.date = TODAY) -> float | None:
    return health(doc, today, DEFAULT).component(key).score


# --- the worked example ---------------------------------------------------------------------

def worked_example() -> AccountFile:
    return account(
        [person("wang", "王伟", role="economic_buyer", influence=5, relationship=2,
                stance="supporter"),
         person("olga", "Ольга Иванова", influence=4, relationship=1, stance="skeptic"),
         person("jane", "Jane Doe", influence=2, relationship=3, stance="champion")],
        [talk(45, "jane"), talk(60, "wang"), talk(80)],
    )


def test_worked_example() -> None:
    h = health(worked_example(), TODAY, DEFAULT)
    by_key = {c.key: c for c in h.components}
    assert [c.key for c in h.components] == list(COMPONENTS)
    assert h.as_of == TODAY
    # recency: 45 days → (120 − 45) / 106 = 0.70755 → × 25 = 17.689
    assert by_key["recency"].score == pytest.approx(75 / 106)
    assert by_key["recency"].contribution == pytest.approx(17.689, abs=1e-3)
    # frequency: 3 interactions / 6 = 0.5 → × 18.75 = 9.375
    assert by_key["frequency"].contribution == pytest.approx(9.375)
    # coverage: key people 王伟 (economic buyer) and Ольга (influence 4); only 王伟 at 2+
    # → 1/2 × 31.25 = 15.625
    assert by_key["coverage"].contribution == pytest.approx(15.625)
    # stance: (5 × 0.5 + 4 × −0.5 + 2 × 1) / 11 = 2.5 / 11 = 0.22727 → (1.22727) / 2
    # = 0.61364 → × 25 = 15.341
    assert by_key["stance"].score == pytest.approx((2.5 / 11 + 1) / 2)
    assert by_key["stance"].contribution == pytest.approx(15.341, abs=1e-3)
    assert by_key["risks"].score is None and by_key["risks"].contribution == 0
    assert by_key["kpis"].score is None and by_key["kpis"].contribution == 0
    # 17.689 + 9.375 + 15.625 + 15.341 = 58.03
    assert h.score == 58
    assert h.available(by_key["coverage"]) == pytest.approx(31.25)
    assert h.available(by_key["risks"]) == 0


def test_details_say_why() -> None:
    h = health(worked_example(), TODAY, DEFAULT)
    details = {c.key: c.detail for c in h.components}
    assert details == {
        "recency": "last contact 45 days ago, on 2026-10-06 "
                   "(full marks up to 14 days, none from 120)",
        "frequency": "3 interactions in the last 90 days (full marks from 6)",
        "coverage": "1 of 2 key people with a working relationship or better (2+); "
                    "not yet: Ольга Иванова",
        "stance": "influence-weighted stance +0.23 over 3 people with a stance "
                  "(−1 all blockers, +1 all champions)",
        "risks": "no risk register yet",
        "kpis": "no KPIs yet",
    }
    assert [c.label for c in h.components] == [
        "Recency", "Frequency", "Coverage", "Stance", "Risks", "KPIs"]
    assert [c.weight for c in h.components] == [20, 15, 25, 20, 10, 10]


# --- recency --------------------------------------------------------------------------------

@pytest.mark.parametrize(("days", "expected"), [
    (0, 1.0), (14, 1.0),  # full marks up to 14 days
    (15, 105 / 106),  # (120 − 15) / (120 − 14)
    (67, 0.5),  # 53 / 106
    (119, 1 / 106),
    (120, 0.0), (400, 0.0),
])
def test_recency_boundaries(days: int, expected: float) -> None:
    doc = account([person("wang", "王伟")], [talk(days, "wang")])
    assert component_score(doc, "recency") == pytest.approx(expected)


def test_recency_takes_the_latest_of_interactions_and_last_contact() -> None:
    doc = account([person("olga", "Ольга", last_contact=ago(30))], [talk(100, "olga")])
    assert component_score(doc, "recency") == pytest.approx(90 / 106)  # 30 days ago
    later_talk = account([person("olga", "Ольга", last_contact=ago(100))], [talk(30)])
    assert component_score(later_talk, "recency") == pytest.approx(90 / 106)


def test_contacts_after_today_do_not_count() -> None:
    doc = account([person("olga", "Ольга", last_contact=ago(-5))], [talk(-1), talk(50)])
    assert component_score(doc, "recency") == pytest.approx(70 / 106)  # 50 days ago


def test_no_contact_is_zero_not_unknown() -> None:
    h = health(account([person("wang", "王伟")]), TODAY, DEFAULT)
    recency = h.component("recency")
    assert recency.score == 0.0
    assert recency.detail == "no contact recorded (full marks up to 14 days, none from 120)"


def test_a_new_account_without_people_or_interactions_has_no_score_and_no_warning() -> None:
    new = account()
    h = health(new, TODAY, DEFAULT)
    assert h.score is None
    assert {c.detail for c in h.components[:4]} == {
        "not enough data: no people or interactions recorded yet"}
    assert health_findings(new, TODAY, DEFAULT) == []
    # one logged interaction is enough to judge contact: no contact with anyone key
    assert health(account(interactions=[talk(200)]), TODAY, DEFAULT).score == 0
    assert health_findings(account(interactions=[talk(200)]), TODAY, DEFAULT)


# --- frequency ------------------------------------------------------------------------------

@pytest.mark.parametrize(("count", "expected"), [(0, 0.0), (1, 1 / 6), (5, 5 / 6),
                                                 (6, 1.0), (9, 1.0)])
def test_frequency_counts_up_to_six(count: int, expected: float) -> None:
    doc = account([person("a", "王伟")], [talk(i) for i in range(count)])
    assert component_score(doc, "frequency") == pytest.approx(expected)


def test_frequency_window_is_ninety_days_up_to_today() -> None:
    # Counted: today, 90 days ago. Not counted: 91 days ago, tomorrow.
    doc = account(interactions=[talk(0), talk(90), talk(91), talk(-1)])
    h = health(doc, TODAY, DEFAULT)
    assert h.component("frequency").score == pytest.approx(2 / 6)
    assert h.component("frequency").detail == (
        "2 interactions in the last 90 days (full marks from 6)")


# --- coverage -------------------------------------------------------------------------------

def test_coverage_key_people_and_relationship() -> None:
    doc = account([
        person("a", "王伟", influence=4, relationship=2),  # key, covered
        person("b", "李娜", influence=3, role="economic_buyer", relationship=1),  # key, not
        person("c", "Ольга", influence=3, relationship=4),  # not key
        person("d", "Дмитрий", role="decision_maker"),  # key; relationship unset = 0
        person("e", "Jane", influence=5, relationship=3),  # key, covered
    ])
    h = health(doc, TODAY, DEFAULT)
    assert h.component("coverage").score == pytest.approx(2 / 4)
    assert h.component("coverage").detail == (
        "2 of 4 key people with a working relationship or better (2+); not yet: 李娜, Дмитрий")


def test_coverage_one_key_person() -> None:
    doc = account([person("a", "王伟", influence=5, relationship=1)])
    assert health(doc, TODAY, DEFAULT).component("coverage").detail == (
        "0 of 1 key person with a working relationship or better (2+); not yet: 王伟")


def test_no_key_people_is_zero() -> None:
    doc = account([person("a", "王伟", influence=3, relationship=4, role="influencer")])
    coverage = health(doc, TODAY, DEFAULT).component("coverage")
    assert coverage.score == 0.0
    assert coverage.detail.startswith("no key people identified")


# --- stance ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("people", "expected"), [
    ([("champion", 3)], 1.0),
    ([("supporter", 3)], 0.75),  # (0.5 + 1) / 2
    ([("neutral", 5)], 0.5),
    ([("skeptic", 1)], 0.25),
    ([("blocker", 2)], 0.0),
    # (1 × 1 + 3 × −1) / 4 = −0.5 → 0.25
    ([("champion", 1), ("blocker", 3)], 0.25),
    # unset influence weighs 1: (1 × 1 + 3 × −0.5) / 4 = −0.125 → 0.4375
    ([("champion", None), ("skeptic", 3)], 0.4375),
    # no stance: left out of the mean
    ([("supporter", 2), (None, 5)], 0.75),
])
def test_stance_is_influence_weighted(people: list[tuple[str | None, int | None]],
                                      expected: float) -> None:
    doc = account([person(f"p{i}", f"Пётр {i}", stance=s, influence=inf)
                   for i, (s, inf) in enumerate(people)])
    assert component_score(doc, "stance") == pytest.approx(expected)


def test_no_stance_recorded_is_zero() -> None:
    stance = health(account([person("a", "王伟", influence=5)]), TODAY, DEFAULT).component(
        "stance")
    assert (stance.score, stance.detail) == (0.0, "no stance recorded")


# --- weights --------------------------------------------------------------------------------

def perfect() -> AccountFile:
    """Full marks on every component that has data."""
    return account([person("wang", "王伟", influence=5, relationship=4, stance="champion")],
                   [talk(i, "wang") for i in range(6)])


def test_components_without_data_leave_the_others_their_share() -> None:
    # Only 80 of the 100 weight points have data; full marks on those is still 100.
    h = health(perfect(), TODAY, DEFAULT)
    assert h.score == 100
    assert [round(c.contribution, 2) for c in h.components] == [25, 18.75, 31.25, 25, 0, 0]


def test_zero_weight_components_add_nothing_and_take_no_share() -> None:
    # Recency full marks, coverage 0 (nobody key), weights recency 0 and coverage 30:
    # all 30 points go to coverage, which scores 0.
    doc = account([person("a", "王伟")], [talk(0, "a")])
    h = health(doc, TODAY, only(recency=0, coverage=30))
    assert h.component("recency").score == 1.0
    assert h.component("recency").contribution == 0
    assert h.score == 0
    # Same account, recency 10 and coverage 30: 10 / 40 × 1.0 × 100 = 25.
    assert health(doc, TODAY, only(recency=10, coverage=30)).score == 25


def test_no_score_when_only_components_without_data_are_weighted() -> None:
    h = health(perfect(), TODAY, only(risks=50, kpis=50))
    assert h.score is None
    assert all(c.contribution == 0 for c in h.components)
    assert health_findings(perfect(), TODAY, only(risks=50, kpis=50)) == []


def test_score_rounds_half_up() -> None:
    # frequency and coverage weigh 50 each: frequency 0 (no interactions), coverage 1 of
    # 4 key people → 50 × 0.25 = 12.5 → 13 (Python's round() would say 12).
    doc = account([person("a", "王伟", influence=5, relationship=2)]
                  + [person(f"k{i}", f"Ольга {i}", influence=5) for i in range(3)])
    assert health(doc, TODAY, only(frequency=50, coverage=50)).score == 13


# --- state as of a day ----------------------------------------------------------------------

def history_doc() -> AccountFile:
    return account(
        [person("wang", "王伟", stance="champion", relationship=3, last_contact=ago(5)),
         person("olga", "Ольга Иванова", stance="skeptic", relationship=2,
                last_contact=ago(5)),
         person("li", "李娜", stance="neutral", last_contact=ago(200))],
        [talk(150, "wang"), talk(100, "wang"), talk(5, "wang"), talk(5, "olga")],
        # Listed out of date order on purpose: the earliest change after the day counts.
        stakeholder_history=[
            {"date": ago(10), "stakeholder": "wang", "field": "stance",
             "old": "supporter", "new": "champion"},
            {"date": ago(60), "stakeholder": "wang", "field": "stance",
             "old": "neutral", "new": "supporter"},
            {"date": ago(60), "stakeholder": "wang", "field": "relationship",
             "old": 1, "new": 3},
            {"date": ago(30), "stakeholder": "olga", "field": "stance",
             "old": None, "new": "skeptic"},
        ],
        stage_history=[{"date": ago(300), "stage": "exploratory"},
                       {"date": ago(20), "stage": "basic"}],
        stage_evidence=[{"criterion": "basic.qualified_supplier", "date": ago(20)},
                        {"criterion": "cooperative.reviews_held"}],
    )


def people_as_of(day: dt.date) -> dict[str, tuple[Any, ...]]:
    state = state_as_of(history_doc(), day)
    return {p.name: (p.stance, p.relationship, p.last_contact) for p in state.stakeholders}


def test_state_as_of_rolls_back_stance_relationship_and_last_contact() -> None:
    before = TODAY - dt.timedelta(days=80)
    assert people_as_of(before) == {
        # Stance: the earliest later change (60 days ago) started from neutral.
        # Relationship: 1 before the change. Last contact: the talk 100 days ago.
        "王伟": ("neutral", 1, (TODAY - dt.timedelta(days=100))),
        # Her stance was not recorded before it became skeptic; no talk with her yet.
        "Ольга Иванова": (None, 2, None),
        # Unchanged: nothing dated after the day.
        "李娜": ("neutral", None, TODAY - dt.timedelta(days=200)),
    }


def test_a_change_on_the_day_itself_has_happened() -> None:
    on_the_day = TODAY - dt.timedelta(days=60)
    assert people_as_of(on_the_day)["王伟"][:2] == ("supporter", 3)
    assert people_as_of(on_the_day - dt.timedelta(days=1))["王伟"][:2] == ("neutral", 1)


def test_records_dated_on_the_day_are_kept() -> None:
    state = state_as_of(history_doc(), TODAY - dt.timedelta(days=20))
    assert [s.stage for s in state.stage_history] == ["exploratory", "basic"]
    assert [e.criterion for e in state.stage_evidence] == [
        "basic.qualified_supplier", "cooperative.reviews_held"]
    state = state_as_of(history_doc(), TODAY - dt.timedelta(days=60))
    assert [(c.stakeholder, c.field) for c in state.stakeholder_history] == [
        ("wang", "stance"), ("wang", "relationship")]
    state = state_as_of(history_doc(), TODAY - dt.timedelta(days=100))
    assert [i.date for i in state.interactions] == [
        TODAY - dt.timedelta(days=150), TODAY - dt.timedelta(days=100)]
    # 李娜's last contact, 200 days ago and without a logged interaction, stands on that day.
    assert people_as_of(TODAY - dt.timedelta(days=200))["李娜"][2] == (
        TODAY - dt.timedelta(days=200))


def test_state_as_of_today_is_the_account() -> None:
    doc = history_doc()
    assert state_as_of(doc, TODAY) == doc


def test_state_as_of_drops_later_records() -> None:
    doc = history_doc()
    state = state_as_of(doc, TODAY - dt.timedelta(days=40))
    assert isinstance(state, AccountFile)
    assert [i.date for i in state.interactions] == [
        TODAY - dt.timedelta(days=150), TODAY - dt.timedelta(days=100)]
    assert [(c.stakeholder, c.field) for c in state.stakeholder_history] == [
        ("wang", "stance"), ("wang", "relationship")]
    assert [s.stage for s in state.stage_history] == ["exploratory"]
    assert [e.criterion for e in state.stage_evidence] == ["cooperative.reviews_held"]
    assert state.account == doc.account
    assert len(doc.interactions) == 4  # the original is untouched


def test_health_of_a_past_state() -> None:
    # As of 80 days ago: 王伟 neutral (0), Ольга no stance, 李娜 neutral (0): stance 0.5.
    # Last contact 100 days ago → recency (120 − 20) / 106 relative to that day.
    day = TODAY - dt.timedelta(days=80)
    h = health(state_as_of(history_doc(), day), day, DEFAULT)
    assert h.component("stance").score == pytest.approx(0.5)
    assert h.component("recency").score == pytest.approx(100 / 106)


# --- trend and findings ---------------------------------------------------------------------

def stance_drift(changes: list[tuple[int, str]], people: int = 4) -> AccountFile:
    """``people`` champions of influence 1; each change (days ago, name) makes one neutral."""
    names = ["王伟", "Ольга", "李娜", "Сергей"][:people]
    changed = {name for _, name in changes}
    return account(
        [person(f"p{i}", n, influence=1, stance="neutral" if n in changed else "champion")
         for i, n in enumerate(names)],
        stakeholder_history=[
            {"date": ago(days), "stakeholder": f"p{names.index(n)}", "field": "stance",
             "old": "champion", "new": "neutral"} for days, n in changes],
    )


STANCE_ONLY = only(stance=100)  # health = stance score × 100


def test_trend_compares_with_the_start_of_the_window() -> None:
    then, now = health_trend(stance_drift([(50, "王伟")], people=1), TODAY, STANCE_ONLY)
    assert (then.as_of, now.as_of) == (WINDOW_START, TODAY)
    assert (then.score, now.score) == (100, 50)


def test_sharp_drop_is_a_medium_finding() -> None:
    # One champion turned neutral 50 days ago: 100 → 50, a fall of 50 ≥ 15 within 90 days.
    # 50 is not below the churn threshold of 40.
    doc = stance_drift([(50, "王伟")], people=1)
    [finding] = health_findings(doc, TODAY, STANCE_ONLY)
    assert (finding.kind, finding.severity, finding.stakeholders) == ("health_drop", "medium", ())
    assert finding.message == (
        "Health fell from 100 to 50 since 2026-08-22; most lost: stance (−50 points).")


def slow_decline() -> AccountFile:
    # Four champions; one turns neutral 230, 120 and 50 days ago:
    # 100 → 87.5 → 75 → 62.5. In the 90-day window: 75 → 63 (62.5 rounded half up).
    return stance_drift([(230, "王伟"), (120, "Ольга"), (50, "李娜")])


def test_slow_decline_is_no_sharp_drop() -> None:
    then, now = health_trend(slow_decline(), TODAY, STANCE_ONLY)
    assert (then.score, now.score) == (75, 63)
    assert health_findings(slow_decline(), TODAY, STANCE_ONLY) == []


def test_drop_of_exactly_drop_points_counts() -> None:
    # The same fall of 12 points: a finding at drop_points 12, none at 13.
    base = {"weights": STANCE_ONLY.weights.model_dump()}
    twelve = parse_settings({**base, "drop_points": 12})
    thirteen = parse_settings({**base, "drop_points": 13})
    [finding] = health_findings(slow_decline(), TODAY, twelve)
    assert finding.message == (
        "Health fell from 75 to 63 since 2026-08-22; most lost: stance (−13 points).")
    assert health_findings(slow_decline(), TODAY, thirteen) == []


def test_a_longer_window_sees_the_slow_decline() -> None:
    # 300 days back (2026-01-24) all four were champions: 100 → 63.
    settings = parse_settings({"weights": STANCE_ONLY.weights.model_dump(),
                               "drop_window_days": 300})
    [finding] = health_findings(slow_decline(), TODAY, settings)
    assert finding.message.startswith("Health fell from 100 to 63 since 2026-01-24")


def test_most_lost_lists_the_biggest_falls_first() -> None:
    # Weights stance 50, recency 50. 90 days ago: contact that very day (recency 1) and a
    # champion (stance 1) → 100. Today: last contact 90 days ago → (120 − 90) / 106 =
    # 0.283 → 14.15 points; neutral → 25 points. 39 in all: recency −35.85, stance −25.
    doc = account([person("wang", "王伟", influence=5, stance="neutral")], [talk(90, "wang")],
                  stakeholder_history=[{"date": ago(30), "stakeholder": "wang",
                                        "field": "stance", "old": "champion",
                                        "new": "neutral"}])
    settings = parse_settings({"weights": only(stance=50, recency=50).weights.model_dump(),
                               "churn_threshold": 30})
    [finding] = health_findings(doc, TODAY, settings)
    assert finding.message == ("Health fell from 100 to 39 since 2026-08-22; most lost: "
                               "recency (−36 points), stance (−25 points).")


def test_below_the_churn_threshold_is_high() -> None:
    # The worked example scores 58 (see above). 90 days ago nobody had been contacted
    # yet: coverage 15.625 + stance 15.341 = 31 → it rose, no drop. Weakest: coverage
    # 15.625 of 31.25 (lost 15.6), stance 15.341 of 25 (lost 9.7), frequency 9.375 of
    # 18.75 (lost 9.4), recency 17.7 of 25 (lost 7.3).
    settings = parse_settings({"churn_threshold": 59})
    [finding] = health_findings(worked_example(), TODAY, settings)
    assert (finding.kind, finding.severity) == ("health_drop", "high")
    assert finding.message == (
        "Health 58/100 is below the churn warning threshold of 59; weakest: "
        "coverage (16 of 31 points), stance (15 of 25 points).")
    # 58 is not below 58.
    assert health_findings(worked_example(), TODAY, parse_settings({"churn_threshold": 58})) \
        == []


def test_below_the_threshold_after_a_sharp_drop_says_both() -> None:
    # Two champions (influence 1); one turned blocker 20 days ago: mean (1 − 1) / 2 = 0
    # → stance 0.5 → health 50, below a threshold of 60 (high); 100 → 50 is also a drop.
    doc = account([person("a", "王伟", influence=1, stance="champion"),
                   person("b", "Ольга", influence=1, stance="blocker")],
                  stakeholder_history=[{"date": ago(20), "stakeholder": "b", "field": "stance",
                                        "old": "champion", "new": "blocker"}])
    settings = parse_settings({"weights": STANCE_ONLY.weights.model_dump(),
                               "churn_threshold": 60})
    [finding] = health_findings(doc, TODAY, settings)
    assert finding.severity == "high"
    assert finding.message == (
        "Health 50/100 is below the churn warning threshold of 60, down from 100 since "
        "2026-08-22; weakest: stance (50 of 100 points).")


def test_a_healthy_account_has_no_finding() -> None:
    # 100 today; 90 days ago there was no contact yet, so it rose: no finding.
    assert health_findings(perfect(), TODAY, DEFAULT) == []


def test_health_is_a_plain_value() -> None:
    h = health(perfect(), TODAY, DEFAULT)
    assert isinstance(h, Health)
    assert h == health(perfect(), TODAY, DEFAULT)
