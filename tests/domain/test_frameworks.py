"""The framework advisor: 連携中枢都市 / 定住自立圏 中心市 eligibility and the settings for a home town.

Municipalities are real (codes, kinds, town-hall coordinates from the master); every population,
昼夜間人口比率 and commuting share is a TEST figure (tests/domain/places.py).
"""

from __future__ import annotations

import dataclasses
import itertools
from datetime import date
from decimal import Decimal

import pytest

from renkei_desktop.domain.frameworks import (
    CENTRE_POPULATION_FLOOR,
    HUB_RATIO_BORDERLINE_FLOOR,
    THREE_METRO_PREFECTURES,
    Assessment,
    MetroAreaDefinition,
    Outcome,
    ReasonCode,
    Role,
    Setting,
    SettingStatus,
    Status,
    advise,
    assess_centre,
    assess_hub,
    assess_twin_hub,
    centre_status,
    hub_status,
)
from renkei_desktop.domain.municipalities import Municipality, MunicipalityKind, Statistic, StatKind
from tests.domain.places import CENSUS_2020, TEST_SOURCE, place, with_figures, without_coordinates

R = ReasonCode


def codes(a: Assessment) -> list[ReasonCode]:
    return [r.code for r in a.reasons]


def reason(a: Assessment, code: ReasonCode) -> dict[str, str]:
    return next(r.params for r in a.reasons if r.code is code)


# --- 連携中枢都市 -------------------------------------------------------------------------------------


def test_core_city_outside_the_metro_areas_with_ratio_above_one_is_an_eligible_hub() -> None:
    matsumoto = with_figures(place("長野県松本市"), population=237_000, ratio="1.0512")
    a = assess_hub(matsumoto)
    assert a.status is Status.ELIGIBLE
    assert a.role is Role.HUB and a.codes == ("202029",)
    assert codes(a) == [R.DESIGNATED_OR_CORE_CITY, R.RATIO_AT_LEAST_ONE, R.OUTSIDE_METRO_AREA]
    assert all(r.outcome is Outcome.PASSED for r in a.reasons)
    ratio = reason(a, R.RATIO_AT_LEAST_ONE)
    assert ratio["value"] == "1.0512"
    assert ratio["reference_date"] == "2020-10-01" and ratio["source"] == TEST_SOURCE


def test_ratio_just_below_one_is_borderline_not_a_pass() -> None:
    nagano = with_figures(place("長野県長野市"), population=372_000, ratio="0.98")
    a = assess_hub(nagano)
    assert a.status is Status.BORDERLINE
    r = next(r for r in a.reasons if r.code is R.RATIO_JUST_BELOW_ONE)
    assert r.outcome is Outcome.BORDERLINE
    assert r.params["value"] == "0.98" and r.params["floor"] == str(HUB_RATIO_BORDERLINE_FLOOR)


@pytest.mark.parametrize(
    ("ratio", "status"),
    [
        ("1", Status.ELIGIBLE),
        ("0.9999", Status.BORDERLINE),
        ("0.95", Status.BORDERLINE),
        ("0.9499", Status.NOT_ELIGIBLE),
        ("0.80", Status.NOT_ELIGIBLE),
    ],
)
def test_hub_ratio_band_edges(ratio: str, status: Status) -> None:
    assert assess_hub(with_figures(place("長野県松本市"), ratio=ratio)).status is status


def test_missing_ratio_is_unknown_and_names_the_figure() -> None:
    toyama = with_figures(place("富山県富山市"), population=413_000)  # ratio not entered
    a = assess_hub(toyama)
    assert a.status is Status.UNKNOWN
    missing = next(r for r in a.reasons if r.code is R.MISSING_FIGURE)
    assert missing.outcome is Outcome.MISSING
    assert missing.params == {"municipality_code": "162019", "stat": "day_night_ratio"}
    assert a.missing == (("162019", StatKind.DAY_NIGHT_RATIO),)


