"""Lines of the map: a reporting line (org-chart connector) or an influence arrow
between two cards, routed around the cards they do not connect (``app.graph.routing``).

Painting is the cost of a map at 1:1 zoom (a long line crosses the whole viewport), so a
line keeps what it draws: its polyline as ``QLineF`` segments and its pen for the scene's
canvas colour. Influence lines are drawn with flat caps as separate segments
(``drawLines``): Qt's raster engine strokes those on a fast path, while a round-capped
or joined path goes through the general stroker, about ten times slower for a long
diagonal line.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QStyleOptionGraphicsItem, QWidget

from app.graph import layout, routing
from app.graph.encoding import GAP_X, GAP_Y
from app.models.enums import InfluenceKind
from app.views.map import style
from app.views.map.items import CardItem, canvas_of

if TYPE_CHECKING:
    from collections.abc import Sequence

Point = tuple[float, float]


class Router(Protocol):
    """What a line needs of its scene to be routed (``MapScene`` is one)."""

    obstacles: routing.Obstacles[str]

    def sync_card(self, card: CardItem) -> None: ...

    def route_now(self, edge: EdgeItem) -> bool: ...

    def line_routed(self, edge: EdgeItem) -> None: ...

    def dragging(self) -> bool: ...

    def rough(self) -> bool: ...

    def defer(self, edge: EdgeItem) -> None: ...


#: a dashed segment longer than this (scene units) is cut to the exposed area to be drawn
LONG = 800.0
#: segment queries a line may spend on a search while its card is being dragged
QUICK_BUDGET = 40
#: … in the frame of a move (a nudge, an undo): a line that needs more is drawn straight
#: for a moment and searched in full from the event loop. A search that succeeds within
#: a smaller budget finds the same route as with the full one (the budget only cuts the
#: search short), so the end state does not depend on it.
MOVE_BUDGET = 60
_NOWHERE: routing.Obstacles[str] = routing.Obstacles()  # no scene yet: nothing to avoid


class EdgeItem(QGraphicsPathItem):
    """A reporting line (org-chart connector) or an influence line (arrow)."""

    def __init__(self, source: CardItem, target: CardItem, kind: str,
                 strength: int | None = None, *, stacked: bool = False) -> None:
        super().__init__()
        self.source, self.target, self.kind = source, target, kind
        self.stacked = stacked  # a report in a stacked column under its manager
        self.strength = strength or 1
        #: sideways shift when another line joins the same two cards (set by the scene)
        self.offset = 0.0
        self.route: routing.Route | None = None
        self._segments: list[QLineF] = []
        #: the segments in runs, each with its bounding box and whether it is one long
        #: segment (painting skips the runs out of view)
        self._chunks: list[tuple[QRectF, list[QLineF], bool]] = []
        self._head = QPainterPath()
        self._shape: QPainterPath | None = None
        self._bounds = QRectF()
        self._pens: dict[tuple[int, bool], QPen] = {}
        source.edges.append(self)
        target.edges.append(self)
        self.setZValue(-1 if kind == "reports" else -0.5)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)  # select, then Delete
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)  # exposedRect
        if kind == "reports":
            self.setPen(QPen(style.REPORTING, 1.6))
        else:
            ik = InfluenceKind(kind)
            pen = QPen(style.INFLUENCE[ik], 0.8 + 0.9 * self.strength, style.INFLUENCE_STYLE[ik])
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)  # the fast path (see the module doc)
            self.setPen(pen)
        self.adjust()

    # -- geometry ------------------------------------------------------------------
    def _router(self) -> Router | None:
        scene = self.scene()
        return scene if hasattr(scene, "obstacles") else None  # type: ignore[return-value]

    def adjust(self) -> None:
        """Route the line again (its cards moved, or one in its way did)."""
        router = self._router()
        if router is None:
            self.straighten()  # not on a map yet: nothing to avoid
            return
        router.sync_card(self.source)
        router.sync_card(self.target)
        if router.route_now(self):
            if router.dragging():
                self.reroute(router, quick=True)
            else:
                self.reroute(router, budget=MOVE_BUDGET)
        # else the scene routes it a little later (a batch of moves, or a busy drag)

    def reroute(self, router: Router | None, *, quick: bool = False,
                budget: int | None = None) -> None:
        """Compute the route now. ``quick`` (while a card is dragged): the line's last
        bends are tried again before a new search. ``budget``: segment queries the search
        may spend; a line that needs more is drawn straight and searched in full later."""
        routing.run(self.reroute_steps(router, quick=quick, budget=budget))

    def reroute_steps(self, router: Router | None, *, quick: bool = False,
                      budget: int | None = None) -> routing.Steps[None]:
        """:meth:`reroute` in steps: the search pauses now and then (the scene spreads a
        long one over turns of the event loop); the line changes only at the end."""
        obstacles = router.obstacles if router is not None else _NOWHERE
        a, b = _rect(self.source.scene_card_rect()), _rect(self.target.scene_card_rect())
        previous = self.route if quick else None
        if budget is None:
            budget = QUICK_BUDGET if quick else routing.BUDGET
        partial = budget < routing.BUDGET
        if self.kind == "reports":
            route = yield from routing.route_connector_steps(
                obstacles, self.source.sid, self.target.sid, a, b, self._connector(a, b),
                previous=previous, budget=budget)
        else:
            route = yield from routing.route_line_steps(
                obstacles, self.source.sid, self.target.sid, a, b, offset=self.offset,
                previous=previous, budget=budget)
        self.set_route(route)
        if router is not None:
            router.line_routed(self)
            if partial and not route.clear:
                router.defer(self)  # a full search later (after the drag, or next turns)

    def straighten(self) -> None:
        """A quick stand-in until the line is routed: today's straight line (connector)."""
        a, b = _rect(self.source.scene_card_rect()), _rect(self.target.scene_card_rect())
        if self.kind == "reports":
            self.set_route(routing.Route(tuple(self._connector(a, b)), clear=False))
        else:
            self.set_route(routing.Route(routing.straight_line(a, b), clear=False))

    def _connector(self, a: routing.Rect, b: routing.Rect) -> list[Point]:
        """The org-chart connector from the manager (source) above to the report."""
        slot = (style.SLOT.width(), style.SLOT.height())
        boss, report = self.source.pos(), self.target.pos()
        stacked = self.stacked and report.y() > boss.y() + slot[1]
        points = [list(p) for p in layout.connector_path(
            (boss.x(), boss.y()), (report.x(), report.y()), slot, stacked=stacked,
            gap_x=GAP_X, gap_y=GAP_Y)]
        # The layout thinks in slots; cards of low influence are drawn smaller.
        points[0][1] = a[3]
        last, before = points[-1], points[-2]
        if last[0] == before[0]:
            last[1] = b[1]
        else:
            last[0] = b[0] if before[0] < last[0] else b[2]
        return [(x, y) for x, y in points]

    def set_route(self, route: routing.Route) -> None:
        self.route = route
        pts = [QPointF(x, y) for x, y in route.points]
        self._segments = [QLineF(pts[i], pts[i + 1]) for i in range(len(pts) - 1)]
        self._chunks = _chunks(route.points, self._segments)
        path = QPainterPath()
        if pts:
            path.addPolygon(QPolygonF(pts))  # moveTo the first point, lineTo the others
        self._head = QPainterPath()
        if self.kind != "reports" and len(pts) >= 2:
            _arrow_head(self._head, _last_direction(route.points), 7 + 2 * self.strength)
            path.addPath(self._head)
        self._shape = None
        pad = (self.pen().widthF() + 3.0) / 2 + 1  # room for the selected (wider) pen
        self._bounds = path.boundingRect().adjusted(-pad, -pad, pad, pad)
        self.setPath(path)  # prepares the geometry change and repaints

    def points(self) -> Sequence[Point]:
        """The drawn polyline, from the source's border to the target's."""
        return self.route.points if self.route is not None else ()

    def line(self) -> tuple[str, str, str]:
        """(source id, target id, kind) as map_edits.remove() takes it; reporting lines
        run from the report to the manager there."""
        if self.kind == "reports":
            return (self.target.sid, self.source.sid, "reports")
        return (self.source.sid, self.target.sid, self.kind)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def shape(self) -> QPainterPath:
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(10)  # easy to click
            self._shape = stroker.createStroke(self.path())
        return self._shape

    # -- painting ------------------------------------------------------------------
    def _pen(self, selected: bool) -> QPen:
        """The pen on the scene's canvas: the line's hue standing out 3:1 from it (or
        the selection's), worked out once per canvas colour."""
        canvas = canvas_of(self)
        key = (canvas.rgba(), selected)
        pen = self._pens.get(key)
        if pen is None:
            if selected:
                pen = QPen(style.on_canvas(style.SELECTION, canvas), self.pen().widthF() + 2.5)
                pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            else:
                pen = QPen(self.pen())
                pen.setColor(style.on_canvas(pen.color(), canvas))
            self._pens[key] = pen
        return pen

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        pen = self._pen(self.isSelected())
        painter.setPen(pen)
        router = self._router()
        rough = router is not None and router.rough()
        if rough:  # while cards are dragged or lines are being re-routed after a move,
            # every line on screen is drawn again and again: without antialiasing (several
            # times quicker for long lines); smooth again once the lines are settled
            hints = painter.renderHints()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        if self.kind == "reports":
            painter.drawPath(self.path())  # orthogonal: cheap either way
        else:
            # Qt lays out the dots of a dashed line along all of it, seen or not: only the
            # pieces in the exposed area are drawn, a long straight piece cut to it with
            # its dots kept in step (they do not crawl while the view scrolls)
            area = option.exposedRect.adjusted(-4, -4, 4, 4)
            dashed = pen.style() != Qt.PenStyle.SolidLine
            lines: list[QLineF] = []
            for box, segments, long in self._chunks:
                if not box.intersects(area):
                    continue
                if long and dashed:
                    _draw_clipped(painter, pen, segments[0], area)
                else:
                    lines += segments
            if lines:
                painter.drawLines(lines)
            painter.drawPath(self._head)
        if rough:
            painter.setRenderHints(hints)


