"""Colours that stay readable in a light and a dark palette.

Text and what sits behind text come from the widget's QPalette, or are checked here for
contrast against the background they are drawn on (WCAG 2.x: at least 4.5:1 for text,
3:1 for large text and graphical objects such as lines and borders). Colours that
encode something (a stance's fill, a health band) keep their hue: only the text on
them, or their lightness where they are drawn as text, is chosen by contrast.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

ColorLike = QColor | str | Qt.GlobalColor | int  # int: 0xAARRGGBB

#: WCAG AA: normal text, and large text or graphical objects (lines, borders, icons)
TEXT_AA = 4.5
GRAPHIC_AA = 3.0

_BLACK, _WHITE = 0xFF000000, 0xFFFFFFFF
#: an error's red, the hue of error texts
ERROR = QColor("#c62828")


def _rgba(colour: ColorLike) -> int:
    return QColor(colour).rgba()


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


@lru_cache(maxsize=4096)
def _luminance(rgb: int) -> float:
    r, g, b = (rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def luminance(colour: ColorLike) -> float:
    """WCAG relative luminance, 0 (black) … 1 (white); alpha is ignored (see
    :func:`over` to composite a translucent colour first)."""
    return _luminance(_rgba(colour) & 0xFFFFFF)


def contrast(a: ColorLike, b: ColorLike) -> float:
    """The WCAG contrast ratio of two colours, 1 … 21."""
    la, lb = luminance(a), luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def mix(a: ColorLike, b: ColorLike, amount: float) -> QColor:
    """``a`` moved ``amount`` (0 … 1) of the way toward ``b`` (opaque)."""
    ca, cb = QColor(a), QColor(b)
    t = min(1.0, max(0.0, amount))
    return QColor(round(ca.red() + (cb.red() - ca.red()) * t),
                  round(ca.green() + (cb.green() - ca.green()) * t),
                  round(ca.blue() + (cb.blue() - ca.blue()) * t))


def over(colour: ColorLike, background: ColorLike) -> QColor:
    """A translucent ``colour`` as it looks drawn on an opaque ``background``."""
    c = QColor(colour)
    return mix(background, QColor(c.red(), c.green(), c.blue()), c.alphaF())


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether a palette (the application's when None) is dark: its window is darker
    than its text."""
    pal = palette if palette is not None else QGuiApplication.palette()
    return luminance(pal.color(QPalette.ColorRole.Window)) < \
        luminance(pal.color(QPalette.ColorRole.WindowText))


def black_or_white(background: ColorLike) -> QColor:
    """Black or white, whichever contrasts more with ``background``."""
    return QColor(Qt.GlobalColor.black) if contrast(_BLACK, background) >= \
        contrast(_WHITE, background) else QColor(Qt.GlobalColor.white)


@lru_cache(maxsize=4096)
def _ensured(colour: int, background: int, minimum: float) -> int:
    if contrast(colour, background) >= minimum:
        return colour
    extreme = _BLACK if contrast(_BLACK, background) >= contrast(_WHITE, background) \
        else _WHITE
    # the least step toward black or white (hue kept) that reaches the minimum; the
    # luminance grows steadily along the way, but may first pass the background's
    for step in range(1, 65):
        moved = mix(colour, extreme, step / 64)
        if contrast(moved, background) >= minimum:
            return moved.rgba()
    return extreme


def ensure_contrast(colour: ColorLike, background: ColorLike,
                    minimum: float = TEXT_AA) -> QColor:
    """``colour`` if it contrasts at least ``minimum`` with ``background``; else the same
    hue made darker (on a light background) or lighter (on a dark one) just enough
    (black or white at the most)."""
    bg = over(background, _WHITE) if QColor(background).alpha() < 255 else QColor(background)
    return QColor.fromRgba(_ensured(QColor(colour).rgb(), bg.rgb(), minimum))


def readable_on(background: ColorLike, *preferred: ColorLike,
                minimum: float = TEXT_AA) -> QColor:
    """The colour to write on ``background``: the first of ``preferred`` that contrasts
    at least ``minimum`` with it, else the first one adjusted to (see
    :func:`ensure_contrast`); black or white when none is preferred."""
    for colour in preferred:
        if contrast(colour, background) >= minimum:
            return QColor(colour)
    if preferred:
        return ensure_contrast(preferred[0], background, minimum)
    return black_or_white(background)


def tint(base: ColorLike, hue: ColorLike, dark: bool) -> QColor:
    """A quiet background tint of ``hue`` over ``base`` (rows, cells): light tints in a
    light palette, deeper ones in a dark palette, so the palette's text stays readable."""
    return mix(base, hue, 0.28 if dark else 0.14)


def muted(palette: QPalette | None = None,
          role: QPalette.ColorRole = QPalette.ColorRole.Window) -> QColor:
    """Secondary text (hints, notes) for a background of ``palette``'s ``role``: between
    the text and the background, still at least 4.5:1 against it."""
    pal = palette if palette is not None else QGuiApplication.palette()
    background = pal.color(role)
    text = pal.color(QPalette.ColorRole.Text if role in (
        QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase)
        else QPalette.ColorRole.WindowText)
    return ensure_contrast(mix(text, background, 0.35), background, TEXT_AA)


def signal(colour: ColorLike, palette: QPalette | None = None,
           role: QPalette.ColorRole = QPalette.ColorRole.Window,
           minimum: float = TEXT_AA) -> QColor:
    """A signal colour (an error's red, a success's green) as text on ``palette``'s
    ``role``: its hue, lightened in a dark palette or darkened in a light one until it
    reads."""
    pal = palette if palette is not None else QGuiApplication.palette()
    return ensure_contrast(colour, pal.color(role), minimum)


class _Follower(QObject):
    def __init__(self, widget: QWidget, apply: Callable[[QWidget], None]) -> None:
        super().__init__(widget)
        self._apply = apply
        widget.installEventFilter(self)
        apply(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange and isinstance(watched, QWidget):
            self._apply(watched)
        return False


def follow_palette(widget: QWidget, apply: Callable[[QWidget], None]) -> None:
    """Call ``apply(widget)`` now and whenever the application's palette changes (the
    system switched to dark mode): for colours a widget holds itself (a label's muted
    text, a warning's background)."""
    _Follower(widget, apply)


def _foreground(widget: QWidget, colour: QColor) -> None:
    pal = widget.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        pal.setColor(group, QPalette.ColorRole.WindowText, colour)
        pal.setColor(group, QPalette.ColorRole.Text, colour)
    widget.setPalette(pal)


def _apply_tone(widget: QWidget) -> None:
    pal = QGuiApplication.palette()
    tone = widget.property("rapportTone")
    _foreground(widget, signal(ERROR, pal) if tone == "error" else muted(pal))


def set_tone(widget: QWidget, tone: str) -> None:
    """Show a label's text as secondary text (``"muted"``) or as an error (``"error"``,
    red), readable in the palette of the moment and after it changes."""
    widget.setProperty("rapportTone", tone)
    if not widget.property("rapportToneFollowed"):
        widget.setProperty("rapportToneFollowed", True)
        follow_palette(widget, _apply_tone)
    else:
        _apply_tone(widget)


def mute(widget: QWidget) -> None:
    """Show a label's text as secondary (grey) text, readable in any palette."""
    set_tone(widget, "muted")


def warn(widget: QWidget) -> None:
    """Show a label's text as an error (red), readable in any palette."""
    set_tone(widget, "error")


def css(colour: ColorLike) -> str:
    """A colour for a style sheet or a rich-text span ("#rrggbb")."""
    return QColor(colour).name()
