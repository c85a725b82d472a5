"""Account documents in the database: read, save with compare-and-swap, history.

A save writes the whole document, its summary columns and its people index in
one transaction, and only if the stored ``version`` is still the one the edit
started from; otherwise :class:`VersionConflict` carries the current document so
the caller can re-apply its edit to it (see ``docs/architecture.md``).

Earlier versions are kept compressed in ``account_versions``: a version is kept
when it is replaced by an import, deleted, or when the first edit of a later day
replaces it. So every import and the last version of each day an account was
edited can be read back, for the cost of one compression per account and day.
"""

from __future__ import annotations

import datetime as dt
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Connection, Text, bindparam, case, delete, func, insert, select, update
from sqlalchemy import text as sql

from app.errors import Conflict, NotFound, Problem, RapportError, figure
from app.i18n import _, ngettext
from app.models.account import AccountFile, stored_rows
from app.storage.tables import accounts, people, versions

#: how a version came to be (``accounts.origin``)
IMPORT, EDIT = "import", "edit"
#: at most this many change lines are kept per version (the newest)
MAX_CHANGES = 200


@dataclass(frozen=True)
class Stored:
    """An account document as stored, with the version a save must name."""

    doc: AccountFile
    version: int
    saved_at: dt.datetime
    saved_by: str


@dataclass(frozen=True)
class VersionInfo:
    """One readable version of an account (``main.py history``)."""

    version: int
    saved_at: dt.datetime
    saved_by: str
    origin: str
    changes: tuple[str, ...]
    current: bool


class VersionConflict(Conflict):
    """The account changed since the edit read it; ``current`` is what is stored now
    (None: it was deleted)."""

    def __init__(self, key: str, expected: int, current: Stored | None) -> None:
        self.key, self.expected, self.current = key, expected, current
        if current is None:
            message = _('Account "{key}" was deleted while it was being edited (the edit '
                        "started from version {expected}).").format(key=key,
                                                                   expected=expected)
        else:
            message = _('Account "{key}" changed while it was being edited (it is now '
                        "version {version}, saved by {user}; the edit started from version "
                        "{expected}).").format(key=key, version=current.version,
                                               user=current.saved_by, expected=expected)
        super().__init__(message)


class DamagedAccount(RapportError):
    """A stored document that does not validate: ``problems`` say where."""

    def __init__(self, key: str, problems: list[Problem]) -> None:
        self.key, self.problems = key, problems
        more = len(problems) - 1
        first = str(problems[0])
        if more:
            first = ngettext("{problem} (and {n} more damaged value)",
                             "{problem} (and {n} more damaged values)", more).format(
                                 problem=first, n=figure(more))
        super().__init__(_('Account "{key}" is damaged: {problem}. The other accounts are '
                           "not affected; `export --rescue` saves what can be read.").format(
                               key=key, problem=first))


def current_user() -> str:
    """Who saves: the name set in Preferences (or $RAPPORT_USER), else the OS user
    (``app.storage.identity``); every saved version records it."""
    from app.storage.identity import user_name

    return user_name()


def parse_stored(key: str, text: str | bytes) -> AccountFile:
    """A stored document as a document; DamagedAccount says where it is not valid."""
    from app.fileformat.reader import problems_from_validation

    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as err:
            raise DamagedAccount(key, [Problem("", _("not UTF-8 text (byte {offset})").format(
                offset=err.start))]) from None
    try:
        with stored_rows():  # limits and rules of the day it was saved: it was valid then
            return AccountFile.model_validate_json(text)
    except ValidationError as err:
        raise DamagedAccount(key, problems_from_validation(err)) from None
    except RecursionError:
        raise DamagedAccount(key, [Problem("", _("nested too deeply"))]) from None


def summary_values(doc: AccountFile) -> dict[str, Any]:
    """The columns the account list and the portfolio read without the document."""
    record = doc.account
    days = [i.date for i in doc.interactions]
    days += [p.last_contact for p in doc.stakeholders if p.last_contact is not None]

    def word(value: Any) -> str | None:
        return None if value is None else str(value.value if hasattr(value, "value")
                                              else value)

    return {
        "name": record.name, "industry": record.industry, "owner": record.owner,
        "tier": word(record.tier), "lifecycle_stage": word(record.lifecycle_stage),
        "relationship_stage": word(record.relationship_stage),
        "target_stage": word(record.target_stage), "annual_revenue": record.annual_revenue,
        "potential_revenue": record.potential_revenue, "currency": record.currency,
        "people": len(doc.stakeholders), "last_contact": max(days, default=None),
    }


