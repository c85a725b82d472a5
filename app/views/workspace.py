"""The GUI's door to the service layer.

Every change made from the GUI goes through a :class:`Workspace` method, which
calls the service (one transaction) and then announces what changed, so each
view refreshes only what it shows (the Anki / Orange pattern).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.errors import Conflict, NotFound
from app.models.account import AccountFile, AccountRecord, StageRecord
from app.models.delta import Delta
from app.models.enums import RelationshipStage
from app.services.accounts import (
    AccountService,
    AccountSummary,
    EditConflict,
    ImportResult,
    Stored,
)

#: parts of the document the map draws (its people and lines; the team names owners)
MAP_SECTIONS = frozenset({"stakeholders", "influences", "team"})
#: parts the Plan tab shows (people and the profile: the names and currency it uses)
PLAN_SECTIONS = frozenset({"account", "stakeholders", "team", "insights", "objectives",
                           "revenue_plan", "risks", "actions", "reviews", "kpis",
                           "interactions"})
#: every top-level part of an account document
EVERYTHING = frozenset(AccountFile.model_fields) - {"format", "version"}


@dataclass(frozen=True)
class AccountChange:
    """What one write changed of one account, so each view refreshes only that.

    ``sections``: the top-level parts of the document that changed (``EVERYTHING``
    when not known: a conflict, a reread). ``origin``: the view that started the
    edit ("map", "assessment", "plan", "profile"; "" for an undo, a redo or
    anything else), so it can tell its own edit from someone else's. ``people``:
    set when only these people's own fields changed (nobody added, removed or
    moved, no line or manager changed): the map redraws just their cards.
    ``positions``: set when only cards moved, to where (None: back to the layout).
    """

    key: str
    sections: frozenset[str]
    origin: str = ""
    people: frozenset[str] | None = None
    positions: Mapping[str, tuple[float, float] | None] | None = None

    @property
    def map_changed(self) -> bool:
        return bool(self.sections & MAP_SECTIONS)


def people_edited(delta: Delta) -> set[str] | None:
    """The people whose own fields alone a delta changed, or None when the map must be
    redrawn whole (people added, removed or reordered, lines, bosses or cards moved)."""
    if delta.sections & {"influences", "team"} or "stakeholders" not in delta.keyed:
        return None
    keyed = delta.keyed["stakeholders"]
    if keyed.order is not None:
        return None
    for before, after in keyed.changes.values():
        if before is None or after is None or before.reports_to != after.reports_to \
                or before.position != after.position:
            return None
    return set(keyed.changes)


class Workspace(QObject):
    accountAdded = Signal(str)
    #: an account was written: one :class:`AccountChange` saying what changed
    accountChanged = Signal(object)
    accountRemoved = Signal(str)
    #: everything may have changed (bulk import)
    reset = Signal()
    #: an undo or redo could not be carried out (message for the user)
    failed = Signal(str)

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
        #: the last version this window saved of each account: a change notice about
        #: it is this window's own save coming back (``is_own``)
        self._own: dict[str, int] = {}

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

    def unchanged_since_read(self, key: str) -> bool:
        """Whether the account read last is still what is stored (nobody saved since)."""
        return self.saved_since_read(key) is None

    def saved_since_read(self, key: str) -> str | None:
        """How the account changed since it was read: None (it did not), "edit" (saved
        by someone: an edit of ours is re-applied on top), "import" (replaced whole, or
        restored) or "deleted"."""
        current = self._accounts.current_version(key)
        if current is None:
            return "deleted"
        if self._cached is not None and self._cached.account.id == key \
                and current[0] == self._version:
            return None
        return current[1]

    def saved_version(self, key: str) -> int | None:
        """The version of ``key`` this window last read or saved (None: not kept)."""
        if self._cached is None or self._cached.account.id != key:
            return None
        return self._version

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
    def _mark_own(self, keys: Sequence[str]) -> None:
        """The versions this window just wrote whole (a new account, an import): their
        change notices are its own."""
        for key in keys:
            current = self._accounts.current_version(key)
            if current is not None:
                self._own[key] = current[0]

    def create(self, name: str, key: str | None = None, **values: Any) -> str:
        self._cached = None
        key = self._accounts.create(name, key=key, **values)
        self._mark_own([key])
        self.accountAdded.emit(key)
        return key

    def _base(self, key: str) -> Stored | None:
        """The account as this window last read or wrote it, for an edit to start from
        (the service re-applies the edit if someone saved since)."""
        if self._cached is None or self._cached.account.id != key or self._version is None:
            return None
        return Stored(self._cached, self._version, dt.datetime.now(), "")

    def _keep(self, saved: Stored) -> None:
        self._cached, self._version = saved.doc, saved.version
        self._own[saved.doc.account.id] = saved.version

    def is_own(self, key: str, version: int) -> bool:
        """Whether version ``version`` of ``key`` was saved by this window (or the
        window already shows it): a change notice about it needs nothing done."""
        return self._own.get(key) == version or self.saved_version(key) == version

    def update(self, key: str, changes: Mapping[str, Any], origin: str = ""
               ) -> StageRecord | None:
        """Returns the stage-history entry a stage change wrote."""
        base, self._cached = self._base(key), None
        entry, saved = self._accounts.update(key, changes, base=base)
        self._keep(saved)
        sections = {"account", "stage_history"} if entry is not None else {"account"}
        self.accountChanged.emit(AccountChange(key, frozenset(sections), origin))
        return entry

    def revert_stage_change(self, key: str, entry: StageRecord | None,
                            stage: RelationshipStage | None) -> None:
        base, self._cached = self._base(key), None
        self._keep(self._accounts.revert_stage_change(key, entry, stage, base=base))
        self.accountChanged.emit(AccountChange(key, frozenset({"account", "stage_history"})))

    def move_cards(self, key: str, positions: Mapping[str, tuple[float, float] | None],
                   origin: str = "") -> None:
        base, self._cached = self._base(key), None
        self._keep(self._accounts.move_cards(key, positions, base=base))
        self.accountChanged.emit(AccountChange(key, frozenset({"stakeholders"}), origin,
                                               positions=dict(positions)))

    def apply_delta(self, key: str, delta: Delta, what: str, *, origin: str = "",
                    checked_from: AccountFile | None = None, undo: bool = False) -> None:
        """Make the change ``delta`` describes to the account as stored now: on the
        document this window read, or, if someone saved since, on theirs (rebase,
        ``AccountService.apply_delta``). EditConflict, with nothing saved and the stored
        version shown, if their version changed the same entry; for an undo
        (``undo=True``) that means someone has since built on the edit it takes back."""
        base, self._cached = self._base(key), None
        try:
            saved = self._accounts.apply_delta(key, delta, what, base=base,
                                               checked_from=checked_from, undo=undo)
        except EditConflict as err:
            self._refresh_after_conflict(key)
            if err.undo:  # the command says it in its words (what it would undo)
                raise
            raise Conflict(self.tr("Not saved: {reason} The account was changed meanwhile "
                                   "by {user} (now version {version}); it now shows the "
                                   "stored version.").format(
                                       reason=err.reason, user=err.current.saved_by or "?",
                                       version=err.current.version)) from None
        except (Conflict, NotFound):  # deleted meanwhile, keeps changing
            self._refresh_after_conflict(key)
            raise
        self._keep(saved)
        edited = people_edited(delta)
        self.accountChanged.emit(AccountChange(
            key, delta.sections, origin,
            people=frozenset(edited) if edited is not None else None))

    def _refresh_after_conflict(self, key: str) -> None:
        self._cached = None
        self.accountChanged.emit(AccountChange(key, EVERYTHING))  # show what is stored now

    def delete(self, key: str) -> None:
        self._cached = None
        self._accounts.delete(key)
        self.accountRemoved.emit(key)

    def restore(self, doc: AccountFile) -> None:
        self._cached = None
        self._accounts.restore(doc)
        self._mark_own([doc.account.id])
        self.accountAdded.emit(doc.account.id)

    def import_documents(
        self, docs: Sequence[AccountFile], *, replace: bool = False
    ) -> list[ImportResult]:
        self._cached = None
        results = self._accounts.import_documents(docs, replace=replace)
        self._mark_own([d.account.id for d in docs])
        self.reset.emit()
        return results

    def install_demo(self, *, replace: bool = False) -> list[ImportResult]:
        """The demo workspace with its history (versions over the past two quarters)."""
        from app.services.demo import install_demo

        self._cached = None
        results = install_demo(self._accounts, replace=replace)
        self._mark_own([r.key for r in results])
        self.reset.emit()
        return results

    def remove_and_restore(self, keys: Sequence[str], docs: Sequence[AccountFile]) -> None:
        self._cached = None
        self._accounts.remove_and_restore(keys, docs)
        self._mark_own([d.account.id for d in docs])
        self.reset.emit()
