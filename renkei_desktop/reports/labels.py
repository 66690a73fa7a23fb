"""Words and number formats of the printed documents.

A 会議資料 or an agreement draft is printed in the *document language*: Japanese (the source text of
every word) by default, or the language whose translation is installed while it is built — the UI's
language, or the one chosen in the print dialog's 文書の言語 or with ``report --lang`` (reports/language.py
installs it for the build only). Every word is looked up through Qt's translation (contexts "Reports",
"ReportTerms", "AgreementDraft", "AgreementClauses") when the document is *built*: a built ``Document``
holds finished text and can be painted later (print preview) whatever the UI shows then.

The names of domain values use the terms of DOMAIN.md as the UI does (ui/texts.py, ui/plan_texts.py,
ui/agreement_texts.py). The Japanese tables are shared with the exchange files
(services/exchange/labels.py), which keep writing and reading them in Japanese: they are only marked for
translation there and translated here, when printing. Names the user recorded (municipalities, duties,
plans, agreements, roles) are data and are printed as recorded.

Dates: Japanese documents write the 和暦 (令和7年4月1日; 令和元年, never 令和1年; the 西暦 in brackets
optionally), as a town hall's documents do. Documents in English write the Gregorian date in English
(1 April 2025): an era year means nothing to most English readers, and an English document is for them.
Amounts stay in 千円 with △ for negatives (as printed budgets) in every language.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain.agreements import ReviewReason
from ..domain.methods import ApprovalKind, Authority, LeadRole, MemberRole
from ..domain.municipalities import Municipality, MunicipalityKind
from ..domain.procedures import StepKind, StepStatus
from ..domain.wareki import format_wareki

# The official names of domain values, shared with the exchange files (one vocabulary for every
# document the town hands out; marked there for the context "ReportTerms"). Read them through name().
from ..services.exchange.labels import AGREEMENT_KIND as AGREEMENT_KIND
from ..services.exchange.labels import CATEGORY as CATEGORY
from ..services.exchange.labels import COUNCIL_TYPE as COUNCIL_TYPE
from ..services.exchange.labels import METHOD as METHOD
from ..services.exchange.labels import PLAN_STATUS as PLAN_STATUS
from ..services.exchange.labels import STATUS as DUTY_STATUS  # noqa: F401 - read as labels.DUTY_STATUS
from ..services.exchange.labels import URGENCY as URGENCY
from .document import format_gregorian

translate = QCoreApplication.translate

TERMS = "ReportTerms"  # the context of the names of domain values (these tables and the exchange ones)

DASH = "―"

LEAD_ROLE = {
    LeadRole.REPRESENTATIVE: QT_TRANSLATE_NOOP("ReportTerms", "代表団体"),
    LeadRole.COORDINATOR: QT_TRANSLATE_NOOP("ReportTerms", "幹事団体"),
    LeadRole.TRUSTEE: QT_TRANSLATE_NOOP("ReportTerms", "受託団体"),
    LeadRole.SUBSTITUTE: QT_TRANSLATE_NOOP("ReportTerms", "代替執行団体"),
}

MEMBER_ROLE = {
    MemberRole.PARTNER: QT_TRANSLATE_NOOP("ReportTerms", "連携団体"),
    MemberRole.MEMBER: QT_TRANSLATE_NOOP("ReportTerms", "構成団体"),
    MemberRole.ENTRUSTING: QT_TRANSLATE_NOOP("ReportTerms", "委託団体"),
    MemberRole.REQUESTING: QT_TRANSLATE_NOOP("ReportTerms", "要請団体"),
}

APPROVAL = {
    ApprovalKind.NOTIFICATION: QT_TRANSLATE_NOOP("ReportTerms", "届出"),
    ApprovalKind.PERMISSION: QT_TRANSLATE_NOOP("ReportTerms", "許可"),
    ApprovalKind.NONE: QT_TRANSLATE_NOOP("ReportTerms", "不要"),
}
AUTHORITY = {
    Authority.MINISTER: QT_TRANSLATE_NOOP("ReportTerms", "総務大臣"),
    Authority.GOVERNOR: QT_TRANSLATE_NOOP("ReportTerms", "都道府県知事"),
    Authority.NONE: "",
}

STEP_KIND = {
    StepKind.CONSULTATION: QT_TRANSLATE_NOOP("ReportTerms", "協議"),
    StepKind.COMPACT_DRAFT: QT_TRANSLATE_NOOP("ReportTerms", "協約案の作成"),
    StepKind.RULES_DRAFT: QT_TRANSLATE_NOOP("ReportTerms", "規約案の作成"),
    StepKind.COUNCIL_RESOLUTION: QT_TRANSLATE_NOOP("ReportTerms", "議会の議決"),
    StepKind.CONCLUSION: QT_TRANSLATE_NOOP("ReportTerms", "締結"),
    StepKind.PERMISSION: QT_TRANSLATE_NOOP("ReportTerms", "許可"),
    StepKind.PUBLIC_NOTICE: QT_TRANSLATE_NOOP("ReportTerms", "告示"),
    StepKind.NOTIFICATION: QT_TRANSLATE_NOOP("ReportTerms", "届出"),
}

STEP_STATUS = {
    StepStatus.NOT_STARTED: QT_TRANSLATE_NOOP("ReportTerms", "未着手"),
    StepStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("ReportTerms", "進行中"),
    StepStatus.DONE: QT_TRANSLATE_NOOP("ReportTerms", "完了"),
    StepStatus.NOT_REQUIRED: QT_TRANSLATE_NOOP("ReportTerms", "不要"),
}

REVIEW_REASON = {
    ReviewReason.REVIEW_DEADLINE: QT_TRANSLATE_NOOP("ReportTerms", "見直し期限"),
    ReviewReason.TERM_END: QT_TRANSLATE_NOOP("ReportTerms", "期間満了"),
}

# The parties of an agreement or plan: 甲, 乙, 丙 … (domain/plans.PARTY_LETTERS).
PARTY_LETTERS = {
    "甲": QT_TRANSLATE_NOOP("ReportTerms", "甲"),
    "乙": QT_TRANSLATE_NOOP("ReportTerms", "乙"),
    "丙": QT_TRANSLATE_NOOP("ReportTerms", "丙"),
    "丁": QT_TRANSLATE_NOOP("ReportTerms", "丁"),
    "戊": QT_TRANSLATE_NOOP("ReportTerms", "戊"),
    "己": QT_TRANSLATE_NOOP("ReportTerms", "己"),
    "庚": QT_TRANSLATE_NOOP("ReportTerms", "庚"),
    "辛": QT_TRANSLATE_NOOP("ReportTerms", "辛"),
    "壬": QT_TRANSLATE_NOOP("ReportTerms", "壬"),
    "癸": QT_TRANSLATE_NOOP("ReportTerms", "癸"),
}

# The head of each kind of body, for signature lines (飯田市長, 長野県知事 …): {0} is the body's name.
HEAD_TITLE = {
    MunicipalityKind.PREFECTURE: QT_TRANSLATE_NOOP("ReportTerms", "{0}知事"),
    **{
        kind: QT_TRANSLATE_NOOP("ReportTerms", "{0}長")
        for kind in MunicipalityKind
        if kind is not MunicipalityKind.PREFECTURE
    },
}


def name(table: Mapping[Enum, str], member: Enum) -> str:
    """The name of a domain value in the document language (``name(METHOD, plan.method)``).

    Starts with a capital letter in a language that has them: a few terms share their translation
    with the running text of the agreements (協定 → "agreement"), which uses them in lower case."""
    text = table[member]
    if not text:
        return ""
    text = translate(TERMS, text)
    return text[:1].upper() + text[1:]


def letter(text: str) -> str:
    """甲 → the party's letter in the document language (Party A); 甲2 (the 11th party) → Party A2."""
    if not text:
        return text
    base = PARTY_LETTERS.get(text[0])
    return translate(TERMS, base) + text[1:] if base else text


