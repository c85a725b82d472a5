"""Amounts are read exactly as typed, in the user's locale or plain notation, or refused."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from app.views.formatting import decimals_needed, money, number, parse_number

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
    assert number(98765.4321).endswith(".4321")  # what an edit field shows


@pytest.mark.parametrize("locale_named, shown", [
    ("en_US", "EUR\u00a01,234,567.25"), ("de_DE", "1.234.567,25\u00a0EUR"),
    ("ru_RU", "1\u00a0234\u00a0567,25\u00a0EUR"), ("zh_CN", "EUR\u00a01,234,567.25"),
    ("C", "EUR\u00a01,234,567.25"),  # the bare C locale has no grouping: English
], indirect=["locale_named"])
def test_amounts_follow_the_users_locale(locale_named: None, shown: str) -> None:
    assert money(1_234_567.25, "EUR") == shown
    assert money(4_200_000, "EUR", compact=True).replace("\u00a0", " ") in (
        "EUR 4.2M", "4,2 Mio. EUR", "4,2 млн EUR", "EUR 420万")


@pytest.mark.parametrize("locale_named", ["en_US", "de_DE", "ru_RU", "fr_FR", "es_ES",
                                          "pl_PL", "de_CH", "sv_SE", "zh_CN", "en_IN"],
                         indirect=True)
def test_what_a_field_shows_is_read_back(locale_named: None) -> None:
    # Spanish and Polish group 1.234,5 in CLDR where Qt would write 1234,5: still read
    for value in (1_234_567.25, -98_765.4321, 1234.5, 12.0, 0.5):
        assert parse_number(number(value)) == value
