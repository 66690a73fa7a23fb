"""The procedure checklist: 協議 → 協約案/規約案 → 各議会の議決 → 締結 → 告示・届出 (or 許可), dates in order."""

from __future__ import annotations

from datetime import date

from renkei_desktop.domain.codes import check_digit
from renkei_desktop.domain.errors import ErrorCode
from renkei_desktop.domain.methods import Authority, CooperationMethod, CouncilType
from renkei_desktop.domain.procedures import (
    StepKind,
    StepStatus,
    build_checklist,
    next_steps,
    progress,
    refresh_checklist,
    set_step,
    steps_from_input,
    validate_checklist,
)

M = CooperationMethod


def _code(five: str) -> str:
    return five + str(check_digit(five))


TENRYU = _code("20413")  # 天龍村
IIDA = _code("20205")  # 飯田市
ACHI = _code("20402")  # 阿智村
NAGANO_PREF = _code("20000")  # 長野県


def _kinds(steps) -> list[StepKind]:
    return [s.kind for s in steps]


def test_checklist_has_one_council_resolution_step_per_party() -> None:
    steps = build_checklist(M.AGREEMENT, [IIDA, TENRYU, ACHI])
    resolutions = [s.party_code for s in steps if s.kind is StepKind.COUNCIL_RESOLUTION]
    assert resolutions == [IIDA, TENRYU, ACHI]


def test_compact_checklist_order() -> None:
    steps = build_checklist(M.AGREEMENT, [IIDA, TENRYU])
    assert list(dict.fromkeys(_kinds(steps))) == [
        StepKind.CONSULTATION,
        StepKind.COMPACT_DRAFT,
        StepKind.COUNCIL_RESOLUTION,
        StepKind.CONCLUSION,
        StepKind.PUBLIC_NOTICE,
        StepKind.NOTIFICATION,
    ]


def test_entrustment_checklist_drafts_rules() -> None:
    kinds = _kinds(build_checklist(M.ENTRUSTMENT, [IIDA, TENRYU]))
    assert StepKind.RULES_DRAFT in kinds and StepKind.COMPACT_DRAFT not in kinds


def test_informal_checklist_has_only_consultation_and_conclusion() -> None:
    assert _kinds(build_checklist(M.INFORMAL, [IIDA, TENRYU])) == [StepKind.CONSULTATION, StepKind.CONCLUSION]


def test_liaison_council_resolution_steps_are_not_required() -> None:
    steps = build_checklist(M.COUNCIL, [IIDA, TENRYU], CouncilType.LIAISON)
    resolutions = [s for s in steps if s.kind is StepKind.COUNCIL_RESOLUTION]
    assert [s.status for s in resolutions] == [StepStatus.NOT_REQUIRED] * 2
    assert resolutions[0].basis == "地方自治法第252条の2の2第3項ただし書"


def test_notification_goes_to_the_minister_when_the_prefecture_is_a_party() -> None:
    steps = build_checklist(M.SUBSTITUTE_EXECUTION, [NAGANO_PREF, TENRYU])
    notification = next(s for s in steps if s.kind is StepKind.NOTIFICATION)
    assert notification.authority is Authority.MINISTER


def test_notification_goes_to_the_governor_between_municipalities() -> None:
    steps = build_checklist(M.AGREEMENT, [IIDA, TENRYU])
    assert next(s for s in steps if s.kind is StepKind.NOTIFICATION).authority is Authority.GOVERNOR


def test_union_checklist_asks_for_permission_instead_of_notification() -> None:
    kinds = _kinds(build_checklist(M.PARTIAL_UNION, [IIDA, TENRYU]))
    assert StepKind.PERMISSION in kinds and StepKind.NOTIFICATION not in kinds


def test_each_party_publishes_its_own_notice() -> None:
    steps = build_checklist(M.AGREEMENT, [IIDA, TENRYU])
    assert [s.party_code for s in steps if s.kind is StepKind.PUBLIC_NOTICE] == [IIDA, TENRYU]


def _dated(steps, key: str, day: date):
    return set_step(steps, key, status=StepStatus.DONE, day=day)


def test_resolution_dated_before_consultation_is_an_error_naming_both() -> None:
    steps = build_checklist(M.AGREEMENT, [IIDA, TENRYU])
    steps = _dated(steps, "consultation", date(2024, 6, 1))
    steps = _dated(steps, f"council_resolution:{TENRYU}", date(2024, 5, 20))
    [issue] = validate_checklist(steps)
    assert issue.code is ErrorCode.DATE_OUT_OF_ORDER
    assert issue.field == f"steps.council_resolution:{TENRYU}.date"
    assert issue.params == {
        "event": "council_resolution",
        "party": TENRYU,
        "date": "2024-05-20",
        "previous_event": "consultation",
        "previous_party": "",
        "previous_date": "2024-06-01",
    }