def build_language() -> str:
    """The language documents are built in now: "ja", or "en" while the English translation is installed.

    Told by a word every translation of the documents translates: 日本語, the language's own name."""
    name = translate("Reports", "日本語", "the language of printed documents, by its own name (English)")
    return "ja" if name == "日本語" else "en"


def unit_thousand_yen() -> str:
    return translate("Reports", "（単位:千円）")


def rounding_note() -> str:
    return translate("Reports", "単位:千円、表示単位未満四捨五入のため合計が一致しない場合がある。")


def continued_mark() -> str:
    """The title of a table continued on the next page: 「{0}（続き）」 ({0}: the title)."""
    return translate("Reports", "{0}（続き）")


def head_of(municipality: Municipality | None, fallback: str) -> str:
    """飯田市長, 天龍村長, 長野県知事: the title a signature line names."""
    if municipality is None:
        return translate("Reports", "{0}の長").format(fallback)
    return translate(TERMS, HEAD_TITLE[municipality.kind]).format(municipality.name)


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


def date_text(day: date | None) -> str:
    """A date in the document language: 令和7年4月1日 (和暦) in Japanese, 1 April 2025 in English."""
    if day is None:
        return DASH
    return format_wareki(day) if build_language() == "ja" else format_gregorian(day)


def sentences(*parts: str) -> str:
    """Sentences in a row: run together in Japanese, a space between them in English."""
    text = ""
    for part in parts:
        if not part:
            continue
        text = translate("Reports", "{0}{1}").format(text, part) if text else part
    return text


def _join(items: Sequence[str], last: str) -> str:
    if not items:
        return ""
    text = items[0]
    for index, item in enumerate(items[1:], start=1):
        if index == len(items) - 1:
            text = last.format(text, item)
        else:
            text = translate("Reports", "{0}、{1}").format(text, item)
    return text


def join_list(items: Sequence[str]) -> str:
    """「A、B、C」: the items of a list in one cell or sentence."""
    return _join(items, translate("Reports", "{0}、{1}"))


def join_and(items: Sequence[str]) -> str:
    """「甲及び乙」, 「甲、乙及び丙」."""
    return _join(items, translate("Reports", "{0}及び{1}"))


def join_or(items: Sequence[str]) -> str:
    """「甲又は乙」, 「甲、乙又は丙」."""
    return _join(items, translate("Reports", "{0}又は{1}"))
