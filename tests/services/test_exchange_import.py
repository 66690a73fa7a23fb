"""The import engine on duties: round trips, encodings, headers, values, preview, all-or-nothing."""

from __future__ import annotations

import codecs
from decimal import Decimal
from pathlib import Path

import pytest

from renkei_desktop.domain.duties import DutyCategory
from renkei_desktop.domain.errors import ErrorCode
from renkei_desktop.services.exchange.encoding import detect_encoding
from renkei_desktop.services.exchange.engine import ImportOptions, RowAction
from renkei_desktop.services.exchange.errors import ExchangeError, ExchangeErrorCode, Severity
from renkei_desktop.services.exchange.mapping import ColumnMap
from tests.services.exchange_support import (  # noqa: F401
    HOME,
    dump,
    empty,
    plain_duty,
    write_csv,
)


def _duties(services, owner: str = HOME) -> list:  # noqa: ANN001
    return sorted((plain_duty(d) for d in services.catalogue.list_duties(owner)), key=lambda d: d.name)


def _import(services, path: Path, target: str = "duties", **kwargs):  # noqa: ANN001, ANN202
    preview = services.exchange.quick_preview(path, target, **kwargs)
    return preview, services.exchange.apply(preview)


# --- round trips ----------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix,encoding", [(".xlsx", None), (".csv", "utf-8-sig"), (".csv", "cp932")])
def test_export_then_import_into_an_empty_database_gives_identical_duties(
    demo, empty, tmp_path: Path, suffix: str, encoding: str | None  # noqa: F811
) -> None:
    duty = demo.catalogue.list_duties(HOME)[0]
    demo.catalogue.update(duty.with_changes(notes="①髙橋さん、﨑山さん\n二行目", annual_cost_yen=1_234_567,
                                            workload_person_years=Decimal("0.25")))  # fmt: skip
    path = tmp_path / f"duties{suffix}"
    if suffix == ".xlsx":
        demo.exchange.export_xlsx(path, ["duties"])
    else:
        demo.exchange.export_csv(path, "duties", encoding)
    _, report = _import(empty, path)
    assert report.added == len(demo.catalogue.list_duties(HOME))
    assert _duties(empty) == _duties(demo)
    assert {d.uid for d in empty.catalogue.list_duties(HOME)} == {d.uid for d in demo.catalogue.list_duties(HOME)}


