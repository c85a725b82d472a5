"""Layout survives translation: with every string of the windows 40 % longer (the
pseudo-language; Russian runs ~30 % longer), no button or one-line label of the main
window's tabs is cut off at 1280×800."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from app.bootstrap import Services
from app.views.main_window import MainWindow
from app.views.pseudo import install_pseudo, stretched

pytestmark = pytest.mark.gui


@pytest.fixture
def pseudo(qapp: QApplication) -> Iterator[None]:
    translator = install_pseudo(qapp)
    try:
        yield
    finally:
        qapp.removeTranslator(translator)


def _in_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _clipped(root: QWidget) -> list[str]:
    """Visible buttons and one-line labels narrower than their text (inside a scroll
    area the user scrolls to see more: not clipped)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or _in_scroll_area(widget):
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or not widget.text()
                                           or widget.textFormat() == Qt.TextFormat.RichText):
            continue
        if not isinstance(widget, (QLabel, QAbstractButton)) or not widget.text():
            continue
        if widget.sizeHint().width() > widget.width() + 1:
            found.append(f"{type(widget).__name__} {widget.text()[:50]!r}: "
                         f"{widget.sizeHint().width()} > {widget.width()} px")
    return found


def test_the_check_finds_a_button_too_narrow_for_its_text(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    box = QWidget()
    qtbot.addWidget(box)
    narrow = QPushButton("Export the whole portfolio as a spreadsheet")
    narrow.setFixedWidth(60)
    QVBoxLayout(box).addWidget(narrow)
    box.show()
    assert _clipped(box) and "Export the whole" in _clipped(box)[0]


def test_strings_are_stretched_but_keep_placeholders() -> None:
    text = stretched("Delete %n people from {account}")
    assert len(text) >= 1.4 * len("Delete %n people from {account}") - 1
    assert "%n" in text and "{account}" in text


def test_a_forty_percent_longer_language_cuts_nothing_off(
        qtbot: QtBot, demo: Services, settings: QSettings, pseudo: None) -> None:
    window = MainWindow(demo, settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.select("demo-ural")
    assert window.new_action.text() == stretched("&New account…")  # in use
    problems = []
    for tab in (window.profile, window.map, window.assessment, window.plan):
        window.tabs.setCurrentWidget(tab)
        QApplication.processEvents()
        problems += [f"{window.tabs.tabText(window.tabs.currentIndex())}: {p}"
                     for p in _clipped(window)]
    window.show_portfolio()
    QApplication.processEvents()
    problems += [f"portfolio: {p}" for p in _clipped(window)]
    assert not problems, "\n".join(problems)
