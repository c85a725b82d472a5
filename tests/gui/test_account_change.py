"""One AccountChange per write says which parts changed and which view made the edit;
the views refresh only those parts, and a plan table's current entry follows its id."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.bootstrap import Services
from app.models.enums import Stance
from app.services import plan_edits
from app.views.commands import EditDocumentCommand, push
from app.views.main_window import MainWindow
from app.views.workspace import AccountChange
from tests.gui.plan_helpers import page

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot, demo: Services, settings: QSettings) -> MainWindow:
    w = MainWindow(demo, settings)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    w.select("demo-ural")
    return w


def _changes(window: MainWindow) -> list[AccountChange]:
    seen: list[AccountChange] = []
    window.workspace.accountChanged.connect(seen.append)
    return seen


def test_a_stance_change_on_the_map_names_the_person_its_parts_and_the_map(
        window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.map)
    seen = _changes(window)
    window.map.scene.select_people(["gd"])
    panel = window.map.panel
    panel.stance.setCurrentIndex(panel.stance.findData(Stance.CHAMPION.value))
    (change,) = seen[-1:]
    assert change.origin == "map" and change.key == "demo-ural"
    assert change.sections == {"stakeholders", "stakeholder_history"}
    window.undo_stack.undo()
    undo = seen[-1]
    assert undo.origin == "" and undo.sections == change.sections  # not the map's own edit


def test_a_plan_edit_leaves_the_hidden_map_alone(window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.map)  # the map is loaded once
    loads: list[object] = []
    original = window.map.load
    window.map.load = lambda doc: (loads.append(doc), original(doc))[1]  # type: ignore[method-assign]
    window.tabs.setCurrentWidget(window.plan)
    seen = _changes(window)
    before = window.workspace.snapshot("demo-ural")
    after = plan_edits.update_item(before, "actions", 0, {"title": "Визит на склад"})
    window._on_document_edited((before, after), "Rename action", "plan")
    assert seen[-1].sections == {"actions"} and seen[-1].origin == "plan"
    window.tabs.setCurrentWidget(window.map)
    assert loads == []  # actions are not on the map: nothing to redraw
    assert page(window, "actions").model.item(0).title == "Визит на склад"


def test_the_current_plan_entry_stays_current_when_entries_before_it_go(
        window: MainWindow, qtbot: QtBot) -> None:
    window.tabs.setCurrentWidget(window.plan)
    actions = page(window, "actions")
    doc = window.workspace.snapshot("demo-ural")
    assert len(doc.actions) >= 3
    chosen = doc.actions[2].id
    actions.table.setCurrentIndex(actions.view_index(2, 0))
    # an edit made elsewhere (here: straight through the workspace) removes the first
    after = plan_edits.remove_items(doc, "actions", [0])
    push(window.undo_stack, EditDocumentCommand(window.workspace, doc, after, "Remove"))
    current = actions.proxy.mapToSource(actions.table.currentIndex()).row()
    assert actions.model.item(current).id == chosen  # the same entry, one row up
