"""Help › Keyboard shortcuts: every key the app answers to, in one table.

The keys are shown as the platform writes them (QKeySequence's native text: "Ctrl+Z"
here, "⌘Z" on a Mac), so the list matches the menus.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex


class ShortcutsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows = self.shortcuts()
        self.headers = (self.tr("Where"), self.tr("Keys"), self.tr("What it does"))

    def shortcuts(self) -> list[tuple[str, str, str]]:
        """(where, keys, what) for every shortcut, in the window's language."""
        def keys(*sequences: QKeySequence | QKeySequence.StandardKey | str) -> str:
            return " · ".join(
                QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText)
                for s in sequences)

        everywhere, on_map, in_plan = (self.tr("Everywhere"), self.tr("Stakeholder map"),
                                       self.tr("Plan"))
        standard = QKeySequence.StandardKey
        return [
            (everywhere, keys(standard.New), self.tr("New account")),
            (everywhere, keys("Ctrl+I"), self.tr("Import account files")),
            (everywhere, keys("Ctrl+Shift+I"),
             self.tr("Import contacts into the open account")),
            (everywhere, keys("Ctrl+E"), self.tr("Export the open account")),
            (everywhere, keys("Ctrl+Shift+E"), self.tr("Export the account plan as PDF")),
            (everywhere, keys("Ctrl+Shift+P"), self.tr("Portfolio overview")),
            (everywhere, keys(standard.Find), self.tr("Find an account or a person")),
            (everywhere, keys("Ctrl+Shift+L"),
             self.tr("Show or hide the account list (more room for the map)")),
            (everywhere, keys("Ctrl+Z"), self.tr("Undo")),
            (everywhere, keys("Ctrl+Shift+Z", "Ctrl+Y"), self.tr("Redo")),
            (on_map, keys("Ctrl+Shift+N"), self.tr("Add a person (beside the selected one)")),
            (on_map, self.tr("Arrow keys"), self.tr("Select the next person that way")),
            (on_map, self.tr("Ctrl+arrow keys"), self.tr("Move the selected cards")),
            (on_map, keys("Return", "F2"), self.tr("Edit the selected person")),
            (on_map, keys("Delete"), self.tr("Delete the selected people or lines")),
            (on_map, keys("Esc"),
             self.tr("Drop the line being drawn, leave the drawing mode, or leave the "
                     "focus")),
            (on_map, keys("-"), self.tr("Collapse the selected manager's team")),
            (on_map, keys("+"), self.tr("Expand it again")),
            (on_map, keys("F"), self.tr("Focus on the selected person (their close "
                                        "relationships)")),
            (on_map, keys("Shift+F10", "Menu"), self.tr("Open the selected card's menu")),
            (on_map, keys("Ctrl+0"), self.tr("Fit the whole map in view")),
            (on_map, keys(standard.ZoomIn, standard.ZoomOut), self.tr("Zoom in, zoom out")),
            (on_map, self.tr("Space + drag"), self.tr("Pan the map")),
            (in_plan, keys("Insert"), self.tr("Add an entry")),
            (in_plan, keys("Delete"), self.tr("Remove the selected entries")),
            (in_plan, keys("Ctrl+Shift+S"),
             self.tr("Share the selected entries with the customer")),
            (in_plan, keys("Ctrl+Shift+U"), self.tr("Stop sharing the selected entries")),
            (in_plan, keys("Ctrl+Return"),
             self.tr("Save the text being typed in a detail box")),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        return None


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.model = ShortcutsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(720, 560)
