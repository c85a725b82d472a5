"""Fonts for the PDF: TrueType outlines embedded (subset) so that Chinese, Russian and
English render everywhere and extract back as the same text.

reportlab embeds only TrueType outlines (``glyf``), not CFF (most Noto CJK fonts), so
the candidates are TrueType files: DejaVu Sans (``fonts-dejavu-core``) or Liberation
Sans / Arial for Latin and Cyrillic, WenQuanYi Micro Hei (``fonts-wqy-microhei``),
Microsoft YaHei, SimSun or Arial Unicode for Chinese. Text runs in CJK script are set in
the CJK font, everything else in the text font.

Where fonts are looked for, first hit wins:

1. ``RAPPORT_PDF_FONT`` / ``RAPPORT_PDF_BOLD_FONT`` / ``RAPPORT_PDF_CJK_FONT``: a path,
   for a collection (``.ttc``) optionally followed by ``#index`` (``…/x.ttc#1``);
2. ``fc-match`` (fontconfig), when installed;
3. well-known paths on Debian/Ubuntu, Fedora, macOS and Windows.

No usable CJK font when the text needs one is a :class:`~app.errors.RapportError`
naming the package to install, never a page of empty boxes.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from app.errors import RapportError
from app.i18n import N_, _

log = logging.getLogger("rapport.reports")

#: prefixes of the names the fonts are registered under in reportlab
TEXT = "RapportSans"
BOLD = "RapportSansBold"
CJK = "RapportCJK"

_CJK_RE = re.compile(
    "[\u2e80-\u2fdf\u3000-\u30ff\u3100-\u312f\u3190-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0002fa1f]+"
)

_WIN = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
_TEXT_PATHS = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "/System/Library/Fonts/Supplemental/Arial.ttf",
    "/Library/Fonts/Arial.ttf",
    str(_WIN / "arial.ttf"),
)
_BOLD_PATHS = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "/System/Library/Fonts/Supplemental/Arial Bold.ttf",
    "/Library/Fonts/Arial Bold.ttf",
    str(_WIN / "arialbd.ttf"),
)
_CJK_PATHS = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
    "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
    str(_WIN / "msyh.ttc"),
    str(_WIN / "simsun.ttc"),
)
CJK_PACKAGE = N_("fonts-wqy-microhei (Debian/Ubuntu: sudo apt-get install "
                 "fonts-wqy-microhei), or set RAPPORT_PDF_CJK_FONT to a TrueType font with "
                 "Chinese glyphs")
TEXT_PACKAGE = N_("fonts-dejavu-core (Debian/Ubuntu: sudo apt-get install fonts-dejavu-core), "
                  "or set RAPPORT_PDF_FONT to a TrueType font with Latin and Cyrillic glyphs")


@dataclass(frozen=True)
class Fonts:
    """Registered reportlab font names: the text font, its bold, the CJK font (or None)."""

    text: str
    bold: str
    cjk: str | None


def has_cjk(text: str) -> bool:
    return _CJK_RE.search(text) is not None


def cjk_runs(text: str) -> list[tuple[str, bool]]:
    """``text`` cut into (run, is CJK) pieces, in order."""
    runs: list[tuple[str, bool]] = []
    pos = 0
    for m in _CJK_RE.finditer(text):
        if m.start() > pos:
            runs.append((text[pos:m.start()], False))
        runs.append((m.group(), True))
        pos = m.end()
    if pos < len(text):
        runs.append((text[pos:], False))
    return runs


def set_runs(text: str, fonts: Fonts) -> list[tuple[str, bool]]:
    """``text`` cut into (run, set in the CJK font) pieces: the CJK runs, and in a text
    that has Chinese also the runs between them without letters (digits, spaces,
    punctuation: "第 3 部分") where the CJK font can draw them, so that a Chinese line
    reads in one regular weight instead of bold digits between regular characters."""
    runs = cjk_runs(text)
    if not fonts.cjk or not any(is_cjk for _run, is_cjk in runs):
        return runs
    from reportlab.pdfbase import pdfmetrics

    glyphs = pdfmetrics.getFont(fonts.cjk).face.charWidths
    merged: list[tuple[str, bool]] = []
    for run, is_cjk in runs:
        if not is_cjk and not any(c.isalpha() for c in run) and all(
                ord(c) in glyphs for c in run if not c.isspace()):
            is_cjk = True
        if merged and merged[-1][1] == is_cjk:
            merged[-1] = (merged[-1][0] + run, is_cjk)
        else:
            merged.append((run, is_cjk))
    return merged


def font_for(fonts: Fonts, text: str, *, bold: bool = False) -> str:
    """The one font a line of a drawing is set in: the CJK font when it holds Chinese
    (never bold: Chinese is set in its regular weight, a bold Latin font has no glyphs
    for it), else the text or the bold font."""
    if fonts.cjk and has_cjk(text):
        return fonts.cjk
    return fonts.bold if bold else fonts.text


def font_runs(fonts: Fonts, text: str, *, bold: bool = False) -> list[tuple[str, str]]:
    """``text`` as (piece, font) runs: CJK runs in the CJK font (regular, never bold),
    the rest in the text or bold font, so symbols the CJK font lacks ("▮", "₽") still
    print beside Chinese."""
    latin = fonts.bold if bold else fonts.text
    return [(run, fonts.cjk if (is_cjk and fonts.cjk) else latin)
            for run, is_cjk in set_runs(text, fonts)]


def runs_width(fonts: Fonts, text: str, size: float, *, bold: bool = False) -> float:
    """Points ``text`` takes at ``size``, each run in its font."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return sum(stringWidth(run, font, size) for run, font in font_runs(fonts, text, bold=bold))


