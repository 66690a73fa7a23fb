"""Agreements (協約・規約・協定): parties, clauses, lifecycle, membership over time, facility mutual use.

An agreement records a concluded cooperation (DOMAIN.md §5–§6, issue 4 §5): a 連携協約 (地方自治法第252条の2),
the 規約 of one of the other statutory methods, a 定住自立圏形成協定 (定住自立圏構想推進要綱, always 1:1) or an
informal 協定. Parties are municipalities or prefectures, lettered 甲, 乙, 丙 … in order. The default clause
texts below are document content (the agreement's own wording), so they are Japanese data constants;
they are marked with a local no-op ``QT_TRANSLATE_NOOP`` (context "AgreementClauses") so that printed
drafts in another language can translate them (reports/agreement_draft.py). The marks change no value.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum

from .errors import ErrorCode, ValidationIssue
from .methods import (
    ApprovalKind,
    Authority,
    CooperationMethod,
    CouncilType,
    approval_authority,
    council_resolution_required,
    method_profile,
)
from .normalize import ParseError, parse_date, parse_int
from .plans import (
    IssueCollector,
    Plan,
    RoleRow,
    clean_text,
    parse_flag,
    parties_from_input,
    party_letter,
    role_rows_from_input,
)
from .procedures import prefecture_is_party, spans_prefectures
from .wareki import format_wareki


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Marks ``text`` for translation in ``context`` and returns it unchanged (no Qt in the domain)."""
    return text


class AgreementKind(StrEnum):
    COMPACT = "compact"  # 連携協約 (地方自治法第252条の2)
    RULES_COUNCIL = "rules_council"  # 協議会規約 (第252条の2の2)
    RULES_JOINT_BODY = "rules_joint_body"  # 機関等の共同設置規約 (第252条の7)
    RULES_ENTRUSTMENT = "rules_entrustment"  # 事務の委託規約 (第252条の14)
    RULES_SUBSTITUTE_EXECUTION = "rules_substitute_execution"  # 事務の代替執行規約 (第252条の16の2)
    RULES_PARTIAL_UNION = "rules_partial_union"  # 一部事務組合規約 (第284条第2項)
    RULES_WIDE_AREA_UNION = "rules_wide_area_union"  # 広域連合規約 (第284条第3項)
    SETTLEMENT = "settlement"  # 定住自立圏形成協定 (定住自立圏構想推進要綱)
    INFORMAL = "informal"  # 協定 (no statutory basis)


KIND_METHODS: dict[AgreementKind, CooperationMethod | None] = {
    AgreementKind.COMPACT: CooperationMethod.AGREEMENT,
    AgreementKind.RULES_COUNCIL: CooperationMethod.COUNCIL,
    AgreementKind.RULES_JOINT_BODY: CooperationMethod.JOINT_BODY,
    AgreementKind.RULES_ENTRUSTMENT: CooperationMethod.ENTRUSTMENT,
    AgreementKind.RULES_SUBSTITUTE_EXECUTION: CooperationMethod.SUBSTITUTE_EXECUTION,
    AgreementKind.RULES_PARTIAL_UNION: CooperationMethod.PARTIAL_UNION,
    AgreementKind.RULES_WIDE_AREA_UNION: CooperationMethod.WIDE_AREA_UNION,
    AgreementKind.SETTLEMENT: None,  # a 協定 under a 要綱, not a 地方自治法 method
    AgreementKind.INFORMAL: CooperationMethod.INFORMAL,
}

SETTLEMENT_BASIS = QT_TRANSLATE_NOOP("AgreementClauses", "定住自立圏構想推進要綱")

# The word the document uses for itself (この協約 / この規約 / この協定).
DOCUMENT_WORDS: dict[AgreementKind, str] = {
    **{kind: QT_TRANSLATE_NOOP("AgreementClauses", "規約") for kind in AgreementKind},
    AgreementKind.COMPACT: QT_TRANSLATE_NOOP("AgreementClauses", "協約"),
    AgreementKind.SETTLEMENT: QT_TRANSLATE_NOOP("AgreementClauses", "協定"),
    AgreementKind.INFORMAL: QT_TRANSLATE_NOOP("AgreementClauses", "協定"),
}


def method_for_kind(kind: AgreementKind) -> CooperationMethod | None:
    return KIND_METHODS[kind]


def kind_for_method(method: CooperationMethod) -> AgreementKind:
    return next(kind for kind, m in KIND_METHODS.items() if m is method)


def kind_resolution_required(kind: AgreementKind, council_type: CouncilType | None = None) -> bool:
    """議会の議決: as the method requires; a 定住自立圏形成協定 is concluded after 議決 (推進要綱)."""
    if kind is AgreementKind.SETTLEMENT:
        return True
    method = KIND_METHODS[kind]
    assert method is not None
    return council_resolution_required(method, council_type)


def kind_approval(kind: AgreementKind) -> ApprovalKind:
    method = KIND_METHODS[kind]
    return ApprovalKind.NONE if method is None else method_profile(method).approval


def needs_liaison_meeting(kind: AgreementKind) -> bool:
    """連携協約 and 定住自立圏形成協定 provide for the mayors' regular consultation (at least yearly)."""
    return kind in (AgreementKind.COMPACT, AgreementKind.SETTLEMENT)


class EventKind(StrEnum):
    CONSULTATION_START = "consultation_start"  # 協議開始
    COUNCIL_RESOLUTION = "council_resolution"  # 議会議決 (per party)
    CONCLUSION = "conclusion"  # 締結 (規約: 協議の成立)
    PUBLIC_NOTICE = "public_notice"  # 告示 (optionally per party)
    FILING = "filing"  # 届出 / 許可 (kind_approval tells which)
    EFFECTIVE = "effective"  # 施行
    REVIEW_DUE = "review_due"  # 見直し期限
    ABOLITION = "abolition"  # 廃止


