"""The sharing engine applied to plans: demo shares, missing figures, saving rules, portfolio, cache."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal

import pytest

from renkei_desktop.domain.errors import ErrorCode, ValidationFailed
from renkei_desktop.domain.municipalities import StatKind
from renkei_desktop.domain.plans import compare_plans
from renkei_desktop.services.container import Services
from renkei_desktop.services.demo import ANAN, DEMO_HOME, IIDA, YASUOKA, load_demo
from renkei_desktop.services.shares import ItemState, parse_plan_rule

CARE = "南信州での介護認定審査会の共同設置"
WASTE = "南信州ごみ処理の一部事務組合"


def _plan(services: Services, name: str):
    return next(p for p in services.plans.list_all() if p.name == name)


def _delete_statistic(services: Services, code: str, kind: StatKind) -> None:
    municipality = services.municipalities.get(code)
    assert municipality is not None
    for stat in municipality.statistics:
        if stat.kind is kind:
            services.municipalities.delete_statistic(stat.id)  # type: ignore[arg-type]


def _rule(*components: dict, **extra: object) -> str:
    return json.dumps({"components": list(components), **extra}, ensure_ascii=False)


def test_demo_shares_add_up_exactly_to_each_items_net(demo: Services) -> None:
    plans = demo.plans.list_all()
    assert len(plans) == 5
    for plan in plans:
        result = demo.shares.plan_shares(plan)
        assert result.complete, (plan.name, result.issues)
        for item, cost in zip(result.items, plan.cost_items, strict=True):
            assert item.allocation is not None
            assert sum(item.allocation.amounts) == cost.net_yen == item.net
            assert all(isinstance(a, int) for a in item.allocation.amounts)
        assert result.workload is not None and result.workload.allocation is not None
        assert sum(result.workload.allocation.amounts) == plan.workload_person_years


def test_demo_shares_record_the_figures_used_with_date_and_source(demo: Services) -> None:
    item = demo.shares.plan_shares(_plan(demo, CARE)).items[0]
    used = {(f.party, f.figure): f for f in item.figures_used}
    population = used[(YASUOKA, "population")]
    assert population.value == Decimal(1600)
    assert population.reference_date.isoformat() == "2020-10-01"
    assert "デモ" in population.source
    assert {f.figure for f in item.figures_used} == {"population", "elderly_population"}


def test_usage_figures_come_from_the_rule_itself(demo: Services) -> None:
    construction = demo.shares.plan_shares(_plan(demo, WASTE)).items[0]
    usage = [f for f in construction.figures_used if f.figure == "搬入量"]
    assert {f.party: f.value for f in usage}[IIDA] == Decimal(28500)
    assert all(f.reference_date.isoformat() == "2024-03-31" for f in usage)


def test_a_party_without_population_is_named_and_the_item_has_no_result(demo: Services) -> None:
    _delete_statistic(demo, YASUOKA, StatKind.POPULATION)
    result = demo.shares.plan_shares(_plan(demo, CARE))
    item = result.items[0]
    assert item.state == ItemState.ERROR
    assert item.allocation is None
    assert item.share_of(YASUOKA) is None  # no amount at all, never a zero
    missing = [i for i in item.issues if i.code is ErrorCode.MISSING_BASE_FIGURE]
    assert [(i.field, i.params["party"], i.params["figure"]) for i in missing] == [
        ("participants[2].figures.population", YASUOKA, "population")
    ]
    assert missing[0].params["party_name"] == "泰阜村"
    assert [(m.party, m.kind) for m in item.missing_statistics] == [(YASUOKA, StatKind.POPULATION)]
    assert not result.complete
    assert demo.shares.burdens(result.plan) == {}


def test_set_rule_with_weights_of_90_percent_names_the_path_and_saves_nothing(demo: Services) -> None:
    plan = _plan(demo, CARE)
    bad = _rule({"basis": "equal", "weight": 40}, {"basis": "population", "weight": 50})
    with pytest.raises(ValidationFailed) as failure:
        demo.shares.set_rule(plan.id, 0, bad)
    assert [(i.field, i.code, i.params.get("sum")) for i in failure.value.issues] == [
        ("rule.components", ErrorCode.WEIGHTS_NOT_100, "90")
    ]
    after = demo.plans.get(plan.id)
    assert after.version == plan.version
    assert after.cost_items[0].rule_json == plan.cost_items[0].rule_json


def test_set_rule_stores_the_canonical_rule_and_the_shares_follow(demo: Services) -> None:
    plan = _plan(demo, CARE)
    saved, changes = demo.shares.set_rule(
        plan.id, 0, _rule({"basis": "population", "weight": "６０"}, {"basis": "equal", "weight": "40"})
    )
    assert changes.plan_ids == {plan.id}
    assert saved.version == plan.version + 1
    rule, _ = parse_plan_rule(saved.cost_items[0].rule_json, saved.party_codes)
    assert [(c.basis.value, c.weight) for c in rule.components] == [("population", 60), ("equal", 40)]
    item = demo.shares.plan_shares(saved).items[0]
    assert item.allocation is not None
    assert [c.basis.value for c in item.allocation.item.rule.components] == ["population", "equal"]
    assert sum(item.allocation.amounts) == saved.cost_items[0].net_yen


def test_a_usage_value_missing_for_a_party_is_a_rule_problem(demo: Services) -> None:
    plan = _plan(demo, CARE)
    figure = {"value": 10, "reference_date": "2024-03-31", "source": "審査件数"}
    rule = _rule(
        {"basis": "usage", "weight": 100, "measure": "審査件数"},
        figures={IIDA: {"審査件数": figure}, ANAN: {"審査件数": figure}, DEMO_HOME: {"審査件数": figure}},
    )
    with pytest.raises(ValidationFailed) as failure:
        demo.shares.set_rule(plan.id, 0, rule)
    assert [(i.field, i.code, i.params["party"]) for i in failure.value.issues] == [
        (f"rule.figures.{YASUOKA}.審査件数", ErrorCode.MISSING_BASE_FIGURE, YASUOKA)
    ]


def test_figures_for_a_party_not_in_the_plan_are_refused(demo: Services) -> None:
    plan = _plan(demo, CARE)
    figure = {"value": 1, "reference_date": "2024-03-31", "source": "x"}
    with pytest.raises(ValidationFailed) as failure:
        demo.shares.set_rule(
            plan.id, 0, _rule({"basis": "equal", "weight": 100}, figures={"131016": {"x": figure}})
        )
    assert [(i.field, i.code) for i in failure.value.issues] == [
        ("rule.figures.131016", ErrorCode.UNKNOWN_PARTY)
    ]


def test_a_rule_can_be_saved_before_a_statistic_it_needs_is_entered(demo: Services) -> None:
    _delete_statistic(demo, YASUOKA, StatKind.STAFF)
    plan = _plan(demo, CARE)
    saved, _ = demo.shares.set_rule(plan.id, 0, _rule({"basis": "staff", "weight": 100}))
    item = demo.shares.plan_shares(saved).items[0]
    assert item.allocation is None
    assert [(m.party, m.kind) for m in item.missing_statistics] == [(YASUOKA, StatKind.STAFF)]


def test_set_rule_of_an_unknown_item_is_not_found(demo: Services) -> None:
    plan = _plan(demo, CARE)
    with pytest.raises(ValidationFailed) as failure:
        demo.shares.set_rule(plan.id, 5, _rule({"basis": "equal", "weight": 100}))
    assert failure.value.issues[0].field == "item_index"


def test_an_empty_rule_clears_the_item_back_to_not_agreed(demo: Services) -> None:
    plan = _plan(demo, CARE)
    saved, _ = demo.shares.set_rule(plan.id, 0, "")
    result = demo.shares.plan_shares(saved)
    assert result.items[0].state == ItemState.NO_RULE
    assert result.items[0].issues == ()
    assert result.burdens() == {}


def test_the_workload_rule_is_saved_with_no_item_index(demo: Services) -> None:
    plan = _plan(demo, CARE)
    agreed = {
        "basis": "agreed",
        "weight": 100,
        "percentages": {IIDA: 70, ANAN: 10, YASUOKA: 10, DEMO_HOME: 10},
    }
    saved, _ = demo.shares.set_rule(plan.id, None, _rule(agreed))
    workload = demo.shares.plan_shares(saved).workload
    assert workload is not None and workload.allocation is not None
    assert workload.share_of(IIDA) == Decimal("0.84")
    assert sum(workload.allocation.amounts) == Decimal("1.20")


def test_a_followed_rules_fixed_yen_do_not_apply_to_the_workload(demo: Services) -> None:
    plan = _plan(demo, CARE)
    rule = _rule({"basis": "equal", "weight": 100}, fixed={DEMO_HOME: 600000})
    saved, _ = demo.shares.set_rule(plan.id, 0, rule)
    result = demo.shares.plan_shares(saved)
    assert result.items[0].share_of(DEMO_HOME) == 600000 + (9_600_000 - 600000) // 4
    assert result.workload is not None and result.workload.follows == "運営費"
    assert result.workload.allocation is not None
    assert [result.workload.share_of(c) for c in saved.party_codes] == [Decimal("0.30")] * 4


def test_burdens_feed_the_comparison_of_alternatives(demo: Services) -> None:
    plan = _plan(demo, WASTE)
    (comparison,) = compare_plans([plan], burdens=demo.shares.burdens)
    assert comparison.burdens is not None
    assert set(comparison.burdens) == set(plan.party_codes)
    assert sum(b.cost_yen for b in comparison.burdens.values()) == plan.net_cost_yen
    assert sum(b.workload_person_years for b in comparison.burdens.values()) == plan.workload_person_years


def test_portfolio_totals_of_the_home_town_equal_its_shares_over_chosen_plans(demo: Services) -> None:
    portfolio = demo.shares.portfolio(DEMO_HOME)
    home = portfolio.rows[0]
    assert home.code == DEMO_HOME and home.is_home
    chosen = [p for p in demo.plans.list_all() if p.chosen]
    assert len(home.plan_ids) == len(chosen) == 4
    expected_cost = sum(
        demo.shares.plan_shares(p).items[i].share_of(DEMO_HOME)
        for p in chosen
        for i in range(len(p.cost_items))
    )
    expected_work = sum((demo.shares.plan_shares(p).workload.share_of(DEMO_HOME) for p in chosen), Decimal(0))
    assert home.cost_yen == expected_cost
    assert home.workload_person_years == expected_work
    assert home.incomplete == ()
    # the alternative not chosen (飯田市への事務の委託) counts for nobody
    assert "飯田市への事務の委託" not in {name for row in portfolio.rows for name in row.plan_names}


def test_portfolio_names_the_chosen_plans_that_cannot_be_computed(demo: Services) -> None:
    _delete_statistic(demo, YASUOKA, StatKind.ELDERLY_POPULATION)
    portfolio = demo.shares.portfolio(DEMO_HOME)
    assert portfolio.row(DEMO_HOME).incomplete == (CARE,)
    assert not portfolio.complete


def test_results_are_cached_until_a_statistic_changes(demo: Services) -> None:
    plan = _plan(demo, CARE)
    first = demo.shares.plan_shares(plan)
    assert demo.shares.plan_shares(plan) is first
    assert demo.shares.plan_shares(plan.id) is first
    demo.municipalities.set_statistic(YASUOKA, "population", "2000", "2024-01-01", "住民基本台帳")
    second = demo.shares.plan_shares(plan)
    assert second is not first
    assert second.items[0].share_of(YASUOKA) > first.items[0].share_of(YASUOKA)
    assert any(f.source == "住民基本台帳" for f in second.items[0].figures_used)


def test_a_saved_change_of_the_plan_is_not_served_from_the_cache(demo: Services) -> None:
    plan = _plan(demo, CARE)
    first = demo.shares.plan_shares(plan)
    smaller = replace(plan.cost_items[0], annual_total_yen=1_000_000)
    saved, _ = demo.plans.update(plan.with_changes(cost_items=(smaller,)))
    assert demo.shares.plan_shares(saved) is not first
    assert demo.shares.plan_shares(saved).items[0].net == 1_000_000


def test_loading_the_demo_twice_keeps_its_rules_and_statistics(demo: Services) -> None:
    before = {p.id: p.version for p in demo.plans.list_all()}
    load_demo(demo)
    assert {p.id: p.version for p in demo.plans.list_all()} == before
    statistics = demo.municipalities.get(IIDA).statistics
    assert len([s for s in statistics if s.kind is StatKind.POPULATION]) == 1
