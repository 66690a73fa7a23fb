"""The eight legal methods of cooperation (地方自治法), one enum, and what each one implies.

Properties per method (DOMAIN.md §3): separate legal entity or not, what happens to the authority
(権限), whether each party's council must resolve (議会の議決), whether the arrangement is notified
(届出) or needs permission (許可), and to whom (総務大臣 or 都道府県知事).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class CooperationMethod(StrEnum):
    # Values are stored in the database: never change them.
    AGREEMENT = "agreement"  # 連携協約 (252条の2)
    COUNCIL = "council"  # 協議会 (252条の2の2)
    JOINT_BODY = "joint_body"  # 機関等の共同設置 (252条の7)
    ENTRUSTMENT = "entrustment"  # 事務の委託 (252条の14)
    SUBSTITUTE_EXECUTION = "substitute_execution"  # 事務の代替執行 (252条の16の2)
    PARTIAL_UNION = "partial_union"  # 一部事務組合 (284条2項)
    WIDE_AREA_UNION = "wide_area_union"  # 広域連合 (284条3項)
    INFORMAL = "informal"  # 協定 (no statutory basis)


ARTICLES: dict[CooperationMethod, str] = {
    CooperationMethod.AGREEMENT: "地方自治法第252条の2",
    CooperationMethod.COUNCIL: "地方自治法第252条の2の2",
    CooperationMethod.JOINT_BODY: "地方自治法第252条の7",
    CooperationMethod.ENTRUSTMENT: "地方自治法第252条の14",
    CooperationMethod.SUBSTITUTE_EXECUTION: "地方自治法第252条の16の2",
    CooperationMethod.PARTIAL_UNION: "地方自治法第284条第2項",
    CooperationMethod.WIDE_AREA_UNION: "地方自治法第284条第3項",
    CooperationMethod.INFORMAL: "",
}


class CouncilType(StrEnum):
    """The three kinds of 協議会 (地方自治法第252条の2の2第1項)."""

    MANAGEMENT_EXECUTION = "management_execution"  # 管理執行: manages and executes duties jointly
    LIAISON = "liaison"  # 連絡調整: liaison and coordination only (no 議決: 同条第3項ただし書)
    PLANNING = "planning"  # 計画作成: draws up a 広域にわたる総合的な計画


class AuthorityEffect(StrEnum):
    """What happens to the legal authority (権限) over the duty."""

    MOVES = "moves"  # to the trustee (委託: 252条の14) or to the union (284条2項後段)
    STAYS = "stays"  # each party keeps it (代替執行 acts in the requester's name: 252条の16の4)
    SHARED = (
        "shared"  # exercised jointly in each party's name (協議会: 252条の5; 共同設置: each party's own body)
    )


class ApprovalKind(StrEnum):
    NOTIFICATION = "notification"  # 届出
    PERMISSION = "permission"  # 許可 (一部事務組合・広域連合: 284条2項・3項)
    NONE = "none"  # informal 協定: nothing by law


class Authority(StrEnum):
    """Who receives the 届出 or grants the 許可."""

    MINISTER = "minister"  # 総務大臣: a prefecture is a party (or a union spans prefectures: 293条)
    GOVERNOR = "governor"  # 都道府県知事
    NONE = "none"


class DocumentKind(StrEnum):
    """The founding document drafted after 協議."""

    COMPACT = "compact"  # 協約 (連携協約)
    RULES = "rules"  # 規約 (協議会, 共同設置, 委託, 代替執行, 組合, 広域連合)
    NONE = "none"  # informal 協定: no statutory draft


class LeadRole(StrEnum):
    """The lead party's title; the UI shows the Japanese term."""

    REPRESENTATIVE = "representative"  # 代表団体 (連携協約: the 連携中枢都市 / 中心市; informal 協定)
    COORDINATOR = "coordinator"  # 幹事団体 (協議会, 共同設置, 組合, 広域連合)
    TRUSTEE = "trustee"  # 受託団体 (事務の委託)
    SUBSTITUTE = "substitute"  # 代替執行団体 (事務の代替執行: the party acting for the requester)


class MemberRole(StrEnum):
    """The other parties' title."""

    PARTNER = "partner"  # 連携団体 (連携協約, informal 協定)
    MEMBER = "member"  # 構成団体 (協議会, 共同設置, 組合, 広域連合)
    ENTRUSTING = "entrusting"  # 委託団体 (事務の委託: pays the trustee, 252条の14)
    REQUESTING = "requesting"  # 要請団体 (事務の代替執行: 求めた団体, 252条の16の2)


@dataclass(frozen=True)
class MethodProfile:
    method: CooperationMethod
    article: str
    separate_entity: bool  # 特別地方公共団体 created (組合 only)
    authority_effect: AuthorityEffect
    council_resolution_required: bool  # each party's 議会の議決
    resolution_basis: str  # the article requiring the 議決 ("" when none)
    approval: ApprovalKind
    approval_basis: str
    document: DocumentKind
    lead_role: LeadRole
    member_role: MemberRole
    council_type: CouncilType | None = None

    @property
    def is_statutory(self) -> bool:
        return self.method is not CooperationMethod.INFORMAL


_M = CooperationMethod
_NOTIFY_252_2 = "地方自治法第252条の2第2項"
_NOTIFY_252_2_2 = "地方自治法第252条の2の2第2項"
_RESOLVE_252_2 = "地方自治法第252条の2第3項"
_RESOLVE_252_2_2 = "地方自治法第252条の2の2第3項"
_RESOLVE_290 = "地方自治法第290条"

