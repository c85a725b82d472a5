"""Number formatting and parsing for the UI: locale-aware, never guessing."""

from __future__ import annotations

from PySide6.QtCore import QLocale

_ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def display_locale() -> QLocale:
    """The user's locale; the bare "C" locale (no digit grouping) falls back to English."""
    locale = QLocale()
    return _ENGLISH if locale.language() == QLocale.Language.C else locale


def decimals_needed(value: float, most: int = 6) -> int:
    """Fewest decimals (up to ``most``) that show ``value`` exactly as stored."""
    for n in range(most + 1):
        if round(value, n) == value:
            return n
    return most


def money(value: float | None, currency: str | None = None, decimals: int = 0) -> str:
    if value is None:
        return ""
    text = display_locale().toString(float(value), "f", decimals)
    return f"{text} {currency}" if currency else text


def parse_number(text: str) -> float | None:
    """An amount typed in the user's locale or in plain/English notation; None if empty.

    Qt checks digit grouping strictly, so "1,5" is never read as 15: text that
    neither notation reads exactly is refused rather than guessed at.
    """
    text = text.strip()
    if not text:
        return None
    locale = display_locale()
    candidates = [text]
    if locale.groupSeparator() in ("\u00a0", "\u202f"):  # people type a plain space
        candidates.append(text.replace(" ", locale.groupSeparator()))
    for loc in (locale, _ENGLISH):
        for candidate in candidates:
            value, ok = loc.toDouble(candidate)
            if ok:
                return value
    raise ValueError(f'"{text}" is not an amount; write a number such as 1250000 or 1,250,000.')
