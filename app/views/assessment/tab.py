"""The "Stages & gaps" tab: stage ladder and evidence, health and tier, white space,
and every finding about the account.

A thin view: it computes nothing itself (``app.assessment`` does), and every edit
leaves as a signal carrying the account before and after, which the main window
turns into one undoable command.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.assessment.gaps import all_findings
from app.assessment.health import health_trend
from app.assessment.people import relationship_shape
from app.assessment.selection import kam_fit
from app.assessment.settings import ScoringSettings
from app.assessment.stages import LADDER, StageGap, stage_gap
from app.assessment.tiering import computed_tier
from app.errors import InvalidInput, RapportError
from app.models.account import AccountFile
from app.models.enums import Evidence, FitCriterion, RelationshipStage, label
from app.services import account_edits as edits
from app.services import plan_edits
from app.views import colors
from app.views.assessment.health_panel import HealthPanel
from app.views.assessment.ladder import StageLadder
from app.views.assessment.stage_models import (
    UNMET,
    EvidenceModel,
    PersonFilter,
    PersonHistoryModel,
    StageHistoryModel,
)
from app.views.assessment.translated import QT_TRANSLATE_NOOP
from app.views.assessment.whitespace import WhitespacePanel
from app.views.map.insights import IDS_ROLE, InsightModel

_CLOSED = re.compile(r"[。！？）](?:</span>)?$")
#: translated where shown (context "StagePanel")
SHAPE_TEXT = {
    "none": QT_TRANSLATE_NOOP("StagePanel", "No relationship shape yet: none of our people "
                              "holds a working relationship."),
    "bow_tie": QT_TRANSLATE_NOOP("StagePanel", "bow-tie (fragile): the relationship runs "
                                 "through one person on one side."),
    "developing": QT_TRANSLATE_NOOP("StagePanel", "developing: more than one-to-one, not yet "
                                    "team-to-team."),
    "diamond": QT_TRANSLATE_NOOP("StagePanel", "diamond: many team-to-team links, robust when "
                                 "someone leaves."),
}


def _sentences(parts: Sequence[str]) -> str:
    """Sentences one after the other: a space between them, none after Chinese full-width
    punctuation (a closing tag after it aside)."""
    text = ""
    for part in parts:
        if text and not _CLOSED.search(text):
            text += " "
        text += part
    return text


def _table(model: Any, stretch: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    # the stretched column never narrower than its title: the table scrolls instead
    header.setMinimumSectionSize(header.sectionSizeHint(stretch))
    return view


def _scrolled(page: QWidget) -> QScrollArea:
    """Dense pages scroll on small screens instead of forcing a tall window."""
    area = QScrollArea()
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area


def _stage_combo(unset: str, stages: Sequence[RelationshipStage] = tuple(RelationshipStage)
                 ) -> QComboBox:
    combo = QComboBox()
    combo.addItem(unset, None)
    for stage in stages:
        combo.addItem(label(stage), stage)
    return combo


class StageEntryDialog(QDialog):
    """Record a stage change after the fact: date, stage and note."""

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a stage change"))
        self.date = QDateEdit(QDate(today.year, today.month, today.day))
        self.date.setMaximumDate(QDate(today.year, today.month, today.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.stage = _stage_combo("")
        self.stage.removeItem(0)
        self.note = QLineEdit()
        form = QFormLayout(self)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("&Stage reached:"), self.stage)
        form.addRow(self.tr("&Note:"), self.note)
        hint = QLabel(self.tr("If this is the latest change, it also becomes the current "
                              "stage."))
        hint.setWordWrap(True)
        colors.mute(hint)
        form.addRow(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[dt.date, RelationshipStage, str | None]:
        picked = self.date.date()
        day = dt.date(picked.year(), picked.month(), picked.day())
        return day, self.stage.currentData(), self.note.text().strip() or None


class EvidenceDialog(QDialog):
    """Tick a criterion with the day it became true and what shows it."""

    def __init__(self, title: str, today: dt.date, day: dt.date | None, note: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Stage evidence"))
        last = QDate(today.year, today.month, today.day)
        shown = day or today
        self.date = QDateEdit(QDate(shown.year, shown.month, shown.day))
        self.date.setMaximumDate(last)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.note = QLineEdit(note or "")
        self.note.setPlaceholderText(self.tr("what shows it, e.g. the supplier letter of March"))
        self.note.setMinimumWidth(  # the whole hint shows, also when translated
            self.note.fontMetrics().horizontalAdvance(self.note.placeholderText()) + 24)
        form = QFormLayout(self)
        heading = QLabel(title)
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(heading)
        form.addRow(self.tr("&Since:"), self.date)
        form.addRow(self.tr("&Evidence:"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[dt.date, str | None]:
        picked = self.date.date()
        return (dt.date(picked.year(), picked.month(), picked.day()),
                self.note.text().strip() or None)


class StagePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ladder = StageLadder()
        self.current = _stage_combo(self.tr("not recorded"))
        self.current.setAccessibleName(self.tr("Current relationship stage"))
        # nobody aims for a breakdown
        self.target = _stage_combo(self.tr("no target"), LADDER)
        self.target.setAccessibleName(self.tr("Target relationship stage"))
        self._summarised: tuple[StageGap, RelationshipStage | None] | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.shape = QLabel()
        self.shape.setWordWrap(True)
        combos = QHBoxLayout()
        combos.addWidget(QLabel(self.tr("Current &stage:")))
        combos.addWidget(self.current)
        combos.addSpacing(12)
        combos.addWidget(QLabel(self.tr("&Target:")))
        combos.addWidget(self.target)
        combos.addStretch(1)
        for combo, buddy in ((self.current, combos.itemAt(0)), (self.target, combos.itemAt(3))):
            widget = buddy.widget() if buddy is not None else None
            if isinstance(widget, QLabel):
                widget.setBuddy(combo)

        self.evidence = EvidenceModel(self)
        self.evidence_view = _table(self.evidence, 2)
        self.evidence_view.installEventFilter(self)
        self.evidence_view.setWordWrap(True)
        self.evidence_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)

        self.history = StageHistoryModel(self)
        self.history_view = _table(self.history, 3)
        self.history_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                          | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.add_entry = QPushButton(self.tr("Record earlier change…"))
        self.remove_entry = QPushButton(self.tr("Remove"))
        history_buttons = QHBoxLayout()
        history_label = QLabel(self.tr("<b>Stage history</b>"))
        history_label.setToolTip(self.tr("Every change of the relationship stage. Changing the "
                                         "stage records it here; double-click a date or note "
                                         "to correct it."))
        history_buttons.addWidget(history_label, 1)
        history_buttons.addWidget(self.add_entry)
        history_buttons.addWidget(self.remove_entry)

        self.people = PersonHistoryModel(self)
        self.people_filter = PersonFilter(self)
        self.people_filter.setSourceModel(self.people)
        self.people_view = _table(self.people_filter, 5)
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Show the history of"))
        self.person.currentIndexChanged.connect(
            lambda: self.people_filter.set_person(self.person.currentData()))
        people_head = QHBoxLayout()
        people_head.addWidget(QLabel(self.tr("<b>How relationships moved</b>")), 1)
        people_head.addWidget(self.person)

        history = QWidget()
        history_layout = QVBoxLayout(history)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addLayout(history_buttons)
        history_layout.addWidget(self.history_view)
        moved = QWidget()
        moved_layout = QVBoxLayout(moved)
        moved_layout.setContentsMargins(0, 0, 0, 0)
        moved_layout.addLayout(people_head)
        moved_layout.addWidget(self.people_view)
        timelines = QSplitter()
        timelines.addWidget(history)
        timelines.addWidget(moved)
        timelines.setChildrenCollapsible(False)
        evidence = QWidget()
        evidence_layout = QVBoxLayout(evidence)
        evidence_layout.setContentsMargins(0, 0, 0, 0)
        evidence_label = QLabel(self.tr("<b>Evidence for each stage</b>: tick what you know "
                                        "(double-click to add the date and what shows it), "
                                        "the rest comes from the data; tinted rows are the "
                                        "gap to the target."))
        evidence_label.setWordWrap(True)
        evidence_layout.addWidget(evidence_label)
        evidence_layout.addWidget(self.evidence_view)
        # the checklist gets the full width (its texts are long), the timelines share
        # the space below it
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(evidence)
        split.addWidget(timelines)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.ladder)
        layout.addLayout(combos)
        layout.addWidget(self.summary)
        layout.addWidget(self.shape)
        layout.addWidget(split, 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Space ticks the current row's criterion from whichever column is current."""
        if (watched is self.evidence_view and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Space):
            row = self.evidence_view.currentIndex().row()
            if 0 <= row < self.evidence.rowCount():
                index = self.evidence.index(row, 1)
                state = index.data(Qt.ItemDataRole.CheckStateRole)
                if state is not None:
                    ticked = Qt.CheckState(state) != Qt.CheckState.Checked
                    self.evidence.setData(index, (Qt.CheckState.Checked if ticked else
                                                  Qt.CheckState.Unchecked).value,
                                          Qt.ItemDataRole.CheckStateRole)
                return True
        return super().eventFilter(watched, event)

    def load(self, doc: AccountFile | None, gap: StageGap | None) -> None:
        for combo, value in ((self.current, doc.account.relationship_stage if doc else None),
                             (self.target, doc.account.target_stage if doc else None)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self.evidence.load(gap)
        self.history.load(doc)
        self.people.load(doc)
        self._fill_people(doc)
        if doc is None or gap is None:
            self.ladder.set_stages(None, None, None)
            self._summarised = None
            self.summary.clear()
            self.shape.clear()
            return
        self.ladder.set_stages(gap.current, gap.target, gap.evidenced)
        steps = self.history.steps
        self._summarised = (gap, steps[-1].stage if steps else None)
        self.summary.setText(self._summary(*self._summarised))
        shape = relationship_shape(doc)
        self.shape.setText(self.tr("<b>Relationship shape:</b> {shape}").format(
            shape=QCoreApplication.translate("StagePanel", SHAPE_TEXT[shape.kind])))
        self.shape.setToolTip(shape.explanation)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ApplicationPaletteChange and self._summarised:
            self.summary.setText(self._summary(*self._summarised))  # its red follows
        super().changeEvent(event)

    def _summary(self, gap: StageGap, history_ends: RelationshipStage | None) -> str:
        evidenced = label(gap.evidenced) or self.tr("no stage yet")
        red = colors.css(colors.signal(UNMET))  # readable on the window, light or dark
        parts = [self.tr("The evidence supports <b>{stage}</b>.").format(stage=evidenced)]
        if gap.contradicted:
            parts = [f"<span style='color: {red}'>" + self.tr(
                "⚠ Recorded as {recorded}, but the evidence supports only {stage}.").format(
                    recorded=label(gap.current), stage=evidenced) + "</span>"]
        if gap.target is None:
            parts.append(self.tr("Set a target stage to see the gap."))
        elif gap.unmet:
            parts.append(self.tr("Criteria unmet on the way to {stage}: <b>%n</b>.", "",
                                 len(gap.unmet)).format(stage=label(gap.target)))
        elif gap.current in LADDER and gap.target in LADDER and \
                LADDER.index(gap.target) <= LADDER.index(gap.current):
            if not gap.contradicted:
                parts.append(self.tr("The target {stage} is reached.").format(
                    stage=label(gap.target)))
        else:
            parts.append(self.tr("Every criterion up to {stage} is met.").format(
                stage=label(gap.target)))
        if history_ends is not None and history_ends != gap.current:
            parts.append(f"<span style='color: {red}'>" + self.tr(
                "The stage history ends at {last}, not at the current stage {current}.").format(
                    last=label(history_ends),
                    current=label(gap.current) or self.tr("(none)")) + "</span>")
        return _sentences(parts)

    def _fill_people(self, doc: AccountFile | None) -> None:
        chosen = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(self.tr("Everyone"), None)
        moved = {step.stakeholder for step in self.people.steps}
        for s in doc.stakeholders if doc is not None else []:
            if s.id in moved:
                self.person.addItem(s.name, s.id)
        self.person.setCurrentIndex(max(0, self.person.findData(chosen)))
        self.person.blockSignals(False)
        self.people_filter.set_person(self.person.currentData())


class AssessmentTab(QWidget):
    #: ((account before, account after), undo text)
    editRequested = Signal(object, str)
    #: (profile field, new value): stage, target stage, tier
    fieldRequested = Signal(str, object)
    settingsRequested = Signal()
    #: stakeholder ids a finding concerns: show them on the map
    peopleRequested = Signal(list)
    errorRaised = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc: AccountFile | None = None
        self._stale = False
        self.settings = ScoringSettings()
        #: the stored account, fetched fresh for every edit (set by the main window)
        self.fetch: Callable[[], AccountFile | None] = lambda: self.doc
        #: injectable for tests: every score is "as of" this day
        self.today: Callable[[], dt.date] = dt.date.today

        self.stage = StagePanel()
        self.health = HealthPanel()
        self.whitespace = WhitespacePanel()
        self.findings = InsightModel(self)
        self.findings_view = QListView()
        self.findings_view.setModel(self.findings)
        self.findings_view.setWordWrap(True)
        self.findings_view.setUniformItemSizes(False)
        self.findings_view.setSpacing(2)
        self.findings_view.activated.connect(self._finding_activated)
        self.findings_view.doubleClicked.connect(self._finding_activated)
        self.findings_count = QLabel()
        self.findings_count.setWordWrap(True)
        findings = QWidget()
        findings_layout = QVBoxLayout(findings)
        findings_layout.addWidget(self.findings_count)
        findings_layout.addWidget(self.findings_view)

        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(_scrolled(self.stage), self.tr("Stage"))
        self.pages.addTab(_scrolled(self.health), self.tr("Health && tier"))
        self.pages.addTab(self.whitespace, self.tr("White space"))
        self.pages.addTab(findings, self.tr("Findings"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        self.stage.current.activated.connect(
            lambda: self.fieldRequested.emit("relationship_stage",
                                             self.stage.current.currentData()))
        self.stage.target.activated.connect(
            lambda: self.fieldRequested.emit("target_stage", self.stage.target.currentData()))
        self.stage.evidence.tickRequested.connect(self._tick)
        self.stage.evidence_view.doubleClicked.connect(self.describe_evidence)
        self.stage.history.editRequested.connect(
            lambda i, changes: self._edit(
                lambda d: edits.update_stage_entry(d, self._stage_entry(i), changes,
                                                   today=self.today()),
                self.tr("Correct stage change")))
        self.stage.add_entry.clicked.connect(self.add_stage_entry)
        self.stage.remove_entry.clicked.connect(self.remove_stage_entry)
        self.health.settingsRequested.connect(self.settingsRequested)
        self.health.tierRequested.connect(lambda tier: self.fieldRequested.emit("tier", tier))
        self.health.fit_model.scoreRequested.connect(
            lambda c, score: self._edit(lambda d: edits.set_fit(d, FitCriterion(c), score),
                                        self.tr("Score {criterion}").format(
                                            criterion=label(FitCriterion(c)).lower())))
        ws = self.whitespace
        ws.cellEdited.connect(
            lambda unit, offering, status, value, note, shared: self._edit(
                lambda d: edits.set_cell(d, unit, offering, status, value, note, shared),
                self.tr("Assess white-space cell")))
        ws.shareRequested.connect(lambda unit, offering, shared: self._edit(
            lambda d: plan_edits.share_cells(d, [(unit, offering)], shared),
            self.tr("Share white-space cell") if shared
            else self.tr("Stop sharing white-space cell")))
        ws.added.connect(lambda axis, name: self._edit(
            lambda d: edits.add_to_grid(d, axis, name),
            self.tr("Add business unit") if axis == "units" else self.tr("Add offering")))
        ws.renamed.connect(lambda axis, old, new: self._edit(
            lambda d: edits.rename_in_grid(d, axis, old, new),
            self.tr("Rename {name}").format(name=old)))
        ws.removed.connect(lambda axis, name: self._edit(
            lambda d: edits.remove_from_grid(d, axis, name),
            self.tr("Remove {name}").format(name=name)))

    # -- showing ----------------------------------------------------------------------
    def load(self, doc: AccountFile | None, settings: ScoringSettings | None = None) -> None:
        """Show an account. The analysis runs now if the tab is on screen, otherwise
        when it is next shown: editing the profile or the map of a large account
        should not pay for findings nobody is looking at."""
        if settings is not None:
            self.settings = settings
        self.doc = doc
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Recompute and show everything for the loaded account, keeping the current
        cell of each table (a keyboard user ticking down the checklist stays put)."""
        views = (self.stage.evidence_view, self.stage.history_view, self.health.fit_table,
                 self.whitespace.table)
        kept = [(v, v.currentIndex().row(), v.currentIndex().column()) for v in views]
        self._refresh()
        for view, row, column in kept:
            model = view.model()
            if 0 <= row < model.rowCount() and 0 <= column < model.columnCount():
                view.setCurrentIndex(model.index(row, column))

    def _refresh(self) -> None:
        self._stale = False
        doc = self.doc
        today = self.today()
        gap = stage_gap(doc, today) if doc is not None else None
        self.stage.load(doc, gap)
        self.whitespace.load(doc)
        if doc is None:
            self.health.load(None, None, None, None, None, None, self.settings)
            self.findings.set_findings([])
            self.findings_count.clear()
            return
        then, now = health_trend(doc, today, self.settings)
        found = all_findings(doc, today, self.settings)
        warning = next((f.message for f in found if f.kind == "health_drop"), None)
        self.health.load(now, then, warning, computed_tier(doc.account, self.settings),
                         doc.account.tier, kam_fit(doc), self.settings)
        self.findings.set_findings(found)
        counts = {s: sum(f.severity == s for f in found) for s in ("high", "medium", "low")}
        self.findings_count.setText(self.tr(
            "Findings: %n ({high} high, {medium} medium, {low} low) — double-click one about "
            "people to see them on the map", "", len(found)).format(
                high=counts["high"], medium=counts["medium"], low=counts["low"]))

    # -- editing ------------------------------------------------------------------------
    def _edit(self, make: Callable[[AccountFile], AccountFile], text: str) -> bool:
        before = self.fetch()
        if before is None:
            return False
        try:
            after = make(before)
        except InvalidInput as err:
            # the messages name what is wrong; JSON paths mean nothing on this screen
            message = "; ".join(dict.fromkeys(p.message for p in err.problems))
            self.errorRaised.emit(self.tr("{action}: not possible").format(action=text),
                                  RapportError(message))
            return False
        self.editRequested.emit((before, after), text)
        return True

    def _tick(self, criterion: str, ticked: bool) -> None:
        self._edit(lambda d: edits.set_evidence(d, Evidence(criterion), ticked, self.today()),
                   self.tr("Tick stage evidence") if ticked
                   else self.tr("Untick stage evidence"))

    def describe_evidence(self, index: QModelIndex) -> None:
        """Double-click on a ticked-by-you criterion: tick it with a date and a note."""
        doc = self.doc
        if doc is None or not index.isValid():
            return
        criterion = self.stage.evidence.results[index.row()].criterion
        if criterion.computed:
            return
        current = next((e for e in doc.stage_evidence if e.criterion == criterion.id), None)
        dialog = EvidenceDialog(criterion.title, self.today(),
                                current.date if current else None,
                                current.note if current else None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        day, note = dialog.values()
        self._edit(lambda d: edits.set_evidence(d, Evidence(criterion.id), True, day, note),
                   self.tr("Describe stage evidence"))

    def add_stage_entry(self) -> None:
        if self.doc is None:
            return
        dialog = StageEntryDialog(self.today(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            day, stage, note = dialog.values()
            self._edit(lambda d: edits.add_stage_entry(d, day, stage, note,
                                                       today=self.today()),
                       self.tr("Record stage change"))

    def remove_stage_entry(self) -> None:
        row = self.stage.history_view.currentIndex().row()
        if row < 0:
            return
        entry = self._stage_entry(self.stage.history.entry_index(row))
        self._edit(lambda d: edits.remove_stage_entry(d, entry),
                   self.tr("Remove stage change"))

    def _stage_entry(self, index: int) -> int | str:
        """The id of the stage change shown at ``index`` of the shown account's history:
        the edit lands on that entry even if the stored history changed meanwhile."""
        shown = self.doc.stage_history if self.doc is not None else []
        key = shown[index].id if 0 <= index < len(shown) else None
        return key if key is not None else index

    def _finding_activated(self, index: QModelIndex) -> None:
        ids = index.data(IDS_ROLE)
        if ids:
            self.peopleRequested.emit(list(ids))
