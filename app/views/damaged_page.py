"""What shows instead of an account that cannot be read: where it is damaged, and a
way to save what can be read (the same rescue as ``main.py export --rescue``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import Problem
from app.services.accounts import DamagedAccount
from app.views.i18n import QT_TRANSLATE_NOOP
from app.views.plain import plain
from app.views.table_model import HeaderedTableModel, Index


class DamageModel(HeaderedTableModel):
    """One row per damaged value: where in the account it is, and what is wrong."""

    HEADERS = (QT_TRANSLATE_NOOP("DamageModel", "Where"),
               QT_TRANSLATE_NOOP("DamageModel", "What is wrong"))

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Problem] = []

    def set_damage(self, damage: list[Problem]) -> None:
        self.beginResetModel()
        self._rows = list(damage)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        text = super().headerData(section, orientation, role)
        return self.tr(text) if isinstance(text, str) else text

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        item = self._rows[index.row()]
        text = (item.path or self.tr("(the whole document)"), item.message)[index.column()]
        return plain(text) if role == Qt.ItemDataRole.ToolTipRole else text


class DamagedPage(QWidget):
    """Shown in place of the account's tabs; ``rescueRequested(key)`` asks for a file."""

    rescueRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key: str | None = None
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600; color: #c62828;")
        self.title.setWordWrap(True)
        self.explanation = QLabel()
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation.setWordWrap(True)
        self.model = DamageModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.rescue_button = QPushButton(self.tr("Save what can be read…"))
        self.rescue_button.setDefault(True)
        self.rescue_button.clicked.connect(self._on_rescue)
        buttons = QHBoxLayout()
        buttons.addWidget(self.rescue_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def show_damage(self, name: str, err: DamagedAccount) -> None:
        self.key = err.key
        self.title.setText(self.tr("{name} cannot be opened: it is damaged").format(name=name))
        count = len(err.problems)
        self.explanation.setText(self.tr(
            "Stored values that are not what Rapport writes: {count} (a disk error or an "
            "outside edit). Nothing has been changed, and the other accounts are not "
            "affected.\n\n"
            "Save what can be read: Rapport writes an account file with every other value, "
            "and beside it a report of what could not be read. Import that file with "
            "“Replace” to work on the account again, or restore a backup "
            "(File › Restore from backup…).").format(count=count))
        self.model.set_damage(err.problems)

    def _on_rescue(self) -> None:
        if self.key is not None:
            self.rescueRequested.emit(self.key)