def test_statistics_round_trip_through_xlsx(demo, empty, tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "stats.xlsx"
    demo.exchange.export_xlsx(path, ["statistics"])
    _import(empty, path, "statistics")

    def figures(services) -> list:  # noqa: ANN001
        return sorted(
            (s.municipality_code, s.kind, s.value, s.reference_date, s.source)
            for m in services.municipalities.all()
            for s in m.statistics
        )

    assert figures(empty) == figures(demo)


def test_importing_the_same_file_again_changes_nothing(demo, tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "d.xlsx"
    demo.exchange.export_xlsx(path, ["duties"])
    demo.exchange.apply(demo.exchange.quick_preview(path, "duties"))  # remembers this layout's mapping
    before = dump(demo)
    preview = demo.exchange.quick_preview(path, "duties")
    assert {o.action for o in preview.outcomes} == {RowAction.UNCHANGED}
    report = demo.exchange.apply(preview)
    assert (report.added, report.updated, report.unchanged) == (0, 0, len(preview.outcomes))
    assert dump(demo) == before


def test_a_changed_row_updates_the_duty_with_the_same_name(demo, tmp_path: Path) -> None:  # noqa: F811
    path = write_csv(tmp_path / "d.csv", [["事務名", "年間経費（千円）"], ["ごみ処理", "40,000"]])
    _, report = _import(demo, path)
    assert (report.added, report.updated) == (0, 1)
    duty = next(d for d in demo.catalogue.list_duties(HOME) if d.name == "ごみ処理")
    assert duty.annual_cost_yen == 40_000_000
    assert duty.category is DutyCategory.ENVIRONMENT  # a column the file does not have is kept


# --- encodings ------------------------------------------------------------------------------------


def test_encoding_bom_comes_first() -> None:
    assert detect_encoding(codecs.BOM_UTF8 + "事務名".encode()).reason == "bom"


def test_encoding_strict_utf8_before_cp932() -> None:
    assert detect_encoding("事務名,①".encode()).encoding == "utf-8"


def test_encoding_strict_cp932_when_not_utf8() -> None:
    detection = detect_encoding("事務名,①髙﨑".encode("cp932"))
    assert (detection.encoding, detection.reason) == ("cp932", "cp932")


def test_encoding_neither_asks_with_candidates() -> None:
    data = "事務名".encode("cp932") + b"\x81\x7f\xff" + "ごみ".encode()
    detection = detect_encoding(data)
    assert detection.needs_choice and detection.encoding is None
    assert {c.encoding for c in detection.candidates} >= {"cp932", "utf-8"}
    assert all(c.sample for c in detection.candidates)


def test_undetectable_csv_is_not_read_without_a_choice(empty, tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "x.csv"
    path.write_bytes("事務名\n".encode("cp932") + b"\x81\x7f\xff\n")
    with pytest.raises(ExchangeError) as caught:
        empty.exchange.open_import(path).read()
    assert caught.value.code is ExchangeErrorCode.ENCODING_UNKNOWN


def test_cp932_edge_characters_survive_import(demo, tmp_path: Path) -> None:  # noqa: F811
    path = write_csv(tmp_path / "d.csv", [["事務名", "備考"], ["新しい事務①", "髙橋・﨑山"]], "cp932")
    _import(demo, path)
    added = next(d for d in demo.catalogue.list_duties(HOME) if d.name == "新しい事務①")
    assert added.notes == "髙橋・﨑山"


def test_a_wrongly_chosen_encoding_is_a_problem_of_the_row_not_garbage(demo, tmp_path: Path) -> None:  # noqa: F811
    path = write_csv(tmp_path / "d.csv", [["name", "notes"], ["ok", "fine"], ["x", "①の事務"]], "cp932")
    preview = demo.exchange.quick_preview(path, "duties", encoding="utf-8")
    assert [(p.row, p.column, p.code) for p in preview.errors] == [(3, "B", ExchangeErrorCode.UNREADABLE_CHARACTERS)]


# --- header rows, values --------------------------------------------------------------------------


def test_header_row_is_found_below_notes(demo, tmp_path: Path) -> None:  # noqa: F811
    path = write_csv(tmp_path / "d.csv", [
        ["令和6年度 事務の棚卸し（総務課）"], ["注）金額は千円単位"], [],
        ["事務名", "分野", "年間経費（千円）"], ["新規の事務", "医療", "12"],
    ])  # fmt: skip
    grid = demo.exchange.open_import(path).read()
    assert demo.exchange.suggest_header_row("duties", grid) == 4


def test_full_width_digits_separators_and_dashes(demo, tmp_path: Path) -> None:  # noqa: F811
    path = write_csv(tmp_path / "d.csv", [
        ["事務名", "年間経費（円）", "年間業務量（人工）", "不足人数"],
        ["全角の事務", "１，２３４，０００", "０．５", "-"],
    ])  # fmt: skip
    _import(demo, path)
    duty = next(d for d in demo.catalogue.list_duties(HOME) if d.name == "全角の事務")
    assert (duty.annual_cost_yen, duty.workload_person_years, duty.staffing_gap) == (1_234_000, Decimal("0.5"), 0)


def test_thousand_yen_and_yen_columns(demo, tmp_path: Path) -> None:  # noqa: F811
    path = write_csv(tmp_path / "d.csv", [["事務名", "年間経費（千円）"], ["千円の事務", "1,500"], ["単位つき", "2千円"]])
    _import(demo, path)
    costs = {d.name: d.annual_cost_yen for d in demo.catalogue.list_duties(HOME)}
    assert (costs["千円の事務"], costs["単位つき"]) == (1_500_000, 2_000)


def test_mapping_is_suggested_from_japanese_and_english_headings(empty, tmp_path: Path) -> None:  # noqa: F811
    path = write_csv(tmp_path / "d.csv", [["事務の名称", "Category", "cost_yen", "メモ"], ["x", "医療", "1", "y"]])
    grid = empty.exchange.open_import(path).read()
    mapping = empty.exchange.suggest_mapping("duties", grid.layout(1)).mapping
    assert mapping.fields == {0: "name", 1: "category", 2: "annual_cost_yen", 3: "notes"}


def test_the_mapping_used_is_remembered_for_the_same_layout(demo, tmp_path: Path) -> None:  # noqa: F811
    path = write_csv(tmp_path / "d.csv", [["名前の列", "値段"], ["覚える事務", "3"]])
    source = demo.exchange.open_import(path)
    grid = source.read()
    layout = grid.layout(1)
    assert not demo.exchange.suggest_mapping("duties", layout).remembered
    chosen = ColumnMap({0: "name", 1: "annual_cost_thousand_yen"})
    demo.exchange.apply(demo.exchange.preview("duties", grid, layout, chosen))
    again = demo.exchange.suggest_mapping("duties", layout)
    assert again.remembered and again.mapping == chosen
    reopened = type(demo.exchange)(demo)  # a new session of the app reads it from the state file
    assert reopened.suggest_mapping("duties", layout).mapping == chosen


# --- preview --------------------------------------------------------------------------------------


def test_preview_names_the_excel_row_and_column_of_each_problem(demo, tmp_path: Path) -> None:  # noqa: F811
    path = write_csv(tmp_path / "d.csv", [
        ["事務一覧"], [],
        ["事務名", "分野", "年間経費（千円）"],
        ["正しい事務", "医療", "10"],
        ["誤りのある事務", "宇宙", "十"],
    ])  # fmt: skip
    preview = demo.exchange.quick_preview(path, "duties")
    assert preview.layout.header_row == 3
    problems = {(p.row, p.column, p.header, p.code) for p in preview.errors}
    assert problems == {
        (5, "B", "分野", ErrorCode.UNKNOWN_CHOICE),
        (5, "C", "年間経費（千円）", ErrorCode.NOT_A_NUMBER),
    }
    assert [o.action for o in preview.outcomes] == [RowAction.ADD, RowAction.ERROR]


def test_preview_texts_are_japanese_with_row_and_column(demo, tmp_path: Path) -> None:  # noqa: F811
    from renkei_desktop.ui.texts import exchange_problem_text

    path = write_csv(tmp_path / "d.csv", [["事務名", "年間経費（千円）"], ["誤り", "abc"]])
    preview = demo.exchange.quick_preview(path, "duties")
    assert exchange_problem_text(preview.errors[0]) == "2行目 B列（年間経費（千円））: 年間経費（千円）は数値で入力してください（入力値: abc）。"


def test_preview_writes_nothing(demo, tmp_path: Path) -> None:  # noqa: F811
    path = write_csv(tmp_path / "d.csv", [["事務名"], ["プレビューだけの事務"]])
    before = dump(demo)
    preview = demo.exchange.quick_preview(path, "duties")
    assert preview.can_apply
    assert dump(demo) == before


def test_formula_cells_are_refused_with_their_address(demo, tmp_path: Path) -> None:  # noqa: F811
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.append(["事務名", "年間経費（千円）"])
    workbook.active.append(["数式の事務", "=1000*2"])
    path = tmp_path / "f.xlsx"
    workbook.save(path)
    preview = demo.exchange.quick_preview(path, "duties")
    assert [(p.row, p.column, p.code, p.params["value"]) for p in preview.errors] == [
        (2, "B", ExchangeErrorCode.FORMULA, "=1000*2")
    ]


def test_duplicate_rows_in_one_file_are_errors(demo, tmp_path: Path) -> None:  # noqa: F811
    path = write_csv(tmp_path / "d.csv", [["事務名"], ["同じ事務"], ["同じ事務"]])
    preview = demo.exchange.quick_preview(path, "duties")
    assert [(p.row, p.code, p.params["first_row"]) for p in preview.errors] == [(3, ExchangeErrorCode.DUPLICATE_ROW, "2")]


# --- all or nothing -------------------------------------------------------------------------------


def test_a_bad_row_in_the_middle_writes_nothing(demo, tmp_path: Path) -> None:  # noqa: F811
    rows = [["事務名", "年間経費（千円）"]] + [[f"事務{i}", str(i)] for i in range(40)]
    rows[20][1] = "数字ではない"
    path = write_csv(tmp_path / "d.csv", rows)
    before = dump(demo)
    preview = demo.exchange.quick_preview(path, "duties")
    with pytest.raises(ExchangeError) as caught:
        demo.exchange.apply(preview)
    assert caught.value.code is ExchangeErrorCode.HAS_ERRORS
    assert [p.row for p in caught.value.problems] == [21]
    assert dump(demo) == before


def test_cancelling_midway_writes_nothing(demo, tmp_path: Path) -> None:  # noqa: F811
    path = write_csv(tmp_path / "d.csv", [["事務名"]] + [[f"取消{i}"] for i in range(30)])
    before = dump(demo)
    preview = demo.exchange.quick_preview(path, "duties")
    seen = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 15

    with pytest.raises(ExchangeError) as caught:
        demo.exchange.apply(preview, progress)
    assert caught.value.code is ExchangeErrorCode.CANCELLED
    assert seen[0] == (0, 30) and seen[-1] == (15, 30)
    assert dump(demo) == before


def test_skipping_invalid_rows_imports_the_others_and_reports_them(demo, tmp_path: Path) -> None:  # noqa: F811
    path = write_csv(tmp_path / "d.csv", [["事務名", "分野"], ["よい事務", "医療"], ["わるい事務", "宇宙"]])
    preview = demo.exchange.quick_preview(path, "duties")
    report = demo.exchange.apply(preview, skip_invalid=True)
    assert (report.added, report.skipped_rows) == (1, 1)
    names = {d.name for d in demo.catalogue.list_duties(HOME)}
    assert "よい事務" in names and "わるい事務" not in names


def test_a_change_after_the_preview_is_detected(demo, tmp_path: Path) -> None:  # noqa: F811
    path = write_csv(tmp_path / "d.csv", [["事務名", "備考"], ["ごみ処理", "ファイルの備考"]])
    preview = demo.exchange.quick_preview(path, "duties")
    duty = next(d for d in demo.catalogue.list_duties(HOME) if d.name == "ごみ処理")
    demo.catalogue.update(duty.with_changes(notes="ファイルの備考"))  # now the row is unchanged
    before = dump(demo)
    with pytest.raises(ExchangeError) as caught:
        demo.exchange.apply(preview)
    assert caught.value.code is ExchangeErrorCode.STALE_PREVIEW
    assert dump(demo) == before


def test_without_a_home_or_owner_column_duties_cannot_be_placed(empty, tmp_path: Path) -> None:  # noqa: F811
    path = write_csv(tmp_path / "d.csv", [["事務名"], ["どこの事務"]])
    with pytest.raises(ExchangeError) as caught:
        empty.exchange.quick_preview(path, "duties")
    assert caught.value.code is ExchangeErrorCode.NO_HOME


def test_options_can_name_the_owner(empty, tmp_path: Path) -> None:  # noqa: F811
    path = write_csv(tmp_path / "d.csv", [["事務名"], ["飯田市の事務"]])
    _import(empty, path, options=ImportOptions(owner_code="202053"))
    assert [d.name for d in empty.catalogue.list_duties("202053")] == ["飯田市の事務"]


def test_unchanged_rows_are_skipped_not_errors(demo, tmp_path: Path) -> None:  # noqa: F811
    path = write_csv(tmp_path / "d.csv", [["事務名", "分野"], ["ごみ処理", "環境衛生"]])
    preview = demo.exchange.quick_preview(path, "duties")
    assert [(p.severity, p.code) for p in preview.problems] == [(Severity.SKIPPED, ExchangeErrorCode.UNCHANGED)]


def test_every_exchange_code_has_a_japanese_message() -> None:
    from renkei_desktop.ui.texts import EXCHANGE_ERROR

    assert sorted(c.value for c in ExchangeErrorCode if c.value not in EXCHANGE_ERROR) == []
