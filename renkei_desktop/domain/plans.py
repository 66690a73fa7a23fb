"""Cooperation plans (連携案): for one duty, one way of sharing it, among several alternatives.

A plan names the legal method (DOMAIN.md §3), the lead party and the participants in 甲/乙 order, each
party's role per 取組 (the 役割分担 table of real agreements), the cost items with their 特定財源, and the
workload (人工). How each item is split is the sharing engine's business (domain/sharing.py): a plan
only carries the rule as opaque JSON (``CostItem.rule_json``) and ``compare_plans`` takes the per-party
burdens from a function the caller supplies.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from .codes import normalize_code
from .duties import MAX_COST_YEN, MAX_WORKLOAD_PERSON_YEARS
from .errors import ErrorCode, ValidationIssue
from .methods import (
    ApprovalKind,
    Authority,
    AuthorityEffect,
    CooperationMethod,
    CouncilType,
    LeadRole,
    MemberRole,
    MethodProfile,
    approval_authority,
    method_profile,
)
from .normalize import ParseError, parse_decimal, parse_int
from .procedures import (
    ProcedureStep,
    build_checklist,
    prefecture_is_party,
    refresh_checklist,
    spans_prefectures,
)

# 十干: the party letters of Japanese agreements (甲, 乙, 丙, 丁, …).
PARTY_LETTERS = "甲乙丙丁戊己庚辛壬癸"


def party_letter(index: int) -> str:
    """甲, 乙, 丙 … 癸 for the first ten parties; then 甲2, 乙2 … (real documents rarely go past 癸)."""
    if index < 0:
        raise ValueError(index)
    letter = PARTY_LETTERS[index % len(PARTY_LETTERS)]
    cycle = index // len(PARTY_LETTERS)
    return letter if cycle == 0 else f"{letter}{cycle + 1}"


def party_letters(count: int) -> tuple[str, ...]:
    return tuple(party_letter(i) for i in range(count))


class PlanStatus(StrEnum):
    DRAFT = "draft"  # 検討中
    NEGOTIATING = "negotiating"  # 協議中
    AGREED = "agreed"  # 合意
    REJECTED = "rejected"  # 不採用


@dataclass(frozen=True)
class Participant:
    code: str  # 6-digit 全国地方公共団体コード of a municipality or a prefecture
    letter: str  # 甲, 乙, 丙 … in participant order
    role: str = ""  # free-text summary of the party's role


@dataclass(frozen=True)
class RoleRow:
    """One row of the 連携する取組と役割分担 table: 取組, then each party's role (by code)."""

    initiative: str
    roles: Mapping[str, str] = field(default_factory=dict)

    def role_of(self, code: str) -> str:
        return self.roles.get(code, "")


@dataclass(frozen=True)
class CostItem:
    name: str  # 建設費, 運営費, 公債費 …
    annual_total_yen: int
    specific_revenue_yen: int = 0  # 特定財源 (補助金, 使用料): deducted before apportioning
    rule_json: str = ""  # the sharing rule, opaque here (domain/sharing.py); "" = not yet agreed

    @property
    def net_yen(self) -> int:
        """The amount the parties share: total minus 特定財源."""
        return self.annual_total_yen - self.specific_revenue_yen


