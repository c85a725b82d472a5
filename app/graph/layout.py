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

:func:`force_layout` is the force-directed alternative (issue 16): a stress layout over
reporting and influence lines from a pivot-MDS drawing turned like the org chart, or kept
as given in ``start``; overlaps removed inside the stress, then pushed apart and settled
at the nearest free spot. No overlaps, no randomness, and a re-run from its own output
changes nothing; its docstring has the method, the guarantees and measured numbers.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple

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
    start: Mapping[str, Point] | None = None,
) -> dict[str, Point]:
    """A force-directed layout over reporting and influence lines, without overlapping cards.

    Model: stress (Kamada–Kawai's energy, Graphviz ``neato``'s model): every two people
    want to stand as many lines apart as there are between them, :data:`FORCE_EDGE` cells
    a line (reporting and influence alike), weighted by 1 / distance², so people joined by
    lines come together and unrelated ones keep apart; people in separate parts of the
    chart count one line more than the mean between connected people. Distances are in
    cells: a card plus ``gap_x`` across and :data:`FORCE_ASPECT` times less down (at least
    a card plus ``gap_x``), so a round drawing suits a wide screen and wide cards.

    Without ``start``:

    1. People without any line stand in a near-square grid right of the drawing, as in
       the org chart; everyone else is drawn as follows.
    2. A first drawing by pivot MDS (Brandes and Pich 2006) from :data:`FORCE_PIVOTS`
       people picked farthest-first: its long axis across, mirrored so that more
       reporting lines point down than up and people sit on their side of the org chart
       (:func:`hierarchical_layout` seeds the orientation; a stress drawing is radial, so
       only about half of the managers end up above their reports). Reports that the
       drawing puts on one spot (same lines) are spread in a small grid there.
    3. Up to :data:`FORCE_STRESS_UP_TO` people: stress majorization, localized (each step
       moves everyone to where their terms want them on average), up to ``iterations``
       steps or until no card moves more than :data:`FORCE_SETTLED` cells. Every pair is
       a term up to :data:`FORCE_ALL_PAIRS` people; beyond, sparse stress (Ortmann,
       Klimenta and Brandes 2016): the lines plus a term to each pivot standing for the
       people of its region. Above :data:`FORCE_STRESS_UP_TO` people the pivot drawing is
       kept as it is: a pragmatic choice, measured on the generated 1,000-person chart,
       where the stress steps raised the line crossings from about 13,000 to 21,000 and
       took most of the time.
    4. Room for the cards: the drawing grows about its middle (same shape, same
       crossings) until its box gives each person :data:`FORCE_ROOM` cards' room (about
       as dense as the Fruchterman–Reingold layout it replaces).
    5. Overlap removal inside the stress: up to ``iterations`` more steps in which every
       two cards closer than a card plus ``gap_x`` both ways get a term, weighted like a
       line, asking for the distance that clears them along the line between them (the
       idea of Gansner and Hu's PRISM; above :data:`FORCE_STRESS_UP_TO` people those
       terms alone, each card tied to where it is). Whatever still overlaps is pushed
       apart along the shorter axis, and finally each card is placed, from the middle
       outwards, at the free spot nearest to where it is; a card whose spot is free stays.

    With ``start`` (top-left corners, e.g. the positions on the map) the drawing is kept:
    the people it places stay where they are unless they overlap; people it misses are put
    where the org chart has them relative to their nearest placed manager, report or
    linked person (at most :data:`FORCE_EDGE` cells away), else shifted as the placed
    people are on average; then only overlaps are removed (step 5, each card tied to
    where it is by :data:`FORCE_ANCHOR` times a line's weight), and the placed people keep
    their centre of mass. So a run on its own output returns it unchanged (that output is
    a fixed point: it has no overlaps), and adding a person moves only the cards in their
    way. For a fresh force layout of a map (say, one in org-chart form) call it without
    ``start``.

    Guarantees: every person gets a position; no two cards come closer than ``gap_x``
    (``overlaps(..., gap=gap_x)`` is empty); the same input gives the same output (there
    is no randomness; ``seed`` is accepted for compatibility and unused); without
    ``start`` the bounding box starts at (0, 0); people joined by a line stand closer than
    two people picked at random (the mean line is 0.3-0.45 times the mean distance on the
    demo accounts and generated charts).

    Measured with ``bench/layout.py`` on the shared 2-core development VM (cards 128 x 72,
    ``gap_x`` 24; the Fruchterman–Reingold layout before issue 16 in brackets; crossings
    among all lines drawn straight between card centres; "through": lines running through
    a card they do not join):

    - demo accounts (24-32 people): 3-5 ms (2-3 ms); crossings 2, 5, 5 (1, 9, 4);
      through 1, 2, 2 (1, 2, 6); aspect 1.5-1.8 (1.0-1.3);
    - 50 people: crossings 18 (15), through 9 (8);
    - 300 people: 0.12-0.35 s (0.03 s); crossings 1,106 (1,334), through 449 (530);
    - 1,000 people: 0.18-0.3 s (0.2-1.0 s: its n x n matrix products suffer most when
      the machine is busy); crossings 13,700 (11,737: 17 % more), through 3,950 (3,289:
      20 % more), box about as large;
    - a re-run from its own output moves nobody (0 px); adding a person with ``start``
      moves the others 0-4 px on average (from scratch: 200-3,000 px).

    Cost: up to :data:`FORCE_ALL_PAIRS` people all-pairs line counts (breadth-first, with
    numpy) and n² terms; beyond, one breadth-first search per pivot and about
    n x :data:`FORCE_PIVOTS` terms, so time and memory grow about linearly.
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

    # Units: one cell across, FORCE_ASPECT times less down (taller cards: at least a card).
    ux = w + gap_x
    uy = max(ux / FORCE_ASPECT, h + gap_x)
    box = (1.0, (h + gap_x) / uy)  # the cell a card needs, in units
    centre = np.array([w / 2, h / 2])
    unit = np.array([ux, uy])

    placed = {k: p for k, p in (start or {}).items() if k in index}
    org = hierarchical_layout(nodes, parent, card_size=card_size, gap_x=gap_x, gap_y=gap_y)
    org_xy = np.array([org[k] for k in ids], dtype=np.float64)
    if placed:
        pos = (_complete_start(ids, up, edges, placed, org_xy, unit) + centre) / unit
        pos = _stress_majorization(_separate_duplicates(pos, box), None, box, iterations)
        out = _place_without_overlap(pos * unit, w + gap_x, h + gap_x) - centre
        mask = np.array([k in placed for k in ids])
        want = np.array([placed[k] for k in ids if k in placed], dtype=np.float64)
        out += want.mean(axis=0) - out[mask].mean(axis=0)
        # Snap back whoever did not move (undo the rounding of the shift).
        for i, k in enumerate(ids):
            if k in placed and abs(out[i, 0] - placed[k][0]) < 1e-6 and (
                    abs(out[i, 1] - placed[k][1]) < 1e-6):
                out[i] = placed[k]
    else:
        # People without any line stand in a near-square grid right of the drawing,
        # top-aligned, as in the org chart (in the stress they would all want the same
        # spot); everyone else is drawn by the stress.
        degree = np.bincount(edges.ravel(), minlength=n)
        drawn = np.flatnonzero(degree > 0)
        out = np.zeros((n, 2))
        right = top = 0.0
        if len(drawn):
            local = np.full(n, -1, dtype=np.intp)
            local[drawn] = np.arange(len(drawn))
            sub = local[edges]
            sub_up = [int(local[up[v]]) if up[v] >= 0 else -1 for v in drawn.tolist()]
            terms, pivots, rows = _stress_terms(len(drawn), sub)
            first = _pivot_mds(pivots, rows, (org_xy[drawn] + centre) / unit, sub_up, terms)
            if len(drawn) > FORCE_STRESS_UP_TO:
                margin = 1 + FORCE_MARGIN
                first = _grow(first, (box[0] * margin, box[1] * margin))[0]
                pos = _stress_majorization(_separate_duplicates(first, box), None, box,
                                           iterations)
            else:
                pos = _stress_majorization(_separate_duplicates(first, box), terms, box,
                                           iterations)
            out[drawn] = _place_without_overlap(pos * unit, w + gap_x, h + gap_x) - centre
            out[drawn] -= out[drawn].min(axis=0)
            right = float(out[drawn, 0].max()) + w + 2 * gap_x
        loners = np.flatnonzero(degree == 0)
        columns = math.ceil(math.sqrt(len(loners))) if len(loners) else 1
        for slot, v in enumerate(loners.tolist()):
            row, column = divmod(slot, columns)
            out[v] = (right + column * (w + gap_x), top + row * (h + gap_x))
        out -= out.min(axis=0)
    return {node: (float(out[i, 0]), float(out[i, 1])) for i, node in enumerate(ids)}


# One line between two people wants them this many cells apart (see force_layout).
FORCE_EDGE = 2.0
# Width / height of a round force layout in scene units (cells are FORCE_ASPECT times
# wider than high); 1.45 keeps the demo accounts between 1.3 and 2.0.
FORCE_ASPECT = 1.3
# How strongly a person keeps to the start, in line weights (see _stress_majorization).
FORCE_ANCHOR = 0.25
# Pivots of the first drawing and of sparse stress (see _stress_terms).
FORCE_PIVOTS = 50
# Every pair is a stress term up to this many people, sparse stress beyond.
FORCE_ALL_PAIRS = 120
# Stress steps up to this many people; beyond, the pivot drawing is kept (force_layout).
FORCE_STRESS_UP_TO = 500
# The drawing grows until its box gives each person this many cards' room (_grow).
FORCE_ROOM = 6.0
# Extra room asked of two cards that overlap (a fraction of a card cell).
FORCE_MARGIN = 0.02
# A step moving no card more than this (in cells) ends a phase.
FORCE_SETTLED = 0.01


def _complete_start(
    ids: Sequence[str],
    up: Sequence[int],
    edges: npt.NDArray[np.intp],
    placed: Mapping[str, Point],
    org: FloatArray,
    unit: FloatArray,
) -> FloatArray:
    """Top-left corners for everyone: ``placed`` where given, else the org chart's offset
    (at most :data:`FORCE_EDGE` cells of ``unit``) from the nearest placed person along
    reporting or influence lines (breadth-first; their manager first, then a report, then
    a linked person, each in file order), else the org chart moved as the placed people
    moved on average."""
    import numpy as np

    n = len(ids)
    out = org.copy()
    have = np.zeros(n, dtype=bool)
    for i, k in enumerate(ids):
        if k in placed:
            out[i] = placed[k]
            have[i] = True
    if have.all():
        return out
    neighbours: list[list[int]] = [[] for _ in range(n)]
    for i, j in enumerate(up):  # the manager first, then reports, then influence lines
        if j >= 0:
            neighbours[i].append(j)
    for i, j in enumerate(up):
        if j >= 0:
            neighbours[j].append(i)
    for a, b in edges.tolist():
        if up[a] != b and up[b] != a:
            neighbours[a].append(b)
            neighbours[b].append(a)
    while True:
        before = have.copy()
        for j in np.flatnonzero(~before).tolist():
            for i in neighbours[j]:
                if before[i]:
                    # Where the org chart has them relative to this neighbour, but no more
                    # than a line's length away (a wide org chart puts a manager's last
                    # report far to the side).
                    off = (org[j] - org[i]) / unit
                    length = float(np.sqrt((off * off).sum()))
                    if length > FORCE_EDGE:
                        off *= FORCE_EDGE / length
                    out[j] = out[i] + off * unit
                    have[j] = True
                    break
        if (have == before).all():
            break
    if not have.all():
        known = [i for i in range(n) if ids[i] in placed]
        shift = (out[known] - org[known]).mean(axis=0)
        out[~have] = org[~have] + shift
    return out


def _separate_duplicates(pos: FloatArray, box: tuple[float, float]) -> FloatArray:
    """People who start at (nearly) the same spot, within a twentieth of a cell (say the
    reports of one manager without other lines: the pivot drawing cannot tell them
    apart), are spread in a near-square grid of ``box`` cells centred on it, in file
    order; a stress step could not separate them, and the overlap removal would have to
    unpile them one push at a time."""
    import numpy as np

    _, group, counts = np.unique(np.round(pos * 20), axis=0, return_inverse=True,
                                 return_counts=True)
    group = group.ravel()
    if (counts == 1).all():
        return pos
    out = pos.copy()
    for g in np.flatnonzero(counts > 1).tolist():
        members = np.flatnonzero(group == g)
        k = len(members)
        columns = math.ceil(math.sqrt(k))
        rows = math.ceil(k / columns)
        slot = np.arange(k)
        out[members, 0] = pos[members, 0].mean() + (slot % columns - (columns - 1) / 2) * box[0]
        out[members, 1] = pos[members, 1].mean() + (slot // columns - (rows - 1) / 2) * box[1]
    return out


def _hop_counts(n: int, edges: npt.NDArray[np.intp]) -> FloatArray:
    """Lines between every two people (both directions of every edge count); people in
    separate parts of the chart count one more than the mean count between connected ones."""
    import numpy as np

    hops = np.full((n, n), -1, dtype=np.int32)
    np.fill_diagonal(hops, 0)
    if len(edges):
        src = np.concatenate([edges[:, 0], edges[:, 1]])
        dst = np.concatenate([edges[:, 1], edges[:, 0]])
        order = np.argsort(dst, kind="stable")
        src, dst = src[order], dst[order]
        targets, starts = np.unique(dst, return_index=True)
        frontier = np.eye(n, dtype=bool)
        seen = frontier.copy()
        level = 0
        while True:
            level += 1
            # reach[s, v]: some neighbour u of v was in the frontier of search s.
            reach = np.logical_or.reduceat(frontier[:, src], starts, axis=1)
            new = np.zeros((n, n), dtype=bool)
            new[:, targets] = reach
            new &= ~seen
            if not new.any():
                break
            hops[new] = level
            seen |= new
            frontier = new
    # People in separate parts: one line more than the mean count between connected
    # people (the largest count put them on a ring far outside the rest).
    found = hops[hops > 0]
    far = round(float(found.mean())) + 1 if len(found) else 2
    hops[hops < 0] = max(far, 2)
    return hops.astype(np.float64)


class _Terms(NamedTuple):
    """The stress terms, one per (person, other): person i wants to stand ``length`` cells
    from ``other`` with weight ``weight``; ``total`` is each person's sum of weights."""

    person: npt.NDArray[np.intp]
    other: npt.NDArray[np.intp]
    length: FloatArray
    weight: FloatArray
    total: FloatArray


