"""Map images: PNG (raster, 2× for sharp slides) and SVG (vector), with the map's legend
beside or below the cards unless asked to leave it out.

The picture is drawn into memory and checked (the painter finished, the PNG encoder
said yes, the SVG is complete) before a byte reaches the disk; then it is written
atomically, so a full disk is an error and an existing file stays as it was. Qt's SVG
writer reports a failed write to a file only indirectly, if at all: drawing into a
buffer leaves it nothing to fail at.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    QSizeF,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPen
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem

from app.atomic import check_target, write_atomically
from app.errors import RapportError
from app.views.map.legend import legend_size, paint_legend
from app.views.map.scene import MapScene

MARGIN = 24
LEGEND_COLUMNS = 4  # at most; the legend has four groups (the size note joins one)
LEGEND_PAD = 8  # inside the legend's frame
GAP = 2  # between the map's margin and the legend's frame (its line stays off the map)
#: the largest PNG written: 256 MB of 32-bit pixels, Qt's default limit for reading an
#: image (a larger one opens in no Qt program, Rapport included, and a 500-person map
#: at 2x, 56,240 x 3,562 pixels, took a minute to write); the SVG has no limit
MAX_PNG_PIXELS = 256 * 1024 * 1024 // 4


def _target(scene: MapScene) -> QRectF:
    rect = scene.content_rect()
    if rect.isEmpty():
        raise RapportError(QCoreApplication.translate(
            "MapExport", "The map is empty: there is nothing to export."))
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
                                             // legend_size(1, _legend_font()).width())))
    key = legend_size(columns, _legend_font())
    frame = QRectF(MARGIN, source.height() + GAP, key.width() + pad, key.height() + pad)
    size = QSizeF(max(source.width(), frame.right() + MARGIN), frame.bottom() + MARGIN)
    options.append((size.width() * size.height(), _Layout(size, frame, columns)))
    # to the right of the map
    columns = next((n for n in range(1, LEGEND_COLUMNS + 1)
                    if legend_size(n, _legend_font()).height() + pad
                    <= source.height() - 2 * MARGIN),
                   LEGEND_COLUMNS)
    key = legend_size(columns, _legend_font())
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
    paint_legend(painter, layout.legend.topLeft() + QPointF(LEGEND_PAD, LEGEND_PAD),
                 layout.columns, _legend_font())
    painter.restore()


def _legend_font() -> QFont:
    font = QFont()
    font.setPointSizeF(9.0)  # as the cards' titles and names (8 and 9.5 points)
    return font


def export_map(scene: MapScene, path: Path, scale: float = 2.0, *,
               legend: bool = True) -> Path:
    """Write the whole map (not just what is on screen) as .png or .svg, with the
    legend (colours, sizes, borders, badges and lines explained) unless ``legend`` is
    False."""
    suffix = path.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise RapportError(QCoreApplication.translate(
            "MapExport", "Cannot export to {file}: use a .png or .svg file name.").format(
                file=path.name))
    source = _target(scene)
    layout = _layout(source, legend)
    if suffix == ".png":
        _check_png_size(_png_size(layout, scale))
    check_target(path)  # before drawing: a FIFO, a device, a read-only file
    selection = scene.selectedItems()
    scene.clearSelection()  # no selection outline in the picture
    # Cached cards would be pasted as bitmaps: draw them afresh (vector, sharp at 2x).
    cached = [(item, item.cacheMode()) for item in scene.items()]
    for item, _mode in cached:
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    try:
        if suffix == ".png":
            data = _png(scene, source, layout, scale)
        else:
            data = _svg(scene, source, layout)
    finally:
        for item, mode in cached:
            item.setCacheMode(mode)
        for item in selection:
            item.setSelected(True)
    write_atomically(path, data)
    return path


def _png_size(layout: _Layout, scale: float) -> QSize:
    return QSize(int(layout.size.width() * scale), int(layout.size.height() * scale))


def _too_large(size: QSize) -> RapportError:
    return RapportError(QCoreApplication.translate(
        "MapExport", "The map is {width} × {height} pixels: too large for a PNG; export it "
        "as SVG, or as part of the PDF plan.").format(width=f"{size.width():,}",
                                                       height=f"{size.height():,}"))


def _check_png_size(size: QSize) -> None:
    if size.width() * size.height() > MAX_PNG_PIXELS:
        raise _too_large(size)


def _png(scene: MapScene, source: QRectF, layout: _Layout, scale: float) -> bytes:
    size = _png_size(layout, scale)
    image = QImage(size, QImage.Format.Format_ARGB32)
    if image.isNull():  # Qt could not allocate it
        raise _too_large(size)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    if not painter.isActive():
        raise RapportError(QCoreApplication.translate(
            "MapExport", "Cannot draw the map as a PNG."))
    _paint(painter, scene, source, layout, scale)
    if not painter.end():
        raise RapportError(QCoreApplication.translate(
            "MapExport", "Cannot draw the map as a PNG."))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # a str at run time, whatever the stubs declare
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise RapportError(QCoreApplication.translate(
            "MapExport", "Cannot encode the map as a PNG."))
    data = bytes(buffer.data().data())
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        raise RapportError(QCoreApplication.translate(
            "MapExport", "Cannot encode the map as a PNG."))
    return data


def _svg(scene: MapScene, source: QRectF, layout: _Layout) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(layout.size.toSize())
    generator.setViewBox(QRectF(0, 0, layout.size.width(), layout.size.height()))
    generator.setTitle(QCoreApplication.translate("MapExport", "Stakeholder map"))
    painter = QPainter(generator)
    if not painter.isActive():
        raise RapportError(QCoreApplication.translate(
            "MapExport", "Cannot draw the map as an SVG."))
    _paint(painter, scene, source, layout, 1.0)
    if not painter.end():
        raise RapportError(QCoreApplication.translate(
            "MapExport", "Cannot draw the map as an SVG."))
    data = bytes(buffer.data().data())
    if not data.rstrip().endswith(b"</svg>"):  # the writer stopped half-way
        raise RapportError(QCoreApplication.translate(
            "MapExport", "Cannot draw the map as an SVG: the drawing is incomplete."))
    return data
