"""Amounts are read exactly as typed, in the user's locale or plain notation, or refused."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from app.views.formatting import decimals_needed, money, parse_number

pytestmark = pytest.mark.gui


@pytest.fixture
def locale_named(request: pytest.FixtureRequest) -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield
    QLocale.setDefault(previous)


@pytest.mark.parametrize("locale_named, text, expected", [
    ("en_US", "1,250,000", 1_250_000.0),
    ("en_US", "1250000.5", 1_250_000.5),
    ("de_DE", "1.250.000,50", 1_250_000.5),
    ("de_DE", "1,5", 1.5),
    ("ru_RU", "1 250 000,50", 1_250_000.5),  # typed with an ordinary space
    ("ru_RU", "1250000.5", 1_250_000.5),  # plain notation works everywhere
    ("en_US", "  ", None),
], indirect=["locale_named"])
def test_amounts_are_read_exactly(locale_named: None, text: str, expected: float | None) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize("locale_named, text", [
    ("en_US", "1,5"), ("en_US", "1,25,000"), ("en_US", "12k"), ("de_DE", "1,250,000,5"),
], indirect=["locale_named"])
def test_ambiguous_amounts_are_refused_not_guessed(locale_named: None, text: str) -> None:
    with pytest.raises(ValueError, match="is not an amount"):
        parse_number(text)


def test_shown_amounts_keep_every_stored_digit() -> None:
    assert decimals_needed(98765.4321) == 4
    assert decimals_needed(4_200_000.0) == 0
    assert money(98765.4321, decimals=decimals_needed(98765.4321)).endswith(".4321")