def _stress_terms(
    n: int, edges: npt.NDArray[np.intp]
) -> tuple[_Terms, npt.NDArray[np.intp], FloatArray]:
    """The terms of the stress, the pivots and their rows of line counts (times
    :data:`FORCE_EDGE`).

    Up to :data:`FORCE_ALL_PAIRS` people: every pair, weight 1 / length² (full stress).
    Beyond: sparse stress (Ortmann, Klimenta and Brandes 2016): the lines themselves, plus
    a term from everyone to each of :data:`FORCE_PIVOTS` pivots (picked farthest-first),
    weighted by the number of people the pivot stands for at that distance (those of its
    region no farther from it than half the distance), so a term per pivot does the work
    of a term per person at a fraction of the cost.
    """
    import numpy as np

    if n <= FORCE_ALL_PAIRS:
        hops = _hop_counts(n, edges) * FORCE_EDGE
        person, other = np.nonzero(~np.eye(n, dtype=bool))
        length = hops[person, other]
        weight = 1.0 / (length * length)
        k = min(n, FORCE_PIVOTS)
        pivots = _farthest_first(hops, k)
        rows = hops[pivots]
    else:
        src = np.concatenate([edges[:, 0], edges[:, 1]])
        dst = np.concatenate([edges[:, 1], edges[:, 0]])
        pivots, rows = _pivot_rows(n, src, dst, FORCE_PIVOTS)
        rows = rows * FORCE_EDGE
        k = len(pivots)
        # Each person's region: the pivot nearest to them (the first such in pivot order).
        region = np.argmin(rows, axis=0)
        stand_for = np.empty((k, n))
        for p in range(k):
            near = np.sort(rows[p, region == p])
            stand_for[p] = np.searchsorted(near, rows[p] / 2, side="right")
        person = np.concatenate([src, np.tile(np.arange(n), k)])
        other = np.concatenate([dst, np.repeat(pivots, n)])
        length = np.concatenate([np.full(len(src), FORCE_EDGE), rows.ravel()])
        weight = np.concatenate([np.full(len(src), 1.0 / FORCE_EDGE**2),
                                 np.maximum(stand_for.ravel(), 1.0)
                                 / np.maximum(rows.ravel(), 1e-9) ** 2])
        keep = person != other
        person, other, length, weight = person[keep], other[keep], length[keep], weight[keep]
    total = np.bincount(person, weights=weight, minlength=n).astype(np.float64)
    return _Terms(person, other, length, weight, total), pivots, rows


