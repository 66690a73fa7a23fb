"""Partner candidates for a duty: every municipality plus the home town's prefecture, ranked.

The score is a sum of integer points, one Factor per consideration, so the UI can say why a
candidate is where it is. Nothing here is a legal requirement: it orders a list for a person to read.
The one rule taken from the sources: where no eligible 連携中枢都市 lies within reach, the prefecture is
recommended (seed, 条件不利地域における市町村と都道府県の連携; DOMAIN.md §2).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from .frameworks import (
    DEFAULT_MAX_DISTANCE_KM,
    DEFAULT_METRO_AREA,
    HUB_KINDS,
    MetroAreaDefinition,
    Status,
    centre_status,
    format_km,
    hub_status,
)
from .geo import distance_km
from .methods import CooperationMethod
from .municipalities import Municipality, MunicipalityKind, StatKind


class FactorCode(StrEnum):
    DISTANCE = "distance"  # params: distance_km, max_distance_km
    DISTANCE_UNKNOWN = "distance_unknown"  # params: municipality_code (no coordinates); 0 points
    HUB = "hub"  # 連携中枢都市 eligibility; params: status, within_range ("true"/"false": no points beyond)
    CENTRE = "centre"  # 定住自立圏 中心市 eligibility; params: status, within_range
    EXISTING_AGREEMENTS = "existing_agreements"  # agreements already in force with home; params: count
    EXISTING_PLANS = "existing_plans"  # joint plans already drafted with home; params: count
    POPULATION = "population"  # params: value, reference_date, source, band
    POPULATION_UNKNOWN = "population_unknown"  # params: municipality_code, stat; 0 points, never a guess
    SAME_PREFECTURE = "same_prefecture"  # params: prefecture
    HOME_PREFECTURE = "home_prefecture"  # the home town's own prefecture (垂直補完); params: prefecture
    METHOD_FIT = "method_fit"  # params: method, partner_type
    NO_ELIGIBLE_HUB_IN_RANGE = "no_eligible_hub_in_range"  # prefecture recommended; params: max_distance_km
    PINNED = "pinned"  # the user pinned it; 0 points, sorts first


class PartnerType(StrEnum):
    PREFECTURE = "prefecture"
    LEAD_CITY = "lead_city"  # an eligible or borderline 連携中枢都市 / 定住自立圏 中心市
    NEIGHBOUR = "neighbour"  # a municipality within the distance considered


# Which partner suits which legal method (DOMAIN.md §3). Points are added once: the best fit over the
# duty's typical methods.
METHOD_FIT_POINTS: dict[CooperationMethod, dict[PartnerType, int]] = {
    # 代替執行 (252条の16の2): typically the prefecture acting for a small village (seed: 条件不利地域).
    CooperationMethod.SUBSTITUTE_EXECUTION: {PartnerType.PREFECTURE: 30, PartnerType.LEAD_CITY: 5},
    # 委託 (252条の14): authority moves to the trustee, who needs the staff: a larger city or the prefecture.
    CooperationMethod.ENTRUSTMENT: {
        PartnerType.LEAD_CITY: 10,
        PartnerType.PREFECTURE: 10,
        PartnerType.NEIGHBOUR: 5,
    },
    # 連携協約 (252条の2): the hub's instrument (連携中枢都市圏), also used with the prefecture (seed).
    CooperationMethod.AGREEMENT: {PartnerType.LEAD_CITY: 10, PartnerType.PREFECTURE: 5},
    # 共同設置 (252条の7), 組合 (284条2項), 協議会 (252条の2の2), 協定: neighbours sharing a facility or body.
    CooperationMethod.JOINT_BODY: {PartnerType.NEIGHBOUR: 10},
    CooperationMethod.PARTIAL_UNION: {PartnerType.NEIGHBOUR: 10},
    CooperationMethod.COUNCIL: {PartnerType.NEIGHBOUR: 5},
    CooperationMethod.INFORMAL: {PartnerType.NEIGHBOUR: 5},
    # 広域連合 (284条3項): usually prefecture-wide (後期高齢者医療); every municipality is a member anyway.
    CooperationMethod.WIDE_AREA_UNION: {PartnerType.NEIGHBOUR: 5},
}


@dataclass(frozen=True)
class PartnerWeights:
    """Points per factor. Defaults favour nearness and existing ties; a team can tune them."""

    distance: int = 40  # at 0 km, falling linearly to 0 at max_distance_km
    hub_eligible: int = 20
    hub_borderline: int = 10
    centre_eligible: int = 10
    centre_borderline: int = 5
    agreement_each: int = 10
    agreement_cap: int = 30
    plan_each: int = 5
    plan_cap: int = 15
    # (population at least, points), largest first: capacity to take on a duty
    population_bands: tuple[tuple[int, int], ...] = (
        (200_000, 15),
        (100_000, 12),
        (50_000, 9),
        (20_000, 6),
        (10_000, 3),
    )
    same_prefecture: int = 10
    home_prefecture: int = 10
    prefecture_recommended: int = 40
    method_fit: Mapping[CooperationMethod, Mapping[PartnerType, int]] = field(
        default_factory=lambda: METHOD_FIT_POINTS
    )


DEFAULT_WEIGHTS = PartnerWeights()


@dataclass(frozen=True, slots=True)
class Factor:
    code: FactorCode
    points: int
    params: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class PartnerCandidate:
    code: str
    kind: MunicipalityKind
    score: int
    factors: tuple[Factor, ...]
    distance_km: float | None
    pinned: bool = False
    recommended: bool = False  # the prefecture, when no eligible hub is within reach


@dataclass(frozen=True)
class PartnerRanking:
    home_code: str
    candidates: tuple[PartnerCandidate, ...]  # pinned first, then by score, distance, code
    excluded: tuple[str, ...]  # codes the user excluded (sorted), so the UI can offer to restore them
    prefecture_recommended: bool
    eligible_hubs_in_range: tuple[str, ...]  # codes, nearest first


def _tenths(km: float) -> int:
    """The distance as shown (0.1 km), as an integer number of tenths."""
    return int(format_km(km).replace(".", ""))


def _distance_points(shown_tenths: int, limit_tenths: int, full: int) -> int:
    """``full`` at 0 km, falling linearly to 0 at the limit; half up; integers only, so deterministic."""
    if limit_tenths <= 0 or shown_tenths > limit_tenths:
        return 0
    return (2 * full * (limit_tenths - shown_tenths) + limit_tenths) // (2 * limit_tenths)


def _tie_factor(code: FactorCode, count: int, each: int, cap: int) -> Factor | None:
    if count < 0:
        raise ValueError(f"{code}: negative count {count}")
    if count == 0:
        return None
    return Factor(code, min(count * each, cap), {"count": str(count)})


def _method_fit(
    methods: Sequence[CooperationMethod], types: Collection[PartnerType], weights: PartnerWeights
) -> Factor | None:
    """The best fit over the duty's methods (``methods`` sorted, so ties resolve the same way)."""
    best: tuple[int, str, str] | None = None
    for method in methods:
        table = weights.method_fit.get(method, {})
        for t in PartnerType:  # declaration order: deterministic
            points = table.get(t, 0) if t in types else 0
            if points > 0 and (best is None or points > best[0]):
                best = (points, method.value, t.value)
    if best is None:
        return None
    return Factor(FactorCode.METHOD_FIT, best[0], {"method": best[1], "partner_type": best[2]})


