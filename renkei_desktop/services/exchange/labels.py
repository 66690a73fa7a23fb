"""The fixed Japanese vocabulary of exchange files: sheet names, column headings, enum labels, units.

These are a file format (docs/exchange.md), not UI text: a file written in an English session must
read the same, so they are plain strings here and never translated. Import also accepts the enum
values themselves (``welfare_health``) and the English names of columns.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from ...domain.agreements import AgreementKind, EventKind
from ...domain.duties import DutyCategory, DutyStatus, Urgency
from ...domain.methods import CooperationMethod, CouncilType
from ...domain.municipalities import StatKind
from ...domain.plans import PlanStatus

# --- sheets (one per kind of record) ----------------------------------------------------------

KIND_DUTIES = "duties"
KIND_PLANS = "plans"
KIND_SHARES = "shares"
KIND_AGREEMENTS = "agreements"
KIND_STATISTICS = "statistics"
KINDS = (KIND_DUTIES, KIND_PLANS, KIND_SHARES, KIND_AGREEMENTS, KIND_STATISTICS)
SHEET_NAMES = {
    KIND_DUTIES: "事務",
    KIND_PLANS: "連携案",
    KIND_SHARES: "負担割合",
    KIND_AGREEMENTS: "協定",
    KIND_STATISTICS: "市町村の統計",
}
# Which kinds the import engine can write (the others are for reading and printing).
IMPORT_TARGETS = (KIND_DUTIES, KIND_STATISTICS)

# --- enum labels --------------------------------------------------------------------------------

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
STATUS = {
    DutyStatus.CONSIDERING: "検討中",
    DutyStatus.NEGOTIATING: "協議中",
    DutyStatus.AGREED: "合意",
    DutyStatus.OPERATING: "運用中",
    DutyStatus.REVIEWING: "見直し",
    DutyStatus.ENDED: "終了",
}
URGENCY = {Urgency.HIGH: "高", Urgency.MEDIUM: "中", Urgency.LOW: "低"}
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
COUNCIL_TYPE = {
    CouncilType.MANAGEMENT_EXECUTION: "管理執行",
    CouncilType.LIAISON: "連絡調整",
    CouncilType.PLANNING: "計画作成",
}
PLAN_STATUS = {
    PlanStatus.DRAFT: "検討中",
    PlanStatus.NEGOTIATING: "協議中",
    PlanStatus.AGREED: "合意",
    PlanStatus.REJECTED: "不採用",
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
EVENT = {
    EventKind.CONSULTATION_START: "協議開始",
    EventKind.COUNCIL_RESOLUTION: "議会議決",
    EventKind.CONCLUSION: "締結",
    EventKind.PUBLIC_NOTICE: "告示",
    EventKind.FILING: "届出/許可",
    EventKind.EFFECTIVE: "施行",
    EventKind.REVIEW_DUE: "見直し期限",
    EventKind.ABOLITION: "廃止",
}
STAT = {
    StatKind.POPULATION: "人口",
    StatKind.ELDERLY_POPULATION: "65歳以上人口",
    StatKind.DAY_NIGHT_RATIO: "昼夜間人口比率",
    StatKind.AREA: "面積",
    StatKind.STAFF: "職員数",
    StatKind.HOUSEHOLDS: "世帯数",
    StatKind.STANDARD_FISCAL_NEED: "基準財政需要額",
    StatKind.FISCAL_STRENGTH: "財政力指数",
    StatKind.COMMUTING_SHARE_TO_METRO: "指定都市・特別区への通勤通学者割合",
}
YES, NO = "○", ""
LIST_SEPARATOR = "、"  # between the items of a list in one cell (専門職, 連携の方法, 参加団体)


def fold(text: object) -> str:
    """The form used to compare labels and headings: NFKC, no spaces, lower case."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(text or ""))).lower()


def enum_lookup(labels: dict) -> dict[str, object]:
    """Folded Japanese label, enum value and enum name → member."""
    table: dict[str, object] = {}
    for member, label in labels.items():
        for key in (label, member.value, member.name):
            table[fold(key)] = member
    return table


# --- units of statistics (the app's unit first, then what files use, with the factor to it) --------

UNIT_LABELS = {
    "persons": "人",
    "households": "世帯",
    "ratio": "比率",
    "km2": "km²",
    "thousand_yen": "千円",
    "percent": "%",
}
# Folded unit text in a heading or cell → (app unit, factor that turns a file value into the app unit)
UNIT_FACTORS: dict[str, tuple[str, Decimal]] = {
    "人": ("persons", Decimal(1)),
    "千人": ("persons", Decimal(1000)),
    "世帯": ("households", Decimal(1)),
    "千世帯": ("households", Decimal(1000)),
    "比率": ("ratio", Decimal(1)),
    "倍": ("ratio", Decimal(1)),
    "ratio": ("ratio", Decimal(1)),
    "%": ("ratio", Decimal("0.01")),
    "％": ("ratio", Decimal("0.01")),
    "km2": ("km2", Decimal(1)),
    "km²": ("km2", Decimal(1)),
    "平方キロメートル": ("km2", Decimal(1)),
    "ha": ("km2", Decimal("0.01")),
    "ヘクタール": ("km2", Decimal("0.01")),
    "千円": ("thousand_yen", Decimal(1)),
    "円": ("thousand_yen", Decimal("0.001")),
    "百万円": ("thousand_yen", Decimal(1000)),
}


def unit_factor(app_unit: str, unit_text: str) -> Decimal | None:
    """The factor from ``unit_text`` (as in a file) to ``app_unit``; None when it does not apply.

    Percent figures (通勤通学者割合) are kept in percent: "%" means 1 there, and a ratio means 100."""
    key = fold(unit_text)
    if not key:
        return Decimal(1)
    if app_unit == "percent":
        if key in ("%", "％", "percent"):
            return Decimal(1)
        if key in ("比率", "ratio"):
            return Decimal(100)
        return None
    found = UNIT_FACTORS.get(key) or UNIT_FACTORS.get(unicodedata.normalize("NFKC", unit_text).strip())
    if found is None or found[0] != app_unit:
        return None
    return found[1]


_UNIT_IN_HEADING = re.compile(r"[【\[(（]\s*([^】\])）]{1,12})\s*[】\])）]\s*$")
_ITEM_CODE = re.compile(r"^#?[A-Z]{0,2}\d{3,8}_")


def split_heading(text: object) -> tuple[str, str]:
    """"A1101_総人口【人】" → ("総人口", "人"); "年間経費（千円）" → ("年間経費", "千円")."""
    heading = unicodedata.normalize("NFKC", str(text or "")).strip()
    heading = _ITEM_CODE.sub("", heading)
    unit = ""
    match = _UNIT_IN_HEADING.search(heading)
    if match and fold(match[1]) in KNOWN_UNITS:  # "(北方地域及び竹島を除く)" is part of the name
        unit = match[1].strip()
        heading = heading[: match.start()].strip()
    return heading, unit


KNOWN_UNITS = {fold(u) for u in (*UNIT_FACTORS, "人工", "人日", "件", "km2", "%", "％", "円", "千円", "百万円")}
