"""vCards (2.1, 3.0, 4.0) as a table: one row per card, fixed columns.

Phones export vCard 2.1 with quoted-printable UTF-8, whose soft line breaks vobject
does not unfold, and whose charset vobject only honours in upper case: those values
are decoded here first. Photos, logos, sounds and keys are dropped before parsing
(a phone's export is mostly photos). A card vobject cannot read becomes a row of its
own with the reason, so one bad card does not cost the others.
"""

from __future__ import annotations

import logging
import quopri
import re
from collections.abc import Callable, Iterator
from typing import Any

from app.contacts.encoding import EncodingError, decode
from app.contacts.sources import MAX_LEADING, MAX_ROWS, Table, refused, too_many_rows
from app.i18n import _

#: the columns of a vCard table; ``mapping.VCARD`` maps them to fields
COLUMNS = ("Name", "Last name", "First name", "Middle name", "Title", "Department",
           "E-mail", "Other e-mail", "Phone", "Other phone", "WeChat", "Telegram",
           "WhatsApp", "LinkedIn", "DingTalk", "Other messenger", "Manager", "Notes", "UID")
_AT = {column: i for i, column in enumerate(COLUMNS)}

_CARD = re.compile(r"^[ \t]*BEGIN:VCARD[ \t]*\r?$(.*?)^[ \t]*END:VCARD[ \t]*\r?$",
                   re.IGNORECASE | re.MULTILINE | re.DOTALL)
_DROPPED = frozenset({"PHOTO", "LOGO", "SOUND", "KEY", "AGENT"})
_BASE64_LINE = re.compile(r"[A-Za-z0-9+/=]+")
#: messenger properties and IMPP schemes or service types, to the column they fill
_MESSENGERS = {"wechat": "WeChat", "weixin": "WeChat", "telegram": "Telegram",
               "tg": "Telegram", "whatsapp": "WhatsApp", "linkedin": "LinkedIn",
               "dingtalk": "DingTalk", "skype": "Other messenger", "qq": "Other messenger",
               "icq": "Other messenger", "jabber": "Other messenger",
               "xmpp": "Other messenger", "viber": "Other messenger"}


def read_vcards(text: str, name: str) -> Table:
    """Every card of ``text`` as a row numbered by its place in the file (card 1, 2 …)."""
    rows: list[tuple[int, tuple[str, ...]]] = []
    unreadable: list[tuple[int, str]] = []
    for number, match in enumerate(_CARD.finditer(text), start=1):
        if number > MAX_ROWS + MAX_LEADING:
            raise too_many_rows(name)
        try:
            rows.append((number, read_card(match.group(1))))
        except Exception as err:  # noqa: BLE001 - vobject fails on bad input in many ways
            rows.append((number, ("",) * len(COLUMNS)))
            unreadable.append((number, _("the card cannot be read ({error})").format(
                error=type(err).__name__)))
    if not rows:
        raise refused(name, _("the file starts like a vCard but holds no complete card "
                              "(BEGIN:VCARD … END:VCARD)"))
    return Table(name, "vcard", tuple(rows), header=COLUMNS, unreadable=tuple(unreadable))


def read_card(body: str) -> tuple[str, ...]:
    """One card's cells in ``COLUMNS`` order."""
    import vobject

    cells = [""] * len(COLUMNS)
    log = logging.getLogger("vobject.base")
    level = log.level
    log.setLevel(logging.CRITICAL)  # a line it skips is logged as an error: not ours to show
    try:
        card = vobject.readOne("BEGIN:VCARD\r\n" + "\r\n".join(_prepared(body)) +
                               "\r\nEND:VCARD\r\n", ignoreUnreadable=True)
    finally:
        log.setLevel(level)
    _fill(cells, card)
    return tuple(cells)


