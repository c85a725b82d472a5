"""Typography and small flowable helpers shared by every section: one type scale, one
palette, one table style, and text markup that puts CJK runs in the CJK font."""

from __future__ import annotations

import math
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

from app.reports.fonts import Fonts, has_cjk, set_runs

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
    """Flowables that read as one: consecutive tables with the same header (a long
    table built in runs), each followed by the texts too long for its cells
    (see :meth:`Styles.table`). Laid out as a whole where it fits, else one by one."""

    def __init__(self, items: Sequence[Flowable]) -> None:
        super().__init__()
        self.items = list(items)
        self._sizes: list[tuple[float, float]] = []

    @property
    def tables(self) -> list[Flowable]:
        return [f for f in self.items if isinstance(f, Table)]

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """The height of all the items, spaces between them included; measuring stops
        once the run is taller than ``avail_height`` (a page of continued text need
        not be measured to know it goes on over the page)."""
        self._sizes = []
        total = 0.0
        for i, item in enumerate(self.items):
            if i:
                total += self.items[i - 1].getSpaceAfter() + item.getSpaceBefore()
            if isinstance(item, CondPageBreak):  # acts only when laid out on its own
                self._sizes.append((0.0, 0.0))
                continue
            w, h = item.wrap(avail_width, max(0.0, avail_height - total))
            self._sizes.append((w, h))
            total += h
            if total > avail_height:
                break
        return max(w for w, _ in self._sizes), total

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """The first item (or the part of it that fits) and the others: what platypus
        puts here must fit, the rest goes on."""
        first, rest = self.items[0], self.items[1:]
        if first.wrap(avail_width, avail_height)[1] <= avail_height:
            return [first, *rest]
        parts = first.split(avail_width, avail_height)
        return [*parts, *rest] if parts else []

    def draw(self) -> None:
        # only when everything fitted, so every item has its size
        y = sum(h for _, h in self._sizes) + sum(
            self.items[i - 1].getSpaceAfter() + self.items[i].getSpaceBefore()
            for i in range(1, len(self.items)))
        for i, (item, (_, h)) in enumerate(zip(self.items, self._sizes, strict=True)):
            if i:
                y -= self.items[i - 1].getSpaceAfter() + item.getSpaceBefore()
            y -= h
            item.drawOn(self.canv, 0, y)


#: lines of text a table cell holds at most: a longer text is cut there, at a word or
#: a sentence, marked "[continued below, N]", and goes on in full width below the table
#: (a table row cannot be split across pages: one taller than a page cannot be printed)
CELL_LINES = 14
#: characters of continued text per paragraph: platypus re-measures the whole rest of a
#: paragraph on every page it splits it across, so a 100,000-character text is set as a
#: series of paragraphs (split at line breaks, else sentences, else spaces)
PIECE_CHARS = 3000
#: a line of text holds a little less than the room divided by the words' widths
WRAP_SLACK = 1.15
#: the narrowest a character can be, in em: bounds how many characters a line can hold
_NARROWEST = 0.2
_SENTENCE_END = re.compile(r"(?<=[.!?;:…])\s+|(?<=[。！？；])")
_SPACE = re.compile(r"\s+")
_CJK_BREAK = re.compile(r"(?<=[，、。！？；：])")


def break_before(text: str, end: int, start: int = 0) -> int:
    """The best place at or before ``end`` (not before ``start``) to cut ``text``:
    after a line break, else after a sentence, else at a space, else after CJK
    punctuation, else at ``end``."""
    window = text[start:end]
    newline = window.rfind("\n")
    if newline >= 0:
        return start + newline + 1
    for pattern in (_SENTENCE_END, _SPACE, _CJK_BREAK):
        last = None
        for found in pattern.finditer(window):
            last = found
        if last is not None and start + last.end() > start:
            return start + last.end()
    return end


