"""Issue 13, "show the window first, load behind it": the window's first screen is built
and painted without pydantic, SQLAlchemy or numpy, and filled once the database is open."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.bootstrap import Services
from app.services.demo import demo_documents
from app.services.portfolio import PortfolioService
from app.views.portfolio.view import PortfolioView

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
#: what the first screen is shown without (loaded behind it, or on first use)
NOT_FOR_THE_FIRST_SCREEN = ("pydantic", "sqlalchemy", "numpy", "app.models.account",
                            "app.services", "app.storage.store")


def modules_after(script: str) -> set[str]:
    """Run ``script`` offscreen in a fresh interpreter: the modules it loaded."""
    report = "\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))\n"
    result = subprocess.run([sys.executable, "-c", script + report], capture_output=True,
                            text=True, cwd=ROOT, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    return set(json.loads(result.stdout.splitlines()[-1]))


def test_the_overview_is_built_and_painted_without_the_scoring_code() -> None:
    loaded = modules_after(
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from app.views.portfolio.view import PortfolioView\n"
        "view = PortfolioView(opening='Opening the database…')\n"
        "view.resize(1000, 700)\n"
        "view.show()\n"
        "assert not view.grab().isNull()\n")
    assert loaded.isdisjoint(NOT_FOR_THE_FIRST_SCREEN), \
        sorted(loaded & set(NOT_FOR_THE_FIRST_SCREEN))


def test_the_overview_says_the_database_is_being_opened_until_scoring_starts(
        qtbot: QtBot, services: Services) -> None:
    services.accounts.import_documents(demo_documents())
    view = PortfolioView(opening="Opening the database…")
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    assert view.is_scoring()  # scores are on their way
    assert view.progress.isVisible() and view.totals.text() == ""
    lists = (view.at_risk_table, view.gaps_table, view.agenda_table)
    assert [table.empty_text for table in lists] == ["", "", ""]  # no claim made yet
    assert not view.grab().isNull()
    with qtbot.waitSignal(view.worker.finished, timeout=20_000):
        view.start(PortfolioService(services.db), dt.date.today(), services.settings.scoring())
    assert not view.is_scoring()
    assert view.at_risk_table.empty_text.startswith("No churn warnings")
    assert "Nothing due" in view.agenda_table.empty_text
    assert view.totals.text().startswith("3 accounts")
    view.stop()


def test_an_overview_closed_before_the_database_opened_stops_waiting(qtbot: QtBot) -> None:
    view = PortfolioView(opening="Opening the database…")
    qtbot.addWidget(view)
    view.stop()
    assert not view.is_scoring() and not view.progress.isVisible()
