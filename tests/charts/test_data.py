"""Chart data assembled from the demo town's services: what each chart will draw, in numbers."""

from __future__ import annotations

from decimal import Decimal

import pytest

from renkei_desktop.charts import texts
from renkei_desktop.charts.data import ChartFilter, ChartSource, Measure, RecordKind, Target
from renkei_desktop.domain.duties import DutyCategory
from renkei_desktop.domain.methods import CooperationMethod
from renkei_desktop.domain.plans import PlanStatus
from renkei_desktop.domain.profile import Profile
from renkei_desktop.services.demo import ANAN, DEMO_HOME, IIDA, NAGANO_PREF, URUGI

from .conftest import TODAY


def _plan(source: ChartSource, name: str):
    return next(p for p in source.plans() if p.name == name)


WASTE = "南信州ごみ処理の一部事務組合"
CARE = "南信州での介護認定審査会の共同設置"
WATER_PREF = "長野県による事務の代替執行"
WATER_IIDA = "飯田市への事務の委託"
BRIDGE = "長野県による橋梁点検の代替執行"


# --- 1. per party × category ------------------------------------------------------------------------


def test_party_load_sums_each_partys_shares_of_the_chosen_plans_by_category(source, demo):
    load = source.party_load()
    portfolio = demo.shares.portfolio(DEMO_HOME)
    assert [p.code for p in load.parties][0] == DEMO_HOME
    assert {p.code for p in load.parties} == {r.code for r in portfolio.rows}
    for row in portfolio.rows:
        assert load.total(row.code, Measure.COST) == pytest.approx(row.cost_yen / 1000)
        assert load.total(row.code, Measure.WORKLOAD) == pytest.approx(float(row.workload_person_years))
    assert load.categories == (
        DutyCategory.WELFARE_HEALTH,
        DutyCategory.ENVIRONMENT,
        DutyCategory.INFRASTRUCTURE,
    )


def test_party_load_leaves_out_the_alternative_that_was_not_chosen(source):
    load = source.party_load()
    plan_names = {p.plan_name for cell in load.cells.values() for p in cell.parts}
    assert WATER_IIDA not in plan_names
    assert {WASTE, CARE, WATER_PREF, BRIDGE} == plan_names


def test_a_segment_opens_the_plan_contributing_most_to_it(source):
    cell = source.party_load().cells[(DEMO_HOME, DutyCategory.ENVIRONMENT)]
    assert {p.plan_name for p in cell.parts} == {WASTE, WATER_PREF}
    water = _plan(source, WATER_PREF)  # 15,500 千円 against about 9,017 千円 for the union
    assert cell.main_plan(Measure.COST) == water.id
    assert cell.main_plan(Measure.WORKLOAD) == _plan(source, WASTE).id  # 0.12 人工 against 0


def test_category_filter_keeps_only_plans_of_duties_in_that_category(source):
    load = source.party_load(ChartFilter.of(category="infrastructure"))
    assert load.categories == (DutyCategory.INFRASTRUCTURE,)
    assert {p.code for p in load.parties} == {DEMO_HOME, NAGANO_PREF}
    assert load.filter_text == texts.t(texts.FILTERED).format("インフラ維持")


def test_partner_filter_keeps_only_plans_with_that_partner(source):
    load = source.party_load(ChartFilter.of(partner=URUGI))
    assert {p.plan_name for cell in load.cells.values() for p in cell.parts} == {WASTE}


def test_method_and_status_filters_combine(source):
    load = source.party_load(ChartFilter.of(method="substitute_execution", status="draft"))
    assert {p.plan_name for cell in load.cells.values() for p in cell.parts} == {BRIDGE}


def test_filter_matching_nothing_says_to_widen_it(source):
    load = source.party_load(ChartFilter.of(method=CooperationMethod.WIDE_AREA_UNION))
    assert load.empty == texts.EMPTY_NO_MATCH
    assert load.parties == ()


def test_no_chosen_plan_says_to_choose_one(source, demo):
    for plan in source.plans():
        if plan.chosen:
            demo.plans.update(plan.with_changes(chosen=False))
    source.refresh()
    assert source.party_load().empty == texts.EMPTY_NO_CHOSEN