def test_a_plain_city_is_not_a_hub_whatever_its_figures() -> None:
    iida = with_figures(place("長野県飯田市"), population=98_000, ratio="1.02")
    a = assess_hub(iida)
    assert a.status is Status.NOT_ELIGIBLE
    assert a.reasons[0].code is R.NOT_DESIGNATED_OR_CORE_CITY and a.reasons[0].outcome is Outcome.FAILED


def test_a_failed_criterion_decides_even_when_a_figure_is_missing() -> None:
    a = assess_hub(place("長野県飯田市"))  # a 市 with no figures at all
    assert a.status is Status.NOT_ELIGIBLE
    assert R.MISSING_FIGURE in codes(a)  # still named, so the user sees what is absent


def test_the_latest_figure_is_used() -> None:
    old = Statistic("202029", StatKind.DAY_NIGHT_RATIO, Decimal("0.97"), date(2015, 10, 1), TEST_SOURCE)
    matsumoto = with_figures(dataclasses.replace(place("長野県松本市"), statistics=(old,)), ratio="1.03")
    a = assess_hub(matsumoto)
    assert a.status is Status.ELIGIBLE
    assert reason(a, R.RATIO_AT_LEAST_ONE)["reference_date"] == CENSUS_2020.isoformat()


# --- the 三大都市圏 and its 10% rule ----------------------------------------------------------------


def test_the_default_metro_definition_is_the_eleven_prefectures() -> None:
    assert len(THREE_METRO_PREFECTURES) == 11
    assert {"東京都", "愛知県", "大阪府", "兵庫県", "奈良県", "三重県", "岐阜県"} <= THREE_METRO_PREFECTURES
    assert "長野県" not in THREE_METRO_PREFECTURES and "茨城県" not in THREE_METRO_PREFECTURES


def test_hub_inside_the_metro_area_with_commuting_share_below_10_percent_is_eligible() -> None:
    himeji = with_figures(place("兵庫県姫路市"), population=530_000, ratio="1.0123", share="3.2")
    a = assess_hub(himeji)
    assert a.status is Status.ELIGIBLE
    params = reason(a, R.INSIDE_METRO_LOW_COMMUTING)
    assert params["value"] == "3.2" and params["limit"] == "10"
    assert params["basis"] == "prefecture" and params["prefecture"] == "兵庫県"


@pytest.mark.parametrize("share", ["10", "10.00", "27.5"])
def test_hub_inside_the_metro_area_with_commuting_share_of_10_percent_or_more_fails(share: str) -> None:
    amagasaki = with_figures(place("兵庫県尼崎市"), population=459_000, ratio="1.01", share=share)
    a = assess_hub(amagasaki)
    assert a.status is Status.NOT_ELIGIBLE
    assert R.INSIDE_METRO_HIGH_COMMUTING in codes(a)


def test_hub_inside_the_metro_area_without_commuting_share_is_unknown_never_a_pass() -> None:
    himeji = with_figures(place("兵庫県姫路市"), population=530_000, ratio="1.0123")
    a = assess_hub(himeji)
    assert a.status is Status.UNKNOWN
    params = reason(a, R.MISSING_FIGURE)
    assert params["stat"] == "commuting_share_to_metro" and params["needed_for"] == "metro_area"
    assert a.missing == (("282014", StatKind.COMMUTING_SHARE_TO_METRO),)


def test_hub_outside_the_metro_area_needs_no_commuting_share() -> None:
    matsumoto = with_figures(place("長野県松本市"), ratio="1.05")
    assert assess_hub(matsumoto).status is Status.ELIGIBLE


