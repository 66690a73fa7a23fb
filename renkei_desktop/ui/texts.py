"""Every user-visible name and message for domain values and error codes, through Qt translation.

Dates and brackets follow the language the UI is shown in (``language()``), as the printed documents
(reports/labels.py) and the charts (charts/texts.py) do: the Japanese UI writes the 和暦 (令和7年4月1日) and
full-width brackets (議会の議決（天龍村）), the English UI the Gregorian date in English (1 April 2025; an era
year means nothing to most English readers) and ASCII brackets (Council resolution (天龍村)).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain.duties import DutyCategory, DutyStatus, Urgency
from ..domain.errors import ErrorCode, StorageError, StorageErrorCode, ValidationIssue
from ..domain.methods import CooperationMethod
from ..domain.municipalities import MunicipalityKind, StatKind
from ..domain.plans import party_letter as domain_party_letter
from ..domain.wareki import format_gregorian, format_wareki

CTX = "Texts"


def tr(source: str) -> str:
    return QCoreApplication.translate(CTX, source)


#: Not shown. The name of the language in that language, e.g. English: tells the UI which language it is
#: shown in (the Japanese UI writes dates in 和暦, others in the Gregorian calendar).
LANGUAGE = QT_TRANSLATE_NOOP("Texts", "日本語")


def language() -> str:
    """The language the UI is shown in now: "ja" while the Japanese source text is shown, else "en".

    Told by a word every translation translates, as charts/texts.py ``language()`` tells the charts':
    日本語, the language's own name. Decides how dates are written."""
    return "ja" if tr(LANGUAGE) == LANGUAGE else "en"


def date_text(day: date) -> str:
    """A date as the UI shows it: 令和7年4月1日 in Japanese (2024-04-01 before 昭和, which has no era of
    ours), 1 April 2025 in English, as the English documents and charts write it."""
    if language() != "ja":
        return format_gregorian(day)
    try:
        return format_wareki(day)
    except ValueError:
        return day.isoformat()


def fit_date_field(edit) -> None:  # noqa: ANN001 - a QLineEdit (this module knows no widgets)
    """At least as wide as any date the UI writes, with room for the frame and the cursor: 28 September
    2028 in English is longer than the 令和10年12月28日 the fields were made for. A Japanese field keeps its
    usual width (its size hint is wider). Call again when the font changes (zoom)."""
    metrics = edit.fontMetrics()
    widest = max(metrics.horizontalAdvance(date_text(date(2028, month, 28))) for month in range(1, 13))
    edit.setMinimumWidth(widest + metrics.horizontalAdvance("0"))


def bracketed(text: str, note: str) -> str:
    """議会の議決（天龍村） in Japanese; Council resolution (天龍村) in English."""
    return QCoreApplication.translate("Texts", "{0}（{1}）").format(text, note)


#: Between the items of a list: 飯田市、天龍村 in Japanese; 飯田市, 天龍村 in English.
LIST_SEPARATOR = QT_TRANSLATE_NOOP("Texts", "、")


def join(items: Iterable[str]) -> str:
    """The items of a list in one line: 「甲 飯田市、乙 天龍村」 in Japanese, "Party A 飯田市, Party B 天龍村"
    in English. Only how the UI shows a list: recorded names are stored and exchanged as they are."""
    return tr(LIST_SEPARATOR).join(items)


def numbered(label: str, number: int) -> str:
    """費用項目2 in Japanese; Cost item 2 in English."""
    return QCoreApplication.translate("Texts", "{0}{1}").format(label, number)


def field_path(parts: Iterable[str]) -> str:
    """The parts of a field's name, outermost first: 費用項目2 の 年間総額 in Japanese; Cost item 2: annual
    total in English."""
    text = ""
    for part in parts:
        text = QCoreApplication.translate("Texts", "{0} の {1}").format(text, part) if text else part
    return text


