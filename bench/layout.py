"""Force layout benchmark: the new ``force_layout`` against the old one and the org chart.

Run from the repository root (not part of the pytest suite)::

    python bench/layout.py                    # demo accounts + 50, 300, 1,000 people
    python bench/layout.py --repeat 5 --sizes 50 300 1000 3000

Inputs: the three demo accounts (``app.services.demo.demo_documents``) and the generated
org charts of ``bench/map.py`` (``org_chart``: one main tree with varied spans of control,
a second small tree, about 4% people outside any tree, shuffled file order, one influence
line per three people). Cards are the map's slot (``app.graph.encoding.SLOT``).

Three layouts, measured in the same run with the same helpers:

- ``legacy``: the force layout as it was before issue 16 (a private copy below,
  :func:`_legacy_force_layout`: Fruchterman–Reingold from a random start, then placing
  each card at the nearest free spot);
- ``force``: today's ``app.graph.layout.force_layout`` (stress from a pivot drawing
  turned like the org chart; see its docstring);
- ``org``: ``hierarchical_layout`` (influence lines play no part in it).

Columns:

- ``ms``: median time of the repeats after a warm-up;
- ``ovl``: pairs of cards closer than ``GAP_X`` (``overlaps(..., gap=GAP_X)``);
- ``rep X``: crossings among reporting lines, ``inf X``: among influence lines, ``all X``:
  among all lines (reporting and influence together), drawn as straight lines between
  card centres (``edge_crossings``);
- ``thru``: (line, card) pairs where a straight line runs through a card it does not
  connect, reporting / influence;
- ``box``: bounding box in scene units and its aspect ratio (width / height; a 16:10
  screen is 1.6);
- ``rerun``: mean / max displacement (scene units) when the layout is run again from its
  own output (``force_layout(..., start=first)``; the legacy and org layouts simply
  give the same result again, 0);
- ``+1``: mean displacement of everyone else after one person is added (reporting to a
  mid-level manager, with one influence line): from scratch for every layout, and for
  ``force`` also from the previous positions (``start=``, the map's "Force" pressed
  again), after which the layout keeps the frame of ``start``.

Targets (issue 16; "Targets not met" at the end lists misses): 0 overlaps; a re-run
moves (almost) nothing (mean < 5 px); no more crossings and lines through unrelated cards
than the legacy force layout up to 300 people, within 10 % beyond; from 1,000 people on
not slower than the legacy layout in the same run (and well under a second).
"""

from __future__ import annotations

import argparse
import gc
import inspect
import math
import statistics
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.graph.layout import (  # noqa: E402
    GAP_X,
    GAP_Y,
    CardSize,
    Edge,
    Point,
    _forest,
    bounding_box,
    edge_crossings,
    force_layout,
    hierarchical_layout,
    overlaps,
    reporting_edges,
)

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    FloatArray = npt.NDArray[np.float64]

SIZES = (50, 300, 1000)
# force_layout(..., start=) (issue 16): run again from its own output / after an edit.
TAKES_START = "start" in inspect.signature(force_layout).parameters


@dataclass(frozen=True)
class Case:
    name: str
    nodes: list[str]
    parent: dict[str, str | None]
    links: list[Edge]


# =====================================================================================
# The force layout before issue 16 (baseline, measured in the same run)
# =====================================================================================


def _legacy_force_layout(
    nodes: Sequence[str],
    parent: Mapping[str, str | None],
    links: Sequence[Edge],
    *,
    card_size: CardSize,
    gap_x: float = GAP_X,
    gap_y: float = GAP_Y,
    seed: int = 0,
    iterations: int = 50,
) -> dict[str, Point]:
    """app.graph.layout.force_layout as of commit cc051d0 (before issue 16)."""
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
    unit = _legacy_fr(n, edges, seed, iterations)
    k = math.sqrt(1.0 / n)
    unit -= unit.mean(axis=0)
    centres = np.empty_like(unit)
    centres[:, 0] = unit[:, 0] / k * (w + gap_x)
    centres[:, 1] = unit[:, 1] / k * (h + gap_y)
    placed = _legacy_place(centres, w + gap_x, h + gap_x)
    placed[:, 0] -= w / 2
    placed[:, 1] -= h / 2
    placed -= placed.min(axis=0)
    return {node: (float(placed[i, 0]), float(placed[i, 1])) for i, node in enumerate(ids)}


def _legacy_fr(n: int, edges: npt.NDArray[np.intp], seed: int, iterations: int) -> FloatArray:
    import numpy as np

    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2))
    if n == 1:
        return pos
    k = math.sqrt(1.0 / n)
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    a, b = edges[:, 0], edges[:, 1]
    d2 = np.empty((n, n), dtype=np.float32)
    other = np.empty((n, n), dtype=np.float32)
    for _ in range(iterations):
        small = pos.astype(np.float32)
        np.subtract.outer(small[:, 0], small[:, 0], out=d2)
        np.multiply(d2, d2, out=d2)
        np.subtract.outer(small[:, 1], small[:, 1], out=other)
        np.multiply(other, other, out=other)
        np.add(d2, other, out=d2)
        np.maximum(d2, np.float32(1e-4), out=d2)
        np.divide(np.float32(k * k), d2, out=d2)
        np.fill_diagonal(d2, 0.0)
        force = (small * d2.sum(axis=1)[:, None] - d2 @ small).astype(np.float64)
        force -= 1.0 * (pos - pos.mean(axis=0))
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


