"""Phone numbers compared as numbers, not as the text people write.

"+7 (495) 123-45-67" and "8 495 123 45 67" are one number in Russia; "138 0013 8000"
and "+86 13800138000" one in China. A number without its country code needs a
region: the one most numbers of the file and the account are written with (+7,
+86 …), else the caller's hint, else the script of the names (Chinese names: CN,
Cyrillic: RU). In a mixed file a Chinese name's number is read as Chinese even when
most numbers are German (``region_for``). A number phonenumbers cannot place is
compared by its digits.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from app.contacts.names import script_of

#: an extension at the end: "ext. 12", "x12", "доб. 5", "#5", "转 5", "分机 5"
_EXTENSION = re.compile(r"(?i)\s*(?:ext\.?|x|доб\.?|#|转|分机)\s*\d+\s*$")
_NOT_DIGIT = re.compile(r"\D+")
_SCRIPT_REGION = {"han": "CN", "cyrillic": "RU"}
#: regions whose people's names are written in that script
_SCRIPT_REGIONS = {"han": {"CN", "TW", "HK", "MO", "SG"},
                   "cyrillic": {"RU", "UA", "BY", "KZ", "KG", "BG", "RS", "MK", "MN", "TJ"}}


def clean(raw: str) -> str:
    """The number as the user wrote it, minus a ``tel:`` prefix and outer spaces."""
    text = " ".join(raw.split())
    return text[4:].strip() if text[:4].lower() == "tel:" else text


@lru_cache(maxsize=16384)  # one number is compared several times while planning
def phone_key(raw: str, region: str | None) -> str | None:
    """The number as matching compares it: E.164 ("+74951234567") when phonenumbers
    can place it, else "#" and its digits; None for fewer than five digits."""
    import phonenumbers

    main = _EXTENSION.sub("", clean(raw)).split(",")[0].split(";")[0]
    digits = _NOT_DIGIT.sub("", main)
    if len(digits) < 5:
        return None
    if main.lstrip().startswith("00"):
        main = "+" + main.lstrip()[2:]
    try:
        number = phonenumbers.parse(main, region)
    except phonenumbers.NumberParseException:
        return "#" + digits
    if not phonenumbers.is_possible_number(number):
        return "#" + digits
    return f"+{number.country_code}{number.national_number}"


@lru_cache(maxsize=16384)
def written_region(raw: str) -> str | None:
    """The region of a number written with its country code ("+86 …" -> "CN")."""
    import phonenumbers

    text = clean(raw).lstrip()
    if not text.startswith(("+", "00")):
        return None
    text = "+" + text.lstrip("+")[2:] if text.startswith("00") else text
    try:
        number = phonenumbers.parse(_EXTENSION.sub("", text), None)
    except phonenumbers.NumberParseException:
        return None
    region = phonenumbers.region_code_for_number(number)
    if region in (None, "ZZ", "001") and number.country_code:
        region = phonenumbers.region_code_for_country_code(number.country_code)
    return region if region not in (None, "ZZ", "001") else None


def infer_region(phones: Iterable[str], names: Iterable[str],
                 hint: str | None = None) -> str | None:
    """The region numbers without a country code are read in (see the module doc)."""
    written = Counter(r for r in map(written_region, phones) if r)
    if written:
        return written.most_common(1)[0][0]
    if hint:
        return hint.upper()
    scripts = Counter(s for s in map(script_of, names) if s)
    if scripts:
        return _SCRIPT_REGION[scripts.most_common(1)[0][0]]
    return None


def region_for(name: str, region: str | None) -> str | None:
    """The region a person's number without a country code is read in: ``region``,
    unless the name's script says otherwise (王伟's "138 0013 8000" in a German file)."""
    script = script_of(name)
    if script is None or region in _SCRIPT_REGIONS[script]:
        return region
    return _SCRIPT_REGION[script]