def _farthest_first(dist: FloatArray, k: int) -> npt.NDArray[np.intp]:
    """k pivots: the person farthest from the first one in file order, then each time the
    one farthest from all pivots so far (ties: file order)."""
    import numpy as np

    chosen = [int(np.argmax(dist[0]))]
    nearest = dist[chosen[0]].copy()
    for _ in range(k - 1):
        chosen.append(int(np.argmax(nearest)))
        np.minimum(nearest, dist[chosen[-1]], out=nearest)
    return np.array(chosen, dtype=np.intp)


def _pivot_rows(
    n: int, src: npt.NDArray[np.intp], dst: npt.NDArray[np.intp], k: int
) -> tuple[npt.NDArray[np.intp], FloatArray]:
    """k pivots picked farthest-first and their line counts to everyone (breadth-first
    searches; people a pivot cannot reach count one more than the mean count reached).
    Pivots are picked in the largest part of the chart: people apart from it would
    otherwise all be picked first."""
    import numpy as np

    def bfs(s: int) -> FloatArray:
        dist = np.full(n, -1.0)
        dist[s] = 0.0
        seen = np.zeros(n, dtype=bool)
        seen[s] = True
        frontier = np.zeros(n, dtype=bool)
        frontier[s] = True
        level = 0.0
        while True:
            level += 1.0
            reached = np.zeros(n, dtype=bool)
            reached[dst[frontier[src]]] = True
            reached &= ~seen
            if not reached.any():
                return dist
            dist[reached] = level
            seen |= reached
            frontier = reached

    first = bfs(0)
    # The largest part: found from the degree-richest start (the first in file order
    # with the most lines), so the search is not stuck in a small part.
    degree = np.bincount(src, minlength=n)
    home = bfs(int(np.argmax(degree))) if len(src) else first
    inside = home >= 0
    rows = [bfs(int(np.argmax(np.where(inside, home, -1.0))))]
    chosen = [int(np.argmax(np.where(inside, home, -1.0)))]
    nearest = np.where(inside, rows[0], -1.0)
    for _ in range(min(k, int(inside.sum())) - 1):
        p = int(np.argmax(nearest))
        if nearest[p] <= 0:
            break
        chosen.append(p)
        rows.append(bfs(p))
        np.minimum(nearest, np.where(inside, rows[-1], -1.0), out=nearest)
    table = np.array(rows)
    found = table[table > 0]
    far = round(float(found.mean())) + 1.0 if len(found) else 2.0
    table[table < 0] = max(far, 2.0)
    return np.array(chosen, dtype=np.intp), table


