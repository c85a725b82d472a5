"""Stakeholder map benchmark: generated org charts of 50, 300 and 1,000 stakeholders.

Run from the repository root (not part of the pytest suite)::

    python bench/map.py                       # sizes 50, 300, 1000; 5 repeats
    python bench/map.py --repeat 9 --sizes 50 300 1000 3000

Each chart is generated deterministically: one main reporting tree with varied spans of
control (some very wide managers, mostly of people without teams), a second small tree,
about 4% of people outside any tree, people listed in shuffled file order, and one
influence line per three people.

(a) Layout. Our hierarchical layout (``app.graph.layout.hierarchical_layout``, in
    process) against Graphviz ``dot`` on the same graph: a DOT file with the reporting
    lines, boxes of our card size (in inches at 72 dpi) and our gaps as ``nodesep`` and
    ``ranksep``, run as ``dot -Tplain`` in a subprocess, once with its default spline
    routing and once with ``splines=false``. Times are medians of the repeats after one
    warm-up; dot's include starting the process, shown separately for an empty graph.
    Both layouts are measured with the same helpers: reporting-line crossings drawn as
    straight lines between card centres (``edge_crossings``), overlapping cards
    (``overlaps``) and the bounding box (``bounding_box``).
    Targets: our layout no slower than dot (the faster of its two runs) and no more
    crossings, at every size. The force layout is timed too, for information.

(b) Scene. Building the map scene offscreen and moving the card with the most lines in a
    view fitted to the whole map (lines routed: the build waits for every route).

(c) Routing. Lines running over a card they do not connect (``app.graph.routing.
    count_crossings``: (line, unrelated card) pairs), reporting and influence lines
    counted apart, for the three demo accounts and the generated charts, on the org-chart
    and on the force layout (``encoding.auto_positions``, as the map's Arrange commands
    place them). Baseline: today's drawing, straight influence lines from border to border
    and the org-chart connector; routed: what ``MapScene`` draws. Targets: 0 for routed
    reporting lines, at most a tenth of the straight count for influence lines.

(d) Interaction at 1,000 cards, in an offscreen view at 1:1 zoom centred on the card with
    the most lines: one move of that card by a small step (the first frame: setPos, then
    the event loop until the view's paint has ended; all routed: the event loop alone until
    every line is routed and painted, with the gaps between frames and the length of each
    event-loop turn meanwhile), a drag of 30 mouse moves (mouse events to the viewport,
    each followed by the event loop: frames per second, and the time of the release, when
    every line touched is routed in full) and a full repaint of the viewport. The baseline
    in the same run: the same scene with today's lines (straight, round caps, one
    ``drawPath`` each, the colour worked out on every paint). Targets: a move's first frame
    within 16 ms, 9 frames in 10 at 30 frames/s or more while lines finish, a drag at
    30 frames/s or more, a full repaint within 30 ms. ``--only d`` runs this section alone.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import random
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.graph.layout import (  # noqa: E402
    CARD_SIZE,
    GAP_X,
    GAP_Y,
    Point,
    bounding_box,
    edge_crossings,
    force_layout,
    hierarchical_layout,
    overlaps,
    reporting_edges,
)

SIZES = (50, 300, 1000)
DPI = 72.0  # scene units per inch in the DOT file


# =====================================================================================
# Generated org charts
# =====================================================================================


@dataclass(frozen=True)
class Chart:
    nodes: list[str]  # stakeholder ids in file order
    parent: dict[str, str | None]  # reports_to
    links: list[tuple[str, str]]  # influence lines (source, target)

    @property
    def edges(self) -> list[tuple[str, str]]:
        return reporting_edges(self.nodes, self.parent)


def org_chart(n: int, seed: int) -> Chart:
    rng = random.Random(seed)
    ids = [f"s{i:04d}" for i in range(n)]
    parent: dict[str, str | None] = {i: None for i in ids}
    loose = max(1, n // 25)
    second = max(2, n // 20)
    main, rest = ids[: n - loose - second], ids[n - loose - second:]
    for team in (main, rest[:second]):
        queue, k = [team[0]], 1
        while k < len(team):
            boss = queue.pop(0) if queue else team[0]
            if rng.random() < 0.08:  # a very wide manager
                fan = rng.randint(12, 40) if n >= 300 else rng.randint(7, 12)
            else:
                fan = rng.choice([0, 1, 2, 2, 3, 3, 4, 5, 6, 8])
            for person in team[k: k + fan]:
                parent[person] = boss
                queue.append(person)
            k += fan
    order = list(ids)
    rng.shuffle(order)
    links: set[tuple[str, str]] = set()
    while len(links) < n // 3:
        a, b = rng.choice(ids), rng.choice(ids)
        if a != b:
            links.add((a, b))
    return Chart(order, parent, sorted(links))


# =====================================================================================
# Graphviz dot
# =====================================================================================


def dot_quote(name: str) -> str:
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_dot(chart: Chart, path: Path, *, splines: bool) -> None:
    w, h = CARD_SIZE
    lines = [
        "digraph org {",
        f"  graph [rankdir=TB, nodesep={GAP_X / DPI:.6f}, ranksep={GAP_Y / DPI:.6f}"
        + ("" if splines else ", splines=false") + "];",
        f'  node [shape=box, fixedsize=true, width={w / DPI:.6f}, height={h / DPI:.6f}, '
        'label=""];',
    ]
    lines += [f"  {dot_quote(node)};" for node in chart.nodes]
    lines += [f"  {dot_quote(a)} -> {dot_quote(b)};" for a, b in chart.edges]
    lines.append("}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def run_dot(path: Path) -> str:
    result = subprocess.run(["dot", "-Tplain", str(path)], capture_output=True, text=True,
                            check=True)
    return result.stdout


def parse_plain(text: str) -> dict[str, Point]:
    """Card top-left corners in scene units, y down, from ``dot -Tplain`` output."""
    w, h = CARD_SIZE
    height = 0.0
    positions: dict[str, Point] = {}
    for line in text.splitlines():
        fields = shlex.split(line)
        if not fields:
            continue
        if fields[0] == "graph":
            height = float(fields[3])
        elif fields[0] == "node":
            x, y = float(fields[2]) * DPI, (height - float(fields[3])) * DPI
            positions[fields[1]] = (x - w / 2, y - h / 2)
    left, top, _, _ = bounding_box(positions, CARD_SIZE)
    return {k: (x - left, y - top) for k, (x, y) in positions.items()}


# =====================================================================================
# Measuring
# =====================================================================================


def median_seconds(run: Callable[[], object], repeat: int) -> float:
    run()  # warm-up
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f}"


def box_text(positions: dict[str, Point]) -> tuple[str, float]:
    left, top, right, bottom = bounding_box(positions, CARD_SIZE)
    width, height = right - left, bottom - top
    return f"{width:,.0f} x {height:,.0f}", width * height / 1e6


def layout_section(charts: dict[int, Chart], repeat: int, workdir: Path) -> list[
        tuple[str, bool]]:
    """(a) Our hierarchical layout against Graphviz dot. Returns (target, met) pairs."""
    print("\n(a) Layout: hierarchical_layout vs Graphviz dot -Tplain "
          f"(median of {repeat} after a warm-up)")
    empty = workdir / "empty.dot"
    empty.write_text("digraph empty {}\n", encoding="utf-8")
    spawn = median_seconds(partial(run_dot, empty), repeat)
    print(f"    starting dot on an empty graph: {ms(spawn)} ms (included in dot's times)")

    rows: list[list[str]] = []
    verdicts: list[tuple[str, bool]] = []
    notes: list[str] = []
    for n, chart in charts.items():
        ours_s = median_seconds(partial(hierarchical_layout, chart.nodes, chart.parent), repeat)
        ours = hierarchical_layout(chart.nodes, chart.parent)
        dot_s: dict[bool, float] = {}
        dot_pos: dict[bool, dict[str, Point]] = {}
        for splines in (True, False):
            path = workdir / f"org{n}{'' if splines else '-nosplines'}.dot"
            write_dot(chart, path, splines=splines)
            dot_s[splines] = median_seconds(partial(run_dot, path), repeat)
            dot_pos[splines] = parse_plain(run_dot(path))
            assert set(dot_pos[splines]) == set(chart.nodes), "dot lost or renamed nodes"
        best = min(dot_s.values())
        edges = chart.edges
        ours_x = edge_crossings(ours, edges, CARD_SIZE)
        dot_x = edge_crossings(dot_pos[True], edges, CARD_SIZE)
        dot_x_lines = edge_crossings(dot_pos[False], edges, CARD_SIZE)
        ours_box, ours_area = box_text(ours)
        dot_box, dot_area = box_text(dot_pos[True])
        ours_overlaps = len(overlaps(ours, CARD_SIZE))
        dot_overlaps = len(overlaps(dot_pos[True], CARD_SIZE))
        rows.append([
            f"{n:,}", f"{len(edges):,}", ms(ours_s), ms(dot_s[True]), ms(dot_s[False]),
            f"{ours_s / best:.3f}", str(ours_x), f"{dot_x}/{dot_x_lines}",
            f"{ours_box} ({ours_area:.1f})", f"{dot_box} ({dot_area:.1f})",
            f"{ours_overlaps}/{dot_overlaps}",
        ])
        verdicts.append((f"{n:,} people: layout no slower than dot", ours_s <= best))
        verdicts.append((f"{n:,} people: no more reporting-line crossings than dot",
                         ours_x <= min(dot_x, dot_x_lines)))
        if ours_overlaps:
            notes.append(f"{n}: our layout has {ours_overlaps} overlapping cards")
    header = ["people", "lines", "ours ms", "dot ms", "dot nospl ms", "ours/dot",
              "ours X", "dot X", "ours box px (Mpx^2)", "dot box px (Mpx^2)", "overlaps"]
    print_table(header, rows)
    print("    ours/dot: ours against the faster dot run; dot X: crossings with dot's default /\n"
          "    splines=false positions (both drawn as straight centre-to-centre lines);\n"
          "    overlaps: overlapping cards ours/dot.")
    for note in notes:
        print(f"    ! {note}")

    print("\n    For information, force_layout (seed 0, reporting + influence lines):")
    force_rows = []
    for n, chart in charts.items():
        runs = max(1, min(repeat, 3))
        force_s = median_seconds(partial(force_layout, chart.nodes, chart.parent, chart.links),
                                 runs)
        pos = force_layout(chart.nodes, chart.parent, chart.links)
        box, area = box_text(pos)
        force_rows.append([f"{n:,}", f"{len(chart.links):,}", ms(force_s),
                           str(len(overlaps(pos, CARD_SIZE, gap=GAP_X))),
                           f"{box} ({area:.1f})"])
    print_table(["people", "influence", "ms", "overlaps", "box px (Mpx^2)"], force_rows)
    return verdicts


def print_table(header: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    print("    " + "  ".join(h.rjust(wd) for h, wd in zip(header, widths, strict=True)))
    for r in rows:
        print("    " + "  ".join(c.rjust(wd) for c, wd in zip(r, widths, strict=True)))


def dot_version() -> str:
    result = subprocess.run(["dot", "-V"], capture_output=True, text=True, check=False)
    return (result.stderr or result.stdout).strip()


# =====================================================================================
# (b) The map scene: building it, and moving one card
# =====================================================================================


def chart_document(chart: Chart) -> Any:
    """The chart as an account document, with varied stances, influence and lines."""
    from app.models.account import AccountFile

    rng = random.Random(len(chart.nodes))
    stances = ["champion", "supporter", "neutral", "skeptic", "blocker", None]
    return AccountFile.model_validate({
        "format": "rapport-account", "version": 1,
        "account": {"id": f"bench-{len(chart.nodes)}", "name": "Bench"},
        "stakeholders": [
            {"id": sid, "name": f"Person {sid} Иванов 王", "title": "Director of Things",
             "department": "Operations", "reports_to": chart.parent[sid],
             "stance": rng.choice(stances), "influence": rng.randint(1, 5),
             "relationship": rng.randint(0, 4), "role": rng.choice([None, "influencer"])}
            for sid in chart.nodes
        ],
        "influences": [{"source": a, "target": b, "strength": rng.randint(1, 3),
                        "kind": rng.choice(["formal", "informal", "conflict"])}
                       for a, b in chart.links],
    }, strict=False)


def scene_section(charts: dict[int, Chart], repeat: int) -> list[tuple[str, bool]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QPointF
    from PySide6.QtWidgets import QApplication

    from app.views.map.scene import MapScene
    from app.views.map.view import MapView

    app = QApplication.instance() or QApplication(["bench"])
    print("\n(b) Map scene (offscreen Qt): building it, and moving one card "
          f"(median of {repeat})")
    rows, verdicts = [], []
    for n, chart in charts.items():
        doc = chart_document(chart)
        scene = MapScene()
        def build(doc: Any = doc, scene: MapScene = scene) -> None:
            scene.set_document(doc)
            scene.finish_routing()

        build_s = median_seconds(build, repeat)
        view = MapView(scene)
        view.resize(1280, 800)
        view.show()
        view.fit()
        app.processEvents()
        # the card with the most lines: the worst case for a move
        card = max(scene.cards.values(), key=lambda c: len(c.edges))
        start = card.pos()
        moves, full = [], []
        for step in range(max(20, repeat * 4)):
            t0 = time.perf_counter()
            card.setPos(start + QPointF(3.0 * (step + 1), 2.0 * (step + 1)))
            app.processEvents()  # what the next frame does: repaint the dirty region
            moves.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            view.viewport().repaint()  # for comparison: repaint every card on screen
            full.append(time.perf_counter() - t0)
        moves.sort()
        full.sort()
        median_move, worst = moves[len(moves) // 2], moves[-1]
        rows.append([f"{n:,}", f"{len(scene.edges):,}", ms(build_s), str(len(card.edges)),
                     ms(median_move), ms(worst), ms(full[len(full) // 2])])
        if n >= 1000:
            verdicts.append((f"{n:,} cards: moving a card within one frame (16 ms)",
                             median_move <= 0.016))
        view.close()
    print_table(["people", "lines", "build ms", "card's lines", "move ms", "worst ms",
                 "full repaint ms"], rows)
    print("    move: setPos of the card with the most lines, then the event loop repaints what\n"
          "    changed (the view fitted to the whole map); full repaint: every card on screen")
    return verdicts


# =====================================================================================
# (c) Routing: lines over cards they do not connect
# =====================================================================================


def _scene_lines(scene: Any, routed: bool) -> tuple[list[Any], list[Any]]:
    """(reporting, influence) lines as (source, target, points): as drawn, or today's."""
    from app.graph import routing

    reporting, influence = [], []
    rects = scene.obstacles.rects
    for edge in scene.edges:
        a, b = rects[edge.source.sid], rects[edge.target.sid]
        if routed:
            points = edge.points()
        elif edge.kind == "reports":
            points = edge._connector(a, b)
        else:
            points = routing.straight_line(a, b)
        (reporting if edge.kind == "reports" else influence).append(
            (edge.source.sid, edge.target.sid, points))
    return reporting, influence


