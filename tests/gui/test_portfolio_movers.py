"""The portfolio's "Movers — last 90 days" with real widgets on a real database whose
demo accounts were saved on different days: which list an account is in, in which order,
why, a double-click that opens it, "Computing…" while it is worked out, an edit, Russian
and a dark palette."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from app.assessment.settings import ScoringSettings
from app.bootstrap import Services
from app.models.account import AccountFile
from app.services.demo import demo_documents
from app.services.portfolio import PortfolioService
from app.storage.store import AccountStore
from app.views import colors
from app.views.formatting import day_text
from app.views.main_window import MainWindow
from app.views.portfolio.model import KEY_ROLE
from app.views.portfolio.view import PortfolioView
from tests.gui.test_dark_mode import dark_palette

pytestmark = pytest.mark.gui
TODAY = dt.date.today()  # the window compares with 90 days before today


def save_on(services: Services, doc: AccountFile, days_ago: int, *, new: bool = False) -> None:
    """Save ``doc`` as if ``days_ago`` days before today, at noon."""
    store = AccountStore()
    when = dt.datetime.combine(TODAY - dt.timedelta(days=days_ago), dt.time(12))
    with services.db.transaction() as session:
        conn = session.connection()
        if new:
            store.insert(conn, doc, now=when)
        else:
            store.save(conn, doc, None, now=when)


def edited(doc: AccountFile, **stances: str) -> AccountFile:
    """``doc`` with some people's stance changed, by name."""
    data = doc.model_dump(mode="json")
    for person in data["stakeholders"]:
        if person["name"] in stances:
            person["stance"] = stances[person["name"]]
    return AccountFile.model_validate(data, strict=False)


def person(doc: AccountFile, stance: str, role: str | None = None) -> str:
    """The name of the most influential person with ``stance`` (and ``role``)."""
    return max((p for p in doc.stakeholders if p.stance == stance
                and (role is None or p.role == role)),
               key=lambda p: (p.influence or 0, p.id)).name


@pytest.fixture
def history(services: Services) -> dict[str, str]:
    """The demo accounts created 150 days ago; since then, in Huadong a skeptic became a
    champion (10 days ago), in Northwind a neutral became a supporter (30 days ago), and
    in Ural a supporter became a blocker (20 days ago). The names of those people."""
    docs = {d.account.id: d for d in demo_documents()}
    for doc in docs.values():
        save_on(services, doc, 150, new=True)
    huadong, ural, northwind = docs["demo-huadong"], docs["demo-ural"], docs["demo-northwind"]
    names = {"demo-huadong": person(huadong, "skeptic"), "demo-ural": person(ural, "supporter"),
             "demo-northwind": person(northwind, "neutral")}
    save_on(services, edited(huadong, **{names["demo-huadong"]: "champion"}), 10)
    save_on(services, edited(ural, **{names["demo-ural"]: "blocker"}), 20)
    save_on(services, edited(northwind, **{names["demo-northwind"]: "supporter"}), 30)
    return names


@pytest.fixture
def window(qtbot: QtBot, services: Services, history: dict[str, str],
           settings: QSettings) -> Iterator[MainWindow]:
    w = MainWindow(services, settings)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    w.show_portfolio()
    yield w
    w.portfolio.stop()


def computed(qtbot: QtBot, view: PortfolioView) -> None:
    qtbot.waitUntil(lambda: not view.is_scoring() and not view.is_finding_movers(),
                    timeout=20_000)


def rows(table: QTableView) -> list[tuple[str, str, str, str]]:
    """(key, account, score, reason) of each row, as shown."""
    model = table.model()
    return [(model.index(r, 0).data(KEY_ROLE), *(model.index(r, c).data() for c in range(3)))
            for r in range(model.rowCount())]


def test_each_account_in_its_list_ordered_with_its_reason(
        qtbot: QtBot, window: MainWindow, history: dict[str, str]) -> None:
    view = window.portfolio
    computed(qtbot, view)
    improved, worsened = rows(view.improved_table), rows(view.worsened_table)
    assert [r[0] for r in improved] == ["demo-huadong", "demo-northwind"]  # most first
    assert [r[0] for r in worsened] == ["demo-ural"]
    assert all(r[2].startswith("▲ ") for r in improved)
    assert worsened[0][2].startswith("▼ ")
    scores = [int(r[2].split()[1]) for r in improved]
    assert scores[0] > scores[1] > 0
    huadong = history["demo-huadong"]
    assert improved[0][3] == f"{huadong}: stance Skeptic → Champion"
    assert worsened[0][3] == f"{history['demo-ural']}: stance Supporter → Blocker"
    tip = view.improved.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "Compared with the version in force then, of " in tip
    assert day_text(TODAY - dt.timedelta(days=150)) in tip
    assert view.movers_box.title() == "Movers — last 90 days"
    assert view.improved_table.model().headerData(0, Qt.Orientation.Horizontal) == (
        "Improved most")