@dataclass(frozen=True)
class _Context:
    home: Municipality
    metro: MetroAreaDefinition
    weights: PartnerWeights
    max_distance_km: float
    limit_text: str
    limit_tenths: int
    hub_points: dict[Status, int]
    centre_points: dict[Status, int]


def _municipality_factors(
    m: Municipality, d: float | None, hub: Status | None, ctx: _Context
) -> tuple[list[Factor], set[PartnerType]]:
    """Distance, 連携中枢都市/中心市 eligibility, population and prefecture of one 市区町村."""
    w = ctx.weights
    factors: list[Factor] = []
    types: set[PartnerType] = set()
    near = d is not None and d <= ctx.max_distance_km
    if d is None:
        factors.append(Factor(FactorCode.DISTANCE_UNKNOWN, 0, {"municipality_code": m.code}))
    else:
        shown = format_km(d)
        points = _distance_points(int(shown.replace(".", "")), ctx.limit_tenths, w.distance)
        factors.append(
            Factor(FactorCode.DISTANCE, points, {"distance_km": shown, "max_distance_km": ctx.limit_text})
        )
    if near:
        types.add(PartnerType.NEIGHBOUR)
    # A hub or centre helps only within reach: beyond max_distance_km its status is shown for 0 points,
    # so a distant 中核市 does not outrank nearer partners or the prefecture.
    within = "true" if near else "false"
    if hub is not None:  # a 指定都市 or 中核市: say how it stands, unknown included
        points = ctx.hub_points.get(hub, 0) if near else 0
        factors.append(Factor(FactorCode.HUB, points, {"status": hub.value, "within_range": within}))
        if near and hub in (Status.ELIGIBLE, Status.BORDERLINE):
            types.add(PartnerType.LEAD_CITY)
    if m.kind.is_city:
        centre = centre_status(m, metro=ctx.metro)
        if centre is not Status.NOT_ELIGIBLE:
            points = ctx.centre_points.get(centre, 0) if near else 0
            factors.append(
                Factor(FactorCode.CENTRE, points, {"status": centre.value, "within_range": within})
            )
        if near and centre in (Status.ELIGIBLE, Status.BORDERLINE):
            types.add(PartnerType.LEAD_CITY)
    population = m.latest(StatKind.POPULATION)
    if population is None:
        params = {"municipality_code": m.code, "stat": StatKind.POPULATION.value}
        factors.append(Factor(FactorCode.POPULATION_UNKNOWN, 0, params))
    else:
        band = next((b for b in w.population_bands if population.value >= b[0]), (0, 0))
        params = {
            "value": str(population.value),
            "reference_date": population.reference_date.isoformat(),
            "source": population.source,
            "band": str(band[0]),
        }
        factors.append(Factor(FactorCode.POPULATION, band[1], params))
    if m.prefecture_code == ctx.home.prefecture_code:
        factors.append(Factor(FactorCode.SAME_PREFECTURE, w.same_prefecture, {"prefecture": m.prefecture}))
    return factors, types


