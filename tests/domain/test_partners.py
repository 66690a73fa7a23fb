"""Partner candidates: explained integer scores, the prefecture when no hub is near, pin and exclude.

Municipalities are real (master); figures are TEST figures (tests/domain/places.py).
"""

from __future__ import annotations

import random

import pytest

from renkei_desktop.domain.methods import CooperationMethod as M
from renkei_desktop.domain.municipalities import Municipality, MunicipalityKind, StatKind
from renkei_desktop.domain.partners import (
    DEFAULT_WEIGHTS,
    FactorCode,
    PartnerCandidate,
    PartnerRanking,
    rank_partners,
)
from tests.domain.places import (
    CENSUS_2020,
    TEST_SOURCE,
    full_master,
    place,
    with_figures,
    without_coordinates,
)

F = FactorCode
TENRYU = "204137"
NAGANO_PREF = "200000"


def world(hamamatsu_ratio: str = "1.0105") -> list[Municipality]:
    return [
        place("長野県"),
        place("静岡県"),
        place("長野県天龍村"),
        with_figures(place("長野県阿智村"), population=6_200),
        with_figures(place("長野県飯田市"), population=98_000, ratio="1.0210"),
        with_figures(place("静岡県浜松市"), population=790_000, ratio=hamamatsu_ratio),
        with_figures(place("愛知県豊橋市"), population=370_000, ratio="1.0050"),
        with_figures(place("長野県松本市"), population=237_000, ratio="1.0512"),
    ]


def rank(**kwargs: object) -> PartnerRanking:
    data = kwargs.pop("municipalities", None) or world()
    return rank_partners(place("長野県天龍村"), data, **kwargs)  # type: ignore[arg-type]


def by_code(r: PartnerRanking, code: str) -> PartnerCandidate:
    return next(c for c in r.candidates if c.code == code)


def factor(c: PartnerCandidate, code: FactorCode) -> tuple[int, dict[str, str]]:
    f = next(f for f in c.factors if f.code is code)
    return f.points, f.params


def test_every_score_is_the_sum_of_its_factors() -> None:
    r = rank(methods=[M.ENTRUSTMENT], agreements={"202053": 1}, plans={"204072": 2})
    for c in r.candidates:
        assert isinstance(c.score, int)
        assert c.score == sum(f.points for f in c.factors)


def test_prefecture_is_recommended_when_no_eligible_hub_is_within_range() -> None:
    r = rank(hub_distance_km=50)
    assert r.prefecture_recommended and r.eligible_hubs_in_range == ()
    top = r.candidates[0]
    assert top.code == NAGANO_PREF and top.recommended and top.kind is MunicipalityKind.PREFECTURE
    assert factor(top, F.NO_ELIGIBLE_HUB_IN_RANGE) == (
        DEFAULT_WEIGHTS.prefecture_recommended,
        {"max_distance_km": "50.0"},
    )
    assert factor(top, F.HOME_PREFECTURE)[1] == {"prefecture": "長野県"}


def test_prefecture_is_not_recommended_when_a_hub_is_within_range() -> None:
    r = rank(hub_distance_km=70)
    assert not r.prefecture_recommended and r.eligible_hubs_in_range == ("221309",)
    pref = by_code(r, NAGANO_PREF)
    assert not pref.recommended
    assert F.NO_ELIGIBLE_HUB_IN_RANGE not in {f.code for f in pref.factors}


def test_a_borderline_hub_in_range_still_leaves_the_prefecture_recommended() -> None:
    r = rank(municipalities=world(hamamatsu_ratio="0.97"), hub_distance_km=70, max_distance_km=70)
    assert r.prefecture_recommended
    assert factor(by_code(r, "221309"), F.HUB) == (
        DEFAULT_WEIGHTS.hub_borderline,
        {"status": "borderline", "within_range": "true"},
    )


def test_only_the_home_prefecture_is_a_candidate_and_home_is_not() -> None:
    codes = [c.code for c in rank().candidates]
    assert TENRYU not in codes
    assert NAGANO_PREF in codes and "220001" not in codes  # 静岡県 left out
    assert len(codes) == len(world()) - 2


def test_distance_factor_falls_linearly_and_is_zero_beyond_range() -> None:
    r = rank(max_distance_km=50)
    iida = by_code(r, "202053")  # 26.7 km: 40 × (50 − 26.7) / 50 = 18.64 → 19
    assert factor(iida, F.DISTANCE) == (19, {"distance_km": "26.7", "max_distance_km": "50.0"})
    assert factor(by_code(r, "221309"), F.DISTANCE)[0] == 0  # 64.0 km


def test_a_municipality_without_coordinates_gets_no_distance_points() -> None:
    data = [*world(), without_coordinates(place("長野県売木村"))]
    urugi = by_code(rank(municipalities=data), "204129")
    assert factor(urugi, F.DISTANCE_UNKNOWN) == (0, {"municipality_code": "204129"})
    assert F.DISTANCE not in {f.code for f in urugi.factors}


def test_population_band_and_missing_population_are_explained() -> None:
    r = rank()
    points, params = factor(by_code(r, "202053"), F.POPULATION)
    assert points == 9 and params["value"] == "98000" and params["band"] == "50000"
    assert params["reference_date"] == CENSUS_2020.isoformat() and params["source"] == TEST_SOURCE
    assert factor(by_code(r, "204072"), F.POPULATION)[0] == 0  # 6,200: below every band
    bare = rank(municipalities=[*world(), place("長野県売木村")])
    assert factor(by_code(bare, "204129"), F.POPULATION_UNKNOWN) == (
        0,
        {"municipality_code": "204129", "stat": StatKind.POPULATION.value},
    )


