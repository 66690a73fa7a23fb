"""Duties (事務) a town catalogues, their enums, and validation of typed input."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from .errors import ErrorCode, ValidationIssue
from .methods import CooperationMethod
from .normalize import ParseError, parse_decimal, to_halfwidth

# 1 人工 (person-year) counted as 240 working days (勤務日数 ≈ 365 − 土日祝 − 年末年始 − 年休の一部).
WORKING_DAYS_PER_PERSON_YEAR = Decimal(240)

MAX_WORKLOAD_PERSON_YEARS = Decimal(10_000)
MAX_COST_YEN = 10**13  # 10兆円: anything above is a typing error
MAX_STAFF = Decimal(100_000)


class DutyCategory(StrEnum):
    WELFARE_HEALTH = "welfare_health"  # 福祉・保健
    MEDICAL = "medical"  # 医療
    CHILDCARE_EDUCATION = "childcare_education"  # 子育て・教育
    ENVIRONMENT = "environment"  # 環境衛生
    INFRASTRUCTURE = "infrastructure"  # インフラ維持
    DISASTER_FIRE = "disaster_fire"  # 防災・消防
    PLANNING_PROMOTION = "planning_promotion"  # 企画・地域振興
    GENERAL_AFFAIRS = "general_affairs"  # 総務・人事・税
    INFORMATION = "information"  # 情報化
    OTHER = "other"  # その他


class DutyStatus(StrEnum):
    """検討中 → 協議中 → 合意 → 運用中 → 見直し / 終了."""

    CONSIDERING = "considering"
    NEGOTIATING = "negotiating"
    AGREED = "agreed"
    OPERATING = "operating"
    REVIEWING = "reviewing"
    ENDED = "ended"


class Urgency(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


@dataclass(frozen=True)
class Duty:
    owner_code: str
    name: str
    category: DutyCategory
    kana: str = ""
    description: str = ""
    legal_basis: str = ""
    workload_person_years: Decimal = Decimal(0)
    annual_cost_yen: int = 0
    expertise: tuple[str, ...] = ()
    current_staff: Decimal = Decimal(0)
    staffing_gap: Decimal = Decimal(0)
    urgency: Urgency = Urgency.MEDIUM
    status: DutyStatus = DutyStatus.CONSIDERING
    department: str = ""
    notes: str = ""
    template_key: str | None = None
    typical_methods: tuple[CooperationMethod, ...] = ()
    id: int | None = None
    version: int = 0
    uid: str = field(default="", compare=False)  # stable across databases (partner packages)
    created_at: datetime | None = field(default=None, compare=False)
    updated_at: datetime | None = field(default=None, compare=False)

    @property
    def workload_person_days(self) -> Decimal:
        return self.workload_person_years * WORKING_DAYS_PER_PERSON_YEAR

    @property
    def annual_cost_thousand_yen(self) -> Decimal:
        return Decimal(self.annual_cost_yen) / 1000

    def with_changes(self, **changes: object) -> Duty:
        return replace(self, **changes)  # type: ignore[arg-type]


TEXT_LIMITS = {
    "name": 100,
    "kana": 100,
    "description": 2000,
    "legal_basis": 300,
    "department": 50,
    "notes": 4000,
}


def split_expertise(text: str) -> tuple[str, ...]:
    """"保健師、社会福祉士, 土木技師" → ("保健師", "社会福祉士", "土木技師")."""
    normalized = to_halfwidth(text).replace("、", ",").replace("，", ",").replace("・", ",")
    return tuple(dict.fromkeys(part.strip() for part in normalized.split(",") if part.strip()))


def _text(value: object) -> str:
    return unicodedata.normalize("NFC", str(value or "")).strip()


def duty_from_input(
    values: dict[str, object], *, owner_code: str, base: Duty | None = None
) -> tuple[Duty | None, list[ValidationIssue]]:
    """Build a Duty from form or file input (strings as typed) or name every invalid field.

    Keys: name, kana, category, description, legal_basis, workload_person_years or
    workload_person_days, annual_cost_thousand_yen or annual_cost_yen, expertise, current_staff,
    staffing_gap, urgency, status, department, notes. Missing keys keep ``base``'s values.
    """
    issues: list[ValidationIssue] = []
    current = base or Duty(owner_code=owner_code, name="", category=DutyCategory.OTHER)
    changes: dict[str, object] = {}

    for key, limit in TEXT_LIMITS.items():
        if key in values:
            text = _text(values[key])
            if len(text) > limit:
                issues.append(ValidationIssue(key, ErrorCode.TOO_LONG, {"max": str(limit)}))
            changes[key] = text
    name = changes.get("name", current.name)
    if not name:
        issues.append(ValidationIssue("name", ErrorCode.REQUIRED))

    for key, enum in (("category", DutyCategory), ("urgency", Urgency), ("status", DutyStatus)):
        if key in values:
            raw = values[key]
            try:
                changes[key] = enum(raw)
            except ValueError:
                issues.append(ValidationIssue(key, ErrorCode.UNKNOWN_CHOICE, {"value": str(raw)}))

    def number(key: str, *, places: int, maximum: Decimal) -> Decimal | None:
        try:
            value = parse_decimal(values[key], places=places)  # type: ignore[arg-type]
        except ParseError as exc:
            params = {"value": str(values[key])}
            if exc.code is ErrorCode.TOO_PRECISE:
                params["places"] = str(places)
            issues.append(ValidationIssue(key, exc.code, params))
            return None
        if value is None:
            return Decimal(0)
        if value < 0:
            issues.append(ValidationIssue(key, ErrorCode.NEGATIVE, {"value": str(values[key])}))
            return None
        if value > maximum:
            issues.append(ValidationIssue(key, ErrorCode.TOO_LARGE, {"max": str(maximum)}))
            return None
        return value

    if "workload_person_years" in values:
        years = number("workload_person_years", places=2, maximum=MAX_WORKLOAD_PERSON_YEARS)
        if years is not None:
            changes["workload_person_years"] = years
    elif "workload_person_days" in values:
        days = number(
            "workload_person_days", places=1, maximum=MAX_WORKLOAD_PERSON_YEARS * WORKING_DAYS_PER_PERSON_YEAR
        )
        if days is not None:
            changes["workload_person_years"] = (days / WORKING_DAYS_PER_PERSON_YEAR).quantize(Decimal("0.01"))

    if "annual_cost_thousand_yen" in values:
        thousands = number("annual_cost_thousand_yen", places=3, maximum=Decimal(MAX_COST_YEN) / 1000)
        if thousands is not None:
            changes["annual_cost_yen"] = int(thousands * 1000)
    elif "annual_cost_yen" in values:
        yen = number("annual_cost_yen", places=0, maximum=Decimal(MAX_COST_YEN))
        if yen is not None:
            changes["annual_cost_yen"] = int(yen)

    for key in ("current_staff", "staffing_gap"):
        if key in values:
            staff = number(key, places=2, maximum=MAX_STAFF)
            if staff is not None:
                changes[key] = staff

    if "expertise" in values:
        raw = values["expertise"]
        items = split_expertise(raw) if isinstance(raw, str) else tuple(_text(x) for x in raw or ())  # type: ignore[union-attr]
        if any(len(item) > 50 for item in items):
            issues.append(ValidationIssue("expertise", ErrorCode.TOO_LONG, {"max": "50"}))
        changes["expertise"] = items

    if issues:
        return None, issues
    return replace(current, owner_code=owner_code, **changes), []  # type: ignore[arg-type]


def validate_duty(duty: Duty) -> list[ValidationIssue]:
    """Re-check a Duty built in code (services call this before every save)."""
    values: dict[str, object] = {key: getattr(duty, key) for key in TEXT_LIMITS}
    values.update(
        category=duty.category.value,
        urgency=duty.urgency.value,
        status=duty.status.value,
        workload_person_years=duty.workload_person_years,
        annual_cost_yen=duty.annual_cost_yen,
        current_staff=duty.current_staff,
        staffing_gap=duty.staffing_gap,
        expertise=list(duty.expertise),
    )
    _, issues = duty_from_input(values, owner_code=duty.owner_code, base=duty)
    return issues