def rank_partners(
    home: Municipality,
    municipalities: Iterable[Municipality],
    *,
    methods: Collection[CooperationMethod] = (),
    agreements: Mapping[str, int] | None = None,
    plans: Mapping[str, int] | None = None,
    pinned: Collection[str] = (),
    excluded: Collection[str] = (),
    max_distance_km: float = DEFAULT_MAX_DISTANCE_KM,
    hub_distance_km: float = DEFAULT_MAX_DISTANCE_KM,
    metro: MetroAreaDefinition = DEFAULT_METRO_AREA,
    weights: PartnerWeights = DEFAULT_WEIGHTS,
    limit: int | None = None,
) -> PartnerRanking:
    """Rank every municipality (not ``home``) and home's prefecture as partners for a duty.

    ``methods``: the duty's typical methods (Duty.typical_methods). ``agreements`` / ``plans``: code →
    number of agreements in force / joint plans with the home town. ``pinned`` codes sort first (another
    prefecture appears only when pinned); ``excluded`` codes are left out and win over ``pinned``.
    ``max_distance_km``: distance points fall to 0 there. ``hub_distance_km``: with no ELIGIBLE
    連携中枢都市 (home included) within it, the prefecture is recommended. Two-city hubs are not
    considered here (see frameworks.advise). ``limit`` cuts the list after sorting (pinned kept).
    """
    agreements = agreements or {}
    plans = plans or {}
    pinned_set, excluded_set = set(pinned), set(excluded)
    sorted_methods = sorted(set(methods))
    ctx = _Context(
        home,
        metro,
        weights,
        max_distance_km,
        format_km(max_distance_km),
        _tenths(max_distance_km),
        {Status.ELIGIBLE: weights.hub_eligible, Status.BORDERLINE: weights.hub_borderline},
        {Status.ELIGIBLE: weights.centre_eligible, Status.BORDERLINE: weights.centre_borderline},
    )

    entries: list[tuple[Municipality, float | None, list[Factor]]] = []
    eligible_hubs: list[tuple[float, str]] = []
    prefecture: Municipality | None = None
    seen_excluded: list[str] = []

    for m in municipalities:
        if m.code == home.code:
            continue
        is_prefecture = m.kind is MunicipalityKind.PREFECTURE
        d = None if is_prefecture else distance_km(home, m)
        hub = hub_status(m, metro=metro) if m.kind in HUB_KINDS else None
        # Whether a hub is within reach is a fact about the map: an excluded hub still counts.
        if hub is Status.ELIGIBLE and d is not None and d <= hub_distance_km:
            eligible_hubs.append((d, m.code))
        if m.code in excluded_set:
            seen_excluded.append(m.code)
            continue
        if is_prefecture:
            own = m.prefecture_code == home.prefecture_code
            if not own and m.code not in pinned_set:
                continue
            if own:
                prefecture = m
            factors = (
                [Factor(FactorCode.HOME_PREFECTURE, weights.home_prefecture, {"prefecture": m.name})]
                if own
                else []
            )
            types = {PartnerType.PREFECTURE}
        else:
            factors, types = _municipality_factors(m, d, hub, ctx)
        for extra in (
            _tie_factor(FactorCode.EXISTING_AGREEMENTS, agreements.get(m.code, 0), weights.agreement_each, weights.agreement_cap),
            _tie_factor(FactorCode.EXISTING_PLANS, plans.get(m.code, 0), weights.plan_each, weights.plan_cap),
            _method_fit(sorted_methods, types, weights),
        ):  # fmt: skip
            if extra is not None:
                factors.append(extra)
        entries.append((m, d, factors))

    eligible_hubs.sort()
    home_is_hub = hub_status(home, metro=metro) is Status.ELIGIBLE
    prefecture_recommended = not home_is_hub and not eligible_hubs
    candidates: list[PartnerCandidate] = []
    for m, d, factors in entries:
        recommended = prefecture_recommended and m is prefecture
        if recommended:
            params = {"max_distance_km": format_km(hub_distance_km)}
            factors.append(
                Factor(FactorCode.NO_ELIGIBLE_HUB_IN_RANGE, weights.prefecture_recommended, params)
            )
        is_pinned = m.code in pinned_set
        if is_pinned:
            factors.append(Factor(FactorCode.PINNED, 0))
        candidates.append(
            PartnerCandidate(
                code=m.code,
                kind=m.kind,
                score=sum(f.points for f in factors),
                factors=tuple(factors),
                distance_km=d,
                pinned=is_pinned,
                recommended=recommended,
            )
        )
    candidates.sort(
        key=lambda c: (not c.pinned, -c.score, c.distance_km is None, c.distance_km or 0.0, c.code)
    )
    if limit is not None:
        candidates = candidates[: max(limit, sum(1 for c in candidates if c.pinned))]
    return PartnerRanking(
        home_code=home.code,
        candidates=tuple(candidates),
        excluded=tuple(sorted(seen_excluded)),
        prefecture_recommended=prefecture_recommended,
        eligible_hubs_in_range=tuple(code for _, code in eligible_hubs),
    )