def test_metro_membership_can_be_corrected_per_municipality() -> None:
    himeji = with_figures(place("兵庫県姫路市"), ratio="1.0123")
    outside = MetroAreaDefinition(exclude_codes=frozenset({"282014"}))
    a = assess_hub(himeji, metro=outside)
    assert a.status is Status.ELIGIBLE
    assert reason(a, R.OUTSIDE_METRO_AREA)["basis"] == "code"

    toride = with_figures(place("茨城県取手市"), population=104_000, ratio="1.01")  # 近郊整備地帯
    assert assess_centre(toride).status is Status.ELIGIBLE  # the prefecture default misses it
    inside = MetroAreaDefinition(include_codes=frozenset({"082171"}))
    a = assess_centre(toride, metro=inside)
    assert a.status is Status.NOT_ELIGIBLE
    assert reason(a, R.INSIDE_METRO_AREA)["basis"] == "code"


# --- 定住自立圏 中心市 ----------------------------------------------------------------------------------


def test_city_of_98000_with_ratio_above_one_is_an_eligible_centre() -> None:
    iida = with_figures(place("長野県飯田市"), population=98_000, ratio="1.0210")
    a = assess_centre(iida)
    assert a.status is Status.ELIGIBLE
    assert codes(a) == [R.IS_CITY, R.POPULATION_AT_LEAST, R.RATIO_AT_LEAST_ONE, R.OUTSIDE_METRO_AREA]


def test_population_45000_is_borderline_for_a_centre() -> None:
    nakano = with_figures(place("長野県中野市"), population=45_000, ratio="1.01")
    a = assess_centre(nakano)
    assert a.status is Status.BORDERLINE
    params = reason(a, R.POPULATION_NEAR)
    assert params == {
        "municipality_code": "202118",
        "value": "45000",
        "reference_date": "2020-10-01",
        "source": TEST_SOURCE,
        "target": "50000",
        "floor": "40000",
    }


@pytest.mark.parametrize(
    ("population", "status"),
    [
        (50_000, Status.ELIGIBLE),
        (49_999, Status.BORDERLINE),
        (CENTRE_POPULATION_FLOOR + 1, Status.BORDERLINE),
        (CENTRE_POPULATION_FLOOR, Status.NOT_ELIGIBLE),  # 「少なくとも4万人超」: 40,000 itself fails
        (30_000, Status.NOT_ELIGIBLE),
    ],
)
def test_centre_population_band_edges(population: int, status: Status) -> None:
    assert (
        assess_centre(with_figures(place("長野県中野市"), population=population, ratio="1.01")).status
        is status
    )


def test_centre_ratio_must_be_at_least_one_with_no_borderline_band() -> None:
    a = assess_centre(with_figures(place("長野県飯田市"), population=98_000, ratio="0.99"))
    assert a.status is Status.NOT_ELIGIBLE
    assert R.RATIO_BELOW_ONE in codes(a)


def test_a_large_town_is_not_a_centre() -> None:
    karuizawa = with_figures(place("長野県軽井沢町"), population=55_000, ratio="1.10")
    a = assess_centre(karuizawa)
    assert a.status is Status.NOT_ELIGIBLE and a.reasons[0].code is R.NOT_A_CITY


def test_a_city_inside_the_metro_area_is_not_a_centre() -> None:
    nishio = with_figures(place("愛知県西尾市"), population=170_000, ratio="1.02", share="2.0")
    a = assess_centre(nishio)
    assert a.status is Status.NOT_ELIGIBLE
    assert reason(a, R.INSIDE_METRO_AREA)["prefecture"] == "愛知県"


def test_centre_with_no_figures_is_unknown_naming_both() -> None:
    a = assess_centre(place("長野県飯田市"))
    assert a.status is Status.UNKNOWN
    assert {kind for _, kind in a.missing} == {StatKind.POPULATION, StatKind.DAY_NIGHT_RATIO}


# --- the two-city alternative ----------------------------------------------------------------------


def yamaguchi(population: int = 190_000, ratio: str = "1.0430") -> Municipality:
    return with_figures(place("山口県山口市"), population=population, ratio=ratio)


