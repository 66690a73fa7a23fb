"""Japanese names for the codes of plans, methods and procedures, and messages about plan fields.

The domain carries codes only (``PlanStatus.DRAFT``, ``Authority.MINISTER`` …); this module names them
through Qt translation (context "PlanTexts"). ``plan_issue_text`` words a validation issue of a plan or
of its checklist, naming the field as the plan editor shows it (``name`` is the plan's name here, not
a duty's) and the parties and steps by name instead of by code.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain.errors import ErrorCode, ValidationIssue
from ..domain.methods import (
    ApprovalKind,
    Authority,
    AuthorityEffect,
    CooperationMethod,
    CouncilType,
    LeadRole,
    MemberRole,
)
from ..domain.normalize import ParseError, parse_date
from ..domain.plans import PlanStatus
from ..domain.procedures import ProcedureStep, StepKind, StepStatus
from . import texts

CTX = "PlanTexts"
translate = QCoreApplication.translate
NameOf = Callable[[str], str]  # party code → display name


def tr(source: str) -> str:
    return QCoreApplication.translate(CTX, source)


PLAN_STATUS = {
    PlanStatus.DRAFT: QT_TRANSLATE_NOOP("PlanTexts", "検討中"),
    PlanStatus.NEGOTIATING: QT_TRANSLATE_NOOP("PlanTexts", "協議中"),
    PlanStatus.AGREED: QT_TRANSLATE_NOOP("PlanTexts", "合意"),
    PlanStatus.REJECTED: QT_TRANSLATE_NOOP("PlanTexts", "不採用"),
}

COUNCIL_TYPE = {
    CouncilType.MANAGEMENT_EXECUTION: QT_TRANSLATE_NOOP("PlanTexts", "管理執行"),
    CouncilType.LIAISON: QT_TRANSLATE_NOOP("PlanTexts", "連絡調整"),
    CouncilType.PLANNING: QT_TRANSLATE_NOOP("PlanTexts", "計画作成"),
}

COUNCIL_TYPE_HELP = {
    CouncilType.MANAGEMENT_EXECUTION: QT_TRANSLATE_NOOP("PlanTexts", "事務の一部を共同して管理・執行する協議会です。"),
    CouncilType.LIAISON: QT_TRANSLATE_NOOP("PlanTexts", "事務の管理・執行について連絡調整を図る協議会です。議会の議決は要りません（地方自治法第252条の2の2第3項ただし書）。"),
    CouncilType.PLANNING: QT_TRANSLATE_NOOP("PlanTexts", "広域にわたる総合的な計画を共同して作成する協議会です。"),
}  # fmt: skip

AUTHORITY_EFFECT = {
    AuthorityEffect.MOVES: QT_TRANSLATE_NOOP("PlanTexts", "移る"),
    AuthorityEffect.STAYS: QT_TRANSLATE_NOOP("PlanTexts", "残る"),
    AuthorityEffect.SHARED: QT_TRANSLATE_NOOP("PlanTexts", "共同で行使"),
}

AUTHORITY_EFFECT_LONG = {
    AuthorityEffect.MOVES: QT_TRANSLATE_NOOP("PlanTexts", "権限が移る（委託先・組合が自らの名で行う）"),
    AuthorityEffect.STAYS: QT_TRANSLATE_NOOP("PlanTexts", "権限は各団体に残る"),
    AuthorityEffect.SHARED: QT_TRANSLATE_NOOP("PlanTexts", "権限は各団体に残り、共同で行使する"),
}

APPROVAL_KIND = {
    ApprovalKind.NOTIFICATION: QT_TRANSLATE_NOOP("PlanTexts", "届出"),
    ApprovalKind.PERMISSION: QT_TRANSLATE_NOOP("PlanTexts", "許可"),
    ApprovalKind.NONE: QT_TRANSLATE_NOOP("PlanTexts", "不要"),
}

AUTHORITY = {
    Authority.MINISTER: QT_TRANSLATE_NOOP("PlanTexts", "総務大臣"),
    Authority.GOVERNOR: QT_TRANSLATE_NOOP("PlanTexts", "都道府県知事"),
    Authority.NONE: QT_TRANSLATE_NOOP("PlanTexts", "なし"),
}

LEAD_ROLE = {
    LeadRole.REPRESENTATIVE: QT_TRANSLATE_NOOP("PlanTexts", "代表団体"),
    LeadRole.COORDINATOR: QT_TRANSLATE_NOOP("PlanTexts", "幹事団体"),
    LeadRole.TRUSTEE: QT_TRANSLATE_NOOP("PlanTexts", "受託団体"),
    LeadRole.SUBSTITUTE: QT_TRANSLATE_NOOP("PlanTexts", "代替執行団体"),
}

MEMBER_ROLE = {
    MemberRole.PARTNER: QT_TRANSLATE_NOOP("PlanTexts", "連携団体"),
    MemberRole.MEMBER: QT_TRANSLATE_NOOP("PlanTexts", "構成団体"),
    MemberRole.ENTRUSTING: QT_TRANSLATE_NOOP("PlanTexts", "委託団体"),
    MemberRole.REQUESTING: QT_TRANSLATE_NOOP("PlanTexts", "要請団体"),
}

STEP_KIND = {
    StepKind.CONSULTATION: QT_TRANSLATE_NOOP("PlanTexts", "協議"),
    StepKind.COMPACT_DRAFT: QT_TRANSLATE_NOOP("PlanTexts", "協約案の作成"),
    StepKind.RULES_DRAFT: QT_TRANSLATE_NOOP("PlanTexts", "規約案の作成"),
    StepKind.COUNCIL_RESOLUTION: QT_TRANSLATE_NOOP("PlanTexts", "議会の議決"),
    StepKind.CONCLUSION: QT_TRANSLATE_NOOP("PlanTexts", "締結"),
    StepKind.PERMISSION: QT_TRANSLATE_NOOP("PlanTexts", "許可"),
    StepKind.PUBLIC_NOTICE: QT_TRANSLATE_NOOP("PlanTexts", "告示"),
    StepKind.NOTIFICATION: QT_TRANSLATE_NOOP("PlanTexts", "届出"),
}

STEP_STATUS = {
    StepStatus.NOT_STARTED: QT_TRANSLATE_NOOP("PlanTexts", "未着手"),
    StepStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("PlanTexts", "進行中"),
    StepStatus.DONE: QT_TRANSLATE_NOOP("PlanTexts", "完了"),
    StepStatus.NOT_REQUIRED: QT_TRANSLATE_NOOP("PlanTexts", "不要"),
}

# Plain-Japanese explanations for the method picker (DOMAIN.md §3).
METHOD_HELP = {
    CooperationMethod.AGREEMENT: QT_TRANSLATE_NOOP("PlanTexts", "団体どうしが、連携して事務を処理するための基本的な方針と役割分担を定める約束です。新しい組織はつくらず、それぞれの団体が自分の事務として取り組みます。連携中枢都市圏では中心都市と近隣の市町村が1対1で結びます。紛争が起きたときは自治紛争処理委員による解決策の提示を求められます。"),
    CooperationMethod.COUNCIL: QT_TRANSLATE_NOOP("PlanTexts", "団体が共同で「協議会」を設け、事務の一部を共同して管理・執行したり、連絡調整をしたり、広域の計画をつくったりします。協議会は法人ではありません。連絡調整のための協議会なら議会の議決は要りません。"),
    CooperationMethod.JOINT_BODY: QT_TRANSLATE_NOOP("PlanTexts", "委員会・審査会・職員などを複数の団体で共同して置く方法です（例: 介護認定審査会、障害支援区分認定審査会、公平委員会）。置かれた機関は、それぞれの団体の機関として仕事をします。"),
    CooperationMethod.ENTRUSTMENT: QT_TRANSLATE_NOOP("PlanTexts", "事務の一部を他の団体に任せる方法で、最も多く使われています。任せた事務の権限は受託団体に移り、受託団体が自分の名前で処理します。委託する側が経費（委託料・負担金）を払います。"),
    CooperationMethod.SUBSTITUTE_EXECUTION: QT_TRANSLATE_NOOP("PlanTexts", "他の団体（多くは都道府県）に、自分の団体の名前で事務を行ってもらう方法です（平成26年の改正で創設）。権限は求めた団体に残ります。専門職のいない小規模な町村を都道府県が補う「垂直補完」で使われます。"),
    CooperationMethod.PARTIAL_UNION: QT_TRANSLATE_NOOP("PlanTexts", "事務を共同で処理するための特別地方公共団体（別の法人）を設ける方法です（例: ごみ・し尿処理、消防、火葬場）。その事務の権限は組合に移ります。設けるには総務大臣または知事の許可が要り、脱退するには2年前までの予告が必要です。"),
    CooperationMethod.WIDE_AREA_UNION: QT_TRANSLATE_NOOP("PlanTexts", "一部事務組合と同じく別の法人を設ける方法で、広域計画をつくり、国や都道府県から権限の移譲を受けることもできます（例: 後期高齢者医療広域連合）。設けるには許可が要ります。"),
    CooperationMethod.INFORMAL: QT_TRANSLATE_NOOP("PlanTexts", "法律に基づかない申合せです（例: 施設の相互利用、災害時の相互応援）。議会の議決も届出も要りませんが、法的な拘束力は弱く、権限も移りません。"),
}  # fmt: skip

# Plan-specific names of fields (the catalogue's "name" is a duty's; here it is the plan's).
PLAN_FIELD = {
    "name": QT_TRANSLATE_NOOP("PlanTexts", "案の名称"),
    "council_type": QT_TRANSLATE_NOOP("PlanTexts", "協議会の種類"),
    "lead_code": QT_TRANSLATE_NOOP("PlanTexts", "幹事（代表）団体"),
    "role": QT_TRANSLATE_NOOP("PlanTexts", "役割"),
    "initiative": QT_TRANSLATE_NOOP("PlanTexts", "取組"),
    "annual_total_thousand_yen": QT_TRANSLATE_NOOP("PlanTexts", "年間総額（千円）"),
    "specific_revenue_thousand_yen": QT_TRANSLATE_NOOP("PlanTexts", "特定財源（千円）"),
    "rule_json": QT_TRANSLATE_NOOP("PlanTexts", "配分ルール"),
    "workload_person_years": QT_TRANSLATE_NOOP("PlanTexts", "業務量（人工）"),
    "workload_follows_item": QT_TRANSLATE_NOOP("PlanTexts", "業務量の配分に使う費用項目"),
    "workload_rule_json": QT_TRANSLATE_NOOP("PlanTexts", "業務量の配分ルール"),
    "status": QT_TRANSLATE_NOOP("PlanTexts", "状況"),
}
_ITEM_NAME = QT_TRANSLATE_NOOP("PlanTexts", "名称")


def plan_status_name(value: PlanStatus) -> str:
    return tr(PLAN_STATUS[value])


def council_type_name(value: CouncilType) -> str:
    return tr(COUNCIL_TYPE[value])


def council_type_help(value: CouncilType) -> str:
    return tr(COUNCIL_TYPE_HELP[value])


def authority_effect_name(value: AuthorityEffect) -> str:
    return tr(AUTHORITY_EFFECT[value])


def authority_effect_long(value: AuthorityEffect) -> str:
    return tr(AUTHORITY_EFFECT_LONG[value])


def approval_kind_name(value: ApprovalKind) -> str:
    return tr(APPROVAL_KIND[value])


def authority_name(value: Authority) -> str:
    return tr(AUTHORITY[value])


def lead_role_name(value: LeadRole) -> str:
    return tr(LEAD_ROLE[value])


def member_role_name(value: MemberRole) -> str:
    return tr(MEMBER_ROLE[value])


def step_kind_name(value: StepKind) -> str:
    return tr(STEP_KIND[value])


def step_status_name(value: StepStatus) -> str:
    return tr(STEP_STATUS[value])


def method_help(value: CooperationMethod) -> str:
    return tr(METHOD_HELP[value])


def method_label(method: CooperationMethod, council_type: CouncilType | None = None) -> str:
    """事務の委託; 協議会（連絡調整）."""
    name = texts.method_name(method)
    if method is CooperationMethod.COUNCIL and council_type is not None:
        return translate("PlanTexts", "{0}（{1}）").format(name, council_type_name(council_type))
    return name


def authority_text(authority: Authority, prefecture_names: Iterable[str] = ()) -> str:
    """総務大臣; 長野県知事 when the parties lie in one prefecture, else 都道府県知事; なし."""
    names = sorted(set(prefecture_names))
    if authority is Authority.GOVERNOR and len(names) == 1:
        return translate("PlanTexts", "{0}知事").format(names[0])
    return authority_name(authority)


def date_text(day: date | None) -> str:
    """令和6年4月1日 in the Japanese UI, 1 April 2024 in the English one (ui/texts.py), or blank."""
    return texts.date_text(day) if day is not None else ""


def step_label(step: ProcedureStep, name_of: NameOf) -> str:
    """議会の議決（天龍村）."""
    name = step_kind_name(step.kind)
    if step.party_code:
        return translate("PlanTexts", "{0}（{1}）").format(name, name_of(step.party_code))
    return name


def _step_label_from_key(key: str, name_of: NameOf) -> str:
    kind, _, party = key.partition(":")
    try:
        name = step_kind_name(StepKind(kind))
    except ValueError:
        name = kind
    return translate("PlanTexts", "{0}（{1}）").format(name, name_of(party)) if party else name


def plan_field_name(field: str, name_of: NameOf) -> str:
    """"name" → 案の名称; "cost_items[1].annual_total_thousand_yen" → 費用項目2 の 年間総額（千円）
    (Cost item 2: Annual total (thousand yen) in English); "roles[0].roles.204137" → 役割分担1 の 天龍村;
    "steps.consultation.date" → 手続「協議」の日付."""
    if field.startswith("steps."):
        rest = field[len("steps.") :]
        key, _, leaf = rest.rpartition(".") if rest.count(".") else (rest, "", "")
        step = _step_label_from_key(key, name_of)
        leaf_name = texts.field_name(leaf) if leaf else ""
        if leaf == "status":
            leaf_name = translate("PlanTexts", "状況")
        if leaf == "note":
            leaf_name = texts.field_name("notes")
        return translate("PlanTexts", "手続「{0}」の{1}").format(step, leaf_name) if leaf_name else translate("PlanTexts", "手続「{0}」").format(step)
    if field in PLAN_FIELD:
        return tr(PLAN_FIELD[field])
    parts: list[str] = []
    segments = field.replace("]", "").split(".")
    for position, segment in enumerate(segments):
        name, _, index = segment.partition("[")
        if position > 0 and segments[position - 1] == "roles" and re.fullmatch(r"\d{6}", segment):
            parts.append(name_of(segment))
            continue
        if position > 0 and name == "name":
            parts.append(tr(_ITEM_NAME))
            continue
        if position > 0 and name == "roles" and not index:
            continue  # "roles[0].roles.<code>": the party's cell of the role table
        if name in PLAN_FIELD:
            label = tr(PLAN_FIELD[name])
        else:
            label = texts.field_name(name)
        parts.append(texts.numbered(label, int(index) + 1) if index.isdigit() else label)
    return texts.field_path(parts)


def _yen(value: str) -> str:
    try:
        return f"{int(value):,}"
    except ValueError:
        return value


def _date_param(value: str) -> str:
    try:
        return date_text(parse_date(value))
    except ParseError:
        return value


class _Params(dict):
    def __missing__(self, key: str) -> str:  # a message never fails for a parameter not given
        return ""


def plan_issue_text(issue: ValidationIssue, name_of: NameOf, *, field_label: str | None = None) -> str:
    """The message for ``issue`` of a plan or its checklist, with parties and steps by name.
    ``field_label`` replaces the field's name (e.g. 受託団体 for lead_code; 日付 in a step's row)."""
    params = dict(issue.params)
    for key in ("party", "previous_party"):
        if params.get(key):
            params[key] = name_of(params[key])
    for key in ("revenues", "total"):
        if key in params:
            params[key] = _yen(params[key])
    if issue.code is ErrorCode.DATE_OUT_OF_ORDER:
        for event, party in (("event", "party"), ("previous_event", "previous_party")):
            raw = issue.params.get(event, "")
            code = issue.params.get(party, "")
            params[event] = _step_label_from_key(f"{raw}:{code}" if code else raw, name_of)
        for key in ("date", "previous_date"):
            if key in params:
                params[key] = _date_param(params[key])
    if issue.code is ErrorCode.REQUIRED and "event" in params:
        params.pop("event")
    formatted = _Params(field=field_label if field_label is not None else plan_field_name(issue.field, name_of))
    formatted.update(params)
    return texts.tr(texts.ERROR[issue.code]).format_map(formatted)
