"""Lines of the stakeholder map routed around the cards they do not connect: pure
geometry on plain tuples, no Qt.

Rectangles are ``(left, top, right, bottom)`` in scene units, y down; points ``(x, y)``.

Design
------
- **Straight when clear.** Most lines on a real map (24–120 people) see nothing between
  their two cards; that test is one segment query and the line stays as today's straight
  arrow (or org-chart connector, for reporting lines).
- **Spatial hash.** Cards live in a uniform grid of :data:`CELL`-sized buckets
  (:class:`SpatialHash`); a segment query walks only the buckets under the segment and tests
  the few rectangles there. Moving a card rewrites only that card's buckets. Lines are kept
  in a second grid of the same kind (their polylines), so the canvas can find the lines
  that pass over a card that moved or was hidden without looking at every line. This is
  what keeps 1,000 cards fast: a query costs what is near it, not what is on the map.
- **Detour around the first blocker** (:func:`_detour`). When a segment is blocked, the
  nearest blocking card (inflated by :data:`MARGIN`) is passed on one side: the two ways
  around it are the two chains of the convex hull of the segment's ends and the card's
  corners (the shortest paths around one convex obstacle). Cards whose margins touch the
  corner that would be used are merged into one box first (a stack of cards is passed as a
  whole). The shorter side is tried first, each leg recursively, the other side if that
  fails; a budget of segment queries bounds the work. This is a lazy visibility graph: only
  the corners of cards that actually block are ever considered, unlike a full
  visibility-graph A*, which on a 1,000-card chart needs thousands of corner-to-corner
  tests per line.
- **String pulling, then a curve.** Waypoints that can be skipped (the segment over them
  is clear) are dropped; each remaining bend is rounded by a quadratic Bézier (control
  point at the corner), sampled into a polyline that is checked against the cards again
  (the radius is halved, down to a sharp corner, until it is clear). The result is a
  polyline, so the canvas draws it with cheap ``drawLines`` calls, hit-tests it, and the
  crossing counter measures exactly what is drawn.
- **Parallel lines.** Two lines between the same two cards (A→B and B→A, or an influence
  line beside a reporting line) get different ``offset`` values (:func:`pair_offsets`):
  each is moved sideways, to the right of its own direction, so they never lie on top of
  each other.
- **Reporting lines** keep the tidy orthogonal connector of
  :func:`app.graph.layout.connector_path` while it crosses no card; once a manual move puts
  a card in its way they are routed like influence lines (:func:`route_connector`).
- **Deterministic.** No randomness, and every choice between equals is broken by order
  (distance along the segment, then key).

Known limit: a card that lies (almost) inside another, or an end of a line inside a third
card, cannot be gone around; such a line is returned with ``clear=False`` (straight), and
:func:`count_crossings` counts it.
"""

from __future__ import annotations

import math
from collections.abc import Generator, Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

Point = tuple[float, float]
Rect = tuple[float, float, float, float]
K = TypeVar("K", bound=Hashable)
T = TypeVar("T")
#: a computation that can be paused: it yields between steps and returns its result
Steps = Generator[None, None, T]

#: routed lines keep this far from the cards they pass (scene units); less than half the
#: layouts' gap between neighbouring cards (12), so a line can pass between two of them
MARGIN = 5.0
#: nearer than this to a card counts as running over it (straight lines, connectors, curves)
CLEARANCE = 2.0
#: waypoints sit this much outside the margin, so legs along a card never touch it
_PAD = 0.5
#: bucket size of the spatial hashes: about one card slot
CELL = 256.0
#: radius of the rounded bends of a routed line
BEND = 28.0
#: how far apart parallel lines between the same two cards run
PARALLEL = 9.0
#: segment queries one routing may spend before it gives up (and stays straight)
BUDGET = 400
#: a search in steps (:func:`route_line_steps`) pauses after this many segment queries
PAUSE_EVERY = 4
_EPS = 1e-9


