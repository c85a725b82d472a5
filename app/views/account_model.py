"""The account list as one QAbstractTableModel with its own sort and filter.

Rows are cached :class:`AccountSummary` values. Sorting and the search filter
run over precomputed keys and lower-cased haystacks instead of a
QSortFilterProxyModel calling Python per row: on 10,000 accounts a keystroke
costs the model about half a millisecond, leaving the frame to painting
(bench/portfolio.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from app.models.enums import LifecycleStage, RelationshipStage, Tier, label
from app.services.accounts import AccountSummary
from app.views.formatting import money
from app.views.i18n import QT_TRANSLATE_NOOP
from app.views.plain import plain

Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole + 1

_TIER_ORDER = {t.value: i for i, t in enumerate(Tier)}
_STAGE_ORDER = {s.value: i for i, s in enumerate(RelationshipStage)}
_LIFECYCLE_ORDER = {s.value: i for i, s in enumerate(LifecycleStage)}


@dataclass(frozen=True)
class Column:
    #: the English source; shown through :func:`column_title`
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
    Column(QT_TRANSLATE_NOOP("AccountTableModel", "Name"), lambda s: s.name,
           _text_key("name")),
    Column(QT_TRANSLATE_NOOP("AccountTableModel", "Tier"), lambda s: label(s.tier),
           _ordered(_TIER_ORDER, "tier")),
    Column(QT_TRANSLATE_NOOP("AccountTableModel", "Stage"),
           lambda s: label(s.relationship_stage),
           _ordered(_STAGE_ORDER, "relationship_stage")),
    Column(QT_TRANSLATE_NOOP("AccountTableModel", "Lifecycle"),
           lambda s: label(s.lifecycle_stage),
           _ordered(_LIFECYCLE_ORDER, "lifecycle_stage"), shown_by_default=False),
    Column(QT_TRANSLATE_NOOP("AccountTableModel", "Industry"), lambda s: s.industry or "",
           _text_key("industry"), shown_by_default=False),
    Column(QT_TRANSLATE_NOOP("AccountTableModel", "Owner"), lambda s: s.owner or "",
           _text_key("owner"), shown_by_default=False),
    Column(QT_TRANSLATE_NOOP("AccountTableModel", "Revenue"),
           lambda s: money(s.annual_revenue, s.currency),
           _num_key("annual_revenue"), numeric=True, shown_by_default=False),
    Column(QT_TRANSLATE_NOOP("AccountTableModel", "Potential"),
           lambda s: money(s.potential_revenue, s.currency),
           _num_key("potential_revenue"), numeric=True, shown_by_default=False),
    Column(QT_TRANSLATE_NOOP("AccountTableModel", "People"),
           lambda s: str(s.stakeholder_count), lambda s: s.stakeholder_count,
           numeric=True),
)


def column_title(column: Column) -> str:
    """A column's title in the language of the windows."""
    return QCoreApplication.translate("AccountTableModel", column.title)


def _haystack(s: AccountSummary) -> str:
    """Everything the search box matches, casefolded once ("\x1f" never matches typed text)."""
    return (
        f"{s.name}\x1f{s.key}\x1f{s.industry or ''}\x1f{s.owner or ''}\x1f{label(s.tier)}"
        f"\x1f{label(s.relationship_stage)}\x1f{label(s.lifecycle_stage)}"
    ).casefold()


_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_DECORATION = Qt.ItemDataRole.DecorationRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_DAMAGED_COLOUR = QColor("#c62828")
_ALIGN = Qt.ItemDataRole.TextAlignmentRole.value
_KEY = KEY_ROLE
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)


def _warning_icon() -> QIcon:
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


