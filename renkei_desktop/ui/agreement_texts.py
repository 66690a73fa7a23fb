"""Japanese names for agreement values (kinds, lifecycle events, review reasons, status) and messages
for agreement input, with party names and dates (和暦 in the Japanese UI) put into the shared error texts
(ui/texts.py)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain.agreements import Agreement, AgreementKind, EventKind, ReviewReason, kind_approval
from ..domain.errors import ErrorCode, ValidationIssue
from ..domain.methods import ApprovalKind, Authority, CouncilType
from . import texts

CTX = "AgreementTexts"


def tr(source: str) -> str:
    return QCoreApplication.translate(CTX, source)


KIND = {
    AgreementKind.COMPACT: QT_TRANSLATE_NOOP("AgreementTexts", "連携協約"),
    AgreementKind.RULES_COUNCIL: QT_TRANSLATE_NOOP("AgreementTexts", "規約（協議会）"),
    AgreementKind.RULES_JOINT_BODY: QT_TRANSLATE_NOOP("AgreementTexts", "規約（機関等の共同設置）"),
    AgreementKind.RULES_ENTRUSTMENT: QT_TRANSLATE_NOOP("AgreementTexts", "規約（事務の委託）"),
    AgreementKind.RULES_SUBSTITUTE_EXECUTION: QT_TRANSLATE_NOOP("AgreementTexts", "規約（事務の代替執行）"),
    AgreementKind.RULES_PARTIAL_UNION: QT_TRANSLATE_NOOP("AgreementTexts", "規約（一部事務組合）"),
    AgreementKind.RULES_WIDE_AREA_UNION: QT_TRANSLATE_NOOP("AgreementTexts", "規約（広域連合）"),
    AgreementKind.SETTLEMENT: QT_TRANSLATE_NOOP("AgreementTexts", "定住自立圏形成協定"),
    AgreementKind.INFORMAL: QT_TRANSLATE_NOOP("AgreementTexts", "協定"),
}

EVENT = {
    EventKind.CONSULTATION_START: QT_TRANSLATE_NOOP("AgreementTexts", "協議開始"),
    EventKind.COUNCIL_RESOLUTION: QT_TRANSLATE_NOOP("AgreementTexts", "議会議決"),
    EventKind.CONCLUSION: QT_TRANSLATE_NOOP("AgreementTexts", "締結"),
    EventKind.PUBLIC_NOTICE: QT_TRANSLATE_NOOP("AgreementTexts", "告示"),
    EventKind.FILING: QT_TRANSLATE_NOOP("AgreementTexts", "届出/許可"),
    EventKind.EFFECTIVE: QT_TRANSLATE_NOOP("AgreementTexts", "施行"),
    EventKind.REVIEW_DUE: QT_TRANSLATE_NOOP("AgreementTexts", "見直し期限"),
    EventKind.ABOLITION: QT_TRANSLATE_NOOP("AgreementTexts", "廃止"),
}

# The FILING event named as the kind of agreement requires it (許可 for 組合・広域連合).
FILING_BY_APPROVAL = {
    ApprovalKind.NOTIFICATION: QT_TRANSLATE_NOOP("AgreementTexts", "届出"),
    ApprovalKind.PERMISSION: QT_TRANSLATE_NOOP("AgreementTexts", "許可"),
}

REVIEW_REASON = {
    ReviewReason.REVIEW_DEADLINE: QT_TRANSLATE_NOOP("AgreementTexts", "見直し期限"),
    ReviewReason.TERM_END: QT_TRANSLATE_NOOP("AgreementTexts", "期間満了"),
}

COUNCIL_TYPE = {
    CouncilType.MANAGEMENT_EXECUTION: QT_TRANSLATE_NOOP("AgreementTexts", "管理執行協議会"),
    CouncilType.LIAISON: QT_TRANSLATE_NOOP("AgreementTexts", "連絡調整協議会"),
    CouncilType.PLANNING: QT_TRANSLATE_NOOP("AgreementTexts", "計画作成協議会"),
}

AUTHORITY = {
    Authority.MINISTER: QT_TRANSLATE_NOOP("AgreementTexts", "総務大臣"),
    Authority.GOVERNOR: QT_TRANSLATE_NOOP("AgreementTexts", "都道府県知事"),
}

# Status of an agreement on a given day.
IN_FORCE, NOT_YET, ABOLISHED = "in_force", "not_yet", "abolished"
STATUS = {
    IN_FORCE: QT_TRANSLATE_NOOP("AgreementTexts", "施行中"),
    NOT_YET: QT_TRANSLATE_NOOP("AgreementTexts", "未施行"),
    ABOLISHED: QT_TRANSLATE_NOOP("AgreementTexts", "廃止"),
}
# A marker beside the status word, so that status never rests on colour alone.
STATUS_MARK = {IN_FORCE: "●", NOT_YET: "○", ABOLISHED: "×"}

# Dates other than lifecycle events that date-order messages name (domain/_order_issue).
DATE_NAME = {
    "joined": QT_TRANSLATE_NOOP("AgreementTexts", "加入日"),
    "left": QT_TRANSLATE_NOOP("AgreementTexts", "脱退日"),
    "term_start": QT_TRANSLATE_NOOP("AgreementTexts", "期間の始期"),
    "term_end": QT_TRANSLATE_NOOP("AgreementTexts", "期間の終期"),
    "period_start": QT_TRANSLATE_NOOP("AgreementTexts", "利用期間の初日"),
    "period_end": QT_TRANSLATE_NOOP("AgreementTexts", "利用期間の末日"),
}

# Field names in agreement input paths ("clauses.meetings_per_year", "events[2].date" …).
FIELD = {
    "title": QT_TRANSLATE_NOOP("AgreementTexts", "名称"),
    "kind": QT_TRANSLATE_NOOP("AgreementTexts", "種類"),
    "council_type": QT_TRANSLATE_NOOP("AgreementTexts", "協議会の種類"),
    "plan_id": QT_TRANSLATE_NOOP("AgreementTexts", "連携案"),
    "notes": QT_TRANSLATE_NOOP("AgreementTexts", "備考"),
    "parties": QT_TRANSLATE_NOOP("AgreementTexts", "当事者"),
    "joined": QT_TRANSLATE_NOOP("AgreementTexts", "加入日"),
    "left": QT_TRANSLATE_NOOP("AgreementTexts", "脱退日"),
    "purpose": QT_TRANSLATE_NOOP("AgreementTexts", "目的"),
    "basic_policy": QT_TRANSLATE_NOOP("AgreementTexts", "基本方針"),
    "roles": QT_TRANSLATE_NOOP("AgreementTexts", "連携する取組と役割分担"),
    "initiative": QT_TRANSLATE_NOOP("AgreementTexts", "取組"),
    "cost_sharing": QT_TRANSLATE_NOOP("AgreementTexts", "費用分担"),
    "liaison_meeting": QT_TRANSLATE_NOOP("AgreementTexts", "連絡会議"),
    "meetings_per_year": QT_TRANSLATE_NOOP("AgreementTexts", "連絡会議の開催回数（年）"),
    "dispute_resolution": QT_TRANSLATE_NOOP("AgreementTexts", "紛争解決"),
    "term_start": QT_TRANSLATE_NOOP("AgreementTexts", "期間の始期"),
    "term_end": QT_TRANSLATE_NOOP("AgreementTexts", "期間の終期"),
    "term_auto_renew": QT_TRANSLATE_NOOP("AgreementTexts", "自動更新"),
    "term_renewal_years": QT_TRANSLATE_NOOP("AgreementTexts", "更新する年数"),
    "term_text": QT_TRANSLATE_NOOP("AgreementTexts", "期間の条文"),
    "amendment": QT_TRANSLATE_NOOP("AgreementTexts", "変更・廃止"),
    "events": QT_TRANSLATE_NOOP("AgreementTexts", "経過"),
    "date": QT_TRANSLATE_NOOP("AgreementTexts", "日付"),
    "party_code": QT_TRANSLATE_NOOP("AgreementTexts", "団体"),
    "note": QT_TRANSLATE_NOOP("AgreementTexts", "メモ"),
    "facilities": QT_TRANSLATE_NOOP("AgreementTexts", "施設"),
    "name": QT_TRANSLATE_NOOP("AgreementTexts", "施設名"),
    "owner_code": QT_TRANSLATE_NOOP("AgreementTexts", "所有団体"),
    "usage_unit": QT_TRANSLATE_NOOP("AgreementTexts", "利用の単位"),
    "usages": QT_TRANSLATE_NOOP("AgreementTexts", "利用実績"),
    "facility": QT_TRANSLATE_NOOP("AgreementTexts", "施設"),
    "period_start": QT_TRANSLATE_NOOP("AgreementTexts", "利用期間の初日"),
    "period_end": QT_TRANSLATE_NOOP("AgreementTexts", "利用期間の末日"),
    "amount": QT_TRANSLATE_NOOP("AgreementTexts", "利用量"),
}
# "kind" inside a facility or an event names something else than the agreement's kind.
FACILITY_KIND = QT_TRANSLATE_NOOP("AgreementTexts", "施設の種類")
EVENT_KIND = QT_TRANSLATE_NOOP("AgreementTexts", "経過の種類")
ROLE = QT_TRANSLATE_NOOP("AgreementTexts", "役割")

# Messages worded for agreements where the shared text speaks of plans.
ERROR = {
    ErrorCode.UNKNOWN_PARTY: QT_TRANSLATE_NOOP("AgreementTexts", "{field}: {party} はこの協定の当事者ではありません。"),
    ErrorCode.TOO_FEW_PARTIES: QT_TRANSLATE_NOOP("AgreementTexts", "{field}: 当事者が足りません（{min}団体以上、現在 {count}団体）。"),
    ErrorCode.TOO_MANY_PARTIES: QT_TRANSLATE_NOOP("AgreementTexts", "{field}: 当事者が多すぎます（この種類は{max}団体まで、現在 {count}団体）。"),
    ErrorCode.DATE_OUT_OF_ORDER: QT_TRANSLATE_NOOP("AgreementTexts", "{field}: {event}の日付（{date}）が{previous_event}の日付（{previous_date}）より前になっています。"),
}  # fmt: skip


def kind_name(kind: AgreementKind) -> str:
    return tr(KIND[kind])


def event_name(kind: EventKind, agreement_kind: AgreementKind | None = None) -> str:
    """届出/許可 becomes 届出 or 許可 when the agreement's kind tells which."""
    if kind is EventKind.FILING and agreement_kind is not None:
        approval = kind_approval(agreement_kind)
        if approval in FILING_BY_APPROVAL:
            return tr(FILING_BY_APPROVAL[approval])
    return tr(EVENT[kind])


