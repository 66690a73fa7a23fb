"""Property tests: code normalisation round-trips, number parsing fails only with ParseError."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from renkei_desktop.domain.codes import check_digit, normalize_code
from renkei_desktop.domain.duties import duty_from_input, validate_duty
from renkei_desktop.domain.normalize import ParseError, parse_date, parse_decimal

FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


@st.composite
def valid_codes(draw: st.DrawFn, max_prefecture: int = 47) -> str:
    prefecture = draw(st.integers(min_value=1, max_value=max_prefecture))
    city = draw(st.integers(min_value=0, max_value=999))
    five = f"{prefecture:02d}{city:03d}"
    return five + str(check_digit(five))


@given(valid_codes())
def test_normalize_code_keeps_every_valid_code(code: str) -> None:
    assert normalize_code(code) == code


@given(valid_codes())
def test_normalize_code_accepts_every_valid_code_in_full_width(code: str) -> None:
    assert normalize_code(code.translate(FULL_WIDTH)) == code


@given(valid_codes())
def test_normalize_code_adds_the_check_digit_to_every_five_digit_code(code: str) -> None:
    assert normalize_code(code[:5], known={code}) == code


@given(valid_codes(max_prefecture=9))
def test_normalize_code_restores_the_dropped_zero_of_every_code(code: str) -> None:
    assert normalize_code(code[1:]) == code


@given(st.text())
def test_parse_decimal_raises_only_parse_error_on_any_text(text: str) -> None:
    try:
        parse_decimal(text, places=2)
    except ParseError:
        pass


@given(st.text(alphabet="0123456789０１２３４５６７８９,，.．△▲-+ 　eE", max_size=30))
def test_parse_decimal_raises_only_parse_error_on_number_like_text(text: str) -> None:
    try:
        parse_decimal(text, places=3)
    except ParseError:
        pass


@given(st.text())
def test_parse_date_raises_only_parse_error_on_any_text(text: str) -> None:
    try:
        parse_date(text)
    except ParseError:
        pass


DUTY_FIELDS = [
    "name", "kana", "category", "description", "legal_basis", "workload_person_years", "workload_person_days",
    "annual_cost_thousand_yen", "annual_cost_yen", "expertise", "current_staff", "staffing_gap", "urgency",
    "status", "department", "notes",
]  # fmt: skip
NUMBER_LIKE = st.text(alphabet="0123456789０１２３４５６７８９,.．△-", max_size=20)


@given(st.dictionaries(st.sampled_from(DUTY_FIELDS), st.one_of(st.text(max_size=120), NUMBER_LIKE)))
def test_duty_accepted_by_the_editor_is_accepted_when_saved(values: dict[str, str]) -> None:
    # Whatever duty_from_input accepts, the services' re-check (validate_duty) must accept too.
    duty, issues = duty_from_input(values, owner_code="204137")
    assert (duty is None) == bool(issues)
    if duty is not None:
        assert validate_duty(duty) == []
