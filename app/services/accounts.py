"""Account use cases: what the GUI and the CLI may do to accounts.

Each public method is one user action and one transaction: it either
completes or leaves the database exactly as it was. Every write is a whole
account document, checked like an imported file and saved by compare-and-swap
(``app.storage.store``): an edit that started from an older version is re-applied
to the current one (``edit``), never written over it. Callers get plain values
(summaries, records, documents), never rows.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from pydantic import ValidationError
from sqlalchemy import Connection, func, select

from app.errors import Conflict, InvalidInput, NotFound, Problem, figure
from app.fileformat import read_account_file, write_account_file
from app.fileformat.reader import integrity_problems, problems_from_validation
from app.i18n import N_, _, ngettext
from app.models.account import (
    AccountFile,
    AccountRecord,
    Position,
    StageRecord,
)
from app.models.delta import Delta, DeltaConflict
from app.models.enums import RelationshipStage
from app.models.ids import with_ids
from app.storage.database import Database
from app.storage.store import (
    EDIT,
    IMPORT,
    AccountStore,
    DamagedAccount,
    Stored,
    VersionConflict,
    VersionInfo,
)
from app.storage.tables import accounts, people

__all__ = ["PROFILE_FIELDS", "AccountService", "AccountSummary", "DamagedAccount",
           "EditConflict", "ImportResult", "PersonHit", "Stored", "VersionConflict",
           "VersionInfo"]

#: Profile fields a user may edit (everything of the account record but its id).
PROFILE_FIELDS: tuple[str, ...] = tuple(f for f in AccountRecord.model_fields if f != "id")
#: how often an edit is re-applied to a newer version before giving up (the views'
#: own loop); ``AccountService.edit`` and ``apply_delta`` re-apply it once, with the
#: account locked (SELECT … FOR UPDATE; SQLite's write lock), which cannot conflict
REBASES = 5
#: account documents kept in memory by version (switching back costs one query)
KEPT_DOCUMENTS = 6

Edit = Callable[[AccountFile], AccountFile]


class EditConflict(Conflict):
    """An edit, or an undo, that no longer applies to the account as someone else saved
    it meanwhile (the person it changes was deleted, the entry it takes back was
    changed again). Nothing was saved. Both sides, for the user to compare:

    ``base``: the version the edit started from; ``mine``: what the edit made of it
    (None when not known); ``current``: the account as stored now, with who saved it
    (``current.saved_by``) and its version; ``reason``: why the edit does not apply;
    ``undo``: it was an undo (someone has since built on the edit it takes back).
    """

    def __init__(self, key: str, what: str, *, base: Stored, current: Stored,
                 mine: AccountFile | None, reason: str, undo: bool = False) -> None:
        self.key, self.what, self.base, self.current = key, what, base, current
        self.mine, self.reason, self.undo = mine, reason, undo
        values = {"what": what, "key": key, "user": current.saved_by,
                  "version": current.version, "reason": reason}
        if undo:
            message = _('Not undone: {user} has since changed the same part of account '
                        '"{key}" (now version {version}); undoing "{what}" would overwrite '
                        "their work. {reason}").format(**values)
        else:
            message = _('Not saved: "{what}" no longer applies to account "{key}": {user} '
                        "changed it meanwhile (now version {version}). {reason}").format(
                            **values)
        super().__init__(message)


class AccountSummary(NamedTuple):
    """One row of the account list. Vocabulary values are kept as plain strings.

    A NamedTuple because 10,000 of these are built per list refresh: creating
    one costs a fifth of a frozen dataclass (bench/portfolio.py).
    """

    key: str
    name: str
    industry: str | None
    owner: str | None
    tier: str | None
    lifecycle_stage: str | None
    relationship_stage: str | None
    annual_revenue: float | None
    potential_revenue: float | None
    currency: str | None
    stakeholder_count: int


class PersonHit(NamedTuple):
    """A person the search found: in which account, and who."""

    account: str
    account_name: str
    person: str
    name: str
    title: str | None
    department: str | None


_SUMMARY = select(accounts.c.key, accounts.c.name, accounts.c.industry, accounts.c.owner,
                  accounts.c.tier, accounts.c.lifecycle_stage, accounts.c.relationship_stage,
                  accounts.c.annual_revenue, accounts.c.potential_revenue,
                  accounts.c.currency, accounts.c.people)


@dataclass(frozen=True)
class ImportResult:
    key: str
    name: str
    stakeholders: int
    replaced: bool


class AccountService:
    """Accounts in one database."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._store = AccountStore()
        #: documents last read or saved, by account id (see ``read``)
        self._kept: OrderedDict[str, Stored] = OrderedDict()
        #: accounts whose last save here met a colleague's: ``edit`` locks them first
        self._busy: set[str] = set()

    @property
    def database(self) -> Database:
        return self._db

    # -- reading ----------------------------------------------------------------
    def list_summaries(self) -> list[AccountSummary]:
        """Every account's list row from the summary columns (no document is read)."""
        with self._db.engine.connect() as conn:
            return [self._summary(r) for r in conn.execute(_SUMMARY.order_by(accounts.c.id))]

    def summary(self, key: str) -> AccountSummary:
        with self._db.engine.connect() as conn:
            row = conn.execute(_SUMMARY.where(accounts.c.key == key)).first()
        if row is None:
            raise NotFound(f'No account with id "{key}".')
        return self._summary(row)

    @staticmethod
    def _summary(row: Any) -> AccountSummary:
        values = tuple(row)
        if any(isinstance(v, bytes) for v in values):  # a damaged cell shows as such
            from app.services.rescue import readable

            values = tuple(readable(v) for v in values)
        return AccountSummary._make(values)

    def count(self) -> int:
        with self._db.engine.connect() as conn:
            return conn.scalar(select(func.count()).select_from(accounts)) or 0

    def keys(self) -> list[str]:
        with self._db.engine.connect() as conn:
            return list(conn.scalars(select(accounts.c.key).order_by(accounts.c.id)))

    def find_people(self, text: str, limit: int = 50) -> list[PersonHit]:
        """People whose name, title, department or e-mail contain every word of
        ``text``, in any case and script."""
        words = text.casefold().split()
        if not words:
            return []
        query = (select(accounts.c.key, accounts.c.name, people.c.person, people.c.name,
                        people.c.title, people.c.department)
                 .join(accounts, accounts.c.id == people.c.account_id))
        for word in words:
            escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            query = query.where(people.c.folded.like(f"%{escaped}%", escape="\\"))
        # No ORDER BY: SQLite would walk the name index and look each row up until
        # ``limit`` match, which is slowest exactly when few do; one scan, then sort.
        with self._db.engine.connect() as conn:
            rows = conn.execute(query.limit(limit)).all()
        return sorted((PersonHit(*r) for r in rows), key=lambda h: (h.name.casefold(), h.name))

    def profile(self, key: str) -> AccountRecord:
        return self.snapshot(key).account

    def find(self, ident: str) -> str:
        """Resolve an account id or exact name to its id."""
        with self._db.engine.connect() as conn:
            key = conn.scalar(select(accounts.c.key).where(accounts.c.key == ident))
            if key is not None:
                return key
            keys = conn.scalars(select(accounts.c.key).where(accounts.c.name == ident)).all()
        if not keys:
            raise NotFound(_('No account with id or name "{name}".').format(name=ident))
        if len(keys) > 1:
            raise Conflict(ngettext('{n} account is named "{name}"; use the id ({ids}).',
                                    '{n} accounts are named "{name}"; use the id ({ids}).',
                                    len(keys)).format(n=figure(len(keys)), name=ident,
                                                      ids=", ".join(keys)))
        return keys[0]

    def read(self, key: str) -> Stored:
        """The account as stored, with the version a save must name.

        The last few documents read or saved are kept by version: reading one again
        (switching back to an account) costs one small query instead of parsing and
        validating the whole document; any save anywhere moves the version on, so a
        kept document is never returned once it is out of date."""
        with self._db.engine.connect() as conn:
            kept = self._kept.get(key)
            if kept is not None:
                row = conn.execute(select(accounts.c.version, accounts.c.saved_at,
                                          accounts.c.saved_by)
                                   .where(accounts.c.key == key)).first()
                if row is not None and row.version == kept.version:
                    self._kept.move_to_end(key)
                    return Stored(kept.doc, row.version, row.saved_at, row.saved_by)
            stored = self._store.read(conn, key)
        self._keep(stored)
        return stored

    def _keep(self, stored: Stored) -> None:
        key = stored.doc.account.id
        self._kept[key] = stored
        self._kept.move_to_end(key)
        while len(self._kept) > KEPT_DOCUMENTS:
            self._kept.popitem(last=False)

    def current_version(self, key: str) -> tuple[int, str] | None:
        """The stored version of ``key`` and how it came ("import" or "edit"); None: no
        such account. One cheap read that tells whether a document read earlier is
        still the current one, and if not, whether it was edited or replaced."""
        with self._db.engine.connect() as conn:
            row = conn.execute(select(accounts.c.version, accounts.c.origin)
                               .where(accounts.c.key == key)).first()
        return None if row is None else (row.version, row.origin)

    def snapshot(self, key: str) -> AccountFile:
        """The whole account document (for export, the views and undo)."""
        return self.read(key).doc

    def history(self, key: str) -> list[VersionInfo]:
        with self._db.engine.connect() as conn:
            return self._store.history(conn, key)

    def version(self, key: str, number: int) -> AccountFile:
        with self._db.engine.connect() as conn:
            return self._store.version(conn, key, number)

    # -- writing ----------------------------------------------------------------
    def save(self, doc: AccountFile, expected: int | None, what: str = "", *,
             previous: AccountFile | None = None, checked: bool = False) -> int:
        """Store an edited document if the account is still at version ``expected``;
        returns the new version. VersionConflict carries the current document.

        ``previous``, the document the edit started from, spares what did not change:
        the reference check when only the profile or the KAM checklist changed, the
        people index when nobody's name, title or department did. ``checked``: the
        caller made ``doc`` with a validated edit of ``previous`` (references checked)."""
        if not checked and (previous is None or _referencing(previous, doc)):
            self._check(doc)
        with self._db.transaction() as session:
            version = self._store.save(session.connection(), doc, expected, changes=what,
                                       previous=previous)
        self._keep(Stored(doc, version, dt.datetime.now(), ""))
        return version

    def edit(self, key: str, change: Edit, what: str = "",
             base: Stored | None = None) -> Stored:
        """Apply a pure edit and save it; if the account moved on meanwhile, the same
        edit is applied to the current version (rebase) and saved, in the same
        transaction with the account locked, so a busy account never loses an edit and
        a conflicting save waits once instead of retrying. An edit that is wrong in
        itself raises its own error (InvalidInput, NotFound); one that no longer applies
        to what someone else saved meanwhile raises EditConflict with both sides.
        Nothing is ever dropped silently.

        Without ``base``, on a server, or on an account that was busy at its last save
        here: read, edit and save in one transaction (see ``_edit_here``)."""
        if base is None and (self._db.server or key in self._busy):
            return self._edit_here(key, change, what, lock=key in self._busy)
        first = base or self.read(key)
        doc = change(first.doc)
        return self._commit(key, what, first, doc, lambda current: change(current.doc),
                            checked=False)

    def _edit_here(self, key: str, change: Edit, what: str, *, lock: bool) -> Stored:
        """Read, edit and save in one transaction: one connection and no separate
        version check. ``lock``: the account was busy at its last save here, so it is
        read with its row locked (PostgreSQL: SELECT … FOR UPDATE; SQLite: BEGIN
        IMMEDIATE) and the edit made once, on the current version, instead of on a
        copy a colleague is about to replace."""
        from app.storage.identity import user_name

        kept = self._kept.get(key)
        with self._db.transaction() as session:
            conn = session.connection()
            current = self._read_in(conn, key, kept, lock=lock)
            doc = change(current.doc)
            doc, version = self._save_in(conn, key, what, current, doc,
                                         lambda now: change(now.doc), checked=False,
                                         busy=lock)
        if lock and kept is not None and kept.version == current.version:
            self._busy.discard(key)  # nobody saved since this app did: calm again
        stored = Stored(doc, version, dt.datetime.now(), user_name())
        self._keep(stored)
        return stored

    def _read_in(self, conn: Connection, key: str, kept: Stored | None, *,
                 lock: bool) -> Stored:
        """The account as stored, inside a transaction: the kept document when it is
        still the stored version (one small query), else read and parsed."""
        if kept is not None:
            query = select(accounts.c.version, accounts.c.saved_at,
                           accounts.c.saved_by).where(accounts.c.key == key)
            row = conn.execute(query.with_for_update() if lock else query).first()
            if row is None:
                raise NotFound(_('No account with id "{key}".').format(key=key))
            if row.version == kept.version:
                return Stored(kept.doc, row.version, row.saved_at, row.saved_by)
        return self._store.read(conn, key, lock=lock)

    def _commit(self, key: str, what: str, first: Stored, doc: AccountFile,
                again: Callable[[Stored], AccountFile], *, checked: bool,
                reason: Callable[[Exception], str] | None = None,
                undo: bool = False) -> Stored:
        """Save ``doc`` (an edit of ``first``) in a transaction of its own: see
        ``_save_in``."""
        from app.storage.identity import user_name

        with self._db.transaction() as session:
            saved, version = self._save_in(session.connection(), key, what, first, doc,
                                           again, checked=checked, reason=reason,
                                           undo=undo)
        stored = Stored(saved, version, dt.datetime.now(), user_name())
        self._keep(stored)
        return stored

    def _save_in(self, conn: Connection, key: str, what: str, first: Stored,
                 doc: AccountFile, again: Callable[[Stored], AccountFile], *,
                 checked: bool, reason: Callable[[Exception], str] | None = None,
                 undo: bool = False, busy: bool = False) -> tuple[AccountFile, int]:
        """Save ``doc`` (an edit of ``first``) by compare-and-swap; when someone saved
        since ``first``, the store hands over the current version with its row locked
        (PostgreSQL: SELECT … FOR UPDATE; SQLite: the writer's lock) and the edit is
        made ``again`` on it and saved in the same transaction, which cannot conflict.
        Returns what was saved and its version. ``checked``: ``doc``'s references were
        checked by the edit itself; ``busy``: the account stays marked busy."""
        if not checked and _referencing(first.doc, doc):
            self._check(doc)
        try:
            version = self._store.save(conn, doc, first.version, changes=what,
                                       previous=first.doc)
        except VersionConflict as err:
            self._busy.add(key)
            current = err.current
            if current is None:
                raise NotFound(_('Account "{key}" was deleted meanwhile; the edit was '
                                 "not saved.").format(key=key)) from None
            try:
                saved = again(current)
            except (InvalidInput, NotFound, Conflict, DeltaConflict) as problem:
                why = (reason or _reason)(problem)
                raise EditConflict(key, what, base=first, current=current, mine=doc,
                                   reason=why, undo=undo) from problem
            if _referencing(current.doc, saved):
                self._check(saved)
            return saved, self._store.save(conn, saved, current.version, changes=what,
                                           previous=current.doc)
        if not busy:
            self._busy.discard(key)
        return doc, version

    def apply_delta(self, key: str, delta: Delta, what: str, *, base: Stored | None = None,
                    checked_from: AccountFile | None = None, undo: bool = False) -> Stored:
        """Make the change ``delta`` describes (an undo step's edit, or its inverse for
        the undo: ``undo=True``) to the account as stored now: on ``base`` (the version
        the window shows) or, when someone saved since, on theirs (rebase). When the
        entries it changes were changed differently meanwhile, EditConflict (both
        sides; for an undo: someone has since built on the edit) and nothing is saved.

        ``checked_from``: the document the view's validated edit started from; applied
        to that very document the result needs no second reference check."""
        first = base or self.read(key)
        try:
            doc = delta.apply(first.doc)
        except DeltaConflict as err:  # the window's copy may be old: compare with now
            latest = self.read(key)
            if latest.version == first.version:
                raise EditConflict(key, what, base=first, current=first, mine=None,
                                   reason=_delta_reason(err, first.doc), undo=undo) from None
            try:
                doc = delta.apply(latest.doc)
            except DeltaConflict as again:
                raise EditConflict(key, what, base=first, current=latest, mine=None,
                                   reason=_delta_reason(again, latest.doc),
                                   undo=undo) from None
            first = latest
        return self._commit(key, what, first, doc, lambda current: delta.apply(current.doc),
                            checked=first.doc is checked_from,
                            reason=lambda e: _delta_reason(e) if isinstance(
                                e, DeltaConflict) else _reason(e), undo=undo)

    def log_interaction(self, key: str, people: Sequence[str], channel: str | None,
                        summary: str | None, date: dt.date | None = None, *,
                        today: dt.date | None = None) -> tuple[Stored, Any]:
        """Log an interaction as the Plan's Interactions page does (the people in it
        get it as their last contact): ``people`` by id or exact name, the first one
        the main person. One save, rebased if someone saved meanwhile. NotFound for a
        person who is not in the account; EditConflict if they were deleted meanwhile.
        Returns the saved account and the new entry."""
        from app.services.plan_edits import add_interaction

        today = today or dt.date.today()
        added: list[Any] = [None]

        def change(doc: AccountFile) -> AccountFile:
            ids = [find_person(doc, p) for p in people]
            ids = list(dict.fromkeys(ids))  # one person named twice: once
            values: dict[str, Any] = {"date": date or today, "channel": channel,
                                      "summary": summary}
            if ids:
                values["stakeholder"] = ids[0]
                values["participants"] = ids[1:]
            new, index = add_interaction(doc, values, today)
            added[0] = new.interactions[index]
            return new

        what = _("interaction logged")
        saved = self.edit(key, change, what)
        return saved, added[0]

    def create(self, name: str, **values: Any) -> str:
        """Create an account; returns its new id."""
        key = values.pop("key", None) or f"acc-{uuid.uuid4().hex[:10]}"
        record = self._validated({"id": key, "name": name, **values})
        doc = AccountFile(format="rapport-account", version=1, account=record)
        with self._db.transaction() as session:
            conn = session.connection()
            if self._store.existing(conn, [key]):
                raise Conflict(_('An account with id "{key}" already exists.').format(key=key))
            self._store.insert(conn, doc, origin=EDIT, changes=_("created"))
        return key

    def update(self, key: str, changes: Mapping[str, Any], *,
               today: dt.date | None = None,
               base: Stored | None = None) -> tuple[StageRecord | None, Stored]:
        """Change profile fields; validated exactly like an imported file.

        A new relationship stage is also written to the stage history, dated
        ``today`` (default: the local date), in the same save; that entry is
        returned so that an undo can take it back exactly.
        """
        unknown = set(changes) - set(PROFILE_FIELDS)
        if unknown:
            raise InvalidInput(_("profile"), [Problem(f"account.{u}", _("unknown field"))
                                           for u in sorted(unknown)])
        written: list[StageRecord | None] = [None]

        def change(doc: AccountFile) -> AccountFile:
            current = doc.account.model_dump()
            record = self._validated({**current, **changes, "id": key})
            history = doc.stage_history
            stage = record.relationship_stage
            written[0] = None
            if ("relationship_stage" in changes and stage is not None
                    and stage != doc.account.relationship_stage):
                entry = StageRecord(date=today or dt.date.today(), stage=stage)
                history = [*history, entry]
                new = with_ids(doc.model_copy(update={"account": record,
                                                      "stage_history": history}),
                               ("stage_history",))
                written[0] = new.stage_history[-1]
                return new
            return doc.model_copy(update={"account": record, "stage_history": history})

        saved = self.edit(key, change, _what_profile(changes), base=base)
        return written[0], saved

    def revert_stage_change(self, key: str, entry: StageRecord | None,
                            stage: RelationshipStage | None,
                            base: Stored | None = None) -> Stored:
        """Undo of a stage change: the stage goes back and the history entry it wrote
        goes away (the newest entry of that date and stage)."""

        def change(doc: AccountFile) -> AccountFile:
            record = doc.account.model_copy(update={"relationship_stage": stage})
            history = list(doc.stage_history)
            if entry is not None:  # by its id; an entry from before ids by date and stage
                for i in range(len(history) - 1, -1, -1):
                    if (history[i].id == entry.id if entry.id is not None
                            else (history[i].date, history[i].stage)
                            == (entry.date, entry.stage)):
                        del history[i]
                        break
            return doc.model_copy(update={"account": record, "stage_history": history})

        return self.edit(key, change, _("stage change undone"), base=base)

    def move_cards(self, key: str, positions: Mapping[str, tuple[float, float] | None],
                   base: Stored | None = None) -> Stored:
        """Save where cards sit on the stakeholder map (None: back to auto-layout)."""
        for sid, pos in positions.items():
            if pos is not None and not all(abs(c) <= 1e6 for c in pos):
                raise InvalidInput(_("map"), [Problem(f"{sid}.position", _("is off the map"))])

        def change(doc: AccountFile) -> AccountFile:
            known = {p.id for p in doc.stakeholders}
            missing = sorted(set(positions) - known)
            if missing:
                raise NotFound(ngettext("No stakeholder with id {ids} in this account.",
                                        "No stakeholders with ids {ids} in this account.",
                                        len(missing)).format(ids=", ".join(missing)))
            people = [p.model_copy(update={"position": None if positions[p.id] is None
                                           else Position(x=positions[p.id][0],  # type: ignore[index]
                                                         y=positions[p.id][1])})  # type: ignore[index]
                      if p.id in positions else p for p in doc.stakeholders]
            return doc.model_copy(update={"stakeholders": people})

        return self.edit(key, change, ngettext("card moved", "{n} cards moved",
                                               len(positions)).format(n=len(positions)),
                         base=base)

    def replace_account(self, doc: AccountFile, expected: int | None = None,
                        what: str = "") -> int:
        """Swap in an edited version of a whole account (checked like a file)."""
        return self.save(doc, expected, what)

    def delete(self, key: str) -> None:
        with self._db.transaction() as session:
            self._store.delete(session.connection(), key)

    def restore(self, doc: AccountFile, *, replace: bool = False) -> None:
        """Insert a whole account document (undo of delete, import)."""
        self.import_documents([doc], replace=replace)

    def import_documents(
        self, docs: Sequence[AccountFile], *, replace: bool = False
    ) -> list[ImportResult]:
        """Import several documents in one transaction: all of them or none."""
        with self._db.transaction() as session:
            return self._import(session.connection(), docs, replace=replace)

    def remove_and_restore(self, keys: Sequence[str], docs: Sequence[AccountFile]) -> None:
        """Delete accounts and put earlier snapshots back, atomically (undo of an import)."""
        with self._db.transaction() as session:
            conn = session.connection()
            for key in keys:
                self._store.delete(conn, key)
            self._import(conn, docs, replace=False)

    def _import(self, conn: Connection, docs: Sequence[AccountFile], *,
                replace: bool) -> list[ImportResult]:
        seen: set[str] = set()
        for doc in docs:
            if doc.account.id in seen:
                raise Conflict(_('Two of the files have the same account id "{key}".').format(
                    key=doc.account.id))
            seen.add(doc.account.id)
        existing = self._store.existing(conn, seen)
        if existing and not replace:
            raise Conflict(_("Already in the database: {keys}. Use --replace to overwrite "
                             "(nothing was imported).").format(
                                 keys=", ".join(f'"{k}"' for k in existing)))
        results = []
        for doc in docs:
            doc = with_ids(doc)  # a file's lines and log entries without ids get theirs
            key = doc.account.id
            if key in existing:
                self._store.save(conn, doc, None, origin=IMPORT, changes=_("replaced by an import"))
            else:
                self._store.insert(conn, doc, origin=IMPORT, changes=_("imported"))
            results.append(ImportResult(key, doc.account.name, len(doc.stakeholders),
                                        key in existing))
        return results

    def import_files(self, paths: Iterable[Path], *, replace: bool = False) -> list[ImportResult]:
        """Validate every file first; import nothing unless all are valid."""
        return self.import_documents(self.read_files(paths), replace=replace)

    @staticmethod
    def read_files(paths: Iterable[Path]) -> list[AccountFile]:
        """Read and check account files; InvalidInput lists the problems of all of them."""
        docs, problems = [], []
        for path in paths:
            try:
                docs.append(read_account_file(path))
            except InvalidInput as err:
                problems.append(err)
        if problems:
            if len(problems) == 1:
                raise problems[0]
            raise InvalidInput(
                ngettext("{n} file", "{n} files", len(problems)).format(n=figure(len(problems))),
                [Problem(p.source + (": " + str(q.path) if q.path else ""), q.message)
                 for p in problems for q in p.problems],
            )
        return docs

    def export_people(self, key: str, path: Path) -> Any:
        """The account's people as a spreadsheet: an Excel workbook (``.xlsx``, with the
        plan's actions, risks and interactions as further sheets) or CSV (anything
        else, UTF-8 with a BOM). Returns what was written (``spreadsheet.Written``)."""
        from app.fileformat.spreadsheet import write_people_csv, write_workbook

        doc = self.snapshot(key)
        if path.suffix.casefold() == ".xlsx":
            return write_workbook(doc, path)
        return write_people_csv(doc, path)

    def export(self, key: str, path: Path, version: int | None = None) -> AccountFile:
        doc = self.snapshot(key) if version is None else self.version(key, version)
        write_account_file(doc, path)
        return doc

    # -- internals --------------------------------------------------------------
    @staticmethod
    def _check(doc: AccountFile) -> None:
        """The rules a schema cannot check (references, cycles), as for a file."""
        problems = integrity_problems(doc.model_dump(mode="json"))
        if problems:
            raise InvalidInput(doc.account.name, problems)

    @classmethod
    def validated_profile(cls, values: Mapping[str, Any]) -> AccountRecord:
        """An account record from form values, checked as a save checks it
        (InvalidInput); the GUI compares a value it set with what is stored now."""
        return cls._validated(values)

    @staticmethod
    def _validated(values: Mapping[str, Any]) -> AccountRecord:
        try:
            return AccountRecord.model_validate(dict(values), strict=False)
        except ValidationError as err:
            raise InvalidInput(_("profile"),
                               problems_from_validation(err, ("account",))) from None


