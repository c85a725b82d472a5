"""The map's encoding as data: compact slots that fit a laptop, stance colours that
colour-blind readers can tell apart, and a marker shape per stance."""

from __future__ import annotations

import itertools
import math

from app.graph import encoding, layout
from app.models.enums import Stance

# Machado, Oliveira & Fernandes (2009), severity 1, on linear RGB
CVD = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}


def _lab(colour: str, matrix: tuple[tuple[float, ...], ...] | None = None) -> tuple[float, ...]:
    def linear(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    rgb = [linear(v) for v in encoding.rgb(colour)]
    if matrix is not None:
        rgb = [min(1.0, max(0.0, sum(m * v for m, v in zip(row, rgb, strict=True))))
               for row in matrix]
    r, g, b = rgb
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def test_stance_fills_stay_apart_for_colour_blind_readers() -> None:
    """Every two stance fills differ by ΔE*ab ≥ 20 for protanopes, deuteranopes and
    tritanopes (the red blocker and the green champion were ΔE 8 apart for protanopes)."""
    for name, matrix in CVD.items():
        labs = {s: _lab(c, matrix) for s, c in encoding.STANCE_FILL.items()}
        closest = min((math.dist(labs[a], labs[b]), a, b)
                      for a, b in itertools.combinations(labs, 2))
        assert closest[0] >= 20, f"{name}: {closest}"


def test_text_on_every_stance_fill_reads() -> None:
    def luminance(colour: str) -> float:
        r, g, b = (v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
                   for v in encoding.rgb(colour))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    for fill in encoding.STANCE_FILL.values():
        a, b = luminance(fill), luminance(encoding.text_colour(fill))
        assert (max(a, b) + 0.05) / (min(a, b) + 0.05) >= 4.5, fill


def test_every_stance_has_its_own_marker_inside_the_unit_box() -> None:
    assert set(encoding.STANCE_MARK) == {*Stance, None}
    shapes = {polygons for polygons in encoding.STANCE_MARK.values()}
    assert len(shapes) == len(encoding.STANCE_MARK)
    for polygons in encoding.STANCE_MARK.values():
        assert all(len(polygon) >= 3 for polygon in polygons)
        assert all(abs(x) <= 1 and abs(y) <= 1 for polygon in polygons for x, y in polygon)


def test_cards_grow_with_influence_within_the_slot() -> None:
    sizes = [encoding.card_size(level) for level in range(1, 6)]
    assert sizes[-1] == encoding.SLOT
    assert all(a[0] < b[0] and a[1] < b[1] for a, b in itertools.pairwise(sizes))
    assert sizes[0][0] >= 0.8 * encoding.SLOT[0]
    assert encoding.card_size(None) == sizes[2]


def test_a_40_person_org_chart_fits_a_laptop_map_with_cards_large_enough_to_read() -> None:
    """A head, a leadership team of 8 and 31 people in their teams, laid out with the
    map's slot and gaps, shown whole in 880×600 px: the smallest card is at least 72×40 px
    on screen (room for a name of three words on three lines at 9 px; 224×80 slots gave
    the smallest card 50×18 px)."""
    parent: dict[str, str | None] = {"p00": None}
    parent |= {f"p{i:02d}": "p00" for i in range(1, 9)}
    parent |= {f"p{i:02d}": f"p{1 + i * 5 % 8:02d}" for i in range(9, 40)}
    positions = layout.hierarchical_layout(list(parent), parent, card_size=encoding.SLOT,
                                           gap_x=encoding.GAP_X, gap_y=encoding.GAP_Y)
    left, top, right, bottom = layout.bounding_box(positions, encoding.SLOT)
    scale = min(880 / (right - left + 60), 600 / (bottom - top + 60))
    smallest = encoding.card_size(1)
    assert smallest[0] * scale >= 72 and smallest[1] * scale >= 40, scale
    assert not layout.overlaps(positions, encoding.SLOT, min(encoding.GAP_X, encoding.GAP_Y))
