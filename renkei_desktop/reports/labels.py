"""Words and number formats of the printed documents.

A 会議資料 or an agreement draft is a Japanese official document whatever the UI language, so these
names are document content (like the clause texts of domain/agreements.py), not UI strings; they use
the terms of DOMAIN.md exactly as the UI does (ui/texts.py, ui/plan_texts.py, ui/agreement_texts.py).
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from ..domain.agreements import AgreementKind, ReviewReason
from ..domain.duties import DutyCategory, DutyStatus, Urgency
from ..domain.methods import ApprovalKind, Authority, CooperationMethod, CouncilType, LeadRole, MemberRole
from ..domain.municipalities import Municipality, MunicipalityKind
from ..domain.plans import PlanStatus
from ..domain.procedures import StepKind, StepStatus
from ..domain.wareki import format_wareki

UNIT_THOUSAND_YEN = "（単位:千円）"
ROUNDING_NOTE = "単位:千円、表示単位未満四捨五入のため合計が一致しない場合がある。"
DASH = "―"

METHOD = {
    CooperationMethod.AGREEMENT: "連携協約",
    CooperationMethod.COUNCIL: "協議会",
    CooperationMethod.JOINT_BODY: "機関等の共同設置",
    CooperationMethod.ENTRUSTMENT: "事務の委託",
    CooperationMethod.SUBSTITUTE_EXECUTION: "事務の代替執行",
    CooperationMethod.PARTIAL_UNION: "一部事務組合",
    CooperationMethod.WIDE_AREA_UNION: "広域連合",
    CooperationMethod.INFORMAL: "協定",
}

CATEGORY = {
    DutyCategory.WELFARE_HEALTH: "福祉・保健",
    DutyCategory.MEDICAL: "医療",
    DutyCategory.CHILDCARE_EDUCATION: "子育て・教育",
    DutyCategory.ENVIRONMENT: "環境衛生",
    DutyCategory.INFRASTRUCTURE: "インフラ維持",
    DutyCategory.DISASTER_FIRE: "防災・消防",
    DutyCategory.PLANNING_PROMOTION: "企画・地域振興",
    DutyCategory.GENERAL_AFFAIRS: "総務・人事・税",
    DutyCategory.INFORMATION: "情報化",
    DutyCategory.OTHER: "その他",
}

DUTY_STATUS = {
    DutyStatus.CONSIDERING: "検討中",
    DutyStatus.NEGOTIATING: "協議中",
    DutyStatus.AGREED: "合意",
    DutyStatus.OPERATING: "運用中",
    DutyStatus.REVIEWING: "見直し",
    DutyStatus.ENDED: "終了",
}

URGENCY = {Urgency.HIGH: "高", Urgency.MEDIUM: "中", Urgency.LOW: "低"}

PLAN_STATUS = {
    PlanStatus.DRAFT: "検討中",
    PlanStatus.NEGOTIATING: "協議中",
    PlanStatus.AGREED: "合意",
    PlanStatus.REJECTED: "不採用",
}

COUNCIL_TYPE = {
    CouncilType.MANAGEMENT_EXECUTION: "管理執行",
    CouncilType.LIAISON: "連絡調整",
    CouncilType.PLANNING: "計画作成",
}

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

AGREEMENT_KIND = {
    AgreementKind.COMPACT: "連携協約",
    AgreementKind.RULES_COUNCIL: "規約（協議会）",
    AgreementKind.RULES_JOINT_BODY: "規約（機関等の共同設置）",
    AgreementKind.RULES_ENTRUSTMENT: "規約（事務の委託）",
    AgreementKind.RULES_SUBSTITUTE_EXECUTION: "規約（事務の代替執行）",
    AgreementKind.RULES_PARTIAL_UNION: "規約（一部事務組合）",
    AgreementKind.RULES_WIDE_AREA_UNION: "規約（広域連合）",
    AgreementKind.SETTLEMENT: "定住自立圏形成協定",
    AgreementKind.INFORMAL: "協定",
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