# -----------------------------------------------------------------------------------
# Small geometry
# -----------------------------------------------------------------------------------


def inflate(rect: Rect, by: float) -> Rect:
    return (rect[0] - by, rect[1] - by, rect[2] + by, rect[3] + by)


def centre(rect: Rect) -> Point:
    return ((rect[0] + rect[2]) / 2, (rect[1] + rect[3]) / 2)


def contains(rect: Rect, p: Point) -> bool:
    """Strictly inside."""
    return rect[0] < p[0] < rect[2] and rect[1] < p[1] < rect[3]


def segment_enters(p: Point, q: Point, rect: Rect) -> float | None:
    """Where (0 … 1 along p→q) the segment enters the open rectangle, or None when it
    does not pass through its inside (touching an edge or a corner is not entering)."""
    t0, t1 = 0.0, 1.0
    dx, dy = q[0] - p[0], q[1] - p[1]
    for d, lo, hi, v in ((dx, rect[0], rect[2], p[0]), (dy, rect[1], rect[3], p[1])):
        if abs(d) < _EPS:
            if not lo < v < hi:
                return None
            continue
        a, b = (lo - v) / d, (hi - v) / d
        if a > b:
            a, b = b, a
        t0, t1 = max(t0, a), min(t1, b)
        if t1 - t0 <= _EPS:
            return None
    # the part inside must have a length, not be a point on the border
    if math.hypot(dx, dy) * (t1 - t0) <= 1e-6:
        return None
    return t0


def polyline_enters(points: Sequence[Point], rect: Rect) -> bool:
    x0, y0, x1, y1 = rect
    for p, q in zip(points, points[1:], strict=False):
        ax, ay = p
        bx, by = q
        if (ax <= x0 and bx <= x0) or (ax >= x1 and bx >= x1) \
                or (ay <= y0 and by <= y0) or (ay >= y1 and by >= y1):
            continue  # beside the rectangle
        if segment_enters(p, q, rect) is not None:
            return True
    return False


def _length(points: Sequence[Point]) -> float:
    return sum(math.dist(points[i], points[i + 1]) for i in range(len(points) - 1))


def border_point(rect: Rect, inside: Point, toward: Point) -> Point:
    """Where the ray from ``inside`` (a point in the rectangle) toward ``toward`` leaves
    the rectangle; ``inside`` itself when the two coincide."""
    dx, dy = toward[0] - inside[0], toward[1] - inside[1]
    if abs(dx) < _EPS and abs(dy) < _EPS:
        return inside
    s = math.inf
    if dx > _EPS:
        s = min(s, (rect[2] - inside[0]) / dx)
    elif dx < -_EPS:
        s = min(s, (rect[0] - inside[0]) / dx)
    if dy > _EPS:
        s = min(s, (rect[3] - inside[1]) / dy)
    elif dy < -_EPS:
        s = min(s, (rect[1] - inside[1]) / dy)
    s = max(0.0, min(s, 1.0))
    return (inside[0] + dx * s, inside[1] + dy * s)


# -----------------------------------------------------------------------------------
# The spatial hash
# -----------------------------------------------------------------------------------