@dataclass(frozen=True)
class LifecycleEvent:
    kind: EventKind
    date: date
    party_code: str | None = None  # required for 議会議決
    note: str = ""


@dataclass(frozen=True)
class AgreementParty:
    code: str
    letter: str  # 甲, 乙, 丙 …
    joined: date | None = None  # None: a party from the start
    left: date | None = None  # 脱退日: not a member on and after this day

    def is_member_on(self, day: date) -> bool:
        return (self.joined is None or self.joined <= day) and (self.left is None or day < self.left)


@dataclass(frozen=True)
class Term:
    """期間: from ``start`` to ``end`` inclusive; no ``end`` means 期間の定めなし."""

    start: date | None = None
    end: date | None = None
    auto_renew: bool = False  # 自動更新: extended by ``renewal_years`` unless a party objects
    renewal_years: int = 1

    def current_end(self, today: date) -> date | None:
        """The end of the period running on ``today`` (rolled forward when it renews automatically)."""
        if self.end is None or not self.auto_renew or self.end >= today:
            return self.end
        end, step = self.end, max(self.renewal_years, 1)
        while end < today:
            end = _add_years(end, step)
        return end


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True)
class Clauses:
    purpose: str = ""  # 目的
    basic_policy: str = ""  # 基本方針
    roles: tuple[RoleRow, ...] = ()  # 連携する取組と役割分担 (取組, each party's role)
    cost_sharing: str = ""  # 費用分担
    liaison_meeting: str = ""  # 連絡会議
    meetings_per_year: int = 0  # at least 1 for 連携協約 / 定住自立圏形成協定
    dispute_resolution: str = ""  # 紛争解決
    term: Term = field(default_factory=Term)  # 期間
    term_text: str = ""
    amendment: str = ""  # 変更・廃止


@dataclass(frozen=True)
class Facility:
    """A facility owned by one party and used by others' residents (施設の相互利用)."""

    name: str  # unique within the agreement
    owner_code: str
    kind: str = ""  # 介護施設, 図書館, 文化ホール …
    usage_unit: str = ""  # 延べ利用者数, 入所者数, 貸出冊数 …


@dataclass(frozen=True)
class FacilityUsage:
    facility: str  # Facility.name
    party_code: str  # whose residents used it
    period_start: date
    period_end: date  # inclusive
    amount: Decimal


@dataclass(frozen=True)
class Agreement:
    kind: AgreementKind
    title: str
    parties: tuple[AgreementParty, ...]
    clauses: Clauses = field(default_factory=Clauses)
    council_type: CouncilType | None = None  # 協議会規約 only
    plan_id: int | None = None
    events: tuple[LifecycleEvent, ...] = ()
    facilities: tuple[Facility, ...] = ()
    usages: tuple[FacilityUsage, ...] = ()
    notes: str = ""
    id: int | None = None
    version: int = 0
    uid: str = field(default="", compare=False)  # stable across databases (partner packages)
    created_at: datetime | None = field(default=None, compare=False)
    updated_at: datetime | None = field(default=None, compare=False)

    @property
    def method(self) -> CooperationMethod | None:
        return KIND_METHODS[self.kind]

    @property
    def party_codes(self) -> tuple[str, ...]:
        return tuple(p.code for p in self.parties)

    def letter_of(self, code: str) -> str:
        return next((p.letter for p in self.parties if p.code == code), "")

    @property
    def approval(self) -> ApprovalKind:
        return kind_approval(self.kind)

    @property
    def authority(self) -> Authority:
        method = self.method
        if method is None:
            return Authority.NONE
        codes = self.party_codes
        return approval_authority(
            method, prefecture_is_party(codes), spans_prefectures=spans_prefectures(codes)
        )

    def event_dates(self, kind: EventKind, party_code: str | None = None) -> tuple[date, ...]:
        return tuple(
            sorted(
                e.date
                for e in self.events
                if e.kind is kind and (party_code is None or e.party_code == party_code)
            )
        )

    def first(self, kind: EventKind) -> date | None:
        dates = self.event_dates(kind)
        return dates[0] if dates else None

    def last(self, kind: EventKind) -> date | None:
        dates = self.event_dates(kind)
        return dates[-1] if dates else None

    @property
    def start_date(self) -> date | None:
        """施行, or else 締結: the day the agreement took effect."""
        return self.first(EventKind.EFFECTIVE) or self.first(EventKind.CONCLUSION)

    @property
    def abolished_on(self) -> date | None:
        return self.first(EventKind.ABOLITION)

    @property
    def review_deadline(self) -> date | None:
        """The current 見直し期限: the latest one recorded (earlier ones are history)."""
        return self.last(EventKind.REVIEW_DUE)

    def with_changes(self, **changes: object) -> Agreement:
        return replace(self, **changes)  # type: ignore[arg-type]


# --- membership over time --------------------------------------------------------------------------


def is_in_force(agreement: Agreement, on_date: date) -> bool:
    start, end = agreement.start_date, agreement.abolished_on
    return (start is None or start <= on_date) and (end is None or on_date < end)


def active_members(agreement: Agreement, on_date: date) -> tuple[str, ...]:
    """Codes of the parties that are members on ``on_date``, in 甲乙 order.

    None before the agreement took effect (施行, else 締結) or from its 廃止; a party counts from its
    join date (or from the start) until the day before its leave date (脱退日).
    """
    if not is_in_force(agreement, on_date):
        return ()
    return tuple(p.code for p in agreement.parties if p.is_member_on(on_date))


def agreements_of(agreements: Iterable[Agreement], code: str, on_date: date) -> tuple[Agreement, ...]:
    """The agreements ``code`` belongs to on ``on_date`` (one town sits in several areas at once)."""
    return tuple(a for a in agreements if code in active_members(a, on_date))


# --- reviews due -----------------------------------------------------------------------------------


