"""Exported map images carry the map's legend beside or below the cards (never over
them), unless asked to leave it out; user text stays text, escaped, in the SVG. The
picture is drawn and checked in memory before it is written; a PNG too large to open
is refused naming its size; a FIFO is refused, a link followed."""

from __future__ import annotations

import os
import stat
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.bootstrap import Services
from app.errors import RapportError
from app.models.account import AccountFile
from app.models.enums import Stance, label
from app.services.demo import demo_documents
from app.views.main_window import MainWindow
from app.views.map import export as map_export
from app.views.map.export import export_map
from app.views.map.legend import sections
from app.views.map.scene import MapScene
from tests.conftest import parsed_doc

pytestmark = pytest.mark.gui

DEMOS = {d.account.id: d for d in demo_documents()}
LEGEND_TEXTS = ["Fill: stance toward us", "Border: our relationship", "Badge: buying role",
                "Lines (thicker = stronger)", "Economic buyer", "Influence: conflict →",
                *(label(s) for s in Stance)]


def _scene(qapp: QApplication, doc: AccountFile) -> MapScene:
    scene = MapScene()
    scene.set_document(doc)
    return scene


def _svg_texts(path: Path) -> list[str]:
    """Every text of the SVG, read as XML (so the file must be well-formed)."""
    root = ET.parse(path).getroot()
    return ["".join(e.itertext()).strip() for e in root.iter() if e.tag.endswith("}text")]


def test_the_legend_names_every_encoding() -> None:
    texts = [heading for heading, _ in sections()]
    texts += [text for _, rows in sections() for text, _, _ in rows]
    for text in LEGEND_TEXTS:
        assert text in texts


@pytest.mark.parametrize("key", ["demo-ural", "demo-northwind"])
def test_png_with_the_legend_is_larger_and_holds_the_map_untouched(
        qapp: QApplication, tmp_path: Path, key: str) -> None:
    scene = _scene(qapp, DEMOS[key])
    plain = QImage(str(export_map(scene, tmp_path / "plain.png", legend=False)))
    full = QImage(str(export_map(scene, tmp_path / "full.png")))
    assert full.width() >= plain.width() and full.height() >= plain.height()
    assert full.width() * full.height() > plain.width() * plain.height() * 1.05
    # the map is where it was and nothing is drawn over it: the legend is beside or below
    assert full.copy(QRect(0, 0, plain.width(), plain.height())) == plain
    extra = full.copy(QRect(plain.width(), 0, full.width() - plain.width(), full.height())
                      if full.width() > plain.width() else
                      QRect(0, plain.height(), full.width(), full.height() - plain.height()))
    colours = {extra.pixelColor(x, y).name() for x in range(0, extra.width(), 5)
               for y in range(0, extra.height(), 5)}
    assert len(colours) > 6  # swatches and text, not an empty strip


def test_a_tall_narrow_map_gets_its_legend_below(qapp: QApplication, tmp_path: Path) -> None:
    chain = [{"id": f"p{i}", "name": f"Person {i}", "reports_to": f"p{i - 1}" if i else None,
              "stance": "supporter"} for i in range(2)]
    scene = _scene(qapp, parsed_doc(stakeholders=chain, influences=[]))
    plain = QImage(str(export_map(scene, tmp_path / "plain.png", legend=False)))
    full = QImage(str(export_map(scene, tmp_path / "full.png")))
    assert full.height() > plain.height() and full.width() > plain.width()
    assert full.copy(QRect(0, 0, plain.width(), plain.height())) == plain


def test_svg_holds_the_legend_as_text_and_stays_valid_xml(
        qapp: QApplication, tmp_path: Path) -> None:
    doc = DEMOS["demo-huadong"]
    scene = _scene(qapp, doc)
    texts = _svg_texts(export_map(scene, tmp_path / "map.svg"))
    for text in LEGEND_TEXTS:
        assert text in texts, text
    assert any(p.name in texts for p in doc.stakeholders)  # the cards, as before
    plain = _svg_texts(export_map(scene, tmp_path / "plain.svg", legend=False))
    assert not set(LEGEND_TEXTS) & set(plain)
    assert any(p.name in plain for p in doc.stakeholders)


def test_markup_in_a_name_is_escaped_in_the_svg(qapp: QApplication, tmp_path: Path) -> None:
    hostile = "<b>x</b>&"
    people = [{"id": "h", "name": hostile, "title": "CTO & <i>co</i>", "stance": "blocker",
               "influence": 4}]
    scene = _scene(qapp, parsed_doc(stakeholders=people, influences=[]))
    out = export_map(scene, tmp_path / "hostile.svg")
    texts = _svg_texts(out)  # parses: the markup did not break the file
    assert hostile in texts
    assert "<b>" not in out.read_text(encoding="utf-8")
    assert "Blocker" in texts


