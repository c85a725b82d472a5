"""Map images: PNG (raster, 2× for sharp slides) and SVG (vector), written atomically."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem

from app.atomic import replacing
from app.errors import RapportError
from app.views.map.scene import MapScene

MARGIN = 24


def _target(scene: MapScene) -> QRectF:
    rect = scene.content_rect()
    if rect.isEmpty():
        raise RapportError("The map is empty: there is nothing to export.")
    return rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)


def export_map(scene: MapScene, path: Path, scale: float = 2.0) -> Path:
    """Write the whole map (not just what is on screen) as .png or .svg."""
    suffix = path.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise RapportError(f"Cannot export to {path.name}: use a .png or .svg file name.")
    source = _target(scene)
    selection = scene.selectedItems()
    scene.clearSelection()  # no selection outline in the picture
    # Cached cards would be pasted as bitmaps: draw them afresh (vector, sharp at 2x).
    cached = [(item, item.cacheMode()) for item in scene.items()]
    for item, _mode in cached:
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    try:
        with replacing(path) as tmp:
            if suffix == ".png":
                size = QSize(int(source.width() * scale), int(source.height() * scale))
                image = QImage(size, QImage.Format.Format_ARGB32)
                image.fill(QColor("#ffffff"))
                painter = QPainter(image)
                painter.setRenderHints(QPainter.RenderHint.Antialiasing
                                       | QPainter.RenderHint.TextAntialiasing)
                scene.render(painter, QRectF(0, 0, size.width(), size.height()), source,
                             Qt.AspectRatioMode.KeepAspectRatio)
                painter.end()
                # the temporary name ends in .tmp, so say the format (a str at run time,
                # whatever the stubs declare)
                if not image.save(str(tmp), "PNG"):  # type: ignore[call-overload]
                    raise RapportError(f"Cannot write {path}.")
            else:
                generator = QSvgGenerator()
                generator.setFileName(str(tmp))
                generator.setSize(source.size().toSize())
                generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
                generator.setTitle("Stakeholder map")
                painter = QPainter(generator)
                scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
                painter.end()
    finally:
        for item, mode in cached:
            item.setCacheMode(mode)
        for item in selection:
            item.setSelected(True)
    return path
