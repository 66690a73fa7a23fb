"""Export: xlsx (one sheet per kind, formats, frozen header, filters, no macros) and CSV (BOM, cp932)."""

from __future__ import annotations

import codecs
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from renkei_desktop.services.exchange.errors import ExchangeError, ExchangeErrorCode
from renkei_desktop.services.exchange.export import escape_formula
from renkei_desktop.services.exchange.safety import unescape_formula
from tests.services.exchange_support import HOME, empty  # noqa: F401


def test_xlsx_has_one_sheet_per_kind_with_japanese_headings(demo, tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "all.xlsx"
    demo.exchange.export_xlsx(path)
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["事務", "連携案", "負担割合", "協定", "市町村の統計"]
    duties = workbook["事務"]
    assert [c.value for c in duties[1]][:6] == ["識別子", "自治体コード", "自治体名", "事務名", "よみがな", "分野"]
    assert duties.max_row == 1 + len(demo.catalogue.list_duties(HOME))


def test_xlsx_header_is_frozen_and_filtered(demo, tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "all.xlsx"
    demo.exchange.export_xlsx(path)
    for sheet in load_workbook(path).worksheets:
        assert sheet.freeze_panes == "A2", sheet.title
        assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:"), sheet.title


def test_xlsx_money_in_thousand_yen_with_separators_and_shares_in_percent(demo, tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "all.xlsx"
    demo.exchange.export_xlsx(path)
    workbook = load_workbook(path)
    duties = workbook["事務"]
    headings = [c.value for c in duties[1]]
    cost = duties.cell(row=2, column=headings.index("年間経費（千円）") + 1)
    first = demo.catalogue.list_duties(HOME)[0]
    assert cost.value == first.annual_cost_yen / 1000
    assert cost.number_format == "#,##0"
    shares = workbook["負担割合"]
    share_headings = [c.value for c in shares[1]]
    percent = next(
        r[share_headings.index("負担割合")] for r in shares.iter_rows(min_row=2) if r[share_headings.index("負担割合")].value
    )
    assert percent.number_format == "0.00%"
    assert 0 < percent.value <= 1


def test_xlsx_has_no_macros(demo, tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "all.xlsx"
    demo.exchange.export_xlsx(path)
    names = zipfile.ZipFile(path).namelist()
    assert not [n for n in names if "vba" in n.lower()]


def test_xlsx_text_starting_with_equals_stays_text(demo, tmp_path: Path) -> None:  # noqa: F811
    duty = demo.catalogue.list_duties(HOME)[0]
    demo.catalogue.update(duty.with_changes(notes="=HYPERLINK(\"http://x\")"))
    path = tmp_path / "d.xlsx"
    demo.exchange.export_xlsx(path, ["duties"])
    sheet = load_workbook(path)["事務"]
    notes = sheet.cell(row=2, column=[c.value for c in sheet[1]].index("備考") + 1)
    assert notes.data_type == "s"
    assert notes.value == "=HYPERLINK(\"http://x\")"


def test_csv_is_utf8_with_bom_by_default(demo, tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "d.csv"
    demo.exchange.export_csv(path, "duties")
    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    assert "事務名" in data.decode("utf-8-sig").splitlines()[0]


def test_csv_in_cp932_keeps_circled_digits_and_variant_kanji(demo, tmp_path: Path) -> None:  # noqa: F811
    duty = demo.catalogue.list_duties(HOME)[0]
    demo.catalogue.update(duty.with_changes(notes="①髙橋さんと﨑山さん"))
    path = tmp_path / "d.csv"
    result = demo.exchange.export_csv(path, "duties", "cp932")
    assert result.replaced == 0
    assert "①髙橋さんと﨑山さん" in path.read_bytes().decode("cp932")


def test_csv_in_cp932_lists_characters_it_cannot_hold_before_writing(demo, tmp_path: Path) -> None:  # noqa: F811
    duty = demo.catalogue.list_duties(HOME)[0]
    demo.catalogue.update(duty.with_changes(notes="𠮷野家の前"))
    export = demo.exchange.prepare_csv("duties", "cp932")
    assert [(u.record, u.column, u.character, u.row) for u in export.unencodable] == [(duty.name, "備考", "𠮷", 2)]
    path = tmp_path / "d.csv"
    with pytest.raises(ExchangeError) as caught:
        export.write(path)
    assert caught.value.code is ExchangeErrorCode.UNENCODABLE
    assert not path.exists()  # the user cancelled: nothing written


def test_csv_in_cp932_replaces_what_it_cannot_hold_when_asked(demo, tmp_path: Path) -> None:  # noqa: F811
    duty = demo.catalogue.list_duties(HOME)[0]
    demo.catalogue.update(duty.with_changes(notes="𠮷野家の前"))
    path = tmp_path / "d.csv"
    result = demo.exchange.prepare_csv("duties", "cp932").write(path, replace=True)
    assert result.replaced == 1
    assert "〓野家の前" in path.read_bytes().decode("cp932")


def test_shift_jis_is_written_as_cp932(demo, tmp_path: Path) -> None:  # noqa: F811
    assert demo.exchange.prepare_csv("duties", "Shift_JIS").encoding == "cp932"


def test_csv_cells_excel_would_evaluate_get_a_quote(demo, tmp_path: Path) -> None:  # noqa: F811
    duty = demo.catalogue.list_duties(HOME)[0]
    demo.catalogue.update(duty.with_changes(notes="=1+2", department="@SUM(A1)"))
    path = tmp_path / "d.csv"
    demo.exchange.export_csv(path, "duties")
    text = path.read_bytes().decode("utf-8-sig")
    assert "'=1+2" in text and "'@SUM(A1)" in text


@pytest.mark.parametrize("text", ["=1+2", "+81", "-x", "@A1", "\tx", "'=x", "''@y", "plain", "-", "-5", "+3.5", "'"])
def test_formula_escaping_is_undone_exactly_on_import(text: str) -> None:
    escaped = escape_formula(text)
    assert unescape_formula(escaped) == text
    assert not escaped.startswith(("=", "+", "@", "\t")) or text in ("-", "-5", "+3.5", "+81")


def test_export_overwrites_nothing_when_the_folder_is_missing(demo, tmp_path: Path) -> None:  # noqa: F811
    with pytest.raises(ExchangeError) as caught:
        demo.exchange.export_xlsx(tmp_path / "missing" / "x.xlsx")
    assert caught.value.code is ExchangeErrorCode.CANNOT_WRITE


def test_unknown_kind_is_refused(empty, tmp_path: Path) -> None:  # noqa: F811
    with pytest.raises(ExchangeError) as caught:
        empty.exchange.export_xlsx(tmp_path / "x.xlsx", ["nonsense"])
    assert caught.value.code is ExchangeErrorCode.UNKNOWN_KIND
