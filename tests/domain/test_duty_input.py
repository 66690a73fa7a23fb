"""Duty (事務) input as typed in the editor or read from a file: each bad field is named, good input normalised."""

from __future__ import annotations

from decimal import Decimal

from renkei_desktop.domain.duties import (
    Duty,
    DutyCategory,
    DutyStatus,
    duty_from_input,
    split_expertise,
    validate_duty,
)
from renkei_desktop.domain.errors import ErrorCode

HOME = "204137"  # 天龍村


def _issues(values: dict[str, object]) -> dict[str, ErrorCode]:
    duty, issues = duty_from_input({"name": "ごみ処理", **values}, owner_code=HOME)
    assert duty is None
    return {issue.field: issue.code for issue in issues}


def _duty(values: dict[str, object]) -> Duty:
    duty, issues = duty_from_input({"name": "ごみ処理", **values}, owner_code=HOME)
    assert issues == []
    assert duty is not None
    return duty


def test_empty_name_is_required_at_name() -> None:
    duty, issues = duty_from_input({"name": "   "}, owner_code=HOME)
    assert duty is None
    assert [(i.field, i.code) for i in issues] == [("name", ErrorCode.REQUIRED)]


def test_negative_workload_is_reported_at_that_field() -> None:
    assert _issues({"workload_person_years": "-1"}) == {"workload_person_years": ErrorCode.NEGATIVE}


def test_triangle_negative_cost_is_reported_as_negative() -> None:
    assert _issues({"annual_cost_thousand_yen": "△100"}) == {"annual_cost_thousand_yen": ErrorCode.NEGATIVE}


def test_word_as_cost_is_not_a_number_at_cost_field() -> None:
    assert _issues({"annual_cost_thousand_yen": "abc"}) == {
        "annual_cost_thousand_yen": ErrorCode.NOT_A_NUMBER
    }


def test_word_as_workload_is_not_a_number_at_workload_field() -> None:
    assert _issues({"workload_person_years": "たくさん"}) == {"workload_person_years": ErrorCode.NOT_A_NUMBER}


def test_every_bad_field_is_reported_at_once() -> None:
    duty, issues = duty_from_input(
        {"name": "", "workload_person_years": "-1", "annual_cost_thousand_yen": "abc"}, owner_code=HOME
    )
    assert duty is None
    assert {i.field for i in issues} == {"name", "workload_person_years", "annual_cost_thousand_yen"}


def test_full_width_digits_are_accepted_and_normalised() -> None:
    duty = _duty(
        {"workload_person_years": "１．５", "annual_cost_thousand_yen": "１，２３４", "current_staff": "２"}
    )
    assert duty.workload_person_years == Decimal("1.5")
    assert duty.annual_cost_yen == 1_234_000
    assert duty.current_staff == Decimal(2)


def test_thousand_yen_with_three_decimals_gives_exact_yen() -> None:
    assert _duty({"annual_cost_thousand_yen": "1,234.567"}).annual_cost_yen == 1_234_567


def test_thousand_yen_with_four_decimals_is_too_precise() -> None:
    assert _issues({"annual_cost_thousand_yen": "1.2345"}) == {
        "annual_cost_thousand_yen": ErrorCode.TOO_PRECISE
    }


def test_cost_in_yen_is_stored_as_is() -> None:
    assert _duty({"annual_cost_yen": "2,400,000"}).annual_cost_yen == 2_400_000


def test_cost_shown_in_thousand_yen() -> None:
    assert _duty({"annual_cost_yen": "1234567"}).annual_cost_thousand_yen == Decimal("1234.567")


def test_workload_in_person_days_is_converted_to_person_years() -> None:
    assert _duty({"workload_person_days": "120"}).workload_person_years == Decimal("0.50")


def test_workload_in_person_years_is_shown_in_person_days() -> None:
    assert _duty({"workload_person_years": "0.5"}).workload_person_days == Decimal(120)


def test_negative_person_days_is_reported_at_person_days() -> None:
    assert _issues({"workload_person_days": "-5"}) == {"workload_person_days": ErrorCode.NEGATIVE}


def test_absurdly_large_cost_is_too_large() -> None:
    assert _issues({"annual_cost_yen": "1" + "0" * 14}) == {"annual_cost_yen": ErrorCode.TOO_LARGE}


def test_blank_workload_means_zero() -> None:
    assert _duty({"workload_person_years": ""}).workload_person_years == Decimal(0)


def test_expertise_is_split_on_japanese_and_ascii_commas() -> None:
    assert _duty({"expertise": "保健師、社会福祉士,土木技師"}).expertise == (
        "保健師",
        "社会福祉士",
        "土木技師",
    )


def test_expertise_split_drops_blanks_and_duplicates() -> None:
    assert split_expertise("保健師、 、保健師，司書") == ("保健師", "司書")


def test_too_long_name_is_reported() -> None:
    assert _issues({"name": "あ" * 101}) == {"name": ErrorCode.TOO_LONG}


def test_unknown_category_is_reported() -> None:
    assert _issues({"category": "space"}) == {"category": ErrorCode.UNKNOWN_CHOICE}


def test_enums_are_read_from_their_values() -> None:
    duty = _duty({"category": "environment", "status": "agreed"})
    assert (duty.category, duty.status) == (DutyCategory.ENVIRONMENT, DutyStatus.AGREED)


def test_name_is_trimmed() -> None:
    assert _duty({"name": "  火葬場　"}).name == "火葬場"


def test_missing_keys_keep_the_base_values() -> None:
    base = Duty(owner_code=HOME, name="火葬場", category=DutyCategory.ENVIRONMENT, annual_cost_yen=5000, id=7)
    duty, issues = duty_from_input({"notes": "見直し"}, owner_code=HOME, base=base)
    assert issues == []
    assert duty == base.with_changes(notes="見直し")


def test_validate_duty_accepts_a_valid_duty() -> None:
    assert validate_duty(Duty(owner_code=HOME, name="火葬場", category=DutyCategory.ENVIRONMENT)) == []


def test_validate_duty_finds_negative_cost_built_in_code() -> None:
    duty = Duty(owner_code=HOME, name="火葬場", category=DutyCategory.ENVIRONMENT, annual_cost_yen=-1)
    assert [(i.field, i.code) for i in validate_duty(duty)] == [("annual_cost_yen", ErrorCode.NEGATIVE)]