def pieces(text: str, size: int = PIECE_CHARS) -> list[str]:
    """``text`` in pieces of at most ``size`` characters, cut where
    :func:`break_before` finds a good place in the last third of each."""
    out: list[str] = []
    pos = 0
    while len(text) - pos > size:
        cut = break_before(text, pos + size, pos + size * 2 // 3)
        out.append(text[pos:cut])
        pos = cut
    out.append(text[pos:])
    return out


def _row_label(row: Sequence[object], header: Sequence[str], column: int) -> str:
    """What a text continued below a table belongs to: the first line of the row's
    first text (shortened) and the column's heading ("Supplier change · Mitigation")."""
    first = next((v for v in row if isinstance(v, str) and v.strip()), "")
    name = first.strip().split("\n")[0].strip()
    if len(name) > LABEL_CHARS:
        name = name[:LABEL_CHARS - 1].rstrip() + "…"
    heading = header[column] if column < len(header) else ""
    return " · ".join(t for t in (name, heading) if t)


#: points a continued text's heading needs below it (with three lines), else it starts a page
CONTINUED_ROOM = 50.0
#: characters of a row's name in the heading of its continued text
LABEL_CHARS = 60


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
    #: the heading and the text of a text continued below a table (:meth:`continuation`)
    continued_head: ParagraphStyle
    continued: ParagraphStyle
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
        for run, is_cjk in set_runs(text, self.fonts):
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

    def paras(self, text: str, style: ParagraphStyle | None = None) -> list[Paragraph]:
        """A long text (up to the file format's 100,000 characters) as paragraphs of at
        most :data:`PIECE_CHARS` characters, cut at line breaks, sentences or spaces:
        platypus re-measures the whole rest of a paragraph each time it splits it
        across a page, which makes one huge paragraph take minutes. Pieces cut inside
        a paragraph are set without the space after it."""
        style = style or self.body
        parts = pieces(text)
        if len(parts) == 1:
            return [self.para(text, style)]
        joined = ParagraphStyle(f"{style.name}-joined", parent=style, spaceAfter=0)
        return [self.para(part.rstrip("\n"), style if i == len(parts) - 1
                          or part.endswith("\n") else joined)
                for i, part in enumerate(parts)]

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

    def text_width(self, text: str, size: float, font: str | None = None) -> float:
        """Points ``text`` takes on one line at ``size`` in ``font`` (default the text
        font; CJK runs in the CJK font)."""
        return sum(stringWidth(run, self.fonts.cjk if is_cjk and self.fonts.cjk
                               else font or self.fonts.text, size)
                   for run, is_cjk in set_runs(text, self.fonts))

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
        font = style.fontName  # a bold heading cell is measured bold
        widest = max(self.text_width(w, style.fontSize, font) for w in words)
        if widest <= room:
            return self.para(text, style)
        size = max(MIN_CELL_SIZE, int(style.fontSize * room / widest * 10) / 10)
        if any(self.text_width(w, size, font) > room for w in words):  # even at 6 pt
            text = "".join(self._broken(part, size, room, font)
                           for part in re.split(f"({_LINE_BREAKS.pattern})", text))
        # A piece still too wide (no "@" or "." to break at) is cut by reportlab as a
        # last resort: better than running over the next column.
        whole = all(self.text_width(line, size, font) <= room
                    for line in _LINE_BREAKS.split(text))
        smaller = ParagraphStyle(f"{style.name}-whole-{size}-{int(whole)}", parent=style,
                                 fontSize=size, leading=size * 1.22,
                                 splitLongWords=int(not whole))
        return self.para(text, smaller)

    def _broken(self, word: str, size: float, room: float, font: str | None = None) -> str:
        """``word`` with line breaks after "@", "." or a no-break space where it does not
        fit ``room``."""
        if _LINE_BREAKS.fullmatch(word) or self.text_width(word, size, font) <= room:
            return word
        lines = [""]
        for piece in _AFTER_AT_DOT_OR_CODE.split(word):
            if lines[-1] and self.text_width(lines[-1] + piece, size, font) > room:
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
        # a heading word wider than its column (Russian runs long: "Ответственный") is
        # set smaller rather than broken in two
        data: list[list[str | Flowable]] = [
            [self.whole_words(h, head_right if c in right else head, widths[c] - 2 * CELL_PAD)
             for c, h in enumerate(header)]]
        #: per data row, the texts too long for their cell: (number, label, rest)
        continued: list[list[tuple[int, str, str]]] = []
        number = 0
        for r, row in enumerate(rows):
            out: list[str | Flowable] = []
            rests: list[tuple[int, str, str]] = []
            for c, value in enumerate(row):
                if isinstance(value, str):
                    if r in marked:
                        style = alert_right if c in right else alert
                    else:
                        style = right_style if c in right else cell
                    room = widths[c] - 2 * CELL_PAD
                    if c in nowrap:
                        out.append(self.whole_words(value, style, room))
                        continue
                    cut = self.cell_cut(value, size, room)
                    if cut is not None:
                        number += 1
                        rests.append((number, _row_label(row, header, c),
                                      value[cut:].lstrip()))
                        value = value[:cut].rstrip() + f" … [continued below, {number}]"
                    out.append(self.para(value, style))
                else:
                    out.append(value)
            data.append(out)
            continued.append(rests)
        header_row, body = data[0], data[1:]
        chunks = [body[i:i + CHUNK_ROWS] for i in range(0, len(body), CHUNK_ROWS)] or [[]]
        items: list[Flowable] = []
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
            items.append(table)
            for rests in continued[first:first + len(chunk)]:
                for n, label, rest in rests:
                    items += self.continuation(n, label, rest)
        return items[0] if len(items) == 1 else TableRun(items)

    def cell_cut(self, text: str, size: float, room: float,
                 lines: int = CELL_LINES) -> int | None:
        """Where to cut ``text`` so that it takes about ``lines`` lines of ``room``
        points at ``size`` at most, the last one left for the "continued" mark: after a
        sentence or at a word where there is one; None if it fits whole. An estimate
        from the text's width: a row a few lines taller than planned still fits a page."""
        room = max(room, size)
        if len(text) * size * 1.5 * WRAP_SLACK <= room and "\n" not in text:
            return None  # one line even if every character were wider than high
        most = int(lines * room / (size * _NARROWEST)) + 1  # characters that can fit

        def need(start: int, stop: int) -> int:
            return max(1, math.ceil(self.text_width(text[start:min(stop, start + most)],
                                                    size) * WRAP_SLACK / room))

        if len(text) <= most:
            total, pos = 0, 0
            for line in text.split("\n"):
                total += need(pos, pos + len(line))
                pos += len(line) + 1
                if total > lines:
                    break
            else:
                return None
        left, pos = lines - 1, 0
        while pos < len(text):
            newline = text.find("\n", pos)
            stop = len(text) if newline < 0 else newline
            used = need(pos, stop)
            if used > left:
                break
            left -= used
            if newline < 0:
                return None
            pos = newline + 1
        else:
            return None
        budget = left * room / WRAP_SLACK
        low, high = pos, min(stop, pos + most)
        while low < high:  # the longest start of the line within what is left
            mid = (low + high + 1) // 2
            if self.text_width(text[pos:mid], size) <= budget:
                low = mid
            else:
                high = mid - 1
        if low <= pos:  # nothing of this line fits: cut at its start
            return pos if pos > 0 else max(1, min(most, len(text)) // 2)
        return break_before(text, low, pos + (low - pos) // 2)

    def continuation(self, number: int, label: str, text: str) -> list[Flowable]:
        """The rest of a text cut in a table cell, at full width below the table:
        "[N] label, continued" and the text in paragraphs that split across pages."""
        head = self.rich(f"[{number}] {self.markup(label)}, continued", self.continued_head)
        # the heading with a few lines below it, or on the next page (not keep-with-next:
        # that would move a third of a page of text along with it)
        return [CondPageBreak(CONTINUED_ROOM), head, *self.paras(text, self.continued)]

    def facts(self, pairs: Sequence[tuple[str, str]], widths: tuple[float, float], *,
              size: float = SMALL_SIZE) -> Flowable:
        """A two-column label/value block (cover, profile, summary figures); a value too
        long for its cell (the account's notes) goes on below it (see :meth:`table`)."""
        key = ParagraphStyle(f"fact-key-{size}", parent=self.cell_bold, fontSize=size,
                             leading=size * 1.25)
        value = ParagraphStyle(f"fact-{size}", parent=self.cell, fontSize=size,
                               leading=size * 1.25)
        data = []
        after: list[Flowable] = []
        number = 0
        for k, v in pairs:
            cut = self.cell_cut(v, size, widths[1] - 9)  # padding: 3 left, 6 right
            if cut is not None:
                number += 1
                after += self.continuation(number, k, v[cut:].lstrip())
                v = v[:cut].rstrip() + f" … [continued below, {number}]"
            data.append([self.para(k, key), self.para(v, value)])
        table = Table(data, colWidths=list(widths), hAlign="LEFT")
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), self.fonts.text),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ]))
        return TableRun([table, *after]) if after else table


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
        continued_head=style("continued-head", SMALL_SIZE + 0.5, font=fonts.bold,
                             colour=MUTED, before=6, after=2),
        continued=style("continued", SMALL_SIZE + 0.5, after=4),
    )


def gap(height: float = 4) -> Spacer:
    return Spacer(1, height)
