"""Strings marked for translation where they are defined and translated where shown."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from app.views.table_model import HeaderedTableModel


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark ``text`` for the catalogue under ``context`` and return it untranslated
    (Qt's own is typed as returning ``object``); translate it where it is shown with
    ``QCoreApplication.translate(context, text)``."""
    return text


class TranslatedHeaders(HeaderedTableModel):
    """A :class:`HeaderedTableModel` whose ``HEADERS`` are marked with
    ``QT_TRANSLATE_NOOP("<the class that sets them>", ...)`` and translated when shown."""

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        text = super().headerData(section, orientation, role)
        if not isinstance(text, str):
            return text
        owner = next((c for c in type(self).__mro__ if "HEADERS" in vars(c)), type(self))
        return QCoreApplication.translate(owner.__name__, text)
