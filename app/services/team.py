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

from app.services.accounts import EditConflict
from app.storage.database import Database
from app.storage.identity import SETTING as USER_SETTING
from app.storage.identity import identity_file, os_user, set_user_name, user_name
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

__all__ = ["USER_SETTING", "AccountEvent", "AccountWatcher", "EditConflict",
           "KeyringUnavailable", "forget_password", "identity_file", "is_read_only",
           "is_server", "keyring_problem", "load_password", "os_user", "save_password",
           "server_url", "set_user_name", "user_name", "watch"]


def is_read_only(db: Database) -> bool:
    """Whether the app must open ``db`` read-only (edits disabled, a banner): a file
    opened for reading, or a server role without the privileges an edit needs
    (``has_table_privilege``), or a server whose transactions are read-only."""
    return db.readonly
