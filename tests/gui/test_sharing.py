"""Sharing plan entries with the customer, driven like a user would: the Shared
column (click, Space), the detail box, "Share with customer" / "Stop sharing" on a
selection as one undo step, internal risks that cannot be shared, and the white-
space grid's share box and mark."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)
from pytestqt.qtbot import QtBot

from app.models.enums import WhitespaceStatus
from app.reports.editions import client_document, is_shared
from app.services.demo import demo_documents
from app.services.plan_edits import SHAREABLE
from app.views.assessment.whitespace import SHARED_MARK, CellDialog, WhitespacePanel
from app.views.main_window import MainWindow
from app.views.plan.section import SHARED, SectionPage
from tests.gui.plan_helpers import page, stored

pytestmark = pytest.mark.gui


@pytest.fixture
def window(plan_window: MainWindow) -> MainWindow:
    return plan_window



def column(p: SectionPage, field: str) -> int:
    return next(i for i, c in enumerate(p.model.columns) if c.field == field)


def add(qtbot: QtBot, p: SectionPage) -> None:
    """Add an entry and close the editor its first cell opens with."""
    p.add_button.click()
    QApplication.processEvents()
    editor = QApplication.focusWidget()
    if editor is not None and editor is not p.table:
        qtbot.keyClick(editor, Qt.Key.Key_Escape)


def check_state(p: SectionPage, row: int, field: str = SHARED) -> Qt.CheckState:
    return Qt.CheckState(p.view_index(row, column(p, field)).data(
        Qt.ItemDataRole.CheckStateRole))


def click_check_box(qtbot: QtBot, p: SectionPage, row: int, field: str = SHARED) -> None:
    """A mouse click on the check box drawn in a cell, where the style draws it."""
    index = p.view_index(row, column(p, field))
    p.table.scrollTo(index)
    option = QStyleOptionViewItem()
    option.rect = p.table.visualRect(index)
    delegate = p.table.itemDelegate()
    assert isinstance(delegate, QStyledItemDelegate)
    delegate.initStyleOption(option, index)
    box = p.table.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator,
                                         option, p.table)
    qtbot.mouseClick(p.table.viewport(), Qt.MouseButton.LeftButton, pos=box.center())
    QApplication.processEvents()  # the edit is applied a turn later


def select_rows(p: SectionPage, rows: list[int]) -> None:
    selection = p.table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(p.view_index(row), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)


def test_ticking_shared_on_an_action_stores_it_and_undo_takes_it_back(
    qtbot: QtBot, window: MainWindow,
) -> None:
    actions = page(window, "actions")
    add(qtbot, actions)
    steps = window.undo_stack.count()
    click_check_box(qtbot, actions, 0)
    assert stored(window).actions[0].client_visible is True
    assert check_state(actions, 0) == Qt.CheckState.Checked
    assert window.undo_stack.count() == steps + 1  # one toggle, one undo step
    window.undo_action.trigger()
    assert stored(window).actions[0].client_visible is False
    assert check_state(actions, 0) == Qt.CheckState.Unchecked
    # the keyboard way: Space on the Shared cell
    actions.table.setFocus()
    actions.table.setCurrentIndex(actions.view_index(0, column(actions, SHARED)))
    qtbot.keyClick(actions.table, Qt.Key.Key_Space)
    QApplication.processEvents()
    assert stored(window).actions[0].client_visible is True
    assert client_document(stored(window)).actions[0].title == "New action"


def test_new_entries_in_every_section_start_unshared(qtbot: QtBot, window: MainWindow) -> None:
    for section in SHAREABLE:
        p = page(window, section)
        assert p.model.columns[column(p, SHARED)].tip == \
            "Shared with customer: shown in the client edition PDF"
        add(qtbot, p)
        entries = getattr(stored(window), section)
        assert len(entries) == 1 and entries[0].client_visible is False, section
        assert check_state(p, 0) == Qt.CheckState.Unchecked
        p.table.setCurrentIndex(p.view_index(0))
        assert p.details is not None and p.details.shared is not None
        assert not p.details.shared.isChecked() and p.details.shared.isEnabled()
    doc = stored(window)
    assert not any(is_shared(e) for s in SHAREABLE for e in getattr(doc, s))
    # the interactions log is never shared: no column for it
    assert all(c.field != SHARED for c in window.plan.sections["interactions"].model.columns)


def test_the_shared_column_comes_first_and_tab_still_moves_from_name_to_next_cell(
    qtbot: QtBot, window: MainWindow,
) -> None:
    for section in SHAREABLE:
        p = window.plan.sections[section]
        assert p.table.horizontalHeader().visualIndex(column(p, SHARED)) == 0, section
        assert p.model.headerData(column(p, SHARED), Qt.Orientation.Horizontal) == "Shared"
    actions = page(window, "actions")
    add(qtbot, actions)
    index = actions.view_index(0, column(actions, "title"))
    actions.table.setFocus()
    actions.table.setCurrentIndex(index)
    qtbot.keyClick(actions.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert actions.table.currentIndex().column() == column(actions, "owner")


def test_three_risks_are_shared_in_one_undo_step_and_undo_restores_each_flag(
    qtbot: QtBot, window: MainWindow,
) -> None:
    risks = page(window, "risks")
    for _ in range(3):
        add(qtbot, risks)
    click_check_box(qtbot, risks, 1)  # one of them shared already
    assert [r.client_visible for r in stored(window).risks] == [False, True, False]
    steps = window.undo_stack.count()
    select_rows(risks, [0, 1, 2])
    menu = risks.row_menu()  # what a right-click on the rows shows
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts == ["Share with customer (3 selected)", "Stop sharing (3 selected)",
                     "Remove"]
    risks.share_button.click()
    assert [r.client_visible for r in stored(window).risks] == [True, True, True]
    assert window.undo_stack.count() == steps + 1
    assert window.undo_stack.undoText() == "Share 3 × risk with customer"
    window.undo_action.trigger()
    assert [r.client_visible for r in stored(window).risks] == [False, True, False]
    window.redo_action.trigger()
    # the keyboard way to stop sharing the selection: Ctrl+Shift+U
    select_rows(risks, [0, 2])
    risks.table.setFocus()
    qtbot.keyClick(risks.table, Qt.Key.Key_U,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    QApplication.processEvents()
    assert [r.client_visible for r in stored(window).risks] == [False, True, False]
    assert window.undo_stack.undoText() == "Stop sharing 2 × risk"
    # nothing selected: nothing to share
    risks.table.selectionModel().clearSelection()
    assert not risks.share_action.isEnabled() and not risks.share_button.isEnabled()


def test_the_detail_box_and_the_column_stay_in_sync(qtbot: QtBot, window: MainWindow) -> None:
    actions = page(window, "actions")
    add(qtbot, actions)
    add(qtbot, actions)
    actions.table.setCurrentIndex(actions.view_index(1))
    assert actions.details is not None and actions.details.shared is not None
    box = actions.details.shared
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    QApplication.processEvents()
    assert [a.client_visible for a in stored(window).actions] == [False, True]
    assert check_state(actions, 1) == Qt.CheckState.Checked
    # the other entry shows its own flag, this one its own again
    actions.table.setCurrentIndex(actions.view_index(0))
    assert not box.isChecked()
    actions.table.setCurrentIndex(actions.view_index(1))
    assert box.isChecked()
    click_check_box(qtbot, actions, 1)  # unticked in the table …
    assert stored(window).actions[1].client_visible is False
    assert not box.isChecked()  # … and in the box
    window.undo_action.trigger()
    assert box.isChecked() and check_state(actions, 1) == Qt.CheckState.Checked


def test_an_internal_risk_cannot_be_shared_and_says_why(
    qtbot: QtBot, window: MainWindow,
) -> None:
    risks = page(window, "risks")
    add(qtbot, risks)
    add(qtbot, risks)
    click_check_box(qtbot, risks, 0)
    assert stored(window).risks[0].client_visible is True
    click_check_box(qtbot, risks, 0, "internal")  # a shared risk made internal …
    risk = stored(window).risks[0]
    assert (risk.internal, risk.client_visible, is_shared(risk)) == (True, False, False)
    shared = risks.view_index(0, column(risks, SHARED))
    assert check_state(risks, 0) == Qt.CheckState.Unchecked  # … is shown unshared
    assert shared.data() == "internal"
    assert "never shared" in shared.data(Qt.ItemDataRole.ToolTipRole)
    assert not shared.flags() & Qt.ItemFlag.ItemIsUserCheckable
    click_check_box(qtbot, risks, 0)  # a click does nothing
    assert stored(window).risks[0].client_visible is False
    risks.table.setCurrentIndex(risks.view_index(0))
    assert risks.details is not None and risks.details.shared is not None
    assert not risks.details.shared.isEnabled() and not risks.details.shared.isChecked()
    note = risks.details.shared_note
    assert note is not None and note.text() == "Internal: never shared"
    assert "untick Internal" in note.toolTip()
    assert note.textFormat() == Qt.TextFormat.PlainText
    # sharing both: the other one is shared, the internal one stays out, and it says so
    select_rows(risks, [0, 1])
    risks.share_action.trigger()
    assert [r.client_visible for r in stored(window).risks] == [False, True]
    assert "1 internal risk stays unshared" in risks.hint.text()
    assert [r.title for r in client_document(stored(window)).risks] == ["New risk"]
    # unticking Internal does not quietly share it again; undo of the tick does
    click_check_box(qtbot, risks, 0, "internal")
    assert stored(window).risks[0].client_visible is False
    window.undo_action.trigger()
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert (stored(window).risks[0].internal, stored(window).risks[0].client_visible) == (
        False, True)


def test_shared_white_space_cells_are_marked(plan_demo_window: MainWindow) -> None:
    w = plan_demo_window
    services = w.services
    w.tabs.setCurrentWidget(w.assessment)
    model = w.assessment.whitespace.model
    cells = services.accounts.snapshot("demo-ural").whitespace.cells  # type: ignore[union-attr]
    shared = next(c for c in cells if c.client_visible)
    unshared = next(c for c in cells if not c.client_visible)
    for cell, marked in ((shared, True), (unshared, False)):
        index = model.index(model.grid.units.index(cell.unit),
                            model.grid.offerings.index(cell.offering))
        assert index.data().endswith(SHARED_MARK) is marked
        assert ("Shared with customer" in index.data(Qt.ItemDataRole.ToolTipRole)) is marked
    assert SHARED_MARK in w.assessment.whitespace.legend.text()


def test_the_cell_dialog_shares_an_assessed_cell(qtbot: QtBot,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    doc = demo_documents()[1]
    assert doc.account.id == "demo-ural" and doc.whitespace is not None
    cell = next(c for c in doc.whitespace.cells if not c.client_visible)
    panel = WhitespacePanel()
    qtbot.addWidget(panel)
    panel.load(doc)
    index = panel.model.index(panel.model.grid.units.index(cell.unit),
                              panel.model.grid.offerings.index(cell.offering))
    seen: list[CellDialog] = []

    def tick(dialog: CellDialog) -> QDialog.DialogCode:
        seen.append(dialog)
        dialog.shared.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CellDialog, "exec", tick)
    panel.edit_cell(index)  # nothing stores a share yet: no box that does nothing
    assert seen[-1].shared.isHidden()
    asked: list[tuple[str, str, bool]] = []
    edited: list[object] = []
    panel.shareRequested.connect(lambda u, o, s: asked.append((u, o, s)))
    panel.cellEdited.connect(lambda *args: edited.append(args))
    panel.edit_cell(index)
    assert not seen[-1].shared.isHidden()
    assert asked == [(cell.unit, cell.offering, True)]
    assert edited == []  # only the flag changed: the assessment is not written again
    # a cell not assessed has nothing to share
    dialog = CellDialog("Завод", "WMS", None, "RUB")
    qtbot.addWidget(dialog)
    assert not dialog.shared.isEnabled()
    dialog.status.setCurrentIndex(dialog.status.findData(WhitespaceStatus.HAS))
    assert dialog.shared.isEnabled() and not dialog.shared_value()


def test_the_cell_dialogs_share_box_is_stored(plan_demo_window: MainWindow,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    w = plan_demo_window
    services = w.services
    w.tabs.setCurrentWidget(w.assessment)
    panel = w.assessment.whitespace
    doc = services.accounts.snapshot("demo-ural")
    assert doc.whitespace is not None
    cell = next(c for c in doc.whitespace.cells if not c.client_visible)

    def tick(dialog: CellDialog) -> QDialog.DialogCode:
        dialog.shared.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CellDialog, "exec", tick)
    panel.edit_cell(panel.model.index(panel.model.grid.units.index(cell.unit),
                                      panel.model.grid.offerings.index(cell.offering)))
    after = services.accounts.snapshot("demo-ural").whitespace
    assert after is not None
    assert next(c for c in after.cells
                if (c.unit, c.offering) == (cell.unit, cell.offering)).client_visible
    w.undo_action.trigger()
    assert services.accounts.snapshot("demo-ural") == doc


def test_reassessing_a_shared_cell_keeps_it_shared_and_one_dialog_is_one_undo_step(
        plan_demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    w = plan_demo_window
    services = w.services
    w.tabs.setCurrentWidget(w.assessment)
    panel = w.assessment.whitespace
    before = services.accounts.snapshot("demo-ural")
    assert before.whitespace is not None
    shared = next(c for c in before.whitespace.cells if c.client_visible)
    unshared = next(c for c in before.whitespace.cells if not c.client_visible)

    def cell_of(doc: object, unit: str, offering: str) -> object:
        grid = doc.whitespace  # type: ignore[attr-defined]
        return next(c for c in grid.cells if (c.unit, c.offering) == (unit, offering))

    def index(unit: str, offering: str) -> object:
        return panel.model.index(panel.model.grid.units.index(unit),
                                 panel.model.grid.offerings.index(offering))

    def renote(dialog: CellDialog) -> QDialog.DialogCode:
        dialog.note.setText("Новая заметка")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CellDialog, "exec", renote)
    panel.edit_cell(index(shared.unit, shared.offering))
    after = cell_of(services.accounts.snapshot("demo-ural"), shared.unit, shared.offering)
    assert after.note == "Новая заметка" and after.client_visible  # type: ignore[attr-defined]

    def renote_and_share(dialog: CellDialog) -> QDialog.DialogCode:
        dialog.note.setText("Вместе")
        dialog.shared.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CellDialog, "exec", renote_and_share)
    panel.edit_cell(index(unshared.unit, unshared.offering))
    after = cell_of(services.accounts.snapshot("demo-ural"), unshared.unit, unshared.offering)
    assert after.note == "Вместе" and after.client_visible  # type: ignore[attr-defined]
    w.undo_action.trigger()  # one step takes back both the note and the tick
    again = cell_of(services.accounts.snapshot("demo-ural"), unshared.unit, unshared.offering)
    assert again == unshared
