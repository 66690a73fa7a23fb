"""Plain-Japanese text for the framework advisor's reason codes and the partner ranking's factor codes.

The domain (frameworks.py, partners.py) gives codes with parameters only; every sentence the user
reads is made here, through Qt translation, and names the rule and its 要綱 where there is one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain.frameworks import Outcome, Reason, ReasonCode, Role, Setting, SettingStatus, Status
from ..domain.methods import CooperationMethod
from ..domain.municipalities import MunicipalityKind, StatKind
from ..domain.partners import Factor, FactorCode, PartnerType
from . import texts

CTX = "AdvisorTexts"
NameOf = Callable[[str], str]  # municipality code → display name


def tr(source: str) -> str:
    return QCoreApplication.translate(CTX, source)


SETTING = {
    Setting.HUB_AREA: QT_TRANSLATE_NOOP("AdvisorTexts", "連携中枢都市圏"),
    Setting.SETTLEMENT_AREA: QT_TRANSLATE_NOOP("AdvisorTexts", "定住自立圏"),
    Setting.METRO_HORIZONTAL: QT_TRANSLATE_NOOP("AdvisorTexts", "三大都市圏の水平連携"),
    Setting.PREFECTURE_VERTICAL: QT_TRANSLATE_NOOP("AdvisorTexts", "都道府県による垂直補完"),
}

# A symbol and a word: the status is never told by colour alone.
SETTING_STATUS = {
    SettingStatus.RECOMMENDED: QT_TRANSLATE_NOOP("AdvisorTexts", "◎ 推奨"),
    SettingStatus.POSSIBLE: QT_TRANSLATE_NOOP("AdvisorTexts", "○ 可能"),
    SettingStatus.UNKNOWN: QT_TRANSLATE_NOOP("AdvisorTexts", "？ 判定できない"),
    SettingStatus.NOT_INDICATED: QT_TRANSLATE_NOOP("AdvisorTexts", "－ 該当なし"),
}

STATUS = {
    Status.ELIGIBLE: QT_TRANSLATE_NOOP("AdvisorTexts", "該当"),
    Status.BORDERLINE: QT_TRANSLATE_NOOP("AdvisorTexts", "境界的"),
    Status.NOT_ELIGIBLE: QT_TRANSLATE_NOOP("AdvisorTexts", "該当しない"),
    Status.UNKNOWN: QT_TRANSLATE_NOOP("AdvisorTexts", "判定できない"),
}

# How one criterion came out, in front of its sentence.
OUTCOME = {
    Outcome.PASSED: QT_TRANSLATE_NOOP("AdvisorTexts", "［適合］"),
    Outcome.BORDERLINE: QT_TRANSLATE_NOOP("AdvisorTexts", "［境界的］"),
    Outcome.FAILED: QT_TRANSLATE_NOOP("AdvisorTexts", "［不適合］"),
    Outcome.MISSING: QT_TRANSLATE_NOOP("AdvisorTexts", "［未入力］"),
    Outcome.NOTE: QT_TRANSLATE_NOOP("AdvisorTexts", "［参考］"),
}

ROLE = {
    Role.HUB: QT_TRANSLATE_NOOP("AdvisorTexts", "連携中枢都市"),
    Role.TWIN_HUB: QT_TRANSLATE_NOOP("AdvisorTexts", "連携中枢都市（2市の連携）"),
    Role.CENTRE: QT_TRANSLATE_NOOP("AdvisorTexts", "定住自立圏の中心市"),
}

# The 要綱 each rule comes from (総務省).
HUB_GUIDELINES = QT_TRANSLATE_NOOP("AdvisorTexts", "連携中枢都市圏構想推進要綱")
CENTRE_GUIDELINES = QT_TRANSLATE_NOOP("AdvisorTexts", "定住自立圏構想推進要綱")

RATIO_RULE_ROUGHLY = QT_TRANSLATE_NOOP("AdvisorTexts", "昼夜間人口比率おおむね1以上")
RATIO_RULE = QT_TRANSLATE_NOOP("AdvisorTexts", "昼夜間人口比率1以上")
CENTRE_POPULATION_RULE = QT_TRANSLATE_NOOP("AdvisorTexts", "人口5万人程度以上（少なくとも4万人超）")
TWIN_POPULATION_RULE = QT_TRANSLATE_NOOP("AdvisorTexts", "各市の人口10万人程度以上")

METRO_BASIS = {
    (True, "prefecture"): QT_TRANSLATE_NOOP("AdvisorTexts", "{prefecture}は三大都市圏の都府県に含まれるため"),
    (False, "prefecture"): QT_TRANSLATE_NOOP("AdvisorTexts", "{prefecture}は三大都市圏の都府県ではないため"),
    (True, "code"): QT_TRANSLATE_NOOP("AdvisorTexts", "団体ごとの指定による"),
    (False, "code"): QT_TRANSLATE_NOOP("AdvisorTexts", "団体ごとの指定による"),
}

REASON = {
    ReasonCode.DESIGNATED_OR_CORE_CITY: QT_TRANSLATE_NOOP("AdvisorTexts", "{name}は{kind}です。連携中枢都市は指定都市または中核市です（{guidelines}）。"),
    ReasonCode.NOT_DESIGNATED_OR_CORE_CITY: QT_TRANSLATE_NOOP("AdvisorTexts", "{name}は{kind}です。連携中枢都市は指定都市または中核市に限られます（{guidelines}）。"),
    ReasonCode.IS_CITY: QT_TRANSLATE_NOOP("AdvisorTexts", "{name}は{kind}です。対象は市です（{guidelines}）。"),
    ReasonCode.NOT_A_CITY: QT_TRANSLATE_NOOP("AdvisorTexts", "{name}は{kind}で、市ではありません。対象は市に限られます（{guidelines}）。"),
    ReasonCode.RATIO_AT_LEAST_ONE: QT_TRANSLATE_NOOP("AdvisorTexts", "{name}の昼夜間人口比率 {value}（{date}、{source}）: 「{rule}」の基準を満たします（{guidelines}）。"),
    ReasonCode.RATIO_JUST_BELOW_ONE: QT_TRANSLATE_NOOP("AdvisorTexts", "{name}の昼夜間人口比率 {value}（{date}、{source}）: 「{rule}」の基準に対して境界的です（{floor}以上1未満。該当とはせず、県・総務省への確認が必要です。{guidelines}）。"),
    ReasonCode.RATIO_BELOW_ONE: QT_TRANSLATE_NOOP("AdvisorTexts", "{name}の昼夜間人口比率 {value}（{date}、{source}）: 「{rule}」の基準を満たしません（{guidelines}）。"),
    ReasonCode.POPULATION_AT_LEAST: QT_TRANSLATE_NOOP("AdvisorTexts", "{name}の人口 {value}人（{date}、{source}）: 「{rule}」の基準を満たします（{guidelines}）。"),
    ReasonCode.POPULATION_NEAR: QT_TRANSLATE_NOOP("AdvisorTexts", "{name}の人口 {value}人（{date}、{source}）: 「{rule}」に対して境界的です（{target}人未満。{guidelines}）。"),
    ReasonCode.POPULATION_BELOW: QT_TRANSLATE_NOOP("AdvisorTexts", "{name}の人口 {value}人（{date}、{source}）: 「{rule}」の基準を満たしません（{guidelines}）。"),
    ReasonCode.COMBINED_POPULATION_AT_LEAST: QT_TRANSLATE_NOOP("AdvisorTexts", "2市の人口の合計 {value}人: 「合計{target}人以上」の基準を満たします（{guidelines}）。"),
    ReasonCode.COMBINED_POPULATION_BELOW: QT_TRANSLATE_NOOP("AdvisorTexts", "2市の人口の合計 {value}人: 「合計{target}人以上」の基準を満たしません（{guidelines}）。"),
    ReasonCode.OUTSIDE_METRO_AREA: QT_TRANSLATE_NOOP("AdvisorTexts", "{name}は三大都市圏の区域外です（{basis}。{guidelines}）。"),
    ReasonCode.INSIDE_METRO_AREA: QT_TRANSLATE_NOOP("AdvisorTexts", "{name}は三大都市圏の区域内です（{basis}）。定住自立圏の中心市は原則として三大都市圏の区域外です（{guidelines}）。"),
    ReasonCode.INSIDE_METRO_LOW_COMMUTING: QT_TRANSLATE_NOOP("AdvisorTexts", "{name}は三大都市圏の区域内ですが、指定都市・特別区への通勤通学者割合 {value}%（{date}、{source}）が{limit}%未満のため、この基準を満たします（{guidelines}）。"),
    ReasonCode.INSIDE_METRO_HIGH_COMMUTING: QT_TRANSLATE_NOOP("AdvisorTexts", "{name}は三大都市圏の区域内で、指定都市・特別区への通勤通学者割合 {value}%（{date}、{source}）が{limit}%以上のため、この基準を満たしません（{guidelines}）。"),
    ReasonCode.WITHIN_DISTANCE: QT_TRANSLATE_NOOP("AdvisorTexts", "{name}と{partner}の役場間の直線距離 {distance} km: 2市の連携の目安（隣接し、おおむね1時間以内。ここでは {max} km以内）を満たします（{guidelines}）。"),
    ReasonCode.BEYOND_DISTANCE: QT_TRANSLATE_NOOP("AdvisorTexts", "{name}と{partner}の役場間の直線距離 {distance} km: 2市の連携の目安（隣接し、おおむね1時間以内。ここでは {max} km以内）を超えています（{guidelines}）。"),
    ReasonCode.MISSING_COORDINATES: QT_TRANSLATE_NOOP("AdvisorTexts", "{name}の役場の位置（緯度・経度）が登録されていないため、距離を計算できません。"),
    ReasonCode.HOME_IS_HUB: QT_TRANSLATE_NOOP("AdvisorTexts", "{name}（自団体）— 連携中枢都市としての判定: {status}"),
    ReasonCode.HOME_IS_CENTRE: QT_TRANSLATE_NOOP("AdvisorTexts", "{name}（自団体）— 定住自立圏の中心市としての判定: {status}"),
    ReasonCode.HUB_IN_RANGE: QT_TRANSLATE_NOOP("AdvisorTexts", "{name}（役場間 {distance} km）— 連携中枢都市としての判定: {status}"),
    ReasonCode.CENTRE_IN_RANGE: QT_TRANSLATE_NOOP("AdvisorTexts", "{name}（役場間 {distance} km）— 定住自立圏の中心市としての判定: {status}"),
    ReasonCode.NO_HUB_IN_RANGE: QT_TRANSLATE_NOOP("AdvisorTexts", "{max} km以内に連携中枢都市の候補（指定都市・中核市）がありません。"),
    ReasonCode.NO_CENTRE_IN_RANGE: QT_TRANSLATE_NOOP("AdvisorTexts", "{max} km以内に定住自立圏の中心市の候補がありません。"),
    ReasonCode.HOME_INSIDE_METRO_AREA: QT_TRANSLATE_NOOP("AdvisorTexts", "{name}は三大都市圏の区域内です（{basis}）。水平的・相互補完的、双務的な連携（公共施設や介護保険施設の相互利用など）が考えられます。"),
    ReasonCode.HOME_OUTSIDE_METRO_AREA: QT_TRANSLATE_NOOP("AdvisorTexts", "{name}は三大都市圏の区域外です（{basis}）。"),
    ReasonCode.ELIGIBLE_HUB_IN_RANGE: QT_TRANSLATE_NOOP("AdvisorTexts", "要件を満たす連携中枢都市 {name} が役場間 {distance} km にあります。まず連携中枢都市圏での連携を検討してください。"),
    ReasonCode.NO_ELIGIBLE_HUB_IN_RANGE: QT_TRANSLATE_NOOP("AdvisorTexts", "{max} km以内に要件を満たす連携中枢都市がありません。条件不利地域では、都道府県による補完（事務の代替執行・事務の委託・連携協約）が選択肢になります（総務省「基礎自治体による行政サービス提供に関する研究会」報告書）。"),
    ReasonCode.NEIGHBOUR_COMMUTING_TO_CONFIRM: QT_TRANSLATE_NOOP("AdvisorTexts", "連携する市町村は、原則として{name}への通勤通学割合が{share}%以上の市町村です。このアプリは通勤通学の流れを持たないため、別途確認してください（各要綱）。"),
    ReasonCode.MISSING_FIGURE: QT_TRANSLATE_NOOP("AdvisorTexts", "{name}の{stat}が未入力です。市町村のページで入力するか取り込んでください。"),
}  # fmt: skip

TWIN_HUB_IN_RANGE = QT_TRANSLATE_NOOP(
    "AdvisorTexts",
    "{name}と{partner}（2市の連携。近い方まで役場間 {distance} km）— 連携中枢都市圏としての判定: {status}",
)
NEAREST_CANDIDATE = QT_TRANSLATE_NOOP("AdvisorTexts", "最も近い候補は {name}（役場間 {distance} km）です。")
NEAREST_ELIGIBLE_HUB = QT_TRANSLATE_NOOP(
    "AdvisorTexts", "要件を満たす最も近い連携中枢都市は {name}（役場間 {distance} km）です。"
)
MISSING_FOR_METRO = QT_TRANSLATE_NOOP(
    "AdvisorTexts", "（三大都市圏内の都市が連携中枢都市となるための「{limit}%未満」の判定に必要です。）"
)
UNKNOWN_DISTANCE = QT_TRANSLATE_NOOP("AdvisorTexts", "距離不明")

FACTOR = {
    FactorCode.DISTANCE: QT_TRANSLATE_NOOP("AdvisorTexts", "役場間の直線距離 {distance} km（近いほど加点し、{max} kmで0点）"),
    FactorCode.DISTANCE_UNKNOWN: QT_TRANSLATE_NOOP("AdvisorTexts", "{name}の役場の位置が登録されていないため、距離を計算できません（加点なし）。"),
    FactorCode.HUB: QT_TRANSLATE_NOOP("AdvisorTexts", "連携中枢都市としての判定: {status}"),
    FactorCode.CENTRE: QT_TRANSLATE_NOOP("AdvisorTexts", "定住自立圏の中心市としての判定: {status}"),
    FactorCode.EXISTING_AGREEMENTS: QT_TRANSLATE_NOOP("AdvisorTexts", "自団体との現在有効な協定・規約 {count}件"),
    FactorCode.EXISTING_PLANS: QT_TRANSLATE_NOOP("AdvisorTexts", "自団体との連携案 {count}件"),
    FactorCode.POPULATION: QT_TRANSLATE_NOOP("AdvisorTexts", "人口 {value}人（{date}、{source}）: {band}人以上の区分"),
    FactorCode.POPULATION_UNKNOWN: QT_TRANSLATE_NOOP("AdvisorTexts", "{name}の人口が未入力です（加点なし。推計はしません）。市町村のページで入力するか取り込んでください。"),
    FactorCode.SAME_PREFECTURE: QT_TRANSLATE_NOOP("AdvisorTexts", "自団体と同じ{prefecture}の団体"),
    FactorCode.HOME_PREFECTURE: QT_TRANSLATE_NOOP("AdvisorTexts", "自団体の属する{prefecture}（都道府県による垂直補完の相手）"),
    FactorCode.METHOD_FIT: QT_TRANSLATE_NOOP("AdvisorTexts", "この事務の連携の方法「{method}」に向く相手（{partner_type}）"),
    FactorCode.NO_ELIGIBLE_HUB_IN_RANGE: QT_TRANSLATE_NOOP("AdvisorTexts", "{max} km以内に要件を満たす連携中枢都市がないため、都道府県を推奨（条件不利地域における都道府県による補完）"),
    FactorCode.PINNED: QT_TRANSLATE_NOOP("AdvisorTexts", "ピン留め（先頭に表示。点数には影響しません）"),
}  # fmt: skip

FACTOR_BEYOND_RANGE = QT_TRANSLATE_NOOP("AdvisorTexts", "（距離の上限より遠いため加点なし）")
POPULATION_BELOW_BANDS = QT_TRANSLATE_NOOP(
    "AdvisorTexts", "人口 {value}人（{date}、{source}）: 加点する区分（1万人以上）に届きません"
)

FACTOR_SHORT = {
    FactorCode.DISTANCE: QT_TRANSLATE_NOOP("AdvisorTexts", "距離"),
    FactorCode.DISTANCE_UNKNOWN: QT_TRANSLATE_NOOP("AdvisorTexts", "距離不明"),
    FactorCode.HUB: QT_TRANSLATE_NOOP("AdvisorTexts", "連携中枢都市"),
    FactorCode.CENTRE: QT_TRANSLATE_NOOP("AdvisorTexts", "中心市"),
    FactorCode.EXISTING_AGREEMENTS: QT_TRANSLATE_NOOP("AdvisorTexts", "既存の協定"),
    FactorCode.EXISTING_PLANS: QT_TRANSLATE_NOOP("AdvisorTexts", "既存の連携案"),
    FactorCode.POPULATION: QT_TRANSLATE_NOOP("AdvisorTexts", "人口規模"),
    FactorCode.POPULATION_UNKNOWN: QT_TRANSLATE_NOOP("AdvisorTexts", "人口未入力"),
    FactorCode.SAME_PREFECTURE: QT_TRANSLATE_NOOP("AdvisorTexts", "同じ県"),
    FactorCode.HOME_PREFECTURE: QT_TRANSLATE_NOOP("AdvisorTexts", "自団体の県"),
    FactorCode.METHOD_FIT: QT_TRANSLATE_NOOP("AdvisorTexts", "方法に適合"),
    FactorCode.NO_ELIGIBLE_HUB_IN_RANGE: QT_TRANSLATE_NOOP("AdvisorTexts", "県を推奨"),
    FactorCode.PINNED: QT_TRANSLATE_NOOP("AdvisorTexts", "ピン留め"),
}

PARTNER_TYPE = {
    PartnerType.PREFECTURE: QT_TRANSLATE_NOOP("AdvisorTexts", "都道府県"),
    PartnerType.LEAD_CITY: QT_TRANSLATE_NOOP("AdvisorTexts", "圏域の中心となる都市"),
    PartnerType.NEIGHBOUR: QT_TRANSLATE_NOOP("AdvisorTexts", "距離の上限内の市町村"),
}


# --- helpers ----------------------------------------------------------------------------------------


class _Params(dict):
    def __missing__(self, key: str) -> str:  # a message never fails for a parameter not given
        return ""


def number(value: str) -> str:
    """'98000' → '98,000'; decimals keep their digits ('1.0210' stays)."""
    try:
        d = Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        return value
    if d == d.to_integral_value() and "." not in value:
        return f"{int(d):,}"
    whole, _, frac = value.partition(".")
    return f"{int(whole):,}.{frac}" if whole.lstrip("-").isdigit() else value


def setting_name(setting: Setting) -> str:
    return tr(SETTING[setting])


def setting_status_text(status: SettingStatus) -> str:
    return tr(SETTING_STATUS[status])


def status_text(status: Status) -> str:
    return tr(STATUS[status])


def outcome_marker(outcome: Outcome) -> str:
    return tr(OUTCOME[outcome])


def role_name(role: Role) -> str:
    return tr(ROLE[role])


def _status_word(params: Mapping[str, str], outcome: Outcome) -> str:
    raw = params.get("status")
    if raw:
        return status_text(Status(raw))
    return status_text(
        {
            Outcome.PASSED: Status.ELIGIBLE,
            Outcome.BORDERLINE: Status.BORDERLINE,
            Outcome.MISSING: Status.UNKNOWN,
        }.get(outcome, Status.NOT_ELIGIBLE)
    )


def _metro_basis(inside: bool, params: Mapping[str, str]) -> str:
    basis = params.get("basis", "prefecture")
    return tr(METRO_BASIS[(inside, basis if basis == "code" else "prefecture")]).format(
        prefecture=params.get("prefecture", "")
    )


def reason_text(reason: Reason, name_of: NameOf, role: Role | None = None) -> str:
    """The sentence for one reason; ``role`` tells which 要綱 a criterion of an assessment comes from."""
    p = reason.params
    guidelines = tr(CENTRE_GUIDELINES if role is Role.CENTRE else HUB_GUIDELINES)
    values = _Params(
        name=name_of(p["municipality_code"]) if "municipality_code" in p else "",
        partner=name_of(p["partner_code"]) if "partner_code" in p else "",
        guidelines=guidelines,
        value=number(p.get("value", "")),
        date=p.get("reference_date", ""),
        source=p.get("source", ""),
        target=number(p.get("target", "")),
        floor=p.get("floor", ""),
        limit=p.get("limit", ""),
        distance=p.get("distance_km") or tr(UNKNOWN_DISTANCE),
        max=p.get("max_distance_km", ""),
        share=p.get("share", ""),
    )
    code = reason.code
    if "kind" in p:
        values["kind"] = texts.kind_name(MunicipalityKind(p["kind"]))
    if code in (ReasonCode.RATIO_AT_LEAST_ONE, ReasonCode.RATIO_JUST_BELOW_ONE, ReasonCode.RATIO_BELOW_ONE):
        values["rule"] = tr(RATIO_RULE_ROUGHLY if "floor" in p else RATIO_RULE)
    elif code in (ReasonCode.POPULATION_AT_LEAST, ReasonCode.POPULATION_NEAR, ReasonCode.POPULATION_BELOW):
        values["rule"] = tr(TWIN_POPULATION_RULE if role is Role.TWIN_HUB else CENTRE_POPULATION_RULE)
    elif code in (
        ReasonCode.OUTSIDE_METRO_AREA,
        ReasonCode.HOME_OUTSIDE_METRO_AREA,
    ):
        values["basis"] = _metro_basis(False, p)
    elif code in (
        ReasonCode.INSIDE_METRO_AREA,
        ReasonCode.HOME_INSIDE_METRO_AREA,
        ReasonCode.INSIDE_METRO_LOW_COMMUTING,
        ReasonCode.INSIDE_METRO_HIGH_COMMUTING,
    ):
        values["basis"] = _metro_basis(True, p)
    elif code in (
        ReasonCode.HOME_IS_HUB,
        ReasonCode.HOME_IS_CENTRE,
        ReasonCode.HUB_IN_RANGE,
        ReasonCode.CENTRE_IN_RANGE,
    ):
        values["status"] = _status_word(p, reason.outcome)
    elif code is ReasonCode.MISSING_FIGURE:
        values["stat"] = texts.stat_name(StatKind(p["stat"]))
    template = REASON[code]
    if code is ReasonCode.HUB_IN_RANGE and "partner_code" in p:
        template = TWIN_HUB_IN_RANGE
    text = tr(template).format_map(values)
    if code is ReasonCode.MISSING_FIGURE and p.get("needed_for") == "metro_area":
        text += tr(MISSING_FOR_METRO).format(limit="10")
    if code in (ReasonCode.NO_HUB_IN_RANGE, ReasonCode.NO_CENTRE_IN_RANGE) and "nearest_code" in p:
        text += tr(NEAREST_CANDIDATE).format(
            name=name_of(p["nearest_code"]), distance=p["nearest_distance_km"]
        )
    if code is ReasonCode.NO_ELIGIBLE_HUB_IN_RANGE and "nearest_code" in p:
        text += tr(NEAREST_ELIGIBLE_HUB).format(
            name=name_of(p["nearest_code"]), distance=p["nearest_distance_km"]
        )
    return text


def factor_text(factor: Factor, name_of: NameOf) -> str:
    """What one factor of a partner's score means, with its figures and their date and source."""
    p = factor.params
    values = _Params(
        name=name_of(p["municipality_code"]) if "municipality_code" in p else "",
        distance=p.get("distance_km", ""),
        max=p.get("max_distance_km", ""),
        count=p.get("count", ""),
        value=number(p.get("value", "")),
        date=p.get("reference_date", ""),
        source=p.get("source", ""),
        band=number(p.get("band", "")),
        prefecture=p.get("prefecture", ""),
    )
    code = factor.code
    if code in (FactorCode.HUB, FactorCode.CENTRE):
        values["status"] = status_text(Status(p["status"]))
    if code is FactorCode.METHOD_FIT:
        values["method"] = texts.method_name(CooperationMethod(p["method"]))
        values["partner_type"] = tr(PARTNER_TYPE[PartnerType(p["partner_type"])])
    template = FACTOR[code]
    if code is FactorCode.POPULATION and p.get("band") == "0":
        template = POPULATION_BELOW_BANDS
    text = tr(template).format_map(values)
    if code in (FactorCode.HUB, FactorCode.CENTRE) and p.get("within_range") == "false":
        text += tr(FACTOR_BEYOND_RANGE)
    return text


def factor_short(code: FactorCode) -> str:
    return tr(FACTOR_SHORT[code])
