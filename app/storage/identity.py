"""Who is saving: the name every saved version records (``accounts.saved_by``).

The name is the user's own, not the workspace's: on a team server every member shares
the database (and its ``settings`` table), so it is kept per user, in a small file of
the user's configuration folder, which the app's Preferences and the command line
both read. In order:

1. ``$RAPPORT_USER`` (a script, a test, one command);
2. the name saved with :func:`set_user_name` (Preferences › Your name), in
   ``<user config dir>/Rapport/identity.json`` (``$RAPPORT_CONFIG_DIR`` instead of the
   folder, for tests);
3. the operating system's user name (``getpass.getuser``), else "unknown".
"""

from __future__ import annotations

import getpass
import json
import logging
import os
import threading
from pathlib import Path

from app.errors import RapportError
from app.i18n import _

log = logging.getLogger("rapport.identity")

ENV_VAR = "RAPPORT_USER"
CONFIG_ENV = "RAPPORT_CONFIG_DIR"
FILE_NAME = "identity.json"
#: the JSON key of the name in that file (the "setting key")
SETTING = "user_name"
#: as long as ``accounts.saved_by`` holds
MAX_LENGTH = 200

_lock = threading.Lock()
_cached: tuple[Path, float, str | None] | None = None


def config_folder() -> Path:
    folder = os.environ.get(CONFIG_ENV)
    if folder:
        return Path(folder)
    from platformdirs import user_config_dir

    return Path(user_config_dir("Rapport", appauthor=False))


def identity_file() -> Path:
    return config_folder() / FILE_NAME


def os_user() -> str:
    """The operating system's name for the user ("unknown" when it has none)."""
    try:
        return getpass.getuser() or "unknown"
    except (OSError, KeyError):  # no user name in the environment or the passwd file
        return "unknown"


def _clean(name: str) -> str:
    """One line, no control characters, at most MAX_LENGTH characters."""
    text = "".join(c if c.isprintable() else " " for c in name)
    return " ".join(text.split())[:MAX_LENGTH]


def saved_user_name() -> str | None:
    """The name saved in Preferences (None: none saved, or the file is unreadable)."""
    global _cached
    path = identity_file()
    try:
        mtime = path.stat().st_mtime
    except OSError:
        return None
    with _lock:
        if _cached is not None and _cached[0] == path and _cached[1] == mtime:
            return _cached[2]
    try:
        value = json.loads(path.read_text(encoding="utf-8")).get(SETTING)
    except (OSError, ValueError, AttributeError) as err:
        log.warning("%s ignored: %s", path, err)
        value = None
    name = _clean(value) if isinstance(value, str) else None
    with _lock:
        _cached = (path, mtime, name or None)
    return name or None


def user_name() -> str:
    """The name a save records now: $RAPPORT_USER, the saved name, the OS user."""
    from_env = _clean(os.environ.get(ENV_VAR, ""))
    return from_env or saved_user_name() or os_user()


def set_user_name(name: str | None) -> None:
    """Save (or with None or "" forget) the user's name for their next saves.

    RapportError for a name that is blank once cleaned; OSError when the file cannot
    be written. The file is written whole (a temporary file renamed over it), 0600."""
    global _cached
    path = identity_file()
    cleaned = _clean(name or "")
    if name and not cleaned:
        raise RapportError(_("Your name must contain letters or digits, not only spaces "
                             "or control characters."))
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            data = {}
    except (OSError, ValueError):
        data = {}
    if cleaned:
        data[SETTING] = cleaned
    else:
        data.pop(SETTING, None)
    temp = path.with_name(f".{FILE_NAME}.{os.getpid()}.tmp")
    fd = os.open(temp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=2)
    os.replace(temp, path)
    with _lock:
        _cached = None