def find_person(doc: AccountFile, ident: str) -> str:
    """A stakeholder's id from their id or exact name (any case); NotFound or Conflict
    (several people have that name) otherwise."""
    if any(p.id == ident for p in doc.stakeholders):
        return ident
    wanted = ident.casefold()
    found = [p.id for p in doc.stakeholders if p.name.casefold() == wanted]
    if not found:
        raise NotFound(_('No one with id or name "{name}" in account "{key}".').format(
            name=ident, key=doc.account.id))
    if len(found) > 1:
        raise Conflict(ngettext('{n} person is named "{name}"; use the id ({ids}).',
                                '{n} people are named "{name}"; use the id ({ids}).',
                                len(found)).format(n=figure(len(found)), name=ident,
                                                   ids=", ".join(found)))
    return found[0]


def _reason(err: Exception) -> str:
    """Why an edit does not apply to the newer version: the problems themselves (not
    an import's "nothing was imported" heading)."""
    if isinstance(err, InvalidInput):
        return _("; ").join(str(p) for p in err.problems[:3])
    return str(err)


#: the document's sections as a conflict message names them
_SECTION_NAMES = {
    "account": N_("the profile"), "selection": N_("the KAM checklist"),
    "whitespace": N_("the white-space grid"), "stakeholders": N_("the people"),
    "influences": N_("the influence lines"), "stage_history": N_("the stage history"),
    "interactions": N_("the interactions"),
    "stakeholder_history": N_("how relationships moved"),
    "stage_evidence": N_("the stage evidence"), "team": N_("the account team"),
    "insights": N_("the customer insight"), "objectives": N_("the objectives"),
    "revenue_plan": N_("the revenue plan"), "risks": N_("the risks"),
    "actions": N_("the actions"), "reviews": N_("the reviews"), "kpis": N_("the KPIs"),
}