def test_hub_and_centre_eligibility_add_points_within_range() -> None:
    r = rank(max_distance_km=70)
    assert factor(by_code(r, "221309"), F.HUB) == (
        DEFAULT_WEIGHTS.hub_eligible,
        {"status": "eligible", "within_range": "true"},
    )
    assert factor(by_code(r, "202053"), F.CENTRE) == (
        DEFAULT_WEIGHTS.centre_eligible,
        {"status": "eligible", "within_range": "true"},
    )
    toyohashi = by_code(r, "232017")  # 愛知: commuting share not entered; 70.4 km
    assert factor(toyohashi, F.HUB) == (0, {"status": "unknown", "within_range": "false"})
    assert F.CENTRE not in {f.code for f in toyohashi.factors}  # inside the 三大都市圏


def test_a_distant_hub_is_shown_but_earns_nothing_for_being_a_hub() -> None:
    r = rank(max_distance_km=50)
    matsumoto = by_code(r, "202029")  # 中核市, eligible, 107.5 km
    assert factor(matsumoto, F.HUB) == (0, {"status": "eligible", "within_range": "false"})
    assert factor(matsumoto, F.CENTRE) == (0, {"status": "eligible", "within_range": "false"})
    assert matsumoto.score < by_code(r, NAGANO_PREF).score


def test_same_prefecture_counts() -> None:
    r = rank()
    assert factor(by_code(r, "204072"), F.SAME_PREFECTURE) == (10, {"prefecture": "長野県"})
    assert F.SAME_PREFECTURE not in {f.code for f in by_code(r, "221309").factors}


def test_existing_agreements_and_plans_count_with_a_cap() -> None:
    r = rank(agreements={"204072": 2, "202053": 9}, plans={"204072": 1})
    achi = by_code(r, "204072")
    assert factor(achi, F.EXISTING_AGREEMENTS) == (20, {"count": "2"})
    assert factor(achi, F.EXISTING_PLANS) == (5, {"count": "1"})
    assert factor(by_code(r, "202053"), F.EXISTING_AGREEMENTS) == (
        DEFAULT_WEIGHTS.agreement_cap,
        {"count": "9"},
    )


def test_negative_counts_are_a_programming_error() -> None:
    with pytest.raises(ValueError):
        rank(agreements={"204072": -1})


def test_substitute_execution_favours_the_prefecture() -> None:
    r = rank(methods=[M.SUBSTITUTE_EXECUTION], hub_distance_km=70)  # prefecture not otherwise recommended
    pref = by_code(r, NAGANO_PREF)
    assert factor(pref, F.METHOD_FIT) == (
        30,
        {"method": "substitute_execution", "partner_type": "prefecture"},
    )
    assert F.METHOD_FIT not in {f.code for f in by_code(r, "204072").factors}  # a village cannot act for us
    without = rank(hub_distance_km=70)
    assert by_code(r, NAGANO_PREF).score == by_code(without, NAGANO_PREF).score + 30


def test_joint_bodies_favour_neighbours_in_range() -> None:
    r = rank(methods=[M.JOINT_BODY, M.INFORMAL])
    assert factor(by_code(r, "204072"), F.METHOD_FIT) == (
        10,
        {"method": "joint_body", "partner_type": "neighbour"},
    )
    assert F.METHOD_FIT not in {f.code for f in by_code(r, "202029").factors}  # 松本 107 km: not a neighbour


def test_pinned_sorts_first_and_excluded_is_left_out_but_reported() -> None:
    r = rank(pinned={"202029"}, excluded={"204072", "999999"})
    assert r.candidates[0].code == "202029" and r.candidates[0].pinned
    assert factor(r.candidates[0], F.PINNED) == (0, {})
    assert "204072" not in {c.code for c in r.candidates}
    assert r.excluded == ("204072",)  # unknown codes are ignored


def test_excluded_wins_over_pinned() -> None:
    r = rank(pinned={"204072"}, excluded={"204072"})
    assert "204072" not in {c.code for c in r.candidates}


def test_another_prefecture_appears_when_pinned() -> None:
    r = rank(pinned={"220001"})
    assert r.candidates[0].code == "220001"
    assert F.HOME_PREFECTURE not in {f.code for f in r.candidates[0].factors}


def test_excluding_a_hub_does_not_move_it_off_the_map() -> None:
    r = rank(excluded={"221309"}, hub_distance_km=70)
    assert not r.prefecture_recommended and r.eligible_hubs_in_range == ("221309",)


def test_limit_keeps_the_pinned() -> None:
    r = rank(limit=2, pinned={"202029", "232017", "204072"})
    assert [c.pinned for c in r.candidates] == [True, True, True]
    assert len(rank(limit=2).candidates) == 2


def test_ranking_is_deterministic_whatever_the_input_order() -> None:
    data = world()
    expected = rank_partners(place("長野県天龍村"), data, methods=[M.ENTRUSTMENT, M.AGREEMENT])
    for seed in range(5):
        shuffled = data[:]
        random.Random(seed).shuffle(shuffled)
        again = rank_partners(place("長野県天龍村"), shuffled, methods=[M.AGREEMENT, M.ENTRUSTMENT])
        assert again == expected


def test_ranking_all_1788_records_ranks_every_other_municipality_and_the_prefecture() -> None:
    # The time it takes is measured in benchmarks/bench_partners.py (target: well under 100 ms).
    data = full_master()
    assert len(data) == 1788
    home = next(m for m in data if m.code == TENRYU)
    methods = [M.SUBSTITUTE_EXECUTION, M.ENTRUSTMENT]
    r = rank_partners(home, data, methods=methods, agreements={"204072": 1}, pinned={"202029"})
    assert len(r.candidates) == 1741  # 1,740 other 市区町村 + 長野県
    assert r.candidates[0].code == "202029"  # pinned first