class SpatialHash(Generic[K]):
    """Keys filed under the grid cells their rectangle or polyline covers."""

    def __init__(self, cell: float = CELL) -> None:
        self.cell = cell
        self._cells: dict[tuple[int, int], dict[K, None]] = {}
        self._where: dict[K, list[tuple[int, int]]] = {}

    def __contains__(self, key: object) -> bool:
        return key in self._where

    def __len__(self) -> int:
        return len(self._where)

    def keys(self) -> Iterator[K]:
        return iter(self._where)

    def _file(self, key: K, cells: Iterable[tuple[int, int]]) -> None:
        self.remove(key)
        where = list(dict.fromkeys(cells))
        self._where[key] = where
        for c in where:
            self._cells.setdefault(c, {})[key] = None

    def remove(self, key: K) -> None:
        for c in self._where.pop(key, ()):
            bucket = self._cells.get(c)
            if bucket is not None:
                bucket.pop(key, None)
                if not bucket:
                    del self._cells[c]

    def put_rect(self, key: K, rect: Rect) -> None:
        self._file(key, self.rect_cells(rect))

    def put_polyline(self, key: K, points: Sequence[Point]) -> None:
        cells: list[tuple[int, int]] = []
        for i in range(len(points) - 1):
            cells.extend(self.segment_cells(points[i], points[i + 1]))
        if len(points) == 1:
            cells.extend(self.rect_cells((*points[0], *points[0])))
        self._file(key, cells)

    def rect_cells(self, rect: Rect) -> Iterator[tuple[int, int]]:
        c = self.cell
        for i in range(math.floor(rect[0] / c), math.floor(rect[2] / c) + 1):
            for j in range(math.floor(rect[1] / c), math.floor(rect[3] / c) + 1):
                yield (i, j)

    def segment_cells(self, p: Point, q: Point) -> Iterator[tuple[int, int]]:
        """The cells a segment passes through (column by column)."""
        c = self.cell
        (x0, y0), (x1, y1) = (p, q) if p[0] <= q[0] else (q, p)
        i0, i1 = math.floor(x0 / c), math.floor(x1 / c)
        if i0 == i1:
            for j in range(math.floor(min(y0, y1) / c), math.floor(max(y0, y1) / c) + 1):
                yield (i0, j)
            return
        slope = (y1 - y0) / (x1 - x0)
        for i in range(i0, i1 + 1):
            xa, xb = max(x0, i * c), min(x1, (i + 1) * c)
            ya, yb = y0 + (xa - x0) * slope, y0 + (xb - x0) * slope
            for j in range(math.floor(min(ya, yb) / c), math.floor(max(ya, yb) / c) + 1):
                yield (i, j)

    def near_rect(self, rect: Rect) -> list[K]:
        found: dict[K, None] = {}
        for c in self.rect_cells(rect):
            bucket = self._cells.get(c)
            if bucket:
                found.update(bucket)
        return list(found)

    def near_segment(self, p: Point, q: Point) -> list[K]:
        found: dict[K, None] = {}
        for c in self.segment_cells(p, q):
            bucket = self._cells.get(c)
            if bucket:
                found.update(bucket)
        return list(found)


