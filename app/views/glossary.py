"""Help › Glossary: what the map's badges, fills and borders, the relationship stages and
the findings mean, in the window's language and in the words of the legend.

The words and their meanings come from :mod:`app.graph.glossary` (no Qt); this module
shows them in a list with the map's own swatches (a badge's pill, a stance's fill, a
relationship's border) and a filter box. Everything is plain text.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.graph import glossary
from app.models.enums import Stance
from app.views.map import style
from app.views.map.items import BADGE_FONT
from app.views.plain import PlainLabel

# what the filter matches: the term, the badge, the meaning and the section's heading
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
# an entry's (section, key); a heading's (section, "")
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
SWATCH = QSize(40, 18)


def swatch(entry: glossary.Entry, background: QColor, ratio: float = 1.0) -> QPixmap:
    """The entry's mark as the map draws it (blank where the map has none, so the terms
    line up): a role's badge pill, a stance's fill, a relationship's border, on
    ``background``."""
    pixmap = QPixmap(round(SWATCH.width() * ratio), round(SWATCH.height() * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    if entry.section not in ("role", "stance", "strength") or (
            entry.section == "role" and not entry.badge):
        return pixmap
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = QRectF(4, 2, SWATCH.width() - 8, SWATCH.height() - 4)
    border = style.on_canvas(style.BORDER, background)
    if entry.section == "role":
        p.setFont(BADGE_FONT)
        width = min(QFontMetricsF(BADGE_FONT).horizontalAdvance(entry.badge) + 8,
                    float(SWATCH.width()))
        pill = QRectF(box.center().x() - width / 2, box.top(), width, box.height())
        p.setPen(QPen(QColor("#cfd8dc"), 0.8))
        p.setBrush(QBrush(style.BADGE_FILL))
        p.drawRoundedRect(pill, 4, 4)
        p.setPen(style.BADGE_TEXT)
        p.drawText(pill, Qt.AlignmentFlag.AlignCenter, entry.badge)
    elif entry.section == "stance":
        p.setPen(QPen(border, 1))
        p.setBrush(QBrush(style.STANCE_FILL[Stance(entry.key) if entry.key else None]))
        p.drawRoundedRect(box, 3, 3)
    else:  # as on the map: the card's border against the canvas
        width, pen_style = style.border(int(entry.key))
        p.setPen(QPen(border, width, pen_style))
        p.setBrush(QBrush(background))
        p.drawRoundedRect(box.adjusted(2, 1, -2, -1), 3, 3)
    p.end()
    return pixmap


class GlossaryModel(QStandardItemModel):
    """The glossary as a tree: a heading row per section, its entries below, two columns
    (term, meaning); the swatches drawn on ``background``."""

    def __init__(self, background: QColor, ratio: float = 1.0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels([self.tr("Term"), self.tr("Meaning")])
        entries = glossary.entries()
        for section, _english in glossary.SECTIONS:
            title = glossary.section_title(section)
            heading = QStandardItem(title)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            heading.setData(title, SEARCH_ROLE)
            heading.setData((section, ""), KEY_ROLE)
            heading.setSelectable(False)
            heading.setEditable(False)
            filler = QStandardItem("")
            filler.setEditable(False)
            filler.setSelectable(False)
            for entry in (e for e in entries if e.section == section):
                term = QStandardItem(entry.term)
                term.setEditable(False)
                term.setData(swatch(entry, background, ratio),
                             Qt.ItemDataRole.DecorationRole)
                term.setData(entry.badge + "\x1f" + entry.term + "\x1f" + entry.meaning,
                             SEARCH_ROLE)
                term.setData((section, entry.key), KEY_ROLE)
                term.setData(f"{entry.badge}: {entry.term}" if entry.badge else entry.term,
                             Qt.ItemDataRole.AccessibleTextRole)
                meaning = QStandardItem(entry.meaning)
                meaning.setEditable(False)
                heading.appendRow([term, meaning])
            self.appendRow([heading, filler])


class GlossaryFilter(QSortFilterProxyModel):
    """Entries whose term, badge or meaning hold the typed text, with their heading; a
    heading that holds it keeps its whole section."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFilterRole(SEARCH_ROLE)
        self.setFilterKeyColumn(0)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their text wrapped to the column's width (a tree view does not
    wrap on its own), headings with room above them."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
                 ) -> QSize:
        hint = super().sizeHint(option, index)
        if not index.parent().isValid():  # a heading: across both columns
            return QSize(hint.width(), hint.height() + 10)
        if index.column() != 1:
            return hint
        width = self.view.header().sectionSize(1) - 12  # the cell's text margins
        text = str(index.data() or "")
        box = option.fontMetrics.boundingRect(
            0, 0, max(width, 40), 100_000, int(Qt.TextFlag.TextWordWrap), text)
        return QSize(hint.width(), max(hint.height(), box.height() + 6))


class GlossaryDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Glossary"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter: a word, a badge or a meaning…"))
        self.filter.setClearButtonEnabled(True)
        self.source = GlossaryModel(self.palette().color(QPalette.ColorRole.Base),
                                    self.devicePixelRatioF(), self)
        self.model = GlossaryFilter(self)
        self.model.setSourceModel(self.source)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setIconSize(SWATCH)
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        self.tree.header().sectionResized.connect(
            lambda *_: self.tree.scheduleDelayedItemsLayout())
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.header().setStretchLastSection(True)
        self.tree.header().setSectionsMovable(False)
        self.empty = PlainLabel(wrap=True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._on_filter)
        self.resize(860, 620)
        self._lay_out()
        # the term column as wide as the longest term (at most about half the width),
        # set once: it does not jump while the filter is typed
        metrics = self.tree.fontMetrics()
        widest = max(metrics.horizontalAdvance(term) for _s, _k, term in self.terms())
        self.tree.header().resizeSection(
            0, min(widest + SWATCH.width() + 3 * self.tree.indentation() // 2 + 24,
                   self.width() // 2))
        self.filter.setFocus()

    def terms(self) -> list[tuple[str, str, str]]:
        """(section, key, term) of every entry shown, in order (what the filter left)."""
        shown = []
        for row in range(self.model.rowCount()):
            heading = self.model.index(row, 0)
            for child in range(self.model.rowCount(heading)):
                index = self.model.index(child, 0, heading)
                section, key = index.data(KEY_ROLE)
                shown.append((section, key, index.data()))
        return shown

    def _on_filter(self, text: str) -> None:
        self.model.setFilterFixedString(text.strip())
        self._lay_out()
        nothing = self.model.rowCount() == 0
        self.tree.setVisible(not nothing)
        self.empty.setVisible(nothing)
        if nothing:
            self.empty.setText(self.tr("No word of the glossary matches “{text}”.").format(
                text=text.strip()))

    def _lay_out(self) -> None:
        """Headings across both columns, every section open."""
        self.tree.expandAll()
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, self.tree.rootIndex(), True)
