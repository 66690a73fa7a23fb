"""The PDF writer: pages, the header on each page, page numbers, repeated table headers, whole rows,
embedded BIZ UD fonts and a text layer that extracts as the same Japanese (pdftotext, pdffonts)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from renkei_desktop.reports.document import (
    Column,
    Document,
    HeaderFields,
    Orientation,
    Paragraph,
    Row,
    Section,
    Style,
    Table,
)
from renkei_desktop.reports.pdf import pdf_bytes, print_document, write_pdf
from renkei_desktop.reports.summary import SummaryOptions, build_summary, chart_source_available
from renkei_desktop.services.container import Services

from .conftest import HEADER

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed"
)

RADICALS = re.compile(
    "[\u2e80-\u2fdf\uf900-\ufaff]"
)  # CJK radicals, Kangxi radicals, compatibility ideographs


def pdftotext(path: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *pages, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def squeezed(text: str) -> str:
    """pdftotext puts table cells and wrapped lines apart: compare without white space."""
    return "".join(text.split())


def page_count(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M)[1])


@pytest.fixture(scope="module")
def summary_pdf(
    qapp, report_services: Services, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, int]:  # noqa: ANN001
    """The demo summary with every section (charts too when this build has them)."""
    path = tmp_path_factory.mktemp("pdf") / "summary.pdf"
    pages = write_pdf(build_summary(report_services, SummaryOptions(header=HEADER)), path)
    return path, pages


def test_page_count_is_what_the_pdf_has(summary_pdf: tuple[Path, int]) -> None:
    path, pages = summary_pdf
    assert pages >= 6
    assert page_count(path) == pages


def test_every_page_has_the_header_and_its_number(summary_pdf: tuple[Path, int]) -> None:
    path, pages = summary_pdf
    for number in range(1, pages + 1):
        text = pdftotext(path, number)
        for expected in ("南信州広域連携推進会議", "資料1", "令和元年5月1日", "総務課", f"- {number} -"):
            assert expected in text, f"page {number}: {expected} missing"


def test_text_layer_has_headings_names_and_amounts(summary_pdf: tuple[Path, int]) -> None:
    text = squeezed(pdftotext(summary_pdf[0]))
    for expected in (
        "広域連携の検討状況について",
        "概要",
        "事務カタログ",
        "南信州ごみ処理の一部事務組合【採用案】",
        "連携の効果（天龍村の負担）",
        "介護認定審査会",
        "基幹系システムの共同利用（自治体クラウド）",
        "飯田市",
        "長野県",
        "209,750",
        "△40,000",
        "（単位:千円）",
        "単位:千円、表示単位未満四捨五入のため合計が一致しない場合がある。",
        "令和9年3月31日",
    ):
        assert expected in text, expected


@pytest.mark.skipif(not chart_source_available(), reason="charts/report.py is not part of this build")
def test_charts_are_placed_with_numbered_captions(summary_pdf: tuple[Path, int]) -> None:
    text = squeezed(pdftotext(summary_pdf[0]))
    assert "グラフ" in text
    assert "図1" in text and "図4" in text


def test_text_extracts_as_unified_ideographs_not_radicals(
    qapp, summary_pdf: tuple[Path, int], tmp_path: Path
) -> None:  # noqa: ANN001
    sample = "一日月山田の令和元年の長野県天龍村の人口割と均等割"
    document = Document("抽出の確認", HEADER, front=[Paragraph(sample), Paragraph(sample, Style.NOTE)])
    path = tmp_path / "kanji.pdf"
    write_pdf(document, path)
    text = pdftotext(path)
    assert "一日月山田" in squeezed(text)
    assert squeezed(sample) in squeezed(text)
    assert RADICALS.findall(text) == []
    assert RADICALS.findall(pdftotext(summary_pdf[0])) == []


def test_fonts_are_embedded_biz_ud(summary_pdf: tuple[Path, int]) -> None:
    listing = subprocess.run(
        ["pdffonts", str(summary_pdf[0])], capture_output=True, text=True, check=True
    ).stdout
    rows = [line.split() for line in listing.splitlines()[2:] if line.strip()]
    assert rows
    assert any("BIZUDGothic" in row[0] for row in rows)
    assert all(row[-5] == "yes" for row in rows), listing  # the "emb" column


def long_table_document(rows: int, orientation: Orientation = Orientation.PORTRAIT) -> Document:
    table = Table(
        columns=(Column("番号", 0.6), Column("事務名", 3.0), Column("三行の欄", 2.0)),
        rows=tuple(
            Row((str(i), f"事務{i:03d}", f"行{i:03d}の一\n行{i:03d}の二\n行{i:03d}の三")) for i in range(rows)
        ),
        title="長い表",
        unit="（単位:千円）",
    )
    return Document("長い表の確認", HEADER, orientation=orientation, sections=[Section("1　表", [table])])


def test_long_tables_repeat_their_header_and_never_split_a_row(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "long.pdf"
    pages = write_pdf(long_table_document(120), path)
    assert pages >= 4
    seen: set[int] = set()
    for number in range(1, pages + 1):
        text = pdftotext(path, number)
        assert "番号" in text and "事務名" in text and "三行の欄" in text, (
            f"page {number} lacks the header row"
        )
        if number > 1:
            assert "長い表（続き）" in squeezed(text)
        present = {int(i) for i in re.findall(r"行(\d{3})の", text)}
        for i in present:
            assert all(f"行{i:03d}の{n}" in text for n in "一二三"), f"row {i} split at page {number}"
        assert not present & seen
        seen |= present
    assert seen == set(range(120))


def test_landscape_pages_are_a4_turned(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "wide.pdf"
    portrait = write_pdf(long_table_document(120), tmp_path / "tall.pdf")
    landscape = write_pdf(long_table_document(120, Orientation.LANDSCAPE), path)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())
    assert (round(width), round(height)) == (842, 595)
    assert landscape > portrait  # fewer rows fit on a turned page


def test_pdf_bytes_start_a_pdf_and_carry_the_title(qapp) -> None:  # noqa: ANN001
    data, pages = pdf_bytes(Document("タイトル", HeaderFields(), front=[Paragraph("本文")]))
    assert data.startswith(b"%PDF") and pages == 1


def test_printing_honours_the_page_range(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    from PySide6.QtPrintSupport import QPrinter

    from renkei_desktop.reports.pdf import configure_printer

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "range.pdf"))
    configure_printer(printer, Orientation.PORTRAIT)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    total = print_document(long_table_document(120), printer)
    assert total >= 4
    assert page_count(tmp_path / "range.pdf") == 2
    assert "- 2 -" in pdftotext(tmp_path / "range.pdf", 1)
