"""The framework advisor: which cooperation settings fit a town, and which cities can lead them.

Checks the published requirements of a 連携中枢都市 (連携中枢都市圏構想推進要綱, 総務省) and a 定住自立圏
中心市 (定住自立圏構想推進要綱, 総務省) against the figures the user entered or imported, then tells a home
town which of the seed's four settings apply: 連携中枢都市圏 / 定住自立圏 / 三大都市圏の水平連携 /
都道府県による垂直補完 (DOMAIN.md §2).

Every result is an Assessment of reason codes with parameters, never UI text. A figure that is not
there is reported as MISSING_FIGURE with its StatKind: never guessed, never read as zero.

Not modelled (state them in the UI when relevant): the 合併市 rule of 定住自立圏 (ratio of the largest
former city), the 複眼型中心市 of 定住自立圏, and the neighbours' own requirement (通勤通学割合 0.1以上 to
the hub or centre, in principle), which needs commuting-flow data: it is given as a NOTE to confirm.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from .geo import distance_km
from .municipalities import Municipality, MunicipalityKind, Statistic, StatKind

# --- thresholds, each from its 要綱 ---------------------------------------------------------------

# 連携中枢都市圏構想推進要綱: 昼夜間人口比率 「おおむね1以上」. "おおむね" is not a number: a ratio in
# [0.95, 1) is shown as BORDERLINE (to be argued with 総務省/the prefecture), never as a pass.
DAY_NIGHT_RATIO_TARGET = Decimal(1)
HUB_RATIO_BORDERLINE_FLOOR = Decimal("0.95")

# 連携中枢都市圏構想推進要綱: inside the 三大都市圏 a city still qualifies when fewer than 10% (0.1未満) of
# its commuters go to a 指定都市 or 特別区. Entered as StatKind.COMMUTING_SHARE_TO_METRO in percent.
METRO_COMMUTING_SHARE_LIMIT_PERCENT = Decimal(10)

# 連携中枢都市圏構想推進要綱, the two-city alternative: two adjacent cities, each 人口10万人程度以上 and
# 昼夜間人口比率1以上, together 20万人以上, within about one hour of each other. "程度" is read as a
# BORDERLINE band of 10% below 10万 (an app choice, not in the 要綱).
TWIN_CITY_POPULATION_TARGET = 100_000
TWIN_CITY_POPULATION_BORDERLINE_FLOOR = 90_000
TWIN_CITY_COMBINED_POPULATION = 200_000
# "Adjacent, within about 1 hour" approximated by the straight line between town halls: one hour on
# 一般道 at ~40–50 km/h with a road/straight-line detour factor of ~1.3 is about 30–40 km. Adjacency
# itself (sharing a border) is not checked: the master has no boundaries. Callers may pass their own.
TWIN_CITY_MAX_DISTANCE_KM = 40.0

# 定住自立圏構想推進要綱: 中心市 「人口5万人程度以上（少なくとも4万人超）」 and 昼夜間人口比率1以上.
# Over 4万 but under 5万 is BORDERLINE (the 要綱's own floor); 4万 or fewer fails.
CENTRE_POPULATION_TARGET = 50_000
CENTRE_POPULATION_FLOOR = 40_000

# How far a hub or centre may be from the home town's hall to be worth proposing, and beyond which the
# seed (条件不利地域: 「地方中枢拠点都市等から相当距離がある等」) points to the prefecture. Straight line;
# configurable per call. ~50 km is roughly the outer edge of real 連携中枢都市圏 commuting areas (unverified).
DEFAULT_MAX_DISTANCE_KM = 50.0

# --- the 三大都市圏 ---------------------------------------------------------------------------------

# Both 要綱 use 「三大都市圏の区域」: the policy areas of 首都圏整備法 (既成市街地・近郊整備地帯), 近畿圏整備法
# (既成都市区域・近郊整備区域) and 中部圏開発整備法 (都市整備区域). Those areas cover parts of prefectures,
# sometimes parts of municipalities, and the master has no list of them. The default therefore counts
# whole prefectures, as 総務省「住民基本台帳人口移動報告」 defines 三大都市圏: 東京圏 (埼玉・千葉・東京・神奈川),
# 名古屋圏 (岐阜・愛知・三重), 大阪圏 (京都・大阪・兵庫・奈良). This over-includes (e.g. 兵庫県姫路市, outside
# the 近郊整備区域) and under-includes (southern 茨城県 lies in the 近郊整備地帯); correct single cities
# with MetroAreaDefinition.include_codes / exclude_codes. Reasons carry basis=prefecture|code.
THREE_METRO_PREFECTURES: frozenset[str] = frozenset(
    {
        "埼玉県", "千葉県", "東京都", "神奈川県",  # 東京圏
        "岐阜県", "愛知県", "三重県",  # 名古屋圏
        "京都府", "大阪府", "兵庫県", "奈良県",  # 大阪圏
    }
)  # fmt: skip


class MetroBasis(StrEnum):
    PREFECTURE = "prefecture"  # decided by the whole-prefecture approximation
    CODE = "code"  # decided by an explicit include/exclude of the municipality


@dataclass(frozen=True)
class MetroAreaDefinition:
    """Which municipalities count as inside the 三大都市圏; codes override prefectures."""

    prefectures: frozenset[str] = THREE_METRO_PREFECTURES
    include_codes: frozenset[str] = frozenset()
    exclude_codes: frozenset[str] = frozenset()

    def membership(self, m: Municipality) -> tuple[bool, MetroBasis]:
        if m.code in self.exclude_codes:
            return False, MetroBasis.CODE
        if m.code in self.include_codes:
            return True, MetroBasis.CODE
        return m.prefecture in self.prefectures, MetroBasis.PREFECTURE

    def contains(self, m: Municipality) -> bool:
        return self.membership(m)[0]


DEFAULT_METRO_AREA = MetroAreaDefinition()

# --- results --------------------------------------------------------------------------------------


class Role(StrEnum):
    HUB = "hub"  # 連携中枢都市
    TWIN_HUB = "twin_hub"  # 連携中枢都市圏: the two-city alternative
    CENTRE = "centre"  # 定住自立圏 中心市


class Status(StrEnum):
    ELIGIBLE = "eligible"
    BORDERLINE = "borderline"  # a criterion sits in its "おおむね"/"程度" band: ask before relying on it
    NOT_ELIGIBLE = "not_eligible"
    UNKNOWN = "unknown"  # nothing fails, but a figure is missing


class Outcome(StrEnum):
    PASSED = "passed"
    BORDERLINE = "borderline"
    FAILED = "failed"
    MISSING = "missing"
    NOTE = "note"  # information that does not decide the status


class ReasonCode(StrEnum):
    # kind
    DESIGNATED_OR_CORE_CITY = "designated_or_core_city"
    NOT_DESIGNATED_OR_CORE_CITY = "not_designated_or_core_city"
    IS_CITY = "is_city"
    NOT_A_CITY = "not_a_city"
    # 昼夜間人口比率 (params: municipality_code, value, reference_date, source, target[, floor])
    RATIO_AT_LEAST_ONE = "ratio_at_least_one"
    RATIO_JUST_BELOW_ONE = "ratio_just_below_one"
    RATIO_BELOW_ONE = "ratio_below_one"
    # 人口 (params: municipality_code, value, reference_date, source, target, floor)
    POPULATION_AT_LEAST = "population_at_least"
    POPULATION_NEAR = "population_near"
    POPULATION_BELOW = "population_below"
    COMBINED_POPULATION_AT_LEAST = "combined_population_at_least"
    COMBINED_POPULATION_BELOW = "combined_population_below"
    # 三大都市圏 (params: municipality_code, prefecture, basis[, value, limit ...])
    OUTSIDE_METRO_AREA = "outside_metro_area"
    INSIDE_METRO_AREA = "inside_metro_area"
    INSIDE_METRO_LOW_COMMUTING = "inside_metro_low_commuting"
    INSIDE_METRO_HIGH_COMMUTING = "inside_metro_high_commuting"
    # distance between town halls (params: distance_km, max_distance_km, codes)
    WITHIN_DISTANCE = "within_distance"
    BEYOND_DISTANCE = "beyond_distance"
    MISSING_COORDINATES = "missing_coordinates"  # params: municipality_code
    # a figure to enter or import (params: municipality_code, stat[, needed_for])
    MISSING_FIGURE = "missing_figure"
    # settings for the home town
    HOME_IS_HUB = "home_is_hub"
    HOME_IS_CENTRE = "home_is_centre"
    HUB_IN_RANGE = "hub_in_range"  # params: municipality_code[, partner_code], distance_km, status
    CENTRE_IN_RANGE = "centre_in_range"
    NO_HUB_IN_RANGE = "no_hub_in_range"  # params: max_distance_km[, nearest_code, nearest_distance_km]
    NO_CENTRE_IN_RANGE = "no_centre_in_range"
    HOME_INSIDE_METRO_AREA = "home_inside_metro_area"
    HOME_OUTSIDE_METRO_AREA = "home_outside_metro_area"
    ELIGIBLE_HUB_IN_RANGE = "eligible_hub_in_range"
    NO_ELIGIBLE_HUB_IN_RANGE = "no_eligible_hub_in_range"
    NEIGHBOUR_COMMUTING_TO_CONFIRM = "neighbour_commuting_to_confirm"  # params: municipality_code, share


@dataclass(frozen=True)
class Reason:
    """One criterion's result. ``params`` carries the figures, dates and limits the message needs."""

    code: ReasonCode
    outcome: Outcome
    params: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Assessment:
    role: Role
    codes: tuple[str, ...]  # the city assessed; both cities for a TWIN_HUB
    status: Status
    reasons: tuple[Reason, ...]

    @property
    def missing(self) -> tuple[tuple[str, StatKind], ...]:
        """(municipality code, figure) pairs to enter or import before the status can be decided."""
        return tuple(
            (r.params["municipality_code"], StatKind(r.params["stat"]))
            for r in self.reasons
            if r.code is ReasonCode.MISSING_FIGURE
        )


