"""The "Plan" tab: the strategic account plan, kept current between reviews.

Sections: customer insight, objectives and milestones, revenue plan, risk
register with heat map, actions, account team, reviews (with an .ics export),
KPIs with a trend chart, and the interactions log. A thin view over generic
section tables (``section.py``); every edit is one undoable command on the
whole account, checked like an imported file.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.assessment import plan_rows
from app.assessment.agenda import is_open, is_overdue
from app.assessment.settings import ScoringSettings
from app.errors import InvalidInput, Problem, RapportError
from app.models.account import AccountFile
from app.models.enums import (
    ActionStatus,
    Channel,
    Escalation,
    InsightKind,
    ObjectiveStatus,
    RiskCategory,
    RiskStatus,
    TeamRole,
    label,
)
from app.services import plan_edits
from app.services.calendar import export_reviews
from app.services.timeline import Timeline
from app.views.formatting import decimals_needed, display_locale, money
from app.views.plain import plain
from app.views.plan.changes import ChangesBox, ReviewChanges, ReviewHistory
from app.views.plan.charts import KpiChart, RevenueChart, RiskHeatMap
from app.views.plan.dialogs import KpiValueDialog, PickDialog
from app.views.plan.requests import EditRequest, Pending
from app.views.plan.section import SHARED, Column, Lock, SectionModel, SectionPage, Words

log = logging.getLogger("rapport.views")
OVERDUE = QColor("#c62828")
#: a plan entry's field: "risks[2].title", "objectives[0].milestones[1].due"
FIELD_PATH = re.compile(r"\w+\[\d+\]\.\w+(\[\d+\]\.\w+)?")
#: pydantic's words for a missing value, shown as "cannot be empty" in the table's words
EMPTY_WORDS = {"input should be a valid string (got null)", "must not be empty",
               "required key is missing"}
DONE = QColor("#90a4ae")
HIGH_RISK = 15  # likelihood × impact from which a risk counts as high


@dataclass(frozen=True)
class Entries:
    """How a section's texts name its entries: each sentence translated whole (Russian
    declines the noun and counts take its plural forms; Chinese has no article).

    A count of one says no number ("Remove risk"); more say it ("Remove 3 × risk")."""

    #: the Add button (and the undo text of an addition), "Select a risk …"
    words: Words
    #: the undo texts: "Edit risk", "Remove risk" / "Remove 3 × risk", …
    edit: str
    remove: Callable[[int], str]
    share: Callable[[int], str] | None = None
    unshare: Callable[[int], str] | None = None


def _shared_column(columns: list[Column]) -> list[Column]:
    """``columns`` with "Shared" (whether the customer sees the entry in the client
    edition) as the last one of the model; the table shows it first (see
    :func:`_show_at`). A risk marked internal shows as such there and in its box:
    internal wins."""
    internal = Lock(
        QCoreApplication.translate("PlanTab", "internal"),
        QCoreApplication.translate("PlanTab", "Internal: never shared"),
        QCoreApplication.translate(
            "PlanTab", "Internal: never shared with the customer, whatever is ticked "
                       "(untick Internal, then tick Shared, to share it)"))
    return [*columns, Column(
        SHARED, QCoreApplication.translate("PlanTab", "Shared"), "bool",
        tip=QCoreApplication.translate(
            "PlanTab", "Shared with customer: shown in the client edition PDF"),
        locked=lambda e: internal if plan_edits.unshareable(e) else None)]


def _show_at(page: SectionPage, field: str, position: int) -> None:
    """Show the column of ``field`` at ``position``; the model's order stays. Shared
    goes first: seen at a glance, where a wide section would scroll a last column out
    of view, and not between a name and the next cell Tab moves the editor on to."""
    column = next(i for i, c in enumerate(page.model.columns) if c.field == field)
    header = page.table.horizontalHeader()
    header.moveSection(header.visualIndex(column), position)


def vocabulary(enum_cls: type[StrEnum]) -> Callable[[AccountFile], list[tuple[str, Any]]]:
    return lambda _doc: [(label(v), v.value) for v in enum_cls]


def team(doc: AccountFile) -> list[tuple[str, Any]]:
    return [(m.name, m.id) for m in doc.team]


def people(doc: AccountFile) -> list[tuple[str, Any]]:
    return [(s.name, s.id) for s in doc.stakeholders]


def objectives(doc: AccountFile) -> list[tuple[str, Any]]:
    return [(o.title, o.id) for o in doc.objectives]


def risks(doc: AccountFile) -> list[tuple[str, Any]]:
    return [(r.title, r.id) for r in doc.risks]


class DocumentTables:
    """Names by id and the like, for one account document: built once per document
    (on first use after another document object is passed; an edit never changes a
    document in place, it makes a new one) and reused by every row and cell. Built per
    row, a table of 1,000 interactions on an account of 1,000 people took a million
    steps to show its people present."""

    def __init__(self) -> None:
        #: held, so that its identity cannot pass to another document while cached
        self._doc: AccountFile | None = None
        self._tables: dict[tuple[str, ...], Any] = {}

    def _table(self, doc: AccountFile, key: tuple[str, ...],
               build: Callable[[AccountFile], Any]) -> Any:
        if doc is not self._doc:
            self._doc, self._tables = doc, {}
        if key not in self._tables:
            self._tables[key] = build(doc)
        return self._tables[key]

    def names(self, doc: AccountFile, section: str, ids: Sequence[str],
              attr: str = "name") -> str:
        """"Ann, Bo": ``attr`` of the entries of ``section`` with these ids; an id
        without an entry shows as itself."""
        by_id: dict[str, Any] = self._table(doc, ("by_id", section, attr), lambda d: {
            item.id: getattr(item, attr) for item in getattr(d, section)})
        return ", ".join(by_id.get(i, i) for i in ids)

    def owned(self, doc: AccountFile, member: Any) -> list[str]:
        """``plan_rows.owned_by(member, doc)``, from one pass over the stakeholders for
        every member: the names of those whose owner on our side is ``member``."""
        owners: dict[str, list[str]] = self._table(doc, ("owners",), _owners)
        return owners.get(member.name, [])


def _owners(doc: AccountFile) -> dict[str, list[str]]:
    owners: dict[str, list[str]] = {}
    for person in doc.stakeholders:
        owners.setdefault((person.our_owner or "").strip(), []).append(person.name)
    return owners


def _is_open_risk(risk: Any) -> bool:
    return risk.status != RiskStatus.CLOSED


def _risk_score(risk: Any, _doc: AccountFile) -> str:
    return "" if risk.score is None else str(risk.score)


def _owns_text(owned: Sequence[str]) -> str:
    return f"{len(owned)}: " + ", ".join(owned) if owned else QCoreApplication.translate(
        "PlanTab", "nobody yet")


def locate(entries: Sequence[Any], row: int, original: Any) -> int:
    """Where an entry shown as ``original`` (at ``row``) is now: found by its id if it
    has one, else by its content. An edit applied there changes what the user saw,
    not whatever moved into its row meanwhile."""
    key = getattr(original, "id", None)
    if key is not None:
        found = next((i for i, e in enumerate(entries) if e.id == key), None)
    elif 0 <= row < len(entries) and entries[row] == original:
        found = row
    else:
        found = next((i for i, e in enumerate(entries) if e == original), None)
    if found is None:
        raise InvalidInput("plan", [Problem("", QCoreApplication.translate(
            "PlanTab",
            "the entry was changed or removed meanwhile, so this edit was not applied"))])
    return found


def _due_text(day: dt.date | None, late: bool, word: str) -> str:
    """A date, and what is wrong with it in words too (colour alone is missed)."""
    if day is None:
        return ""
    return f"{day.isoformat()} · {word}" if late else day.isoformat()


def _number(value: float) -> str:
    """A number as the user's locale writes it, as the table's own cells do."""
    return display_locale().toString(float(value), "f", decimals_needed(value, 2))


def _ordinal(day: dt.date | None) -> float | None:
    return None if day is None else float(day.toordinal())


class PlanTab(QWidget):
    #: ((account before, account after), undo text)
    editRequested = Signal(object, str)
    errorRaised = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc: AccountFile | None = None
        self._stale = False
        #: the id of the account shown: after an edit of the same account the current
        #: cells stay, another account starts with nothing selected
        self._shown: str | None = None
        #: the stored account, fetched fresh for every edit (set by the main window)
        self.fetch: Callable[[], AccountFile | None] = lambda: self.doc
        #: injectable for tests: what counts as overdue, and the date of new entries
        self.today: Callable[[], dt.date] = dt.date.today
        #: the accounts' kept versions, for "Changes since the previous review" and an
        #: agenda filled from them (set by the main window; None: not shown)
        self.timeline: Timeline | None = None
        #: the database is read-only (a read-only role on a server): set by the window
        self.locked = False
        #: the scoring settings health moves are judged by (set by the main window)
        self.scoring: Callable[[], ScoringSettings] = ScoringSettings
        self._history: ReviewHistory | None = None
        #: the review changes shown are out of date (computed when the page is seen)
        self._changes_stale = True
        #: edits waiting for their editor to close (see requests.Pending)
        self.pending = Pending(self)
        #: names by id and the like, built once per document for all rows
        self.tables = DocumentTables()
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.sections: dict[str, SectionPage] = {}
        self._build_insights()
        self._build_objectives()
        self._build_revenue()
        self._build_risks()
        self._build_actions()
        self._build_team()
        self._build_reviews()
        self._build_kpis()
        self._build_interactions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    # -- construction ----------------------------------------------------------------
    def _page(self, section: str, title: str, entries: Entries, columns: list[Column],
              defaults: Callable[[], dict[str, Any]], hint: str = "") -> SectionPage:
        if section in plan_edits.SHAREABLE:
            columns = _shared_column(columns)
        model = SectionModel(section, columns, self)
        model.pending = self.pending
        page = SectionPage(model, entries.words, hint)
        model.editRequested.connect(
            lambda req, p=page: self._edit(
                p, lambda d: plan_edits.update_item(
                    d, section, locate(getattr(d, section), req.row, req.original),
                    req.changes),
                entries.edit, req.account))
        page.addRequested.connect(
            lambda p=page: self._add(p, section, defaults(), entries.words.add))
        page.removeRequested.connect(
            lambda rows, p=page: self._remove(p, section, rows, entries.remove))
        if entries.share is not None and entries.unshare is not None:
            share, unshare = entries.share, entries.unshare
            page.shareRequested.connect(
                lambda rows, shared, p=page: self.share(
                    p, section, rows, shared, share if shared else unshare))
        if section in plan_edits.SHAREABLE:
            _show_at(page, SHARED, 0)
        self.sections[section] = page
        self.pages.addTab(page, title)
        return page

    def _build_insights(self) -> None:
        self._page("insights", self.tr("Insight"), Entries(
            Words(self.tr("Add insight"), self.tr("Select an insight to see and edit this.")),
            self.tr("Edit insight"),
            lambda n: (self.tr("Remove insight") if n == 1
                       else self.tr("Remove %n × insight", "", n)),
            lambda n: (self.tr("Share insight with customer") if n == 1
                       else self.tr("Share %n × insight with customer", "", n)),
            lambda n: (self.tr("Stop sharing insight") if n == 1
                       else self.tr("Stop sharing %n × insight", "", n))), [
            Column("kind", self.tr("Kind"), "choice", vocabulary(InsightKind), required=True),
            Column("text", self.tr("What and why"), "long",
                   tip=self.tr("What the customer is trying to do, and why")),
            Column("confirmed", self.tr("Confirmed"), "bool",
                   tip=self.tr("The customer confirmed this (not just our assumption)")),
            Column("value_proposition", self.tr("Our value proposition"), "long"),
        ], lambda: {"kind": "goal", "text": self.tr("New insight")},
            self.tr("The customer's goals, pressures and initiatives, and what we offer "
                    "against each. Tick Confirmed once the customer has said so."))

    def _build_objectives(self) -> None:
        page = self._page("objectives", self.tr("Objectives"), Entries(
            Words(self.tr("Add objective"),
                  self.tr("Select an objective to see and edit this.")),
            self.tr("Edit objective"),
            lambda n: (self.tr("Remove objective") if n == 1
                       else self.tr("Remove %n × objective", "", n)),
            lambda n: (self.tr("Share objective with customer") if n == 1
                       else self.tr("Share %n × objective with customer", "", n)),
            lambda n: (self.tr("Stop sharing objective") if n == 1
                       else self.tr("Stop sharing %n × objective", "", n))), [
            Column("title", self.tr("Objective")), Column("measure", self.tr("Measure")),
            Column("target_value", self.tr("Target"), "number"),
            Column("target_date", self.tr("By"), "date"),
            Column("owner", self.tr("Owner"), "choice", team),
            Column("status", self.tr("Status"), "choice", vocabulary(ObjectiveStatus)),
            Column("milestones", self.tr("Milestones"), "computed",
                   show=lambda o, _d: plan_rows.milestone_progress(o, self.today()),
                   sort=lambda o, _d: _ordinal(plan_rows.next_milestone(o))),
            Column("notes", self.tr("Notes"), "long", hidden=True),
        ], lambda: {"title": self.tr("New objective"), "status": "planned"})
        self.milestones = SectionModel("milestones", [
            Column("title", self.tr("Milestone")),
            Column("due", self.tr("Due"), "date", show=lambda m, _d: _due_text(
                m.due, bool(plan_rows.overdue_milestones([m], self.today())),
                self.tr("overdue"))),
            Column("done", self.tr("Done"), "bool")], self,
            items_of=self._selected_milestones,
            parent_of=lambda d: self._selected_entry(d, "objectives"))
        self.milestones.pending = self.pending
        self.milestones.row_colour = lambda m: (
            DONE if m.done else OVERDUE if plan_rows.overdue_milestones([m], self.today())
            else None)
        self.milestone_page = SectionPage(
            self.milestones, Words(self.tr("Add milestone"), ""),
            self.tr("Select an objective to see its milestones."))
        self.milestones.modelReset.connect(self._name_milestones)
        self.milestones.editRequested.connect(self._edit_milestone)
        self.milestone_page.addRequested.connect(self._add_milestone)
        self.milestone_page.removeRequested.connect(self._remove_milestones)
        page.add_side(self.milestone_page, 2)
        page.table.selectionModel().currentRowChanged.connect(
            lambda *_: self.milestones.load(self.doc))

    def _build_revenue(self) -> None:
        page = self._page("revenue_plan", self.tr("Revenue"), Entries(
            Words(self.tr("Add quarter"), ""),
            self.tr("Edit quarter"),
            lambda n: (self.tr("Remove quarter") if n == 1
                       else self.tr("Remove %n × quarter", "", n)),
            lambda n: (self.tr("Share quarter with customer") if n == 1
                       else self.tr("Share %n × quarter with customer", "", n)),
            lambda n: (self.tr("Stop sharing quarter") if n == 1
                       else self.tr("Stop sharing %n × quarter", "", n))), [
            Column("year", self.tr("Year"), "int", low=1990, high=2200),
            Column("quarter", self.tr("Quarter"), "int", low=1, high=4),
            Column("planned", self.tr("Planned"), "number"),
            Column("actual", self.tr("Actual"), "number"),
            Column("variance", self.tr("Actual − planned"), "computed", numeric=True,
                   show=lambda q, _d: plan_rows.variance_text(q, _number),
                   sort=lambda q, _d: plan_rows.variance(q)),
        ], self._next_quarter, self.tr("Planned and actual revenue per quarter, in the "
                                       "account's currency."))
        add_year = QPushButton(self.tr("Add a year"))
        add_year.setToolTip(self.tr("The four quarters of the year after the last one "
                                    "planned"))
        add_year.clicked.connect(self.add_revenue_year)
        page.buttons.insertWidget(2, add_year)
        self.revenue_totals = QLabel()
        self.revenue_totals.setWordWrap(True)
        self.revenue_totals.setTextFormat(Qt.TextFormat.PlainText)
        layout = page.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(page.body), self.revenue_totals)
        self.revenue_chart = RevenueChart()
        page.add_side(self.revenue_chart, 2)

    def _build_risks(self) -> None:
        page = self._page("risks", self.tr("Risks"), Entries(
            Words(self.tr("Add risk"), self.tr("Select a risk to see and edit this.")),
            self.tr("Edit risk"),
            lambda n: (self.tr("Remove risk") if n == 1
                       else self.tr("Remove %n × risk", "", n)),
            lambda n: (self.tr("Share risk with customer") if n == 1
                       else self.tr("Share %n × risk with customer", "", n)),
            lambda n: (self.tr("Stop sharing risk") if n == 1
                       else self.tr("Stop sharing %n × risk", "", n))), [
            Column("title", self.tr("Risk")),
            Column("category", self.tr("Category"), "choice", vocabulary(RiskCategory)),
            Column("likelihood", self.tr("Likelihood"), "int", low=1, high=5,
                   tip=self.tr("1 rare … 5 almost certain")),
            Column("impact", self.tr("Impact"), "int", low=1, high=5,
                   tip=self.tr("1 minor … 5 severe")),
            Column("score", self.tr("Score"), "computed", show=_risk_score, numeric=True,
                   sort=lambda r, _d: r.score,
                   tip=self.tr("Likelihood × impact; 15 or more is high")),
            Column("mitigation", self.tr("Mitigation"), "long", hidden=True),
            Column("owner", self.tr("Owner"), "choice", team),
            Column("escalation", self.tr("Escalation"), "choice", vocabulary(Escalation)),
            Column("status", self.tr("Status"), "choice", vocabulary(RiskStatus)),
            Column("internal", self.tr("Internal"), "bool",
                   tip=self.tr("Internal only: never in material for the customer")),
            Column("notes", self.tr("Notes"), "long", hidden=True),
        ], lambda: {"title": self.tr("New risk"), "status": "open"})
        page.model.row_colour = lambda r: (
            OVERDUE if _is_open_risk(r) and (r.likelihood or 0) * (r.impact or 0) >= HIGH_RISK
            else DONE if not _is_open_risk(r) else None)
        self.heat_map = RiskHeatMap()
        self.heat_map.cellClicked.connect(self._select_risks)
        page.add_side(self.heat_map, 1)

    def _build_actions(self) -> None:
        page = self._page("actions", self.tr("Actions"), Entries(
            Words(self.tr("Add action"), self.tr("Select an action to see and edit this.")),
            self.tr("Edit action"),
            lambda n: (self.tr("Remove action") if n == 1
                       else self.tr("Remove %n × action", "", n)),
            lambda n: (self.tr("Share action with customer") if n == 1
                       else self.tr("Share %n × action with customer", "", n)),
            lambda n: (self.tr("Stop sharing action") if n == 1
                       else self.tr("Stop sharing %n × action", "", n))), [
            Column("title", self.tr("Action")),
            Column("owner", self.tr("Who"), "choice", team),
            Column("due", self.tr("Due"), "date", show=lambda a, _d: _due_text(
                a.due, is_overdue(a, self.today()), self.tr("overdue"))),
            Column("status", self.tr("Status"), "choice", vocabulary(ActionStatus)),
            Column("objective", self.tr("Objective"), "choice", objectives),
            Column("risk", self.tr("Risk"), "choice", risks),
            Column("stakeholder", self.tr("Stakeholder"), "choice", people),
            Column("notes", self.tr("Notes"), "long", hidden=True),
        ], lambda: {"title": self.tr("New action"), "status": "open"},
            self.tr("Overdue actions are red and say so; done and cancelled ones grey."))
        page.model.row_colour = self._action_colour

    def _build_team(self) -> None:
        self._page("team", self.tr("Team"), Entries(
            Words(self.tr("Add team member"),
                  self.tr("Select a team member to see and edit this.")),
            self.tr("Edit team member"),
            lambda n: (self.tr("Remove team member") if n == 1
                       else self.tr("Remove %n × team member", "", n)),
            lambda n: (self.tr("Share team member with customer") if n == 1
                       else self.tr("Share %n × team member with customer", "", n)),
            lambda n: (self.tr("Stop sharing team member") if n == 1
                       else self.tr("Stop sharing %n × team member", "", n))), [
            Column("name", self.tr("Name")),
            Column("role", self.tr("Role"), "choice", vocabulary(TeamRole)),
            Column("email", self.tr("E-mail")),
            Column("owns", self.tr("Owns (stakeholders)"), "computed",
                   show=lambda m, d: _owns_text(self.tables.owned(d, m)),
                   sort=lambda m, d: len(self.tables.owned(d, m)),
                   tip=self.tr("Stakeholders whose owner on our side is this person (set "
                               "on the stakeholder map)")),
            Column("notes", self.tr("Notes"), "long", hidden=True),
        ], lambda: {"name": self.tr("New team member")},
            self.tr("Our account team. Who owns which stakeholder is set on the stakeholder "
                    "map (\"Owner on our side\") and feeds its coverage."))

    def _build_reviews(self) -> None:
        page = self._page("reviews", self.tr("Reviews"), Entries(
            Words(self.tr("Add review"), self.tr("Select a review to see and edit this.")),
            self.tr("Edit review"),
            lambda n: (self.tr("Remove review") if n == 1
                       else self.tr("Remove %n × review", "", n)),
            lambda n: (self.tr("Share review with customer") if n == 1
                       else self.tr("Share %n × review with customer", "", n)),
            lambda n: (self.tr("Stop sharing review") if n == 1
                       else self.tr("Stop sharing %n × review", "", n))), [
            Column("date", self.tr("Date"), "date", show=lambda r, _d: _due_text(
                r.date, self._review_missed(r), self.tr("not marked held"))),
            Column("title", self.tr("Review")),
            Column("held", self.tr("Held"), "bool"),
            Column("attendees", self.tr("Attendees"), "computed",
                   show=lambda r, d: ", ".join(filter(None, [
                       self.tables.names(d, "team", r.our_attendees),
                       self.tables.names(d, "stakeholders", r.their_attendees)]))),
            Column("agenda", self.tr("Agenda"), "long", hidden=True),
            Column("notes", self.tr("Notes"), "long", hidden=True),
            Column("decisions", self.tr("Decisions"), "long", hidden=True),
            Column("follow_ups", self.tr("Follow-up actions"), "computed",
                   show=lambda r, d: self.tables.names(d, "actions", r.follow_ups, "title")),
        ], lambda: {"date": self.today().isoformat(), "title": self.tr("Account review"),
                    **self._prepared_agenda()},
            self.tr("Account reviews, quarterly by default. Export the schedule to any "
                    "calendar. A past review not marked held is red. A new review's agenda "
                    "starts with the significant changes since the last one held."))
        page.model.row_colour = lambda r: OVERDUE if self._review_missed(r) else None
        schedule = QPushButton(self.tr("Schedule quarterly"))
        schedule.setToolTip(self.tr("Add four reviews, three months apart, after the last "
                                    "one"))
        schedule.clicked.connect(self.schedule_reviews)
        people_button = QPushButton(self.tr("Attendees && follow-ups…"))
        people_button.clicked.connect(self.pick_review_people)
        follow_up = QPushButton(self.tr("New follow-up"))
        follow_up.setToolTip(self.tr("An action agreed at the selected review, due two weeks "
                                     "after it; edit it on the Actions page"))
        follow_up.clicked.connect(self.add_follow_up)
        self.export_ics = QPushButton(self.tr("Export .ics…"))
        self.export_ics.setToolTip(self.tr("Export the review schedule as an iCalendar file "
                                           "for any calendar"))
        self.export_ics.clicked.connect(self.export_calendar)
        extra = QHBoxLayout()  # a second row: one row of five buttons is too wide
        for button in (people_button, follow_up, schedule, self.export_ics):
            extra.addWidget(button)
        extra.addStretch(1)
        layout = page.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(2, extra)
        self.review_changes = ChangesBox()
        layout.addWidget(self.review_changes)
        self.review_changes.fillRequested.connect(self.fill_agenda)
        page.table.selectionModel().currentRowChanged.connect(
            lambda *_: self._show_review_changes())
        self.pages.currentChanged.connect(lambda *_: self._show_review_changes(lazy=True))

    def _build_kpis(self) -> None:
        page = self._page("kpis", self.tr("KPIs"), Entries(
            Words(self.tr("Add KPI"), ""),
            self.tr("Edit KPI"),
            lambda n: (self.tr("Remove KPI") if n == 1
                       else self.tr("Remove %n × KPI", "", n)),
            lambda n: (self.tr("Share KPI with customer") if n == 1
                       else self.tr("Share %n × KPI with customer", "", n)),
            lambda n: (self.tr("Stop sharing KPI") if n == 1
                       else self.tr("Stop sharing %n × KPI", "", n))), [
            Column("name", self.tr("KPI")), Column("unit", self.tr("Unit")),
            Column("target", self.tr("Target"), "number"),
            Column("higher_is_better", self.tr("Higher is better"), "bool"),
            Column("latest", self.tr("Latest"), "computed",
                   show=lambda k, _d: plan_rows.latest_text(k, self.today(), _number),
                   sort=lambda k, _d: _ordinal(getattr(
                       plan_rows.latest_value(k, self.today()), "date", None))),
            Column("attainment", self.tr("Attainment"), "computed",
                   show=lambda k, _d: plan_rows.attainment_text(k, self.today()),
                   sort=lambda k, _d: plan_rows.attainment(k, self.today()),
                   tip=self.tr("The latest value against the target, as health counts it: "
                               "\"met\" at or beyond the target")),
        ], lambda: {"name": self.tr("New KPI")})
        self.kpi_values = SectionModel("values", [
            Column("date", self.tr("Date"), "date"),
            Column("value", self.tr("Value"), "number")], self,
            items_of=self._selected_kpi_values,
            parent_of=lambda d: self._selected_entry(d, "kpis"))
        self.kpi_values.pending = self.pending
        self.kpi_values_page = SectionPage(self.kpi_values, Words(self.tr("Add value"), ""))
        self.kpi_values.editRequested.connect(self._edit_kpi_value)
        self.kpi_values_page.addRequested.connect(self._add_kpi_value)
        self.kpi_values_page.removeRequested.connect(self._remove_kpi_values)
        self.kpi_chart = KpiChart()
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.kpi_chart, 1)
        side_layout.addWidget(self.kpi_values_page, 1)
        page.add_side(side, 2)
        page.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_kpi())

    def _build_interactions(self) -> None:
        def remove(n: int) -> str:
            return (self.tr("Remove interaction") if n == 1
                    else self.tr("Remove %n × interaction", "", n))

        page = self._page("interactions", self.tr("Interactions"), Entries(
            Words(self.tr("Add interaction"),
                  self.tr("Select an interaction to see and edit this.")),
            self.tr("Edit interaction"), remove), [
            Column("date", self.tr("Date"), "date"),
            Column("stakeholder", self.tr("With"), "choice", people),
            Column("channel", self.tr("Channel"), "choice", vocabulary(Channel)),
            Column("summary", self.tr("Summary"), "long"),
            Column("participants", self.tr("Also present"), "computed",
                   show=lambda i, d: self.tables.names(d, "stakeholders", i.participants)),
        ], lambda: {"date": self.today().isoformat(), "channel": "meeting"},
            self.tr("Every contact with the customer. Logging one updates the last contact "
                    "on the map of everyone in it."))
        present = QPushButton(self.tr("People present…"))
        present.setToolTip(self.tr("Tick everyone of theirs who took part besides the main "
                                   "person"))
        present.clicked.connect(self.pick_participants)
        page.buttons.insertWidget(2, present)
        page.addRequested.disconnect()
        page.addRequested.connect(self._add_interaction)
        page.removeRequested.disconnect()
        page.removeRequested.connect(lambda rows: rows and self._edit(
            page, lambda d: plan_edits.remove_interactions(d, rows, self.today()),
            remove(len(rows))))
        page.model.editRequested.disconnect()
        page.model.editRequested.connect(lambda req: self._edit(
            page, lambda d: plan_edits.update_interaction(
                d, locate(d.interactions, req.row, req.original), req.changes, self.today()),
            self.tr("Edit interaction"), req.account))
        page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first

    # -- showing ---------------------------------------------------------------------
    def load(self, doc: AccountFile | None) -> None:
        """Show an account; computed now if on screen, else when next shown."""
        self.doc = doc
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._stale = False
        doc = self.doc
        key = doc.account.id if doc is not None else None
        same = key is not None and key == self._shown
        self._shown = key
        for page in (*self.sections.values(), self.milestone_page, self.kpi_values_page):
            page.reload(doc, same)
            if not same and page in self.sections.values():
                page.hint.setText(page.default_hint)  # e.g. "Exported … to …" is gone
                page.hint.setVisible(bool(page.default_hint))
        self._show_kpi(reload_values=False)
        self.revenue_chart.set_quarters(
            [(self.tr("Q{quarter}'{year}").format(quarter=r.quarter, year=str(r.year)[2:]),
              r.planned, r.actual)
             for r in sorted(doc.revenue_plan, key=lambda r: (r.year, r.quarter))]
            if doc else [], doc.account.currency if doc else None)
        open_risks = [r for r in (doc.risks if doc else []) if _is_open_risk(r)]
        self.heat_map.set_risks(
            [(r.likelihood, r.impact, r.title) for r in open_risks
             if r.likelihood and r.impact],
            unrated=sum(1 for r in open_risks if not (r.likelihood and r.impact)))
        self.export_ics.setEnabled(bool(doc and doc.reviews))
        self._changes_stale = True
        self._show_review_changes(lazy=True)
        self.revenue_totals.setText(plan_rows.year_totals_text(
            doc.revenue_plan, doc.account.currency, money) if doc else "")

    def _review_missed(self, review: Any) -> bool:
        return not review.held and review.date < self.today()

    def _name_milestones(self) -> None:
        row = self._selected("objectives")
        doc = self.doc
        self.milestone_page.hint.setText(
            self.tr("Milestones of “{objective}”").format(objective=doc.objectives[row].title)
            if doc is not None and 0 <= row < len(doc.objectives)
            else self.tr("Select an objective to see its milestones."))

    def _action_colour(self, action: Any) -> QColor | None:
        if not is_open(action):
            return DONE
        if is_overdue(action, self.today()):
            return OVERDUE
        return None

    def _show_kpi(self, reload_values: bool = True) -> None:
        if reload_values:  # another KPI selected (a refresh has reloaded them already)
            self.kpi_values.load(self.doc)
        row = self.sections["kpis"].current_row()
        if self.doc is None or not 0 <= row < len(self.doc.kpis):
            self.kpi_chart.set_series("", [], None)
            return
        kpi = self.doc.kpis[row]
        unit = f" ({kpi.unit})" if kpi.unit else ""
        self.kpi_chart.set_series(f"{kpi.name}{unit}", [(v.date, v.value) for v in kpi.values],
                                  kpi.target)

    # -- editing -----------------------------------------------------------------------
    def _edit(self, page: SectionPage, make: Callable[[AccountFile], AccountFile],
              text: str, account: str | None = None) -> bool:
        """Apply ``make`` to the stored account as one undoable edit; ``account``: the
        account the edit was typed in (an edit must never land in another one)."""
        if account is not None and (self.doc is None or self.doc.account.id != account):
            log.warning("dropped %r typed in account %s: another account is shown now",
                        text, account)
            return False
        before = self.fetch()
        if before is None:
            return False
        try:
            after = make(before)
        except InvalidInput as err:
            page.show_error(self.tr("{edit}: not saved. {reasons}").format(
                edit=text, reasons="; ".join(
                    self._describe(page, problem) for problem in err.problems)))
            return False
        page.show_error(None)
        if after == before:  # e.g. OK in a dialog without a change: no empty undo step
            return False
        self.editRequested.emit((before, after), text)
        return True

    def _describe(self, page: SectionPage, problem: Problem) -> str:
        """A refusal in the table's words: "Objective: cannot be empty", not
        "objectives[0].title: input should be a valid string (got null)"."""
        message = (self.tr("cannot be empty") if problem.message in EMPTY_WORDS
                   else problem.message)
        field = problem.path.rpartition(".")[2]
        pages = [page, self.milestone_page, self.kpi_values_page]
        title = next((c.title for p in pages for c in p.model.columns if c.field == field),
                     None)
        if title is None or not FIELD_PATH.fullmatch(problem.path):
            title = problem.path
        return self.tr("{field}: {message}").format(field=title, message=message) \
            if title else message

    def commit_pending(self) -> None:
        """Save what is being typed (a cell, a detail box) now: before another account
        is shown, undo, the portfolio, an export or closing."""
        for page in (*self.sections.values(), self.milestone_page, self.kpi_values_page):
            page.commit_pending()
        self.pending.flush()

    def _remove(self, page: SectionPage, section: str, rows: list[int],
                text_of: Callable[[int], str]) -> None:
        """Remove the entries at ``rows``; ``text_of``: the undo text for that many."""
        if not rows:
            return
        freed = 0
        if section == "team" and self.doc is not None:  # their stakeholders lose an owner
            names = {self.doc.team[r].name for r in rows if 0 <= r < len(self.doc.team)}
            freed = sum(1 for s in self.doc.stakeholders if (s.our_owner or "").strip()
                        in names)
        if self._edit(page, lambda d: plan_edits.remove_items(d, section, rows),
                      text_of(len(rows))) and freed:
            # English has no catalogue of its own: its singular is a message of its own;
            # every other count takes the language's plural forms
            page.hint.setText(
                self.tr("1 stakeholder no longer has an owner on our side: give them one on "
                        "the map (Ctrl+Z undoes the removal).") if freed == 1
                else self.tr("%n stakeholders no longer have an owner on our side: give them "
                             "one on the map (Ctrl+Z undoes the removal).", "", freed))
            page.hint.show()

    def share(self, page: SectionPage, section: str, rows: list[int], shared: bool,
              text_of: Callable[[int], str]) -> bool:
        """Share the entries at ``rows`` with the customer (or stop sharing them) as one
        undoable edit; each undo puts back every entry's own flag. Internal risks stay
        unshared, and the page says how many were left out. ``text_of``: the undo text
        for that many entries ("Share 3 × risk with customer")."""
        self.pending.flush()  # what was typed before the click lands first
        doc = self.doc
        if doc is None or not rows:
            return False
        entries = getattr(doc, section)
        shown = [(row, entries[row]) for row in rows if 0 <= row < len(entries)]
        text = text_of(len(shown))

        def make(d: AccountFile) -> AccountFile:
            items = getattr(d, section)
            return plan_edits.set_shared(
                d, section, [locate(items, row, entry) for row, entry in shown], shared)

        done = self._edit(page, make, text, doc.account.id)
        internal = sum(1 for _row, entry in shown if plan_edits.unshareable(entry))
        if shared and internal:
            page.hint.setText(
                self.tr("1 internal risk stays unshared: internal risks never reach the "
                        "customer (to share one, untick Internal first).") if internal == 1
                else self.tr("%n internal risks stay unshared: internal risks never reach "
                             "the customer (to share one, untick Internal first).", "",
                             internal))
            page.hint.show()
        return done

    def _add(self, page: SectionPage, section: str, values: dict[str, Any], text: str
             ) -> None:
        if self._edit(page, lambda d: plan_edits.add_item(d, section, values)[0], text):
            self._edit_new_row(page)

    @staticmethod
    def _edit_new_row(page: SectionPage) -> None:
        """Select the entry just added (the last one) and open its first editable cell."""
        row = page.model.rowCount() - 1
        column = next((i for i, c in enumerate(page.model.columns)
                       if c.kind not in ("computed", "long", "bool")), 0)
        index = page.view_index(row, column)
        page.table.setCurrentIndex(index)
        page.table.scrollTo(index)
        page.table.edit(index)

    def _next_quarter(self) -> dict[str, Any]:
        plan = self.doc.revenue_plan if self.doc else []
        if not plan:
            today = self.today()
            return {"year": today.year, "quarter": (today.month - 1) // 3 + 1}
        last = max(plan, key=lambda r: (r.year, r.quarter))
        return ({"year": last.year + 1, "quarter": 1} if last.quarter == 4
                else {"year": last.year, "quarter": last.quarter + 1})

    def _add_interaction(self) -> None:
        page = self.sections["interactions"]
        if self._edit(page, lambda d: plan_edits.add_interaction(
                d, {"date": self.today(), "channel": "meeting"}, self.today())[0],
                self.tr("Log interaction")):
            self._edit_new_row(page)

    # nested lists: an objective's milestones, a KPI's values
    def _selected(self, section: str) -> int:
        return self.sections[section].current_row()

    def _selected_milestones(self, doc: AccountFile) -> Sequence[Any]:
        row = self._selected("objectives")
        return doc.objectives[row].milestones if 0 <= row < len(doc.objectives) else []

    def _selected_kpi_values(self, doc: AccountFile) -> Sequence[Any]:
        row = self._selected("kpis")
        return doc.kpis[row].values if 0 <= row < len(doc.kpis) else []

    def _selected_entry(self, doc: AccountFile, section: str) -> Any:
        row = self._selected(section)
        entries = getattr(doc, section)
        return entries[row] if 0 <= row < len(entries) else None

    def _nested_edit(self, section: str, field: str, req: EditRequest, page: SectionPage,
                     text: str, check: Callable[[dict[str, Any]], None] | None = None,
                     ) -> None:
        """An edit of one entry of a nested list (a milestone, a KPI value), applied to
        the objective or KPI it was typed under, whichever is selected by then."""

        def make(doc: AccountFile) -> AccountFile:
            owners = getattr(doc, section)
            at = locate(owners, -1, req.parent)
            items = getattr(owners[at], field)
            index = locate(items, req.row, req.original)
            entries = [e.model_dump(mode="json") for e in items]
            entries[index] = {**entries[index], **req.changes}
            if check is not None:
                check(entries[index])
            if field == "values":  # a KPI's values in date order, as the chart reads them
                entries.sort(key=lambda v: str(v.get("date")))
            return plan_edits.update_item(doc, section, at, {field: entries})

        self._edit(page, make, text, req.account)

    def _nested(self, section: str, field: str, text: str, page: SectionPage,
                change: Callable[[list[dict[str, Any]]], list[dict[str, Any]]]) -> None:
        row = self._selected(section)
        if row < 0:
            page.show_error(self.tr("Select an objective first.") if section == "objectives"
                            else self.tr("Select a KPI first."))
            return

        def make(doc: AccountFile) -> AccountFile:
            entries = [e.model_dump(mode="json")
                       for e in getattr(getattr(doc, section)[row], field)]
            return plan_edits.update_item(doc, section, row, {field: change(entries)})

        self._edit(page, make, text)

    def _edit_milestone(self, req: EditRequest) -> None:
        self._nested_edit("objectives", "milestones", req, self.milestone_page,
                          self.tr("Edit milestone"))

    def _add_milestone(self) -> None:
        title = self.tr("New milestone")
        self._nested("objectives", "milestones", self.tr("Add milestone"),
                     self.milestone_page, lambda ms: [*ms, {"title": title}])

    def _remove_milestones(self, rows: list[int]) -> None:
        text = (self.tr("Remove milestone") if len(rows) == 1
                else self.tr("Remove %n × milestone", "", len(rows)))
        self._nested("objectives", "milestones", text, self.milestone_page,
                     lambda ms: [m for i, m in enumerate(ms) if i not in rows])

    def _edit_kpi_value(self, req: EditRequest) -> None:
        today = self.today()

        def measured(value: dict[str, Any]) -> None:
            day = value.get("date")
            if isinstance(day, str) and day > today.isoformat():  # ISO dates sort as text
                raise InvalidInput("KPI value", [Problem("date", self.tr(
                    "{day} is in the future: a value is entered once measured").format(
                        day=day))])

        self._nested_edit("kpis", "values", req, self.kpi_values_page,
                          self.tr("Edit KPI value"), measured)

    def _add_kpi_value(self) -> None:
        """Ask for the measurement (date and value): nothing is made up."""
        row = self._selected("kpis")
        if self.doc is None or not 0 <= row < len(self.doc.kpis):
            self.kpi_values_page.show_error(self.tr("Select a KPI first."))
            return
        kpi = self.doc.kpis[row]
        dialog = KpiValueDialog(kpi.name, kpi.unit, self.today(),
                                {v.date for v in kpi.values}, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.value is None:
            return
        day, value = dialog.day, dialog.value
        self._nested("kpis", "values", self.tr("Add KPI value"), self.kpi_values_page,
                     lambda vs: sorted([*vs, {"date": day.isoformat(), "value": value}],
                                       key=lambda v: v["date"]))

    def _remove_kpi_values(self, rows: list[int]) -> None:
        text = (self.tr("Remove KPI value") if len(rows) == 1
                else self.tr("Remove %n × KPI value", "", len(rows)))
        self._nested("kpis", "values", text, self.kpi_values_page,
                     lambda vs: [v for i, v in enumerate(vs) if i not in rows])

    # reviews
    def schedule_reviews(self) -> None:
        """Four quarterly reviews after the last one (or from today)."""
        doc = self.doc
        if doc is None:
            return
        future = [r.date for r in doc.reviews if r.date >= self.today()]
        last = max(future, default=None)
        first = self.today() + dt.timedelta(days=7) if last is None else \
            _months_later(last, 3)
        self._edit(self.sections["reviews"],
                   lambda d: plan_edits.schedule_reviews(d, first, count=4),
                   self.tr("Schedule quarterly reviews"))

    def _review_history(self) -> ReviewHistory | None:
        if self.timeline is None:
            return None
        if self._history is None or self._history.timeline is not self.timeline:
            self._history = ReviewHistory(self.timeline)
        return self._history

    def review_changes_of(self, review: Any) -> ReviewChanges | None:
        """What changed before ``review`` (None: a review prepared today); None when the
        history cannot be read."""
        history = self._review_history()
        doc = self.doc
        if history is None or doc is None:
            return None
        try:
            return history.for_review(doc, review, self.today(), self.scoring())
        except RapportError as err:  # a damaged old version: the rest of the page works
            log.warning("changes before review of %s not read: %s", doc.account.id, err)
            return None

    def _show_review_changes(self, lazy: bool = False) -> None:
        """The selected review's changes; ``lazy``: only if the Reviews page is shown
        (else when it next is)."""
        page = self.sections["reviews"]
        if lazy and (self.pages.currentWidget() is not page or not self._changes_stale):
            return
        self._changes_stale = False
        row = page.current_row()
        doc = self.doc
        review = doc.reviews[row] if doc is not None and 0 <= row < len(doc.reviews) else None
        found = self.review_changes_of(review) if review is not None else None
        self.review_changes.show_changes(found, unavailable=(
            review is not None and found is None) or self.timeline is None)
        self.review_changes.fill.setEnabled(bool(
            not self.locked and review is not None and not review.held and found is not None
            and any(c.weight >= 2 for c in found.found)))

    def _more_changes(self, n: int) -> str:
        return self.tr("• … and %n more (see the changes below the agenda)", "", n)

    def _prepared_agenda(self) -> dict[str, str]:
        """A new review's agenda: the significant changes since the last review held."""
        found = self.review_changes_of(None)
        text = found.agenda(self._more_changes) if found is not None else ""
        return {"agenda": text} if text else {}

    def fill_agenda(self) -> bool:
        """Put the significant changes before the selected review in its agenda, as one
        undoable edit; text already there stays (the lines go below it, once the user
        agreed)."""
        page = self.sections["reviews"]
        page.commit_pending()  # what is typed in the agenda is saved first
        self.pending.flush()
        doc = self.fetch()
        row = page.current_row()
        if doc is None or not 0 <= row < len(doc.reviews):
            page.show_error(self.tr("Select a review first."))
            return False
        review = doc.reviews[row]
        found = self.review_changes_of(review)
        text = found.agenda(self._more_changes) if found is not None else ""
        if not text:
            page.show_error(self.tr("No significant changes to put in the agenda."))
            return False
        typed = (review.agenda or "").rstrip()
        if typed:
            answer = QMessageBox.question(
                self, self.tr("Fill agenda from changes"),
                plain(self.tr("The agenda already has text. Add the changes below it?")),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return False
            text = f"{typed}\n{text}"
        return self._edit(page, lambda d: plan_edits.update_item(
            d, "reviews", locate(d.reviews, row, review), {"agenda": text}),
            self.tr("Fill agenda from changes"), doc.account.id)

    def add_revenue_year(self) -> None:
        doc = self.doc
        if doc is None:
            return
        last = max((q.year for q in doc.revenue_plan), default=self.today().year - 1)
        self._edit(self.sections["revenue_plan"], lambda d: plan_edits.add_year(d, last + 1),
                   self.tr("Add revenue plan {year}").format(year=last + 1))

    def add_follow_up(self) -> None:
        page = self.sections["reviews"]
        row = page.current_row()
        doc = self.doc
        if doc is None or not 0 <= row < len(doc.reviews):
            page.show_error(self.tr("Select a review first."))
            return
        due = max(doc.reviews[row].date, self.today()) + dt.timedelta(days=14)
        review = doc.reviews[row].title
        title = (self.tr("Follow-up of {review}").format(review=review) if review
                 else self.tr("Follow-up of the review"))
        if self._edit(page, lambda d: plan_edits.add_follow_up(
                d, row, {"title": title, "status": "open", "due": due.isoformat()})[0],
                self.tr("New follow-up action")):
            actions = self.sections["actions"]
            self.pages.setCurrentWidget(actions)
            self._edit_new_row(actions)

    def pick_participants(self) -> None:
        page = self.sections["interactions"]
        row = page.current_row()
        doc = self.doc
        if doc is None or not 0 <= row < len(doc.interactions):
            page.show_error(self.tr("Select an interaction first."))
            return
        entry = doc.interactions[row]
        others = [(name, key) for name, key in people(doc) if key != entry.stakeholder]
        dialog = PickDialog(self.tr("People present"), [
            (self.tr("Their people"), others, set(entry.participants))], self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        [chosen] = dialog.chosen()
        self._edit(page, lambda d: plan_edits.update_interaction(
            d, row, {"participants": chosen}, self.today()), self.tr("Set people present"))

    def pick_review_people(self) -> None:
        page = self.sections["reviews"]
        row = page.current_row()
        doc = self.doc
        if doc is None or not 0 <= row < len(doc.reviews):
            page.show_error(self.tr("Select a review first."))
            return
        review = doc.reviews[row]
        dialog = PickDialog(self.tr("Attendees and follow-ups"), [
            (self.tr("Our team"), team(doc), set(review.our_attendees)),
            (self.tr("Their people"), people(doc), set(review.their_attendees)),
            (self.tr("Follow-up actions"), [(a.title, a.id) for a in doc.actions],
             set(review.follow_ups)),
        ], self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        ours, theirs, follow_ups = dialog.chosen()
        self._edit(page, lambda d: plan_edits.update_item(d, "reviews", row, {
            "our_attendees": ours, "their_attendees": theirs, "follow_ups": follow_ups}),
            self.tr("Set review attendees"))

    def export_calendar(self) -> None:
        doc = self.fetch()
        if doc is None or not doc.reviews:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export review schedule"),
                                              f"{doc.account.id}-reviews.ics",
                                              self.tr("iCalendar (*.ics)"))
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".ics":
            path = path.with_suffix(".ics")
        try:
            count = export_reviews(doc, path)
        except RapportError as err:
            self.errorRaised.emit(self.tr("Export failed"), err)
            return
        self.sections["reviews"].show_error(None)
        self.sections["reviews"].hint.setText((
            self.tr("Exported 1 review to {path}.") if count == 1
            else self.tr("Exported %n reviews to {path}.", "", count)).format(path=path))

    def _select_risks(self, likelihood: int, impact: int) -> None:
        page = self.sections["risks"]
        selection = page.table.selectionModel()
        selection.clearSelection()
        for row, risk in enumerate(page.model.items):
            if (risk.likelihood, risk.impact) == (likelihood, impact) and _is_open_risk(risk):
                selection.select(page.view_index(row),
                                 QItemSelectionModel.SelectionFlag.Select
                                 | QItemSelectionModel.SelectionFlag.Rows)

    def show_item(self, section: str, item_id: str) -> bool:
        """Bring a section forward with the entry ``item_id`` selected (from the
        portfolio's "due" list); False when the account has no such entry any more."""
        if self._stale:
            self.refresh()
        page = self.sections[section]
        self.pages.setCurrentWidget(page)
        for row, item in enumerate(page.model.items):
            if getattr(item, "id", None) == item_id:
                index = page.view_index(row)
                page.table.setCurrentIndex(index)
                page.table.selectRow(index.row())
                page.table.scrollTo(index)
                page.table.setFocus()
                return True
        return False

    def current_index(self, section: str) -> QModelIndex:
        return self.sections[section].table.currentIndex()


def _months_later(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    return dt.date(year, month, 28)
