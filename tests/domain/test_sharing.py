"""The sharing engine (負担金): worked splits, the remainder rules, and every error code it reports."""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from decimal import Decimal

import pytest

from renkei_desktop.domain.errors import ErrorCode, ValidationFailed
from renkei_desktop.domain.sharing import (
    Allocation,
    BaseFigure,
    Basis,
    Component,
    CostItem,
    Party,
    RemainderRule,
    Rounding,
    SharingRule,
    SharingSheet,
    SpecificRevenue,
    Unit,
    _allocate_checked,
    _new_allocation,
    allocate,
    allocate_sheet,
    apportion,
)

D = Decimal
DAY = date(2024, 1, 1)


def party(pid: str, **figures: int | str) -> Party:
    return Party(pid, pid, {k: BaseFigure(D(v), DAY, "test") for k, v in figures.items()})


ABC = (
    party("A", population=600, staff=10),
    party("B", population=300, staff=10),
    party("C", population=100, staff=0),
)


def rule(*components: tuple[Basis, int | str], **kwargs: object) -> SharingRule:
    return SharingRule(tuple(Component(b, D(w)) for b, w in components), **kwargs)  # type: ignore[arg-type]


def codes(item: CostItem, parties: tuple[Party, ...] = ABC, lead: str | None = None) -> dict[str, ErrorCode]:
    with pytest.raises(ValidationFailed) as info:
        allocate(item, parties, lead=lead)
    return {i.field: i.code for i in info.value.issues}


# --- worked splits ----------------------------------------------------------------------------------


def test_population_split_of_an_exact_amount() -> None:
    a = allocate(CostItem("x", 1000, rule((Basis.POPULATION, 100))), ABC)
    assert a.amounts == (600, 300, 100)


def test_equal_and_population_components_add_up_by_row_and_by_column() -> None:
    a = allocate(CostItem("x", 1_000_000, rule((Basis.EQUAL, 10), (Basis.POPULATION, 90))), ABC)
    assert a.component_amounts == (100_000, 900_000)
    assert a.by_component == ((33_334, 33_333, 33_333), (540_000, 270_000, 90_000))
    assert a.amounts == (573_334, 303_333, 123_333)
    assert sum(a.amounts) == 1_000_000


def test_specific_revenues_are_deducted_before_sharing() -> None:
    item = CostItem(
        "x",
        1_200,
        rule((Basis.POPULATION, 100)),
        (SpecificRevenue("補助金", 150), SpecificRevenue("使用料", 50)),
    )
    a = allocate(item, ABC)
    assert (a.revenues, a.net, a.amounts) == (200, 1_000, (600, 300, 100))


def test_largest_remainder_gives_the_left_over_yen_to_the_largest_fractions() -> None:
    # exact parts 10/3·(1,1,1)... with populations 600/300/100 of 7 yen: 4.2, 2.1, 0.7
    a = allocate(CostItem("x", 7, rule((Basis.POPULATION, 100))), ABC)
    assert a.amounts == (4, 2, 1)


def test_largest_remainder_breaks_ties_by_listed_order() -> None:
    a = allocate(CostItem("x", 5, rule((Basis.EQUAL, 100))), ABC)
    assert a.amounts == (2, 2, 1)
    reordered = (ABC[2], ABC[0], ABC[1])
    assert allocate(CostItem("x", 5, rule((Basis.EQUAL, 100))), reordered).amounts == (2, 2, 1)


def test_lead_party_bears_the_remainder() -> None:
    item = CostItem("x", 7, rule((Basis.POPULATION, 100), remainder=RemainderRule.LEAD_PARTY))
    assert allocate(item, ABC, lead="C").amounts == (4, 2, 1)
    item = CostItem("x", 8, rule((Basis.POPULATION, 100), remainder=RemainderRule.LEAD_PARTY))
    assert allocate(item, ABC, lead="B").amounts == (4, 4, 0)  # 4.8, 2.4, 0.8 floored; 2 yen to B


def test_largest_share_bears_the_remainder() -> None:
    item = CostItem("x", 8, rule((Basis.POPULATION, 100), remainder=RemainderRule.LARGEST_SHARE))
    assert allocate(item, ABC).amounts == (6, 2, 0)


