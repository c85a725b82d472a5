"""Dark mode: the map, its legend, the Stages & gaps tab and the portfolio's tier grid in
a dark palette (Fusion), their texts measured against what they are drawn on (WCAG AA:
4.5:1 for text, 3:1 for lines, borders and large text).

The colours are the ones actually painted: the widgets paint into a recording painter
that notes each text's pen, and the background under a text is read from the same
painting done without texts."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QPointF, QRect, QRectF, QSettings, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter, QPainterPath, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QStyleOptionGraphicsItem, QWidget
from pytestqt.qtbot import QtBot

from app.bootstrap import Services
from app.views import colors
from app.views.main_window import MainWindow
from app.views.map import style
from app.views.map.edges import EdgeItem
from app.views.map.items import CardItem
from app.views.map.legend import Legend
from app.views.map.scene import MapScene

pytestmark = pytest.mark.gui

DEMO = ("demo-huadong", "demo-ural", "demo-northwind")
Role = QPalette.ColorRole


def dark_palette() -> QPalette:
    """A typical dark palette, as dark desktop themes set it."""
    pal = QPalette()
    for role, hex_ in {
        Role.Window: "#2b2b2b", Role.WindowText: "#e6e6e6", Role.Base: "#1e1e1e",
        Role.AlternateBase: "#262626", Role.Text: "#e6e6e6", Role.Button: "#353535",
        Role.ButtonText: "#e6e6e6", Role.Highlight: "#2a82da", Role.HighlightedText: "#ffffff",
        Role.ToolTipBase: "#2b2b2b", Role.ToolTipText: "#e6e6e6", Role.PlaceholderText: "#9a9a9a",
        Role.BrightText: "#ff5252", Role.Link: "#6cb4ff", Role.Light: "#505050",
        Role.Midlight: "#404040", Role.Mid: "#303030", Role.Dark: "#1a1a1a",
        Role.Shadow: "#000000",
    }.items():
        pal.setColor(role, QColor(hex_))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor("#808080"))
    return pal


@pytest.fixture(params=["light", "dark"])
def palette(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The application in the Fusion style with a light or a dark palette; the palette
    and style it had afterwards, whatever happened."""
    before, style_name = QPalette(qapp.palette()), qapp.style().name()
    qapp.setStyle("Fusion")  # (resets the palette: first the style, then the palette)
    if request.param == "dark":
        qapp.setPalette(dark_palette())
    try:
        yield request.param
    finally:
        qapp.setStyle(style_name)
        qapp.setPalette(before)


@pytest.fixture
def window(qtbot: QtBot, demo: Services, settings: QSettings, palette: str) -> MainWindow:
    w = MainWindow(demo, settings)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    return w


class Recorder(QPainter):
    """A painter that notes each text it draws: its pen colour and where (in device
    coordinates); with ``texts=False`` it draws everything but the texts."""

    def __init__(self, image: QImage, texts: bool = True) -> None:
        super().__init__(image)
        self.texts = texts
        self.written: list[tuple[QColor, QRectF, str]] = []
        self.strokes: list[QColor] = []  # the pen of each path drawn

    def drawPath(self, path: QPainterPath) -> None:  # noqa: N802
        self.strokes.append(self.pen().color())
        super().drawPath(path)

    def drawText(self, *args: Any) -> None:  # type: ignore[override]  # noqa: N802
        fm = QFontMetricsF(self.font())
        if isinstance(args[0], QRectF | QRect):
            rect, flags, text = QRectF(args[0]), int(args[1]), str(args[2])
            box = fm.boundingRect(rect, flags, text).intersected(rect)
        else:
            at, text = QPointF(args[0]), str(args[1])
            box = fm.boundingRect(text).translated(at)
        if text.strip():
            self.written.append((self.pen().color(), self.transform().mapRect(box), text))
        if self.texts:
            super().drawText(*args)


Paint = Callable[[QPainter], None]


def measure(size: tuple[int, int], ground: QColor, paint: Paint) -> list[tuple[float, str]]:
    """(contrast, text) of every text ``paint`` writes, against what it paints under it."""
    bare = QImage(*size, QImage.Format.Format_RGB32)
    bare.fill(ground)
    p = Recorder(bare, texts=False)
    paint(p)
    p.end()
    out = []
    for colour, box, text in p.written:
        centre = box.center().toPoint()
        x = min(max(centre.x(), 0), size[0] - 1)
        y = min(max(centre.y(), 0), size[1] - 1)
        out.append((colors.contrast(colour, bare.pixelColor(x, y)), text))
    return out


def assert_readable(found: list[tuple[float, str]], what: str,
                    minimum: float = colors.TEXT_AA) -> None:
    assert found, f"{what}: no text painted"
    poor = [(round(ratio, 2), text) for ratio, text in found if ratio < minimum]
    assert not poor, f"{what}: texts under {minimum}:1: {poor[:8]}"


