"""Statistics and the profile: typed input is validated field by field."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from renkei_desktop.domain.errors import ErrorCode
from renkei_desktop.domain.municipalities import StatKind, validate_statistic_input
from renkei_desktop.domain.profile import Profile, validate_profile


def _codes(*args: object) -> dict[str, ErrorCode]:
    stat, issues = validate_statistic_input(*args)  # type: ignore[arg-type]
    assert stat is None
    return {i.field: i.code for i in issues}


def test_statistic_input_is_parsed() -> None:
    stat, issues = validate_statistic_input(
        "204137", "population", "１，１００", "令和2年10月1日", "国勢調査"
    )
    assert issues == []
    assert stat is not None
    assert (stat.kind, stat.value, stat.reference_date) == (
        StatKind.POPULATION,
        Decimal(1100),
        date(2020, 10, 1),
    )


def test_statistic_bad_date_is_reported_at_reference_date() -> None:
    assert _codes("204137", "population", "1100", "2020-13-01", "国勢調査") == {
        "reference_date": ErrorCode.BAD_DATE
    }


def test_statistic_negative_value_is_reported() -> None:
    assert _codes("204137", "population", "-5", "2020-10-01", "国勢調査") == {"value": ErrorCode.NEGATIVE}


def test_statistic_missing_source_is_required() -> None:
    assert _codes("204137", "population", "1100", "2020-10-01", " ") == {"source": ErrorCode.REQUIRED}


def test_population_with_decimals_is_too_precise() -> None:
    assert _codes("204137", "population", "1100.5", "2020-10-01", "国勢調査") == {
        "value": ErrorCode.TOO_PRECISE
    }


def test_profile_requires_a_home_code() -> None:
    assert [(i.field, i.code) for i in validate_profile(Profile(""))] == [("home_code", ErrorCode.REQUIRED)]


def test_profile_rejects_code_with_bad_check_digit() -> None:
    assert [(i.field, i.code) for i in validate_profile(Profile("204138"))] == [
        ("home_code", ErrorCode.BAD_CHECK_DIGIT)
    ]