def combine(reasons: Iterable[Reason]) -> Status:
    """Any failed criterion decides; otherwise a missing figure leaves it open; then borderline."""
    return _status_of(r.outcome for r in reasons)


def format_km(value: float) -> str:
    return f"{value:.1f}"


# --- single criteria ------------------------------------------------------------------------------


def _figure_params(m: Municipality, stat: Statistic) -> dict[str, str]:
    return {
        "municipality_code": m.code,
        "value": str(stat.value),
        "reference_date": stat.reference_date.isoformat(),
        "source": stat.source,
    }


def _missing(m: Municipality, kind: StatKind) -> Reason:
    return Reason(
        ReasonCode.MISSING_FIGURE, Outcome.MISSING, {"municipality_code": m.code, "stat": kind.value}
    )


# Each rule is a pure function of the figures giving (code, outcome); the reason builders below add the
# parameters, and hub_status/centre_status use the rules alone, so ranking 1,741 records stays cheap
# while both paths apply the same thresholds.
HUB_KINDS = (MunicipalityKind.DESIGNATED_CITY, MunicipalityKind.CORE_CITY)  # 指定都市・中核市
Rule = tuple[ReasonCode, Outcome]


def _hub_kind_rule(kind: MunicipalityKind) -> Rule:
    # 連携中枢都市圏構想推進要綱: the hub is a 指定都市 or 中核市 (中核市: 人口20万以上 since the 2014 改正).
    if kind in HUB_KINDS:
        return ReasonCode.DESIGNATED_OR_CORE_CITY, Outcome.PASSED
    return ReasonCode.NOT_DESIGNATED_OR_CORE_CITY, Outcome.FAILED


