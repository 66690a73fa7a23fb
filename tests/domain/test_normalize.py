"""Numbers and dates as people type them: full-width, separators, △, 和暦."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from renkei_desktop.domain.errors import ErrorCode
from renkei_desktop.domain.normalize import ParseError, parse_date, parse_decimal, parse_int


def test_parse_decimal_accepts_full_width_digits_and_separators() -> None:
    assert parse_decimal("１，２３４．５") == Decimal("1234.5")


def test_parse_decimal_ignores_thousands_separator() -> None:
    assert parse_decimal("1,234") == Decimal(1234)


def test_parse_decimal_reads_triangle_as_minus() -> None:
    assert parse_decimal("△12") == Decimal(-12)


def test_parse_decimal_reads_black_triangle_as_minus() -> None:
    assert parse_decimal("▲12") == Decimal(-12)


@pytest.mark.parametrize("blank", ["", "  ", "-", "－", "　"])
def test_parse_decimal_treats_blank_and_dash_as_no_value(blank: str) -> None:
    assert parse_decimal(blank) is None


def test_parse_decimal_rejects_words() -> None:
    with pytest.raises(ParseError) as info:
        parse_decimal("abc")
    assert info.value.code is ErrorCode.NOT_A_NUMBER


@pytest.mark.parametrize("raw", ["NaN", "Infinity", "1e5", "1.2.3", "12円"])
def test_parse_decimal_rejects_special_forms(raw: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_decimal(raw)
    assert info.value.code is ErrorCode.NOT_A_NUMBER


def test_parse_decimal_rejects_too_many_decimal_places() -> None:
    with pytest.raises(ParseError) as info:
        parse_decimal("1.234", places=2)
    assert info.value.code is ErrorCode.TOO_PRECISE


def test_parse_decimal_allows_trailing_zeros_beyond_places() -> None:
    assert parse_decimal("1.500", places=1) == Decimal("1.5")


def test_parse_int_rejects_fraction() -> None:
    with pytest.raises(ParseError) as info:
        parse_int("1.5")
    assert info.value.code is ErrorCode.NOT_AN_INTEGER


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("2024-04-01", date(2024, 4, 1)),
        ("2024/4/1", date(2024, 4, 1)),
        ("2024年4月1日", date(2024, 4, 1)),
        ("令和6年4月1日", date(2024, 4, 1)),
        ("令和元年5月1日", date(2019, 5, 1)),
        ("R6.4.1", date(2024, 4, 1)),
        ("Ｒ６．４．１", date(2024, 4, 1)),
        ("H31.4.30", date(2019, 4, 30)),
        ("平成31年4月30日", date(2019, 4, 30)),
        ("２０２４年４月１日", date(2024, 4, 1)),
        ("1 April 2024", date(2024, 4, 1)),  # as the English UI writes a date (format_gregorian)
        ("15 December 2026", date(2026, 12, 15)),
        ("1 Apr 2024", date(2024, 4, 1)),
        ("30 sept. 2024", date(2024, 9, 30)),
    ],
)
def test_parse_date_accepts_common_forms(raw: str, expected: date) -> None:
    assert parse_date(raw) == expected


def test_parse_date_rejects_impossible_day() -> None:
    with pytest.raises(ParseError) as info:
        parse_date("2024-02-30")
    assert info.value.code is ErrorCode.BAD_DATE


@pytest.mark.parametrize("raw", ["April 1", "2024-4", "令和六年", "1/4/2024", "1 Ma 2024", "1 Foo 2024", "31 June 2024"])
def test_parse_date_rejects_unknown_forms(raw: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_date(raw)
    assert info.value.code is ErrorCode.BAD_DATE


def test_parse_date_reads_back_every_date_the_english_ui_writes() -> None:
    from renkei_desktop.domain.wareki import format_gregorian

    for month in range(1, 13):
        day = date(2025, month, 28 if month == 2 else 30)
        assert parse_date(format_gregorian(day)) == day


def test_parse_date_treats_blank_as_no_value() -> None:
    assert parse_date("") is None