class Obstacles(Generic[K]):
    """The cards lines must not run over: a key's rectangle, filed in a spatial hash
    (inflated by the margin, so a query along a segment finds every card it comes near)."""

    def __init__(self, cell: float = CELL) -> None:
        self.rects: dict[K, Rect] = {}
        self.grid: SpatialHash[K] = SpatialHash(cell)
        self._inflated: dict[float, dict[K, Rect]] = {MARGIN: {}, CLEARANCE: {}}
        #: counts the changes: a search paused across them starts again
        self.version = 0

    def set(self, key: K, rect: Rect | None) -> Rect | None:
        """File (or, with None, remove) a card; returns its previous rectangle."""
        self.version += 1
        old = self.rects.pop(key, None)
        for by, rects in self._inflated.items():
            rects.pop(key, None)
            if rect is not None:
                rects[key] = inflate(rect, by)
        if rect is None:
            self.grid.remove(key)
        else:
            self.rects[key] = rect
            self.grid.put_rect(key, inflate(rect, MARGIN + 1))
        return old

    def _sized(self, by: float) -> dict[K, Rect]:
        rects = self._inflated.get(by)
        if rects is None:
            rects = self._inflated[by] = {k: inflate(r, by) for k, r in self.rects.items()}
        return rects

    def first_hit(self, p: Point, q: Point, ignore: Iterable[K] = (),
                  by: float = MARGIN, *, nearest: bool = True) -> K | None:
        """The card (inflated by ``by``) the segment p→q enters first, or None; with
        ``nearest=False`` any card it enters (a quicker "is it clear?").

        The grid is walked column by column from p, and the walk stops once a card is
        found that is entered before the end of the columns seen: a card first met in a
        later column cannot be entered earlier."""
        rects = self._sized(by)
        cells = self.grid._cells
        c = self.grid.cell
        skip = ignore if isinstance(ignore, (set, frozenset, tuple)) else tuple(ignore)
        px, py = p
        dx, dy = q[0] - px, q[1] - py
        length = math.hypot(dx, dy)
        if length <= 1e-6:
            return None
        best_t, found = 2.0, None
        # the segment's box: a card beside it (or only touching it) is not entered
        lo_x, hi_x = (px, q[0]) if dx >= 0 else (q[0], px)
        lo_y, hi_y = (py, q[1]) if dy >= 0 else (q[1], py)
        for t_end, column in _columns(p, q, c):
            for cell in column:
                bucket = cells.get(cell)
                if not bucket:
                    continue
                for key in bucket:  # a card in two cells is tested twice: cheaper than a set
                    if key in skip:
                        continue
                    x0, y0, x1, y1 = rects[key]
                    if x1 <= lo_x or x0 >= hi_x or y1 <= lo_y or y0 >= hi_y:
                        continue
                    # Liang-Barsky against the open rectangle
                    t0, t1 = 0.0, 1.0
                    if -_EPS < dx < _EPS:
                        if not x0 < px < x1:
                            continue
                    else:
                        a, b = (x0 - px) / dx, (x1 - px) / dx
                        if a > b:
                            a, b = b, a
                        t0, t1 = (a if a > t0 else t0), (b if b < t1 else t1)
                        if t1 - t0 <= _EPS:
                            continue
                    if -_EPS < dy < _EPS:
                        if not y0 < py < y1:
                            continue
                    else:
                        a, b = (y0 - py) / dy, (y1 - py) / dy
                        if a > b:
                            a, b = b, a
                        t0, t1 = (a if a > t0 else t0), (b if b < t1 else t1)
                        if t1 - t0 <= _EPS:
                            continue
                    if length * (t1 - t0) <= 1e-6:
                        continue
                    if not nearest:
                        return key
                    if t0 < best_t or (t0 == best_t and found is not None
                                       and repr(key) < repr(found)):
                        best_t, found = t0, key
            if found is not None and best_t <= t_end:
                return found
        return found

    def clear(self, p: Point, q: Point, ignore: Iterable[K] = (), by: float = MARGIN) -> bool:
        return self.first_hit(p, q, ignore, by, nearest=False) is None

    def containing(self, p: Point, ignore: Iterable[K] = (), by: float = MARGIN) -> list[K]:
        rects = self._sized(by)
        bucket = self.grid._cells.get((math.floor(p[0] / self.grid.cell),
                                       math.floor(p[1] / self.grid.cell)), {})
        return [k for k in bucket if k not in ignore and contains(rects[k], p)]

    def polyline_clear(self, points: Sequence[Point], ignore: Iterable[K] = (),
                       by: float = CLEARANCE) -> bool:
        skip = tuple(ignore)
        return all(self.clear(points[i], points[i + 1], skip, by)
                   for i in range(len(points) - 1))


def _columns(p: Point, q: Point, c: float) -> Iterator[tuple[float, list[tuple[int, int]]]]:
    """The grid cells under segment p→q, a column at a time in travel order, each with the
    segment parameter (0 … 1) where it leaves that column."""
    x0, y0 = p
    dx, dy = q[0] - x0, q[1] - y0
    i0, i1 = math.floor(x0 / c), math.floor(q[0] / c)
    if i0 == i1:
        j0, j1 = math.floor(y0 / c), math.floor(q[1] / c)
        step = 1 if j1 >= j0 else -1
        yield 1.0, [(i0, j) for j in range(j0, j1 + step, step)]
        return
    step = 1 if i1 > i0 else -1
    t_prev = 0.0
    for i in range(i0, i1 + step, step):
        edge = (i + 1) * c if step > 0 else i * c
        t = 1.0 if i == i1 else min(1.0, (edge - x0) / dx)
        ya, yb = y0 + dy * t_prev, y0 + dy * t
        lo, hi = (ya, yb) if ya <= yb else (yb, ya)
        yield t, [(i, j) for j in range(math.floor(lo / c), math.floor(hi / c) + 1)]
        t_prev = t


