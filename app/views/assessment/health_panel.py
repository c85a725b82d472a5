"""Health score with every component's contribution, the tier grid placement, and
the KAM selection checklist: scores a manager can explain to anyone."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import FitCriterion, Tier, label
from app.views import colors
from app.views.assessment.translated import QT_TRANSLATE_NOOP, TranslatedHeaders
from app.views.formatting import decimals_needed, display_locale
from app.views.plain import plain

if TYPE_CHECKING:  # (the portfolio overview, the first screen, uses the colours alone)
    from app.assessment.health import Health
    from app.assessment.selection import Fit
    from app.assessment.settings import ScoringSettings
    from app.assessment.tiering import TierPlacement

Index = QModelIndex | QPersistentModelIndex
GOOD, FAIR, POOR = QColor("#2e7d32"), QColor("#ef8f00"), QColor("#c62828")
UNKNOWN = QColor("#78909c")  # no health score
NOT_SCORED = QColor("#90a4ae")  # a component or criterion without a score


def _on_base(colour: QColor) -> QBrush:
    """A table cell's text in ``colour``'s hue, readable (4.5:1) on the palette's Base."""
    base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    return QBrush(colors.ensure_contrast(colour, base))


def health_colour(score: int | None, settings: ScoringSettings) -> QColor:
    """Red below the churn threshold, amber up to 70, green above."""
    if score is None:
        return QColor(UNKNOWN)
    if score < settings.churn_threshold:
        return POOR
    return FAIR if score < 70 else GOOD


def _points(value: float) -> str:
    """Up to two decimals, exactly as computed: '6.25', '12.5', '25' (one decimal
    rounded would make the rows not add up to the score when checked by hand), with
    the user's decimal sign ('6,25' in Russian)."""
    rounded = round(value, 2)
    return display_locale().toString(rounded, "f", decimals_needed(rounded, 2))


