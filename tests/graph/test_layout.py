"""Auto-layout of the stakeholder map (app/graph/layout.py): exact geometry on tiny charts,
guarantees (no overlaps, no crossing reporting lines) on generated charts of 50-1,000."""

from __future__ import annotations

import math
import random
import time

import pytest

from app.graph.layout import (
    CARD_SIZE,
    GAP_X,
    GAP_Y,
    bounding_box,
    connector_path,
    edge_crossings,
    force_layout,
    hierarchical_layout,
    overlaps,
    reporting_edges,
    stacked_reports,
)

W, H = CARD_SIZE
PITCH = H + GAP_Y  # one org-chart row
STEP = W + GAP_X  # one card across


def org_chart(n: int, seed: int) -> tuple[list[str], dict[str, str | None]]:
    """A deterministic org chart of n people in shuffled file order.

    A main tree with fan-outs from 0 to 8, some very wide managers (mostly people without
    teams, some with), a second small tree and about 4% people outside any tree.
    """
    rng = random.Random(seed)
    ids = [f"p{i:04d}" for i in range(n)]
    parent: dict[str, str | None] = {i: None for i in ids}
    loose = max(1, n // 25)
    second = max(2, n // 20)
    main, rest = ids[: n - loose - second], ids[n - loose - second:]
    for team in (main, rest[:second]):
        queue, k = [team[0]], 1
        while k < len(team):
            boss = queue.pop(0) if queue else team[0]
            if rng.random() < 0.08:
                fan = rng.randint(12, 40) if n >= 300 else rng.randint(7, 12)
            else:
                fan = rng.choice([0, 1, 2, 2, 3, 3, 4, 5, 6, 8])
            for person in team[k: k + fan]:
                parent[person] = boss
                queue.append(person)
            k += fan
    order = list(ids)
    rng.shuffle(order)
    return order, parent


def assert_tidy(nodes: list[str], parent: dict[str, str | None], pos: dict[str, tuple[float, float]]
                ) -> None:
    assert set(pos) == set(nodes)
    assert overlaps(pos, CARD_SIZE, gap=GAP_X) == []
    edges = reporting_edges(nodes, parent)
    assert edge_crossings(pos, edges, CARD_SIZE) == 0
    left, top, _, _ = bounding_box(pos, CARD_SIZE)
    assert (left, top) == (0, 0)
    stacked = stacked_reports(nodes, parent)
    kids: dict[str, list[str]] = {}
    for boss, person in edges:
        kids.setdefault(boss, []).append(person)
    order = {node: i for i, node in enumerate(nodes)}
    for boss, team in kids.items():
        team.sort(key=order.__getitem__)
        row = [c for c in team if c not in stacked]
        stack = [c for c in team if c in stacked]
        xs = [pos[c][0] for c in row]
        assert xs == sorted(xs) and len(set(xs)) == len(xs), "children keep file order"
        assert all(pos[c][1] == pos[boss][1] + PITCH for c in row)
        centre = pos[boss][0] + W / 2
        if stack:
            columns = 1 if len(stack) <= 6 else 2
            rows = math.ceil(len(stack) / columns)
            for k, c in enumerate(stack):
                column, r = divmod(k, rows)
                x = (centre - W / 2 if columns == 1 else
                     centre - GAP_X / 2 - W if column == 0 else centre + GAP_X / 2)
                assert pos[c] == (x, pos[boss][1] + PITCH + r * (H + GAP_X))
        else:
            assert centre == pytest.approx((xs[0] + xs[-1]) / 2 + W / 2)


# --- exact geometry on tiny charts ---------------------------------------------------------


def test_empty_and_single_card() -> None:
    assert hierarchical_layout([], {}) == {}
    assert hierarchical_layout(["a"], {}) == {"a": (0.0, 0.0)}
    assert hierarchical_layout(["a"], {"a": None}, card_size=(100, 40)) == {"a": (0.0, 0.0)}


def test_parent_centred_above_two_children() -> None:
    pos = hierarchical_layout(["boss", "a", "b"], {"a": "boss", "b": "boss"})
    assert pos == {"a": (0.0, PITCH), "b": (STEP, PITCH), "boss": (STEP / 2, 0.0)}


def test_children_keep_file_order_whatever_the_order_of_the_mapping() -> None:
    parent = {"d": "c", "c": "boss", "a": "boss", "b": "boss", "boss": None}
    pos = hierarchical_layout(["b", "boss", "c", "d", "a"], parent)
    assert pos == {"b": (0.0, PITCH), "c": (STEP, PITCH), "a": (2 * STEP, PITCH),
                   "boss": (STEP, 0.0), "d": (STEP, 2 * PITCH)}


def test_custom_geometry() -> None:
    pos = hierarchical_layout(["r", "a", "b"], {"a": "r", "b": "r"}, card_size=(100, 50),
                              gap_x=10, gap_y=30)
    assert pos == {"a": (0.0, 80.0), "b": (110.0, 80.0), "r": (55.0, 0.0)}


def test_subtrees_pack_and_a_small_one_between_big_ones_is_spread_evenly() -> None:
    # r -> x1, y, z; x1 and z each head three managers of one person. z's team would
    # collide with x1's, so z moves one card right and y, between them, half a card.
    nodes = ["r", "x1", "y", "z"]
    parent: dict[str, str | None] = {"x1": "r", "y": "r", "z": "r"}
    for boss, team in (("x1", "a"), ("z", "b")):
        for i in range(3):
            nodes += [f"{team}{i}", f"{team}{team}{i}"]
            parent |= {f"{team}{i}": boss, f"{team}{team}{i}": f"{team}{i}"}
    pos = hierarchical_layout(nodes, parent)
    for i in range(3):
        assert pos[f"a{i}"] == (i * STEP, 2 * PITCH) and pos[f"aa{i}"] == (i * STEP, 3 * PITCH)
        assert pos[f"b{i}"] == ((3 + i) * STEP, 2 * PITCH)
    assert pos["x1"] == (STEP, PITCH)
    assert pos["z"] == (4 * STEP, PITCH)
    assert pos["y"] == (2.5 * STEP, PITCH)
    assert pos["r"] == (2.5 * STEP, 0.0)


def test_trees_side_by_side_and_people_outside_the_tree_in_a_grid() -> None:
    nodes = ["r1", "c1", "r2", "c2"] + [f"x{i}" for i in range(5)]
    pos = hierarchical_layout(nodes, {"c1": "r1", "c2": "r2"})
    tree_gap = 2 * GAP_X
    assert pos["r1"] == (0.0, 0.0) and pos["c1"] == (0.0, PITCH)
    assert pos["r2"] == (W + tree_gap, 0.0) and pos["c2"] == (W + tree_gap, PITCH)
    grid = 2 * (W + tree_gap)  # 3 columns for 5 people, filled row by row
    assert [pos[f"x{i}"] for i in range(5)] == [
        (grid, 0.0), (grid + STEP, 0.0), (grid + 2 * STEP, 0.0),
        (grid, H + GAP_X), (grid + STEP, H + GAP_X)]


def test_only_people_outside_the_tree() -> None:
    pos = hierarchical_layout(["a", "b", "c", "d"], {})
    assert pos == {"a": (0.0, 0.0), "b": (STEP, 0.0), "c": (0.0, H + GAP_X),
                   "d": (STEP, H + GAP_X)}


def test_a_team_of_three_to_six_is_stacked_in_one_column_under_the_manager() -> None:
    for size in (3, 6):
        team = [f"t{i}" for i in range(size)]
        parent: dict[str, str | None] = {t: "m" for t in team}
        assert stacked_reports(["m", *team], parent) == set(team)
        pos = hierarchical_layout(["m", *team], parent)
        # The column is centred under the manager (its connector lane is left of it).
        assert pos["m"] == (0.0, 0.0)
        assert [pos[t] for t in team] == [(0.0, PITCH + i * (H + GAP_X)) for i in range(size)]
    # Two people without teams stay in the row.
    parent = {"a": "m", "b": "m"}
    assert stacked_reports(["m", "a", "b"], parent) == set()


def test_a_team_of_seven_is_stacked_in_two_columns() -> None:
    team = [f"t{i}" for i in range(7)]
    parent: dict[str, str | None] = {t: "m" for t in team}
    pos = hierarchical_layout(["m", *team], parent)
    assert stacked_reports(["m", *team], parent) == set(team)
    # Left column t0-t3, right column t4-t6, the manager centred over the lane between.
    assert [pos[t] for t in team] == [
        (0.0, PITCH), (0.0, PITCH + H + GAP_X), (0.0, PITCH + 2 * (H + GAP_X)),
        (0.0, PITCH + 3 * (H + GAP_X)),
        (STEP, PITCH), (STEP, PITCH + H + GAP_X), (STEP, PITCH + 2 * (H + GAP_X))]
    assert pos["m"] == (STEP / 2, 0.0)


def test_stacks_make_room_below_them() -> None:
    # A stack of six reaches into the next chart row; a cousin's team below stays clear.
    nodes = ["r", "m", "n", "o", "o1"] + [f"t{i}" for i in range(6)]
    parent: dict[str, str | None] = {"m": "r", "n": "r", "o": "n", "o1": "o"}
    parent |= {f"t{i}": "m" for i in range(6)}
    pos = hierarchical_layout(nodes, parent)
    assert_tidy(nodes, parent, pos)
    assert pos["t5"][1] == 2 * PITCH + 5 * (H + GAP_X)
    assert pos["o1"][0] >= pos["t5"][0] + W + GAP_X


def test_wide_team_with_sub_managers_keeps_them_in_the_row_beside_the_stack() -> None:
    team = [f"t{i}" for i in range(8)]
    nodes = ["m", "s1", *team, "s2", "s3", "x", "y", "z"]
    parent: dict[str, str | None] = {t: "m" for t in team}
    parent |= {"s1": "m", "s2": "m", "s3": "m", "x": "s1", "y": "s2", "z": "s3"}
    pos = hierarchical_layout(nodes, parent)
    assert stacked_reports(nodes, parent) == set(team)
    assert_tidy(nodes, parent, pos)
    # s1 and s2 (first half) left of the stack, s3 right of it, all on the first row.
    stack_left = min(pos[t][0] for t in team)
    stack_right = max(pos[t][0] for t in team) + W
    assert pos["s1"][0] < pos["s2"][0] <= stack_left - W - GAP_X
    assert pos["s3"][0] >= stack_right + GAP_X
    assert pos["m"][0] + W / 2 == pytest.approx((stack_left + stack_right) / 2)
    # The stack reaches three rows deep; nothing else is in its columns.
    assert max(pos[t][1] for t in team) == PITCH + 3 * (H + GAP_X)


def test_cycle_in_reporting_lines_is_broken_at_the_latest_person_in_file_order() -> None:
    nodes = ["a", "b", "c", "d"]
    parent: dict[str, str | None] = {"a": "b", "b": "c", "c": "a", "d": "a"}
    assert reporting_edges(nodes, parent) == [("b", "a"), ("c", "b"), ("a", "d")]
    pos = hierarchical_layout(nodes, parent)
    assert pos == {"c": (0.0, 0.0), "b": (0.0, PITCH), "a": (0.0, 2 * PITCH),
                   "d": (0.0, 3 * PITCH)}


def test_bad_references_are_ignored() -> None:
    nodes = ["a", "b", "a"]  # a duplicate id
    parent: dict[str, str | None] = {"a": "a", "b": "ghost", "ghost": "a"}
    assert reporting_edges(nodes, parent) == []
    assert hierarchical_layout(nodes, parent) == {"a": (0.0, 0.0), "b": (STEP, 0.0)}
    assert set(force_layout(nodes, parent, [("a", "ghost"), ("b", "b")])) == {"a", "b"}


def test_deep_chain_beyond_the_recursion_limit() -> None:
    nodes = [f"n{i}" for i in range(3000)]
    parent: dict[str, str | None] = {nodes[i]: nodes[i - 1] for i in range(1, 3000)}
    pos = hierarchical_layout(nodes, parent)
    assert pos["n2999"] == (0.0, 2999 * PITCH)


# --- generated org charts ------------------------------------------------------------------


@pytest.mark.parametrize("n", [50, 300, 1000])
def test_generated_charts_have_no_overlaps_and_no_crossing_reporting_lines(n: int) -> None:
    for seed in (1, 2):
        nodes, parent = org_chart(n, seed)
        pos = hierarchical_layout(nodes, parent)
        assert_tidy(nodes, parent, pos)


def test_random_forests_with_other_geometry() -> None:
    # Many small random forests (chains, bushes, stacks, loners), cards and gaps of other
    # sizes, including no gap at all.
    for seed in range(250):
        rng = random.Random(seed)
        n = rng.randint(1, 60)
        nodes = [f"n{i}" for i in range(n)]
        shape = rng.random()
        parent: dict[str, str | None] = {nodes[0]: None}
        for i in range(1, n):
            j = (rng.randrange(i) if shape < 0.3 else max(0, i - rng.randint(1, 4))
                 if shape < 0.6 else int(rng.random() ** 3 * i))
            parent[nodes[i]] = None if rng.random() < 0.05 else nodes[j]
        rng.shuffle(nodes)
        size = (rng.choice([180.0, 100.0, 40.0]), rng.choice([64.0, 30.0]))
        gap_x, gap_y = rng.choice([24.0, 10.0, 0.0]), rng.choice([72.0, 20.0, 5.0])
        pos = hierarchical_layout(nodes, parent, card_size=size, gap_x=gap_x, gap_y=gap_y)
        assert set(pos) == set(nodes)
        assert overlaps(pos, size, gap=min(gap_x, gap_y)) == [], seed
        assert edge_crossings(pos, reporting_edges(nodes, parent), size) == 0, seed
        assert bounding_box(pos, size)[:2] == (0, 0)


def test_generated_charts_exercise_the_rules() -> None:
    nodes, parent = org_chart(300, 1)
    edges = reporting_edges(nodes, parent)
    managers = {boss for boss, _ in edges}
    roots_with_team = [x for x in nodes if parent[x] is None and x in managers]
    loose = [x for x in nodes if parent[x] is None and x not in managers]
    assert len(roots_with_team) == 2 and len(loose) >= 10
    stacked = stacked_reports(nodes, parent)
    stack_sizes = {boss: sum(1 for b, p in edges if b == boss and p in stacked)
                   for boss in {b for b, p in edges if p in stacked}}
    assert any(size <= 6 for size in stack_sizes.values())
    assert any(size > 12 for size in stack_sizes.values())
    assert any(p in managers for boss in stack_sizes for b, p in edges if b == boss), (
        "a manager with a stack and sub-managers")


def test_layout_of_1000_people_is_fast() -> None:
    nodes, parent = org_chart(1000, 3)
    hierarchical_layout(nodes, parent)  # warm-up
    start = time.perf_counter()
    hierarchical_layout(nodes, parent)
    assert time.perf_counter() - start < 0.25  # typically about 10 ms


def test_stacks_keep_a_300_person_chart_compact() -> None:
    nodes, parent = org_chart(300, 1)
    left, top, right, bottom = bounding_box(hierarchical_layout(nodes, parent))
    # Stacking only teams of more than six gave 162 cards across; now about 72.
    assert right - left < 80 * STEP
    assert bottom - top < 15 * PITCH


def test_orthogonal_connectors_neither_cross_nor_run_through_cards() -> None:
    nodes, parent = org_chart(60, 4)
    pos = hierarchical_layout(nodes, parent)
    stacked = stacked_reports(nodes, parent)
    sizes = {sum(1 for p in stacked if parent[p] == boss) for boss in {parent[p] for p in stacked}}
    assert min(sizes) <= 6 < max(sizes), "one- and two-column stacks"
    segments: list[tuple[str, str, tuple[float, float], tuple[float, float]]] = []
    for boss, person in reporting_edges(nodes, parent):
        path = connector_path(pos[boss], pos[person], CARD_SIZE, stacked=person in stacked)
        assert all(a[0] == b[0] or a[1] == b[1] for a, b in zip(path, path[1:], strict=False))
        segments += [(boss, person, a, b) for a, b in zip(path, path[1:], strict=False)]

    def box(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float, float, float]:
        return min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1])

    for boss, person, a, b in segments:
        x0, y0, x1, y1 = box(a, b)
        for other, (cx, cy) in pos.items():
            if other in (boss, person):
                continue
            assert not (x0 < cx + W and cx < x1 and y0 < cy + H and cy < y1), (boss, person,
                                                                                 other)
    for i, (boss, _, a, b) in enumerate(segments):
        for boss2, _, c, d in segments[i + 1:]:
            if boss2 == boss:
                continue  # one manager's connectors share their trunk
            p, q = box(a, b), box(c, d)
            assert not (p[0] <= q[2] and q[0] <= p[2] and p[1] <= q[3] and q[1] <= p[3]), (
                boss, boss2)


