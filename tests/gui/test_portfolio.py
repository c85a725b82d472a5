"""The portfolio overview with real widgets: background scoring, the tier grid, the lists.

Scoring runs in a real QThread against a real database (the demo accounts);
runs that must be caught mid-way use a service whose batches wait for the test.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QLocale, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QTableView, QToolTip
from pytestqt.qtbot import QtBot

from app.assessment.agenda import agenda
from app.assessment.settings import ScoringSettings
from app.bootstrap import Services
from app.models.enums import ActionStatus, RelationshipStage, Tier
from app.services.demo import demo_documents
from app.services.portfolio import AccountScore, PortfolioService
from app.views.assessment.health_panel import health_colour
from app.views.portfolio import view as view_module
from app.views.portfolio import worker
from app.views.portfolio.agenda import OVERDUE
from app.views.portfolio.grid import TierGrid, decades, dot_colour
from app.views.portfolio.model import (
    GAP_PRIORITY,
    KEY_ROLE,
    Col,
    PortfolioModel,
    ScoreProxy,
)
from app.views.portfolio.view import PortfolioView
from tests.gui.test_assessment import english_sources, shown_texts, still_english

pytestmark = pytest.mark.gui
TODAY = dt.date.today()  # the demo's dates are relative to today
SETTINGS = ScoringSettings()
DEMO_KEYS = {"demo-huadong", "demo-ural", "demo-northwind"}


def score(key: str, health: int | None = 50, *, current: float | None = 1e6,
          potential: float | None = 1e6, **changes: object) -> AccountScore:
    base = AccountScore(key=key, name=f"Account {key}", tier=Tier.KEY, computed_tier=Tier.KEY,
                        current=current, potential=potential, health=health,
                        health_before=health, at_risk=False, risk_reason="",
                        stage=RelationshipStage.BASIC, target=RelationshipStage.COOPERATIVE,
                        gap=1, contradicted=False)
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


@pytest.fixture
def demo(services: Services) -> PortfolioService:
    services.accounts.import_documents(demo_documents())
    return PortfolioService(services.db)


@pytest.fixture
def view(qtbot: QtBot, services: Services) -> Iterator[PortfolioView]:
    """Depends on ``services`` so that it is stopped before the database closes."""
    v = PortfolioView()
    qtbot.addWidget(v)
    v.resize(1200, 800)
    v.show()
    yield v
    v.stop()


def scored(qtbot: QtBot, view: PortfolioView, service: PortfolioService,
           settings: ScoringSettings = SETTINGS) -> None:
    with qtbot.waitSignal(view.worker.finished, timeout=20_000):
        view.start(service, TODAY, settings)


def keys_of(table: QTableView) -> list[str]:
    model = table.model()
    return [model.index(row, 0).data(KEY_ROLE) for row in range(model.rowCount())]


class GatedService:
    """Yields one account per batch, each only once the test opens the gate."""

    def __init__(self, scores: list[AccountScore]) -> None:
        self.scores = scores
        self.gate = threading.Event()
        self.waiting = threading.Event()
        self.damaged: list[object] = []  # accounts it could not read: none

    def count(self) -> int:
        return len(self.scores)

    def iter_scores(self, today: dt.date, settings: ScoringSettings,
                    batch: int = 250) -> Iterator[list[AccountScore]]:
        for s in self.scores:
            self.waiting.set()
            self.gate.wait(10)
            yield [s]


# -- scoring in the background --------------------------------------------------------------


def test_scoring_shows_every_account_as_the_service_scores_it(
    qtbot: QtBot, view: PortfolioView, demo: PortfolioService,
) -> None:
    progress: list[tuple[int, int]] = []
    view.worker.progress.connect(lambda done, total: progress.append((done, total)))
    scored(qtbot, view, demo)
    model = view.model
    assert {model.key_at(r) for r in range(model.rowCount())} == DEMO_KEYS
    for key in DEMO_KEYS:
        expected = demo.score(key, TODAY, SETTINGS)
        row = model.row_of(key)
        assert model.score_at(row) == expected
        assert model.index(row, Col.ACCOUNT).data() == expected.name
        assert model.index(row, Col.HEALTH).data() == str(expected.health)
    assert progress[-1] == (3, 3)
    assert view.totals.text().startswith("3 accounts · ")
    assert view.stack.currentWidget() is not view.empty
    assert view.grid.plotted == 3 and view.grid.not_plotted == 0
    assert not view.is_scoring() and view.worker.thread_count() == 0


def test_batches_reach_the_view_in_slices_while_progress_counts_up(
    qtbot: QtBot, view: PortfolioView,
) -> None:
    class Steps(GatedService):
        def iter_scores(self, today: dt.date, settings: ScoringSettings,
                        batch: int = 250) -> Iterator[list[AccountScore]]:
            for start in range(0, len(self.scores), batch):
                yield self.scores[start:start + batch]

    service = Steps([score(f"k{i}") for i in range(2 * worker.BATCH + 10)])
    slices: list[int] = []
    progress: list[tuple[int, int]] = []
    view.worker.batch.connect(lambda scores: slices.append(len(scores)))
    view.worker.progress.connect(lambda done, total: progress.append((done, total)))
    with qtbot.waitSignal(view.worker.finished):
        view.start(service, TODAY, SETTINGS)  # type: ignore[arg-type]
    total = len(service.scores)
    assert max(slices) <= worker.SLICE and sum(slices) == total
    assert progress == [(0, total), (worker.BATCH, total), (2 * worker.BATCH, total),
                        (total, total)]
    assert view.model.rowCount() == total


def test_while_scoring_the_first_rows_show_at_once_and_later_ones_every_flush(
    qtbot: QtBot, view: PortfolioView,
) -> None:
    slow = GatedService([score("gated")])  # a run that stays open while batches come
    view.start(slow, TODAY, SETTINGS)  # type: ignore[arg-type]
    inserts: list[int] = []
    view.model.rowsInserted.connect(lambda _parent, first, last: inserts.append(last - first + 1))
    view.worker.batch.emit([score("a"), score("b")])  # as the worker relays a slice
    assert keys_of(view.all_table) == ["a", "b"]  # the first slice shows at once
    view.worker.batch.emit([score("c")])
    view.worker.batch.emit([score("d"), score("a", 80)])
    assert view.model.rowCount() == 2  # held back: the lists repaint a few times a second
    view.update_account(score("b", 10))  # an edit while the later slices wait
    qtbot.waitUntil(lambda: view.model.rowCount() == 4, timeout=view_module.FLUSH_MS * 8)
    assert inserts == [2, 2]  # one insert per flush, not per slice
    assert keys_of(view.all_table) == ["a", "b", "c", "d"]
    assert view.model.score("a") == score("a", 80)
    assert view.model.score("b") == score("b", 10)
    view.worker.batch.emit([score("e")])  # held back again ...
    view.worker.batch.emit([score("b", 50), score("f")])  # ... older than the edit: dropped
    slow.gate.set()  # the run may end now (stop() waits for its thread)
    view.stop()  # ... and shown when the run stops
    assert keys_of(view.all_table) == ["a", "b", "c", "d", "e", "f"]
    assert view.model.score("b") == score("b", 10)


def test_progress_reads_in_thousands(view: PortfolioView) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        view.worker.progress.emit(2500, 10000)
    finally:
        QLocale.setDefault(before)
    assert view.status.text() == "Scoring 2,500 of 10,000 accounts…"


def test_the_at_risk_list_shows_only_at_risk_accounts_lowest_health_first(
    qtbot: QtBot, view: PortfolioView, demo: PortfolioService,
) -> None:
    healths = [demo.score(k, TODAY, SETTINGS).health for k in DEMO_KEYS]
    assert all(h is not None for h in healths)
    # a churn threshold at the best health puts the other accounts at risk
    settings = SETTINGS.model_copy(update={"churn_threshold": max(h or 0 for h in healths)})
    expected = [demo.score(k, TODAY, settings) for k in DEMO_KEYS]
    at_risk = sorted((s for s in expected if s.at_risk), key=lambda s: s.health or 0)
    assert 0 < len(at_risk) < 3
    scored(qtbot, view, demo, settings)
    assert keys_of(view.at_risk_table) == [s.key for s in at_risk]
    first = view.at_risk_proxy.index(0, Col.ACCOUNT)
    assert at_risk[0].risk_reason in first.data(Qt.ItemDataRole.ToolTipRole)
    row = view.model.row_of(at_risk[0].key)
    assert view.model.index(row, Col.AT_RISK).data(Qt.ItemDataRole.ToolTipRole) == \
        at_risk[0].risk_reason
    assert f"{len(at_risk)} at risk" in view.totals.text()


def test_an_empty_database_shows_a_helpful_message(
    qtbot: QtBot, view: PortfolioView, services: Services,
) -> None:
    scored(qtbot, view, PortfolioService(services.db))
    assert view.stack.currentWidget() is view.empty
    assert view.empty.isVisible() and "No accounts yet" in view.empty.text()
    assert "New account" in view.empty.text()


def test_a_failure_is_reported_in_the_view_not_in_a_dialog(
    qtbot: QtBot, view: PortfolioView,
) -> None:
    class Broken(GatedService):
        def iter_scores(self, today: dt.date, settings: ScoringSettings,
                        batch: int = 250) -> Iterator[list[AccountScore]]:
            raise OSError("disk on fire")
            yield []

    with qtbot.waitSignal(view.worker.failed) as failed:
        view.start(Broken([]), TODAY, SETTINGS)  # type: ignore[arg-type]
    assert failed.args == ["disk on fire"]
    assert "disk on fire" in view.status.text() and not view.is_scoring()


# -- cancelling, restarting, tearing down --------------------------------------------------------


def test_cancelling_drops_the_rest_of_the_run_and_ends_the_thread(
    qtbot: QtBot, view: PortfolioView,
) -> None:
    slow = GatedService([score("a"), score("b")])
    view.start(slow, TODAY, SETTINGS)  # type: ignore[arg-type]
    assert slow.waiting.wait(10)
    view.worker.cancel()
    slow.gate.set()
    view.stop()
    QApplication.processEvents()  # deliver what the run queued before it ended: dropped
    assert view.model.rowCount() == 0
    assert view.worker.thread_count() == 0 and not view.is_scoring()


def test_restarting_replaces_the_old_run(
    qtbot: QtBot, view: PortfolioView, demo: PortfolioService,
) -> None:
    slow = GatedService([score("old-1"), score("old-2")])
    view.start(slow, TODAY, SETTINGS)  # type: ignore[arg-type]
    assert slow.waiting.wait(10)
    scored(qtbot, view, demo)  # restarts while the slow run waits
    slow.gate.set()  # the old run now produces a batch: it must not show
    qtbot.waitUntil(lambda: view.worker.thread_count() == 0)
    QApplication.processEvents()  # deliver what the old run queued before it ended
    assert {view.model.key_at(r) for r in range(view.model.rowCount())} == DEMO_KEYS


def test_while_runs_are_alive_older_objects_are_frozen(
    qtbot: QtBot, view: PortfolioView,
) -> None:
    assert gc.get_freeze_count() == 0
    slow = GatedService([score("a"), score("b")])
    view.start(slow, TODAY, SETTINGS)  # type: ignore[arg-type]
    assert slow.waiting.wait(10)
    assert gc.get_freeze_count() > 0  # full collections skip them while scoring runs
    view.start(slow, TODAY, SETTINGS)  # type: ignore[arg-type]  # two runs alive, one freeze
    with qtbot.waitSignal(view.worker.finished):
        slow.gate.set()
    qtbot.waitUntil(lambda: not view.worker._threads.runs)  # private: the runs alive
    assert gc.get_freeze_count() == 0


def test_destroying_the_view_joins_its_threads(qtbot: QtBot) -> None:
    view = PortfolioView()
    slow = GatedService([score(str(i)) for i in range(50)])
    view.start(slow, TODAY, SETTINGS)  # type: ignore[arg-type]
    assert slow.waiting.wait(10)
    runs = list(view.worker._threads.runs)  # private: what the view's death must end
    assert runs and runs[0].isRunning()
    slow.gate.set()
    shiboken6.delete(view)  # as when the window closes: no "QThread destroyed while running"
    assert not any(run.isRunning() for run in runs)


def test_edits_during_a_run_are_not_overwritten_by_its_older_scores(
    qtbot: QtBot, view: PortfolioView,
) -> None:
    slow = GatedService([score("a", 50), score("b", 50)])
    view.start(slow, TODAY, SETTINGS)  # type: ignore[arg-type]
    assert slow.waiting.wait(10)
    view.update_account(score("a", 90))
    view.remove_account("b")
    with qtbot.waitSignal(view.worker.finished):
        slow.gate.set()
    assert [s.health for s in view.model.scores()] == [90]


# -- the lists ---------------------------------------------------------------------------------


def test_double_click_and_enter_on_a_row_open_the_account(
    qtbot: QtBot, view: PortfolioView, demo: PortfolioService,
) -> None:
    scored(qtbot, view, demo)
    table = view.all_table
    row = keys_of(table).index("demo-ural")
    rect = table.visualRect(table.model().index(row, Col.ACCOUNT))
    with qtbot.waitSignal(view.accountActivated) as opened:
        # QTest's double click lacks the first click a real one has: send both
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == ["demo-ural"]
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, Col.ACCOUNT))
    with qtbot.waitSignal(view.accountActivated) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [keys_of(table)[0]]


def test_update_and_remove_change_rows_lists_and_grid(
    qtbot: QtBot, view: PortfolioView, demo: PortfolioService,
) -> None:
    scored(qtbot, view, demo)
    before = view.model.score("demo-northwind")
    assert before is not None and not before.at_risk
    view.update_account(dataclasses.replace(before, health=12, at_risk=True,
                                            risk_reason="Health 12/100 is low."))
    assert view.model.rowCount() == 3
    assert keys_of(view.at_risk_table) == ["demo-northwind"]
    assert view.model.index(view.model.row_of("demo-northwind"), Col.HEALTH).data() == "12"
    view.remove_account("demo-northwind")
    assert view.model.rowCount() == 2 and keys_of(view.at_risk_table) == []
    assert "demo-northwind" not in keys_of(view.all_table)
    assert view.grid.plotted == 2 and view.grid.position_of("demo-northwind") is None
    assert view.totals.text().startswith("2 accounts · 0 at risk")
    view.remove_account("demo-ural")
    view.remove_account("demo-huadong")
    assert view.stack.currentWidget() is view.empty


def test_the_gap_list_puts_contradicted_stages_first_then_the_largest_gaps(
    qtbot: QtBot, view: PortfolioView,
) -> None:
    view.model.add_batch([score("small", gap=1), score("none", gap=0),
                          score("big", gap=5), score("contra", gap=0, contradicted=True),
                          score("mid", gap=3)])
    assert keys_of(view.gaps_table) == ["contra", "big", "mid", "small"]


def test_all_accounts_sort_numbers_as_numbers_and_unset_last(
    qtbot: QtBot, view: PortfolioView,
) -> None:
    view.model.add_batch([score("h9", 9), score("none", None), score("h100", 100),
                          score("h10", 10)])
    table = view.all_table
    table.sortByColumn(Col.HEALTH, Qt.SortOrder.AscendingOrder)
    assert keys_of(table) == ["h9", "h10", "h100", "none"]
    table.sortByColumn(Col.HEALTH, Qt.SortOrder.DescendingOrder)
    assert keys_of(table) == ["h100", "h10", "h9", "none"]


def test_a_click_on_a_header_sorts_and_keeps_the_selected_account_selected(
    qtbot: QtBot, view: PortfolioView,
) -> None:
    view.model.add_batch([score("b", 30), score("a", 90), score("c", 60)])
    table = view.all_table
    assert keys_of(table) == ["a", "b", "c"]  # by name at first
    table.selectRow(keys_of(table).index("c"))
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(Col.HEALTH) + header.sectionSize(Col.HEALTH) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))
    assert header.sortIndicatorSection() == Col.HEALTH
    assert keys_of(table) == ["b", "c", "a"]
    selected = table.selectionModel().selectedRows()
    assert [i.data(KEY_ROLE) for i in selected] == ["c"]
    assert table.currentIndex().data(KEY_ROLE) == "c"
    view.model.upsert(score("c", 99))  # an edit moves it: the selection goes along
    assert keys_of(table) == ["b", "a", "c"]
    assert [i.data(KEY_ROLE) for i in table.selectionModel().selectedRows()] == ["c"]
    assert table.model().index(2, Col.HEALTH).data() == "99"


def test_the_lists_follow_batches_edits_and_removals_in_order(qtbot: QtBot) -> None:
    model = PortfolioModel()
    proxy = ScoreProxy(accept=lambda s: s.at_risk)
    proxy.setSourceModel(model)
    proxy.sort(Col.HEALTH, Qt.SortOrder.AscendingOrder)
    model.add_batch([score("r40", 40, at_risk=True), score("ok", 90),
                     score("r20", 20, at_risk=True)])
    assert proxy.keys() == ["r20", "r40"]
    model.add_batch([score("r30", 30, at_risk=True), score("r10", 10, at_risk=True),
                     score("ok2", 95)])  # merged into place
    assert proxy.keys() == ["r10", "r20", "r30", "r40"]
    model.upsert(score("r10", 35, at_risk=True))  # moves
    model.upsert(score("ok", 5, at_risk=True))  # joins
    model.upsert(score("r30", 30))  # leaves the list: no longer at risk
    assert proxy.keys() == ["ok", "r20", "r10", "r40"]
    assert proxy.index(2, Col.HEALTH).data() == "35"
    model.remove("r20")
    model.remove("ok2")  # not in this list: nothing moves
    assert proxy.keys() == ["ok", "r10", "r40"] and proxy.rowCount() == 3
    assert proxy.row_of("r40") == 2 and proxy.row_of("r20") == -1
    model.clear()
    assert proxy.rowCount() == 0


def test_unset_values_sort_last_both_ways_and_names_set_accents_aside(qtbot: QtBot) -> None:
    model = PortfolioModel()
    model.add_batch([score("x", None, tier=None, name="Zeta"),
                     score("s", 50, tier=Tier.STRATEGIC, name="émile"),
                     score("m", 60, tier=Tier.MAINTAIN, name="Emma"),
                     score("e", 70, tier=Tier.KEY, name="Emil")])
    proxy = ScoreProxy()
    proxy.setSourceModel(model)
    proxy.sort(Col.TIER, Qt.SortOrder.AscendingOrder)
    assert proxy.keys() == ["s", "e", "m", "x"]
    proxy.sort(Col.TIER, Qt.SortOrder.DescendingOrder)
    assert proxy.keys() == ["m", "e", "s", "x"]
    proxy.sort(Col.ACCOUNT, Qt.SortOrder.AscendingOrder)
    assert proxy.keys() == ["e", "s", "m", "x"]  # Emil, émile, Emma, Zeta
    proxy.sort(Col.ACCOUNT, Qt.SortOrder.DescendingOrder)
    assert proxy.keys() == ["x", "m", "s", "e"]
    proxy.sort(Col.HEALTH, Qt.SortOrder.DescendingOrder)
    assert proxy.keys() == ["e", "m", "s", "x"]
    proxy.sort(-1)  # unsorted: the order the rows came in
    assert proxy.keys() == ["x", "s", "m", "e"]
    proxy.sort(GAP_PRIORITY, Qt.SortOrder.DescendingOrder)  # all gap 1: by name
    assert proxy.keys() == ["e", "s", "m", "x"]


def test_sorting_ten_thousand_rows_asks_the_model_nothing_per_comparison(
    qtbot: QtBot,
) -> None:
    model = PortfolioModel()
    model.add_batch([score(f"k{i}", (i * 37) % 101 if i % 9 else None, name=f"N{i % 977}")
                     for i in range(10_000)])
    proxy = ScoreProxy()
    proxy.setSourceModel(model)
    calls = 0
    cell = model.cell

    def counted(*args: object) -> object:
        nonlocal calls
        calls += 1
        return cell(*args)  # type: ignore[arg-type]

    model.cell = counted  # type: ignore[method-assign]
    proxy.sort(Col.HEALTH, Qt.SortOrder.DescendingOrder)
    assert calls == 0
    healths = [model.score(k).health for k in proxy.keys()]  # type: ignore[union-attr]
    known = [h for h in healths if h is not None]
    assert known == sorted(known, reverse=True) and healths[len(known):] == \
        [None] * (len(healths) - len(known))


# -- the model on its own -------------------------------------------------------------------------


def test_add_batch_appends_new_accounts_in_one_insert_and_replaces_known_ones(
    qtbot: QtBot,
) -> None:
    model = PortfolioModel()
    inserts: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserts.append((first, last)))
    model.add_batch([score(str(i)) for i in range(250)])
    model.add_batch([score("7", 99), score("new"), score("new", 3), score("250")])
    assert inserts == [(0, 249), (250, 251)]
    assert model.rowCount() == 252
    assert model.score("7") == score("7", 99) and model.row_of("7") == 7
    assert model.score("new") == score("new", 3)  # the later of two in one batch
    model.remove("7")
    assert model.row_of("8") == 7 and model.key_at(7) == "8" and model.score("7") is None
    totals = model.totals()
    assert totals.accounts == 251 and totals.average_health == pytest.approx(
        (250 * 50 + 3) / 251)  # 249 + "250" at 50, "new" at 3
    model.clear()
    assert model.rowCount() == 0 and model.totals().average_health is None


def test_cells_show_change_tier_mismatch_and_risk(qtbot: QtBot) -> None:
    model = PortfolioModel()
    model.add_batch([score("a", 40, health_before=60, tier=Tier.KEY,
                           computed_tier=Tier.STRATEGIC, at_risk=True, risk_reason="Fell."),
                     score("b", 70, health_before=65, computed_tier=None)])
    a, b = 0, 1
    assert model.index(a, Col.CHANGE).data() == "▼ −20"
    assert model.index(b, Col.CHANGE).data() == "▲ +5"
    assert model.index(a, Col.COMPUTED).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(b, Col.COMPUTED).data() == "–"
    assert model.index(a, Col.AT_RISK).data() == "⚠ At risk"
    assert model.index(a, Col.AT_RISK).data(Qt.ItemDataRole.ToolTipRole) == "Fell."
    assert model.index(b, Col.AT_RISK).data(Qt.ItemDataRole.ToolTipRole) is None


# -- the tier grid ---------------------------------------------------------------------------------


def test_clicking_a_dot_opens_its_account(
    qtbot: QtBot, view: PortfolioView, demo: PortfolioService,
) -> None:
    scored(qtbot, view, demo)
    grid = view.grid
    for key in ("demo-ural", "demo-northwind"):
        s = demo.score(key, TODAY, SETTINGS)
        assert s.current is not None and s.potential is not None
        at = grid.to_screen(s.current, s.potential)
        assert at == grid.position_of(key)
        assert grid.key_at(at) == key
        assert s.name in grid.tooltip(s)
        with qtbot.waitSignal(view.accountActivated) as opened:
            qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=at.toPoint())
        assert opened.args == [key]


@pytest.mark.qt_log_ignore("does not support raise")  # the offscreen tooltip window
def test_hovering_a_dot_names_the_account_and_why_it_is_at_risk(qtbot: QtBot) -> None:
    model = PortfolioModel()
    grid = TierGrid(model)
    qtbot.addWidget(grid)
    grid.resize(500, 400)
    grid.show()
    model.add_batch([score("a", 12, name="Ольга <Co>", at_risk=True, risk_reason="Fell < 40"),
                     score("b", current=None, name="华东")])
    for at, wanted in ((grid.position_of("a"), "Ольга &lt;Co&gt;"),
                       (grid._missing_rect.center(), "华东")):  # private: where the note is
        assert at is not None
        point = at.toPoint()
        QApplication.sendEvent(grid, QHelpEvent(QEvent.Type.ToolTip, point,
                                                grid.mapToGlobal(point)))
        assert wanted in QToolTip.text()
    assert "Fell &lt; 40" in grid.tooltip(model.score_at(0))


def test_a_click_beside_the_dots_opens_nothing(
    qtbot: QtBot, view: PortfolioView, demo: PortfolioService,
) -> None:
    scored(qtbot, view, demo)
    with qtbot.assertNotEmitted(view.accountActivated):
        qtbot.mouseClick(view.grid, Qt.MouseButton.LeftButton, pos=QPoint(3, 3))


def test_the_grid_uses_log_scales_and_counts_what_it_cannot_plot(qtbot: QtBot) -> None:
    model = PortfolioModel()
    grid = TierGrid(model)
    qtbot.addWidget(grid)
    grid.resize(600, 450)
    model.add_batch([score("a", current=1e5, potential=1e6),
                     score("b", current=1e7, potential=1e8),
                     score("none", current=None), score("rate", potential=None)])
    x5, y6 = grid.to_screen(1e5, 1e6).x(), grid.to_screen(1e5, 1e6).y()
    x6, y7 = grid.to_screen(1e6, 1e7).x(), grid.to_screen(1e6, 1e7).y()
    x7 = grid.to_screen(1e7, 1e7).x()
    assert x6 - x5 == pytest.approx(x7 - x6)  # equal steps per decade
    assert y7 < y6  # more potential is higher up
    assert grid.plotted == 2 and grid.not_plotted == 2
    assert grid.missing_text() == "2 not plotted (no revenue/potential/rate)"
    assert not grid.grab().isNull()


def test_axis_range_covers_every_value_and_both_sides_of_the_threshold() -> None:
    import numpy as np

    assert decades(np.array([3e5, 4e6]), 1e6) == (5, 7)
    assert decades(np.array([2e6, 3e6]), 1e6) == (5, 7)  # the low cells stay visible
    assert decades(np.array([0.0]), 1e6) == (5, 7)  # zero has no logarithm: ignored
    assert decades(np.array([2e3, 5e4]), 0.0) == (3, 5)  # a threshold of 0: all "high"
    assert decades(np.array([]), 0.0) == (5, 7)


def test_ten_thousand_dots_are_found_under_the_mouse(qtbot: QtBot) -> None:
    model = PortfolioModel()
    grid = TierGrid(model)
    qtbot.addWidget(grid)
    grid.resize(900, 700)
    scores = [score(f"k{i}", i % 101, current=10 ** (3 + (i % 100) / 20),
                    potential=10 ** (3 + (i // 100) / 20), at_risk=i % 7 == 0)
              for i in range(10_000)]
    for start in range(0, len(scores), 250):
        model.add_batch(scores[start:start + 250])
    assert grid.plotted == 10_000
    for key in ("k0", "k4242", "k9999"):
        at = grid.position_of(key)
        assert at is not None and grid.key_at(at) == key
    assert grid.key_at(QPointF(-50, -50)) is None
    assert not grid.grab().isNull()


def test_the_grid_follows_edits_removals_and_settings(qtbot: QtBot) -> None:
    model = PortfolioModel()
    grid = TierGrid(model)
    qtbot.addWidget(grid)
    grid.resize(600, 450)
    grid.show()
    model.add_batch([score("a", 50, current=1e5, potential=1e6),
                     score("b", 90, current=1e7, potential=1e8),
                     score("c", 90, current=2e6, potential=3e6)])

    def colour_at(key: str) -> str:
        at = grid.position_of(key)
        assert at is not None
        return grid.grab().toImage().pixelColor(at.toPoint()).name()

    assert colour_at("a") == dot_colour(health_colour(50, SETTINGS), grid.palette()).name()
    model.upsert(score("a", 20, current=5e5, potential=5e7))  # moves and turns red
    assert grid.position_of("a") == grid.to_screen(5e5, 5e7)
    assert colour_at("a") == dot_colour(health_colour(20, SETTINGS), grid.palette()).name() != \
        health_colour(50, SETTINGS).name()
    model.remove("a")  # the rows after it move up in the model: the dots stay theirs
    assert grid.position_of("a") is None and grid.plotted == 2
    assert grid.key_at(grid.to_screen(2e6, 3e6)) == "c"
    strict = SETTINGS.model_copy(update={"churn_threshold": 95})
    model.set_settings(strict)
    grid.set_settings(strict)
    assert colour_at("c") == dot_colour(health_colour(90, strict), grid.palette()).name() != \
        health_colour(90, SETTINGS).name()
    model.upsert(score("c", 90, current=None))  # no longer plotted
    assert grid.plotted == 1 and grid.not_plotted == 1 and grid.position_of("c") is None


def test_at_risk_dots_are_painted_over_the_others(qtbot: QtBot) -> None:
    model = PortfolioModel()
    grid = TierGrid(model)
    qtbot.addWidget(grid)
    grid.resize(600, 450)
    grid.show()
    model.add_batch([score("risk", 20, at_risk=True), score("fine", 90),
                     score("unknown", None)])  # all on the same spot, the at-risk one first
    at = grid.position_of("risk")
    assert at is not None and at == grid.position_of("fine")
    pixel = grid.grab().toImage().pixelColor(at.toPoint()).name()
    assert pixel == dot_colour(health_colour(20, SETTINGS), grid.palette()).name()


def test_the_legend_follows_the_churn_threshold(qtbot: QtBot) -> None:
    from app.assessment.settings import ScoringSettings
    from app.views.portfolio.grid import TierGrid
    from app.views.portfolio.model import PortfolioModel

    grid = TierGrid(PortfolioModel())
    qtbot.addWidget(grid)
    grid.set_settings(ScoringSettings(churn_threshold=40))
    assert [text for _, text in grid._legend_items()][:3] == [
        "health 70+", "40–69", "below 40"]
    grid.set_settings(ScoringSettings(churn_threshold=80))  # no amber band any more
    assert [text for _, text in grid._legend_items()][:2] == ["health 80+", "below 80"]


# -- reviews and actions due -------------------------------------------------------------------


def _agenda_rows(view: PortfolioView) -> list[tuple[str, ...]]:
    model = view.agenda_table.model()
    QApplication.processEvents()  # the list is rebuilt once per burst of changes
    return [tuple(model.index(r, c).data() for c in range(model.columnCount()))
            for r in range(model.rowCount())]


def test_reviews_and_actions_due_across_accounts_are_listed_overdue_in_red(
    qtbot: QtBot, view: PortfolioView, demo: PortfolioService,
) -> None:
    scored(qtbot, view, demo)
    rows = _agenda_rows(view)
    expected = sorted(
        ((i.date.isoformat(), d.account.name, i) for d in demo_documents()
         for i in agenda(d, TODAY)), key=lambda t: (t[0], t[2].kind != "review", t[1]))
    assert [(r[0][:10], r[1]) for r in rows] == [(day, name) for day, name, _ in expected]
    assert [r[0].endswith((" · overdue", " · not marked held")) for r in rows] == [
        item.overdue for _, _, item in expected]
    late = sum(item.overdue for _, _, item in expected)
    assert view.agenda_box.title() == f"Reviews and actions due ({late} overdue)"
    assert rows and all(r[2].startswith(("Review: ", "Action: ")) for r in rows)
    model = view.agenda_table.model()
    for row, (_, _, item) in enumerate(expected):
        colour = model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole)
        assert (colour == OVERDUE) is item.overdue
    assert any(item.overdue for _, _, item in expected)  # the demo has overdue actions


def test_an_edit_that_closes_an_action_takes_it_off_the_list(
    qtbot: QtBot, view: PortfolioView, demo: PortfolioService, services: Services,
) -> None:
    scored(qtbot, view, demo)
    before = _agenda_rows(view)
    doc = services.accounts.snapshot("demo-ural")
    late = next(a for a in doc.actions if a.due is not None and a.due < TODAY)
    closed = doc.model_copy(update={"actions": [
        a.model_copy(update={"status": ActionStatus.DONE}) if a.id == late.id else a
        for a in doc.actions]})
    services.accounts.replace_account(closed)
    view.update_account(demo.score("demo-ural", TODAY, SETTINGS))
    after = _agenda_rows(view)
    assert len(after) == len(before) - 1
    assert not any(r[2] == f"Action: {late.title}" for r in after)


def test_double_clicking_a_due_item_names_its_account_section_and_entry(
    qtbot: QtBot, view: PortfolioView, demo: PortfolioService,
) -> None:
    scored(qtbot, view, demo)
    table = view.agenda_table
    QApplication.processEvents()
    rect = table.visualRect(table.model().index(0, 2))
    with qtbot.waitSignal(view.planItemActivated) as opened:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    first = view.agenda.row(0)
    assert opened.args == [first.key, "actions" if first.item.kind == "action" else "reviews",
                           first.item.id]


def test_nothing_due_says_so(qtbot: QtBot, view: PortfolioView) -> None:
    view.model.add_batch([score("a"), score("b")])
    assert _agenda_rows(view) == []
    assert "Nothing due" in view.agenda_table.empty_text


# -- in Chinese and Russian ----------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["ru", "zh_CN"])
def test_the_overview_speaks_chinese_and_russian(
    lang: str, qtbot: QtBot, qapp: QApplication, services: Services, tmp_path: Path,
) -> None:
    from PySide6.QtCore import QSettings

    from app.views import i18n as view_i18n
    from app.views.main_window import MainWindow

    view_i18n.install(qapp, lang)  # before any widget is made
    try:
        services.accounts.import_documents(demo_documents())
        w = MainWindow(services, QSettings(str(tmp_path / "s.ini"),
                                           QSettings.Format.IniFormat))
        qtbot.addWidget(w)
        w.resize(1280, 800)
        w.show()
        w.show_portfolio()
        qtbot.waitUntil(lambda: not w.portfolio.is_scoring(), timeout=20_000)
        QApplication.processEvents()
        view = w.portfolio
        grid = view.grid
        texts = shown_texts(view)
        texts |= {text for _, text in grid._legend_items()}
        texts |= {grid.tooltip(s) for s in view.model.scores()}
        view.worker.progress.emit(2500, 10000)  # "Scoring N of M"
        texts.add(view.status.text())
        texts.add(view.damaged_status([]))
        left = still_english(texts, english_sources("portfolio"))
        assert not left, f"English in the {lang} overview: {left}"
        assert {"ru": "Портфель клиентов", "zh_CN": "客户组合"}[lang] == view.title.text()
        assert "10" in view.status.text() and "Scoring" not in view.status.text()
        # at 1280 px neither the title nor "Scoring N of M" is cut off
        QApplication.processEvents()
        status, title = view.status, view.title
        assert status.fontMetrics().horizontalAdvance(status.text()) <= status.width()
        assert title.width() >= title.sizeHint().width()
        view.stop()
    finally:
        view_i18n.install(qapp, "en")


def test_names_of_accounts_on_one_spot_never_pile_up(qtbot: QtBot) -> None:
    """Accounts of the same value sit on one dot: their names go above and below it
    (none over another), and those with no free place are left to the tooltip."""
    model = PortfolioModel()
    grid = TierGrid(model)
    qtbot.addWidget(grid)
    grid.resize(600, 450)
    grid.show()
    model.add_batch([score(f"s{i}", 60, current=2e6, potential=3e6, name=f"Same spot {i}")
                     for i in range(8)])
    qtbot.waitUntil(lambda: grid.plotted == 8)
    grid.grab()  # painted
    rects = grid.name_rects
    assert 4 <= len(rects) <= 8  # most named, the rest on hover
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])
