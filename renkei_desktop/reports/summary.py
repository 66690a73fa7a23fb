"""The meeting summary (会議資料): from the services and the user's choices to a ``Document``.

Content (issue #6): a one-page overview (duties needing cooperation, chosen partners and methods, the
home town's cost and workload before and after), the catalogue table, per plan its parties and roles,
method and procedure status and the sharing table in 千円 (△ for negatives, with the rounding note),
the charts, and the agreements with their review dates.

Every word is looked up through Qt's translation when the document is built (context "Reports"; the
names of domain values through labels.name), so the summary comes out in the document language
(reports/labels.py, reports/language.py). QtCore's translate only: no QtGui, no widgets.
"""

from __future__ import annotations

import importlib.util
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain.agreements import Agreement, is_in_force, reviews_due
from ..domain.duties import Duty, DutyCategory, Urgency
from ..domain.methods import ApprovalKind, CooperationMethod
from ..domain.municipalities import Municipality
from ..domain.plans import Plan, RoleRow, compare_plan
from ..domain.procedures import next_steps, progress
from . import labels as L
from .document import (
    Align,
    Column,
    Document,
    Figure,
    HeaderFields,
    Orientation,
    Paragraph,
    ReportError,
    Row,
    Section,
    Style,
    Table,
)

# The services (renkei_desktop.services.container.Services) and a plan's split (services.shares.PlanShares)
# are passed in and used by their attributes; they are not imported, so that the document structure does
# not pull in the database layers.
Services = Any
PlanShares = Any
translate = QCoreApplication.translate
_PROVISION = re.compile(r"(地方自治法)?第(\d+)条(?:の(\d+))?(?:の(\d+))?(?:第(\d+)項)?")

DEFAULT_TITLE = QT_TRANSLATE_NOOP("Reports", "広域連携の検討状況について")
OVERVIEW, CATALOGUE, PLANS, CHARTS, AGREEMENTS = "overview", "catalogue", "plans", "charts", "agreements"
SECTION_KEYS = (OVERVIEW, CATALOGUE, PLANS, CHARTS, AGREEMENTS)
SECTION_TITLES = {
    OVERVIEW: QT_TRANSLATE_NOOP("Reports", "概要"),
    CATALOGUE: QT_TRANSLATE_NOOP("Reports", "事務カタログ"),
    PLANS: QT_TRANSLATE_NOOP("Reports", "連携案"),
    CHARTS: QT_TRANSLATE_NOOP("Reports", "グラフ"),
    AGREEMENTS: QT_TRANSLATE_NOOP("Reports", "協定・規約"),
}
MAX_ROLE_COLUMNS = 4  # parties side by side in the 役割分担 table; more go one row per party

# (title, figure) pairs for the chosen plans and categories: charts/report.py's figures_for_report.
ChartSource = Callable[..., Sequence[tuple[str, Any]]]


@dataclass(frozen=True)
class Selection:
    """What the summary covers. Empty: everything. Filters combine (a category AND a partner …)."""

    duty_ids: frozenset[int] | None = None
    plan_ids: frozenset[int] | None = None
    agreement_ids: frozenset[int] | None = None
    partner_code: str | None = None  # only plans (and their duties) and agreements with this party
    category: DutyCategory | None = None
    chosen_only: bool = False  # only the chosen alternative of each duty

    @property
    def is_everything(self) -> bool:
        return self == Selection()


@dataclass(frozen=True)
class SummaryOptions:
    header: HeaderFields = field(default_factory=HeaderFields)
    title: str = DEFAULT_TITLE  # the default is printed in the document language, a title given as is
    orientation: Orientation = Orientation.PORTRAIT
    selection: Selection = field(default_factory=Selection)
    sections: frozenset[str] = frozenset(SECTION_KEYS)
    today: date | None = None  # the day statuses and reviews are judged on (default: 作成日, else today)
    review_within_days: int = 365
    overview_rows: int = 12  # duties listed on the overview page (it stays one page)


def chart_source_available() -> bool:
    """True when charts/report.py (issue #5) is part of this build."""
    return importlib.util.find_spec(f"{__package__.rsplit('.', 1)[0]}.charts.report") is not None


def default_chart_source(services: Services, *, plan_ids=None, categories=None):  # noqa: ANN001, ANN201
    if not chart_source_available():
        return None
    from ..charts import texts as chart_texts
    from ..charts.report import figures_for_report

    # The charts' words in the document language too (the charts page installs the same lookup).
    chart_texts.install_translator(_translate_charts)
    return figures_for_report(services, plan_ids=plan_ids, categories=categories)


def _translate_charts(source: str) -> str:
    return translate("Charts", source)


