"""Map images: PNG (raster, 2× for sharp slides) and SVG (vector), written atomically,
with the map's legend beside or below the cards unless asked to leave it out."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPen
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem

from app.atomic import replacing
from app.errors import RapportError
from app.views.map.legend import legend_size, paint_legend
from app.views.map.scene import MapScene

MARGIN = 24
LEGEND_COLUMNS = 4  # at most; the legend has four groups (the size note joins one)
LEGEND_PAD = 8  # inside the legend's frame
GAP = 2  # between the map's margin and the legend's frame (its line stays off the map)


def _target(scene: MapScene) -> QRectF:
    rect = scene.content_rect()
    if rect.isEmpty():
        raise RapportError("The map is empty: there is nothing to export.")
    return rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)


@dataclass(frozen=True)
class _Layout:
    """Where things go in the picture, in scene units from its top left corner."""

    size: QSizeF  # the whole picture
    legend: QRectF | None  # the legend's frame, None: no legend
    columns: int


def _layout(source: QRectF, legend: bool) -> _Layout:
    """The map at the top left; the legend below it or to its right, whichever makes
    the smaller picture, so that it never covers a card. Below, it takes as many
    columns as the map is wide; to the right, as few as let it be no taller than the
    map."""
    if not legend:
        return _Layout(source.size(), None, 0)
    pad = 2 * LEGEND_PAD
    options: list[tuple[float, _Layout]] = []
    # below the map
    columns = max(1, min(LEGEND_COLUMNS, int((source.width() - 2 * MARGIN - pad)
                                             // legend_size(1).width())))
    key = legend_size(columns)
    frame = QRectF(MARGIN, source.height() + GAP, key.width() + pad, key.height() + pad)
    size = QSizeF(max(source.width(), frame.right() + MARGIN), frame.bottom() + MARGIN)
    options.append((size.width() * size.height(), _Layout(size, frame, columns)))
    # to the right of the map
    columns = next((n for n in range(1, LEGEND_COLUMNS + 1)
                    if legend_size(n).height() + pad <= source.height() - 2 * MARGIN),
                   LEGEND_COLUMNS)
    key = legend_size(columns)
    frame = QRectF(source.width() + GAP, MARGIN, key.width() + pad, key.height() + pad)
    size = QSizeF(frame.right() + MARGIN, max(source.height(), frame.bottom() + MARGIN))
    options.append((size.width() * size.height(), _Layout(size, frame, columns)))
    return min(options, key=lambda o: o[0])[1]


def _paint(painter: QPainter, scene: MapScene, source: QRectF, layout: _Layout,
           scale: float) -> None:
    """The whole picture at ``scale`` pixels per scene unit."""
    painter.setRenderHints(QPainter.RenderHint.Antialiasing
                           | QPainter.RenderHint.TextAntialiasing)
    whole = QRectF(0, 0, layout.size.width() * scale, layout.size.height() * scale)
    painter.fillRect(whole, scene.backgroundBrush())
    scene.render(painter, QRectF(0, 0, source.width() * scale, source.height() * scale),
                 source, Qt.AspectRatioMode.KeepAspectRatio)
    if layout.legend is None:
        return
    painter.save()
    painter.scale(scale, scale)
    painter.setPen(QPen(QColor("#cfd8dc"), 1))
    painter.setBrush(QBrush(QColor("#ffffff")))
    painter.drawRoundedRect(layout.legend, 6, 6)
    font = QFont()
    font.setPointSizeF(9.0)  # as the cards' titles and names (8 and 9.5 points)
    paint_legend(painter, layout.legend.topLeft() + QPointF(LEGEND_PAD, LEGEND_PAD),
                 layout.columns, font)
    painter.restore()


def export_map(scene: MapScene, path: Path, scale: float = 2.0, *,
               legend: bool = True) -> Path:
    """Write the whole map (not just what is on screen) as .png or .svg, with the
    legend (colours, sizes, borders, badges and lines explained) unless ``legend`` is
    False."""
    suffix = path.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise RapportError(f"Cannot export to {path.name}: use a .png or .svg file name.")
    source = _target(scene)
    layout = _layout(source, legend)
    selection = scene.selectedItems()
    scene.clearSelection()  # no selection outline in the picture
    # Cached cards would be pasted as bitmaps: draw them afresh (vector, sharp at 2x).
    cached = [(item, item.cacheMode()) for item in scene.items()]
    for item, _mode in cached:
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    try:
        with replacing(path) as tmp:
            if suffix == ".png":
                size = QSize(int(layout.size.width() * scale),
                             int(layout.size.height() * scale))
                image = QImage(size, QImage.Format.Format_ARGB32)
                image.fill(QColor("#ffffff"))
                painter = QPainter(image)
                _paint(painter, scene, source, layout, scale)
                painter.end()
                # the temporary name ends in .tmp, so say the format (a str at run time,
                # whatever the stubs declare)
                if not image.save(str(tmp), "PNG"):  # type: ignore[call-overload]
                    raise RapportError(f"Cannot write {path}.")
            else:
                generator = QSvgGenerator()
                generator.setFileName(str(tmp))
                generator.setSize(layout.size.toSize())
                generator.setViewBox(QRectF(0, 0, layout.size.width(), layout.size.height()))
                generator.setTitle("Stakeholder map")
                painter = QPainter(generator)
                _paint(painter, scene, source, layout, 1.0)
                painter.end()
    finally:
        for item, mode in cached:
            item.setCacheMode(mode)
        for item in selection:
            item.setSelected(True)
    return path
