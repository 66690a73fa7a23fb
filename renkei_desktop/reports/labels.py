"""Words and number formats of the printed documents.

A 会議資料 or an agreement draft is a Japanese official document whatever the UI language, so these
names are document content (like the clause texts of domain/agreements.py), not UI strings; they use
the terms of DOMAIN.md exactly as the UI does (ui/texts.py, ui/plan_texts.py, ui/agreement_texts.py).
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from ..domain.agreements import ReviewReason
from ..domain.methods import ApprovalKind, Authority, LeadRole, MemberRole
from ..domain.municipalities import Municipality, MunicipalityKind
from ..domain.procedures import StepKind, StepStatus
from ..domain.wareki import format_wareki

# The official names of domain values, shared with the exchange files (one vocabulary for every
# document the town hands out). Re-exported: the builders read them as labels.METHOD etc.
from ..services.exchange.labels import AGREEMENT_KIND as AGREEMENT_KIND
from ..services.exchange.labels import CATEGORY as CATEGORY
from ..services.exchange.labels import COUNCIL_TYPE as COUNCIL_TYPE
from ..services.exchange.labels import METHOD as METHOD
from ..services.exchange.labels import PLAN_STATUS as PLAN_STATUS
from ..services.exchange.labels import STATUS as DUTY_STATUS  # noqa: F401
from ..services.exchange.labels import URGENCY as URGENCY

UNIT_THOUSAND_YEN = "（単位:千円）"
ROUNDING_NOTE = "単位:千円、表示単位未満四捨五入のため合計が一致しない場合がある。"
DASH = "―"

LEAD_ROLE = {
    LeadRole.REPRESENTATIVE: "代表団体",
    LeadRole.COORDINATOR: "幹事団体",
    LeadRole.TRUSTEE: "受託団体",
    LeadRole.SUBSTITUTE: "代替執行団体",
}

MEMBER_ROLE = {
    MemberRole.PARTNER: "連携団体",
    MemberRole.MEMBER: "構成団体",
    MemberRole.ENTRUSTING: "委託団体",
    MemberRole.REQUESTING: "要請団体",
}

APPROVAL = {ApprovalKind.NOTIFICATION: "届出", ApprovalKind.PERMISSION: "許可", ApprovalKind.NONE: "不要"}
AUTHORITY = {Authority.MINISTER: "総務大臣", Authority.GOVERNOR: "都道府県知事", Authority.NONE: ""}

STEP_KIND = {
    StepKind.CONSULTATION: "協議",
    StepKind.COMPACT_DRAFT: "協約案の作成",
    StepKind.RULES_DRAFT: "規約案の作成",
    StepKind.COUNCIL_RESOLUTION: "議会の議決",
    StepKind.CONCLUSION: "締結",
    StepKind.PERMISSION: "許可",
    StepKind.PUBLIC_NOTICE: "告示",
    StepKind.NOTIFICATION: "届出",
}

STEP_STATUS = {
    StepStatus.NOT_STARTED: "未着手",
    StepStatus.IN_PROGRESS: "進行中",
    StepStatus.DONE: "完了",
    StepStatus.NOT_REQUIRED: "不要",
}

REVIEW_REASON = {ReviewReason.REVIEW_DEADLINE: "見直し期限", ReviewReason.TERM_END: "期間満了"}

# The head of each kind of body, for signature lines (飯田市長, 長野県知事 …).
HEAD_TITLE = {
    MunicipalityKind.PREFECTURE: "知事",
    MunicipalityKind.DESIGNATED_CITY: "長",
    MunicipalityKind.CORE_CITY: "長",
    MunicipalityKind.CITY: "長",
    MunicipalityKind.TOWN: "長",
    MunicipalityKind.VILLAGE: "長",
    MunicipalityKind.SPECIAL_WARD: "長",
}


def head_of(municipality: Municipality | None, fallback: str) -> str:
    """飯田市長, 天龍村長, 長野県知事: the title a signature line names."""
    if municipality is None:
        return f"{fallback}の長"
    return municipality.name + HEAD_TITLE[municipality.kind]


def thousand_yen(yen: int) -> str:
    """Whole 千円 with separators, rounded half up; negatives with △ (as printed budgets do)."""
    value = int((Decimal(yen) / 1000).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    text = f"{abs(value):,}"
    return f"△{text}" if value < 0 else text


def person_years(value: Decimal | int) -> str:
    """人工 to two decimals; negatives with △."""
    amount = Decimal(value).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    text = f"{abs(amount):,.2f}"
    return f"△{text}" if amount < 0 else text


def percent(value: Decimal | None) -> str:
    return DASH if value is None else f"{value:.2f}%"


def wareki(day: date | None) -> str:
    return format_wareki(day) if day is not None else DASH


def join_and(items: list[str]) -> str:
    """「甲及び乙」, 「甲、乙及び丙」."""
    if len(items) <= 1:
        return "".join(items)
    return "、".join(items[:-1]) + "及び" + items[-1]