def _city_kind_rule(kind: MunicipalityKind) -> Rule:
    # 定住自立圏構想推進要綱 and the two-city alternative speak of 市; a 町 of 5万 does not qualify.
    if kind.is_city:
        return ReasonCode.IS_CITY, Outcome.PASSED
    return ReasonCode.NOT_A_CITY, Outcome.FAILED


def _ratio_rule(value: Decimal, borderline_floor: Decimal | None) -> Rule:
    """昼夜間人口比率 ≥ 1; with ``borderline_floor`` the band [floor, 1) is BORDERLINE (おおむね1以上)."""
    if value >= DAY_NIGHT_RATIO_TARGET:
        return ReasonCode.RATIO_AT_LEAST_ONE, Outcome.PASSED
    if borderline_floor is not None and value >= borderline_floor:
        return ReasonCode.RATIO_JUST_BELOW_ONE, Outcome.BORDERLINE
    return ReasonCode.RATIO_BELOW_ONE, Outcome.FAILED


def _population_rule(value: Decimal, target: int, floor: int, floor_inclusive: bool) -> Rule:
    """≥ target passes; between floor and target is BORDERLINE; below the floor fails.

    ``floor_inclusive`` False means the floor itself fails (定住自立圏: 「少なくとも4万人超」).
    """
    if value >= target:
        return ReasonCode.POPULATION_AT_LEAST, Outcome.PASSED
    if value >= floor if floor_inclusive else value > floor:
        return ReasonCode.POPULATION_NEAR, Outcome.BORDERLINE
    return ReasonCode.POPULATION_BELOW, Outcome.FAILED


