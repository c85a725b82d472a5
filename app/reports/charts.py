"""Charts of the plan as vector drawings, in the same colours as the plan tab: the risk
heat map (likelihood × impact), planned against actual revenue per quarter, and a KPI's
values against its target.

Figures on the axes are compact ("4.2M"), the one place where space demands it; the
tables beside the charts give the full figures (the rule of app.money). A chart takes
any finite number the account file accepts: ±1.8e308 (whose differences overflow a
float), 5e-324, all values equal; such figures are written "1.8E308" on the axes (see
app.reports.figures)."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, PolyLine, Rect, String
from reportlab.lib import colors

from app.i18n import _
from app.reports import figures
from app.reports.figures import axis
from app.reports.fonts import Fonts, font_for, runs_width, text_shape
from app.reports.styles import fitted

GRID = colors.HexColor("#b0bec5")
TEXT = colors.HexColor("#37474f")
MUTED = colors.HexColor("#78909c")
PLAN = colors.HexColor("#1565c0")
ABOVE = colors.HexColor("#2e7d32")
BELOW = colors.HexColor("#c62828")
TARGET = colors.HexColor("#ef8f00")


def fraction(value: float, low: float, high: float) -> float:
    """Where ``value`` lies between ``low`` and ``high``, from 0 to 1 (0.5 when they are
    equal), for any finite floats: high − low may overflow (1e308 − (−1e308)), so the
    halves are subtracted then."""
    if not high > low:
        return 0.5
    span = high - low
    if math.isfinite(span):
        share = (value - low) / span
    else:
        share = (value / 2 - low / 2) / (high / 2 - low / 2)
    return min(1.0, max(0.0, share)) if math.isfinite(share) else 0.5


def risk_colour(score: int) -> colors.Color:
    """Likelihood × impact: green up to 4, amber up to 9, orange up to 14, red from 15
    (the plan tab's rule)."""
    if score >= 15:
        return colors.HexColor("#e57373")
    if score >= 10:
        return colors.HexColor("#ffb74d")
    if score >= 5:
        return colors.HexColor("#fff176")
    return colors.HexColor("#aed581")


def heat_map(fonts: Fonts, cells: Sequence[tuple[int, int]], side: float = 150) -> Drawing:
    """Open risks counted per (likelihood, impact) cell; likelihood up, impact right."""
    counts: dict[tuple[int, int], int] = {}
    for cell in cells:
        counts[cell] = counts.get(cell, 0) + 1
    left, bottom = 22.0, 22.0
    size = side / 5
    d = Drawing(left + side + 4, bottom + side + 4, initialFontName=fonts.text)
    for lk in range(1, 6):
        for im in range(1, 6):
            x, y = left + (im - 1) * size, bottom + (lk - 1) * size
            d.add(Rect(x, y, size, size, fillColor=risk_colour(lk * im), strokeColor=colors.white,
                       strokeWidth=1.5))
            n = counts.get((lk, im))
            if n:
                d.add(String(x + size / 2, y + size / 2 - 4, str(n), fontName=fonts.bold,
                             fontSize=11, fillColor=TEXT, textAnchor="middle"))
    for i in range(1, 6):
        d.add(String(left + (i - 0.5) * size, bottom - 9, str(i), fontName=fonts.text,
                     fontSize=7, fillColor=MUTED, textAnchor="middle"))
        d.add(String(left - 6, bottom + (i - 0.5) * size - 2.5, str(i), fontName=fonts.text,
                     fontSize=7, fillColor=MUTED, textAnchor="middle"))
    d.add(text_shape(left + side / 2, 1, _("impact →"), fonts, 7, MUTED, anchor="middle"))
    label = text_shape(0, 0, _("likelihood →"), fonts, 7, MUTED, anchor="middle")
    turned = Group(label, transform=(0, 1, -1, 0, 8, bottom + side / 2))
    d.add(turned)
    return d


def revenue_chart(fonts: Fonts, quarters: Sequence[tuple[str, float | None, float | None]],
                  currency: str | None, width: float, height: float = 150, *,
                  locale: str = "en") -> Drawing:
    """Planned (outlined) and actual (filled; green on or above plan, red below) bars."""
    d = Drawing(width, height, initialFontName=fonts.text)
    values = [v for _, p, a in quarters for v in (p, a) if v is not None and math.isfinite(v)]
    top = max(values, default=0.0) or 1.0
    left, bottom, plot_h = 46.0, 16.0, height - 34
    plot_w = width - left - 4
    _revenue_key(d, fonts, left, height - 10)
    for frac in (0.0, 0.5, 1.0):
        y = bottom + plot_h * frac
        d.add(Line(left, y, left + plot_w, y, strokeColor=GRID, strokeWidth=0.4))
        d.add(text_shape(left - 3, y - 2.5, axis(top * frac, locale), fonts, 6.5, MUTED,
                         anchor="end"))  # "1350万": the CJK font for 万
    slot = plot_w / max(1, len(quarters))
    bar = max(2.0, min(14.0, slot * 0.34))
    every = max(1, int(34 // slot) + 1) if slot < 34 else 1
    for i, (name, planned, actual) in enumerate(quarters):
        x = left + i * slot + slot / 2
        if planned is not None:
            d.add(Rect(x - bar, bottom, bar, plot_h * fraction(planned, 0.0, top),
                       fillColor=None, strokeColor=PLAN, strokeWidth=1))
        if actual is not None:
            colour = PLAN if planned is None else (ABOVE if actual >= planned else BELOW)
            d.add(Rect(x, bottom, bar, plot_h * fraction(actual, 0.0, top), fillColor=colour,
                       strokeColor=colour, strokeWidth=0.5))
        if i % every == 0:
            d.add(text_shape(x, bottom - 10, name, fonts, 6.5, MUTED, anchor="middle"))
    if currency:
        d.add(String(2, height - 10, currency, fontName=fonts.text, fontSize=7,
                     fillColor=MUTED))
    return d


def _revenue_key(d: Drawing, fonts: Fonts, x: float, y: float) -> None:
    """The key above the bars: an outlined and a filled swatch (drawn, not glyphs: the
    Chinese font has none for them) with their words."""
    size = 7.0
    items = ((False, _("planned")), (True, _("actual (green: on plan or above, red: below)")))
    for filled, text in items:
        d.add(Rect(x, y - 0.5, 4.5, 7, fillColor=MUTED if filled else None,
                   strokeColor=MUTED, strokeWidth=0.6))
        x += 7.5
        d.add(text_shape(x, y, text, fonts, size, MUTED))
        x += runs_width(fonts, text, size) + 12


def kpi_chart(fonts: Fonts, title: str, points: Sequence[tuple[dt.date, float]],
              target: float | None, width: float, height: float = 110, *,
              locale: str = "en") -> Drawing:
    """Values over time as a line with dots; the target dashed."""
    d = Drawing(width, height, initialFontName=fonts.text)
    font = font_for(fonts, title, bold=True)
    title = fitted(title, font, 8, width)  # beside another chart: cut, never overlap
    d.add(String(0, height - 10, title, fontName=font, fontSize=8, fillColor=TEXT))
    points = sorted(points)
    if not points:
        d.add(text_shape(0, height / 2, _("No values recorded yet."), fonts, 7.5, MUTED))
        return d
    values = [v for _, v in points] + ([target] if target is not None else [])
    low, high = min(values), max(values)  # equal: everything at half height
    left, bottom = 38.0, 16.0
    plot_w, plot_h = width - left - 8, height - bottom - 18
    first, last = points[0][0], points[-1][0]
    span = max((last - first).days, 1)

    def at(day: dt.date, value: float) -> tuple[float, float]:
        x = left + plot_w * ((day - first).days / span if len(points) > 1 else 0.5)
        return x, bottom + plot_h * fraction(value, low, high)

    d.add(Line(left, bottom, left + plot_w, bottom, strokeColor=GRID, strokeWidth=0.5))
    for value in (low, high) if high > low else (low,):
        y = at(first, value)[1]
        d.add(text_shape(left - 3, y - 2.5, axis(value, locale), fonts, 6.5, MUTED,
                         anchor="end"))
    d.add(text_shape(left, bottom - 10, figures.date(first, locale), fonts, 6.5, MUTED))
    if last != first:
        d.add(text_shape(left + plot_w, bottom - 10, figures.date(last, locale), fonts, 6.5,
                         MUTED, anchor="end"))
    if target is not None:
        y = at(first, target)[1]
        d.add(Line(left, y, left + plot_w, y, strokeColor=TARGET, strokeWidth=1,
                   strokeDashArray=[3, 2]))
        d.add(text_shape(left + plot_w, y + 2,
                         _("target {value}").format(value=axis(target, locale)), fonts, 6.5,
                         TARGET, anchor="end"))
    xy = [at(day, value) for day, value in points]
    if len(xy) > 1:
        d.add(PolyLine([v for p in xy for v in p], strokeColor=PLAN, strokeWidth=1.4))
    for x, y in xy:
        d.add(Circle(x, y, 2, fillColor=PLAN, strokeColor=PLAN))
    return d