def _pivot_mds(
    pivots: npt.NDArray[np.intp],
    rows: FloatArray,
    guide: FloatArray,
    up: Sequence[int],
    terms: _Terms,
) -> FloatArray:
    """A first drawing: pivot MDS (Brandes and Pich 2006) of the pivots' rows, turned
    (rotated or mirrored: the orthogonal Procrustes fit) to match ``guide`` (the org
    chart) as well as it can, and scaled to fit the stress terms best (least squares)."""
    import numpy as np

    n = len(guide)
    if n < 3 or len(pivots) < 3:
        return guide.copy()
    d2 = rows.T ** 2  # n x k
    c = -0.5 * (d2 - d2.mean(axis=0) - d2.mean(axis=1)[:, None] + d2.mean())
    _, vectors = np.linalg.eigh(c.T @ c)
    x = c @ vectors[:, [-1, -2]]
    x -= x.mean(axis=0)
    middle = guide.mean(axis=0)
    # Pivot MDS gives the drawing's long axis first: it stays across (screens are wide).
    # Mirrored up-down if more reporting lines would point down, and left-right if that
    # puts people nearer their side of the org chart (its orientation, as far as it goes).
    boss = np.asarray(up)
    report = np.flatnonzero(boss >= 0)
    if float((x[report, 1] - x[boss[report], 1]).sum()) < 0:
        x[:, 1] = -x[:, 1]
    if float(x[:, 0] @ (guide[:, 0] - middle[0])) < 0:
        x[:, 0] = -x[:, 0]
    return _fit_scale(x + middle, terms)


