"""The Stages & gaps tab driven like a user would: stage changes with history and
undo, evidence ticks, white space, selection scores, tier, settings."""

from __future__ import annotations

import datetime as dt
import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.bootstrap import Services
from app.i18n import catalogs
from app.models.enums import Evidence, RelationshipStage, Tier, WhitespaceStatus
from app.services.demo import demo_documents
from app.views import i18n as view_i18n
from app.views.assessment.settings_dialog import ScoringSettingsDialog
from app.views.assessment.whitespace import CellDialog
from app.views.empty_table import EmptyTextTable
from app.views.main_window import MainWindow

pytestmark = pytest.mark.gui
TODAY = dt.date.today()


@pytest.fixture
def window(qtbot: QtBot, services: Services, tmp_path: Path) -> MainWindow:
    services.accounts.import_documents(demo_documents())
    w = MainWindow(services, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.resize(1300, 850)
    w.show()
    w.select("demo-ural")
    w.tabs.setCurrentWidget(w.assessment)
    return w


def stored(window: MainWindow) -> Any:
    return window.services.accounts.snapshot("demo-ural")


def choose(combo: Any, value: Any) -> None:
    """Pick an item as a user does (activated fires only on user choices)."""
    index = combo.findData(value)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def row_of(model: Any, column: int, text: str) -> int:
    for row in range(model.rowCount()):
        if text in str(model.index(row, column).data()):
            return row
    raise AssertionError(f"{text!r} not in column {column}")


def test_changing_the_stage_records_history_and_undo_takes_it_back(window: MainWindow) -> None:
    stage = window.assessment.stage
    before = len(stored(window).stage_history)
    assert stage.ladder.current == RelationshipStage.BASIC

    choose(stage.current, RelationshipStage.COOPERATIVE)
    doc = stored(window)
    assert doc.account.relationship_stage == RelationshipStage.COOPERATIVE
    assert [(h.date, h.stage) for h in doc.stage_history[before:]] == [
        (TODAY, RelationshipStage.COOPERATIVE)]
    # the timeline shows the step up, from the stage before it
    history = stage.history
    last = history.rowCount() - 1
    assert [history.index(last, c).data() for c in range(3)] == [
        TODAY.isoformat(), "Basic", "Cooperative"]
    assert stage.ladder.current == RelationshipStage.COOPERATIVE
    assert "relationship: Cooperative" in window.subtitle.text()

    window.undo_action.trigger()
    doc = stored(window)
    assert doc.account.relationship_stage == RelationshipStage.BASIC
    assert len(doc.stage_history) == before
    assert stage.current.currentData() == RelationshipStage.BASIC
    assert stage.history.rowCount() == before

    window.redo_action.trigger()
    assert len(stored(window).stage_history) == before + 1


def test_the_profile_stage_field_records_history_too(window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.profile)
    combo = window.profile.relationship_stage
    combo.setCurrentIndex(combo.findData("interdependent"))
    assert stored(window).stage_history[-1].stage == RelationshipStage.INTERDEPENDENT
    window.tabs.setCurrentWidget(window.assessment)
    assert window.assessment.stage.ladder.current == RelationshipStage.INTERDEPENDENT


def test_ticking_evidence_is_saved_dated_and_undoable(window: MainWindow) -> None:
    evidence = window.assessment.stage.evidence
    row = row_of(evidence, 1, "Account reviews held")
    index = evidence.index(row, 1)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    # the criterion is part of the gap to the target (cooperative): tinted
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None

    evidence.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    ticks = {e.criterion: e.date for e in stored(window).stage_evidence}
    assert ticks[Evidence.REVIEWS_HELD] == TODAY
    row = row_of(evidence, 1, "Account reviews held")
    assert evidence.index(row, 1).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert "ticked" in evidence.index(row, 2).data()

    window.undo_action.trigger()
    assert Evidence.REVIEWS_HELD not in {e.criterion for e in stored(window).stage_evidence}


def test_computed_criteria_cannot_be_ticked(window: MainWindow) -> None:
    evidence = window.assessment.stage.evidence
    row = row_of(evidence, 1, "Several contacts beyond purchasing")
    index = evidence.index(row, 1)
    assert not evidence.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert not evidence.setData(index, Qt.CheckState.Unchecked.value,
                                Qt.ItemDataRole.CheckStateRole)


def test_a_stage_entry_note_is_corrected_in_place_and_removed(window: MainWindow) -> None:
    stage = window.assessment.stage
    history = stage.history
    row = row_of(history, 3, "Пилотный проект")
    history.setData(history.index(row, 3), "Пилот на складе в Челябинске")
    QApplication.processEvents()  # applied once the editor has closed
    notes = [h.note for h in stored(window).stage_history]
    assert "Пилот на складе в Челябинске" in notes and "Пилотный проект" not in notes

    count = history.rowCount()
    stage.history_view.setCurrentIndex(history.index(row, 0))
    stage.remove_entry.click()
    assert len(stored(window).stage_history) == count - 1
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert "Пилотный проект" in [h.note for h in stored(window).stage_history]


def test_a_bad_date_for_an_earlier_stage_change_is_refused(window: MainWindow) -> None:
    history = window.assessment.stage.history
    before = stored(window)
    assert not history.setData(history.index(0, 0), "yesterday")
    assert stored(window) == before


def test_relationship_history_follows_edits_on_the_map(window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.map)
    window.map.scene.select_people(["pom"])
    window.map.panel.stance.setCurrentIndex(window.map.panel.stance.findData("champion"))
    window.tabs.setCurrentWidget(window.assessment)
    people = window.assessment.stage.people
    first = [people.index(0, c).data() for c in range(5)]
    assert first == [TODAY.isoformat(), "Екатерина Игоревна Лебедева", "Stance", "Supporter",
                     "Champion"]
    # filter on one person: only their changes
    stage = window.assessment.stage
    stage.person.setCurrentIndex(stage.person.findData("td"))
    shown = stage.people_filter
    assert shown.rowCount() == 2
    assert {shown.index(r, 1).data() for r in range(2)} == {"Сергей Викторович Попов"}


def test_whitespace_cells_are_assessed_renamed_and_undone(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = window.assessment.whitespace
    model = panel.model
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Таможня", True))
    panel._ask_add("units")
    assert stored(window).whitespace.units[-1] == "Таможня"
    row = model.grid.units.index("Таможня")
    assert model.index(row, 0).data() == "?"

    def assess(dialog: CellDialog) -> QDialog.DialogCode:
        dialog.status.setCurrentIndex(dialog.status.findData(WhitespaceStatus.OPPORTUNITY))
        dialog.value.setText("125000")
        dialog.note.setText("Декларации онлайн")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CellDialog, "exec", assess)
    panel.edit_cell(model.index(row, 1))
    cell = next(c for c in stored(window).whitespace.cells if c.unit == "Таможня")
    assert (cell.offering, cell.status, cell.value, cell.note) == (
        "WMS", WhitespaceStatus.OPPORTUNITY, 125000.0, "Декларации онлайн")
    assert model.index(row, 1).data() == "◎ EUR\u00a0125,000"  # a table: the full figure
    total = model.index(row, len(model.grid.offerings)).data()
    assert "1 ◎ EUR\u00a0125,000" in total

    window.undo_action.trigger()  # the cell
    window.undo_action.trigger()  # the unit
    assert "Таможня" not in stored(window).whitespace.units


def test_a_bad_amount_keeps_the_cell_dialog_open(qtbot: QtBot) -> None:
    dialog = CellDialog("Завод", "WMS", None, "RUB")
    qtbot.addWidget(dialog)
    dialog.status.setCurrentIndex(dialog.status.findData(WhitespaceStatus.OPPORTUNITY))
    dialog.value.setText("много")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "not an amount" in dialog.error.text()


def test_selection_scores_and_the_computed_tier(window: MainWindow) -> None:
    health = window.assessment.health
    fit = health.fit_model
    fit.setData(fit.index(0, 1), 1)  # revenue: 4 -> 1
    QApplication.processEvents()
    assert window.undo_stack.undoText() == "Score revenue"
    assert stored(window).selection.revenue == 1
    assert "●○○○○" == fit.index(0, 1).data()
    # Ural is "key" by hand; EUR 1.8M current and 3.1M potential compute as strategic
    assert not health.use_tier.isHidden()
    health.use_tier.click()
    assert stored(window).account.tier == Tier.STRATEGIC
    assert health.use_tier.isHidden()
    window.undo_action.trigger()
    window.undo_action.trigger()
    doc = stored(window)
    assert (doc.account.tier, doc.selection.revenue) == (Tier.KEY, 4)


def test_health_components_add_up_to_the_score(window: MainWindow) -> None:
    health = window.assessment.health
    model = health.model
    points = 0.0
    for row in range(model.rowCount()):
        text = model.index(row, 3).data()
        if text != "—":
            points += float(text.split(" of ")[0])
    score = int(health.score.accessibleName().split()[1])
    assert abs(points - score) <= 0.6


def test_scoring_settings_change_the_health_and_are_stored(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def only_recency(dialog: ScoringSettingsDialog) -> QDialog.DialogCode:
        for key, spin in dialog.weights.items():
            spin.setValue(100 if key == "recency" else 0)
        dialog.accept()
        return QDialog.DialogCode(dialog.result())

    monkeypatch.setattr(ScoringSettingsDialog, "exec", only_recency)
    window.scoring_action.trigger()
    assert window.services.settings.scoring().weights.recency == 100
    recency = window.assessment.health.model.health.components[0]
    assert window.assessment.health.model.health.score == round(recency.score * 100)


def test_scoring_settings_refuse_bad_values_and_keep_the_dialog_open(qtbot: QtBot) -> None:
    from app.assessment.settings import ScoringSettings

    dialog = ScoringSettingsDialog(ScoringSettings())
    qtbot.addWidget(dialog)
    for spin in dialog.weights.values():
        spin.setValue(0)
    dialog.base.setText("euro")
    dialog.current.setText("1,5,0")
    dialog.accept()
    assert dialog.result_settings is None
    text = dialog.error.text()
    assert "current threshold" in text and "at least one weight" in text


def test_double_clicking_a_finding_about_people_shows_them_on_the_map(
    window: MainWindow
) -> None:
    findings = window.assessment.findings
    row = next(r for r in range(findings.rowCount()) if findings.finding(r).stakeholders)
    ids = list(findings.finding(row).stakeholders)
    window.assessment.findings_view.doubleClicked.emit(findings.index(row, 0))
    assert window.tabs.currentWidget() is window.map
    assert window.map.scene.selected_ids() == ids[:len(window.map.scene.selected_ids())]
    assert set(window.map.scene.selected_ids()) == set(ids)


def test_the_tab_is_empty_and_harmless_without_an_account(window: MainWindow) -> None:
    window.select(None)
    tab = window.assessment
    tab.refresh()  # hidden with no account; as it would be when shown
    assert tab.findings.rowCount() == 0 and tab.stage.history.rowCount() == 0
    tab.add_stage_entry()  # nothing to add to: no dialog, no error
    tab.remove_stage_entry()
    assert not tab._edit(lambda d: d, "nothing")


def test_the_analysis_waits_until_the_tab_is_shown(window: MainWindow) -> None:
    def mentions(account: str) -> bool:
        names = {p.name for p in window.services.accounts.snapshot(account).stakeholders}
        return any(n in f.message for f in window.assessment.findings._findings for n in names)

    assert mentions("demo-ural")
    window.tabs.setCurrentWidget(window.profile)
    window.select("demo-northwind")
    assert mentions("demo-ural") and not mentions("demo-northwind")  # not computed yet
    window.tabs.setCurrentWidget(window.assessment)
    assert mentions("demo-northwind") and not mentions("demo-ural")


@pytest.mark.parametrize("account", ["demo-huadong", "demo-ural", "demo-northwind"])
def test_undoing_a_stage_change_after_other_edits_keeps_every_other_entry(
    window: MainWindow, account: str
) -> None:
    """Whole-account edits rewrite the history rows: undo must still remove exactly the
    entry the stage change wrote (found by content, not by a stale row id)."""
    window.select(account)
    original = [(h.date, h.stage, h.note)
                for h in window.services.accounts.snapshot(account).stage_history]
    stage = window.assessment.stage
    choose(stage.current, RelationshipStage.INTEGRATED)
    history = stage.history
    last = history.rowCount() - 1
    history.setData(history.index(last, 3), "Joint plan signed")
    QApplication.processEvents()
    evidence = stage.evidence
    row = row_of(evidence, 1, "Joint teams")
    evidence.setData(evidence.index(row, 1), Qt.CheckState.Checked.value,
                     Qt.ItemDataRole.CheckStateRole)
    for _ in range(3):
        window.undo_action.trigger()
    doc = window.services.accounts.snapshot(account)
    assert [(h.date, h.stage, h.note) for h in doc.stage_history] == original
    window.redo_action.trigger()
    doc = window.services.accounts.snapshot(account)
    assert [(h.date, h.stage, h.note) for h in doc.stage_history] == [
        *original, (TODAY, RelationshipStage.INTEGRATED, None)]


def test_a_new_base_currency_converts_rates_and_thresholds(qtbot: QtBot) -> None:
    from app.assessment.settings import ScoringSettings

    dialog = ScoringSettingsDialog(ScoringSettings())  # EUR base, USD = 0.92 EUR
    qtbot.addWidget(dialog)
    dialog.base.setText("usd")
    dialog.base.editingFinished.emit()
    dialog.accept()
    settings = dialog.result_settings
    assert settings is not None and settings.base_currency == "USD"
    assert settings.rates["USD"] == 1.0
    assert settings.rates["EUR"] == pytest.approx(1 / 0.92)
    assert settings.rates["CNY"] == pytest.approx(0.127 / 0.92)
    # EUR 1M is USD 1,086,957 (rounded to whole units in the field)
    assert settings.current_threshold == pytest.approx(1_000_000 / 0.92, abs=1)


def test_a_base_currency_without_a_rate_is_refused(qtbot: QtBot) -> None:
    from app.assessment.settings import ScoringSettings

    dialog = ScoringSettingsDialog(ScoringSettings())
    qtbot.addWidget(dialog)
    dialog.base.setText("MXN")
    dialog.base.editingFinished.emit()
    assert dialog.base.text() == "EUR" and "Add the rate of MXN" in dialog.error.text()


def test_the_checklist_is_ticked_with_the_space_key_and_keeps_its_place(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.assessment.stage.evidence_view
    evidence = window.assessment.stage.evidence
    row = row_of(evidence, 1, "Account reviews held")
    view.setFocus()
    view.setCurrentIndex(evidence.index(row, 0))  # the Stage column, not the checkbox
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert Evidence.REVIEWS_HELD in {e.criterion for e in stored(window).stage_evidence}
    assert view.currentIndex().row() == row  # the next Down goes to the next criterion
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert Evidence.PREFERRED_SUPPLIER in {e.criterion for e in stored(window).stage_evidence}
    qtbot.keyClick(view, Qt.Key.Key_Space)  # and off again
    assert Evidence.PREFERRED_SUPPLIER not in {e.criterion
                                               for e in stored(window).stage_evidence}


def test_evidence_can_be_ticked_with_its_date_and_note(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.views.assessment.tab import EvidenceDialog

    def describe(dialog: EvidenceDialog) -> QDialog.DialogCode:
        dialog.date.setDate(dialog.date.date().addDays(-40))
        dialog.note.setText("Письмо о статусе предпочтительного поставщика")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EvidenceDialog, "exec", describe)
    evidence = window.assessment.stage.evidence
    row = row_of(evidence, 1, "Preferred supplier")
    window.assessment.describe_evidence(evidence.index(row, 2))
    tick = next(e for e in stored(window).stage_evidence
                if e.criterion == Evidence.PREFERRED_SUPPLIER)
    assert (tick.date, tick.note) == (TODAY - dt.timedelta(days=40),
                                      "Письмо о статусе предпочтительного поставщика")
    row = row_of(evidence, 1, "Preferred supplier")
    assert "Письмо о статусе" in evidence.index(row, 2).data()


# -- the tab in Chinese and Russian ---------------------------------------------------------


@pytest.fixture(params=["ru", "zh_CN"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The windows speak the language (installed before any widget is made); English
    again afterwards, whatever happened."""
    view_i18n.install(qapp, request.param)
    try:
        yield request.param
    finally:
        view_i18n.install(qapp, "en")


def _plain(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", text)).replace("&&", "&").strip()


def english_sources(*areas: str) -> list[re.Pattern[str]]:
    """What a window of these areas would show in English: every source string of their
    catalogues (placeholders match anything; sources that are nothing but placeholders
    and punctuation are left out), and every vocabulary label."""
    from app.models.enums import label_messages

    patterns = []
    for area in areas:
        for message in ET.parse(catalogs.QT / f"{area}_ru.ts").getroot().iter("message"):
            source = _plain((message.findtext("source") or "").replace("&", ""))
            parts = re.split(r"\{[a-z_]*\}|%n", source)
            if any(re.search("[A-Za-z]", part) for part in parts):
                patterns.append(re.compile(".*?".join(map(re.escape, parts)), re.DOTALL))
    patterns += [re.compile(re.escape(text)) for _, text in label_messages()]
    return patterns


def shown_texts(root: QWidget, rows: int = 60) -> set[str]:
    """The texts of ``root``'s visible widgets: labels, buttons, titles, tabs, choices,
    placeholders, tooltips, accessible names, table headers and cells, empty-list texts."""
    texts: set[str] = set()
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        texts |= {widget.toolTip(), widget.accessibleName()}
        if isinstance(widget, QLabel):
            texts.add(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.add(widget.text().replace("&", ""))
        elif isinstance(widget, QGroupBox):
            texts.add(widget.title())
        elif isinstance(widget, QTabBar):
            texts |= {widget.tabText(i).replace("&", "") for i in range(widget.count())}
        elif isinstance(widget, QComboBox):
            texts |= {widget.itemText(i) for i in range(widget.count())}
        elif isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
        if isinstance(widget, EmptyTextTable):
            texts.add(widget.empty_text)
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) \
                and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # one of Qt's own (a combo box's list): no text of ours
                continue
            for column in range(columns):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    texts.add(str(model.headerData(column, Qt.Orientation.Horizontal, role)
                                  or ""))
                for row in range(min(rows, model.rowCount(QModelIndex()))):
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        texts.add(str(model.index(row, column).data(role) or ""))
    return {_plain(t) for t in texts} - {""}


def still_english(texts: set[str], patterns: list[re.Pattern[str]]) -> list[str]:
    """The texts that are (or contain, for longer sources) an English source string."""
    found = []
    for text in texts:
        for line in text.splitlines():
            if any(p.fullmatch(line.strip()) for p in patterns):
                found.append(line)
    return sorted(set(found))


def test_the_tab_speaks_chinese_and_russian(
    language: str, qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    services.accounts.import_documents(demo_documents())
    w = MainWindow(services, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    w.select("demo-ural")
    w.tabs.setCurrentWidget(w.assessment)
    tab = w.assessment
    texts: set[str] = set()
    for page in range(tab.pages.count()):
        tab.pages.setCurrentIndex(page)
        QApplication.processEvents()
        texts |= shown_texts(tab)
    texts |= {tab.stage.ladder.toolTip()}
    # what a few edits and the dialogs say
    texts |= shown_texts(CellDialog("Завод", "WMS", None, "RUB"))
    dialog = ScoringSettingsDialog(tab.settings)
    qtbot.addWidget(dialog)
    texts |= shown_texts(dialog)
    left = still_english(texts, english_sources("assessment"))
    assert not left, f"English in the {language} tab: {left}"
    sample = {"ru": "Стадия", "zh_CN": "阶段"}[language]
    assert sample in {tab.pages.tabText(i) for i in range(tab.pages.count())}
