"""Editions of the account plan and what each one leaves out (see docs/pdf.md).

The client edition is made safe at the data level: :func:`client_document` returns a
copy of the account with everything internal removed (stances, scores, notes, internal
risks, influence lines, the interaction log, …), and every section is drawn from that
copy. A section that forgets to hide something cannot leak it: it is not there.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from app.errors import RapportError
from app.i18n import N_, _, ngettext, pgettext
from app.models.account import AccountFile, WhitespaceRecord
from app.models.enums import Stance, label
from app.reports import figures
from app.reports.fonts import has_cjk


class Edition(StrEnum):
    INTERNAL = "internal"
    CLIENT = "client"
    EXECUTIVE = "executive"


#: each edition's name in English; :func:`edition_title` gives it in the document's language
EDITION_TITLES = {
    Edition.INTERNAL: N_("Internal edition"),
    Edition.CLIENT: N_("Client edition"),
    Edition.EXECUTIVE: N_("Executive brief"),
}


def document_language(lang: str | None) -> str:
    """The shipped language ``lang`` names ("zh-CN", "ru_RU" …; None: the language of
    the moment); RapportError for a language Rapport does not write."""
    from app import i18n

    if lang is None:
        return i18n.current()
    found = i18n.normalize(lang)
    if found is None:
        raise RapportError(_("Unknown document language {lang}; use one of "
                             "{languages}.").format(lang=lang,
                                                    languages=", ".join(i18n.LANGUAGES)))
    return found


def file_name(account: str, edition: Edition) -> str:
    """The PDF's suggested file name in the language of the moment: "Acme - account
    plan (client).pdf", "Acme - 客户计划（客户版）.pdf"."""
    words = {Edition.INTERNAL: pgettext("file name", "internal"),
             Edition.CLIENT: pgettext("file name", "client"),
             Edition.EXECUTIVE: pgettext("file name", "executive")}
    return _("{account} - account plan ({edition}).pdf").format(
        account=account, edition=words[Edition(edition)])


def edition_title(edition: Edition) -> str:
    """"Internal edition", "客户版", "Краткая сводка для руководства"."""
    return _(EDITION_TITLES[Edition(edition)])

_BOTH = frozenset({Edition.INTERNAL, Edition.CLIENT})
_INTERNAL = frozenset({Edition.INTERNAL})


@dataclass(frozen=True)
class Section:
    key: str
    #: the title in English (the catalogue's key); :attr:`title` in the language of the
    #: moment
    source: str
    editions: frozenset[Edition] = _BOTH

    @property
    def title(self) -> str:
        return _(self.source)


#: the sections of the internal and client editions, in print order (the cover and the
#: table of contents always come first; the executive brief has its own fixed layout)
SECTIONS: tuple[Section, ...] = (
    Section("summary", N_("Executive summary")),
    # printed only with the account's history (see printed_sections); its heading
    # names the day: "Changes since 01.11.2026"
    Section("changes", N_("Changes since the last review"), _INTERNAL),
    Section("profile", N_("Account profile")),
    Section("map", N_("Stakeholder map")),
    Section("stakeholders", N_("Stakeholders")),
    Section("stages", N_("Relationship stage")),
    Section("findings", N_("Gap analysis"), _INTERNAL),
    Section("whitespace", N_("White space")),
    Section("insights", N_("Customer insight")),
    Section("objectives", N_("Objectives and milestones")),
    Section("revenue", N_("Revenue plan")),
    Section("risks", N_("Risks")),
    Section("actions", N_("Action plan")),
    Section("team", N_("Account team")),
    Section("reviews", N_("Review schedule")),
    Section("kpis", N_("KPIs")),
    Section("interactions", N_("Recent interactions"), _INTERNAL),
)
SECTION_KEYS = tuple(s.key for s in SECTIONS)