def _rect(r: QRectF) -> routing.Rect:
    return (r.left(), r.top(), r.right(), r.bottom())


def _chunks(points: Sequence[Point],
            segments: list[QLineF]) -> list[tuple[QRectF, list[QLineF], bool]]:
    """The segments (``points[i]`` to ``points[i + 1]``) in runs of at most 24 and
    :data:`LONG` scene units, a segment longer than that alone, each with its bounding
    box (worked out on the floats: a long routed line has hundreds of segments)."""
    out: list[tuple[QRectF, list[QLineF], bool]] = []
    start = 0  # the run is segments[start:i]
    run_length = 0.0

    def close(end: int) -> None:
        if end > start:
            xs = [p[0] for p in points[start:end + 1]]
            ys = [p[1] for p in points[start:end + 1]]
            left, top = min(xs), min(ys)
            out.append((QRectF(left - 1, top - 1, max(xs) - left + 2, max(ys) - top + 2),
                        segments[start:end], False))

    for i in range(len(segments)):
        (ax, ay), (bx, by) = points[i], points[i + 1]
        length = math.hypot(bx - ax, by - ay)
        if length > LONG:
            close(i)
            left, top = min(ax, bx), min(ay, by)
            out.append((QRectF(left - 1, top - 1, abs(bx - ax) + 2, abs(by - ay) + 2),
                        [segments[i]], True))
            start, run_length = i + 1, 0.0
            continue
        if run_length + length > LONG or i - start >= 24:
            close(i)
            start, run_length = i, 0.0
        run_length += length
    close(len(segments))
    return out


