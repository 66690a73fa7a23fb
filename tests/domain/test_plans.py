"""Cooperation plans: parties in 甲乙 order, cost items, validation naming each bad field, comparison."""

from __future__ import annotations

from decimal import Decimal

from renkei_desktop.domain.codes import check_digit
from renkei_desktop.domain.errors import ErrorCode
from renkei_desktop.domain.methods import Authority, LeadRole
from renkei_desktop.domain.plans import (
    PartyBurden,
    Plan,
    PlanStatus,
    choose_plan,
    compare_plans,
    party_letter,
    party_letters,
    plan_from_input,
    validate_choice,
    validate_plan,
)
from renkei_desktop.domain.procedures import StepKind, StepStatus, set_step


def _code(five: str) -> str:
    return five + str(check_digit(five))


TENRYU = _code("20413")  # 天龍村
IIDA = _code("20205")  # 飯田市
ACHI = _code("20402")  # 阿智村
NAGANO_PREF = _code("20000")  # 長野県


def _values(**overrides: object) -> dict[str, object]:
    values: dict[str, object] = {
        "duty_id": 7,
        "name": "介護認定審査会を飯田市に委託",
        "method": "entrustment",
        "lead_code": IIDA,
        "participants": [IIDA, TENRYU],
        "cost_items": [{"name": "運営費", "annual_total_yen": "3000000", "specific_revenue_yen": "0"}],
    }
    values.update(overrides)
    return values


def _plan(**overrides: object) -> Plan:
    plan, issues = plan_from_input(_values(**overrides))
    assert issues == []
    assert plan is not None
    return plan


def _issues(**overrides: object) -> dict[str, ErrorCode]:
    plan, issues = plan_from_input(_values(**overrides))
    assert plan is None
    return {issue.field: issue.code for issue in issues}


def test_party_letters_follow_the_ten_stems() -> None:
    assert party_letters(5) == ("甲", "乙", "丙", "丁", "戊")


def test_party_letters_after_the_tenth_party_are_numbered() -> None:
    assert (party_letter(9), party_letter(10), party_letter(11)) == ("癸", "甲2", "乙2")


def test_participants_are_lettered_in_entered_order() -> None:
    plan = _plan(participants=[TENRYU, IIDA, ACHI])
    assert [(p.code, p.letter) for p in plan.participants] == [(TENRYU, "甲"), (IIDA, "乙"), (ACHI, "丙")]


def test_participant_role_description_is_kept() -> None:
    plan = _plan(participants=[{"code": IIDA, "role": "審査会の設置・運営"}, TENRYU])
    assert plan.participants[0].role == "審査会の設置・運営"


def test_lead_not_a_participant_is_reported_at_lead_code() -> None:
    assert _issues(lead_code=ACHI) == {"lead_code": ErrorCode.LEAD_NOT_A_PARTY}


def test_duplicate_participant_is_reported_at_its_position() -> None:
    assert _issues(participants=[IIDA, TENRYU, IIDA]) == {"participants[2]": ErrorCode.DUPLICATE_PARTY}


def test_a_party_entered_twice_does_not_count_as_two() -> None:
    plan, issues = plan_from_input(_values(participants=[IIDA, IIDA]))
    assert plan is None
    assert {(i.field, i.code) for i in issues} == {
        ("participants[1]", ErrorCode.DUPLICATE_PARTY),
        ("participants", ErrorCode.TOO_FEW_PARTIES),
    }


def test_single_party_is_too_few_for_a_statutory_method() -> None:
    plan, issues = plan_from_input(_values(participants=[IIDA]))
    assert plan is None
    assert [(i.field, i.code, i.params) for i in issues] == [
        ("participants", ErrorCode.TOO_FEW_PARTIES, {"min": "2", "count": "1"})
    ]


def test_single_party_informal_plan_is_allowed() -> None:
    assert _plan(method="informal", participants=[IIDA]).party_codes == (IIDA,)


def test_full_width_codes_are_accepted() -> None:
    full_width = TENRYU.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    assert _plan(participants=[IIDA, full_width]).party_codes == (IIDA, TENRYU)


def test_unknown_code_is_reported_when_the_master_is_given() -> None:
    plan, issues = plan_from_input(_values(), known_codes={IIDA})
    assert plan is None
    assert [(i.field, i.code) for i in issues] == [("participants[1]", ErrorCode.UNKNOWN_MUNICIPALITY)]


