"""Table models of the Stages tab: evidence checklist, stage history, person history.

The models show an account document; edits leave as signals and come back as a
new document after the undoable command ran, so the models never change data.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette

from app.assessment.people import PersonStep, person_timeline
from app.assessment.stages import LADDER, CriterionResult, StageGap, StageStep, stage_timeline
from app.models.account import AccountFile
from app.models.enums import RELATIONSHIP_LABELS, Evidence, RelationshipStage, label
from app.views import colors
from app.views.assessment.translated import QT_TRANSLATE_NOOP, TranslatedHeaders
from app.views.plain import plain

Index = QModelIndex | QPersistentModelIndex
MET = QColor("#2e7d32")
UNMET = QColor("#c62828")
MUTED = QColor("#78909c")
#: the gap rows' tint in a light palette (a dark palette gets a deeper amber)
GAP = QColor("#fff4e0")
_GAP_HUE = QColor("#ef8f00")


def gap_colour(palette: QPalette | None = None) -> QColor:
    """The background of a checklist row in the gap to the target stage: a light amber
    in a light palette, a deep one over the Base of a dark palette; the palette's Text
    reads on both (checked by the tests)."""
    pal = palette if palette is not None else QGuiApplication.palette()
    base = pal.color(QPalette.ColorRole.Base)
    return colors.tint(base, _GAP_HUE, dark=True) if colors.is_dark(pal) else QColor(GAP)


def on_row(colour: QColor, background: QColor | None = None) -> QBrush:
    """A table cell's text in a signal ``colour`` (green met, red unmet, grey), readable
    (4.5:1) on ``background`` (the palette's Base when None)."""
    bg = background if background is not None else \
        QGuiApplication.palette().color(QPalette.ColorRole.Base)
    return QBrush(colors.ensure_contrast(colour, bg))


def plain_text() -> QColor:
    """The palette's own text colour for table cells (instead of a fixed dark grey)."""
    return QGuiApplication.palette().color(QPalette.ColorRole.Text)


class EvidenceModel(TranslatedHeaders):
    """Every criterion of every stage; the user's own criteria are checkable.

    Rows in the gap (between the current and the target stage) are tinted, so
    the checklist doubles as the to-do list for reaching the target.
    """

    #: (criterion id, ticked)
    tickRequested = Signal(str, bool)
    HEADERS = (QT_TRANSLATE_NOOP("EvidenceModel", "Stage"),
               QT_TRANSLATE_NOOP("EvidenceModel", "Criterion"),
               QT_TRANSLATE_NOOP("EvidenceModel", "Evidence"))

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.results: list[CriterionResult] = []
        self._gap: set[str] = set()

    def load(self, gap: StageGap | None) -> None:
        self.beginResetModel()
        self.results = list(gap.results) if gap is not None else []
        self._gap = {r.criterion.id for r in gap.unmet} if gap is not None else set()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.results)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 1 and not self.results[index.row()] \
                .criterion.computed:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        result = self.results[index.row()]
        criterion, col = result.criterion, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return label(criterion.stage)
            if col == 1:
                return ("✓ " if result.met else "✗ ") + criterion.title \
                    if criterion.computed else criterion.title
            return result.detail
        if role == Qt.ItemDataRole.CheckStateRole and col == 1 and not criterion.computed:
            return Qt.CheckState.Checked if result.met else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole:
            background = gap_colour() if criterion.id in self._gap else None
            if col == 1 and criterion.computed:
                return on_row(MET if result.met else UNMET, background)
            if col == 0:
                return on_row(MUTED, background)
            return QBrush(colors.readable_on(background, plain_text())) \
                if background is not None else None
        if role == Qt.ItemDataRole.BackgroundRole and criterion.id in self._gap:
            return QBrush(gap_colour())
        if role == Qt.ItemDataRole.ToolTipRole:
            head = (self.tr("{criterion} (from the data)") if criterion.computed
                    else self.tr("{criterion} (your judgement: tick it)")).format(
                        criterion=criterion.title)
            text = f"{head}\n{criterion.explanation}\n\n{result.detail}"
            if criterion.id in self._gap:
                text += "\n" + self.tr("In the gap to the target stage.")
            return plain(text)  # the detail names people
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        criterion = self.results[index.row()].criterion
        if criterion.computed:
            return False
        ticked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.tickRequested.emit(str(Evidence(criterion.id)), ticked)
        return False  # the new document, not this call, changes what is shown


