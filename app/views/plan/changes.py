"""What changed since the previous review, on the Plan tab's Reviews page.

Each review shows the changes between the version in force at the previous review held
(before its date) and the version in force on its own date (a review still to come, or
one held today: up to today), weightiest first, as a compact read-only list under its
texts. With no earlier review held the window is the 90 days before. Preparing a review
fills its agenda from the significant ones ("• 王丽娜: stance neutral → supporter").

The versions come from :class:`app.services.timeline.Timeline` (set by the main window
as ``PlanTab.timeline``); without one the list says the history is not available.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.assessment.changes import LOOKBACK_DAYS, Change, changes, describe, names_of
from app.assessment.settings import ScoringSettings
from app.models.account import AccountFile
from app.services.timeline import Timeline
from app.views import colors
from app.views.formatting import day_text
from app.views.plain import PlainLabel, plain

Index = QModelIndex | QPersistentModelIndex
#: a kept version as Timeline.versions lists it (app.storage.store.VersionInfo: version,
#: saved_at, current), which views do not import
Version = Any
#: the window looked back over when no earlier review was held
DAYS = LOOKBACK_DAYS
#: rows shown before "and N more…"
SHOWN = 5
#: lines an agenda is filled with at most (the rest counted on a last line)
AGENDA_LINES = 12
#: a change of this weight or more is significant: in the agenda; the others listed after
#: them in a quieter colour
LEAST = 2


@dataclass(frozen=True)
class ReviewChanges:
    """What changed in the window before one review."""

    since: dt.date
    until: dt.date
    #: the day of the previous review held (None: none held before: ``since`` is DAYS
    #: before ``until``)
    previous: dt.date | None
    #: ``until`` is today (a review to come, or held today)
    to_today: bool
    #: weightiest first, the order of the list
    found: list[Change] = field(default_factory=list)
    #: everyone's name by id, then's and now's
    names: dict[str, str] = field(default_factory=dict)
    #: no version is kept from ``since``: compared from the earliest kept, of this day
    kept_from: dt.date | None = None
    #: no version is kept from before ``until``: nothing to compare
    nothing_kept: bool = False

    def lines(self) -> list[str]:
        return [describe(c, self.names) for c in self.found]

    def agenda(self, more: Callable[[int], str]) -> str:
        """The significant changes, one "• " line each (at most AGENDA_LINES, then
        ``more(n)`` for the rest); "" when there are none."""
        weighty = [describe(c, self.names) for c in self.found if c.weight >= LEAST]
        lines = [f"• {text}" for text in weighty[:AGENDA_LINES]]
        if len(weighty) > AGENDA_LINES:
            lines.append(more(len(weighty) - AGENDA_LINES))
        return "\n".join(lines)


def window(doc: AccountFile, review: Any, today: dt.date) -> tuple[dt.date, dt.date,
                                                                   dt.date | None, bool]:
    """(since, until, the previous review's day, until is today) for ``review`` (None: a
    review being prepared today)."""
    day = today if review is None else review.date
    until = min(day, today)
    rid = getattr(review, "id", None)
    held = [r.date for r in doc.reviews if r.held and r.id != rid
            and (r.date <= today if review is None else r.date < day)]
    previous = max(held) if held else None
    since = previous if previous is not None else until - dt.timedelta(days=DAYS)
    return since, until, previous, until == today


class ReviewHistory:
    """Reads the versions a review's window needs: the list of versions kept until the
    account is saved again, each old version through the timeline (which keeps the last
    few it read)."""

    def __init__(self, timeline: Timeline) -> None:
        self.timeline = timeline
        self._listed: tuple[AccountFile | None, list[Version]] = (None, [])

    def _versions(self, doc: AccountFile) -> list[Version]:
        if self._listed[0] is not doc:  # another save: another list
            self._listed = (doc, self.timeline.versions(doc.account.id))
        return self._listed[1]

    def _doc(self, doc: AccountFile, info: Version) -> AccountFile:
        if info.current:
            return doc
        return self.timeline.moment(doc.account.id, info).doc  # the timeline keeps it

    def for_review(self, doc: AccountFile, review: Any, today: dt.date,
                   settings: ScoringSettings) -> ReviewChanges:
        since, until, previous, to_today = window(doc, review, today)
        versions = self._versions(doc)

        def at(day: dt.date) -> Version | None:
            end = dt.datetime.combine(day, dt.time.max)
            found = [v for v in versions if v.saved_at <= end]
            return found[-1] if found else None

        stop = versions[-1] if to_today and versions else at(until)
        start = at(since)
        kept_from = None
        if stop is not None and start is None and versions[0] is not stop:
            start, kept_from = versions[0], versions[0].saved_at.date()
        if stop is None or start is None:
            return ReviewChanges(since, until, previous, to_today, nothing_kept=True)
        old, new = self._doc(doc, start), self._doc(doc, stop)
        found = changes(old, new, old_day=kept_from or since, new_day=until,
                        settings=settings)
        names = names_of(old, new)
        order = sorted(found, key=lambda c: -c.weight)  # stable: kinds' order kept
        return ReviewChanges(since, until, previous, to_today, order, names, kept_from)


class ChangeList(QAbstractListModel):
    """The changes as lines, the first SHOWN only until expanded; the minor ones
    muted. Read-only, plain text (tool tips too)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines: list[str] = []
        self.weights: list[int] = []
        self.expanded = False

    def set_changes(self, lines: list[str], weights: list[int]) -> None:
        self.beginResetModel()
        self.lines, self.weights = lines, weights
        self.expanded = False
        self.endResetModel()

    def expand(self, on: bool) -> None:
        self.beginResetModel()
        self.expanded = on
        self.endResetModel()

    @property
    def hidden(self) -> int:
        return 0 if self.expanded else max(0, len(self.lines) - SHOWN)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines) - self.hidden

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.lines[row]
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain(self.lines[row])
        if role == Qt.ItemDataRole.ForegroundRole and self.weights[row] < LEAST:
            # a detail: after the significant ones, quieter (and readable in any palette)
            return colors.muted(role=QPalette.ColorRole.Base)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ChangesBox(QWidget):
    """"Changes since the previous review" under a review's texts, with "Fill agenda
    from changes" for a review still to come."""

    fillRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = PlainLabel()
        self.title.setObjectName("review_changes_title")
        colors.mute(self.title)
        self.fill = QPushButton(self.tr("Fill agenda from changes"))
        self.fill.setObjectName("fill_agenda")
        self.fill.setToolTip(self.tr(
            "Put the significant changes since the previous review in the agenda, one line "
            "each, to edit there; Ctrl+Z undoes it"))
        self.fill.clicked.connect(self.fillRequested)
        self.note = PlainLabel(wrap=True)
        self.note.setObjectName("review_changes_note")
        colors.mute(self.note)
        self.note.hide()
        self.model = ChangeList(self)
        self.list = QListView()
        self.list.setObjectName("review_changes")
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setUniformItemSizes(True)
        self.list.setAccessibleName(self.tr("Changes since the previous review"))
        self.more = QPushButton()
        self.more.setObjectName("more_changes")
        self.more.setFlat(True)
        self.more.setStyleSheet("text-align: left;")  # a link-like button: the palette's
        self.more.clicked.connect(self._toggle)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.title, 1)
        head.addWidget(self.fill)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(head)
        layout.addWidget(self.note)
        layout.addWidget(self.list)
        layout.addWidget(self.more)
        self.show_changes(None)

    def show_changes(self, found: ReviewChanges | None, *, unavailable: bool = False
                     ) -> None:
        """Show the changes before a review (None: no review selected)."""
        self.model.set_changes(found.lines() if found else [],
                               [c.weight for c in found.found] if found else [])
        if found is None:
            self.title.setText(self.tr("Changes since the previous review"))
            note = (self.tr("The account's history is not available here.") if unavailable
                    else self.tr("Select a review to see what changed before it."))
        else:
            self.title.setText(self._title(found))
            note = self._note(found)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.list.setVisible(bool(self.model.lines))
        self._fit()

    def _title(self, found: ReviewChanges) -> str:
        since, until = day_text(found.since), day_text(found.until)
        if found.previous is not None:
            return (self.tr("Changes since the previous review ({since} → today)")
                    if found.to_today else
                    self.tr("Changes since the previous review ({since} → {until})")
                    ).format(since=since, until=until)
        return (self.tr("Changes in the %n days before today", "", DAYS) if found.to_today
                else self.tr("Changes in the %n days before {until}", "", DAYS)
                ).format(until=until)

    def _note(self, found: ReviewChanges) -> str:
        if found.nothing_kept:
            return self.tr("No history is kept from then: Rapport keeps a version of the "
                           "account for each day it is edited, from its first import on.")
        notes = []
        if found.kept_from is not None:
            notes.append(self.tr("No history is kept from {since}: compared with the "
                                 "earliest version kept, of {day}.").format(
                since=day_text(found.since), day=day_text(found.kept_from)))
        if not found.found:
            notes.append(self.tr("Nothing changed on the map, in the stage, the risks or "
                                 "the objectives."))
        return " ".join(notes)

    def _toggle(self) -> None:
        self.model.expand(not self.model.expanded)
        self._fit()

    def _fit(self) -> None:
        """As tall as its rows (up to SHOWN, then a scroll bar when expanded); the
        "and N more…" / "Show fewer" button only when there are more."""
        rows = self.model.rowCount()
        extra = len(self.model.lines) - SHOWN
        self.more.setVisible(extra > 0)
        self.more.setText(self.tr("Show fewer") if self.model.expanded
                          else self.tr("and %n more…", "", max(extra, 0)))
        row_h = max(self.list.sizeHintForRow(0), self.fontMetrics().height() + 2) \
            if rows else 0
        shown = min(rows, SHOWN * 2 if self.model.expanded else SHOWN)
        self.list.setFixedHeight(shown * row_h + 2 * self.list.frameWidth() + 2)

