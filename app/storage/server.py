"""A team's database on a PostgreSQL server (issue 17): URLs, passwords, access.

Rapport connects with psycopg 3 (``postgresql+psycopg://user@host:port/dbname``). It
never keeps a password in plain text; in order, a password comes from:

1. the URL itself (``user:password@host``: for scripts; avoid it, it shows in ``ps``);
2. the system keyring (``keyring``: macOS Keychain, Windows Credential Locker, the
   Secret Service of GNOME/KDE), where :func:`save_password` put it
   (File › Connect to a team server… offers it), under the service "Rapport" and the
   name ``user@host:port/dbname``;
3. libpq's own ways, which psycopg reads: ``$PGPASSWORD``, ``~/.pgpass`` (or
   ``$PGPASSFILE``), and a service file (``?service=NAME`` in the URL, or ``$PGSERVICE``,
   with ``~/.pg_service.conf``) that may name host, port, user and database too.

A machine with no keyring (a server, CI) says so in :func:`keyring_problem` and the
others work as before.
"""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING

from app.errors import RapportError
from app.i18n import _

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.engine import URL

log = logging.getLogger("rapport.storage.server")

#: the keyring's service name for Rapport's passwords
KEYRING_SERVICE = "Rapport"
#: the channel the accounts table's trigger notifies (migration 0009)
CHANNEL = "rapport_accounts"
#: what a connection to the server says it is (pg_stat_activity.application_name)
APPLICATION_NAME = "Rapport"


class KeyringUnavailable(RapportError):
    """No system keyring to keep the password in (a server, CI, a bare desktop)."""


def is_server(target: str) -> bool:
    """Whether ``target`` (--db, $RAPPORT_DB) names a PostgreSQL server, not a file."""
    return target.split("://", 1)[0].split("+", 1)[0].lower() in ("postgresql", "postgres")


def server_url(host: str, database: str, user: str | None = None,
               port: int | None = None) -> str:
    """The URL to give --db or $RAPPORT_DB (no password: see the module's doc)."""
    from sqlalchemy.engine import URL

    return URL.create("postgresql+psycopg", username=user or None, host=host or None,
                      port=port, database=database).render_as_string(hide_password=False)


def password_name(url: URL) -> str:
    """What the keyring files a server's password under: ``user@host:port/dbname``
    (libpq's defaults filled in, so the same server is found however it was typed)."""
    from app.storage.identity import os_user

    user = url.username or os.environ.get("PGUSER") or os_user()
    host = url.host or os.environ.get("PGHOST") or "localhost"
    port = url.port or int(os.environ.get("PGPORT") or 5432)
    database = url.database or os.environ.get("PGDATABASE") or user
    return f"{user}@{host}:{port}/{database}"


def _url(target: str | URL) -> URL:
    from sqlalchemy.engine import make_url

    return make_url(target) if isinstance(target, str) else target


def _keyring() -> object:
    """The keyring module with a usable backend; KeyringUnavailable with why not."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError as err:  # pragma: no cover - a dependency of Rapport
        raise KeyringUnavailable(_("The keyring library is not installed ({error}).").format(
            error=err)) from None
    try:
        backend = keyring.get_keyring()
    except Exception as err:  # keyring's backends raise many kinds while probing
        raise _no_keyring(str(err)) from None
    if isinstance(backend, fail.Keyring) or type(backend).__name__ == "Keyring" and \
            type(backend).__module__.endswith("null"):
        raise _no_keyring(type(backend).__module__)
    return keyring


def _no_keyring(detail: str) -> KeyringUnavailable:
    return KeyringUnavailable(_(
        "No system keyring is available on this computer ({detail}). Rapport does not "
        "keep passwords in plain text: put the password in ~/.pgpass or a PostgreSQL "
        "service file instead (see docs/team-server.md).").format(detail=detail))


def keyring_problem() -> str | None:
    """None when passwords can be kept in the system keyring, else why not (a message
    to show beside the "Remember the password" box, which is then disabled)."""
    try:
        _keyring()
    except KeyringUnavailable as err:
        return str(err)
    return None


def save_password(target: str | URL, password: str) -> None:
    """Keep the password of the server ``target`` names in the system keyring;
    KeyringUnavailable (with what to do instead) where there is none."""
    keyring = _keyring()
    try:
        keyring.set_password(KEYRING_SERVICE, password_name(_url(target)),  # type: ignore[attr-defined]
                             password)
    except Exception as err:  # the backend refused (locked, cancelled)
        raise KeyringUnavailable(_("The system keyring did not keep the password: "
                                   "{error}").format(error=err)) from None


def load_password(target: str | URL) -> str | None:
    """The password kept for ``target`` in the system keyring (None: none kept, or no
    keyring: libpq's ~/.pgpass and service files still apply). Never raises."""
    try:
        keyring = _keyring()
        found = keyring.get_password(KEYRING_SERVICE,  # type: ignore[attr-defined]
                                     password_name(_url(target)))
    except Exception as err:  # no keyring, locked, cancelled: libpq's ways remain
        log.info("no password from the keyring: %s", err)
        return None
    return found if isinstance(found, str) else None


def forget_password(target: str | URL) -> None:
    """Remove a kept password (nothing happens if none was kept or there is no keyring)."""
    try:
        keyring = _keyring()
        keyring.delete_password(KEYRING_SERVICE,  # type: ignore[attr-defined]
                                password_name(_url(target)))
    except Exception as err:
        log.info("no password removed from the keyring: %s", err)


def with_kept_password(url: URL) -> URL:
    """``url`` with the keyring's password when it names none and libpq has none in
    ``$PGPASSWORD`` (~/.pgpass and service files are read later by libpq itself)."""
    if url.password is not None or os.environ.get("PGPASSWORD"):
        return url
    if os.environ.get("RAPPORT_KEYRING", "").lower() in ("0", "off", "no", "false"):
        return url
    password = load_password(url)
    return url if password is None else url.set(password=password)


# -- access ------------------------------------------------------------------------

#: (table, privilege) a member who edits needs; any missing one: read-only
WRITE_PRIVILEGES = (("accounts", "UPDATE"), ("accounts", "INSERT"), ("accounts", "DELETE"),
                    ("people", "INSERT"), ("people", "DELETE"),
                    ("account_versions", "INSERT"), ("account_versions", "DELETE"),
                    ("settings", "INSERT"), ("settings", "UPDATE"))


def server_read_only(conn: Connection) -> bool:
    """Whether this connection's role may only read: it lacks a privilege an edit
    needs (a role given SELECT alone), or its transactions are read-only (a standby,
    ``default_transaction_read_only``)."""
    from sqlalchemy import text

    if conn.scalar(text("SELECT current_setting('transaction_read_only')")) == "on":
        return True
    checks = " AND ".join(f"has_table_privilege('{t}', '{p}')" for t, p in WRITE_PRIVILEGES)
    return not conn.scalar(text(f"SELECT {checks}"))