def _delta_reason(err: DeltaConflict, doc: AccountFile | None = None) -> str:
    """Which entry the other save changed, as the user reads it: the section in words
    and the entry by its name or title in ``doc`` (the version now stored), not its id."""
    section = _(_SECTION_NAMES[err.section]) if err.section in _SECTION_NAMES \
        else err.section.replace("_", " ")
    if err.section in ("account", "selection", "whitespace"):
        return _("They changed {what}.").format(what=section)
    entry = err.what.split(" (")[0]
    key = entry.strip('"')
    for item in getattr(doc, err.section, None) or []:
        if getattr(item, "id", None) == key:
            shown = next((str(v) for v in (getattr(item, f, None) for f in (
                "name", "title", "summary", "text")) if v), None)
            if shown:
                entry = f'"{shown}"'
            break
    return _("They changed {entry} in {section}.").format(entry=entry, section=section)


#: sections holding or targeted by references (ids of people, team members, entries)
_REFERENCING = tuple(f for f in AccountFile.model_fields
                     if f not in ("format", "version", "account", "selection"))


def _referencing(before: AccountFile, after: AccountFile) -> bool:
    """Whether an edit touched a part of the document that references can break."""
    return any(getattr(before, f) is not getattr(after, f) and
               getattr(before, f) != getattr(after, f) for f in _REFERENCING)


#: the profile's fields as the history names them
_PROFILE_NAMES = {"name": N_("name"), "industry": N_("industry"), "owner": N_("owner"),
                  "tier": N_("tier"), "annual_revenue": N_("annual revenue"),
                  "potential_revenue": N_("potential revenue"), "currency": N_("currency"),
                  "lifecycle_stage": N_("lifecycle stage"),
                  "relationship_stage": N_("relationship stage"),
                  "target_stage": N_("target stage"), "notes": N_("notes")}


def _what_profile(changes: Mapping[str, Any]) -> str:
    """One line for the history: which profile fields changed."""
    names = _(", ").join(_(_PROFILE_NAMES[f]) if f in _PROFILE_NAMES else f.replace("_", " ")
                         for f in changes)
    return _("profile: {fields}").format(fields=names)
