"""A damaged account in the app: marked in the list, explained when opened, rescued."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.bootstrap import Services, bootstrap
from app.views.main_window import MainWindow
from tests.cli.test_damaged_rows import DAMAGE, damaged_db

pytestmark = pytest.mark.gui


@pytest.fixture
def damaged(db_path: Path) -> Iterator[Services]:
    damaged_db(db_path, DAMAGE["unknown_enum"][0])
    services = bootstrap(str(db_path))
    yield services
    services.close()


@pytest.fixture
def window(qtbot: QtBot, damaged: Services, tmp_path: Path) -> MainWindow:
    w = MainWindow(damaged, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    return w


def test_scoring_marks_the_damaged_account_in_the_list(qtbot: QtBot,
                                                        window: MainWindow) -> None:
    with qtbot.waitSignal(window.portfolio.damagedFound, timeout=20_000):
        window.rescore_portfolio()
    model = window.model
    row = model.row_of("demo-ural")
    name = model.index(row, 0)
    assert name.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "Damaged: stakeholders[0].stance" in name.data(Qt.ItemDataRole.ToolTipRole)
    healthy = model.index(model.row_of("demo-huadong"), 0)
    assert healthy.data(Qt.ItemDataRole.DecorationRole) is None
    assert "demo-ural" in window.portfolio.status.text()
    assert "damaged" in window.portfolio.status.text()


def test_opening_it_explains_where_and_offers_the_rescue(window: MainWindow) -> None:
    window.select("demo-ural")
    page = window.damaged_page
    assert window.detail_stack.currentWidget() is page
    assert "ТрансЛогистик Урал" in page.title.text() and "damaged" in page.title.text()
    assert page.model.rowCount() == 1
    where, what = (page.model.index(0, c).data() for c in range(2))
    assert where == "stakeholders[0].stance" and '(got "wizard")' in what
    assert not window.export_action.isEnabled() and not window.pdf_action.isEnabled()
    assert window.delete_action.isEnabled()  # it can still go
    assert window.model.is_damaged("demo-ural")
    window.select("demo-huadong")  # the others open as ever
    assert window.detail_stack.currentIndex() == 1
    assert window.title.text() == window.model.summary("demo-huadong").name


def test_rescue_then_import_brings_the_account_back(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "ural-rescued.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(out), "Account files (*.json)"))
    shown: list[str] = []

    def press_import(box: QMessageBox) -> int:
        shown.append(box.text() + "\n" + box.informativeText() + "\n" + box.detailedText())
        for button in box.buttons():
            if button.text() == "Import and replace":
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", press_import)
    window.select("demo-ural")
    qtbot.mouseClick(window.damaged_page.rescue_button, Qt.MouseButton.LeftButton)

    assert out.exists() and (tmp_path / "ural-rescued.json.rescue.txt").exists()
    assert "ТрансЛогистик Урал" in shown[0]
    assert 'stakeholders[0].stance' in shown[0] and '"wizard"): left empty' in shown[0]
    assert window.detail_stack.currentIndex() == 1  # the account opens again
    assert window.current_key == "demo-ural"
    assert not window.model.is_damaged("demo-ural")
    assert window.export_action.isEnabled()
    assert len(window.workspace.snapshot("demo-ural").stakeholders) == 20
    backups = list((tmp_path / "backups").glob("*")) if (tmp_path / "backups").exists() else []
    assert backups, "the damaged state is kept in a backup before it is replaced"
