"""Every error code has a Japanese message, and messages name the field, even inside lists."""

from __future__ import annotations

from renkei_desktop.domain.errors import ErrorCode, StorageErrorCode, ValidationIssue
from renkei_desktop.ui import texts


def test_every_error_code_has_a_message():
    assert set(ErrorCode) <= set(texts.ERROR)
    assert set(StorageErrorCode) <= set(texts.STORAGE_ERROR)


def test_messages_never_fail_for_missing_parameters():
    for code in ErrorCode:
        assert texts.issue_text(ValidationIssue("name", code))


def test_field_paths_are_named_in_japanese_with_one_based_positions():
    issue = ValidationIssue("cost_items[1].annual_total_yen", ErrorCode.NEGATIVE_AMOUNT, {"value": "-5"})
    assert texts.issue_text(issue) == "費用項目2 の 年間総額に負の金額は入力できません（入力値: -5）。"


def test_thousand_yen_rounds_half_up_and_marks_negatives_with_a_triangle():
    assert texts.thousand_yen(1_234_500) == "1,235"
    assert texts.thousand_yen(-1_500) == "△2"
