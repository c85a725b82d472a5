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