def _metro_hub_rule(inside: bool, share: Decimal | None) -> Rule:
    # 連携中枢都市圏構想推進要綱: outside the 三大都市圏, or inside with 指定都市・特別区への通勤通学者割合 0.1未満.
    if not inside:
        return ReasonCode.OUTSIDE_METRO_AREA, Outcome.PASSED
    if share is None:
        return ReasonCode.MISSING_FIGURE, Outcome.MISSING
    if share < METRO_COMMUTING_SHARE_LIMIT_PERCENT:
        return ReasonCode.INSIDE_METRO_LOW_COMMUTING, Outcome.PASSED
    return ReasonCode.INSIDE_METRO_HIGH_COMMUTING, Outcome.FAILED


def _metro_centre_rule(inside: bool) -> Rule:
    # 定住自立圏構想推進要綱: 中心市 lies (原則として) outside the 三大都市圏; no commuting exception here.
    if inside:
        return ReasonCode.INSIDE_METRO_AREA, Outcome.FAILED
    return ReasonCode.OUTSIDE_METRO_AREA, Outcome.PASSED


def _value(m: Municipality, kind: StatKind) -> Decimal | None:
    stat = m.latest(kind)
    return None if stat is None else stat.value


def _status_of(outcomes: Iterable[Outcome]) -> Status:
    outcomes = set(outcomes)
    if Outcome.FAILED in outcomes:
        return Status.NOT_ELIGIBLE
    if Outcome.MISSING in outcomes:
        return Status.UNKNOWN
    if Outcome.BORDERLINE in outcomes:
        return Status.BORDERLINE
    return Status.ELIGIBLE


def hub_status(m: Municipality, *, metro: MetroAreaDefinition = DEFAULT_METRO_AREA) -> Status:
    """``assess_hub(m).status`` without building reasons (for ranking every municipality)."""
    if m.kind not in HUB_KINDS:
        return Status.NOT_ELIGIBLE
    ratio = _value(m, StatKind.DAY_NIGHT_RATIO)
    inside = metro.contains(m)
    return _status_of(
        (
            Outcome.MISSING if ratio is None else _ratio_rule(ratio, HUB_RATIO_BORDERLINE_FLOOR)[1],
            _metro_hub_rule(inside, _value(m, StatKind.COMMUTING_SHARE_TO_METRO) if inside else None)[1],
        )
    )


def centre_status(m: Municipality, *, metro: MetroAreaDefinition = DEFAULT_METRO_AREA) -> Status:
    """``assess_centre(m).status`` without building reasons (for ranking every municipality)."""
    if not m.kind.is_city or metro.contains(m):
        return Status.NOT_ELIGIBLE
    population = _value(m, StatKind.POPULATION)
    ratio = _value(m, StatKind.DAY_NIGHT_RATIO)
    return _status_of(
        (
            Outcome.MISSING
            if population is None
            else _population_rule(population, CENTRE_POPULATION_TARGET, CENTRE_POPULATION_FLOOR, False)[1],
            Outcome.MISSING if ratio is None else _ratio_rule(ratio, None)[1],
        )
    )


def _kind_reason(m: Municipality, rule: Rule) -> Reason:
    return Reason(rule[0], rule[1], {"municipality_code": m.code, "kind": m.kind.value})


def _ratio(m: Municipality, *, borderline_floor: Decimal | None) -> Reason:
    stat = m.latest(StatKind.DAY_NIGHT_RATIO)
    if stat is None:
        return _missing(m, StatKind.DAY_NIGHT_RATIO)
    code, outcome = _ratio_rule(stat.value, borderline_floor)
    params = _figure_params(m, stat) | {"target": str(DAY_NIGHT_RATIO_TARGET)}
    if borderline_floor is not None:
        params["floor"] = str(borderline_floor)
    return Reason(code, outcome, params)


def _population(m: Municipality, *, target: int, floor: int, floor_inclusive: bool) -> Reason:
    stat = m.latest(StatKind.POPULATION)
    if stat is None:
        return _missing(m, StatKind.POPULATION)
    code, outcome = _population_rule(stat.value, target, floor, floor_inclusive)
    return Reason(code, outcome, _figure_params(m, stat) | {"target": str(target), "floor": str(floor)})