def review_reason_name(reason: ReviewReason) -> str:
    return tr(REVIEW_REASON[reason])


def council_type_name(value: CouncilType) -> str:
    return tr(COUNCIL_TYPE[value])


def authority_name(value: Authority) -> str:
    return tr(AUTHORITY[value]) if value in AUTHORITY else ""


def status_of(agreement: Agreement, today: date) -> str:
    """IN_FORCE, NOT_YET (no 施行/締結 date yet, or it lies ahead) or ABOLISHED, on ``today``."""
    abolished = agreement.abolished_on
    if abolished is not None and abolished <= today:
        return ABOLISHED
    start = agreement.start_date
    if start is None or start > today:
        return NOT_YET
    return IN_FORCE


def status_name(status: str) -> str:
    return tr(STATUS[status])


def status_label(status: str) -> str:
    """「● 施行中」: a marker and the word."""
    return f"{STATUS_MARK[status]} {status_name(status)}"


def date_text(day: date | None) -> str:
    """令和8年12月15日 in the Japanese UI, 15 December 2026 in the English one (ui/texts.py); blank for none."""
    return texts.date_text(day) if day is not None else ""


def days_left_text(days: int) -> str:
    if days > 0:
        return QCoreApplication.translate("AgreementTexts", "あと{0}日").format(days)
    if days == 0:
        return QCoreApplication.translate("AgreementTexts", "本日")
    return QCoreApplication.translate("AgreementTexts", "{0}日超過").format(-days)


