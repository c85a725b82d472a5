"""Every account's scores as one table model, and the proxies the portfolio lists use.

Rows arrive in batches from a worker thread while the user already looks at the
lists, so adding is O(batch): new accounts are appended in one insert, known
ones replaced in place. Sorting and filtering are left to
QSortFilterProxyModel, fed by sort roles whose values Qt compares itself
(numbers as numbers, names casefolded), so one model serves every list.

The price: Qt asks the model for two values per comparison, so re-sorting
10,000 rows by a header click takes about a second (~240,000 calls into
Python), and each batch of 250 costs the three proxies ~50 ms (taken in, in
slices, by worker.py). Sort keys are precomputed per row and ``index()`` is
overridden to keep that low; sorting in the model, as AccountTableModel does,
is the way out should it matter.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QIcon, QPainter, QPixmap

from app.assessment.settings import ScoringSettings
from app.models.enums import RelationshipStage, Tier, label
from app.services.portfolio import AccountScore
from app.views.assessment.health_panel import FAIR, GOOD, POOR, health_colour

Index = QModelIndex | QPersistentModelIndex

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
#: sort value with unset values last in ascending order (Qt compares the values itself)
ASC_SORT_ROLE = Qt.ItemDataRole.UserRole + 2
#: the same with unset values last in descending order
DESC_SORT_ROLE = Qt.ItemDataRole.UserRole + 3
#: "Largest stage gaps": a contradicted stage outranks any gap, then the gap size
GAP_PRIORITY_ROLE = Qt.ItemDataRole.UserRole + 4


class Col(IntEnum):
    ACCOUNT = 0
    TIER = 1
    COMPUTED = 2
    HEALTH = 3
    CHANGE = 4
    STAGE = 5
    TARGET = 6
    GAP = 7
    AT_RISK = 8


HEADERS: dict[Col, tuple[str, str]] = {
    Col.ACCOUNT: ("Account", ""),
    Col.TIER: ("Tier", "The tier set on the account"),
    Col.COMPUTED: ("Computed tier", "The tier that current value × potential value suggest; "
                                    "highlighted when it differs from the tier set"),
    Col.HEALTH: ("Health", "Relationship health today, 0–100"),
    Col.CHANGE: ("Change", "Health now minus health at the start of the churn-warning window"),
    Col.STAGE: ("Stage", "The relationship stage recorded; ⚠ when the evidence does not "
                         "support it"),
    Col.TARGET: ("Target", "The relationship stage aimed for"),
    Col.GAP: ("Gap", "Stage criteria still unmet on the way to the target stage"),
    Col.AT_RISK: ("At risk", "Churn warning: health low or falling fast"),
}

_COLUMNS = len(Col)
BUSY_ROWS = 2000  # sorting more rows than this shows a wait cursor
_GAP_KEY = _COLUMNS  # where the gap priority sits in a row's sort keys
_TIER_ORDER = {t: float(i) for i, t in enumerate(Tier)}
_STAGE_ORDER = {s: float(i) for i, s in enumerate(RelationshipStage)}
_NUMERIC = frozenset({int(Col.HEALTH), int(Col.CHANGE), int(Col.GAP)})
_MUTED = QColor("#78909c")
_MISMATCH = QColor("#fff1cc")

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_KEY, _ASC, _DESC, _GAP = (int(r) for r in (KEY_ROLE, ASC_SORT_ROLE, DESC_SORT_ROLE,
                                            GAP_PRIORITY_ROLE))
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)


def change(score: AccountScore) -> int | None:
    """Health now minus health then, or None when either is unknown."""
    if score.health is None or score.health_before is None:
        return None
    return score.health - score.health_before


def tiers_differ(score: AccountScore) -> bool:
    return (score.tier is not None and score.computed_tier is not None
            and score.tier != score.computed_tier)


def change_text(delta: int | None) -> str:
    if delta is None:
        return ""
    return f"▲ +{delta}" if delta > 0 else f"▼ −{-delta}" if delta < 0 else "■ 0"


def _order(order: dict[Any, float], value: Any) -> float | None:
    return None if value is None else order[value]


def _sort_keys(score: AccountScore) -> tuple[float | str | None, ...]:
    """What each column sorts by (None: unset, placed last by the sort roles).

    Computed once per row: sorting 10,000 rows asks for ~240,000 of them.
    """
    delta = change(score)
    return (
        score.name.casefold(),
        _order(_TIER_ORDER, score.tier),
        _order(_TIER_ORDER, score.computed_tier),
        None if score.health is None else float(score.health),
        None if delta is None else float(delta),
        _order(_STAGE_ORDER, score.stage),
        _order(_STAGE_ORDER, score.target),
        float(score.gap),
        0.0 if score.at_risk else 1.0,  # at risk first when ascending
        (1000.0 if score.contradicted else 0.0) + score.gap,  # GAP_PRIORITY_ROLE
    )


@dataclass(frozen=True)
class Totals:
    """What the portfolio title reports, kept up to date row by row."""

    accounts: int
    at_risk: int
    average_health: float | None  # over the accounts whose health is known


class PortfolioModel(QAbstractTableModel):
    """One row per account, addressed by key; rows stay in the order they arrived."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AccountScore] = []
        self._keys: list[tuple[float | str | None, ...]] = []  # sort keys, row by row
        self._row_of: dict[str, int] = {}
        self._settings = ScoringSettings()
        self._at_risk = 0
        self._health_sum = 0
        self._health_known = 0
        self._dots: dict[int, QIcon] = {}

    # -- Qt model interface --------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else _COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Col):
            return None
        title, tip = HEADERS[Col(section)]
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip or None
        return None

    def index(self, row: int, column: int,
              parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # The default asks rowCount() and columnCount(): two calls into Python for every
        # index a proxy makes while sorting, one here.
        if 0 <= row < len(self._rows) and 0 <= column < _COLUMNS and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Sort roles first (sorting asks for them most), then the display role.
        row = index.row()
        if row < 0:
            return None
        if role == _ASC or role == _DESC or role == _GAP:
            value = self._keys[row][_GAP_KEY if role == _GAP else index.column()]
            if value is None:
                return math.inf if role == _ASC else -math.inf
            return value
        score = self._rows[row]
        col = index.column()
        if role == _DISPLAY:
            return self._text(score, col)
        if role == _KEY:
            return score.key
        if role == _FOREGROUND:
            colour = self._foreground(score, col)
            return None if colour is None else QBrush(colour)
        if role == _DECORATION and col == Col.HEALTH:
            return self._dot(health_colour(score.health, self._settings))
        if role == _BACKGROUND and col == Col.COMPUTED and tiers_differ(score):
            return QBrush(_MISMATCH)
        if role == _ALIGN:
            return _RIGHT if col in _NUMERIC else None
        if role == _TOOLTIP:
            return self._tooltip(score, col) or None
        return None

    # -- content -------------------------------------------------------------------
    def add_batch(self, scores: Iterable[AccountScore]) -> None:
        """Append new accounts in one insert and replace known ones in place."""
        new: list[AccountScore] = []
        new_at: dict[str, int] = {}
        changed: list[int] = []
        for score in scores:
            row = self._row_of.get(score.key)
            if row is not None:
                self._count(self._rows[row], -1)
                self._rows[row] = score
                self._keys[row] = _sort_keys(score)
                self._count(score, +1)
                changed.append(row)
            elif score.key in new_at:  # the same account twice in one batch: last wins
                new[new_at[score.key]] = score
            else:
                new_at[score.key] = len(new)
                new.append(score)
        self._announce_changed(changed)
        if new:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            for offset, score in enumerate(new):
                self._row_of[score.key] = first + offset
                self._count(score, +1)
            self._rows.extend(new)
            self._keys.extend(_sort_keys(s) for s in new)
            self.endInsertRows()

    def upsert(self, score: AccountScore) -> None:
        self.add_batch((score,))

    def remove(self, key: str) -> None:
        row = self._row_of.get(key)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        self._count(self._rows.pop(row), -1)
        del self._keys[row]
        del self._row_of[key]
        for later in range(row, len(self._rows)):
            self._row_of[self._rows[later].key] = later
        self.endRemoveRows()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows, self._keys, self._row_of = [], [], {}
        self._at_risk = self._health_sum = self._health_known = 0
        self.endResetModel()

    def set_settings(self, settings: ScoringSettings) -> None:
        """Colours depend on the churn threshold: recolour without reloading."""
        self._settings = settings
        if self._rows:  # only looks change: with these roles no proxy re-sorts or re-filters
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, _COLUMNS - 1),
                                  [Qt.ItemDataRole.ForegroundRole,
                                   Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole])

    # -- lookups -------------------------------------------------------------------
    def key_at(self, row: int) -> str:
        return self._rows[row].key

    def row_of(self, key: str) -> int:
        return self._row_of.get(key, -1)

    def score_at(self, row: int) -> AccountScore:
        return self._rows[row]

    def score(self, key: str) -> AccountScore | None:
        row = self._row_of.get(key)
        return None if row is None else self._rows[row]

    def scores(self) -> list[AccountScore]:
        """All rows in model order (a copy: safe to keep while the model changes)."""
        return list(self._rows)

    @property
    def settings(self) -> ScoringSettings:
        return self._settings

    def totals(self) -> Totals:
        average = self._health_sum / self._health_known if self._health_known else None
        return Totals(len(self._rows), self._at_risk, average)

    # -- internals -----------------------------------------------------------------
    def _count(self, score: AccountScore, sign: int) -> None:
        self._at_risk += sign * score.at_risk
        if score.health is not None:
            self._health_sum += sign * score.health
            self._health_known += sign

    def _announce_changed(self, rows: list[int]) -> None:
        """One dataChanged per run of adjacent rows: a proxy re-sorts only those."""
        last = len(Col) - 1
        rows.sort()
        start = 0
        for i in range(1, len(rows) + 1):
            if i == len(rows) or rows[i] != rows[i - 1] + 1:
                self.dataChanged.emit(self.index(rows[start], 0), self.index(rows[i - 1], last))
                start = i

    def _dot(self, colour: QColor) -> QIcon:
        """A small disc in the health colour; one icon per colour, made once."""
        icon = self._dots.get(colour.rgba())
        if icon is None:
            pixmap = QPixmap(12, 12)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawEllipse(1, 1, 10, 10)
            painter.end()
            icon = self._dots[colour.rgba()] = QIcon(pixmap)
        return icon

    @staticmethod
    def _text(score: AccountScore, col: int) -> str:
        if col == Col.ACCOUNT:
            return score.name
        if col == Col.TIER:
            return label(score.tier)
        if col == Col.COMPUTED:
            return label(score.computed_tier) if score.computed_tier else "–"
        if col == Col.HEALTH:
            return "–" if score.health is None else str(score.health)
        if col == Col.CHANGE:
            return change_text(change(score))
        if col == Col.STAGE:
            return label(score.stage) + (" ⚠" if score.contradicted else "")
        if col == Col.TARGET:
            return label(score.target)
        if col == Col.GAP:
            return str(score.gap)
        return "⚠ At risk" if score.at_risk else ""

    def _foreground(self, score: AccountScore, col: int) -> QColor | None:
        if col == Col.CHANGE:
            delta = change(score)
            if delta is None or delta == 0:
                return _MUTED if delta == 0 else None
            return GOOD if delta > 0 else POOR if delta <= -self._settings.drop_points else FAIR
        if col == Col.AT_RISK or (col == Col.STAGE and score.contradicted):
            return POOR
        if col == Col.COMPUTED and score.computed_tier is None:
            return _MUTED
        if col == Col.HEALTH and score.health is None:
            return _MUTED
        return None

    def _tooltip(self, score: AccountScore, col: int) -> str:
        if col == Col.ACCOUNT:
            text = f"{score.name}\nid: {score.key}"
            return f"{text}\n⚠ {score.risk_reason}" if score.at_risk else text
        if col == Col.COMPUTED:
            if score.computed_tier is None:
                return "No tier computed: revenue, potential or an exchange rate is missing."
            if tiers_differ(score):
                return (f"The figures suggest {label(score.computed_tier)}; the tier set is "
                        f"{label(score.tier)}.")
            return ""
        if col == Col.HEALTH and score.health is None:
            return "Not enough data to score health."
        if col == Col.CHANGE and change(score) is not None:
            return (f"Health {score.health_before} {self._settings.drop_window_days} days ago, "
                    f"{score.health} now")
        if col == Col.STAGE and score.contradicted:
            return "The recorded stage is above what the evidence supports."
        if col == Col.GAP and score.target is not None:
            return f"{score.gap} stage criteria unmet on the way to {label(score.target)}"
        if col == Col.AT_RISK:
            return score.risk_reason
        return ""