def _table(model: QAbstractTableModel, stretch: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.setWordWrap(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # as tall as its few rows, so the page reads top to bottom without inner scrolling
    view.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
    return view


class HealthModel(TranslatedHeaders):
    """One row per component: weight, score, points added, and why."""

    HEADERS = (QT_TRANSLATE_NOOP("HealthModel", "Component"),
               QT_TRANSLATE_NOOP("HealthModel", "Weight"),
               QT_TRANSLATE_NOOP("HealthModel", "Score"),
               QT_TRANSLATE_NOOP("HealthModel", "Points"),
               QT_TRANSLATE_NOOP("HealthModel", "Why"))

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.health: Health | None = None

    def load(self, health: Health | None) -> None:
        self.beginResetModel()
        self.health = health
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.health is None else len(self.health.components)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.health is None:
            return None
        c = self.health.components[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return c.label
            if col == 1:
                return str(c.weight)
            if col == 2:
                return self.tr("no data") if c.score is None else f"{c.score:.0%}"
            if col == 3:
                if c.score is None:
                    return "—"
                return self.tr("{points} of {available}").format(
                    points=_points(c.contribution),
                    available=_points(self.health.available(c)))
            return c.detail
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (1, 2, 3):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ForegroundRole:
            if c.score is None:
                return _on_base(NOT_SCORED)
            if col == 2:
                return _on_base(GOOD if c.score >= 0.7 else FAIR if c.score >= 0.4 else POOR)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain(c.detail)  # names the people it counts
        return None


class FitModel(TranslatedHeaders):
    """The KAM selection checklist; the score column is edited with a 1–5 spin box."""

    #: (criterion, score 1–5 or None)
    scoreRequested = Signal(str, object)
    HEADERS = (QT_TRANSLATE_NOOP("FitModel", "Criterion"),
               QT_TRANSLATE_NOOP("FitModel", "Score (1–5)"),
               QT_TRANSLATE_NOOP("FitModel", "What to consider"))

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.fit: Fit | None = None

    def load(self, fit: Fit | None) -> None:
        self.beginResetModel()
        self.fit = fit
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.fit is None else len(self.fit.items)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == 1 else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.fit is None:
            return None
        item = self.fit.items[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 1:
                return "●" * item.score + "○" * (5 - item.score) if item.score \
                    else self.tr("not scored")
            return (item.label, None, item.question)[col]
        if role == Qt.ItemDataRole.EditRole and col == 1:
            return item.score or 0
        if role == Qt.ItemDataRole.ForegroundRole and col == 1 and not item.score:
            return _on_base(NOT_SCORED)
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.question
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if self.fit is None or not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        score = int(value) or None  # 0 in the spin box means "not scored"
        item = self.fit.items[index.row()]
        if score != item.score:
            criterion = str(FitCriterion(item.criterion))
            # after the editor is closed (the edit reloads this model)
            QTimer.singleShot(0, lambda: self.scoreRequested.emit(criterion, score))
        return False


class ScoreDelegate(QStyledItemDelegate):
    """1–5 with 0 shown as "not scored"."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        spin = QSpinBox(parent)
        spin.setRange(0, 5)
        spin.setSpecialValueText(self.tr("not scored"))
        return spin


def _warning_look(label: QWidget) -> None:
    """The churn warning: a red-tinted box (light or deep, as the palette is) with text
    that reads on it."""
    pal = QGuiApplication.palette()
    dark = colors.is_dark(pal)
    background = colors.tint(pal.color(QPalette.ColorRole.Window), POOR, dark)
    text = colors.readable_on(background, pal.color(QPalette.ColorRole.WindowText)
                              if dark else QColor("#8e1c14"))
    label.setStyleSheet(f"background: {background.name()}; color: {text.name()}; "
                        "padding: 6px; border-radius: 4px;")


class HealthPanel(QWidget):
    settingsRequested = Signal()
    #: the manual tier should become the computed one
    tierRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown: tuple[Any, ...] | None = None  # what load() was given, to repaint
        self.score = QLabel()
        self.score.setObjectName("healthScore")
        self.trend = QLabel()
        self.trend.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)  # names are data, not markup
        colors.follow_palette(self.warning, _warning_look)
        settings = QPushButton(self.tr("Scoring &settings…"))
        settings.clicked.connect(self.settingsRequested)
        head = QHBoxLayout()
        head.addWidget(self.score)
        head.addWidget(self.trend, 1)
        head.addWidget(settings, 0, Qt.AlignmentFlag.AlignTop)
        self.model = HealthModel(self)
        self.table = _table(self.model, 4)

        self.tier = QLabel()
        self.tier.setWordWrap(True)
        self.tier.setTextFormat(Qt.TextFormat.RichText)
        self.use_tier = QPushButton(self.tr("Use the computed tier"))
        self.use_tier.clicked.connect(self._use_computed_tier)
        self._computed: Tier | None = None
        tier_box = QGroupBox(self.tr("Tier: current value × potential value"))
        tier_layout = QHBoxLayout(tier_box)
        tier_layout.addWidget(self.tier, 1)
        tier_layout.addWidget(self.use_tier, 0, Qt.AlignmentFlag.AlignTop)

        self.fit_model = FitModel(self)
        self.fit_table = _table(self.fit_model, 2)
        self.fit_table.setItemDelegateForColumn(1, ScoreDelegate(self.fit_table))
        self.fit_table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                       | QAbstractItemView.EditTrigger.EditKeyPressed
                                       | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.fit_total = QLabel()
        self.fit_total.setWordWrap(True)
        fit_box = QGroupBox(self.tr("KAM selection checklist"))
        fit_box.setToolTip(self.tr("How well does this account fit as a key account?"))
        fit_layout = QVBoxLayout(fit_box)
        fit_layout.addWidget(self.fit_total)
        fit_layout.addWidget(self.fit_table)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.warning)
        layout.addWidget(self.table)
        layout.addWidget(tier_box)
        layout.addWidget(fit_box)
        layout.addStretch(1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ApplicationPaletteChange and self._shown is not None:
            self.load(*self._shown)  # the colours in the texts follow the palette
        super().changeEvent(event)

    def _use_computed_tier(self) -> None:
        if self._computed is not None:  # never "use" a tier that could not be computed
            self.tierRequested.emit(self._computed)

    def load(self, now: Health | None, then: Health | None, warning: str | None,
             placement: TierPlacement | None, manual: Tier | None, fit: Fit | None,
             settings: ScoringSettings) -> None:
        self._shown = (now, then, warning, placement, manual, fit, settings)
        self.model.load(now)
        self.fit_model.load(fit)
        score = now.score if now is not None else None
        # large text (28 pt): 3:1 against the window
        colour = colors.css(colors.signal(health_colour(score, settings),
                                          minimum=colors.GRAPHIC_AA))
        self.score.setText(f"<span style='font-size: 28pt; font-weight: 600; color: {colour}'>"
                           f"{score if score is not None else '–'}</span>"
                           f"<span style='color: {colors.css(colors.muted())}'> "
                           + self.tr("/ 100 health") + "</span>")
        self.score.setAccessibleName(self.tr("Health {score} of 100").format(
            score=score if score is not None else self.tr("unknown")))
        self.trend.setText(self._trend_text(now, then, settings))
        self.warning.setVisible(bool(warning))
        self.warning.setText(f"⚠ {warning}" if warning else "")
        self._show_tier(placement, manual)
        if fit is None or fit.score is None:
            self.fit_total.setText(self.tr("Not scored yet: double-click a score to rate each "
                                           "criterion from 1 (poor fit) to 5 (excellent)."))
        else:
            self.fit_total.setText(self.tr(
                "<b>Fit {score}/100 — {verdict}</b> ({answered} of {total} criteria scored)"
            ).format(score=fit.score, verdict=self._verdict(fit.verdict), answered=fit.answered,
                     total=len(fit.items)))

    def _verdict(self, verdict: str | None) -> str:
        """The fit's verdict (a key of ``app.assessment.selection``) in words."""
        words = {"strong": self.tr("strong"), "moderate": self.tr("moderate"),
                 "weak": self.tr("weak")}
        return words.get(verdict or "", verdict or "")

    def _trend_text(self, now: Health | None, then: Health | None,
                    settings: ScoringSettings) -> str:
        if now is None or now.score is None or then is None or then.score is None:
            return ""
        delta = now.score - then.score
        arrow = "▲" if delta > 0 else "▼" if delta < 0 else "■"
        colour = colors.signal(GOOD) if delta > 0 else colors.signal(POOR) \
            if delta <= -settings.drop_points else colors.signal(FAIR) if delta < 0 \
            else colors.muted()
        return f"<span style='color: {colour.name()}'>{arrow} {delta:+d}</span> " + self.tr(
            "since {date} (then {score}); churn warning below {threshold} or a fall of "
            "{points} within %n days", "", settings.drop_window_days).format(
                date=then.as_of.isoformat(), score=then.score,
                threshold=settings.churn_threshold, points=settings.drop_points)

    def _show_tier(self, placement: TierPlacement | None, manual: Tier | None) -> None:
        self._computed = placement.tier if placement is not None else None
        if placement is None:
            self.tier.setText("")
            self.use_tier.hide()
            return
        computed = label(placement.tier) if placement.tier else self.tr("cannot be computed")
        text = (self.tr("Manual tier: <b>{manual}</b> · computed tier: <b>{computed}</b>")
                .format(manual=label(manual) or self.tr("not set"), computed=computed)
                + f"<br><span style='color: {colors.css(colors.muted())}'>"
                f"{escape(placement.reason)}</span>")
        differs = placement.tier is not None and placement.tier != manual
        if differs and manual is not None:
            text = (f"<span style='color: {colors.css(colors.signal(POOR))}'>"
                    + self.tr("⚠ The tiers differ.")
                    + "</span> " + text)
        self.tier.setText(text)
        self.use_tier.setVisible(differs)