class ReviewReason(StrEnum):
    REVIEW_DEADLINE = "review_deadline"  # 見直し期限
    TERM_END = "term_end"  # 期間満了 (or the next automatic renewal)


@dataclass(frozen=True)
class ReviewDue:
    agreement_id: int | None
    title: str
    kind: AgreementKind
    reason: ReviewReason
    due: date
    days_left: int  # negative when overdue


def reviews_due(
    agreements: Iterable[Agreement], today: date, within_days: int = 90, *, include_overdue: bool = True
) -> tuple[ReviewDue, ...]:
    """Reviews and term ends due on or before ``today + within_days`` (inclusive), soonest first.

    The 見直し期限 is the latest REVIEW_DUE event; an agreement already 廃止 by ``today`` is skipped.
    With ``include_overdue`` a deadline already past stays listed (negative ``days_left``); a term that
    renews automatically is reported at its next renewal, never as overdue.
    """
    limit = today + timedelta(days=within_days)
    due: list[ReviewDue] = []
    for agreement in agreements:
        abolished = agreement.abolished_on
        if abolished is not None and abolished <= today:
            continue
        candidates: list[tuple[ReviewReason, date]] = []
        if agreement.review_deadline is not None:
            candidates.append((ReviewReason.REVIEW_DEADLINE, agreement.review_deadline))
        term_end = agreement.clauses.term.current_end(today)
        if term_end is not None:
            candidates.append((ReviewReason.TERM_END, term_end))
        for reason, day in candidates:
            if day > limit or (day < today and not include_overdue):
                continue
            due.append(
                ReviewDue(agreement.id, agreement.title, agreement.kind, reason, day, (day - today).days)
            )
    return tuple(sorted(due, key=lambda r: (r.due, r.title, r.reason)))


# --- facility mutual use ---------------------------------------------------------------------------


@dataclass(frozen=True)
class UsageFigures:
    """Usage per party of one facility in a period: the figures of the sharing engine's usage basis.

    Only records lying wholly inside the period are summed; records straddling its start or end are
    listed in ``straddling`` (not prorated: the user decides). A party without any record is absent
    from ``by_party`` (missing, not zero).
    """

    facility: str
    owner_code: str
    unit: str
    period_start: date
    period_end: date
    by_party: Mapping[str, Decimal]
    straddling: tuple[FacilityUsage, ...] = ()

    @property
    def total(self) -> Decimal:
        return sum(self.by_party.values(), Decimal(0))


def facility_usage(agreement: Agreement, facility: str, period_start: date, period_end: date) -> UsageFigures:
    """Sum the usage of ``facility`` per party over [period_start, period_end]. KeyError if unknown."""
    found = next((f for f in agreement.facilities if f.name == facility), None)
    if found is None:
        raise KeyError(facility)
    by_party: dict[str, Decimal] = {}
    straddling: list[FacilityUsage] = []
    for usage in agreement.usages:
        if usage.facility != facility:
            continue
        if usage.period_end < period_start or usage.period_start > period_end:
            continue
        if usage.period_start < period_start or usage.period_end > period_end:
            straddling.append(usage)
            continue
        by_party[usage.party_code] = by_party.get(usage.party_code, Decimal(0)) + usage.amount
    ordered = {code: by_party[code] for code in agreement.party_codes if code in by_party}
    ordered.update({code: v for code, v in by_party.items() if code not in ordered})
    return UsageFigures(
        found.name, found.owner_code, found.usage_unit, period_start, period_end, ordered, tuple(straddling)
    )


# --- default clause texts (document content) -------------------------------------------------------

LAW = QT_TRANSLATE_NOOP("AgreementClauses", "地方自治法（昭和22年法律第67号）")

_FOUNDING_ARTICLES: dict[AgreementKind, str] = {
    AgreementKind.COMPACT: QT_TRANSLATE_NOOP("AgreementClauses", "第252条の2第1項"),
    AgreementKind.RULES_COUNCIL: QT_TRANSLATE_NOOP("AgreementClauses", "第252条の2の2第1項"),
    AgreementKind.RULES_JOINT_BODY: QT_TRANSLATE_NOOP("AgreementClauses", "第252条の7第1項"),
    AgreementKind.RULES_ENTRUSTMENT: QT_TRANSLATE_NOOP("AgreementClauses", "第252条の14第1項"),
    AgreementKind.RULES_SUBSTITUTE_EXECUTION: QT_TRANSLATE_NOOP("AgreementClauses", "第252条の16の2第1項"),
    AgreementKind.RULES_PARTIAL_UNION: QT_TRANSLATE_NOOP("AgreementClauses", "第284条第2項"),
    AgreementKind.RULES_WIDE_AREA_UNION: QT_TRANSLATE_NOOP("AgreementClauses", "第284条第3項"),
}

# What each 規約 sets up, completing 「{subject}…ため、この規約を定める。」.
_RULES_PURPOSES: dict[AgreementKind, str] = {
    AgreementKind.RULES_COUNCIL: QT_TRANSLATE_NOOP("AgreementClauses", "{subject}に関し、協議会を設ける"),
    AgreementKind.RULES_JOINT_BODY: QT_TRANSLATE_NOOP(
        "AgreementClauses", "{subject}に関し、機関を共同して設置する"
    ),
    AgreementKind.RULES_ENTRUSTMENT: QT_TRANSLATE_NOOP(
        "AgreementClauses", "{subject}の管理及び執行を委託する"
    ),
    AgreementKind.RULES_SUBSTITUTE_EXECUTION: QT_TRANSLATE_NOOP(
        "AgreementClauses", "{subject}について事務の代替執行を行う"
    ),
    AgreementKind.RULES_PARTIAL_UNION: QT_TRANSLATE_NOOP(
        "AgreementClauses", "{subject}を共同処理する一部事務組合を設ける"
    ),
    AgreementKind.RULES_WIDE_AREA_UNION: QT_TRANSLATE_NOOP(
        "AgreementClauses", "{subject}を広域にわたり総合的かつ計画的に処理する広域連合を設ける"
    ),
}