# The parties of a plan or an agreement: 甲, 乙, 丙 … as real agreements name them (domain/plans.py
# PARTY_LETTERS, kept in the records and the exchange files); Party A, Party B … in English, as the English
# documents write them (reports/labels.py).
PARTY_LETTER = {
    "甲": QT_TRANSLATE_NOOP("Texts", "甲"),
    "乙": QT_TRANSLATE_NOOP("Texts", "乙"),
    "丙": QT_TRANSLATE_NOOP("Texts", "丙"),
    "丁": QT_TRANSLATE_NOOP("Texts", "丁"),
    "戊": QT_TRANSLATE_NOOP("Texts", "戊"),
    "己": QT_TRANSLATE_NOOP("Texts", "己"),
    "庚": QT_TRANSLATE_NOOP("Texts", "庚"),
    "辛": QT_TRANSLATE_NOOP("Texts", "辛"),
    "壬": QT_TRANSLATE_NOOP("Texts", "壬"),
    "癸": QT_TRANSLATE_NOOP("Texts", "癸"),
}


def party_letter(letter: str) -> str:
    """A party's letter as recorded (甲, 乙 …; 甲2 for the 11th party) in the UI's language: 甲 in
    Japanese, Party A in English (Party A2 for 甲2, as the English documents write it)."""
    source = PARTY_LETTER.get(letter[:1])
    return tr(source) + letter[1:] if source else letter


def party_letter_at(index: int) -> str:
    """The letter of the party at ``index`` (0: 甲 / Party A) in the UI's language."""
    return party_letter(domain_party_letter(index))


