"""Auto-layout of the stakeholder map: pure geometry on plain data, no Qt.

Input is plain data so this module depends on nothing else in Rapport:

- ``nodes``: stakeholder ids in file order (duplicates after the first are ignored);
- ``parent``: id -> the id the person reports to, or ``None``. A reference to an id that
  is not in ``nodes``, a self-reference, or a line that would close a cycle is treated as
  absent: ids are taken in file order and each one's reporting line is kept unless it
  closes a cycle, so in a cycle the line of the person *latest in file order* is dropped;
- ``links``: influence lines (source, target), used only by :func:`force_layout`;
- card geometry: ``card_size`` (width, height), ``gap_x`` between cards side by side and
  ``gap_y`` between the rows of the org chart.

Output is ``{id: (x, y)}``, the top-left corner of each card in scene units, y growing
downwards; the bounding box of a layout starts at (0, 0).

Rules of :func:`hierarchical_layout` (a tidy org chart):

1. Reporting trees are laid out with Walker's algorithm in Buchheim, Jünger and Leipert's
   linear-time form: a parent is centred above its first and last child, children keep
   file order from left to right, subtrees are packed as tightly as their contours allow
   (``gap_x`` between neighbouring cards) and smaller subtrees between two big ones are
   spread evenly. One row per reporting level, ``card height + gap_y`` apart.
2. People without reports of their own are stacked: when a manager has at least
   :data:`STACK_FROM` (3) direct reports who have no reports of their own, those reports
   stand in a vertical stack under the manager instead of in the row, ``gap_x`` apart:
   up to :data:`ONE_COLUMN_UP_TO` (6) in one column centred under the manager, with the
   connector lane along its left side; more in two columns (file order down the left
   column, then down the right one, which is never the longer) with the lane between them
   and the manager centred above it (see :func:`connector_path`). If the manager also has
   reports with teams of their own, those keep the row: the first half in file order to
   the left of the stack, the rest to the right, and the manager stays above the stack.
   For the packing a stack is a block as wide as its columns plus ``gap_x`` for the lane(s)
   and as many chart rows deep as it is tall. (Measured on a generated 300-person chart:
   stacking only teams of more than six left it 162 cards wide, 24 times wider than high;
   with this rule it is 72 cards wide, 11 times wider than high.)
3. Several trees (roots that have reports) stand side by side in file order, tops aligned,
   ``2 * gap_x`` apart (bounding boxes, so separate trees never interleave).
4. People outside the tree (no manager, no reports) form a near-square grid (columns =
   ceil(sqrt(count)), filled row by row in file order, ``gap_x`` apart both ways) to the
   right of the trees, ``2 * gap_x`` away, top-aligned.

Guarantees: no two cards come closer than ``min(gap_x, gap_y)`` (:func:`overlaps` with
that gap is empty), and no two reporting lines cross, whether drawn as straight lines between card
centres (:func:`edge_crossings` is 0), from parent bottom-centre to child top-centre, or as
the orthogonal connectors of :func:`connector_path`. Time is linear in the number of
people (1,000 people: a few milliseconds).

:func:`force_layout` is the force-directed alternative: Fruchterman–Reingold over reporting
and influence lines from a seeded random start, scaled to card cells, then an overlap
removal pass that moves each card to the nearest free spot.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # numpy (~0.1 s to import) is loaded by the functions that compute with it
    import numpy as np
    import numpy.typing as npt

    FloatArray = npt.NDArray[np.float64]

Point = tuple[float, float]
CardSize = tuple[float, float]
Edge = tuple[str, str]
Box = tuple[float, float, float, float]

CARD_SIZE: CardSize = (180.0, 64.0)
GAP_X = 24.0
GAP_Y = 72.0
# A manager's reports without teams of their own are stacked from this many on (rule 2),
# in one column up to ONE_COLUMN_UP_TO of them, in two columns beyond.
STACK_FROM = 3
ONE_COLUMN_UP_TO = 6
# Pull of the force layout towards its middle (see _fruchterman_reingold).
GRAVITY = 1.0
# Tolerance for geometric comparisons in scene units.
_EPS = 1e-6


# ---------------------------------------------------------------------------
# The reporting forest
# ---------------------------------------------------------------------------


def _forest(nodes: Sequence[str], parent: Mapping[str, str | None]) -> tuple[list[str], list[int]]:
    """Unique ids in file order and the index of each one's manager (-1: none).

    Unknown managers and self-references are dropped; a line that would close a cycle is
    dropped too (union-find: when a person's line is considered, that person is still the
    root of their part of the forest, so the line closes a cycle exactly when the manager
    is already in the same part).
    """
    ids: list[str] = []
    index: dict[str, int] = {}
    for node in nodes:
        if node not in index:
            index[node] = len(ids)
            ids.append(node)
    union = list(range(len(ids)))

    def find(i: int) -> int:
        while union[i] != i:
            union[i] = union[union[i]]
            i = union[i]
        return i

    up = [-1] * len(ids)
    for i, node in enumerate(ids):
        boss = parent.get(node)
        j = index.get(boss) if boss is not None else None
        if j is None or j == i:
            continue
        root_i, root_j = find(i), find(j)
        if root_i == root_j:
            continue  # closes a cycle
        union[root_i] = root_j
        up[i] = j
    return ids, up


def _children(up: Sequence[int]) -> list[list[int]]:
    kids: list[list[int]] = [[] for _ in up]
    for i, j in enumerate(up):
        if j >= 0:
            kids[j].append(i)
    return kids


def _stacks(kids: Sequence[Sequence[int]]) -> dict[int, list[int]]:
    """Manager -> the reports stacked under them (rule 2), in file order."""
    stacks: dict[int, list[int]] = {}
    for v, ch in enumerate(kids):
        if len(ch) >= STACK_FROM:
            leaves = [c for c in ch if not kids[c]]
            if len(leaves) >= STACK_FROM:
                stacks[v] = leaves
    return stacks


def _columns(count: int) -> int:
    return 1 if count <= ONE_COLUMN_UP_TO else 2


def reporting_edges(nodes: Sequence[str], parent: Mapping[str, str | None]) -> list[Edge]:
    """The reporting lines the layouts use, as (manager, report), in the report's file order.

    Lines to unknown ids, self-references and lines closing a cycle are left out (see the
    module docstring).
    """
    ids, up = _forest(nodes, parent)
    return [(ids[j], ids[i]) for i, j in enumerate(up) if j >= 0]


def stacked_reports(nodes: Sequence[str], parent: Mapping[str, str | None]) -> set[str]:
    """Ids that :func:`hierarchical_layout` stacks in columns under their manager (rule 2).

    Their connector should run down the manager's centre line and branch sideways
    (``connector_path(..., stacked=True)``), since a line straight down to a lower card of
    a stack would cross the cards above it.
    """
    ids, up = _forest(nodes, parent)
    return {ids[c] for leaves in _stacks(_children(up)).values() for c in leaves}


# ---------------------------------------------------------------------------
# Hierarchical (org-chart) layout
# ---------------------------------------------------------------------------


def hierarchical_layout(
    nodes: Sequence[str],
    parent: Mapping[str, str | None],
    *,
    card_size: CardSize = CARD_SIZE,
    gap_x: float = GAP_X,
    gap_y: float = GAP_Y,
) -> dict[str, Point]:
    """A tidy org chart of the reporting forest; see the module docstring for the rules."""
    w, h = float(card_size[0]), float(card_size[1])
    pitch = h + gap_y
    ids, up = _forest(nodes, parent)
    n = len(ids)
    kids = _children(up)
    stacks = _stacks(kids)

    # The layout tree: real cards plus, for each stack, a chain of virtual nodes as wide as
    # the stack, one per row of the chart that the stack reaches into.
    lkids: list[list[int]] = [list(ch) for ch in kids]
    width = [w] * n
    anchor = [-1] * n  # the child a parent is centred on (a stack), else -1
    stack_of: dict[int, list[int]] = {}  # chain head -> stacked ids
    for v, leaves in stacks.items():
        columns = _columns(len(leaves))
        rows = math.ceil(len(leaves) / columns)
        levels = 1 + math.ceil((rows - 1) * (h + gap_x) / pitch - 1e-9)
        head = len(lkids)
        for k in range(levels):
            lkids.append([head + k + 1] if k < levels - 1 else [])
            # One column: the card plus a connector lane of gap_x / 2 on either side.
            # Two columns: both cards and the lane between them.
            width.append(columns * w + gap_x)
            anchor.append(-1)
        stack_of[head] = leaves
        managers = [c for c in kids[v] if kids[c]]
        half = (len(managers) + 1) // 2
        lkids[v] = managers[:half] + [head] + managers[half:]
        anchor[v] = head

    x, depth, trees = _tidy(lkids, width, anchor, [i for i in range(n) if up[i] < 0 and kids[i]],
                            gap_x)

    positions: dict[str, Point] = {}
    cursor = 0.0
    for tree in trees:
        left = min(x[v] - width[v] / 2 for v in tree)
        right = max(x[v] + width[v] / 2 for v in tree)
        shift = cursor - left
        for v in tree:
            top = depth[v] * pitch
            if v < n:
                positions[ids[v]] = (x[v] + shift - w / 2, top)
            elif v in stack_of:
                leaves = stack_of[v]
                columns = _columns(len(leaves))
                rows = math.ceil(len(leaves) / columns)
                centre = x[v] + shift
                for k, c in enumerate(leaves):
                    column, row = divmod(k, rows)
                    if columns == 1:
                        left_x = centre - w / 2
                    else:
                        left_x = centre - gap_x / 2 - w if column == 0 else centre + gap_x / 2
                    positions[ids[c]] = (left_x, top + row * (h + gap_x))
        cursor += right - left + 2 * gap_x

    loners = [i for i in range(n) if up[i] < 0 and not kids[i]]
    if loners:
        columns = math.ceil(math.sqrt(len(loners)))
        for k, i in enumerate(loners):
            row, column = divmod(k, columns)
            positions[ids[i]] = (cursor + column * (w + gap_x), row * (h + gap_x))
    # A one-column stack at the far left has its connector lane left of its cards; the
    # cards' bounding box starts at (0, 0) all the same.
    left_edge = min((p[0] for p in positions.values()), default=0.0)
    if left_edge:
        positions = {key: (p[0] - left_edge, p[1]) for key, p in positions.items()}
    return positions


def _tidy(
    lkids: list[list[int]],
    width: list[float],
    anchor: list[int],
    roots: list[int],
    gap: float,
) -> tuple[list[float], list[int], list[list[int]]]:
    """Buchheim–Jünger–Leipert (2002): Walker's tidy tree drawing in linear time.

    Works on parallel arrays, iteratively (a reporting chain may be deeper than Python's
    recursion limit). Nodes may differ in width; neighbours on a level are kept
    ``(width_a + width_b) / 2 + gap`` apart. A parent sits at the midpoint of its first
    and last child, or on its ``anchor`` child. Returns the centre x and the level of every
    node, and the nodes of each tree in preorder.
    """
    size = len(lkids)
    lparent = [-1] * size
    number = [0] * size
    for v, ch in enumerate(lkids):
        for k, c in enumerate(ch):
            lparent[c] = v
            number[c] = k
    prelim = [0.0] * size
    mod = [0.0] * size
    shift = [0.0] * size
    change = [0.0] * size
    thread = [-1] * size
    ancestor = list(range(size))
    mid = [0.0] * size  # where a node sits relative to its children (0 for leaves)

    def next_left(v: int) -> int:
        return lkids[v][0] if lkids[v] else thread[v]

    def next_right(v: int) -> int:
        return lkids[v][-1] if lkids[v] else thread[v]

    def apportion(v: int, left: int, leftmost: int, default: int) -> int:
        vir = vor = v
        vil = left
        vol = leftmost
        sir = mod[vir]
        sor = mod[vor]
        sil = mod[vil]
        sol = mod[vol]
        while True:
            nr = next_right(vil)
            nl = next_left(vir)
            if nr < 0 or nl < 0:
                break
            vil, vir = nr, nl
            vol = next_left(vol)
            vor = next_right(vor)
            ancestor[vor] = v
            move = (prelim[vil] + sil) - (prelim[vir] + sir) + (width[vil] + width[vir]) / 2 + gap
            if move > 0:
                a = ancestor[vil]
                if lparent[a] != lparent[v]:
                    a = default
                subtrees = number[v] - number[a]
                change[v] -= move / subtrees
                shift[v] += move
                change[a] += move / subtrees
                prelim[v] += move
                mod[v] += move
                sir += move
                sor += move
            sil += mod[vil]
            sir += mod[vir]
            sol += mod[vol]
            sor += mod[vor]
        if next_right(vil) >= 0 and next_right(vor) < 0:
            thread[vor] = next_right(vil)
            mod[vor] += sil - sor
        if next_left(vir) >= 0 and next_left(vol) < 0:
            thread[vol] = next_left(vir)
            mod[vol] += sir - sol
            default = v
        return default

    x = [0.0] * size
    depth = [0] * size
    trees: list[list[int]] = []
    for root in roots:
        order: list[int] = []
        stack = [root]
        while stack:
            v = stack.pop()
            order.append(v)
            stack.extend(reversed(lkids[v]))
        for v in reversed(order):  # every node after all of its descendants
            ch = lkids[v]
            if not ch:
                continue
            default = ch[0]
            prelim[ch[0]] = mid[ch[0]]
            for k in range(1, len(ch)):
                c, before = ch[k], ch[k - 1]
                prelim[c] = prelim[before] + (width[before] + width[c]) / 2 + gap
                if lkids[c]:
                    mod[c] = prelim[c] - mid[c]
                default = apportion(c, before, ch[0], default)
            moved = changed = 0.0
            for c in reversed(ch):  # execute the shifts spread by apportion
                prelim[c] += moved
                mod[c] += moved
                changed += change[c]
                moved += shift[c] + changed
            a = anchor[v]
            mid[v] = prelim[a] if a >= 0 else (prelim[ch[0]] + prelim[ch[-1]]) / 2
        prelim[root] = mid[root]
        walk = [(root, 0.0)]
        while walk:
            v, m = walk.pop()
            x[v] = prelim[v] + m
            for c in lkids[v]:
                depth[c] = depth[v] + 1
                walk.append((c, m + mod[v]))
        trees.append(order)
    return x, depth, trees


def connector_path(
    parent_pos: Point,
    child_pos: Point,
    card_size: CardSize = CARD_SIZE,
    *,
    stacked: bool = False,
    gap_x: float = GAP_X,
    gap_y: float = GAP_Y,
) -> list[Point]:
    """The orthogonal org-chart connector from a manager's card to a report's card.

    Positions are top-left corners, as everywhere here; the result is a polyline.
    Reports in the row: down from the manager's bottom centre to halfway between the cards,
    across, and down to the report's top centre. Stacked reports (:func:`stacked_reports`)
    hang off a lane: in a two-column stack the lane is the manager's centre line, between
    the columns; in a one-column stack (the card lies under the manager's centre) it runs
    ``gap_x / 2`` left of the column, reached halfway down the ``gap_y`` below the manager.
    """
    w, h = card_size
    px = parent_pos[0] + w / 2
    bottom = parent_pos[1] + h
    left, top = child_pos
    if not stacked:
        half = (bottom + top) / 2
        return [(px, bottom), (px, half), (left + w / 2, half), (left + w / 2, top)]
    middle = top + h / 2
    if left < px < left + w:
        lane = left - gap_x / 2
        half = bottom + gap_y / 2
        return [(px, bottom), (px, half), (lane, half), (lane, middle), (left, middle)]
    side = left if left >= px else left + w
    return [(px, bottom), (px, middle), (side, middle)]


# ---------------------------------------------------------------------------
# Force-directed layout
# ---------------------------------------------------------------------------


def force_layout(
    nodes: Sequence[str],
    parent: Mapping[str, str | None],
    links: Sequence[Edge],
    *,
    card_size: CardSize = CARD_SIZE,
    gap_x: float = GAP_X,
    gap_y: float = GAP_Y,
    seed: int = 0,
    iterations: int = 50,
) -> dict[str, Point]:
    """A force-directed layout over reporting and influence lines, without overlapping cards.

    Fruchterman–Reingold, the model of ``networkx.spring_layout``, from a random start drawn
    with ``seed`` (the same seed gives the same layout on the same machine), plus a gentle
    pull towards the middle (:data:`GRAVITY`) so that people without any line stay near the
    rest instead of being pushed to the far edges. It is implemented here with numpy
    rather than by calling networkx: from 500 nodes on ``spring_layout`` needs SciPy, which
    is not a Rapport dependency, and took 5.5 s for 1,000 people (this: 0.4-1 s on the
    development VM, mostly the all-pairs repulsion, computed in float32). Reporting and
    influence lines pull alike; the natural distance between neighbours becomes one card
    cell (card plus ``gap_x`` across, card plus ``gap_y`` down). Then cards are placed
    from the middle outwards, each at the free spot nearest to where the forces put it, so
    that no two cards come closer than ``gap_x``. Memory: two float32 n x n buffers
    (1,000 people: 8 MB).
    """
    import numpy as np

    w, h = float(card_size[0]), float(card_size[1])
    ids, up = _forest(nodes, parent)
    n = len(ids)
    if n == 0:
        return {}
    index = {node: i for i, node in enumerate(ids)}
    pairs = {(min(i, j), max(i, j)) for i, j in enumerate(up) if j >= 0}
    for source, target in links:
        a, b = index.get(source), index.get(target)
        if a is not None and b is not None and a != b:
            pairs.add((min(a, b), max(a, b)))
    edges = np.array(sorted(pairs), dtype=np.intp).reshape(-1, 2)
    unit = _fruchterman_reingold(n, edges, seed, iterations)
    k = math.sqrt(1.0 / n)
    unit -= unit.mean(axis=0)
    centres = np.empty_like(unit)
    centres[:, 0] = unit[:, 0] / k * (w + gap_x)
    centres[:, 1] = unit[:, 1] / k * (h + gap_y)
    placed = _place_without_overlap(centres, w + gap_x, h + gap_x)
    placed[:, 0] -= w / 2
    placed[:, 1] -= h / 2
    placed -= placed.min(axis=0)
    return {node: (float(placed[i, 0]), float(placed[i, 1])) for i, node in enumerate(ids)}


def _fruchterman_reingold(
    n: int, edges: npt.NDArray[np.intp], seed: int, iterations: int
) -> FloatArray:
    """Positions in about the unit square; natural edge length sqrt(1/n)."""
    import numpy as np

    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2))
    if n == 1:
        return pos
    k = math.sqrt(1.0 / n)
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    a, b = edges[:, 0], edges[:, 1]
    # The all-pairs part runs in float32 in two preallocated n x n buffers: memory
    # traffic is its cost (1,000 people: 8 MB a pass).
    d2 = np.empty((n, n), dtype=np.float32)
    other = np.empty((n, n), dtype=np.float32)
    for _ in range(iterations):
        # Repulsion k^2 / d between all pairs: sum_j (p_i - p_j) k^2 / d_ij^2.
        small = pos.astype(np.float32)
        np.subtract.outer(small[:, 0], small[:, 0], out=d2)
        np.multiply(d2, d2, out=d2)
        np.subtract.outer(small[:, 1], small[:, 1], out=other)
        np.multiply(other, other, out=other)
        np.add(d2, other, out=d2)
        np.maximum(d2, np.float32(1e-4), out=d2)  # networkx's minimum distance of 0.01
        np.divide(np.float32(k * k), d2, out=d2)
        np.fill_diagonal(d2, 0.0)
        force = (small * d2.sum(axis=1)[:, None] - d2 @ small).astype(np.float64)
        # Gravity towards the middle keeps separate groups and loners near the rest.
        force -= GRAVITY * (pos - pos.mean(axis=0))
        # Attraction d^2 / k along the edges.
        if len(edges):
            delta = pos[a] - pos[b]
            pull = delta * (np.sqrt((delta * delta).sum(axis=1)) / k)[:, None]
            np.add.at(force, a, -pull)
            np.add.at(force, b, pull)
        length = np.sqrt((force * force).sum(axis=1))
        np.maximum(length, 1e-9, out=length)
        pos += force * (np.minimum(length, temperature) / length)[:, None]
        temperature -= cooling
    return pos


def _place_without_overlap(centres: FloatArray, sep_x: float, sep_y: float) -> FloatArray:
    """Move each centre to the nearest spot at least sep_x across or sep_y down from all others.

    Cards are placed from the middle of the layout outwards (ties in file order); each one
    tries spots on a lattice of a quarter cell around its wanted centre, nearest first, and
    takes the first one free. Deterministic; a grid of buckets makes each test O(1).
    """
    import numpy as np

    n = len(centres)
    out = centres.copy()
    middle = centres.mean(axis=0)
    dist = ((centres - middle) / (sep_x, sep_y)) ** 2
    order = np.lexsort((np.arange(n), dist.sum(axis=1)))
    buckets: dict[tuple[int, int], list[int]] = {}
    radius = 8
    offsets = _spiral(radius)
    limit_x, limit_y = sep_x - _EPS, sep_y - _EPS

    def free(x: float, y: float) -> bool:
        bx, by = math.floor(x / sep_x), math.floor(y / sep_y)
        for i in range(bx - 1, bx + 2):
            for j in range(by - 1, by + 2):
                for other in buckets.get((i, j), ()):
                    if abs(x - out[other, 0]) < limit_x and abs(y - out[other, 1]) < limit_y:
                        return False
        return True

    for v in order:
        cx, cy = float(centres[v, 0]), float(centres[v, 1])
        spot: tuple[float, float] | None = None
        while spot is None:
            for ox, oy in offsets:
                x, y = cx + ox * sep_x / 4, cy + oy * sep_y / 4
                if free(x, y):
                    spot = (x, y)
                    break
            else:
                radius *= 2
                offsets = _spiral(radius)
        out[v] = spot
        key = (math.floor(spot[0] / sep_x), math.floor(spot[1] / sep_y))
        buckets.setdefault(key, []).append(int(v))
    return out


def _spiral(radius: int) -> list[tuple[int, int]]:
    """Lattice offsets within radius (in x and y steps), nearest first, deterministic."""
    cells = [(i, j) for i in range(-radius, radius + 1) for j in range(-radius, radius + 1)]
    cells.sort(key=lambda c: (c[0] * c[0] + c[1] * c[1], c[1], c[0]))
    return cells


# ---------------------------------------------------------------------------
# Measuring layouts
# ---------------------------------------------------------------------------


def bounding_box(positions: Mapping[str, Point], card_size: CardSize = CARD_SIZE) -> Box:
    """(left, top, right, bottom) around all cards; (0, 0, 0, 0) for no cards."""
    if not positions:
        return (0.0, 0.0, 0.0, 0.0)
    xs = [p[0] for p in positions.values()]
    ys = [p[1] for p in positions.values()]
    return (min(xs), min(ys), max(xs) + card_size[0], max(ys) + card_size[1])


def overlaps(
    positions: Mapping[str, Point], card_size: CardSize = CARD_SIZE, gap: float = 0.0
) -> list[Edge]:
    """Pairs of cards closer than ``gap`` both across and down (``gap=0``: overlapping).

    Cards that merely touch (or are exactly ``gap`` apart) do not count; comparisons allow
    a 1e-6 tolerance for rounding. Pairs are in the order of ``positions``.
    """
    w, h = card_size
    sep_x, sep_y = w + gap, h + gap
    limit_x, limit_y = sep_x - _EPS, sep_y - _EPS
    keys = list(positions)
    buckets: dict[tuple[int, int], list[int]] = {}
    for k, key in enumerate(keys):
        x, y = positions[key]
        buckets.setdefault((math.floor(x / sep_x), math.floor(y / sep_y)), []).append(k)
    found: list[tuple[int, int]] = []
    for k, key in enumerate(keys):
        x, y = positions[key]
        bx, by = math.floor(x / sep_x), math.floor(y / sep_y)
        for i in range(bx - 1, bx + 2):
            for j in range(by - 1, by + 2):
                for other in buckets.get((i, j), ()):
                    if other > k:
                        ox, oy = positions[keys[other]]
                        if abs(x - ox) < limit_x and abs(y - oy) < limit_y:
                            found.append((k, other))
    found.sort()
    return [(keys[a], keys[b]) for a, b in found]


def edge_crossings(
    positions: Mapping[str, Point], edges: Sequence[Edge], card_size: CardSize = CARD_SIZE
) -> int:
    """How many pairs of edges cross, drawn as straight segments between card centres.

    Edges that share a card never count; edges with an unknown end or from a card to
    itself are ignored. Touching (one segment ending on another, or collinear overlap)
    counts as crossing. Vectorised: 1,000 edges take well under a second.
    """
    import numpy as np

    w, h = card_size
    segments: list[tuple[float, float, float, float]] = []
    ends: list[tuple[str, str]] = []
    for a, b in edges:
        if a == b or a not in positions or b not in positions:
            continue
        (ax, ay), (bx, by) = positions[a], positions[b]
        segments.append((ax + w / 2, ay + h / 2, bx + w / 2, by + h / 2))
        ends.append((a, b))
    m = len(segments)
    if m < 2:
        return 0
    seg = np.array(segments, dtype=np.float64)
    names = {name: i for i, name in enumerate(sorted({e for pair in ends for e in pair}))}
    node = np.array([(names[a], names[b]) for a, b in ends], dtype=np.intp)
    scale = float(np.abs(seg).max()) + 1.0
    eps = 1e-9 * scale * scale
    p1, q1 = seg[:, 0:2], seg[:, 2:4]
    total = 0
    chunk = 256
    for start in range(0, m, chunk):
        rows = slice(start, min(start + chunk, m))
        a1, b1 = p1[rows, None, :], q1[rows, None, :]
        a2, b2 = p1[None, :, :], q1[None, :, :]
        d1 = _orient(a1, b1, a2)
        d2 = _orient(a1, b1, b2)
        d3 = _orient(a2, b2, a1)
        d4 = _orient(a2, b2, b1)
        proper = (((d1 > eps) & (d2 < -eps)) | ((d1 < -eps) & (d2 > eps))) & (
            ((d3 > eps) & (d4 < -eps)) | ((d3 < -eps) & (d4 > eps))
        )
        touch = (
            ((np.abs(d1) <= eps) & _within(a1, b1, a2))
            | ((np.abs(d2) <= eps) & _within(a1, b1, b2))
            | ((np.abs(d3) <= eps) & _within(a2, b2, a1))
            | ((np.abs(d4) <= eps) & _within(a2, b2, b1))
        )
        hit = proper | touch
        u, v = node[rows, None, :], node[None, :, :]
        shared = (
            (u[..., 0] == v[..., 0]) | (u[..., 0] == v[..., 1])
            | (u[..., 1] == v[..., 0]) | (u[..., 1] == v[..., 1])
        )
        later = np.arange(m)[None, :] > np.arange(rows.start, rows.stop)[:, None]
        total += int(np.count_nonzero(hit & ~shared & later))
    return total


def _orient(a: FloatArray, b: FloatArray, c: FloatArray) -> FloatArray:
    result: FloatArray = (b[..., 0] - a[..., 0]) * (c[..., 1] - a[..., 1]) - (
        b[..., 1] - a[..., 1]
    ) * (c[..., 0] - a[..., 0])
    return result


def _within(a: FloatArray, b: FloatArray, c: FloatArray) -> npt.NDArray[np.bool_]:
    """c lies in the bounding box of segment ab (used once c is known to be collinear)."""
    import numpy as np

    result: npt.NDArray[np.bool_] = (
        (np.minimum(a[..., 0], b[..., 0]) - 1e-9 <= c[..., 0])
        & (c[..., 0] <= np.maximum(a[..., 0], b[..., 0]) + 1e-9)
        & (np.minimum(a[..., 1], b[..., 1]) - 1e-9 <= c[..., 1])
        & (c[..., 1] <= np.maximum(a[..., 1], b[..., 1]) + 1e-9)
    )
    return result