def _metro_for_hub(m: Municipality, metro: MetroAreaDefinition) -> Reason:
    inside, basis = metro.membership(m)
    params = {"municipality_code": m.code, "prefecture": m.prefecture, "basis": basis.value}
    stat = m.latest(StatKind.COMMUTING_SHARE_TO_METRO) if inside else None
    code, outcome = _metro_hub_rule(inside, None if stat is None else stat.value)
    if code is ReasonCode.MISSING_FIGURE:
        params |= {"stat": StatKind.COMMUTING_SHARE_TO_METRO.value, "needed_for": "metro_area"}
    elif stat is not None:
        params |= _figure_params(m, stat) | {"limit": str(METRO_COMMUTING_SHARE_LIMIT_PERCENT)}
    return Reason(code, outcome, params)


def _metro_for_centre(m: Municipality, metro: MetroAreaDefinition) -> Reason:
    inside, basis = metro.membership(m)
    code, outcome = _metro_centre_rule(inside)
    return Reason(
        code, outcome, {"municipality_code": m.code, "prefecture": m.prefecture, "basis": basis.value}
    )


# --- assessments ----------------------------------------------------------------------------------


def assess_hub(m: Municipality, *, metro: MetroAreaDefinition = DEFAULT_METRO_AREA) -> Assessment:
    """連携中枢都市 (連携中枢都市圏構想推進要綱): kind, 昼夜間人口比率 おおむね1以上, 三大都市圏."""
    reasons = (
        _kind_reason(m, _hub_kind_rule(m.kind)),
        _ratio(m, borderline_floor=HUB_RATIO_BORDERLINE_FLOOR),
        _metro_for_hub(m, metro),
    )
    return Assessment(Role.HUB, (m.code,), combine(reasons), reasons)


def assess_centre(m: Municipality, *, metro: MetroAreaDefinition = DEFAULT_METRO_AREA) -> Assessment:
    """定住自立圏 中心市 (定住自立圏構想推進要綱): 市, 人口5万人程度以上 (4万人超), 比率1以上, 三大都市圏外."""
    reasons = (
        _kind_reason(m, _city_kind_rule(m.kind)),
        _population(m, target=CENTRE_POPULATION_TARGET, floor=CENTRE_POPULATION_FLOOR, floor_inclusive=False),
        _ratio(m, borderline_floor=None),
        _metro_for_centre(m, metro),
    )
    return Assessment(Role.CENTRE, (m.code,), combine(reasons), reasons)


def assess_twin_hub(
    a: Municipality,
    b: Municipality,
    *,
    metro: MetroAreaDefinition = DEFAULT_METRO_AREA,
    max_distance_km: float = TWIN_CITY_MAX_DISTANCE_KM,
) -> Assessment:
    """The two-city alternative of 連携中枢都市圏構想推進要綱 for cities ``a`` and ``b``.

    Each: 市, 人口10万人程度以上, 昼夜間人口比率1以上, outside the 三大都市圏 (same 10% exception as a hub);
    together 20万人以上; "adjacent, within about 1 hour" approximated by ``max_distance_km`` between the
    town halls (see TWIN_CITY_MAX_DISTANCE_KM).
    """
    if a.code == b.code:
        raise ValueError("the two-city alternative needs two different cities")
    first, second = sorted((a, b), key=lambda m: m.code)
    reasons: list[Reason] = []
    for m in (first, second):
        reasons.append(_kind_reason(m, _city_kind_rule(m.kind)))
        reasons.append(
            _population(
                m,
                target=TWIN_CITY_POPULATION_TARGET,
                floor=TWIN_CITY_POPULATION_BORDERLINE_FLOOR,
                floor_inclusive=True,
            )
        )
        reasons.append(_ratio(m, borderline_floor=None))
        reasons.append(_metro_for_hub(m, metro))
    pop_a, pop_b = first.latest(StatKind.POPULATION), second.latest(StatKind.POPULATION)
    if pop_a is not None and pop_b is not None:
        total = pop_a.value + pop_b.value
        params = {"value": str(total), "target": str(TWIN_CITY_COMBINED_POPULATION)}
        if total >= TWIN_CITY_COMBINED_POPULATION:
            reasons.append(Reason(ReasonCode.COMBINED_POPULATION_AT_LEAST, Outcome.PASSED, params))
        else:
            reasons.append(Reason(ReasonCode.COMBINED_POPULATION_BELOW, Outcome.FAILED, params))
    distance = distance_km(first, second)
    if distance is None:
        for m in (first, second):
            if m.latitude is None or m.longitude is None:
                reasons.append(
                    Reason(ReasonCode.MISSING_COORDINATES, Outcome.MISSING, {"municipality_code": m.code})
                )
    else:
        params = {
            "municipality_code": first.code,
            "partner_code": second.code,
            "distance_km": format_km(distance),
            "max_distance_km": format_km(max_distance_km),
        }
        if distance <= max_distance_km:
            reasons.append(Reason(ReasonCode.WITHIN_DISTANCE, Outcome.PASSED, params))
        else:
            reasons.append(Reason(ReasonCode.BEYOND_DISTANCE, Outcome.FAILED, params))
    result = tuple(reasons)
    return Assessment(Role.TWIN_HUB, (first.code, second.code), combine(result), result)


