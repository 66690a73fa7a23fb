"""The eight legal methods (地方自治法) and what each implies: entity, authority, 議決, 届出 or 許可, to whom."""

from __future__ import annotations

import pytest

from renkei_desktop.domain.methods import (
    ARTICLES,
    ApprovalKind,
    Authority,
    AuthorityEffect,
    CooperationMethod,
    CouncilType,
    DocumentKind,
    LeadRole,
    approval_authority,
    council_resolution_required,
    method_profile,
)

M = CooperationMethod


def test_stored_method_values_are_unchanged() -> None:
    assert [m.value for m in M] == [
        "agreement",
        "council",
        "joint_body",
        "entrustment",
        "substitute_execution",
        "partial_union",
        "wide_area_union",
        "informal",
    ]


def test_every_method_has_a_profile_citing_its_article() -> None:
    for method in M:
        assert method_profile(method).article == ARTICLES[method]


def test_agreement_with_a_prefecture_is_notified_to_the_minister() -> None:
    assert approval_authority(M.AGREEMENT, prefecture_is_party=True) is Authority.MINISTER


def test_agreement_between_municipalities_is_notified_to_the_governor() -> None:
    assert approval_authority(M.AGREEMENT, prefecture_is_party=False) is Authority.GOVERNOR


def test_municipal_agreement_across_prefectures_still_goes_to_the_governor() -> None:
    authority = approval_authority(M.ENTRUSTMENT, prefecture_is_party=False, spans_prefectures=True)
    assert authority is Authority.GOVERNOR


def test_union_across_prefectures_is_permitted_by_the_minister() -> None:
    authority = approval_authority(M.PARTIAL_UNION, prefecture_is_party=False, spans_prefectures=True)
    assert authority is Authority.MINISTER


def test_union_of_municipalities_in_one_prefecture_is_permitted_by_the_governor() -> None:
    assert approval_authority(M.WIDE_AREA_UNION, prefecture_is_party=False) is Authority.GOVERNOR


def test_informal_agreement_goes_to_no_authority() -> None:
    assert approval_authority(M.INFORMAL, prefecture_is_party=True) is Authority.NONE


@pytest.mark.parametrize("method", [M.PARTIAL_UNION, M.WIDE_AREA_UNION])
def test_unions_need_permission(method: CooperationMethod) -> None:
    assert method_profile(method).approval is ApprovalKind.PERMISSION


@pytest.mark.parametrize(
    "method", [M.AGREEMENT, M.COUNCIL, M.JOINT_BODY, M.ENTRUSTMENT, M.SUBSTITUTE_EXECUTION]
)
def test_other_statutory_methods_are_notified(method: CooperationMethod) -> None:
    assert method_profile(method).approval is ApprovalKind.NOTIFICATION


def test_liaison_council_needs_no_council_resolution() -> None:
    profile = method_profile(M.COUNCIL, CouncilType.LIAISON)
    assert profile.council_resolution_required is False
    assert profile.resolution_basis == ""


@pytest.mark.parametrize("council_type", [CouncilType.MANAGEMENT_EXECUTION, CouncilType.PLANNING])
def test_other_councils_need_council_resolution(council_type: CouncilType) -> None:
    assert method_profile(M.COUNCIL, council_type).council_resolution_required is True


def test_council_of_unknown_type_counts_as_needing_resolution() -> None:
    assert council_resolution_required(M.COUNCIL, None) is True


def test_informal_agreement_needs_no_council_resolution() -> None:
    assert method_profile(M.INFORMAL).council_resolution_required is False


def test_union_resolution_cites_article_290() -> None:
    assert method_profile(M.PARTIAL_UNION).resolution_basis == "地方自治法第290条"


def test_only_unions_are_separate_legal_entities() -> None:
    assert {m for m in M if method_profile(m).separate_entity} == {M.PARTIAL_UNION, M.WIDE_AREA_UNION}


def test_entrustment_moves_the_authority() -> None:
    assert method_profile(M.ENTRUSTMENT).authority_effect is AuthorityEffect.MOVES


def test_substitute_execution_keeps_the_authority() -> None:
    assert method_profile(M.SUBSTITUTE_EXECUTION).authority_effect is AuthorityEffect.STAYS


def test_management_council_shares_the_authority() -> None:
    assert (
        method_profile(M.COUNCIL, CouncilType.MANAGEMENT_EXECUTION).authority_effect is AuthorityEffect.SHARED
    )


def test_council_type_is_ignored_for_other_methods() -> None:
    assert method_profile(M.ENTRUSTMENT, CouncilType.LIAISON) == method_profile(M.ENTRUSTMENT)


def test_compact_drafts_a_compact_and_the_others_rules() -> None:
    documents = {m: method_profile(m).document for m in M}
    assert documents[M.AGREEMENT] is DocumentKind.COMPACT
    assert documents[M.INFORMAL] is DocumentKind.NONE
    assert {d for m, d in documents.items() if m not in (M.AGREEMENT, M.INFORMAL)} == {DocumentKind.RULES}


def test_lead_role_is_trustee_for_entrustment_and_coordinator_for_council() -> None:
    assert method_profile(M.ENTRUSTMENT).lead_role is LeadRole.TRUSTEE
    assert method_profile(M.COUNCIL).lead_role is LeadRole.COORDINATOR
    assert method_profile(M.AGREEMENT).lead_role is LeadRole.REPRESENTATIVE