def _fit_scale(pos: FloatArray, terms: _Terms) -> FloatArray:
    """``pos`` scaled about its middle to fit the stress terms best (least squares)."""
    middle = pos.mean(axis=0)
    x = pos - middle
    delta = x[terms.person] - x[terms.other]
    diff = (delta * delta).sum(axis=1) ** 0.5
    den = float((terms.weight * diff * diff).sum())
    scale = float((terms.weight * terms.length * diff).sum()) / den if den > 0 else 1.0
    result: FloatArray = x * scale + middle
    return result


def _grow(pos: FloatArray, box: tuple[float, float]) -> tuple[FloatArray, float]:
    """The drawing grown about its middle (the same shape, larger: no line crossing
    changes) until its bounding box gives each person :data:`FORCE_ROOM` cards' room
    (``box``), and the factor (at least 1)."""
    import numpy as np

    middle = pos.mean(axis=0)
    spread = np.ptp(pos, axis=0) + np.asarray(box)
    room = float(spread[0] * spread[1]) / (box[0] * box[1] * len(pos))
    grow = max(1.0, math.sqrt(FORCE_ROOM / room))
    result: FloatArray = middle + (pos - middle) * grow
    return result, grow


def _stress_majorization(
    pos: FloatArray,
    terms: _Terms | None,
    box: tuple[float, float],
    iterations: int,
) -> FloatArray:
    """Localized stress majorization: each step moves every person to the weighted mean
    of where their terms want them (Gansner, Koren and North 2004, section 2.3).

    With ``terms``: up to ``iterations`` steps of the stress alone, then (the drawing
    grown to make room, :func:`_grow`) up to ``iterations`` steps in which every two
    cards closer than ``box`` both ways also get a term, weighted like a line, asking
    for the distance that clears them along the line between them (overlap removal
    inside the stress, the idea of PRISM). Without ``terms``, only that second phase,
    each card tied to where it is by a spring of :data:`FORCE_ANCHOR` times a line's
    weight: only overlapping cards move, a drawing without overlaps stays exactly as it
    is.
    A phase ends when no card moves more than :data:`FORCE_SETTLED` cells. Whatever still
    overlaps is then pushed apart (:func:`_push_apart`)."""
    import numpy as np

    n = len(pos)
    if n == 1:
        return pos
    line = 1.0 / FORCE_EDGE**2
    if terms is not None:
        i, j, d, wt = terms.person, terms.other, terms.length, terms.weight
        total = terms.total
    else:
        i = j = np.zeros(0, dtype=np.intp)
        d = wt = np.zeros(0)
        total = np.zeros(n)
    pull = np.zeros((n, 2))
    if terms is None:
        total = np.full(n, FORCE_ANCHOR * line)
    sx, sy = box[0] * (1 + FORCE_MARGIN), box[1] * (1 + FORCE_MARGIN)
    removing = terms is None
    steps = 0
    while True:
        delta = pos[i] - pos[j]
        dist = np.sqrt((delta * delta).sum(axis=1))
        np.maximum(dist, 1e-9, out=dist)
        want = pos[j] + delta * (d / dist)[:, None]
        num = np.empty((n, 2))
        num[:, 0] = np.bincount(i, weights=wt * want[:, 0], minlength=n)
        num[:, 1] = np.bincount(i, weights=wt * want[:, 1], minlength=n)
        if terms is None:
            pull = FORCE_ANCHOR * line * pos  # a spring to where each card is now
        num += pull
        den = total
        if removing:
            a, b = _overlapping_pairs(pos, (box[0] - 1e-9, box[1] - 1e-9))
            if len(a):
                a, b = np.concatenate([a, b]), np.concatenate([b, a])
                gap = pos[a] - pos[b]
                ax, ay = np.abs(gap[:, 0]), np.abs(gap[:, 1])
                far = np.sqrt(ax * ax + ay * ay)
                # Same spot: apart across, the earlier in file order to the left.
                same = far < 1e-9
                gap[same] = np.where((a < b)[same, None], (-1.0, 0.0), (1.0, 0.0))
                ax, ay = np.abs(gap[:, 0]), np.abs(gap[:, 1])
                far = np.sqrt(ax * ax + ay * ay)
                clear = far * np.minimum(sx / np.maximum(ax, 1e-9), sy / np.maximum(ay, 1e-9))
                want2 = pos[b] + gap * (clear / far)[:, None]
                num[:, 0] += np.bincount(a, weights=line * want2[:, 0], minlength=n)
                num[:, 1] += np.bincount(a, weights=line * want2[:, 1], minlength=n)
                den = total + np.bincount(a, minlength=n) * line
        new = num / den[:, None]
        moved = float(np.abs(new - pos).max())
        pos = new
        steps += 1
        if moved < FORCE_SETTLED or steps >= iterations:
            if removing:
                break
            removing = True
            steps = 0
            # Room for the cards: the drawing and its lengths grow together.
            pos, grow = _grow(pos, (sx, sy))
            d = d * grow
    _push_apart(pos, box, sweeps=20)
    return pos