def test_a_double_click_on_a_mover_opens_the_account(qtbot: QtBot,
                                                     window: MainWindow) -> None:
    view = window.portfolio
    computed(qtbot, view)
    table = view.worsened_table
    rect = table.visualRect(table.model().index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.current_key == "demo-ural")
    assert not view.isVisible()  # the account shows instead of the overview


class GatedMovers(PortfolioService):
    """Scores as usual; finds the movers only once the test opens the gate."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.gate = threading.Event()

    def iter_movers(self, *args: Any, **kwargs: Any) -> Iterator[list[Any]]:
        self.gate.wait(10)
        yield from super().iter_movers(*args, **kwargs)


def test_the_lists_say_computing_until_the_movers_are_in_and_follow_an_edit(
        qtbot: QtBot, services: Services, history: dict[str, str]) -> None:
    view = PortfolioView()
    qtbot.addWidget(view)
    view.resize(1200, 900)
    view.show()
    service = GatedMovers(services.db)
    try:
        with qtbot.waitSignal(view.worker.finished, timeout=20_000):
            view.start(service, TODAY, ScoringSettings())
        assert view.model.rowCount() == 3  # the scores are in, the movers not yet
        assert view.is_finding_movers()
        assert view.improved_table.empty_text == view.worsened_table.empty_text == (
            "Computing…")
        with qtbot.waitSignal(view.movers_worker.finished, timeout=20_000):
            service.gate.set()
        assert [r[0] for r in rows(view.worsened_table)] == ["demo-ural"]

        # Northwind's supporter turns blocker today: it moves to the other list
        doc = services.accounts.snapshot("demo-northwind")
        name = history["demo-northwind"]
        services.accounts.save(edited(doc, **{name: "blocker"}), None)
        with qtbot.waitSignal(view.movers_worker.finished, timeout=20_000):
            view.update_account(service.score("demo-northwind", TODAY, ScoringSettings()))
        assert [r[0] for r in rows(view.improved_table)] == ["demo-huadong"]
        assert {r[0] for r in rows(view.worsened_table)} == {"demo-ural", "demo-northwind"}
        view.remove_account("demo-ural")
        assert [r[0] for r in rows(view.worsened_table)] == ["demo-northwind"]
    finally:
        view.stop()


def test_nothing_moved_says_so(qtbot: QtBot, services: Services) -> None:
    services.accounts.import_documents(demo_documents())  # saved today: no history
    view = PortfolioView()
    qtbot.addWidget(view)
    view.show()
    try:
        view.start(PortfolioService(services.db), TODAY, ScoringSettings())
        computed(qtbot, view)
        assert view.improved.rowCount() == view.worsened.rowCount() == 0
        assert view.improved_table.empty_text == "No account improved in the last 90 days."
        assert view.worsened_table.empty_text == "No account worsened in the last 90 days."
    finally:
        view.stop()


def test_the_movers_speak_russian(qtbot: QtBot, qapp: QApplication, services: Services,
                                  history: dict[str, str], tmp_path: Path) -> None:
    from app.views import i18n as view_i18n

    view_i18n.install(qapp, "ru")  # before any widget is made
    try:
        w = MainWindow(services, QSettings(str(tmp_path / "ru.ini"),
                                           QSettings.Format.IniFormat))
        qtbot.addWidget(w)
        w.resize(1280, 800)
        w.show()
        w.show_portfolio()
        view = w.portfolio
        computed(qtbot, view)
        assert view.movers_box.title() == "Сдвиги в отношениях — за последние 90 дней"
        header = view.improved_table.model().headerData
        assert [header(c, Qt.Orientation.Horizontal) for c in range(3)] == [
            "Улучшились сильнее всего", "Баллы", "Главная причина"]
        assert view.worsened.headerData(0, Qt.Orientation.Horizontal) == (
            "Ухудшились сильнее всего")
        reason = view.improved.index(0, 2).data()
        assert reason == f"{history['demo-huadong']}: отношение к нам Скептик → Чемпион"
        tip = view.improved.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
        assert "Сравнение с версией" in tip and "Compared" not in tip
        view.stop()
    finally:
        view_i18n.install(qapp, "en")


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[QPalette]:
    before, style = QPalette(qapp.palette()), qapp.style().name()
    qapp.setStyle("Fusion")
    qapp.setPalette(dark_palette())
    try:
        yield qapp.palette()
    finally:
        qapp.setStyle(style)
        qapp.setPalette(before)


def test_the_arrows_read_in_a_dark_palette(qtbot: QtBot, dark: QPalette,
                                           services: Services,
                                           history: dict[str, str]) -> None:
    view = PortfolioView()
    qtbot.addWidget(view)
    view.show()
    try:
        view.start(PortfolioService(services.db), TODAY, ScoringSettings())
        computed(qtbot, view)
        for model in (view.improved, view.worsened):
            assert model.rowCount() > 0
            brush = model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole)
            for ground in (dark.color(QPalette.ColorRole.Base),
                           dark.color(QPalette.ColorRole.AlternateBase)):
                assert colors.contrast(brush.color(), ground) >= 4.5
    finally:
        view.stop()