def ube(population: int = 160_000, ratio: str = "1.0080") -> Municipality:
    return with_figures(place("山口県宇部市"), population=population, ratio=ratio)


def test_two_adjacent_cities_of_over_100000_together_over_200000_are_a_twin_hub() -> None:
    a = assess_twin_hub(yamaguchi(), ube())
    assert a.status is Status.ELIGIBLE
    assert a.role is Role.TWIN_HUB and a.codes == ("352021", "352039")  # sorted by code
    combined = reason(a, R.COMBINED_POPULATION_AT_LEAST)
    assert combined == {"value": "350000", "target": "200000"}
    within = reason(a, R.WITHIN_DISTANCE)
    assert 25 < float(within["distance_km"]) < 40 and within["max_distance_km"] == "40.0"


def test_twin_hub_does_not_depend_on_argument_order() -> None:
    assert assess_twin_hub(yamaguchi(), ube()) == assess_twin_hub(ube(), yamaguchi())


def test_twin_city_of_about_100000_is_borderline() -> None:
    a = assess_twin_hub(yamaguchi(population=195_000), ube(population=95_000))
    assert a.status is Status.BORDERLINE
    assert reason(a, R.POPULATION_NEAR)["municipality_code"] == "352021"


def test_twin_hub_needs_200000_together() -> None:
    a = assess_twin_hub(yamaguchi(population=100_000), ube(population=99_000))
    assert a.status is Status.NOT_ELIGIBLE
    assert R.COMBINED_POPULATION_BELOW in codes(a)


def test_twin_hub_needs_each_ratio_at_least_one() -> None:
    a = assess_twin_hub(yamaguchi(), ube(ratio="0.99"))
    assert a.status is Status.NOT_ELIGIBLE
    assert R.RATIO_BELOW_ONE in codes(a)


def test_twin_hub_cities_too_far_apart_fail_and_the_limit_is_configurable() -> None:
    assert assess_twin_hub(yamaguchi(), ube(), max_distance_km=20).status is Status.NOT_ELIGIBLE
    far = with_figures(place("長野県飯田市"), population=150_000, ratio="1.02")
    a = assess_twin_hub(yamaguchi(), far)
    assert a.status is Status.NOT_ELIGIBLE and R.BEYOND_DISTANCE in codes(a)


def test_twin_hub_without_coordinates_is_unknown() -> None:
    a = assess_twin_hub(yamaguchi(), without_coordinates(ube()))
    assert a.status is Status.UNKNOWN
    assert reason(a, R.MISSING_COORDINATES) == {"municipality_code": "352021"}


def test_twin_hub_needs_two_different_cities() -> None:
    with pytest.raises(ValueError):
        assess_twin_hub(ube(), ube())


# --- status-only paths agree with the full assessments ------------------------------------------


def test_fast_status_matches_full_assessment_for_every_combination() -> None:
    cities = [place("長野県松本市"), place("兵庫県姫路市"), place("長野県飯田市"), place("長野県軽井沢町")]
    populations = [None, 40_000, 45_000, 50_000, 250_000]
    ratios = [None, "0.94", "0.95", "0.99", "1", "1.2"]
    shares = [None, "9.99", "10"]
    for m, pop, ratio, share in itertools.product(cities, populations, ratios, shares):
        figured = with_figures(m, population=pop, ratio=ratio, share=share)
        assert hub_status(figured) is assess_hub(figured).status, (m.name, pop, ratio, share)
        assert centre_status(figured) is assess_centre(figured).status, (m.name, pop, ratio, share)


# --- advice for a home town -------------------------------------------------------------------------


