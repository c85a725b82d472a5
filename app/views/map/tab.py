"""The Stakeholder map tab: canvas, insights, legend, layouts, export, people list."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListView,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.errors import RapportError
from app.fileformat import AccountFile
from app.graph.analysis import analyze
from app.views.map.export import export_map
from app.views.map.insights import IDS_ROLE, InsightModel
from app.views.map.legend import Legend
from app.views.map.scene import MapScene, Point, auto_positions
from app.views.map.view import MapView
from app.views.stakeholder_model import StakeholderTab


class MapTab(QWidget):
    #: the user dragged cards or chose a layout: {id: (old, new)} to save undoably
    moveRequested = Signal(object)
    errorRaised = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc: AccountFile | None = None
        self.scene = MapScene(self)
        self.view = MapView(self.scene)
        self.insights = InsightModel(self)
        self.insight_list = QListView()
        self.insight_list.setModel(self.insights)
        self.insight_list.setWordWrap(True)
        self.insight_list.setSpacing(2)
        self.insight_list.clicked.connect(self._show_finding)
        self.people = StakeholderTab()
        self.summary = QLabel()

        self.toolbar = QToolBar()
        self.org_action = self._add("Org chart layout", lambda: self.apply_layout("org"))
        self.force_action = self._add("Force layout", lambda: self.apply_layout("force"))
        self.toolbar.addSeparator()
        self.fit_action = self._add("Fit", self.view.fit, QKeySequence("Ctrl+0"))
        self._add("Zoom in", lambda: self.view.zoom_by(1.25), QKeySequence.StandardKey.ZoomIn)
        self._add("Zoom out", lambda: self.view.zoom_by(0.8), QKeySequence.StandardKey.ZoomOut)
        self.toolbar.addSeparator()
        self.export_action = self._add("Export image…", self.export_dialog)

        side = QSplitter(Qt.Orientation.Vertical)
        insights_box = QWidget()
        box = QVBoxLayout(insights_box)
        box.setContentsMargins(0, 0, 0, 0)
        title = QLabel("<b>Insights</b> — click one to see who it concerns")
        title.setWordWrap(True)
        box.addWidget(title)
        box.addWidget(self.insight_list)
        side.addWidget(insights_box)
        legend = QScrollArea()  # small screens: the legend scrolls instead of growing the window
        legend.setWidget(Legend())
        legend.setFrameShape(QScrollArea.Shape.NoFrame)
        side.addWidget(legend)
        canvas = QSplitter()
        canvas.addWidget(self.view)
        canvas.addWidget(side)
        canvas.setStretchFactor(0, 4)
        canvas.setStretchFactor(1, 1)
        canvas.setSizes([700, 260])
        map_page = QWidget()
        page = QVBoxLayout(map_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(self.toolbar)
        page.addWidget(canvas)
        self.pages = QTabWidget()
        self.pages.setTabPosition(QTabWidget.TabPosition.South)
        self.pages.addTab(map_page, "Map")
        self.pages.addTab(self.people, "People")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.pages)
        self.scene.cardsMoved.connect(self.moveRequested)

    def _add(self, text: str, slot: Any, shortcut: Any = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        self.addAction(action)
        return action

    # -- content -------------------------------------------------------------------
    def load(self, doc: AccountFile | None, today: dt.date | None = None) -> None:
        self.doc = doc
        self.scene.set_document(doc)
        self.people.load(doc)
        self.insights.set_findings(analyze(doc, today or dt.date.today()) if doc else [])
        has_people = bool(doc and doc.stakeholders)
        for action in (self.org_action, self.force_action, self.fit_action,
                       self.export_action):
            action.setEnabled(has_people)
        if doc is None:
            self.summary.clear()
            return
        self.summary.setText(f"{len(doc.stakeholders)} stakeholders · "
                             f"{len(doc.influences)} influence lines · "
                             f"{self.insights.rowCount()} insights")
        self.view.fit_when_shown()

    def set_positions(self, positions: dict[str, Point | None]) -> None:
        self.scene.set_positions(positions)

    # -- actions -------------------------------------------------------------------
    def apply_layout(self, mode: str) -> None:
        if self.doc is None:
            return
        new = auto_positions(self.doc, mode)
        old = self.scene.positions()
        moved = {sid: (old[sid], pos) for sid, pos in new.items() if old.get(sid) != pos}
        if moved:
            self.scene.set_positions(new)
            self.moveRequested.emit(moved)
        self.view.fit()

    def export_dialog(self) -> None:
        name = (self.doc.account.id if self.doc else "map") + "-stakeholder-map.png"
        path, _ = QFileDialog.getSaveFileName(self, "Export stakeholder map",
                                              str(Path.home() / name),
                                              "PNG image (*.png);;SVG drawing (*.svg)")
        if path:
            try:
                export_map(self.scene, Path(path))
            except RapportError as err:
                self.errorRaised.emit("Export failed", err)

    def _show_finding(self, index: QModelIndex) -> None:
        ids = index.data(IDS_ROLE) or []
        self.scene.select_people(ids)
        if ids:
            cards = [self.scene.cards[i] for i in ids if i in self.scene.cards]
            if cards:
                self.view.centerOn(cards[0])
