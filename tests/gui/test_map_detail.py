"""Level of detail on the map (issue 16): at "Fit" on 40 people every name is at least
9 px tall on a laptop's map area; zooming in brings back the titles; the stance is told by
a marker's shape too, not by colour alone.

The name's size is the one the card paints with: ``CardItem.paint`` asks
``detail(scale)`` and draws the fonts of ``layout(detail)``, the same the tests read."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath
from PySide6.QtWidgets import QApplication, QStyleOptionGraphicsItem
from pytestqt.qtbot import QtBot

from app.graph import encoding
from app.models.account import AccountFile
from app.services.demo import demo_documents
from app.views.map.items import MARKS, CardItem, Detail
from app.views.map.tab import MapTab

pytestmark = pytest.mark.gui

#: the map's canvas beside the side panel on a 1280×800 laptop screen
CANVAS = (880, 600)
NAMES = ["Margaret Ellison", "Алексей Петрович Иванов", "王建国", "David Okafor",
         "Ольга Сергеевна Смирнова", "李静", "Priya Raman", "Дмитрий Николаевич Кузнецов",
         "陈晓明", "James Whitfield", "Екатерина Игоревна Лебедева", "Sarah Lindqvist",
         "Константин Фёдоров", "Dr. Henry Cole", "赵磊", "Артём Виноградов"]


def account_of_40() -> AccountFile:
    """40 people in the usual shape: a head, a leadership team of 8, and 31 people in
    their teams; English, Russian (three words) and Chinese names; every influence."""
    stances = ["champion", "supporter", "neutral", "skeptic", "blocker", None]
    roles = ["economic_buyer", "decision_maker", "technical_buyer", "user_buyer",
             "influencer", "coach", "gatekeeper", None]
    people = [{"id": f"p{i:02d}", "name": NAMES[i % len(NAMES)],
               "title": "Director of Operations", "department": "Operations",
               "reports_to": None if i == 0 else ("p00" if i <= 8 else f"p{1 + i * 5 % 8:02d}"),
               "stance": stances[i % 6], "role": roles[i % 8], "influence": 1 + i * 3 % 5,
               "relationship": i % 5} for i in range(40)]
    return AccountFile.model_validate({
        "format": "rapport-account", "version": 1,
        "account": {"id": "forty", "name": "Forty people"},
        "stakeholders": people, "influences": [
            {"source": "p03", "target": "p17", "kind": "informal", "strength": 2}]},
        strict=False)


@pytest.fixture
def tab(qtbot: QtBot) -> Iterator[MapTab]:
    """A real map tab whose canvas is a laptop's map area."""
    tab = MapTab()
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    qtbot.waitExposed(tab)
    yield tab


def show(qtbot: QtBot, tab: MapTab, doc: AccountFile) -> None:
    tab.load(doc)
    viewport = tab.view.viewport()
    tab.resize(tab.width() + CANVAS[0] - viewport.width(),
               tab.height() + CANVAS[1] - viewport.height())
    qtbot.waitUntil(lambda: abs(viewport.width() - CANVAS[0]) <= 40
                    and abs(viewport.height() - CANVAS[1]) <= 40)
    tab.view.fit()


def on_screen(tab: MapTab) -> list[CardItem]:
    shown = tab.view.mapToScene(tab.view.viewport().rect()).boundingRect()
    return [c for c in tab.scene.cards.values() if shown.intersects(c.scene_card_rect())]


def test_fit_on_40_people_shows_every_name_at_9_px_at_least(qtbot: QtBot, tab: MapTab) -> None:
    show(qtbot, tab, account_of_40())
    scale = tab.view.zoom()
    cards = on_screen(tab)
    assert len(cards) == 40, "Fit shows everyone"
    small = [(c.person.name, round(c.name_pixel_height(scale), 1)) for c in cards
             if c.name_pixel_height(scale) < 9.0]
    assert not small, f"names under 9 px at Fit ({scale:.2f}): {small}"
    # at that zoom the full card's title would be unreadable: the cards are compact
    assert all(c.detail(scale) != Detail.FULL for c in cards)
    # and the names are whole: not elided
    for card in cards:
        shown = "".join(line.text for line in card.layout(card.detail(scale)).name)
        assert "…" not in shown and shown.replace(" ", "") == card.person.name.replace(" ", "")


