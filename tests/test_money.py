"""One writer for every figure (app.money): full figures grouped the locale's way, compact
ones only where space demands, the same in English, Russian and Chinese. No Qt here."""

from __future__ import annotations

import subprocess
import sys

import pytest

from app.money import MINUS, NBSP, babel_locale, money, number, read


def spaced(text: str) -> str:
    """Expected texts are written with plain spaces; the writer joins with no-break ones."""
    return text.replace(" ", NBSP)


# -- full figures --------------------------------------------------------------------------

@pytest.mark.parametrize(("locale", "text"), [
    ("en", "EUR 4,200,000"),
    ("ru", "4 200 000 EUR"),  # CLDR: the code after the number, groups by no-break spaces
    ("zh", "EUR 4,200,000"),
    ("de_DE", "4.200.000 EUR"),
])
def test_full_figures_are_grouped_the_locales_way(locale: str, text: str) -> None:
    assert money(4_200_000, "EUR", locale=locale) == spaced(text)


@pytest.mark.parametrize(("locale", "text"), [
    ("en", "4,200,000"), ("ru", "4 200 000"), ("zh", "4,200,000")])
def test_a_figure_without_a_currency_is_just_the_number(locale: str, text: str) -> None:
    assert money(4_200_000, None, locale=locale) == spaced(text)
    assert number(4_200_000, locale) == spaced(text)


def test_cents_only_when_there_are_cents() -> None:
    assert money(231_000.5, "EUR") == spaced("EUR 231,000.50")
    assert money(231_000.5, "EUR", locale="ru") == spaced("231 000,50 EUR")
    assert money(1500.255, "EUR") == spaced("EUR 1,500.26")  # to the cent, half up
    assert money(250_000.0, "EUR") == spaced("EUR 250,000")


def test_a_full_figure_is_never_rounded_to_a_round_one() -> None:
    assert money(999_999, "EUR") == spaced("EUR 999,999")  # not "1M": just below
    assert money(1_905_000, "EUR") == spaced("EUR 1,905,000")


def test_negatives_carry_a_real_minus_sign() -> None:
    assert money(-4_200_000, "EUR") == spaced(f"{MINUS}EUR 4,200,000")
    assert money(-4_200_000, "EUR", locale="ru") == spaced(f"{MINUS}4 200 000 EUR")
    assert money(-4_200_000, "EUR", locale="zh") == spaced(f"{MINUS}EUR 4,200,000")
    assert number(-12.5) == f"{MINUS}12.5"
    assert number(-1_250_000, "ru", compact=True) == spaced(f"{MINUS}1,25 млн")
    assert "-" not in money(-1, "EUR") + number(-1, compact=True)


def test_zero_and_nothing() -> None:
    assert money(0, "EUR") == spaced("EUR 0")
    assert money(-0.0, "EUR") == spaced("EUR 0")  # never "−0"
    assert number(0) == "0" and number(0, compact=True) == "0"
    assert money(None, "EUR") == "" and number(None) == ""
    assert money(None, "EUR", compact=True) == ""


def test_huge_figures_are_written_out_never_in_exponent_notation() -> None:
    assert money(1e15, "EUR") == spaced("EUR 1,000,000,000,000,000")
    assert money(1e15, "EUR", locale="ru") == spaced("1 000 000 000 000 000 EUR")
    assert number(150_000_000) == "150,000,000"  # not 1.5e+08
    assert "e" not in number(1e15, compact=True).lower()


def test_tiny_figures_are_not_zero() -> None:
    assert number(0.00005) == "0.00005"
    assert money(0.004, "EUR") == spaced("EUR 0.004")
    assert number(0.00005, compact=True) == "0.00005"
    assert number(0.5) == "0.5" and number(93.5, "ru") == "93,5"


def test_numbers_keep_what_was_stored() -> None:
    assert number(98_765.4321) == "98,765.4321"
    assert number(0.1 + 0.2) == "0.3"  # float noise is not a stored digit
    assert number(12.0) == "12"