def sections_for(edition: Edition, chosen: frozenset[str] | set[str] | None = None
                 ) -> tuple[Section, ...]:
    """The sections an edition prints, in order; ``chosen`` (keys) narrows them down.
    The executive brief has no optional sections (empty result)."""
    if edition == Edition.EXECUTIVE:
        return ()
    return tuple(s for s in SECTIONS
                 if edition in s.editions and (chosen is None or s.key in chosen))


def is_shared(entry: Any) -> bool:
    """Whether the user marked a plan entry as shared with the customer: opt-in
    (``client_visible``), and a risk marked internal never is, whatever is ticked."""
    return bool(getattr(entry, "client_visible", False)) and not getattr(entry, "internal",
                                                                         False)


def client_document(doc: AccountFile) -> AccountFile:
    """The account as the customer may see it.

    Plan entries are **opt-in**: only those marked ``client_visible`` are kept (white-
    space cells, team members, insights, objectives with their milestones, revenue
    quarters, risks not marked internal, actions not tied to an internal risk, reviews,
    KPIs). Within a shared entry, references to entries that are not shared are
    dropped (an owner, an objective or risk of an action, attendees, follow-ups), so
    nothing unshared is named.

    Kept as before: the profile's name, industry, owner, currency, annual revenue,
    stages; who is who (names, titles, departments, reporting lines, our contact);
    stage history dates.

    Removed whatever is ticked: stance, influence, relationship strength, buying role
    and last contact of every person, every note (account, people, influence lines,
    stage history, team, objectives, risks, actions, reviews, white-space cells), tier,
    lifecycle stage, potential revenue, influence lines, the interaction log, stance
    and relationship history, stage evidence ticks, the KAM selection checklist,
    white-space values and risk escalation.
    """
    account = doc.account.model_copy(update={
        "notes": None, "tier": None, "potential_revenue": None, "lifecycle_stage": None})
    people = [p.model_copy(update={
        "stance": None, "influence": None, "relationship": None, "notes": None,
        "role": None, "last_contact": None,
        # the contact details of the customer's people are never shared with them
        "email": None, "phone": None, "messengers": None}) for p in doc.stakeholders]
    team = [m.model_copy(update={"notes": None}) for m in doc.team if is_shared(m)]
    members = {m.id for m in team}

    def owner(member: str | None) -> str | None:
        return member if member in members else None

    objectives = [o.model_copy(update={"notes": None, "owner": owner(o.owner)})
                  for o in doc.objectives if is_shared(o)]
    goals = {o.id for o in objectives}
    risks = [r.model_copy(update={"notes": None, "escalation": None, "owner": owner(r.owner)})
             for r in doc.risks if is_shared(r)]
    kept_risks = {r.id for r in risks}
    internal_risks = {r.id for r in doc.risks if r.internal}
    actions = [a.model_copy(update={
        "notes": None, "owner": owner(a.owner),
        "objective": a.objective if a.objective in goals else None,
        "risk": a.risk if a.risk in kept_risks else None})
        for a in doc.actions if is_shared(a) and a.risk not in internal_risks]
    kept_actions = {a.id for a in actions}
    reviews = [r.model_copy(update={
        "notes": None, "our_attendees": [m for m in r.our_attendees if m in members],
        "follow_ups": [f for f in r.follow_ups if f in kept_actions]})
        for r in doc.reviews if is_shared(r)]
    return doc.model_copy(update={
        "account": account,
        "stakeholders": people,
        "influences": [],
        "stage_history": [s.model_copy(update={"note": None}) for s in doc.stage_history],
        "interactions": [],
        "stakeholder_history": [],
        "stage_evidence": [],
        "selection": None,
        "whitespace": _shared_whitespace(doc.whitespace),
        "team": team,
        "insights": [i for i in doc.insights if is_shared(i)],
        "objectives": objectives,
        "revenue_plan": [q for q in doc.revenue_plan if is_shared(q)],
        "risks": risks,
        "actions": actions,
        "reviews": reviews,
        "kpis": [k for k in doc.kpis if is_shared(k)],
    })