#: the columns summary_values fills
_SUMMARY_COLUMNS = ("name", "industry", "owner", "tier", "lifecycle_stage",
                    "relationship_stage", "target_stage", "annual_revenue",
                    "potential_revenue", "currency", "people", "last_contact")


def _indexed(doc: AccountFile) -> list[tuple[Any, ...]]:
    """What the people index holds of a document."""
    return [(p.id, p.name, p.title, p.department, getattr(p, "email", None))
            for p in doc.stakeholders]


def _people_rows(account_id: int, doc: AccountFile,
                 only: set[str] | None = None) -> list[dict[str, Any]]:
    rows = []
    for p in doc.stakeholders:
        if only is not None and p.id not in only:
            continue
        email = getattr(p, "email", None)
        words = (p.name, p.title, p.department, email)
        rows.append({"account_id": account_id, "person": p.id, "name": p.name,
                     "title": p.title, "department": p.department, "email": email,
                     "folded": " ".join(w for w in words if w).casefold()})
    return rows


#: a row's columns but the document (read only when a version is kept)
_HEAD = (accounts.c.id, accounts.c.key, accounts.c.version, accounts.c.saved_at,
         accounts.c.saved_by, accounts.c.origin, accounts.c.changes)


def _joined(changes: Iterable[str]) -> str:
    lines = [c.replace("\n", " ") for c in changes if c]
    return "\n".join(lines[-MAX_CHANGES:])


@cache
def _same_day_edit(dialect: str) -> Any:
    """UPDATE … WHERE version = :b_expected, for an edit replacing a version an edit
    saved the same day (``AccountStore.save``'s one-statement case), built once: its
    change line (``:b_line``, may be empty) is appended to the stored ones, the oldest
    dropped from a full list; RETURNING the row's id, none when it does not apply."""
    column = accounts.c.changes
    line = bindparam("b_line", type_=Text)
    newlines = func.length(column) - func.length(func.replace(column, "\n", ""))
    first_end = (func.strpos(column, "\n") if dialect == "postgresql"
                 else func.instr(column, "\n"))
    changes = case((line == "", column), (column == "", line),
                   (newlines >= MAX_CHANGES - 1,
                    func.substr(column, first_end + 1) + "\n" + line),
                   else_=column + "\n" + line)
    summary: dict[str, Any] = {name: bindparam(f"b_{name}") for name in _SUMMARY_COLUMNS}
    return (update(accounts)
            .where(accounts.c.key == bindparam("b_key"),
                   accounts.c.version == bindparam("b_expected"),
                   accounts.c.origin == EDIT, accounts.c.saved_at >= bindparam("b_day"),
                   accounts.c.saved_at < bindparam("b_next_day"),
                   newlines < MAX_CHANGES)
            .values(version=bindparam("b_version"), saved_at=bindparam("b_saved_at"),
                    saved_by=bindparam("b_saved_by"), changes=changes,
                    document=bindparam("b_document"), **summary)
            .returning(accounts.c.id))


