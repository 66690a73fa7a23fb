"""Every user-visible name and message for domain values and error codes, through Qt translation."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain.duties import DutyCategory, DutyStatus, Urgency
from ..domain.errors import ErrorCode, StorageError, StorageErrorCode, ValidationIssue
from ..domain.methods import CooperationMethod
from ..domain.municipalities import MunicipalityKind, StatKind

CTX = "Texts"


def tr(source: str) -> str:
    return QCoreApplication.translate(CTX, source)


CATEGORY = {
    DutyCategory.WELFARE_HEALTH: QT_TRANSLATE_NOOP("Texts", "福祉・保健"),
    DutyCategory.MEDICAL: QT_TRANSLATE_NOOP("Texts", "医療"),
    DutyCategory.CHILDCARE_EDUCATION: QT_TRANSLATE_NOOP("Texts", "子育て・教育"),
    DutyCategory.ENVIRONMENT: QT_TRANSLATE_NOOP("Texts", "環境衛生"),
    DutyCategory.INFRASTRUCTURE: QT_TRANSLATE_NOOP("Texts", "インフラ維持"),
    DutyCategory.DISASTER_FIRE: QT_TRANSLATE_NOOP("Texts", "防災・消防"),
    DutyCategory.PLANNING_PROMOTION: QT_TRANSLATE_NOOP("Texts", "企画・地域振興"),
    DutyCategory.GENERAL_AFFAIRS: QT_TRANSLATE_NOOP("Texts", "総務・人事・税"),
    DutyCategory.INFORMATION: QT_TRANSLATE_NOOP("Texts", "情報化"),
    DutyCategory.OTHER: QT_TRANSLATE_NOOP("Texts", "その他"),
}

STATUS = {
    DutyStatus.CONSIDERING: QT_TRANSLATE_NOOP("Texts", "検討中"),
    DutyStatus.NEGOTIATING: QT_TRANSLATE_NOOP("Texts", "協議中"),
    DutyStatus.AGREED: QT_TRANSLATE_NOOP("Texts", "合意"),
    DutyStatus.OPERATING: QT_TRANSLATE_NOOP("Texts", "運用中"),
    DutyStatus.REVIEWING: QT_TRANSLATE_NOOP("Texts", "見直し"),
    DutyStatus.ENDED: QT_TRANSLATE_NOOP("Texts", "終了"),
}

URGENCY = {
    Urgency.HIGH: QT_TRANSLATE_NOOP("Texts", "高"),
    Urgency.MEDIUM: QT_TRANSLATE_NOOP("Texts", "中"),
    Urgency.LOW: QT_TRANSLATE_NOOP("Texts", "低"),
}

KIND = {
    MunicipalityKind.PREFECTURE: QT_TRANSLATE_NOOP("Texts", "都道府県"),
    MunicipalityKind.DESIGNATED_CITY: QT_TRANSLATE_NOOP("Texts", "指定都市"),
    MunicipalityKind.CORE_CITY: QT_TRANSLATE_NOOP("Texts", "中核市"),
    MunicipalityKind.CITY: QT_TRANSLATE_NOOP("Texts", "市"),
    MunicipalityKind.TOWN: QT_TRANSLATE_NOOP("Texts", "町"),
    MunicipalityKind.VILLAGE: QT_TRANSLATE_NOOP("Texts", "村"),
    MunicipalityKind.SPECIAL_WARD: QT_TRANSLATE_NOOP("Texts", "特別区"),
}

STAT = {
    StatKind.POPULATION: QT_TRANSLATE_NOOP("Texts", "人口"),
    StatKind.ELDERLY_POPULATION: QT_TRANSLATE_NOOP("Texts", "65歳以上人口"),
    StatKind.DAY_NIGHT_RATIO: QT_TRANSLATE_NOOP("Texts", "昼夜間人口比率"),
    StatKind.AREA: QT_TRANSLATE_NOOP("Texts", "面積（km²）"),
    StatKind.STAFF: QT_TRANSLATE_NOOP("Texts", "職員数"),
    StatKind.HOUSEHOLDS: QT_TRANSLATE_NOOP("Texts", "世帯数"),
    StatKind.STANDARD_FISCAL_NEED: QT_TRANSLATE_NOOP("Texts", "基準財政需要額（千円）"),
    StatKind.FISCAL_STRENGTH: QT_TRANSLATE_NOOP("Texts", "財政力指数"),
    StatKind.COMMUTING_SHARE_TO_METRO: QT_TRANSLATE_NOOP("Texts", "指定都市・特別区への通勤通学者割合（%）"),
}

METHOD = {
    CooperationMethod.AGREEMENT: QT_TRANSLATE_NOOP("Texts", "連携協約"),
    CooperationMethod.COUNCIL: QT_TRANSLATE_NOOP("Texts", "協議会"),
    CooperationMethod.JOINT_BODY: QT_TRANSLATE_NOOP("Texts", "機関等の共同設置"),
    CooperationMethod.ENTRUSTMENT: QT_TRANSLATE_NOOP("Texts", "事務の委託"),
    CooperationMethod.SUBSTITUTE_EXECUTION: QT_TRANSLATE_NOOP("Texts", "事務の代替執行"),
    CooperationMethod.PARTIAL_UNION: QT_TRANSLATE_NOOP("Texts", "一部事務組合"),
    CooperationMethod.WIDE_AREA_UNION: QT_TRANSLATE_NOOP("Texts", "広域連合"),
    CooperationMethod.INFORMAL: QT_TRANSLATE_NOOP("Texts", "協定"),
}

FIELD = {
    "name": QT_TRANSLATE_NOOP("Texts", "事務名"),
    "kana": QT_TRANSLATE_NOOP("Texts", "よみがな"),
    "category": QT_TRANSLATE_NOOP("Texts", "分野"),
    "description": QT_TRANSLATE_NOOP("Texts", "概要"),
    "legal_basis": QT_TRANSLATE_NOOP("Texts", "根拠法令"),
    "workload_person_years": QT_TRANSLATE_NOOP("Texts", "年間業務量（人工）"),
    "workload_person_days": QT_TRANSLATE_NOOP("Texts", "年間業務量（人日）"),
    "annual_cost_thousand_yen": QT_TRANSLATE_NOOP("Texts", "年間経費（千円）"),
    "annual_cost_yen": QT_TRANSLATE_NOOP("Texts", "年間経費（円）"),
    "expertise": QT_TRANSLATE_NOOP("Texts", "必要な専門職"),
    "current_staff": QT_TRANSLATE_NOOP("Texts", "現在の担当職員数"),
    "staffing_gap": QT_TRANSLATE_NOOP("Texts", "不足人数"),
    "urgency": QT_TRANSLATE_NOOP("Texts", "緊急度"),
    "status": QT_TRANSLATE_NOOP("Texts", "状況"),
    "department": QT_TRANSLATE_NOOP("Texts", "担当課"),
    "notes": QT_TRANSLATE_NOOP("Texts", "備考"),
    "owner_code": QT_TRANSLATE_NOOP("Texts", "自治体"),
    "home_code": QT_TRANSLATE_NOOP("Texts", "自治体"),
    "user_name": QT_TRANSLATE_NOOP("Texts", "氏名"),
    "municipality_code": QT_TRANSLATE_NOOP("Texts", "全国地方公共団体コード"),
    "kind": QT_TRANSLATE_NOOP("Texts", "項目"),
    "value": QT_TRANSLATE_NOOP("Texts", "値"),
    "reference_date": QT_TRANSLATE_NOOP("Texts", "基準日"),
    "source": QT_TRANSLATE_NOOP("Texts", "出典"),
    "id": QT_TRANSLATE_NOOP("Texts", "番号"),
}

ERROR = {
    ErrorCode.REQUIRED: QT_TRANSLATE_NOOP("Texts", "{field}を入力してください。"),
    ErrorCode.TOO_LONG: QT_TRANSLATE_NOOP("Texts", "{field}は{max}文字以内で入力してください。"),
    ErrorCode.NOT_A_NUMBER: QT_TRANSLATE_NOOP("Texts", "{field}は数値で入力してください（入力値: {value}）。"),
    ErrorCode.NEGATIVE: QT_TRANSLATE_NOOP("Texts", "{field}に負の値は入力できません（入力値: {value}）。"),
    ErrorCode.TOO_LARGE: QT_TRANSLATE_NOOP("Texts", "{field}が大きすぎます（上限: {max}）。"),
    ErrorCode.TOO_PRECISE: QT_TRANSLATE_NOOP("Texts", "{field}は小数点以下{places}桁までで入力してください（入力値: {value}）。"),
    ErrorCode.NOT_AN_INTEGER: QT_TRANSLATE_NOOP("Texts", "{field}は整数で入力してください（入力値: {value}）。"),
    ErrorCode.BAD_DATE: QT_TRANSLATE_NOOP("Texts", "{field}の日付の形式が正しくありません（入力値: {value}）。例: 2024-04-01、令和6年4月1日"),
    ErrorCode.BAD_CODE_FORMAT: QT_TRANSLATE_NOOP("Texts", "{field}は6桁（または5桁）の数字で入力してください（入力値: {value}）。"),
    ErrorCode.BAD_CHECK_DIGIT: QT_TRANSLATE_NOOP("Texts", "{field}の検査数字が一致しません（入力値: {value}）。コードを確認してください。"),
    ErrorCode.UNKNOWN_CHOICE: QT_TRANSLATE_NOOP("Texts", "{field}の値「{value}」は選択肢にありません。"),
    ErrorCode.UNKNOWN_MUNICIPALITY: QT_TRANSLATE_NOOP("Texts", "{field}: コード {value} の自治体が見つかりません。"),
    ErrorCode.NOT_FOUND: QT_TRANSLATE_NOOP("Texts", "対象のデータ（{field} {value}）が見つかりません。ほかの操作で削除された可能性があります。"),
}  # fmt: skip

STORAGE_ERROR = {
    StorageErrorCode.NOT_A_DATABASE: QT_TRANSLATE_NOOP("Texts", "ファイル「{path}」はデータベースではありません。ファイルは変更していません。"),
    StorageErrorCode.NOT_RENKEI: QT_TRANSLATE_NOOP("Texts", "ファイル「{path}」は広域連携デスクのデータベースではありません（ほかのアプリのファイルです）。ファイルは変更していません。"),
    StorageErrorCode.TOO_NEW: QT_TRANSLATE_NOOP("Texts", "データベース「{path}」は新しいバージョンの広域連携デスクで作成されています。アプリを更新してから開いてください。ファイルは変更していません。"),
    StorageErrorCode.CORRUPT: QT_TRANSLATE_NOOP("Texts", "データベース「{path}」が壊れているため開けません。バックアップから復元してください。ファイルは変更していません。"),
    StorageErrorCode.CANNOT_OPEN: QT_TRANSLATE_NOOP("Texts", "データベース「{path}」を開けません。フォルダーの場所と書き込み権限を確認してください。（{detail}）"),
}  # fmt: skip


def category_name(value: DutyCategory) -> str:
    return tr(CATEGORY[value])


def status_name(value: DutyStatus) -> str:
    return tr(STATUS[value])


def urgency_name(value: Urgency) -> str:
    return tr(URGENCY[value])


def kind_name(value: MunicipalityKind) -> str:
    return tr(KIND[value])


def stat_name(value: StatKind) -> str:
    return tr(STAT[value])


def method_name(value: CooperationMethod) -> str:
    return tr(METHOD[value])


def field_name(field: str) -> str:
    source = FIELD.get(field)
    return tr(source) if source else field


def issue_text(issue: ValidationIssue) -> str:
    params = {"field": field_name(issue.field), "value": "", "max": "", "places": ""}
    params.update(issue.params)
    return tr(ERROR[issue.code]).format(**params)


def storage_error_text(error: StorageError) -> str:
    return tr(STORAGE_ERROR[error.code]).format(path=error.path, detail=error.detail)


def thousand_yen(yen: int) -> str:
    """Whole 千円 with separators, negatives with △ (as printed budgets do)."""
    value = int((Decimal(yen) / 1000).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    text = f"{abs(value):,}"
    return f"△{text}" if value < 0 else text