DEFAULT_SUBJECT = QT_TRANSLATE_NOOP("AgreementClauses", "連携して取り組む事務")

CLAUSE_TEXTS = {
    "purpose_compact": QT_TRANSLATE_NOOP(
        "AgreementClauses",
        "{intro}は、{law}{article}の規定に基づき、{subject}に関し、連携して事務を処理するに当たっての"
        "基本的な方針及び役割分担を定めることにより、圏域の住民の福祉の向上に資することを目的として、"
        "この協約を締結する。",
    ),
    "purpose_settlement": QT_TRANSLATE_NOOP(
        "AgreementClauses",
        "{intro}は、{basis}に基づき、{subject}に関し、相互に役割を分担して連携し、圏域全体の暮らしに"
        "必要な生活機能を確保して定住の促進を図ることを目的として、定住自立圏の形成に関するこの協定を締結する。",
    ),
    "purpose_rules": QT_TRANSLATE_NOOP(
        "AgreementClauses", "{intro}は、{law}{article}の規定に基づき、{purpose}ため、この規約を定める。"
    ),
    "purpose_informal": QT_TRANSLATE_NOOP(
        "AgreementClauses", "{intro}は、{subject}に関し、相互に協力して取り組むため、この協定を締結する。"
    ),
    "policy_cooperative": QT_TRANSLATE_NOOP(
        "AgreementClauses",
        "{all}は、対等な立場で相互に協力し、次に定める役割分担に基づき、{subject}に係る取組を連携して"
        "推進するものとする。",
    ),
    "policy_rules": QT_TRANSLATE_NOOP(
        "AgreementClauses",
        "{all}は、この規約に定めるところにより、{subject}を適正かつ効率的に処理するものとする。",
    ),
    "cost": QT_TRANSLATE_NOOP(
        "AgreementClauses", "この{doc}に基づく取組に要する費用の負担については、{all}が協議して別に定める。"
    ),
    "cost_rules": QT_TRANSLATE_NOOP(
        "AgreementClauses",
        "この規約に基づく事務の処理に要する経費の負担の額及び方法は、{all}が協議して別に定める。",
    ),
    "liaison": QT_TRANSLATE_NOOP(
        "AgreementClauses",
        "{all}は、この{doc}に基づく取組の推進について協議するため、{all}の長で構成する連絡会議を置き、"
        "毎年度{count}回以上開催するものとする。",
    ),
    "dispute_compact": QT_TRANSLATE_NOOP(
        "AgreementClauses",
        "この協約に関し{all}の間に紛争が生じたときは、{all}は、誠意をもって協議し、その解決に努めるものとする。"
        "協議が調わないときは、{any}は、地方自治法第252条の2第7項の規定に基づき、{authority}に対し、文書により、"
        "同法第251条の3の2に規定する自治紛争処理委員による紛争を処理するための方策の提示を求める旨の申請を"
        "することができる。",
    ),
    "dispute_other": QT_TRANSLATE_NOOP(
        "AgreementClauses",
        "この{doc}に定めのない事項及びこの{doc}に関し疑義が生じた事項については、{all}が協議して定めるものとする。",
    ),
    "term_indefinite": QT_TRANSLATE_NOOP(
        "AgreementClauses", "この{doc}は、{start}から効力を生ずる。この{doc}の有効期間は定めないものとする。"
    ),
    "term_rules": QT_TRANSLATE_NOOP("AgreementClauses", "この規約は、{start}から施行する。"),
    "term_fixed": QT_TRANSLATE_NOOP(
        "AgreementClauses", "この{doc}の有効期間は、{start}から{end}までとする。"
    ),
    "term_renewal": QT_TRANSLATE_NOOP(
        "AgreementClauses",
        "ただし、期間満了の日の3月前までに{any}から別段の申出がないときは、更に{years}年間延長するものとし、"
        "以後も同様とする。",
    ),
    "amend_compact": QT_TRANSLATE_NOOP(
        "AgreementClauses",
        "この協約を変更し、又は廃止しようとするときは、地方自治法第252条の2第4項の規定により、{all}が協議し、"
        "それぞれの議会の議決を経て行うものとする。",
    ),
    "amend_settlement": QT_TRANSLATE_NOOP(
        "AgreementClauses",
        "この協定を変更しようとするときは、{all}が協議し、それぞれの議会の議決を経て行うものとする。"
        "{any}は、この協定を廃止しようとするときは、議会の議決を経た上で、相手方にその旨を通告するものとする。",
    ),
    "amend_rules": QT_TRANSLATE_NOOP(
        "AgreementClauses",
        "この規約を変更し、又は廃止しようとするときは、{all}の協議により定めるものとし、当該協議については、"
        "あらかじめそれぞれの議会の議決を経るものとする。",
    ),
    "amend_informal": QT_TRANSLATE_NOOP(
        "AgreementClauses", "この協定を変更し、又は廃止しようとするときは、{all}が協議して定めるものとする。"
    ),
}

# The day a document takes effect when no start date is given.
DEFAULT_START_WORDS: dict[AgreementKind, str] = {
    # 規約: published, then in force
    **{kind: QT_TRANSLATE_NOOP("AgreementClauses", "告示の日") for kind in AgreementKind},
    AgreementKind.COMPACT: QT_TRANSLATE_NOOP("AgreementClauses", "締結の日"),
    AgreementKind.SETTLEMENT: QT_TRANSLATE_NOOP("AgreementClauses", "締結の日"),
    AgreementKind.INFORMAL: QT_TRANSLATE_NOOP("AgreementClauses", "締結の日"),
    # the union exists from the 許可 (284条2項)
    AgreementKind.RULES_PARTIAL_UNION: QT_TRANSLATE_NOOP("AgreementClauses", "許可のあった日"),
    AgreementKind.RULES_WIDE_AREA_UNION: QT_TRANSLATE_NOOP("AgreementClauses", "許可のあった日"),
}

