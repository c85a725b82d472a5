"""The movers: the accounts whose relationships improved or worsened most lately.

Two short lists of :class:`MoversModel` over the movers a background run found
(``PortfolioService.iter_movers``, see docs/movers.md): "Improved most" (the highest
scores first) and "Worsened most" (the lowest first), each row the account, its score
as an arrow and a number, and the change that explains it most in words. The words are
made when shown, so they follow the language of the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from app.assessment.periods import LOOKBACK_DAYS
from app.views.assessment.health_panel import GOOD, POOR
from app.views.assessment.translated import QT_TRANSLATE_NOOP, TranslatedHeaders
from app.views.formatting import day_text, display_locale
from app.views.plain import plain
from app.views.portfolio.model import KEY_ROLE, readable
from app.views.table_model import Index

if TYPE_CHECKING:  # loaded with the scores, not with the (empty) first screen
    from app.services.portfolio import Mover

LIMIT = 5  # rows each list shows
DAYS = LOOKBACK_DAYS  # the days the lists look back (passed to ``PortfolioService.iter_movers``)


def arrow(score: int) -> str:
    """"▲ 12", "▼ 30": the direction is in the shape too, not only in the colour."""
    number = display_locale().toString(abs(score))
    return f"▲ {number}" if score > 0 else f"▼ {number}" if score < 0 else "■ 0"


def reason(mover: Mover, index: int = 0) -> str:
    """The ``index``-th change that explains the move, in the language of the moment."""
    from app.assessment.movement import reason as words

    return words(mover.reasons[index]) if index < len(mover.reasons) else ""


def tooltip(mover: Mover) -> str:
    lines = [mover.name]
    lines += [f"• {reason(mover, i)}" for i in range(len(mover.reasons))]
    date = day_text(mover.since)
    if mover.from_first:
        lines.append(QCoreApplication.translate(
            "MoversModel", "No version of %n days ago is kept: compared with the first "
            "kept one, of {date}.", "", DAYS).format(date=date))
    else:
        lines.append(QCoreApplication.translate(
            "MoversModel", "Compared with the version in force then, of {date}.").format(
                date=date))
    lines.append(QCoreApplication.translate("MoversModel", "Double-click to open the account."))
    return plain("\n".join(lines))


class MoversModel(TranslatedHeaders):
    """The accounts that moved most one way: ``improved`` (score > 0, highest first) or
    not (score < 0, lowest first), at most :data:`LIMIT`."""

    HEADERS = ("", QT_TRANSLATE_NOOP("MoversModel", "Score"),
               QT_TRANSLATE_NOOP("MoversModel", "Main reason"))
    # the first column's title names the list
    TITLES = (QT_TRANSLATE_NOOP("MoversModel", "Improved most"),
              QT_TRANSLATE_NOOP("MoversModel", "Worsened most"))

    def __init__(self, improved: bool, parent: Any = None) -> None:
        super().__init__(parent)
        self.improved = improved
        self._rows: list[Mover] = []

    def set_movers(self, movers: list[Mover]) -> None:
        """Rank ``movers`` (every account that moved, both ways) and keep this list's."""
        sign = 1 if self.improved else -1
        ranked = sorted((m for m in movers if sign * m.score > 0),
                        key=lambda m: (-sign * m.points, m.name.casefold(), m.key))[:LIMIT]
        if ranked == self._rows:
            return
        self.beginResetModel()
        self._rows = ranked
        self.endResetModel()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (section == 0 and orientation == Qt.Orientation.Horizontal
                and role == Qt.ItemDataRole.DisplayRole):
            return self.tr(self.TITLES[0 if self.improved else 1])
        return super().headerData(section, orientation, role)

    def movers(self) -> list[Mover]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        mover, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (mover.name, arrow(mover.score), reason(mover))[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            return readable(GOOD if mover.score > 0 else POOR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(mover)
        if role == KEY_ROLE:
            return mover.key
        return None
