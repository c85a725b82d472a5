"""A person's messenger handles as one line of text, for a table cell or a form field.

``wechat: li_wei · telegram: @li`` is what the People table shows and what its
cell takes back; services may be named in English, Chinese or Russian.
"""

from __future__ import annotations

import re

from app.models.account import Messengers

#: the services a person can have a handle on, in the order they are shown
SERVICES = tuple(Messengers.model_fields)
LABELS = {"wechat": "WeChat", "telegram": "Telegram", "whatsapp": "WhatsApp",
          "linkedin": "LinkedIn", "dingtalk": "DingTalk", "other": "Other"}
#: what people call the services (case-folded, without spaces, dots and hyphens)
ALIASES = {
    "wechat": "wechat", "weixin": "wechat", "wx": "wechat", "微信": "wechat",
    "вичат": "wechat", "вэйсинь": "wechat",
    "telegram": "telegram", "tg": "telegram", "телеграм": "telegram",
    "телеграмм": "telegram", "тг": "telegram", "电报": "telegram",
    "whatsapp": "whatsapp", "wa": "whatsapp", "ватсап": "whatsapp", "вотсап": "whatsapp",
    "linkedin": "linkedin", "линкедин": "linkedin", "领英": "linkedin",
    "dingtalk": "dingtalk", "dingding": "dingtalk", "钉钉": "dingtalk",
    "other": "other", "другое": "other", "其他": "other",
}
SEPARATOR = " · "
_SPLIT = re.compile(r"\s*(?:·|;|\n|,(?=\s*[^\s,:：]+\s*[:：]))\s*")
_PART = re.compile(r"([^:：]+?)\s*[:：]\s*(.*)", re.DOTALL)


def service_of(name: str) -> str | None:
    """The service a name (in any of the three languages) stands for, or None."""
    return ALIASES.get(re.sub(r"[\s.\-_]", "", name).casefold())


def messengers_text(messengers: Messengers | None) -> str:
    """``wechat: li_wei · telegram: @li`` (empty when there are none)."""
    if messengers is None:
        return ""
    return SEPARATOR.join(f"{service}: {handle}" for service in SERVICES
                          if (handle := getattr(messengers, service)) is not None)


def parse_messengers(text: str) -> dict[str, str] | None:
    """The handles in ``text`` (None when empty); ValueError naming the part that is
    not ``service: handle`` or names no known service."""
    found: dict[str, str] = {}
    for part in (p for p in _SPLIT.split(text.strip()) if p):
        match = _PART.match(part)
        service = service_of(match.group(1)) if match else None
        if match is None or service is None:
            known = ", ".join(LABELS.values())
            raise ValueError(f'"{part}" is not "service: handle" with a service of {known} '
                             "(for example wechat: li_wei · telegram: @li)")
        if service in found:
            raise ValueError(f"{LABELS[service]} is given twice")
        if not match.group(2).strip():
            raise ValueError(f"{LABELS[service]}: the handle is missing")
        found[service] = match.group(2).strip()
    return found or None
