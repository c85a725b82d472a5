"""The Cranfield stage ladder: where the relationship is, where it should be, and
what the evidence supports, at a glance."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.assessment.stages import LADDER
from app.models.enums import RelationshipStage, label
from app.views import colors
from app.views.assessment.translated import QT_TRANSLATE_NOOP

REACHED = QColor("#90caf9")
CURRENT = QColor("#1565c0")
AHEAD = QColor("#eceff1")
TARGET = QColor("#ef8f00")
BROKEN = QColor("#c62828")
EVIDENCE = QColor("#2e7d32")
TEXT_DARK = QColor("#263238")


def ladder_colours(palette: QPalette) -> dict[str, QColor]:
    """The ladder's colours in ``palette``: chevrons that sit in its window (light ones in
    a light palette, deep ones in a dark palette), the words on each chosen for 4.5:1, and
    the target's and the evidence's marks readable on the window."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    if colors.is_dark(palette):
        reached = colors.mix(window, REACHED, 0.35)
        ahead = colors.mix(window, text, 0.12)
    else:
        reached, ahead = QColor(REACHED), QColor(AHEAD)
    look = {"reached": reached, "current": QColor(CURRENT), "ahead": ahead,
            "broken": QColor(BROKEN),
            "target": colors.ensure_contrast(TARGET, window, colors.GRAPHIC_AA),
            "target text": colors.ensure_contrast(TARGET, window),
            "evidence": colors.ensure_contrast(EVIDENCE, window)}
    for fill in ("reached", "current", "ahead", "broken"):
        look[fill + " text"] = colors.readable_on(look[fill], text, TEXT_DARK)
    return look

#: under each stage's name; translated where painted (context "StageLadder")
_BLURB = {
    RelationshipStage.EXPLORATORY: QT_TRANSLATE_NOOP("StageLadder", "getting to know"),
    RelationshipStage.BASIC: QT_TRANSLATE_NOOP("StageLadder", "transactional"),
    RelationshipStage.COOPERATIVE: QT_TRANSLATE_NOOP("StageLadder", "several contacts"),
    RelationshipStage.INTERDEPENDENT: QT_TRANSLATE_NOOP("StageLadder", "strategic partner"),
    RelationshipStage.INTEGRATED: QT_TRANSLATE_NOOP("StageLadder", "one team"),
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
        recorded = label(current) or self.tr("not recorded")
        supported = label(evidenced) or self.tr("no stage yet")
        if target:
            text = self.tr("Relationship stage: {current}, target {target}, evidence supports "
                           "{evidenced}").format(current=recorded, target=label(target),
                                                 evidenced=supported)
        else:
            text = self.tr("Relationship stage: {current}, evidence supports {evidenced}"
                           ).format(current=recorded, evidenced=supported)
        self.setAccessibleName(text)
        self.setToolTip(text)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: ARG002
        painter = QPainter(self)
        self.paint(painter)
        painter.end()

    def paint(self, painter: QPainter) -> None:
        """The ladder, on the widget's window colour."""
        look = ladder_colours(self.palette())
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
            fill = "current" if i == current else "reached" if i < current else "ahead"
            if broken:
                fill = "ahead"
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(look[fill])
            painter.drawPath(path)
            if stage == self.target and not broken:
                painter.setPen(QPen(look["target"], 3))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(path)
                painter.setFont(small)
                painter.setPen(look["target text"])
                painter.drawText(QRectF(x, 0, width, top - 2),
                                 Qt.AlignmentFlag.AlignCenter, self.tr("⚑ target"))
            painter.setPen(look[fill + " text"])
            inner = QRectF(x + tip, top + 4, width - 2 * tip, height / 2 - 2)
            self._fitted(painter, title, inner, label(stage))
            inner.translate(0, height / 2 - 4)
            self._fitted(painter, small, inner,
                         QCoreApplication.translate("StageLadder", _BLURB[stage]))
            if stage == self.evidenced and not broken:
                painter.setFont(small)
                painter.setPen(look["evidence"])
                painter.drawText(QRectF(x, top + height + 2, width, 16),
                                 Qt.AlignmentFlag.AlignCenter, self.tr("▲ evidence supports"))
        if broken:
            banner = QRectF(self.width() * 0.2, top + 8, self.width() * 0.6, height - 16)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(look["broken"])
            painter.drawRoundedRect(banner, 6, 6)
            painter.setPen(look["broken text"])
            painter.setFont(title)
            painter.drawText(banner, Qt.AlignmentFlag.AlignCenter,
                             self.tr("Disintegrating: the relationship is breaking down"))

    @staticmethod
    def _fitted(painter: QPainter, font: QFont, rect: QRectF, text: str) -> None:
        """``text`` centred in ``rect``: in a smaller font (down to 6.5 pt) when it is too
        wide (stage names run longer in Russian), elided only if that is not enough."""
        fitted = QFont(font)
        room = int(rect.width())
        wide = QFontMetrics(fitted).horizontalAdvance(text)  # as elidedText() measures
        if wide > room > 0:  # (a little under: the metrics of a size round up)
            fitted.setPointSizeF(max(6.5, font.pointSizeF() * 0.95 * room / wide))
        painter.setFont(fitted)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, painter.fontMetrics().elidedText(
            text, Qt.TextElideMode.ElideRight, room))

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