def southern_nagano(hamamatsu_ratio: str | None = "1.0105") -> list[Municipality]:
    """天龍村 (home), its neighbours and the hubs around; 浜松市 is 64 km away in a straight line."""
    return [
        place("長野県"),
        place("長野県天龍村"),
        place("長野県阿智村"),
        with_figures(place("長野県飯田市"), population=98_000, ratio="1.0210"),
        with_figures(place("静岡県浜松市"), population=790_000, ratio=hamamatsu_ratio),
        with_figures(place("愛知県豊橋市"), population=370_000, ratio="1.0050"),  # 愛知: no share entered
        with_figures(place("長野県松本市"), population=237_000, ratio="1.0512"),
    ]


def test_prefecture_recommended_when_no_hub_is_within_range() -> None:
    world = southern_nagano()
    advice = advise(place("長野県天龍村"), world, max_distance_km=50)
    vertical = advice.setting(Setting.PREFECTURE_VERTICAL)
    assert vertical.status is SettingStatus.RECOMMENDED
    first = vertical.reasons[0]
    assert first.code is R.NO_ELIGIBLE_HUB_IN_RANGE
    assert first.params == {
        "max_distance_km": "50.0",
        "nearest_code": "221309",
        "nearest_distance_km": "64.0",
    }

    hub_area = advice.setting(Setting.HUB_AREA)
    assert hub_area.status is SettingStatus.NOT_INDICATED
    assert hub_area.reasons[-1].code is R.NO_HUB_IN_RANGE
    assert hub_area.reasons[-1].params["nearest_code"] == "221309"

    # 飯田市 (26.7 km) can lead a 定住自立圏
    settlement = advice.setting(Setting.SETTLEMENT_AREA)
    assert settlement.status is SettingStatus.RECOMMENDED
    centre = next(r for r in settlement.reasons if r.code is R.CENTRE_IN_RANGE)
    assert centre.params["municipality_code"] == "202053" and centre.params["distance_km"] == "26.7"
    assert settlement.reasons[-1].code is R.NEIGHBOUR_COMMUTING_TO_CONFIRM

    assert advice.setting(Setting.METRO_HORIZONTAL).status is SettingStatus.NOT_INDICATED
    assert [s.setting for s in advice.settings] == list(Setting)


def test_hub_within_a_longer_range_turns_the_recommendation_around() -> None:
    advice = advise(place("長野県天龍村"), southern_nagano(), max_distance_km=70)
    assert advice.setting(Setting.HUB_AREA).status is SettingStatus.RECOMMENDED
    vertical = advice.setting(Setting.PREFECTURE_VERTICAL)
    assert vertical.status is SettingStatus.NOT_INDICATED
    assert vertical.reasons[0].code is R.ELIGIBLE_HUB_IN_RANGE
    assert vertical.reasons[0].params["municipality_code"] == "221309"


def test_candidates_are_listed_nearest_first_with_distances() -> None:
    advice = advise(place("長野県天龍村"), southern_nagano(), max_distance_km=70)
    hubs = [(c.codes, c.status, c.within_range) for c in advice.hubs]
    # 浜松 64.0 eligible, 豊橋 70.4 unknown (愛知: commuting share missing), 松本 107.5 eligible
    assert hubs == [
        (("221309",), Status.ELIGIBLE, True),
        (("232017",), Status.UNKNOWN, False),
        (("202029",), Status.ELIGIBLE, False),
    ]
    assert [c.distance_km for c in advice.hubs] == sorted(c.distance_km for c in advice.hubs)  # type: ignore[type-var]
    assert advice.hubs[1].assessment.missing == (("232017", StatKind.COMMUTING_SHARE_TO_METRO),)


def test_borderline_or_unknown_hubs_in_range_do_not_stop_the_prefecture_recommendation() -> None:
    advice = advise(place("長野県天龍村"), southern_nagano(hamamatsu_ratio="0.97"), max_distance_km=70)
    assert advice.setting(Setting.HUB_AREA).status is SettingStatus.POSSIBLE
    vertical = advice.setting(Setting.PREFECTURE_VERTICAL)
    assert vertical.status is SettingStatus.RECOMMENDED
    listed = [r for r in vertical.reasons if r.code is R.HUB_IN_RANGE]
    assert [(r.params["municipality_code"], r.outcome) for r in listed] == [("221309", Outcome.NOTE)]

    unknown = advise(place("長野県天龍村"), southern_nagano(hamamatsu_ratio=None), max_distance_km=70)
    hub_area = unknown.setting(Setting.HUB_AREA)
    assert hub_area.status is SettingStatus.UNKNOWN
    assert hub_area.reasons[0].code is R.HUB_IN_RANGE and hub_area.reasons[0].outcome is Outcome.MISSING


