"""The map through time (issue 18) on the real map tab of a real window: the account as
it was on a day, read-only, and today's map compared with a day, its marks and the list
of changes that selects what it describes. The history is written as the app would have
saved it on those days (real SQLite file, versions with past timestamps)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPointF, QSettings, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.bootstrap import Services
from app.models.account import AccountFile, InfluenceRecord, StakeholderRecord
from app.models.enums import InfluenceKind, Stance
from app.services.demo import demo_documents
from app.services.timeline import Since, Timeline, last_review
from app.storage.store import AccountStore
from app.views.formatting import day_text
from app.views.main_window import MainWindow
from app.views.map.compare import (
    GhostCard,
    GhostLine,
    LineGlow,
    NewMark,
    NewTag,
    RelationshipMark,
    StanceLabel,
)
from app.views.map.tab import MapTab
from app.views.map.view import MapView

# a menu or the calendar shown offscreen: the platform cannot raise them nor grab the keyboard
pytestmark = [pytest.mark.gui,
              pytest.mark.qt_log_ignore("does not support raise", "grabbing the keyboard",
                                        "propagateSizeHints")]

KEY = "demo-huadong"
TODAY = dt.date.today()
FIRST, SECOND, THIRD = (TODAY - dt.timedelta(days=d) for d in (120, 60, 20))


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


def _people(doc: AccountFile, **changes: dict[str, Any]) -> list[StakeholderRecord]:
    return [p.model_copy(update=changes[p.id]) if p.id in changes else p
            for p in doc.stakeholders]


def write_history(services: Services, monkeypatch: pytest.MonkeyPatch) -> AccountFile:
    """Huadong through four months, saved by Anna:

    - 120 days ago: Old Friend (a supporter under the CTO, influencing the CEO) is on
      the map, 邓超 (p11) is not yet; 孙丽 (qa) a skeptic, 郑浩 (scm) neutral, 张伟 (coo)
      relationship 2; no line from 彭丽 (p12) to the CTO.
    - 60 days ago: 孙丽 neutral.
    - 20 days ago (today's version): 邓超 joined, Old Friend left (with the line), 郑浩 a
      blocker, 张伟 relationship 3, the line 彭丽 → CTO drawn.
    """
    monkeypatch.setenv("RAPPORT_USER", "Anna")
    today = next(d for d in demo_documents() if d.account.id == KEY)
    old_friend = StakeholderRecord(id="old1", name="Old Friend", title="VP Digital",
                                   stance=Stance.SUPPORTER, influence=4, relationship=3,
                                   reports_to="cto")
    first = today.model_copy(update={
        "stakeholders": [*_people(today, qa={"stance": Stance.SKEPTIC},
                                  scm={"stance": Stance.NEUTRAL},
                                  coo={"relationship": 2}), old_friend],
        "influences": [*(i for i in today.influences
                         if (i.source, i.target) != ("p12", "cto")),
                       InfluenceRecord(source="old1", target="ceo", kind=InfluenceKind.INFORMAL,
                                       strength=2)]})
    first = first.model_copy(update={
        "stakeholders": [p for p in first.stakeholders if p.id != "p11"]})
    first = AccountFile.model_validate(first.model_dump(mode="json"), strict=False)
    _save_on(services, first, FIRST, new=True)
    second = first.model_copy(update={"stakeholders": _people(
        first, qa={"stance": Stance.NEUTRAL})})
    _save_on(services, second, SECOND)
    _save_on(services, today, THIRD)
    for other in demo_documents():
        if other.account.id != KEY:
            services.accounts.import_documents([other])
    return today


@pytest.fixture
def window(qtbot: QtBot, services: Services, settings: QSettings,
           monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    write_history(services, monkeypatch)
    w = MainWindow(services, settings)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.map.timeline = lambda: Timeline(services.accounts)
    w.show()
    w.select(KEY)
    w.tabs.setCurrentWidget(w.map)
    return w


def _stored(window: MainWindow) -> AccountFile:
    return window.services.accounts.snapshot(KEY)


def _mouse(view: MapView, kind: QEvent.Type, scene_pos: QPointF,
           buttons: Qt.MouseButton) -> None:
    pos = QPointF(view.mapFromScene(scene_pos))
    event = QMouseEvent(kind, pos, view.viewport().mapToGlobal(pos), Qt.MouseButton.LeftButton,
                        buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), event)


def _drag(view: MapView, start: QPointF, end: QPointF) -> None:
    held = Qt.MouseButton.LeftButton
    _mouse(view, QEvent.Type.MouseButtonPress, start, held)
    for step in range(1, 6):
        _mouse(view, QEvent.Type.MouseMove, start + (end - start) * (step / 5), held)
    _mouse(view, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


def _menu_action(tab: MapTab, text: str, *, compare: bool = False) -> Any:
    bar = tab.history_bar
    menu = bar.compare_menu if compare else bar.view_menu
    bar._fill(menu, compare=compare)  # as opening the menu does
    found = [a for a in menu.actions() if a.text().startswith(text)]
    assert found, [a.text() for a in menu.actions()]
    return found[0]


def test_the_time_menu_offers_the_last_review_days_ago_and_kept_versions(
        window: MainWindow) -> None:
    tab = window.map
    assert tab.history_bar.isVisible()
    assert tab.history_bar.view_button.text().strip() == "Now"
    _menu_action(tab, "Now")
    review = _menu_action(tab, "At the last review")
    held = last_review(_stored(window), TODAY)
    assert held is not None
    assert review.isEnabled() and review.text() == f"At the last review ({day_text(held)})"
    _menu_action(tab, "90 days ago")
    _menu_action(tab, "30 days ago")
    _menu_action(tab, "Pick a date…")
    # the two kept versions (today's is "Now"), newest first, with who saved them
    kept = [a.text() for a in tab.history_bar.view_menu.actions() if "Anna" in a.text()]
    assert kept == [f"{day_text(SECOND)} · Anna", f"{day_text(FIRST)} · Anna"]


def test_a_day_shows_the_account_as_it_was_then_read_only(qtbot: QtBot,
                                                          window: MainWindow) -> None:
    tab, scene = window.map, window.map.scene
    now_ids = set(scene.cards)
    scene.select_people(["qa"])
    _menu_action(tab, "90 days ago").trigger()
    # the people then: Old Friend still there, 邓超 not yet; 孙丽 a skeptic then
    assert "old1" in scene.cards and "p11" not in scene.cards
    assert scene.cards["qa"].person.stance == Stance.SKEPTIC
    assert scene.cards["scm"].person.stance == Stance.NEUTRAL
    assert tab.banner.isVisible()
    assert tab.banner.text.text() == (
        f"As of {day_text(TODAY - dt.timedelta(days=90))} (version 1, saved "
        f"{day_text(FIRST)} by Anna) — read-only")
    assert tab.history_bar.view_button.text().startswith("As of ")
    # nothing can be changed: the editing actions are off, cards do not move ...
    for action in (tab.add_action, tab.delete_action, tab.import_action, tab.org_action,
                   tab.force_action, *tab.connect_actions.values()):
        assert not action.isEnabled(), action.text()
    card = scene.cards["cto"]
    before = card.pos()
    with qtbot.assertNotEmitted(tab.moveRequested):
        centre = card.scene_card_rect().center()
        _drag(tab.view, centre, centre + QPointF(180, 90))
    assert card.pos() == before
    # ... the panel shows the person then and takes no typing
    scene.select_people(["qa"])
    assert tab.panel.heading.text() == "孙丽"
    assert tab.panel.name.isReadOnly() and not tab.panel.stance.isEnabled()
    assert tab.panel.log_button.isHidden()
    tab.panel.name.setText("Someone else")
    tab.panel.name.editingFinished.emit()
    tab.delete_selected()
    tab.add_person()
    stored = _stored(window)
    assert {p.id: p.name for p in stored.stakeholders}["qa"] == "孙丽"
    assert len(stored.stakeholders) == len(now_ids)
    # the card's menu only looks: no edit, no line, no delete
    menu = tab.show_card_menu("qa", tab.view.mapToGlobal(tab.view.rect().center()))
    assert menu is not None
    words = [a.text() for a in menu.actions()]
    assert "Edit person" not in words and "Delete" not in words
    assert not any(a.menu() for a in menu.actions())
    menu.close()
    # Back to now: today's people, editable again, the selection kept
    qtbot.mouseClick(tab.banner.back_button, Qt.MouseButton.LeftButton)
    assert set(scene.cards) == now_ids and "old1" not in scene.cards
    assert scene.cards["qa"].person.stance == Stance.NEUTRAL
    assert scene.selected_ids() == ["qa"]
    assert tab.add_action.isEnabled() and not tab.panel.name.isReadOnly()
    assert tab.banner.isHidden()
    assert tab.history_bar.view_button.text().strip() == "Now"


def test_a_kept_version_and_esc(window: MainWindow) -> None:
    tab, scene = window.map, window.map.scene
    _menu_action(tab, f"{day_text(SECOND)} · Anna").trigger()
    assert scene.cards["qa"].person.stance == Stance.NEUTRAL  # changed that day
    assert "old1" in scene.cards
    assert tab.banner.text.text() == (f"As of {day_text(SECOND)} (version 2, saved by "
                                      f"Anna) — read-only")
    tab.view.setFocus()
    QTest.keyClick(tab.view, Qt.Key.Key_Escape)
    assert tab.history is None and "old1" not in scene.cards


def test_before_the_account_existed_a_message_not_an_empty_map(window: MainWindow) -> None:
    tab = window.map
    picker = tab.history_bar.pick_date(FIRST, TODAY)
    picker.calendar.setSelectedDate(picker.calendar.selectedDate().addDays(-30))
    picker.accept()
    assert not tab.scene.cards
    assert tab.view.empty_hint.isVisible()
    assert tab.view.empty_hint.text() == (
        f"On {day_text(FIRST - dt.timedelta(days=30))} this account was not in Rapport "
        f"yet: its first kept version is from {day_text(FIRST)}.")
    assert not tab.add_action.isEnabled()
    tab.back_to_now()
    assert tab.scene.cards and not tab.view.empty_hint.isVisible()


def _overlay_counts(tab: MapTab) -> dict[str, list[str]]:
    overlay = tab.overlay
    assert overlay is not None
    return {
        "new": sorted(m.sid for m in overlay.of_type(NewMark)),
        "tags": sorted(t.card.sid for t in overlay.of_type(NewTag)),
        "ghosts": sorted(g.sid for g in overlay.of_type(GhostCard)),
        "stance": sorted(s.card.sid for s in overlay.of_type(StanceLabel)),
        "relationship": sorted(r.card.sid for r in overlay.of_type(RelationshipMark)),
        "new lines": sorted("{}>{}".format(*g.change.people)
                            for g in overlay.of_type(LineGlow)),
        "removed lines": sorted("{}>{}".format(*g.change.people)
                                for g in overlay.of_type(GhostLine)),
    }


def test_compare_marks_exactly_what_changed(window: MainWindow) -> None:
    tab, scene = window.map, window.map.scene
    _menu_action(tab, "90 days ago", compare=True).trigger()
    assert set(scene.cards) == {p.id for p in _stored(window).stakeholders}  # today's map
    assert _overlay_counts(tab) == {
        "new": ["p11"], "tags": ["p11"], "ghosts": ["old1"], "stance": ["qa", "scm"],
        "relationship": ["coo"], "new lines": ["p12>cto"], "removed lines": ["old1>ceo"]}
    assert tab.overlay is not None
    arrows = {s.card.sid: (s.before, s.after, s.better)
              for s in tab.overlay.of_type(StanceLabel)}
    assert arrows == {"qa": (Stance.SKEPTIC, Stance.NEUTRAL, 1),
                      "scm": (Stance.NEUTRAL, Stance.BLOCKER, -1)}
    assert tab.overlay.of_type(RelationshipMark)[0].text == "↑"
    ghost = tab.overlay.ghosts["old1"]
    assert not ghost.flags() & ghost.GraphicsItemFlag.ItemIsMovable
    # the ghost covers no card of today's map
    assert not any(ghost.scene_card_rect().intersects(c.scene_card_rect())
                   for c in scene.cards.values())
    # the list beside, in place of the insights, with a count
    assert tab.findings.currentWidget() is tab.change_list
    # (health as `diff` and the PDF count it: then on the day asked about, now today)
    assert tab.change_list.heading.text() == (
        f"8 changes since {day_text(TODAY - dt.timedelta(days=90))}: 1 new person, 1 left, "
        "2 stance changes, 1 relationship change, 2 line changes, 1 account change")
    rows = tab.change_list.rows()
    assert rows[:7] == [
        "邓超 joined the map", "Old Friend left the map", "孙丽: stance Skeptic → Neutral",
        "郑浩: stance Neutral → Blocker", "张伟: our relationship Working → Trusted",
        "New influence line: 彭丽 → 陈晓明", "Influence line removed: Old Friend → 王建国"]
    assert len(rows) == 8 and rows[7].startswith("Health ")
    # the map stays today's and editable; the comparison ends with Back to now
    assert tab.add_action.isEnabled()
    tab.back_to_now()
    assert tab.overlay is None and tab.findings.currentIndex() == 0
    assert not [i for i in scene.items() if isinstance(i, (GhostCard, GhostLine, LineGlow))]


def test_compare_with_the_last_review(window: MainWindow) -> None:
    tab = window.map
    review = last_review(_stored(window), TODAY)
    assert review is not None
    _menu_action(tab, "At the last review", compare=True).trigger()
    version = 1 + sum(day <= review for day in (SECOND, THIRD))  # the one in force then
    if version == 2:  # 孙丽 was neutral by then: only 郑浩's stance moved since
        assert _overlay_counts(tab)["stance"] == ["scm"]
    assert tab.history_bar.compare_button.text() == f"Compared with {day_text(review)}"
    assert tab.banner.text.text().startswith(
        f"Today compared with {day_text(review)} (version {version}, saved by Anna)")


def _click_row(tab: MapTab, qtbot: QtBot, kind: str, subject: str | None = None) -> None:
    view = tab.change_list.view
    index = tab.change_list.index_of(kind, subject)
    assert index.isValid()
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(index).center())


def test_the_change_list_selects_what_it_describes(qtbot: QtBot, window: MainWindow) -> None:
    tab, scene = window.map, window.map.scene
    tab.compare_with(Since(day=TODAY - dt.timedelta(days=90)))
    _click_row(tab, qtbot, "stance_changed", "scm")
    assert scene.selected_ids() == ["scm"]
    assert tab.panel.heading.text() == "郑浩" and not tab.panel.name.isReadOnly()
    _click_row(tab, qtbot, "line_added")
    assert sorted(scene.selected_ids()) == ["cto", "p12"]
    # someone who left: their ghost, shown where the view looks, details as they were
    _click_row(tab, qtbot, "person_removed")
    assert tab.overlay is not None
    ghost = tab.overlay.ghosts["old1"]
    assert ghost.isSelected() and scene.selected_ids() == []
    assert tab.view.mapToScene(tab.view.viewport().rect()).boundingRect().contains(
        ghost.sceneBoundingRect().center())
    assert tab.panel.heading.text() == "Old Friend" and tab.panel.name.isReadOnly()
    # the removed line: the ghost and today's CEO
    _click_row(tab, qtbot, "line_removed")
    assert scene.selected_ids() == ["ceo"] and ghost.isSelected()


def test_an_edit_while_comparing_is_compared_again(window: MainWindow) -> None:
    tab = window.map
    tab.compare_with(Since(day=TODAY - dt.timedelta(days=90)))
    tab.scene.select_people(["hr"])
    tab.panel.stance.setCurrentIndex(tab.panel.stance.findData("champion"))
    assert {p.id: p.stance for p in _stored(window).stakeholders}["hr"] == "champion"
    assert _overlay_counts(tab)["stance"] == ["hr", "qa", "scm"]
    assert "冯雪: stance Neutral → Champion" in tab.change_list.rows()


def test_banner_and_list_in_russian(qtbot: QtBot, services: Services, settings: QSettings,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from app.views.i18n import install

    app = QApplication.instance()
    assert app is not None
    install(app, "ru")
    try:
        write_history(services, monkeypatch)
        w = MainWindow(services, settings)
        qtbot.addWidget(w)
        w.resize(1280, 800)
        w.map.timeline = lambda: Timeline(services.accounts)
        w.show()
        w.select(KEY)
        w.tabs.setCurrentWidget(w.map)
        tab = w.map
        assert tab.history_bar.view_button.text().strip() == "Сейчас"
        tab.show_as_of(Since(version=2))
        assert tab.banner.text.text() == (
            f"На {day_text(SECOND)} (версия 2, сохранил(а) Anna) — только просмотр")
        assert tab.banner.back_button.text() == "Вернуться к сегодня"
        tab.compare_with(Since(day=TODAY - dt.timedelta(days=90)))
        heading = tab.change_list.heading.text()
        assert heading.startswith("8 изменений с ") and "1 новый человек" in heading
        assert "孙丽: отношение к нам Скептик → Нейтральный" in tab.change_list.rows()
        assert tab.change_list.headings()[0] == "Новые люди (1)"
    finally:
        install(app, "en")


def test_which_way_a_change_went_for_us() -> None:
    """Green up for good news, red down for bad: stances by the health score's values,
    our relationship by its level; influence alone says neither (a blocker gaining it is
    no good news)."""
    from app.assessment.changes import Change
    from app.views.map.compare import direction

    assert direction(Change("stance_changed", "a", "A", "neutral", "supporter")) == 1
    assert direction(Change("stance_changed", "a", "A", None, "skeptic")) == -1
    assert direction(Change("relationship_changed", "a", "A", 3, 2)) == -1
    assert direction(Change("influence_changed", "a", "A", 2, 5)) == 0