class AccountTableModel(QAbstractTableModel):
    """Accounts, sorted and filtered in the model; rows are addressed by account id."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._by_key: dict[str, AccountSummary] = {}
        self._hay: dict[str, str] | None = None  # built on the first search
        self._folded: dict[str, str] = {}  # casefolded names: sort tie-break
        self._order: list[str] = []  # all keys, sorted
        self._visible: list[str] = []  # keys passing the filter, in sort order
        self._rows: dict[str, int] | None = None  # key -> visible row, built on demand
        self._filter_text = ""
        self._tokens: list[str] = []
        self._sort_column = 0
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._damaged: dict[str, str] = {}  # key -> what is damaged, one line

    # -- Qt model interface ------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Role first: views ask for ~7 roles per cell and most get None.
        if not index.isValid():
            return None
        role = int(role)
        if role == _DISPLAY:
            return COLUMNS[index.column()].text(self._by_key[self._visible[index.row()]])
        if role == _ALIGN:
            return _RIGHT if COLUMNS[index.column()].numeric else None
        if role == _KEY:
            return self._visible[index.row()]
        if role == _TOOLTIP and index.column() == 0:
            summary = self._by_key[self._visible[index.row()]]
            damage = self._damaged.get(summary.key)
            text = self.tr("{name}\nid: {key}").format(name=summary.name, key=summary.key)
            if damage:
                text += "\n\n" + self.tr("Damaged: {problem}").format(problem=damage)
            return plain(text)
        if self._damaged and (role == _FOREGROUND or (role == _DECORATION
                                                      and index.column() == 0)):
            if self._visible[index.row()] not in self._damaged:
                return None
            return _DAMAGED_COLOUR if role == _FOREGROUND else _warning_icon()
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_title(COLUMNS[section])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self._resort()
        self._relayout()

    # -- content -------------------------------------------------------------------
    def set_summaries(self, summaries: Iterable[AccountSummary]) -> None:
        self.beginResetModel()
        self._by_key = {s.key: s for s in summaries}
        self._hay = None
        self._folded = {k: s.name.casefold() for k, s in self._by_key.items()}
        self._resort()
        self._set_visible(self._filtered(self._order))
        self.endResetModel()

    def mark_damaged(self, damaged: dict[str, str]) -> None:
        """Mark accounts that cannot be read (key -> what is wrong, one line)."""
        changed = set(damaged) ^ set(self._damaged) | {
            k for k in damaged if damaged[k] != self._damaged.get(k)}
        self._damaged.update(damaged)
        for key in changed:
            row = self.row_of(key)
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0),
                                      self.index(row, len(COLUMNS) - 1))

    def unmark_damaged(self, key: str) -> None:
        """``key`` was read whole after all (replaced, or restored from a backup)."""
        if self._damaged.pop(key, None) is not None:
            row = self.row_of(key)
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def is_damaged(self, key: str) -> bool:
        return key in self._damaged

    def upsert(self, summary: AccountSummary) -> None:
        """Add or refresh one account, keeping sort order, filter and selection.
        A rewritten account (an import replacing a damaged one) is no longer marked."""
        self._damaged.pop(summary.key, None)
        self._by_key[summary.key] = summary
        if self._hay is not None:
            self._hay[summary.key] = _haystack(summary)
        self._folded[summary.key] = summary.name.casefold()
        self._resort()
        self._relayout()

    def remove(self, key: str) -> None:
        if key not in self._by_key:
            return
        row = self.row_of(key)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            visible = list(self._visible)
            del visible[row]
            self._set_visible(visible)
            self._forget(key)
            self.endRemoveRows()
        else:
            self._forget(key)

    def set_filter(self, text: str) -> None:
        """Show accounts whose name, id, industry, owner, tier or stage contain every word."""
        text = text.casefold()
        tokens = text.split()
        if tokens == self._tokens:
            self._filter_text = text
            return
        # Typing on narrows the result: filter what is shown instead of everything.
        narrowing = bool(self._filter_text) and text.startswith(self._filter_text)
        self._filter_text, self._tokens = text, tokens
        self._relayout(self._visible if narrowing else self._order)

    # -- lookups ---------------------------------------------------------------------
    def key_at(self, row: int) -> str:
        return self._visible[row]

    def row_of(self, key: str) -> int:
        if self._rows is None:
            self._rows = {k: n for n, k in enumerate(self._visible)}
        return self._rows.get(key, -1)

    def total_count(self) -> int:
        return len(self._by_key)

    def summary(self, key: str) -> AccountSummary | None:
        return self._by_key.get(key)

    # -- internals ---------------------------------------------------------------
    def _index_of(self, key: str) -> int:
        try:
            return self._visible.index(key)
        except ValueError:
            return -1

    def _set_visible(self, keys: list[str]) -> None:
        self._visible = keys
        self._rows = None

    def _forget(self, key: str) -> None:
        self._damaged.pop(key, None)
        del self._by_key[key]
        if self._hay is not None:
            del self._hay[key]
        del self._folded[key]
        self._order.remove(key)

    def _resort(self) -> None:
        folded, by_key = self._folded, self._by_key
        reverse = self._sort_order == Qt.SortOrder.DescendingOrder
        if self._sort_column == 0:
            self._order = sorted(by_key, key=folded.__getitem__, reverse=reverse)
            return
        sort_key = COLUMNS[self._sort_column].sort_key
        self._order = sorted(by_key, key=lambda k: (sort_key(by_key[k]), folded[k]),
                             reverse=reverse)

    def _filtered(self, base: list[str]) -> list[str]:
        if not self._tokens:
            return list(base)
        if self._hay is None:  # most sessions never search: pay for it on the first key
            self._hay = {k: _haystack(s) for k, s in self._by_key.items()}
        hay = self._hay
        keys = base
        for token in self._tokens:  # narrow word by word: cheaper than all() per row
            keys = [k for k in keys if token in hay[k]]
        return list(keys) if keys is base else keys

    def _relayout(self, base: list[str] | None = None) -> None:
        """Swap in a new visible list, moving persistent indexes (selection) along."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        keys = [(self._visible[i.row()], i.column()) if 0 <= i.row() < len(self._visible)
                else None for i in old]
        self._set_visible(self._filtered(self._order if base is None else base))
        wanted = {item[0] for item in keys if item}
        if len(wanted) <= 4:  # usually just the selected account: no full key -> row map
            position = {k: self._index_of(k) for k in wanted}
        else:
            position = {k: self.row_of(k) for k in wanted}
        new = []
        for item in keys:
            row = position[item[0]] if item else -1
            new.append(self.index(row, item[1]) if item and row >= 0 else QModelIndex())
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()
