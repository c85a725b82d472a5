"""Every account's scores as one table model, and the sorted lists the overview shows.

Rows arrive in batches from a worker thread while the user already looks at the
lists, so adding is O(batch): new accounts are appended in one insert, known
ones replaced in place, and each row's sort keys are computed once, then.

The lists ("All accounts", "At risk", "Largest stage gaps") are
:class:`ScoreProxy` models over that one model. They sort and filter in Python
with ``sorted()`` over the precomputed keys and tell the views with
``layoutChanged`` (persistent indexes, so the selection, moved along), instead
of a QSortFilterProxyModel that calls ``data()`` twice per comparison: re-sorting
10,000 rows took ~255,000 calls into Python and 1–1.7 s that way, and takes
10–30 ms this way (bench/overview.py). Rows of a new batch are merged into the
sorted list (Timsort merges two sorted runs in linear time), so a batch costs a
list O(rows) in C, not O(batch × log rows) calls into Python.
"""

from __future__ import annotations

import math
import unicodedata
from bisect import insort
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import IntEnum
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap

from app.models.enums import RelationshipStage, Tier, label
from app.views import colors
from app.views.assessment.health_panel import FAIR, GOOD, POOR, health_colour
from app.views.assessment.translated import QT_TRANSLATE_NOOP
from app.views.plain import plain

if TYPE_CHECKING:  # the overview is built before the scoring code is loaded (issue 13)
    from app.assessment.settings import ScoringSettings
    from app.services.portfolio import AccountScore

Index = QModelIndex | QPersistentModelIndex

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


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


#: (title, tooltip), translated where shown (context "PortfolioModel")
HEADERS: dict[Col, tuple[str, str]] = {
    Col.ACCOUNT: (QT_TRANSLATE_NOOP("PortfolioModel", "Account"), ""),
    Col.TIER: (QT_TRANSLATE_NOOP("PortfolioModel", "Tier"),
               QT_TRANSLATE_NOOP("PortfolioModel", "The tier set on the account")),
    Col.COMPUTED: (QT_TRANSLATE_NOOP("PortfolioModel", "Computed tier"),
                   QT_TRANSLATE_NOOP("PortfolioModel", "The tier that current value × potential "
                                     "value suggest; highlighted when it differs from the tier "
                                     "set")),
    Col.HEALTH: (QT_TRANSLATE_NOOP("PortfolioModel", "Health"),
                 QT_TRANSLATE_NOOP("PortfolioModel", "Relationship health today, 0–100")),
    Col.CHANGE: (QT_TRANSLATE_NOOP("PortfolioModel", "Change"),
                 QT_TRANSLATE_NOOP("PortfolioModel", "Health now minus health at the start of "
                                   "the churn-warning window")),
    Col.STAGE: (QT_TRANSLATE_NOOP("PortfolioModel", "Stage"),
                QT_TRANSLATE_NOOP("PortfolioModel", "The relationship stage recorded; ⚠ when "
                                  "the evidence does not support it")),
    Col.TARGET: (QT_TRANSLATE_NOOP("PortfolioModel", "Target"),
                 QT_TRANSLATE_NOOP("PortfolioModel", "The relationship stage aimed for")),
    Col.GAP: (QT_TRANSLATE_NOOP("PortfolioModel", "Gap"),
              QT_TRANSLATE_NOOP("PortfolioModel", "Stage criteria still unmet on the way to the "
                                "target stage")),
    Col.AT_RISK: (QT_TRANSLATE_NOOP("PortfolioModel", "At risk"),
                  QT_TRANSLATE_NOOP("PortfolioModel", "Churn warning: health low or falling "
                                    "fast")),
}

_COLUMNS = len(Col)
#: a sort "column" beyond the shown ones, for "Largest stage gaps": a contradicted stage
#: outranks any gap, then the gap size
GAP_PRIORITY = _COLUMNS
_TIER_ORDER = {t: float(i) for i, t in enumerate(Tier)}
_STAGE_ORDER = {s: float(i) for i, s in enumerate(RelationshipStage)}
_NUMERIC = frozenset({int(Col.HEALTH), int(Col.CHANGE), int(Col.GAP)})
_MUTED = QColor("#78909c")
_MISMATCH = QColor("#fff1cc")
_MISMATCH_HUE = QColor("#ef8f00")
#: per palette (its cacheKey): the rows' grounds, the mismatch tint and each text colour
_PALETTE_LOOKS: dict[int, dict[str, Any]] = {}


