"""Agreements: default clauses, lifecycle order, reviews due, membership over time, facility mutual use."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from renkei_desktop.domain.agreements import (
    Agreement,
    AgreementKind,
    AgreementParty,
    Clauses,
    EventKind,
    Facility,
    FacilityUsage,
    LifecycleEvent,
    ReviewReason,
    Term,
    active_members,
    agreement_from_input,
    agreement_from_plan,
    agreements_of,
    default_clauses,
    facility_usage,
    kind_for_method,
    reviews_due,
    validate_agreement,
)
from renkei_desktop.domain.codes import check_digit
from renkei_desktop.domain.errors import ErrorCode
from renkei_desktop.domain.methods import CooperationMethod
from renkei_desktop.domain.plans import plan_from_input


def _code(five: str) -> str:
    return five + str(check_digit(five))


IIDA = _code("20205")  # 飯田市
TENRYU = _code("20413")  # 天龍村
ACHI = _code("20402")  # 阿智村
NAGANO_PREF = _code("20000")  # 長野県
PAIRS = [(IIDA, "飯田市"), (TENRYU, "天龍村")]
TODAY = date(2025, 1, 10)


def _values(**overrides: object) -> dict[str, object]:
    values: dict[str, object] = {
        "kind": "compact",
        "title": "南信州圏域における連携協約",
        "parties": [IIDA, TENRYU],
        "clauses": {"meetings_per_year": "1"},
    }
    values.update(overrides)
    return values


def _issues(**overrides: object) -> list[tuple[str, ErrorCode]]:
    agreement, issues = agreement_from_input(_values(**overrides))
    assert agreement is None
    return [(i.field, i.code) for i in issues]


def _agreement(**overrides: object) -> Agreement:
    agreement, issues = agreement_from_input(_values(**overrides))
    assert issues == []
    assert agreement is not None
    return agreement


def _event(kind: str, day: str, party: str | None = None) -> dict[str, object]:
    return {"kind": kind, "date": day, "party_code": party}


# --- default clauses ---------------------------------------------------------------------------------


def test_default_clauses_introduce_each_party_with_its_letter() -> None:
    purpose = default_clauses(AgreementKind.COMPACT, PAIRS).purpose
    assert purpose.startswith("飯田市（以下「甲」という。）及び天龍村（以下「乙」という。）は、")


def test_default_compact_purpose_cites_article_252_2() -> None:
    assert "第252条の2第1項" in default_clauses(AgreementKind.COMPACT, PAIRS).purpose


def test_default_compact_dispute_clause_offers_dispute_commissioners() -> None:
    text = default_clauses(AgreementKind.COMPACT, PAIRS).dispute_resolution
    assert "自治紛争処理委員による紛争を処理するための方策の提示" in text and "第251条の3の2" in text


def test_compact_dispute_goes_to_the_governor_between_municipalities() -> None:
    assert "都道府県知事に対し" in default_clauses(AgreementKind.COMPACT, PAIRS).dispute_resolution


def test_compact_dispute_goes_to_the_minister_when_the_prefecture_is_a_party() -> None:
    clauses = default_clauses(AgreementKind.COMPACT, [(NAGANO_PREF, "長野県"), (TENRYU, "天龍村")])
    assert "総務大臣に対し" in clauses.dispute_resolution


def test_default_compact_holds_a_liaison_meeting_every_year() -> None:
    clauses = default_clauses(AgreementKind.COMPACT, PAIRS)
    assert clauses.meetings_per_year == 1 and "毎年度1回以上" in clauses.liaison_meeting


def test_default_rules_have_no_liaison_meeting() -> None:
    assert default_clauses(AgreementKind.RULES_ENTRUSTMENT, PAIRS).liaison_meeting == ""


def test_default_cost_clause_is_agreed_separately() -> None:
    assert default_clauses(AgreementKind.COMPACT, PAIRS).cost_sharing.endswith(
        "甲及び乙が協議して別に定める。"
    )


def test_three_parties_are_joined_with_commas() -> None:
    clauses = default_clauses(AgreementKind.INFORMAL, [*PAIRS, (ACHI, "阿智村")])
    assert "甲、乙及び丙" in clauses.amendment


def test_fixed_auto_renewing_term_is_written_in_wareki() -> None:
    term = Term(date(2019, 5, 1), date(2024, 3, 31), auto_renew=True, renewal_years=3)
    text = default_clauses(AgreementKind.COMPACT, PAIRS, term=term).term_text
    assert text.startswith("この協約の有効期間は、令和元年5月1日から令和6年3月31日までとする。")
    assert "更に3年間延長" in text


def test_union_rules_take_effect_on_permission() -> None:
    assert (
        default_clauses(AgreementKind.RULES_PARTIAL_UNION, PAIRS).term_text
        == "この規約は、許可のあった日から施行する。"
    )


def test_agreement_from_plan_keeps_letters_roles_and_kind() -> None:
    plan, _ = plan_from_input(
        {
            "duty_id": 1,
            "name": "介護認定審査会の共同設置",
            "method": "joint_body",
            "lead_code": IIDA,
            "participants": [IIDA, TENRYU],
            "roles": [{"initiative": "審査会の運営", "roles": {IIDA: "事務局", TENRYU: "委員の推薦"}}],
        }
    )
    assert plan is not None
    agreement = agreement_from_plan(plan, dict(PAIRS))
    assert agreement.kind is AgreementKind.RULES_JOINT_BODY
    assert [(p.code, p.letter) for p in agreement.parties] == [(IIDA, "甲"), (TENRYU, "乙")]
    assert agreement.clauses.roles == plan.roles


def test_each_method_maps_to_an_agreement_kind() -> None:
    assert kind_for_method(CooperationMethod.AGREEMENT) is AgreementKind.COMPACT
    assert kind_for_method(CooperationMethod.INFORMAL) is AgreementKind.INFORMAL


# --- input validation --------------------------------------------------------------------------------


def test_compact_without_a_yearly_liaison_meeting_is_rejected() -> None:
    assert _issues(clauses={"meetings_per_year": "0"}) == [
        ("clauses.meetings_per_year", ErrorCode.MEETINGS_TOO_RARE)
    ]


def test_entrustment_rules_need_no_liaison_meeting() -> None:
    assert (
        _agreement(kind="rules_entrustment", clauses={"meetings_per_year": "0"}).clauses.meetings_per_year
        == 0
    )


def test_settlement_agreement_is_one_to_one() -> None:
    assert _issues(kind="settlement", parties=[IIDA, TENRYU, ACHI]) == [
        ("parties", ErrorCode.TOO_MANY_PARTIES)
    ]


def test_single_party_compact_is_too_few() -> None:
    assert _issues(parties=[IIDA]) == [("parties", ErrorCode.TOO_FEW_PARTIES)]


def test_prefecture_can_be_a_party() -> None:
    assert _agreement(parties=[NAGANO_PREF, TENRYU]).party_codes == (NAGANO_PREF, TENRYU)


def test_duplicate_party_is_reported_at_its_position() -> None:
    assert ("parties[2]", ErrorCode.DUPLICATE_PARTY) in _issues(parties=[IIDA, TENRYU, IIDA])


def test_leaving_before_joining_is_an_error_naming_both_dates() -> None:
    agreement, issues = agreement_from_input(
        _values(parties=[IIDA, TENRYU, {"code": ACHI, "joined": "2023-04-01", "left": "2022-03-31"}])
    )
    assert agreement is None
    [issue] = issues
    assert issue.field == "parties[2].left" and issue.code is ErrorCode.DATE_OUT_OF_ORDER
    assert (issue.params["date"], issue.params["previous_date"]) == ("2022-03-31", "2023-04-01")


def test_term_ending_before_it_starts_is_an_error() -> None:
    clauses = {"meetings_per_year": 1, "term_start": "2024-04-01", "term_end": "2024-03-31"}
    assert _issues(clauses=clauses) == [("clauses.term_end", ErrorCode.DATE_OUT_OF_ORDER)]


def test_auto_renewal_needs_an_end_date() -> None:
    assert _issues(clauses={"meetings_per_year": 1, "term_auto_renew": True}) == [
        ("clauses.term_end", ErrorCode.REQUIRED)
    ]


def test_council_rules_need_a_council_type() -> None:
    assert _issues(kind="rules_council") == [("council_type", ErrorCode.REQUIRED)]


def test_council_resolution_event_needs_a_party() -> None:
    assert _issues(events=[_event("council_resolution", "2024-09-20")]) == [
        ("events[0].party_code", ErrorCode.REQUIRED)
    ]


def test_event_for_a_non_party_is_reported() -> None:
    assert _issues(events=[_event("council_resolution", "2024-09-20", ACHI)]) == [
        ("events[0].party_code", ErrorCode.UNKNOWN_PARTY)
    ]


def test_bad_event_date_is_reported_at_that_event() -> None:
    assert _issues(events=[_event("conclusion", "2024-13-01")]) == [("events[0].date", ErrorCode.BAD_DATE)]


# --- lifecycle order ---------------------------------------------------------------------------------


def test_resolution_before_consultation_is_an_error_naming_both() -> None:
    agreement, issues = agreement_from_input(
        _values(
            events=[
                _event("consultation_start", "令和6年6月1日"),
                _event("council_resolution", "2024-05-20", TENRYU),
            ]
        )
    )
    assert agreement is None
    [issue] = issues
    assert issue.field == "events[1].date" and issue.code is ErrorCode.DATE_OUT_OF_ORDER
    assert issue.params == {
        "event": "council_resolution",
        "party": TENRYU,
        "date": "2024-05-20",
        "previous_event": "consultation_start",
        "previous_party": "",
        "previous_date": "2024-06-01",
    }


def test_effective_before_conclusion_is_an_error() -> None:
    events = [_event("conclusion", "2024-10-01"), _event("effective", "2024-09-30")]
    assert _issues(events=events) == [("events[1].date", ErrorCode.DATE_OUT_OF_ORDER)]


def test_conclusion_before_a_founding_partys_resolution_is_an_error() -> None:
    events = [
        _event("council_resolution", "2024-09-20", IIDA),
        _event("council_resolution", "2024-09-27", TENRYU),
        _event("conclusion", "2024-09-25"),
    ]
    agreement, issues = agreement_from_input(_values(events=events))
    assert agreement is None
    assert [(i.field, i.params["previous_party"]) for i in issues] == [("events[2].date", TENRYU)]


def test_union_established_before_its_permission_is_an_error() -> None:
    events = [_event("filing", "2024-12-01"), _event("effective", "2024-11-01")]
    assert _issues(kind="rules_partial_union", events=events) == [
        ("events[1].date", ErrorCode.DATE_OUT_OF_ORDER)
    ]


def test_compact_may_take_effect_before_its_notification() -> None:
    events = [
        _event("conclusion", "2024-10-01"),
        _event("effective", "2024-10-01"),
        _event("filing", "2024-10-15"),
    ]
    assert len(_agreement(events=events).events) == 3


def test_amendment_resolution_after_conclusion_is_in_order() -> None:
    events = [
        _event("council_resolution", "2020-03-20", IIDA),
        _event("conclusion", "2020-04-01"),
        _event("council_resolution", "2024-03-20", IIDA),
    ]
    assert len(_agreement(events=events).events) == 3


def test_late_joiners_resolution_after_conclusion_is_in_order() -> None:
    parties = [IIDA, TENRYU, {"code": ACHI, "joined": "2023-04-01"}]
    events = [_event("conclusion", "2020-04-01"), _event("council_resolution", "2023-03-15", ACHI)]
    assert len(_agreement(parties=parties, events=events).events) == 2


def test_abolition_before_effective_date_is_an_error() -> None:
    events = [_event("effective", "2020-04-01"), _event("abolition", "2019-03-31")]
    assert _issues(events=events) == [("events[1].date", ErrorCode.DATE_OUT_OF_ORDER)]


def test_valid_agreement_passes_revalidation() -> None:
    events = [
        _event("consultation_start", "2020-01-10"),
        _event("council_resolution", "2020-03-20", IIDA),
        _event("council_resolution", "2020-03-19", TENRYU),
        _event("conclusion", "2020-04-01"),
        _event("effective", "2020-04-01"),
        _event("review_due", "2025-03-31"),
    ]
    agreement = _agreement(events=events).with_changes(clauses=default_clauses(AgreementKind.COMPACT, PAIRS))
    assert validate_agreement(agreement) == []


# --- reviews due -------------------------------------------------------------------------------------


def _with_review(due: date, *, title: str = "協約", abolished: date | None = None) -> Agreement:
    events = [LifecycleEvent(EventKind.REVIEW_DUE, due)]
    if abolished is not None:
        events.append(LifecycleEvent(EventKind.ABOLITION, abolished))
    return Agreement(
        AgreementKind.COMPACT,
        title,
        (AgreementParty(IIDA, "甲"), AgreementParty(TENRYU, "乙")),
        events=tuple(events),
    )


def test_review_due_in_exactly_90_days_is_listed() -> None:
    [due] = reviews_due([_with_review(date(2025, 4, 10))], TODAY)
    assert (due.days_left, due.reason) == (90, ReviewReason.REVIEW_DEADLINE)


def test_review_due_in_91_days_is_not_listed() -> None:
    assert reviews_due([_with_review(date(2025, 4, 11))], TODAY) == ()


def test_overdue_review_is_listed_with_negative_days() -> None:
    [due] = reviews_due([_with_review(date(2025, 1, 1))], TODAY)
    assert due.days_left == -9


def test_overdue_review_can_be_left_out() -> None:
    assert reviews_due([_with_review(date(2025, 1, 1))], TODAY, include_overdue=False) == ()


def test_abolished_agreement_has_no_review_due() -> None:
    assert reviews_due([_with_review(date(2025, 2, 1), abolished=date(2025, 1, 1))], TODAY) == ()


def test_reviews_are_listed_soonest_first() -> None:
    due = reviews_due(
        [_with_review(date(2025, 3, 1), title="B"), _with_review(date(2025, 2, 1), title="A")], TODAY
    )
    assert [d.title for d in due] == ["A", "B"]


def test_latest_review_deadline_replaces_earlier_ones() -> None:
    agreement = _with_review(date(2024, 3, 31))
    agreement = agreement.with_changes(
        events=(*agreement.events, LifecycleEvent(EventKind.REVIEW_DUE, date(2029, 3, 31)))
    )
    assert reviews_due([agreement], TODAY) == ()


def test_auto_renewing_term_is_due_at_its_next_renewal() -> None:
    term = Term(date(2020, 4, 1), date(2022, 3, 31), auto_renew=True, renewal_years=3)
    agreement = _with_review(date(2030, 1, 1)).with_changes(clauses=Clauses(term=term))
    [due] = reviews_due([agreement], TODAY)
    assert (due.reason, due.due) == (ReviewReason.TERM_END, date(2025, 3, 31))


# --- membership over time ----------------------------------------------------------------------------


def _area() -> Agreement:
    return Agreement(
        AgreementKind.COMPACT,
        "圏域",
        (
            AgreementParty(IIDA, "甲"),
            AgreementParty(TENRYU, "乙", left=date(2024, 4, 1)),
            AgreementParty(ACHI, "丙", joined=date(2022, 4, 1)),
        ),
        events=(LifecycleEvent(EventKind.EFFECTIVE, date(2020, 4, 1)),),
    )


def test_active_members_on_a_date_follow_join_and_leave() -> None:
    assert active_members(_area(), date(2021, 4, 1)) == (IIDA, TENRYU)
    assert active_members(_area(), date(2023, 4, 1)) == (IIDA, TENRYU, ACHI)


def test_party_is_no_longer_a_member_on_its_leave_date() -> None:
    assert TENRYU not in active_members(_area(), date(2024, 4, 1))


def test_no_members_before_the_agreement_takes_effect() -> None:
    assert active_members(_area(), date(2020, 3, 31)) == ()


def test_no_members_from_abolition() -> None:
    area = _area()
    area = area.with_changes(events=(*area.events, LifecycleEvent(EventKind.ABOLITION, date(2026, 4, 1))))
    assert active_members(area, date(2026, 4, 1)) == ()


def test_one_town_belongs_to_several_agreements_at_once() -> None:
    other = _area().with_changes(
        title="消防", parties=(AgreementParty(ACHI, "甲"), AgreementParty(IIDA, "乙"))
    )
    assert [a.title for a in agreements_of([_area(), other], ACHI, date(2023, 1, 1))] == ["圏域", "消防"]


# --- facility mutual use -----------------------------------------------------------------------------


def _library_values() -> dict[str, object]:
    return _values(
        facilities=[{"name": "飯田市立中央図書館", "owner_code": IIDA, "usage_unit": "貸出冊数"}],
        usages=[
            {
                "facility": "飯田市立中央図書館",
                "party_code": IIDA,
                "period_start": "2023-04-01",
                "period_end": "2024-03-31",
                "amount": "80,000",
            },
            {
                "facility": "飯田市立中央図書館",
                "party_code": TENRYU,
                "period_start": "2023-04-01",
                "period_end": "2023-09-30",
                "amount": "１，５００",
            },
            {
                "facility": "飯田市立中央図書館",
                "party_code": TENRYU,
                "period_start": "2023-10-01",
                "period_end": "2024-03-31",
                "amount": "500",
            },
            {
                "facility": "飯田市立中央図書館",
                "party_code": TENRYU,
                "period_start": "2024-03-01",
                "period_end": "2024-04-30",
                "amount": "90",
            },
        ],
    )


def test_facility_usage_is_summed_per_party_in_the_period() -> None:
    agreement, issues = agreement_from_input(_library_values())
    assert issues == [] and agreement is not None
    figures = facility_usage(agreement, "飯田市立中央図書館", date(2023, 4, 1), date(2024, 3, 31))
    assert figures.by_party == {IIDA: Decimal(80000), TENRYU: Decimal(2000)}
    assert (figures.owner_code, figures.unit, figures.total) == (IIDA, "貸出冊数", Decimal(82000))


def test_usage_straddling_the_period_is_listed_not_prorated() -> None:
    agreement, _ = agreement_from_input(_library_values())
    assert agreement is not None
    figures = facility_usage(agreement, "飯田市立中央図書館", date(2023, 4, 1), date(2024, 3, 31))
    assert [u.amount for u in figures.straddling] == [Decimal(90)]


def test_party_without_usage_is_absent_not_zero() -> None:
    agreement = Agreement(
        AgreementKind.INFORMAL,
        "相互利用",
        (AgreementParty(IIDA, "甲"), AgreementParty(TENRYU, "乙")),
        facilities=(Facility("文化会館", IIDA),),
        usages=(FacilityUsage("文化会館", IIDA, date(2024, 4, 1), date(2025, 3, 31), Decimal(10)),),
    )
    assert TENRYU not in facility_usage(agreement, "文化会館", date(2024, 4, 1), date(2025, 3, 31)).by_party


def test_facility_owner_must_be_a_party() -> None:
    assert _issues(facilities=[{"name": "図書館", "owner_code": ACHI}]) == [
        ("facilities[0].owner_code", ErrorCode.UNKNOWN_PARTY)
    ]


def test_usage_of_an_unknown_facility_is_reported() -> None:
    usage = {
        "facility": "体育館",
        "party_code": IIDA,
        "period_start": "2024-04-01",
        "period_end": "2025-03-31",
        "amount": "1",
    }
    assert _issues(usages=[usage]) == [("usages[0].facility", ErrorCode.NOT_FOUND)]


def test_negative_usage_is_reported() -> None:
    values = _library_values()
    values["usages"] = [{**values["usages"][0], "amount": "-5"}]  # type: ignore[index]
    agreement, issues = agreement_from_input(values)
    assert agreement is None and [(i.field, i.code) for i in issues] == [
        ("usages[0].amount", ErrorCode.NEGATIVE)
    ]


def test_usage_period_ending_before_it_starts_is_reported() -> None:
    values = _library_values()
    values["usages"] = [{**values["usages"][0], "period_end": "2023-03-31"}]  # type: ignore[index]
    agreement, issues = agreement_from_input(values)
    assert agreement is None and [(i.field, i.code) for i in issues] == [
        ("usages[0].period_end", ErrorCode.DATE_OUT_OF_ORDER)
    ]
