"""Write account files atomically (temp file + rename): no half-written output."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from app.errors import RapportError
from app.fileformat.schema import AccountFile


def dump_account_file(doc: AccountFile) -> bytes:
    return doc.model_dump_json(indent=2).encode("utf-8") + b"\n"


def write_atomically(path: Path, data: bytes) -> None:
    directory = path.parent
    if not directory.is_dir():
        raise RapportError(f"Cannot write {path}: the folder {directory} does not exist.")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as err:
        raise RapportError(f"Cannot write {path}: {err.strerror}.") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as err:
        Path(tmp).unlink(missing_ok=True)
        raise RapportError(f"Cannot write {path}: {err.strerror}.") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_account_file(doc: AccountFile, path: Path) -> None:
    write_atomically(path, dump_account_file(doc))