def routing_section(charts: dict[int, Chart]) -> list[tuple[str, bool]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.graph import encoding, routing
    from app.services.demo import demo_documents
    from app.views.map.scene import MapScene

    QApplication.instance() or QApplication(["bench"])
    print("\n(c) Routing: (line, unrelated card) crossings, straight (today) -> routed")
    docs = [(d.account.id, d) for d in demo_documents()]
    docs += [(f"{n:,} people", chart_document(chart)) for n, chart in charts.items()]
    rows, verdicts = [], []
    for name, doc in docs:
        for mode in ("org", "force"):
            scene = MapScene()
            scene.set_document(doc)
            t0 = time.perf_counter()
            scene.set_positions(encoding.auto_positions(doc, mode))
            scene.finish_routing()
            spent = time.perf_counter() - t0
            rects = scene.obstacles.rects
            (rep0, inf0), (rep1, inf1) = _scene_lines(scene, False), _scene_lines(scene, True)
            r0, r1 = routing.count_crossings(rects, rep0), routing.count_crossings(rects, rep1)
            i0, i1 = routing.count_crossings(rects, inf0), routing.count_crossings(rects, inf1)
            rows.append([name, mode, f"{len(rep0):,}", f"{r0:,} -> {r1:,}", f"{len(inf0):,}",
                         f"{i0:,} -> {i1:,}", ms(spent)])
            verdicts.append((f"{name}, {mode} layout: no reporting line over a card", r1 == 0))
            verdicts.append((f"{name}, {mode} layout: influence lines over cards <= a tenth "
                             f"of straight ({i1} <= {i0 / 10:g})", i1 <= i0 / 10))
    print_table(["map", "layout", "reporting", "reporting X", "influence", "influence X",
                 "arrange+route ms"], rows)
    print("    X: (line, card it does not connect) pairs where the line runs through the\n"
          "    card; arrange+route: moving every card to the layout and routing every line")
    return verdicts


# =====================================================================================
# (d) Interaction at 1,000 cards, 1:1 zoom
# =====================================================================================


def _baseline_edges() -> Any:
    """EdgeItem as it was before routing: straight lines, round caps, drawPath, the
    colour worked out on every paint."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPen

    from app.views.map import style
    from app.views.map.edges import EdgeItem
    from app.views.map.items import canvas_of

    class StraightEdge(EdgeItem):
        def adjust(self) -> None:
            self.straighten()

        def reroute(self, router: Any, *, quick: bool = False, budget: Any = None) -> None:
            self.straighten()

        def reroute_steps(self, router: Any, *, quick: bool = False,
                          budget: Any = None) -> Any:
            self.straighten()
            yield from ()

        def paint(self, painter: Any, option: Any, widget: Any = None) -> None:
            canvas = canvas_of(self)
            if self.isSelected():
                painter.setPen(QPen(style.on_canvas(style.SELECTION, canvas),
                                    self.pen().widthF() + 2.5))
                painter.drawPath(self.path())
                return
            pen = QPen(self.pen())
            if self.kind != "reports":
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setColor(style.on_canvas(pen.color(), canvas))
            painter.setPen(pen)
            painter.drawPath(self.path())

    return StraightEdge


def _timed_view() -> Any:
    """MapView noting when each paint of its viewport ends."""
    from app.views.map.view import MapView

    class TimedView(MapView):
        painted = 0
        paint_end = 0.0

        def paintEvent(self, event: Any) -> None:  # noqa: N802
            super().paintEvent(event)
            self.paint_end = time.perf_counter()
            self.painted += 1

    return TimedView


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def interaction_section(chart: Chart, repeat: int) -> list[tuple[str, bool]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    from app.views.map import scene as scene_module
    from app.views.map.scene import MapScene
    from app.views.map.view import MapView

    app = QApplication.instance() or QApplication(["bench"])
    TimedView = _timed_view()  # noqa: N806
    n = len(chart.nodes)
    print(f"\n(d) Interaction at {n:,} cards, 1:1 zoom, 1280x800 viewport (offscreen)")
    doc = chart_document(chart)
    rows, verdicts = [], []
    routed_edge = scene_module.EdgeItem
    for label, edge_class in (("today (straight)", _baseline_edges()),
                              ("routed", routed_edge)):
        scene_module.EdgeItem = edge_class
        try:
            scene = MapScene()
            scene.set_document(doc)
            scene.finish_routing()
        finally:
            scene_module.EdgeItem = routed_edge
        view = TimedView(scene)
        view.resize(1280, 800)
        view.show()
        card = max(scene.cards.values(), key=lambda c: len(c.edges))
        view.resetTransform()
        view.centerOn(card)
        app.processEvents()
        start = card.pos()

        def settle(scene: Any = scene) -> None:
            app.processEvents()
            while scene.routing_pending():
                scene.finish_routing()
                app.processEvents()
            while scene.rough():  # drawn smooth again
                app.processEvents()

        moves, firsts, gaps, turns = [], [], [], []
        for step in range(max(20, repeat * 4)):
            view.painted = 0
            t0 = time.perf_counter()
            card.setPos(start + QPointF(6.0 * (step % 2 + 1), 4.0 * (step % 2 + 1)))
            # the first frame: the event loop until the view has painted what changed
            while not view.painted:
                app.processEvents()
            firsts.append(view.paint_end - t0)
            # then the event loop alone until every line is routed and painted: the time
            # between frames meanwhile, and each event-loop turn that did something
            last = view.paint_end
            while scene.routing_pending():
                t1 = time.perf_counter()
                app.processEvents()
                turns.append(time.perf_counter() - t1)
                if view.paint_end != last:
                    gaps.append(view.paint_end - last)
                    last = view.paint_end
            app.processEvents()  # the frame with the last lines
            moves.append(time.perf_counter() - t0)
            while scene.rough():  # then the smooth repaint
                app.processEvents()
        card.setPos(start)
        settle()
        def mouse(kind: QEvent.Type, at: QPointF, held: Qt.MouseButton,
                  view: MapView = view) -> None:
            pos = QPointF(view.mapFromScene(at))
            event = QMouseEvent(kind, pos, view.viewport().mapToGlobal(pos),
                                Qt.MouseButton.LeftButton, held, Qt.KeyboardModifier.NoModifier)
            QApplication.sendEvent(view.viewport(), event)

        grab = card.scene_card_rect().center()
        held = Qt.MouseButton.LeftButton
        mouse(QEvent.Type.MouseButtonPress, grab, held)
        app.processEvents()
        frames = []
        for step in range(1, 31):
            t0 = time.perf_counter()
            mouse(QEvent.Type.MouseMove, grab + QPointF(9.0 * step, 5.0 * step), held)
            app.processEvents()
            frames.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        mouse(QEvent.Type.MouseButtonRelease, grab + QPointF(270, 150), Qt.MouseButton.NoButton)
        settle()
        release = time.perf_counter() - t0
        full = []
        for _ in range(max(5, repeat)):
            t0 = time.perf_counter()
            view.viewport().repaint()
            full.append(time.perf_counter() - t0)
        fps = 1.0 / statistics.median(frames)
        turns = [t for t in turns if t >= 0.001]  # the turns that did something
        turns = turns or [0.0]
        gaps = gaps or [0.0]
        rows.append([label, str(len(card.edges)), ms(statistics.median(firsts)),
                     ms(_percentile(firsts, 0.9)), ms(statistics.median(moves)),
                     ms(_percentile(gaps, 0.9)), ms(max(gaps)), ms(_percentile(turns, 0.9)),
                     ms(max(turns)), f"{fps:.0f}", ms(max(frames)),
                     ms(release), ms(statistics.median(full))])
        if edge_class is routed_edge:
            verdicts.append((f"{n:,} cards: moving a card, the first frame within 16 ms",
                             statistics.median(firsts) <= 0.016))
            verdicts.append((f"{n:,} cards: while lines finish routing, 9 frames in 10 "
                             "at 30 frames/s or more (33 ms)", _percentile(gaps, 0.9) <= 0.033))
            verdicts.append((f"{n:,} cards: dragging at >= 30 frames/s at 1:1 zoom ({fps:.0f})",
                             fps >= 30))
            verdicts.append((f"{n:,} cards: a full repaint at 1:1 zoom within 30 ms",
                             statistics.median(full) <= 0.030))
        view.close()
    print_table(["lines", "card's lines", "1st frame ms", "p90", "all routed ms",
                 "frame gap p90", "max", "turn p90 ms", "max", "drag fps", "worst frame ms",
                 "release ms", "full repaint ms"], rows)
    print("    1st frame: setPos of the card with the most lines, then the event loop until the\n"
          "    view has painted the change (lines past the turn's routing slice drawn straight):\n"
          "    median and p90; all routed: from setPos until the event loop alone has routed\n"
          "    every line and painted it; frame gap: from one frame to the next meanwhile;\n"
          "    turn: each event-loop turn of 1 ms or more meanwhile (a routing slice, a frame);\n"
          "    drag: 30 mouse moves, a frame each; release: the full re-route of the lines\n"
          "    touched, and the repaint")
    return verdicts


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5,
                        help="timed repeats per measurement, after one warm-up (default 5)")
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES),
                        help="stakeholders per generated chart (default 50 300 1000)")
    parser.add_argument("--only", nargs="+", choices="abcd", default=list("abcd"),
                        help="run only these sections (default: all)")
    args = parser.parse_args(argv)
    if shutil.which("dot") is None:
        print("Graphviz dot is not installed (Debian: apt-get install graphviz)",
              file=sys.stderr)
        return 1
    repeat = max(1, args.repeat)
    print(f"Python {platform.python_version()} on {platform.platform()}; {dot_version()}")
    charts = {n: org_chart(n, seed=n) for n in args.sizes}
    verdicts: list[tuple[str, bool]] = []

    if "a" in args.only:
        with tempfile.TemporaryDirectory(prefix="rapport-map-bench-") as tmp:
            verdicts += layout_section(charts, repeat, Path(tmp))

    # Further sections print their own table and add (target, met) pairs to `verdicts`;
    # they all measure the same `charts`.
    if "b" in args.only:
        verdicts += scene_section(charts, repeat)
    if "c" in args.only:
        verdicts += routing_section(charts)
    biggest = max(charts)
    if biggest >= 1000 and "d" in args.only:
        verdicts += interaction_section(charts[biggest], repeat)

    print("\nTargets:")
    for target, met in verdicts:
        print(f"    {'met    ' if met else 'NOT MET'}  {target}")
    return 0 if all(met for _, met in verdicts) else 2


if __name__ == "__main__":
    sys.exit(main())