def _look() -> dict[str, Any]:
    """The application palette's table colours: the computed tier's "differs" tint
    (light, or deep in a dark palette) and a cache of signal colours made readable on
    both row colours (the lists alternate Base and AlternateBase)."""
    pal = QGuiApplication.palette()
    look = _PALETTE_LOOKS.get(pal.cacheKey())
    if look is None:
        if len(_PALETTE_LOOKS) > 8:
            _PALETTE_LOOKS.clear()
        base = pal.color(QPalette.ColorRole.Base)
        look = _PALETTE_LOOKS[pal.cacheKey()] = {
            "grounds": (base, pal.color(QPalette.ColorRole.AlternateBase)),
            "mismatch": QBrush(colors.tint(base, _MISMATCH_HUE, dark=True)
                               if colors.is_dark(pal) else _MISMATCH),
            "text": {}}
    return look


def readable(colour: QColor) -> QBrush:
    """A list cell's text in ``colour``'s hue, readable (4.5:1) on either row colour."""
    look = _look()
    brush = look["text"].get(colour.rgba())
    if brush is None:
        ensured = colour
        for ground in look["grounds"]:
            ensured = colors.ensure_contrast(ensured, ground)
        brush = look["text"][colour.rgba()] = QBrush(ensured)
    return brush

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_KEY = int(KEY_ROLE)
#: the roles cell() answers; a table asks for ~8 roles per cell, most of them none of these
_ANSWERED = frozenset({_DISPLAY, _TOOLTIP, _ALIGN, _FOREGROUND, _BACKGROUND, _DECORATION, _KEY})
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
_VERTICAL_SORT = QAbstractItemModel.LayoutChangeHint.VerticalSortHint
#: the overload of layout(AboutToBe)Changed with a hint: "rows moved, columns did not"
_WITH_HINT = ("QList<QPersistentModelIndex>", "QAbstractItemModel::LayoutChangeHint")

#: what each column sorts by, per row: see sort_keys()
SortKeys = tuple[Any, ...]
#: roles whose values change with the settings only (colours, thresholds in tooltips)
LOOK_ROLES = [Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.DecorationRole,
              Qt.ItemDataRole.ToolTipRole]
_LOOKS = frozenset(int(role) for role in LOOK_ROLES)
_UNSET = math.inf  # where unset values sort, ascending or descending
#: a list's entries are (sort value, account key, score)
Entry = tuple[Any, str, "AccountScore"]
_VALUE, _ENTRY_KEY, _ENTRY_SCORE = itemgetter(0), itemgetter(1), itemgetter(2)
_FEW = 8  # up to this many rows change: find them one by one instead of a pass over all


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


def name_key(name: str, key: str = "") -> str:
    """How names sort: casefolded with accents set aside ("Émile" between "Emil" and
    "Emma", not after "Z"), then casefolded as written, which orders "Emile" before
    "Émile", then by ``key`` (the account key: no two rows tie).

    Close to what a collator does at its first two levels, without one: QCollator's
    keys compare only through a call into Qt each, ~130,000 calls to sort 10,000 names.
    One string (the parts joined by NUL, which sorts before any other character) so
    that Python compares two of them in one go, not as tuples.
    """
    folded = name.casefold()
    if folded.isascii():
        return f"{folded}\x00{folded}\x00{key}"
    base = "".join(c for c in unicodedata.normalize("NFKD", folded)
                   if not unicodedata.combining(c))
    return f"{base}\x00{folded}\x00{key}"


def _order(order: dict[Any, float], value: Any) -> float | None:
    return None if value is None else order[value]


def sort_keys(score: AccountScore) -> SortKeys:
    """What each column sorts by, indexed by column (None: unset, sorted last either way),
    then the gap priority (GAP_PRIORITY). Computed once per row."""
    delta = change(score)
    return (
        name_key(score.name, score.key),
        _order(_TIER_ORDER, score.tier),
        _order(_TIER_ORDER, score.computed_tier),
        None if score.health is None else float(score.health),
        None if delta is None else float(delta),
        _order(_STAGE_ORDER, score.stage),
        _order(_STAGE_ORDER, score.target),
        float(score.gap),
        0.0 if score.at_risk else 1.0,  # at risk first when ascending
        (1000.0 if score.contradicted else 0.0) + score.gap,  # GAP_PRIORITY
    )


