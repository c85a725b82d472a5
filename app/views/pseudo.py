"""A pseudo-language for checking layouts: every string of the windows 40 % longer.

Russian runs about 30 % longer than English; a screen that still fits with every
string stretched by 40 % fits in any shipped language. ``RAPPORT_PSEUDO=1`` starts
the app with it (a developer's tool, not a language), and tests use it to find
labels and buttons that would clip.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QTranslator

#: what a string grows by, at least
FACTOR = 1.4
_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d|&(?!&)|<[^>]+>")


def stretched(text: str, factor: float = FACTOR) -> str:
    """``text`` with its letters doubled here and there until it is ``factor`` times as
    long; placeholders, accelerators and markup kept as they are."""
    if not text:
        return text
    wanted = max(len(text), round(len(text) * factor))
    parts = _PLACEHOLDER.split(text)
    keep = _PLACEHOLDER.findall(text)
    extra = wanted - len(text)
    out: list[str] = []
    for i, part in enumerate(parts):
        grown = []
        for ch in part:
            grown.append(ch)
            if extra > 0 and ch.isalpha():
                grown.append(ch)
                extra -= 1
        out.append("".join(grown))
        if i < len(keep):
            out.append(keep[i])
    return "".join(out) + "~" * max(0, extra)


class PseudoTranslator(QTranslator):
    """Answers every message with itself, stretched (plural forms: Qt fills %n)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return stretched(source)

    def isEmpty(self) -> bool:
        return False


def install_pseudo(app: QCoreApplication) -> QTranslator:
    translator = PseudoTranslator(app)
    app.installTranslator(translator)
    return translator
