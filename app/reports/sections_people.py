"""The people: stakeholder map, stakeholder table, relationship stage and gap analysis."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Polygon, Rect
from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable, NextPageTemplate, PageBreak

from app.assessment.gaps import all_findings
from app.assessment.people import person_timeline, relationship_shape
from app.assessment.stages import LADDER, stage_gap, stage_timeline
from app.i18n import _, ngettext, pgettext
from app.models.enums import RELATIONSHIP_LABELS, RelationshipStage, label
from app.models.messengers import messengers_text
from app.reports import map_drawing
from app.reports.context import Context, Heading
from app.reports.fonts import text_shape
from app.reports.styles import ACCENT, MUTED, RULE, gap

MM = 72 / 25.4
MAP_RESERVE = 44.0  # heading and caption above the map, points
PART_RESERVE = 30.0  # heading of a map part page


def _map_people_text(ctx: Context, scene: map_drawing.MapScene) -> str:
    n = len(scene.cards)
    if ctx.internal:
        return ngettext(
            "{n} person, laid out as on the map in Rapport: colour = stance toward us, "
            "size = influence, border = strength of our relationship, badge = buying "
            "role; grey lines are reporting lines, coloured arrows influence.",
            "{n} people, laid out as on the map in Rapport: colour = stance toward us, "
            "size = influence, border = strength of our relationship, badge = buying "
            "role; grey lines are reporting lines, coloured arrows influence.", n).format(n=n)
    return ngettext(
        "{n} person in the organisation chart as we understand it, with the person in "
        "our team each of them works with.",
        "{n} people in the organisation chart as we understand it, with the person in "
        "our team each of them works with.", n).format(n=n)


def stakeholder_map(ctx: Context) -> list[Flowable]:
    """Landscape pages: the whole map with its legend, or an overview and page-sized
    parts when the map would be too small to read on one page; the client edition's
    org chart instead (see :func:`_org_chart`)."""
    s = ctx.styles
    fonts = s.fonts
    if not ctx.doc.stakeholders:  # a line in the flow, not a landscape page of its own
        return [Heading(_("Stakeholder map"), s, 0, "map"),
                s.note(_("No stakeholders recorded."))]
    if not ctx.internal:
        return _org_chart(ctx)
    out: list[Flowable] = [NextPageTemplate("landscape"), PageBreak(),
                           Heading(_("Stakeholder map"), s, 0, "map")]
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
        out += [s.para(_map_people_text(ctx, scene) + ngettext(
                    " The map is too large to read on one page: below is an overview, "
                    "followed by {n} part (numbered on the overview) at a readable size.",
                    " The map is too large to read on one page: below is an overview, "
                    "followed by {n} parts (numbered on the overview) at a readable size.",
                    len(parts)).format(n=len(parts)), s.muted),
                map_drawing.draw(scene, fonts, scene.bounds, scale, encoded=encoded,
                                 text=False, outlines=parts),
                gap(6), key]
        for i, box in enumerate(parts, start=1):
            # parts are in the outline, not in the contents (a large map has dozens)
            out += [PageBreak(), Heading(_part_title(i, len(parts)), s, 1,
                                         f"map-{i}", in_toc=False),
                    map_drawing.draw(scene, fonts, box, map_drawing.MIN_SCALE,
                                     encoded=encoded)]
    out += [NextPageTemplate("portrait"), PageBreak()]
    return out


def _height(flowable: Flowable, width: float, height: float) -> float:
    """Room a flowable takes in the frame, spaces before and after included."""
    return float(flowable.wrap(width, height)[1] + flowable.getSpaceBefore()
                 + flowable.getSpaceAfter())


def _part_title(part: int, parts: int) -> str:
    return _("Stakeholder map, part {part} of {parts}").format(part=part, parts=parts)


def _teams(names: tuple[str, ...]) -> str:
    if len(names) == 1:
        return _("team of {name}").format(name=names[0])
    if len(names) <= 3:
        return _("teams of {names} and {last}").format(names=_(", ").join(names[:-1]),
                                                      last=names[-1])
    return ngettext("teams of {names} and {n} more", "teams of {names} and {n} more",
                    len(names) - 2).format(names=_(", ").join(names[:2]), n=len(names) - 2)


def _org_chart(ctx: Context) -> list[Flowable]:
    """The client edition's map: the org chart on one landscape page when it can be
    read there, else split by whole teams, each cut marked with the page it continues
    on and listed on the first page."""
    s = ctx.styles
    fonts = s.fonts
    width, height = ctx.landscape_frame
    n = len(ctx.doc.stakeholders)
    intro = ngettext(
        "{n} person in the organisation chart as we understand it, with the person in "
        "our team each of them works with.",
        "{n} people in the organisation chart as we understand it, with the person in "
        "our team each of them works with.", n).format(n=n)
    no_contacts = ngettext(
        "{n} person in the organisation chart as we understand it (who in our team works "
        "with them is in the stakeholder table).",
        "{n} people in the organisation chart as we understand it (who in our team works "
        "with each of them is in the stakeholder table).", n).format(n=n)
    split = intro + _(" The chart does not fit one page at a readable size, so it is split "
                      "by team: a card marked “{marker}” has its whole team on that page, "
                      "headed by the same card; the teams are listed below.").format(
                          marker=map_drawing.stub_text(False).replace(
                              map_drawing.NUMBER, "N"))
    heading = Heading(_("Stakeholder map"), s, 0, "map")
    key = map_drawing.legend(fonts, width, encoded=False)
    top = _height(heading, width, height) + 4  # a little slack for rounding
    fixed = top + 6 + key.height
    one_room = height - fixed - max(_height(s.para(t, s.muted), width, height)
                                    for t in (intro, no_contacts))
    first_room = height - fixed - 4 - _height(s.para(split, s.muted), width, height)
    part_heading = Heading(_part_title(99, 99), s, 1, "map-0", in_toc=False)
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
        title = _part_title(i, parts)
        if page.teams:
            longer = _("{title}: {teams}").format(title=title, teams=_teams(page.teams))
            named = Heading(longer, s, 1, f"map-{i}", in_toc=False)
            if _height(named, width, height) <= plain_height:  # one line, as reserved
                title = longer
        # parts are in the outline, not in the contents (a large chart has many)
        out += [PageBreak(), Heading(title, s, 1, f"map-{i}", in_toc=False), page.drawing]
    return out + [NextPageTemplate("portrait"), PageBreak()]


def stakeholders(ctx: Context) -> list[Flowable]:
    s = ctx.styles
    out: list[Flowable] = [Heading(_("Stakeholders"), s, 0, "stakeholders")]
    people = ctx.doc.stakeholders
    if not people:
        return out + [s.note(_("No stakeholders recorded."))]
    names = {p.id: p.name for p in people}
    w = ctx.width
    if ctx.internal:
        rows = [[p.name, " · ".join(t for t in (p.title, p.department) if t),
                 label(p.role), label(p.stance),
                 "" if p.influence is None else str(p.influence),
                 "" if p.relationship is None else
                 f"{p.relationship} {RELATIONSHIP_LABELS[p.relationship]}",
                 p.our_owner or "",
                 ctx.date(p.last_contact)] for p in people]
        out.append(s.table(
            [_("Name"), _("Title · department"), _("Buying role"), _("Stance"),
             pgettext("influence, abbreviated", "Infl."),
             pgettext("relationship strength", "Relationship"), _("Our owner"),
             _("Last contact")], rows,
            [w * 0.17, w * 0.195, w * 0.11, w * 0.10, w * 0.075, w * 0.12, w * 0.12, w * 0.11],
            right=(4,), font_size=7.2))
        reachable = [p for p in people if p.email or p.phone or p.messengers]
        if reachable:  # internal only: the customer's people's details are never shared
            out += [*s.subheading(_("Contact details")),
                    s.table([_("Name"), _("E-mail"), _("Phone"), _("Messengers")],
                            [[p.name, p.email or "", p.phone or "",
                              messengers_text(p.messengers)] for p in reachable],
                            [w * 0.22, w * 0.28, w * 0.2, w * 0.3], font_size=7.2)]
        noted = [p for p in people if p.notes]
        if noted:
            out += [*s.subheading(_("Notes on people")),
                    s.table([_("Name"), _("Note")], [[p.name, p.notes or ""] for p in noted],
                            [w * 0.25, w * 0.75])]
        out += s.subheading(_("Influence lines"))
        if ctx.doc.influences:
            rows = [[names.get(i.source, i.source), names.get(i.target, i.target),
                     label(i.kind) or label("informal"), str(i.strength or 1), i.note or ""]
                    for i in ctx.doc.influences]
            out.append(s.table([_("Who"), _("Influences whom"), _("Kind"), _("Strength (1–3)"),
                                _("Note")],
                               rows, [w * 0.22, w * 0.22, w * 0.12, w * 0.12, w * 0.32],
                               right=(3,)))
        else:
            out.append(s.note(_("No influence lines recorded.")))
    else:
        rows = [[p.name, p.title or "", p.department or "",
                 names.get(p.reports_to or "", ""), p.our_owner or ""] for p in people]
        out.append(s.table([_("Name"), _("Title"), _("Department"), _("Reports to"),
                            _("Our contact")],
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
        d.add(text_shape(x + step_w / 2, 20, label(stage), fonts, 7.5,
                         colors.white if current else colors.HexColor("#37474f"), bold=True,
                         anchor="middle"))
        notes = [t for t, on in ((pgettext("stage", "current"), current),
                                 (pgettext("stage", "target"), target)) if on]
        if notes:
            d.add(text_shape(x + step_w / 2, 16 + h + 4, " · ".join(notes), fonts, 7,
                             MUTED, anchor="middle"))
        if evidenced == stage:
            d.add(Polygon([x + step_w / 2 - 4, 2, x + step_w / 2 + 4, 2, x + step_w / 2, 10],
                          fillColor=colors.HexColor("#2e7d32"), strokeColor=None))
            d.add(text_shape(x + step_w / 2 + 7, 3, _("evidence supports"), fonts, 6.5,
                             colors.HexColor("#2e7d32")))
    return d


def stages(ctx: Context) -> list[Flowable]:
    s = ctx.styles
    a = ctx.doc.account
    w = ctx.width
    out: list[Flowable] = [Heading(_("Relationship stage"), s, 0, "stages")]
    text = _("Current stage: {stage}; target: {target} (the Cranfield key-account model: "
             "{ladder}).").format(stage=label(a.relationship_stage) or _("not set"),
                                  target=label(a.target_stage) or _("not set"),
                                  ladder=" → ".join(label(st).lower() for st in LADDER))
    out += [s.para(text), ladder(ctx)]
    if a.relationship_stage == RelationshipStage.DISINTEGRATING:
        out.append(s.para(_("The relationship is recorded as disintegrating (off the "
                            "ladder)."), s.muted))
    if ctx.internal:
        result = stage_gap(ctx.doc, ctx.today)
        if result.contradicted:
            out.append(s.para(_("The recorded stage is above what the evidence supports."),
                              s.muted))
        out += s.subheading(_("Evidence checklist"))
        rows = [[label(r.criterion.stage), ("✓ " if r.met else "✗ ") + r.criterion.title,
                 r.detail] for r in result.results]
        unmet = {id(r) for r in result.unmet}
        highlight = [i for i, r in enumerate(result.results) if id(r) in unmet]
        out.append(s.table([_("Stage"), _("Criterion"), _("Detail")], rows,
                           [w * 0.15, w * 0.38, w * 0.47], highlight=highlight,
                           font_size=7.2))
        out.append(s.para(_("Rows in red: what is missing on the way to the target "
                            "stage."), s.muted))
    out.append(CondPageBreak(80))
    out += s.subheading(_("Stage history"))
    steps = stage_timeline(ctx.doc)
    if steps:
        header = [_("Date"), pgettext("stage change", "From"), pgettext("stage change", "To")
                  ] + ([_("Note")] if ctx.internal else [])
        rows = [[ctx.date(st.date), label(st.previous) or "—", label(st.stage)]
                + ([st.note or ""] if ctx.internal else []) for st in steps]
        widths = ([w * 0.14, w * 0.19, w * 0.19, w * 0.48] if ctx.internal
                  else [w * 0.2, w * 0.25, w * 0.25])
        out.append(s.table(header, rows, widths))
    else:
        out.append(s.note(_("No stage changes recorded.")))
    if ctx.internal:
        shape = relationship_shape(ctx.doc)
        out += s.subheading(_("Relationship shape"))
        out.append(s.para(_("{shape}: {explanation}").format(shape=label(shape.kind),
                                                            explanation=shape.explanation)))
        out += s.subheading(_("How relationships moved"))
        moves = person_timeline(ctx.doc)
        if moves:
            out.append(s.table([_("Change"), _("Note")],
                               [[m.describe(), m.note or ""] for m in moves],
                               [w * 0.55, w * 0.45]))
        else:
            out.append(s.note(_("No stance or relationship changes recorded.")))
    return out


def _severity(severity: str) -> str:
    """"High", "Medium", "Low" (a finding's severity) in the document's language."""
    words = {"high": pgettext("severity", "High"), "medium": pgettext("severity", "Medium"),
             "low": pgettext("severity", "Low")}
    return words.get(severity, severity.capitalize())


def findings(ctx: Context) -> list[Flowable]:
    s = ctx.styles
    w = ctx.width
    out: list[Flowable] = [Heading(_("Gap analysis"), s, 0, "findings")]
    found = all_findings(ctx.doc, ctx.today, ctx.settings)
    if not found:
        return out + [s.note(_("No gaps found."))]
    out.append(s.para(ngettext(
        "{n} finding, most severe first: the stakeholder analysis of the map, stage gaps, "
        "white space, health and tier.",
        "{n} findings, most severe first: the stakeholder analysis of the map, stage gaps, "
        "white space, health and tier.", len(found)).format(n=len(found)), s.muted))
    rows = [[_severity(f.severity), label(f.kind), f.message] for f in found]
    out.append(s.table([_("Severity"), _("Kind"), _("Finding")], rows,
                       [w * 0.1, w * 0.17, w * 0.73],
                       highlight=[i for i, f in enumerate(found) if f.severity == "high"],
                       font_size=7.5))
    return out