def section_title(key: str, number: str) -> str:
    """「1　概要」: a numbered section heading."""
    return translate("Reports", "{0}　{1}").format(number, translate("Reports", SECTION_TITLES[key]))


class _Data:
    """The records a summary reads, selected once."""

    def __init__(self, services: Services, options: SummaryOptions):
        self.services = services
        profile = services.profile.get()
        if profile is None:
            raise ReportError(ReportError.NO_PROFILE)
        self.home_code = profile.home_code
        self.municipalities: dict[str, Municipality] = {m.code: m for m in services.municipalities.all()}
        home = self.municipalities.get(self.home_code)
        self.home_name = home.name if home else self.home_code
        self.home_label = home.display_name if home else self.home_code
        self.today = options.today or options.header.created or date.today()
        selection = options.selection

        all_duties = services.catalogue.list_duties(self.home_code)
        home_duty_ids = {d.id for d in all_duties}
        duties = all_duties
        if selection.category is not None:
            duties = [d for d in duties if d.category is selection.category]
        if selection.duty_ids is not None:
            duties = [d for d in duties if d.id in selection.duty_ids]
        duty_ids = {d.id for d in duties}
        plans = [p for p in services.plans.list_all() if p.duty_id in home_duty_ids and p.duty_id in duty_ids]
        if selection.plan_ids is not None:
            plans = [p for p in plans if p.id in selection.plan_ids]
        if selection.partner_code:
            plans = [p for p in plans if selection.partner_code in p.party_codes]
        if selection.chosen_only:
            plans = [p for p in plans if p.chosen]
        if selection.partner_code or selection.plan_ids is not None:
            with_plans = {p.duty_id for p in plans}
            duties = [d for d in duties if d.id in with_plans]
        order = {d.id: i for i, d in enumerate(duties)}
        plans.sort(key=lambda p: (order.get(p.duty_id, 0), not p.chosen, p.id or 0))
        self.duties: list[Duty] = duties
        self.plans: list[Plan] = plans
        self.all_plans_by_duty: dict[int, list[Plan]] = {}
        for plan in plans:
            self.all_plans_by_duty.setdefault(plan.duty_id, []).append(plan)

        agreements = services.agreements.list_all()
        if selection.agreement_ids is not None:
            agreements = [a for a in agreements if a.id in selection.agreement_ids]
        elif (
            selection.category is not None or selection.duty_ids is not None or selection.plan_ids is not None
        ):
            plan_ids = {p.id for p in plans}
            agreements = [a for a in agreements if a.plan_id in plan_ids]
        if selection.partner_code:
            agreements = [a for a in agreements if selection.partner_code in a.party_codes]
        self.agreements: list[Agreement] = agreements
        self._shares: dict[int, PlanShares] = {}

    def name(self, code: str) -> str:
        m = self.municipalities.get(code)
        return m.name if m else code

    def shares(self, plan: Plan) -> PlanShares:
        key = plan.id if plan.id is not None else id(plan)
        if key not in self._shares:
            self._shares[key] = self.services.shares.plan_shares(plan)
        return self._shares[key]

    def duty(self, duty_id: int) -> Duty | None:
        return next((d for d in self.duties if d.id == duty_id), None) or self.services.catalogue.get(duty_id)

    def chosen(self, duty: Duty) -> Plan | None:
        return next((p for p in self.all_plans_by_duty.get(duty.id or -1, []) if p.chosen), None)

    def partners(self, plan: Plan) -> list[str]:
        return [self.name(c) for c in plan.party_codes if c != self.home_code]


def _decimal(value: Decimal) -> str:
    """0.50 → 0.5, 2.00 → 2 (staff counts)."""
    text = f"{value.quantize(Decimal('0.01')):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def needs_cooperation(duty: Duty, has_plans: bool) -> bool:
    """A duty counts as needing cooperation when staff are missing, it is urgent, or plans exist."""
    return has_plans or duty.staffing_gap > 0 or duty.urgency is Urgency.HIGH


# --- before / after ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Effect:
    """The home town's cost and workload for the duties with a chosen plan, alone and under the plans."""

    duties: int
    cost_before: int
    cost_after: int
    work_before: Decimal
    work_after: Decimal
    pending: tuple[str, ...]  # plans whose split is incomplete: counted at the duty's own figures