def party_label(letter: str, name: str) -> str:
    """「甲 飯田市」; "Party A 飯田市" in English (``letter`` as recorded: 甲, 乙 …)."""
    return texts.party_label(letter, name)


def field_name(path: str) -> str:
    """"clauses.meetings_per_year" → 連絡会議の開催回数（年）; "events[2].date" → 経過3 の 日付."""
    parts = []
    segments = [s for s in path.replace("]", "").split(".") if s != "clauses"]
    for position, segment in enumerate(segments):
        name, _, index = segment.partition("[")
        if name.isdigit():  # a party code inside a role row
            parts.append(name)
            continue
        if name == "kind" and position > 0:
            label = EVENT_KIND if segments[0].startswith("events") else FACILITY_KIND
        elif name == "roles" and position > 0:
            label = ROLE
        else:
            label = FIELD.get(name)
        text = tr(label) if label else texts.field_name(name)
        if index.isdigit():  # 経過3
            text = QCoreApplication.translate("AgreementTexts", "{0}{1}").format(text, int(index) + 1)
        parts.append(text)
    result = parts[0] if parts else ""
    for part in parts[1:]:  # 経過3 の 日付
        result = QCoreApplication.translate("AgreementTexts", "{0} の {1}").format(result, part)
    return result


def _date_param(value: str) -> str:
    try:
        return texts.date_text(date.fromisoformat(value))
    except ValueError:
        return value


def issue_text(issue: ValidationIssue, name_of: Callable[[str], str] | Mapping[str, str] | None = None) -> str:
    """The message for one agreement input issue: fields, events and parties by name, dates as the UI
    writes them (和暦 in Japanese).

    ``name_of`` turns a party code into a label such as 「乙 天龍村」 (default: the code itself).
    """
    if name_of is None:
        lookup: Callable[[str], str] = lambda code: code  # noqa: E731
    elif isinstance(name_of, Mapping):
        names = name_of
        lookup = lambda code: names.get(code, code)  # noqa: E731
    else:
        lookup = name_of
    params = dict(issue.params)
    if issue.code is ErrorCode.DATE_OUT_OF_ORDER:
        for key, party_key, date_key in (
            ("event", "party", "date"),
            ("previous_event", "previous_party", "previous_date"),
        ):
            raw = params.get(key, "")
            try:
                label = event_name(EventKind(raw))
            except ValueError:
                label = tr(DATE_NAME[raw]) if raw in DATE_NAME else raw
            party = params.get(party_key, "")
            params[key] = texts.bracketed(label, lookup(party)) if party else label
            params[date_key] = _date_param(params.get(date_key, ""))
    elif "party" in params:
        params["party"] = lookup(params["party"])
    template = tr(ERROR[issue.code]) if issue.code in ERROR else texts.tr(texts.ERROR[issue.code])
    merged = _Params(field=field_name(issue.field))
    merged.update(params)
    return template.format_map(merged)


class _Params(dict):
    def __missing__(self, key: str) -> str:  # a message never fails for a parameter not given
        return ""