def party_label(letter: str, name: str) -> str:
    """「甲 飯田市」 in Japanese; "Party A 飯田市" in English (``letter`` as recorded: 甲, 乙 …)."""
    return f"{party_letter(letter)} {name}".strip()


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
    "annual_total_yen": QT_TRANSLATE_NOOP("Texts", "年間総額"),
    "specific_revenue_yen": QT_TRANSLATE_NOOP("Texts", "特定財源"),
    "lead_code": QT_TRANSLATE_NOOP("Texts", "幹事（代表）団体"),
    "method": QT_TRANSLATE_NOOP("Texts", "連携の方法"),
    "title": QT_TRANSLATE_NOOP("Texts", "名称"),
    "date": QT_TRANSLATE_NOOP("Texts", "日付"),
    "weight": QT_TRANSLATE_NOOP("Texts", "割合"),
    "chosen": QT_TRANSLATE_NOOP("Texts", "採用"),
    "duty_id": QT_TRANSLATE_NOOP("Texts", "事務"),
    "plan_id": QT_TRANSLATE_NOOP("Texts", "連携案"),
    # Named for the audit log and the conflict dialog (they list every field of a duty).
    "typical_methods": QT_TRANSLATE_NOOP("Texts", "主な連携の方法"),
    "template_key": QT_TRANSLATE_NOOP("Texts", "元にしたテンプレート"),
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
    ErrorCode.WEIGHTS_NOT_100: QT_TRANSLATE_NOOP("Texts", "{field}: 配分割合の合計が100%になっていません（合計 {sum}%）。"),
    ErrorCode.WEIGHT_NOT_POSITIVE: QT_TRANSLATE_NOOP("Texts", "{field}: 配分割合は0より大きい値にしてください（入力値: {value}）。"),
    ErrorCode.DUPLICATE_COMPONENT: QT_TRANSLATE_NOOP("Texts", "{field}: 同じ配分基準（{basis}）が重複しています。"),
    ErrorCode.MISSING_BASE_FIGURE: QT_TRANSLATE_NOOP("Texts", "{field}: {party} の基礎数値（{basis}）がありません。市町村のページで入力するか取り込んでください。"),
    ErrorCode.NEGATIVE_AMOUNT: QT_TRANSLATE_NOOP("Texts", "{field}に負の金額は入力できません（入力値: {value}）。"),
    ErrorCode.UNKNOWN_PARTY: QT_TRANSLATE_NOOP("Texts", "{field}: {party} はこの案の参加団体ではありません。"),
    ErrorCode.DUPLICATE_PARTY: QT_TRANSLATE_NOOP("Texts", "{field}: {party} が重複しています。"),
    ErrorCode.NO_PARTIES: QT_TRANSLATE_NOOP("Texts", "{field}: 参加団体がありません。"),
    ErrorCode.ZERO_BASE: QT_TRANSLATE_NOOP("Texts", "{field}: すべての団体の基礎数値（{basis}）が0のため配分できません。"),
    ErrorCode.HOST_NOT_A_PARTY: QT_TRANSLATE_NOOP("Texts", "{field}: 所在地団体 {party} が参加団体に含まれていません。"),
    ErrorCode.LEAD_NOT_A_PARTY: QT_TRANSLATE_NOOP("Texts", "{field}: 幹事（代表）団体 {party} が参加団体に含まれていません。"),
    ErrorCode.AGREED_NOT_100: QT_TRANSLATE_NOOP("Texts", "{field}: 協議による負担割合の合計が100%になっていません（合計 {sum}%）。"),
    ErrorCode.FIXED_EXCEEDS_TOTAL: QT_TRANSLATE_NOOP("Texts", "{field}: 定額負担の合計（{fixed}円）が配分対象額（{net}円）を超えています。"),
    ErrorCode.FIXED_NOT_EQUAL_TOTAL: QT_TRANSLATE_NOOP("Texts", "{field}: 定額負担の合計（{fixed}円）が配分対象額（{net}円）と一致しません。"),
    ErrorCode.REVENUES_EXCEED_TOTAL: QT_TRANSLATE_NOOP("Texts", "{field}: 特定財源（{revenues}円）が総額（{total}円）を超えています。"),
    ErrorCode.NOT_APPLICABLE: QT_TRANSLATE_NOOP("Texts", "{field}: この配分基準（{basis}）はここでは使えません。"),
    ErrorCode.BAD_JSON: QT_TRANSLATE_NOOP("Texts", "JSONの形式が正しくありません（{line}行 {column}列: {detail}）。"),
    ErrorCode.DUPLICATE_KEY: QT_TRANSLATE_NOOP("Texts", "{field}: 項目「{key}」が重複しています。"),
    ErrorCode.UNKNOWN_FIELD: QT_TRANSLATE_NOOP("Texts", "{field}: 使えない項目です（使える項目: {allowed}）。"),
    ErrorCode.WRONG_TYPE: QT_TRANSLATE_NOOP("Texts", "{field}: 値の種類が違います（{expected}）。"),
    ErrorCode.UNSUPPORTED_FORMAT: QT_TRANSLATE_NOOP("Texts", "{field}: 形式「{value}」には対応していません（対応: {supported}）。"),
    ErrorCode.TOO_FEW_PARTIES: QT_TRANSLATE_NOOP("Texts", "{field}: 参加団体が足りません（{min}団体以上、現在 {count}団体）。"),
    ErrorCode.TOO_MANY_PARTIES: QT_TRANSLATE_NOOP("Texts", "{field}: 参加団体が多すぎます（{max}団体まで、現在 {count}団体）。"),
    ErrorCode.DUPLICATE: QT_TRANSLATE_NOOP("Texts", "{field}: 「{value}」が重複しています。"),
    ErrorCode.DATE_OUT_OF_ORDER: QT_TRANSLATE_NOOP("Texts", "{field}: {event}の日付（{date}）が{previous_event}の日付（{previous_date}）より前になっています。"),
    ErrorCode.MEETINGS_TOO_RARE: QT_TRANSLATE_NOOP("Texts", "{field}: 連絡会議は年{min}回以上開催する必要があります（入力値: {value}）。"),
    ErrorCode.CHOSEN_PLAN_REJECTED: QT_TRANSLATE_NOOP("Texts", "{field}: 採用した案を「不採用」にはできません。"),
    ErrorCode.MULTIPLE_CHOSEN: QT_TRANSLATE_NOOP("Texts", "{field}: 一つの事務で採用できる案は一つだけです（案: {value}）。"),
    ErrorCode.HAS_PLANS: QT_TRANSLATE_NOOP("Texts", "事務「{value}」には連携案が{count}件あるため削除できません。先に連携案を削除してください。"),
}  # fmt: skip