@dataclass(frozen=True)
class Plan:
    duty_id: int
    name: str
    method: CooperationMethod
    lead_code: str
    participants: tuple[Participant, ...]  # lead included, in 甲乙 order
    council_type: CouncilType | None = None  # 協議会 only
    roles: tuple[RoleRow, ...] = ()
    cost_items: tuple[CostItem, ...] = ()
    workload_person_years: Decimal = Decimal(0)  # 人工 for the shared duty as a whole
    workload_follows_item: str | None = None  # share the workload by this cost item's rule …
    workload_rule_json: str = ""  # … or by its own rule (opaque, as CostItem.rule_json)
    chosen: bool = False  # the alternative the town chose for the duty
    status: PlanStatus = PlanStatus.DRAFT
    notes: str = ""
    steps: tuple[ProcedureStep, ...] = ()  # the procedure checklist (procedures.build_checklist)
    id: int | None = None
    version: int = 0
    uid: str = field(default="", compare=False)  # stable across databases (partner packages)
    created_at: datetime | None = field(default=None, compare=False)
    updated_at: datetime | None = field(default=None, compare=False)

    @property
    def party_codes(self) -> tuple[str, ...]:
        return tuple(p.code for p in self.participants)

    def letter_of(self, code: str) -> str:
        return next((p.letter for p in self.participants if p.code == code), "")

    @property
    def profile(self) -> MethodProfile:
        return method_profile(self.method, self.council_type)

    @property
    def lead_role(self) -> LeadRole:
        """幹事団体 / 受託団体 / 代表団体 / 代替執行団体, by method."""
        return self.profile.lead_role

    @property
    def member_role(self) -> MemberRole:
        return self.profile.member_role

    @property
    def prefecture_is_party(self) -> bool:
        return prefecture_is_party(self.party_codes)

    @property
    def total_cost_yen(self) -> int:
        return sum(item.annual_total_yen for item in self.cost_items)

    @property
    def specific_revenue_yen(self) -> int:
        return sum(item.specific_revenue_yen for item in self.cost_items)

    @property
    def net_cost_yen(self) -> int:
        return sum(item.net_yen for item in self.cost_items)

    def with_changes(self, **changes: object) -> Plan:
        return replace(self, **changes)  # type: ignore[arg-type]


TEXT_LIMITS = {"name": 100, "notes": 4000}
ROLE_MAX = 500  # Participant.role and each cell of the role table
INITIATIVE_MAX = 100
COST_ITEM_NAME_MAX = 50
RULE_JSON_MAX = 100_000
MAX_PARTIES = 500  # a 広域連合 of every municipality in 北海道 has 179 members


def min_parties(method: CooperationMethod) -> int:
    """Two parties for every statutory method; an informal 協定 may have one (e.g. with a company)."""
    return 1 if method is CooperationMethod.INFORMAL else 2


def clean_text(value: object) -> str:
    return unicodedata.normalize("NFC", str(value or "")).strip()


def parse_flag(value: object) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in {"1", "true", "yes", "on", "はい", "○", "〇"}
    return bool(value)