# --- force layout --------------------------------------------------------------------------


def influence_links(nodes: list[str], seed: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    return [(rng.choice(nodes), rng.choice(nodes)) for _ in range(len(nodes) // 3)]


def test_force_layout_has_no_overlaps_on_300_people() -> None:
    nodes, parent = org_chart(300, 5)
    pos = force_layout(nodes, parent, influence_links(nodes, 5))
    assert set(pos) == set(nodes)
    assert overlaps(pos, CARD_SIZE, gap=GAP_X) == []
    left, top, right, bottom = bounding_box(pos)
    assert (left, top) == (0, 0)
    # Compact: not more than five org-chart cells per person (measured 4.2; the drawing
    # is grown to FORCE_ROOM cards' room a person, about as dense as the old layout).
    assert (right - left) * (bottom - top) < 5 * 300 * STEP * PITCH


def test_force_layout_is_deterministic() -> None:
    nodes, parent = org_chart(60, 6)
    links = influence_links(nodes, 6)
    first = force_layout(nodes, parent, links, seed=3)
    assert force_layout(nodes, parent, links, seed=3) == first
    assert overlaps(first, CARD_SIZE, gap=GAP_X) == []


def test_force_layout_small_cases() -> None:
    assert force_layout([], {}, []) == {}
    assert force_layout(["a"], {}, []) == {"a": (0.0, 0.0)}
    pos = force_layout(["a", "b"], {"b": "a"}, [], card_size=(100, 40))
    assert overlaps(pos, (100, 40), gap=GAP_X) == []
    assert bounding_box(pos, (100, 40))[:2] == (0, 0)


def test_force_layout_with_a_cycle() -> None:
    pos = force_layout(["a", "b", "c"], {"a": "b", "b": "c", "c": "a"}, [("a", "c")])
    assert set(pos) == {"a", "b", "c"}
    assert overlaps(pos, CARD_SIZE) == []


# --- measuring helpers ---------------------------------------------------------------------


def test_bounding_box() -> None:
    assert bounding_box({}) == (0, 0, 0, 0)
    assert bounding_box({"a": (10, 20), "b": (-5, 100)}, (180, 64)) == (-5, 20, 190, 164)


def test_overlaps() -> None:
    pos = {"a": (0.0, 0.0), "b": (179.0, 0.0), "c": (400.0, 0.0), "d": (180.0, 70.0)}
    assert overlaps(pos) == [("a", "b")]
    assert overlaps({"a": (0.0, 0.0), "b": (180.0, 0.0)}) == []  # touching is fine
    assert overlaps({"a": (0.0, 0.0), "b": (200.0, 0.0)}, gap=24) == [("a", "b")]
    assert overlaps({"a": (0.0, 0.0), "b": (204.0, 0.0)}, gap=24) == []
    assert overlaps({"a": (0.0, 0.0), "b": (0.0, 0.0), "c": (1.0, 1.0)}) == [
        ("a", "b"), ("a", "c"), ("b", "c")]


def test_edge_crossings() -> None:
    size = (0.0, 0.0)  # centres are the positions
    square = {"a": (0.0, 0.0), "b": (10.0, 0.0), "c": (0.0, 10.0), "d": (10.0, 10.0)}
    assert edge_crossings(square, [("a", "d"), ("b", "c")], size) == 1
    assert edge_crossings(square, [("a", "b"), ("c", "d")], size) == 0
    assert edge_crossings(square, [("a", "d"), ("a", "b"), ("a", "c")], size) == 0  # shared
    assert edge_crossings(square, [("a", "d"), ("b", "c"), ("a", "ghost"), ("a", "a")],
                          size) == 1
    touching = square | {"e": (5.0, 5.0), "f": (5.0, 20.0)}
    assert edge_crossings(touching, [("a", "d"), ("e", "f")], size) == 1
    # With card sizes, the segments join card centres.
    cards = {"p": (0.0, 0.0), "q": (200.0, 100.0), "r": (200.0, 0.0), "s": (0.0, 100.0)}
    assert edge_crossings(cards, [("p", "q"), ("r", "s")]) == 1
    assert edge_crossings(cards, [("p", "s"), ("r", "q")]) == 0


def test_edge_crossings_counts_every_pair() -> None:
    # n parallel "rungs" all crossed by n others: n * n crossings, across chunk borders.
    n = 300
    pos = {f"l{i}": (0.0, float(i)) for i in range(n)} | {f"r{i}": (10.0, float(i))
                                                          for i in range(n)}
    pos |= {f"t{i}": (float(i) / n + 2, -1.0) for i in range(n)}
    pos |= {f"b{i}": (float(i) / n + 2, n + 1.0) for i in range(n)}
    edges = [(f"l{i}", f"r{i}") for i in range(n)] + [(f"t{i}", f"b{i}") for i in range(n)]
    assert edge_crossings(pos, edges, (0.0, 0.0)) == n * n


def test_connector_paths() -> None:
    assert connector_path((102.0, 0.0), (0.0, 136.0)) == [
        (192.0, 64.0), (192.0, 100.0), (90.0, 100.0), (90.0, 136.0)]
    # Stacked: down the manager's centre line, then to the near side of the card.
    assert connector_path((102.0, 0.0), (0.0, 224.0), stacked=True) == [
        (192.0, 64.0), (192.0, 256.0), (180.0, 256.0)]
    assert connector_path((102.0, 0.0), (204.0, 224.0), stacked=True) == [
        (192.0, 64.0), (192.0, 256.0), (204.0, 256.0)]
    # One column under the manager: across to the lane left of the column, then down.
    assert connector_path((0.0, 0.0), (0.0, 224.0), stacked=True) == [
        (90.0, 64.0), (90.0, 100.0), (-12.0, 100.0), (-12.0, 256.0), (0.0, 256.0)]