def model_contrasts(model: Any, base: QColor, alternate: QColor | None = None
                    ) -> list[tuple[float, str]]:
    """(contrast, text) of every cell of a table model, as a view draws it: its
    ForegroundRole on its BackgroundRole, the palette's Text on Base (or AlternateBase)."""
    text = QApplication.palette().color(Role.Text)
    out: list[tuple[float, str]] = []
    for row in range(model.rowCount()):
        for col in range(model.columnCount()):
            index = model.index(row, col, QModelIndex())
            shown = index.data(Qt.ItemDataRole.DisplayRole)
            if not shown:
                continue
            fg = index.data(Qt.ItemDataRole.ForegroundRole)
            bg = index.data(Qt.ItemDataRole.BackgroundRole)
            fg = fg.color() if fg is not None else text
            grounds = [bg.color()] if bg is not None else [base] + (
                [alternate] if alternate is not None else [])
            out.extend((colors.contrast(fg, g), str(shown)) for g in grounds)
    return out


def labels_contrasts(root: QWidget) -> list[tuple[float, str]]:
    """Every visible label's text on its window, and each colour its rich text names."""
    out = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.text().strip():
            continue
        pal = label.palette()
        ground = pal.color(label.backgroundRole())
        sheet = re.search(r"background: (#[0-9a-f]{6})", label.styleSheet())
        ground = QColor(sheet.group(1)) if sheet else ground
        sheet_text = re.search(r"(?<!-)color: (#[0-9a-f]{6})", label.styleSheet())
        plain = QColor(sheet_text.group(1)) if sheet_text else pal.color(label.foregroundRole())
        out.append((colors.contrast(plain, ground), label.text()[:40]))
        for span, colour in re.findall(r"<span style='([^']*color: (#[0-9a-f]{6})[^']*)'>",
                                       label.text()):
            large = "28pt" in span  # the health score: large text, 3:1
            ratio = colors.contrast(colour, ground)
            out.append((max(ratio, 4.5) if large and ratio >= 3 else ratio, span))
    return out


@pytest.mark.parametrize("key", DEMO)
def test_map_cards_legend_and_lines_read(window: MainWindow, key: str, palette: str) -> None:
    window.select(key)
    window.tabs.setCurrentWidget(window.map)
    scene: MapScene = window.map.scene
    pal = QApplication.palette()
    legend = window.map.findChild(Legend)
    assert legend is not None
    assert_readable(measure((legend.width(), legend.height()), pal.color(Role.Window),
                            legend.paint), "legend")
    # the canvas as scene.py paints it now, and as the palette's (dark: its Base)
    for canvas in (scene.backgroundBrush().color(), style.canvas(pal)):
        scene.setBackgroundBrush(canvas)
        for card in scene.cards.values():
            card.setSelected(card is next(iter(scene.cards.values())))
            r = card.boundingRect()

            def paint(p: QPainter, card: CardItem = card, r: QRectF = r) -> None:
                p.translate(-r.topLeft())
                card.paint(p, QStyleOptionGraphicsItem(), None)

            assert_readable(measure((int(r.width()) + 1, int(r.height()) + 1), canvas, paint),
                            f"card {card.person.name}")
        edges: list[EdgeItem] = scene.edges
        assert edges
        for edge in edges:
            image = QImage(8, 8, QImage.Format.Format_RGB32)
            p = Recorder(image)
            edge.paint(p, QStyleOptionGraphicsItem(), None)
            p.end()
            assert p.strokes
            assert all(colors.contrast(c, canvas) >= colors.GRAPHIC_AA for c in p.strokes), \
                f"line {edge.line()}: {[c.name() for c in p.strokes]} on {canvas.name()}"
        scene.clearSelection()


@pytest.mark.parametrize("key", DEMO)
def test_stages_and_gaps_read(window: MainWindow, key: str, palette: str) -> None:
    window.select(key)
    tab = window.assessment
    window.tabs.setCurrentWidget(tab)
    pal = QApplication.palette()
    base, window_colour = pal.color(Role.Base), pal.color(Role.Window)
    ladder = tab.stage.ladder
    assert_readable(measure((ladder.width(), ladder.height()), window_colour, ladder.paint),
                    "stage ladder")
    evidence = tab.stage.evidence
    gap_rows = [r for r in evidence.results if r.criterion.id in evidence._gap]
    if key != "demo-northwind":
        assert gap_rows, "a demo account with a target shows gap rows"
    for model, what in ((evidence, "evidence checklist"), (tab.stage.history, "stage history"),
                        (tab.stage.people, "person history"), (tab.health.model, "health"),
                        (tab.health.fit_model, "fit checklist"),
                        (tab.whitespace.model, "white space")):
        if model.rowCount():
            assert_readable(model_contrasts(model, base), what)
    for i in range(tab.pages.count()):
        tab.pages.setCurrentIndex(i)
        page = tab.pages.widget(i)
        assert page is not None
        assert_readable(labels_contrasts(page), f"page {i} labels")