# Collections in field paths such as "cost_items[1].annual_total_yen"
PATH_PART = {
    "participants": QT_TRANSLATE_NOOP("Texts", "参加団体"),
    "parties": QT_TRANSLATE_NOOP("Texts", "当事者"),
    "cost_items": QT_TRANSLATE_NOOP("Texts", "費用項目"),
    "items": QT_TRANSLATE_NOOP("Texts", "費用項目"),
    "roles": QT_TRANSLATE_NOOP("Texts", "役割分担"),
    "events": QT_TRANSLATE_NOOP("Texts", "経過"),
    "steps": QT_TRANSLATE_NOOP("Texts", "手続"),
    "components": QT_TRANSLATE_NOOP("Texts", "配分基準"),
    "facilities": QT_TRANSLATE_NOOP("Texts", "施設"),
    "usages": QT_TRANSLATE_NOOP("Texts", "利用実績"),
}

STORAGE_ERROR = {
    StorageErrorCode.NOT_A_DATABASE: QT_TRANSLATE_NOOP("Texts", "ファイル「{path}」はデータベースではありません。ファイルは変更していません。"),
    StorageErrorCode.NOT_RENKEI: QT_TRANSLATE_NOOP("Texts", "ファイル「{path}」は広域連携デスクのデータベースではありません（ほかのアプリのファイルです）。ファイルは変更していません。"),
    StorageErrorCode.TOO_NEW: QT_TRANSLATE_NOOP("Texts", "データベース「{path}」は新しいバージョンの広域連携デスクで作成されています。アプリを更新してから開いてください。ファイルは変更していません。"),
    StorageErrorCode.CORRUPT: QT_TRANSLATE_NOOP("Texts", "データベース「{path}」が壊れているため開けません。バックアップから復元してください。ファイルは変更していません。"),
    StorageErrorCode.CANNOT_OPEN: QT_TRANSLATE_NOOP("Texts", "データベース「{path}」を開けません。フォルダーの場所と書き込み権限を確認してください。（{detail}）"),
    # Environment tier: what happened, that nothing was lost, and what to do.
    StorageErrorCode.DISK_FULL: QT_TRANSLATE_NOOP("Texts", "ディスクの空き容量が足りないため、保存できませんでした（保存先: {path}）。保存済みのデータは変更されていません。不要なファイルを削除するなどして空き容量を確保してから、もう一度保存してください。"),
    StorageErrorCode.READ_ONLY: QT_TRANSLATE_NOOP("Texts", "「{path}」が読み取り専用になっているため、保存できませんでした。保存済みのデータは変更されていません。ファイルのプロパティで「読み取り専用」を外すか、書き込みできる場所にコピーして開き直してください。"),
    StorageErrorCode.NO_PERMISSION: QT_TRANSLATE_NOOP("Texts", "「{path}」に書き込む権限がないため、保存できませんでした。保存済みのデータは変更されていません。このファイルとフォルダーへの書き込み権限を情報担当に確認してください。"),
    StorageErrorCode.BUSY: QT_TRANSLATE_NOOP("Texts", "データベース「{path}」をほかのプログラムが使用中のため、処理を完了できませんでした。保存済みのデータは変更されていません。しばらく待ってから、もう一度操作してください。"),
    StorageErrorCode.IO_ERROR: QT_TRANSLATE_NOOP("Texts", "「{path}」の読み書きに失敗しました（{detail}）。保存済みのデータは変更されていません。ネットワークドライブやUSBメモリーの接続を確認してから、もう一度操作してください。"),
    StorageErrorCode.HELD_BY_OTHER: QT_TRANSLATE_NOOP("Texts", "データベース「{path}」はほかの人が使用中です（{detail}）。書き込む操作はできません。使用中の人がアプリを終了してから、もう一度実行してください。"),
    StorageErrorCode.READ_ONLY_MODE: QT_TRANSLATE_NOOP("Texts", "読み取り専用で開いているため、変更は保存できません。編集するには、使用中の人がアプリを終了してから「編集を再開」を押してください。"),
    StorageErrorCode.NEEDS_WRITE: QT_TRANSLATE_NOOP("Texts", "データベース「{path}」は作成または更新が必要なため、読み取り専用では開けません。使用中の人がアプリを終了してから開いてください。"),
}  # fmt: skip