class AccountStore:
    """Rows of the ``accounts`` table as documents; every write takes a Connection
    inside the caller's transaction (one user action, one transaction)."""

    # -- reading -------------------------------------------------------------------
    @staticmethod
    def read(conn: Connection, key: str, *, lock: bool = False) -> Stored:
        """The account as stored; ``lock``: hold its row until the transaction ends
        (PostgreSQL's FOR UPDATE; SQLite's writer holds the whole file already)."""
        query = select(accounts.c.document, accounts.c.version, accounts.c.saved_at,
                       accounts.c.saved_by).where(accounts.c.key == key)
        row = conn.execute(query.with_for_update() if lock else query).first()
        if row is None:
            raise NotFound(_('No account with id "{key}".').format(key=key))
        return Stored(parse_stored(key, row.document), row.version, row.saved_at,
                      row.saved_by)

    @staticmethod
    def read_text(conn: Connection, key: str) -> tuple[Any, int]:
        """The stored document as it is (text, or bytes after damage) and its version."""
        row = conn.execute(select(accounts.c.document, accounts.c.version)
                           .where(accounts.c.key == key)).first()
        if row is None:
            raise NotFound(_('No account with id "{key}".').format(key=key))
        return row.document, row.version

    @staticmethod
    def existing(conn: Connection, keys: Iterable[str]) -> dict[str, int]:
        """Which of ``keys`` are stored: key -> row id."""
        wanted = list(keys)
        if not wanted:
            return {}
        return {key: row_id for key, row_id in conn.execute(
            select(accounts.c.key, accounts.c.id).where(accounts.c.key.in_(wanted)))}

    # -- writing -------------------------------------------------------------------
    def insert(self, conn: Connection, doc: AccountFile, *, origin: str = IMPORT,
               changes: str = "", now: dt.datetime | None = None,
               saved_by: str | None = None) -> int:
        """Store a new account; returns its version (after any deleted one's history).
        ``saved_by``: who is recorded (default :func:`current_user`; the demo's history
        names the team member who made each past edit)."""
        key = doc.account.id
        last = conn.scalar(select(func.max(versions.c.version)).where(versions.c.key == key))
        version = (last or 0) + 1
        account_id = conn.execute(insert(accounts).values(
            key=key, version=version, saved_at=now or dt.datetime.now(),
            saved_by=saved_by or current_user(), origin=origin,
            changes=_joined(changes.split("\n")),
            document=doc.model_dump_json(), **summary_values(doc))).inserted_primary_key
        assert account_id is not None
        rows = _people_rows(account_id[0], doc)
        if rows:
            conn.execute(insert(people), rows)
        return version

    def save(self, conn: Connection, doc: AccountFile, expected: int | None, *,
             origin: str = EDIT, changes: str = "", now: dt.datetime | None = None,
             previous: AccountFile | None = None, saved_by: str | None = None) -> int:
        """Replace the stored document if its version is still ``expected`` (None: any);
        returns the new version. VersionConflict (with the current document) if not:
        the account's row then stays locked until the transaction ends (PostgreSQL's
        FOR UPDATE; SQLite's writer holds the whole file), so an edit re-applied to
        ``current`` in the same transaction cannot conflict again.
        ``saved_by`` as for :meth:`insert`.

        An edit of a version saved earlier the same day by an edit (the common case)
        is one statement: UPDATE … WHERE version = expected, appending its change
        line. Anything else (a conflict, the day's first edit, whose replaced version
        is kept, an import) reads the row first."""
        key = doc.account.id
        now = now or dt.datetime.now()
        user = saved_by or current_user()
        document, summary = doc.model_dump_json(), summary_values(doc)
        line = _joined([changes])
        if expected is not None and origin == EDIT:
            day = dt.datetime.combine(now.date(), dt.time())
            values = {f"b_{name}": value for name, value in summary.items()}
            row_id = conn.execute(_same_day_edit(conn.dialect.name), {
                "b_key": key, "b_expected": expected, "b_version": expected + 1,
                "b_day": day, "b_next_day": day + dt.timedelta(days=1), "b_saved_at": now,
                "b_saved_by": user, "b_line": line, "b_document": document,
                **values}).scalar()
            if row_id is not None:
                self._reindex(conn, row_id, doc, previous)
                return expected + 1
        # FOR UPDATE (PostgreSQL; SQLite's writer already holds the file's write lock):
        # a concurrent save of the same account waits here until this one commits, then
        # reads the version this one wrote, and so ends in VersionConflict, never in a
        # lost update or a duplicate kept version.
        row = conn.execute(select(*_HEAD, accounts.c.document).where(accounts.c.key == key)
                           .with_for_update()).first()
        if row is None:
            if expected is not None:
                raise VersionConflict(key, expected, None)
            raise NotFound(_('No account with id "{key}".').format(key=key))
        if expected is not None and row.version != expected:
            raise VersionConflict(key, expected, self._stored(conn, row))
        keep = row.origin == IMPORT or origin == IMPORT or row.saved_at.date() != now.date()
        if keep:
            self._keep(conn, row)
        lines = [changes] if keep else [*row.changes.split("\n"), changes]
        done = conn.execute(
            update(accounts)
            .where(accounts.c.id == row.id, accounts.c.version == row.version)
            .values(version=row.version + 1, saved_at=now, saved_by=user,
                    origin=origin, changes=_joined(lines), document=document, **summary))
        if done.rowcount != 1:  # not after the lock above; kept as the last guard
            now_row = conn.execute(select(*_HEAD, accounts.c.document)
                                   .where(accounts.c.key == key)).first()
            raise VersionConflict(key, row.version, None if now_row is None
                                  else self._stored(conn, now_row))
        self._reindex(conn, row.id, doc, previous)
        return int(row.version + 1)

    @staticmethod
    def _reindex(conn: Connection, account_id: int, doc: AccountFile,
                 previous: AccountFile | None) -> None:
        """Bring the people index from ``previous`` (the version replaced; None: not
        known) to ``doc``: only the people whose name, title, department or e-mail
        changed, who came or who left."""
        if previous is not None and previous.stakeholders is doc.stakeholders:
            return
        if previous is None:
            conn.execute(delete(people).where(people.c.account_id == account_id))
            rows = _people_rows(account_id, doc)
        else:
            before = {entry[0]: entry for entry in _indexed(previous)}
            after = {entry[0]: entry for entry in _indexed(doc)}
            stale = [p for p, entry in before.items() if after.get(p) != entry]
            if stale:
                conn.execute(delete(people).where(people.c.account_id == account_id,
                                                  people.c.person.in_(stale)))
            fresh = {p for p, entry in after.items() if before.get(p) != entry}
            rows = _people_rows(account_id, doc, fresh) if fresh else []
        if rows:
            conn.execute(insert(people), rows)

    def delete(self, conn: Connection, key: str) -> None:
        """Delete an account; its last version stays readable in the history."""
        row = conn.execute(select(*_HEAD, accounts.c.document).where(accounts.c.key == key)
                           .with_for_update()).first()
        if row is None:
            raise NotFound(_('No account with id "{key}".').format(key=key))
        if conn.dialect.name == "postgresql":  # who deleted it, for the change notice
            conn.execute(sql("SELECT set_config('rapport.user', :user, true)"),
                         {"user": current_user()})
        self._keep(conn, row)
        conn.execute(delete(people).where(people.c.account_id == row.id))
        conn.execute(delete(accounts).where(accounts.c.id == row.id))

    @staticmethod
    def _keep(conn: Connection, row: Any) -> None:
        """Copy the stored version (``row``: its head and document) into the history
        (once)."""
        document = row.document
        text = document if isinstance(document, bytes) else str(document).encode()
        conn.execute(delete(versions).where(versions.c.key == row.key,
                                            versions.c.version == row.version))
        conn.execute(insert(versions).values(
            key=row.key, version=row.version, saved_at=row.saved_at, saved_by=row.saved_by,
            origin=row.origin, changes=row.changes, document=zlib.compress(text, 6)))

    @staticmethod
    def _stored(conn: Connection, row: Any) -> Stored | None:
        try:
            return Stored(parse_stored(row.key, row.document or ""), row.version, row.saved_at,
                          row.saved_by)
        except DamagedAccount:
            return None

    # -- history -------------------------------------------------------------------
    @staticmethod
    def history(conn: Connection, key: str) -> list[VersionInfo]:
        """Every readable version of ``key``, oldest first (the current one last)."""
        rows = conn.execute(select(versions.c.version, versions.c.saved_at,
                                   versions.c.saved_by, versions.c.origin, versions.c.changes)
                            .where(versions.c.key == key).order_by(versions.c.version)).all()
        found = [VersionInfo(r.version, r.saved_at, r.saved_by, r.origin,
                             tuple(c for c in r.changes.split("\n") if c), False)
                 for r in rows]
        now = conn.execute(select(accounts.c.version, accounts.c.saved_at,
                                  accounts.c.saved_by, accounts.c.origin, accounts.c.changes)
                           .where(accounts.c.key == key)).first()
        if now is not None:
            found = [v for v in found if v.version != now.version]
            found.append(VersionInfo(now.version, now.saved_at, now.saved_by, now.origin,
                                     tuple(c for c in now.changes.split("\n") if c), True))
        if not found:
            raise NotFound(_('No account with id "{key}" and no history of one.').format(
                key=key))
        return found

    def version(self, conn: Connection, key: str, number: int) -> AccountFile:
        """The document of ``key`` as it was at version ``number``."""
        row = conn.execute(select(accounts.c.document).where(
            accounts.c.key == key, accounts.c.version == number)).first()
        if row is not None:
            return parse_stored(key, row.document)
        kept = conn.scalar(select(versions.c.document).where(
            versions.c.key == key, versions.c.version == number))
        if kept is None:
            known = ", ".join(str(v.version) for v in self.history(conn, key))
            raise NotFound(_('Account "{key}" has no version {number} (kept: {known}).').format(
                key=key, number=number, known=known))
        try:
            text = zlib.decompress(kept)
        except zlib.error:
            raise DamagedAccount(key, [Problem(_("version {number}").format(number=number),
                                               _("the kept copy is damaged"))]) from None
        return parse_stored(key, text)
