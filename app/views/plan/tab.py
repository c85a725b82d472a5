"""The "Plan" tab: the strategic account plan, kept current between reviews.

Sections: customer insight, objectives and milestones, revenue plan, risk
register with heat map, actions, account team, reviews (with an .ics export),
KPIs with a trend chart, and the interactions log. A thin view over generic
section tables (``section.py``); every edit is one undoable command on the
whole account, checked like an imported file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.assessment.agenda import is_open, is_overdue
from app.errors import InvalidInput, RapportError
from app.fileformat import AccountFile
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
from app.services.documents import rebuilt
from app.views.plan.charts import KpiChart, RevenueChart, RiskHeatMap
from app.views.plan.section import Column, SectionModel, SectionPage

OVERDUE = QColor("#c62828")
DONE = QColor("#90a4ae")
HIGH_RISK = 15  # likelihood × impact from which a risk counts as high


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


def _names(doc: AccountFile, section: str, ids: Sequence[str], attr: str = "name") -> str:
    by_id = {item.id: getattr(item, attr) for item in getattr(doc, section)}
    return ", ".join(by_id.get(i, i) for i in ids)


def _is_open_risk(risk: Any) -> bool:
    return risk.status != RiskStatus.CLOSED


def _risk_score(risk: Any, _doc: AccountFile) -> str:
    if risk.likelihood is None or risk.impact is None:
        return ""
    return str(risk.likelihood * risk.impact)


def _milestones(objective: Any, _doc: AccountFile) -> str:
    stones = objective.milestones
    if not stones:
        return ""
    done = sum(m.done for m in stones)
    upcoming = sorted(m.due for m in stones if not m.done and m.due is not None)
    text = f"{done} of {len(stones)} done"
    return text + (f", next {upcoming[0].isoformat()}" if upcoming else "")


def _owns(member: Any, doc: AccountFile) -> str:
    owned = [s.name for s in doc.stakeholders if (s.our_owner or "").strip() == member.name]
    return f"{len(owned)}: " + ", ".join(owned) if owned else "nobody yet"


def _latest(kpi: Any) -> Any:
    return max(kpi.values, key=lambda v: v.date) if kpi.values else None


def _kpi_latest(kpi: Any, _doc: AccountFile) -> str:
    latest = _latest(kpi)
    if latest is None:
        return ""
    return f"{latest.value:g}{' ' + kpi.unit if kpi.unit else ''} ({latest.date.isoformat()})"


def _kpi_attainment(kpi: Any, _doc: AccountFile) -> str:
    latest = _latest(kpi)
    if latest is None or kpi.target is None or kpi.target == 0:
        return ""
    if kpi.higher_is_better:
        share = latest.value / kpi.target
    else:
        share = kpi.target / latest.value if latest.value > 0 else 0.0
    return f"{min(max(share, 0.0), 9.99):.0%}"


def _variance(row: Any, _doc: AccountFile) -> str:
    if row.planned is None or row.actual is None:
        return ""
    diff = row.actual - row.planned
    if not diff:
        return "on plan"
    share = f" ({diff / row.planned:+.0%})" if row.planned else ""
    return f"{diff:+,.0f}{share}".replace("-", "−")  # a real minus sign


class PickDialog(QDialog):
    """Tick people or actions from a list (review attendees and follow-ups)."""

    def __init__(self, title: str, groups: Sequence[tuple[str, Sequence[tuple[str, str]],
                                                          set[str]]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.models: list[QStandardItemModel] = []
        layout = QHBoxLayout()
        for heading, items, chosen in groups:
            model = QStandardItemModel(self)
            for text, key in items:
                item = QStandardItem(text)
                item.setData(key, Qt.ItemDataRole.UserRole)
                item.setCheckable(True)
                item.setEditable(False)
                item.setCheckState(Qt.CheckState.Checked if key in chosen
                                   else Qt.CheckState.Unchecked)
                model.appendRow(item)
            view = QListView()
            view.setModel(model)
            column = QVBoxLayout()
            column.addWidget(QLabel(f"<b>{heading}</b>"))
            column.addWidget(view)
            layout.addLayout(column)
            self.models.append(model)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(layout)
        outer.addWidget(buttons)

    def chosen(self) -> list[list[str]]:
        return [[str(model.item(r).data(Qt.ItemDataRole.UserRole))
                 for r in range(model.rowCount())
                 if model.item(r).checkState() == Qt.CheckState.Checked]
                for model in self.models]


class PlanTab(QWidget):
    #: ((account before, account after), undo text)
    editRequested = Signal(object, str)
    errorRaised = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc: AccountFile | None = None
        self._stale = False
        #: the stored account, fetched fresh for every edit (set by the main window)
        self.fetch: Callable[[], AccountFile | None] = lambda: self.doc
        #: injectable for tests: what counts as overdue, and the date of new entries
        self.today: Callable[[], dt.date] = dt.date.today
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
    def _page(self, section: str, title: str, what: str, columns: list[Column],
              defaults: Callable[[], dict[str, Any]], hint: str = "") -> SectionPage:
        model = SectionModel(section, columns, self)
        page = SectionPage(model, what, hint)
        model.editRequested.connect(
            lambda row, changes, p=page: self._edit(
                p, lambda d: plan_edits.update_item(d, section, row, changes),
                f"Edit {what}"))
        page.addRequested.connect(lambda p=page: self._add(p, section, defaults(), what))
        page.removeRequested.connect(
            lambda rows, p=page: rows and self._edit(
                p, lambda d: plan_edits.remove_items(d, section, rows),
                f"Remove {what}" if len(rows) == 1 else f"Remove {len(rows)} × {what}"))
        self.sections[section] = page
        self.pages.addTab(page, title)
        return page

    def _build_insights(self) -> None:
        self._page("insights", "Insight", "insight", [
            Column("kind", "Kind", "choice", vocabulary(InsightKind)),
            Column("text", "What they are trying to do, and why", "long"),
            Column("confirmed", "Confirmed", "bool",
                   tip="The customer confirmed this (not just our assumption)"),
            Column("value_proposition", "Our value proposition", "long"),
        ], lambda: {"kind": "goal", "text": "New insight"},
            "The customer's goals, pressures and initiatives, and what we offer against "
            "each. Tick Confirmed once the customer has said so.")

    def _build_objectives(self) -> None:
        page = self._page("objectives", "Objectives", "objective", [
            Column("title", "Objective"), Column("measure", "Measure"),
            Column("target_value", "Target", "number"),
            Column("target_date", "By", "date"),
            Column("owner", "Owner", "choice", team),
            Column("status", "Status", "choice", vocabulary(ObjectiveStatus)),
            Column("milestones", "Milestones", "computed", show=_milestones),
            Column("notes", "Notes", "long"),
        ], lambda: {"title": "New objective", "status": "planned"})
        self.milestones = SectionModel("milestones", [
            Column("title", "Milestone"), Column("due", "Due", "date"),
            Column("done", "Done", "bool")], self, items_of=self._selected_milestones)
        self.milestone_page = SectionPage(self.milestones, "milestone")
        self.milestones.editRequested.connect(self._edit_milestone)
        self.milestone_page.addRequested.connect(self._add_milestone)
        self.milestone_page.removeRequested.connect(self._remove_milestones)
        page.body.addWidget(self.milestone_page, 2)
        page.table.selectionModel().currentRowChanged.connect(
            lambda *_: self.milestones.load(self.doc))

    def _build_revenue(self) -> None:
        page = self._page("revenue_plan", "Revenue", "quarter", [
            Column("year", "Year", "int", low=1990, high=2200),
            Column("quarter", "Quarter", "int", low=1, high=4),
            Column("planned", "Planned", "number"), Column("actual", "Actual", "number"),
            Column("variance", "Actual − planned", "computed", show=_variance),
        ], self._next_quarter, "Planned and actual revenue per quarter, in the account's "
                               "currency.")
        self.revenue_chart = RevenueChart()
        page.body.addWidget(self.revenue_chart, 2)

    def _build_risks(self) -> None:
        page = self._page("risks", "Risks", "risk", [
            Column("title", "Risk"),
            Column("category", "Category", "choice", vocabulary(RiskCategory)),
            Column("likelihood", "Likelihood", "int", low=1, high=5, tip="1 rare … 5 almost "
                                                                          "certain"),
            Column("impact", "Impact", "int", low=1, high=5, tip="1 minor … 5 severe"),
            Column("score", "Score", "computed", show=_risk_score,
                   tip="Likelihood × impact; 15 or more is high"),
            Column("mitigation", "Mitigation", "long"),
            Column("owner", "Owner", "choice", team),
            Column("escalation", "Escalation", "choice", vocabulary(Escalation)),
            Column("status", "Status", "choice", vocabulary(RiskStatus)),
            Column("internal", "Internal", "bool",
                   tip="Internal only: never in material for the customer"),
            Column("notes", "Notes", "long"),
        ], lambda: {"title": "New risk", "status": "open"})
        page.model.row_colour = lambda r: (
            OVERDUE if _is_open_risk(r) and (r.likelihood or 0) * (r.impact or 0) >= HIGH_RISK
            else DONE if not _is_open_risk(r) else None)
        self.heat_map = RiskHeatMap()
        self.heat_map.cellClicked.connect(self._select_risks)
        page.body.addWidget(self.heat_map, 1)

    def _build_actions(self) -> None:
        page = self._page("actions", "Actions", "action", [
            Column("title", "Action"), Column("owner", "Who", "choice", team),
            Column("due", "Due", "date"),
            Column("status", "Status", "choice", vocabulary(ActionStatus)),
            Column("objective", "Objective", "choice", objectives),
            Column("risk", "Risk", "choice", risks),
            Column("stakeholder", "Stakeholder", "choice", people),
            Column("notes", "Notes", "long"),
        ], lambda: {"title": "New action", "status": "open"},
            "Overdue actions are red; done and cancelled ones grey.")
        page.model.row_colour = self._action_colour

    def _build_team(self) -> None:
        self._page("team", "Team", "team member", [
            Column("name", "Name"), Column("role", "Role", "choice", vocabulary(TeamRole)),
            Column("email", "E-mail"),
            Column("owns", "Owns (stakeholders)", "computed", show=_owns,
                   tip="Stakeholders whose owner on our side is this person (set on the "
                       "stakeholder map)"),
            Column("notes", "Notes", "long"),
        ], lambda: {"name": "New team member"},
            "Our account team. Who owns which stakeholder is set on the stakeholder map "
            "(\"Owner on our side\") and feeds its coverage.")

    def _build_reviews(self) -> None:
        page = self._page("reviews", "Reviews", "review", [
            Column("date", "Date", "date"), Column("title", "Review"),
            Column("held", "Held", "bool"),
            Column("attendees", "Attendees", "computed", show=lambda r, d: ", ".join(
                filter(None, [_names(d, "team", r.our_attendees),
                              _names(d, "stakeholders", r.their_attendees)]))),
            Column("agenda", "Agenda", "long"), Column("notes", "Notes", "long"),
            Column("decisions", "Decisions", "long"),
            Column("follow_ups", "Follow-up actions", "computed",
                   show=lambda r, d: _names(d, "actions", r.follow_ups, "title")),
        ], lambda: {"date": self.today().isoformat(), "title": "Account review"},
            "Account reviews, quarterly by default. Export the schedule to any calendar.")
        schedule = QPushButton("Schedule quarterly reviews")
        schedule.clicked.connect(self.schedule_reviews)
        people_button = QPushButton("Attendees && follow-ups…")
        people_button.clicked.connect(self.pick_review_people)
        self.export_ics = QPushButton("Export schedule (.ics)…")
        self.export_ics.clicked.connect(self.export_calendar)
        extra = QHBoxLayout()  # a second row: one row of five buttons is too wide
        for button in (people_button, schedule, self.export_ics):
            extra.addWidget(button)
        extra.addStretch(1)
        layout = page.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(2, extra)

    def _build_kpis(self) -> None:
        page = self._page("kpis", "KPIs", "KPI", [
            Column("name", "KPI"), Column("unit", "Unit"),
            Column("target", "Target", "number"),
            Column("higher_is_better", "Higher is better", "bool"),
            Column("latest", "Latest", "computed", show=_kpi_latest),
            Column("attainment", "Attainment", "computed", show=_kpi_attainment),
        ], lambda: {"name": "New KPI"})
        self.kpi_values = SectionModel("values", [
            Column("date", "Date", "date"), Column("value", "Value", "number")], self,
            items_of=self._selected_kpi_values)
        self.kpi_values_page = SectionPage(self.kpi_values, "value")
        self.kpi_values.editRequested.connect(self._edit_kpi_value)
        self.kpi_values_page.addRequested.connect(self._add_kpi_value)
        self.kpi_values_page.removeRequested.connect(self._remove_kpi_values)
        self.kpi_chart = KpiChart()
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.kpi_chart, 1)
        side_layout.addWidget(self.kpi_values_page, 1)
        page.body.addWidget(side, 2)
        page.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_kpi())

    def _build_interactions(self) -> None:
        page = self._page("interactions", "Interactions", "interaction", [
            Column("date", "Date", "date"),
            Column("stakeholder", "With", "choice", people),
            Column("channel", "Channel", "choice", vocabulary(Channel)),
            Column("summary", "Summary", "long"),
            Column("participants", "Also present", "computed",
                   show=lambda i, d: _names(d, "stakeholders", i.participants)),
        ], lambda: {"date": self.today().isoformat(), "channel": "meeting"},
            "Every contact with the customer. Logging one updates the person's last "
            "contact on the map.")
        page.addRequested.disconnect()
        page.addRequested.connect(lambda: self._edit(
            page, lambda d: plan_edits.add_interaction(
                d, {"date": self.today(), "channel": "meeting"})[0], "Log interaction"))
        page.model.editRequested.disconnect()
        page.model.editRequested.connect(self._edit_interaction)
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
        for page in self.sections.values():
            current = page.current_row()
            page.model.load(doc)
            page.show_error(None)
            if 0 <= current < page.model.rowCount():
                page.table.selectRow(page.view_index(current).row())
        for page in self.sections.values():
            if not page.property("fitted") and page.model.rowCount():
                page.fit_columns()
                page.setProperty("fitted", True)
        self.milestones.load(doc)
        self._show_kpi()
        self.revenue_chart.set_quarters(
            [(f"Q{r.quarter}'{str(r.year)[2:]}", r.planned, r.actual)
             for r in sorted(doc.revenue_plan, key=lambda r: (r.year, r.quarter))]
            if doc else [], doc.account.currency if doc else None)
        self.heat_map.set_risks([(r.likelihood, r.impact) for r in (doc.risks if doc else [])
                                 if _is_open_risk(r) and r.likelihood and r.impact])
        self.export_ics.setEnabled(bool(doc and doc.reviews))

    def _action_colour(self, action: Any) -> QColor | None:
        if not is_open(action):
            return DONE
        if is_overdue(action, self.today()):
            return OVERDUE
        return None

    def _show_kpi(self) -> None:
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
              text: str) -> bool:
        before = self.fetch()
        if before is None:
            return False
        try:
            after = make(before)
        except InvalidInput as err:
            page.show_error(f"{text}: not saved. " + "; ".join(
                f"{p.path}: {p.message}" if p.path else p.message for p in err.problems))
            return False
        page.show_error(None)
        self.editRequested.emit((before, after), text)
        return True

    def _add(self, page: SectionPage, section: str, values: dict[str, Any], what: str
             ) -> None:
        if self._edit(page, lambda d: plan_edits.add_item(d, section, values)[0],
                      f"Add {what}"):
            index = page.view_index(page.model.rowCount() - 1)
            page.table.setCurrentIndex(index)
            page.table.edit(index)

    def _next_quarter(self) -> dict[str, Any]:
        plan = self.doc.revenue_plan if self.doc else []
        if not plan:
            today = self.today()
            return {"year": today.year, "quarter": (today.month - 1) // 3 + 1}
        last = max(plan, key=lambda r: (r.year, r.quarter))
        return ({"year": last.year + 1, "quarter": 1} if last.quarter == 4
                else {"year": last.year, "quarter": last.quarter + 1})

    def _edit_interaction(self, row: int, changes: dict[str, Any]) -> None:
        page = self.sections["interactions"]

        def make(doc: AccountFile) -> AccountFile:
            entry = {**doc.interactions[row].model_dump(mode="json"), **changes}
            # re-logged through add_interaction so a new date or person updates the
            # last contact, then put back in its place
            removed = plan_edits.remove_items(doc, "interactions", [row])
            added, index = plan_edits.add_interaction(removed, entry)
            items = list(added.interactions)
            items.insert(row, items.pop(index))
            return rebuilt(added, interactions=items)

        self._edit(page, make, "Edit interaction")

    # nested lists: an objective's milestones, a KPI's values
    def _selected(self, section: str) -> int:
        return self.sections[section].current_row()

    def _selected_milestones(self, doc: AccountFile) -> Sequence[Any]:
        row = self._selected("objectives")
        return doc.objectives[row].milestones if 0 <= row < len(doc.objectives) else []

    def _selected_kpi_values(self, doc: AccountFile) -> Sequence[Any]:
        row = self._selected("kpis")
        return doc.kpis[row].values if 0 <= row < len(doc.kpis) else []

    def _nested(self, section: str, field: str, text: str, page: SectionPage,
                change: Callable[[list[dict[str, Any]]], list[dict[str, Any]]]) -> None:
        row = self._selected(section)
        if row < 0:
            page.show_error(f"Select one of the {section} first.")
            return

        def make(doc: AccountFile) -> AccountFile:
            entries = [e.model_dump(mode="json")
                       for e in getattr(getattr(doc, section)[row], field)]
            return plan_edits.update_item(doc, section, row, {field: change(entries)})

        self._edit(page, make, text)

    def _edit_milestone(self, index: int, changes: dict[str, Any]) -> None:
        self._nested("objectives", "milestones", "Edit milestone", self.milestone_page,
                     lambda ms: [{**m, **changes} if i == index else m
                                 for i, m in enumerate(ms)])

    def _add_milestone(self) -> None:
        self._nested("objectives", "milestones", "Add milestone", self.milestone_page,
                     lambda ms: [*ms, {"title": "New milestone"}])

    def _remove_milestones(self, rows: list[int]) -> None:
        self._nested("objectives", "milestones", "Remove milestone", self.milestone_page,
                     lambda ms: [m for i, m in enumerate(ms) if i not in rows])

    def _edit_kpi_value(self, index: int, changes: dict[str, Any]) -> None:
        self._nested("kpis", "values", "Edit KPI value", self.kpi_values_page,
                     lambda vs: [{**v, **changes} if i == index else v
                                 for i, v in enumerate(vs)])

    def _add_kpi_value(self) -> None:
        row = self._selected("kpis")
        kpi = self.doc.kpis[row] if self.doc and 0 <= row < len(self.doc.kpis) else None
        latest = _latest(kpi) if kpi is not None else None
        today = self.today()
        day = today if latest is None or latest.date < today else latest.date + \
            dt.timedelta(days=1)
        value = latest.value if latest is not None else 0.0
        self._nested("kpis", "values", "Add KPI value", self.kpi_values_page,
                     lambda vs: [*vs, {"date": day.isoformat(), "value": value}])

    def _remove_kpi_values(self, rows: list[int]) -> None:
        self._nested("kpis", "values", "Remove KPI value", self.kpi_values_page,
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
                   "Schedule quarterly reviews")

    def pick_review_people(self) -> None:
        page = self.sections["reviews"]
        row = page.current_row()
        doc = self.doc
        if doc is None or not 0 <= row < len(doc.reviews):
            page.show_error("Select a review first.")
            return
        review = doc.reviews[row]
        dialog = PickDialog("Attendees and follow-ups", [
            ("Our team", team(doc), set(review.our_attendees)),
            ("Their people", people(doc), set(review.their_attendees)),
            ("Follow-up actions", [(a.title, a.id) for a in doc.actions],
             set(review.follow_ups)),
        ], self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        ours, theirs, follow_ups = dialog.chosen()
        self._edit(page, lambda d: plan_edits.update_item(d, "reviews", row, {
            "our_attendees": ours, "their_attendees": theirs, "follow_ups": follow_ups}),
            "Set review attendees")

    def export_calendar(self) -> None:
        doc = self.fetch()
        if doc is None or not doc.reviews:
            return
        name, _ = QFileDialog.getSaveFileName(self, "Export review schedule",
                                              f"{doc.account.id}-reviews.ics",
                                              "iCalendar (*.ics)")
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".ics":
            path = path.with_suffix(".ics")
        try:
            count = export_reviews(doc, path)
        except RapportError as err:
            self.errorRaised.emit("Export failed", err)
            return
        self.sections["reviews"].show_error(None)
        self.sections["reviews"].hint.setText(f"Exported {count} reviews to {path}.")

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
