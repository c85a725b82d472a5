"""Map images: PNG (raster, 2× for sharp slides) and SVG (vector), written atomically."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem

from app.errors import RapportError
from app.views.map.scene import MapScene

MARGIN = 24


def _target(scene: MapScene) -> QRectF:
    rect = scene.content_rect()
    if rect.isEmpty():
        raise RapportError("The map is empty: there is nothing to export.")
    return rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)


def _temp_beside(path: Path) -> Path:
    if not path.parent.is_dir():
        raise RapportError(f"Cannot write {path}: the folder {path.parent} does not exist.")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=path.suffix, dir=path.parent)
    os.close(fd)
    return Path(tmp)


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
    tmp = _temp_beside(path)
    try:
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
            if not image.save(str(tmp)):  # format from the .png suffix
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
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        for item, mode in cached:
            item.setCacheMode(mode)
        for item in selection:
            item.setSelected(True)
    return path
