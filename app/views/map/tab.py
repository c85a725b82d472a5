"""The Stakeholder map tab: canvas, insights, legend, layouts, export, people list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFrame,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.assessment.changes import Change, changes, names_of
from app.assessment.settings import ScoringSettings
from app.errors import InvalidInput, RapportError
from app.graph.analysis import analyze
from app.graph.encoding import auto_positions
from app.graph.focus import MAX_HOPS
from app.models.account import AccountFile, Position
from app.models.enums import BuyingRole, Stance
from app.models.enums import label as enum_label
from app.services import map_edits, plan_edits
from app.services.timeline import Moment, Since, Timeline, last_review
from app.views.formatting import day_text
from app.views.map import style
from app.views.map.compare import NEW, ChangeList, CompareOverlay, people_rect
from app.views.map.export import export_map
from app.views.map.focus import MapLens
from app.views.map.history_bar import HistoryBanner, HistoryBar, Sources
from app.views.map.insights import IDS_ROLE, InsightModel
from app.views.map.interaction_dialog import InteractionDialog
from app.views.map.items import CardItem
from app.views.map.legend import Legend
from app.views.map.line_panel import LinePanel
from app.views.map.people_page import PeoplePage
from app.views.map.person_panel import PersonPanel
from app.views.map.scene import MapScene, Point
from app.views.map.view import MapView
from app.views.plain import PlainLabel

#: the space kept between a new card and its neighbours (map units)
CARD_GAP = 24
#: how far Ctrl+arrow moves a card (map units)
NUDGE = 12
#: how long after an edit of people's fields the findings are brought up to date
ANALYSIS_DELAY_MS = 150
#: how often the compare view's marks follow lines routed again and cards moved
OVERLAY_SYNC_MS = 250
#: the banner's hue over the map as it was (read-only), and over a comparison
PAST_HUE = QColor("#f2a007")


@dataclass
class History:
    """What the map shows instead of plain today: an earlier version (``as_of``,
    read-only) or today compared with one (``compare``)."""

    mode: str  # "as_of" | "compare"
    since: Since
    #: the version in force then (None: the account was not kept yet)
    moment: Moment | None
    #: the day the user chose (a version's own day when a version was chosen)
    day: dt.date
    found: list[Change]


class MapTab(QWidget):
    #: the user dragged cards or chose a layout: {id: (old, new)} to save undoably
    moveRequested = Signal(object)
    #: people or lines edited: (the account after the edit, what to call it in Undo)
    editRequested = Signal(object, str)
    errorRaised = Signal(str, object)
    #: import contacts: None (choose a file) or rows pasted into the People table
    importRequested = Signal(object)
    #: the map was drawn again on its own (the past shown or left, a comparison made):
    #: its cards are new (a read-only database locks them again)
    redrawn = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc: AccountFile | None = None
        #: per account, the people the last Force (this session) laid out
        self._force_people: dict[str, set[str]] = {}
        #: the stored account, fetched fresh for every edit (set by the main window), so
        #: an edit never writes back a stale copy of what other views changed
        self.fetch: Callable[[], AccountFile | None] = lambda: self.doc
        #: the account's versions (set by the main window); None: no history to show
        self.timeline: Callable[[], Timeline | None] = lambda: None
        #: the scoring settings health moves are judged by (set by the main window)
        self.scoring: Callable[[], ScoringSettings] = ScoringSettings
        #: the database is read-only (a read-only role on a server): set by the window
        self.locked = False
        #: the account as stored now (``doc`` is what the map draws: an earlier version
        #: while the map shows the past)
        self._live: AccountFile | None = None
        self.history: History | None = None
        self.overlay: CompareOverlay | None = None
        self._overlay_sync = QTimer(self)
        self._overlay_sync.setInterval(OVERLAY_SYNC_MS)
        self._overlay_sync.timeout.connect(self._sync_overlay)
        self._side_sizes: list[int] = []
        self.scene = MapScene(self)
        self.view = MapView(self.scene)
        #: collapsed teams and the focus on one person: a way of looking, never saved
        self.lens = MapLens(self.scene, self)
        self.lens.changed.connect(self._lens_changed)
        self.view.frame = self._frame
        #: the card menu last opened (kept so that it lives while shown), its person
        self.card_menu: QMenu | None = None
        #: the "Log interaction" dialog last opened
        self.interaction_dialog: InteractionDialog | None = None
        #: findings after an edit of people's fields: the card shows the edit at once,
        #: the analysis of the whole map (tens of ms at 1,000 people) runs once typing
        #: or clicking through stances pauses
        self._analysis = QTimer(self)
        self._analysis.setSingleShot(True)
        self._analysis.setInterval(ANALYSIS_DELAY_MS)
        self._analysis.timeout.connect(self._refresh_findings)
        self._analysis_day: dt.date | None = None
        self.insights = InsightModel(self)
        self.insight_list = QListView()
        self.insight_list.setModel(self.insights)
        self.insight_list.setWordWrap(True)
        self.insight_list.setSpacing(2)
        self.insight_list.clicked.connect(self._show_finding)
        self.people = PeoplePage()
        self.people.model.editRequested.connect(self._person_requested)
        self.people.addRequested.connect(self._add_person_row)
        self.people.removeRequested.connect(self._remove_people_rows)
        self.people.pasted.connect(lambda text: self.importRequested.emit(text))
        self.summary = QLabel()
        self.history_bar = HistoryBar()
        self.history_bar.sources = self._history_sources
        self.history_bar.viewChosen.connect(self.show_as_of)
        self.history_bar.compareChosen.connect(self.compare_with)
        self.history_bar.hide()  # until there is a timeline to read
        self.banner = HistoryBanner()
        self.banner.backRequested.connect(self.back_to_now)
        self.change_list = ChangeList()
        self.change_list.peopleChosen.connect(self.show_people)

        self.panel = PersonPanel()
        self.panel.edited.connect(self._person_edited)
        self.panel.logRequested.connect(self.log_interaction)
        self.line_panel = LinePanel()
        self.line_panel.edited.connect(self._line_edited)
        self.scene.selectionChanged.connect(self._selection_changed)
        self.scene.connectRequested.connect(self._connect)
        self.filter = QComboBox()
        self.filter.setToolTip(self.tr("Show only some people"))
        # as wide as "Show everyone": a long choice ("Role: Economic buyer", longer in
        # Russian) is cut in the box and shown whole in the list
        self.filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.filter.setMinimumContentsLength(4)
        self.filter.setMinimumWidth(
            self.filter.fontMetrics().horizontalAdvance(self.tr("Show everyone")) + 44)
        self.filter.currentIndexChanged.connect(self._apply_filter)

        self.toolbar = QToolBar()
        # the toolbar's words are short ("toolbar"), its tooltips say the rest
        self.add_action = self._add(self.tr("Add person", "toolbar"), self.add_person,
                                    QKeySequence("Ctrl+Shift+N"))
        self.add_action.setToolTip(self.tr("Add a person to the map (Ctrl+Shift+N)"))
        self.import_action = self._add(self.tr("Import contacts…", "toolbar"),
                                       lambda: self.importRequested.emit(None))
        self.import_action.setToolTip(self.tr("People from a CRM export, a spreadsheet or "
                                               "vCards"))
        self.delete_action = self._add(self.tr("Delete"), self.delete_selected)
        # Delete only where people and lines are selected: not in the panel or the list.
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.removeAction(self.delete_action)
        self.view.addAction(self.delete_action)
        # the selected card's team and focus, from the keyboard (as in a tree: − and +)
        self.collapse_action = self._card_action(self.tr("Collapse team"), "-",
                                                 lambda sid: self.lens.collapse(sid))
        self.expand_action = self._card_action(self.tr("Expand team"), "+",
                                               lambda sid: self.lens.expand(sid))
        self.focus_action = self._card_action(self.tr("Focus on this person"), "F",
                                              lambda sid: self.focus_on(sid))
        self.connect_group = QActionGroup(self)
        self.connect_group.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        self.connect_actions: dict[str, QAction] = {}
        self.toolbar.addSeparator()
        self.toolbar.addWidget(QLabel(" " + self.tr("Draw:") + " "))
        for kind, text in (("reports", self.tr("Reports to")), ("formal", self.tr("Formal")),
                           ("informal", self.tr("Informal")),
                           ("conflict", self.tr("Conflict"))):
            action = self._add(text, lambda _c=False: self._connect_mode_changed())
            action.setCheckable(True)
            action.setData(kind)
            action.setToolTip(self.tr("Drag from one card to another to draw this kind of "
                                      "line (a person to their manager, or influencer to "
                                      "influenced); click again to stop drawing"))
            self.connect_group.addAction(action)
            self.connect_actions[kind] = action
        self.toolbar.addSeparator()
        self.toolbar.addWidget(QLabel(" " + self.tr("Layout:") + " "))
        self.org_action = self._add(self.tr("Org chart"), lambda: self.apply_layout("org"))
        self.force_action = self._add(self.tr("Force"), lambda: self.apply_layout("force"))
        self.force_action.setToolTip(self.tr(
            "Lay the map out by relationships. Pressed again, it keeps the drawing and "
            "places the people added since near the people they are linked to"))
        self.org_action.setToolTip(self.tr("Lay the map out as an org chart"))
        # zoom and Export in a bar of their own at the right end, which never shrinks:
        # what goes out of sight (behind ») on a narrow window is the editing bar's end
        self.view_bar = QToolBar()
        self.fit_action = self._add(self.tr("Fit"), self.view.fit, QKeySequence("Ctrl+0"),
                                    self.view_bar)
        self._add("+", lambda: self.view.zoom_by(1.25), QKeySequence.StandardKey.ZoomIn,
                  self.view_bar)
        self._add("−", lambda: self.view.zoom_by(0.8), QKeySequence.StandardKey.ZoomOut,
                  self.view_bar)
        self.view_bar.addSeparator()
        self.export_action = self._add(self.tr("Export…"), self.export_dialog,
                                       bar=self.view_bar)
        self.export_action.setToolTip(self.tr("Save the whole map as a PNG or SVG image"))

        # The side: the insights above (the map's verdict, always in sight, short), and
        # below them, in all the height left, either the details of what is selected
        # (one form in one scroll area) or the legend (read now and then: a tab of its
        # own, so it never squeezes the form).
        side = QSplitter(Qt.Orientation.Vertical)
        side.setChildrenCollapsible(False)
        insights_box = QWidget()
        box = QVBoxLayout(insights_box)
        box.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("<b>Insights</b> — click one to see who it concerns"))
        title.setWordWrap(True)
        box.addWidget(title)
        box.addWidget(self.insight_list)
        # while comparing, what changed takes the insights' place
        self.findings = QStackedWidget()
        self.findings.addWidget(insights_box)
        self.findings.addWidget(self.change_list)
        side.addWidget(self.findings)
        self.side = side
        self.details = QStackedWidget()  # the selected person, or the selected line
        self.details.addWidget(self.panel)
        self.details.addWidget(self.line_panel)
        self.details_area = QScrollArea()
        self.details_area.setWidget(self.details)
        self.details_area.setWidgetResizable(True)
        # the form wraps its labels to the width there is: never a sideways scroll
        self.details_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.details_area.setFrameShape(QFrame.Shape.NoFrame)
        legend = QScrollArea()  # small screens: the legend scrolls instead of growing the window
        legend.setWidget(Legend())
        legend.setFrameShape(QFrame.Shape.NoFrame)
        self.side_tabs = QTabWidget()
        self.side_tabs.setDocumentMode(True)
        self.side_tabs.addTab(self.details_area, self.tr("Details"))
        self.side_tabs.addTab(legend, self.tr("Legend"))
        side.addWidget(self.side_tabs)
        side.setStretchFactor(0, 1)
        side.setStretchFactor(1, 3)
        side.setSizes([150, 450])
        canvas = QSplitter()
        canvas.setChildrenCollapsible(False)
        canvas.addWidget(self.view)
        canvas.addWidget(side)
        canvas.setStretchFactor(0, 4)
        canvas.setStretchFactor(1, 1)
        # a side wide enough for the form with its labels above the fields, no value cut
        scrollbar = self.details_area.verticalScrollBar().sizeHint().width()
        side.setMinimumWidth(self.panel.narrowest_width() + scrollbar + 4)
        canvas.setSizes([700, 300])
        map_page = QWidget()
        page = QVBoxLayout(map_page)
        page.setContentsMargins(0, 0, 0, 0)
        bars = QHBoxLayout()
        bars.setContentsMargins(0, 0, 0, 0)
        bars.setSpacing(0)
        bars.addWidget(self.toolbar, 1)
        self.view_bar.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.toolbar.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        bars.addWidget(self.view_bar)
        page.addLayout(bars)
        page.addWidget(self.banner)
        page.addWidget(self._build_focus_bar())
        page.addWidget(canvas, 1)  # the room a large screen adds goes to the map
        self.pages = QTabWidget()
        self.pages.setTabPosition(QTabWidget.TabPosition.South)
        self.pages.addTab(map_page, self.tr("Map"))
        self.pages.addTab(self.people, self.tr("People"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # the filter beside the counts, above the map (not in the toolbar, whose end
        # goes out of sight first, the sooner the longer the language's words)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.history_bar)
        top.addWidget(self.filter)
        layout.addLayout(top)
        self.pages.currentChanged.connect(
            lambda _i: self.filter.setVisible(self.pages.currentWidget() is not self.people))
        layout.addWidget(self.pages)
        self.scene.cardsMoved.connect(self._cards_moved)
        self.view.escapePressed.connect(self._escape)
        self.view.stepRequested.connect(self._step)
        self.view.nudgeRequested.connect(self._nudge)
        self.view.editPersonRequested.connect(self._edit_selected_person)
        self.view.cardMenuRequested.connect(self.show_card_menu)

    def _build_focus_bar(self) -> QWidget:
        """"Focused on 王丽娜 · Steps: 1 2 3 · Show all", above the map while focused."""
        self.focus_bar = QFrame()
        self.focus_bar.setObjectName("focusBar")
        self.focus_bar.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self.focus_bar)
        row.setContentsMargins(8, 2, 8, 2)
        self.focus_label = PlainLabel()  # the person's name, as typed
        self.focus_label.setStyleSheet("font-weight: 600;")
        row.addWidget(self.focus_label)
        row.addSpacing(12)
        steps = QLabel(self.tr("Steps:"))
        steps.setToolTip(self.tr("Show the people up to this many lines away (reporting or "
                                 "influence)"))
        row.addWidget(steps)
        self.hops_group = QButtonGroup(self)
        self.hops_group.setExclusive(True)
        for hops in range(1, MAX_HOPS + 1):
            button = QToolButton()
            button.setText(str(hops))
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setToolTip(self.tr("%n lines away at most", "", hops))
            self.hops_group.addButton(button, hops)
            row.addWidget(button)
        self.hops_group.idClicked.connect(self._hops_chosen)
        row.addStretch(1)
        self.show_all_button = QPushButton(self.tr("Show all"))
        self.show_all_button.setToolTip(self.tr("Leave the focus (Esc)"))
        self.show_all_button.clicked.connect(self.leave_focus)
        row.addWidget(self.show_all_button)
        self.focus_bar.hide()
        return self.focus_bar

    def _card_action(self, text: str, shortcut: str, slot: Callable[[str], Any]) -> QAction:
        """A key on the map for the one selected card."""
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda: self._on_selected_card(slot))
        self.view.addAction(action)
        return action

    def _on_selected_card(self, slot: Callable[[str], Any]) -> None:
        ids = self.scene.selected_ids()
        if len(ids) == 1:
            slot(ids[0])

    def _add(self, text: str, slot: Any, shortcut: Any = None,
             bar: QToolBar | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        (bar if bar is not None else self.toolbar).addAction(action)
        self.addAction(action)
        return action

    # -- content -------------------------------------------------------------------
    def load(self, doc: AccountFile | None, today: dt.date | None = None) -> None:
        """The account as stored now (opened, or edited here or elsewhere). While the
        map shows the past it stays there (the stored account kept for the way back);
        a comparison is made again with the new today; another account ends both."""
        if self.history is not None:
            if doc is not None and self._live is not None \
                    and doc.account.id == self._live.account.id:
                self._live = doc
                if self.history.mode == "compare":
                    self._compare(self.history.since, self.history.moment, today)
                return
            self._end_history()
        self._live = doc
        self._draw(doc, today)
        self.history_bar.setVisible(doc is not None and self.timeline() is not None)

    def _draw(self, doc: AccountFile | None, today: dt.date | None = None) -> None:
        """Draw ``doc`` (today's account, or an earlier version of it)."""
        self._remove_overlay()
        same = doc is not None and self.doc is not None and doc.account.id == self.doc.account.id
        keep = (self.view.transform(), self.view.horizontalScrollBar().value(),
                self.view.verticalScrollBar().value(), self.scene.selected_ids())
        keep_lines = {e.line() for e in self.scene.selected_lines()}
        focused = QApplication.focusWidget()
        self.doc = doc
        self._analysis.stop()  # analysed below
        self.scene.blockSignals(True)  # no selection churn (and panel reset) while rebuilding
        try:
            self.scene.set_document(doc)
        finally:
            self.scene.blockSignals(False)
        self.lens.load(doc)  # shown by the filter below
        self._show_focus_bar()
        self._fill_filter()
        self.people.load(doc)
        self.insights.set_findings(analyze(doc, today or dt.date.today()) if doc else [])
        has_people = bool(doc and doc.stakeholders)
        for action in (self.org_action, self.force_action, self.fit_action,
                       self.export_action):
            action.setEnabled(has_people)
        self.view.show_hint("" if has_people or doc is None else self.tr(
            "No one on this map yet.\n\nAdd a person (Ctrl+Shift+N), or bring in the people "
            "you already have: Import contacts… reads a CRM export, a spreadsheet or a "
            "phone's vCards."))
        if doc is None:
            self.summary.clear()
            return
        self.summary.setText(self._summary_text(doc))
        if same:  # an edit of the account on screen: keep zoom, scroll, selection, focus
            self.view.setTransform(keep[0])
            self.view.horizontalScrollBar().setValue(keep[1])
            self.view.verticalScrollBar().setValue(keep[2])
            self.scene.blockSignals(True)
            self.scene.select_people(keep[3])
            for edge in self.scene.edges:
                if edge.line() in keep_lines:
                    edge.setSelected(True)
            self.scene.blockSignals(False)
            self._selection_changed()
            if focused is not None and self.panel.isAncestorOf(focused) and focused.isEnabled():
                focused.setFocus()
        else:
            self.view.fit_when_shown()
            self._selection_changed()

    def update_people(self, doc: AccountFile, ids: set[str],
                      today: dt.date | None = None) -> None:
        """Only these people's own fields changed (no one added or removed, no line or
        boss changed): their cards and rows are redrawn, the rest stays as it is."""
        if self.history is not None:
            self.load(doc, today)
            return
        self._live = doc
        if self.doc is None or self.doc.account.id != doc.account.id or any(
                sid not in self.scene.cards for sid in ids):
            self.load(doc, today)
            return
        self.doc = doc
        by_id = {p.id: p for p in doc.stakeholders}
        for sid in ids:
            card = self.scene.cards[sid]
            card.set_person(by_id[sid])
            for edge in card.edges:
                edge.adjust()
        self.people.update_people(doc, ids)
        self._analysis_day = today
        self._analysis.start()  # the findings follow once a burst of edits pauses
        if any(by_id[sid].our_owner for sid in ids):
            self._fill_filter()  # a new owner to filter by
        else:
            self._apply_filter()

    def _refresh_findings(self) -> None:
        doc = self.doc
        self.insights.set_findings(analyze(doc, self._analysis_day or dt.date.today())
                                   if doc else [])
        if doc is not None:
            self.summary.setText(self._summary_text(doc))

    def _summary_text(self, doc: AccountFile) -> str:
        """"24 stakeholders · 12 influence lines · 7 insights"."""
        return " · ".join((self.tr("%n stakeholders", "", len(doc.stakeholders)),
                           self.tr("%n influence lines", "", len(doc.influences)),
                           self.tr("%n insights", "", self.insights.rowCount())))

    def set_positions(self, positions: dict[str, Point | None]) -> None:
        """Saved moves (or their undo): move the cards and keep ``doc`` in step."""
        if self._live is not None:
            self._live = with_positions(self._live, positions)
        if self.read_only():
            return  # the past on screen: today's cards move when it is left
        self.scene.set_positions(positions)
        self._sync_overlay()
        if self.doc is not None:
            self.doc = with_positions(self.doc, positions)

    # -- actions -------------------------------------------------------------------
    def apply_layout(self, mode: str) -> None:
        if self.doc is None or self.read_only():
            return
        old = self.scene.positions()
        key = self.doc.account.id
        # Force again keeps the drawing the last Force made (and the user's moves since);
        # people added since join near their manager or the people they are linked to
        known = self._force_people.get(key, set()) if mode == "force" else set()
        new = auto_positions(self.doc, mode,
                             {sid: pos for sid, pos in old.items() if sid in known})
        if mode == "force":
            self._force_people[key] = set(new)
        else:
            self._force_people.pop(key, None)
        moved = {sid: (old[sid], pos) for sid, pos in new.items() if old.get(sid) != pos}
        if moved:
            self.scene.set_positions(new)
            self.moveRequested.emit(moved)
        self.view.fit()

    def export_dialog(self) -> None:
        if not self.panel.commit_pending():
            return
        name = (self.doc.account.id if self.doc else "map") + "-stakeholder-map.png"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export stakeholder map"), str(Path.home() / name),
            self.tr("PNG image (*.png);;SVG drawing (*.svg)"))
        if path:
            try:
                export_map(self.scene, Path(path))
            except RapportError as err:
                self.errorRaised.emit(self.tr("Export failed"), err)

    # -- editing -------------------------------------------------------------------
    def _edit(self, make: Callable[[AccountFile], AccountFile], text: str) -> bool:
        before = self.fetch()
        if before is None or self.read_only():
            return False
        try:
            # Everyone keeps the place they have on screen, laid out or not.
            after = make(with_positions(before, self.scene.positions()))
        except InvalidInput as err:
            message = "; ".join(dict.fromkeys(p.message for p in err.problems))
            if self.panel.isEnabled():  # a refused panel value: show the stored one again
                self._selection_changed()
                self.panel.show_error(self.tr("{action}: {reason}").format(action=text,
                                                                          reason=message))
            else:
                self.errorRaised.emit(self.tr("{action}: not possible").format(action=text),
                                      RapportError(message))
            return False
        self.editRequested.emit((before, after), text)
        return True

    def add_person(self) -> None:
        if self.doc is None or self.read_only() or not self.panel.commit_pending():
            return
        self.filter.setCurrentIndex(0)  # the new person must be visible
        pos = self._free_spot(*self._new_card_spot())
        added: list[str] = []

        def make(doc: AccountFile) -> AccountFile:
            new, sid = map_edits.add_person(doc, self.tr("New person"), pos)
            added.append(sid)
            return new

        if self._edit(make, self.tr("Add person")) and added and added[0] in self.scene.cards:
            self.scene.select_people(added)
            self.view.ensureVisible(self.scene.cards[added[0]], 40, 40)
            self.panel.name.setFocus()
            self.panel.name.selectAll()

    def _free_spot(self, x: float, y: float) -> tuple[float, float]:
        """The nearest place to (x, y) where a card touches no other: along the row
        first (right, then left), then the rows below — never a diagonal pile."""
        taken = list(self.scene.positions().values())
        w, h = style.SLOT.width(), style.SLOT.height()
        step_x, step_y = w + CARD_GAP, h + CARD_GAP
        for row in range(200):
            for col in (0, *(c for n in range(1, 8) for c in (n, -n))):
                cx, cy = x + col * step_x, y + row * step_y
                if not any(abs(cx - px) < step_x and abs(cy - py) < step_y
                           for px, py in taken):
                    return (cx, cy)
        return (x, y)

    def _new_card_spot(self) -> tuple[float, float]:
        """Beside the one selected person (a peer: same row, same manager's team), else
        the middle of what the view shows."""
        ids = self.scene.selected_ids()
        if len(ids) == 1 and ids[0] in self.scene.cards:
            x, y = self.scene.positions()[ids[0]]
            return (x + style.SLOT.width() + CARD_GAP, y)
        centre = self.view.mapToScene(self.view.viewport().rect().center())
        return (round(centre.x() - style.SLOT.width() / 2),
                round(centre.y() - style.SLOT.height() / 2))

    def delete_selected(self) -> None:
        people = self.scene.selected_ids()
        lines = [e.line() for e in self.scene.selected_lines()]
        if not people and not lines:
            return
        # one item is named without a number; several are counted (plural forms)
        what = ((self.tr("Delete %n people", "", len(people)) if len(people) > 1
                 else self.tr("Delete person")) if people
                else (self.tr("Delete %n lines", "", len(lines)) if len(lines) > 1
                      else self.tr("Delete line")))
        self._edit(lambda d: map_edits.remove(d, people, lines), what)

    def _connect(self, source: str, target: str, kind: str) -> None:
        text = {"reports": self.tr("Draw reporting line"),
                "formal": self.tr("Draw formal influence"),
                "informal": self.tr("Draw informal influence"),
                "conflict": self.tr("Draw conflict influence")}.get(
            kind, self.tr("Draw influence line"))
        self._edit(lambda d: map_edits.connect(d, source, target, kind), text)

    # -- the keyboard ------------------------------------------------------------------
    def _step(self, dx: int, dy: int) -> None:
        """Arrow keys: select the nearest visible card that way (none selected: the
        top-left one); ``dx``/``dy`` the direction."""
        cards = [c for c in self.scene.cards.values() if c.isVisible()]
        if not cards:
            return
        ids = self.scene.selected_ids()
        current = self.scene.cards.get(ids[0]) if ids else None
        if current is None:
            target = min(cards, key=lambda c: (c.pos().y(), c.pos().x()))
        else:
            here = current.scene_card_rect().center()
            best: tuple[float, CardItem] | None = None
            for card in cards:
                if card is current:
                    continue
                there = card.scene_card_rect().center()
                along = (there.x() - here.x()) * dx + (there.y() - here.y()) * dy
                across = abs((there.x() - here.x()) * dy) + abs((there.y() - here.y()) * dx)
                if along <= 0 or across > 2 * along:  # not that way
                    continue
                score = along + 2 * across
                if best is None or score < best[0]:
                    best = (score, card)
            if best is None:
                return
            target = best[1]
        self.scene.select_people([target.sid])
        self.view.ensureVisible(target, 40, 40)

    def _nudge(self, dx: int, dy: int) -> None:
        """Ctrl+arrows: move the selected cards one step (one undo step each press)."""
        positions = self.scene.positions()
        moves = {sid: (positions[sid], (positions[sid][0] + dx * NUDGE,
                                        positions[sid][1] + dy * NUDGE))
                 for sid in self.scene.selected_ids() if sid in positions}
        if moves and not self.read_only():
            self.moveRequested.emit(moves)

    def _edit_selected_person(self) -> None:
        if len(self.scene.selected_ids()) == 1 and self.panel.isEnabled():
            self.side_tabs.setCurrentWidget(self.details_area)
            self.panel.name.setFocus()
            self.panel.name.selectAll()

    def _escape(self) -> None:
        """Esc on the map: drop the line being drawn, else leave the drawing mode, else
        leave the focus."""
        if self.scene.cancel_drawing():
            return
        checked = self.connect_group.checkedAction()
        if checked is not None:
            checked.setChecked(False)
            self._connect_mode_changed()
            return
        if not self.leave_focus() and self.history is not None:
            self.back_to_now()

    def _connect_mode_changed(self) -> None:
        checked = self.connect_group.checkedAction()
        self.scene.connect_mode = checked.data() if checked is not None else None
        if checked is None:
            self.scene.cancel_drawing()
        self.view.setDragMode(QGraphicsView.DragMode.NoDrag if checked is not None
                              else QGraphicsView.DragMode.RubberBandDrag)

    def _person_edited(self, sid: str, field: str, value: Any) -> None:
        self._edit(lambda d: map_edits.update_person(d, sid, {field: value},
                                                     today=dt.date.today()),
                   self._set_text(field))

    # -- collapse and focus ----------------------------------------------------------------
    def focus_on(self, sid: str, hops: int | None = None) -> None:
        """Show ``sid``'s people up to ``hops`` lines away (the last choice, else 1) at
        full strength, fade the rest, and frame them."""
        hops = hops or (self.lens.focus[1] if self.lens.focus else 1)
        self.lens.focus_on(sid, hops)
        self.view.fit()

    def _hops_chosen(self, hops: int) -> None:
        if self.lens.focus is not None:
            self.focus_on(self.lens.focus[0], hops)

    def leave_focus(self) -> bool:
        """Everyone at full strength again; whether there was a focus."""
        return self.lens.leave_focus()

    def _lens_changed(self) -> None:
        """A team collapsed or expanded, a focus set, changed or left."""
        self._apply_filter()
        for item in (*self.scene.cards.values(), *self.scene.edges):
            item.setOpacity(1.0)
        # the scene fades what is not around a selected card on a selection change:
        # told again, it does so afresh (and the tab then fades what the focus leaves out)
        self.scene.selectionChanged.emit()
        self._show_focus_bar()

    def _show_focus_bar(self) -> None:
        focus = self.lens.focus
        self.focus_bar.setVisible(focus is not None)
        if focus is None or focus[0] not in self.scene.cards:
            return
        self.focus_label.setText(self.tr("Focused on {name}").format(
            name=self.scene.cards[focus[0]].person.name))
        button = self.hops_group.button(focus[1])
        if button is not None:
            button.setChecked(True)

    def _frame(self) -> QRectF:
        """What Fit frames: the focused people, else every shown card."""
        rect = self.lens.focus_rect()
        return rect if not rect.isEmpty() else self.scene.content_rect()

    # -- the card's menu -----------------------------------------------------------------
    def show_card_menu(self, sid: str, where: QPoint) -> QMenu | None:
        """The menu of a card (right click, the menu key, Shift+F10) at ``where`` (global)."""
        card = self.scene.cards.get(sid)
        if card is None or self.doc is None:
            return None
        if not card.isSelected():  # a right click chooses the card, as a left one would
            self.scene.select_people([sid])
        if self.card_menu is not None:
            self.card_menu.deleteLater()
        menu = self.card_menu = QMenu(self)
        menu.setObjectName("cardMenu")

        def add(text: str, slot: Callable[[], Any], shortcut: Any = None,
                into: QMenu = menu) -> QAction:
            action = into.addAction(text)
            if shortcut is not None:  # shown, as the key that does it on the map
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            return action

        editable = not self.read_only()
        if editable:
            add(self.tr("Edit person"), lambda: self._edit_person(sid), "F2")
            add(self.tr("Log interaction…"), lambda: self.log_interaction(sid))
            menu.addSeparator()
        if self.lens.focus is not None and self.lens.focus[0] == sid:
            add(self.tr("Leave the focus"), self.leave_focus, "Esc")
        else:
            add(self.tr("Focus on this person"), lambda: self.focus_on(sid), "F")
        if self.lens.is_collapsed(sid):
            add(self.tr("Expand team (%n hidden)", "", self.lens.hidden_by(sid)),
                lambda: self.lens.expand(sid), "+")
        elif self.lens.is_manager(sid):
            add(self.tr("Collapse team"), lambda: self.lens.collapse(sid), "-")
        if editable:
            menu.addSeparator()
            draw = menu.addMenu(self.tr("Draw a line from here"))
            for kind, action in self.connect_actions.items():
                add(action.text(), partial(self.draw_from, sid, kind), into=draw)
            menu.addSeparator()
            add(self.tr("Delete"), self.delete_selected, QKeySequence.StandardKey.Delete)
        menu.popup(where)
        return menu

    def _edit_person(self, sid: str) -> None:
        self.scene.select_people([sid])
        self._edit_selected_person()

    def draw_from(self, sid: str, kind: str) -> None:
        """Enter the drawing mode of ``kind`` with a line starting at ``sid``'s card: it
        follows the mouse to the card clicked next (Esc drops it)."""
        card = self.scene.cards.get(sid)
        if card is None or self.read_only():
            return
        self.connect_actions[kind].setChecked(True)
        self._connect_mode_changed()
        self.scene.start_drawing(card)
        self.view.setFocus()

    # -- log an interaction ----------------------------------------------------------------
    def log_interaction(self, sid: str) -> InteractionDialog | None:
        """The "Log interaction" dialog for ``sid`` (shown, not waited for)."""
        doc = self.fetch()
        if doc is None or self.read_only() or not self.panel.commit_pending() or not any(
                s.id == sid for s in doc.stakeholders):
            return None
        if self.interaction_dialog is not None:
            self.interaction_dialog.deleteLater()
        dialog = self.interaction_dialog = InteractionDialog(
            doc, sid, dt.date.today(), self._save_interaction, self)
        dialog.open()
        return dialog

    def _save_interaction(self, values: dict[str, Any]) -> str:
        """Add the interaction as the Plan tab does (the people in it get it as their last
        contact), one undo step; "" when saved, else why not."""
        before = self.fetch()
        if before is None:
            return self.tr("No account is open.")
        today = dt.date.today()
        try:
            after, _index = plan_edits.add_interaction(
                with_positions(before, self.scene.positions()), values, today)
        except InvalidInput as err:
            return "; ".join(dict.fromkeys(p.message for p in err.problems))
        self.editRequested.emit((before, after), self.tr("Log interaction"))
        return ""

    # -- the People page ---------------------------------------------------------------
    def _person_requested(self, request: Any) -> None:
        """A cell of the People table: the same edit, checks and undo as the panel."""
        if self.doc is None or request.account != self.doc.account.id or self.read_only():
            return  # typed into an account no longer shown: nowhere to land
        sid = request.original.id
        (field,) = request.changes
        text = self._set_text(field)
        before = self.fetch()
        if before is None:
            return
        try:
            after = map_edits.update_person(with_positions(before, self.scene.positions()),
                                            sid, request.changes, today=dt.date.today())
        except InvalidInput as err:  # the stored value stays; the reason above the table
            reason = "; ".join(dict.fromkeys(p.message for p in err.problems))
            self.people.show_error(self.tr("{action}: not saved. {reason}").format(
                action=text, reason=reason))
            return
        self.editRequested.emit((before, after), text)

    def _add_person_row(self) -> None:
        """Add person from the People page: a new row, its name ready to type."""
        if self.doc is None or self.read_only() or not self.panel.commit_pending():
            return
        added: list[str] = []

        def make(doc: AccountFile) -> AccountFile:
            new, sid = map_edits.add_person(doc, self.tr("New person"),
                                            self._free_spot(*self._new_card_spot()))
            added.append(sid)
            return new

        if self._edit(make, self.tr("Add person")) and added:
            self.people.select_person(added[0])
            self.people.table.edit(self.people.table.currentIndex())

    def _remove_people_rows(self, rows: list[int]) -> None:
        ids = [self.people.model.item(r).id for r in rows]
        if not ids:
            return
        what = (self.tr("Delete %n people", "", len(ids)) if len(ids) > 1
                else self.tr("Delete person"))
        self._edit(lambda d: map_edits.remove(d, people=ids), what)

    def _set_text(self, field: str, line: bool = False) -> str:
        """What Undo calls an edit of ``field``: "Set title", "Set line strength"."""
        words = {"name": self.tr("name"), "title": self.tr("title"),
                 "department": self.tr("department"), "role": self.tr("role"),
                 "stance": self.tr("stance"), "influence": self.tr("influence"),
                 "relationship": self.tr("relationship"), "reports_to": self.tr("reports to"),
                 "our_owner": self.tr("our owner"), "last_contact": self.tr("last contact"),
                 "email": self.tr("email"), "phone": self.tr("phone"),
                 "messengers": self.tr("messengers"), "notes": self.tr("notes"),
                 "kind": self.tr("kind"), "strength": self.tr("strength"),
                 "note": self.tr("note")}
        word = words.get(field, field.replace("_", " "))
        if line:
            return self.tr("Set line {field}").format(field=word)
        return self.tr("Set {field}").format(field=word)

    def _selection_changed(self) -> None:
        ids = self.scene.selected_ids()
        lines = [e for e in self.scene.selected_lines() if e.kind != "reports"]
        ghosts = [g.sid for g in self.overlay.ghosts.values() if g.isSelected()] \
            if self.overlay is not None else []
        then = self.history.moment if self.history is not None else None
        if not ids and len(ghosts) == 1 and then is not None:
            # someone who left: their details as they were, not to be edited
            self.panel.load(then.doc, ghosts[0])
            self.panel.set_read_only(True)
        else:
            self.panel.load(self.doc, ids[0] if len(ids) == 1 else None)
            self.panel.set_read_only(self.read_only())
        # what a screen reader says of the map: the selected person, in words
        card = self.scene.cards.get(ids[0]) if len(ids) == 1 else None
        self.view.setAccessibleName(card.accessible_text() if card is not None
                                    else self.tr("Stakeholder map"))
        if not ids and len(lines) == 1:
            self.line_panel.load(self.doc, lines[0].line())
            self.details.setCurrentWidget(self.line_panel)
        else:
            self.details.setCurrentWidget(self.panel)
        if ids or lines:  # something chosen on the map: its details, not the legend
            self.side_tabs.setCurrentWidget(self.details_area)
        self.lens.dim()  # the focus fades what the selection left bright

    def _line_edited(self, line: Any, field: str, value: Any) -> None:
        self._edit(lambda d: map_edits.update_line(d, line, {field: value}),
                   self._set_text(field, line=True))
        if field == "kind":  # the edited line is now known by its new kind
            source, target, _kind = line
            for edge in self.scene.edges:
                if edge.line() == (source, target, value):
                    self.scene.clearSelection()
                    edge.setSelected(True)

    def _fill_filter(self) -> None:
        current = self.filter.currentData()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("Show everyone"), None)
        for role in BuyingRole:
            self.filter.addItem(self.tr("Role: {role}").format(role=enum_label(role)),
                                f"role={role.value}")
        for stance in Stance:
            self.filter.addItem(self.tr("Stance: {stance}").format(stance=enum_label(stance)),
                                f"stance={stance.value}")
        owners = sorted({s.our_owner for s in self.doc.stakeholders if s.our_owner}
                        if self.doc else set())
        for owner in owners:
            self.filter.addItem(self.tr("Our owner: {owner}").format(owner=owner),
                                f"our_owner={owner}")
        self.filter.setCurrentIndex(max(0, self.filter.findData(current)))
        fit_popup(self.filter)
        self.filter.blockSignals(False)
        self._apply_filter()

    def _apply_filter(self) -> None:
        """Show the people the filter keeps, less the collapsed teams."""
        choice = self.filter.currentData()
        if choice is None:
            self.lens.apply(None)
            return
        field, _, value = str(choice).partition("=")  # "field=value"

        def keep(card: CardItem) -> bool:
            stored = getattr(card.person, field)
            return bool(getattr(stored, "value", stored) == value)

        self.lens.apply(keep)

    def _show_finding(self, index: QModelIndex) -> None:
        self.show_people(index.data(IDS_ROLE) or [])

    def show_people(self, ids: list[str]) -> None:
        """Select these people's cards (and the ghosts of those who left, comparing)
        and bring them into view."""
        ghosts = [self.overlay.ghosts[i] for i in ids
                  if self.overlay is not None and i in self.overlay.ghosts]
        if ghosts:
            self.scene.blockSignals(True)  # one selection change, below
        self.scene.select_people(ids)
        for ghost in ghosts:
            ghost.setSelected(True)
        if ghosts:
            self.scene.blockSignals(False)
            self.scene.selectionChanged.emit()
        if ids:
            cards = [self.scene.cards[i] for i in ids if i in self.scene.cards]
            if ghosts or len(cards) > 1:
                self.view.centerOn(people_rect([*cards, *ghosts]).center())
            elif cards:
                self.view.centerOn(cards[0])

    # -- the map through time ------------------------------------------------------------
    def read_only(self) -> bool:
        """Whether nothing can be changed: the database is read-only (``locked``, set by
        the window) or the map shows an earlier version."""
        return self.locked or (self.history is not None and self.history.mode == "as_of")

    def _today(self) -> dt.date:
        return dt.date.today()

    def _history_sources(self) -> Sources | None:
        timeline, live = self.timeline(), self._live
        if timeline is None or live is None:
            return None
        try:
            versions = timeline.versions(live.account.id)
        except RapportError:
            versions = []
        today = self._today()
        return Sources(last_review(live, today), versions, today)

    def _moment(self, since: Since) -> tuple[bool, Moment | None]:
        """(found, the version in force then); an error said, (False, None)."""
        timeline, live = self.timeline(), self._live
        if timeline is None or live is None:
            return False, None
        try:
            return True, timeline.at(live.account.id, since)
        except RapportError as err:
            self.errorRaised.emit(self.tr("Cannot show that version"), err)
            return False, None

    def show_as_of(self, since: Since | dt.date | None) -> bool:
        """Draw the account as it was (``since``: a day, a version; None: now),
        read-only; whether the map now shows it."""
        if since is None:
            self.back_to_now()
            return False
        if isinstance(since, dt.date):
            since = Since(day=since, text=since.isoformat())
        if not self.panel.commit_pending():
            return False
        ok, moment = self._moment(since)
        if not ok:
            return False
        if moment is not None and moment.current and since.version is not None:
            self.back_to_now()  # the current version is now
            return False
        day = since.day or (moment.day if moment is not None else self._today())
        self.history = History("as_of", since, moment, day, [])
        self._leave_drawing()
        self._draw(moment.doc if moment is not None else None)
        if moment is None:
            self.view.show_hint(self._not_kept_text(day))
        self._show_history()
        self.redrawn.emit()
        return True

    def compare_with(self, since: Since | dt.date | None) -> bool:
        """Today's map with what changed since ``since`` (a day, a version) drawn over
        it and listed beside it; None: stop comparing."""
        if since is None:
            self.back_to_now()
            return False
        if isinstance(since, dt.date):
            since = Since(day=since, text=since.isoformat())
        ok, moment = self._moment(since)
        if not ok:
            return False
        self._compare(since, moment)
        return True

    def _compare(self, since: Since, moment: Moment | None,
                 today: dt.date | None = None) -> None:
        live = self._live
        if live is None:
            return
        then = moment.doc if moment is not None else live.model_copy(update={
            "stakeholders": [], "influences": [], "risks": [], "objectives": []})
        day = since.day or (moment.day if moment is not None else self._today())
        # health too (as `diff` and the PDF count it): then on the day asked about, now today
        found = (changes(then, live, old_day=day, new_day=today or self._today(),
                         settings=self.scoring())
                 if moment is not None else changes(then, live))
        self.history = History("compare", since, moment, day, found)
        self._draw(live, today)
        then_known = moment if moment is not None else Moment(0, dt.datetime.min, "", then)
        self.history.moment = then_known
        self.overlay = CompareOverlay(self.scene, self.scene.cards, then, found)
        self._overlay_sync.start()
        self.change_list.set_changes(found, names_of(then, live), day_text(day))
        self._show_history()
        self.redrawn.emit()

    def back_to_now(self) -> None:
        """Today's map again, editable (the selection kept where its people are)."""
        if self.history is None:
            return
        self._end_history()
        self._draw(self._live)
        self.redrawn.emit()

    def _end_history(self) -> None:
        self.history = None
        self._remove_overlay()
        self._show_history()

    def _remove_overlay(self) -> None:
        self._overlay_sync.stop()
        if self.overlay is not None:
            self.overlay.remove()
        self.overlay = None

    def _sync_overlay(self) -> None:
        if self.overlay is not None:
            self.overlay.sync()

    def _leave_drawing(self) -> None:
        checked = self.connect_group.checkedAction()
        if checked is not None:
            checked.setChecked(False)
            self._connect_mode_changed()

    def _not_kept_text(self, day: dt.date) -> str:
        info = self._history_sources()
        first = info.versions[0].saved_at.date() if info and info.versions else None
        if first is None:
            return self.tr("Nothing of this account is kept from {date}.").format(
                date=day_text(day))
        return self.tr("On {date} this account was not in Rapport yet: its first kept "
                       "version is from {first}.").format(date=day_text(day),
                                                          first=day_text(first))

    def _show_history(self) -> None:
        """The banner, the buttons, what can be edited, the side: as the mode says."""
        history = self.history
        read_only = self.read_only()
        for action in (self.add_action, self.import_action, self.delete_action,
                       *self.connect_actions.values()):
            action.setEnabled(not read_only)
        if read_only:
            for action in (self.org_action, self.force_action):
                action.setEnabled(False)
        for card in self.scene.cards.values():
            card.setFlag(card.GraphicsItemFlag.ItemIsMovable, not read_only)
        self.panel.set_read_only(read_only)
        self.line_panel.setEnabled(not read_only)
        self.people.setEnabled(not read_only)
        if read_only and self.pages.currentWidget() is self.people:
            self.pages.setCurrentIndex(0)
        self.pages.setTabEnabled(self.pages.indexOf(self.people), not read_only)
        comparing = history is not None and history.mode == "compare"
        was_comparing = self.findings.currentWidget() is self.change_list
        if comparing and not was_comparing:  # the list gets room; given back after
            self._side_sizes = self.side.sizes()
            total = sum(self._side_sizes)
            self.side.setSizes([total * 3 // 5, total - total * 3 // 5])
        elif was_comparing and not comparing and self._side_sizes:
            self.side.setSizes(self._side_sizes)
        self.findings.setCurrentIndex(1 if comparing else 0)
        if history is None:
            self.banner.hide()
            self.history_bar.show_state(None, None)
            return
        day = day_text(history.day)
        if comparing:
            self.history_bar.show_state(None, day)
            self.banner.say(self._compare_text(history, day), NEW)
        else:
            self.history_bar.show_state(day, None)
            self.banner.say(self._as_of_text(history, day), PAST_HUE)

    def _as_of_text(self, history: History, day: str) -> str:
        moment = history.moment
        if moment is None:
            return self.tr("As of {date}: not in Rapport yet — read-only").format(date=day)
        saved = day_text(moment.day)
        if saved == day:
            return self.tr("As of {date} (version {number}, saved by {who}) — read-only"
                           ).format(date=day, number=moment.version, who=moment.saved_by)
        return self.tr("As of {date} (version {number}, saved {saved} by {who}) — "
                       "read-only").format(date=day, number=moment.version, saved=saved,
                                           who=moment.saved_by)

    def _compare_text(self, history: History, day: str) -> str:
        moment = history.moment
        if moment is None or moment.version == 0:
            return self.tr("Compared with {date}: the account was not in Rapport yet, so "
                           "everyone is new").format(date=day)
        return self.tr("Today compared with {date} (version {number}, saved by {who}): "
                       "new people outlined, those who left as ghosts").format(
            date=day, number=moment.version, who=moment.saved_by)

    def _cards_moved(self, moves: dict[str, Any]) -> None:
        if not self.read_only():
            self.moveRequested.emit(moves)


def fit_popup(combo: QComboBox) -> None:
    """Let the list of a narrow choice be as wide as its longest entry."""
    view = combo.view()
    view.setMinimumWidth(view.sizeHintForColumn(0) + 2 * view.frameWidth() + 24)


def with_positions(doc: AccountFile, positions: Mapping[str, Point | None]) -> AccountFile:
    """The document with these card positions written into it."""
    people = []
    for person in doc.stakeholders:
        if person.id in positions:
            pos = positions[person.id]
            person = person.model_copy(
                update={"position": Position(x=pos[0], y=pos[1]) if pos else None})
        people.append(person)
    return doc.model_copy(update={"stakeholders": people})