def test_half_up_with_lead_can_take_back_from_the_lead() -> None:
    # 10 yen by 1:1:1:1 → 2.5 each rounds to 3 (12): the lead gives back 2.
    parties = tuple(party(x, population=1) for x in "ABCD")
    item = CostItem(
        "x", 10, rule((Basis.POPULATION, 100), rounding=Rounding.HALF_UP, remainder=RemainderRule.LEAD_PARTY)
    )
    assert allocate(item, parties, lead="C").amounts == (3, 3, 1, 3)


def test_half_up_with_a_lead_too_small_to_give_back_takes_from_the_others() -> None:
    # 2 yen by 0:1:1:1:1 → 0.5 each rounds to 1 (4); the lead (0) cannot give back 2, the last listed do.
    parties = (party("L", population=0),) + tuple(party(x, population=1) for x in "ABCD")
    item = CostItem(
        "x", 2, rule((Basis.POPULATION, 100), rounding=Rounding.HALF_UP, remainder=RemainderRule.LEAD_PARTY)
    )
    assert allocate(item, parties, lead="L").amounts == (0, 1, 1, 0, 0)


def test_floor_and_half_up_agree_under_largest_remainder() -> None:
    for total in range(0, 200, 7):
        floor = allocate(CostItem("x", total, rule((Basis.EQUAL, 30), (Basis.POPULATION, 70))), ABC)
        half = allocate(
            CostItem("x", total, rule((Basis.EQUAL, 30), (Basis.POPULATION, 70), rounding=Rounding.HALF_UP)),
            ABC,
        )
        assert floor.amounts == half.amounts


