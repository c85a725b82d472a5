"""A database the user may only read (a read-only role on the team server): the window
says so in a banner, and what edits is locked where it is shown — text fields read-only
(their text can still be selected and copied), choices and ticks disabled, tables not
editable, the map's cards not draggable and its editing tools off. The main window also
refuses any edit that still reaches it (``MainWindow._refuse_read_only``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from app.views.plain import PlainLabel

#: the banner's colours: amber, readable on light and dark palettes
BANNER_STYLE = ("background: #fff3cd; color: #5c4400; border-bottom: 1px solid #e0c36b; "
                "padding: 6px 12px; font-weight: 600;")


def banner_text(server: bool) -> str:
    if server:
        return QCoreApplication.translate(
            "ReadOnly", "Read-only: your role on this server can only read. Nothing you "
            "see here can be changed; ask the server's administrator for write access.")
    return QCoreApplication.translate(
        "ReadOnly", "Read-only: this database is open for reading only. Nothing you see "
        "here can be changed.")


def read_only_banner() -> PlainLabel:
    banner = PlainLabel()
    banner.setObjectName("readOnlyBanner")
    banner.setWordWrap(True)
    banner.setStyleSheet(BANNER_STYLE)
    banner.hide()
    return banner


def lock_inputs(root: QWidget, *, choices: bool = True) -> None:
    """Make every input under ``root`` show, not take, a value; ``choices``: combo
    boxes too (not where they filter what is shown)."""
    for edit in root.findChildren(QLineEdit):
        edit.setReadOnly(True)
    for plain in root.findChildren(QPlainTextEdit):
        plain.setReadOnly(True)
    for rich in root.findChildren(QTextEdit):
        rich.setReadOnly(True)
    for spin in root.findChildren(QAbstractSpinBox):
        spin.setReadOnly(True)
    for box in root.findChildren(QCheckBox):
        box.setEnabled(False)
    if choices:
        for combo in root.findChildren(QComboBox):
            combo.setEnabled(False)
    lock_tables(root)


def lock_tables(root: QWidget) -> None:
    for view in root.findChildren(QAbstractItemView):
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)


def lock_map(map_tab: Any) -> None:
    """The map: people, lines and layouts cannot be changed; looking, selecting,
    zooming, focusing and exporting still work."""
    from PySide6.QtWidgets import QGraphicsItem

    map_tab.locked = True  # its own checks (card menu, drawing, logging) say no too
    for name in ("add_action", "import_action", "delete_action", "org_action",
                 "force_action"):
        action = getattr(map_tab, name, None)
        if action is not None:
            action.setEnabled(False)
    for action in getattr(map_tab, "connect_actions", {}).values():
        action.setChecked(False)
        action.setEnabled(False)
    for card in getattr(map_tab.scene, "cards", {}).values():
        card.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, False)
    panel = getattr(map_tab, "panel", None)
    if panel is not None:
        lock_inputs(panel)
        for button in panel.findChildren(QAbstractButton):
            button.setEnabled(False)
    line_panel = getattr(map_tab, "line_panel", None)
    if isinstance(line_panel, QWidget):
        lock_inputs(line_panel)
    people = getattr(map_tab, "people", None)
    if isinstance(people, QWidget):
        lock_tables(people)


def lock_plan(plan_tab: QWidget) -> None:
    """The plan: tables not editable, their Add buttons off, no agenda filled."""
    plan_tab.locked = True  # type: ignore[attr-defined]
    lock_tables(plan_tab)
    changes = getattr(plan_tab, "review_changes", None)
    if changes is not None:
        changes.fill.setEnabled(False)
    for page in getattr(plan_tab, "sections", {}).values():
        button = getattr(page, "add_button", None)
        if button is not None:
            button.setEnabled(False)


def lock_assessment(tab: QWidget) -> None:
    """Stages & gaps: the evidence ticks and tables; its buttons only navigate or ask
    (and an edit that still comes is refused)."""
    for box in tab.findChildren(QCheckBox):
        box.setEnabled(False)
    lock_tables(tab)
