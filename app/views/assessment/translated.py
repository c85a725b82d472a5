"""Strings marked for translation where they are defined and translated where shown."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from app.views.i18n import QT_TRANSLATE_NOOP
from app.views.table_model import HeaderedTableModel

__all__ = ["QT_TRANSLATE_NOOP", "TranslatedHeaders"]


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