def _legacy_place(centres: FloatArray, sep_x: float, sep_y: float) -> FloatArray:
    import numpy as np

    n = len(centres)
    out = centres.copy()
    middle = centres.mean(axis=0)
    dist = ((centres - middle) / (sep_x, sep_y)) ** 2
    order = np.lexsort((np.arange(n), dist.sum(axis=1)))
    buckets: dict[tuple[int, int], list[int]] = {}
    radius = 8
    offsets = _legacy_spiral(radius)
    limit_x, limit_y = sep_x - 1e-6, sep_y - 1e-6

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
                offsets = _legacy_spiral(radius)
        out[v] = spot
        key = (math.floor(spot[0] / sep_x), math.floor(spot[1] / sep_y))
        buckets.setdefault(key, []).append(int(v))
    return out


def _legacy_spiral(radius: int) -> list[tuple[int, int]]:
    cells = [(i, j) for i in range(-radius, radius + 1) for j in range(-radius, radius + 1)]
    cells.sort(key=lambda c: (c[0] * c[0] + c[1] * c[1], c[1], c[0]))
    return cells


# =====================================================================================
# Measuring
# =====================================================================================


def lines_through_cards(
    positions: Mapping[str, Point], edges: Sequence[Edge], card_size: CardSize
) -> int:
    """(line, card) pairs where the straight line between two card centres passes through
    the rectangle of a third card (Liang–Barsky clipping, vectorised)."""
    import numpy as np

    w, h = card_size
    keys = list(positions)
    index = {k: i for i, k in enumerate(keys)}
    ends = [(index[a], index[b]) for a, b in edges if a != b and a in index and b in index]
    if not ends or len(keys) < 3:
        return 0
    xy = np.array([positions[k] for k in keys], dtype=np.float64)
    left, top = xy[:, 0][None, :], xy[:, 1][None, :]
    right, bottom = left + w, top + h
    pair = np.array(ends, dtype=np.intp)
    total = 0
    for start in range(0, len(pair), 128):
        chunk = pair[start:start + 128]
        x0 = xy[chunk[:, 0], 0][:, None] + w / 2
        y0 = xy[chunk[:, 0], 1][:, None] + h / 2
        dx = xy[chunk[:, 1], 0][:, None] + w / 2 - x0
        dy = xy[chunk[:, 1], 1][:, None] + h / 2 - y0
        t0 = np.zeros((len(chunk), len(keys)))
        t1 = np.ones((len(chunk), len(keys)))
        ok = np.ones((len(chunk), len(keys)), dtype=bool)
        for p, q in ((-dx, x0 - left), (dx, right - x0), (-dy, y0 - top), (dy, bottom - y0)):
            p = np.broadcast_to(p, t0.shape)
            with np.errstate(divide="ignore", invalid="ignore"):
                r = q / p
            parallel = np.abs(p) < 1e-12
            ok &= ~(parallel & (q < 0))
            t0 = np.where(~parallel & (p < 0), np.maximum(t0, r), t0)
            t1 = np.where(~parallel & (p > 0), np.minimum(t1, r), t1)
        hit = ok & (t1 - t0 > 1e-9)
        rows = np.arange(len(chunk))
        hit[rows, chunk[:, 0]] = False
        hit[rows, chunk[:, 1]] = False
        total += int(np.count_nonzero(hit))
    return total


def median_seconds(run: Callable[[], object], repeat: int) -> float:
    run()  # warm-up
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def displacement(a: Mapping[str, Point], b: Mapping[str, Point]) -> tuple[float, float]:
    """Mean and max distance moved by the people in both layouts."""
    common = [k for k in a if k in b]
    if not common:
        return 0.0, 0.0
    d = [math.dist(a[k], b[k]) for k in common]
    return statistics.fmean(d), max(d)