# (separate entity, authority, 議決 basis, approval, approval basis, document, lead, member)
_PROFILES: dict[
    CooperationMethod,
    tuple[bool, AuthorityEffect, str, ApprovalKind, str, DocumentKind, LeadRole, MemberRole],
] = {
    # 連携協約: 協議 → 議決 (同条第3項) → 告示・届出 (同条第2項). Each party keeps its own duties.
    _M.AGREEMENT: (
        False, AuthorityEffect.STAYS, _RESOLVE_252_2, ApprovalKind.NOTIFICATION, _NOTIFY_252_2,
        DocumentKind.COMPACT, LeadRole.REPRESENTATIVE, MemberRole.PARTNER,
    ),
    # 協議会: 規約 → 議決 (第3項; not for 連絡調整) → 告示・届出 (第2項).
    _M.COUNCIL: (
        False, AuthorityEffect.SHARED, _RESOLVE_252_2_2, ApprovalKind.NOTIFICATION, _NOTIFY_252_2_2,
        DocumentKind.RULES, LeadRole.COORDINATOR, MemberRole.MEMBER,
    ),
    # 機関等の共同設置: 252条の7第3項 applies 252条の2の2第2項・第3項本文.
    _M.JOINT_BODY: (
        False, AuthorityEffect.SHARED, "地方自治法第252条の7第3項", ApprovalKind.NOTIFICATION,
        "地方自治法第252条の7第3項", DocumentKind.RULES, LeadRole.COORDINATOR, MemberRole.MEMBER,
    ),
    # 事務の委託: 252条の14第3項 applies 252条の2の2第2項・第3項本文. Authority moves to the trustee.
    _M.ENTRUSTMENT: (
        False, AuthorityEffect.MOVES, "地方自治法第252条の14第3項", ApprovalKind.NOTIFICATION,
        "地方自治法第252条の14第3項", DocumentKind.RULES, LeadRole.TRUSTEE, MemberRole.ENTRUSTING,
    ),
    # 事務の代替執行: 252条の16の2第3項 applies 252条の2の2第2項・第3項本文. Authority stays.
    _M.SUBSTITUTE_EXECUTION: (
        False, AuthorityEffect.STAYS, "地方自治法第252条の16の2第3項", ApprovalKind.NOTIFICATION,
        "地方自治法第252条の16の2第3項", DocumentKind.RULES, LeadRole.SUBSTITUTE, MemberRole.REQUESTING,
    ),
    # 一部事務組合: 規約 → 議決 (290条) → 許可 (284条2項). A special local public body is created.
    _M.PARTIAL_UNION: (
        True, AuthorityEffect.MOVES, _RESOLVE_290, ApprovalKind.PERMISSION, "地方自治法第284条第2項",
        DocumentKind.RULES, LeadRole.COORDINATOR, MemberRole.MEMBER,
    ),
    # 広域連合: as 組合 (284条3項 「前項の例により」), plus a 広域計画 (291条の7).
    _M.WIDE_AREA_UNION: (
        True, AuthorityEffect.MOVES, _RESOLVE_290, ApprovalKind.PERMISSION, "地方自治法第284条第3項",
        DocumentKind.RULES, LeadRole.COORDINATOR, MemberRole.MEMBER,
    ),
    # 協定: no statutory procedure at all.
    _M.INFORMAL: (
        False, AuthorityEffect.STAYS, "", ApprovalKind.NONE, "",
        DocumentKind.NONE, LeadRole.REPRESENTATIVE, MemberRole.PARTNER,
    ),
}  # fmt: skip


def council_resolution_required(method: CooperationMethod, council_type: CouncilType | None = None) -> bool:
    """議会の議決 of every party: required for every statutory method except a 連絡調整 協議会.

    地方自治法第252条の2の2第3項ただし書: 「連絡調整を図るため…協議会を設ける場合は、この限りでない」.
    An unknown 協議会 type counts as needing it (the safe answer).
    """
    if method is CooperationMethod.INFORMAL:
        return False
    if method is CooperationMethod.COUNCIL and council_type is CouncilType.LIAISON:
        return False
    return True


def method_profile(method: CooperationMethod, council_type: CouncilType | None = None) -> MethodProfile:
    """The legal properties of ``method``; ``council_type`` matters for 協議会 only (ignored otherwise)."""
    entity, effect, resolution_basis, approval, approval_basis, document, lead, member = _PROFILES[method]
    council = council_type if method is CooperationMethod.COUNCIL else None
    if council is not None and council is not CouncilType.MANAGEMENT_EXECUTION:
        effect = AuthorityEffect.STAYS  # 連絡調整 / 計画作成 councils execute nothing for the members
    required = council_resolution_required(method, council)
    return MethodProfile(
        method=method,
        article=ARTICLES[method],
        separate_entity=entity,
        authority_effect=effect,
        council_resolution_required=required,
        resolution_basis=resolution_basis if required else "",
        approval=approval,
        approval_basis=approval_basis,
        document=document,
        lead_role=lead,
        member_role=member,
        council_type=council,
    )


def approval_authority(
    method: CooperationMethod, prefecture_is_party: bool, *, spans_prefectures: bool = False
) -> Authority:
    """To whom the 届出 goes, or who grants the 許可.

    総務大臣 when a prefecture is a party, otherwise 都道府県知事 (252条の2第2項 and the provisions
    applying it; 284条2項). A union of municipalities in several prefectures is permitted by 総務大臣
    (293条第1項, after hearing the governors concerned); that rule does not apply to the 252条 methods.
    """
    approval = _PROFILES[method][3]
    if approval is ApprovalKind.NONE:
        return Authority.NONE
    if prefecture_is_party:
        return Authority.MINISTER
    if spans_prefectures and approval is ApprovalKind.PERMISSION:
        return Authority.MINISTER
    return Authority.GOVERNOR


def approval_kind(method: CooperationMethod) -> ApprovalKind:
    return _PROFILES[method][3]
