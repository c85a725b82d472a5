"""User data is plain text everywhere in the GUI: a name that looks like HTML shows as
typed and never makes Qt load a file named in it.

Qt guesses rich text from the text itself (``Qt::mightBeRichText``) in labels, tool
tips and message boxes, so an account named ``<img src="/dev/zero">`` would make a
label read ``/dev/zero`` until memory runs out. These tests open every part of the
main window on an account whose every text field is markup
(:mod:`tests.fixtures.hostile`) and look at what each widget would render.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QSettings, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QGraphicsView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QToolTip,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.bootstrap import Services
from app.errors import RapportError
from app.models.account import AccountFile
from app.views.main_window import MainWindow
from tests.conftest import account_doc
from tests.fixtures.hostile import ESCAPED, HOSTILE, hostile_document

pytestmark = pytest.mark.gui
MARKUP = "<img"  # what must never reach Qt's rich-text engine unescaped


def renders_markup(text: str, fmt: Qt.TextFormat = Qt.TextFormat.AutoText) -> bool:
    """Would Qt lay out this text as HTML with the hostile markup live in it?"""
    if MARKUP not in text or fmt == Qt.TextFormat.PlainText:
        return False
    return fmt == Qt.TextFormat.RichText or QtGuiNamespace.mightBeRichText(text)


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model (its columnCount is private in Qt)
        return 1


def model_tooltips(model: QAbstractItemModel, parent: QModelIndex | None = None
                   ) -> Iterator[str]:
    parent = parent if parent is not None else QModelIndex()
    for row in range(model.rowCount(parent)):
        for col in range(_columns(model, parent)):
            index = model.index(row, col, parent)
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                yield tip
            if col == 0 and model.rowCount(index) > 0:
                yield from model_tooltips(model, index)
    for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
        count = _columns(model, parent) if orientation == Qt.Orientation.Horizontal \
            else model.rowCount(parent)
        for section in range(count):
            tip = model.headerData(section, orientation, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                yield tip


def leaks(roots: Iterable[QWidget]) -> list[str]:
    """Every place under these widgets that would render the hostile markup."""
    found: list[str] = []
    for root in roots:
        widgets = [root, *root.findChildren(QWidget)]
        for w in widgets:
            where = f"{type(w).__name__} {w.objectName()!r}"
            if isinstance(w, QLabel) and renders_markup(w.text(), w.textFormat()):
                found.append(f"label {where}: {w.text()[:80]!r} ({w.textFormat().name})")
            if renders_markup(w.toolTip()):
                found.append(f"tooltip of {where}: {w.toolTip()[:80]!r}")
            for action in w.actions():
                if renders_markup(action.toolTip()):
                    found.append(f"tooltip of action {action.text()!r}")
            if isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView) \
                    and w.model() is not None:  # (a header shows its table's model)
                found += [f"item tooltip in {where}: {tip[:80]!r}"
                          for tip in model_tooltips(w.model()) if renders_markup(tip)]
            if isinstance(w, QGraphicsView) and w.scene() is not None:
                for item in w.scene().items():
                    if renders_markup(item.toolTip()):
                        found.append(f"tooltip of {type(item).__name__}: "
                                     f"{item.toolTip()[:80]!r}")
    return found


def hostile_file() -> AccountFile:
    return AccountFile.model_validate(hostile_document(), strict=False)


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[QDialog, list[str]]]:
    """Every dialog the window opens, walked while shown, then cancelled: (the dialog,
    what it leaked)."""
    opened: list[tuple[QDialog, list[str]]] = []

    def record(dialog: QDialog) -> int:
        dialog.show()
        QApplication.processEvents()
        opened.append((dialog, leaks([dialog])))
        dialog.hide()
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(QDialog, "exec", record)
    return opened


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    """Message boxes asked for: (their text, whether Qt would render markup in it)."""
    shown: list[tuple[str, bool]] = []

    def static(answer: QMessageBox.StandardButton) -> Any:
        def ask(_parent: Any, _title: str, text: str, *args: Any, **kwargs: Any) -> Any:
            shown.append((text, renders_markup(text)))
            return answer
        return ask

    def box(b: QMessageBox, *_args: Any) -> int:
        for text, fmt in ((b.text(), b.textFormat()),
                          (b.informativeText(), Qt.TextFormat.AutoText)):
            shown.append((text, renders_markup(text, fmt)))
        return int(QMessageBox.StandardButton.Ok)

    for name in ("question", "warning"):
        monkeypatch.setattr(QMessageBox, name, static(QMessageBox.StandardButton.Cancel))
    monkeypatch.setattr(QMessageBox, "information", static(QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "exec", box)
    monkeypatch.setattr(QMessageBox, "open", box)
    return shown


@pytest.fixture
def hostile_window(qtbot: QtBot, services: Services, tmp_path: Path) -> MainWindow:
    services.accounts.import_documents([hostile_file()])
    w = MainWindow(services, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    w.select("hostile")
    return w


def test_every_label_tooltip_and_dialog_shows_markup_as_typed(
    qtbot: QtBot, hostile_window: MainWindow, dialogs: list[tuple[QDialog, list[str]]],
    messages: list[tuple[str, bool]], monkeypatch: pytest.MonkeyPatch,
) -> None:
    w = hostile_window
    found: list[str] = []
    assert w.title.text() == HOSTILE  # the name itself, not an escaped copy
    # every tab, and every page inside the tabs (lazy pages fill themselves when shown)
    for tab in range(w.tabs.count()):
        w.tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        found += leaks([w])
    for tab, pages in ((w.map, w.map.pages), (w.assessment, w.assessment.pages),
                       (w.plan, w.plan.pages)):
        w.tabs.setCurrentWidget(tab)
        for i in range(pages.count()):
            pages.setCurrentIndex(i)
            QApplication.processEvents()
            found += leaks([w])
    # the map with a person selected, then a line selected
    w.tabs.setCurrentWidget(w.map)
    w.map.pages.setCurrentIndex(0)
    w.map.scene.select_people(["p1"])
    QApplication.processEvents()
    assert w.map.panel.heading.text() == HOSTILE
    found += leaks([w])
    w.map.scene.clearSelection()
    edge = next(e for e in w.map.scene.edges if e.kind == "informal")
    edge.setSelected(True)
    QApplication.processEvents()
    assert HOSTILE in w.map.line_panel.heading.text()
    found += leaks([w])
    # the first entry of every plan table selected: the detail boxes below show it
    w.tabs.setCurrentWidget(w.plan)
    for page in w.plan.sections.values():
        w.plan.pages.setCurrentWidget(page)
        page.table.selectRow(0)
        QApplication.processEvents()
        found += leaks([w])
    # the dialogs the window opens (each walked by the ``dialogs`` fixture)
    w.tabs.setCurrentWidget(w.plan)
    reviews = w.plan.sections["reviews"]
    w.plan.pages.setCurrentWidget(reviews)
    reviews.table.selectRow(0)
    w.plan.pick_review_people()
    interactions = w.plan.sections["interactions"]
    w.plan.pages.setCurrentWidget(interactions)
    interactions.table.selectRow(0)
    w.plan.pick_participants()
    kpis = w.plan.sections["kpis"]
    w.plan.pages.setCurrentWidget(kpis)
    kpis.table.selectRow(0)
    w.plan._add_kpi_value()
    w.scoring_action.trigger()
    w.tabs.setCurrentWidget(w.assessment)
    ws = w.assessment.whitespace
    w.assessment.pages.setCurrentWidget(ws)
    ws.edit_cell(ws.model.index(0, 0))
    w.pdf_action.trigger()
    assert [type(d).__name__ for d, _ in dialogs] == [
        "PickDialog", "PickDialog", "KpiValueDialog", "ScoringSettingsDialog", "CellDialog",
        "PdfExportDialog"]
    found += [f"{type(d).__name__}: {leak}" for d, leaked in dialogs for leak in leaked]
    # the client edition's preview lists the shared entries by their titles
    pdf: Any = dialogs[-1][0]
    pdf.show()
    pdf.edition_buttons[next(e for e in pdf.edition_buttons if e.value == "client")
                        ].setChecked(True)
    QApplication.processEvents()
    found += leaks([pdf])
    pdf.hide()
    # confirmations and errors that name the account
    w.delete_current()
    w._error("Cannot show the account", RapportError(f"{HOSTILE}: the file is damaged"))
    assert len(messages) >= 2
    found += [f"message box: {text[:80]!r}" for text, markup in messages if markup]
    # the risk heat map draws its own tooltip: the risk titles in a cell
    tips: list[str] = []
    monkeypatch.setattr(QToolTip, "showText", lambda _pos, text, *a: tips.append(text))
    heat = w.plan.heat_map
    w.plan.pages.setCurrentWidget(w.plan.sections["risks"])
    QApplication.processEvents()
    at = heat.cell_rect(4, 5).center().toPoint()
    QApplication.sendEvent(heat, QHelpEvent(QEvent.Type.ToolTip, at, heat.mapToGlobal(at)))
    assert len(tips) == 1 and "Likelihood 4 × impact 5" in tips[0]
    # the overview lists the account too, and its tier grid names it in a tooltip
    w.show_portfolio()
    qtbot.waitUntil(lambda: not w.portfolio.is_scoring(), timeout=20_000)
    QApplication.processEvents()
    found += leaks([w])
    tips.append(w.portfolio.grid.tooltip(w.portfolio.model.score_at(0)))
    found += [f"custom tooltip: {tip[:80]!r}" for tip in tips if renders_markup(tip)]
    assert not found, "\n".join(dict.fromkeys(found))


def test_the_account_title_and_map_heading_are_plain_text(hostile_window: MainWindow) -> None:
    """The two labels the issue names: markup shows as typed, escaped nowhere."""
    w = hostile_window
    assert w.title.textFormat() == Qt.TextFormat.PlainText
    w.tabs.setCurrentWidget(w.map)
    w.map.scene.select_people(["p1"])
    assert (w.map.panel.heading.text(), w.map.panel.heading.textFormat()) == (
        HOSTILE, Qt.TextFormat.PlainText)
    assert ESCAPED not in w.title.text()


def test_the_account_list_tooltip_is_escaped(hostile_window: MainWindow) -> None:
    model = hostile_window.model
    tip = model.index(model.row_of("hostile"), 0).data(Qt.ItemDataRole.ToolTipRole)
    assert ESCAPED in tip and not renders_markup(tip)


def test_a_delete_confirmation_names_the_account_as_typed(
    hostile_window: MainWindow, messages: list[tuple[str, bool]]
) -> None:
    hostile_window.delete_current()
    [(text, markup)] = messages
    assert not markup
    assert ESCAPED in text  # escaped inside rich text: the user reads the name as typed


def test_the_remembered_account_named_like_an_image_opens_without_loading_it(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    """The last account is reopened at every start: a name that is an <img> tag must
    not make the title load (and lay out) the file it names."""
    probe = tmp_path / "probe.png"
    image = QImage(40, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(probe))
    name = f'<img src="{probe}">Acme'
    doc = account_doc(account={"id": "acme", "name": name})
    services.accounts.import_documents([AccountFile.model_validate(doc, strict=False)])
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("window/lastAccount", "acme")
    w = MainWindow(services, settings)
    qtbot.addWidget(w)
    w.show()
    assert w.current_key == "acme"
    assert (w.title.text(), w.title.textFormat()) == (name, Qt.TextFormat.PlainText)
    assert w.title.sizeHint().height() < 100  # one line of text, not a 600 px image