def with_one_more(case: Case) -> Case:
    """The case plus one person reporting to a mid-level manager, with one influence line
    to someone else: the person gets the smallest id in file order's middle."""
    edges = reporting_edges(case.nodes, case.parent)
    managers = sorted({boss for boss, _ in edges}, key=case.nodes.index)
    boss = managers[len(managers) // 2] if managers else case.nodes[0]
    others = [k for k in case.nodes if k != boss]
    new = "zz-new-person"
    nodes = case.nodes[: len(case.nodes) // 2] + [new] + case.nodes[len(case.nodes) // 2:]
    links = [*case.links, (others[len(others) // 3], new)] if others else list(case.links)
    return Case(case.name, nodes, {**case.parent, new: boss}, links)


def print_table(header: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    print("  " + "  ".join(h.rjust(wd) for h, wd in zip(header, widths, strict=True)))
    for r in rows:
        print("  " + "  ".join(c.rjust(wd) for c, wd in zip(r, widths, strict=True)))


# =====================================================================================
# Main
# =====================================================================================


def cases(sizes: Sequence[int]) -> list[Case]:
    from app.services.demo import demo_documents
    from bench.map import org_chart

    found = []
    for doc in demo_documents():
        found.append(Case(
            doc.account.id, [s.id for s in doc.stakeholders],
            {s.id: s.reports_to for s in doc.stakeholders},
            [(i.source, i.target) for i in doc.influences]))
    for n in sizes:
        chart = org_chart(n, n)
        found.append(Case(f"generated {n:,}", chart.nodes, chart.parent, chart.links))
    return found


def measure(case: Case, repeat: int, card: CardSize) -> tuple[list[list[str]], dict[str, bool]]:
    layouts: dict[str, Callable[..., dict[str, Point]]] = {
        "legacy": partial(_legacy_force_layout, card_size=card),
        "force": partial(force_layout, card_size=card),
        "org": lambda nodes, parent, links: hierarchical_layout(nodes, parent, card_size=card),
    }
    reporting = reporting_edges(case.nodes, case.parent)
    known = set(case.nodes)
    influence = sorted({(a, b) for a, b in case.links if a != b and a in known and b in known})
    bigger = with_one_more(case)
    rows = []
    found: dict[str, dict[str, float]] = {}
    for name, run in layouts.items():
        args = (case.nodes, case.parent, case.links)
        runs = repeat if len(case.nodes) <= 300 else max(1, min(repeat, 3))
        seconds = median_seconds(partial(run, *args), runs)
        pos = run(*args)
        left, top, right, bottom = bounding_box(pos, card)
        width, height = right - left, bottom - top
        rep_x = edge_crossings(pos, reporting, card)
        inf_x = edge_crossings(pos, influence, card)
        all_x = edge_crossings(pos, reporting + influence, card)
        thru_r = lines_through_cards(pos, reporting, card)
        thru_i = lines_through_cards(pos, influence, card)
        ovl = len(overlaps(pos, card, gap=GAP_X))
        found[name] = {"all": all_x, "thru": thru_r + thru_i, "ovl": ovl, "ms": seconds * 1000}
        if name == "force" and TAKES_START:
            with_start: Callable[..., dict[str, Point]] = force_layout
            again = with_start(*args, card_size=card, start=pos)
            rerun = "{:.1f} / {:.1f}".format(*displacement(pos, again))
            found[name]["rerun"] = displacement(pos, again)[0]
            plus = force_layout(bigger.nodes, bigger.parent, bigger.links, card_size=card)
            plus_start = with_start(bigger.nodes, bigger.parent, bigger.links,
                                      card_size=card, start=pos)
            added = (f"{displacement(pos, plus)[0]:.0f}; "
                     f"start= {displacement(pos, plus_start)[0]:.1f}")
        else:
            rerun = "0 (same)" if name != "force" else "no start="
            plus = run(bigger.nodes, bigger.parent, bigger.links)
            added = f"{displacement(pos, plus)[0]:.0f}"
        rows.append([case.name if name == "legacy" else "", name, f"{seconds * 1000:.1f}",
                     str(ovl), str(rep_x), str(inf_x), str(all_x), f"{thru_r}/{thru_i}",
                     f"{width:,.0f} x {height:,.0f}", f"{width / max(height, 1):.2f}",
                     rerun, added])
    # Up to 300 people no more than legacy; beyond, within 10 % (see force_layout).
    slack = 1.0 if len(case.nodes) <= 300 else 1.1
    verdicts = {
        "0 overlaps": found["force"]["ovl"] == 0,
        "crossings": found["force"]["all"] <= slack * found["legacy"]["all"],
        "lines through cards": found["force"]["thru"] <= slack * found["legacy"]["thru"],
        "re-run moves < 5 px": found["force"].get("rerun", 0) < 5,
        "not slower than legacy (from 1,000 people)": len(case.nodes) < 1000
        or found["force"]["ms"] <= found["legacy"]["ms"],
    }
    return rows, verdicts


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    args = parser.parse_args(argv)
    from app.graph.encoding import SLOT

    print(f"Force layout benchmark; cards {SLOT[0]:.0f} x {SLOT[1]:.0f}, gap {GAP_X:.0f}; "
          f"median of {args.repeat} after a warm-up (3 from 1,000 people on)")
    header = ["case", "layout", "ms", "ovl", "rep X", "inf X", "all X", "thru r/i",
              "box", "aspect", "rerun mean/max", "+1 mean"]
    rows: list[list[str]] = []
    failed: list[str] = []
    for case in cases(args.sizes):
        case_rows, verdicts = measure(case, args.repeat, SLOT)
        rows += case_rows
        failed += [f"{case.name}: {what}" for what, ok in verdicts.items() if not ok]
        print_table(header, case_rows)
        print()
    print("All:")
    print_table(header, rows)
    print("\nTargets not met: " + ("; ".join(failed) if failed else "none"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