def test_conclusion_before_the_latest_resolution_names_that_resolution() -> None:
    steps = build_checklist(M.AGREEMENT, [IIDA, TENRYU])
    steps = _dated(steps, f"council_resolution:{IIDA}", date(2024, 9, 20))
    steps = _dated(steps, f"council_resolution:{TENRYU}", date(2024, 9, 27))
    steps = _dated(steps, "conclusion", date(2024, 9, 25))
    [issue] = validate_checklist(steps)
    assert (issue.params["previous_event"], issue.params["previous_party"]) == ("council_resolution", TENRYU)


def test_steps_on_the_same_day_are_in_order() -> None:
    steps = build_checklist(M.AGREEMENT, [IIDA, TENRYU])
    for key in ("consultation", "compact_draft", f"council_resolution:{IIDA}"):
        steps = _dated(steps, key, date(2024, 6, 1))
    assert validate_checklist(steps) == []


def test_parallel_resolutions_may_be_in_any_order() -> None:
    steps = build_checklist(M.AGREEMENT, [IIDA, TENRYU])
    steps = _dated(steps, f"council_resolution:{IIDA}", date(2024, 9, 27))
    steps = _dated(steps, f"council_resolution:{TENRYU}", date(2024, 9, 20))
    assert validate_checklist(steps) == []


def test_not_required_steps_are_ignored_in_date_order() -> None:
    steps = build_checklist(M.COUNCIL, [IIDA, TENRYU], CouncilType.LIAISON)
    steps = set_step(steps, f"council_resolution:{IIDA}", day=date(2025, 1, 1))
    steps = _dated(steps, "conclusion", date(2024, 4, 1))
    assert validate_checklist(steps) == []


def test_done_step_without_a_date_is_reported_at_its_date() -> None:
    steps = set_step(build_checklist(M.AGREEMENT, [IIDA, TENRYU]), "consultation", status=StepStatus.DONE)
    assert [(i.field, i.code) for i in validate_checklist(steps)] == [
        ("steps.consultation.date", ErrorCode.REQUIRED)
    ]


def test_refresh_keeps_recorded_status_of_remaining_parties() -> None:
    old = _dated(
        build_checklist(M.AGREEMENT, [IIDA, TENRYU]), f"council_resolution:{IIDA}", date(2024, 9, 20)
    )
    new = refresh_checklist(old, build_checklist(M.AGREEMENT, [IIDA, ACHI]))
    by_key = {s.key: s for s in new}
    assert by_key[f"council_resolution:{IIDA}"].date == date(2024, 9, 20)
    assert by_key[f"council_resolution:{ACHI}"].status is StepStatus.NOT_STARTED
    assert f"council_resolution:{TENRYU}" not in by_key


def test_refresh_marks_resolutions_not_required_when_council_becomes_liaison() -> None:
    old = build_checklist(M.COUNCIL, [IIDA, TENRYU], CouncilType.MANAGEMENT_EXECUTION)
    new = refresh_checklist(old, build_checklist(M.COUNCIL, [IIDA, TENRYU], CouncilType.LIAISON))
    assert {s.status for s in new if s.kind is StepKind.COUNCIL_RESOLUTION} == {StepStatus.NOT_REQUIRED}


def test_steps_from_input_accepts_japanese_dates() -> None:
    steps, issues = steps_from_input(
        build_checklist(M.AGREEMENT, [IIDA, TENRYU]),
        {"consultation": {"status": "done", "date": "令和6年4月1日"}},
    )
    assert issues == [] and steps is not None
    assert steps[0].date == date(2024, 4, 1) and steps[0].status is StepStatus.DONE


def test_steps_from_input_rejects_a_bad_date_at_that_step() -> None:
    steps, issues = steps_from_input(
        build_checklist(M.AGREEMENT, [IIDA, TENRYU]), {"consultation": {"date": "4月"}}
    )
    assert steps is None
    assert [(i.field, i.code) for i in issues] == [("steps.consultation.date", ErrorCode.BAD_DATE)]


def test_steps_from_input_rejects_dates_out_of_order() -> None:
    steps, issues = steps_from_input(
        build_checklist(M.AGREEMENT, [IIDA, TENRYU]),
        {"consultation": {"date": "2024-06-01"}, f"council_resolution:{IIDA}": {"date": "2024-05-01"}},
    )
    assert steps is None and [i.code for i in issues] == [ErrorCode.DATE_OUT_OF_ORDER]


def test_progress_counts_required_steps_only() -> None:
    steps = build_checklist(M.COUNCIL, [IIDA, TENRYU], CouncilType.LIAISON)
    steps = _dated(steps, "consultation", date(2024, 4, 1))
    assert progress(steps) == (1, len(steps) - 2)


def test_next_steps_after_the_draft_are_the_parallel_resolutions() -> None:
    steps = build_checklist(M.AGREEMENT, [IIDA, TENRYU])
    steps = _dated(steps, "consultation", date(2024, 4, 1))
    steps = _dated(steps, "compact_draft", date(2024, 5, 1))
    assert [s.key for s in next_steps(steps)] == [
        f"council_resolution:{IIDA}",
        f"council_resolution:{TENRYU}",
    ]
