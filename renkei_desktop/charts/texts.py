"""Every word the charts draw, in Japanese, translatable without Qt.

The chart layer knows no Qt, so the strings are marked with a local ``QT_TRANSLATE_NOOP`` (pyside6-lupdate
finds them by that name, in the context "Charts") and looked up through ``t()``. The UI installs Qt's
translator with ``install_translator`` when the charts page is built; without it (the printed summary in a
headless run, the tests) the Japanese source text is used.

Dates follow the language the charts are drawn in (``language()``), as the printed documents' dates do
(reports/labels.py): Japanese charts write the 和暦 (令和7年4月1日, 令和元年; a time axis 令和7年), charts in
English the Gregorian date in English (1 April 2025; a time axis 2025), since an era year means nothing to
most English readers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from ..domain.agreements import AgreementKind, EventKind
from ..domain.duties import DutyCategory
from ..domain.methods import CooperationMethod
from ..domain.municipalities import StatKind
from ..domain.plans import PlanStatus
from ..domain.wareki import era_year, format_gregorian, format_wareki

CONTEXT = "Charts"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


_translator: Callable[[str], str] | None = None


def install_translator(translate: Callable[[str], str] | None) -> None:
    """``translate(source) -> text`` for the context "Charts" (None: Japanese source text)."""
    global _translator
    _translator = translate


def t(source: str) -> str:
    return _translator(source) if _translator is not None else source


#: Not shown. The name of the language in that language, e.g. English: tells the charts which
#: language they are drawn in (Japanese charts write dates in 和暦, others in the Gregorian calendar).
LANGUAGE = QT_TRANSLATE_NOOP("Charts", "日本語")


def language() -> str:
    """The language the charts are drawn in now: "ja" while the Japanese source text is used, else "en".

    Told by a word every translation translates (as reports/labels.py ``build_language`` tells the
    documents'): 日本語, the language's own name. It only decides how dates are written."""
    return "ja" if t(LANGUAGE) == LANGUAGE else "en"


CATEGORY = {
    DutyCategory.WELFARE_HEALTH: QT_TRANSLATE_NOOP("Charts", "福祉・保健"),
    DutyCategory.MEDICAL: QT_TRANSLATE_NOOP("Charts", "医療"),
    DutyCategory.CHILDCARE_EDUCATION: QT_TRANSLATE_NOOP("Charts", "子育て・教育"),
    DutyCategory.ENVIRONMENT: QT_TRANSLATE_NOOP("Charts", "環境衛生"),
    DutyCategory.INFRASTRUCTURE: QT_TRANSLATE_NOOP("Charts", "インフラ維持"),
    DutyCategory.DISASTER_FIRE: QT_TRANSLATE_NOOP("Charts", "防災・消防"),
    DutyCategory.PLANNING_PROMOTION: QT_TRANSLATE_NOOP("Charts", "企画・地域振興"),
    DutyCategory.GENERAL_AFFAIRS: QT_TRANSLATE_NOOP("Charts", "総務・人事・税"),
    DutyCategory.INFORMATION: QT_TRANSLATE_NOOP("Charts", "情報化"),
    DutyCategory.OTHER: QT_TRANSLATE_NOOP("Charts", "その他"),
}

METHOD = {
    CooperationMethod.AGREEMENT: QT_TRANSLATE_NOOP("Charts", "連携協約"),
    CooperationMethod.COUNCIL: QT_TRANSLATE_NOOP("Charts", "協議会"),
    CooperationMethod.JOINT_BODY: QT_TRANSLATE_NOOP("Charts", "機関等の共同設置"),
    CooperationMethod.ENTRUSTMENT: QT_TRANSLATE_NOOP("Charts", "事務の委託"),
    CooperationMethod.SUBSTITUTE_EXECUTION: QT_TRANSLATE_NOOP("Charts", "事務の代替執行"),
    CooperationMethod.PARTIAL_UNION: QT_TRANSLATE_NOOP("Charts", "一部事務組合"),
    CooperationMethod.WIDE_AREA_UNION: QT_TRANSLATE_NOOP("Charts", "広域連合"),
    CooperationMethod.INFORMAL: QT_TRANSLATE_NOOP("Charts", "協定"),
}

PLAN_STATUS = {
    PlanStatus.DRAFT: QT_TRANSLATE_NOOP("Charts", "検討中"),
    PlanStatus.NEGOTIATING: QT_TRANSLATE_NOOP("Charts", "協議中"),
    PlanStatus.AGREED: QT_TRANSLATE_NOOP("Charts", "合意"),
    PlanStatus.REJECTED: QT_TRANSLATE_NOOP("Charts", "不採用"),
}

AGREEMENT_KIND = {
    AgreementKind.COMPACT: QT_TRANSLATE_NOOP("Charts", "連携協約"),
    AgreementKind.RULES_COUNCIL: QT_TRANSLATE_NOOP("Charts", "規約（協議会）"),
    AgreementKind.RULES_JOINT_BODY: QT_TRANSLATE_NOOP("Charts", "規約（機関等の共同設置）"),
    AgreementKind.RULES_ENTRUSTMENT: QT_TRANSLATE_NOOP("Charts", "規約（事務の委託）"),
    AgreementKind.RULES_SUBSTITUTE_EXECUTION: QT_TRANSLATE_NOOP("Charts", "規約（事務の代替執行）"),
    AgreementKind.RULES_PARTIAL_UNION: QT_TRANSLATE_NOOP("Charts", "規約（一部事務組合）"),
    AgreementKind.RULES_WIDE_AREA_UNION: QT_TRANSLATE_NOOP("Charts", "規約（広域連合）"),
    AgreementKind.SETTLEMENT: QT_TRANSLATE_NOOP("Charts", "定住自立圏形成協定"),
    AgreementKind.INFORMAL: QT_TRANSLATE_NOOP("Charts", "協定"),
}

EVENT = {
    EventKind.CONSULTATION_START: QT_TRANSLATE_NOOP("Charts", "協議開始"),
    EventKind.COUNCIL_RESOLUTION: QT_TRANSLATE_NOOP("Charts", "議会議決"),
    EventKind.CONCLUSION: QT_TRANSLATE_NOOP("Charts", "締結"),
    EventKind.PUBLIC_NOTICE: QT_TRANSLATE_NOOP("Charts", "告示"),
    EventKind.FILING: QT_TRANSLATE_NOOP("Charts", "届出/許可"),
    EventKind.EFFECTIVE: QT_TRANSLATE_NOOP("Charts", "施行"),
    EventKind.REVIEW_DUE: QT_TRANSLATE_NOOP("Charts", "見直し期限"),
    EventKind.ABOLITION: QT_TRANSLATE_NOOP("Charts", "廃止"),
}

STAT = {
    StatKind.POPULATION: QT_TRANSLATE_NOOP("Charts", "人口"),
    StatKind.ELDERLY_POPULATION: QT_TRANSLATE_NOOP("Charts", "65歳以上人口"),
    StatKind.STAFF: QT_TRANSLATE_NOOP("Charts", "職員数"),
    StatKind.STANDARD_FISCAL_NEED: QT_TRANSLATE_NOOP("Charts", "基準財政需要額"),
}

# Titles of the six charts (the chooser of the page and the captions of the printed summary).
TITLE = {
    "party_load": QT_TRANSLATE_NOOP("Charts", "団体別の負担（事務の分野別）"),
    "plan_shares": QT_TRANSLATE_NOOP("Charts", "連携案ごとの各団体の負担割合"),
    "share_matrix": QT_TRANSLATE_NOOP("Charts", "事務×団体の負担割合"),
    "network": QT_TRANSLATE_NOOP("Charts", "連携のつながり（役場の位置による概略図）"),
    "timeline": QT_TRANSLATE_NOOP("Charts", "協定・規約の手続と見直し期限"),
    "before_after": QT_TRANSLATE_NOOP("Charts", "連携前後の比較（本団体）"),
}

WORKLOAD = QT_TRANSLATE_NOOP("Charts", "業務量（人工）")
COST = QT_TRANSLATE_NOOP("Charts", "費用（千円）")
WORKLOAD_SHORT = QT_TRANSLATE_NOOP("Charts", "人工")
COST_SHORT = QT_TRANSLATE_NOOP("Charts", "千円")
HOME_MARK = QT_TRANSLATE_NOOP("Charts", "（本団体）")
PREFECTURE_MARK = QT_TRANSLATE_NOOP("Charts", "（県）")
CHOSEN_NOTE = QT_TRANSLATE_NOOP("Charts", "採用した連携案による負担。")
ROUNDING_NOTE = QT_TRANSLATE_NOOP(
    "Charts", "千円未満は四捨五入しているため、合計が一致しないことがあります。"
)
LEFT_OUT = QT_TRANSLATE_NOOP("Charts", "配分を計算できないため含めていない連携案: {0}")
FILTERED = QT_TRANSLATE_NOOP("Charts", "絞り込み: {0}")

# Empty states: what to do instead of an empty axis.
EMPTY_NO_HOME = QT_TRANSLATE_NOOP(
    "Charts", "本団体が設定されていません。\n「設定 → 自治体と担当課」で本団体を選んでください。"
)
EMPTY_NO_CHOSEN = QT_TRANSLATE_NOOP(
    "Charts",
    "採用した連携案がまだありません。\n「連携案」ページで事務ごとに連携案を作り、「この案を採用」を押してください。",
)
EMPTY_NO_MATCH = QT_TRANSLATE_NOOP(
    "Charts", "絞り込みの条件に合う連携案がありません。\n条件を「すべて」に戻してください。"
)
EMPTY_NO_FIGURES = QT_TRANSLATE_NOOP(
    "Charts",
    "連携案はありますが、負担をまだ計算できません。\n「連携案」ページで費用項目と配分ルールを決めてください。",
)
EMPTY_NO_PLAN = QT_TRANSLATE_NOOP(
    "Charts", "連携案がまだありません。\n「連携案」ページで事務ごとに連携案を作ってください。"
)
EMPTY_PLAN_NO_RULE = QT_TRANSLATE_NOOP(
    "Charts",
    "「{0}」の負担はまだ計算できません。\n配分ルールが未設定の項目: {1}\n「連携案」ページの「負担の配分」で決めてください。",
)
EMPTY_PLAN_MISSING = QT_TRANSLATE_NOOP(
    "Charts",
    "「{0}」の負担はまだ計算できません。\n次の数値が未入力です: {1}\n「市町村」ページで入力してください。",
)
EMPTY_PLAN_PROBLEM = QT_TRANSLATE_NOOP(
    "Charts",
    "「{0}」の負担は配分ルールに問題があるため計算できません。\n「連携案」ページの「負担の配分」で確かめてください。",
)
EMPTY_PLAN_NOTHING = QT_TRANSLATE_NOOP(
    "Charts",
    "「{0}」には費用も業務量もまだありません。\n「連携案」ページで費用項目と業務量（人工）を入力してください。",
)
EMPTY_NO_AGREEMENTS = QT_TRANSLATE_NOOP(
    "Charts",
    "協定・規約がまだありません。\n「協定・規約」ページで登録すると、手続と見直し期限がここに並びます。",
)
EMPTY_NO_AGREEMENT_MATCH = QT_TRANSLATE_NOOP(
    "Charts", "絞り込みの条件に合う協定・規約がありません。\n条件を「すべて」に戻してください。"
)
EMPTY_NO_EVENTS = QT_TRANSLATE_NOOP(
    "Charts",
    "協定・規約に日付のある経過がまだありません。\n「協定・規約」ページで協議開始・議決・施行などの日付を入力してください。",
)
EMPTY_NO_DUTIES = QT_TRANSLATE_NOOP(
    "Charts",
    "事務カタログに事務がありません。\n「事務カタログ」ページで事務と業務量・費用を入力してください。",
)
EMPTY_NO_POSITIONS = QT_TRANSLATE_NOOP(
    "Charts", "連携の相手の位置が分かりません。\n市町村マスタ（役場の緯度・経度）を読み込んでください。"
)

# Chart 1
PARTY_AXIS_WORKLOAD = QT_TRANSLATE_NOOP("Charts", "各団体が担う業務量（人工）")
PARTY_AXIS_COST = QT_TRANSLATE_NOOP("Charts", "各団体の負担額（千円）")
PARTY_TIP = QT_TRANSLATE_NOOP("Charts", "{0}・{1}: {2}\n{3}")

#: A note in brackets after a name: 議会の議決（天龍村） in Japanese, Council resolution (天龍村) in English.
BRACKETED = QT_TRANSLATE_NOOP("Charts", "{0}（{1}）")
#: Between the items of a list: 飯田市、天龍村 in Japanese; 飯田市, 天龍村 in English.
LIST_SEPARATOR = QT_TRANSLATE_NOOP("Charts", "、")
#: A party's figure: 天龍村の人口 in Japanese; Population of 天龍村 in English.
FIGURE_OF = QT_TRANSLATE_NOOP("Charts", "{0}の{1}")

# Chart 2
SHARE_OF_COST = QT_TRANSLATE_NOOP("Charts", "費用の負担（千円）")
SHARE_OF_WORKLOAD = QT_TRANSLATE_NOOP("Charts", "業務量の分担（人工）")
SHARE_SUBTITLE = QT_TRANSLATE_NOOP("Charts", "{0}／{1}／配分する費用 {2} 千円・業務量 {3} 人工")
SHARE_TIP = QT_TRANSLATE_NOOP("Charts", "{0}: {1} {2}（{3}%）")
NO_COST = QT_TRANSLATE_NOOP("Charts", "費用の配分なし")
NO_WORKLOAD = QT_TRANSLATE_NOOP("Charts", "業務量の配分なし")

# Chart 3
MATRIX_NOTE = QT_TRANSLATE_NOOP(
    "Charts", "数字は各事務の{0}に占める割合（%）。「－」は連携案に加わっていない団体。"
)
MATRIX_TIP = QT_TRANSLATE_NOOP("Charts", "{0}\n{1}: {2}%（{3} {4}）")
MATRIX_NOT_PARTY = QT_TRANSLATE_NOOP("Charts", "{0}\n{1}: 連携案に加わっていません")
MATRIX_COLORBAR = QT_TRANSLATE_NOOP("Charts", "負担割合（%）")

# Chart 4
NETWORK_NOTE = QT_TRANSLATE_NOOP(
    "Charts",
    "位置は役場の所在地（緯度・経度）による概略図。線の太さは連携案で分け合う費用（凡例を参照）、団体名の下の数字はその団体の負担額（千円）。破線は費用のない協定・規約。",
)
NETWORK_PREFECTURE_BAND = QT_TRANSLATE_NOOP("Charts", "県（位置は図の上端に表示）")
NETWORK_NO_POSITION = QT_TRANSLATE_NOOP("Charts", "位置不明")
NETWORK_LEGEND_HOME = QT_TRANSLATE_NOOP("Charts", "本団体")
NETWORK_LEGEND_PARTNER = QT_TRANSLATE_NOOP("Charts", "連携の相手（市町村）")
NETWORK_LEGEND_PREFECTURE = QT_TRANSLATE_NOOP("Charts", "都道府県")
NETWORK_LEGEND_PLAN = QT_TRANSLATE_NOOP("Charts", "連携案（費用を分担）")
NETWORK_LEGEND_AGREEMENT = QT_TRANSLATE_NOOP("Charts", "協定・規約（費用なし）")
NETWORK_EDGE_TIP = QT_TRANSLATE_NOOP("Charts", "{0} ⇔ {1}: {2} 千円\n{3}")
NETWORK_NODE_TIP = QT_TRANSLATE_NOOP("Charts", "{0}: 負担 {1} 千円・{2} 人工\n{3}")
SCALE_KM = QT_TRANSLATE_NOOP("Charts", "{0} km")

# Chart 5
TIMELINE_TODAY = QT_TRANSLATE_NOOP("Charts", "今日")
TIMELINE_REVIEW = QT_TRANSLATE_NOOP("Charts", "見直し {0}")
TIMELINE_TIP = QT_TRANSLATE_NOOP("Charts", "{0}\n{1}: {2}")
TIMELINE_NOTE = QT_TRANSLATE_NOOP("Charts", "記号の形で手続の種類を表します。★は見直し期限。")

# Chart 6
BEFORE = QT_TRANSLATE_NOOP("Charts", "単独で実施")
AFTER = QT_TRANSLATE_NOOP("Charts", "採用した連携案で実施")
DIFFERENCE = QT_TRANSLATE_NOOP("Charts", "差 {0}")
BEFORE_AFTER_TOTAL = QT_TRANSLATE_NOOP(
    "Charts", "合計: 業務量 {0} → {1} 人工（差 {2}）、費用 {3} → {4} 千円（差 {5}）"
)
BEFORE_AFTER_TIP = QT_TRANSLATE_NOOP("Charts", "{0}・{1}: {2} {3}")
BEFORE_AFTER_NOTE = QT_TRANSLATE_NOOP(
    "Charts",
    "単独で実施: 事務カタログの業務量・費用。連携案で実施: 採用した連携案での本団体の負担（連携案のない事務は単独のまま）。",
)


def category_name(category: DutyCategory) -> str:
    return t(CATEGORY[category])


def method_name(method: CooperationMethod) -> str:
    return t(METHOD[method])


def plan_status_name(status: PlanStatus) -> str:
    return t(PLAN_STATUS[status])


def agreement_kind_name(kind: AgreementKind) -> str:
    return t(AGREEMENT_KIND[kind])


def event_name(kind: EventKind) -> str:
    return t(EVENT[kind])


def stat_name(kind: StatKind) -> str:
    return t(STAT[kind]) if kind in STAT else str(kind)


def title(key: str) -> str:
    return t(TITLE[key])


# --- numbers as printed: 千円 with separators, △ for negatives ----------------------------------------


def bracketed(text: str, note: str) -> str:
    """議会の議決（天龍村）: full-width brackets in Japanese, " (…)" in English (as the translation says)."""
    return t(BRACKETED).format(text, note)


def join(items: Iterable[str]) -> str:
    """The items of a list in one line: 「計画A、計画B」 in Japanese, "計画A, 計画B" in English."""
    return t(LIST_SEPARATOR).join(items)


def thousand_yen(yen: int | Decimal) -> str:
    """Whole 千円 with separators, negatives with △ (as printed budgets do)."""
    value = int((Decimal(yen) / 1000).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    text = f"{abs(value):,}"
    return f"△{text}" if value < 0 else text


def person_years(value: Decimal | float | int) -> str:
    """人工 to two places (0.05 人工 = 12 days matters), negatives with △."""
    number = Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    text = f"{abs(number):,.2f}"
    return f"△{text}" if number < 0 else text


def percent(value: Decimal | float | None) -> str:
    if value is None:
        return "－"
    number = Decimal(str(value)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return f"{number}"


def signed(text: str, negative: bool, positive: bool) -> str:
    """A difference: ＋ for an increase (△ already marks a decrease), ±0 for none."""
    if positive:
        return f"＋{text}"
    if not negative:
        return "±0"
    return text


# --- dates: 和暦 in Japanese, the Gregorian date in English ----------------------------------------------


def date_text(day: date, lang: str | None = None) -> str:
    """令和7年4月1日 in Japanese; 1 April 2025 in English, as the English documents write it.

    ``lang``: "ja" or "en" (None: ``language()`` now)."""
    if (lang or language()) == "ja":
        return format_wareki(day)
    return format_gregorian(day)


def year_text(day: date, lang: str | None = None) -> str:
    """The year of ``day`` on a time axis: 令和7年 (令和元年, 平成31年) in Japanese, 2025 in English.

    Before 昭和 (no era of ours) the Gregorian year in every language."""
    if (lang or language()) == "ja":
        try:
            era, year = era_year(day)
        except ValueError:
            return str(day.year)
        return f"{era}{'元' if year == 1 else year}年"
    return str(day.year)
