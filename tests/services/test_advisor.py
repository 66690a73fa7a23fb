"""The advisor service: advice and partner ranking over the stored figures, plans and agreements.

Over the demo database (home 長野県天龍村 204137, demo figures for 天龍村 only). Figures set here for
飯田市 or 静岡市 are TEST figures, not statistics.
"""

from __future__ import annotations

from datetime import date

import pytest

from renkei_desktop.domain.errors import ErrorCode, ValidationFailed
from renkei_desktop.domain.frameworks import ReasonCode, Setting, SettingStatus, Status
from renkei_desktop.domain.methods import CooperationMethod
from renkei_desktop.domain.municipalities import StatKind
from renkei_desktop.domain.partners import FactorCode
from renkei_desktop.services.advisor import AdvisorService
from renkei_desktop.services.container import Services
from renkei_desktop.services.demo import load_demo

HOME, IIDA, ANAN, YASUOKA, NAGANO_PREF, SHIZUOKA = "204137", "202053", "204048", "204145", "200000", "221007"
SOURCE = "テスト用の値"


@pytest.fixture
def demo(services: Services) -> Services:
    load_demo(services)
    return services


def _duty(services: Services, name: str):  # noqa: ANN202
    return next(d for d in services.catalogue.list_duties(HOME) if d.name == name)


def _factor(candidate, code: FactorCode):  # noqa: ANN001, ANN202
    return next((f for f in candidate.factors if f.code is code), None)


def _candidate(ranking, code: str):  # noqa: ANN001, ANN202
    return next(c for c in ranking.candidates if c.code == code)


def test_the_container_builds_the_advisor_over_its_own_services(services: Services) -> None:
    assert isinstance(services.advisor, AdvisorService)
    assert services.advisor.municipalities() is services.municipalities.all()


def test_missing_figures_of_a_centre_in_range_are_named_not_guessed(demo: Services) -> None:
    for stat in demo.municipalities.get(IIDA).statistics:  # whatever figures the demo brings
        demo.municipalities.delete_statistic(stat.id)
    advice = demo.advisor.advise(HOME)
    settlement = advice.setting(Setting.SETTLEMENT_AREA)
    assert settlement.status is SettingStatus.UNKNOWN
    iida = next(c for c in advice.centres if c.codes == (IIDA,))
    assert iida.status is Status.UNKNOWN
    assert set(iida.assessment.missing) == {(IIDA, StatKind.POPULATION), (IIDA, StatKind.DAY_NIGHT_RATIO)}


def test_entered_figures_make_iida_an_eligible_centre_at_its_distance(demo: Services) -> None:
    demo.municipalities.set_statistic(IIDA, "population", "98000", date(2020, 10, 1), SOURCE)
    demo.municipalities.set_statistic(IIDA, "day_night_ratio", "1.02", date(2020, 10, 1), SOURCE)
    settlement = demo.advisor.advise(HOME).setting(Setting.SETTLEMENT_AREA)
    assert settlement.status is SettingStatus.RECOMMENDED
    centre = next(r for r in settlement.reasons if r.code is ReasonCode.CENTRE_IN_RANGE)
    assert centre.params == {"municipality_code": IIDA, "status": "eligible", "distance_km": "26.7"}


def test_advice_lists_every_candidate_so_the_page_can_explain_each_setting_reason(demo: Services) -> None:
    advice = demo.advisor.advise(HOME, max_distance_km=100)
    listed = {c.codes for c in advice.hubs} | {c.codes for c in advice.centres}
    for setting in advice.settings:
        for reason in setting.reasons:
            if reason.code in (ReasonCode.HUB_IN_RANGE, ReasonCode.CENTRE_IN_RANGE):
                assert (reason.params["municipality_code"],) in listed


def test_prefecture_is_recommended_when_no_eligible_hub_is_within_the_distance(demo: Services) -> None:
    ranking = demo.advisor.rank(HOME, _duty(demo, "簡易水道の維持管理"))
    assert ranking.prefecture_recommended
    pref = _candidate(ranking, NAGANO_PREF)
    assert pref.recommended
    assert _factor(pref, FactorCode.NO_ELIGIBLE_HUB_IN_RANGE).params == {"max_distance_km": "50.0"}


