"""Main window: account list on the left, the selected account's tabs on the right.

The app shows this window before its database is open (issue 13: "show the window
first, load behind it"): ``MainWindow(None, database=name)`` is the frame (menus, the
list's place, the overview saying the database is being opened) and imports neither
pydantic nor SQLAlchemy; :meth:`MainWindow.load` fills it once ``app.views.gui`` has
opened the database in a thread. ``MainWindow(services)`` does both at once.

The Stakeholder map, Stages & gaps and Plan tabs are built when first shown or used
(``window.map`` builds the map tab), each with its code: an account opens on its
profile, and most starts never show one of them.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPalette, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QFrame,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.errors import InvalidInput, RapportError
from app.models.enums import label
from app.views.formatting import number
from app.views.i18n import QT_TRANSLATE_NOOP
from app.views.plain import PlainLabel, escape, plain
from app.views.portfolio.view import PortfolioView
from app.views.targets import confirm_read_only

if TYPE_CHECKING:  # imported where used: the frame is shown before they are loaded
    from app.bootstrap import Services
    from app.models.account import AccountFile
    from app.services.accounts import DamagedAccount, PersonHit
    from app.services.team import AccountEvent
    from app.services.timeline import Timeline
    from app.views.account_model import AccountTableModel
    from app.views.assessment.tab import AssessmentTab
    from app.views.commands import WorkspaceCommand
    from app.views.damaged_page import DamagedPage
    from app.views.live_changes import LiveChanges
    from app.views.map.tab import MapTab
    from app.views.people_search import PeopleSearch
    from app.views.plan.tab import PlanTab
    from app.views.profile_form import ProfileForm
    from app.views.workspace import AccountChange, Workspace

log = logging.getLogger("rapport.views")
UNDO_LIMIT = 200
#: ms between a change notice and showing it: a colleague's burst of saves is shown once
LIVE_DELAY = 150
#: the tabs built on first use: (name, title), after the Profile tab, in this order; the
#: titles are English sources, shown through tab_title()
LAZY_TABS = (("map", QT_TRANSLATE_NOOP("MainWindow", "Stakeholder map")),
             ("assessment", QT_TRANSLATE_NOOP("MainWindow", "Stages && gaps")),
             ("plan", QT_TRANSLATE_NOOP("MainWindow", "Plan")))
#: the account list's column widths (the name column takes the rest: long names show in
#: full, so the columns shown by default are few and narrow)
COLUMN_WIDTHS = {1: 75, 2: 100, 3: 80, 4: 120, 5: 100, 6: 115, 7: 115, 8: 55}
#: what a person panel's field is called in a message (the map's text fields)
PERSON_FIELDS = {
    "name": QT_TRANSLATE_NOOP("MainWindow", "name"),
    "title": QT_TRANSLATE_NOOP("MainWindow", "title"),
    "department": QT_TRANSLATE_NOOP("MainWindow", "department"),
    "our_owner": QT_TRANSLATE_NOOP("MainWindow", "owner on our side"),
    "email": QT_TRANSLATE_NOOP("MainWindow", "e-mail"),
    "phone": QT_TRANSLATE_NOOP("MainWindow", "phone"),
    "messengers": QT_TRANSLATE_NOOP("MainWindow", "messengers"),
    "last_contact": QT_TRANSLATE_NOOP("MainWindow", "last contact"),
    "notes": QT_TRANSLATE_NOOP("MainWindow", "notes"),
}


def tab_title(title: str) -> str:
    """A title of LAZY_TABS in the language of the windows."""
    return QCoreApplication.translate("MainWindow", title)


def opening_text() -> str:
    return QCoreApplication.translate("MainWindow", "Opening the database…")


def _person_field(field: str) -> str:
    source = PERSON_FIELDS.get(field)
    return (QCoreApplication.translate("MainWindow", source) if source
            else field.replace("_", " "))


#: how long the status bar says who changed an account
LIVE_MESSAGE_MS = 30000


def changed_by(user: str, when: dt.datetime) -> str:
    """"Changed by Anna at 14:02": the status bar after a colleague's save of the open
    account."""
    return QCoreApplication.translate("MainWindow", "Changed by {user} at {time}").format(
        user=user or "?", time=when.strftime("%H:%M"))


def live_text(what: str, name: str, user: str, when: dt.datetime) -> str:
    """The status bar after another account was ``what`` ("added", "changed",
    "deleted") elsewhere."""
    time = when.strftime("%H:%M")
    if what == "deleted" and not user:  # (a deletion found by polling names nobody)
        return QCoreApplication.translate("MainWindow", "{account} was deleted at {time}"
                                          ).format(account=name, time=time)
    text = {"added": QT_TRANSLATE_NOOP("MainWindow", "{account} added by {user} at {time}"),
            "deleted": QT_TRANSLATE_NOOP("MainWindow",
                                         "{account} deleted by {user} at {time}"),
            }.get(what, QT_TRANSLATE_NOOP("MainWindow",
                                          "{account} changed by {user} at {time}"))
    return QCoreApplication.translate("MainWindow", text).format(account=name, user=user,
                                                                 time=time)


def _open_in_viewer(path: Path) -> None:
    from app.views.pdf_export import open_in_viewer

    open_in_viewer(path)


class MainWindow(QMainWindow):
    services: Services
    workspace: Workspace
    model: AccountTableModel
    profile: ProfileForm
    tabs: QTabWidget
    people_search: PeopleSearch
    damaged_page: DamagedPage

    def __init__(
        self, services: Services | None, settings: QSettings | None = None, *,
        restore: bool = True, database: str = "", live: bool = False,
    ) -> None:
        """``services`` None: the frame shown while the database ``database`` (its name)
        opens; :meth:`load` fills it. ``restore=False`` only fills the list; call
        :meth:`restore_settings` later (the app does so once the database's background
        integrity check passed). ``live``: colleagues' and commands' saves show within
        a few seconds (the app; tests that are about it)."""
        super().__init__()
        #: watching the database for others' saves (see load)
        self._live_wanted = live
        self.live: LiveChanges | None = None
        #: change notices waiting to be shown, by account (a burst is shown once)
        self._live_pending: dict[str, AccountEvent] = {}
        self._live_timer = QTimer(self)
        self._live_timer.setSingleShot(True)
        self._live_timer.setInterval(LIVE_DELAY)
        self._live_timer.timeout.connect(self._show_live_changes)
        self.settings = settings if settings is not None else QSettings()
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_LIMIT)  # steps are deltas, but not endless
        self.current_key: str | None = None
        #: how an exported PDF is shown (tests replace it: no viewer is started)
        self.open_pdf: Callable[[Path], None] | None = _open_in_viewer
        self._loaded = False  # load() ran: the list and the tabs are there
        self._geometry_restored = False
        self._list_restored = False  # the last account was reopened (what is saved)
        self._abandoned = False  # closed without saving anything: see abandon()
        #: closed to start again (Preferences › Restart now): app.views.gui does it
        self.restart_requested = False
        #: the restart opens another database (File › Connect to a team server…, Use
        #: the local database): --db and $RAPPORT_DB are left out, the settings decide
        self.restart_switch = False
        #: variables for the restarted app (a password typed for this session only)
        self.restart_env: dict[str, str] = {}
        #: the database may only be read (a read-only role on the server)
        self.read_only = False
        #: the kept versions of the open database, read through one Timeline (it keeps the
        #: last few it read: a date picker moved back reads nothing again)
        self._timeline_obj: Timeline | None = None
        self._timeline_of: object = None
        self._database = services.db.display_name if services is not None else database
        self.setWindowTitle(f"Rapport — {self._database}")
        opening = services is None
        self._build_list(opening)
        self._build_detail(opening)
        splitter = QSplitter()
        splitter.addWidget(self.list_panel)
        splitter.addWidget(self.detail_stack)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        from app.views.read_only import read_only_banner

        #: "Read-only: your role on this server can only read" (hidden otherwise)
        self.read_only_banner = read_only_banner()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.read_only_banner)
        column.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self._build_actions()
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        #: the open account as its tabs show it: an outside change is told from it
        self._shown: AccountFile | None = None
        #: tabs whose content is older than the account: loaded when they are shown
        self._stale: set[str] = set()
        #: accounts edited while the overview was hidden: scored when it is shown
        self._unscored: set[str] = set()
        #: the tabs built so far, by name (LAZY_TABS)
        self._built: dict[str, QWidget] = {}
        if services is None:
            for action in self._database_actions:
                action.setEnabled(False)
            self.statusBar().showMessage(self.tr("Opening {database}…").format(
                database=database))
            self._restore_geometry()
        else:
            self.load(services, restore=restore)

    def load(self, services: Services, *, restore: bool = True) -> None:
        """Fill the window from the open database: the list, the tabs, the overview's
        scoring; ``restore`` also reopens the account looked at last."""
        from app.views.account_model import AccountTableModel
        from app.views.workspace import Workspace

        self.services = services
        self.workspace = Workspace(services.accounts, self)
        self.scoring = services.settings.scoring()
        self._database = services.db.display_name
        self.setWindowTitle(f"Rapport — {self._database}")
        self.model = AccountTableModel(self)
        self._fill_list()
        self._fill_detail()
        self.workspace.accountAdded.connect(self._on_account_added)
        self.workspace.accountChanged.connect(self._on_account_changed)
        self.workspace.accountRemoved.connect(self._on_account_removed)
        self.workspace.reset.connect(self.reload)
        self.workspace.reset.connect(self.rescore_portfolio)
        self.workspace.failed.connect(self._on_command_failed)
        self.profile.edited.connect(self._on_profile_edited)
        app = QApplication.instance()
        if isinstance(app, QApplication):  # back in front: was the account replaced?
            app.applicationStateChanged.connect(self._on_application_state)
        for action in self._database_actions:
            action.setEnabled(True)  # (those about an account: see _set_current)
        self.local_action.setEnabled(services.db.server)
        self.read_only = services.db.readonly
        if self.read_only:
            self._enter_read_only()
        self.search.setEnabled(True)
        self.statusBar().showMessage(
            self.tr("Database: {database}").format(database=self._database), 8000)
        self._loaded = True

        self.reload()
        self.rescore_portfolio()
        if self._live_wanted:
            self.start_live()
        if restore:
            self.restore_settings()

    def is_loaded(self) -> bool:
        """Whether the window shows its database: the list (:meth:`load`) and the account
        looked at last (:meth:`restore_settings`)."""
        return self._loaded and self._list_restored

    # -- construction ------------------------------------------------------------
    def _build_list(self, opening: bool) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search accounts and people (name, title, "
                                               "industry, owner, tier, stage)…"))
        self.search.setClearButtonEnabled(True)
        self.search.setEnabled(not opening)
        self.search.textChanged.connect(self._on_search)
        self.table = QTableView()
        self.list_panel = QWidget()
        layout = QVBoxLayout(self.list_panel)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 3)
        self._list_placeholder: QLabel | None = None
        if opening:  # the list's place, as an empty list says it: the accounts come next
            placeholder = QLabel(opening_text())
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            placeholder.setFrameShape(QFrame.Shape.StyledPanel)
            placeholder.setAutoFillBackground(True)
            placeholder.setBackgroundRole(QPalette.ColorRole.Base)
            placeholder.setStyleSheet("color: #78909c;")
            self.table.hide()
            layout.addWidget(placeholder, 3)
            self._list_placeholder = placeholder

    def _fill_list(self) -> None:
        from app.views.account_model import COLUMNS
        from app.views.people_search import PeopleSearch

        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        header.setMinimumSectionSize(40)
        for col, width in self._column_widths().items():
            self.table.setColumnWidth(col, width)
        for col, column in enumerate(COLUMNS):
            self.table.setColumnHidden(col, not column.shown_by_default)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        layout = self.list_panel.layout()
        assert isinstance(layout, QVBoxLayout)
        if self._list_placeholder is not None:
            layout.removeWidget(self._list_placeholder)
            self._list_placeholder.deleteLater()
            self._list_placeholder = None
            self.table.show()
        self.people_search = PeopleSearch(self.services.accounts.find_people, self.open_person)
        layout.addWidget(self.people_search, 2)

    def _build_detail(self, opening: bool) -> None:
        # The portfolio overview is what shows when no account is selected.
        self.portfolio = PortfolioView(opening=opening_text() if opening else None)
        self.portfolio.accountActivated.connect(self.open_account)
        self.portfolio.planItemActivated.connect(self.open_plan_item)
        portfolio_page = QScrollArea()  # scrolls on small screens, never forces a tall window
        portfolio_page.setWidget(self.portfolio)
        portfolio_page.setWidgetResizable(True)
        portfolio_page.setFrameShape(QFrame.Shape.NoFrame)
        self.portfolio.damagedFound.connect(self._on_damaged_found)
        self.detail_stack = QStackedWidget()
        self.detail_stack.addWidget(portfolio_page)
        self.detail_stack.currentChanged.connect(self._on_page_changed)
        self._opening_page: QLabel | None = None
        last = self.settings.value("window/lastAccount") if opening else None
        if isinstance(last, str) and last:  # an account opens next, not the overview
            self._opening_page = QLabel(opening_text())
            self._opening_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._opening_page.setStyleSheet("color: #78909c;")
            self.detail_stack.addWidget(self._opening_page)
            self.detail_stack.setCurrentWidget(self._opening_page)

    def _column_widths(self) -> dict[int, int]:
        """The list's column widths: the tier, stage and lifecycle columns as wide as their
        longest name in the language of the windows, if that is more."""
        from app.models.enums import LifecycleStage, RelationshipStage, Tier

        metrics = self.table.fontMetrics()
        widths = dict(COLUMN_WIDTHS)
        for col, vocabulary in ((1, Tier), (2, RelationshipStage), (3, LifecycleStage)):
            widest = max(metrics.horizontalAdvance(label(value)) for value in vocabulary)
            widths[col] = max(widths[col], widest + 12)  # the cell's margins
        return widths

    def _fill_detail(self) -> None:
        from app.views.damaged_page import DamagedPage
        from app.views.profile_form import ProfileForm

        self.title = PlainLabel()  # the account's name: shown as typed, never as markup
        self.title.setObjectName("accountTitle")
        self.title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = PlainLabel()
        self.subtitle.setStyleSheet("color: #5f6b76;")
        self.profile = ProfileForm()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.profile, self.tr("Profile"))
        for _name, title in LAZY_TABS:
            self.tabs.addTab(QWidget(), tab_title(title))  # stands in until the tab is built
        self.tabs.currentChanged.connect(self._on_tab_changed)
        # the account list's switch where the eye is when the map needs room
        self.list_button = QToolButton()
        self.list_button.setText(self.tr("Accounts"))
        self.list_button.setToolTip(self.tr("Show or hide the list of accounts "
                                            "(Ctrl+Shift+L)"))
        self.list_button.setCheckable(True)
        self.list_button.setChecked(True)
        self.list_button.setAutoRaise(True)
        # an arrow, so it reads as a switch and not as one more tab: ◀ hides, ▶ shows
        self.list_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.list_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.list_button.toggled.connect(self._show_list)
        self.tabs.setCornerWidget(self.list_button, Qt.Corner.TopLeftCorner)
        detail = QWidget()
        layout = QVBoxLayout(detail)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.tabs)
        self.damaged_page = DamagedPage()  # instead of the tabs, for an unreadable account
        self.damaged_page.rescueRequested.connect(self.rescue_account)
        if self._opening_page is not None:  # the pages go 0 overview, 1 tabs, 2 damaged
            self.detail_stack.setCurrentIndex(0)
            self.detail_stack.removeWidget(self._opening_page)
            self._opening_page.deleteLater()
            self._opening_page = None
        self.detail_stack.addWidget(detail)
        self.detail_stack.addWidget(self.damaged_page)

    # -- the tabs built on first use -------------------------------------------------------
    @property
    def map(self) -> MapTab:
        return cast("MapTab", self._tab("map"))

    @property
    def assessment(self) -> AssessmentTab:
        return cast("AssessmentTab", self._tab("assessment"))

    @property
    def plan(self) -> PlanTab:
        return cast("PlanTab", self._tab("plan"))

    @property
    def stakeholders(self) -> Any:
        """The map tab's people list."""
        return self.map.people

    def _tab(self, name: str) -> QWidget:
        """The tab ``name`` of LAZY_TABS, built and put in its place the first time."""
        tab = self._built.get(name)
        if tab is None:
            tab = self._make_tab(name)
            self._built[name] = tab
            index = 1 + [n for n, _title in LAZY_TABS].index(name)
            stand_in, title = self.tabs.widget(index), self.tabs.tabText(index)
            current = self.tabs.currentIndex()
            blocked = self.tabs.blockSignals(True)  # the same tab stays current
            try:
                self.tabs.removeTab(index)
                self.tabs.insertTab(index, tab, title)
                self.tabs.setCurrentIndex(current)
            finally:
                self.tabs.blockSignals(blocked)
            if stand_in is not None:
                stand_in.deleteLater()
            self._stale.add(name)  # empty: loaded when shown, if an account is open
        return tab

    def _make_tab(self, name: str) -> QWidget:
        if name == "map":
            from app.views.map.tab import MapTab

            map_tab = MapTab()
            map_tab.moveRequested.connect(self._on_cards_moved)
            map_tab.editRequested.connect(
                lambda change, text: self._on_document_edited(change, text, "map"))
            map_tab.fetch = self._fetch
            map_tab.errorRaised.connect(self._error)
            map_tab.importRequested.connect(self._on_contacts_requested)
            # (after the map's own: the person panel it fills stays locked when read-only)
            map_tab.scene.selectionChanged.connect(self._lock_read_only)
            # the map through time (Now ▾, Compare with… ▾) reads the kept versions; a
            # redraw (back to now, a comparison) is locked again on a read-only server
            map_tab.timeline = self._timeline
            map_tab.scoring = lambda: self.scoring
            map_tab.redrawn.connect(self._lock_read_only)
            return map_tab
        if name == "assessment":
            from app.views.assessment.tab import AssessmentTab

            assessment = AssessmentTab()
            assessment.fetch = self._fetch
            assessment.editRequested.connect(
                lambda change, text: self._on_document_edited(change, text, "assessment"))
            assessment.fieldRequested.connect(self._on_field_requested)
            assessment.settingsRequested.connect(self.edit_scoring_settings)
            assessment.peopleRequested.connect(self._show_people_on_map)
            assessment.errorRaised.connect(self._error)
            return assessment
        from app.views.plan.tab import PlanTab

        plan = PlanTab()
        plan.fetch = self._fetch
        # each review's changes since the one before, and an agenda filled from them
        plan.timeline = self._timeline()
        plan.scoring = lambda: self.scoring
        plan.editRequested.connect(
            lambda change, text: self._on_document_edited(change, text, "plan"))
        plan.errorRaised.connect(self._error)
        return plan

    def _timeline(self) -> Timeline | None:
        """The open database's kept versions (None before it is open)."""
        from app.services.timeline import Timeline

        if getattr(self, "services", None) is None:
            return None
        if self._timeline_of is not self.services:
            self._timeline_obj, self._timeline_of = Timeline(self.services.accounts), \
                self.services
        return self._timeline_obj

    def _fetch(self) -> AccountFile | None:
        """The open account as stored (what the tabs' edits start from)."""
        return self.workspace.snapshot(self.current_key) if self.current_key else None

    def _built_tab(self, name: str) -> Any:
        """The tab ``name`` if it was built, else None (nothing to update in it)."""
        return self._built.get(name)

    def _current_tab(self) -> str:
        """The name of the tab on screen: "profile" or one of LAZY_TABS."""
        index = self.tabs.currentIndex()
        return LAZY_TABS[index - 1][0] if 1 <= index <= len(LAZY_TABS) else "profile"

    def _on_tab_changed(self, _index: int) -> None:
        name = self._current_tab()
        if name != "profile":
            self._tab(name)  # a stand-in was clicked: the tab takes its place
        if self._geometry_restored:
            self._follow_list_setting()
        self._refresh_current_tab()

    def _on_undo_text(self, text: str) -> None:
        self.undo_action.setText(self.tr("&Undo {action}").format(action=text) if text
                                 else self.tr("&Undo"))

    def _on_redo_text(self, text: str) -> None:
        self.redo_action.setText(self.tr("&Redo {action}").format(action=text) if text
                                 else self.tr("&Redo"))

    def _action(self, text: str, slot: Any, shortcut: Any = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(self.tr("&New account…"), self.new_account,
                                       QKeySequence.StandardKey.New,
                                       self.tr("Create an account"))
        self.import_action = self._action(self.tr("&Import account files…"),
                                          self.import_files, "Ctrl+I")
        self.export_action = self._action(self.tr("&Export account…"), self.export_current,
                                          "Ctrl+E")
        self.people_action = self._action(
            self.tr("Export p&eople…"), self.export_people,
            tip=self.tr("The account's people as an Excel workbook (with actions, risks and "
                        "interactions) or CSV"))
        self.pdf_action = self._action(self.tr("Export plan as &PDF…"), self.export_pdf,
                                       "Ctrl+Shift+E",
                                       self.tr("The account plan as a PDF: internal, client "
                                               "or executive edition"))
        self.demo_action = self._action(self.tr("Load &demo workspace"), self.load_demo)
        self.contacts_action = self._action(
            self.tr("Import &contacts…"), lambda: self.import_contacts(), "Ctrl+Shift+I",
            self.tr("People from a CRM export, a spreadsheet or a phone's vCards, into the "
                    "open account"))
        self.export_map_action = self._action(self.tr("Export stakeholder &map…"),
                                              self._export_map,
                                              tip=self.tr("PNG or SVG image"))
        self.connect_action = self._action(
            self.tr("Connect to a &team server…"), self.connect_to_server,
            tip=self.tr("Work on the account team's shared PostgreSQL database"))
        self.local_action = self._action(
            self.tr("Use the &local database"), self.use_local_database,
            tip=self.tr("Leave the team server and start again on the database of this "
                        "computer"))
        self.local_action.setEnabled(False)
        self.history_action = self._action(
            self.tr("&History of this account…"), self.show_history, "Ctrl+Shift+H",
            self.tr("Every kept version: who saved it, when, and what changed"))
        self.history_action.setEnabled(False)
        self.backup_action = self._action(self.tr("&Back up now…"), self.back_up_now,
                                          tip=self.tr("Copy the database into its backups "
                                                      "folder"))
        self.restore_action = self._action(self.tr("&Restore from backup…"),
                                           self.restore_from_backup,
                                           tip=self.tr("See a backup's date and accounts, "
                                                       "then replace the database with it"))
        quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        # Own actions rather than createUndoAction(): a half-typed field is saved
        # (or its error shown) before undo/redo touches anything.
        self.undo_action = self._action(self.tr("&Undo"), self.undo,
                                        QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self._action(self.tr("&Redo"), self.redo,
                                        QKeySequence("Ctrl+Shift+Z"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_stack.undoTextChanged.connect(self._on_undo_text)
        self.undo_stack.redoTextChanged.connect(self._on_redo_text)
        self.delete_action = self._action(self.tr("&Delete account…"), self.delete_current,
                                          QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.table.addAction(self.delete_action)
        self.find_action = find_action = self._action(
            self.tr("&Find account"), self._focus_search, QKeySequence.StandardKey.Find)
        about_action = self._action(self.tr("&About Rapport"), self.about)
        about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.portfolio_action = self._action(self.tr("&Portfolio overview"),
                                             self.show_portfolio, "Ctrl+Shift+P",
                                             self.tr("All accounts: tier grid, health, "
                                                     "at-risk accounts and stage gaps"))
        self.scoring_action = self._action(self.tr("&Scoring settings…"),
                                           self.edit_scoring_settings,
                                           tip=self.tr("Health weights, churn warning, tier "
                                                       "thresholds and exchange rates"))
        self.preferences_action = self._action(self.tr("&Preferences…"),
                                               self.edit_preferences,
                                               QKeySequence.StandardKey.Preferences,
                                               self.tr("The language of the windows and "
                                                       "your name"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)

        #: what needs the database: off while it is being opened
        self._database_actions = [
            self.new_action, self.import_action, self.export_action, self.pdf_action,
            self.demo_action, self.export_map_action, self.backup_action, self.restore_action,
            self.delete_action, self.portfolio_action, self.scoring_action,
            self.contacts_action, self.people_action]

        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for a in (self.new_action, self.import_action, self.contacts_action,
                  self.export_action, self.people_action, self.pdf_action,
                  self.export_map_action, self.demo_action):
            file_menu.addAction(a)
        file_menu.addSeparator()
        file_menu.addAction(self.connect_action)
        file_menu.addAction(self.local_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.delete_action)
        edit_menu.addAction(find_action)
        edit_menu.addAction(self.history_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.scoring_action)
        edit_menu.addAction(self.preferences_action)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.portfolio_action)
        # a laptop's width for the map or the plan: the list steps aside (and comes back)
        self.list_action = self._action(self.tr("Account &list"), self._show_list,
                                        "Ctrl+Shift+L",
                                        self.tr("Show or hide the list of accounts"))
        self.list_action.setCheckable(True)
        self.list_action.setChecked(True)
        view_menu.addAction(self.list_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        self.shortcuts_action = help_menu.addAction(self.tr("&Keyboard shortcuts"),
                                                    self.show_shortcuts)
        self.glossary_action = help_menu.addAction(self.tr("&Glossary"), self.show_glossary)
        self.glossary_action.setStatusTip(self.tr(
            "What the map's badges, fills and borders, the stages and the findings mean"))
        help_menu.addSeparator()
        help_menu.addAction(about_action)
        toolbar = self.addToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.portfolio_action)
        toolbar.addSeparator()
        for a in (self.new_action, self.import_action, self.export_action, self.pdf_action):
            toolbar.addAction(a)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)

    # -- state -----------------------------------------------------------------------
    def reload(self) -> None:
        """Refill the list from the database, keeping the selected account if it exists."""
        key = self.current_key
        self.model.set_summaries(self.workspace.summaries())
        self.select(key)
        self._update_counts()

    def rescore_portfolio(self) -> None:
        """Score every account again in the background (start, import, new settings)."""
        self.portfolio.start(self.services.portfolio, dt.date.today(), self.scoring)

    def _rescore(self, key: str) -> None:
        """One account changed: only its portfolio row is scored again, when the
        overview is on screen; else when it is shown (an edit does not wait for it)."""
        if self.detail_stack.currentIndex() != 0:
            self._unscored.add(key)
            return
        from app.services.portfolio import score_document

        try:
            # the same definition as the background scoring, on the account just read
            self.portfolio.update_account(
                score_document(self.workspace.snapshot(key), dt.date.today(), self.scoring))
        except RapportError as err:  # shown elsewhere already; the overview can wait
            log.warning("cannot rescore %s: %s", key, err)

    def show_portfolio(self) -> None:
        """Back to the overview: no account selected."""
        self._commit_plan()
        if self.current_key is not None and not self.profile.commit_pending():
            return
        self.select(None)

    def open_account(self, key: str) -> None:
        """Open an account picked in the overview, even if the search hides it."""
        if self.model.row_of(key) < 0:
            self.search.clear()
        self.select(key)

    def open_person(self, hit: PersonHit) -> None:
        """A person found by the search: their account's map, with them selected."""
        self.open_account(hit.account)
        if self.current_key == hit.account:
            self.tabs.setCurrentWidget(self.map)
            self.map.show_people([hit.person])

    def open_plan_item(self, key: str, section: str, item_id: str) -> None:
        """Open an account's Plan tab at a review or action picked in the overview."""
        self.open_account(key)
        if self.current_key == key:
            self.tabs.setCurrentWidget(self.plan)
            self.plan.show_item(section, item_id)

    def select(self, key: str | None) -> None:
        row = self.model.row_of(key) if key else -1
        if row < 0:
            self.table.clearSelection()
            self.table.setCurrentIndex(self.model.index(-1, 0))
            self._show(None)
            return
        index = self.model.index(row, 0)
        already = self.table.currentIndex().row() == row
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )  # -> _on_current_row -> _show, unless this row was current already
        self.table.scrollTo(index)
        if already and (self.current_key != key
                        or self.detail_stack.currentWidget() is self.damaged_page):
            self._show(key)  # (a damaged account is read again: it may be mended now)

    def _show(self, key: str | None) -> None:
        if key is None:
            self._set_current(None)
            self.detail_stack.setCurrentIndex(0)
            for unscored in sorted(self._unscored):
                if self.model.row_of(unscored) >= 0 or self.model.summary(unscored):
                    self._rescore(unscored)
            self._unscored.clear()
            self.profile.load(None)
            for tab in self._built.values():
                tab.load(None)  # type: ignore[attr-defined]
            self._shown = None
            return
        from app.services.accounts import DamagedAccount

        try:
            doc = self.workspace.snapshot(key)  # one read serves the profile and the map
        except DamagedAccount as err:
            self._show_damaged(key, err)
            return
        except RapportError as err:
            self._error(self.tr("Cannot show the account"), err)
            return
        record = doc.account
        self.model.unmark_damaged(key)
        self._set_current(key)
        self.detail_stack.setCurrentIndex(1)
        self._set_title(record.name, record.tier, record.relationship_stage,
                        record.target_stage)
        self.profile.load(record)
        self._shown = doc
        self._stale = {name for name, _title in LAZY_TABS}
        self._refresh_current_tab()
        self._lock_read_only()

    def _refresh_current_tab(self) -> None:
        """Load the tab on screen if the account changed since it was loaded: a hidden
        tab costs nothing on an edit or a switch (the map of 1,000 people is 1,000
        cards), and is brought up to date when it is shown."""
        name = self._current_tab()
        doc = self._shown
        if name not in self._stale or doc is None or self.current_key is None:
            return
        self._stale.discard(name)
        if name == "map":
            self.map.load(doc)
        elif name == "assessment":
            self.assessment.load(doc, self.scoring)
        elif name == "plan":
            self.plan.load(doc)
        self._lock_read_only()

    def _show_damaged(self, key: str, err: DamagedAccount) -> None:
        """An account that cannot be read: say where, offer the rescue; it can still
        be deleted or replaced by an import, not edited or exported as it is."""
        self.model.mark_damaged({key: str(err.problems[0])})
        summary = self.model.summary(key)
        self._set_current(key)
        self.export_action.setEnabled(False)
        self.pdf_action.setEnabled(False)
        self.people_action.setEnabled(False)
        self.contacts_action.setEnabled(False)
        self.profile.load(None)
        for tab in self._built.values():
            tab.load(None)  # type: ignore[attr-defined]
        self._shown = None
        self.damaged_page.show_damage(summary.name if summary else key, err)
        self.detail_stack.setCurrentWidget(self.damaged_page)

    def _on_damaged_found(self, damaged: list[tuple[str, str]]) -> None:
        self.model.mark_damaged(dict(damaged))

    def rescue_account(self, key: str) -> None:
        """Save what can be read of a damaged account, then offer to import it."""
        title = self.tr("Save what can be read")
        path_text, _ = QFileDialog.getSaveFileName(
            self, title, str(Path.home() / f"{key}-rescued.json"),
            self.tr("Account files (*.json)"))
        if not path_text or not confirm_read_only(self, title, Path(path_text)):
            return
        path = Path(path_text)
        from app.services.rescue import export_rescued

        try:
            result, report = export_rescued(self.services.accounts.database, key, path)
        except RapportError as err:
            self._error(self.tr("The account could not be rescued"), err)
            return
        box = QMessageBox(QMessageBox.Icon.Information, "Rapport",
                          plain(self.tr("Saved what can be read of {name}.").format(
                              name=result.doc.account.name)),
                          QMessageBox.StandardButton.NoButton, self)
        box.setInformativeText(plain(self.tr(
            "Account file: {path}\nWhat could not be read: {report}\n\n"
            "Import the file now to replace the damaged account? A backup is taken "
            "first.").format(path=path, report=report)))
        box.setDetailedText("\n".join(result.repairs))
        now = box.addButton(self.tr("Import and replace"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(now)
        box.exec()
        if box.clickedButton() is now:
            self.import_paths([path], assume_replace=True)

    def _set_current(self, key: str | None) -> None:
        self.current_key = key
        self.history_action.setEnabled(key is not None)
        self.delete_action.setEnabled(key is not None)
        self.export_action.setEnabled(key is not None)
        self.pdf_action.setEnabled(key is not None)
        self.export_map_action.setEnabled(key is not None)
        self.contacts_action.setEnabled(key is not None)
        self.people_action.setEnabled(key is not None)

    def _set_title(self, name: str, tier: Any, stage: Any, target: Any) -> None:
        self.title.setText(name)
        parts = []
        if tier:
            parts.append(self.tr("{tier} account").format(tier=label(tier)))
        if stage and target and target != stage:
            parts.append(self.tr("relationship: {stage} → target {target}").format(
                stage=label(stage), target=label(target)))
        elif stage:
            parts.append(self.tr("relationship: {stage}").format(stage=label(stage)))
        self.subtitle.setText(" · ".join(parts))

    def _update_counts(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count()
        self.count_label.setText(
            self.tr("{total} accounts", "", total).format(total=number(total))
            if shown == total else
            self.tr("{shown} of {total} accounts", "", total).format(shown=number(shown),
                                                                     total=number(total)))

    # -- reactions to the workspace ----------------------------------------------------
    def _on_account_added(self, key: str) -> None:
        self._rescore(key)
        self.model.upsert(self.workspace.summary(key))
        if self.model.row_of(key) < 0:  # hidden by the search: show what was just added
            self.search.clear()
        self._update_counts()
        self.select(key)

    def _on_account_changed(self, change: AccountChange) -> None:
        """Bring what shows the account up to date with one write, and only what shows
        the parts it changed; hidden tabs are loaded when shown."""
        from app.views.workspace import PLAN_SECTIONS

        key = change.key
        if change.positions is not None:  # cards moved: nothing else changed
            self._on_map_cards_moved(key, change.positions)
            return
        self._rescore(key)
        self.model.upsert(self.workspace.summary(key))
        self._update_counts()
        if key != self.current_key:  # an undo of an edit of another account: show it
            self.select(key)
            return
        doc = self.workspace.snapshot(key)
        if "account" in change.sections:
            record = doc.account
            self._set_title(record.name, record.tier, record.relationship_stage,
                            record.target_stage)
            self.profile.load(record)
        self._shown = doc
        self._stale.add("assessment")  # scores and gaps read nearly every part
        if change.sections & PLAN_SECTIONS:
            self._stale.add("plan")
        if change.map_changed:
            if (change.people is not None and "map" not in self._stale
                    and self._current_tab() == "map"):
                self.map.update_people(doc, set(change.people))
            else:
                self._stale.add("map")
        self._refresh_current_tab()

    def _on_account_removed(self, key: str) -> None:
        self.portfolio.remove_account(key)
        row = self.model.row_of(key)
        self.model.remove(key)
        self._update_counts()
        if key == self.current_key:
            count = self.model.rowCount()
            self.select(self.model.key_at(min(row, count - 1)) if count and row >= 0 else None)

    def _on_current_row(self, current: Any, _previous: Any) -> None:
        key = self.model.key_at(current.row()) if current.isValid() else None
        if key == self.current_key:
            return
        self._commit_plan()  # typed in the plan: saved to the account it belongs to
        if self.current_key is not None and not self.profile.commit_pending():
            # A field of the shown account cannot be saved: stay until it is fixed.
            QTimer.singleShot(0, lambda k=self.current_key: self.select(k))
            return
        self._show(key)

    def _on_search(self, text: str) -> None:
        self.model.set_filter(text)
        self.people_search.search(text)
        self._update_counts()
        # After the view's own delayed relayout, or the list would paint twice per key.
        QTimer.singleShot(0, self._scroll_to_current)

    def _scroll_to_current(self) -> None:
        row = self.model.row_of(self.current_key) if self.current_key else -1
        if row >= 0:
            self.table.scrollTo(self.model.index(row, 0))

    def _column_menu(self, pos: Any) -> None:
        """Right-click on the header: choose which columns the list shows."""
        self.column_menu().exec(self.table.horizontalHeader().mapToGlobal(pos))

    def column_menu(self) -> QMenu:
        """The list header's menu: every column but the name, ticked when shown; a change
        is kept in the settings at once."""
        from app.views.account_model import COLUMNS, column_title

        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for col, column in enumerate(COLUMNS[1:], start=1):
            action = menu.addAction(column_title(column))
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(col))
            action.toggled.connect(lambda on, c=col: self._show_column(c, on))
        return menu

    def _show_column(self, col: int, shown: bool) -> None:
        self.table.setColumnHidden(col, not shown)
        if self._list_restored:  # (else the columns restored next would be overwritten)
            self.settings.setValue("window/accountColumns",
                                   self.table.horizontalHeader().saveState())

    def _list_setting(self) -> str:
        """Where the list's choice is kept: the map wants the window's width (on a laptop
        its names are readable at Fit only without the list), the other pages the list."""
        on_map = (hasattr(self, "tabs") and self.detail_stack.currentIndex() == 1
                  and self._current_tab() == "map")
        return "window/accountListOnMap" if on_map else "window/accountList"

    def _show_list(self, shown: bool) -> None:
        """Show or hide the account list (View › Account list, the button left of the
        tabs), remembered for the map and for the other pages apart."""
        self._apply_list(shown)
        self.settings.setValue(self._list_setting(), shown)

    def _apply_list(self, shown: bool) -> None:
        if self.list_panel.isVisibleTo(self) != shown:
            self.list_panel.setVisible(shown)
        button = getattr(self, "list_button", None)  # made with the tabs
        if button is not None:
            button.setArrowType(Qt.ArrowType.LeftArrow if shown else Qt.ArrowType.RightArrow)
        for control in (self.list_action, button):
            if control is None:
                continue
            control.blockSignals(True)
            control.setChecked(shown)
            control.blockSignals(False)

    def _on_page_changed(self, _index: int) -> None:
        if self._geometry_restored:
            self._follow_list_setting()

    def _follow_list_setting(self) -> None:
        """The list as last chosen for the page now on screen (hidden on the map until
        the user shows it there)."""
        key = self._list_setting()
        self._apply_list(bool(self.settings.value(key, key == "window/accountList",
                                                  type=bool)))

    def _focus_search(self) -> None:
        self._show_list(True)  # the search box is on the list
        self.search.setFocus()
        self.search.selectAll()

    # -- user actions ----------------------------------------------------------------
    def run(self, command: WorkspaceCommand, what: str) -> bool:
        """Apply and record an edit; on refusal show why and change nothing."""
        from app.views.commands import push

        if self._refuse_read_only():
            return False

        try:
            push(self.undo_stack, command)
        except InvalidInput as err:
            self._error(what, err, detail="\n".join(str(p) for p in err.problems))
            return False
        except RapportError as err:
            self._error(what, err)
            return False
        return True

    def _on_profile_edited(self, field: str, value: Any) -> None:
        key = self.current_key
        if key is None:
            return
        if self._refuse_read_only():
            self.profile.load(self.workspace.profile(key))
            return
        from app.views.commands import EditFieldCommand, push

        command = EditFieldCommand(self.workspace, key, field, self.profile.stored(field), value)
        try:
            push(self.undo_stack, command)
        except InvalidInput as err:
            self.profile.refuse(field, "; ".join(p.message for p in err.problems))
        except RapportError as err:
            self.profile.refuse(field, str(err))
            self._error(self.tr("Cannot save the change"), err)

    def _on_cards_moved(self, moves: dict[str, Any]) -> None:
        if self.current_key is None:
            return
        from app.views.commands import MoveCardsCommand

        if not self.run(MoveCardsCommand(self.workspace, self.current_key, moves),
                        self.tr("Cannot save the new card positions")):
            self.map.scene.set_positions({sid: old for sid, (old, _new) in moves.items()})

    def _on_document_edited(self, change: Any, text: str, origin: str) -> None:
        """A tab's edit of the account document: ``change`` is (before, after)."""
        before, after = change
        key = self.current_key
        if key is None or after == before:  # nothing changed: no empty undo step
            return
        if self._refuse_read_only():
            return
        # The edit was made on the account as last read. Saved by someone since: the
        # edit is re-applied to their version (EditDocumentCommand). Replaced whole by
        # an import or a restore: saving would undo it, so the new version is shown.
        if self.workspace.saved_since_read(key) in (None, "edit") or not self._replaced_outside(
                key, before):
            from app.views.commands import EditDocumentCommand

            self.run(EditDocumentCommand(self.workspace, before, after, text, origin),
                     self.tr("{action} failed").format(action=text))

    # -- contacts ------------------------------------------------------------------------
    def _on_contacts_requested(self, pasted: str | None) -> None:
        if pasted is None:
            self.import_contacts()
        else:
            self.import_contacts(pasted=pasted)

    def import_contacts(self, path: Path | None = None, pasted: str | None = None) -> Any:
        """Open the contacts wizard on the shown account (a file chosen in it, ``path``,
        or rows pasted from a spreadsheet); its result is one undoable edit. Returns the
        wizard (shown, not waited for), or None."""
        key = self.current_key
        if key is None or self._shown is None or self._refuse_read_only() \
                or not self._commit_pending():
            return None
        from app.views.contacts.wizard import ContactsWizard

        base = self.workspace.snapshot(key)
        wizard = ContactsWizard(base, self.services.settings, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if path is not None:
            wizard.open_file(path)
        elif pasted is not None:
            wizard.open_data(pasted.encode("utf-8"), self.tr("rows pasted from the clipboard"))
        wizard.accepted.connect(lambda: self._contacts_imported(key, base, wizard))
        wizard.open()
        if pasted is not None and wizard.table is not None:
            wizard.next()  # the pasted rows are on screen already: straight to the columns
        return wizard

    def _contacts_imported(self, key: str, base: AccountFile, wizard: Any) -> None:
        doc, summary = wizard.result_doc, wizard.summary
        if doc is None or summary is None or key != self.current_key:
            return
        count = len(summary.created) + len(summary.updated)
        # one: no number, as "Move card" (a plural form is for a count that is shown)
        text = (self.tr("Import {count} contacts", "", count).format(count=number(count))
                if count != 1 else self.tr("Import a contact"))
        self._on_document_edited((base, doc), text, "map")
        created, updated, skipped = (len(summary.created), len(summary.updated),
                                     len(summary.skipped))
        self.statusBar().showMessage(self.tr("{added}, {updated}, {skipped}. Ctrl+Z undoes the "
                                             "import.").format(
            added=self.tr("{count} people added", "", created).format(count=number(created)),
            updated=self.tr("{count} updated", "", updated).format(count=number(updated)),
            skipped=self.tr("{count} rows left out", "", skipped).format(
                count=number(skipped))), 15000)

    def _on_field_requested(self, field: str, value: Any) -> None:
        """A profile field changed from another tab (stage ladder, tier): same command,
        same history entry, as when it is changed in the profile."""
        key = self.current_key
        if key is None:
            return
        old = getattr(self.workspace.profile(key), field)
        if old == value:
            return
        from app.views.commands import EditFieldCommand
        from app.views.profile_form import field_label

        if not self.run(EditFieldCommand(self.workspace, key, field, old, value, "assessment"),
                        self.tr("Cannot set the {field}").format(field=field_label(field))):
            self.assessment.load(self.workspace.snapshot(key), self.scoring)

    def _show_people_on_map(self, ids: list[str]) -> None:
        self.tabs.setCurrentWidget(self.map)
        self.map.show_people(ids)

    def edit_scoring_settings(self) -> None:
        if self._refuse_read_only():
            return
        from app.views.assessment.settings_dialog import ScoringSettingsDialog

        dialog = ScoringSettingsDialog(self.scoring, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_settings is None:
            return
        try:
            self.services.settings.save_scoring(dialog.result_settings)
        except RapportError as err:
            self._error(self.tr("Cannot save the scoring settings"), err)
            return
        self.scoring = dialog.result_settings
        self.rescore_portfolio()
        assessment = self._built_tab("assessment")
        if self.current_key is not None and assessment is not None:
            assessment.load(self.workspace.snapshot(self.current_key), self.scoring)

    def edit_preferences(self) -> None:
        """Edit › Preferences…: the language, applied at the next start (or now, by
        starting again)."""
        from app.views.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.restart_requested:
            self.restart()

    # -- read-only (a role on the server that may only read) ------------------------------
    #: what changes the database: off when it may only be read
    def _editing_actions(self) -> list[QAction]:
        return [self.new_action, self.import_action, self.contacts_action, self.demo_action,
                self.delete_action, self.restore_action, self.backup_action,
                self.scoring_action, self.undo_action, self.redo_action]

    def _enter_read_only(self) -> None:
        from app.views.read_only import banner_text

        self.read_only_banner.setText(banner_text(self.services.db.server))
        self.read_only_banner.show()
        for action in self._editing_actions():
            action.setEnabled(False)
        self.undo_stack.canUndoChanged.disconnect(self.undo_action.setEnabled)
        self.undo_stack.canRedoChanged.disconnect(self.redo_action.setEnabled)
        self._lock_read_only()

    def _lock_read_only(self) -> None:
        """Lock the inputs of what is shown (tabs are built, and the map's cards made,
        as they are needed: called after each)."""
        if not self.read_only:
            return
        from app.views.read_only import (
            lock_assessment,
            lock_inputs,
            lock_map,
            lock_plan,
        )

        lock_inputs(self.profile)
        for action in (self.delete_action, self.contacts_action):
            action.setEnabled(False)
        if (map_tab := self._built_tab("map")) is not None:
            lock_map(map_tab)
        if (plan := self._built_tab("plan")) is not None:
            lock_plan(plan)
        if (assessment := self._built_tab("assessment")) is not None:
            lock_assessment(assessment)

    def _refuse_read_only(self) -> bool:
        """True (and the status bar says why) when the database may only be read: an
        edit that reached the window anyway is not made, and the tab shows the stored
        account again."""
        if not self.read_only:
            return False
        self.statusBar().showMessage(self.tr("Read-only: nothing was changed."), 8000)
        if self.current_key is not None and self._shown is not None:
            from app.views.workspace import EVERYTHING, AccountChange

            self._on_account_changed(AccountChange(self.current_key, EVERYTHING))
        return True

    # -- the team server ----------------------------------------------------------------
    def connect_to_server(self) -> bool:
        """File › Connect to a team server…: test, then start again on the server (what
        is typed is saved first). True if the app is restarting."""
        from app.views.connect_dialog import ConnectDialog

        dialog = ConnectDialog(self.settings, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.url is None:
            return False
        env = {"PGPASSWORD": dialog.password} if dialog.password else {}
        return self.restart(switch=True, env=env)

    def use_local_database(self) -> bool:
        """File › Use the local database: forget the team server, start again on the
        database of this computer."""
        from app.views.connect_dialog import SERVER_SETTING

        self.settings.remove(SERVER_SETTING)
        self.settings.sync()
        return self.restart(switch=True)

    def show_history(self) -> Any:
        """Edit › History of this account…: who saved which version, when, what."""
        key = self.current_key
        if key is None or not self._commit_pending():
            return None
        from app.views.history_dialog import HistoryDialog

        summary = self.model.summary(key)
        try:
            dialog = HistoryDialog(self.services.accounts, key,
                                   summary.name if summary else key, self)
        except RapportError as err:
            self._error(self.tr("Cannot show the history"), err)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def restart(self, *, switch: bool = False, env: Mapping[str, str] | None = None) -> bool:
        """Close the window (as Quit does: what is typed is saved, or the user is asked)
        and have the app start again once it has ended (``app.views.gui``)."""
        self.restart_requested, self.restart_switch = True, switch
        self.restart_env = dict(env or {})
        if not self.close():
            self.restart_requested, self.restart_switch = False, False
            self.restart_env = {}
            return False
        return True

    def _on_map_cards_moved(self, key: str, positions: Mapping[str, Any]) -> None:
        if key == self.current_key:
            from app.views.map.tab import with_positions

            map_tab = self._built_tab("map")
            if map_tab is not None:
                map_tab.set_positions(positions)
            if self._shown is not None:
                self._shown = with_positions(self._shown, positions)
        else:  # undo/redo of a move on another account: show what changed
            self.select(key)
            self.tabs.setCurrentWidget(self.map)

    # -- changes made outside the app (an import with --replace, a restore) -------------
    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check_outside_changes()

    def check_outside_changes(self) -> bool:
        """Was the open account written by another process since it was shown? Then show
        the stored version, keeping what is typed in the person panel. Checked when the
        app comes to the front and before each edit of the whole account. True if so."""
        key = self.current_key
        if key is None or self._shown is None:
            return False
        return self._replaced_outside(key, self._shown)

    def _replaced_outside(self, key: str, known: AccountFile,
                          by: AccountEvent | None = None) -> bool:
        """Show the stored version of the open account if it is not ``known``, keeping
        the selection, the scroll and what is typed. ``by``: the change notice of a
        colleague's (or a command's) save, which the status bar names."""
        from app.views.workspace import EVERYTHING, MAP_SECTIONS, AccountChange

        if self.workspace.unchanged_since_read(key):
            return False  # one cheap version read instead of the whole account
        try:
            stored = self.workspace.reread(key)
        except RapportError:  # deleted meanwhile, or unreadable: the list shows what is left
            self.reload()
            return True
        if stored == known:
            return False
        log.info("account %s was changed outside Rapport: showing the stored version", key)
        map_tab = self._built_tab("map")
        if map_tab is None:  # nothing typed in a map never shown: it loads when shown
            # title, profile, stages, plan, the list's row; the map loads when shown
            self._on_account_changed(AccountChange(key, EVERYTHING - MAP_SECTIONS))
            self._shown = stored
            self._stale.add("map")
            self.statusBar().showMessage(self._changed_outside(by), LIVE_MESSAGE_MS)
            return True
        panel = map_tab.panel
        typed, person = panel.typed(), panel.person_id()
        # title, profile, stages, plan, the list's row; the map below, keeping the typing
        self._on_account_changed(AccountChange(key, EVERYTHING - MAP_SECTIONS))
        self._shown = stored
        map_tab.load(stored)
        self._lock_read_only()
        edited = by is not None and by.origin != "import"  # a colleague's edit
        if typed and panel.person_id() == person:
            panel.keep_typed(typed)
            if edited:
                assert by is not None
                panel.notice.setText(self.tr(
                    "{user} changed this account while you were typing. What you typed is "
                    "kept here, not saved: press Enter (or leave the field) to save it on "
                    "top of their change, or Esc to drop it.").format(user=by.user or "?"))
        elif typed:
            what = "; ".join(
                self.tr("{field}: {text}").format(field=_person_field(field), text=text)
                for field, text in typed.items())
            panel.keep_typed({}, lost=self.tr(
                "{user} removed the person you were editing from this account. What you "
                "typed was not saved: {typed}").format(user=by.user or "?", typed=what)
                if edited and by is not None else self.tr(
                "This account was replaced outside Rapport (an import or a restore) and the "
                "person you were editing is no longer in it. What you typed was not saved: "
                "{typed}").format(typed=what))
        self.statusBar().showMessage(self._changed_outside(by), LIVE_MESSAGE_MS)
        return True

    def _changed_outside(self, by: AccountEvent | None = None) -> str:
        if by is not None and by.origin != "import":
            return changed_by(by.user, dt.datetime.now())
        return self.tr("This account was changed outside Rapport (an import or a restore): "
                       "the stored version is shown.")

    # -- live: colleagues' and commands' saves ------------------------------------------
    def start_live(self) -> None:
        """Watch the database for saves made elsewhere (a colleague on the server, a
        ``main.py log`` beside the app): they show within a few seconds."""
        if self.live is not None:
            return
        from app.views.live_changes import LiveChanges

        self.live = LiveChanges(self.services.db, self)
        self.live.changed.connect(self._on_live_change)
        self.live.start()

    def stop_live(self) -> None:
        if self.live is not None:
            self.live.stop()
            self.live = None
        self._live_timer.stop()
        self._live_pending.clear()

    def _on_live_change(self, event: AccountEvent) -> None:
        if not self._loaded or self.workspace.is_own(event.key, event.version):
            return
        self._live_pending[event.key] = event  # the latest of a burst
        if not self._live_timer.isActive():
            self._live_timer.start()

    def _show_live_changes(self) -> None:
        events, self._live_pending = list(self._live_pending.values()), {}
        for event in events:
            try:
                self._show_live_change(event)
            except RapportError as err:  # unreadable meanwhile: the list says what is left
                log.warning("cannot show the change of %s: %s", event.key, err)

    def _show_live_change(self, event: AccountEvent) -> None:
        """Bring the list, the overview and, for the open account, its tabs up to date
        with one save made elsewhere, and say who made it."""
        from app.errors import NotFound

        key, now = event.key, dt.datetime.now()
        known = self.model.summary(key)
        if event.deleted:
            if known is None:
                return  # deleted here
            self._on_account_removed(key)
            self.statusBar().showMessage(live_text(
                "deleted", known.name, event.user, now), LIVE_MESSAGE_MS)
            return
        try:
            summary = self.workspace.summary(key)
        except NotFound:
            return  # deleted since: its own notice follows
        if key == self.current_key and self._shown is not None:
            self._replaced_outside(key, self._shown, by=event)
            return
        self.model.upsert(summary)
        self._update_counts()
        self._rescore(key)
        self.statusBar().showMessage(live_text(
            "added" if known is None else "changed", summary.name, event.user, now),
            LIVE_MESSAGE_MS)

    def undo(self) -> None:
        if self._commit_pending():
            self.undo_stack.undo()

    def redo(self) -> None:
        if self._commit_pending():
            self.undo_stack.redo()

    def _commit_pending(self) -> bool:
        """Save what is being typed anywhere before the undo stack moves."""
        self._commit_plan()
        map_tab = self._built_tab("map")
        return self.profile.commit_pending() and (map_tab is None
                                                  or map_tab.panel.commit_pending())

    def _commit_plan(self) -> None:
        """A plan cell being typed in is saved (nothing to do if the tab was never built)."""
        plan = self._built_tab("plan")
        if plan is not None:
            plan.commit_pending()

    def _on_command_failed(self, message: str) -> None:
        self.reload()
        self._error(self.tr("Undo or redo could not be completed"), RapportError(message))

    def create_account(self, name: str) -> str | None:
        from app.views.commands import CreateAccountCommand

        command = CreateAccountCommand(self.workspace, name)
        if self.run(command, self.tr("Cannot create the account")):
            self.tabs.setCurrentWidget(self.profile)
            return command.key
        return None

    def new_account(self) -> None:
        if self._refuse_read_only():
            return
        name, ok = QInputDialog.getText(self, self.tr("New account"), self.tr("Account name:"))
        if ok and name.strip():
            self.create_account(name.strip())
            self.profile.industry.setFocus()

    def delete_current(self) -> None:
        key = self.current_key
        if key is None or self._refuse_read_only():
            return
        summary = self.model.summary(key)
        name = summary.name if summary else key
        people = summary.stakeholder_count if summary else 0
        answer = QMessageBox.question(
            self,
            self.tr("Delete account"),
            plain(self.tr("Delete “{name}” and its {count} stakeholders?\n\n"
                          "You can undo this with Edit › Undo (Ctrl+Z).", "", people).format(
                name=name, count=number(people))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            from app.views.commands import DeleteAccountCommand

            self.run(DeleteAccountCommand(self.workspace, key),
                     self.tr("Cannot delete the account"))

    def import_paths(self, paths: list[Path], assume_replace: bool = False) -> bool:
        if self._refuse_read_only():
            return False
        try:
            docs = self.services.accounts.read_files(paths)
        except InvalidInput as err:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import refused"),
                              self.tr("Nothing was imported. Fix these problems and try "
                                      "again."),
                              QMessageBox.StandardButton.Ok, self)
            box.setDetailedText(str(err))
            box.exec()
            return False
        existing = {d.account.id for d in docs if self.model.summary(d.account.id)}
        damaged = {k for k in existing if self._is_damaged(k)}
        if existing and not assume_replace:
            text = self.tr("{count} of these accounts already exist. Replace them?", "",
                           len(existing)).format(count=number(len(existing)))
            if damaged:
                text += "\n\n" + self.tr(
                    "{count} of them cannot be read (damaged): replacing those cannot be "
                    "undone with Edit › Undo, only from the backup taken first.", "",
                    len(damaged)).format(count=number(len(damaged)))
            answer = QMessageBox.question(
                self, self.tr("Replace accounts?"), text,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
            try:  # undo ends with the app; the backup does not
                self.services.backups.before_replacing(existing)
            except RapportError as err:
                self._error(self.tr("Nothing was imported: the accounts could not be backed "
                                    "up first"), err)
                return False
        if damaged:  # what it replaces cannot be read back: no undo step, the backup
            try:
                self.workspace.import_documents(docs, replace=True)
            except RapportError as err:
                self._error(self.tr("Import failed"), err)
                return False
            ok = True
        else:
            from app.views.commands import ImportCommand

            ok = self.run(ImportCommand(self.workspace, docs, existing), self.tr("Import failed"))
        if ok:
            self.select(docs[0].account.id)
            self.statusBar().showMessage(self.tr("Imported {count} account(s).", "",
                                                 len(docs)).format(count=number(len(docs))),
                                         5000)
        return ok

    def _is_damaged(self, key: str) -> bool:
        from app.services.accounts import DamagedAccount

        if self.model.is_damaged(key):
            return True
        try:
            self.workspace.snapshot(key)
        except DamagedAccount:
            return True
        except RapportError:
            return False
        return False

    def import_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import account files"), str(Path.home()),
            self.tr("Account files (*.json)"))
        if files:
            self.import_paths([Path(f) for f in files])

    def export_current(self) -> None:
        key = self.current_key
        if key is None:
            return
        summary = self.model.summary(key)
        suggestion = Path.home() / f"{key}.json"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export {name}").format(name=summary.name if summary else key),
            str(suggestion), self.tr("Account files (*.json)"))
        if not path or not confirm_read_only(self, self.tr("Export account"), Path(path)):
            return
        try:
            self.services.accounts.export(key, Path(path))
        except RapportError as err:
            self._error(self.tr("Export failed"), err)
            return
        self.statusBar().showMessage(self.tr("Exported to {path}").format(path=path), 5000)

    def export_people(self, path: Path | None = None) -> None:
        """File › Export people…: Excel or CSV, chosen by the file type."""
        key = self.current_key
        if key is None or not self._commit_pending():
            return
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export people"), str(Path.home() / f"{key}-people.xlsx"),
                self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"))
            if not chosen:
                return
            path = Path(chosen)
            if path.suffix.casefold() not in (".xlsx", ".csv"):
                path = path.with_name(path.name + ".xlsx")
        if not confirm_read_only(self, self.tr("Export people"), path):
            return
        try:
            written = self.services.accounts.export_people(key, path)
        except RapportError as err:
            self._error(self.tr("Export failed"), err)
            return
        counts = ", ".join(self._rows_written(title, n) for title, n in written.rows.items())
        self.statusBar().showMessage(self.tr("Exported {counts} to {path}").format(
            counts=counts, path=path), 8000)

    def _rows_written(self, sheet: str, n: int) -> str:
        """"12 people", "3 risks": the rows of one sheet of a people export."""
        count = number(n)
        if sheet == "People":
            return self.tr("{count} people", "", n).format(count=count)
        if sheet == "Actions":
            return self.tr("{count} actions", "", n).format(count=count)
        if sheet == "Risks":
            return self.tr("{count} risks", "", n).format(count=count)
        if sheet == "Interactions":
            return self.tr("{count} interactions", "", n).format(count=count)
        return self.tr("{sheet}: {count}").format(sheet=sheet, count=count)

    def export_pdf(self) -> None:
        """File › Export plan as PDF…: what is typed in the profile is saved first."""
        key = self.current_key
        if key is None or not self._commit_pending():
            return
        from app.views.pdf_export import export_plan_pdf

        path = export_plan_pdf(self, self.services, key, settings=self.settings,
                               open_result=self.open_pdf)
        if path is not None:
            self.statusBar().showMessage(self.tr("Plan exported to {path}").format(path=path),
                                         5000)

    def _export_map(self) -> None:
        self.tabs.setCurrentWidget(self.map)
        self.map.export_dialog()

    def load_demo(self) -> bool:
        from app.services.demo import demo_documents
        from app.views.commands import DemoCommand

        docs = demo_documents()
        existing = {d.account.id for d in docs if self.model.summary(d.account.id)}
        if existing:
            QMessageBox.information(self, self.tr("Demo workspace"),
                                    self.tr("The demo accounts are already here."))
            return False
        # with their history: what changed since the last review shows from the start
        ok = self.run(DemoCommand(self.workspace, [d.account.id for d in docs]),
                      self.tr("Cannot load the demo"))
        if ok:
            self.select(docs[0].account.id)
        return ok

    def back_up_now(self) -> None:
        """File › Back up now…: what is being typed is saved first."""
        if not self._commit_pending():
            return
        try:
            path = self.services.backups.back_up_now()
        except RapportError as err:
            self._error(self.tr("The backup failed"), err)
            return
        self.statusBar().showMessage(self.tr("Backed up to {path}").format(path=path), 10000)

    def restore_from_backup(self) -> None:
        """File › Restore from backup…: choose and confirm in the dialog, then restore."""
        if self._refuse_read_only():
            return
        if not self._commit_pending():
            return
        from app.views.backup_dialog import RestoreBackupDialog

        dialog = RestoreBackupDialog(self.services.backups, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
            self.restore_backup(dialog.chosen)

    def restore_backup(self, path: Path) -> bool:
        """Replace the database with the backup at ``path`` (the current state is backed
        up first); every view reloads and the undo history, which describes the
        replaced state, is cleared."""
        self.portfolio.stop()  # its thread reads the database
        watching = self.live is not None
        self.stop_live()  # the restore changes every account: reloaded below, not one by one
        try:
            before = self.services.backups.restore(path)
        except RapportError as err:
            self.rescore_portfolio()
            if watching:
                self.start_live()
            self._error(self.tr("Nothing was restored"), err)
            return False
        if watching:
            self.start_live()
        self.undo_stack.clear()
        self.workspace.forget()  # the account it kept is the replaced state's
        # the versions read so far are the replaced state's too (numbers come again)
        self._timeline_obj = self._timeline_of = None
        if (plan := self._built_tab("plan")) is not None:
            plan.timeline = self._timeline()
        self.workspace.reset.emit()  # the list, the open account and the overview reload
        self.statusBar().showMessage(
            self.tr("Restored the backup {name}; the state before it is in {before}").format(
                name=path.name, before=before), 15000)
        return True

    def offer_demo(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Welcome to Rapport"),
            self.tr("This is a new, empty database.\n\nLoad a demo workspace with three "
                    "sample accounts (Chinese, Russian and English) to look around? You can "
                    "delete them at any time."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.load_demo()
            self.undo_stack.clear()

    def show_shortcuts(self) -> Any:
        """Help › Keyboard shortcuts: shown beside the window (not modal: try them)."""
        from app.views.shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def show_glossary(self) -> Any:
        """Help › Glossary: beside the window (not modal: read it while looking at the
        map); the one already open comes to the front."""
        from app.views.glossary import GlossaryDialog

        for open_one in self.findChildren(GlossaryDialog):
            if open_one.isVisible():
                open_one.raise_()
                open_one.activateWindow()
                return open_one
        dialog = GlossaryDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def about(self) -> None:
        QMessageBox.about(
            self, self.tr("About Rapport"),
            f"<h3>Rapport {__version__}</h3><p>"
            + escape(self.tr("Key accounts, stakeholder maps, relationship stages and account "
                             "plans — offline.")) + "</p><p>"
            + escape(self.tr("Database: {database}").format(database=self._database))
            + "</p>",
        )

    def _error(self, what: str, err: Exception, detail: str = "") -> None:
        log.warning("%s: %s", what, err)
        box = QMessageBox(QMessageBox.Icon.Warning, "Rapport", plain(what),
                          QMessageBox.StandardButton.Ok, self)
        box.setInformativeText(plain(str(err).splitlines()[0]))
        if detail:
            box.setDetailedText(detail)
        box.open()

    # -- settings ----------------------------------------------------------------------
    def restore_settings(self) -> None:
        """The window's size and layout (unless restored while the database opened), the
        list's columns, and the account looked at last."""
        if not self._geometry_restored:
            self._restore_geometry()
        header_state = self.settings.value("window/accountColumns")
        if header_state is not None:
            self.table.horizontalHeader().restoreState(header_state)
        # The account looked at last; the portfolio overview if that was what showed
        # (or on a first start), so the overview really is the default.
        last = self.settings.value("window/lastAccount")
        self.select(last if isinstance(last, str) and self.model.row_of(last) >= 0 else None)
        self._list_restored = True

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = self.settings.value("window/splitter")
        self._follow_list_setting()
        if state is not None:
            self.splitter.restoreState(state)
        else:
            # the list needs name (in full), tier, stage and people; the tabs the rest
            # (wider where the language's tier and stage names are longer)
            widths = self._column_widths()
            extra = sum(widths[c] - COLUMN_WIDTHS[c] for c in (1, 2))  # shown by default
            self.splitter.setSizes([440 + extra, max(600, self.width() - 440 - extra)])
        self._geometry_restored = True

    def save_settings(self) -> None:
        """Size and layout; the list's columns and the open account once they were
        restored (a window closed while its database opened keeps the last ones)."""
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        if self._list_restored:
            self.settings.setValue("window/accountColumns",
                                   self.table.horizontalHeader().saveState())
            self.settings.setValue("window/lastAccount", self.current_key or "")
        self.settings.sync()

    def abandon(self) -> None:
        """Close without saving the window's settings: its database could not be opened
        (the app ends; the next start is as this one was)."""
        self._abandoned = True
        self.close()

    def stop_threads(self) -> None:
        """The threads that read the database (scoring, change notices): stopped before
        it is closed."""
        self.stop_live()
        self.portfolio.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._abandoned:
            self.stop_threads()
            super().closeEvent(event)
            return
        if not self._loaded:  # closed while the database opened: nothing typed yet
            self.save_settings()
            self.stop_threads()
            super().closeEvent(event)
            return
        self._commit_plan()
        if not self.profile.commit_pending():  # a field being typed in cannot be saved
            answer = QMessageBox.question(
                self, self.tr("Unsaved change"),
                plain(self.tr("{problem}\n\nClose anyway and lose this change?").format(
                    problem=self.profile.error.text())),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        self.save_settings()
        self.stop_threads()  # they read the database: stop them first
        super().closeEvent(event)
