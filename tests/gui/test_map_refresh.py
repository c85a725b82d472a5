"""An edit redraws what it changed: a stance change updates that card and that row,
while adding a person or a line still redraws the map."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from app.bootstrap import Services
from app.models.enums import Stance
from app.services import map_edits
from app.views.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot, demo: Services, settings: QSettings) -> MainWindow:
    w = MainWindow(demo, settings)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    w.select("demo-ural")
    w.tabs.setCurrentWidget(w.map)
    return w


def _row(w: MainWindow, sid: str) -> int:
    model = w.map.people.model
    name = next(p.name for p in w._shown.stakeholders if p.id == sid)  # type: ignore[union-attr]
    return next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)


def test_a_stance_change_redraws_that_card_and_row_only(window: MainWindow) -> None:
    scene = window.map.scene
    panel = window.map.panel
    # the first edit pins every card where it is on screen: that redraws the map once
    window.map.scene.select_people(["gd"])
    panel.stance.setCurrentIndex(panel.stance.findData(Stance.SUPPORTER.value))
    cards = dict(scene.cards)
    edges = list(scene.edges)
    window.map.scene.select_people(["it"])
    panel.stance.setCurrentIndex(panel.stance.findData(Stance.CHAMPION.value))
    assert scene.cards == cards and scene.edges == edges  # the same items: not rebuilt
    assert scene.cards["it"].person.stance == Stance.CHAMPION
    row = _row(window, "it")
    assert window.map.people.model.index(row, 5).data() == "Champion"
    stored = window.workspace.accounts.snapshot("demo-ural")
    assert next(p for p in stored.stakeholders if p.id == "it").stance == Stance.CHAMPION
    window.undo_stack.undo()  # the undo goes the same way back
    assert scene.cards["it"].person.stance != Stance.CHAMPION
    assert scene.cards == cards


def test_a_new_person_redraws_the_map(window: MainWindow) -> None:
    before = window._shown
    assert before is not None
    cards = dict(window.map.scene.cards)
    after, sid = map_edits.add_person(before, "Пётр Новиков")
    window.map.editRequested.emit((before, after), "Add person")
    assert sid in window.map.scene.cards and len(window.map.scene.cards) == len(cards) + 1
    names = {window.map.people.model.index(r, 0).data()
             for r in range(window.map.people.model.rowCount())}
    assert "Пётр Новиков" in names
    assert window.map.people.model.index(0, 0).data(Qt.ItemDataRole.DisplayRole)


def test_hidden_tabs_load_when_shown_not_on_every_switch(window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.plan)
    window.select("demo-huadong")
    assert window.map.doc is not None and window.map.doc.account.id == "demo-ural"  # stale
    assert window.plan.doc is not None and window.plan.doc.account.id == "demo-huadong"
    window.tabs.setCurrentWidget(window.map)  # brought up to date when shown
    assert window.map.doc is not None and window.map.doc.account.id == "demo-huadong"
    assert len(window.map.scene.cards) == len(window.map.doc.stakeholders)


def test_findings_follow_a_stance_change_once_the_edits_pause(qtbot: QtBot,
                                                              window: MainWindow) -> None:
    def blockers() -> list[str]:
        return [window.map.insights.index(r, 0).data()
                for r in range(window.map.insights.rowCount())
                if "blocker" in str(window.map.insights.index(r, 0).data())]

    before = blockers()
    window.map.scene.select_people(["zak"])  # the demo's blocker
    panel = window.map.panel
    panel.stance.setCurrentIndex(panel.stance.findData(Stance.SUPPORTER.value))
    assert window.map.scene.cards["zak"].person.stance == Stance.SUPPORTER  # at once
    qtbot.waitUntil(lambda: blockers() != before, timeout=2000)  # then the analysis
    assert not any("Соколов" in b for b in blockers())
