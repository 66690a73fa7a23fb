"""Printed documents go through Qt's translation: Japanese by default, English on request, and the UI's
language is put back after a document was built in another one (reports/language.py, reports/labels.py).

The tests marked ``needs_english_documents`` read the English of the printed documents from
resources/i18n/renkei_en.qm: they pass once the translations of /tmp/tr_reports.json are merged into it
(packaging/fill_translations.py, then update_translations.py). The others pass with any .qm.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from renkei_desktop.domain.agreements import AgreementKind, Term, default_clauses, render_term
from renkei_desktop.reports import labels
from renkei_desktop.reports import language as language_module
from renkei_desktop.reports.agreement_draft import DraftOptions, build_agreement_draft, default_texts
from renkei_desktop.reports.agreement_draft import render_term as printed_term
from renkei_desktop.reports.document import Document, Heading, format_gregorian
from renkei_desktop.reports.language import TranslationMissing, document_language, ui_language
from renkei_desktop.reports.summary import CHARTS, SECTION_KEYS, SummaryOptions, build_summary
from renkei_desktop.services.container import Services
from renkei_desktop.services.demo import DEMO_HOME, IIDA, NAGANO_PREF

from .conftest import HEADER

NO_CHARTS = frozenset(SECTION_KEYS) - {CHARTS}
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
UI_WORD = ("Texts", "福祉・保健")  # already translated in every renkei_en.qm: shows which is installed


def summary(services: Services) -> Document:
    return build_summary(services, SummaryOptions(header=HEADER, sections=NO_CHARTS))


def headings(document: Document) -> list[str]:
    return [b.text for b in document.blocks() if isinstance(b, Heading) and b.level == 1]


def ui_word() -> str:
    return QCoreApplication.translate(*UI_WORD)


def english_documents_available() -> bool:
    """True when the English of the printed documents is in the .qm (after the lead's merge)."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    with document_language("en"):
        return labels.build_language() == "en"


needs_english_documents = pytest.mark.usefixtures("english_documents")


@pytest.fixture
def english_documents(qapp) -> None:  # noqa: ANN001
    assert english_documents_available(), (
        "resources/i18n/renkei_en.qm has no English for the printed documents yet: merge /tmp/tr_reports.json"
    )


@pytest.fixture
def english_ui(qapp):  # noqa: ANN001, ANN201
    """The UI switched to English as the app does it (install_translators); Japanese again afterwards."""
    from PySide6.QtCore import QLocale

    from renkei_desktop.app.gui import install_translators

    locale = QLocale()
    install_translators(qapp, "en")
    yield qapp
    install_translators(qapp, "ja")
    QLocale.setDefault(locale)


# --- Japanese stays the default ----------------------------------------------------------------------


def test_without_a_translation_documents_are_japanese(qapp, report_services: Services) -> None:  # noqa: ANN001
    document = summary(report_services)
    assert document.language == "ja" and labels.build_language() == "ja"
    assert headings(document) == ["1　概要", "2　事務カタログ", "3　連携案", "4　協定・規約"]
    assert document.created_text == "令和元年5月1日"


def test_printing_in_the_ui_language_changes_nothing(qapp, report_services: Services) -> None:  # noqa: ANN001
    assert ui_language() == "ja"
    with document_language("ja"):
        assert ui_word() == "福祉・保健"
        document = summary(report_services)
    assert document.language == "ja"


def test_the_japanese_clause_texts_of_the_draft_are_the_domains(qapp) -> None:  # noqa: ANN001
    """reports' own assembly of the default clauses gives exactly domain/agreements.default_clauses."""
    parties = [(IIDA, "飯田市"), (DEMO_HOME, "天龍村"), (NAGANO_PREF, "長野県")]
    for kind in AgreementKind:
        for subject in ("", "介護認定審査会"):
            expected = default_clauses(kind, parties, subject=subject)
            printed = default_texts(kind, parties, subject=subject)
            for key, text in printed.items():
                assert text == getattr(expected, key), (kind, subject, key)
    for term in (
        Term(),
        Term(start=date(2025, 4, 1)),
        Term(start=date(2025, 4, 1), end=date(2030, 3, 31), auto_renew=True, renewal_years=3),
    ):
        for kind in (AgreementKind.COMPACT, AgreementKind.RULES_COUNCIL, AgreementKind.RULES_PARTIAL_UNION):
            assert printed_term(kind, term, 2) == render_term(kind, term, 2)


# --- the UI's language comes back -------------------------------------------------------------------------


def test_printing_in_english_from_a_japanese_ui_restores_japanese(qapp, report_services: Services) -> None:  # noqa: ANN001
    with document_language("en"):
        assert ui_word() == "Welfare & health"
        summary(report_services)
    assert ui_word() == "福祉・保健"
    assert ui_language() == "ja"


def test_the_ui_language_is_restored_even_when_the_build_fails(qapp) -> None:  # noqa: ANN001
    with pytest.raises(RuntimeError, match="build failed"), document_language("en"):
        assert ui_word() == "Welfare & health"
        raise RuntimeError("build failed")
    assert ui_word() == "福祉・保健"


def test_printing_in_japanese_from_an_english_ui_restores_english(
    english_ui, report_services: Services
) -> None:  # noqa: ANN001
    assert ui_language() == "en" and ui_word() == "Welfare & health"
    with document_language("ja"):
        assert ui_word() == "福祉・保健"
        document = summary(report_services)
    assert document.language == "ja" and headings(document)[0] == "1　概要"
    assert ui_word() == "Welfare & health"
    assert ui_language() == "en"


def test_a_missing_translation_is_reported_and_changes_nothing(qapp, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(language_module, "translations_dir", lambda: tmp_path)
    with pytest.raises(TranslationMissing) as caught, document_language("en"):
        pass
    assert caught.value.language == "en" and caught.value.folder == tmp_path
    assert ui_word() == "福祉・保健"


def test_an_unknown_language_is_refused(qapp) -> None:  # noqa: ANN001
    with pytest.raises(ValueError, match="fr"), document_language("fr"):
        pass


def test_english_dates_are_gregorian() -> None:
    assert format_gregorian(date(2025, 4, 1)) == "1 April 2025"
    document = Document(title="t", header=replace(HEADER, with_seireki=True), language="en")
    assert document.created_text == "1 May 2019"
    assert replace(document, language="ja").created_text == "令和元年5月1日（2019年）"


# --- English documents (after the merge of the translations) ------------------------------------------


@needs_english_documents
def test_a_summary_built_in_english_has_no_japanese_headings_or_table_headers(
    report_services: Services,
) -> None:
    with document_language("en"):
        document = summary(report_services)
    assert document.language == "en"
    assert document.title == "Wide-Area Cooperation: Where We Stand"
    assert headings(document) == ["1. Overview", "2. Duty catalogue", "3. Plans", "4. Agreements and rules"]
    # Names are data (municipalities, duties, cost items): what is left of a header must be English.
    names = sorted(
        {m.name for m in report_services.municipalities.all()}
        | {item.name for plan in report_services.plans.list_all() for item in plan.cost_items},
        key=len,
        reverse=True,
    )
    for table in document.tables():
        for text in (table.title, table.unit, *(c.title for c in table.columns)):
            for name in names:
                text = text.replace(name, "")
            assert not JAPANESE.search(text), text
    text = document.text()
    for japanese in ("事務名", "緊急度", "連携の効果", "単位:千円", "協定・規約の一覧", "負担の配分", "令和"):
        assert japanese not in text
    for english in (
        "Duty",
        "Urgency",
        "(Unit: thousand yen)",
        "Cost sharing",
        "List of agreements and rules",
    ):
        assert english in text
    assert "(as of 1 May 2019)" in text
    assert document.created_text == "1 May 2019"


@needs_english_documents
def test_an_agreement_draft_built_in_english_has_english_articles(report_services: Services) -> None:
    target = next(
        a for a in report_services.agreements.list_all() if a.title == "南信州介護認定審査会共同設置規約"
    )
    with document_language("en"):
        document = build_agreement_draft(report_services, target.id, DraftOptions(header=HEADER))
    text = document.text()
    assert document.front[0].text == "Rules (Draft)"
    assert "(Purpose)" in text and "Article 1  " in text and "Party A" in text
    assert "Local Autonomy Act (Act No. 67 of 1947)" in text
    for japanese in ("第1条", "（目的）", "甲", "この規約", "別表"):
        assert japanese not in text
    assert "Appended Table (re Article 4): proposed cost shares" in text


SETTLEMENT = "南信州定住自立圏形成協定（飯田市・天龍村）"


def _settlement_draft(services: Services) -> Document:
    target = next(a for a in services.agreements.list_all() if a.title == SETTLEMENT)
    return build_agreement_draft(services, target.id, DraftOptions(header=HEADER))


def test_a_japanese_kyoteisho_names_the_parties_ko_and_otsu(report_services: Services) -> None:
    text = _settlement_draft(report_services).text()
    assert (
        "協定書（案）" in text
        and "甲及び乙" in text
        and "甲　長野県飯田市" in text
        and "乙　長野県天龍村" in text
    )


@needs_english_documents
def test_an_english_kyoteisho_names_the_parties_party_a_and_party_b(report_services: Services) -> None:
    """The letters, the lists and the signature lines of an English 協定書（案）: no 甲, 乙 or 「、」 around
    the names the user recorded (the title and the municipalities' names stay as recorded)."""
    with document_language("en"):
        document = _settlement_draft(report_services)
    text = document.text()
    assert "Party A and Party B" in text
    assert "Party A: 長野県飯田市" in text and "Party B: 長野県天龍村" in text
    rest = text.replace(SETTLEMENT, "")
    for japanese in ("甲", "乙", "、", "（"):
        assert japanese not in rest, japanese


@needs_english_documents
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed")
def test_the_english_pdf_has_english_text_and_gregorian_dates(
    report_services: Services, tmp_path: Path
) -> None:
    from renkei_desktop.reports.pdf import write_pdf

    with document_language("en"):
        document = summary(report_services)
    path = tmp_path / "summary-en.pdf"
    write_pdf(document, path)
    first = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-f", "1", "-l", "1", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for expected in ("1 May 2019", "1. Overview", "Effect of cooperation", "資料1"):
        assert expected in first


@needs_english_documents
def test_english_table_columns_are_wide_enough_for_their_longest_words(report_services: Services) -> None:
    """English words are longer than Japanese ones: the catalogue's columns (A4 portrait) still hold
    "consideration", "Infrastructure", "establishment" without breaking them."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QFontMetricsF, QPdfWriter

    from renkei_desktop.reports import pdf

    with document_language("en"):
        document = build_summary(
            report_services, SummaryOptions(header=HEADER, sections=frozenset({"catalogue"}))
        )
    buffer = QBuffer(QByteArray())
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(pdf.PDF_RESOLUTION)
    writer.setPageLayout(pdf.page_layout(document.orientation))
    width, height, dpi = pdf._geometry(writer)
    layouter = pdf._Layouter(document, writer, width, height, dpi)
    table = document.tables()[0]
    widths = layouter._columns(table)
    metrics = QFontMetricsF(layouter.fonts["table_bold"], writer)
    assert sum(widths) == pytest.approx(width)
    for index, column in enumerate(table.columns):
        texts = [column.title, *(row.cells[index] for row in table.rows)]
        longest = max(
            (metrics.horizontalAdvance(w) for t in texts for w in pdf._WORD.findall(t)), default=0.0
        )
        assert widths[index] - 2 * layouter.pad_x >= longest, column.title
    del writer
