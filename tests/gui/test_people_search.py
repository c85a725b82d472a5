"""The account list's search box also finds people, in any script and case; a hit
opens the person's account on the map with them selected."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from app.bootstrap import Services
from app.views.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot, demo: Services, settings: QSettings) -> MainWindow:
    w = MainWindow(demo, settings)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    return w


def _found(w: MainWindow, text: str) -> list[str]:
    w.search.setText(text)
    w.people_search.search_now()  # what the pause after typing does
    model = w.people_search.model
    return [model.index(r, 0).data(Qt.ItemDataRole.DisplayRole) for r in range(model.rowCount())]


def test_people_are_found_by_name_title_or_department_in_any_case(window: MainWindow) -> None:
    hits = _found(window, "соколов")  # typed in lower case
    assert len(hits) == 1 and hits[0].startswith("Игорь Павлович Соколов")
    assert "ТрансЛогистик Урал" in hits[0]  # the account is named
    assert window.people_search.isVisible()
    assert _found(window, "王建国")  # Chinese
    chiefs = _found(window, "CHIEF")  # a title word, in another case
    assert chiefs and all("chief" in h.casefold() for h in chiefs)
    assert _found(window, "nobody-by-this-name") == []
    assert not window.people_search.isVisible()
    assert _found(window, "a") == []  # one letter: too many to be useful


def test_a_hit_opens_the_account_map_with_the_person_selected(window: MainWindow) -> None:
    _found(window, "Соколов")
    view = window.people_search.list
    view.activated.emit(window.people_search.model.index(0, 0))
    assert window.current_key == "demo-ural"
    assert window.tabs.currentWidget() is window.map
    assert window.map.scene.selected_ids() == ["zak"]


def test_a_person_added_on_the_map_is_found_at_once(window: MainWindow) -> None:
    from app.services import map_edits

    window.select("demo-ural")
    window.tabs.setCurrentWidget(window.map)
    before = window._shown
    assert before is not None
    after, _sid = map_edits.add_person(before, "Пётр Новиков", title="Аналитик")
    window.map.editRequested.emit((before, after), "Add person")
    hits = _found(window, "аналитик")
    assert hits and hits[0].startswith("Пётр Новиков — Аналитик")
