"""The people: stakeholder map, stakeholder table, relationship stage and gap analysis."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable, NextPageTemplate, PageBreak

from app.assessment.gaps import all_findings
from app.assessment.people import person_timeline, relationship_shape
from app.assessment.stages import LADDER, stage_gap, stage_timeline
from app.models.enums import RELATIONSHIP_LABELS, RelationshipStage, label
from app.models.messengers import messengers_text
from app.reports import map_drawing
from app.reports.context import Context, Heading
from app.reports.styles import ACCENT, MUTED, RULE, gap

MM = 72 / 25.4
MAP_RESERVE = 44.0  # heading and caption above the map, points
PART_RESERVE = 30.0  # heading of a map part page


def _map_people_text(ctx: Context, scene: map_drawing.MapScene) -> str:
    n = len(scene.cards)
    if ctx.internal:
        return (f"{n} people, laid out as on the map in Rapport: colour = stance toward us, "
                "size = influence, border = strength of our relationship, badge = buying "
                "role; grey lines are reporting lines, coloured arrows influence.")
    return (f"{n} people in the organisation chart as we understand it, with the person in "
            "our team each of them works with.")


def stakeholder_map(ctx: Context) -> list[Flowable]:
    """Landscape pages: the whole map with its legend, or an overview and page-sized
    parts when the map would be too small to read on one page; the client edition's
    org chart instead (see :func:`_org_chart`)."""
    s = ctx.styles
    fonts = s.fonts
    if not ctx.doc.stakeholders:  # a line in the flow, not a landscape page of its own
        return [Heading("Stakeholder map", s, 0, "map"), s.note("No stakeholders recorded.")]
    if not ctx.internal:
        return _org_chart(ctx)
    out: list[Flowable] = [NextPageTemplate("landscape"), PageBreak(),
                           Heading("Stakeholder map", s, 0, "map")]
    width, height = ctx.landscape_frame
    encoded = ctx.internal
    scene = map_drawing.build_scene(ctx.doc, uniform=not encoded, influences=encoded)
    key = map_drawing.legend(fonts, width, encoded=encoded)
    room = height - MAP_RESERVE - key.height - 8
    scale = map_drawing.fit_scale(scene, width, room)
    if scale >= map_drawing.MIN_SCALE:
        out += [s.para(_map_people_text(ctx, scene), s.muted),
                map_drawing.draw(scene, fonts, scene.bounds, scale, encoded=encoded),
                gap(6), key]
    else:
        part_h = height - PART_RESERVE
        parts = map_drawing.tiles(scene, width, part_h, map_drawing.MIN_SCALE)
        out += [s.para(_map_people_text(ctx, scene) + f" The map is too large to read on "
                       f"one page: below is an overview, followed by {len(parts)} parts "
                       "(numbered on the overview) at a readable size.", s.muted),
                map_drawing.draw(scene, fonts, scene.bounds, scale, encoded=encoded,
                                 text=False, outlines=parts),
                gap(6), key]
        for i, box in enumerate(parts, start=1):
            # parts are in the outline, not in the contents (a large map has dozens)
            out += [PageBreak(), Heading(f"Stakeholder map, part {i} of {len(parts)}", s, 1,
                                         f"map-{i}", in_toc=False),
                    map_drawing.draw(scene, fonts, box, map_drawing.MIN_SCALE,
                                     encoded=encoded)]
    out += [NextPageTemplate("portrait"), PageBreak()]
    return out


def _height(flowable: Flowable, width: float, height: float) -> float:
    """Room a flowable takes in the frame, spaces before and after included."""
    return float(flowable.wrap(width, height)[1] + flowable.getSpaceBefore()
                 + flowable.getSpaceAfter())


def _teams(names: tuple[str, ...]) -> str:
    if len(names) == 1:
        return f"team of {names[0]}"
    if len(names) <= 3:
        return "teams of " + ", ".join(names[:-1]) + " and " + names[-1]
    return "teams of " + ", ".join(names[:2]) + f" and {len(names) - 2} more"


def _org_chart(ctx: Context) -> list[Flowable]:
    """The client edition's map: the org chart on one landscape page when it can be
    read there, else split by whole teams, each cut marked with the page it continues
    on and listed on the first page."""
    s = ctx.styles
    fonts = s.fonts
    width, height = ctx.landscape_frame
    n = len(ctx.doc.stakeholders)
    people = "person" if n == 1 else "people"
    intro = (f"{n} {people} in the organisation chart as we understand it, with the person "
             "in our team each of them works with.")
    no_contacts = (f"{n} {people} in the organisation chart as we understand it (who in our "
                   "team works with each of them is in the stakeholder table).")
    split = (intro + " The chart does not fit one page at a readable size, so it is split by "
             "team: a card marked “→ team continued on page N” has its whole team on that "
             "page, headed by the same card; the teams are listed below.")
    heading = Heading("Stakeholder map", s, 0, "map")
    key = map_drawing.legend(fonts, width, encoded=False)
    top = _height(heading, width, height) + 4  # a little slack for rounding
    fixed = top + 6 + key.height
    one_room = height - fixed - max(_height(s.para(t, s.muted), width, height)
                                    for t in (intro, no_contacts))
    first_room = height - fixed - 4 - _height(s.para(split, s.muted), width, height)
    part_heading = Heading("Stakeholder map, part 99 of 99", s, 1, "map-0", in_toc=False)
    part_room = height - _height(part_heading, width, height) - 4
    chart = map_drawing.org_chart(ctx.doc, fonts, width, one_room, first_room, part_room)
    out: list[Flowable] = [NextPageTemplate("landscape"), PageBreak(), heading, chart.registry]
    first = chart.pages[0].drawing
    if len(chart.pages) == 1:
        return out + [s.para(intro if chart.contacts else no_contacts, s.muted), first, gap(6),
                      key, NextPageTemplate("portrait"), PageBreak()]
    out += [s.para(split, s.muted), first, gap(4), *chart.index, gap(6), key]
    parts = len(chart.pages) - 1
    plain_height = _height(part_heading, width, height)
    for i, page in enumerate(chart.pages[1:], start=1):
        title = f"Stakeholder map, part {i} of {parts}"
        if page.teams:
            named = Heading(f"{title}: {_teams(page.teams)}", s, 1, f"map-{i}", in_toc=False)
            if _height(named, width, height) <= plain_height:  # one line, as reserved
                title = f"{title}: {_teams(page.teams)}"
        # parts are in the outline, not in the contents (a large chart has many)
        out += [PageBreak(), Heading(title, s, 1, f"map-{i}", in_toc=False), page.drawing]
    return out + [NextPageTemplate("portrait"), PageBreak()]


def stakeholders(ctx: Context) -> list[Flowable]:
    s = ctx.styles
    out: list[Flowable] = [Heading("Stakeholders", s, 0, "stakeholders")]
    people = ctx.doc.stakeholders
    if not people:
        return out + [s.note("No stakeholders recorded.")]
    names = {p.id: p.name for p in people}
    w = ctx.width
    if ctx.internal:
        rows = [[p.name, " · ".join(t for t in (p.title, p.department) if t),
                 label(p.role), label(p.stance),
                 "" if p.influence is None else str(p.influence),
                 "" if p.relationship is None else
                 f"{p.relationship} {RELATIONSHIP_LABELS[p.relationship]}",
                 p.our_owner or "",
                 p.last_contact.isoformat() if p.last_contact else ""] for p in people]
        out.append(s.table(
            ["Name", "Title · department", "Buying role", "Stance", "Infl.", "Relationship",
             "Our owner", "Last contact"], rows,
            [w * 0.17, w * 0.21, w * 0.11, w * 0.10, w * 0.06, w * 0.12, w * 0.12, w * 0.11],
            right=(4,), font_size=7.2))
        reachable = [p for p in people if p.email or p.phone or p.messengers]
        if reachable:  # internal only: the customer's people's details are never shared
            out += [*s.subheading("Contact details"),
                    s.table(["Name", "E-mail", "Phone", "Messengers"],
                            [[p.name, p.email or "", p.phone or "",
                              messengers_text(p.messengers)] for p in reachable],
                            [w * 0.22, w * 0.28, w * 0.2, w * 0.3], font_size=7.2)]
        noted = [p for p in people if p.notes]
        if noted:
            out += [*s.subheading("Notes on people"),
                    s.table(["Name", "Note"], [[p.name, p.notes or ""] for p in noted],
                            [w * 0.25, w * 0.75])]
        out += s.subheading("Influence lines")
        if ctx.doc.influences:
            rows = [[names.get(i.source, i.source), names.get(i.target, i.target),
                     label(i.kind) or "Informal", str(i.strength or 1), i.note or ""]
                    for i in ctx.doc.influences]
            out.append(s.table(["Who", "Influences whom", "Kind", "Strength (1–3)", "Note"],
                               rows, [w * 0.22, w * 0.22, w * 0.12, w * 0.12, w * 0.32],
                               right=(3,)))
        else:
            out.append(s.note("No influence lines recorded."))
    else:
        rows = [[p.name, p.title or "", p.department or "",
                 names.get(p.reports_to or "", ""), p.our_owner or ""] for p in people]
        out.append(s.table(["Name", "Title", "Department", "Reports to", "Our contact"],
                           rows, [w * 0.22, w * 0.24, w * 0.18, w * 0.18, w * 0.18]))
    return out


def ladder(ctx: Context) -> Drawing:
    """The five ladder stages as steps: the current stage filled, the target outlined in
    the accent colour, (internal) the stage the evidence supports marked below."""
    fonts = ctx.styles.fonts
    a = ctx.doc.account
    evidenced = stage_gap(ctx.doc, ctx.today).evidenced if ctx.internal else None
    width = ctx.width
    step_w = width / len(LADDER)
    height = 76.0
    d = Drawing(width, height, initialFontName=fonts.text)
    for i, stage in enumerate(LADDER):
        x = i * step_w
        h = 20 + i * 7
        current = stage == a.relationship_stage
        target = stage == a.target_stage
        fill = ACCENT if current else colors.HexColor("#eceff1")
        d.add(Rect(x + 2, 16, step_w - 4, h, fillColor=fill,
                   strokeColor=colors.HexColor("#ef8f00") if target else RULE,
                   strokeWidth=2.2 if target else 0.6))
        d.add(String(x + step_w / 2, 20, label(stage), fontName=fonts.bold, fontSize=7.5,
                     fillColor=colors.white if current else colors.HexColor("#37474f"),
                     textAnchor="middle"))
        notes = [t for t, on in (("current", current), ("target", target)) if on]
        if notes:
            d.add(String(x + step_w / 2, 16 + h + 4, " · ".join(notes), fontName=fonts.text,
                         fontSize=7, fillColor=MUTED, textAnchor="middle"))
        if evidenced == stage:
            d.add(Polygon([x + step_w / 2 - 4, 2, x + step_w / 2 + 4, 2, x + step_w / 2, 10],
                          fillColor=colors.HexColor("#2e7d32"), strokeColor=None))
            d.add(String(x + step_w / 2 + 7, 3, "evidence supports", fontName=fonts.text,
                         fontSize=6.5, fillColor=colors.HexColor("#2e7d32")))
    return d


def stages(ctx: Context) -> list[Flowable]:
    s = ctx.styles
    a = ctx.doc.account
    w = ctx.width
    out: list[Flowable] = [Heading("Relationship stage", s, 0, "stages")]
    text = (f"Current stage: {label(a.relationship_stage) or 'not set'}; target: "
            f"{label(a.target_stage) or 'not set'} (the Cranfield key-account model: "
            "exploratory → basic → cooperative → interdependent → integrated).")
    out += [s.para(text), ladder(ctx)]
    if a.relationship_stage == RelationshipStage.DISINTEGRATING:
        out.append(s.para("The relationship is recorded as disintegrating (off the ladder).",
                          s.muted))
    if ctx.internal:
        result = stage_gap(ctx.doc, ctx.today)
        if result.contradicted:
            out.append(s.para("The recorded stage is above what the evidence supports.",
                              s.muted))
        out += s.subheading("Evidence checklist")
        rows = [[label(r.criterion.stage), ("✓ " if r.met else "✗ ") + r.criterion.title,
                 r.detail] for r in result.results]
        unmet = {id(r) for r in result.unmet}
        highlight = [i for i, r in enumerate(result.results) if id(r) in unmet]
        out.append(s.table(["Stage", "Criterion", "Detail"], rows,
                           [w * 0.15, w * 0.38, w * 0.47], highlight=highlight,
                           font_size=7.2))
        out.append(s.para("Rows in red: what is missing on the way to the target stage.",
                          s.muted))
    out.append(CondPageBreak(80))
    out += s.subheading("Stage history")
    steps = stage_timeline(ctx.doc)
    if steps:
        header = ["Date", "From", "To"] + (["Note"] if ctx.internal else [])
        rows = [[st.date.isoformat(), label(st.previous) or "—", label(st.stage)]
                + ([st.note or ""] if ctx.internal else []) for st in steps]
        widths = ([w * 0.15, w * 0.17, w * 0.17, w * 0.51] if ctx.internal
                  else [w * 0.2, w * 0.25, w * 0.25])
        out.append(s.table(header, rows, widths))
    else:
        out.append(s.note("No stage changes recorded."))
    if ctx.internal:
        shape = relationship_shape(ctx.doc)
        out += s.subheading("Relationship shape")
        out.append(s.para(f"{label(shape.kind)}: {shape.explanation}"))
        out += s.subheading("How relationships moved")
        moves = person_timeline(ctx.doc)
        if moves:
            out.append(s.table(["Change", "Note"],
                               [[m.describe(), m.note or ""] for m in moves],
                               [w * 0.55, w * 0.45]))
        else:
            out.append(s.note("No stance or relationship changes recorded."))
    return out


def findings(ctx: Context) -> list[Flowable]:
    s = ctx.styles
    w = ctx.width
    out: list[Flowable] = [Heading("Gap analysis", s, 0, "findings")]
    found = all_findings(ctx.doc, ctx.today, ctx.settings)
    if not found:
        return out + [s.note("No gaps found.")]
    out.append(s.para(f"{len(found)} findings, most severe first: the stakeholder analysis "
                      "of the map, stage gaps, white space, health and tier.", s.muted))
    rows = [[f.severity.capitalize(), label(f.kind), f.message] for f in found]
    out.append(s.table(["Severity", "Kind", "Finding"], rows, [w * 0.1, w * 0.17, w * 0.73],
                       highlight=[i for i, f in enumerate(found) if f.severity == "high"],
                       font_size=7.5))
    return out