def test_without_home_town_every_chart_says_to_set_it(services):
    source = ChartSource(services, today=TODAY)
    assert source.party_load().empty == texts.EMPTY_NO_HOME
    assert source.share_matrix().empty == texts.EMPTY_NO_HOME
    assert source.network().empty == texts.EMPTY_NO_HOME
    assert source.timeline().empty == texts.EMPTY_NO_HOME
    assert source.before_after().empty == texts.EMPTY_NO_HOME


def test_a_plan_without_a_rule_is_left_out_and_named(source, demo):
    bridge = _plan(source, BRIDGE)
    items = tuple(
        item.__class__(item.name, item.annual_total_yen, item.specific_revenue_yen, "")
        for item in bridge.cost_items
    )
    demo.plans.update(bridge.with_changes(cost_items=items))
    source.refresh()
    load = source.party_load()
    assert load.left_out == (BRIDGE,)
    assert DutyCategory.INFRASTRUCTURE not in load.categories


# --- 2. one plan ------------------------------------------------------------------------------------


def test_plan_shares_give_amounts_and_percentages_adding_up(source):
    waste = _plan(source, WASTE)
    data = source.plan_shares(waste.id)
    assert data.empty is None
    assert [r.party.code for r in data.rows] == list(waste.party_codes)
    assert sum(r.cost_yen for r in data.rows) == data.net_cost_yen == 365_000_000
    assert sum(r.cost_percent for r in data.rows) == pytest.approx(Decimal(100))
    assert sum(r.workload for r in data.rows) == data.workload_total == Decimal("6.00")
    home = next(r for r in data.rows if r.party.is_home)
    assert home.cost_yen == 9_017_059


def test_plan_shares_of_a_plan_without_a_rule_say_which_item_needs_one(source, demo):
    bridge = _plan(source, BRIDGE)
    items = tuple(
        item.__class__(item.name, item.annual_total_yen, item.specific_revenue_yen, "")
        for item in bridge.cost_items
    )
    demo.plans.update(bridge.with_changes(cost_items=items))
    source.refresh()
    data = source.plan_shares(bridge.id)
    assert data.empty == texts.EMPTY_PLAN_NO_RULE
    assert data.empty_args == (BRIDGE, "点検費")


def test_plan_shares_of_a_party_without_a_statistic_say_which_figure_is_missing(source, demo):
    anan = demo.municipalities.get(ANAN)
    for stat in anan.statistics:
        if stat.kind.value == "elderly_population":
            demo.municipalities.delete_statistic(stat.id)
    source.refresh()
    data = source.plan_shares(_plan(source, CARE).id)
    assert data.empty == texts.EMPTY_PLAN_MISSING
    assert data.empty_args == (CARE, "阿南町の65歳以上人口")


def test_plan_choices_list_every_plan_by_duty_chosen_first(source):
    labels = [(label, chosen) for _, label, chosen in source.plan_choices()]
    water = [entry for entry in labels if entry[0].startswith("簡易水道の維持管理")]
    assert water == [
        (f"簡易水道の維持管理 — {WATER_PREF}", True),
        (f"簡易水道の維持管理 — {WATER_IIDA}", False),
    ]


# --- 3. matrix ----------------------------------------------------------------------------------------


def test_share_matrix_has_a_row_per_chosen_plan_and_rows_adding_to_100(source):
    matrix = source.share_matrix(measure=Measure.COST)
    assert [r.duty_name for r in matrix.rows] == [
        "介護認定審査会",
        "ごみ処理",
        "簡易水道の維持管理",
        "橋梁点検と長寿命化計画",
    ]
    assert matrix.parties[0].code == DEMO_HOME and matrix.parties[-1].code == NAGANO_PREF
    for i in range(len(matrix.rows)):
        row = [v for (r, _), v in matrix.percents.items() if r == i]
        assert sum(row) == pytest.approx(Decimal(100))
    assert (0, URUGI) not in matrix.percents  # 売木村 is not a party of the care board
    assert matrix.percents[(2, DEMO_HOME)] == 100  # the village pays the prefecture's 代替執行


def test_share_matrix_by_workload_shows_who_does_the_work(source):
    matrix = source.share_matrix(measure=Measure.WORKLOAD)
    assert matrix.percents[(2, NAGANO_PREF)] == 100
    assert matrix.amounts[(2, NAGANO_PREF)] == Decimal("2.00")


# --- 4. network ---------------------------------------------------------------------------------------