def test_zooming_in_brings_back_the_titles(qtbot: QtBot, tab: MapTab) -> None:
    show(qtbot, tab, account_of_40())
    card = tab.scene.cards["p09"]
    assert not card.layout(card.detail(tab.view.zoom())).title  # compact: no title
    tab.view.zoom_by(1.0 / tab.view.zoom())  # 100 %
    scale = tab.view.zoom()
    assert card.detail(scale) == Detail.FULL
    assert [line.text for line in card.layout(Detail.FULL).title][0].startswith("Director")
    assert card.name_pixel_height(scale) >= 9.0
    # the title stays on hover at every zoom
    assert "Director of Operations" in card.toolTip()


def test_detail_follows_the_zoom_and_the_geometry_never_does(qtbot: QtBot, tab: MapTab) -> None:
    show(qtbot, tab, account_of_40())
    card = tab.scene.cards["p03"]  # a name and a badge
    geometry = (card.card_rect(), card.boundingRect(), card.shape().boundingRect(),
                card.scene_card_rect())
    seen = set()
    for scale in (0.12, 0.2, 0.3, 0.45, 0.6, 0.65, 0.7, 0.8, 1.0, 2.0):
        seen.add(card.detail(scale))
        assert (card.card_rect(), card.boundingRect(), card.shape().boundingRect(),
                card.scene_card_rect()) == geometry
    assert seen == {Detail.CHIP, Detail.COMPACT, Detail.FULL}
    # the name never gets smaller on screen as the view zooms out into a smaller form
    assert card.layout(Detail.CHIP).name_font.pixelSize() >= \
        card.layout(Detail.COMPACT).name_font.pixelSize()


def paint_card(card: CardItem, scale: float, size: tuple[int, int] = (300, 160)) -> QImage:
    """The card as the view paints it at ``scale``."""
    image = QImage(*size, QImage.Format.Format_ARGB32)
    image.fill(QColor("#fafbfc"))
    painter = QPainter(image)
    painter.translate(size[0] / 2, size[1] / 2)
    painter.scale(scale, scale)
    painter.translate(-card.card_rect().center())
    card.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    return image


class _Texts(QPainter):
    """Notes the texts a card writes (what paint draws, not what the tests compute)."""

    def __init__(self, image: QImage) -> None:
        super().__init__(image)
        self.texts: list[str] = []
        self.paths: list[QPainterPath] = []

    def drawText(self, *args: Any) -> None:  # type: ignore[override]  # noqa: N802
        self.texts.append(str(args[-1]))
        super().drawText(*args)

    def drawPath(self, path: QPainterPath) -> None:  # noqa: N802
        self.paths.append(QPainterPath(path))
        super().drawPath(path)


def test_paint_draws_the_title_only_at_full_detail(qtbot: QtBot, tab: MapTab) -> None:
    show(qtbot, tab, account_of_40())
    card = tab.scene.cards["p09"]
    written = {}
    for scale in (0.4, 1.0):
        image = QImage(400, 200, QImage.Format.Format_ARGB32)
        painter = _Texts(image)
        painter.scale(scale, scale)
        card.paint(painter, QStyleOptionGraphicsItem(), None)
        painter.end()
        written[scale] = " ".join(painter.texts)
    assert "Director" not in written[0.4] and "Director" in written[1.0]
    assert "Whitfield" in written[0.4] and "Whitfield" in written[1.0]


def test_every_stance_has_a_marker_of_its_own_shape(qtbot: QtBot, tab: MapTab) -> None:
    # the shapes differ (not only their colours): compare the filled areas of the paths
    masks = {}
    for stance, path in MARKS.items():
        image = QImage(40, 40, QImage.Format.Format_Grayscale8)
        image.fill(0)
        p = QPainter(image)
        p.translate(20, 20)
        p.scale(18, 18)
        p.fillPath(path, QColor("white"))
        p.end()
        masks[stance] = bytes(image.constBits())
    assert len(set(masks.values())) == len(encoding.STANCE_MARK) == 6
    # and every card paints its stance's marker: the path drawn is its stance's shape
    show(qtbot, tab, account_of_40())
    for sid in ("p00", "p01", "p02", "p03", "p04", "p05"):
        card = tab.scene.cards[sid]
        image = QImage(300, 160, QImage.Format.Format_ARGB32)
        painter = _Texts(image)
        card.paint(painter, QStyleOptionGraphicsItem(), None)
        painter.end()
        assert any(path == MARKS[card.person.stance] for path in painter.paths), sid