class ScoreProxy(QSortFilterProxyModel):
    """Sorts with unset values last in both directions, optionally keeping only some rows.

    The sort role is switched with the order instead of overriding lessThan, so
    comparisons stay in C++ (a Python lessThan would be called ~130,000 times to
    sort 10,000 rows).
    """

    def __init__(self, parent: Any = None,
                 accept: Callable[[AccountScore], bool] | None = None,
                 sort_role: int | None = None) -> None:
        super().__init__(parent)
        self._accept = accept
        self._fixed_role = sort_role
        self.setSortLocaleAware(True)
        self.setSortRole(ASC_SORT_ROLE if sort_role is None else sort_role)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._accept is None:
            return True
        model = self.sourceModel()
        assert isinstance(model, PortfolioModel)
        return self._accept(model.score_at(source_row))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        role = self._fixed_role
        if role is None:
            role = ASC_SORT_ROLE if order == Qt.SortOrder.AscendingOrder else DESC_SORT_ROLE
        # Qt asks the model for two values per comparison: ~1 s for 10,000 rows here.
        busy = self.rowCount() > BUSY_ROWS
        if busy:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if role != self.sortRole():
                # A new sort role re-sorts at once by the old column and order: unsort
                # first (cheap, no comparisons) so the rows are only sorted once.
                super().sort(-1)
                self.setSortRole(role)
            super().sort(column, order)
        finally:
            if busy:
                QGuiApplication.restoreOverrideCursor()

    def key_at(self, row: int) -> str:
        return str(self.index(row, 0).data(KEY_ROLE))

    def keys(self) -> list[str]:
        return [self.key_at(row) for row in range(self.rowCount())]