# -----------------------------------------------------------------------------------
# Routing
# -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Route:
    """A line as drawn: ``points`` from the first card's border to the second's (curves
    already sampled); ``waypoints`` the bends it was routed through (empty: straight or
    the org-chart connector); ``clear`` whether it passes over no unrelated card."""

    points: tuple[Point, ...]
    waypoints: tuple[Point, ...] = ()
    clear: bool = True


def route_line(obstacles: Obstacles[K], source: K, target: K, a: Rect, b: Rect, *,
               offset: float = 0.0, previous: Route | None = None,
               budget: int = BUDGET) -> Route:
    """An influence line from card ``a`` to card ``b`` that passes over no other card.

    ``offset`` moves the line sideways (to the right of a→b) for parallel lines;
    ``previous`` is this line's last route: while a card is dragged its bends are tried
    again first (one or two segment queries instead of a search); ``budget`` bounds the
    segment queries of a search (see :data:`BUDGET`). A line that cannot be routed within
    it is returned straight with ``clear=False``.
    """
    return run(route_line_steps(obstacles, source, target, a, b, offset=offset,
                                previous=previous, budget=budget))


def run(steps: Steps[T]) -> T:
    """The result of a computation in steps, all steps at once."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value


def route_line_steps(obstacles: Obstacles[K], source: K, target: K, a: Rect, b: Rect, *,
                     offset: float = 0.0, previous: Route | None = None,
                     budget: int = BUDGET) -> Steps[Route]:
    """:func:`route_line` in steps: it pauses every :data:`PAUSE_EVERY` segment queries
    of its search, so a caller can spread a long search over turns of an event loop. The
    obstacles must not change while it is paused (see ``Obstacles.version``)."""
    ignore = (source, target)
    p, q = _anchors(a, b, offset)
    # straight
    straight = (border_point(a, p, q), border_point(b, q, p))
    if obstacles.clear(*straight, ignore, CLEARANCE):
        return Route(straight)
    # the previous bends, still good
    if previous is not None and previous.waypoints:
        ways = yield from _pull([p, *previous.waypoints, q], obstacles, ignore)
        if ways is not None:
            return (yield from _finish(ways, a, b, obstacles, ignore))
    spent = [0]
    found = yield from _detour(p, q, obstacles, ignore, 14, spent, budget)
    if found is None:
        return Route(straight, clear=False)
    ways = yield from _pull([p, *found, q], obstacles, ignore)
    if ways is None:  # cannot happen: every leg of a detour was checked
        return Route(straight, clear=False)
    if offset:
        shifted = _shift(ways, offset)
        if (yield from _polyline_clear(shifted, obstacles, ignore, MARGIN / 2)):
            ways = shifted
    return (yield from _finish(ways, a, b, obstacles, ignore))


def route_connector(obstacles: Obstacles[K], boss: K, report: K, a: Rect, b: Rect,
                    connector: Sequence[Point], *, previous: Route | None = None,
                    budget: int = BUDGET) -> Route:
    """A reporting line: the org-chart ``connector`` (a polyline from the manager's card
    ``a`` to the report's ``b``) while it passes over no other card, else routed as
    :func:`route_line` does (without an arrow, the canvas draws none)."""
    return run(route_connector_steps(obstacles, boss, report, a, b, connector,
                                     previous=previous, budget=budget))


def route_connector_steps(obstacles: Obstacles[K], boss: K, report: K, a: Rect, b: Rect,
                          connector: Sequence[Point], *, previous: Route | None = None,
                          budget: int = BUDGET) -> Steps[Route]:
    """:func:`route_connector` in steps (see :func:`route_line_steps`)."""
    if obstacles.polyline_clear(connector, (boss, report)):
        return Route(tuple(connector))
    return (yield from route_line_steps(obstacles, boss, report, a, b, previous=previous,
                                        budget=budget))


def pair_offsets(lines: Sequence[tuple[K, K, bool]]) -> list[float]:
    """Sideways offsets for lines ``(source, target, is_reporting)``: 0 for a line alone
    between its two cards; lines sharing two cards are spread :data:`PARALLEL` apart
    (each to the right of its own direction, so A→B and B→A separate), a reporting
    line keeping the middle."""
    groups: dict[frozenset[K], list[int]] = {}
    for i, (s, t, _r) in enumerate(lines):
        groups.setdefault(frozenset((s, t)), []).append(i)
    out = [0.0] * len(lines)
    for members in groups.values():
        if len(members) < 2:
            continue
        free = [i for i in members if not lines[i][2]]
        first = lines[members[0]][0]
        reporting = len(free) < len(members)
        for rank, i in enumerate(free):
            if reporting:  # ±1, ±2 … around the connector in the middle
                slot: float = (rank // 2 + 1) * (1 if rank % 2 == 0 else -1)
            else:
                slot = rank - (len(free) - 1) / 2
            # one sideways direction for the pair: flip it for lines running back
            sign = 1.0 if lines[i][0] == first else -1.0
            out[i] = slot * PARALLEL * sign
    return out


def _anchors(a: Rect, b: Rect, offset: float) -> tuple[Point, Point]:
    p, q = centre(a), centre(b)
    if not offset:
        return p, q
    d = math.dist(p, q)
    if d < _EPS:
        return p, q
    nx, ny = -(q[1] - p[1]) / d, (q[0] - p[0]) / d  # right of p→q with y down
    # keep the anchors inside their cards
    lim = min(a[2] - a[0], a[3] - a[1], b[2] - b[0], b[3] - b[1]) / 2 - 1
    off = max(-lim, min(lim, offset))
    return (p[0] + nx * off, p[1] + ny * off), (q[0] + nx * off, q[1] + ny * off)


def _detour(p: Point, q: Point, obstacles: Obstacles[K], ignore: tuple[K, K], depth: int,
            spent: list[int], budget: int) -> Steps[list[Point] | None]:
    """Waypoints strictly between p and q so that every leg is clear, or None."""
    spent[0] += 1
    if spent[0] % PAUSE_EVERY == 0:
        yield
    hit = obstacles.first_hit(p, q, ignore)
    if hit is None:
        return []
    if depth <= 0 or spent[0] > budget:
        return None
    box = _cluster(obstacles, hit, ignore, p, q)
    if box is None:
        return None
    sides = _around(p, q, box)
    for chain in sorted(sides, key=lambda c: _length([p, *c, q])):
        out: list[Point] = []
        legs = [p, *chain, q]
        for i in range(len(legs) - 1):
            # the last leg goes on toward the goal at the same depth (a long line passes
            # many cards in turn); the legs to a bend are nested, one level deeper
            deeper = depth - (1 if i + 1 < len(legs) - 1 else 0)
            sub = yield from _detour(legs[i], legs[i + 1], obstacles, ignore, deeper, spent,
                                     budget)
            if sub is None:
                break
            out += sub
            if i + 1 < len(legs) - 1:
                out.append(legs[i + 1])
        else:
            return out
        if spent[0] > budget:
            return None
    return None


def _cluster(obstacles: Obstacles[K], hit: K, ignore: tuple[K, K], p: Point,
             q: Point) -> Rect | None:
    """The box to go around: the blocking card, grown over cards whose margins cover one
    of its corners; None when an end of the segment lies inside it."""
    box = inflate(obstacles.rects[hit], MARGIN + _PAD)
    merged = {hit}
    for _ in range(8):
        grow = None
        for corner in ((box[0], box[1]), (box[2], box[1]), (box[2], box[3]), (box[0], box[3])):
            for key in obstacles.containing(corner, ignore):
                if key not in merged:
                    grow = key
                    break
            if grow is not None:
                break
        if grow is None:
            break
        merged.add(grow)
        r = inflate(obstacles.rects[grow], MARGIN + _PAD)
        box = (min(box[0], r[0]), min(box[1], r[1]), max(box[2], r[2]), max(box[3], r[3]))
    if contains(box, p) or contains(box, q):
        return None
    return box


def _around(p: Point, q: Point, box: Rect) -> list[list[Point]]:
    """The two ways from p to q around the box: the chains of the convex hull of p, q and
    the box's corners (each a list of corners in travel order)."""
    pts = [p, q, (box[0], box[1]), (box[2], box[1]), (box[2], box[3]), (box[0], box[3])]
    hull = _hull(pts)
    if p not in hull or q not in hull:
        return []
    i, j = hull.index(p), hull.index(q)
    n = len(hull)
    one = [hull[(i + k) % n] for k in range(1, (j - i) % n)]
    other = [hull[(i - k) % n] for k in range(1, (i - j) % n)]
    return [one, other]


def _hull(points: list[Point]) -> list[Point]:
    """Convex hull (monotone chain), counter-clockwise, no collinear points."""
    pts = sorted(set(points))
    if len(pts) <= 2:
        return pts

    def cross(o: Point, a: Point, b: Point) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[Point] = []
    for pt in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], pt) <= 0:
            lower.pop()
        lower.append(pt)
    upper: list[Point] = []
    for pt in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], pt) <= 0:
            upper.pop()
        upper.append(pt)
    return lower[:-1] + upper[:-1]


