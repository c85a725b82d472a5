"""People's names as files split them and as matching compares them.

Bitrix24 and Salesforce split names into parts; a Chinese name is family name then
given name with no space (王伟), a Russian or Western one is written given name first
here, as the rest of the app writes them ("Алексей Петрович Иванов"). Matching
ignores case, spacing, punctuation, ё/е, Latin accents, honorifics (Dr., Mrs.) and
the order of the parts: "Иванов Иван Иванович" is "Иван Иванович Иванов".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_PUNCT = re.compile(r"[\s\W_]+")
#: honorifics a name may be written with: "Dr. Anna Weber" is "Anna Weber"
_HONORIFICS = frozenset({"dr", "prof", "mr", "mrs", "ms", "mx", "sir", "herr", "frau"})


def is_han(text: str) -> bool:
    return bool(_HAN.search(text))


def script_of(text: str) -> str | None:
    """"han", "cyrillic" or None: what a name's letters say about where it is from."""
    if _HAN.search(text):
        return "han"
    if _CYRILLIC.search(text):
        return "cyrillic"
    return None


def one_line(text: str) -> str:
    """Whitespace runs (line breaks from Alt+Enter in Excel, no-break spaces) as one space."""
    return " ".join(text.split())


def composed(last: str, first: str, middle: str) -> str:
    """A full name from its parts: 王伟 from 王 + 伟; "Иван Иванович Иванов" otherwise."""
    parts = [one_line(p) for p in (last, first, middle)]
    if all(not p or (is_han(p) and p.isalpha() and " " not in p) for p in parts) and any(parts):
        return "".join(parts[:2]) + parts[2]
    return " ".join(p for p in (parts[1], parts[2], parts[0]) if p)


@lru_cache(maxsize=16384)  # a name is keyed for matching, managers and changes alike
def name_key(name: str) -> str:
    """A name as matching compares it (see the module doc); "" for no letters."""
    text = unicodedata.normalize("NFKC", name).casefold().replace("ё", "е")
    if not text.isascii():  # Müller is Muller; й and ї stay letters of their own
        kept: list[str] = []
        for c in unicodedata.normalize("NFKD", text):
            if not (unicodedata.combining(c) and kept and kept[-1].isascii()):
                kept.append(c)
        text = unicodedata.normalize("NFC", "".join(kept))
    tokens = [t for t in _PUNCT.split(text) if t]
    if len(tokens) > 1:
        tokens = [t for t in tokens if t not in _HONORIFICS] or tokens
    if tokens and all(_HAN.fullmatch(c) for t in tokens for c in t):
        return "".join(tokens)  # 王 伟 is 王伟; the order of a Chinese name is fixed
    return " ".join(sorted(tokens))

