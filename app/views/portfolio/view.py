"""The portfolio overview: what a key account manager sees before picking an account.

One :class:`PortfolioModel` feeds the tier grid and three lists (sorted views
of it), filled in the background by :class:`ScoringWorker` so a big portfolio
shows up batch by batch instead of freezing the window.

The movers ("Movers — last 90 days": improved most, worsened most) compare each
account with its version of 90 days ago, which means reading and unpacking an old
version: :class:`MoversWorker` does it in another background run once the scores are
in (scoring first: it is what the rest of the overview shows), and the two lists say
"Computing…" until then. After an edit only that account is compared again.

While scoring runs, the view takes in the worker's slices at once but hands them
to the model at most every ``FLUSH_MS``: then the lists merge, the totals count
and the tables and the grid repaint a few times a second instead of after every
slice of 50 accounts (that work competes with the scoring thread for the GIL, and
a click waits for it). The first slice goes to the model at once, so the first
rows show as soon as they are scored.

The app shows the overview before its database is open (issue 13: the window first,
what it shows behind it): ``PortfolioView(opening=...)`` is built without the scoring
code (pydantic, SQLAlchemy) and says that the database is being opened until
:meth:`start`; :meth:`is_scoring` is true meanwhile, as scores are on their way.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.views import colors
from app.views.assessment.translated import QT_TRANSLATE_NOOP
from app.views.empty_table import EmptyTextTable
from app.views.formatting import display_locale
from app.views.portfolio.agenda import ITEM_ROLE, AgendaModel
from app.views.portfolio.grid import TierGrid, nothing_plotted
from app.views.portfolio.model import GAP_PRIORITY, KEY_ROLE, Col, PortfolioModel, ScoreProxy
from app.views.portfolio.movers import DAYS, LIMIT, MoversModel
from app.views.portfolio.worker import MoversWorker, ScoringWorker

if TYPE_CHECKING:
    from app.assessment.settings import ScoringSettings
    from app.services.accounts import DamagedAccount
    from app.services.portfolio import AccountScore, Mover, PortfolioService

#: translated where shown (context "PortfolioView")
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "PortfolioView",
    "<h2>No accounts yet</h2><p>The portfolio overview plots every account by current and "
    "potential value and lists those at risk. Create an account with <b>File › New "
    "account</b> (Ctrl+N), import account files with <b>File › Import account files…</b> "
    "(Ctrl+I), or look around with <b>File › Load demo workspace</b>.</p>"
)
ACCOUNT_MIN = 100  # px: the account name column never gets narrower by itself
#: narrower than this, the lists go below the grid instead of beside it
WIDE = 960
FLUSH_MS = 250  # while scoring, scores reach the model (lists, totals, grid) this often
TOP_HEIGHT = 380  # px: the grid and the lists beside it never get lower than this
BOTTOM_HEIGHT = 260  # px: nor "All accounts" and what is due
MOVERS_AFTER_EDIT_MS = 300  # edits in a burst are compared again in one run


def _number(n: int) -> str:
    return display_locale().toString(n)


class ListTable(EmptyTextTable):
    """A read-only list that says so when it is empty, instead of showing a blank box."""

    def __init__(self, model: QAbstractItemModel, empty_text: str) -> None:
        super().__init__(empty_text)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(24)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setMinimumSectionSize(36)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)


class ScoreTable(ListTable):
    """A list of accounts: some columns of the portfolio model, sorted by a proxy."""

    def __init__(self, proxy: ScoreProxy, columns: dict[Col, int], empty_text: str,
                 sortable: bool = False) -> None:
        """``columns``: the columns shown, with their widths (the account name stretches)."""
        super().__init__(proxy, empty_text)
        self.setSortingEnabled(sortable)
        header = self.horizontalHeader()
        widths = {}
        for col in Col:
            self.setColumnHidden(col, col != Col.ACCOUNT and col not in columns)
            if col in columns:  # never narrower than its (translated) title
                widths[col] = max(columns[col], header.sectionSizeHint(col))
                self.setColumnWidth(col, widths[col])
        self._others = sum(widths.values())

    def resizeEvent(self, event: QResizeEvent) -> None:
        # The name takes the room left, but never less than a readable minimum: when
        # narrow, the figures scroll instead of squeezing the name (what Stretch does).
        super().resizeEvent(event)
        self.setColumnWidth(Col.ACCOUNT, max(ACCOUNT_MIN, self.viewport().width() - self._others))


class AgendaTable(ListTable):
    """Reviews and actions due; the "What" column takes the room left."""

    WIDTHS = (170, 150, 0, 130)

    def __init__(self, model: AgendaModel) -> None:
        super().__init__(model, "")  # see PortfolioView._describe_agenda()
        for column, width in enumerate(self.WIDTHS):
            if width:
                self.setColumnWidth(column, width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.setColumnWidth(2, max(ACCOUNT_MIN, self.viewport().width() - sum(self.WIDTHS)))


class MoversTable(ListTable):
    """One of the two movers lists; the reason takes the room left."""

    WIDTHS = (200, 64)

    def __init__(self, model: MoversModel) -> None:
        super().__init__(model, "")
        header = self.horizontalHeader()
        for column, width in enumerate(self.WIDTHS):
            self.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        # a header and LIMIT rows, no scroll bar: the lists are short on purpose
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = self.verticalHeader().defaultSectionSize() * LIMIT
        self.setFixedHeight(header.sizeHint().height() + rows + 2 * self.frameWidth())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        others = sum(self.columnWidth(c) for c in range(len(self.WIDTHS)))
        self.setColumnWidth(len(self.WIDTHS),
                            max(ACCOUNT_MIN, self.viewport().width() - others))


class StatusLabel(QLabel):
    """One line of plain text (error messages may contain names), elided when it is
    wider than the room it has, with the whole text as its tooltip. (Not word-wrapped:
    a label that wraps makes the page's height depend on its width, and the overview
    would then scroll instead of fitting the window.)"""

    def __init__(self) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._full = ""

    def setText(self, text: str) -> None:
        self._full = text
        self._elide()

    def text(self) -> str:
        """The whole text, however much of it shows."""
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight,
                                              max(0, self.width()))
        super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")


def _box(title: str, *widgets: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(6, 6, 6, 6)
    for widget in widgets:
        layout.addWidget(widget)
    return box


class PortfolioView(QWidget):
    """Tier grid and lists of every account; double-click, Enter or a dot opens one."""

    accountActivated = Signal(str)
    #: (key, what is damaged) of the accounts a scoring run could not read
    damagedFound = Signal(list)
    #: account key, plan section ("reviews" or "actions"), item id
    planItemActivated = Signal(str, str, str)

    # every account that moved, by key (both movers lists are ranked from it)
    _movers: dict[str, Mover]
    # results of a movers run of a few accounts, applied together when it ends
    _movers_pending: dict[str, Mover]
    # accounts edited since (or while) the movers were computed
    _movers_edited: set[str]
    _movers_keys: list[str] | None  # of the movers run going on (None: every account)
    _movers_source: tuple[PortfolioService, dt.date, ScoringSettings] | None
    _movers_done: bool  # a movers run over every account has ended
    _movers_timer: QTimer
    movers_box: QGroupBox

    def __init__(self, parent: QWidget | None = None, *, opening: str | None = None) -> None:
        """``opening``: what to say while the database is being opened (see the module's
        docstring); the view then waits for :meth:`start`."""
        super().__init__(parent)
        self.model = PortfolioModel(self)
        self.worker = ScoringWorker(self)
        self.worker.batch.connect(self._on_batch)
        self.worker.progress.connect(self._on_progress)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        # Edited or deleted while a run is going: later batches of that run are older.
        self._edited: set[str] = set()
        self._scoring = False
        # Scores received but not yet in the model, and the clock that hands them over.
        self._pending: list[AccountScore] = []
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(FLUSH_MS)
        self._flush_timer.timeout.connect(self._on_flush_timer)

        self.title = QLabel(self.tr("Portfolio"))
        self.title.setObjectName("portfolioTitle")
        self.title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.totals = QLabel()
        colors.mute(self.totals)
        self.status = StatusLabel()
        colors.mute(self.status)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.hide()
        # The totals and the status one above the other beside the title: in one line
        # they did not fit at 1280 px once translated ("Scoring N of M" was cut off).
        figures = QVBoxLayout()
        figures.setSpacing(0)
        figures.addStretch(1)
        figures.addWidget(self.totals)
        figures.addWidget(self.status)
        head = QHBoxLayout()
        head.addWidget(self.title, 0, Qt.AlignmentFlag.AlignVCenter)
        head.addSpacing(12)
        head.addLayout(figures, 1)
        head.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignBottom)

        self.grid = TierGrid(self.model)
        self.grid.accountActivated.connect(self.accountActivated)

        self.at_risk_proxy = ScoreProxy(self, accept=lambda s: s.at_risk)
        self.at_risk_proxy.setSourceModel(self.model)
        self.at_risk_proxy.sort(Col.HEALTH, Qt.SortOrder.AscendingOrder)
        self.gaps_proxy = ScoreProxy(self, accept=lambda s: s.contradicted or s.gap > 0)
        self.gaps_proxy.setSourceModel(self.model)
        self.gaps_proxy.sort(GAP_PRIORITY, Qt.SortOrder.DescendingOrder)
        self.all_proxy = ScoreProxy(self)
        self.all_proxy.setSourceModel(self.model)

        self.at_risk_table = ScoreTable(
            self.at_risk_proxy, {Col.TIER: 66, Col.HEALTH: 56, Col.CHANGE: 58},
            self.tr("No churn warnings: no account's health is low or falling fast."))
        self.gaps_table = ScoreTable(
            self.gaps_proxy, {Col.STAGE: 92, Col.TARGET: 96, Col.GAP: 36},
            self.tr("No stage gaps: every account meets the criteria of its target stage."))
        self.all_table = ScoreTable(
            self.all_proxy, {Col.TIER: 72, Col.COMPUTED: 102, Col.HEALTH: 60, Col.CHANGE: 62,
                             Col.STAGE: 100, Col.TARGET: 104, Col.GAP: 40, Col.AT_RISK: 72},
            "", sortable=True)
        self.all_table.sortByColumn(Col.ACCOUNT, Qt.SortOrder.AscendingOrder)
        for table in (self.at_risk_table, self.gaps_table, self.all_table):
            table.activated.connect(self._on_activated)

        self.at_risk_box = _box(self.tr("At risk"), self.at_risk_table)
        self.at_risk_box.setToolTip(self.tr("Churn warnings, lowest health first"))
        self.gaps_box = _box(self.tr("Largest stage gaps"), self.gaps_table)
        self.gaps_box.setToolTip(self.tr("Stages recorded above the evidence first, then the "
                                         "most unmet criteria to the target stage"))
        self.agenda = AgendaModel(self.model, self)
        self.agenda_table = AgendaTable(self.agenda)
        self.agenda_table.activated.connect(self._on_agenda_activated)
        self.agenda_box = _box(self.tr("Reviews and actions due"), self.agenda_table)
        self.agenda.modelReset.connect(self._title_agenda)
        grid_box = _box(self.tr("Tier grid: current value × potential value"), self.grid)
        self._build_movers()

        self.lists = QSplitter(Qt.Orientation.Vertical)
        self.lists.addWidget(self.at_risk_box)
        self.lists.addWidget(self.gaps_box)
        self.top = QSplitter(Qt.Orientation.Horizontal)
        self.top.addWidget(grid_box)
        self.top.addWidget(self.lists)
        # "All accounts" and what is due share the bottom, one above the other: both
        # need their width for the columns
        self.bottom = QSplitter(Qt.Orientation.Vertical)
        self.bottom.addWidget(_box(self.tr("All accounts"), self.all_table))
        self.bottom.addWidget(self.agenda_box)
        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(self.top)
        body.addWidget(self.movers_box)
        body.addWidget(self.bottom)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 0)
        body.setStretchFactor(2, 2)
        body.setSizes([560, self.movers_box.minimumSizeHint().height(), 440])
        self.bottom.setSizes([200, 240])  # what is due needs a few more rows
        self.body = body
        for splitter in (self.lists, self.top, self.bottom, body):
            splitter.setChildrenCollapsible(False)
        # With the movers the overview is taller than a laptop's window: it scrolls (the
        # main window puts it in a scroll area) rather than squeeze the grid and the lists
        self.top.setMinimumHeight(TOP_HEIGHT)
        self.bottom.setMinimumHeight(BOTTOM_HEIGHT)
        self._wide: bool | None = None
        self._arrange(wide=True)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(body, 1)
        self.empty = QLabel(self.tr(EMPTY_TEXT))
        self.empty.setObjectName("portfolioEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(40)
        self.stack = QStackedWidget()
        self.stack.addWidget(content)
        self.stack.addWidget(self.empty)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 6, 6, 6)
        outer.addWidget(self.stack)

        for sig in (self.model.rowsInserted, self.model.rowsRemoved, self.model.dataChanged,
                    self.model.modelReset):
            sig.connect(self._update_totals)
        #: the lists' texts for "empty", kept aside while the database is being opened
        self._empty_texts: dict[ListTable, str] = {}
        if opening is None:
            self._describe_agenda()
            self._update_totals()
        else:
            self._opening(opening)

    # -- public API ----------------------------------------------------------------------
    def start(self, service: PortfolioService, today: dt.date,
              settings: ScoringSettings) -> None:
        """Clear and score every account again in the background (cancels a run going on)."""
        self._opened()
        self.worker.cancel()
        self._flush_timer.stop()
        self._pending.clear()
        self._edited.clear()
        self.model.clear()
        self.model.set_settings(settings)
        self.grid.set_settings(settings)
        self._scoring = True
        colors.mute(self.status)
        self.status.setText(self.tr("Scoring accounts…"))
        self.progress.setRange(0, 0)  # busy until the total is known
        self.progress.show()
        self.grid.set_empty_text(self.tr("Scoring accounts…"))
        self.stack.setCurrentIndex(0)
        self._movers_source = (service, today, settings)
        self.movers_worker.cancel()
        self._movers_timer.stop()
        self._movers.clear()
        self._movers_pending.clear()
        self._movers_edited.clear()
        self._movers_keys = None
        self._refresh_movers()
        self._say_movers(self.tr("Computing…"))
        self.worker.start(service, today, settings)

    def update_account(self, score: AccountScore) -> None:
        """Show an account's new scores (after an edit) without rescoring the rest."""
        if self._scoring:
            self._edited.add(score.key)
        self.model.upsert(score)
        self.stack.setCurrentIndex(0)
        self._compare_again(score.key)

    def remove_account(self, key: str) -> None:
        if self._scoring:
            self._edited.add(key)
        self.model.remove(key)
        if self._movers.pop(key, None) is not None:
            self._refresh_movers()
        self._show_empty_if_nothing()

    def stop(self) -> None:
        """Cancel scoring and wait for the thread; call before the database is closed."""
        if self._empty_texts:  # never opened (the window closed first): nothing runs
            self._scoring = False
            self.progress.hide()
            return
        self._movers_timer.stop()
        self.movers_worker.stop()
        if self._movers_pending or self._movers_source is not None and not self._movers_done:
            self._movers_pending.clear()
            self._say_movers("")  # never computed: "computing…" would be a promise
        self.worker.stop()
        self._flush()  # what arrived before the stop still shows
        self._flush_timer.stop()
        if self._scoring:
            self._scoring = False
            self.progress.hide()
            self.grid.set_empty_text("")
            self.status.setText(self.tr("Scoring stopped."))

    def is_finding_movers(self) -> bool:
        """Whether the movers are being computed (or wait for the scores to be in)."""
        return (self._movers_source is not None and not self._movers_done) or (
            self.movers_worker.is_running() or self._movers_timer.isActive())

    def is_scoring(self) -> bool:
        """Whether scores are on their way: being computed, or the database is being
        opened (``opening``)."""
        return self._scoring

    # -- while the database is being opened ------------------------------------------------
    def _opening(self, text: str) -> None:
        """Say ``text`` where the figures will be; the lists say nothing yet ("no churn
        warnings" would be a claim) and the totals are not counted."""
        self._scoring = True
        self.progress.setRange(0, 0)
        self.progress.show()
        self.grid.set_waiting(text)
        for table in (self.at_risk_table, self.gaps_table, self.all_table, self.agenda_table,
                      self.improved_table, self.worsened_table):
            self._empty_texts[table] = table.empty_text
            table.empty_text = ""

    def _opened(self) -> None:
        """The database is open: everything as usual from now on."""
        if not self._empty_texts:
            return
        for table, text in self._empty_texts.items():
            table.empty_text = text
        self._empty_texts.clear()
        self._describe_agenda()
        self.grid.set_waiting(None)
        self._scoring = False
        self.progress.hide()
        self._update_totals()

    def _describe_agenda(self) -> None:
        from app.assessment.agenda import ACTION_HORIZON_DAYS, REVIEW_HORIZON_DAYS

        # the day counts apart: Russian declines them differently after each preposition
        days = {"review_days": self.tr("%n days", "in the next N days", REVIEW_HORIZON_DAYS),
                "action_days": self.tr("%n days", "due within N days", ACTION_HORIZON_DAYS)}
        self.agenda_table.empty_text = self.tr(
            "Nothing due: no review in the next {review_days} and no open action due within "
            "{action_days} or overdue.").format(**days)
        self.agenda_box.setToolTip(self.tr(
            "Reviews not yet held in the next {review_days} and open actions due within "
            "{action_days}, across all accounts; overdue ones in red").format(**days))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(wide=event.size().width() >= WIDE)
        super().resizeEvent(event)

    # -- reactions -------------------------------------------------------------------------
    def _on_batch(self, scores: list[AccountScore]) -> None:
        self._pending.extend(scores)
        if not self._flush_timer.isActive():  # the first slice in a while: show it now
            self._flush()
            self._flush_timer.start()

    def _on_flush_timer(self) -> None:
        if self._pending:
            self._flush()
            self._flush_timer.start()

    def _flush(self) -> None:
        """Hand the scores received to the model, but not older scores of accounts
        edited or deleted since the run started."""
        pending, self._pending = self._pending, []
        if self._edited:
            pending = [s for s in pending if s.key not in self._edited]
        if pending:
            self.model.add_batch(pending)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(self.tr("Scoring {done} of {total} accounts…", "", total).format(
            done=_number(done), total=_number(total)))

    def _on_finished(self, damaged: list[DamagedAccount]) -> None:
        self._flush()
        self._flush_timer.stop()
        self._scoring = False
        self._start_movers(None)
        self._edited.clear()
        self.grid.set_empty_text(nothing_plotted())
        self.progress.hide()
        self.status.setText(self.damaged_status(damaged))
        if damaged:
            colors.warn(self.status)
        self.damagedFound.emit([(d.key, str(d.problems[0])) for d in damaged])
        self._show_empty_if_nothing()

    def damaged_status(self, damaged: list[DamagedAccount]) -> str:
        """The overview's line about accounts it could not score (empty when none)."""
        if not damaged:
            return ""
        first = damaged[0].key
        if len(damaged) == 1:
            return self.tr("Account “{key}” is damaged and was not scored; open it in the "
                           "list to save what can be read.").format(key=first)
        return self.tr("{count} accounts are damaged and were not scored (“{key}” and "
                       "{more} more); they are marked in the list.", "", len(damaged)).format(
                           count=_number(len(damaged)), key=first,
                           more=_number(len(damaged) - 1))

    def _on_failed(self, message: str) -> None:
        self._flush()
        self._flush_timer.stop()
        self._scoring = False
        if not self._movers_done:
            self._movers_done = True
            self._say_movers("")
        self._edited.clear()
        self.grid.set_empty_text("")
        self.progress.hide()
        colors.warn(self.status)
        self.status.setText(self.tr("Scoring stopped: {problem}").format(
            problem=message.splitlines()[0] if message else ""))

    def _on_activated(self, index: QModelIndex) -> None:
        key = index.data(KEY_ROLE)
        if isinstance(key, str):
            self.accountActivated.emit(key)

    def _title_agenda(self) -> None:
        late = self.agenda.overdue_count()
        self.agenda_box.setTitle(
            self.tr("Reviews and actions due ({count} overdue)", "", late).format(count=late)
            if late else self.tr("Reviews and actions due"))

    def _on_agenda_activated(self, index: QModelIndex) -> None:
        key = index.data(KEY_ROLE)
        section, item = index.data(ITEM_ROLE)
        self.planItemActivated.emit(key, section, item)

    def _arrange(self, wide: bool) -> None:
        """Lists beside the grid when there is room, else side by side below it."""
        if wide == self._wide:
            return
        self._wide = wide
        self.top.setOrientation(Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical)
        self.lists.setOrientation(Qt.Orientation.Vertical if wide else Qt.Orientation.Horizontal)
        self.top.setSizes([600, 400] if wide else [640, 360])
        self.lists.setSizes([500, 500])

    def _show_empty_if_nothing(self) -> None:
        self.stack.setCurrentIndex(1 if self.model.rowCount() == 0 and not self._scoring else 0)

    def _update_totals(self, *_args: Any) -> None:
        if self._empty_texts:  # the database is being opened: nothing counted yet
            return
        totals = self.model.totals()
        counts = {"count": _number(totals.accounts), "at_risk": _number(totals.at_risk)}
        if totals.average_health is None:
            text = self.tr("{count} accounts · {at_risk} at risk", "", totals.accounts)
        else:
            from app.assessment.health import round_half_up

            counts["health"] = str(round_half_up(totals.average_health))
            text = self.tr("{count} accounts · {at_risk} at risk · average health {health}",
                           "", totals.accounts)
        self.totals.setText(text.format(**counts))

    # -- the movers --------------------------------------------------------------------
    def _build_movers(self) -> None:
        self.movers_worker = MoversWorker(self)
        self.movers_worker.batch.connect(self._on_movers_batch)
        self.movers_worker.finished.connect(self._on_movers_finished)
        self.movers_worker.failed.connect(self._on_movers_failed)
        self._movers = {}
        self._movers_pending = {}
        self._movers_edited = set()
        self._movers_keys = None
        self._movers_source = None
        self._movers_done = False
        self._movers_timer = QTimer(self)
        self._movers_timer.setSingleShot(True)
        self._movers_timer.setInterval(MOVERS_AFTER_EDIT_MS)
        self._movers_timer.timeout.connect(self._compare_edited)

        self.improved = MoversModel(True, self)
        self.worsened = MoversModel(False, self)
        # one above the other, the whole width: the reasons need it (side by side, at
        # 1280 px, they were cut off after a name); the first column names the list
        self.improved_table = MoversTable(self.improved)
        self.worsened_table = MoversTable(self.worsened)
        for table in (self.improved_table, self.worsened_table):
            table.activated.connect(self._on_activated)
        self.movers_box = QGroupBox(self.tr("Movers — last %n days", "", DAYS))
        self.movers_box.setToolTip(self.tr(
            "How the relationships moved, from what changed in each account: stances and "
            "relationship strength weighted by influence, economic buyers and decision "
            "makers joining or leaving, lines of conflict, the relationship stage and "
            "health"))
        layout = QVBoxLayout(self.movers_box)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.improved_table)
        layout.addWidget(self.worsened_table)
        self.movers_box.setSizePolicy(QSizePolicy.Policy.Preferred,
                                      QSizePolicy.Policy.Fixed)

    def _say_movers(self, text: str) -> None:
        """What the two lists say while they have no rows ("computing…", a failure)."""
        if self._empty_texts:  # the database is being opened: said once it is open
            for table in (self.improved_table, self.worsened_table):
                self._empty_texts[table] = text
            return
        for table in (self.improved_table, self.worsened_table):
            table.empty_text = text
            table.viewport().update()

    def _start_movers(self, keys: list[str] | None) -> None:
        if self._movers_source is None:
            return
        service, today, settings = self._movers_source
        if not hasattr(service, "iter_movers"):  # a stand-in that only scores (tests)
            self._movers_done = True
            self._say_movers("")
            return
        if keys is None:
            self._movers_done = False
            self._movers_edited.clear()
        elif self.movers_worker.is_running() and self._movers_keys is not None:
            keys = sorted(set(keys) | set(self._movers_keys))  # the run replaced goes on
        self._movers_pending.clear()
        self._movers_keys = keys
        self.movers_worker.start(service, today, settings, DAYS, keys)

    def _compare_again(self, key: str) -> None:
        """An account was edited: compare it again (once the scores and the movers of
        the run going on are in, else after a short pause that gathers a burst)."""
        if self._movers_source is None:
            return
        self._movers_edited.add(key)
        if self._scoring or (self.movers_worker.is_running() and self._movers_keys is None):
            return  # the run to come (or the one going on, when it ends) takes it
        self._movers_timer.start()

    def _compare_edited(self) -> None:
        keys, self._movers_edited = sorted(self._movers_edited), set()
        if keys:
            self._start_movers(keys)

    def _on_movers_batch(self, movers: list[Mover]) -> None:
        if self._movers_keys is not None:  # a few accounts: replaced together at the end
            self._movers_pending.update((m.key, m) for m in movers)
            return
        # an account removed meanwhile stays out
        self._movers.update((m.key, m) for m in movers if self.model.score(m.key) is not None)
        self._refresh_movers()

    def _on_movers_finished(self, keys: list[str] | None) -> None:
        if keys is not None:
            for key in keys:
                self._movers.pop(key, None)
            self._movers.update((k, m) for k, m in self._movers_pending.items()
                                if self.model.score(k) is not None)
            self._movers_pending.clear()
        self._movers_keys = None
        self._movers_done = True
        self._refresh_movers()
        self.improved_table.empty_text = self.tr(
            "No account improved in the last %n days.", "", DAYS)
        self.worsened_table.empty_text = self.tr(
            "No account worsened in the last %n days.", "", DAYS)
        for table in (self.improved_table, self.worsened_table):
            table.viewport().update()
        if self._movers_edited:  # edited while every account was being compared
            self._movers_timer.start()

    def _on_movers_failed(self, message: str) -> None:
        self._movers_keys = None
        self._movers_done = True
        self._movers_pending.clear()
        self._say_movers(self.tr("The movers could not be computed: {problem}").format(
            problem=message.splitlines()[0] if message else ""))

    def _refresh_movers(self) -> None:
        movers = list(self._movers.values())
        self.improved.set_movers(movers)
        self.worsened.set_movers(movers)
