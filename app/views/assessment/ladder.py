"""The Cranfield stage ladder: where the relationship is, where it should be, and
what the evidence supports, at a glance."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.assessment.stages import LADDER
from app.models.enums import RelationshipStage, label

REACHED = QColor("#90caf9")
CURRENT = QColor("#1565c0")
AHEAD = QColor("#eceff1")
TARGET = QColor("#ef8f00")
BROKEN = QColor("#c62828")
TEXT_DARK = QColor("#263238")

_BLURB = {
    RelationshipStage.EXPLORATORY: "getting to know",
    RelationshipStage.BASIC: "transactional",
    RelationshipStage.COOPERATIVE: "several contacts",
    RelationshipStage.INTERDEPENDENT: "strategic partner",
    RelationshipStage.INTEGRATED: "one team",
}


class StageLadder(QWidget):
    """Five chevrons, lowest stage on the left.

    Reached stages are light blue, the current one dark blue, the target has an
    orange outline and flag, and a marker shows the highest stage the evidence
    supports. A disintegrating relationship is drawn with a red banner instead.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current: RelationshipStage | None = None
        self.target: RelationshipStage | None = None
        self.evidenced: RelationshipStage | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(420)

    def sizeHint(self) -> QSize:
        return QSize(720, 96)

    def minimumSizeHint(self) -> QSize:
        return QSize(420, 96)

    def set_stages(self, current: RelationshipStage | None, target: RelationshipStage | None,
                   evidenced: RelationshipStage | None) -> None:
        self.current, self.target, self.evidenced = current, target, evidenced
        parts = [f"Relationship stage: {label(current) or 'not recorded'}"]
        if target:
            parts.append(f"target {label(target)}")
        parts.append(f"evidence supports {label(evidenced) or 'no stage yet'}")
        self.setAccessibleName(", ".join(parts))
        self.setToolTip(", ".join(parts))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: ARG002
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        broken = self.current == RelationshipStage.DISINTEGRATING
        top, height = 18.0, 46.0
        gap, tip = 6.0, 14.0
        width = (self.width() - 2 - gap * (len(LADDER) - 1)) / len(LADDER)
        current = LADDER.index(self.current) if self.current in LADDER else -1
        title = QFont(self.font())
        title.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        for i, stage in enumerate(LADDER):
            x = 1 + i * (width + gap)
            path = self._chevron(QRectF(x, top, width, height), tip, first=i == 0)
            fill = CURRENT if i == current else REACHED if i < current else AHEAD
            if broken:
                fill = AHEAD
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawPath(path)
            if stage == self.target and not broken:
                painter.setPen(QPen(TARGET, 3))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(path)
                painter.setFont(small)
                painter.setPen(TARGET)
                painter.drawText(QRectF(x, 0, width, top - 2),
                                 Qt.AlignmentFlag.AlignCenter, "⚑ target")
            painter.setPen(QColor("white") if i == current and not broken else TEXT_DARK)
            painter.setFont(title)
            inner = QRectF(x + tip, top + 4, width - 2 * tip, height / 2 - 2)
            painter.drawText(inner, Qt.AlignmentFlag.AlignCenter,
                             painter.fontMetrics().elidedText(
                                 label(stage), Qt.TextElideMode.ElideRight, int(inner.width())))
            painter.setFont(small)
            inner.translate(0, height / 2 - 4)
            painter.drawText(inner, Qt.AlignmentFlag.AlignCenter,
                             painter.fontMetrics().elidedText(
                                 _BLURB[stage], Qt.TextElideMode.ElideRight, int(inner.width())))
            if stage == self.evidenced and not broken:
                painter.setPen(QColor("#2e7d32"))
                painter.drawText(QRectF(x, top + height + 2, width, 16),
                                 Qt.AlignmentFlag.AlignCenter, "▲ evidence supports")
        if broken:
            banner = QRectF(self.width() * 0.2, top + 8, self.width() * 0.6, height - 16)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(BROKEN)
            painter.drawRoundedRect(banner, 6, 6)
            painter.setPen(QColor("white"))
            painter.setFont(title)
            painter.drawText(banner, Qt.AlignmentFlag.AlignCenter,
                             "Disintegrating: the relationship is breaking down")
        painter.end()

    @staticmethod
    def _chevron(rect: QRectF, tip: float, first: bool) -> QPainterPath:
        path = QPainterPath()
        left, right = rect.left(), rect.right()
        mid = rect.center().y()
        path.moveTo(left, rect.top())
        path.lineTo(right - tip, rect.top())
        path.lineTo(right, mid)
        path.lineTo(right - tip, rect.bottom())
        path.lineTo(left, rect.bottom())
        if not first:
            path.lineTo(left + tip, mid)
        path.closeSubpath()
        return path
