"""Edits of plan entries on their way from an editor to the document."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer


@dataclass(frozen=True)
class EditRequest:
    """An edit of one entry, pinned to what it was typed into: the account, the entry
    as it was shown (and, in a nested list, the entry it belongs to). It lands there
    or nowhere, whatever is selected by the time it is applied."""

    account: str
    row: int
    original: Any
    changes: dict[str, Any]
    parent: Any = None


class Pending(QObject):
    """Edits waiting for the editor that made them to close.

    A table's editor hands its value over while the view is still busy with it,
    and applying an edit reloads the table: so edits wait for the next turn of the
    event loop, or for :meth:`flush`, which the Plan tab calls before anything
    else happens (another account, undo, the portfolio, closing)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._calls: list[Callable[[], None]] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.flush)

    def later(self, call: Callable[[], None]) -> None:
        self._calls.append(call)
        self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        while self._calls:
            calls, self._calls = self._calls, []
            for call in calls:
                call()
