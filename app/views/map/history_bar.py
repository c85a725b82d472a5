"""The map through time: the time buttons above the map and the banner that says what is
shown.

"Now ▾" chooses the version of the account the map draws (now, at the last review, 90 or
30 days ago, a day picked on a calendar, or one of the kept versions); "Compare with… ▾"
chooses the day today's map is compared with. Both only say what was chosen
(``viewChosen`` / ``compareChosen`` with a :class:`~app.services.timeline.Since`, None
for "now"); the map tab reads the versions and draws them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QDate, Signal, SignalInstance
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.assessment.changes import LOOKBACK_DAYS
from app.services.timeline import Since, VersionInfo
from app.views import colors
from app.views.formatting import day_text
from app.views.plain import PlainLabel

#: the kept versions a menu lists (the newest; older ones through "Pick a date…")
VERSIONS_LISTED = 12


@dataclass(frozen=True)
class Sources:
    """What the menus offer: the last review held (None: none yet), the kept versions
    (oldest first, the current one last) and today."""

    last_review: dt.date | None
    versions: list[VersionInfo]
    today: dt.date


class DatePicker(QDialog):
    """A calendar to pick the day the map is drawn as of (or compared with)."""

    picked = Signal(object)  # dt.date

    def __init__(self, first: dt.date | None, today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pick a date"))
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.setMaximumDate(QDate(today.year, today.month, today.day))
        start = first or today
        self.calendar.setSelectedDate(QDate(start.year, start.month, start.day)
                                      if first else QDate(today.year, today.month, today.day))
        note = QLabel(self.tr("The map is drawn as it was at the end of the day picked.")
                      if first is None else
                      self.tr("The map is drawn as it was at the end of the day picked "
                              "(kept from {date}).").format(date=day_text(first)))
        note.setWordWrap(True)
        colors.mute(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.calendar.activated.connect(lambda _d: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.calendar)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.accepted.connect(self._picked)

    def _picked(self) -> None:
        date = self.calendar.selectedDate()
        self.picked.emit(dt.date(date.year(), date.month(), date.day()))


class HistoryBar(QWidget):
    """"Now ▾" and "Compare with… ▾": compact buttons with their menus."""

    #: the version to draw (None: now)
    viewChosen = Signal(object)
    #: the day or version to compare today's map with (None: stop comparing)
    compareChosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: what the menus offer, read when one opens (set by the tab)
        self.sources: Callable[[], Sources | None] = lambda: None
        self.view_button = QToolButton()
        self.view_button.setObjectName("historyView")
        self.view_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.view_button.setToolTip(self.tr("Draw the map as it was on an earlier day "
                                            "(read-only)"))
        self.compare_button = QToolButton()
        self.compare_button.setObjectName("historyCompare")
        self.compare_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.compare_button.setToolTip(self.tr("Today's map with what changed since an "
                                               "earlier day: who is new, who left, who "
                                               "moved"))
        self.view_menu = QMenu(self)
        self.compare_menu = QMenu(self)
        self.view_menu.aboutToShow.connect(lambda: self._fill(self.view_menu, compare=False))
        self.compare_menu.aboutToShow.connect(lambda: self._fill(self.compare_menu,
                                                                 compare=True))
        self.view_button.setMenu(self.view_menu)
        self.compare_button.setMenu(self.compare_menu)
        #: the calendar last opened
        self.picker: DatePicker | None = None
        self.comparing = False
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.view_button)
        row.addWidget(self.compare_button)
        self.show_state(None, None)

    def show_state(self, as_of: str | None, compared: str | None) -> None:
        """The buttons' words: "Now" or "As of 30 Sep 2026"; "Compare with…" or
        "Compared with 15 Oct 2026"."""
        self.view_button.setText((self.tr("As of {date}").format(date=as_of) if as_of
                                  else self.tr("Now")) + " ")
        self.comparing = compared is not None
        self.compare_button.setText(self.tr("Compared with {date}").format(date=compared)
                                    if compared else self.tr("Compare with…"))

    # -- the menus -------------------------------------------------------------------------
    def _fill(self, menu: QMenu, *, compare: bool) -> None:
        menu.clear()
        src = self.sources()
        signal = self.compareChosen if compare else self.viewChosen

        def add(text: str, since: Since | None, into: QMenu = menu) -> QAction:
            action = into.addAction(text)
            action.triggered.connect(lambda _c=False, s=since: signal.emit(s))
            return action

        if compare:
            if self.comparing:
                add(self.tr("Stop comparing"), None)
                menu.addSeparator()
        else:
            add(self.tr("Now"), None)
        if src is None:
            return
        today = src.today
        review = add(self.tr("At the last review ({date})").format(
            date=day_text(src.last_review)) if src.last_review else
            self.tr("At the last review"), Since(day=src.last_review, text="last-review")
            if src.last_review else None)
        if src.last_review is None:
            review.setEnabled(False)
            review.setToolTip(self.tr("No review of this account is marked as held yet"))
        for days in (LOOKBACK_DAYS, 30):
            add(self.tr("%n days ago", "", days),
                Since(day=today - dt.timedelta(days=days), text=f"{days}d"))
        pick = menu.addAction(self.tr("Pick a date…"))
        first = src.versions[0].saved_at.date() if src.versions else None
        pick.triggered.connect(lambda _c=False: self.pick_date(first, today, signal))
        kept = [v for v in src.versions if not v.current]
        if kept:
            menu.addSection(self.tr("Kept versions"))
            kept_days = [v.saved_at.date() for v in kept]
            for info in reversed(kept[-VERSIONS_LISTED:]):
                when = day_text(info.saved_at.date())
                if kept_days.count(info.saved_at.date()) > 1:
                    when += " " + info.saved_at.strftime("%H:%M")
                # (a "&" in a name would make the next letter a shortcut)
                text = self.tr("{date} · {who}").format(
                    date=when, who=info.saved_by.replace("&", "&&")) \
                    if info.saved_by else when
                action = add(text, Since(version=info.version, text=str(info.version)))
                action.setToolTip(self.tr("Version {number}").format(number=info.version))

    def pick_date(self, first: dt.date | None, today: dt.date,
                  signal: SignalInstance | None = None) -> DatePicker:
        """The calendar (shown, not waited for); the day picked goes to ``signal``."""
        if self.picker is not None:
            self.picker.deleteLater()
        target = signal if signal is not None else self.viewChosen
        picker = self.picker = DatePicker(first, today, self)
        picker.picked.connect(lambda day: target.emit(Since(day=day, text=day.isoformat())))
        picker.open()
        return picker


class HistoryBanner(QFrame):
    """Above the map while it shows the past or a comparison: what is shown, and the way
    back ("Back to now", or Esc on the map)."""

    backRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 3, 8, 3)
        self.text = PlainLabel(wrap=True)  # a user's name is in it
        self.text.setObjectName("historyBannerText")
        self.text.setStyleSheet("font-weight: 600;")
        row.addWidget(self.text, 1)
        self.back_button = QPushButton(self.tr("Back to now"))
        self.back_button.setToolTip(self.tr("The map as it is today, editable (Esc)"))
        self.back_button.clicked.connect(self.backRequested)
        row.addWidget(self.back_button)
        self._hue = QColor("#f2a007")
        colors.follow_palette(self, lambda _w: self._paint())
        self.hide()

    def say(self, text: str, hue: QColor) -> None:
        self.text.setText(text)
        self._hue = QColor(hue)
        self._paint()
        self.show()

    def _paint(self) -> None:
        from PySide6.QtGui import QGuiApplication

        app = QGuiApplication.palette()
        dark = colors.is_dark(app)
        pal = self.palette()
        background = colors.tint(app.color(QPalette.ColorRole.Window), self._hue, dark)
        pal.setColor(QPalette.ColorRole.Window, background)
        pal.setColor(QPalette.ColorRole.WindowText, colors.readable_on(
            background, app.color(QPalette.ColorRole.WindowText)))
        self.setPalette(pal)
        self.text.setPalette(pal)
