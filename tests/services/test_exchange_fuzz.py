"""Hostile and broken files: only ExchangeError (a clear code), never a crash; the database unchanged.

Hypothesis examples are kept few (the suite shares two cores); every run compares a dump of the
database before and after.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from renkei_desktop.services.exchange.errors import ExchangeError, ExchangeErrorCode
from renkei_desktop.services.exchange.safety import MAX_CELL_CHARS, MAX_ENTRY_BYTES, MAX_ZIP_ENTRIES
from tests.services.exchange_support import dump  # noqa: F401

FUZZ = settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _try_everything(services, path: Path, target: str = "duties") -> None:  # noqa: ANN001
    """Open, read every sheet, preview and apply; only ExchangeError may come out."""
    try:
        source = services.exchange.open_import(path)
        source.detect_encoding()
        for sheet in source.sheet_names:
            grid = source.read(sheet, "cp932" if source.needs_encoding else None)
            if grid.rows:
                grid.layout(services.exchange.suggest_header_row(target, grid))
        preview = services.exchange.quick_preview(path, target)
        services.exchange.apply(preview)
    except ExchangeError as exc:
        assert isinstance(exc.code, ExchangeErrorCode)


def _valid_xlsx(rows: list[list[object]]) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _valid_csv(rows: list[list[str]], encoding: str = "utf-8-sig") -> bytes:
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode(encoding)


DUTY_ROWS = [["事務名", "分野", "年間経費（千円）", "備考"]] + [[f"検査用の事務{i}", "医療", str(i * 10), "備考"] for i in range(12)]
XLSX = _valid_xlsx(DUTY_ROWS)  # type: ignore[arg-type]


@FUZZ
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".csv", ".xlsx", ".txt", ".tsv"]))
def test_random_bytes(demo, tmp_path: Path, data: bytes, suffix: str) -> None:  # noqa: F811
    before = dump(demo)
    path = tmp_path / f"random{suffix}"
    path.write_bytes(data)
    try:
        source = demo.exchange.open_import(path)
        for sheet in source.sheet_names:
            source.read(sheet, "cp932" if source.needs_encoding else None)
        demo.exchange.quick_preview(path, "duties")
    except ExchangeError:
        pass
    assert dump(demo) == before


@FUZZ
@given(cut=st.integers(min_value=0, max_value=len(XLSX) - 1))
def test_truncated_xlsx(demo, tmp_path: Path, cut: int) -> None:  # noqa: F811
    before = dump(demo)
    path = tmp_path / "truncated.xlsx"
    path.write_bytes(XLSX[:cut])
    with pytest.raises(ExchangeError) as caught:
        demo.exchange.quick_preview(path, "duties")
    assert caught.value.code in (ExchangeErrorCode.BROKEN_XLSX, ExchangeErrorCode.EMPTY_FILE)
    assert dump(demo) == before


@FUZZ
@given(flips=st.lists(st.tuples(st.integers(0, len(XLSX) - 1), st.integers(1, 255)), min_size=1, max_size=8))
def test_corrupted_xlsx(demo, tmp_path: Path, flips: list[tuple[int, int]]) -> None:  # noqa: F811
    data = bytearray(XLSX)
    for position, mask in flips:
        data[position] ^= mask
    path = tmp_path / "corrupt.xlsx"
    path.write_bytes(bytes(data))
    before = dump(demo)
    try:
        demo.exchange.quick_preview(path, "duties")  # a flip may leave it readable: preview only
    except ExchangeError:
        pass
    assert dump(demo) == before


@FUZZ
@given(
    written=st.sampled_from(["utf-8", "cp932", "euc_jp", "utf-16-le", "utf-8-sig"]),
    read=st.sampled_from([None, "utf-8", "cp932", "euc_jp", "utf-16"]),
    text=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60),
)
def test_mis_encoded_csv(demo, tmp_path: Path, written: str, read: str | None, text: str) -> None:  # noqa: F811
    rows = [["事務名", "備考"], ["文字コード①髙﨑", text]]
    try:
        data = _valid_csv(rows, written)
    except UnicodeEncodeError:
        data = _valid_csv(rows, "utf-8").replace(b"\xe9", b"\x81")
    path = tmp_path / "mis.csv"
    path.write_bytes(data)
    before = dump(demo)
    try:
        demo.exchange.quick_preview(path, "duties", encoding=read)
    except ExchangeError:
        pass
    assert dump(demo) == before


HOSTILE: dict[str, Callable[[], object]] = {
    "formula": lambda: "=SUM(C2:C9)*1000",  # xlsx: a formula cell; CSV: text where a number belongs
    "huge cell": lambda: "あ" * (MAX_CELL_CHARS + 1),
    "control character": lambda: "見出し\x07ベル",
    "not a number": lambda: "百万",
    "unknown choice": lambda: "宇宙",
}


@FUZZ
@given(kind=st.sampled_from(sorted(HOSTILE)), row=st.integers(1, len(DUTY_ROWS) - 1), fmt=st.sampled_from(["csv", "xlsx"]))
def test_a_hostile_cell_anywhere_writes_nothing(demo, tmp_path: Path, kind: str, row: int, fmt: str) -> None:  # noqa: F811
    assume(not (kind == "control character" and fmt == "xlsx"))  # openpyxl cannot write one
    rows = [list(r) for r in DUTY_ROWS]
    column = {"not a number": 2, "formula": 2, "unknown choice": 1}.get(kind, 3)
    rows[row][column] = HOSTILE[kind]()  # type: ignore[call-overload]
    path = tmp_path / f"hostile.{fmt}"
    if fmt == "xlsx":
        from openpyxl import Workbook

        workbook = Workbook()
        for values in rows:
            workbook.active.append(values)
        for cells in workbook.active.iter_rows():
            for cell in cells:
                if isinstance(cell.value, str) and cell.value.startswith("=") and kind != "formula":
                    cell.data_type = "s"
        workbook.save(path)
    else:
        path.write_bytes(_valid_csv(rows))  # type: ignore[arg-type]
    before = dump(demo)
    with pytest.raises(ExchangeError) as caught:
        demo.exchange.apply(demo.exchange.quick_preview(path, "duties"))
    assert caught.value.code is ExchangeErrorCode.HAS_ERRORS
    assert {p.row for p in caught.value.problems} == {row + 1}
    assert dump(demo) == before


@FUZZ
@given(notes=st.text(max_size=200), cost=st.text(max_size=20))
def test_any_text_in_cells_gives_rows_or_problems(demo, tmp_path: Path, notes: str, cost: str) -> None:  # noqa: F811
    path = tmp_path / "text.csv"
    path.write_bytes(_valid_csv([["事務名", "年間経費（千円）", "備考"], ["任意の文字", cost, notes]], "utf-8-sig"))
    before = dump(demo)
    try:
        preview = demo.exchange.quick_preview(path, "duties")
        assert all(p.row >= 1 for p in preview.problems)
    except ExchangeError:
        pass
    assert dump(demo) == before


def test_a_formula_in_a_csv_text_cell_is_stored_as_text_never_evaluated(demo, tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "f.csv"
    path.write_bytes(_valid_csv([["事務名", "備考"], ["数式の文字", "=1+1"], ["書き出したもの", "'=2+2"]]))
    demo.exchange.apply(demo.exchange.quick_preview(path, "duties"))
    notes = {d.name: d.notes for d in demo.catalogue.list_duties("204137")}
    assert (notes["数式の文字"], notes["書き出したもの"]) == ("=1+1", "=2+2")


# --- zip bombs and other archives in xlsx clothing ----------------------------------------------------


def _xlsx_with_extra(tmp_path: Path, name: str, writer: Callable[[zipfile.ZipFile], None]) -> Path:
    path = tmp_path / name
    with zipfile.ZipFile(io.BytesIO(XLSX)) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info, source.read(info))
        writer(target)
    return path


def _no_openpyxl(monkeypatch: pytest.MonkeyPatch) -> None:
    import openpyxl

    def refuse(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError("openpyxl must not see a zip bomb")

    monkeypatch.setattr(openpyxl, "load_workbook", refuse)
    monkeypatch.setattr("openpyxl.reader.excel.load_workbook", refuse)


def test_zip_bomb_by_declared_size_is_refused_before_openpyxl(demo, tmp_path: Path, monkeypatch) -> None:  # noqa: F811, ANN001
    def bomb(archive: zipfile.ZipFile) -> None:
        with archive.open("xl/media/zeros.bin", "w", force_zip64=True) as handle:
            chunk = bytes(1024 * 1024)
            for _ in range(MAX_ENTRY_BYTES // len(chunk) + 1):
                handle.write(chunk)

    path = _xlsx_with_extra(tmp_path, "bomb.xlsx", bomb)
    assert path.stat().st_size < 1024 * 1024  # a small file that inflates past the limit
    _no_openpyxl(monkeypatch)
    before = dump(demo)
    with pytest.raises(ExchangeError) as caught:
        demo.exchange.open_import(path)
    assert caught.value.code is ExchangeErrorCode.ZIP_BOMB
    assert dump(demo) == before


def test_zip_bomb_by_compression_ratio_is_refused(demo, tmp_path: Path, monkeypatch) -> None:  # noqa: F811, ANN001
    path = _xlsx_with_extra(tmp_path, "ratio.xlsx", lambda a: a.writestr("xl/worksheets/sheet2.xml", bytes(4 * 1024 * 1024)))
    _no_openpyxl(monkeypatch)
    with pytest.raises(ExchangeError) as caught:
        demo.exchange.open_import(path)
    assert caught.value.code is ExchangeErrorCode.ZIP_BOMB


def test_too_many_entries_is_refused(demo, tmp_path: Path, monkeypatch) -> None:  # noqa: F811, ANN001
    def many(archive: zipfile.ZipFile) -> None:
        for i in range(MAX_ZIP_ENTRIES + 1):
            archive.writestr(f"xl/x{i}.xml", b"")

    path = _xlsx_with_extra(tmp_path, "many.xlsx", many)
    _no_openpyxl(monkeypatch)
    with pytest.raises(ExchangeError) as caught:
        demo.exchange.open_import(path)
    assert caught.value.code is ExchangeErrorCode.ZIP_BOMB


def test_a_zip_whose_sizes_lie_is_broken_not_a_crash(demo, tmp_path: Path) -> None:  # noqa: F811
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(XLSX)) as source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"</sheetData>", b"<row r=\"99\"><c r=\"A99\" t=\"inlineStr\"><is><t>" + b"x" * 5000 + b"</t></is></c></row></sheetData>")
            target.writestr(info, data)
    raw = bytearray(buffer.getvalue())
    # The central directory entry of sheet1.xml claims 100 bytes uncompressed: reading must stop there.
    name = b"xl/worksheets/sheet1.xml"
    position = raw.rindex(name) - 46
    assert raw[position : position + 4] == b"PK\x01\x02"
    raw[position + 24 : position + 28] = (100).to_bytes(4, "little")
    path = tmp_path / "liar.xlsx"
    path.write_bytes(bytes(raw))
    before = dump(demo)
    with pytest.raises(ExchangeError) as caught:
        demo.exchange.quick_preview(path, "duties")
    assert caught.value.code is ExchangeErrorCode.BROKEN_XLSX
    assert dump(demo) == before


@pytest.mark.parametrize(
    "name,data,code",
    [
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), ExchangeErrorCode.OLD_EXCEL),
        ("empty.csv", b"", ExchangeErrorCode.EMPTY_FILE),
        ("nul.csv", "事務名\n".encode() + b"a\x00b\n", ExchangeErrorCode.BROKEN_CSV),
        ("renamed.xlsx", "事務名,分野\n".encode(), ExchangeErrorCode.BROKEN_XLSX),
        ("notes.docx", b"PK\x03\x04", ExchangeErrorCode.UNSUPPORTED_FILE),
    ],
)
def test_files_that_are_not_what_they_claim(demo, tmp_path: Path, name: str, data: bytes, code) -> None:  # noqa: F811, ANN001
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ExchangeError) as caught:
        demo.exchange.quick_preview(path, "duties")
    assert caught.value.code is code


def test_a_cell_larger_than_the_csv_reader_takes_is_a_clear_error(demo, tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "huge.csv"
    path.write_bytes(_valid_csv([["事務名", "備考"], ["大きい", "x" * 200_000]]))
    with pytest.raises(ExchangeError) as caught:
        demo.exchange.quick_preview(path, "duties")
    assert caught.value.code is ExchangeErrorCode.BROKEN_CSV
    assert caught.value.params["row"] == "2"


def test_missing_file(demo, tmp_path: Path) -> None:  # noqa: F811
    _try_everything(demo, tmp_path / "missing.csv")