AUTHORITY_WORDS = {
    Authority.MINISTER: QT_TRANSLATE_NOOP("AgreementClauses", "総務大臣"),
    Authority.GOVERNOR: QT_TRANSLATE_NOOP("AgreementClauses", "都道府県知事"),
    Authority.NONE: "",
}


def _join(items: Sequence[str], conjunction: str) -> str:
    """「甲及び乙」, 「甲、乙及び丙」 (conjunction 及び or 又は)."""
    if len(items) <= 1:
        return "".join(items)
    return "、".join(items[:-1]) + conjunction + items[-1]


def party_intro(parties: Sequence[tuple[str, str]]) -> str:
    """「A市（以下「甲」という。）及びB町（以下「乙」という。）」 from (code, name) pairs in order."""
    return _join(
        [f"{name}（以下「{party_letter(i)}」という。）" for i, (_, name) in enumerate(parties)], "及び"
    )


def _date_text(day: date | None, kind: AgreementKind) -> str:
    return format_wareki(day) if day is not None else DEFAULT_START_WORDS[kind]


def render_term(kind: AgreementKind, term: Term, party_count: int) -> str:
    """The 期間 clause for ``term`` (dates in 和暦)."""
    letters = [party_letter(i) for i in range(max(party_count, 1))]
    doc = DOCUMENT_WORDS[kind]
    start = _date_text(term.start, kind)
    if term.end is None:
        template = "term_rules" if doc == "規約" else "term_indefinite"
        return CLAUSE_TEXTS[template].format(doc=doc, start=start)
    text = CLAUSE_TEXTS["term_fixed"].format(doc=doc, start=start, end=_date_text(term.end, kind))
    if term.auto_renew:
        text += CLAUSE_TEXTS["term_renewal"].format(any=_join(letters, "又は"), years=term.renewal_years)
    return text


def default_clauses(
    kind: AgreementKind,
    parties: Sequence[tuple[str, str]],
    *,
    subject: str = "",
    roles: Sequence[RoleRow] = (),
    term: Term | None = None,
) -> Clauses:
    """Formal default clause texts for ``kind`` between ``parties`` ((code, name) pairs, in 甲乙 order).

    ``subject`` names the duty or field (e.g. 「介護認定審査会の設置」). The 紛争解決 clause of a 連携協約
    points to 自治紛争処理委員 (地方自治法第252条の2第7項, 第251条の3の2) at 総務大臣 when a prefecture
    is a party, otherwise 都道府県知事.
    """
    letters = [party_letter(i) for i in range(len(parties))]
    codes = [code for code, _ in parties]
    term = term or Term()
    words = {
        "intro": party_intro(parties),
        "all": _join(letters, "及び"),
        "any": _join(letters, "又は"),
        "doc": DOCUMENT_WORDS[kind],
        "law": LAW,
        "article": _FOUNDING_ARTICLES.get(kind, ""),
        "subject": subject.strip() or DEFAULT_SUBJECT,
        "basis": SETTLEMENT_BASIS,
        "count": "1",
        "authority": AUTHORITY_WORDS[
            Authority.MINISTER if prefecture_is_party(codes) else Authority.GOVERNOR
        ],
    }
    t = CLAUSE_TEXTS
    cooperative = kind in (AgreementKind.COMPACT, AgreementKind.SETTLEMENT, AgreementKind.INFORMAL)
    if kind is AgreementKind.COMPACT:
        purpose, amendment = t["purpose_compact"], t["amend_compact"]
    elif kind is AgreementKind.SETTLEMENT:
        purpose, amendment = t["purpose_settlement"], t["amend_settlement"]
    elif kind is AgreementKind.INFORMAL:
        purpose, amendment = t["purpose_informal"], t["amend_informal"]
    else:
        purpose = t["purpose_rules"].replace("{purpose}", _RULES_PURPOSES[kind])
        amendment = t["amend_rules"]
    liaison = needs_liaison_meeting(kind)
    return Clauses(
        purpose=purpose.format(**words),
        basic_policy=(t["policy_cooperative"] if cooperative else t["policy_rules"]).format(**words),
        roles=tuple(roles),
        cost_sharing=(t["cost"] if cooperative else t["cost_rules"]).format(**words),
        liaison_meeting=t["liaison"].format(**words) if liaison else "",
        meetings_per_year=1 if liaison else 0,
        dispute_resolution=(
            t["dispute_compact"] if kind is AgreementKind.COMPACT else t["dispute_other"]
        ).format(**words),
        term=term,
        term_text=render_term(kind, term, len(parties)),
        amendment=amendment.format(**words),
    )


def agreement_from_plan(
    plan: Plan, names: Mapping[str, str], *, title: str = "", subject: str = ""
) -> Agreement:
    """A draft agreement for a (chosen) plan: its kind by method, the plan's parties and 甲乙 letters,
    the role table, and default clauses. ``names`` maps codes to display names (missing: the code)."""
    kind = kind_for_method(plan.method)
    pairs = [(p.code, names.get(p.code, p.code)) for p in plan.participants]
    return Agreement(
        kind=kind,
        title=title or plan.name,
        parties=tuple(AgreementParty(p.code, p.letter) for p in plan.participants),
        clauses=default_clauses(kind, pairs, subject=subject, roles=plan.roles),
        council_type=plan.council_type,
        plan_id=plan.id,
    )


# --- lifecycle order -------------------------------------------------------------------------------