# --- advice for the home town ---------------------------------------------------------------------


class Setting(StrEnum):
    """The four settings of the seed (DOMAIN.md §2)."""

    HUB_AREA = "hub_area"  # 連携中枢都市圏
    SETTLEMENT_AREA = "settlement_area"  # 定住自立圏
    METRO_HORIZONTAL = "metro_horizontal"  # 三大都市圏の水平連携
    PREFECTURE_VERTICAL = "prefecture_vertical"  # 都道府県による垂直補完 (条件不利地域)


class SettingStatus(StrEnum):
    RECOMMENDED = "recommended"
    POSSIBLE = "possible"  # only borderline candidates
    UNKNOWN = "unknown"  # decided by figures or coordinates still missing
    NOT_INDICATED = "not_indicated"


@dataclass(frozen=True)
class FrameworkCandidate:
    """A city (or pair of cities) that could lead an area, seen from the home town."""

    role: Role
    codes: tuple[str, ...]
    distance_km: float | None  # home town hall to the nearer town hall; None without coordinates
    within_range: bool
    assessment: Assessment

    @property
    def status(self) -> Status:
        return self.assessment.status


@dataclass(frozen=True)
class SettingAdvice:
    setting: Setting
    status: SettingStatus
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class Advice:
    home_code: str
    max_distance_km: float
    home_as_hub: Assessment
    home_as_centre: Assessment
    hubs: tuple[FrameworkCandidate, ...]  # single cities, nearest first; NOT_ELIGIBLE left out
    twin_hubs: tuple[FrameworkCandidate, ...]  # ELIGIBLE/BORDERLINE pairs with a member in range
    centres: tuple[FrameworkCandidate, ...]
    settings: tuple[SettingAdvice, ...]  # one per Setting, in Setting order

    def setting(self, setting: Setting) -> SettingAdvice:
        return next(s for s in self.settings if s.setting is setting)


def _sort_key(c: FrameworkCandidate) -> tuple[bool, float, tuple[str, ...]]:
    return (c.distance_km is None, c.distance_km or 0.0, c.codes)


_OUTCOME_OF_STATUS = {
    Status.ELIGIBLE: Outcome.PASSED,
    Status.BORDERLINE: Outcome.BORDERLINE,
    Status.UNKNOWN: Outcome.MISSING,
    Status.NOT_ELIGIBLE: Outcome.FAILED,
}


def _candidate_reason(code: ReasonCode, c: FrameworkCandidate) -> Reason:
    params = {"municipality_code": c.codes[0], "status": c.status.value}
    if len(c.codes) > 1:
        params["partner_code"] = c.codes[1]
    if c.distance_km is not None:
        params["distance_km"] = format_km(c.distance_km)
    return Reason(code, _OUTCOME_OF_STATUS[c.status], params)