def test_apportion_directly() -> None:
    assert apportion(10, [1, 1, 1]) == [4, 3, 3]
    assert apportion(10, [1, 1, 1], remainder=RemainderRule.LEAD_PARTY, lead_index=2) == [3, 3, 4]
    # 2.2, 4.4, 4.4 floored; the left-over yen to the first of the two largest
    assert apportion(11, [1, 2, 2], remainder=RemainderRule.LARGEST_SHARE) == [2, 5, 4]
    assert apportion(0, [1, 0]) == [0, 0]
    for bad in ((-1, [1]), (1, [0, 0]), (1, [2, -1]), (1, [])):
        with pytest.raises(ValueError):
            apportion(*bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        apportion(1, [1], remainder=RemainderRule.LEAD_PARTY)


def test_equal_with_party_weights_counts_a_town_as_half_a_city() -> None:
    comp = Component(Basis.EQUAL, D(100), party_weights={"B": D("0.5"), "C": D("0.5")})
    a = allocate(CostItem("x", 1000, SharingRule((comp,))), ABC)
    assert a.amounts == (500, 250, 250)


def test_host_pays_its_whole_component() -> None:
    comps = (Component(Basis.HOST_PAYS, D(30), host="B"), Component(Basis.POPULATION, D(70)))
    a = allocate(CostItem("x", 1000, SharingRule(comps)), ABC)
    assert a.by_component == ((0, 300, 0), (420, 210, 70))


def test_agreed_percentages() -> None:
    comp = Component(Basis.AGREED, D(100), percentages={"A": D("62.5"), "B": D("22.5"), "C": D(15)})
    a = allocate(CostItem("x", 15_000_001, SharingRule((comp,))), ABC)
    assert a.amounts == (9_375_001, 3_375_000, 2_250_000)


def test_fixed_amounts_come_off_first() -> None:
    item = CostItem("x", 1300, SharingRule((Component(Basis.POPULATION, D(100)),), fixed={"C": 300}))
    a = allocate(item, ABC)
    assert a.fixed == (0, 0, 300)
    assert a.apportioned == 1000
    assert a.amounts == (600, 300, 400)
    assert [s.fixed + sum(s.by_component) for s in a.shares] == list(a.amounts)


def test_fixed_amounts_alone_must_make_up_the_total() -> None:
    item = CostItem("x", 1000, SharingRule((), fixed={"A": 700, "B": 300}))
    assert allocate(item, ABC[:2]).amounts == (700, 300)
    assert codes(CostItem("x", 1001, SharingRule((), fixed={"A": 700, "B": 300})), ABC[:2]) == {
        "rule.fixed": ErrorCode.FIXED_NOT_EQUAL_TOTAL
    }


def test_usage_measure_names_the_figure_and_decimals_are_exact() -> None:
    parties = (party("A", 搬入量="9850.5"), party("B", 搬入量="1620.0"))
    comp = Component(Basis.USAGE, D(100), measure="搬入量")
    a = allocate(CostItem("x", 62_100_000, SharingRule((comp,))), parties)
    assert a.amounts == (53_329_502, 8_770_498)  # 62,100,000 × 9850.5 / 11470.5 = 53,329,502.4…


def test_two_usage_components_with_different_measures() -> None:
    parties = (party("A", t=1, n=3), party("B", t=3, n=1))
    comps = (Component(Basis.USAGE, D(50), measure="t"), Component(Basis.USAGE, D(50), measure="n"))
    assert allocate(CostItem("x", 800, SharingRule(comps)), parties).amounts == (400, 400)


def test_person_years_are_shared_to_the_hundredth() -> None:
    item = CostItem(
        "人工", D("2.50"), rule((Basis.EQUAL, 10), (Basis.POPULATION, 90)), unit=Unit.PERSON_YEARS
    )
    a = allocate(item, ABC)
    assert a.amounts == (D("1.44"), D("0.76"), D("0.30"))
    assert sum(a.amounts) == D("2.50")
    assert all(x.as_tuple().exponent == -2 for x in a.amounts)


def test_the_figures_used_are_recorded_with_date_and_source() -> None:
    a = allocate(CostItem("x", 1000, rule((Basis.EQUAL, 50), (Basis.POPULATION, 50))), ABC)
    assert [(f.party, f.figure, f.value, f.reference_date, f.source) for f in a.figures_used] == [
        ("A", "population", D(600), DAY, "test"),
        ("B", "population", D(300), DAY, "test"),
        ("C", "population", D(100), DAY, "test"),
    ]


def test_share_of_and_shares() -> None:
    a = allocate(CostItem("x", 1000, rule((Basis.POPULATION, 100))), ABC)
    assert a.share_of("B") == 300
    assert a.shares[1].party == "B" and a.shares[1].by_component == (300,)
    with pytest.raises(KeyError):
        a.share_of("Z")


def test_sheet_totals_per_unit() -> None:
    sheet = SharingSheet(
        ABC,
        (
            CostItem("建設費", 1000, rule((Basis.POPULATION, 100))),
            CostItem("運営費", 300, rule((Basis.EQUAL, 100))),
            CostItem("人工", D("0.30"), rule((Basis.EQUAL, 100)), unit=Unit.PERSON_YEARS),
        ),
    )
    result = allocate_sheet(sheet)
    assert result.totals(Unit.YEN) == (700, 400, 200)
    assert result.totals(Unit.PERSON_YEARS) == (D("0.10"), D("0.10"), D("0.10"))


def test_the_fast_allocation_object_equals_a_constructed_one() -> None:
    values = (
        CostItem("x", 1, rule((Basis.EQUAL, 100))),
        ABC,
        None,
        0,
        1,
        (0, 0, 0),
        (1,),
        ((1, 0, 0),),
        (1, 0, 0),
    )
    assert _new_allocation(*values) == Allocation(*values)  # type: ignore[arg-type]
    assert [f.name for f in fields(Allocation)] == [
        "item", "parties", "lead", "revenues", "net", "fixed", "component_amounts", "by_component", "amounts",
    ]  # fmt: skip


def test_a_dict_changed_after_the_rule_was_made_does_not_change_the_rule() -> None:
    fixed: dict[str, int] = {}
    figures = {"population": BaseFigure(D(1), DAY, "test")}
    item = CostItem("x", 1000, SharingRule((Component(Basis.POPULATION, D(100)),), fixed=fixed))
    parties = (Party("A", figures=figures), party("B", population=1))
    fixed["A"] = 500
    figures["population"] = BaseFigure(D(3), DAY, "test")
    assert allocate(item, parties).amounts == (500, 500)


def test_checked_and_fast_paths_agree_on_a_plain_rule() -> None:
    item = CostItem("x", 123_456_789, rule((Basis.EQUAL, 10), (Basis.STAFF, 40), (Basis.POPULATION, 50)))
    assert allocate(item, ABC) == _allocate_checked(item, ABC, None, "")


# --- errors -----------------------------------------------------------------------------------------


def test_weights_must_add_up_to_100() -> None:
    with pytest.raises(ValidationFailed) as info:
        allocate(CostItem("x", 1000, rule((Basis.EQUAL, 10), (Basis.POPULATION, 85))), ABC)
    (issue,) = info.value.issues
    assert (issue.field, issue.code, issue.params) == (
        "rule.components",
        ErrorCode.WEIGHTS_NOT_100,
        {"sum": "95"},
    )


def test_decimal_weights_are_summed_exactly() -> None:
    assert allocate(CostItem("x", 1000, rule((Basis.EQUAL, "33.3"), (Basis.POPULATION, "66.7"))), ABC)
    assert codes(CostItem("x", 1000, rule((Basis.EQUAL, "33.33"), (Basis.POPULATION, "66.66")))) == {
        "rule.components": ErrorCode.WEIGHTS_NOT_100
    }


def test_no_components_and_no_fixed_amounts_is_weights_not_100() -> None:
    assert codes(CostItem("x", 1000, SharingRule(()))) == {"rule.components": ErrorCode.WEIGHTS_NOT_100}


@pytest.mark.parametrize("weight", [0, -10])
def test_a_weight_must_be_positive(weight: int) -> None:
    found = codes(CostItem("x", 1000, rule((Basis.EQUAL, 100 - weight), (Basis.POPULATION, weight))))
    assert found == {"rule.components[1].weight": ErrorCode.WEIGHT_NOT_POSITIVE}


def test_a_weight_must_be_a_number_and_never_a_float() -> None:
    comps = (Component(Basis.EQUAL, 50.0), Component(Basis.POPULATION, D(50)))  # type: ignore[arg-type]
    assert codes(CostItem("x", 1000, SharingRule(comps))) == {
        "rule.components[0].weight": ErrorCode.NOT_A_NUMBER
    }


def test_a_weight_with_too_many_decimals() -> None:
    found = codes(CostItem("x", 1000, rule((Basis.EQUAL, "10.0000001"), (Basis.POPULATION, "89.9999999"))))
    assert found["rule.components[0].weight"] is ErrorCode.TOO_PRECISE


def test_duplicate_components() -> None:
    found = codes(CostItem("x", 1000, rule((Basis.POPULATION, 50), (Basis.POPULATION, 50))))
    assert found == {"rule.components[1]": ErrorCode.DUPLICATE_COMPONENT}


def test_a_missing_base_figure_is_named_and_never_taken_as_zero() -> None:
    parties = (party("A", population=10), party("B"))
    with pytest.raises(ValidationFailed) as info:
        allocate(CostItem("x", 1000, rule((Basis.POPULATION, 100))), parties)
    (issue,) = info.value.issues
    assert issue.field == "parties[1].figures.population"
    assert issue.code is ErrorCode.MISSING_BASE_FIGURE
    assert issue.params == {"party": "B", "basis": "population", "figure": "population"}


def test_a_missing_agreed_percentage_is_missing_base_figure() -> None:
    comp = Component(Basis.AGREED, D(100), percentages={"A": D(60), "B": D(40)})
    assert codes(CostItem("x", 1000, SharingRule((comp,)))) == {
        "rule.components[0].percentages.C": ErrorCode.MISSING_BASE_FIGURE
    }


@pytest.mark.parametrize("field", ["total", "specific_revenues[0].amount", "rule.fixed.A"])
def test_negative_amounts(field: str) -> None:
    values = {"total": 1000, "revenue": 0, "fixed": 0}
    values[{"total": "total", "specific_revenues[0].amount": "revenue", "rule.fixed.A": "fixed"}[field]] = -1
    item = CostItem(
        "x",
        values["total"],
        SharingRule((Component(Basis.POPULATION, D(100)),), fixed={"A": values["fixed"]}),
        (SpecificRevenue("補助金", values["revenue"]),),
    )
    assert codes(item) == {field: ErrorCode.NEGATIVE_AMOUNT}


def test_yen_must_be_whole_and_person_years_to_the_hundredth() -> None:
    assert codes(CostItem("x", D("10.5"), rule((Basis.EQUAL, 100)))) == {"total": ErrorCode.NOT_AN_INTEGER}
    item = CostItem("x", D("1.005"), rule((Basis.EQUAL, 100)), unit=Unit.PERSON_YEARS)
    assert codes(item) == {"total": ErrorCode.TOO_PRECISE}


def test_an_absurd_total_is_too_large() -> None:
    assert codes(CostItem("x", 10**14, rule((Basis.EQUAL, 100)))) == {"total": ErrorCode.TOO_LARGE}


def test_a_float_total_is_refused() -> None:
    assert codes(CostItem("x", 1000.0, rule((Basis.EQUAL, 100)))) == {"total": ErrorCode.NOT_A_NUMBER}  # type: ignore[arg-type]


def test_unknown_parties_in_fixed_weights_and_percentages() -> None:
    item = CostItem("x", 1000, SharingRule((Component(Basis.POPULATION, D(100)),), fixed={"Z": 1}))
    assert codes(item) == {"rule.fixed.Z": ErrorCode.UNKNOWN_PARTY}
    comp = Component(Basis.EQUAL, D(100), party_weights={"Z": D("0.5")})
    assert codes(CostItem("x", 1000, SharingRule((comp,)))) == {
        "rule.components[0].party_weights.Z": ErrorCode.UNKNOWN_PARTY
    }
    comp = Component(Basis.AGREED, D(100), percentages={"A": 50, "B": 30, "C": 20, "Z": 0})
    assert codes(CostItem("x", 1000, SharingRule((comp,)))) == {
        "rule.components[0].percentages.Z": ErrorCode.UNKNOWN_PARTY
    }


def test_duplicate_and_missing_parties() -> None:
    assert codes(CostItem("x", 1000, rule((Basis.EQUAL, 100))), (ABC[0], ABC[0])) == {
        "parties[1].id": ErrorCode.DUPLICATE_PARTY
    }
    assert codes(CostItem("x", 1000, rule((Basis.EQUAL, 100))), ()) == {"parties": ErrorCode.NO_PARTIES}
    assert codes(CostItem("x", 1000, rule((Basis.EQUAL, 100))), (Party(""),)) == {
        "parties[0].id": ErrorCode.REQUIRED
    }


def test_all_base_figures_zero() -> None:
    parties = (party("A", staff=0), party("B", staff=0))
    with pytest.raises(ValidationFailed) as info:
        allocate(CostItem("x", 1000, rule((Basis.STAFF, 100))), parties)
    (issue,) = info.value.issues
    assert (issue.field, issue.code, issue.params) == (
        "rule.components[0]",
        ErrorCode.ZERO_BASE,
        {"basis": "staff", "figure": "staff"},
    )


def test_a_zero_figure_for_some_parties_is_fine() -> None:
    assert allocate(CostItem("x", 20, rule((Basis.STAFF, 100))), ABC).amounts == (10, 10, 0)


def test_negative_base_figure() -> None:
    parties = (party("A", population=10), party("B", population=-1))
    assert codes(CostItem("x", 1000, rule((Basis.POPULATION, 100))), parties) == {
        "parties[1].figures.population.value": ErrorCode.NEGATIVE
    }


def test_host_must_be_a_party() -> None:
    comp = Component(Basis.HOST_PAYS, D(100), host="Z")
    assert codes(CostItem("x", 1000, SharingRule((comp,)))) == {
        "rule.components[0].host": ErrorCode.HOST_NOT_A_PARTY
    }
    comp = Component(Basis.HOST_PAYS, D(100))
    assert codes(CostItem("x", 1000, SharingRule((comp,)))) == {"rule.components[0].host": ErrorCode.REQUIRED}


def test_lead_must_be_a_party_and_is_required_by_the_lead_rule() -> None:
    assert codes(CostItem("x", 1000, rule((Basis.EQUAL, 100))), lead="Z") == {
        "lead": ErrorCode.LEAD_NOT_A_PARTY
    }
    item = CostItem("x", 1000, rule((Basis.EQUAL, 100), remainder=RemainderRule.LEAD_PARTY))
    assert codes(item) == {"lead": ErrorCode.REQUIRED}


def test_agreed_percentages_must_add_up_to_100() -> None:
    comp = Component(Basis.AGREED, D(100), percentages={"A": 50, "B": 30, "C": 10})
    with pytest.raises(ValidationFailed) as info:
        allocate(CostItem("x", 1000, SharingRule((comp,))), ABC)
    (issue,) = info.value.issues
    assert (issue.field, issue.code, issue.params) == (
        "rule.components[0].percentages",
        ErrorCode.AGREED_NOT_100,
        {"sum": "90"},
    )


def test_fixed_amounts_beyond_the_net_total() -> None:
    item = CostItem("x", 1000, SharingRule((Component(Basis.EQUAL, D(100)),), fixed={"A": 600, "B": 500}))
    with pytest.raises(ValidationFailed) as info:
        allocate(item, ABC)
    (issue,) = info.value.issues
    assert (issue.field, issue.code, issue.params) == (
        "rule.fixed",
        ErrorCode.FIXED_EXCEEDS_TOTAL,
        {"fixed": "1100", "net": "1000"},
    )


def test_revenues_beyond_the_total() -> None:
    item = CostItem("x", 1000, rule((Basis.EQUAL, 100)), (SpecificRevenue("補助金", 1001),))
    assert codes(item) == {"specific_revenues": ErrorCode.REVENUES_EXCEED_TOTAL}


@pytest.mark.parametrize(
    ("component", "field"),
    [
        (Component(Basis.POPULATION, D(100), host="A"), "host"),
        (Component(Basis.POPULATION, D(100), party_weights={"A": 1}), "party_weights"),
        (Component(Basis.EQUAL, D(100), percentages={"A": 100}), "percentages"),
        (Component(Basis.EQUAL, D(100), measure="人口"), "measure"),
        (Component(Basis.FIXED, D(100)), "basis"),
    ],
)
def test_settings_that_do_not_apply_to_a_basis(component: Component, field: str) -> None:
    assert (
        codes(CostItem("x", 1000, SharingRule((component,))))[f"rule.components[0].{field}"]
        is ErrorCode.NOT_APPLICABLE
    )


def test_unknown_enum_values_from_code() -> None:
    found = codes(CostItem("x", 1000, SharingRule((Component("per_head", D(100)),), rounding="ceil")))  # type: ignore[arg-type]
    assert found == {
        "rule.components[0].basis": ErrorCode.UNKNOWN_CHOICE,
        "rule.rounding": ErrorCode.UNKNOWN_CHOICE,
    }


def test_every_problem_is_reported_at_once() -> None:
    parties = (party("A", population=10), party("B"))
    item = CostItem("x", -5, rule((Basis.EQUAL, 10), (Basis.POPULATION, 80)))
    assert codes(item, parties) == {
        "total": ErrorCode.NEGATIVE_AMOUNT,
        "parties[1].figures.population": ErrorCode.MISSING_BASE_FIGURE,
        "rule.components": ErrorCode.WEIGHTS_NOT_100,
    }


def test_a_sheet_reports_item_paths_and_party_problems_once() -> None:
    parties = (party("A", population=10), party("B"))
    sheet = SharingSheet(
        parties,
        (
            CostItem("建設費", 1000, rule((Basis.POPULATION, 100))),
            CostItem("運営費", 1000, rule((Basis.EQUAL, 50), (Basis.POPULATION, 40))),
        ),
    )
    with pytest.raises(ValidationFailed) as info:
        allocate_sheet(sheet)
    assert [(i.field, i.code) for i in info.value.issues] == [
        ("parties[1].figures.population", ErrorCode.MISSING_BASE_FIGURE),
        ("items[1].rule.components", ErrorCode.WEIGHTS_NOT_100),
    ]
    with pytest.raises(ValidationFailed) as info:
        allocate_sheet(SharingSheet(parties, ()))
    assert [(i.field, i.code) for i in info.value.issues] == [("items", ErrorCode.REQUIRED)]