def test_portfolio_tier_grid_and_lists_read(qtbot: QtBot, window: MainWindow,
                                            palette: str) -> None:
    window.show_portfolio()
    view = window.portfolio
    qtbot.waitUntil(lambda: view.model.rowCount() == len(DEMO), timeout=10_000)
    grid = view.grid
    qtbot.waitUntil(lambda: not grid.grab().isNull(), timeout=2_000)
    pal = QApplication.palette()
    size = (grid.width(), grid.height())

    def paint(p: QPainter) -> None:
        grid._paint_cells(p)
        grid._paint_axes(p)
        grid._paint_legend(p)
        grid._paint_missing(p)
        grid._paint_dots(p)
        grid._paint_cell_names(p)

    assert_readable(measure(size, pal.color(Role.Base), paint), "tier grid")
    assert_readable(model_contrasts(view.model, pal.color(Role.Base),
                                    pal.color(Role.AlternateBase)), "portfolio list")
    assert_readable(labels_contrasts(view), "portfolio labels")


@pytest.mark.parametrize("palette", ["light", "dark"], indirect=True)
def test_portfolio_health_dots_stand_out(qtbot: QtBot, window: MainWindow,
                                         palette: str) -> None:
    """Each dot of the tier grid, and each dot of its legend, as drawn in a dark palette:
    3:1 at least against the cell (or the plot's background) it sits on."""
    window.show_portfolio()
    view = window.portfolio
    qtbot.waitUntil(lambda: view.model.rowCount() == len(DEMO), timeout=10_000)
    grid = view.grid
    qtbot.waitUntil(lambda: grid.plotted == len(DEMO), timeout=10_000)
    drawn = grid.grab().toImage()
    cells = QImage(drawn.size(), QImage.Format.Format_RGB32)
    cells.fill(QApplication.palette().color(Role.Base))
    p = QPainter(cells)
    grid._paint_cells(p)  # what lies under the dots
    p.end()
    found: list[tuple[float, str]] = []
    for i in range(grid.plotted):
        at = grid._dot_centre(i).toPoint()
        found.append((colors.contrast(drawn.pixelColor(at), cells.pixelColor(at)),
                      f"dot {grid._score(i).name} {drawn.pixelColor(at).name()}"))
    line = QFontMetricsF(grid.font()).height()
    for corner, colour, text in grid._legend:
        centre = QPointF(corner.x() + 6, corner.y() + line / 2).toPoint()
        # a dot's centre; a ring's strongest pixel on its way out (antialiased edges)
        points = [centre] if colour is not None else [
            centre + QPoint(dx, 0) for dx in range(4, 8)]
        ratio, at = max((colors.contrast(drawn.pixelColor(at), cells.pixelColor(at)), at)
                        for at in points)
        found.append((ratio, f"legend {text} {drawn.pixelColor(at).name()}"))
    assert len(found) >= len(DEMO) + 4
    assert len({name for _ratio, name in found if name.startswith("dot")}) == len(DEMO)
    assert_readable(found, "tier grid dots", colors.GRAPHIC_AA)



def test_the_team_dialogs_read(qtbot: QtBot, demo: Services, settings: QSettings,
                               palette: str) -> None:
    """Connect to a team server (its notes, a success and a failure) and an account's
    history: every text readable in the palette."""
    from app.views.connect_dialog import ConnectDialog
    from app.views.history_dialog import HistoryDialog

    dialog = ConnectDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    for ok in (True, False):
        dialog._say("Connected" if ok else "No server answers at db.example.com:5432", ok)
        assert_readable(labels_contrasts(dialog), f"connect dialog ({ok})")
    history = HistoryDialog(demo.accounts, "demo-ural", "ТрансЛогистик Урал")
    qtbot.addWidget(history)
    history.show()
    assert_readable(labels_contrasts(history), "history dialog")


def test_review_changes_and_the_interaction_dialog_read(qtbot: QtBot, palette: str) -> None:
    """Plan › Reviews' changes (title, note, the quieter minor rows) and the Log
    interaction dialog's error: readable in the palette."""
    import datetime as dt

    from app.services.demo import demo_documents
    from app.views.map.interaction_dialog import InteractionDialog
    from app.views.plan.changes import ChangesBox

    box = ChangesBox()
    qtbot.addWidget(box)
    box.title.setText("Changes since the previous review (7 Oct 2026 → today)")
    box.note.setText("No history is kept from then.")
    box.note.show()
    box.model.set_changes(["李静: stance Neutral → Skeptic", "Influence line changed"], [3, 1])
    box.show()
    assert_readable(labels_contrasts(box), "review changes")
    base, text = (QApplication.palette().color(r) for r in (Role.Base, Role.Text))
    rows = []
    for row in range(box.model.rowCount()):
        index = box.model.index(row, 0)
        fg = index.data(Qt.ItemDataRole.ForegroundRole)
        rows.append((colors.contrast(fg if fg is not None else text, base), index.data()))
    assert_readable(rows, "review change rows")
    doc = next(d for d in demo_documents() if d.account.id == "demo-ural")
    dialog = InteractionDialog(doc, doc.stakeholders[0].id, dt.date(2026, 12, 1),
                               lambda _values: "")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()  # an empty summary: the error shows
    assert dialog.error.isVisible()
    assert_readable(labels_contrasts(dialog), "interaction dialog")
