"""Municipalities (市町村 and 都道府県) and their dated statistics."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from .codes import is_valid_code
from .errors import ErrorCode, ValidationIssue
from .normalize import ParseError, parse_date, parse_decimal


class MunicipalityKind(StrEnum):
    PREFECTURE = "prefecture"  # 都道府県
    DESIGNATED_CITY = "designated_city"  # 指定都市
    CORE_CITY = "core_city"  # 中核市
    CITY = "city"  # 市
    TOWN = "town"  # 町
    VILLAGE = "village"  # 村
    SPECIAL_WARD = "special_ward"  # 特別区

    @property
    def is_city(self) -> bool:
        return self in (MunicipalityKind.DESIGNATED_CITY, MunicipalityKind.CORE_CITY, MunicipalityKind.CITY)


def kind_from_name(prefecture: str, name: str) -> MunicipalityKind:
    """The plain kind from the name's suffix; 指定都市/中核市 come from the dated lists."""
    if name.endswith("市"):
        return MunicipalityKind.CITY
    if name.endswith("町"):
        return MunicipalityKind.TOWN
    if name.endswith("村"):
        return MunicipalityKind.VILLAGE
    if name.endswith("区") and prefecture == "東京都":
        return MunicipalityKind.SPECIAL_WARD
    raise ValueError(f"unknown municipality kind: {prefecture} {name}")


class StatKind(StrEnum):
    """Statistics the frameworks and sharing rules need. Units in ``STAT_UNITS``."""

    POPULATION = "population"  # 人口
    ELDERLY_POPULATION = "elderly_population"  # 65歳以上人口
    DAY_NIGHT_RATIO = "day_night_ratio"  # 昼夜間人口比率
    AREA = "area"  # 面積 (km²)
    STAFF = "staff"  # 職員数
    HOUSEHOLDS = "households"  # 世帯数
    STANDARD_FISCAL_NEED = "standard_fiscal_need"  # 基準財政需要額 (千円)
    FISCAL_STRENGTH = "fiscal_strength"  # 財政力指数
    # 指定都市・特別区への通勤通学者割合 (%): share of the city's resident commuters (常住地ベース) who
    # commute to a 指定都市 or 特別区 other than the city itself; 連携中枢都市圏構想推進要綱 lets a city
    # inside the 三大都市圏 be a hub when this is below 10% (0.1未満). Entered, never derived.
    COMMUTING_SHARE_TO_METRO = "commuting_share_to_metro"


STAT_UNITS: dict[StatKind, str] = {
    StatKind.POPULATION: "persons",
    StatKind.ELDERLY_POPULATION: "persons",
    StatKind.DAY_NIGHT_RATIO: "ratio",
    StatKind.AREA: "km2",
    StatKind.STAFF: "persons",
    StatKind.HOUSEHOLDS: "households",
    StatKind.STANDARD_FISCAL_NEED: "thousand_yen",
    StatKind.FISCAL_STRENGTH: "ratio",
    StatKind.COMMUTING_SHARE_TO_METRO: "percent",
}

# Counts are whole numbers; ratios and areas allow decimals.
STAT_PLACES: dict[StatKind, int] = {
    StatKind.POPULATION: 0,
    StatKind.ELDERLY_POPULATION: 0,
    StatKind.DAY_NIGHT_RATIO: 4,
    StatKind.AREA: 2,
    StatKind.STAFF: 0,
    StatKind.HOUSEHOLDS: 0,
    StatKind.STANDARD_FISCAL_NEED: 0,
    StatKind.FISCAL_STRENGTH: 3,
    StatKind.COMMUTING_SHARE_TO_METRO: 2,
}


@dataclass(frozen=True)
class Statistic:
    municipality_code: str
    kind: StatKind
    value: Decimal
    reference_date: date
    source: str
    id: int | None = None


@dataclass(frozen=True)
class Municipality:
    code: str
    kind: MunicipalityKind
    prefecture: str
    name: str
    kana: str
    latitude: float | None = None
    longitude: float | None = None
    statistics: tuple[Statistic, ...] = field(default=(), compare=False)

    @property
    def prefecture_code(self) -> str:
        return self.code[:2]

    @property
    def display_name(self) -> str:
        """Unique label: 広島県府中市 vs 東京都府中市; a prefecture is its own name."""
        if self.kind is MunicipalityKind.PREFECTURE:
            return self.name
        return f"{self.prefecture}{self.name}"

    def latest(self, kind: StatKind) -> Statistic | None:
        values = [s for s in self.statistics if s.kind is kind]
        return max(values, key=lambda s: s.reference_date) if values else None


def validate_statistic_input(
    code: str, kind: str, value: str | Decimal | None, reference_date: str | date | None, source: str
) -> tuple[Statistic | None, list[ValidationIssue]]:
    """Turn typed input into a Statistic or name every field that is wrong."""
    issues: list[ValidationIssue] = []
    if not is_valid_code(code):
        issues.append(ValidationIssue("municipality_code", ErrorCode.BAD_CHECK_DIGIT, {"value": code}))
    try:
        stat_kind = StatKind(kind)
    except ValueError:
        issues.append(ValidationIssue("kind", ErrorCode.UNKNOWN_CHOICE, {"value": str(kind)}))
        stat_kind = None
    parsed_value: Decimal | None = None
    try:
        places = STAT_PLACES[stat_kind] if stat_kind else None
        parsed_value = parse_decimal(value, places=places)
        if parsed_value is None:
            issues.append(ValidationIssue("value", ErrorCode.REQUIRED))
        elif parsed_value < 0:
            issues.append(ValidationIssue("value", ErrorCode.NEGATIVE, {"value": str(value)}))
    except ParseError as exc:
        issues.append(ValidationIssue("value", exc.code, {"value": str(value)}))
    parsed_date: date | None = None
    try:
        parsed_date = parse_date(reference_date)
        if parsed_date is None:
            issues.append(ValidationIssue("reference_date", ErrorCode.REQUIRED))
    except ParseError as exc:
        issues.append(ValidationIssue("reference_date", exc.code, {"value": str(reference_date)}))
    source = (source or "").strip()
    if not source:
        issues.append(ValidationIssue("source", ErrorCode.REQUIRED))
    elif len(source) > 200:
        issues.append(ValidationIssue("source", ErrorCode.TOO_LONG, {"max": "200"}))
    if issues:
        return None, issues
    assert stat_kind is not None and parsed_value is not None and parsed_date is not None
    return Statistic(code, stat_kind, parsed_value, parsed_date, source), []
