"""Help › Glossary: opened from the Help menu, every word of the map and of the findings
with its meaning, a filter that narrows the list, in the window's language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from app.assessment import gaps
from app.bootstrap import Services
from app.models.enums import RELATIONSHIP_LABELS, BuyingRole, RelationshipStage, Stance
from app.views.glossary import KEY_ROLE, GlossaryDialog
from app.views.main_window import MainWindow

pytestmark = pytest.mark.gui

EVERY_KEY = {
    *(("role", r.value) for r in BuyingRole),
    *(("stance", s.value) for s in Stance), ("stance", ""),
    *(("strength", str(level)) for level in RELATIONSHIP_LABELS),
    *(("stage", s.value) for s in RelationshipStage),
    *(("finding", kind) for kind in gaps.KINDS),
}


def _help_action(window: MainWindow, text: str) -> QAction:
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    help_menu = menus[window.tr("&Help")]
    assert isinstance(help_menu, QMenu)
    return next(a for a in help_menu.actions() if a.text() == text)


def _open(qtbot: QtBot, window: MainWindow, text: str = "&Glossary") -> GlossaryDialog:
    _help_action(window, text).trigger()
    dialog = next(d for d in window.findChildren(GlossaryDialog) if d.isVisible())
    qtbot.addWidget(dialog)
    return dialog


def _keys(dialog: GlossaryDialog) -> set[tuple[str, str]]:
    return {(section, key) for section, key, _term in dialog.terms()}


@pytest.mark.qt_log_ignore("does not support raise")  # (offscreen: the second opening)
def test_the_help_menu_opens_every_word_with_its_meaning(
        qtbot: QtBot, demo: Services, settings: QSettings) -> None:
    window = MainWindow(demo, settings)
    qtbot.addWidget(window)
    window.show()
    dialog = _open(qtbot, window)
    assert dialog.windowTitle() == "Glossary"
    assert not dialog.isModal()  # read beside the map
    assert _keys(dialog) == EVERY_KEY
    rows: dict[tuple[str, str], tuple[str, str]] = {}
    model = dialog.model
    for row in range(model.rowCount()):
        heading = model.index(row, 0)
        for child in range(model.rowCount(heading)):
            term = model.index(child, 0, heading)
            rows[term.data(KEY_ROLE)] = (term.data(), model.index(child, 1, heading).data())
    assert rows["role", "economic_buyer"] == (
        "Economic buyer", "Approves the budget: can say yes when others say no.")
    assert rows["stance", "blocker"][0] == "Blocker"
    assert rows["strength", "0"][0] == "0 None"
    assert rows["finding", "coverage_gap"][0] == "Coverage gap"
    assert all(meaning for _term, meaning in rows.values())
    # the one open comes to the front instead of a second one
    assert _open(qtbot, window) is dialog


def test_the_filter_narrows_the_list(qtbot: QtBot, demo: Services,
                                     settings: QSettings) -> None:
    window = MainWindow(demo, settings)
    qtbot.addWidget(window)
    dialog = _open(qtbot, window)
    qtbot.keyClicks(dialog.filter, "blocker")
    shown = _keys(dialog)
    assert ("stance", "blocker") in shown and ("finding", "blocker_risk") in shown
    assert len(shown) < len(EVERY_KEY) / 4
    dialog.filter.setText("COACH")  # a badge finds its role
    assert ("role", "coach") in _keys(dialog)
    dialog.filter.setText("Border: our")  # a heading keeps its whole section
    assert _keys(dialog) == {k for k in EVERY_KEY if k[0] == "strength"}
    dialog.filter.setText("zzz no such word")
    assert not _keys(dialog)
    assert dialog.tree.isHidden() and not dialog.empty.isHidden()
    assert "zzz no such word" in dialog.empty.text()
    dialog.filter.clear()
    assert _keys(dialog) == EVERY_KEY and not dialog.tree.isHidden()


def test_the_glossary_speaks_russian(qtbot: QtBot, demo: Services, settings: QSettings,
                                     qapp: QApplication) -> None:
    from app.views import i18n

    i18n.install(qapp, "ru")
    try:
        window = MainWindow(demo, settings)
        qtbot.addWidget(window)
        dialog = _open(qtbot, window, "&Глоссарий")
        assert dialog.windowTitle() == "Глоссарий"
        assert dialog.source.horizontalHeaderItem(0).text() == "Термин"
        terms = {(s, k): t for s, k, t in dialog.terms()}
        assert _keys(dialog) == EVERY_KEY
        assert terms["stance", "blocker"] == "Противник"
        assert terms["strength", "3"] == "3 Доверие"
        assert all(not term.isascii() for term in terms.values())
        headings = [dialog.model.index(row, 0).data()
                    for row in range(dialog.model.rowCount())]
        assert "Рамка: наши отношения" in headings
        dialog.filter.setText("ЛПР")  # the Russian badge and word
        shown = _keys(dialog)
        assert ("role", "decision_maker") in shown and len(shown) < len(EVERY_KEY) / 2
    finally:
        i18n.install(qapp, "en")