def _shared_whitespace(grid: WhitespaceRecord | None) -> WhitespaceRecord | None:
    """The shared cells, without values or notes, and only the rows and columns that
    hold one: an unshared "competitor" cell does not even leave its row behind."""
    if grid is None:
        return None
    cells = [c.model_copy(update={"value": None, "note": None})
             for c in grid.cells if is_shared(c)]
    if not cells:
        return None
    units = [u for u in grid.units if any(c.unit == u for c in cells)]
    offerings = [o for o in grid.offerings if any(c.offering == o for c in cells)]
    return grid.model_copy(update={"units": units, "offerings": offerings, "cells": cells})


def has_content(key: str, doc: AccountFile) -> bool:
    """Whether section ``key`` has anything to print for ``doc``: the client edition
    leaves empty sections out (and out of its contents) instead of printing "nothing
    recorded" headings to a customer."""
    if key in ("summary", "profile"):
        return True
    if key in ("map", "stakeholders"):
        return bool(doc.stakeholders)
    if key == "stages":
        a = doc.account
        return bool(a.relationship_stage or a.target_stage or doc.stage_history)
    if key == "whitespace":
        return bool(doc.whitespace and doc.whitespace.units and doc.whitespace.offerings)
    if key == "revenue":
        return bool(doc.revenue_plan)
    if key == "findings":
        return True
    return bool(getattr(doc, key))


def printed_sections(edition: Edition, doc: AccountFile,
                     chosen: frozenset[str] | set[str] | None = None, *,
                     history: bool = False) -> tuple[Section, ...]:
    """The sections an edition of ``doc`` prints (``doc`` as the edition shows it, i.e.
    the :func:`client_document` for the client edition): the client edition drops the
    empty ones, the internal edition keeps them with their "nothing recorded" line.
    "changes" needs the account's ``history`` (the kept versions, which a document
    alone does not hold)."""
    sections = tuple(s for s in sections_for(edition, chosen)
                     if history or s.key != "changes")
    if edition != Edition.CLIENT:
        return sections
    return tuple(s for s in sections if has_content(s.key, doc))


@dataclass(frozen=True)
class PreviewSection:
    """One section of the client edition as the customer will see it."""

    key: str
    title: str
    #: one line per entry shown (or a line saying what is shown, for the fixed parts)
    items: tuple[str, ...]
    #: plan entries recorded in this section but not shared (or held back as internal)
    held_back: int = 0
    #: the items are entries to count (plan entries, people), not a description
    counted: bool = False

    @property
    def empty(self) -> bool:
        return not self.items


def quarter_name(quarter: int, year: int) -> str:
    """A quarter as the document's language writes it: "Q3 2026", "2026年第3季度"."""
    return _("Q{quarter} {year}").format(quarter=quarter, year=year)


def _plan_items(key: str, doc: AccountFile, locale: str) -> list[str]:
    if key == "whitespace":
        grid = doc.whitespace
        return [_("{unit} × {offering}: {status}").format(
            unit=c.unit, offering=c.offering, status=label(c.status).lower())
                for c in (grid.cells if grid else [])]
    if key == "insights":
        return [i.text.splitlines()[0] if i.text.strip() else i.text for i in doc.insights]
    if key == "objectives":
        return [o.title + (_(" ({milestones})").format(milestones=ngettext(
            "{n} milestone", "{n} milestones", len(o.milestones)).format(
                n=len(o.milestones))) if o.milestones else "") for o in doc.objectives]
    if key == "revenue":
        return [quarter_name(q.quarter, q.year) for q in
                sorted(doc.revenue_plan, key=lambda q: (q.year, q.quarter))]
    if key == "risks":
        return [r.title for r in doc.risks]
    if key == "actions":
        return [a.title + (_(" (due {date})").format(date=figures.date(a.due, locale))
                           if a.due else "") for a in doc.actions]
    if key == "team":
        return [m.name for m in doc.team]
    if key == "reviews":
        return [f"{figures.date(r.date, locale)} {r.title or _('Account review')}"
                for r in sorted(doc.reviews, key=lambda r: r.date)]
    if key == "kpis":
        return [k.name for k in doc.kpis]
    raise KeyError(key)


