"""Reviews coming up and actions due across every account, earliest first.

Built from the portfolio model's scores (each carries its account's agenda, see
``app.assessment.agenda``), so it follows every edit and every scoring batch
without reading the database itself. Rebuilding is coalesced: a burst of
batches while scoring rebuilds the list once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtGui import QColor

from app.views.assessment.translated import QT_TRANSLATE_NOOP, TranslatedHeaders
from app.views.portfolio.model import KEY_ROLE, PortfolioModel, readable
from app.views.table_model import Index

if TYPE_CHECKING:  # loaded with the scores, not with the (empty) first screen
    from app.assessment.agenda import AgendaItem

#: (section of the plan, item id) of a row: where double-clicking it leads
ITEM_ROLE = Qt.ItemDataRole.UserRole + 2
OVERDUE = QColor("#c62828")


@dataclass(frozen=True)
class AgendaRow:
    key: str
    account: str
    item: AgendaItem
    review: bool  # a review (its kind is AgendaKind.REVIEW), else an action


class AgendaModel(TranslatedHeaders):
    """One row per review or action due, from :class:`PortfolioModel`'s scores."""

    HEADERS = (QT_TRANSLATE_NOOP("AgendaModel", "Date"),
               QT_TRANSLATE_NOOP("AgendaModel", "Account"),
               QT_TRANSLATE_NOOP("AgendaModel", "What"),
               QT_TRANSLATE_NOOP("AgendaModel", "Who"))

    def __init__(self, source: PortfolioModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._source = source
        self._rows: list[AgendaRow] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.rebuild)
        for signal in (source.rowsInserted, source.rowsRemoved, source.dataChanged,
                       source.modelReset):
            signal.connect(self._timer.start)

    def rebuild(self) -> None:
        from app.assessment.agenda import AgendaKind

        rows = [AgendaRow(s.key, s.name, item, item.kind == AgendaKind.REVIEW)
                for s in self._source.scores() for item in s.agenda]
        rows.sort(key=lambda r: (r.item.date, not r.review, r.account.casefold(), r.key,
                                 r.item.title.casefold()))
        if rows == self._rows:
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def overdue_count(self) -> int:
        return sum(r.item.overdue for r in self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def row(self, row: int) -> AgendaRow:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        item, column = row.item, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:  # as in the plan's tables, and not by colour alone
                if not item.overdue:
                    return item.date.isoformat()
                late = self.tr("not marked held") if row.review else self.tr("overdue")
                return f"{item.date.isoformat()} · {late}"
            if column == 1:
                return row.account
            if column == 2:
                return (self.tr("Review: {title}") if row.review
                        else self.tr("Action: {title}")).format(title=item.title)
            return item.who
        if role == Qt.ItemDataRole.ForegroundRole and item.overdue:
            return readable(OVERDUE)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(row)
        if role == KEY_ROLE:
            return row.key
        if role == ITEM_ROLE:
            return ("reviews" if row.review else "actions", item.id)
        return None


def _tooltip(row: AgendaRow) -> str:
    item = row.item
    if row.review and item.overdue:
        return QCoreApplication.translate(
            "AgendaModel", "The review date has passed and it is not marked held. "
            "Double-click to open it.")
    if row.review:
        return QCoreApplication.translate(
            "AgendaModel", "A review coming up: prepare the agenda. Double-click to open it.")
    if item.overdue:
        return QCoreApplication.translate(
            "AgendaModel", "Overdue: the due date has passed and the action is still open. "
            "Double-click to open it.")
    return QCoreApplication.translate("AgendaModel",
                                      "Due within a week. Double-click to open it.")