def test_home_without_coordinates_is_never_treated_as_near_or_far() -> None:
    home = without_coordinates(place("長野県天龍村"))
    advice = advise(home, southern_nagano(), max_distance_km=70)
    assert all(c.distance_km is None and not c.within_range for c in advice.hubs)
    for setting in (Setting.HUB_AREA, Setting.SETTLEMENT_AREA, Setting.PREFECTURE_VERTICAL):
        s = advice.setting(setting)
        assert s.status is SettingStatus.UNKNOWN, setting
        assert any(r.code is R.MISSING_COORDINATES for r in s.reasons)


def test_a_hub_city_as_home_leads_its_own_area() -> None:
    matsumoto = with_figures(place("長野県松本市"), population=237_000, ratio="1.0512")
    advice = advise(matsumoto, [matsumoto, *southern_nagano()[:-1]])
    assert advice.home_as_hub.status is Status.ELIGIBLE
    hub_area = advice.setting(Setting.HUB_AREA)
    assert hub_area.status is SettingStatus.RECOMMENDED and hub_area.reasons[0].code is R.HOME_IS_HUB
    assert advice.setting(Setting.PREFECTURE_VERTICAL).status is SettingStatus.NOT_INDICATED
    assert all(c.codes != (matsumoto.code,) for c in advice.hubs)


def test_home_inside_the_metro_area_gets_horizontal_cooperation() -> None:
    nishio = place("愛知県西尾市")
    s = advise(nishio, [nishio]).setting(Setting.METRO_HORIZONTAL)
    assert s.status is SettingStatus.RECOMMENDED
    assert s.reasons[0].code is R.HOME_INSIDE_METRO_AREA and s.reasons[0].params["basis"] == "prefecture"


def test_twin_hub_is_proposed_when_both_cities_qualify() -> None:
    home = place("山口県美祢市")
    world = [home, yamaguchi(), ube(), with_figures(place("山口県下関市"), population=255_000, ratio="0.92")]
    advice = advise(home, world, max_distance_km=30)
    assert [(c.codes, c.status) for c in advice.twin_hubs] == [(("352021", "352039"), Status.ELIGIBLE)]
    assert advice.setting(Setting.HUB_AREA).status is SettingStatus.RECOMMENDED
    assert advice.setting(Setting.PREFECTURE_VERTICAL).status is SettingStatus.NOT_INDICATED
    assert advice.hubs == ()  # 下関市 fails on its ratio, so it is not listed


def test_unknown_centres_are_listed_so_their_figures_can_be_entered() -> None:
    world = [place("長野県天龍村"), place("長野県飯田市"), place("長野県")]
    advice = advise(place("長野県天龍村"), world)
    assert [(c.codes, c.status) for c in advice.centres] == [(("202053",), Status.UNKNOWN)]
    assert advice.setting(Setting.SETTLEMENT_AREA).status is SettingStatus.UNKNOWN


def test_candidate_lists_are_cut_at_the_limit() -> None:
    world = [
        place("長野県天龍村"),
        *(m for m in southern_nagano() if m.kind is not MunicipalityKind.PREFECTURE),
    ]
    advice = advise(place("長野県天龍村"), world, max_distance_km=70, limit=1)
    assert len(advice.hubs) == 1
    # the settings still see every hub in range
    assert advice.setting(Setting.HUB_AREA).status is SettingStatus.RECOMMENDED
