"""The demo workspace loaded in the app comes with its history, so the map through time,
the reviews' changes and the movers have something to show from the first start."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.bootstrap import Services
from app.views.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_the_demo_loads_with_its_history_as_one_undo_step(
        qtbot: QtBot, services: Services, settings: QSettings) -> None:
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    assert window.load_demo()
    versions = services.accounts.history("demo-ural")
    assert len(versions) >= 5
    assert (versions[-1].saved_at - versions[0].saved_at).days >= 150
    assert window.undo_stack.undoText() == "Load the demo workspace"
    window.select("demo-ural")
    window.tabs.setCurrentWidget(window.map)
    assert window.map.history_bar.isVisible()  # the map through time is on offer
    window.tabs.setCurrentWidget(window.plan)
    assert window.plan.timeline is not None
    window.undo_action.trigger()
    assert services.accounts.count() == 0
    window.redo_action.trigger()
    assert services.accounts.count() == 3
