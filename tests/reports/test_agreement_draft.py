"""Agreement drafts, without Qt: clause structure of DOMAIN.md §6, 甲/乙, 連携協約書（案） and 規約（案）."""

from __future__ import annotations

import re

import pytest

from renkei_desktop.domain.agreements import Agreement, AgreementKind, AgreementParty, Clauses
from renkei_desktop.domain.plans import RoleRow
from renkei_desktop.reports.agreement_draft import DraftOptions, build_agreement_draft, draft_document
from renkei_desktop.reports.document import Document, Paragraph, ReportError, Style, to_html
from renkei_desktop.services.container import Services
from renkei_desktop.services.demo import DEMO_HOME, IIDA

from .conftest import HEADER

CAPTIONS = [
    "（目的）",
    "（基本方針）",
    "（連携する取組と役割分担）",
    "（費用分担）",
    "（連絡会議）",
    "（紛争解決）",
    "（期間）",
    "（変更・廃止）",
]


def agreement_titled(services: Services, title: str) -> Agreement:
    return next(a for a in services.agreements.list_all() if a.title == title)


def paragraphs(document: Document, style: Style) -> list[str]:
    return [b.text for b in document.blocks() if isinstance(b, Paragraph) and b.style is style]


def compact(services: Services) -> Document:
    agreement = Agreement(
        kind=AgreementKind.COMPACT,
        title="飯田市と天龍村との連携協約",
        parties=(AgreementParty(IIDA, "甲"), AgreementParty(DEMO_HOME, "乙")),
        clauses=Clauses(
            roles=(
                RoleRow("保健師の派遣", {IIDA: "保健師を派遣する", DEMO_HOME: "派遣に要する費用を負担する"}),
            ),
            meetings_per_year=2,
        ),
    )
    municipalities = {m.code: m for m in services.municipalities.all()}
    return draft_document(agreement, municipalities, DraftOptions(header=HEADER), subject="保健師の確保")


def test_rules_draft_is_titled_kiyaku_an(report_services: Services) -> None:
    agreement = agreement_titled(report_services, "南信州介護認定審査会共同設置規約")
    document = build_agreement_draft(report_services, agreement.id, DraftOptions(header=HEADER))
    assert paragraphs(document, Style.TITLE) == ["規約（案）"]
    assert paragraphs(document, Style.SUBTITLE) == ["南信州介護認定審査会共同設置規約"]
    assert document.title == "南信州介護認定審査会共同設置規約（案）"
    assert document.kind == "agreement"


def test_every_draft_has_the_clause_structure_in_order(report_services: Services) -> None:
    for agreement in report_services.agreements.list_all():
        document = build_agreement_draft(report_services, agreement.id)
        assert paragraphs(document, Style.CAPTION) == CAPTIONS
        numbers = [re.match(r"第(\d+)条　", text) for text in paragraphs(document, Style.ARTICLE)]
        assert [int(m[1]) for m in numbers if m] == list(range(1, 9))


def test_compact_draft_is_titled_renkei_kyoyakusho(report_services: Services) -> None:
    document = compact(report_services)
    assert paragraphs(document, Style.TITLE) == ["連携協約書（案）"]
    text = document.text()
    assert "飯田市（以下「甲」という。）及び天龍村（以下「乙」という。）" in text
    assert "地方自治法（昭和22年法律第67号）第252条の2第1項" in text
    assert "自治紛争処理委員" in text  # 紛争解決 of a 連携協約
    assert "毎年度2回以上開催する" in text  # 連絡会議 from meetings_per_year


def test_role_table_names_each_partys_role_by_letter(report_services: Services) -> None:
    table = compact(report_services).tables()[0]
    assert [c.title for c in table.columns] == ["取組", "甲の役割", "乙の役割"]
    assert table.rows[0].cells == ("保健師の派遣", "保健師を派遣する", "派遣に要する費用を負担する")


def test_compact_draft_ends_with_signatures_of_the_heads(report_services: Services) -> None:
    signatures = paragraphs(compact(report_services), Style.SIGNATURE)
    assert "令和　　年　　月　　日" in signatures
    assert "甲　長野県飯田市" in signatures and "　　飯田市長" in signatures
    assert "乙　長野県天龍村" in signatures and "　　天龍村長" in signatures


def test_empty_clauses_get_the_default_text_of_the_kind(report_services: Services) -> None:
    agreement = agreement_titled(report_services, "南信州定住自立圏形成協定（飯田市・天龍村）")
    assert agreement.clauses.purpose == ""
    document = build_agreement_draft(report_services, agreement.id)
    assert paragraphs(document, Style.TITLE) == ["協定書（案）"]
    articles = paragraphs(document, Style.ARTICLE)
    assert articles[0].startswith(
        "第1条　飯田市（以下「甲」という。）及び天龍村（以下「乙」という。）は、定住自立圏構想推進要綱に基づき"
    )
    assert any("毎年度1回以上開催する" in text for text in articles)


def test_plan_split_is_attached_as_appendix(report_services: Services) -> None:
    agreement = agreement_titled(report_services, "南信州介護認定審査会共同設置規約")
    document = build_agreement_draft(report_services, agreement.id)
    appendix = document.tables()[-1]
    assert appendix.title == "別表（第4条関係）　費用の負担割合（案）"
    assert appendix.unit == "（単位:千円）"
    assert [row.cells[1] for row in appendix.rows[1:-1]] == ["飯田市", "阿南町", "泰阜村", "天龍村"]
    assert "2　前項の費用の負担の割合の案は、別表のとおりとする。" in paragraphs(document, Style.ARTICLE)


def test_appendix_can_be_left_out(report_services: Services) -> None:
    agreement = agreement_titled(report_services, "南信州介護認定審査会共同設置規約")
    document = build_agreement_draft(report_services, agreement.id, DraftOptions(cost_table=False))
    assert not any(t.title.startswith("別表") for t in document.tables())
    assert "別表" not in document.text()


def test_unknown_agreement_is_a_report_error(report_services: Services) -> None:
    with pytest.raises(ReportError) as raised:
        build_agreement_draft(report_services, 9999)
    assert (raised.value.code, raised.value.value) == (ReportError.UNKNOWN_AGREEMENT, "9999")


def test_draft_html_has_the_articles(report_services: Services) -> None:
    page = to_html(compact(report_services), images=False)
    assert '<p class="caption">（目的）</p>' in page
    assert "第8条" in page and "甲の役割" in page