# Codes of the environment tier: a message saying what to do, never the bug dialog.
ENVIRONMENT_ERRORS = frozenset(
    {
        StorageErrorCode.DISK_FULL,
        StorageErrorCode.READ_ONLY,
        StorageErrorCode.NO_PERMISSION,
        StorageErrorCode.BUSY,
        StorageErrorCode.IO_ERROR,
        StorageErrorCode.HELD_BY_OTHER,
        StorageErrorCode.READ_ONLY_MODE,
    }
)


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
    """"name" → 事務名; "cost_items[1].annual_total_yen" → 費用項目2 の 年間総額 (Cost item 2: Annual total)."""
    source = FIELD.get(field)
    if source:
        return tr(source)
    parts = []
    for segment in field.replace("]", "").split("."):
        name, _, index = segment.partition("[")
        label = PATH_PART.get(name) or FIELD.get(name)
        text = tr(label) if label else name
        parts.append(numbered(text, int(index) + 1) if index.isdigit() else text)
    return field_path(parts)


class _Params(dict):
    def __missing__(self, key: str) -> str:  # a message never fails for a parameter not given
        return ""


def issue_text(issue: ValidationIssue) -> str:
    params = _Params(field=field_name(issue.field))
    params.update(issue.params)
    return tr(ERROR[issue.code]).format_map(params)


def storage_error_text(error: StorageError) -> str:
    return tr(STORAGE_ERROR[error.code]).format(path=error.path, detail=error.detail)