def draw_runs(canvas: Any, x: float, y: float, text: str, fonts: Fonts, size: float, *,
              bold: bool = False, anchor: str = "start") -> None:
    """Draw ``text`` on a canvas, each run in its font; ``anchor`` "start", "end" or
    "middle" of ``x``."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if anchor != "start":
        width = runs_width(fonts, text, size, bold=bold)
        x -= width if anchor == "end" else width / 2
    for run, font in font_runs(fonts, text, bold=bold):
        canvas.setFont(font, size)
        canvas.drawString(x, y, run)
        x += stringWidth(run, font, size)


def text_shape(x: float, y: float, text: str, fonts: Fonts, size: float, fill: Any, *,
               bold: bool = False, anchor: str = "start") -> Any:
    """A drawing's text as a reportlab ``String`` (one font) or a ``Group`` of them (a
    line mixing Chinese with other script), placed like ``String(x, y, text)``."""
    from reportlab.graphics.shapes import Group, String
    from reportlab.pdfbase.pdfmetrics import stringWidth

    runs = font_runs(fonts, text, bold=bold)
    if len(runs) <= 1:
        font = runs[0][1] if runs else (fonts.bold if bold else fonts.text)
        return String(x, y, text, fontName=font, fontSize=size, fillColor=fill,
                      textAnchor=anchor)
    if anchor != "start":
        width = runs_width(fonts, text, size, bold=bold)
        x -= width if anchor == "end" else width / 2
    group = Group()
    for run, font in runs:
        group.add(String(x, y, run, fontName=font, fontSize=size, fillColor=fill))
        x += stringWidth(run, font, size)
    return group


def _fc_match(pattern: str) -> list[str]:
    exe = shutil.which("fc-match")
    if exe is None:
        return []
    try:
        out = subprocess.run([exe, "-f", "%{file}\n", pattern], capture_output=True,
                             text=True, timeout=10, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return [line for line in out.splitlines() if line.lower().endswith((".ttf", ".ttc"))]


def _split(spec: str) -> tuple[str, int]:
    path, _sep, index = spec.partition("#")
    return path, int(index) if index.isdigit() else 0


def _try(base: str, candidates: Iterable[str], probe: str) -> str | None:
    """Register the first candidate that is TrueType and has glyphs for ``probe``; return
    its reportlab name (``base`` plus the file and index: reportlab keeps the first font
    registered under a name, so another file needs another name)."""
    from reportlab.pdfbase import pdfmetrics  # reportlab only once a PDF is made
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    for spec in candidates:
        path, index = _split(spec)
        if not Path(path).is_file():
            continue
        name = f"{base}-{re.sub(r'[^A-Za-z0-9]+', '', Path(path).stem)}-{index}"
        try:
            font = TTFont(name, path, subfontIndex=index)
        except (TTFError, OSError, ValueError) as err:
            log.info("font %s not usable: %s", spec, err)
            continue
        widths = font.face.charWidths
        if not all(ord(c) in widths for c in probe):
            log.info("font %s lacks glyphs for %r", spec, probe)
            continue
        pdfmetrics.registerFont(font)
        log.info("PDF font %s: %s", name, spec)
        return name
    return None


def _candidates(env: str, fc_pattern: str, known: Sequence[str]) -> list[str]:
    override = os.environ.get(env)
    if override:
        return [override]  # an explicit choice is not silently replaced
    return [*_fc_match(fc_pattern), *known]


@cache
def _text_fonts() -> tuple[str, str] | None:
    probe = "AzÄéЖжЯя"
    text = _try(TEXT, _candidates("RAPPORT_PDF_FONT", "DejaVu Sans:style=Book", _TEXT_PATHS),
                probe)
    if text is None:
        return None
    bold = _try(BOLD, _candidates("RAPPORT_PDF_BOLD_FONT", "DejaVu Sans:style=Bold",
                                  _BOLD_PATHS), probe)
    return text, bold or text


@cache
def _cjk_font() -> str | None:
    return _try(CJK, _candidates("RAPPORT_PDF_CJK_FONT", "sans:lang=zh-cn", _CJK_PATHS),
                "中文字体")


def load_fonts(need_cjk: bool) -> Fonts:
    """Find and register the fonts; ``need_cjk``: the text contains Chinese (Japanese,
    Korean) characters, or the document is in Chinese. Raises RapportError naming the
    package to install."""
    text = _text_fonts()
    cjk = _cjk_font() if need_cjk else None
    if need_cjk and cjk is None:
        raise RapportError(_("The PDF has Chinese text but no font with Chinese glyphs "
                             "(TrueType) was found for it. Install {package}.").format(
                                 package=_(CJK_PACKAGE)))
    if text is None:
        raise RapportError(_("No TrueType font with Latin and Cyrillic glyphs was found "
                             "for the PDF. Install {package}.").format(package=_(TEXT_PACKAGE)))
    return Fonts(text[0], text[1], cjk)


def missing_glyphs(text: str, fonts: Fonts) -> list[str]:
    """Characters of ``text`` the chosen fonts cannot draw (they would print as blanks
    or boxes): e.g. a rare character of a Chinese name, Thai, or an emoji."""
    from reportlab.pdfbase import pdfmetrics

    widths = {name: pdfmetrics.getFont(name).face.charWidths
              for name in {fonts.text, fonts.cjk} if name}
    missing = set()
    for char in set(text):
        if char.isspace() or unicodedata.category(char) in ("Cc", "Cf"):
            continue
        font = fonts.cjk if (fonts.cjk and has_cjk(char)) else fonts.text
        if ord(char) not in widths[font]:
            missing.add(char)
    return sorted(missing)


def reset_for_tests() -> None:
    """Forget the fonts found (tests change the environment variables)."""
    _text_fonts.cache_clear()
    _cjk_font.cache_clear()


