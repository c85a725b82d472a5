"""Typography and small flowable helpers shared by every section: one type scale, one
palette, one table style, and text markup that puts CJK runs in the CJK font."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from app.reports.fonts import Fonts, cjk_runs, has_cjk

INK = colors.HexColor("#263238")
MUTED = colors.HexColor("#607d8b")
ACCENT = colors.HexColor("#1f4e79")
RULE = colors.HexColor("#b0bec5")
HEADER_BG = colors.HexColor("#e3eaf0")
ZEBRA = colors.HexColor("#f5f7f9")
ALERT = colors.HexColor("#c62828")
ALERT_BG = colors.HexColor("#fdecea")

MARGIN = 18 * mm
SUBHEADING_ROOM = 80.0  # points a sub-heading needs below it, else it starts a page
BODY_SIZE = 9.5
SMALL_SIZE = 8.0
CELL_PAD = 4.0  # points of padding left and right of a table cell
MIN_CELL_SIZE = 6.0  # a whole word is set no smaller than this before it is broken

#: where reportlab may end a line (its whitespace: not the no-break space U+00A0)
_LINE_BREAKS = re.compile("[\t\n\x0b\x0c\r\x1c-\x1f \x85\u1680\u2000-\u200b"
                          "\u2028\u2029\u202f\u205f\u3000]+")
_AFTER_AT_DOT_OR_CODE = re.compile("(?<=[@.\u00a0])")


#: long tables are built in runs of this many rows: reportlab re-measures every remaining
#: row each time a table splits across a page, which makes one long table quadratic
CHUNK_ROWS = 40


class TableRun(Flowable):
    """Consecutive tables with the same header that read as one long table."""

    def __init__(self, tables: Sequence[Table]) -> None:
        super().__init__()
        self.tables = list(tables)
        self._sizes: list[tuple[float, float]] = []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._sizes = [t.wrap(avail_width, avail_height) for t in self.tables]
        return max(w for w, _ in self._sizes), sum(h for _, h in self._sizes)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """The first table (or the part of it that fits) and the other tables: what
        platypus puts here must fit, the rest goes on."""
        first, rest = self.tables[0], self.tables[1:]
        if first.wrap(avail_width, avail_height)[1] <= avail_height:
            return [first, *rest]
        parts = first.split(avail_width, avail_height)
        return [*parts, *rest] if parts else []

    def draw(self) -> None:
        y = sum(h for _, h in self._sizes)
        for table, (_, h) in zip(self.tables, self._sizes, strict=True):
            y -= h
            table.drawOn(self.canv, 0, y)


def fitted(text: str, font: str, size: float, room: float) -> str:
    """``text`` shortened with "…" to fit ``room`` points on one line (a long account
    name must not run over the page number, a chart title over the next chart)."""
    if stringWidth(text, font, size) <= room:
        return text
    while text and stringWidth(text + "…", font, size) > room:
        text = text[:-1]
    return text.rstrip() + "…"


def mostly_cjk(text: str) -> bool:
    """Whether CJK line breaking suits ``text``: it may end a line after any character,
    which Chinese needs but which cuts Latin and Cyrillic words in two. So only where
    at least a third of the letters are CJK; elsewhere lines break at spaces, and a CJK
    run too long for a line is still split (reportlab splits over-long words)."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    cjk = sum(1 for c in letters if has_cjk(c))
    return cjk * 3 >= len(letters)


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of one document (they name the fonts that were found)."""

    fonts: Fonts
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    head_cell: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    bullet_style: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    toc1: ParagraphStyle
    #: the CJK-wrapping variant of each style, by name (made on first use)
    cjk_cache: dict[str, ParagraphStyle] = field(default_factory=dict)

    def cjk(self, style: ParagraphStyle) -> ParagraphStyle:
        """The style with CJK line breaking (any character may end a line)."""
        made = self.cjk_cache.get(style.name)
        if made is None:
            made = ParagraphStyle(style.name + "-cjk", parent=style, wordWrap="CJK")
            self.cjk_cache[style.name] = made
        return made

    def markup(self, text: str, *, bold: bool = False) -> str:
        """Escaped paragraph markup: CJK runs in the CJK font, line breaks kept."""
        parts = []
        for run, is_cjk in cjk_runs(text):
            piece = escape(run).replace("\n", "<br/>")
            if is_cjk and self.fonts.cjk:
                piece = f'<font name="{self.fonts.cjk}">{piece}</font>'
            parts.append(piece)
        out = "".join(parts)
        return f"<b>{out}</b>" if bold else out

    def para(self, text: str, style: ParagraphStyle | None = None, *,
             bold: bool = False) -> Paragraph:
        """A paragraph of plain text (escaped), CJK-aware."""
        style = style or self.body
        if mostly_cjk(text):
            style = self.cjk(style)
        return Paragraph(self.markup(text, bold=bold), style)

    def rich(self, markup: str, style: ParagraphStyle | None = None) -> Paragraph:
        """A paragraph of prepared markup (parts already passed through :meth:`markup`)."""
        style = style or self.body
        if mostly_cjk(re.sub(r"<[^>]*>", "", markup)):
            style = self.cjk(style)
        return Paragraph(markup, style)

    def bullet(self, text: str) -> Paragraph:
        """A list item with a hanging bullet."""
        style = self.cjk(self.bullet_style) if has_cjk(text) else self.bullet_style
        return Paragraph(self.markup(text), style, bulletText="•")

    def subheading(self, text: str) -> list[Flowable]:
        """A heading within a section, on a new page unless a few lines fit below it
        (not keep-with-next: that would move a whole table after it to the next page)."""
        return [CondPageBreak(SUBHEADING_ROOM), self.para(text, self.h2)]

    def note(self, text: str) -> Paragraph:
        """The one-line "nothing recorded" note of an empty section."""
        return self.para(text, self.muted)

    def text_width(self, text: str, size: float) -> float:
        """Points ``text`` takes on one line at ``size`` (CJK runs in the CJK font)."""
        return sum(stringWidth(run, self.fonts.cjk if is_cjk and self.fonts.cjk
                               else self.fonts.text, size)
                   for run, is_cjk in cjk_runs(text))

    def whole_words(self, text: str, style: ParagraphStyle, room: float) -> Paragraph:
        """A paragraph in ``room`` points that never cuts a word (an e-mail address, an
        id, an amount) where reportlab would — anywhere: lines end at spaces only; a
        word too wide for the room is set smaller, down to 6 pt, and one too wide even
        then breaks only after an "@" or a "." (or between a currency code and its
        figure), never inside a name or a number. Only a piece with no such place that
        is too wide even at 6 pt is cut where it must, rather than overprint the next
        column."""
        words = [w for w in _LINE_BREAKS.split(text) if w]
        if not words or mostly_cjk(text):  # Chinese may end a line after any character
            return self.para(text, style)
        widest = max(self.text_width(w, style.fontSize) for w in words)
        if widest <= room:
            return self.para(text, style)
        size = max(MIN_CELL_SIZE, int(style.fontSize * room / widest * 10) / 10)
        if any(self.text_width(w, size) > room for w in words):  # too wide even at 6 pt
            text = "".join(self._broken(part, size, room)
                           for part in re.split(f"({_LINE_BREAKS.pattern})", text))
        # A piece still too wide (no "@" or "." to break at) is cut by reportlab as a
        # last resort: better than running over the next column.
        whole = all(self.text_width(line, size) <= room
                    for line in _LINE_BREAKS.split(text))
        smaller = ParagraphStyle(f"{style.name}-whole-{size}-{int(whole)}", parent=style,
                                 fontSize=size, leading=size * 1.22,
                                 splitLongWords=int(not whole))
        return self.para(text, smaller)

    def _broken(self, word: str, size: float, room: float) -> str:
        """``word`` with line breaks after "@", "." or a no-break space where it does not
        fit ``room``."""
        if _LINE_BREAKS.fullmatch(word) or self.text_width(word, size) <= room:
            return word
        lines = [""]
        for piece in _AFTER_AT_DOT_OR_CODE.split(word):
            if lines[-1] and self.text_width(lines[-1] + piece, size) > room:
                lines.append("")
            lines[-1] += piece
        return "\n".join(lines)

    def table(self, header: Sequence[str], rows: Sequence[Sequence[str | Flowable]],
              widths: Sequence[float], *, right: Sequence[int] = (),
              highlight: Sequence[int] = (), font_size: float | None = None,
              nowrap: Sequence[int] = ()) -> Flowable:
        """A zebra table with a repeated header row; text cells wrap, ``right`` columns
        are right-aligned, ``highlight`` rows (0 = first data row) stand out in red.
        ``nowrap`` columns (e-mail addresses, ids, amounts) never cut a word: such a word
        is set smaller, down to 6 pt, and only then broken at "@" or "." (see
        :meth:`whole_words`)."""
        size = font_size or SMALL_SIZE
        cell = ParagraphStyle(f"cell-{size}", parent=self.cell, fontSize=size,
                              leading=size * 1.22)
        right_style = ParagraphStyle(f"cell-right-{size}", parent=cell, alignment=TA_RIGHT)
        alert = ParagraphStyle(f"cell-alert-{size}", parent=cell, textColor=ALERT)
        alert_right = ParagraphStyle(f"cell-alert-right-{size}", parent=alert,
                                     alignment=TA_RIGHT)
        marked = set(highlight)
        head = ParagraphStyle(f"head-cell-{size}", parent=self.head_cell, fontSize=size,
                              leading=size * 1.22)
        head_right = ParagraphStyle(f"head-cell-right-{size}", parent=head, alignment=TA_RIGHT)
        data: list[list[str | Flowable]] = [
            [self.para(h, head_right if c in right else head) for c, h in enumerate(header)]]
        for r, row in enumerate(rows):
            out: list[str | Flowable] = []
            for c, value in enumerate(row):
                if isinstance(value, str):
                    if r in marked:
                        style = alert_right if c in right else alert
                    else:
                        style = right_style if c in right else cell
                    out.append(self.whole_words(value, style, widths[c] - 2 * CELL_PAD)
                               if c in nowrap else self.para(value, style))
                else:
                    out.append(value)
            data.append(out)
        header_row, body = data[0], data[1:]
        chunks = [body[i:i + CHUNK_ROWS] for i in range(0, len(body), CHUNK_ROWS)] or [[]]
        tables = []
        for k, chunk in enumerate(chunks):
            table = Table([header_row, *chunk], colWidths=list(widths), repeatRows=1,
                          hAlign="LEFT")
            commands: list[tuple[object, ...]] = [
                ("FONTNAME", (0, 0), (-1, -1), self.fonts.text),  # else Helvetica is used
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ]
            first = k * CHUNK_ROWS
            for r in range(1, len(chunk) + 1):
                if first + r - 1 in marked:
                    commands.append(("BACKGROUND", (0, r), (-1, r), ALERT_BG))
                elif (first + r) % 2 == 0:
                    commands.append(("BACKGROUND", (0, r), (-1, r), ZEBRA))
            table.setStyle(TableStyle(commands))
            tables.append(table)
        return tables[0] if len(tables) == 1 else TableRun(tables)

    def facts(self, pairs: Sequence[tuple[str, str]], widths: tuple[float, float], *,
              size: float = SMALL_SIZE) -> Table:
        """A two-column label/value block (cover, profile, summary figures)."""
        key = ParagraphStyle(f"fact-key-{size}", parent=self.cell_bold, fontSize=size,
                             leading=size * 1.25)
        value = ParagraphStyle(f"fact-{size}", parent=self.cell, fontSize=size,
                               leading=size * 1.25)
        data = [[self.para(k, key), self.para(v, value)] for k, v in pairs]
        table = Table(data, colWidths=list(widths), hAlign="LEFT")
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), self.fonts.text),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ]))
        return table


def make_styles(fonts: Fonts) -> Styles:
    def style(name: str, size: float, *, font: str | None = None, colour: colors.Color = INK,
              before: float = 0, after: float = 0, leading: float | None = None,
              align: int = TA_LEFT, keep: bool = False, indent: float = 0
              ) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font or fonts.text, fontSize=size,
                              leading=leading or size * 1.3, textColor=colour,
                              spaceBefore=before, spaceAfter=after, alignment=align,
                              keepWithNext=int(keep), leftIndent=indent,
                              bulletFontName=fonts.text)

    return Styles(
        fonts=fonts,
        body=style("body", BODY_SIZE, after=4),
        small=style("small", SMALL_SIZE, after=2),
        muted=style("muted", SMALL_SIZE + 0.5, colour=MUTED, after=4),
        cell=style("cell", SMALL_SIZE, leading=SMALL_SIZE * 1.22),
        cell_bold=style("cell-bold", SMALL_SIZE, font=fonts.bold, leading=SMALL_SIZE * 1.22),
        cell_right=style("cell-right", SMALL_SIZE, leading=SMALL_SIZE * 1.22, align=TA_RIGHT),
        head_cell=style("head-cell", SMALL_SIZE, font=fonts.bold, colour=ACCENT,
                        leading=SMALL_SIZE * 1.22),
        h1=style("h1", 15, font=fonts.bold, colour=ACCENT, before=16, after=6, leading=19,
                 keep=True),
        h2=style("h2", 11, font=fonts.bold, colour=INK, before=8, after=4, leading=14),
        bullet_style=style("bullet", BODY_SIZE, after=3, indent=10),
        title=style("title", 26, font=fonts.bold, colour=ACCENT, leading=32, after=8),
        subtitle=style("subtitle", 13, colour=MUTED, leading=17, after=4),
        toc1=style("toc1", 10.5, leading=16),
    )


def gap(height: float = 4) -> Spacer:
    return Spacer(1, height)
