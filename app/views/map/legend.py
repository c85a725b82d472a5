"""The legend: explains every visual encoding of the map, drawn from map.style."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from app.models.enums import RELATIONSHIP_LABELS, InfluenceKind, Stance, label
from app.views.map import style

ROW = 18


class Legend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(self.sizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(230, ROW * 31 + 10)

    def paintEvent(self, _event: object) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        y = 4.0

        def heading(text: str) -> None:
            nonlocal y
            font = p.font()
            font.setBold(True)
            p.setFont(font)
            p.setPen(QColor("#263238"))
            p.drawText(QRectF(6, y, 220, ROW), Qt.AlignmentFlag.AlignVCenter, text)
            font.setBold(False)
            p.setFont(font)
            y += ROW

        def row(text: str) -> QRectF:
            nonlocal y
            p.setPen(QColor("#37474f"))
            p.drawText(QRectF(46, y, 180, ROW), Qt.AlignmentFlag.AlignVCenter, text)
            swatch = QRectF(10, y + 3, 28, ROW - 6)
            y += ROW
            return swatch

        heading("Fill: stance toward us")
        for stance in (*Stance, None):
            r = row(label(stance) if stance else "Unknown")
            p.setPen(QPen(style.BORDER, 1))
            p.setBrush(QBrush(style.STANCE_FILL[stance]))
            p.drawRoundedRect(r, 3, 3)
        heading("Border: our relationship")
        for level in range(5):
            r = row(f"{level} {RELATIONSHIP_LABELS[level]}")
            width, pen_style = style.border(level)
            p.setPen(QPen(style.BORDER, width, pen_style))
            p.setBrush(QBrush(QColor("#ffffff")))
            p.drawRoundedRect(r.adjusted(2, 1, -2, -1), 3, 3)
        heading("Size: influence, 1 … 5")
        heading("Badge: buying role")
        for role, badge in style.ROLE_BADGE.items():
            if badge:
                r = row(label(role))
                p.setPen(QColor("#263238"))
                p.drawText(r, Qt.AlignmentFlag.AlignCenter, badge)
        heading("Lines (thicker = stronger)")
        r = row("Reports to")
        p.setPen(QPen(style.REPORTING, 1.6))
        p.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()))
        for kind in InfluenceKind:
            r = row(f"Influence: {label(kind).lower()} →")
            p.setPen(QPen(style.INFLUENCE[kind], 2.2, style.INFLUENCE_STYLE[kind]))
            p.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()))
        p.end()