def test_the_app_exports_the_map_with_its_legend(
        qtbot: QtBot, demo: Services, settings: QSettings, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = MainWindow(demo, settings)
    qtbot.addWidget(window)
    window.show()
    window.select("demo-ural")
    window.tabs.setCurrentWidget(window.map)
    target = tmp_path / "from-the-app.svg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: (str(target), "SVG drawing (*.svg)"))
    window.map.export_dialog()
    texts = _svg_texts(target)
    assert "Fill: stance toward us" in texts and "Champion" in texts
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".svg"] == [target.name]


# -- where the picture goes: too large, a full disk, what is not a regular file --------

def _far_apart(qapp: QApplication) -> MapScene:
    """Two cards 12,000 × 8,000 scene units apart: some 25,000 × 16,000 pixels at 2x
    with the legend (400 million: six times what Qt opens)."""
    people = [{"id": "a", "name": "Near", "position": {"x": 0, "y": 0}},
              {"id": "b", "name": "Far", "position": {"x": 12000, "y": 8000}}]
    return _scene(qapp, parsed_doc(stakeholders=people, influences=[]))


def test_a_png_too_large_to_open_is_refused_naming_its_size(
        qapp: QApplication, tmp_path: Path) -> None:
    scene = _far_apart(qapp)
    target = tmp_path / "map.png"
    target.write_bytes(b"last week's map")
    with pytest.raises(RapportError, match=r"^The map is 2\d,\d{3} × 16,\d{3} pixels: too "
                                           r"large for a PNG; export it as SVG"):
        export_map(scene, target)
    assert target.read_bytes() == b"last week's map"
    assert [p.name for p in tmp_path.iterdir()] == ["map.png"]
    assert "Far" in _svg_texts(export_map(scene, tmp_path / "map.svg"))  # vector: fine


def test_a_png_qt_cannot_allocate_is_refused_naming_its_size(
        qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    scene = _scene(qapp, DEMOS["demo-ural"])
    target = tmp_path / "map.png"
    target.write_bytes(b"last week's map")

    class Unallocatable(QImage):
        """What QImage gives when the memory for its pixels cannot be had: null."""

        def __init__(self, *_args: object) -> None:
            super().__init__()

    monkeypatch.setattr(map_export, "QImage", Unallocatable)
    with pytest.raises(RapportError, match=r"^The map is [\d,]+ × [\d,]+ pixels: too large"):
        export_map(scene, target)
    assert target.read_bytes() == b"last week's map"
    assert [p.name for p in tmp_path.iterdir()] == ["map.png"]


@pytest.mark.parametrize("name", ["map.svg", "map.png"])
def test_the_map_is_drawn_before_a_byte_reaches_the_disk(
        qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        name: str) -> None:
    """No temporary file while drawing (a crash then leaves nothing), and what the
    writer gets is the complete picture."""
    scene = _scene(qapp, DEMOS["demo-ural"])
    written: list[tuple[Path, bytes, list[str]]] = []
    monkeypatch.setattr(map_export, "write_atomically", lambda path, data: written.append(
        (path, data, [p.name for p in tmp_path.iterdir()])))
    export_map(scene, tmp_path / name)
    [(path, data, present)] = written
    assert path == tmp_path / name and present == []
    if name.endswith(".svg"):
        assert data.rstrip().endswith(b"</svg>")
    else:
        assert QImage.fromData(data, "PNG").width() > 100  # type: ignore[call-overload]


def test_a_map_through_a_link_writes_the_linked_file(
        qapp: QApplication, tmp_path: Path) -> None:
    real = tmp_path / "slides" / "ural-map.svg"
    real.parent.mkdir()
    real.write_text("old")
    link = tmp_path / "map.svg"
    link.symlink_to(real)
    export_map(_scene(qapp, DEMOS["demo-ural"]), link)
    assert link.is_symlink() and "Fill: stance toward us" in _svg_texts(real)


def test_the_app_refuses_to_export_the_map_to_a_fifo_and_says_so(
        qtbot: QtBot, demo: Services, settings: QSettings, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = MainWindow(demo, settings)
    qtbot.addWidget(window)
    window.select("demo-ural")
    window.tabs.setCurrentWidget(window.map)
    fifo = tmp_path / "map.svg"
    os.mkfifo(fifo)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: (str(fifo), "SVG drawing (*.svg)"))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box.informativeText()))
    window.map.export_dialog()
    assert len(shown) == 1 and "named pipe (FIFO), not a regular file" in shown[0]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".rapport-")]