def test_negative_cost_is_reported_at_the_item_field() -> None:
    items = [{"name": "運営費", "annual_total_yen": "-1000"}]
    assert _issues(cost_items=items) == {"cost_items[0].annual_total_yen": ErrorCode.NEGATIVE}


def test_triangle_negative_specific_revenue_is_reported() -> None:
    items = [{"name": "運営費", "annual_total_yen": "1000", "specific_revenue_yen": "△10"}]
    assert _issues(cost_items=items) == {"cost_items[0].specific_revenue_yen": ErrorCode.NEGATIVE}


def test_specific_revenue_above_total_is_reported_with_both_amounts() -> None:
    plan, issues = plan_from_input(
        _values(cost_items=[{"name": "建設費", "annual_total_yen": "1000", "specific_revenue_yen": "1001"}])
    )
    assert plan is None
    assert [(i.field, i.code, i.params) for i in issues] == [
        (
            "cost_items[0].specific_revenue_yen",
            ErrorCode.REVENUES_EXCEED_TOTAL,
            {"revenues": "1001", "total": "1000"},
        )
    ]


def test_full_width_amounts_with_separators_are_accepted() -> None:
    plan = _plan(
        cost_items=[
            {
                "name": "運営費",
                "annual_total_yen": "１，２００，０００",
                "specific_revenue_yen": "２００，０００",
            }
        ]
    )
    assert (plan.cost_items[0].annual_total_yen, plan.cost_items[0].net_yen) == (1_200_000, 1_000_000)


def test_thousand_yen_amounts_are_converted_to_yen() -> None:
    plan = _plan(cost_items=[{"name": "公債費", "annual_total_thousand_yen": "1,234.5"}])
    assert plan.cost_items[0].annual_total_yen == 1_234_500


def test_fractional_yen_is_not_accepted() -> None:
    items = [{"name": "運営費", "annual_total_yen": "100.5"}]
    assert _issues(cost_items=items) == {"cost_items[0].annual_total_yen": ErrorCode.TOO_PRECISE}


def test_duplicate_cost_item_name_is_reported() -> None:
    items = [{"name": "運営費", "annual_total_yen": "1"}, {"name": "運営費", "annual_total_yen": "2"}]
    assert _issues(cost_items=items) == {"cost_items[1].name": ErrorCode.DUPLICATE}


def test_sharing_rule_is_kept_opaque() -> None:
    rule = '{"components": [{"basis": "equal", "weight": "100"}]}'
    assert (
        _plan(cost_items=[{"name": "運営費", "annual_total_yen": "1", "rule_json": rule}])
        .cost_items[0]
        .rule_json
        == rule
    )


def test_too_long_name_is_reported_with_the_limit() -> None:
    plan, issues = plan_from_input(_values(name="あ" * 101))
    assert plan is None
    assert [(i.field, i.code, i.params) for i in issues] == [("name", ErrorCode.TOO_LONG, {"max": "100"})]


def test_missing_name_is_required() -> None:
    assert _issues(name="  ") == {"name": ErrorCode.REQUIRED}


def test_unknown_method_is_reported() -> None:
    assert _issues(method="merger") == {"method": ErrorCode.UNKNOWN_CHOICE}


def test_council_plan_needs_a_council_type() -> None:
    assert _issues(method="council") == {"council_type": ErrorCode.REQUIRED}


def test_council_type_is_dropped_for_other_methods() -> None:
    assert _plan(council_type="liaison").council_type is None


def test_role_for_a_non_participant_is_reported() -> None:
    roles = [{"initiative": "審査", "roles": {ACHI: "なし"}}]
    assert _issues(roles=roles) == {"roles[0].roles": ErrorCode.UNKNOWN_PARTY}


def test_role_table_keeps_each_partys_role() -> None:
    plan = _plan(roles=[{"initiative": "認定審査", "roles": {IIDA: "審査会の運営", TENRYU: "申請の受付"}}])
    assert plan.roles[0].role_of(TENRYU) == "申請の受付"


def test_negative_workload_is_reported() -> None:
    assert _issues(workload_person_years="-0.5") == {"workload_person_years": ErrorCode.NEGATIVE}


def test_workload_following_an_unknown_cost_item_is_reported() -> None:
    assert _issues(workload_follows_item="建設費") == {"workload_follows_item": ErrorCode.NOT_FOUND}


def test_chosen_plan_cannot_be_rejected() -> None:
    assert _issues(chosen=True, status="rejected") == {"chosen": ErrorCode.CHOSEN_PLAN_REJECTED}