def test_the_legend_shows_each_stance_marker(qtbot: QtBot, tab: MapTab) -> None:
    from app.views.map.legend import Legend

    legend = tab.findChild(Legend)
    assert legend is not None
    image = QImage(legend.size(), QImage.Format.Format_ARGB32)
    painter = _Texts(image)
    legend.paint(painter)
    painter.end()
    for stance, path in MARKS.items():
        assert any(drawn == path for drawn in painter.paths), stance


def test_fit_and_zoomed_in_look_different(qtbot: QtBot, tab: MapTab) -> None:
    show(qtbot, tab, account_of_40())
    card = tab.scene.cards["p01"]
    fit = tab.view.zoom()
    # the same card, painted at Fit and at twice that: compact there, its title here
    small, large = paint_card(card, fit), paint_card(card, fit * 2)
    assert small != large.scaled(small.size())
    # and the whole view: grabbed at Fit and at 2× the pictures differ
    at_fit = tab.view.grab().toImage()
    tab.view.zoom_by(2.0)
    QApplication.processEvents()
    assert tab.view.grab().toImage() != at_fit
    assert card.detail(tab.view.zoom()) != card.detail(fit) or fit * 2 < 0.75


def test_a_name_fills_a_compact_card(qtbot: QtBot, tab: MapTab) -> None:
    """At a zoom where the title would be 5 px, the name is drawn larger than the title
    would be and larger than the full card's name, in the window's fonts."""
    show(qtbot, tab, account_of_40())
    card = tab.scene.cards["p03"]  # "David Okafor"
    scale = 0.5
    assert card.detail(scale) == Detail.COMPACT
    assert card.name_pixel_height(scale) >= 9.0
    assert card.layout(Detail.COMPACT).name_font.pixelSize() * scale > \
        card.layout(Detail.FULL).name_font.pointSizeF() * 96 / 72 * scale
    rect: QRectF = card.layout(Detail.COMPACT).name[0].rect
    assert card.card_rect().contains(rect)


@pytest.mark.parametrize("key", ["demo-huadong", "demo-ural", "demo-northwind"])
def test_the_demo_maps_at_fit_are_compact_and_readable(qtbot: QtBot, tab: MapTab,
                                                      key: str) -> None:
    doc = next(d for d in demo_documents() if d.account.id == key)
    show(qtbot, tab, doc)
    scale = tab.view.zoom()
    sizes = sorted(c.name_pixel_height(scale) for c in on_screen(tab))
    assert len(sizes) == len(doc.stakeholders)
    # the demo charts are 12-13 cards across (wider than 40 people of the usual shape):
    # most names reach 9 px, none falls below 7.5 (they were 3-4 px before compact cards)
    assert sizes[0] >= 7.5 and sizes[len(sizes) // 2] >= 9.0, sizes[:6]


def test_the_marker_stays_inside_the_item(qtbot: QtBot, tab: MapTab) -> None:
    show(qtbot, tab, account_of_40())
    card = tab.scene.cards["p00"]
    for scale in (0.05, 0.2, 0.5, 1.0, 3.0):
        r = card.mark_radius(scale)
        centre = card.card_rect().topLeft() + QPointF(2.5, 2.5)
        reach = QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r).adjusted(-1, -1, 1, 1)
        assert card.boundingRect().contains(reach), scale


def test_in_the_window_at_1280x800_fit_shows_every_name_of_40_at_9_px(
        qtbot: QtBot, services: Any, settings: Any) -> None:
    """The whole window on a laptop screen, as a user opens it: the map tab (where the
    account list steps aside), Fit on 40 people, every name at 9 px or more."""
    from app.views.main_window import MainWindow

    services.accounts.import_documents([account_of_40()])
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.select("forty")
    window.tabs.setCurrentWidget(window.map)
    tab = window.map
    qtbot.waitUntil(lambda: tab.view.viewport().width() > 800)
    tab.view.fit()
    scale = tab.view.zoom()
    cards = on_screen(tab)
    assert len(cards) == 40
    small = sorted(round(c.name_pixel_height(scale), 1) for c in cards
                   if c.name_pixel_height(scale) < 9.0)
    assert not small, (scale, tab.view.viewport().size(), small)