# Each event must not be dated before these (the earliest occurrence of each is used, per party for
# 議決, so later amendments do not trip the check). 施行 after 許可 applies to 組合 only (284条2項:
# the union comes into being with the 許可).
_PREDECESSORS: dict[EventKind, tuple[EventKind, ...]] = {
    EventKind.CONSULTATION_START: (),
    EventKind.COUNCIL_RESOLUTION: (EventKind.CONSULTATION_START,),  # 252条の2第3項: 「協議については…議決」
    EventKind.CONCLUSION: (EventKind.CONSULTATION_START, EventKind.COUNCIL_RESOLUTION),
    EventKind.PUBLIC_NOTICE: (
        EventKind.CONSULTATION_START,
        EventKind.COUNCIL_RESOLUTION,
        EventKind.CONCLUSION,
    ),
    EventKind.FILING: (EventKind.CONSULTATION_START, EventKind.COUNCIL_RESOLUTION, EventKind.CONCLUSION),
    EventKind.EFFECTIVE: (EventKind.CONSULTATION_START, EventKind.COUNCIL_RESOLUTION, EventKind.CONCLUSION),
    EventKind.REVIEW_DUE: (EventKind.CONCLUSION, EventKind.EFFECTIVE),
    EventKind.ABOLITION: (EventKind.CONCLUSION, EventKind.EFFECTIVE),
}


def _predecessors(kind: EventKind, approval: ApprovalKind) -> tuple[EventKind, ...]:
    base = _PREDECESSORS[kind]
    if approval is ApprovalKind.PERMISSION and kind in (EventKind.EFFECTIVE, EventKind.PUBLIC_NOTICE):
        return (*base, EventKind.FILING)
    return base


def _order_issue(
    field_name: str,
    event: str,
    day: date,
    party: str | None,
    previous: str,
    previous_day: date,
    previous_party: str | None,
) -> ValidationIssue:
    return ValidationIssue(
        field_name,
        ErrorCode.DATE_OUT_OF_ORDER,
        {
            "event": event,
            "party": party or "",
            "date": day.isoformat(),
            "previous_event": previous,
            "previous_party": previous_party or "",
            "previous_date": previous_day.isoformat(),
        },
    )


def validate_lifecycle(agreement: Agreement) -> list[ValidationIssue]:
    """Event dates in order: 議決 not before 協議開始, 締結 not before any founding party's first 議決,
    告示・届出 not before 締結, 施行 not before 締結 (and 許可 for 組合), 見直し期限 and 廃止 not before
    施行. Each issue is at ``events[i].date`` and names both events, parties and dates."""
    issues: list[ValidationIssue] = []
    approval = agreement.approval
    founders = {p.code for p in agreement.parties if p.joined is None}
    # The earliest occurrence of each kind (per party for 議決), with the event carrying it.
    earliest: dict[tuple[EventKind, str | None], LifecycleEvent] = {}
    for event in agreement.events:
        party = event.party_code if event.kind is EventKind.COUNCIL_RESOLUTION else None
        key = (event.kind, party)
        if key not in earliest or event.date < earliest[key].date:
            earliest[key] = event
    for index, event in enumerate(agreement.events):
        bounds: list[LifecycleEvent] = []
        for previous in _predecessors(event.kind, approval):
            if previous is EventKind.COUNCIL_RESOLUTION:
                bounds += [
                    e
                    for (k, party), e in earliest.items()
                    if k is previous and (party in founders or party == event.party_code)
                ]
            elif (previous, None) in earliest:
                bounds.append(earliest[(previous, None)])
        violated = [b for b in bounds if event.date < b.date]
        if violated:
            latest = max(violated, key=lambda b: b.date)
            issues.append(
                _order_issue(
                    f"events[{index}].date",
                    str(event.kind),
                    event.date,
                    event.party_code,
                    str(latest.kind),
                    latest.date,
                    latest.party_code,
                )
            )
    return issues


def validate_agreement(
    agreement: Agreement, *, known_codes: Container[str] | None = None
) -> list[ValidationIssue]:
    """Re-check an Agreement built in code (services call this before every save)."""
    _, issues = agreement_from_input(agreement_to_input(agreement), base=agreement, known_codes=known_codes)
    return issues


# --- input -----------------------------------------------------------------------------------------

TEXT_LIMITS = {"title": 200, "notes": 4000}
CLAUSE_TEXT_KEYS = (
    "purpose",
    "basic_policy",
    "cost_sharing",
    "liaison_meeting",
    "dispute_resolution",
    "term_text",
    "amendment",
)
CLAUSE_TEXT_MAX = 4000
FACILITY_NAME_MAX = 100
FACILITY_TEXT_MAX = 50
EVENT_NOTE_MAX = 500
MAX_USAGE = Decimal(10) ** 12
MAX_RENEWAL_YEARS = 99
MAX_MEETINGS_PER_YEAR = 366


def min_parties(kind: AgreementKind) -> int:
    return 1 if kind is AgreementKind.INFORMAL else 2


def max_parties(kind: AgreementKind) -> int | None:
    """定住自立圏形成協定 is always 1:1 (中心市 and one neighbour: 定住自立圏構想推進要綱)."""
    return 2 if kind is AgreementKind.SETTLEMENT else None


def _date(issues: IssueCollector, field_name: str, raw: object, *, required: bool = False) -> date | None:
    try:
        day = parse_date(raw)  # type: ignore[arg-type]
    except ParseError as exc:
        issues.add(field_name, exc.code, value=raw)
        return None
    if day is None and required:
        issues.add(field_name, ErrorCode.REQUIRED)
    return day