def effect(data: _Data) -> Effect:
    cost_before = cost_after = 0
    work_before = work_after = Decimal(0)
    pending: list[str] = []
    count = 0
    for duty in data.duties:
        plan = data.chosen(duty)
        if plan is None:
            continue
        count += 1
        cost_before += duty.annual_cost_yen
        work_before += duty.workload_person_years
        shares = data.shares(plan)
        if shares.complete and data.home_code in plan.party_codes:
            cost_after += shares.cost_of(data.home_code)
            work_after += (
                shares.workload_of(data.home_code)
                if shares.workload is not None
                else duty.workload_person_years
            )
        else:
            cost_after += duty.annual_cost_yen
            work_after += duty.workload_person_years
            pending.append(plan.name)
    return Effect(count, cost_before, cost_after, work_before, work_after, tuple(pending))


# --- sections ---------------------------------------------------------------------------------------


def _overview(data: _Data, options: SummaryOptions, number: str) -> Section:
    section = Section(section_title(OVERVIEW, number))
    duties = data.duties
    plans = data.plans
    chosen = [p for p in plans if p.chosen]
    needing = [d for d in duties if needs_cooperation(d, bool(data.all_plans_by_duty.get(d.id or -1)))]
    partners = sorted({c for p in chosen for c in p.party_codes if c != data.home_code})
    methods = Counter(p.method for p in chosen)
    total_cost = sum(d.annual_cost_yen for d in duties)
    total_work = sum((d.workload_person_years for d in duties), Decimal(0))
    gap = sum((d.staffing_gap for d in needing), Decimal(0))
    urgent = sum(1 for d in needing if d.urgency is Urgency.HIGH)
    due = reviews_due(data.agreements, data.today, options.review_within_days)
    none = translate("Reports", "なし")
    partner_text = (
        translate("Reports", "{0}（{1}団体）").format(
            L.join_list([data.name(c) for c in partners]), len(partners)
        )
        if partners
        else none
    )
    method_text = L.join_list(
        [
            translate("Reports", "{0} {1}件").format(L.name(L.METHOD, m), n)
            for m, n in sorted(methods.items(), key=lambda kv: -kv[1])
        ]
    )
    bullets = [
        translate("Reports", "○　対象団体: {0}（{1}現在）").format(data.home_label, L.date_text(data.today)),
        translate("Reports", "○　事務カタログ: {0}事務（年間経費 計{1}千円、業務量 計{2}人工）").format(
            len(duties), L.thousand_yen(total_cost), L.person_years(total_work)
        ),
        translate("Reports", "○　連携を要する事務: {0}事務（不足人数 計{1}人、緊急度「高」{2}事務）").format(
            len(needing), _decimal(gap), urgent
        ),
        translate("Reports", "○　連携案: {0}件（うち採用案{1}件）").format(len(plans), len(chosen)),
        translate("Reports", "○　採用案の相手団体: {0}").format(partner_text),
        translate("Reports", "○　採用案の連携の方法: {0}").format(method_text or none),
        translate("Reports", "○　協定・規約: {0}件（見直し期限・期間満了が{1}のもの {2}件）").format(
            len(data.agreements), _within_text(options.review_within_days), len(due)
        ),
    ]
    section.add(*(Paragraph(text, Style.BULLET) for text in bullets))

    result = effect(data)
    diff_cost = result.cost_after - result.cost_before
    diff_work = result.work_after - result.work_before
    note = L.sentences(
        translate(
            "Reports",
            "連携前は採用案のある{0}事務の年間経費・業務量の合計、連携後は採用案による{1}の負担額・業務量の合計。",
        ).format(result.duties, data.home_name),
        L.rounding_note(),
    )
    if result.pending:
        note += "\n" + translate(
            "Reports", "配分が確定していない案（{0}）は連携前の値で計上している。"
        ).format(L.join_list(list(result.pending)))
    section.add(
        Table(
            columns=(
                Column(translate("Reports", "項目"), 2.2),
                Column(translate("Reports", "連携前"), 1.2, Align.RIGHT),
                Column(translate("Reports", "連携後"), 1.2, Align.RIGHT),
                Column(translate("Reports", "増減"), 1.2, Align.RIGHT),
            ),
            rows=(
                Row(
                    (
                        translate("Reports", "年間経費（千円）"),
                        L.thousand_yen(result.cost_before),
                        L.thousand_yen(result.cost_after),
                        L.thousand_yen(diff_cost),
                    )
                ),
                Row(
                    (
                        translate("Reports", "業務量（人工）"),
                        L.person_years(result.work_before),
                        L.person_years(result.work_after),
                        L.person_years(diff_work),
                    )
                ),
            ),
            title=translate("Reports", "連携の効果（{0}の負担）").format(data.home_name),
            unit=translate("Reports", "（経費の単位:千円、業務量の単位:人工）"),
            note=note,
            keep_together=True,
        )
    )

    ranked = sorted(
        needing,
        key=lambda d: (
            {Urgency.HIGH: 0, Urgency.MEDIUM: 1, Urgency.LOW: 2}[d.urgency],
            -d.staffing_gap,
            -d.annual_cost_yen,
        ),
    )
    shown = ranked[: options.overview_rows]
    rows = []
    for duty in shown:
        plan = data.chosen(duty)
        alternatives = data.all_plans_by_duty.get(duty.id or -1, [])
        if plan is not None:
            method = L.name(L.METHOD, plan.method)
            partners_text = L.join_list(data.partners(plan)) or L.DASH
        elif alternatives:
            method = translate("Reports", "検討中（案{0}件）").format(len(alternatives))
            partners_text = L.DASH
        else:
            method, partners_text = translate("Reports", "未検討"), L.DASH
        rows.append(
            Row(
                (
                    duty.name,
                    L.name(L.CATEGORY, duty.category),
                    L.name(L.URGENCY, duty.urgency),
                    _decimal(duty.staffing_gap),
                    method,
                    partners_text,
                )
            )
        )
    more = len(ranked) - len(shown)
    section.add(
        Table(
            columns=(
                Column(translate("Reports", "事務名"), 2.6),
                Column(translate("Reports", "分野"), 1.3),
                Column(translate("Reports", "緊急度"), 0.7, Align.CENTER),
                Column(translate("Reports", "不足人数"), 0.8, Align.RIGHT),
                Column(translate("Reports", "採用案の方法"), 1.7),
                Column(translate("Reports", "相手団体"), 2.4),
            ),
            rows=tuple(rows) or (Row((translate("Reports", "該当なし"), "", "", "", "", "")),),
            title=translate("Reports", "連携を要する事務"),
            note=L.sentences(
                translate("Reports", "ほか{0}事務は「事務カタログ」を参照。").format(more)
                if more > 0
                else "",
                translate("Reports", "緊急度の高い順、同じ緊急度では不足人数の多い順。"),
            ),
        )
    )
    return section