_PLAN_SECTIONS = {"whitespace": "whitespace", "insights": "insights",
                  "objectives": "objectives", "revenue": "revenue_plan", "risks": "risks",
                  "actions": "actions", "team": "team", "reviews": "reviews", "kpis": "kpis"}


def _recorded(key: str, doc: AccountFile) -> int:
    if key == "whitespace":
        return len(doc.whitespace.cells) if doc.whitespace else 0
    return len(getattr(doc, _PLAN_SECTIONS[key]))


def client_preview(doc: AccountFile, chosen: frozenset[str] | set[str] | None = None,
                   locale: str | None = None) -> list[PreviewSection]:
    """Exactly what the client edition of ``doc`` shows, section by section (every
    chosen section, the empty ones too, so the user sees why one will be left out), in
    the language of the moment (run it inside ``with i18n.language(...)`` for the
    document's); ``locale`` writes its dates (None: the language of the moment)."""
    from app import i18n

    locale = locale or i18n.current()
    shown = client_document(doc)
    a = shown.account
    out = []
    for section in sections_for(Edition.CLIENT, chosen):
        key = section.key
        if key in _PLAN_SECTIONS:
            items = _plan_items(key, shown, locale)
            held = _recorded(key, doc) - _recorded(key, shown)
            out.append(PreviewSection(key, section.title, tuple(items), held, counted=True))
            continue
        if not has_content(key, shown):
            out.append(PreviewSection(key, section.title, ()))
            continue
        n = len(shown.stakeholders)
        changes = len(shown.stage_history)
        lines = {
            "summary": [_("Relationship stage, annual revenue and the next shared review; "
                          "the shared objectives and risks that matter most")],
            "profile": [_("Name, industry, account owner, relationship and target stage, "
                          "annual revenue, currency")],
            "map": [ngettext("{n} person as an org chart: name, title, reporting line and "
                             "our contact",
                             "{n} people as an org chart: names, titles, reporting lines "
                             "and our contact for each", n).format(n=n)],
            "stakeholders": [p.name + (_(", {title}").format(title=p.title) if p.title
                                       else "") for p in shown.stakeholders],
            "stages": [ngettext(
                "Current stage {stage}, target {target}; {n} stage change (dates only)",
                "Current stage {stage}, target {target}; {n} stage changes (dates only)",
                changes).format(stage=label(a.relationship_stage) or _("not set"),
                                target=label(a.target_stage) or _("not set"), n=changes)],
        }[key]
        out.append(PreviewSection(key, section.title, tuple(lines),
                                  counted=key == "stakeholders"))
    return out


#: words that characterise the customer's people from our side (stances, scores), in
#: the languages Rapport's users write: the client edition leaves out the fields that
#: hold them, but a title or a mitigation typed by hand may still say them
SENSITIVE_WORDS = (
    "champion", "supporter", "skeptic", "sceptic", "blocker", "detractor",
    "influence score", "relationship strength",
    "чемпион", "сторонник", "скептик", "блокер", "противник", "сила отношений",
    "支持者", "拥护者", "怀疑者", "阻碍者", "反对者", "关系强度", "影响力评分",
)
# Latin and Cyrillic words at the start of a word ("blockers", "скептика" count);
# Chinese has no spaces between words, so anywhere
_WORDS = re.compile("|".join(
    re.escape(w) if has_cjk(w) else rf"\b{re.escape(w)}" for w in SENSITIVE_WORDS),
    re.IGNORECASE)
#: internal risk titles shorter than this are not looked for (too likely by chance)
_TITLE_MIN = 12


#: words of commercial tactics: next to the name of a skeptic or a blocker in a shared
#: text they tell the customer how we see that person ("李静 will push for a tender")
TACTIC_WORDS = (
    "price", "pricing", "tender", "competitor", "competition", "discount", "rebate",
    "цен", "тендер", "конкурент", "скидк",
    "价格", "报价", "招标", "投标", "竞争对手", "竞品", "对手", "折扣",
)
_TACTICS = re.compile("|".join(
    re.escape(w) if has_cjk(w) else rf"\b{re.escape(w)}" for w in TACTIC_WORDS),
    re.IGNORECASE)