def _clauses(
    issues: IssueCollector,
    raw: Mapping[str, object],
    current: Clauses,
    kind: AgreementKind,
    codes: Sequence[str],
    known: Container[str] | None,
) -> Clauses:
    changes: dict[str, object] = {}
    for key in CLAUSE_TEXT_KEYS:
        if key in raw:
            changes[key] = issues.text(f"clauses.{key}", raw[key], CLAUSE_TEXT_MAX)
    if "roles" in raw:
        changes["roles"] = role_rows_from_input(issues, raw["roles"], codes, known, "clauses.roles")
    else:
        changes["roles"] = tuple(
            RoleRow(r.initiative, {c: t for c, t in r.roles.items() if c in codes}) for r in current.roles
        )
    meetings: int | None = current.meetings_per_year
    if "meetings_per_year" in raw:
        try:
            meetings = parse_int(raw["meetings_per_year"]) or 0  # type: ignore[arg-type]
        except ParseError as exc:
            issues.add("clauses.meetings_per_year", exc.code, value=raw["meetings_per_year"])
            meetings = None
    if meetings is not None:
        if meetings < 0:
            issues.add("clauses.meetings_per_year", ErrorCode.NEGATIVE, value=meetings)
        elif meetings > MAX_MEETINGS_PER_YEAR:
            issues.add("clauses.meetings_per_year", ErrorCode.TOO_LARGE, max=MAX_MEETINGS_PER_YEAR)
        elif meetings < 1 and needs_liaison_meeting(kind):
            # 連絡会議: the mayors' regular consultation the seed asks for, at least once a year.
            issues.add("clauses.meetings_per_year", ErrorCode.MEETINGS_TOO_RARE, value=meetings, min=1)
        else:
            changes["meetings_per_year"] = meetings

    term = current.term
    term_changes: dict[str, object] = {}
    for key in ("start", "end"):
        if f"term_{key}" in raw:
            term_changes[key] = _date(issues, f"clauses.term_{key}", raw[f"term_{key}"])
    if "term_auto_renew" in raw:
        term_changes["auto_renew"] = parse_flag(raw["term_auto_renew"])
    if "term_renewal_years" in raw:
        years = issues.integer("clauses.term_renewal_years", raw["term_renewal_years"])
        if years is not None and years < 1:
            issues.add("clauses.term_renewal_years", ErrorCode.REQUIRED, value=years)
        elif years is not None and years > MAX_RENEWAL_YEARS:
            issues.add("clauses.term_renewal_years", ErrorCode.TOO_LARGE, max=MAX_RENEWAL_YEARS)
        elif years is not None:
            term_changes["renewal_years"] = years
    term = replace(term, **term_changes)  # type: ignore[arg-type]
    if term.start is not None and term.end is not None and term.end < term.start:
        issues.items.append(
            _order_issue("clauses.term_end", "term_end", term.end, None, "term_start", term.start, None)
        )
    if term.auto_renew and term.end is None:
        issues.add("clauses.term_end", ErrorCode.REQUIRED)
    changes["term"] = term
    return replace(current, **changes)  # type: ignore[arg-type]


