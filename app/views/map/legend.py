"""The legend: explains every visual encoding of the map, drawn from map.style.

One painting for both places it appears: the legend beside the map in the app (one
column) and exported map images (as many columns as suit the picture's shape)."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from app.graph import encoding
from app.models.enums import RELATIONSHIP_LABELS, InfluenceKind, Stance, label
from app.views import colors
from app.views.map import style
from app.views.map.items import BADGE_FONT, paint_mark

ROW = 18
COLUMN = 230  # the width of one column of the legend, at least (longer words widen it)

#: one row of a section: its text, what its swatch shows ("fill", "border", "badge",
#: "reports", "influence" or "" for none) and the value it shows
Row = tuple[str, str, object]
Section = tuple[str, list[Row]]


def sections() -> list[Section]:
    """The legend's sections in order: a heading and its rows each (in the language of
    the windows)."""
    return [
        (QCoreApplication.translate("Legend", "Fill: stance toward us"),
         [(label(s) if s else QCoreApplication.translate("Legend", "Unknown"), "fill", s)
          for s in (*Stance, None)]),
        (QCoreApplication.translate("Legend", "Border: our relationship"),
         [(f"{level} {RELATIONSHIP_LABELS[level]}", "border", level) for level in range(5)]),
        (QCoreApplication.translate("Legend", "Size: influence, 1 … 5"), []),
        (QCoreApplication.translate("Legend", "Badge: buying role"),
         [(label(role), "badge", encoding.role_badge(role))
          for role, badge in style.ROLE_BADGE.items() if badge]),
        (QCoreApplication.translate("Legend", "Lines (thicker = stronger)"),
         [(QCoreApplication.translate("Legend", "Reports to"), "reports", None)]
         + [(QCoreApplication.translate("Legend", "Influence: {kind} →").format(
             kind=label(kind).lower()), "influence", kind) for kind in InfluenceKind]),
    ]


def _columns(count: int) -> list[list[Section]]:
    """The sections in at most ``count`` columns of about equal height, in order, a
    section never split."""
    parts = sections()
    rows = sum(1 + len(items) for _, items in parts)
    target = math.ceil(rows / max(1, count))
    out: list[list[Section]] = [[]]
    used = 0
    for part in parts:
        size = 1 + len(part[1])
        if out[-1] and used + size > target and len(out) < count:
            out.append([])
            used = 0
        out[-1].append(part)
        used += size
    return out


def column_width(font: QFont | None = None) -> float:
    """The width of one column: :data:`COLUMN`, or wider where a heading or a row is
    longer in ``font`` (the application's font when None), as Russian ones can be."""
    plain = QFont(font) if font is not None else QFont()
    bold = QFont(plain)
    bold.setBold(True)
    heading, row = QFontMetricsF(bold), QFontMetricsF(plain)
    widest = 0.0
    for title, items in sections():
        widest = max(widest, heading.horizontalAdvance(title) + 12,
                     *(row.horizontalAdvance(text) + 52 for text, _kind, _value in items))
    return max(float(COLUMN), math.ceil(widest))


def legend_size(columns: int = 1, font: QFont | None = None) -> QSizeF:
    """The size :func:`paint_legend` takes with ``columns`` columns in ``font``."""
    laid = _columns(columns)
    rows = max(sum(1 + len(items) for _, items in column) for column in laid)
    return QSizeF(column_width(font) * len(laid), ROW * rows + 10)


def legend_colours(background: QColor, text: QColor | None = None) -> dict[str, QColor]:
    """The legend's own colours on ``background``: its headings' and rows' text (the
    palette's ``text`` when given, checked for 4.5:1), and the lines and borders of its
    swatches (3:1), as :func:`style.on_canvas` draws them on the map."""
    heading = colors.readable_on(background, *(c for c in (text,) if c is not None),
                                 QColor("#263238"))
    row = colors.ensure_contrast(colors.mix(heading, background, 0.15), background)
    return {"heading": heading, "row": row, "background": background,
            "border": style.on_canvas(style.BORDER, background)}


def paint_legend(p: QPainter, origin: QPointF, columns: int = 1,
                 font: QFont | None = None, background: QColor | None = None,
                 text: QColor | None = None) -> None:
    """Paint the legend with its top left corner at ``origin`` (``font``: the painter's
    font when None) on ``background`` (white when None: an exported picture), its words
    in ``text`` (a palette's) when that reads on it."""
    look = legend_colours(QColor(background) if background is not None
                          else QColor("#ffffff"), text)
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    if font is not None:
        p.setFont(font)
    width = column_width(p.font())
    for c, column in enumerate(_columns(columns)):
        x, y = origin.x() + c * width, origin.y() + 4.0
        for heading, items in column:
            _heading(p, QRectF(x + 6, y, width - 10, ROW), heading, look["heading"])
            y += ROW
            for row_text, kind, value in items:
                p.setPen(look["row"])
                p.drawText(QRectF(x + 46, y, width - 50, ROW),
                           Qt.AlignmentFlag.AlignVCenter, row_text)
                _swatch(p, QRectF(x + 10, y + 3, 28, ROW - 6), kind, value, look)
                y += ROW
    p.restore()


def _heading(p: QPainter, rect: QRectF, text: str, colour: QColor) -> None:
    font = p.font()
    font.setBold(True)
    p.setFont(font)
    p.setPen(colour)
    p.drawText(rect, Qt.AlignmentFlag.AlignVCenter, text)
    font.setBold(False)
    p.setFont(font)


def _swatch(p: QPainter, r: QRectF, kind: str, value: object,
            look: dict[str, QColor]) -> None:
    background = look["background"]
    if kind == "fill":  # as on the cards: the fill, and the marker on its corner
        stance = value if isinstance(value, Stance) else None
        p.setPen(QPen(look["border"], 1))
        p.setBrush(QBrush(style.STANCE_FILL[stance]))
        p.drawRoundedRect(r.adjusted(4, 0, 0, 0), 3, 3)
        paint_mark(p, stance, QPointF(r.left() + 5, r.center().y()), 5.5, look["border"])
    elif kind == "border":  # as on the map: the card's border against the canvas
        width, pen_style = style.border(value if isinstance(value, int) else None)
        p.setPen(QPen(look["border"], width, pen_style))
        p.setBrush(QBrush(background))
        p.drawRoundedRect(r.adjusted(2, 1, -2, -1), 3, 3)
    elif kind == "badge":  # as on the cards: a small bold label on a light pill
        p.save()
        p.setFont(BADGE_FONT)
        width = min(QFontMetricsF(BADGE_FONT).horizontalAdvance(str(value)) + 8, 36.0)
        pill = QRectF(r.center().x() - width / 2, r.top(), width, r.height())
        p.setPen(QPen(QColor("#cfd8dc"), 0.8))
        p.setBrush(QBrush(style.BADGE_FILL))
        p.drawRoundedRect(pill, 4, 4)
        p.setPen(style.BADGE_TEXT)
        p.drawText(pill, Qt.AlignmentFlag.AlignCenter, str(value))
        p.restore()
    elif kind in ("reports", "influence"):
        if isinstance(value, InfluenceKind):
            p.setPen(QPen(style.on_canvas(style.INFLUENCE[value], background), 2.2,
                          style.INFLUENCE_STYLE[value]))
        else:
            p.setPen(QPen(style.on_canvas(style.REPORTING, background), 1.6))
        p.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()))


class Legend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(self.sizeHint().height())

    def sizeHint(self) -> QSize:
        return legend_size(1, self.font()).toSize()

    def paintEvent(self, _event: object) -> None:
        p = QPainter(self)
        self.paint(p)
        p.end()

    def paint(self, p: QPainter) -> None:
        """The legend on the widget's own background, in its palette's colours."""
        pal = self.palette()
        background = pal.color(self.backgroundRole())
        p.fillRect(self.rect(), background)
        paint_legend(p, QPointF(0, 0), background=background,
                     text=pal.color(QPalette.ColorRole.WindowText))
