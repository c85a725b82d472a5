"""Small charts of the plan tab, painted directly: risk heat map, revenue plan,
KPI trend. Each takes plain data, so it can be tested and screenshotted alone.
Axis figures are compact ("EUR 4.2M"), in the user's locale; the tables beside the
charts give them in full (the rule of app.money)."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.views.formatting import money, number
from app.views.plain import plain

GRID_PEN = QColor("#b0bec5")
TEXT = QColor("#37474f")
MUTED = QColor("#78909c")


def risk_colour(score: int) -> QColor:
    """Likelihood × impact: green up to 4, amber up to 9, orange up to 14, red from 15."""
    if score >= 15:
        return QColor("#e57373")
    if score >= 10:
        return QColor("#ffb74d")
    if score >= 5:
        return QColor("#fff176")
    return QColor("#aed581")


class RiskHeatMap(QWidget):
    """Likelihood (rows, 5 at the top) × impact (columns) with the number of open
    risks in each cell; clicking a cell selects its risks."""

    cellClicked = Signal(int, int)  # likelihood, impact

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: dict[tuple[int, int], int] = {}
        self.titles: dict[tuple[int, int], list[str]] = {}
        #: open risks without likelihood or impact: not on the grid, but said so
        self.unrated = 0
        self.setMinimumSize(230, 250)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:
        return QSize(280, 280)

    def set_risks(self, cells: Sequence[tuple[int, int, str]], unrated: int = 0) -> None:
        """(likelihood, impact, title) of each open risk that has both; ``unrated``:
        how many open risks lack one of them."""
        self.counts, self.titles, self.unrated = {}, {}, unrated
        for likelihood, impact, title in cells:
            cell = (likelihood, impact)
            self.counts[cell] = self.counts.get(cell, 0) + 1
            self.titles.setdefault(cell, []).append(title)
        self.update()

    def cell_at(self, point: QPointF) -> tuple[int, int] | None:
        for likelihood in range(1, 6):
            for impact in range(1, 6):
                if self.cell_rect(likelihood, impact).contains(point):
                    return likelihood, impact
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            cell = self.cell_at(QPointF(event.pos()))
            text = (self.tr("Open risks by likelihood (up) and impact (right)")
                    if cell is None else self.cell_tip(*cell))
            QToolTip.showText(event.globalPos(), plain(text), self)  # risk titles
            return True
        return super().event(event)

    def cell_tip(self, likelihood: int, impact: int) -> str:
        """The tooltip of a cell: its score, and the open risks in it."""
        names = self.titles.get((likelihood, impact), [])
        score = self.tr("Likelihood {likelihood} × impact {impact} = {score}").format(
            likelihood=likelihood, impact=impact, score=likelihood * impact)
        if not names:
            return self.tr("{score}: no open risk").format(score=score)
        # English has no catalogue of its own: its singular is a message of its own;
        # every other count takes the language's plural forms
        risks = (self.tr("{score}: 1 open risk") if len(names) == 1
                 else self.tr("{score}: %n open risks", "", len(names))).format(score=score)
        return "\n".join([risks, *(f"• {n}" for n in names),
                          self.tr("Click to select them.")])

    def _plot(self) -> QRectF:
        side = min(self.width() - 48, self.height() - 58)
        return QRectF(42, 6, side, side)

    def cell_rect(self, likelihood: int, impact: int) -> QRectF:
        plot = self._plot()
        size = plot.width() / 5
        return QRectF(plot.left() + (impact - 1) * size, plot.top() + (5 - likelihood) * size,
                      size, size)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: ARG002
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bold = QFont(self.font())
        bold.setBold(True)
        for likelihood in range(1, 6):
            for impact in range(1, 6):
                rect = self.cell_rect(likelihood, impact)
                painter.setPen(QPen(QColor("white"), 2))
                painter.setBrush(risk_colour(likelihood * impact))
                painter.drawRect(rect)
                count = self.counts.get((likelihood, impact), 0)
                if count:
                    painter.setPen(TEXT)
                    painter.setFont(bold)
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(count))
        painter.setFont(self.font())
        painter.setPen(MUTED)
        plot = self._plot()
        for n in range(1, 6):
            rect = self.cell_rect(n, 1)
            painter.drawText(QRectF(18, rect.top(), 18, rect.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(n))
            rect = self.cell_rect(1, n)
            painter.drawText(QRectF(rect.left(), plot.bottom() + 2, rect.width(), 16),
                             Qt.AlignmentFlag.AlignCenter, str(n))
        painter.drawText(QRectF(plot.left(), plot.bottom() + 16, plot.width(), 16),
                         Qt.AlignmentFlag.AlignCenter, self.tr("impact →"))
        if self.unrated:
            painter.drawText(QRectF(0, plot.bottom() + 34, self.width(), 16),
                             Qt.AlignmentFlag.AlignCenter,
                             self.tr("1 open risk not rated yet") if self.unrated == 1
                             else self.tr("%n open risks not rated yet", "", self.unrated))
        painter.save()
        painter.translate(9, plot.center().y())
        painter.rotate(-90)
        painter.drawText(QRectF(-60, -8, 120, 16), Qt.AlignmentFlag.AlignCenter,
                         self.tr("likelihood →"))
        painter.restore()
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position())
        if cell is not None:
            self.cellClicked.emit(*cell)
            return
        super().mousePressEvent(event)


class RevenueChart(QWidget):
    """Planned (outline) and actual (filled) revenue per quarter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.quarters: list[tuple[str, float | None, float | None]] = []
        self.currency: str | None = None
        self.setMinimumSize(260, 180)
        self.setToolTip(self.tr("Planned revenue (outline) and actual revenue per quarter: "
                                "green at or above plan, red below"))

    def sizeHint(self) -> QSize:
        return QSize(360, 220)

    def set_quarters(self, quarters: Sequence[tuple[str, float | None, float | None]],
                     currency: str | None) -> None:
        self.quarters, self.currency = list(quarters), currency
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: ARG002
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        values = [v for _, p, a in self.quarters for v in (p, a) if v is not None]
        if not values:
            painter.setPen(MUTED)
            painter.drawText(QRectF(self.rect()).adjusted(8, 8, -8, -8),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.tr("Add quarters to see planned against actual revenue."))
            painter.end()
            return
        top = max(values) or 1.0
        labels = [money(top * f, self.currency, compact=True) for f in (0.0, 0.5, 1.0)]
        margin = max(painter.fontMetrics().horizontalAdvance(t) for t in labels) + 12
        plot = QRectF(margin, 26, self.width() - margin - 8, self.height() - 50)
        # legend: a swatch per series, drawn (a glyph like ▯ is missing from many fonts)
        painter.setPen(MUTED)
        x = plot.left()
        for text, filled in ((self.tr("planned"), False), (self.tr("actual"), True)):
            painter.setPen(QPen(QColor("#1565c0"), 1.5))
            painter.setBrush(QColor("#2e7d32") if filled else Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(x, 6, 9, 12))
            painter.setPen(MUTED)
            width = painter.fontMetrics().horizontalAdvance(text)
            painter.drawText(QRectF(x + 14, 2, width + 4, 20), Qt.AlignmentFlag.AlignVCenter,
                             text)
            x += width + 32
        for fraction, text in zip((0.0, 0.5, 1.0), labels, strict=True):
            y = plot.bottom() - plot.height() * fraction
            painter.setPen(GRID_PEN)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(MUTED)
            painter.drawText(QRectF(0, y - 8, margin - 6, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        slot = plot.width() / len(self.quarters)
        widest = max(painter.fontMetrics().horizontalAdvance(q[0]) for q in self.quarters) + 6
        step = max(1, math.ceil(widest / slot))  # every step-th quarter is labelled
        bar = max(3.0, slot * 0.35)
        for i, (name, planned, actual) in enumerate(self.quarters):
            x = plot.left() + i * slot + slot / 2
            for offset, value, filled in ((-bar, planned, False), (0.0, actual, True)):
                if value is None:
                    continue
                height = plot.height() * value / top
                rect = QRectF(x + offset, plot.bottom() - height, bar, height)
                colour = QColor("#1565c0")
                if filled and planned:
                    colour = QColor("#2e7d32") if value >= planned else QColor("#c62828")
                painter.setPen(QPen(colour, 1.5))
                painter.setBrush(colour if filled else Qt.BrushStyle.NoBrush)
                painter.drawRect(rect)
            if i % step == 0:
                painter.setPen(MUTED)
                painter.drawText(QRectF(x - widest / 2, plot.bottom() + 2, widest, 18),
                                 Qt.AlignmentFlag.AlignCenter, name)
        painter.end()


class KpiChart(QWidget):
    """A KPI's values over time as a line, with its target as a dashed line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[tuple[dt.date, float]] = []
        self.target: float | None = None
        self.title = ""
        self.setMinimumSize(260, 160)

    def sizeHint(self) -> QSize:
        return QSize(360, 200)

    def set_series(self, title: str, points: Sequence[tuple[dt.date, float]],
                   target: float | None) -> None:
        self.title, self.points, self.target = title, sorted(points), target
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: ARG002
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(TEXT)
        painter.drawText(QRectF(8, 2, self.width() - 16, 18), Qt.AlignmentFlag.AlignLeft,
                         self.title)
        if not self.points:
            painter.setPen(MUTED)
            painter.drawText(QRectF(self.rect()).adjusted(8, 8, -8, -8),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.tr("Select a KPI with values to see its trend."))
            painter.end()
            return
        values = [v for _, v in self.points] + ([self.target] if self.target is not None
                                                 else [])
        low, high = min(values), max(values)
        if high == low:
            low, high = low - 1, high + 1
        # a margin inside the axes, so no point sits on an edge or on its label
        plot = QRectF(56, 30, self.width() - 76, self.height() - 60)
        first, last = self.points[0][0], self.points[-1][0]
        span = max((last - first).days, 1)

        def at(day: dt.date, value: float) -> QPointF:
            x = plot.left() + plot.width() * ((day - first).days / span
                                              if len(self.points) > 1 else 0.5)
            return QPointF(x, plot.bottom() - plot.height() * (value - low) / (high - low))

        painter.setPen(GRID_PEN)
        frame = plot.adjusted(-8, -8, 8, 8)
        painter.drawLine(frame.bottomLeft(), frame.bottomRight())
        painter.drawLine(frame.bottomLeft(), frame.topLeft())
        painter.setPen(MUTED)
        for value in (low, high):
            y = at(first, value).y()
            painter.drawText(QRectF(0, y - 8, frame.left() - 4, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             number(value, compact=True))
        painter.drawText(QRectF(frame.left(), frame.bottom() + 4, frame.width(), 16),
                         Qt.AlignmentFlag.AlignLeft, first.isoformat())
        if last != first:
            painter.drawText(QRectF(frame.left(), frame.bottom() + 4, frame.width(), 16),
                             Qt.AlignmentFlag.AlignRight, last.isoformat())
        if self.target is not None:
            painter.setPen(QPen(QColor("#ef8f00"), 1.5, Qt.PenStyle.DashLine))
            y = at(first, self.target).y()
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.drawText(QRectF(plot.left() + 4, y - 18, 120, 16),
                             Qt.AlignmentFlag.AlignLeft, self.tr("target"))
        painter.setPen(QPen(QColor("#1565c0"), 2))
        painter.setBrush(QColor("#1565c0"))
        previous: QPointF | None = None
        for day, value in self.points:
            point = at(day, value)
            if previous is not None:
                painter.drawLine(previous, point)
            painter.drawEllipse(point, 3, 3)
            previous = point
        painter.end()