def _pull(points: list[Point], obstacles: Obstacles[K],
          ignore: tuple[K, K]) -> Steps[list[Point] | None]:
    """Drop the bends a straight leg can skip (greedy string pulling: from each kept
    point, on as far as the view stays clear); None when a leg of ``points`` itself is
    blocked."""
    out = [points[0]]
    i, last = 0, len(points) - 1
    queries = 0
    while i < last:
        if not obstacles.clear(points[i], points[i + 1], ignore):
            return None
        queries += 1
        if queries % PAUSE_EVERY == 0:
            yield
        j = i + 1
        while j < last and obstacles.clear(points[i], points[j + 1], ignore):
            j += 1
            queries += 1
            if queries % PAUSE_EVERY == 0:
                yield
        out.append(points[j])
        i = j
    return out


def _shift(points: list[Point], offset: float) -> list[Point]:
    """The inner bends moved ``offset`` to the right of the direction of travel."""
    out = [points[0]]
    for i in range(1, len(points) - 1):
        (ax, ay), (bx, by), (cx, cy) = points[i - 1], points[i], points[i + 1]
        d1, d2 = math.dist((ax, ay), (bx, by)) or 1, math.dist((bx, by), (cx, cy)) or 1
        nx = -((by - ay) / d1 + (cy - by) / d2) / 2
        ny = ((bx - ax) / d1 + (cx - bx) / d2) / 2
        norm = math.hypot(nx, ny) or 1
        out.append((bx + nx / norm * offset, by + ny / norm * offset))
    out.append(points[-1])
    return out


