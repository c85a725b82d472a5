"""Lines of the map: a reporting line (org-chart connector) or an influence arrow
between two cards."""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QStyleOptionGraphicsItem, QWidget

from app.graph import layout
from app.models.enums import InfluenceKind
from app.views.map import style
from app.views.map.items import CardItem, canvas_of


class EdgeItem(QGraphicsPathItem):
    """A reporting line (org-chart connector) or an influence line (arrow)."""

    def __init__(self, source: CardItem, target: CardItem, kind: str,
                 strength: int | None = None, *, stacked: bool = False) -> None:
        super().__init__()
        self.source, self.target, self.kind = source, target, kind
        self.stacked = stacked  # a report in a stacked column under its manager
        self.strength = strength or 1
        source.edges.append(self)
        target.edges.append(self)
        self.setZValue(-1 if kind == "reports" else -0.5)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)  # select, then Delete
        if kind == "reports":
            self.setPen(QPen(style.REPORTING, 1.6))
        else:
            ik = InfluenceKind(kind)
            pen = QPen(style.INFLUENCE[ik], 0.8 + 0.9 * self.strength, style.INFLUENCE_STYLE[ik])
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            self.setPen(pen)
        self.adjust()

    def adjust(self) -> None:
        a, b = self.source.scene_card_rect(), self.target.scene_card_rect()
        path = QPainterPath()
        if self.kind == "reports":  # boss (source) above: org-chart connector
            slot = (style.SLOT.width(), style.SLOT.height())
            boss, report = self.source.pos(), self.target.pos()
            stacked = self.stacked and report.y() > boss.y() + slot[1]
            points = [QPointF(x, y) for x, y in layout.connector_path(
                (boss.x(), boss.y()), (report.x(), report.y()), slot, stacked=stacked)]
            # The layout thinks in slots; cards of low influence are drawn smaller.
            points[0].setY(a.bottom())
            last, before = points[-1], points[-2]
            if last.x() == before.x():
                last.setY(b.top())
            else:
                last.setX(b.left() if before.x() < last.x() else b.right())
            path.moveTo(points[0])
            for point in points[1:]:
                path.lineTo(point)
        else:
            start = _border_point(a, b.center())
            end = _border_point(b, a.center())
            path.moveTo(start)
            path.lineTo(end)
            _arrow_head(path, QLineF(start, end), 7 + 2 * self.strength)
        self.setPath(path)

    def line(self) -> tuple[str, str, str]:
        """(source id, target id, kind) as map_edits.remove() takes it; reporting lines
        run from the report to the manager there."""
        if self.kind == "reports":
            return (self.target.sid, self.source.sid, "reports")
        return (self.source.sid, self.target.sid, self.kind)

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(10)  # easy to click
        return stroker.createStroke(self.path())

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        canvas = canvas_of(self)
        if self.isSelected():
            painter.setPen(QPen(style.on_canvas(style.SELECTION, canvas),
                                self.pen().widthF() + 2.5))
            painter.drawPath(self.path())
            return
        pen = QPen(self.pen())  # its hue (the kind of line), standing out 3:1 from the canvas
        pen.setColor(style.on_canvas(pen.color(), canvas))
        painter.setPen(pen)
        painter.drawPath(self.path())


def _border_point(rect: QRectF, toward: QPointF) -> QPointF:
    """Where the line from the rectangle's centre toward a point leaves the rectangle."""
    c = rect.center()
    dx, dy = toward.x() - c.x(), toward.y() - c.y()
    if dx == 0 and dy == 0:
        return c
    sx = (rect.width() / 2) / abs(dx) if dx else math.inf
    sy = (rect.height() / 2) / abs(dy) if dy else math.inf
    s = min(sx, sy)
    return QPointF(c.x() + dx * s, c.y() + dy * s)


def _arrow_head(path: QPainterPath, line: QLineF, size: float) -> None:
    if line.length() < 1:
        return
    angle = math.atan2(line.dy(), line.dx())
    tip = line.p2()
    for side in (-1, 1):
        a = angle + math.pi + side * math.pi / 7
        path.moveTo(tip)
        path.lineTo(tip.x() + size * math.cos(a), tip.y() + size * math.sin(a))