def sort_function(column: int, descending: bool) -> tuple[Callable[[SortKeys], Any], bool]:
    """(key function over a row's sort keys, reverse) to sort rows by ``column``.

    Unset values go last in both directions (as infinity); ties go by name (and
    account key), ascending. Numbers are negated for descending order; names, the
    only text column, are sorted in reverse instead. Sort values are one string or
    (float, string): Python's sort compares most pairs without a call.
    """
    if column == Col.ACCOUNT:
        return itemgetter(Col.ACCOUNT), descending

    # (not defined inside if/else: pyside6-lupdate then loses track of the classes below)
    def ascending_key(k: SortKeys) -> Any:
        v = k[column]
        return (_UNSET if v is None else v, k[0])

    def descending_key(k: SortKeys) -> Any:
        v = k[column]
        return (_UNSET if v is None else -v, k[0])

    return (descending_key if descending else ascending_key), False


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
        self._keys: list[SortKeys] = []  # sort keys, row by row
        self._row_of: dict[str, int] = {}
        self._settings: ScoringSettings | None = None  # the defaults, until set
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
            return self.tr(title)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr(tip) if tip else None
        return None

    def index(self, row: int, column: int,
              parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # The default asks rowCount() and columnCount(): two calls into Python, one here.
        if 0 <= row < len(self._rows) and 0 <= column < _COLUMNS and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if row < 0 or role not in _ANSWERED:
            return None
        return self.cell(self._rows[row], index.column(), role)

    def cell(self, score: AccountScore, col: int, role: int) -> Any:
        """What a list shows of ``score`` in column ``col`` for ``role`` (its data())."""
        if role == _DISPLAY:
            return self._text(score, col)
        if role == _KEY:
            return score.key
        if role == _FOREGROUND:
            colour = self._foreground(score, col)
            return None if colour is None else readable(colour)
        if role == _DECORATION:
            return self._dot(health_colour(score.health, self.settings)) \
                if col == Col.HEALTH else None
        if role == _BACKGROUND:
            return _look()["mismatch"] if col == Col.COMPUTED and tiers_differ(score) else None
        if role == _ALIGN:
            return _RIGHT if col in _NUMERIC else None
        if role == _TOOLTIP:
            return plain(self._tooltip(score, col)) or None  # names: never markup
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
                self._keys[row] = sort_keys(score)
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
            self._keys.extend(sort_keys(s) for s in new)
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
        if self._rows:  # only looks change: the lists neither re-sort nor re-filter
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, _COLUMNS - 1),
                                  LOOK_ROLES)

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

    def entries(self, first: int = 0,
                stop: int | None = None) -> Iterator[tuple[AccountScore, SortKeys]]:
        """(score, sort keys) of rows ``first`` up to ``stop``, in model order."""
        if first == 0 and stop is None:  # no copies: sorting is mostly allocating
            return zip(self._rows, self._keys, strict=True)
        return zip(self._rows[first:stop], self._keys[first:stop], strict=True)

    @property
    def settings(self) -> ScoringSettings:
        if self._settings is None:
            from app.assessment.settings import ScoringSettings

            self._settings = ScoringSettings()
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
        """One dataChanged per run of adjacent rows."""
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
        return QCoreApplication.translate("PortfolioModel", "⚠ At risk") if score.at_risk else ""

    def _foreground(self, score: AccountScore, col: int) -> QColor | None:
        if col == Col.CHANGE:
            delta = change(score)
            if delta is None or delta == 0:
                return _MUTED if delta == 0 else None
            return GOOD if delta > 0 else POOR if delta <= -self.settings.drop_points else FAIR
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
                return self.tr(
                    "No tier computed: revenue, potential or an exchange rate "
                    "is missing.")
            if tiers_differ(score):
                return self.tr(
                    "The figures suggest {computed}; the tier set is {tier}."
                ).format(computed=label(score.computed_tier), tier=label(score.tier))
            return ""
        if col == Col.HEALTH and score.health is None:
            return self.tr("Not enough data to score health.")
        if col == Col.CHANGE and change(score) is not None:
            return self.tr(
                "Health {before} %n days ago, {now} now", "",
                self.settings.drop_window_days).format(before=score.health_before,
                                                       now=score.health)
        if col == Col.STAGE and score.contradicted:
            return self.tr(
                "The recorded stage is above what the evidence supports.")
        if col == Col.GAP and score.target is not None:
            return self.tr(
                "Stage criteria unmet on the way to {stage}: %n", "",
                score.gap).format(stage=label(score.target))
        if col == Col.AT_RISK:
            return score.risk_reason
        return ""