def _finish(ways: list[Point], a: Rect, b: Rect, obstacles: Obstacles[K],
            ignore: tuple[K, K]) -> Steps[Route]:
    """Round the bends, check the curve, and cut the line at the two cards' borders.

    Only the rounded bends are checked: the rest of the curve lies on the legs of
    ``ways``, which were found clear with a wider margin (a piece of a clear segment is
    clear), and those long pieces are what a check of the whole polyline spends most on."""
    inner = tuple(ways[1:-1])
    radius = BEND
    while radius > 0:
        clear = True
        for i in range(1, len(ways) - 1):
            piece = _bend(ways[i - 1], ways[i], ways[i + 1], radius)
            if len(piece) >= 2 and not obstacles.polyline_clear(piece, ignore):
                clear = False
                break
            if i % PAUSE_EVERY == 0:
                yield
        if clear:
            break
        radius = radius / 2 if radius > 4 else 0.0
        yield
    return Route(_clip(_rounded(ways, radius), a, b), inner, True)


def _polyline_clear(points: Sequence[Point], obstacles: Obstacles[K], ignore: tuple[K, K],
                    by: float) -> Steps[bool]:
    """``Obstacles.polyline_clear`` in steps."""
    for i in range(len(points) - 1):
        if not obstacles.clear(points[i], points[i + 1], ignore, by):
            return False
        if (i + 1) % PAUSE_EVERY == 0:
            yield
    return True


