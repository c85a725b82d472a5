"""Edit › History of this account…: its kept versions, who saved each, when, and what
changed (as ``main.py history`` prints them). Read-only; plain text throughout (names
and change texts are the users' own)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.views import colors
from app.views.formatting import number
from app.views.plain import PlainLabel, plain

if TYPE_CHECKING:
    from app.services.accounts import AccountService, VersionInfo


def _origin(origin: str) -> str:
    if origin == "import":
        return QCoreApplication.translate("HistoryDialog", "imported")
    if origin == "edit":
        return QCoreApplication.translate("HistoryDialog", "edited")
    return origin


def _cell(text: str, tip: str = "") -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    if tip:
        item.setToolTip(plain(tip))  # a tooltip is rich text when it looks like it
    return item


class HistoryDialog(QDialog):
    """The versions of one account, newest first."""

    def __init__(self, accounts: AccountService, key: str, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of {account}").format(account=name))
        self.resize(760, 420)
        versions = list(reversed(accounts.history(key)))
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels([self.tr("Version"), self.tr("Saved at"),
                                              self.tr("Saved by"), self.tr("What changed")])
        for info in versions:
            self.model.appendRow(self._row(info))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.note = PlainLabel(self.tr(
            "Every import and the last version of each day an account was edited are "
            "kept, with who saved them. Export one with main.py export --version N."))
        self.note.setWordWrap(True)
        colors.mute(self.note)  # readable in a dark palette too
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

    def _row(self, info: VersionInfo) -> list[QStandardItem]:
        changes = list(info.changes) or [_origin(info.origin)]
        earlier = len(changes) - 1
        what = changes[-1] if not earlier else self.tr(
            "{change} (and {count} earlier changes that day)", "", earlier).format(
                change=changes[-1], count=number(earlier))
        version = (self.tr("{version} (current)").format(version=info.version)
                   if info.current else str(info.version))
        first = _cell(version)
        first.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return [first, _cell(info.saved_at.strftime("%Y-%m-%d %H:%M")),
                _cell(info.saved_by), _cell(what, "\n".join(changes))]

    def rows(self) -> list[list[str]]:
        """The table as shown (for tests)."""
        return [[self.model.item(r, c).text() for c in range(4)]
                for r in range(self.model.rowCount())]