def thousand_yen(yen: int) -> str:
    """Whole 千円 with separators, negatives with △ (as printed budgets do)."""
    value = int((Decimal(yen) / 1000).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    text = f"{abs(value):,}"
    return f"△{text}" if value < 0 else text


# Exchange (services/exchange/errors.py): keyed by the codes' values, so this module needs no import
# of the exchange package. A problem's location is added by exchange_problem_text.
EXCHANGE_ERROR = {
    "file_not_found": QT_TRANSLATE_NOOP("Texts", "ファイル「{path}」が見つかりません。"),
    "cannot_read": QT_TRANSLATE_NOOP("Texts", "ファイル「{path}」を読めません（{detail}）。"),
    "cannot_write": QT_TRANSLATE_NOOP("Texts", "ファイル「{path}」に書き込めません（{detail}）。ファイルは作成・変更していません。"),
    "unsupported_file": QT_TRANSLATE_NOOP("Texts", "「{suffix}」のファイルは取り込めません。Excel（.xlsx）か CSV（.csv）のファイルを選んでください。"),
    "old_excel": QT_TRANSLATE_NOOP("Texts", "「{path}」は古い Excel 形式（.xls）です。Excel で開いて「Excel ブック（.xlsx）」として保存し直してから取り込んでください。"),
    "broken_xlsx": QT_TRANSLATE_NOOP("Texts", "「{path}」は Excel ファイルとして読めません（壊れているか、途中までしかありません）。Excel で開けるか確認してください。（{detail}）"),
    "zip_bomb": QT_TRANSLATE_NOOP("Texts", "「{path}」は展開すると大きくなりすぎるため、安全のため開きません（{detail}、上限 {limit}）。"),
    "file_too_large": QT_TRANSLATE_NOOP("Texts", "「{path}」は大きすぎます（{size}バイト、上限 {limit}バイト）。必要な部分だけのファイルにしてください。"),
    "too_many_rows": QT_TRANSLATE_NOOP("Texts", "行が多すぎます（上限 {limit}行）。ファイルを分けてください。"),
    "too_many_columns": QT_TRANSLATE_NOOP("Texts", "列が多すぎます（上限 {limit}列）。必要な列だけにしてください。"),
    "unknown_sheet": QT_TRANSLATE_NOOP("Texts", "シート「{value}」がありません（あるシート: {choices}）。"),
    "empty_file": QT_TRANSLATE_NOOP("Texts", "ファイル「{path}」にはデータがありません。"),
    "encoding_unknown": QT_TRANSLATE_NOOP("Texts", "文字コードを判定できませんでした（UTF-8 でもシフトJIS（cp932）でもありません）。文字コードを指定してください（候補: {candidates}）。"),
    "unknown_encoding_name": QT_TRANSLATE_NOOP("Texts", "文字コード「{value}」には対応していません（対応: {choices}）。"),
    "broken_csv": QT_TRANSLATE_NOOP("Texts", "CSV として読めません（{row}行目付近: {detail}）。"),
    "header_row_out_of_range": QT_TRANSLATE_NOOP("Texts", "見出し行 {value} はファイルにありません（最終行: {max}）。"),
    "missing_column": QT_TRANSLATE_NOOP("Texts", "「{field}」の列が割り当てられていません。"),
    "column_mapped_twice": QT_TRANSLATE_NOOP("Texts", "「{field}」に複数の列（{columns}）が割り当てられています。1列だけにしてください。"),
    "unknown_field_name": QT_TRANSLATE_NOOP("Texts", "取込先の項目「{value}」はありません。"),
    "needs_reference_date": QT_TRANSLATE_NOOP("Texts", "統計の基準日がありません。基準日の列を割り当てるか、基準日を指定してください。"),
    "needs_source": QT_TRANSLATE_NOOP("Texts", "統計の出典がありません。出典の列を割り当てるか、出典を入力してください。"),
    "no_home": QT_TRANSLATE_NOOP("Texts", "自治体が設定されていないため、どの自治体の事務として取り込むか決められません。先に初期設定をするか、自治体コードの列を割り当ててください。"),
    "has_errors": QT_TRANSLATE_NOOP("Texts", "{count}行に誤りがあるため取り込みませんでした。データベースは変更していません。誤りを直してから、もう一度取り込んでください。"),
    "nothing_to_import": QT_TRANSLATE_NOOP("Texts", "取り込むデータがありません。"),
    "cancelled": QT_TRANSLATE_NOOP("Texts", "取り込みを中止しました。データベースは変更していません。"),
    "stale_preview": QT_TRANSLATE_NOOP("Texts", "確認した後にデータが変更されたため、取り込みませんでした。データベースは変更していません。もう一度確認からやり直してください。"),
    "unencodable": QT_TRANSLATE_NOOP("Texts", "{encoding} で保存できない文字が{count}個あるため、書き出しませんでした。〓に置き換えるか、UTF-8 で書き出してください。"),
    "unknown_kind": QT_TRANSLATE_NOOP("Texts", "種類「{value}」はありません（使える種類: {choices}）。"),
    "kind_needs_xlsx": QT_TRANSLATE_NOOP("Texts", "CSV には1種類だけ書き出せます（指定: {value}）。複数の種類は xlsx で書き出してください。"),
    "not_a_package": QT_TRANSLATE_NOOP("Texts", "「{path}」は連携パッケージ（.renkei）として読めません（{detail}）。"),
    "package_too_new": QT_TRANSLATE_NOOP("Texts", "この連携パッケージは新しい形式（{value}）です。この版が読めるのは形式 {supported} までです。アプリを更新してください。"),
    "package_broken": QT_TRANSLATE_NOOP("Texts", "連携パッケージ「{path}」の内容に誤りがあります（{detail}）。データベースは変更していません。"),
    "package_missing_reference": QT_TRANSLATE_NOOP("Texts", "連携パッケージに必要な記録（{value}）が含まれていません。"),
    "needs_identity": QT_TRANSLATE_NOOP("Texts", "このデータベースには記録の識別子がありません。アプリを更新してください。"),
    "no_records_selected": QT_TRANSLATE_NOOP("Texts", "書き出す連携案・協定が選ばれていません。"),
    "formula": QT_TRANSLATE_NOOP("Texts", "数式のセルは取り込みません（{value}）。Excel で「値の貼り付け」をしてから取り込んでください。"),
    "cell_too_long": QT_TRANSLATE_NOOP("Texts", "セルの文字が多すぎます（{length}文字、上限 {max}文字）。"),
    "unreadable_characters": QT_TRANSLATE_NOOP("Texts", "読めない文字があります（{value}）。文字コードの選択が正しいか確認してください。"),
    "control_characters": QT_TRANSLATE_NOOP("Texts", "制御文字が含まれています（{value}）。"),
    "missing_code": QT_TRANSLATE_NOOP("Texts", "全国地方公共団体コードがありません。"),
    "not_in_master": QT_TRANSLATE_NOOP("Texts", "「{value}」は市町村・都道府県の一覧にないため取り込みません（政令市の区など）。"),
    "total_row": QT_TRANSLATE_NOOP("Texts", "合計の行（{value}）のため取り込みません。"),
    "prefecture_row": QT_TRANSLATE_NOOP("Texts", "都道府県の行（{value}）のため取り込みません。"),
    "name_mismatch": QT_TRANSLATE_NOOP("Texts", "団体名「{value}」がコードの団体（{expected}）と一致しません。列がずれていないか確認してください。"),
    "ratio_looks_like_percent": QT_TRANSLATE_NOOP("Texts", "昼夜間人口比率「{value}」が比率としては大きすぎます。%で書かれた列なら、単位に「%」を選んでください。"),
    "unknown_unit": QT_TRANSLATE_NOOP("Texts", "単位「{value}」は使えません（使える単位: {choices}）。"),
    "unknown_stat_kind": QT_TRANSLATE_NOOP("Texts", "統計の項目「{value}」はありません。"),
    "rounded": QT_TRANSLATE_NOOP("Texts", "単位の換算で {value} を {result} に丸めました。"),
    "duplicate_row": QT_TRANSLATE_NOOP("Texts", "「{value}」が{first_row}行目と重複しています。"),
    "note_row": QT_TRANSLATE_NOOP("Texts", "注記・見出しの行のため取り込みません。"),
    "no_values": QT_TRANSLATE_NOOP("Texts", "値がないため取り込みません（{value}）。"),
    "unchanged": QT_TRANSLATE_NOOP("Texts", "変更がないため取り込みません（{value}）。"),
}  # fmt: skip
EXCHANGE_AT_CELL = QT_TRANSLATE_NOOP("Texts", "{row}行目 {column}列（{header}）: {reason}")
EXCHANGE_AT_ROW = QT_TRANSLATE_NOOP("Texts", "{row}行目: {reason}")


def exchange_error_text(error) -> str:  # noqa: ANN001 - an ExchangeError (services/exchange/errors.py)
    return tr(EXCHANGE_ERROR[str(error.code)]).format_map(_Params(error.params))


def exchange_problem_reason(problem) -> str:  # noqa: ANN001 - a Problem (services/exchange/errors.py)
    """Why a row or cell of an imported file is refused, skipped or noted (without its location)."""
    source = EXCHANGE_ERROR.get(str(problem.code))
    if source is not None:
        return tr(source).format_map(_Params(problem.params))
    label = problem.header or field_name(problem.field)
    return issue_text(ValidationIssue(problem.field, problem.code, {**problem.params, "field": label}))


def exchange_problem_text(problem) -> str:  # noqa: ANN001
    """「12行目 C列（年間経費（千円））: …」 — the row and column as the user sees them in Excel."""
    params = _Params(row=problem.row, column=problem.column, header=problem.header, reason=exchange_problem_reason(problem))
    return tr(EXCHANGE_AT_CELL if problem.column else EXCHANGE_AT_ROW).format_map(params)