def _area_setting(
    setting: Setting,
    home: Municipality,
    home_assessment: Assessment,
    home_code: ReasonCode,
    candidates: Sequence[FrameworkCandidate],
    in_range_code: ReasonCode,
    none_code: ReasonCode,
    max_distance_km: float,
) -> SettingAdvice:
    """連携中枢都市圏 or 定住自立圏: the home town leads one, or a city in range can."""
    reasons: list[Reason] = []
    statuses: list[Status] = []
    if home_assessment.status is not Status.NOT_ELIGIBLE:
        reasons.append(
            Reason(home_code, _OUTCOME_OF_STATUS[home_assessment.status], {"municipality_code": home.code})
        )
        statuses.append(home_assessment.status)
    in_range = [c for c in candidates if c.within_range]
    for c in in_range:
        reasons.append(_candidate_reason(in_range_code, c))
        statuses.append(c.status)
    home_located = home.latitude is not None and home.longitude is not None
    if not home_located:
        reasons.append(
            Reason(ReasonCode.MISSING_COORDINATES, Outcome.MISSING, {"municipality_code": home.code})
        )
    if Status.ELIGIBLE in statuses:
        status = SettingStatus.RECOMMENDED
    elif Status.BORDERLINE in statuses:
        status = SettingStatus.POSSIBLE
    elif Status.UNKNOWN in statuses or not home_located:
        status = SettingStatus.UNKNOWN
    else:
        status = SettingStatus.NOT_INDICATED
        params = {"max_distance_km": format_km(max_distance_km)}
        nearest = next((c for c in candidates if c.distance_km is not None), None)
        if nearest is not None:
            assert nearest.distance_km is not None
            params |= {
                "nearest_code": nearest.codes[0],
                "nearest_distance_km": format_km(nearest.distance_km),
            }
        reasons.append(Reason(none_code, Outcome.FAILED, params))
    if in_range and status in (SettingStatus.RECOMMENDED, SettingStatus.POSSIBLE):
        # Both 要綱: neighbours are, in principle, towns with ≥10% of commuters going to the hub/centre.
        lead = next(c for c in in_range if c.status in (Status.ELIGIBLE, Status.BORDERLINE))
        reasons.append(
            Reason(
                ReasonCode.NEIGHBOUR_COMMUTING_TO_CONFIRM,
                Outcome.NOTE,
                {"municipality_code": lead.codes[0], "share": str(METRO_COMMUTING_SHARE_LIMIT_PERCENT)},
            )
        )
    return SettingAdvice(setting, status, tuple(reasons))


def _vertical_setting(
    home: Municipality,
    home_as_hub: Assessment,
    hubs: Sequence[FrameworkCandidate],
    max_distance_km: float,
) -> SettingAdvice:
    """都道府県による垂直補完: recommended when no ELIGIBLE hub is within ``max_distance_km``.

    The seed's 条件不利地域 guidance: 「地方中枢拠点都市等から相当距離がある等 … 都道府県との連携も選択肢」.
    Borderline or not-yet-assessable hubs in range do not stop the recommendation; they are listed so
    the user can enter their figures and look again.
    """
    if home_as_hub.status is Status.ELIGIBLE:
        reason = Reason(ReasonCode.HOME_IS_HUB, Outcome.PASSED, {"municipality_code": home.code})
        return SettingAdvice(Setting.PREFECTURE_VERTICAL, SettingStatus.NOT_INDICATED, (reason,))
    eligible = [c for c in hubs if c.within_range and c.status is Status.ELIGIBLE]
    if eligible:
        reason = _candidate_reason(ReasonCode.ELIGIBLE_HUB_IN_RANGE, eligible[0])
        return SettingAdvice(Setting.PREFECTURE_VERTICAL, SettingStatus.NOT_INDICATED, (reason,))
    if home.latitude is None or home.longitude is None:
        reason = Reason(ReasonCode.MISSING_COORDINATES, Outcome.MISSING, {"municipality_code": home.code})
        return SettingAdvice(Setting.PREFECTURE_VERTICAL, SettingStatus.UNKNOWN, (reason,))
    params = {"max_distance_km": format_km(max_distance_km)}
    nearest_eligible = next(
        (c for c in hubs if c.status is Status.ELIGIBLE and c.distance_km is not None), None
    )
    if nearest_eligible is not None:
        assert nearest_eligible.distance_km is not None
        params |= {
            "nearest_code": nearest_eligible.codes[0],
            "nearest_distance_km": format_km(nearest_eligible.distance_km),
        }
    reasons = [Reason(ReasonCode.NO_ELIGIBLE_HUB_IN_RANGE, Outcome.PASSED, params)]
    for c in hubs:
        if c.within_range:  # borderline or unknown: shown, not counted
            reason = _candidate_reason(ReasonCode.HUB_IN_RANGE, c)
            reasons.append(Reason(reason.code, Outcome.NOTE, reason.params))
    return SettingAdvice(Setting.PREFECTURE_VERTICAL, SettingStatus.RECOMMENDED, tuple(reasons))


def _metro_setting(home: Municipality, metro: MetroAreaDefinition) -> SettingAdvice:
    inside, basis = metro.membership(home)
    params = {"municipality_code": home.code, "prefecture": home.prefecture, "basis": basis.value}
    if inside:
        reason = Reason(ReasonCode.HOME_INSIDE_METRO_AREA, Outcome.PASSED, params)
        return SettingAdvice(Setting.METRO_HORIZONTAL, SettingStatus.RECOMMENDED, (reason,))
    reason = Reason(ReasonCode.HOME_OUTSIDE_METRO_AREA, Outcome.FAILED, params)
    return SettingAdvice(Setting.METRO_HORIZONTAL, SettingStatus.NOT_INDICATED, (reason,))


