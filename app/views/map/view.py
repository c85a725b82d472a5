"""A zoomable, pannable view of the map: wheel zooms at the cursor, Ctrl+0 fits."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QLabel, QStyle, QWidget

from app.views.map.scene import MapScene


class MapView(QGraphicsView):
    MIN_ZOOM, MAX_ZOOM = 0.1, 4.0
    #: Esc on the map: the tab leaves the drawing mode (or drops the line being drawn)
    escapePressed = Signal()
    #: an arrow key: select the next card that way (dx, dy of -1, 0, 1)
    stepRequested = Signal(int, int)
    #: Ctrl+arrow: move the selected cards that way
    nudgeRequested = Signal(int, int)
    #: Enter or F2: edit the selected person
    editPersonRequested = Signal()
    #: a card's menu: right click on it, or the menu key / Shift+F10 with it selected
    #: (its id, where to show the menu on the screen)
    cardMenuRequested = Signal(str, QPoint)

    def __init__(self, scene: MapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.map_scene = scene
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)  # multi-select
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)

        self._fit_pending = False
        #: the viewport's size at the last fit (see resizeEvent)
        self._fitted_at: QSize | None = None
        #: what Fit frames (set by the tab: the focused people); None: the shown cards
        self.frame: Callable[[], QRectF] | None = None
        # a line being drawn follows the mouse between its two clicks
        self.viewport().setMouseTracking(True)
        #: what an empty map says (set by the tab), centred over the canvas
        self.empty_hint = QLabel(self.viewport())
        self.empty_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setObjectName("emptyMapHint")
        self.empty_hint.setStyleSheet("color: palette(placeholder-text); font-size: 11pt;")
        self.empty_hint.hide()

    def show_hint(self, text: str) -> None:
        """Say ``text`` over the canvas ("" hides it)."""
        self.empty_hint.setText(text)
        self.empty_hint.setVisible(bool(text))
        self._place_hint()

    def _place_hint(self) -> None:
        area = self.viewport().rect().adjusted(40, 40, -40, -40)
        self.empty_hint.setGeometry(area)

    def fit_when_shown(self) -> None:
        """Fit now if the view has its real size, else as soon as it has."""
        self._fit_pending = True
        if self.isVisible() and self.viewport().width() > 50:
            self.fit()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._fit_pending:
            self.fit()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._place_hint()
        if self._fit_pending and not self._scrollbar_only():
            self.fit()

    def _scrollbar_only(self) -> bool:
        """Whether the viewport changed size since the last fit only by a scroll bar
        coming or going: fitting again would take it away or bring it back, and so on
        for ever (a fit near the edge of needing one)."""
        if self._fitted_at is None:
            return False
        size, bar = self.viewport().size(), self.style().pixelMetric(
            QStyle.PixelMetric.PM_ScrollBarExtent) + 2
        return (abs(size.width() - self._fitted_at.width()) <= bar
                and abs(size.height() - self._fitted_at.height()) <= bar)

    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        self._fit_pending = False  # the user chose a zoom: stop fitting on resize
        target = min(self.MAX_ZOOM, max(self.MIN_ZOOM, self.zoom() * factor))
        self.scale(target / self.zoom(), target / self.zoom())

    def fit(self) -> None:
        rect = self.frame() if self.frame is not None else self.map_scene.content_rect()
        if rect.isEmpty():
            return
        pending = self._fit_pending
        self._fitted_at = self.viewport().size()
        self.fitInView(rect.adjusted(-30, -30, 30, 30), Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > 1.5:  # a tiny map is not blown up
            self.zoom_by(1.5 / self.zoom())
        self._fit_pending = pending

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.angleDelta().y():
            self.zoom_by(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
            event.accept()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            self._keyboard_menu()
            event.accept()
            return
        card = self.map_scene.card_at(self.mapToScene(event.pos()))
        if card is not None and card.isVisible():
            self.cardMenuRequested.emit(card.sid, event.globalPos())
            event.accept()
            return
        super().contextMenuEvent(event)

    def _keyboard_menu(self) -> bool:
        """The menu of the one selected card, shown on the card; whether there is one."""
        ids = self.map_scene.selected_ids()
        if len(ids) != 1:
            return False
        card = self.map_scene.cards[ids[0]]
        self.ensureVisible(card, 20, 20)
        rect = card.scene_card_rect()
        spot = self.mapFromScene(rect.center().x(), rect.bottom())
        self.cardMenuRequested.emit(card.sid, self.viewport().mapToGlobal(spot))
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        menu_key = event.key() == Qt.Key.Key_Menu or (
            event.key() == Qt.Key.Key_F10
            and event.modifiers() == Qt.KeyboardModifier.ShiftModifier)
        if menu_key and self._keyboard_menu():
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.escapePressed.emit()
            event.accept()
            return
        arrows = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
                  Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        step = arrows.get(Qt.Key(event.key()))
        if step is not None and self.map_scene.cards:
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.nudgeRequested.emit(*step)
            else:
                self.stepRequested.emit(*step)
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2) \
                and self.map_scene.selected_ids():
            self.editPersonRequested.emit()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)  # hold Space to pan
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        super().keyReleaseEvent(event)
