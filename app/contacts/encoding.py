"""Which encoding a contact file's text is in, found rather than asked.

Excel in China saves CSV as GBK without a byte-order mark, Russian CRM exports arrive
as Windows-1251, German ones as Windows-1252: the user does not know, so the bytes
decide. Order: a byte-order mark, then strict UTF-8 (almost never valid by accident),
then the legacy code pages that decode without error, ranked by how plausible their
text is as names and titles. Cyrillic Windows-1251 bytes often also decode as GB18030,
into rare hanzi; Chinese GBK bytes decode as Windows-1251 into a soup of symbols and
mixed-case letters. The score sees both; charset-normalizer breaks near-ties.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from app.errors import figure
from app.i18n import N_, _

#: legacy code pages tried after UTF-8, in order of preference on equal scores
CANDIDATES = ("gb18030", "cp1251", "cp1252")
#: what the wizard offers for an override: codec, label
ENCODINGS: tuple[tuple[str, str], ...] = (
    ("utf-8", "Unicode (UTF-8)"),
    ("gb18030", N_("Chinese simplified (GB18030, GBK)")),
    ("big5", N_("Chinese traditional (Big5)")),
    ("cp1251", N_("Cyrillic (Windows-1251)")),
    ("koi8-r", N_("Cyrillic (KOI8-R)")),
    ("cp1252", N_("Western European (Windows-1252)")),
    ("utf-16", "Unicode (UTF-16)"),
)
#: a score this much better than the next is decided without charset-normalizer
_CLEAR_LEAD = 0.15
#: characters of text the score looks at (the whole file is decoded, strictly)
_SAMPLE = 64_000

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
         (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_WORD = re.compile(r"[^\W\d_]+")
#: non-letters that real text holds: quotes, dashes, №, €, CJK and full-width punctuation
_PUNCTUATION = frozenset("«»—–…№€£¥°·•“”„‘’") | frozenset(
    chr(c) for c in (*range(0x3000, 0x3040), *range(0xFF01, 0xFF5F)))
#: the Cyrillic letters of Russian, Ukrainian and Belarusian
_CYRILLIC_COMMON = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў"
                             "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯІЇЄҐЎ")


class EncodingError(ValueError):
    """The bytes are not text in the encoding asked for, or in any we know."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    #: the Python codec name ("utf-8-sig", "gb18030", "cp1251", …)
    encoding: str
    #: why, in words for the wizard ("byte-order mark", "chosen by you", …)
    reason: str


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    """``data`` as text; ``encoding`` overrides the detection (strict either way:
    a wrong override is an error, never mojibake)."""
    if encoding:
        try:
            name = codecs.lookup(encoding).name
        except LookupError:
            raise EncodingError(_("unknown encoding {name}").format(
                name=repr(encoding))) from None
        try:
            return Decoded(_strip_bom(data.decode(name)), name, _("chosen by you"))
        except UnicodeDecodeError as err:
            raise EncodingError(_("the file is not {encoding} text (byte {offset} cannot "
                                  "be read that way)").format(
                                      encoding=name, offset=figure(err.start))) from None
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(_strip_bom(data.decode(name)), name, _("byte-order mark"))
            except UnicodeDecodeError:
                raise EncodingError(_("the file starts with a {encoding} byte-order mark "
                                      "but is not valid text in it").format(
                                          encoding=name)) from None
    wide = _utf16_without_bom(data)
    if wide:
        try:
            return Decoded(data.decode(wide), wide, _("UTF-16 (by its zero bytes)"))
        except UnicodeDecodeError:
            pass
    try:
        return Decoded(data.decode("utf-8"), "utf-8", _("valid UTF-8"))
    except UnicodeDecodeError:
        pass
    texts: dict[str, str] = {}
    for name in CANDIDATES:
        try:
            texts[name] = data.decode(name)
        except UnicodeDecodeError:
            continue
    if not texts:
        raise EncodingError(_("not text in UTF-8, GB18030, Windows-1251 or Windows-1252"))
    scores = sorted(((plausibility(text), name) for name, text in texts.items()),
                    key=lambda s: (-s[0], CANDIDATES.index(s[1])))
    best_score, best = scores[0]
    if len(scores) > 1 and best_score - scores[1][0] < _CLEAR_LEAD:
        tied = [name for score, name in scores if best_score - score < _CLEAR_LEAD]
        chosen = _normalizer_choice(data, tied)
        if chosen:
            return Decoded(texts[chosen], chosen, _("closest guess (charset-normalizer)"))
    return Decoded(texts[best], best, _("the most plausible text"))