def _push_apart(pos: FloatArray, box: tuple[float, float], sweeps: int = 6) -> None:
    """Push cards closer than ``box`` (plus a small margin) apart, half the shortfall each
    along the axis that needs the shorter move, a card's pushes averaged; a few sweeps."""
    import numpy as np

    margin = 0.02
    sx, sy = box[0] * (1 + margin), box[1] * (1 + margin)
    n = len(pos)
    for _ in range(sweeps):
        i, j = _overlapping_pairs(pos, (box[0] - 1e-9, box[1] - 1e-9))
        if not len(i):
            return
        delta = pos[i] - pos[j]
        px = sx - np.abs(delta[:, 0])
        py = sy - np.abs(delta[:, 1])
        across = px / sx <= py / sy
        # Direction from j to i; a tie (same spot) goes by file order.
        sign_x = np.where(delta[:, 0] != 0, np.sign(delta[:, 0]), -1.0)
        sign_y = np.where(delta[:, 1] != 0, np.sign(delta[:, 1]), -1.0)
        step = np.zeros((len(i), 2))
        step[:, 0] = np.where(across, sign_x * px / 2, 0.0)
        step[:, 1] = np.where(across, 0.0, sign_y * py / 2)
        shift = np.zeros((n, 2))
        count = np.zeros(n)
        np.add.at(shift, i, step)
        np.add.at(shift, j, -step)
        np.add.at(count, i, 1)
        np.add.at(count, j, 1)
        pos += shift / np.maximum(count, 1)[:, None]


