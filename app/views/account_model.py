"""The account list as one QAbstractTableModel with its own sort and filter.

Rows are cached :class:`AccountSummary` values. Sorting and the search filter
run over precomputed keys and lower-cased haystacks instead of a
QSortFilterProxyModel calling Python per row, which keeps a keystroke well
inside one frame on 10,000 accounts (see bench/portfolio.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.models.enums import LifecycleStage, RelationshipStage, Tier, label
from app.services.accounts import AccountSummary
from app.views.formatting import money

Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole + 1

_TIER_ORDER = {t.value: i for i, t in enumerate(Tier)}
_STAGE_ORDER = {s.value: i for i, s in enumerate(RelationshipStage)}
_LIFECYCLE_ORDER = {s.value: i for i, s in enumerate(LifecycleStage)}


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[AccountSummary], str]
    sort_key: Callable[[AccountSummary], Any]
    numeric: bool = False
    shown_by_default: bool = True


def _ordered(order: dict[str, int], attr: str) -> Callable[[AccountSummary], Any]:
    return lambda s: (getattr(s, attr) is None, order.get(getattr(s, attr) or "", 99))


def _text_key(attr: str) -> Callable[[AccountSummary], Any]:
    return lambda s: (not getattr(s, attr), (getattr(s, attr) or "").casefold())


def _num_key(attr: str) -> Callable[[AccountSummary], Any]:
    return lambda s: (getattr(s, attr) is None, getattr(s, attr) or 0.0)


COLUMNS: tuple[Column, ...] = (
    Column("Name", lambda s: s.name, _text_key("name")),
    Column("Tier", lambda s: label(s.tier), _ordered(_TIER_ORDER, "tier")),
    Column("Stage", lambda s: label(s.relationship_stage),
           _ordered(_STAGE_ORDER, "relationship_stage")),
    Column("Lifecycle", lambda s: label(s.lifecycle_stage),
           _ordered(_LIFECYCLE_ORDER, "lifecycle_stage"), shown_by_default=False),
    Column("Industry", lambda s: s.industry or "", _text_key("industry"), shown_by_default=False),
    Column("Owner", lambda s: s.owner or "", _text_key("owner"), shown_by_default=False),
    Column("Revenue", lambda s: money(s.annual_revenue, s.currency),
           _num_key("annual_revenue"), numeric=True),
    Column("Potential", lambda s: money(s.potential_revenue, s.currency),
           _num_key("potential_revenue"), numeric=True, shown_by_default=False),
    Column("People", lambda s: str(s.stakeholder_count), lambda s: s.stakeholder_count,
           numeric=True),
)


def _haystack(s: AccountSummary) -> str:
    parts = (s.name, s.key, s.industry, s.owner, label(s.tier), label(s.relationship_stage),
             label(s.lifecycle_stage))
    return "\x1f".join(p for p in parts if p).casefold()


class AccountTableModel(QAbstractTableModel):
    """Accounts, sorted and filtered in the model; rows are addressed by account id."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._by_key: dict[str, AccountSummary] = {}
        self._hay: dict[str, str] = {}
        self._order: list[str] = []  # all keys, sorted
        self._visible: list[str] = []  # keys passing the filter, in sort order
        self._tokens: list[str] = []
        self._sort_column = 0
        self._sort_order = Qt.SortOrder.AscendingOrder

    # -- Qt model interface ------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        summary = self._by_key[self._visible[index.row()]]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(summary)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return f"{summary.name}\nid: {summary.key}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == KEY_ROLE:
            return summary.key
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section].title
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self._resort()
        self._relayout()

    # -- content -------------------------------------------------------------------
    def set_summaries(self, summaries: Iterable[AccountSummary]) -> None:
        self.beginResetModel()
        self._by_key = {s.key: s for s in summaries}
        self._hay = {k: _haystack(s) for k, s in self._by_key.items()}
        self._resort()
        self._visible = self._filtered()
        self.endResetModel()

    def upsert(self, summary: AccountSummary) -> None:
        """Add or refresh one account, keeping sort order, filter and selection."""
        self._by_key[summary.key] = summary
        self._hay[summary.key] = _haystack(summary)
        self._resort()
        self._relayout()

    def remove(self, key: str) -> None:
        if key not in self._by_key:
            return
        if key in self._visible:
            row = self._visible.index(key)
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._visible[row]
            self._forget(key)
            self.endRemoveRows()
        else:
            self._forget(key)

    def set_filter(self, text: str) -> None:
        """Show accounts whose name, id, industry, owner, tier or stage contain every word."""
        tokens = text.casefold().split()
        if tokens == self._tokens:
            return
        self._tokens = tokens
        self._relayout()

    # -- lookups ---------------------------------------------------------------------
    def key_at(self, row: int) -> str:
        return self._visible[row]

    def row_of(self, key: str) -> int:
        try:
            return self._visible.index(key)
        except ValueError:
            return -1

    def total_count(self) -> int:
        return len(self._by_key)

    def summary(self, key: str) -> AccountSummary | None:
        return self._by_key.get(key)

    # -- internals ---------------------------------------------------------------
    def _forget(self, key: str) -> None:
        del self._by_key[key]
        del self._hay[key]
        self._order.remove(key)

    def _resort(self) -> None:
        sort_key = COLUMNS[self._sort_column].sort_key
        by_key = self._by_key
        self._order = sorted(
            by_key,
            key=lambda k: (sort_key(by_key[k]), by_key[k].name.casefold()),
            reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
        )

    def _filtered(self) -> list[str]:
        tokens, hay = self._tokens, self._hay
        if not tokens:
            return list(self._order)
        if len(tokens) == 1:
            t = tokens[0]
            return [k for k in self._order if t in hay[k]]
        return [k for k in self._order if all(t in hay[k] for t in tokens)]

    def _relayout(self) -> None:
        """Swap in a new visible list, moving persistent indexes (selection) along."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        keys = [(self._visible[i.row()], i.column()) if i.row() < len(self._visible) else None
                for i in old]
        self._visible = self._filtered()
        position = {k: n for n, k in enumerate(self._visible)} if old else {}
        new = []
        for item in keys:
            row = position.get(item[0], -1) if item else -1
            new.append(self.index(row, item[1]) if item and row >= 0 else QModelIndex())
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()