def agreement_from_input(
    values: Mapping[str, object], *, base: Agreement | None = None, known_codes: Container[str] | None = None
) -> tuple[Agreement | None, list[ValidationIssue]]:
    """Build an Agreement from form or file input (strings as typed) or name every invalid field.

    Keys (missing keys keep ``base``'s values):
    - kind, title, plan_id, council_type, notes;
    - parties: codes, or dicts {"code", "joined", "left"}; order gives 甲, 乙, 丙 …;
    - clauses: dict with purpose, basic_policy, roles ([{"initiative", "roles": {code: text}}]),
      cost_sharing, liaison_meeting, meetings_per_year, dispute_resolution, term_start, term_end,
      term_auto_renew, term_renewal_years, term_text, amendment;
    - events: [{"kind", "date", "party_code", "note"}];
    - facilities: [{"name", "owner_code", "kind", "usage_unit"}];
    - usages: [{"facility", "party_code", "period_start", "period_end", "amount"}].
    Issues name fields as "parties[1].left", "clauses.meetings_per_year", "events[2].date",
    "facilities[0].owner_code", "usages[3].amount" ….
    """
    issues = IssueCollector()
    current = base or Agreement(kind=AgreementKind.COMPACT, title="", parties=())
    changes: dict[str, object] = {}

    for key, limit in TEXT_LIMITS.items():
        if key in values:
            changes[key] = issues.text(key, values[key], limit)
    if not changes.get("title", current.title):
        issues.add("title", ErrorCode.REQUIRED)

    kind = current.kind
    if "kind" in values:
        chosen = issues.choice("kind", values["kind"], AgreementKind)
        if chosen is not None:
            kind = AgreementKind(chosen)
    council_type = current.council_type
    if "council_type" in values:
        raw = clean_text(values["council_type"])
        try:
            council_type = CouncilType(raw) if raw else None
        except ValueError:
            council_type = None
            if kind is AgreementKind.RULES_COUNCIL:
                issues.add("council_type", ErrorCode.UNKNOWN_CHOICE, value=raw)
    if kind is not AgreementKind.RULES_COUNCIL:
        council_type = None
    elif council_type is None and not any(i.field == "council_type" for i in issues.items):
        issues.add("council_type", ErrorCode.REQUIRED)

    if "plan_id" in values:
        plan_id = (
            issues.integer("plan_id", values["plan_id"]) if values["plan_id"] not in (None, "") else None
        )
        changes["plan_id"] = plan_id

    # Parties with membership over time.
    if "parties" in values:
        entries, invalid = parties_from_input(issues, values["parties"], known_codes, field_name="parties")
        parties_list = []
        for position, (code, entry, index) in enumerate(entries):
            joined = _date(issues, f"parties[{index}].joined", entry.get("joined"))
            left = _date(issues, f"parties[{index}].left", entry.get("left"))
            if joined is not None and left is not None and left <= joined:
                issues.items.append(
                    _order_issue(f"parties[{index}].left", "left", left, code, "joined", joined, code)
                )
            parties_list.append(AgreementParty(code, party_letter(position), joined, left))
        parties = tuple(parties_list)
    else:
        parties, invalid = current.parties, 0
    count = len(parties) + invalid
    if count < min_parties(kind):
        issues.add("parties", ErrorCode.TOO_FEW_PARTIES, min=min_parties(kind), count=count)
    maximum = max_parties(kind)
    if maximum is not None and count > maximum:
        issues.add("parties", ErrorCode.TOO_MANY_PARTIES, max=maximum, count=count)
    codes = tuple(p.code for p in parties)

    clauses = _clauses(issues, dict(values.get("clauses") or {}), current.clauses, kind, codes, known_codes)  # type: ignore[call-overload]

    def party(field_name: str, raw: object, *, required: bool) -> str | None:
        if raw in (None, "") and not required:
            return None
        code = issues.code(field_name, raw, known_codes)
        if code is not None and code not in codes:
            issues.add(field_name, ErrorCode.UNKNOWN_PARTY, party=code)
            return None
        return code

    if "events" in values:
        events = []
        for index, raw_event in enumerate(values["events"] or ()):  # type: ignore[attr-defined]
            entry = dict(raw_event) if isinstance(raw_event, Mapping) else {}
            where = f"events[{index}]"
            event_kind = issues.choice(f"{where}.kind", entry.get("kind"), EventKind)
            day = _date(issues, f"{where}.date", entry.get("date"), required=True)
            code = party(
                f"{where}.party_code",
                entry.get("party_code"),
                required=event_kind is EventKind.COUNCIL_RESOLUTION,
            )
            note = issues.text(f"{where}.note", entry.get("note"), EVENT_NOTE_MAX)
            if (
                event_kind is not None
                and day is not None
                and (code or event_kind is not EventKind.COUNCIL_RESOLUTION)
            ):
                events.append(LifecycleEvent(EventKind(event_kind), day, code, note))
        events_tuple = tuple(events)
    else:
        events_tuple = tuple(e for e in current.events if e.party_code is None or e.party_code in codes)

    if "facilities" in values:
        facilities = []
        names: set[str] = set()
        for index, raw_facility in enumerate(values["facilities"] or ()):  # type: ignore[attr-defined]
            entry = dict(raw_facility) if isinstance(raw_facility, Mapping) else {}
            where = f"facilities[{index}]"
            name = issues.text(f"{where}.name", entry.get("name"), FACILITY_NAME_MAX, required=True)
            if name and name in names:
                issues.add(f"{where}.name", ErrorCode.DUPLICATE, value=name)
            names.add(name)
            owner = party(f"{where}.owner_code", entry.get("owner_code"), required=True)
            facility_kind = issues.text(f"{where}.kind", entry.get("kind"), FACILITY_TEXT_MAX)
            unit = issues.text(f"{where}.usage_unit", entry.get("usage_unit"), FACILITY_TEXT_MAX)
            facilities.append(Facility(name, owner or "", facility_kind, unit))
        facilities_tuple = tuple(facilities)
    else:
        facilities_tuple = current.facilities
    facility_names = {f.name for f in facilities_tuple}

    if "usages" in values:
        usages = []
        for index, raw_usage in enumerate(values["usages"] or ()):  # type: ignore[attr-defined]
            entry = dict(raw_usage) if isinstance(raw_usage, Mapping) else {}
            where = f"usages[{index}]"
            facility = clean_text(entry.get("facility"))
            if not facility:
                issues.add(f"{where}.facility", ErrorCode.REQUIRED)
            elif facility not in facility_names:
                issues.add(f"{where}.facility", ErrorCode.NOT_FOUND, value=facility)
            code = party(f"{where}.party_code", entry.get("party_code"), required=True)
            start = _date(issues, f"{where}.period_start", entry.get("period_start"), required=True)
            end = _date(issues, f"{where}.period_end", entry.get("period_end"), required=True)
            if start is not None and end is not None and end < start:
                issues.items.append(
                    _order_issue(f"{where}.period_end", "period_end", end, code, "period_start", start, code)
                )
            amount = issues.decimal(f"{where}.amount", entry.get("amount"), places=2, maximum=MAX_USAGE)
            if None not in (code, start, end, amount) and facility:
                usages.append(FacilityUsage(facility, code, start, end, amount))  # type: ignore[arg-type]
        usages_tuple = tuple(usages)
    else:
        usages_tuple = tuple(
            u for u in current.usages if u.party_code in codes and u.facility in facility_names
        )

    agreement = replace(
        current,
        kind=kind,
        council_type=council_type,
        parties=parties,
        clauses=clauses,
        events=events_tuple,
        facilities=facilities_tuple,
        usages=usages_tuple,
        **changes,  # type: ignore[arg-type]
    )
    issues.items += validate_lifecycle(agreement)  # dates that parsed, even when other fields are wrong
    if issues.items:
        return None, issues.items
    return agreement, []


def agreement_to_input(agreement: Agreement) -> dict[str, object]:
    """The input dict that ``agreement_from_input`` turns back into ``agreement``."""
    c = agreement.clauses
    return {
        "kind": agreement.kind.value,
        "title": agreement.title,
        "notes": agreement.notes,
        "plan_id": agreement.plan_id,
        "council_type": agreement.council_type.value if agreement.council_type else "",
        "parties": [{"code": p.code, "joined": p.joined, "left": p.left} for p in agreement.parties],
        "clauses": {
            **{key: getattr(c, key) for key in CLAUSE_TEXT_KEYS},
            "roles": [{"initiative": r.initiative, "roles": dict(r.roles)} for r in c.roles],
            "meetings_per_year": c.meetings_per_year,
            "term_start": c.term.start,
            "term_end": c.term.end,
            "term_auto_renew": c.term.auto_renew,
            "term_renewal_years": c.term.renewal_years,
        },
        "events": [
            {"kind": e.kind.value, "date": e.date, "party_code": e.party_code, "note": e.note}
            for e in agreement.events
        ],
        "facilities": [
            {"name": f.name, "owner_code": f.owner_code, "kind": f.kind, "usage_unit": f.usage_unit}
            for f in agreement.facilities
        ],
        "usages": [
            {
                "facility": u.facility,
                "party_code": u.party_code,
                "period_start": u.period_start,
                "period_end": u.period_end,
                "amount": u.amount,
            }
            for u in agreement.usages
        ],
    }
