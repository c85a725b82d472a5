"""An account team on one database (issue 17): what the app's team features call.

No Qt here; the GUI bridges the watcher's callback to a signal. In one place:

- **who saves**: :func:`user_name` / :func:`set_user_name` (Preferences › Your name;
  kept per user in ``identity.json``, :data:`USER_SETTING` its key; default the OS user);
- **connecting**: :func:`is_server`, :func:`server_url`, and the password in the system
  keyring (:func:`save_password`, :func:`load_password`, :func:`forget_password`,
  :func:`keyring_problem` saying why there is none); ``bootstrap(url)`` opens it;
- **access**: :func:`is_read_only` (edits disabled, a banner);
- **live changes**: :class:`AccountWatcher` / :func:`watch` with :class:`AccountEvent`;
- **conflicts**: ``AccountService.edit`` / ``apply_delta`` raise :class:`EditConflict`
  (both sides) when an edit or an undo no longer applies.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.errors import DatabaseError
from app.i18n import _
from app.services.accounts import EditConflict
from app.storage.database import Database
from app.storage.identity import SETTING as USER_SETTING
from app.storage.identity import (
    identity_file,
    os_user,
    saved_user_name,
    set_user_name,
    user_name,
)
from app.storage.server import (
    KeyringUnavailable,
    forget_password,
    is_server,
    keyring_problem,
    load_password,
    save_password,
    server_url,
)
from app.storage.watch import AccountEvent, AccountWatcher, watch

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

__all__ = ["USER_SETTING", "AccountEvent", "AccountWatcher", "Database", "EditConflict",
           "KeyringUnavailable",
           "ServerCheck", "check_server", "connection_problem", "forget_password",
           "identity_file", "is_read_only", "is_server", "keyring_problem", "load_password",
           "os_user", "save_password", "saved_user_name", "server_url", "set_user_name",
           "user_name", "watch"]


def is_read_only(db: Database) -> bool:
    """Whether the app must open ``db`` read-only (edits disabled, a banner): a file
    opened for reading, or a server role without the privileges an edit needs
    (``has_table_privilege``), or a server whose transactions are read-only."""
    return db.readonly


# -- File › Connect to a team server…: a look at the server before the app moves there --

def server_parts(url: str) -> tuple[str, int | None, str, str]:
    """(host, port, database, user) of a server URL, to fill a form with ("" for what
    it does not name)."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    return (parsed.host or "", parsed.port, parsed.database or "", parsed.username or "")


@dataclass(frozen=True)
class ServerCheck:
    """What a connection test found: ``accounts`` None when the database has no Rapport
    tables yet (the app sets them up when it opens it); ``upgrade`` when an older
    Rapport set it up (the app upgrades it, after a copy of its tables); ``read_only``
    when the role may only read."""

    url: str
    accounts: int | None
    read_only: bool
    upgrade: bool = False


def check_server(url: str, password: str | None = None, *, timeout: int = 5) -> ServerCheck:
    """Connect to the server ``url`` names (with ``password``, else the keyring's or
    libpq's own: ~/.pgpass, a service file) and look, changing nothing. DatabaseError,
    in words a user can act on, when it cannot be used: no server answers, the user
    name or password is refused, no such database, a schema of a newer Rapport, or no
    tables and no right to create them."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import SQLAlchemyError
    from sqlalchemy.pool import NullPool

    from app.storage import migrations
    from app.storage.server import APPLICATION_NAME, server_read_only, with_kept_password

    parsed = make_url(url)
    target = parsed.set(password=password) if password else with_kept_password(parsed)
    engine = create_engine(target, poolclass=NullPool, connect_args={
        "connect_timeout": timeout, "application_name": APPLICATION_NAME})
    shown = parsed.render_as_string(hide_password=True)
    try:
        revision = migrations.current_revision(engine)
        if revision is not None and not migrations.is_known(revision):
            raise DatabaseError(_("{database} was set up by a newer version of Rapport "
                                  "(schema {schema}). Update Rapport to open it; nothing "
                                  "was changed on the server.").format(
                                      database=shown, schema=revision))
        with engine.connect() as conn:
            if revision is None:
                if not conn.scalar(text("SELECT has_schema_privilege('public', 'CREATE')")):
                    raise DatabaseError(_(
                        "{database} has no Rapport tables yet, and your role may not "
                        "create them. Ask the database's owner to open it once with "
                        "Rapport (see docs/team-server.md); nothing was changed.").format(
                            database=shown))
                return ServerCheck(shown, None, read_only=False)
            count = int(conn.scalar(text("SELECT count(*) FROM accounts")) or 0)
            return ServerCheck(shown, count, read_only=server_read_only(conn),
                               upgrade=revision != migrations.head_revision())
    except SQLAlchemyError as err:
        raise connection_problem(err, parsed) from None
    finally:
        engine.dispose()


def connection_problem(err: Exception, url: URL) -> DatabaseError:
    """A driver's error on connecting, as what the user can do about it."""
    detail = " ".join(str(getattr(err, "orig", None) or err).split())
    host = f"{url.host or 'localhost'}:{url.port or 5432}"
    lowered = detail.lower()
    if "authentication failed" in lowered or "no password supplied" in lowered \
            or ("role" in lowered and "does not exist" in lowered):
        return DatabaseError(_("The server {host} refused the user name or the password "
                               "({detail}). Nothing was changed.").format(
                                   host=host, detail=detail))
    if "does not exist" in lowered and "database" in lowered:
        return DatabaseError(_('The server {host} has no database "{database}". Ask its '
                               "administrator to create it (see docs/team-server.md); "
                               "nothing was changed.").format(host=host,
                                                              database=url.database))
    if any(word in lowered for word in ("connection refused", "could not translate",
                                        "timeout expired", "no route", "name or service",
                                        "could not connect", "network is unreachable")):
        return DatabaseError(_("No PostgreSQL server answers at {host} ({detail}). Check "
                               "the host and port; nothing was changed.").format(
                                   host=host, detail=detail))
    return DatabaseError(_("Cannot connect to {host}: {detail}").format(host=host,
                                                                       detail=detail))
