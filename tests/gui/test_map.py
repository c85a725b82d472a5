"""The stakeholder map tab with real widgets: cards, drags and undo, insights, export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, QSettings, Qt
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.bootstrap import Services
from app.services.demo import demo_documents
from app.views.main_window import MainWindow
from app.views.map import style
from app.views.map.export import export_map
from app.views.map.view import MapView

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot, services: Services, tmp_path: Path) -> MainWindow:
    services.accounts.import_documents(demo_documents())
    w = MainWindow(services, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    w.select("demo-huadong")
    w.tabs.setCurrentWidget(w.map)
    return w


def mouse(view: MapView, kind: QEvent.Type, scene_pos: QPointF,
          buttons: Qt.MouseButton) -> None:
    pos = QPointF(view.mapFromScene(scene_pos))
    event = QMouseEvent(kind, pos, view.viewport().mapToGlobal(pos), Qt.MouseButton.LeftButton,
                        buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), event)


def drag(view: MapView, start: QPointF, end: QPointF) -> None:
    held = Qt.MouseButton.LeftButton
    mouse(view, QEvent.Type.MouseButtonPress, start, held)
    for step in range(1, 6):
        mouse(view, QEvent.Type.MouseMove, start + (end - start) * (step / 5), held)
    mouse(view, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


def test_every_stakeholder_is_a_card_with_reporting_and_influence_lines(
    window: MainWindow,
) -> None:
    doc = window.services.accounts.snapshot("demo-huadong")
    scene = window.map.scene
    assert set(scene.cards) == {s.id for s in doc.stakeholders}
    kinds = [e.kind for e in scene.edges]
    assert kinds.count("reports") == sum(1 for s in doc.stakeholders if s.reports_to)
    assert len(kinds) - kinds.count("reports") == len(doc.influences)
    ceo, assistant = scene.cards["ceo"], scene.cards["sec"]  # influence 5 vs 2
    assert ceo.card_rect().width() > assistant.card_rect().width()
    fills = {c.person.stance: style.STANCE_FILL[c.person.stance] for c in scene.cards.values()}
    assert len(set(f.name() for f in fills.values())) == len(fills)


def test_dragging_a_card_is_saved_and_is_one_undo_step(qtbot: QtBot, window: MainWindow) -> None:
    view, scene = window.map.view, window.map.scene
    card = scene.cards["cto"]
    before = card.pos()
    start = card.scene_card_rect().center()
    drag(view, start, start + QPointF(140, 90))
    moved = card.pos()
    assert moved != before
    saved = {s.id: s.position for s in window.services.accounts.snapshot("demo-huadong")
             .stakeholders}
    assert saved["cto"] is not None
    assert (saved["cto"].x, saved["cto"].y) == (moved.x(), moved.y())
    assert window.undo_stack.count() == 1 and window.undo_stack.undoText() == "Move card"
    window.undo_action.trigger()
    assert card.pos() == before
    saved = {s.id: s.position for s in window.services.accounts.snapshot("demo-huadong")
             .stakeholders}
    assert (saved["cto"].x, saved["cto"].y) == (before.x(), before.y())


def test_positions_survive_switching_accounts(window: MainWindow) -> None:
    scene = window.map.scene
    start = scene.cards["cto"].scene_card_rect().center()
    drag(window.map.view, start, start + QPointF(0, 200))
    where = scene.cards["cto"].pos()
    window.select("demo-ural")
    window.select("demo-huadong")
    assert window.map.scene.cards["cto"].pos() == where


def test_a_layout_is_one_undo_step(window: MainWindow) -> None:
    scene = window.map.scene
    before = scene.positions()
    window.map.force_action.trigger()
    after = scene.positions()
    assert after != before
    assert window.undo_stack.count() == 1 and window.undo_stack.undoText().startswith("Move ")
    window.undo_action.trigger()
    assert scene.positions() == before


def test_selecting_a_card_fades_everyone_outside_its_neighbourhood(window: MainWindow) -> None:
    scene = window.map.scene
    scene.cards["cfo"].setSelected(True)  # 李静: boss 王建国, report 刘洋
    assert scene.cards["ceo"].opacity() == 1.0 and scene.cards["cpo"].opacity() == 1.0
    assert scene.cards["rd"].opacity() < 0.5
    scene.clearSelection()
    assert all(c.opacity() == 1.0 for c in scene.cards.values())


def test_clicking_an_insight_selects_the_people_it_concerns(window: MainWindow) -> None:
    model = window.map.insights
    assert model.rowCount() > 0
    for row in range(model.rowCount()):
        ids = list(model.finding(row).stakeholders)
        if ids:
            window.map.insight_list.clicked.emit(model.index(row, 0))
            assert sorted(window.map.scene.selected_ids()) == sorted(ids)
            return
    pytest.fail("no insight names anybody in the demo account")


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_export_writes_a_real_picture_of_the_map(
    window: MainWindow, tmp_path: Path, suffix: str
) -> None:
    out = export_map(window.map.scene, tmp_path / f"map{suffix}")
    assert out.stat().st_size > 2000
    if suffix == ".png":
        image = QImage(str(out))
        rect = window.map.scene.content_rect()
        assert image.width() >= rect.width() * 1.5  # exported at 2x
        colours = {image.pixelColor(x, y).name()
                   for x in range(0, image.width(), 17) for y in range(0, image.height(), 17)}
        assert len(colours) > 10  # cards, lines and text, not a blank page
    else:
        text = out.read_text(encoding="utf-8")
        assert "<svg" in text and "</svg>" in text


def test_export_to_a_missing_folder_fails_cleanly(window: MainWindow, tmp_path: Path) -> None:
    from app.errors import RapportError

    with pytest.raises(RapportError, match="does not exist"):
        export_map(window.map.scene, tmp_path / "nope" / "map.png")
    assert not (tmp_path / "nope").exists()


def test_zoom_and_fit(window: MainWindow) -> None:
    view = window.map.view
    view.fit()
    fitted = view.zoom()
    view.zoom_by(2)
    assert view.zoom() == pytest.approx(min(fitted * 2, MapView.MAX_ZOOM))
    view.fit()
    assert view.zoom() == pytest.approx(fitted)


def test_add_a_person_edit_them_in_the_panel_and_undo(qtbot: QtBot, window: MainWindow) -> None:
    from tests.gui.test_main_window import press_return, type_text

    window.map.add_action.trigger()
    (sid,) = window.map.scene.selected_ids()
    panel = window.map.panel
    assert panel.isEnabled() and panel.name.text() == "New person"
    panel.name.selectAll()
    type_text(panel.name, "Ли Вэй 李伟")
    press_return(qtbot, panel.name)
    panel.stance.setCurrentIndex(panel.stance.findData("champion"))
    panel.reports_to.setCurrentIndex(panel.reports_to.findData("cto"))
    people = {s.id: s for s in window.services.accounts.snapshot("demo-huadong").stakeholders}
    assert (people[sid].name, people[sid].stance, people[sid].reports_to) == (
        "Ли Вэй 李伟", "champion", "cto")
    assert window.map.scene.cards[sid].person.name == "Ли Вэй 李伟"
    assert any(e.kind == "reports" and e.target.sid == sid for e in window.map.scene.edges)
    for _ in range(4):  # reports to, stance, name, add
        window.undo_action.trigger()
    assert sid not in {s.id for s in window.services.accounts.snapshot("demo-huadong")
                       .stakeholders}
    assert sid not in window.map.scene.cards


def test_delete_selected_people_with_their_lines_and_undo(window: MainWindow) -> None:
    before = window.services.accounts.snapshot("demo-huadong")
    scene = window.map.scene
    scene.select_people(["cfo"])  # 李静: has a boss, reports and influence lines
    window.map.delete_action.trigger()
    after = window.services.accounts.snapshot("demo-huadong")
    assert "cfo" not in {s.id for s in after.stakeholders}
    assert all("cfo" not in (i.source, i.target) for i in after.influences)
    assert {s.reports_to for s in after.stakeholders}.isdisjoint({"cfo"})
    assert "cfo" not in scene.cards
    window.undo_action.trigger()
    restored = window.services.accounts.snapshot("demo-huadong")
    assert [s.id for s in restored.stakeholders] == [s.id for s in before.stakeholders]
    assert restored.influences == before.influences


def test_draw_lines_by_dragging_from_card_to_card(window: MainWindow) -> None:
    view, scene = window.map.view, window.map.scene
    window.map.connect_actions["conflict"].trigger()
    where = scene.cards["qa"].pos()
    start = scene.cards["qa"].scene_card_rect().center()
    end = scene.cards["it"].scene_card_rect().center()
    drag(view, start, end)
    doc = window.services.accounts.snapshot("demo-huadong")
    assert any((i.source, i.target, i.kind) == ("qa", "it", "conflict") for i in doc.influences)
    assert window.map.scene.cards["qa"].pos() == where  # drawing a line moves no card
    window.map.connect_actions["reports"].trigger()
    drag(view, scene.cards["hr"].scene_card_rect().center(),
         scene.cards["coo"].scene_card_rect().center())
    people = {s.id: s for s in window.services.accounts.snapshot("demo-huadong").stakeholders}
    assert people["hr"].reports_to == "coo"


def test_a_line_that_would_make_a_reporting_cycle_is_refused(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(window, "_error", lambda what, err, detail="": shown.append(str(err)))
    before = window.services.accounts.snapshot("demo-huadong")
    window.map.connect_actions["reports"].trigger()
    scene = window.map.scene
    drag(window.map.view, scene.cards["ceo"].scene_card_rect().center(),
         scene.cards["cto"].scene_card_rect().center())  # the CEO reporting to the CTO
    assert "reporting cycle" in shown[0]
    assert window.services.accounts.snapshot("demo-huadong") == before


def test_filter_shows_only_people_of_a_stance(window: MainWindow) -> None:
    box = window.map.filter
    box.setCurrentIndex(box.findData("stance=blocker"))
    visible = [sid for sid, c in window.map.scene.cards.items() if c.isVisible()]
    assert visible == ["scm"]  # 郑浩, the only blocker
    assert all(not e.isVisible() for e in window.map.scene.edges if "scm" not in
               (e.source.sid, e.target.sid))
    box.setCurrentIndex(0)
    assert all(c.isVisible() for c in window.map.scene.cards.values())


def test_file_menu_exports_the_map_of_the_selected_account(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "huadong.svg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.tabs.setCurrentWidget(window.profile)
    window.export_map_action.trigger()
    assert window.tabs.currentWidget() is window.map
    assert "王建国" in target.read_text(encoding="utf-8")


def test_a_map_edit_never_undoes_a_profile_edit(qtbot: QtBot, window: MainWindow) -> None:
    window.profile.tier.setCurrentIndex(window.profile.tier.findData("growth"))
    window.map.scene.select_people(["cto"])
    window.map.panel.title.setText("CTO & VP Engineering")
    window.map.panel.title.editingFinished.emit()
    assert window.services.accounts.profile("demo-huadong").tier == "growth"
    people = {s.id: s for s in window.services.accounts.snapshot("demo-huadong").stakeholders}
    assert people["cto"].title == "CTO & VP Engineering"
    window.undo_action.trigger()  # the title
    assert window.services.accounts.profile("demo-huadong").tier == "growth"


def test_the_map_rebuilding_during_a_line_drag_is_harmless(window: MainWindow) -> None:
    view, scene = window.map.view, window.map.scene
    scene.select_people(["cto"])
    window.map.panel.title.setText("Changed")
    window.map.panel.title.editingFinished.emit()  # something to undo
    window.map.connect_actions["formal"].trigger()
    start = scene.cards["qa"].scene_card_rect().center()
    mouse(view, QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    window.undo_action.trigger()  # rebuilds the scene mid-drag
    mouse(view, QEvent.Type.MouseMove, start + QPointF(50, 50), Qt.MouseButton.LeftButton)
    mouse(view, QEvent.Type.MouseButtonRelease, start + QPointF(60, 60), Qt.MouseButton.NoButton)
    assert window.map.scene.cards  # still alive, nothing drawn


def test_typing_through_the_panel_keeps_the_focus(qtbot: QtBot, window: MainWindow) -> None:
    window.map.scene.select_people(["cto"])
    panel = window.map.panel
    panel.title.setFocus()
    panel.title.setText("Chief Technology Officer")
    qtbot.keyClick(panel.title, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is window.map.panel.title
    assert window.map.panel.isEnabled()


def test_delete_key_in_the_panel_does_not_delete_the_person(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.map.scene.select_people(["cto"])
    window.map.panel.stance.setFocus()
    qtbot.keyClick(window.map.panel.stance, Qt.Key.Key_Delete)
    assert "cto" in {s.id for s in window.services.accounts.snapshot("demo-huadong")
                     .stakeholders}
    window.map.view.setFocus()
    qtbot.keyClick(window.map.view, Qt.Key.Key_Delete)
    assert "cto" not in {s.id for s in window.services.accounts.snapshot("demo-huadong")
                         .stakeholders}


def test_undo_saves_half_typed_panel_text_first(window: MainWindow) -> None:
    window.map.scene.select_people(["cto"])
    panel = window.map.panel
    panel.stance.setCurrentIndex(panel.stance.findData("supporter"))  # saved at once
    window.map.panel.department.setText("Research Institute")  # not yet saved
    window.undo_action.trigger()  # saves the department first, then takes it back
    people = {s.id: s for s in window.services.accounts.snapshot("demo-huadong").stakeholders}
    assert people["cto"].department == "研发中心"
    assert people["cto"].stance == "supporter"
    window.redo_action.trigger()
    people = {s.id: s for s in window.services.accounts.snapshot("demo-huadong").stakeholders}
    assert people["cto"].department == "Research Institute"


def test_adding_twice_does_not_stack_new_people_on_each_other(window: MainWindow) -> None:
    window.map.add_action.trigger()
    window.map.add_action.trigger()
    new = [c for sid, c in window.map.scene.cards.items() if c.person.name == "New person"]
    assert len(new) == 2 and new[0].pos() != new[1].pos()


def test_undoing_a_move_of_another_account_shows_that_account(window: MainWindow) -> None:
    scene = window.map.scene
    before = scene.cards["cto"].pos()
    start = scene.cards["cto"].scene_card_rect().center()
    drag(window.map.view, start, start + QPointF(120, 0))
    window.select("demo-ural")
    window.undo_action.trigger()
    assert window.current_key == "demo-huadong"
    assert window.map.scene.cards["cto"].pos() == before


def test_select_a_line_and_change_its_strength_and_kind(window: MainWindow) -> None:
    scene = window.map.scene
    edge = next(e for e in scene.edges if e.kind != "reports")
    line = edge.line()
    edge.setSelected(True)
    panel = window.map.line_panel
    assert window.map.details.currentWidget() is panel
    panel.strength.setCurrentIndex(panel.strength.findData(3))
    doc = window.services.accounts.snapshot("demo-huadong")
    match = [i for i in doc.influences if (i.source, i.target, str(i.kind)) == line]
    assert match and match[0].strength == 3
    new_kind = "conflict" if line[2] != "conflict" else "formal"
    panel.kind.setCurrentIndex(panel.kind.findData(new_kind))
    doc = window.services.accounts.snapshot("demo-huadong")
    assert any((i.source, i.target, str(i.kind)) == (line[0], line[1], new_kind)
               for i in doc.influences)
    assert window.map.details.currentWidget() is panel  # still editing that line
    window.undo_action.trigger()
    window.undo_action.trigger()
    doc = window.services.accounts.snapshot("demo-huadong")
    assert [(i.source, i.target, str(i.kind), i.strength) for i in doc.influences
            if (i.source, i.target) == line[:2]][0][2] == line[2]


def test_the_panel_shows_how_the_relationship_moved(window: MainWindow) -> None:
    window.map.scene.select_people(["cto"])
    moved = window.map.panel.moved.text()
    # the demo's history of 陈晓明, newest first
    assert moved.splitlines()[1].startswith("Relationship: Trusted → Advocate")
    assert "Stance: Neutral → Supporter" in moved
    window.map.panel.relationship.setCurrentIndex(window.map.panel.relationship.findData(2))
    assert window.map.panel.moved.text().splitlines()[1].startswith(
        "Relationship: Advocate → Working")