def test_every_bad_field_is_reported_at_once() -> None:
    issues = _issues(name="", lead_code=ACHI, cost_items=[{"name": "運営費", "annual_total_yen": "abc"}])
    assert issues == {
        "name": ErrorCode.REQUIRED,
        "lead_code": ErrorCode.LEAD_NOT_A_PARTY,
        "cost_items[0].annual_total_yen": ErrorCode.NOT_A_NUMBER,
    }


def test_lead_of_an_entrustment_is_the_trustee() -> None:
    assert _plan().lead_role is LeadRole.TRUSTEE


def test_plan_gets_a_checklist_with_a_resolution_per_party() -> None:
    plan = _plan(participants=[IIDA, TENRYU, ACHI])
    assert sum(s.kind is StepKind.COUNCIL_RESOLUTION for s in plan.steps) == 3


def test_editing_participants_keeps_recorded_step_status() -> None:
    plan = _plan()
    plan = plan.with_changes(steps=set_step(plan.steps, "consultation", status=StepStatus.IN_PROGRESS))
    edited, issues = plan_from_input({"participants": [IIDA, TENRYU, ACHI]}, base=plan)
    assert issues == [] and edited is not None
    assert edited.steps[0].status is StepStatus.IN_PROGRESS


def test_valid_plan_passes_revalidation() -> None:
    plan = _plan(
        roles=[{"initiative": "認定審査", "roles": {IIDA: "運営"}}],
        workload_person_years="0.5",
        workload_follows_item="運営費",
    )
    assert validate_plan(plan) == []


def _alternatives() -> tuple[Plan, ...]:
    return (
        _plan(name="委託", chosen=True).with_changes(id=1),
        _plan(name="共同設置", method="joint_body").with_changes(id=2),
        _plan(name="別の事務", duty_id=8, chosen=True).with_changes(id=3),
    )


def test_choosing_a_plan_clears_the_other_alternatives_of_that_duty() -> None:
    plans = choose_plan(_alternatives(), 2)
    assert [(p.id, p.chosen) for p in plans] == [(1, False), (2, True), (3, True)]


def test_choosing_a_rejected_plan_returns_it_to_draft() -> None:
    plans = (_plan(status="rejected").with_changes(id=1),)
    assert choose_plan(plans, 1)[0].status is PlanStatus.DRAFT


def test_two_chosen_plans_for_one_duty_are_reported() -> None:
    plans = [p.with_changes(chosen=True) for p in _alternatives()]
    [issue] = validate_choice(plans)
    assert issue.code is ErrorCode.MULTIPLE_CHOSEN and issue.params["value"] == "1, 2"


def test_comparison_counts_one_council_resolution_per_party() -> None:
    [row] = compare_plans([_plan(participants=[IIDA, TENRYU, ACHI])])
    assert row.council_resolutions == 3


def test_comparison_counts_no_resolution_for_a_liaison_council() -> None:
    [row] = compare_plans([_plan(method="council", council_type="liaison")])
    assert row.council_resolutions == 0


def test_comparison_names_the_minister_when_the_prefecture_takes_part() -> None:
    [row] = compare_plans(
        [_plan(method="substitute_execution", lead_code=NAGANO_PREF, participants=[NAGANO_PREF, TENRYU])]
    )
    assert row.authority is Authority.MINISTER


def test_comparison_shows_a_union_as_a_separate_entity() -> None:
    union, entrustment = compare_plans([_plan(method="partial_union"), _plan()])
    assert (union.separate_entity, entrustment.separate_entity) == (True, False)


def test_comparison_nets_specific_revenue() -> None:
    [row] = compare_plans(
        [_plan(cost_items=[{"name": "運営費", "annual_total_yen": "1000", "specific_revenue_yen": "300"}])]
    )
    assert (row.total_cost_yen, row.net_cost_yen) == (1000, 700)


def test_comparison_leaves_per_party_burdens_empty_without_the_sharing_engine() -> None:
    assert compare_plans([_plan()])[0].burdens is None


def test_comparison_takes_per_party_burdens_from_the_given_function() -> None:
    def burdens(plan: Plan) -> dict[str, PartyBurden]:
        return {code: PartyBurden(plan.net_cost_yen // 2, Decimal("0.5")) for code in plan.party_codes}

    [row] = compare_plans([_plan()], burdens=burdens)
    assert row.burdens == {
        IIDA: PartyBurden(1_500_000, Decimal("0.5")),
        TENRYU: PartyBurden(1_500_000, Decimal("0.5")),
    }
