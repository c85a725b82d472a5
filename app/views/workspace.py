"""The GUI's door to the service layer.

Every change made from the GUI goes through a :class:`Workspace` method, which
calls the service (one transaction) and then announces what changed, so each
view refreshes only what it shows (the Anki / Orange pattern).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.models.account import AccountFile, AccountRecord, StageRecord
from app.models.enums import RelationshipStage
from app.services.accounts import AccountService, AccountSummary, ImportResult, VersionConflict


class Workspace(QObject):
    accountAdded = Signal(str)
    accountChanged = Signal(str)
    accountRemoved = Signal(str)
    #: everything may have changed (bulk import)
    reset = Signal()
    #: an undo or redo could not be carried out (message for the user)
    failed = Signal(str)
    #: cards of an account's map moved: (account id, {stakeholder id: (x, y) | None})
    cardsMoved = Signal(str, object)
    #: an account's people or lines changed (map edits): account id
    peopleChanged = Signal(str)

    def __init__(self, accounts: AccountService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._accounts = accounts
        #: the account last read or written whole, as stored: after an edit the tabs,
        #: the portfolio row and the next edit all ask for it, and reading a large
        #: account back costs a third of a second. Every write through this class
        #: (the GUI's only way to write) drops or replaces it.
        self._cached: AccountFile | None = None
        #: the stored version ``_cached`` is: a save names it (compare-and-swap)
        self._version: int | None = None

    @property
    def accounts(self) -> AccountService:
        return self._accounts

    # reads
    def summaries(self) -> list[AccountSummary]:
        return self._accounts.list_summaries()

    def summary(self, key: str) -> AccountSummary:
        return self._accounts.summary(key)

    def profile(self, key: str) -> AccountRecord:
        return self._accounts.profile(key)

    def snapshot(self, key: str) -> AccountFile:
        if self._cached is None or self._cached.account.id != key:
            stored = self._accounts.read(key)
            self._cached, self._version = stored.doc, stored.version
        return self._cached

    def forget(self) -> None:
        """Drop the account kept from the last read: the database was replaced under
        it (a restore from a backup)."""
        self._cached = None

    def reread(self, key: str) -> AccountFile:
        """The account as stored now, read past the cache: another process (an import
        with ``--replace``, a restore) may have written it since."""
        self._cached = None
        return self.snapshot(key)

    # writes
    def create(self, name: str, key: str | None = None, **values: Any) -> str:
        self._cached = None
        key = self._accounts.create(name, key=key, **values)
        self.accountAdded.emit(key)
        return key

    def update(self, key: str, changes: Mapping[str, Any]) -> StageRecord | None:
        """Returns the stage-history entry a stage change wrote."""
        self._cached = None
        entry = self._accounts.update(key, changes)
        self.accountChanged.emit(key)
        return entry

    def revert_stage_change(self, key: str, entry: StageRecord | None,
                            stage: RelationshipStage | None) -> None:
        self._cached = None
        self._accounts.revert_stage_change(key, entry, stage)
        self.accountChanged.emit(key)

    def move_cards(self, key: str, positions: Mapping[str, tuple[float, float] | None]) -> None:
        self._cached = None
        self._accounts.move_cards(key, positions)
        self.cardsMoved.emit(key, dict(positions))

    def replace_account(self, doc: AccountFile, people_changed: bool = True) -> None:
        """``people_changed`` False: the edit left the people and lines as they were
        (a plan edit), so the map need not be redrawn."""
        key = doc.account.id
        expected = (self._version if self._cached is not None
                    and self._cached.account.id == key else None)
        self._cached = None
        try:
            version = self._accounts.replace_account(doc, expected)
        except VersionConflict:
            self.accountChanged.emit(key)  # show what is stored now
            self.peopleChanged.emit(key)
            raise
        self._cached, self._version = doc, version  # what was stored
        self.accountChanged.emit(doc.account.id)
        if people_changed:
            self.peopleChanged.emit(doc.account.id)

    def delete(self, key: str) -> None:
        self._cached = None
        self._accounts.delete(key)
        self.accountRemoved.emit(key)

    def restore(self, doc: AccountFile) -> None:
        self._cached = None
        self._accounts.restore(doc)
        self.accountAdded.emit(doc.account.id)

    def import_documents(
        self, docs: Sequence[AccountFile], *, replace: bool = False
    ) -> list[ImportResult]:
        self._cached = None
        results = self._accounts.import_documents(docs, replace=replace)
        self.reset.emit()
        return results

    def remove_and_restore(self, keys: Sequence[str], docs: Sequence[AccountFile]) -> None:
        self._cached = None
        self._accounts.remove_and_restore(keys, docs)
        self.reset.emit()
