"""Number formatting for the UI, locale-aware with readable grouping."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def display_locale() -> QLocale:
    """The user's locale; the bare "C" locale (no digit grouping) falls back to English."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


def money(value: float | None, currency: str | None = None, decimals: int = 0) -> str:
    if value is None:
        return ""
    text = display_locale().toString(float(value), "f", decimals)
    return f"{text} {currency}" if currency else text


def parse_number(text: str) -> float | None:
    """Parse an amount typed in the user's locale or with plain digits; None if empty."""
    text = text.strip()
    if not text:
        return None
    value, ok = display_locale().toDouble(text)
    if not ok:
        plain = "".join(c for c in text if c not in ", \u00a0\u202f")
        value, ok = QLocale.c().toDouble(plain)
    if not ok:
        raise ValueError(f'"{text}" is not an amount; write a number such as 1250000.')
    return value