def _draw_clipped(painter: QPainter, pen: QPen, seg: QLineF, area: QRectF) -> None:
    """Draw the part of ``seg`` inside ``area``, its dash pattern in the phase it has on
    the whole segment (so the dots do not crawl while the view scrolls)."""
    x0, y0, x1, y1 = area.left(), area.top(), area.right(), area.bottom()
    p, q = (seg.x1(), seg.y1()), (seg.x2(), seg.y2())
    dx, dy = q[0] - p[0], q[1] - p[1]
    t0, t1 = 0.0, 1.0
    for d, lo, hi, v in ((dx, x0, x1, p[0]), (dy, y0, y1, p[1])):
        if abs(d) < 1e-9:
            if not lo <= v <= hi:
                return
            continue
        a, b = sorted(((lo - v) / d, (hi - v) / d))
        t0, t1 = max(t0, a), min(t1, b)
        if t0 >= t1:
            return
    if t0 > 0:
        width = pen.widthF() or 1.0
        period = sum(pen.dashPattern()) or 1.0
        shifted = QPen(pen)
        shifted.setDashOffset((seg.length() * t0 / width) % period)
        painter.setPen(shifted)
    painter.drawLine(QLineF(p[0] + dx * t0, p[1] + dy * t0, p[0] + dx * t1, p[1] + dy * t1))
    if t0 > 0:
        painter.setPen(pen)


def _last_direction(points: Sequence[Point]) -> QLineF:
    """The last piece of the line long enough to point the arrow (a sampled curve ends
    in short pieces)."""
    tip = points[-1]
    for before in reversed(points[:-1]):
        if math.dist(before, tip) >= 6 or before is points[0]:
            return QLineF(QPointF(*before), QPointF(*tip))
    return QLineF(QPointF(*points[0]), QPointF(*tip))


def _arrow_head(path: QPainterPath, line: QLineF, size: float) -> None:
    if line.length() < 1:
        return
    angle = math.atan2(line.dy(), line.dx())
    tip = line.p2()
    for side in (-1, 1):
        a = angle + math.pi + side * math.pi / 7
        path.moveTo(tip)
        path.lineTo(tip.x() + size * math.cos(a), tip.y() + size * math.sin(a))
