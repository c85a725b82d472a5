"""A table view that says what to do when it is empty, instead of a blank box."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QTableView

MUTED = QColor("#78909c")


class EmptyTextTable(QTableView):
    """Shows ``empty_text`` centred in the viewport while the model has no rows."""

    def __init__(self, empty_text: str = "") -> None:
        super().__init__()
        self.empty_text = empty_text

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.model().rowCount() == 0 and self.empty_text:
            painter = QPainter(self.viewport())
            painter.setPen(MUTED)
            painter.drawText(QRectF(self.viewport().rect()).adjusted(10, 10, -10, -10),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.empty_text)
            painter.end()