@pytest.mark.parametrize(("locale", "currency", "full", "compact"), [
    ("ru", "RUB", "42 000 000 ₽", "42 млн ₽"),  # CLDR's sign, where CLDR puts it
    ("ru_RU", "RUB", "42 000 000 ₽", "42 млн ₽"),
    ("zh_CN", "CNY", "42,000,000元", "4200万元"),  # yuan as Chinese writes them
    ("zh", "CNY", "231,000.50元", "23.1万元"),
    # elsewhere the code: a rouble in English, a yuan in Russian, a euro in Chinese
    ("en", "RUB", "RUB 42,000,000", "RUB 42M"),
    ("ru", "CNY", "42 000 000 CNY", "42 млн CNY"),
    ("zh_CN", "EUR", "EUR 42,000,000", "EUR 4200万"),
])
def test_a_currency_in_its_own_countrys_language_is_written_as_there(
        locale: str, currency: str, full: str, compact: str) -> None:
    amount = 231_000.5 if full.startswith("231") else 42_000_000
    assert money(amount, currency, locale=locale) == spaced(full)
    assert money(amount, currency, locale=locale, compact=True) == spaced(compact)


def test_a_negative_home_currency_keeps_its_minus_in_front() -> None:
    assert money(-4_200_000, "RUB", locale="ru") == spaced(f"{MINUS}4 200 000 ₽")
    assert money(-4_200_000, "CNY", locale="zh_CN") == f"{MINUS}4,200,000元"


# -- compact figures -----------------------------------------------------------------------

@pytest.mark.parametrize(("locale", "text"), [
    ("en", "4.2M"), ("zh", "420万"), ("ru", "4,2 млн"), ("de_DE", "4,2 Mio.")])
def test_compact_figures_use_the_locales_words(locale: str, text: str) -> None:
    assert number(4_200_000, locale, compact=True) == spaced(text)


def test_compact_money_puts_the_code_where_the_full_figure_does() -> None:
    assert money(4_200_000, "EUR", compact=True) == spaced("EUR 4.2M")
    assert money(4_200_000, "USD", compact=True, locale="zh") == spaced("USD 420万")
    assert money(4_200_000, "EUR", compact=True, locale="ru") == spaced("4,2 млн EUR")


def test_compact_figures_keep_three_significant_digits_rounded_half_up() -> None:
    assert number(1_234_567, compact=True) == "1.23M"
    assert number(1_225_000, compact=True) == "1.23M"  # half up, not to even
    assert number(12_345_000, compact=True) == "12.3M"
    assert number(123_456_789, compact=True) == "123M"
    assert number(250_000, compact=True) == "250K"
    assert number(950, compact=True) == "950"
    assert number(12_345_000, "zh", compact=True) == "1230万"
    assert number(1e15, compact=True) == "1000T"


# -- locales -------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["C", "POSIX", "", None, "xx_YY", "en_US.UTF-8"])
def test_unknown_or_bare_locales_are_english(name: str | None) -> None:
    assert babel_locale(name).language == "en"
    assert money(1_250_000, "EUR", locale=name or "") == spaced("EUR 1,250,000")


def test_qt_and_posix_locale_names_are_understood() -> None:
    assert str(babel_locale("de_DE")) == "de_DE"
    assert str(babel_locale("de-DE")) == "de_DE"
    assert str(babel_locale("ru_RU.UTF-8")) == "ru_RU"
    assert babel_locale("zh_CN").language == "zh"


# -- reading back --------------------------------------------------------------------------

@pytest.mark.parametrize("locale", ["en", "ru", "zh", "de_DE", "es_ES", "fr_FR", "en_IN"])
def test_what_is_written_is_read_back(locale: str) -> None:
    for value in (1_234_567.25, -98_765.4321, 1234.5, 0.5, 0.0):
        assert read(number(value, locale), locale) == value


def test_reading_refuses_what_the_locale_would_not_write() -> None:
    assert read("1,5", "en") is None  # not 15
    assert read("1,25,000", "en") is None
    assert read("12k", "en") is None
    assert read("NaN", "en") is None
    assert read("1 250 000,5", "ru") == 1_250_000.5  # typed with ordinary spaces


def test_the_writer_imports_no_qt() -> None:
    code = ("import sys, app.money, app.assessment.wording, app.assessment.plan_rows\n"
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"


def test_figures_at_the_edges_of_a_float_are_written_in_scientific_notation() -> None:
    """The account file accepts KPI values up to ±1.8e308: the app and the PDF write them
    the same way instead of failing (Decimal once raised InvalidOperation from 1e28)."""
    assert money(1e28, "EUR") == spaced("EUR 1E28")
    assert number(-1.7976931348623157e308) == "−1.7976931348623157E308"
    assert number(1.7976931348623157e308, compact=True) == "1.8E308"
    assert number(5e-324, "ru") == "5E−324"
    assert number(1e17) == "100,000,000,000,000,000"  # below the edge: every digit