def _prepared(body: str) -> Iterator[str]:
    """The card's lines with quoted-printable values decoded and binary ones dropped."""
    lines = body.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        head, colon, value = line.partition(":")
        if not colon or line[:1] in " \t":
            yield line
            continue
        parts = head.split(";")
        if parts[0].split(".")[-1].upper() in _DROPPED:
            while i < len(lines) and (lines[i][:1] in " \t" or
                                      _BASE64_LINE.fullmatch(lines[i].strip() or "-")):
                i += 1
            continue
        if not any(p.upper().endswith("QUOTED-PRINTABLE") for p in parts[1:]):
            yield line
            continue
        while value.endswith("=") and i < len(lines):  # a soft line break
            value = value[:-1] + lines[i].lstrip(" \t")
            i += 1
        charset = next((p.split("=", 1)[1] for p in parts[1:]
                        if p.upper().startswith("CHARSET=")), "utf-8")
        kept = [p for p in parts[1:] if not p.upper().endswith("QUOTED-PRINTABLE")
                and not p.upper().startswith("CHARSET=")]
        text = _unquote(value, charset).replace("\r\n", "\n").replace("\n", "\\n")
        yield ";".join([parts[0], *kept]) + ":" + text


def _unquote(value: str, charset: str) -> str:
    raw = quopri.decodestring(value.encode("ascii", "replace"))
    try:
        return raw.decode(charset)
    except (LookupError, UnicodeDecodeError):
        try:
            return decode(raw).text  # the phone lied about its charset
        except EncodingError:
            return raw.decode("utf-8", "replace")


def _text(value: Any) -> str:
    if isinstance(value, list | tuple):
        return " ".join(_text(v) for v in value if v)
    return " ".join(str(value).split()) if value is not None else ""


def _fill(cells: list[str], card: Any) -> None:
    def put(column: str, value: str) -> None:
        if value and not cells[_AT[column]]:
            cells[_AT[column]] = value

    contents: dict[str, list[Any]] = card.contents
    for line in contents.get("fn", []):
        put("Name", _text(line.value))
    for line in contents.get("n", []):
        n = line.value
        put("Last name", _text(getattr(n, "family", "")))
        put("First name", _text(getattr(n, "given", "")))
        put("Middle name", _text(getattr(n, "additional", "")))
    for line in contents.get("title", []):
        put("Title", _text(line.value))
    for line in contents.get("org", []):
        units = line.value if isinstance(line.value, list) else [line.value]
        put("Department", " / ".join(_text(u) for u in units[1:] if _text(u)))
    for key, first, second in (("email", "E-mail", "Other e-mail"),
                               ("tel", "Phone", "Other phone")):
        values = [_text(v.value) for v in sorted(contents.get(key, []), key=_preference)]
        values = [re.sub(r"^(?:tel|mailto):", "", v, flags=re.IGNORECASE) for v in values]
        for value in values:
            if not cells[_AT[first]]:
                put(first, value)
            elif value != cells[_AT[first]]:
                put(second, value)
    for key, lines in contents.items():
        for line in lines:
            _messenger(put, key, line)
    for line in contents.get("note", []):
        put("Notes", str(line.value).strip())
    for key in ("x-ms-manager", "x-manager"):
        for line in contents.get(key, []):
            put("Manager", _text(line.value))
    for line in contents.get("uid", []):
        put("UID", _text(line.value))


def _preference(line: Any) -> int:
    """Preferred values first: TYPE=PREF (2.1, 3.0) or PREF=1 (4.0)."""
    params = {str(p).upper() for p in getattr(line, "singletonparams", [])}
    for key, values in getattr(line, "params", {}).items():
        params.update(f"{key}={v}".upper() for v in values)
        params.update(str(v).upper() for v in values)
    return 0 if "PREF" in params or "PREF=1" in params else 1


def _messenger(put: Callable[[str, str], None], key: str, line: Any) -> None:
    """A messenger handle from IMPP (``xmpp:…``, X-SERVICE-TYPE=WeChat), X-WECHAT and
    the like, or a LinkedIn profile's address."""
    value = _text(line.value)
    if not value:
        return
    service = ""
    if key == "impp" or key == "x-socialprofile":
        types = [t for k in ("X-SERVICE-TYPE", "TYPE") for t in line.params.get(k, [])]
        scheme, colon, handle = value.partition(":")
        if colon and not handle.startswith("//"):
            service, value = scheme, handle
        service = next((t for t in types if t.lower() in _MESSENGERS), service)
        if "linkedin.com" in value.lower():
            service = "linkedin"
    elif key.startswith("x-"):
        service = key[2:].removesuffix("-username").removesuffix("-id")
    elif key == "url" and "linkedin.com" in value.lower():
        service = "linkedin"
    column = _MESSENGERS.get(service.lower())
    if column:
        put(column, value)