class IssueCollector:
    """Collects issues; small helpers shared by plans and agreements input."""

    def __init__(self) -> None:
        self.items: list[ValidationIssue] = []

    def add(self, field_name: str, code: ErrorCode, **params: object) -> None:
        self.items.append(ValidationIssue(field_name, code, {k: str(v) for k, v in params.items()}))

    def text(self, field_name: str, value: object, limit: int, *, required: bool = False) -> str:
        text = clean_text(value)
        if len(text) > limit:
            self.add(field_name, ErrorCode.TOO_LONG, max=limit)
        if required and not text:
            self.add(field_name, ErrorCode.REQUIRED)
        return text

    def code(self, field_name: str, value: object, known: Container[str] | None) -> str | None:
        raw = clean_text(value)
        if not raw:
            self.add(field_name, ErrorCode.REQUIRED)
            return None
        try:
            code = normalize_code(raw, known=known)
        except ParseError as exc:
            self.add(field_name, exc.code, value=raw)
            return None
        if known is not None and code not in known:
            self.add(field_name, ErrorCode.UNKNOWN_MUNICIPALITY, value=code)
            return None
        return code

    def choice(self, field_name: str, value: object, enum: type[StrEnum]) -> StrEnum | None:
        try:
            return enum(clean_text(value))
        except ValueError:
            self.add(field_name, ErrorCode.UNKNOWN_CHOICE, value=value)
            return None

    def yen(self, field_name: str, value: object, *, thousands: bool = False) -> int | None:
        """A non-negative whole amount in 円 (or 千円 with up to 3 decimals), full-width accepted."""
        try:
            number = parse_decimal(value, places=3 if thousands else 0)  # type: ignore[arg-type]
        except ParseError as exc:
            params: dict[str, object] = {"value": value}
            if exc.code is ErrorCode.TOO_PRECISE:
                params["places"] = 3 if thousands else 0
            self.add(field_name, exc.code, **params)
            return None
        if number is None:
            return 0
        if number < 0:
            self.add(field_name, ErrorCode.NEGATIVE, value=value)
            return None
        yen = number * 1000 if thousands else number
        if yen > MAX_COST_YEN:
            self.add(field_name, ErrorCode.TOO_LARGE, max=MAX_COST_YEN // 1000 if thousands else MAX_COST_YEN)
            return None
        return int(yen)

    def decimal(self, field_name: str, value: object, *, places: int, maximum: Decimal) -> Decimal | None:
        try:
            number = parse_decimal(value, places=places)  # type: ignore[arg-type]
        except ParseError as exc:
            params: dict[str, object] = {"value": value}
            if exc.code is ErrorCode.TOO_PRECISE:
                params["places"] = places
            self.add(field_name, exc.code, **params)
            return None
        if number is None:
            return Decimal(0)
        if number < 0:
            self.add(field_name, ErrorCode.NEGATIVE, value=value)
            return None
        if number > maximum:
            self.add(field_name, ErrorCode.TOO_LARGE, max=maximum)
            return None
        return number

    def integer(self, field_name: str, value: object) -> int | None:
        try:
            return parse_int(value)  # type: ignore[arg-type]
        except ParseError as exc:
            self.add(field_name, exc.code, value=value)
            return None


def parties_from_input(
    issues: IssueCollector,
    raw: object,
    known: Container[str] | None,
    *,
    field_name: str = "participants",
) -> tuple[list[tuple[str, dict[str, object], int]], int]:
    """Normalised (code, raw entry, index) for each party entry (a code, or a dict with "code"), and
    the number of entries whose code is invalid; reports bad codes and duplicates at ``participants[i]``."""
    result: list[tuple[str, dict[str, object], int]] = []
    seen: set[str] = set()
    invalid = 0
    for index, entry in enumerate(raw or ()):  # type: ignore[attr-defined]
        entry_dict: dict[str, object] = dict(entry) if isinstance(entry, Mapping) else {"code": entry}
        code = issues.code(f"{field_name}[{index}]", entry_dict.get("code"), known)
        if code is None:
            invalid += 1
            continue
        if code in seen:
            issues.add(f"{field_name}[{index}]", ErrorCode.DUPLICATE_PARTY, party=code)
            continue
        seen.add(code)
        result.append((code, entry_dict, index))
    return result, invalid


def role_rows_from_input(
    issues: IssueCollector, raw: object, party_codes: Sequence[str], known: Container[str] | None, prefix: str
) -> tuple[RoleRow, ...]:
    rows: list[RoleRow] = []
    for index, entry in enumerate(raw or ()):  # type: ignore[attr-defined]
        entry = entry if isinstance(entry, Mapping) else {"initiative": entry}
        where = f"{prefix}[{index}]"
        initiative = issues.text(
            f"{where}.initiative", entry.get("initiative"), INITIATIVE_MAX, required=True
        )
        roles: dict[str, str] = {}
        for raw_code, raw_role in dict(entry.get("roles") or {}).items():
            try:
                code = normalize_code(clean_text(raw_code), known=known)
            except ParseError as exc:
                issues.add(f"{where}.roles", exc.code, value=raw_code)
                continue
            if code not in party_codes:
                issues.add(f"{where}.roles", ErrorCode.UNKNOWN_PARTY, party=code)
                continue
            roles[code] = issues.text(f"{where}.roles.{code}", raw_role, ROLE_MAX)
        rows.append(RoleRow(initiative, roles))
    return tuple(rows)


def _cost_items(issues: IssueCollector, raw: object) -> tuple[CostItem, ...]:
    items: list[CostItem] = []
    names: set[str] = set()
    for index, entry in enumerate(raw or ()):  # type: ignore[attr-defined]
        where = f"cost_items[{index}]"
        entry = dict(entry) if isinstance(entry, Mapping) else {}
        name = issues.text(f"{where}.name", entry.get("name"), COST_ITEM_NAME_MAX, required=True)
        if name and name in names:
            issues.add(f"{where}.name", ErrorCode.DUPLICATE, value=name)
        names.add(name)
        amounts: dict[str, int | None] = {}
        for key in ("annual_total", "specific_revenue"):
            if f"{key}_thousand_yen" in entry:
                amounts[key] = issues.yen(
                    f"{where}.{key}_thousand_yen", entry[f"{key}_thousand_yen"], thousands=True
                )
            else:
                amounts[key] = issues.yen(f"{where}.{key}_yen", entry.get(f"{key}_yen"))
        total, revenue = amounts["annual_total"], amounts["specific_revenue"]
        if total is not None and revenue is not None and revenue > total:
            revenue_field = (
                f"{where}.specific_revenue_thousand_yen"
                if "specific_revenue_thousand_yen" in entry
                else f"{where}.specific_revenue_yen"
            )
            issues.add(revenue_field, ErrorCode.REVENUES_EXCEED_TOTAL, revenues=revenue, total=total)
        rule = str(entry.get("rule_json") or "")
        if len(rule) > RULE_JSON_MAX:
            issues.add(f"{where}.rule_json", ErrorCode.TOO_LONG, max=RULE_JSON_MAX)
        items.append(CostItem(name, total or 0, revenue or 0, rule))
    return tuple(items)


def plan_from_input(
    values: Mapping[str, object], *, base: Plan | None = None, known_codes: Container[str] | None = None
) -> tuple[Plan | None, list[ValidationIssue]]:
    """Build a Plan from form or file input (strings as typed) or name every invalid field.

    Keys (missing keys keep ``base``'s values): duty_id, name, method, council_type, lead_code,
    participants (codes, or dicts {"code", "role"}; order gives 甲, 乙, 丙 …), roles (dicts
    {"initiative", "roles": {code: text}}), cost_items (dicts {"name", "annual_total_yen" or
    "annual_total_thousand_yen", "specific_revenue_yen" or "specific_revenue_thousand_yen",
    "rule_json"}), workload_person_years, workload_follows_item, workload_rule_json, chosen, status,
    notes. ``known_codes`` (the master's municipality and prefecture codes) makes unknown codes an
    error. Field names in issues: "participants[1]", "cost_items[0].specific_revenue_yen",
    "roles[2].initiative" …. The procedure checklist is regenerated, keeping recorded statuses.
    """
    issues = IssueCollector()
    current = base or Plan(
        duty_id=0, name="", method=CooperationMethod.AGREEMENT, lead_code="", participants=()
    )
    changes: dict[str, object] = {}

    for key, limit in TEXT_LIMITS.items():
        if key in values:
            changes[key] = issues.text(key, values[key], limit)
    if not changes.get("name", current.name):
        issues.add("name", ErrorCode.REQUIRED)

    if "duty_id" in values:
        duty_id = issues.integer("duty_id", values["duty_id"])
        if duty_id is not None:
            changes["duty_id"] = duty_id
    if not changes.get("duty_id", current.duty_id) and not any(i.field == "duty_id" for i in issues.items):
        issues.add("duty_id", ErrorCode.REQUIRED)

    method = current.method
    if "method" in values:
        chosen_method = issues.choice("method", values["method"], CooperationMethod)
        if chosen_method is not None:
            method = CooperationMethod(chosen_method)
    council_type = current.council_type
    if "council_type" in values:
        raw = clean_text(values["council_type"])
        try:
            council_type = CouncilType(raw) if raw else None
        except ValueError:
            council_type = None
            if method is CooperationMethod.COUNCIL:
                issues.add("council_type", ErrorCode.UNKNOWN_CHOICE, value=raw)
    if method is not CooperationMethod.COUNCIL:
        council_type = None  # meaningful for 協議会 only
    elif council_type is None and not any(i.field == "council_type" for i in issues.items):
        issues.add("council_type", ErrorCode.REQUIRED)

    if "status" in values:
        status = issues.choice("status", values["status"], PlanStatus)
        if status is not None:
            changes["status"] = PlanStatus(status)
    if "chosen" in values:
        changes["chosen"] = parse_flag(values["chosen"])

    # Parties: lead included, no duplicates, at least two (one for an informal 協定).
    if "participants" in values:
        entries, invalid = parties_from_input(issues, values["participants"], known_codes)
        participants = tuple(
            Participant(
                code,
                party_letter(position),
                issues.text(f"participants[{index}].role", e.get("role"), ROLE_MAX),
            )
            for position, (code, e, index) in enumerate(entries)
        )
    else:
        participants, invalid = current.participants, 0
    count = len(participants) + invalid  # distinct parties (a duplicate does not count twice)
    minimum = min_parties(method)
    if count < minimum:
        issues.add("participants", ErrorCode.TOO_FEW_PARTIES, min=minimum, count=count)
    elif count > MAX_PARTIES:
        issues.add("participants", ErrorCode.TOO_MANY_PARTIES, max=MAX_PARTIES, count=count)
    codes = tuple(p.code for p in participants)

    lead_code: str | None = current.lead_code
    if "lead_code" in values:
        lead_code = issues.code("lead_code", values["lead_code"], known_codes)
    elif not lead_code:
        issues.add("lead_code", ErrorCode.REQUIRED)
    if lead_code and lead_code not in codes and not invalid:
        issues.add("lead_code", ErrorCode.LEAD_NOT_A_PARTY, party=lead_code)

    roles = (
        role_rows_from_input(issues, values["roles"], codes, known_codes, "roles")
        if "roles" in values
        else tuple(
            RoleRow(r.initiative, {c: t for c, t in r.roles.items() if c in codes}) for r in current.roles
        )
    )
    cost_items = _cost_items(issues, values["cost_items"]) if "cost_items" in values else current.cost_items

    if "workload_person_years" in values:
        workload = issues.decimal(
            "workload_person_years",
            values["workload_person_years"],
            places=2,
            maximum=MAX_WORKLOAD_PERSON_YEARS,
        )
        if workload is not None:
            changes["workload_person_years"] = workload
    follows = current.workload_follows_item
    if "workload_follows_item" in values:
        follows = clean_text(values["workload_follows_item"]) or None
    if follows is not None and follows not in {item.name for item in cost_items}:
        issues.add("workload_follows_item", ErrorCode.NOT_FOUND, value=follows)
    if "workload_rule_json" in values:
        changes["workload_rule_json"] = str(values["workload_rule_json"] or "")
        if len(changes["workload_rule_json"]) > RULE_JSON_MAX:  # type: ignore[arg-type]
            issues.add("workload_rule_json", ErrorCode.TOO_LONG, max=RULE_JSON_MAX)

    if changes.get("chosen", current.chosen) and changes.get("status", current.status) is PlanStatus.REJECTED:
        issues.add("chosen", ErrorCode.CHOSEN_PLAN_REJECTED)

    if issues.items:
        return None, issues.items
    steps = refresh_checklist(current.steps, build_checklist(method, codes, council_type))
    plan = replace(
        current,
        method=method,
        council_type=council_type,
        lead_code=lead_code or "",
        participants=participants,
        roles=roles,
        cost_items=cost_items,
        workload_follows_item=follows,
        steps=steps,
        **changes,  # type: ignore[arg-type]
    )
    return plan, []


def plan_to_input(plan: Plan) -> dict[str, object]:
    """The input dict that ``plan_from_input`` turns back into ``plan`` (for re-validation and files)."""
    return {
        "duty_id": plan.duty_id,
        "name": plan.name,
        "notes": plan.notes,
        "method": plan.method.value,
        "council_type": plan.council_type.value if plan.council_type else "",
        "lead_code": plan.lead_code,
        "participants": [{"code": p.code, "role": p.role} for p in plan.participants],
        "roles": [{"initiative": r.initiative, "roles": dict(r.roles)} for r in plan.roles],
        "cost_items": [
            {
                "name": i.name,
                "annual_total_yen": i.annual_total_yen,
                "specific_revenue_yen": i.specific_revenue_yen,
                "rule_json": i.rule_json,
            }
            for i in plan.cost_items
        ],
        "workload_person_years": plan.workload_person_years,
        "workload_follows_item": plan.workload_follows_item or "",
        "workload_rule_json": plan.workload_rule_json,
        "chosen": plan.chosen,
        "status": plan.status.value,
    }


def validate_plan(plan: Plan, *, known_codes: Container[str] | None = None) -> list[ValidationIssue]:
    """Re-check a Plan built in code (services call this before every save)."""
    _, issues = plan_from_input(plan_to_input(plan), base=plan, known_codes=known_codes)
    return issues


# --- choosing among alternatives -------------------------------------------------------------------


def choose_plan(plans: Iterable[Plan], plan_id: int) -> tuple[Plan, ...]:
    """Mark ``plan_id`` as the chosen alternative of its duty and clear the flag on the duty's others.

    A chosen plan that was 不採用 goes back to 検討中. Raises KeyError for an unknown id.
    """
    plans = tuple(plans)
    target = next((p for p in plans if p.id == plan_id), None)
    if target is None:
        raise KeyError(plan_id)
    result = []
    for plan in plans:
        if plan.id == plan_id:
            status = PlanStatus.DRAFT if plan.status is PlanStatus.REJECTED else plan.status
            plan = replace(plan, chosen=True, status=status)
        elif plan.duty_id == target.duty_id and plan.chosen:
            plan = replace(plan, chosen=False)
        result.append(plan)
    return tuple(result)


def validate_choice(plans: Iterable[Plan]) -> list[ValidationIssue]:
    """At most one chosen plan per duty: MULTIPLE_CHOSEN at "chosen" naming the plan ids."""
    chosen: dict[int, list[str]] = {}
    for plan in plans:
        if plan.chosen:
            chosen.setdefault(plan.duty_id, []).append(str(plan.id))
    return [
        ValidationIssue("chosen", ErrorCode.MULTIPLE_CHOSEN, {"value": ", ".join(ids), "duty_id": str(duty)})
        for duty, ids in chosen.items()
        if len(ids) > 1
    ]


# --- comparing alternatives ------------------------------------------------------------------------


@dataclass(frozen=True)
class PartyBurden:
    """What one party pays and carries under a plan (from the sharing engine)."""

    cost_yen: int
    workload_person_years: Decimal = Decimal(0)


# The seam to the sharing engine: given a plan, each party's burden by code. Supplied by the caller
# (services), so this module never imports domain/sharing.py.
BurdenFunction = Callable[[Plan], Mapping[str, PartyBurden]]


@dataclass(frozen=True)
class PlanComparison:
    plan_id: int | None
    name: str
    method: CooperationMethod
    council_type: CouncilType | None
    chosen: bool
    status: PlanStatus
    party_count: int
    lead_code: str
    lead_role: LeadRole
    separate_entity: bool
    authority_effect: AuthorityEffect
    council_resolutions: int  # 議会の議決 needed: one per party, 0 when waived or informal
    approval: ApprovalKind  # 届出 / 許可 / none
    authority: Authority  # 総務大臣 / 都道府県知事 / none
    total_cost_yen: int
    specific_revenue_yen: int
    net_cost_yen: int
    workload_person_years: Decimal
    burdens: Mapping[str, PartyBurden] | None = None  # per party; None until the sharing engine is wired


def compare_plan(plan: Plan, *, burdens: BurdenFunction | None = None) -> PlanComparison:
    profile = plan.profile
    codes = plan.party_codes
    return PlanComparison(
        plan_id=plan.id,
        name=plan.name,
        method=plan.method,
        council_type=plan.council_type,
        chosen=plan.chosen,
        status=plan.status,
        party_count=len(codes),
        lead_code=plan.lead_code,
        lead_role=profile.lead_role,
        separate_entity=profile.separate_entity,
        authority_effect=profile.authority_effect,
        council_resolutions=len(codes) if profile.council_resolution_required else 0,
        approval=profile.approval,
        authority=approval_authority(
            plan.method, prefecture_is_party(codes), spans_prefectures=spans_prefectures(codes)
        ),
        total_cost_yen=plan.total_cost_yen,
        specific_revenue_yen=plan.specific_revenue_yen,
        net_cost_yen=plan.net_cost_yen,
        workload_person_years=plan.workload_person_years,
        burdens=dict(burdens(plan)) if burdens is not None else None,
    )


def compare_plans(
    plans: Iterable[Plan], *, burdens: BurdenFunction | None = None
) -> tuple[PlanComparison, ...]:
    """The alternatives side by side, in the given order (pure: no sharing engine unless ``burdens``)."""
    return tuple(compare_plan(plan, burdens=burdens) for plan in plans)