def is_binary(data: bytes) -> bool:
    """Zero bytes that no UTF-16 or UTF-32 text explains: an image, a program, a disk."""
    head = data[:65536]
    if b"\x00" not in head:
        return False
    return not (any(head.startswith(bom) for bom, name in _BOMS if name != "utf-8-sig")
                or _utf16_without_bom(data))


def _strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a mark (Excel's "Unicode text" sometimes): ASCII characters
    (delimiters, line breaks, digits) put their zero byte always on the same side."""
    sample = data[:65536]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= 4 and even * 20 < odd:
        return "utf-16-le"
    if even >= 4 and odd * 20 < even:
        return "utf-16-be"
    return None


def _normalizer_choice(data: bytes, names: list[str]) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:_SAMPLE], cp_isolation=names).best()
    if best is None:
        return None
    found = codecs.lookup(best.encoding).name
    return next((n for n in names if codecs.lookup(n).name == found), None)


def plausibility(text: str) -> float:
    """0 … 1: how much of the text's non-ASCII reads as names and words would. Letters
    of one script per word, in a sane case pattern, common hanzi before rare ones."""
    sample = text[:_SAMPLE]
    foreign = sum(1 for c in sample if c > "\x7f")
    if not foreign:
        return 1.0
    weight = 0.0
    for word in _WORD.findall(sample):
        if word.isascii():
            continue
        weight += _word_weight(word)
    weight += sum(1 for c in sample if c in _PUNCTUATION)
    return min(1.0, weight / foreign)


@lru_cache(maxsize=65536)  # names, titles and departments repeat down a file
def _word_weight(word: str) -> float:
    """The plausible share of a word's non-ASCII letters, counted in letters."""
    scripts = {_script(c) for c in word}
    foreign = [c for c in word if c > "\x7f"]
    if len(scripts) > 1:
        return 0.0  # "Mьller", "M黮ler": one word, two scripts
    script = scripts.pop()
    sane_case = word.islower() or word.isupper() or word.istitle()
    if script == "han":
        return sum(_hanzi_weight(c) for c in word)
    if script == "cyrillic":
        common = sum(1 for c in word if c in _CYRILLIC_COMMON)
        return common * (1.0 if sane_case else 0.2) + 0.3 * (len(word) - common)
    if script == "latin":  # a word of Latin letters: accents are the exception in it
        share = len(foreign) / len(word)
        return len(foreign) * (1.0 if sane_case and share <= 0.5 else 0.2)
    return 0.3 * len(foreign)


def _script(char: str) -> str:
    code = ord(char)
    if code < 0x250:
        return "latin"
    if 0x400 <= code < 0x530:
        return "cyrillic"
    if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF:
        return "han"
    return unicodedata.name(char, "other ").split()[0].lower()


@lru_cache(maxsize=8192)
def _hanzi_weight(char: str) -> float:
    """1 for the 3,755 common hanzi (GB2312 level 1), 0.5 for level 2, 0.1 for the rest:
    Cyrillic bytes read as GB18030 land mostly in level 2 and beyond."""
    try:
        lead = char.encode("gb2312")[0]
    except UnicodeEncodeError:
        return 0.1
    return 1.0 if lead < 0xD8 else 0.5