#: Cyrillic and Greek letters that look like Latin ones ("blоcker" with a Cyrillic о)
_CONFUSABLE = str.maketrans("аеорсухкмтвніјѕԁӏАЕОРСУХКМТВНІЈЅοαερτυνκ",
                            "aeopcyxkmtbhijsdlAEOPCYXKMTBHIJSoaeptuvk")


def _normalised(text: str) -> str:
    """NFKC, without invisible format characters (zero-width space, soft hyphen, …):
    "block\u200ber" is "blocker" to a reader, so it is to the check too."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(c for c in text if unicodedata.category(c) != "Cf")


def _search_words(text: str) -> re.Match[str] | None:
    plain = _normalised(text)
    found = _WORDS.search(plain)
    if found is None:  # Latin words written with a look-alike Cyrillic or Greek letter
        found = _WORDS.search(plain.translate(_CONFUSABLE))
    return found


def _name_patterns(name: str) -> list[str]:
    """How a person's name may appear in text: the whole name; each longer part of a
    Latin or Cyrillic name as the start of a word (Russian inflects names: Смирнова,
    Смирновой)."""
    name = _normalised(name).casefold().strip()
    patterns = [re.escape(name)]
    if not has_cjk(name):
        for part in re.findall(r"\w+", name):
            if len(part) >= 4:
                stem = part[:-1] if len(part) >= 6 else part
                patterns.append(rf"\b{re.escape(stem)}")
    return patterns


@dataclass(frozen=True)
class Flag:
    """A text the client edition would print that looks internal: where, and why."""

    path: str
    text: str
    reason: str

    def __str__(self) -> str:
        shown = self.text if len(self.text) <= 80 else self.text[:79] + "…"
        return _("{path}: “{text}” ({reason})").format(path=self.path, text=shown,
                                                       reason=self.reason)


def client_flags(doc: AccountFile) -> list[Flag]:
    """Texts the client edition of ``doc`` would print that name a stance or a score,
    repeat the title of a risk marked internal, or name a skeptic or a blocker next to
    a word of commercial tactics (price, tender, competitor, in three languages). The
    fields that hold stances are left out anyway; this finds them where they were typed
    into free text of a shared entry."""
    internal = [_normalised(r.title).casefold() for r in doc.risks
                if r.internal and len(r.title) >= _TITLE_MIN]
    opposed = [(p.name, p.stance, re.compile("|".join(_name_patterns(p.name))))
               for p in doc.stakeholders
               if p.stance in (Stance.SKEPTIC, Stance.BLOCKER) and p.name.strip()]
    flags: list[Flag] = []

    def check(value: str, path: str) -> None:
        found = _search_words(value)
        if found:
            flags.append(Flag(path, value, _("says “{word}”").format(word=found.group(0))))
            return
        folded = _normalised(value).casefold()
        if any(t in folded for t in internal):
            flags.append(Flag(path, value, _("repeats an internal risk")))
            return
        tactic = _TACTICS.search(folded)
        if tactic is None:
            return
        for name, stance, pattern in opposed:
            if pattern.search(folded):
                flags.append(Flag(path, value, _(
                    "names {name}, a {stance}, next to “{word}”").format(
                        name=name, stance=label(stance).lower(), word=tactic.group(0))))
                return

    def walk(value: Any, path: str) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                walk(item, f"{path}.{key}" if path else key)
        elif isinstance(value, list):
            for i, item in enumerate(value):
                walk(item, f"{path}[{i}]")
        elif isinstance(value, str):
            check(value, path)

    walk(client_document(doc).model_dump(mode="json", exclude={"format", "version"}), "")
    return flags


# -- the client preview's headings and the export's refusals, in words -----------------
# (here, not in app.services.reports, so that every word of the PDF use case is in the
# reports catalogue)


def _entries(key: str, n: int) -> str:
    """"2 actions", "1 KPI": ``n`` entries of the plan section ``key``."""
    forms = {
        "whitespace": lambda: ngettext("{n} white-space cell", "{n} white-space cells", n),
        "insights": lambda: ngettext("{n} insight", "{n} insights", n),
        "objectives": lambda: ngettext("{n} objective", "{n} objectives", n),
        "revenue": lambda: ngettext("{n} quarter", "{n} quarters", n),
        "risks": lambda: ngettext("{n} risk", "{n} risks", n),
        "actions": lambda: ngettext("{n} action", "{n} actions", n),
        "team": lambda: ngettext("{n} team member", "{n} team members", n),
        "reviews": lambda: ngettext("{n} review", "{n} reviews", n),
        "kpis": lambda: ngettext("{n} KPI", "{n} KPIs", n),
    }
    return forms[key]().format(n=n)


def preview_heading(section: PreviewSection, internal: int = 0) -> str:
    """One line that sums a section of the client preview up, in the language of the
    moment: "Action plan — 2 of 7 actions shared", "Risks — nothing shared (5 recorded,
    none marked shared): left out of the PDF". ``internal``: entries of the section
    marked shared but held back as internal (a risk marked internal, or an action tied
    to one)."""
    title = section.title
    if section.key not in _PLAN_SECTIONS:
        if section.empty:
            return _("{title} — nothing recorded: left out of the PDF").format(title=title)
        if section.key == "stakeholders":
            n = len(section.items)
            return _("{title} — {people}").format(
                title=title, people=ngettext("{n} person", "{n} people", n).format(n=n))
        return title
    shown, held = len(section.items), section.held_back
    recorded = shown + held
    if section.empty:
        if not recorded:
            return _("{title} — nothing recorded: left out of the PDF").format(title=title)
        if not internal:
            why = _("none marked shared")
        elif section.key == "risks":
            why = _("{n} marked shared but internal").format(n=internal)
        else:
            why = _("{n} marked shared but tied to an internal risk").format(n=internal)
        return _("{title} — nothing shared ({recorded} recorded, {why}): left out of the "
                 "PDF").format(title=title, recorded=recorded, why=why)
    if not held:
        if shown == 1:
            return _("{title} — {entries}, shared").format(
                title=title, entries=_entries(section.key, shown))
        return _("{title} — all {entries} shared").format(
            title=title, entries=_entries(section.key, shown))
    line = _("{title} — {shown} of {entries} shared").format(
        title=title, shown=shown, entries=_entries(section.key, recorded))
    if internal:
        line += (_(" ({n} more marked shared but internal)") if section.key == "risks"
                 else _(" ({n} more marked shared but tied to an internal risk)")
                 ).format(n=internal)
    return line


def unknown_edition(value: str) -> str:
    return _('Unknown edition "{edition}"; use one of {editions}.').format(
        edition=value, editions=", ".join(e.value for e in Edition))


def unknown_sections(unknown: list[str]) -> str:
    return _("Unknown section(s): {unknown}; known: {known}.").format(
        unknown=", ".join(unknown), known=", ".join(SECTION_KEYS))


def none_in_edition(edition: Edition) -> str:
    return _("None of the sections chosen is in the {edition} edition; it has: "
             "{sections}.").format(edition=edition.value,
                                   sections=", ".join(s.key for s in sections_for(edition)))


def flagged_text(flags: list[Flag], shown: int) -> str:
    """Why a client edition is refused: the first ``shown`` texts that look internal."""
    lines = "\n".join(f"  {f}" for f in flags[:shown])
    more = len(flags) - shown
    if more > 0:
        lines += "\n  " + ngettext("… and {n} more", "… and {n} more", more).format(n=more)
    return _("the client edition would show texts that look internal (a stance, a score, "
             "an internal risk):\n{texts}\nReword them, or export anyway "
             "(--allow-flagged).").format(texts=lines)
