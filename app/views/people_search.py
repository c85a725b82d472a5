"""People found by the account list's search box: who, in which account.

The search box filters accounts as before; below the list, the people whose name,
title, department or e-mail hold every word typed (from the store's people index,
in any case and script). Activating one opens their account's map with them
selected.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout, QWidget

from app.services.accounts import PersonHit
from app.views.formatting import number
from app.views.plain import plain

Index = QModelIndex | QPersistentModelIndex
#: a search waits this long after the last keystroke (one query per pause, not per key)
SEARCH_DELAY_MS = 120
#: people shown at most; the heading says when there are more
LIMIT = 50
HIT_ROLE = Qt.ItemDataRole.UserRole + 1


class PeopleHitsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.hits: list[PersonHit] = []

    def set_hits(self, hits: list[PersonHit]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            detail = " · ".join(t for t in (hit.title, hit.department) if t)
            return f"{hit.name}{f' — {detail}' if detail else ''}\n{hit.account_name}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain(self.tr("{name}\n{title}\n{account} (id: {key})").format(
                name=hit.name, title=hit.title or "", account=hit.account_name,
                key=hit.account))
        if role == HIT_ROLE:
            return hit
        return None


class PeopleSearch(QWidget):
    """The "People" part under the account list; hidden while nothing is found."""

    def __init__(self, find: Callable[[str, int], list[PersonHit]],
                 open_person: Callable[[PersonHit], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._find, self._open = find, open_person
        self._text = ""
        self.model = PeopleHitsModel(self)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setStyleSheet("font-weight: 600;")
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.activated.connect(self._on_activated)
        self.list.clicked.connect(self._on_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.hide()

    def search(self, text: str) -> None:
        """Search once typing pauses."""
        self._text = text
        self._timer.start()

    def search_now(self) -> None:
        self._timer.stop()
        text = self._text.strip()
        hits = self._find(text, LIMIT + 1) if len(text) >= 2 else []
        more = len(hits) > LIMIT
        self.model.set_hits(hits[:LIMIT])
        count = len(self.model.hits)
        self.heading.setText(
            self.tr("People: first {count} found; type more to narrow", "", LIMIT).format(
                count=number(LIMIT)) if more
            else self.tr("People ({count})").format(count=number(count)))
        self.setVisible(bool(hits))

    def _on_activated(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if isinstance(hit, PersonHit):
            self._open(hit)
