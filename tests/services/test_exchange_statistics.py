"""Statistics import: e-Stat-like layouts (notes, totals, prefectures, wards, footnotes), codes, units."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from renkei_desktop.domain.errors import ErrorCode
from renkei_desktop.domain.municipalities import StatKind
from renkei_desktop.services.exchange.engine import ImportOptions, RowAction
from renkei_desktop.services.exchange.errors import ExchangeError, ExchangeErrorCode, Severity
from tests.services.exchange_support import ESTAT_CSV, ESTAT_XLSX, dump, empty, write_csv  # noqa: F401

CENSUS = ImportOptions(reference_date=date(2020, 10, 1), source="テスト用の架空の値")


def _value(services, code: str, kind: StatKind) -> Decimal | None:  # noqa: ANN001
    stat = services.municipalities.get(code).latest(kind)
    return stat.value if stat else None


def test_estat_like_csv_in_cp932_is_detected_and_read_past_its_notes(empty) -> None:  # noqa: F811
    source = empty.exchange.open_import(ESTAT_CSV)
    assert source.detect_encoding().encoding == "cp932"
    grid = source.read()
    assert empty.exchange.suggest_header_row("statistics", grid) == 5


def test_estat_like_csv_imports_municipalities_and_the_prefecture(empty) -> None:  # noqa: F811
    preview = empty.exchange.quick_preview(ESTAT_CSV, "statistics", options=CENSUS)
    report = empty.exchange.apply(preview)
    assert report.added == 30
    assert _value(empty, "202011", StatKind.POPULATION) == 372_760  # 5-digit code 20201 → 202011
    assert _value(empty, "204111", StatKind.POPULATION) == 3_640  # full-width digits and separators
    assert _value(empty, "200000", StatKind.POPULATION) == 2_048_011  # the prefecture is a partner too


def test_estat_units_are_converted_to_the_apps(empty) -> None:  # noqa: F811
    empty.exchange.apply(empty.exchange.quick_preview(ESTAT_CSV, "statistics", options=CENSUS))
    assert _value(empty, "202011", StatKind.AREA) == Decimal("834.85")  # 83,485 ha → km²
    assert _value(empty, "202011", StatKind.DAY_NIGHT_RATIO) == Decimal("1.012")  # 101.2 % → ratio


def test_estat_totals_wards_and_footnotes_are_skipped_with_reasons(empty) -> None:  # noqa: F811
    preview = empty.exchange.quick_preview(ESTAT_CSV, "statistics", options=CENSUS)
    skipped = {(p.row, p.code) for p in preview.problems if p.severity is Severity.SKIPPED}
    assert skipped == {
        (6, ExchangeErrorCode.TOTAL_ROW),  # 全国
        (15, ExchangeErrorCode.NOT_IN_MASTER),  # 札幌市中央区 (a ward)
        (17, ExchangeErrorCode.NOTE_ROW),
        (18, ExchangeErrorCode.NOTE_ROW),
    }
    assert not preview.errors


def test_dash_means_no_figure(empty) -> None:  # noqa: F811
    empty.exchange.apply(empty.exchange.quick_preview(ESTAT_CSV, "statistics", options=CENSUS))
    assert _value(empty, "204137", StatKind.DAY_NIGHT_RATIO) is None
    assert _value(empty, "204145", StatKind.ELDERLY_POPULATION) is None
    assert _value(empty, "204145", StatKind.POPULATION) == 1_581


def test_prefecture_rows_can_be_left_out(empty) -> None:  # noqa: F811
    options = ImportOptions(reference_date=date(2020, 10, 1), source="x", include_prefectures=False)
    preview = empty.exchange.quick_preview(ESTAT_CSV, "statistics", options=options)
    assert any(p.row == 7 and p.code is ExchangeErrorCode.PREFECTURE_ROW for p in preview.problems)


def test_estat_like_xlsx_with_six_digit_codes_totals_and_notes(empty) -> None:  # noqa: F811
    preview = empty.exchange.quick_preview(ESTAT_XLSX, "statistics", options=CENSUS)
    assert preview.layout.header_row == 5
    assert {(p.row, p.code) for p in preview.problems} == {(12, ExchangeErrorCode.TOTAL_ROW), (14, ExchangeErrorCode.NOTE_ROW)}
    empty.exchange.apply(preview)
    assert _value(empty, "204048", StatKind.STAFF) == 95  # "９５"
    assert _value(empty, "204048", StatKind.HOUSEHOLDS) == 1_980  # "１，９８０"
    assert _value(empty, "204145", StatKind.STAFF) is None  # "-"


def test_a_wrong_check_digit_is_an_error_naming_the_cell(empty, tmp_path: Path) -> None:  # noqa: F811
    path = write_csv(tmp_path / "s.csv", [["団体コード", "団体名", "人口"], ["204138", "天龍村", "1100"]])
    preview = empty.exchange.quick_preview(path, "statistics", options=CENSUS)
    assert [(p.row, p.column, p.code) for p in preview.errors] == [(2, "A", ErrorCode.BAD_CHECK_DIGIT)]


def test_a_name_that_does_not_match_the_code_is_a_warning(empty, tmp_path: Path) -> None:  # noqa: F811
    path = write_csv(tmp_path / "s.csv", [["団体コード", "団体名", "人口"], ["204137", "泰阜村", "1100"]])
    preview = empty.exchange.quick_preview(path, "statistics", options=CENSUS)
    assert [(p.severity, p.code, p.params["expected"]) for p in preview.problems] == [
        (Severity.WARNING, ExchangeErrorCode.NAME_MISMATCH, "長野県天龍村")
    ]
    assert preview.can_apply


def test_a_ratio_column_in_percent_without_a_unit_is_an_error(empty, tmp_path: Path) -> None:  # noqa: F811
    path = write_csv(tmp_path / "s.csv", [["団体コード", "昼夜間人口比率"], ["202053", "100.8"]])
    preview = empty.exchange.quick_preview(path, "statistics", options=CENSUS)
    assert [p.code for p in preview.errors] == [ExchangeErrorCode.RATIO_LOOKS_LIKE_PERCENT]


def test_reference_date_and_source_are_needed(empty, tmp_path: Path) -> None:  # noqa: F811
    path = write_csv(tmp_path / "s.csv", [["団体コード", "人口"], ["202053", "100"]])
    with pytest.raises(ExchangeError) as caught:
        empty.exchange.quick_preview(path, "statistics", options=ImportOptions(source="x"))
    assert caught.value.code is ExchangeErrorCode.NEEDS_REFERENCE_DATE
    with pytest.raises(ExchangeError) as caught:
        empty.exchange.quick_preview(path, "statistics", options=ImportOptions(reference_date=date(2020, 10, 1)))
    assert caught.value.code is ExchangeErrorCode.NEEDS_SOURCE


def test_dates_and_sources_from_columns(empty, tmp_path: Path) -> None:  # noqa: F811
    path = write_csv(tmp_path / "s.csv", [
        ["全国地方公共団体コード", "項目", "値", "単位", "基準日", "出典"],
        ["202053", "人口", "98", "千人", "令和2年10月1日", "国勢調査"],
        ["202053", "面積", "658.66", "km²", "2020-10-01", "全国都道府県市区町村別面積調"],
    ])  # fmt: skip
    empty.exchange.apply(empty.exchange.quick_preview(path, "statistics"))
    iida = empty.municipalities.get("202053")
    assert (iida.latest(StatKind.POPULATION).value, iida.latest(StatKind.POPULATION).source) == (98_000, "国勢調査")
    assert iida.latest(StatKind.AREA).reference_date == date(2020, 10, 1)


def test_importing_figures_again_updates_only_what_changed(empty, tmp_path: Path) -> None:  # noqa: F811
    empty.exchange.apply(empty.exchange.quick_preview(ESTAT_CSV, "statistics", options=CENSUS))
    path = write_csv(tmp_path / "s.csv", [["団体コード", "人口", "面積"], ["202053", "98165", "658.76"]])
    preview = empty.exchange.quick_preview(path, "statistics", options=CENSUS)
    assert [(o.action, o.updated, o.unchanged) for o in preview.outcomes] == [(RowAction.UPDATE, 1, 1)]


def test_a_bad_figure_in_the_middle_writes_no_figure(empty, tmp_path: Path) -> None:  # noqa: F811
    rows = [["団体コード", "人口"], ["202053", "98164"], ["204137", "千百"], ["204145", "1581"]]
    path = write_csv(tmp_path / "s.csv", rows)
    before = dump(empty)
    with pytest.raises(ExchangeError):
        empty.exchange.apply(empty.exchange.quick_preview(path, "statistics", options=CENSUS))
    assert dump(empty) == before