class ScoreProxy(QAbstractTableModel):
    """A sorted, optionally filtered list of a :class:`PortfolioModel`'s rows.

    Not a QSortFilterProxyModel: that one calls ``data()`` for both values of every
    comparison. This one sorts the rows in Python over the keys the source computed
    once per row, keeps them as a list, and follows the source's changes: rows of a
    batch are merged into the list, edited rows move to their new place, and every
    move is announced as a layout change with persistent indexes (the selection and
    the current row) moved along, so the views keep what the user picked.

    ``accept`` keeps only some rows. The sort column may also be GAP_PRIORITY.
    """

    def __init__(self, parent: Any = None,
                 accept: Callable[[AccountScore], bool] | None = None) -> None:
        super().__init__(parent)
        self._accept = accept
        self._source: PortfolioModel | None = None
        self._column = -1  # -1: the source's order
        self._descending = False
        self._entries: list[Entry] = []  # sorted
        # what the rows show: the entries' scores and keys (in between while rows move)
        self._rows: list[AccountScore] = []
        self._keys: list[str] = []
        self._row_of: dict[str, int] | None = None  # built on demand
        self._leaving: list[str] = []  # keys of source rows about to be removed

    # -- source ----------------------------------------------------------------------
    def setSourceModel(self, model: PortfolioModel) -> None:  # noqa: N802 (as QSFPM)
        if self._source is not None:
            for signal, slot in self._connections(self._source):
                signal.disconnect(slot)
        self._source = model
        for signal, slot in self._connections(model):
            signal.connect(slot)
        self._on_reset()

    def sourceModel(self) -> PortfolioModel | None:  # noqa: N802
        return self._source

    def _connections(self, model: PortfolioModel) -> list[tuple[Any, Callable[..., None]]]:
        return [(model.rowsInserted, self._on_inserted), (model.dataChanged, self._on_changed),
                (model.rowsAboutToBeRemoved, self._on_about_to_remove),
                (model.rowsRemoved, self._on_removed), (model.modelReset, self._on_reset)]

    # -- Qt model interface --------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else _COLUMNS

    def index(self, row: int, column: int,
              parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if 0 <= row < len(self._rows) and 0 <= column < _COLUMNS and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._source is None:
            return None
        return self._source.headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if row < 0 or role not in _ANSWERED or self._source is None:
            return None
        return self._source.cell(self._rows[row], index.column(), role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column`` (or GAP_PRIORITY; -1: the source's order), unset values last."""
        self._column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        if self._source is not None:
            self._apply(self._sorted(self._decorate(self._source.entries())))

    def sort_column(self) -> int:
        return self._column

    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder

    # -- lookups -------------------------------------------------------------------------
    def key_at(self, row: int) -> str:
        return self._keys[row]

    def keys(self) -> list[str]:
        return list(self._keys)

    def score_at(self, row: int) -> AccountScore:
        return self._rows[row]

    def row_of(self, key: str) -> int:
        if self._row_of is None:
            self._row_of = {k: row for row, k in enumerate(self._keys)}
        return self._row_of.get(key, -1)

    # -- following the source ------------------------------------------------------------
    def _on_inserted(self, _parent: Index, first: int, last: int) -> None:
        assert self._source is not None
        new = self._sorted(self._decorate(self._source.entries(first, last + 1)))
        if new:
            self._apply(self._merged(list(self._entries), new), added=new)

    def _on_changed(self, top_left: Index, bottom_right: Index,
                    roles: Sequence[int] = ()) -> None:
        assert self._source is not None
        if roles and not set(map(int, roles)) - _LOOKS:  # looks only: order and rows stay
            if self._rows:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(self._rows) - 1, _COLUMNS - 1), roles)
            return
        changed = list(self._source.entries(top_left.row(), bottom_right.row() + 1))
        kept = self._without({score.key for score, _ in changed})
        self._apply(self._merged(kept, self._sorted(self._decorate(changed))), repaint=True)

    def _on_about_to_remove(self, _parent: Index, first: int, last: int) -> None:
        assert self._source is not None
        self._leaving = [self._source.key_at(row) for row in range(first, last + 1)]

    def _on_removed(self, *_args: Any) -> None:
        leaving, self._leaving = set(self._leaving), []
        if not leaving.isdisjoint(self._keys):
            self._apply(self._without(leaving))

    def _on_reset(self) -> None:
        assert self._source is not None
        self.beginResetModel()
        self._entries = self._sorted(self._decorate(self._source.entries()))
        self._set_rows(list(map(_ENTRY_SCORE, self._entries)),
                       list(map(_ENTRY_KEY, self._entries)))
        self.endResetModel()

    # -- sorting -------------------------------------------------------------------------
    def _decorate(self, entries: Iterable[tuple[AccountScore, SortKeys]]) -> list[Entry]:
        """The accepted entries with their sort values, in the order given."""
        if self._accept is not None:
            accept = self._accept
            entries = (entry for entry in entries if accept(entry[0]))
        if self._column < 0:  # the source's order: where the row was when it came
            assert self._source is not None
            row_of = self._source.row_of
            return [(row_of(score.key), score.key, score) for score, _ in entries]
        key, _ = sort_function(self._column, self._descending)
        return [(key(keys), score.key, score) for score, keys in entries]

    def _reversed(self) -> bool:
        return self._column == Col.ACCOUNT and self._descending

    def _sorted(self, entries: list[Entry]) -> list[Entry]:
        entries.sort(key=_VALUE, reverse=self._reversed())
        return entries

    def _merged(self, entries: list[Entry], new: list[Entry]) -> list[Entry]:
        """Sorted ``new`` into sorted ``entries`` (which it changes): a few by bisection,
        more as one sort, in which Timsort finds the two runs and merges them."""
        if len(new) <= _FEW and not self._reversed():
            for entry in new:
                insort(entries, entry, key=_VALUE)
            return entries
        entries += new
        return self._sorted(entries)

    def _without(self, keys: set[str]) -> list[Entry]:
        """A copy of the entries without those of ``keys``."""
        if len(keys) > _FEW:
            return [entry for entry in self._entries if entry[1] not in keys]
        entries = list(self._entries)
        listed = list(map(_ENTRY_KEY, entries))
        for row in sorted((listed.index(k) for k in keys if k in listed), reverse=True):
            del entries[row]
        return entries

    # -- telling the views ---------------------------------------------------------------
    def _set_rows(self, rows: list[AccountScore], keys: list[str]) -> None:
        self._rows, self._keys = rows, keys
        self._row_of = None

    def _apply(self, entries: list[Entry], repaint: bool = False,
               added: list[Entry] | None = None) -> None:
        """Show ``entries`` (sorted) in place of the rows shown: rows that went are
        removed, new ones inserted at the end, then all put in order in one layout
        change. ``repaint``: some rows kept their key but got new scores; ``added``:
        the entries new to the list, when nothing else changed."""
        self._entries = entries
        rows = list(map(_ENTRY_SCORE, entries))
        keys = list(map(_ENTRY_KEY, entries))
        if keys == self._keys:
            self._set_rows(rows, keys)
        else:
            self._move_rows(rows, keys, added)
        if repaint and rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, _COLUMNS - 1))

    def _move_rows(self, rows: list[AccountScore], keys: list[str],
                   added: list[Entry] | None) -> None:
        if added is None:
            staying = set(keys)
            same = len(keys) == len(self._keys) and staying.issuperset(self._keys)
            gone = [] if same else [row for row, key in enumerate(self._keys)
                                    if key not in staying]
            for first, last in reversed(_runs(gone)):
                self.beginRemoveRows(QModelIndex(), first, last)
                self._set_rows(self._rows[:first] + self._rows[last + 1:],
                               self._keys[:first] + self._keys[last + 1:])
                self.endRemoveRows()
            if len(self._keys) < len(keys):  # those still shown are all in ``keys``
                there = set(self._keys)
                added = [entry for entry in entries_of(rows, keys) if entry[1] not in there]
        if added:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
            self._set_rows(self._rows + list(map(_ENTRY_SCORE, added)),
                           self._keys + list(map(_ENTRY_KEY, added)))
            self.endInsertRows()
        if self._keys == keys:
            self._set_rows(rows, keys)
            return
        self.layoutAboutToBeChanged[_WITH_HINT].emit([], _VERTICAL_SORT)  # type: ignore[index]
        old = self.persistentIndexList()  # the selection and current row, mostly
        moved = [(self._keys[index.row()], index.column()) for index in old]
        self._set_rows(rows, keys)
        if len(moved) <= _FEW:  # no key → row map for a handful
            where = {key: keys.index(key) for key, _ in moved}
        else:
            where = {key: self.row_of(key) for key, _ in moved}
        self.changePersistentIndexList(old, [self.index(where[key], column)
                                             for key, column in moved])
        self.layoutChanged[_WITH_HINT].emit([], _VERTICAL_SORT)  # type: ignore[index]


def entries_of(rows: list[AccountScore], keys: list[str]) -> Iterator[Entry]:
    """Rows as entries without a sort value (for what only looks at keys and scores)."""
    return ((None, key, score) for score, key in zip(rows, keys, strict=True))


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Ascending row numbers as (first, last) runs of adjacent rows."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs
