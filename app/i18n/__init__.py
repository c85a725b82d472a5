"""Languages of the domain, the reports and the command line (no Qt).

The views translate their own strings with Qt's ``tr()``; everything below them —
findings, health reasons, stage criteria, vocabulary labels, PDF headings, CLI
messages — goes through the gettext catalogue here::

    from app.i18n import _, ngettext, N_

    _("Stakeholders")
    ngettext("{n} person", "{n} people", n).format(n=n)   # Russian has three forms
    HEADINGS = [N_("Risks")]   # marked at import time, translated where shown: _(h)

The language is a context: the app sets the process-wide one at start
(``set_language``), and a PDF in another language is written inside
``with language("zh_CN"):`` — the document's language, whatever the window's.
Placeholders are ``{name}`` and are filled after translation (``.format``), so a
translation may reorder them.
"""

from __future__ import annotations

import contextvars
import gettext
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager

log = logging.getLogger("rapport.i18n")

#: the languages Rapport ships, in the order a chooser lists them; a fourth is a new
#: code here, its catalogues in resources/i18n, and its name below
LANGUAGES: tuple[str, ...] = ("en", "zh_CN", "ru")
#: each language's name in itself, as a chooser shows it
NAMES = {"en": "English", "zh_CN": "简体中文", "ru": "Русский"}
SOURCE = "en"

_translations: dict[str, gettext.NullTranslations] = {}
_default = SOURCE
_current: contextvars.ContextVar[str | None] = contextvars.ContextVar("rapport_language",
                                                                      default=None)


def normalize(tag: str | None) -> str | None:
    """The shipped language a locale tag means ("zh_CN.UTF-8", "zh-Hans", "ru_RU",
    "en_GB" …), or None if Rapport has none for it."""
    if not tag:
        return None
    base = tag.split(".")[0].split("@")[0].replace("-", "_")
    lower = base.casefold()
    if lower in ("c", "posix"):
        return SOURCE
    if lower.startswith("zh"):
        # Simplified Chinese; Traditional (zh_TW, zh_HK, zh_Hant) is not shipped
        return "zh_CN" if not any(t in lower for t in ("tw", "hk", "mo", "hant")) else None
    if lower.startswith("ru"):
        return "ru"
    if lower.startswith("en"):
        return "en"
    return None


def system_language() -> str:
    """The language of the user's locale (LC_ALL, LC_MESSAGES, LANG), else English."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable, "")
        for tag in value.split(":"):
            found = normalize(tag)
            if found is not None:
                return found
        if value:
            break  # set, to a language we do not ship: English
    return SOURCE


def resolve(explicit: str | None = None) -> str:
    """The language to use: ``explicit`` (a --lang option, a preference), else
    ``RAPPORT_LANG``, else the system's. ValueError for a language not shipped."""
    for tag in (explicit, os.environ.get("RAPPORT_LANG")):
        if tag:
            found = normalize(tag)
            if found is None:
                raise ValueError(f"unknown language {tag!r}; Rapport speaks "
                                 + ", ".join(LANGUAGES))
            return found
    return system_language()


def translations(lang: str) -> gettext.NullTranslations:
    """The compiled catalogue of ``lang`` (built first if it is missing or older than
    its sources); English and a missing catalogue translate nothing."""
    found = _translations.get(lang)
    if found is None:
        from app.i18n.catalogs import load_domain

        found = _translations[lang] = load_domain(lang)
    return found


def set_language(lang: str) -> None:
    """The process-wide language (the app's, the CLI's)."""
    global _default
    _default = lang
    translations(lang)


def current() -> str:
    return _current.get() or _default


@contextmanager
def language(lang: str) -> Iterator[str]:
    """Everything in the block speaks ``lang`` (a PDF for a customer, say)."""
    token = _current.set(lang)
    try:
        yield lang
    finally:
        _current.reset(token)


def _(message: str) -> str:
    lang = current()
    if lang == SOURCE:
        return message
    return translations(lang).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    lang = current()
    if lang == SOURCE:
        return singular if n == 1 else plural
    return translations(lang).ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """A message that means different things in different places ("Open" a file, an
    "Open" risk): ``context`` tells the translator which."""
    lang = current()
    if lang == SOURCE:
        return message
    return translations(lang).pgettext(context, message)


def N_(message: str) -> str:  # noqa: N802 - the gettext convention
    """Marks a string for the catalogue where it cannot be translated yet (a constant
    made at import time); translate it with ``_()`` where it is shown."""
    return message
