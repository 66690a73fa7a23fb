"""The fixed Japanese vocabulary of exchange files: sheet names, column headings, enum labels, units.

These are a file format (docs/exchange.md), not UI text: a file written in an English session must
read the same, so exchange files always write and read these Japanese values. Import also accepts the
enum values themselves (``welfare_health``) and the English names of columns.

The names of domain values are also the vocabulary of the printed documents, which translate them when
printing (reports/labels.py, context "ReportTerms"); they are marked with a local no-op
``QT_TRANSLATE_NOOP`` so that pyside6-lupdate finds them. The mark changes no value.
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


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Marks ``text`` for translation in ``context`` and returns it unchanged (no Qt in services)."""
    return text


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
    DutyCategory.WELFARE_HEALTH: QT_TRANSLATE_NOOP("ReportTerms", "福祉・保健"),
    DutyCategory.MEDICAL: QT_TRANSLATE_NOOP("ReportTerms", "医療"),
    DutyCategory.CHILDCARE_EDUCATION: QT_TRANSLATE_NOOP("ReportTerms", "子育て・教育"),
    DutyCategory.ENVIRONMENT: QT_TRANSLATE_NOOP("ReportTerms", "環境衛生"),
    DutyCategory.INFRASTRUCTURE: QT_TRANSLATE_NOOP("ReportTerms", "インフラ維持"),
    DutyCategory.DISASTER_FIRE: QT_TRANSLATE_NOOP("ReportTerms", "防災・消防"),
    DutyCategory.PLANNING_PROMOTION: QT_TRANSLATE_NOOP("ReportTerms", "企画・地域振興"),
    DutyCategory.GENERAL_AFFAIRS: QT_TRANSLATE_NOOP("ReportTerms", "総務・人事・税"),
    DutyCategory.INFORMATION: QT_TRANSLATE_NOOP("ReportTerms", "情報化"),
    DutyCategory.OTHER: QT_TRANSLATE_NOOP("ReportTerms", "その他"),
}
STATUS = {
    DutyStatus.CONSIDERING: QT_TRANSLATE_NOOP("ReportTerms", "検討中"),
    DutyStatus.NEGOTIATING: QT_TRANSLATE_NOOP("ReportTerms", "協議中"),
    DutyStatus.AGREED: QT_TRANSLATE_NOOP("ReportTerms", "合意"),
    DutyStatus.OPERATING: QT_TRANSLATE_NOOP("ReportTerms", "運用中"),
    DutyStatus.REVIEWING: QT_TRANSLATE_NOOP("ReportTerms", "見直し"),
    DutyStatus.ENDED: QT_TRANSLATE_NOOP("ReportTerms", "終了"),
}
URGENCY = {
    Urgency.HIGH: QT_TRANSLATE_NOOP("ReportTerms", "高"),
    Urgency.MEDIUM: QT_TRANSLATE_NOOP("ReportTerms", "中"),
    Urgency.LOW: QT_TRANSLATE_NOOP("ReportTerms", "低"),
}
METHOD = {
    CooperationMethod.AGREEMENT: QT_TRANSLATE_NOOP("ReportTerms", "連携協約"),
    CooperationMethod.COUNCIL: QT_TRANSLATE_NOOP("ReportTerms", "協議会"),
    CooperationMethod.JOINT_BODY: QT_TRANSLATE_NOOP("ReportTerms", "機関等の共同設置"),
    CooperationMethod.ENTRUSTMENT: QT_TRANSLATE_NOOP("ReportTerms", "事務の委託"),
    CooperationMethod.SUBSTITUTE_EXECUTION: QT_TRANSLATE_NOOP("ReportTerms", "事務の代替執行"),
    CooperationMethod.PARTIAL_UNION: QT_TRANSLATE_NOOP("ReportTerms", "一部事務組合"),
    CooperationMethod.WIDE_AREA_UNION: QT_TRANSLATE_NOOP("ReportTerms", "広域連合"),
    CooperationMethod.INFORMAL: QT_TRANSLATE_NOOP("ReportTerms", "協定"),
}
COUNCIL_TYPE = {
    CouncilType.MANAGEMENT_EXECUTION: QT_TRANSLATE_NOOP("ReportTerms", "管理執行"),
    CouncilType.LIAISON: QT_TRANSLATE_NOOP("ReportTerms", "連絡調整"),
    CouncilType.PLANNING: QT_TRANSLATE_NOOP("ReportTerms", "計画作成"),
}
PLAN_STATUS = {
    PlanStatus.DRAFT: QT_TRANSLATE_NOOP("ReportTerms", "検討中"),
    PlanStatus.NEGOTIATING: QT_TRANSLATE_NOOP("ReportTerms", "協議中"),
    PlanStatus.AGREED: QT_TRANSLATE_NOOP("ReportTerms", "合意"),
    PlanStatus.REJECTED: QT_TRANSLATE_NOOP("ReportTerms", "不採用"),
}
AGREEMENT_KIND = {
    AgreementKind.COMPACT: QT_TRANSLATE_NOOP("ReportTerms", "連携協約"),
    AgreementKind.RULES_COUNCIL: QT_TRANSLATE_NOOP("ReportTerms", "規約（協議会）"),
    AgreementKind.RULES_JOINT_BODY: QT_TRANSLATE_NOOP("ReportTerms", "規約（機関等の共同設置）"),
    AgreementKind.RULES_ENTRUSTMENT: QT_TRANSLATE_NOOP("ReportTerms", "規約（事務の委託）"),
    AgreementKind.RULES_SUBSTITUTE_EXECUTION: QT_TRANSLATE_NOOP("ReportTerms", "規約（事務の代替執行）"),
    AgreementKind.RULES_PARTIAL_UNION: QT_TRANSLATE_NOOP("ReportTerms", "規約（一部事務組合）"),
    AgreementKind.RULES_WIDE_AREA_UNION: QT_TRANSLATE_NOOP("ReportTerms", "規約（広域連合）"),
    AgreementKind.SETTLEMENT: QT_TRANSLATE_NOOP("ReportTerms", "定住自立圏形成協定"),
    AgreementKind.INFORMAL: QT_TRANSLATE_NOOP("ReportTerms", "協定"),
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