def advise(
    home: Municipality,
    municipalities: Iterable[Municipality],
    *,
    max_distance_km: float = DEFAULT_MAX_DISTANCE_KM,
    metro: MetroAreaDefinition = DEFAULT_METRO_AREA,
    twin_max_distance_km: float = TWIN_CITY_MAX_DISTANCE_KM,
    limit: int | None = 10,
) -> Advice:
    """Hubs and centres nearest to ``home`` and the settings that apply, each with its reasons.

    Candidate lists keep ELIGIBLE, BORDERLINE and UNKNOWN (figures missing) cities, nearest first,
    at most ``limit`` each (None: all); the settings are decided on every candidate in range.
    Two-city pairs are proposed only when both populations are entered (they can then be ELIGIBLE or
    BORDERLINE) and one of the two is within ``max_distance_km``.
    """
    hubs: list[FrameworkCandidate] = []
    centres: list[FrameworkCandidate] = []
    twin_pool: list[tuple[Municipality, float]] = []

    def in_range(d: float | None) -> bool:
        return d is not None and d <= max_distance_km

    for m in municipalities:
        if m.code == home.code or m.kind is MunicipalityKind.PREFECTURE:
            continue
        d = distance_km(home, m)
        # The cheap status first; reasons are built only for the cities that will be listed.
        if m.kind in HUB_KINDS and hub_status(m, metro=metro) is not Status.NOT_ELIGIBLE:
            hubs.append(FrameworkCandidate(Role.HUB, (m.code,), d, in_range(d), assess_hub(m, metro=metro)))
        if m.kind.is_city and centre_status(m, metro=metro) is not Status.NOT_ELIGIBLE:
            c = assess_centre(m, metro=metro)
            centres.append(FrameworkCandidate(Role.CENTRE, (m.code,), d, in_range(d), c))
        if m.kind is MunicipalityKind.CITY and d is not None and d <= max_distance_km + twin_max_distance_km:
            pop = m.latest(StatKind.POPULATION)
            if pop is not None and pop.value >= TWIN_CITY_POPULATION_BORDERLINE_FLOOR:
                twin_pool.append((m, d))

    twins: list[FrameworkCandidate] = []
    twin_pool.sort(key=lambda item: item[0].code)
    for i, (a_city, d_a) in enumerate(twin_pool):
        for b_city, d_b in twin_pool[i + 1 :]:
            nearer = min(d_a, d_b)
            if nearer > max_distance_km:
                continue
            t = assess_twin_hub(a_city, b_city, metro=metro, max_distance_km=twin_max_distance_km)
            if t.status in (Status.ELIGIBLE, Status.BORDERLINE):
                twins.append(FrameworkCandidate(Role.TWIN_HUB, t.codes, nearer, True, t))

    hubs.sort(key=_sort_key)
    twins.sort(key=_sort_key)
    centres.sort(key=_sort_key)
    home_as_hub = assess_hub(home, metro=metro)
    home_as_centre = assess_centre(home, metro=metro)
    all_hubs = sorted([*hubs, *twins], key=_sort_key)
    settings = (
        _area_setting(
            Setting.HUB_AREA,
            home,
            home_as_hub,
            ReasonCode.HOME_IS_HUB,
            all_hubs,
            ReasonCode.HUB_IN_RANGE,
            ReasonCode.NO_HUB_IN_RANGE,
            max_distance_km,
        ),
        _area_setting(
            Setting.SETTLEMENT_AREA,
            home,
            home_as_centre,
            ReasonCode.HOME_IS_CENTRE,
            centres,
            ReasonCode.CENTRE_IN_RANGE,
            ReasonCode.NO_CENTRE_IN_RANGE,
            max_distance_km,
        ),
        _metro_setting(home, metro),
        _vertical_setting(home, home_as_hub, all_hubs, max_distance_km),
    )

    def cut(items: list[FrameworkCandidate]) -> tuple[FrameworkCandidate, ...]:
        return tuple(items if limit is None else items[:limit])

    return Advice(
        home_code=home.code,
        max_distance_km=max_distance_km,
        home_as_hub=home_as_hub,
        home_as_centre=home_as_centre,
        hubs=cut(hubs),
        twin_hubs=cut(twins),
        centres=cut(centres),
        settings=settings,
    )