def _rounded(ways: Sequence[Point], radius: float) -> list[Point]:
    if radius <= 0 or len(ways) < 3:
        return list(ways)
    out = [ways[0]]
    for i in range(1, len(ways) - 1):
        out += _bend(ways[i - 1], ways[i], ways[i + 1], radius)
    out.append(ways[-1])
    return out


def _bend(a: Point, w: Point, b: Point, radius: float) -> list[Point]:
    """The bend at ``w`` (from ``a``, on to ``b``) rounded by a quadratic Bézier: its
    start on the leg from ``a``, samples, its end on the leg to ``b``; ``[w]`` when the
    legs are too short to round."""
    da, db = math.dist(a, w), math.dist(w, b)
    r = min(radius, da / 2, db / 2)
    if r < 1:
        return [w]
    s = (w[0] + (a[0] - w[0]) * r / da, w[1] + (a[1] - w[1]) * r / da)
    e = (w[0] + (b[0] - w[0]) * r / db, w[1] + (b[1] - w[1]) * r / db)
    out = [s]
    for k in range(1, 6):
        t = k / 6
        u = 1 - t
        out.append((u * u * s[0] + 2 * u * t * w[0] + t * t * e[0],
                    u * u * s[1] + 2 * u * t * w[1] + t * t * e[1]))
    out.append(e)
    return out


def _clip(points: list[Point], a: Rect, b: Rect) -> tuple[Point, ...]:
    """The polyline from where it leaves card ``a`` to where it enters card ``b``."""
    start = 0
    while start < len(points) - 2 and contains(a, points[start + 1]):
        start += 1
    end = len(points) - 1
    while end > start + 1 and contains(b, points[end - 1]):
        end -= 1
    first = border_point(a, points[start], points[start + 1]) \
        if contains(a, points[start]) else points[start]
    last = border_point(b, points[end], points[end - 1]) \
        if contains(b, points[end]) else points[end]
    return (first, *points[start + 1:end], last)


# -----------------------------------------------------------------------------------
# Measuring
# -----------------------------------------------------------------------------------


def count_crossings(rects: Mapping[K, Rect],
                    lines: Iterable[tuple[K, K, Sequence[Point]]]) -> int:
    """How many times a line runs over a card it does not connect: the number of
    (line, unrelated card) pairs where the line's polyline passes through the card's
    inside. ``lines`` are (source, target, points)."""
    grid: Obstacles[K] = Obstacles()
    for key, rect in rects.items():
        grid.set(key, rect)
    total = 0
    for source, target, points in lines:
        hit: set[K] = set()
        for i in range(len(points) - 1):
            p, q = points[i], points[i + 1]
            for key in grid.grid.near_segment(p, q):
                if key not in (source, target) and key not in hit \
                        and segment_enters(p, q, rects[key]) is not None:
                    hit.add(key)
        total += len(hit)
    return total


def straight_line(a: Rect, b: Rect) -> tuple[Point, Point]:
    """Today's influence line: centre to centre, cut at the two borders."""
    p, q = centre(a), centre(b)
    return border_point(a, p, q), border_point(b, q, p)