def test_an_eligible_hub_within_the_distance_ends_the_recommendation(demo: Services) -> None:
    demo.municipalities.set_statistic(SHIZUOKA, "day_night_ratio", "1.05", date(2020, 10, 1), SOURCE)
    duty = _duty(demo, "簡易水道の維持管理")
    assert demo.advisor.rank(HOME, duty, max_distance_km=50).prefecture_recommended  # 静岡市 58.5 km
    near = demo.advisor.rank(HOME, duty, max_distance_km=60)
    assert not near.prefecture_recommended and near.eligible_hubs_in_range == (SHIZUOKA,)
    advice = demo.advisor.advise(HOME, max_distance_km=60)
    assert advice.setting(Setting.HUB_AREA).status is SettingStatus.RECOMMENDED


def test_agreement_counts_only_count_agreements_in_force_with_the_home_town(demo: Services) -> None:
    today = demo.advisor.agreement_counts(HOME, date(2025, 1, 1))
    assert today == {IIDA: 2, ANAN: 1, YASUOKA: 1}  # 定住自立圏形成協定 + 介護認定審査会の共同設置規約
    assert demo.advisor.agreement_counts(HOME, date(2022, 1, 1)) == {IIDA: 1}  # before the 規約 took effect
    assert demo.advisor.agreement_counts(IIDA, date(2022, 1, 1)) == {HOME: 1}


def test_existing_plans_and_agreements_count_in_the_score(demo: Services) -> None:
    ranking = demo.advisor.rank(HOME, _duty(demo, "公平委員会"))
    iida = _candidate(ranking, IIDA)
    assert _factor(iida, FactorCode.EXISTING_PLANS).params == {"count": "3"}
    assert _factor(iida, FactorCode.EXISTING_AGREEMENTS).params["count"] in {"1", "2"}  # by today's date
    assert _factor(_candidate(ranking, NAGANO_PREF), FactorCode.EXISTING_PLANS).params == {"count": "2"}


def test_the_duty_typical_methods_are_used(demo: Services) -> None:
    duty = _duty(demo, "簡易水道の維持管理")  # 代替執行, 委託
    assert CooperationMethod.SUBSTITUTE_EXECUTION in duty.typical_methods
    pref = _candidate(demo.advisor.rank(HOME, duty), NAGANO_PREF)
    assert _factor(pref, FactorCode.METHOD_FIT).params["method"] == "substitute_execution"


def test_pin_and_exclude_change_the_order_for_that_duty_only(demo: Services) -> None:
    water, fire = _duty(demo, "簡易水道の維持管理"), _duty(demo, "火葬場")
    before = [c.code for c in demo.advisor.rank(HOME, water).candidates]
    last = before[-1]
    demo.advisor.pin(water.id, [last])
    demo.advisor.exclude(water.id, [before[0]])
    after = demo.advisor.rank(HOME, water)
    assert after.candidates[0].code == last and after.candidates[0].pinned
    assert before[0] not in [c.code for c in after.candidates] and after.excluded == (before[0],)
    assert [c.code for c in demo.advisor.rank(HOME, fire).candidates][0] != last  # another duty: untouched


def test_pinning_an_excluded_code_brings_it_back_and_reset_clears_both(demo: Services) -> None:
    duty = _duty(demo, "火葬場")
    demo.advisor.exclude(duty.id, [ANAN])
    demo.advisor.pin(duty.id, [ANAN])
    assert demo.advisor.pinned(duty.id) == {ANAN} and demo.advisor.excluded(duty.id) == set()
    demo.advisor.exclude(duty.id, [ANAN])
    assert demo.advisor.pinned(duty.id) == set() and demo.advisor.excluded(duty.id) == {ANAN}
    demo.advisor.reset(duty.id, [ANAN])
    assert demo.advisor.pinned(duty.id) == set() and demo.advisor.excluded(duty.id) == set()


def test_an_unknown_home_code_is_reported(services: Services) -> None:
    with pytest.raises(ValidationFailed) as info:
        services.advisor.advise("999999")
    assert info.value.issues[0].code is ErrorCode.UNKNOWN_MUNICIPALITY


def test_the_data_token_changes_when_a_figure_is_entered(demo: Services) -> None:
    before = demo.advisor.data_token(HOME)
    assert demo.advisor.data_token(HOME) == before
    demo.municipalities.set_statistic(IIDA, "population", "98000", date(2020, 10, 1), SOURCE)
    assert demo.advisor.data_token(HOME) != before
    assert demo.advisor.municipality(IIDA).latest(StatKind.POPULATION) is not None
