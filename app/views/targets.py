"""Before an export writes a file the user chose: what cannot be written to is named
(a folder, a FIFO, a device), and a read-only file is replaced only when the user says
so, once (the command line refuses it; see :mod:`app.atomic`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.atomic import ReadOnlyTarget, check_target, confirm_replacing, is_read_only
from app.errors import RapportError

__all__ = ["confirm_read_only", "is_read_only", "target_problem"]


def target_problem(path: Path) -> str | None:
    """Why ``path`` cannot be exported to (it is not a regular file, its folder is
    missing), or None; a read-only file is a question, not a problem."""
    try:
        check_target(path)
    except ReadOnlyTarget:
        return None
    except RapportError as err:
        return str(err)
    return None


def confirm_read_only(parent: QWidget | None, title: str, path: Path) -> bool:
    """True to go on: ``path`` is not a read-only file, or the user agreed to replace
    it (the next write to that very file may then replace it; it stays read-only)."""
    if not is_read_only(path):
        return True
    answer = QMessageBox.question(
        parent, title,
        QCoreApplication.translate(
            "Targets", "{name} in {folder} is read-only, perhaps to keep it as it is.\n\n"
            "Replace it anyway? The new file stays read-only.").format(
                name=path.name, folder=path.parent),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    confirm_replacing(path)
    return True
