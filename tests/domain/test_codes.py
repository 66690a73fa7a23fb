"""全国地方公共団体コード: check digits and normalisation of what users type or files contain."""

from __future__ import annotations

import pytest

from renkei_desktop.domain.codes import check_digit, is_prefecture_code, is_valid_code, normalize_code
from renkei_desktop.domain.errors import ErrorCode
from renkei_desktop.domain.normalize import ParseError

REAL_CODES = {
    "札幌市": "011002",
    "天龍村": "204137",
    "東京都": "130001",
    "府中市 (東京都)": "132063",
    "府中市 (広島県)": "342084",
}


@pytest.mark.parametrize("name, code", REAL_CODES.items())
def test_check_digit_of_real_codes(name: str, code: str) -> None:
    assert check_digit(code[:5]) == int(code[5]), name


@pytest.mark.parametrize("code", REAL_CODES.values())
def test_real_codes_are_valid(code: str) -> None:
    assert is_valid_code(code)


def test_code_with_wrong_last_digit_is_invalid() -> None:
    assert not is_valid_code("011003")


def test_prefecture_code_is_recognised() -> None:
    assert is_prefecture_code("130001")
    assert not is_prefecture_code("132063")


def test_normalize_adds_check_digit_to_five_digit_code() -> None:
    assert normalize_code("01100") == "011002"


def test_normalize_restores_dropped_leading_zero_of_six_digit_code() -> None:
    assert normalize_code("11002") == "011002"


def test_normalize_accepts_number_with_dropped_zero_from_spreadsheet() -> None:
    assert normalize_code(11002) == "011002"


def test_normalize_accepts_full_width_digits() -> None:
    assert normalize_code("０１１００２") == "011002"


def test_normalize_keeps_valid_six_digit_code() -> None:
    assert normalize_code("204137") == "204137"


def test_normalize_rejects_bad_check_digit() -> None:
    with pytest.raises(ParseError) as info:
        normalize_code("011003")
    assert info.value.code is ErrorCode.BAD_CHECK_DIGIT


@pytest.mark.parametrize("raw", ["", "abc", "12", "1234567", "01-10-0-2x"])
def test_normalize_rejects_text_that_is_not_a_code(raw: str) -> None:
    with pytest.raises(ParseError) as info:
        normalize_code(raw)
    assert info.value.code is ErrorCode.BAD_CODE_FORMAT


def test_normalize_resolves_ambiguous_five_digit_code_against_known_codes() -> None:
    # "10201" is 前橋市's 5-digit code; "010201" happens to pass the check digit as well.
    assert normalize_code("10201", known={"102016", "011002"}) == "102016"


def test_normalize_prefers_dropped_zero_reading_when_it_is_the_known_code() -> None:
    assert normalize_code("11002", known={"011002"}) == "011002"
