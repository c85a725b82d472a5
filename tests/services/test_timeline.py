"""The account through time: the version in force on a day and what changed since, on a
real database file whose versions were saved on different days."""

from __future__ import annotations

import datetime as dt

import pytest

from app.bootstrap import Services
from app.errors import NotFound
from app.models.account import AccountFile
from app.models.enums import Stance
from app.services.timeline import BadReference, Since, Timeline, last_review, parse_since
from app.storage.store import AccountStore
from tests.conftest import parsed_doc

TODAY = dt.date(2026, 12, 1)


def _save_on(services: Services, doc: AccountFile, day: dt.date, *, new: bool = False) -> None:
    """Save ``doc`` as if on ``day`` at noon (as the app would have then)."""
    store = AccountStore()
    when = dt.datetime.combine(day, dt.time(12))
    with services.db.transaction() as session:
        conn = session.connection()
        if new:
            store.insert(conn, doc, now=when)
        else:
            store.save(conn, doc, None, now=when)


def _with_stance(doc: AccountFile, sid: str, stance: str) -> AccountFile:
    return doc.model_copy(update={"stakeholders": [
        p.model_copy(update={"stance": Stance(stance)}) if p.id == sid else p
        for p in doc.stakeholders]})


@pytest.fixture
def history(services: Services) -> Timeline:
    """Acme: created 1 Sept (Ольга skeptic), Ольга neutral on 1 Oct, supporter on 1 Nov,
    and a review held on 15 Oct."""
    doc = parsed_doc()
    _save_on(services, doc, dt.date(2026, 9, 1), new=True)
    doc = _with_stance(doc, "s2", "neutral")
    _save_on(services, doc, dt.date(2026, 10, 1))
    doc = AccountFile.model_validate({
        **_with_stance(doc, "s2", "supporter").model_dump(mode="json"),
        "reviews": [{"id": "rv1", "date": "2026-10-15", "held": True}]}, strict=False)
    _save_on(services, doc, dt.date(2026, 11, 1))
    return Timeline(services.accounts)


def test_the_version_in_force_on_a_day(history: Timeline) -> None:
    assert history.as_of("acme", dt.date(2026, 8, 31)) is None  # not yet there
    first = history.as_of("acme", dt.date(2026, 9, 30))
    assert first is not None and first.day == dt.date(2026, 9, 1)
    assert {p.id: p.stance for p in first.doc.stakeholders}["s2"] == "skeptic"
    on_the_day = history.as_of("acme", dt.date(2026, 10, 1))  # saved that day: in force
    assert on_the_day is not None
    assert {p.id: p.stance for p in on_the_day.doc.stakeholders}["s2"] == "neutral"
    now = history.as_of("acme", TODAY)
    assert now is not None and now.current


def test_what_changed_since_the_last_review(history: Timeline) -> None:
    doc = history.current("acme").doc
    since = parse_since("last-review", doc, TODAY)
    assert since.day == dt.date(2026, 10, 15) == last_review(doc, TODAY)
    then, now, found = history.changes_since("acme", since, TODAY)
    assert then is not None and then.day == dt.date(2026, 10, 1)
    assert [(c.kind, c.subject, c.before, c.after) for c in found
            if c.kind != "health_moved"] == [("stance_changed", "s2", "neutral", "supporter")]
    # health is compared as it was on the day then and as it is today (contacts age)
    assert all(abs(c.after - c.before) >= 5 for c in found if c.kind == "health_moved")


def test_since_a_version_or_days_ago(history: Timeline) -> None:
    doc = history.current("acme").doc
    first = history.versions("acme")[0].version
    _then, _now, found = history.changes_since("acme", parse_since(str(first), doc, TODAY),
                                               TODAY)
    assert [(c.before, c.after) for c in found if c.kind == "stance_changed"] == [
        ("skeptic", "supporter")]
    assert parse_since("90d", doc, TODAY).day == TODAY - dt.timedelta(days=90)
    with pytest.raises(NotFound, match="no version 99"):
        history.at("acme", Since(version=99))


def test_before_the_account_existed_everyone_is_new(history: Timeline) -> None:
    then, _now, found = history.changes_since("acme", Since(day=dt.date(2026, 1, 1)), TODAY)
    assert then is None
    assert [c.kind for c in found] == ["person_added"] * 3 + ["line_added"]


@pytest.mark.parametrize("text", ["yesterday", "2026-13-01", "-5d", ""])
def test_a_reference_that_means_nothing_says_what_is_accepted(text: str) -> None:
    with pytest.raises(BadReference, match="last-review"):
        parse_since(text, parsed_doc(), TODAY)


def test_last_review_needs_a_review_marked_held() -> None:
    planned = parsed_doc(reviews=[{"id": "r", "date": "2026-11-20", "held": False}])
    assert last_review(planned, TODAY) is None
    with pytest.raises(BadReference, match="held"):
        parse_since("last-review", planned, TODAY)


def test_a_kept_version_is_read_once_and_the_current_one_always_afresh(
    history: Timeline, services: Services, monkeypatch: pytest.MonkeyPatch,
) -> None:
    reads: list[int] = []
    real = services.accounts.version

    def counted(key: str, number: int) -> AccountFile:
        reads.append(number)
        return real(key, number)

    monkeypatch.setattr(services.accounts, "version", counted)
    day = dt.date(2026, 10, 10)
    for _ in range(3):  # a date picker moved back and forth
        then = history.as_of("acme", day)
        assert then is not None and then.day == dt.date(2026, 10, 1)
    assert len(reads) == 1
    doc = _with_stance(history.current("acme").doc, "s2", "blocker")
    _save_on(services, doc, TODAY)  # an edit today: the current version moves on
    now = history.as_of("acme", TODAY)
    assert now is not None and now.current
    assert {p.id: p.stance for p in now.doc.stakeholders}["s2"] == "blocker"