def _within_text(days: int) -> str:
    if days % 365 == 0:
        return translate("Reports", "{0}年以内").format(days // 365)
    return translate("Reports", "{0}日以内").format(days)


def _catalogue(data: _Data, number: str) -> Section:
    section = Section(section_title(CATALOGUE, number), page_break_before=True)
    rows = []
    for index, duty in enumerate(data.duties, start=1):
        rows.append(
            Row(
                (
                    str(index),
                    duty.name,
                    L.name(L.CATEGORY, duty.category),
                    L.name(L.DUTY_STATUS, duty.status),
                    L.name(L.URGENCY, duty.urgency),
                    L.person_years(duty.workload_person_years),
                    L.thousand_yen(duty.annual_cost_yen),
                    _decimal(duty.staffing_gap),
                    L.join_list([L.name(L.METHOD, m) for m in duty.typical_methods]) or L.DASH,
                )
            )
        )
    rows.append(
        Row(
            (
                "",
                translate("Reports", "合計（{0}事務）").format(len(data.duties)),
                "",
                "",
                "",
                L.person_years(sum((d.workload_person_years for d in data.duties), Decimal(0))),
                L.thousand_yen(sum(d.annual_cost_yen for d in data.duties)),
                _decimal(sum((d.staffing_gap for d in data.duties), Decimal(0))),
                "",
            ),
            emphasis=True,
        )
    )
    section.add(
        Paragraph(
            translate("Reports", "{0}が事務カタログに登録している事務の一覧（{1}現在）。").format(
                data.home_name, L.date_text(data.today)
            )
        ),
        Table(
            columns=(
                Column(translate("Reports", "No."), 0.45, Align.RIGHT),
                Column(translate("Reports", "事務名"), 3.0),
                Column(translate("Reports", "分野"), 1.6),
                Column(translate("Reports", "状況"), 0.8, Align.CENTER),
                Column(translate("Reports", "緊急度"), 0.7, Align.CENTER),
                Column(translate("Reports", "業務量\n（人工）"), 1.05, Align.RIGHT),
                Column(translate("Reports", "年間経費\n（千円）"), 1.25, Align.RIGHT),
                Column(translate("Reports", "不足人数"), 0.8, Align.RIGHT),
                Column(translate("Reports", "連携の方法\n（候補）"), 2.3),
            ),
            rows=tuple(rows),
            unit=L.unit_thousand_yen(),
            note=L.rounding_note(),
        ),
    )
    return section


def _plan_facts(data: _Data, plan: Plan, duty: Duty | None) -> Table:
    profile = plan.profile
    method = L.name(L.METHOD, plan.method)
    if plan.council_type is not None:
        method = translate("Reports", "{0}（{1}）").format(method, L.name(L.COUNCIL_TYPE, plan.council_type))
    if profile.article:
        method = translate("Reports", "{method}　{article}").format(
            method=method, article=_article(profile.article)
        )
    count = len(plan.party_codes)
    if profile.council_resolution_required:
        resolution = translate("Reports", "必要（{0}団体それぞれの議会）　{1}").format(
            count, _article(profile.resolution_basis)
        )
    elif plan.method is CooperationMethod.INFORMAL:
        resolution = translate("Reports", "不要（法律上の手続なし）")
    else:
        resolution = translate("Reports", "不要（地方自治法第252条の2の2第3項ただし書）")
    comparison = compare_plan(plan)
    authority = L.name(L.AUTHORITY, comparison.authority)
    if comparison.approval is ApprovalKind.NONE:
        approval = L.name(L.APPROVAL, ApprovalKind.NONE)
    elif comparison.approval is ApprovalKind.PERMISSION:
        approval = translate("Reports", "{0}の許可").format(authority)
    else:
        approval = translate("Reports", "{0}への{1}").format(
            authority, L.name(L.APPROVAL, comparison.approval)
        )
    done, required = progress(plan.steps)
    upcoming = next_steps(plan.steps)
    progress_text = translate("Reports", "完了 {0}／{1}").format(done, required)
    if upcoming:
        names = []
        for step in upcoming:
            label = L.name(L.STEP_KIND, step.kind)
            names.append(
                translate("Reports", "{0}（{1}）").format(label, data.name(step.party_code))
                if step.party_code
                else label
            )
        progress_text += translate("Reports", "　次の手続: {0}").format(
            L.join_list(list(dict.fromkeys(names)))
        )
    status = L.name(L.PLAN_STATUS, plan.status)
    if plan.chosen:
        status = translate("Reports", "{0}（採用案）").format(status)
    lead = f"{L.name(L.LEAD_ROLE, plan.lead_role)}: {data.name(plan.lead_code)}"
    subject = (
        translate("Reports", "{0}（{1}）").format(duty.name, L.name(L.CATEGORY, duty.category))
        if duty
        else L.DASH
    )
    rows = [
        (translate("Reports", "対象事務"), subject),
        (translate("Reports", "連携の方法"), method),
        (translate("Reports", "幹事・代表"), lead),
        (translate("Reports", "案の状況"), status),
        (translate("Reports", "議会の議決"), resolution),
        (translate("Reports", "届出・許可"), approval),
        (translate("Reports", "手続の進捗"), progress_text),
    ]
    if plan.notes:
        rows.append((translate("Reports", "備考"), plan.notes))
    return Table(
        columns=(Column(translate("Reports", "項目"), 1.0), Column(translate("Reports", "内容"), 4.2)),
        rows=tuple(Row(r) for r in rows),
        keep_together=True,
    )


def _parties_table(data: _Data, plan: Plan) -> Table:
    rows = []
    for p in plan.participants:
        position = (
            L.name(L.LEAD_ROLE, plan.lead_role)
            if p.code == plan.lead_code
            else L.name(L.MEMBER_ROLE, plan.member_role)
        )
        rows.append(Row((L.letter(p.letter), data.name(p.code), position, p.role or L.DASH)))
    return Table(
        columns=(
            Column(translate("Reports", "区分"), 0.55, Align.CENTER),
            Column(translate("Reports", "団体"), 1.5),
            Column(translate("Reports", "立場"), 1.3),
            Column(translate("Reports", "役割"), 3.4),
        ),
        rows=tuple(rows),
        title=translate("Reports", "当事者と役割"),
    )


def role_table(
    plan_roles: Sequence[RoleRow],
    parties: Sequence[tuple[str, str, str]],
    *,
    title: str = "",
    with_names: bool = True,
) -> Table:
    """The 連携する取組と役割分担 table: 取組 and each party's role ((code, letter, name) parties).

    Up to four parties side by side (取組 | 甲の役割 | 乙の役割 …); more, one row per party and 取組.
    Letters are translated here (甲 → Party A in English)."""
    to_fill = translate("Reports", "（協議の上記入）")
    if len(parties) <= MAX_ROLE_COLUMNS:
        columns = (
            Column(translate("Reports", "取組"), 2.0),
            *(
                Column(
                    translate("Reports", "{0}（{1}）の役割").format(L.letter(letter), name)
                    if with_names
                    else translate("Reports", "{0}の役割").format(L.letter(letter)),
                    2.4,
                )
                for _, letter, name in parties
            ),
        )
        rows = tuple(
            Row((r.initiative, *(r.role_of(code) or L.DASH for code, _, _ in parties))) for r in plan_roles
        )
        if not rows:
            rows = (Row((to_fill, *("" for _ in parties))),)
        return Table(columns=columns, rows=rows, title=title)
    rows_list = [
        Row(
            (
                r.initiative if i == 0 else "",
                translate("Reports", "{0}（{1}）").format(L.letter(letter), name),
                r.role_of(code) or L.DASH,
            )
        )
        for r in plan_roles
        for i, (code, letter, name) in enumerate(parties)
    ]
    if not rows_list:
        rows_list = [Row((to_fill, "", ""))]
    return Table(
        columns=(
            Column(translate("Reports", "取組"), 2.0),
            Column(translate("Reports", "団体"), 1.6),
            Column(translate("Reports", "役割"), 4.0),
        ),
        rows=tuple(rows_list),
        title=title,
    )


def _steps_table(data: _Data, plan: Plan) -> Table:
    rows = []
    for step in plan.steps:
        who = (
            data.name(step.party_code) if step.party_code else (L.name(L.AUTHORITY, step.authority) or L.DASH)
        )
        rows.append(
            Row(
                (
                    L.name(L.STEP_KIND, step.kind),
                    who,
                    L.name(L.STEP_STATUS, step.status),
                    L.date_text(step.date),
                    step.note or "",
                )
            )
        )
    return Table(
        columns=(
            Column(translate("Reports", "手続"), 1.5),
            Column(translate("Reports", "団体・相手方"), 1.5),
            Column(translate("Reports", "状況"), 0.9, Align.CENTER),
            Column(translate("Reports", "日付"), 1.5),
            Column(translate("Reports", "メモ"), 2.0),
        ),
        rows=tuple(rows),
        title=translate("Reports", "手続の状況"),
    )


def _article(text: str) -> str:
    """「地方自治法第252条の2の2第3項」 in the document language: Japanese as it is; in English the
    numbering of the Japanese Law Translation database (Article 252-2-2, paragraph 3 of the Local
    Autonomy Act)."""
    if not text or L.build_language() == "ja":
        return text

    def provision(match: re.Match[str]) -> str:
        number = "-".join(n for n in (match[2], match[3], match[4]) if n)
        words = translate("Reports", "第{0}条").format(number)
        if match[5]:
            words = translate("Reports", "{0}第{1}項").format(words, match[5])
        if match[1]:
            words = translate("Reports", "地方自治法{0}").format(words)
        return words

    return _PROVISION.sub(provision, text)


def sharing_table(
    shares: PlanShares, *, title: str = "", name_of: Callable[[str], str] | None = None
) -> Table:
    """Per party, each cost item's share in 千円, the total, its percentage and the workload (人工).

    ``title`` defaults to 「負担の配分」 in the document language."""
    plan = shares.plan
    name_of = name_of or shares.name_of
    items = shares.items
    workload = shares.workload
    title = title or translate("Reports", "負担の配分")
    columns = [
        Column(translate("Reports", "区分"), 0.55, Align.CENTER),
        Column(translate("Reports", "団体"), 1.5),
    ]
    columns += [Column(f"{item.name}", 1.15, Align.RIGHT) for item in items]
    columns += [
        Column(translate("Reports", "合計"), 1.15, Align.RIGHT),
        Column(translate("Reports", "割合"), 0.9, Align.RIGHT),
    ]
    if workload is not None:
        columns.append(Column(translate("Reports", "業務量\n（人工）"), 1.05, Align.RIGHT))
    computed = [item for item in items if item.allocation is not None]
    net_total = sum(int(item.net) for item in computed)

    def tail(total: str, ratio: str, work: str) -> tuple[str, ...]:
        return (total, ratio, work) if workload is not None else (total, ratio)

    def item_state(item) -> str:  # noqa: ANN001
        return translate("Reports", "未設定") if not item.has_rule else translate("Reports", "算定不可")

    rows = [
        Row(
            (
                "",
                translate("Reports", "総額"),
                *(L.thousand_yen(int(i.total)) for i in items),
                *tail(
                    L.thousand_yen(sum(int(i.total) for i in items)),
                    "",
                    L.person_years(plan.workload_person_years),
                ),
            )
        ),
    ]
    if any(i.revenues for i in items):
        rows.append(
            Row(
                (
                    "",
                    translate("Reports", "特定財源"),
                    *(L.thousand_yen(-int(i.revenues)) if i.revenues else L.DASH for i in items),
                    *tail(L.thousand_yen(-sum(int(i.revenues) for i in items)), "", ""),
                )
            )
        )
        rows.append(
            Row(
                (
                    "",
                    translate("Reports", "配分対象額"),
                    *(L.thousand_yen(int(i.net)) for i in items),
                    *tail(L.thousand_yen(sum(int(i.net) for i in items)), "", ""),
                )
            )
        )
    for party in shares.parties:
        code = party.id
        cells = []
        for item in items:
            share = item.share_of(code)
            cells.append(L.thousand_yen(int(share)) if share is not None else item_state(item))
        cost = shares.cost_of(code)
        ratio = (
            L.percent((Decimal(cost) * 100 / Decimal(net_total)).quantize(Decimal("0.01")))
            if net_total
            else L.DASH
        )
        work = ""
        if workload is not None:
            work_share = workload.share_of(code)
            work = L.person_years(Decimal(work_share)) if work_share is not None else item_state(workload)
        rows.append(
            Row(
                (
                    L.letter(plan.letter_of(code)),
                    name_of(code),
                    *cells,
                    *tail(L.thousand_yen(cost), ratio, work),
                )
            )
        )
    total_cells = [
        L.thousand_yen(sum(int(item.share_of(p.id) or 0) for p in shares.parties))
        if item.allocation
        else L.DASH
        for item in items
    ]
    total_work = ""
    if workload is not None:
        total_work = L.person_years(Decimal(workload.net)) if workload.allocation is not None else L.DASH
    rows.append(
        Row(
            (
                "",
                translate("Reports", "合計"),
                *total_cells,
                *tail(
                    L.thousand_yen(sum(shares.cost_of(p.id) for p in shares.parties)),
                    "100.00%" if net_total else L.DASH,
                    total_work,
                ),
            ),
            emphasis=True,
        )
    )
    notes = []
    for item in shares.all_items:
        label = item.name if item.index is not None else translate("Reports", "業務量")
        if not item.has_rule and item.net:
            notes.append(
                translate("Reports", "※「{0}」は配分ルールが未設定のため算定していない。").format(label)
            )
        elif item.has_rule and item.allocation is None:
            notes.append(translate("Reports", "※「{0}」は基礎数値の不足等により算定できない。").format(label))
    notes.append(
        L.sentences(
            translate("Reports", "割合は算定できた費用項目の配分対象額の合計に対する割合。"),
            L.rounding_note(),
        )
    )
    return Table(
        columns=tuple(columns),
        rows=tuple(rows),
        title=title,
        unit=L.unit_thousand_yen(),
        note="\n".join(notes),
    )


def _plans(data: _Data, number: str) -> Section:
    section = Section(section_title(PLANS, number), page_break_before=True)
    if not data.plans:
        section.add(Paragraph(translate("Reports", "対象となる連携案はない。")))
        return section
    chosen = sum(1 for p in data.plans if p.chosen)
    section.add(
        Paragraph(
            translate(
                "Reports", "事務ごとに検討している連携案（{0}件、うち採用案{1}件）の内容は次のとおり。"
            ).format(len(data.plans), chosen)
        )
    )
    for index, plan in enumerate(data.plans, start=1):
        duty = data.duty(plan.duty_id)
        if plan.chosen:
            title = translate("Reports", "（{0}）{1}【採用案】").format(index, plan.name)
        else:
            title = translate("Reports", "（{0}）{1}").format(index, plan.name)
        sub = Section(title, level=2, page_break_before=index > 1)
        sub.add(_plan_facts(data, plan, duty))
        sub.add(_parties_table(data, plan))
        if plan.roles:
            parties = [(p.code, p.letter, data.name(p.code)) for p in plan.participants]
            sub.add(role_table(plan.roles, parties, title=translate("Reports", "連携する取組と役割分担")))
        if plan.cost_items or plan.workload_person_years:
            sub.add(sharing_table(data.shares(plan), name_of=data.name))
        sub.add(_steps_table(data, plan))
        section.add(sub)
    return section


def _charts(data: _Data, options: SummaryOptions, number: str, source: ChartSource | None) -> Section | None:
    selection = options.selection
    plan_ids = None if selection.is_everything else [p.id for p in data.plans if p.id is not None]
    categories = [selection.category] if selection.category is not None else None
    if source is None:
        figures = default_chart_source(data.services, plan_ids=plan_ids, categories=categories)
        if figures is None:
            return None  # the charts are not part of this build
    else:
        figures = source(data.services, plan_ids=plan_ids, categories=categories)
    section = Section(section_title(CHARTS, number), page_break_before=True)
    if not figures:
        section.add(
            Paragraph(
                translate(
                    "Reports", "表示できるグラフはない（採用した連携案と配分ルールを設定すると表示される）。"
                )
            )
        )
    for index, (title, figure) in enumerate(figures, start=1):
        section.add(Figure(translate("Reports", "図{0}　{1}").format(index, title), figure))
    return section


def agreement_status(agreement: Agreement, today: date) -> str:
    if is_in_force(agreement, today):
        return translate("Reports", "● 施行中")
    abolished = agreement.abolished_on
    if abolished is not None and abolished <= today:
        return translate("Reports", "× 廃止")
    return translate("Reports", "○ 未施行")


def _agreements(data: _Data, options: SummaryOptions, number: str) -> Section:
    section = Section(section_title(AGREEMENTS, number), page_break_before=True)
    if not data.agreements:
        section.add(Paragraph(translate("Reports", "対象となる協定・規約はない。")))
        return section
    rows = []
    for agreement in sorted(data.agreements, key=lambda a: (a.start_date or date.max, a.title)):
        parties = L.join_list([f"{L.letter(p.letter)} {data.name(p.code)}" for p in agreement.parties])
        review = agreement.review_deadline
        term_end = agreement.clauses.term.current_end(data.today)
        review_text = L.date_text(review)
        if term_end is not None:
            review_text += "\n" + translate("Reports", "（期間満了 {0}）").format(L.date_text(term_end))
        rows.append(
            Row(
                (
                    agreement.title,
                    L.name(L.AGREEMENT_KIND, agreement.kind),
                    parties,
                    L.date_text(agreement.start_date),
                    review_text,
                    agreement_status(agreement, data.today),
                )
            )
        )
    section.add(
        Table(
            columns=(
                Column(translate("Reports", "名称"), 2.6),
                Column(translate("Reports", "種類"), 1.6),
                Column(translate("Reports", "当事者"), 2.4),
                Column(translate("Reports", "施行日"), 1.35),
                Column(translate("Reports", "見直し期限"), 1.45),
                Column(translate("Reports", "状況"), 0.9, Align.CENTER),
            ),
            rows=tuple(rows),
            title=translate("Reports", "協定・規約の一覧"),
            note=translate("Reports", "状況は{0}時点。●施行中、○未施行、×廃止。").format(
                L.date_text(data.today)
            ),
        )
    )
    due = reviews_due(data.agreements, data.today, options.review_within_days)
    within = _within_text(options.review_within_days)
    if due:
        due_rows = []
        for item in due:
            left = (
                translate("Reports", "あと{0}日").format(item.days_left)
                if item.days_left >= 0
                else translate("Reports", "{0}日経過").format(-item.days_left)
            )
            due_rows.append(
                Row((item.title, L.name(L.REVIEW_REASON, item.reason), L.date_text(item.due), left))
            )
        section.add(
            Table(
                columns=(
                    Column(translate("Reports", "名称"), 3.2),
                    Column(translate("Reports", "事由"), 1.2),
                    Column(translate("Reports", "期限"), 1.5),
                    Column(translate("Reports", "残り日数"), 1.1, Align.RIGHT),
                ),
                rows=tuple(due_rows),
                title=translate("Reports", "見直し・期間満了が近いもの（{0}）").format(within),
                keep_together=len(due_rows) < 15,
            )
        )
    else:
        section.add(
            Paragraph(
                translate("Reports", "見直し期限・期間満了が{0}に来るものはない。").format(within),
                Style.NOTE,
            )
        )
    return section


def build_summary(
    services: Services, options: SummaryOptions | None = None, *, charts: ChartSource | None = None
) -> Document:
    """The meeting summary for ``options`` (content, header fields, orientation).

    ``charts`` gives the figures ((title, matplotlib Figure) pairs) for plan ids and categories; by default
    charts/report.py's ``figures_for_report`` when this build has it. Raises ReportError(NO_PROFILE) when
    no home municipality is set."""
    options = options or SummaryOptions()
    data = _Data(services, options)
    title = translate("Reports", DEFAULT_TITLE) if options.title == DEFAULT_TITLE else options.title
    document = Document(
        title=title,
        header=options.header,
        kind="summary",
        orientation=options.orientation,
        language=L.build_language(),
        continued=L.continued_mark(),
    )
    document.front = [Paragraph(title, Style.TITLE), Paragraph(data.home_label, Style.SUBTITLE)]
    number = 0

    def next_number() -> str:
        nonlocal number
        number += 1
        return str(number)

    if OVERVIEW in options.sections:
        document.sections.append(_overview(data, options, next_number()))
    if CATALOGUE in options.sections:
        document.sections.append(_catalogue(data, next_number()))
    if PLANS in options.sections:
        document.sections.append(_plans(data, next_number()))
    if CHARTS in options.sections:
        charts_section = _charts(data, options, str(number + 1), charts)
        if charts_section is not None:
            next_number()
            document.sections.append(charts_section)
    if AGREEMENTS in options.sections:
        document.sections.append(_agreements(data, options, next_number()))
    if document.sections and OVERVIEW not in options.sections:
        document.sections[0].page_break_before = False
    return document