class StageHistoryModel(TranslatedHeaders):
    """The stage timeline, oldest first; date and note can be corrected in place."""

    #: (index in the document's stage_history, {field: value})
    editRequested = Signal(int, object)
    HEADERS = (QT_TRANSLATE_NOOP("StageHistoryModel", "Date"),
               QT_TRANSLATE_NOOP("StageHistoryModel", "From"),
               QT_TRANSLATE_NOOP("StageHistoryModel", "To"),
               QT_TRANSLATE_NOOP("StageHistoryModel", "Note"))

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.steps: list[StageStep] = []
        self.order: list[int] = []  # row -> index in doc.stage_history

    def load(self, doc: AccountFile | None) -> None:
        self.beginResetModel()
        if doc is None:
            self.steps, self.order = [], []
        else:
            self.steps = stage_timeline(doc)
            # the same stable sort as stage_timeline, to know which entry a row is
            self.order = sorted(range(len(doc.stage_history)),
                                key=lambda i: doc.stage_history[i].date)
        self.endResetModel()

    def entry_index(self, row: int) -> int:
        return self.order[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.steps)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in (0, 3):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        step, col = self.steps[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (step.date.isoformat(), label(step.previous) or "—", label(step.stage),
                    (step.note or "").replace("\n", " "))[col]
        if role == Qt.ItemDataRole.EditRole:
            if col == 0:
                return QDate(step.date.year, step.date.month, step.date.day)
            return step.note or ""
        if role == Qt.ItemDataRole.ForegroundRole and col == 2:
            return on_row(self._direction_colour(step))
        if role == Qt.ItemDataRole.FontRole and col == 2:
            font = QFont()
            font.setBold(True)
            return font
        return None

    @staticmethod
    def _direction_colour(step: StageStep) -> QColor:
        """Green for a step up the ladder, red for a step down or a breakdown."""
        if step.stage == RelationshipStage.DISINTEGRATING:
            return UNMET
        if step.previous in LADDER and step.stage in LADDER:
            return MET if LADDER.index(step.stage) > LADDER.index(step.previous) else UNMET
        return plain_text()

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        if index.column() == 0:
            day = value.toPython() if isinstance(value, QDate) else value
            if not isinstance(day, dt.date):
                return False
            changes: dict[str, Any] = {"date": day.isoformat()}
        else:
            changes = {"note": str(value).strip() or None}
        entry = self.entry_index(index.row())
        # after the editor is closed (the edit reloads this model)
        QTimer.singleShot(0, lambda: self.editRequested.emit(entry, changes))
        return False


def _level(value: str | int | None) -> str:
    if isinstance(value, int):
        return RELATIONSHIP_LABELS.get(value, str(value))
    return label(value) or "—"


class PersonHistoryModel(TranslatedHeaders):
    """How each relationship moved: stance and relationship-strength changes."""

    HEADERS = (QT_TRANSLATE_NOOP("PersonHistoryModel", "Date"),
               QT_TRANSLATE_NOOP("PersonHistoryModel", "Person"),
               QT_TRANSLATE_NOOP("PersonHistoryModel", "Change"),
               QT_TRANSLATE_NOOP("PersonHistoryModel", "From"),
               QT_TRANSLATE_NOOP("PersonHistoryModel", "To"),
               QT_TRANSLATE_NOOP("PersonHistoryModel", "Note"))
    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.steps: list[PersonStep] = []

    def load(self, doc: AccountFile | None) -> None:
        self.beginResetModel()
        self.steps = list(reversed(person_timeline(doc))) if doc is not None else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.steps)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        step, col = self.steps[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            what = self.tr("Stance") if step.field == "stance" else self.tr("Relationship")
            return (step.date.isoformat(), step.name, what, _level(step.old), _level(step.new),
                    (step.note or "").replace("\n", " "))[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain(step.describe() + (f"\n{step.note}" if step.note else ""))
        if role == Qt.ItemDataRole.ForegroundRole and col == 4:
            return on_row(self._warmer(step))
        if role == self.ID_ROLE:
            return step.stakeholder
        return None

    @staticmethod
    def _warmer(step: PersonStep) -> QColor:
        order = ["blocker", "skeptic", "neutral", "supporter", "champion"]
        old, new = step.old, step.new
        if step.field == "stance":
            old = order.index(str(old)) if old is not None else None
            new = order.index(str(new)) if new is not None else None
        if isinstance(old, int) and isinstance(new, int) and old != new:
            return MET if new > old else UNMET
        return plain_text()


class PersonFilter(QSortFilterProxyModel):
    """Show one person's history (None: everyone's)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.person: str | None = None

    def set_person(self, person: str | None) -> None:
        self.beginFilterChange()
        self.person = person
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self.person is None:
            return True
        model = self.sourceModel()
        return bool(model.index(source_row, 0, source_parent).data(PersonHistoryModel.ID_ROLE)
                    == self.person)
