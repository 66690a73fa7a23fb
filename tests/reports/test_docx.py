"""The Word writer: the draft opens in python-docx with its clauses, East Asian fonts, repeated table
headers, rows that do not split, the header fields and a page-number field."""

from __future__ import annotations

import io

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

from renkei_desktop.reports.agreement_draft import DraftOptions, build_agreement_draft
from renkei_desktop.reports.document import Orientation
from renkei_desktop.reports.docx import FONT, docx_bytes, write_docx
from renkei_desktop.reports.summary import CHARTS, SECTION_KEYS, SummaryOptions, build_summary
from renkei_desktop.services.container import Services

from .conftest import HEADER


@pytest.fixture(scope="module")
def draft(report_services: Services):  # noqa: ANN201
    agreement = next(
        a for a in report_services.agreements.list_all() if a.title == "南信州介護認定審査会共同設置規約"
    )
    data = docx_bytes(build_agreement_draft(report_services, agreement.id, DraftOptions(header=HEADER)))
    return docx.Document(io.BytesIO(data))


def test_draft_contains_the_title_and_every_clause(draft) -> None:  # noqa: ANN001
    texts = [p.text for p in draft.paragraphs]
    assert texts[0] == "規約（案）"
    for caption in (
        "（目的）",
        "（基本方針）",
        "（連携する取組と役割分担）",
        "（費用分担）",
        "（連絡会議）",
        "（紛争解決）",
        "（期間）",
        "（変更・廃止）",
    ):
        assert caption in texts
    assert any(t.startswith("第1条　飯田市（以下「甲」という。）") for t in texts)
    assert any(t.startswith("第8条　この規約を変更し") for t in texts)


def test_role_table_and_appendix_are_word_tables(draft) -> None:  # noqa: ANN001
    roles, appendix = draft.tables
    assert [c.text for c in roles.rows[0].cells] == ["取組", "甲の役割", "乙の役割", "丙の役割", "丁の役割"]
    assert [c.text for c in appendix.rows[0].cells][:3] == ["区分", "団体", "運営費"]
    assert appendix.rows[-1].cells[1].text == "合計"


def test_styles_set_the_east_asian_font(draft) -> None:  # noqa: ANN001
    for name in ("Normal", "Heading 1", "Title"):
        fonts = draft.styles[name].element.rPr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:eastAsia")) == FONT
        assert fonts.get(qn("w:ascii")) == FONT


def test_table_headers_repeat_and_rows_do_not_split(draft) -> None:  # noqa: ANN001
    table = draft.tables[1]
    first = table.rows[0]._tr.trPr
    assert first.find(qn("w:tblHeader")) is not None
    assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in table.rows)
    assert table.rows[1]._tr.trPr.find(qn("w:tblHeader")) is None


def test_header_has_the_fields_and_the_footer_a_page_number(draft) -> None:  # noqa: ANN001
    section = draft.sections[0]
    header = section.header.paragraphs[0].text
    for expected in ("南信州広域連携推進会議", "令和元年5月1日", "総務課", "資料1"):
        assert expected in header
    assert 'w:instr="PAGE"' in section.footer.paragraphs[0]._p.xml
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)


def test_summary_in_landscape(report_services: Services, tmp_path) -> None:  # noqa: ANN001
    options = SummaryOptions(
        header=HEADER, orientation=Orientation.LANDSCAPE, sections=frozenset(SECTION_KEYS) - {CHARTS}
    )
    path = tmp_path / "summary.docx"
    write_docx(build_summary(report_services, options), path)
    document = docx.Document(str(path))
    section = document.sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE
    assert section.page_width > section.page_height
    assert any(p.text == "2　事務カタログ" for p in document.paragraphs)
    assert any(
        "209,750" in cell.text for table in document.tables for row in table.rows for cell in row.cells
    )
