"""The Insights list: what the graph analysis found, most severe first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap

from app.graph.analysis import Finding
from app.views.plain import plain

Index = QModelIndex | QPersistentModelIndex
SEVERITY_COLOUR = {"high": QColor("#c62828"), "medium": QColor("#ef8f00"),
                   "low": QColor("#607d8b")}
IDS_ROLE = Qt.ItemDataRole.UserRole + 1
_DOTS: dict[str, QPixmap] = {}


def _dot(severity: str) -> QPixmap:
    """A small coloured disc per severity (made once, after the app exists)."""
    if severity not in _DOTS:
        pixmap = QPixmap(12, 12)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(SEVERITY_COLOUR.get(severity, QColor("#90a4ae")))
        painter.drawEllipse(1, 1, 10, 10)
        painter.end()
        _DOTS[severity] = pixmap
    return _DOTS[severity]


class InsightModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._findings: list[Finding] = []

    def set_findings(self, findings: list[Finding]) -> None:
        self.beginResetModel()
        self._findings = list(findings)
        self.endResetModel()

    def finding(self, row: int) -> Finding:
        return self._findings[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._findings)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        f = self._findings[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f.message
        if role == Qt.ItemDataRole.DecorationRole:
            return _dot(f.severity)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain(f"{self._severity(f.severity)}\n{f.message}")
        if role == IDS_ROLE:
            return list(f.stakeholders)
        return None

    def _severity(self, severity: str) -> str:
        """"High severity" (the finding's kind is a key for machines, not shown)."""
        return {"high": self.tr("High severity"), "medium": self.tr("Medium severity"),
                "low": self.tr("Low severity")}.get(severity, severity)