def test_network_links_each_plans_lead_to_its_parties_weighted_by_shared_cost(source):
    network = source.network()
    edges = {frozenset((e.a, e.b)): e for e in network.edges}
    # 介護 (9,600 千円) and ごみ (365,000 千円) both link 飯田市 with the village
    assert edges[frozenset((IIDA, DEMO_HOME))].cost_yen == 9_600_000 + 365_000_000
    assert edges[frozenset((IIDA, URUGI))].cost_yen == 365_000_000
    assert edges[frozenset((NAGANO_PREF, DEMO_HOME))].cost_yen == 15_500_000 + 6_000_000
    assert frozenset((ANAN, DEMO_HOME)) not in edges  # a star from each plan's lead, not every pair
    settlement = next(a for a in source.agreements() if a.title.startswith("南信州定住自立圏"))
    assert Target(RecordKind.AGREEMENT, settlement.id) in edges[frozenset((IIDA, DEMO_HOME))].targets


def test_network_places_towns_at_their_town_hall_and_the_prefecture_apart(source):
    network = source.network()
    home = network.node(DEMO_HOME)
    assert home.party.is_home and home.placed
    assert home.latitude == pytest.approx(35.276, abs=0.01)
    prefecture = network.node(NAGANO_PREF)
    assert prefecture.party.is_prefecture and not prefecture.placed
    assert home.cost_yen == 30_885_534


def test_network_of_agreements_without_plans_draws_them_without_cost(source, demo):
    for plan in source.plans():
        demo.plans.update(plan.with_changes(chosen=False))
    source.refresh()
    network = source.network()
    assert [(e.a, e.b, e.cost_yen, e.has_plan) for e in network.edges if not e.has_plan][0][2] == 0
    assert all(not e.has_plan for e in network.edges)


# --- 5. timeline --------------------------------------------------------------------------------------


def test_timeline_lists_each_agreement_with_its_dated_steps_in_order(source):
    timeline = source.timeline()
    assert [r.title for r in timeline.rows] == [
        "南信州定住自立圏形成協定（飯田市・天龍村）",
        "南信州介護認定審査会共同設置規約",
    ]
    care = timeline.rows[1]
    assert [e.day for e in care.events] == sorted(e.day for e in care.events)
    assert care.review_dates[-1].isoformat() == "2027-03-31"
    assert timeline.today == TODAY


def test_timeline_filter_by_category_keeps_agreements_of_plans_in_it(source):
    assert [r.title for r in source.timeline(ChartFilter.of(category="welfare_health")).rows] == [
        "南信州介護認定審査会共同設置規約"
    ]
    assert source.timeline(ChartFilter.of(category="medical")).empty == texts.EMPTY_NO_AGREEMENT_MATCH


# --- 6. before / after ------------------------------------------------------------------------------


def test_before_after_replaces_a_duty_by_the_home_towns_share_of_its_chosen_plan(source):
    rows = {r.category: r for r in source.before_after().rows}
    environment = rows[DutyCategory.ENVIRONMENT]
    # alone: ごみ処理 38,500 + 簡易水道 24,000 + 火葬場 2,200 千円
    assert environment.before_cost_yen == 64_700_000
    # with the plans: the union's share 9,017,059 + the 代替執行 15,500,000 + 火葬場 alone 2,200,000
    assert environment.after_cost_yen == 9_017_059 + 15_500_000 + 2_200_000
    assert environment.before_workload == Decimal("2.6") and environment.after_workload == Decimal(
        "0.32"
    ) - Decimal("0.10")
    medical = rows[DutyCategory.MEDICAL]
    assert medical.before_cost_yen == medical.after_cost_yen and not medical.plans


def test_before_after_category_filter_keeps_one_category(source):
    data = source.before_after(ChartFilter.of(category="infrastructure"))
    assert [r.category for r in data.rows] == [DutyCategory.INFRASTRUCTURE]
    assert data.rows[0].after_target() == Target(RecordKind.PLAN, _plan(source, BRIDGE).id)


def test_before_after_without_duties_says_to_catalogue_them(services):
    services.profile.save(Profile(DEMO_HOME, "総務課"))
    assert ChartSource(services).before_after().empty == texts.EMPTY_NO_DUTIES


def test_filters_describe_themselves_in_japanese():
    flt = ChartFilter.of("environment", "partial_union", PlanStatus.AGREED, IIDA)
    assert flt.describe({IIDA: "飯田市"}) == "絞り込み: 環境衛生・一部事務組合・合意・飯田市"
    assert ChartFilter().describe({}) == ""