def _overlapping_pairs(
    pos: FloatArray, box: tuple[float, float]
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """Pairs (i < j) closer than ``box`` both across and down (a sweep along x: only pairs
    within a box's width across are compared)."""
    import numpy as np

    sx, sy = box
    order = np.argsort(pos[:, 0], kind="stable")
    xs = pos[order, 0]
    hi = np.searchsorted(xs, xs + sx, side="left")
    counts = np.maximum(hi - np.arange(len(xs)) - 1, 0)
    total = int(counts.sum())
    if total == 0:
        empty = np.zeros(0, dtype=np.intp)
        return empty, empty
    a = np.repeat(np.arange(len(xs)), counts)
    b = a + 1 + np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts)
    ia, ib = order[a], order[b]
    keep = np.abs(pos[ia, 1] - pos[ib, 1]) < sy
    ia, ib = ia[keep], ib[keep]
    return np.minimum(ia, ib), np.maximum(ia, ib)


def _place_without_overlap(centres: FloatArray, sep_x: float, sep_y: float) -> FloatArray:
    """Move each centre to the nearest spot at least sep_x across or sep_y down from all others.

    Cards are placed from the middle of the layout outwards (ties in file order); each one
    tries spots on a lattice of a quarter cell around its wanted centre, nearest first, and
    takes the first one free (the wanted centre itself first: a card that overlaps nothing
    placed before it stays put). Deterministic; a grid of buckets finds the cards placed
    nearby, and a card that has to move checks all its lattice spots at once (numpy).
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

    steps = np.array(offsets, dtype=np.float64) * (sep_x / 4, sep_y / 4)

    def nearest_free(x: float, y: float) -> tuple[float, float] | None:
        # All the lattice spots at once against the cards placed around them (numpy).
        reach = radius // 4 + 1
        bx, by = math.floor(x / sep_x), math.floor(y / sep_y)
        near = [other for i in range(bx - reach, bx + reach + 1)
                for j in range(by - reach, by + reach + 1)
                for other in buckets.get((i, j), ())]
        spots = steps + (x, y)
        if not near:
            return float(spots[0, 0]), float(spots[0, 1])
        placed = out[near]
        for part in (slice(0, 40), slice(40, None)):  # the nearest spots first
            some = spots[part]
            clash = ((np.abs(some[:, None, 0] - placed[None, :, 0]) < limit_x)
                     & (np.abs(some[:, None, 1] - placed[None, :, 1]) < limit_y)).any(axis=1)
            ok = np.flatnonzero(~clash)
            if len(ok):
                return float(some[ok[0], 0]), float(some[ok[0], 1])
        return None

    for v in order:
        cx, cy = float(centres[v, 0]), float(centres[v, 1])
        spot = (cx, cy) if free(cx, cy) else nearest_free(cx, cy)
        while spot is None:
            radius *= 2
            offsets = _spiral(radius)
            steps = np.array(offsets, dtype=np.float64) * (sep_x / 4, sep_y / 4)
            spot = nearest_free(cx, cy)
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
