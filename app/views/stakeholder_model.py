"""Stakeholder map tab (first cut): the account's people as a sortable table.

The interactive influence map replaces the table's place later; the model
stays useful as the map's list view.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.account import AccountFile, StakeholderRecord
from app.models.enums import RELATIONSHIP_LABELS, label
from app.views.map.style import STANCE_FILL

Index = QModelIndex | QPersistentModelIndex


HEADERS = ("Name", "Title", "Department", "Reports to", "Role", "Stance", "Influence",
           "Relationship", "Our owner", "Last contact")


class StakeholderTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[StakeholderRecord] = []
        self._names: dict[str, str] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_document(self, doc: AccountFile | None) -> None:
        self.beginResetModel()
        self._rows = list(doc.stakeholders) if doc else []
        self._names = {s.id: s.name for s in self._rows}
        if self._sort is not None:  # the header still shows the last sort
            column, order = self._sort
            self._rows.sort(key=lambda s: self._sort_key(s, column),
                            reverse=order == Qt.SortOrder.DescendingOrder)
        self.endResetModel()

    def update_people(self, doc: AccountFile, ids: set[str]) -> None:
        """Only these people's fields changed: their rows are refreshed in place (a name
        change also refreshes the boss column of their reports)."""
        by_id = {p.id: p for p in doc.stakeholders}
        renamed = {sid for sid in ids if self._names.get(sid) != by_id[sid].name}
        self._names.update({sid: by_id[sid].name for sid in ids})
        last = len(HEADERS) - 1
        for row, person in enumerate(self._rows):
            if person.id in ids or person.reports_to in renamed:
                self._rows[row] = by_id[person.id]
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def _sort_key(self, s: StakeholderRecord, column: int) -> tuple[bool, Any]:
        """Sort on values, not on shown text: levels as numbers, dates as dates."""
        raw: Any
        if column == 6:
            raw = s.influence
        elif column == 7:
            raw = s.relationship
        elif column == 9:
            raw = s.last_contact
        else:
            raw = str(self._cell(s, column)).casefold() or None
        return (raw is None, raw if raw is not None else 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def _cell(self, s: StakeholderRecord, column: int) -> Any:
        return (
            s.name,
            s.title or "",
            s.department or "",
            self._names.get(s.reports_to or "", ""),
            label(s.role),
            label(s.stance),
            "" if s.influence is None else "●" * s.influence,
            "" if s.relationship is None else RELATIONSHIP_LABELS[s.relationship],
            s.our_owner or "",
            s.last_contact.isoformat() if s.last_contact else "",
        )[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        s = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(s, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 5 and s.stance:
            return STANCE_FILL[s.stance]  # the map's colours, so table and map agree
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()  # the selection follows its person
        ids = [self._rows[i.row()].id for i in old]
        self._rows.sort(key=lambda s: self._sort_key(s, column),
                        reverse=order == Qt.SortOrder.DescendingOrder)
        row_of = {s.id: n for n, s in enumerate(self._rows)}
        self.changePersistentIndexList(
            old, [self.index(row_of[sid], i.column()) for sid, i in zip(ids, old, strict=True)]
        )
        self.layoutChanged.emit()


class StakeholderTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = StakeholderTableModel(self)
        self._sized = False
        self.summary = QLabel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        note = QLabel("The interactive influence map (cards, reporting and influence lines, "
                      "insights) is coming; until then, here are the people.")
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(note)

    def load(self, doc: AccountFile | None) -> None:
        self.model.set_document(doc)
        if doc is None:
            self.summary.clear()
            return
        self.summary.setText(f"{len(doc.stakeholders)} stakeholders · "
                             f"{len(doc.influences)} influence lines")
        if not self._sized and doc.stakeholders:  # once: a reload keeps the user's widths
            self.table.resizeColumnsToContents()
            self._sized = True
