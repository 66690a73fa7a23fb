"""The print / export dialog of the 会議資料 and the 協定書（案）, and the menu and page actions opening it.

Modal dialogs never open: the preview's exec, the file chooser and message boxes are replaced."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

from renkei_desktop.domain.duties import DutyCategory
from renkei_desktop.reports.document import Orientation
from renkei_desktop.ui.dialogs.report_dialog import AGREEMENT, SUMMARY, ReportDialog, safe_file_name

from .conftest import ime_type


@pytest.fixture
def opened(window, monkeypatch):  # noqa: ANN001, ANN201
    """Dialogs the window would run, captured instead of shown."""
    captured: list[ReportDialog] = []
    monkeypatch.setattr(window, "run_report_dialog", captured.append)
    return captured


def summary_dialog(window, qtbot) -> ReportDialog:  # noqa: ANN001
    dialog = ReportDialog(window, SUMMARY)
    qtbot.addWidget(dialog)
    dialog.section_boxes["charts"].setChecked(False)  # the charts take seconds to draw
    return dialog


def save_to(monkeypatch, dialog: ReportDialog, path: Path) -> list[tuple[str, str]]:  # noqa: ANN001
    asked: list[tuple[str, str]] = []

    def choose(caption: str, suggested: str, file_filter: str) -> Path:
        asked.append((caption, suggested))
        return path

    monkeypatch.setattr(dialog, "choose_save_path", choose)
    return asked


def test_file_menu_print_opens_the_summary_dialog_with_ctrl_p(window, opened) -> None:  # noqa: ANN001
    action = window.findChild(type(window.demo_action), "action_print_summary")
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    action.trigger()
    assert len(opened) == 1 and opened[0].kind == SUMMARY
    assert opened[0].windowTitle() == "会議資料の印刷・出力"


def test_file_menu_agreement_draft_opens_the_draft_dialog(window, opened) -> None:  # noqa: ANN001
    window.findChild(type(window.demo_action), "action_agreement_draft").trigger()
    assert len(opened) == 1 and opened[0].kind == AGREEMENT
    assert opened[0].agreement.count() == 2


def test_agreements_page_action_drafts_the_selected_agreement(window, opened, qtbot) -> None:  # noqa: ANN001
    window.navigate("agreements")
    page = window.hosted_pages["agreements"]
    target = next(a for a in window.services.agreements.list_all() if a.title.startswith("南信州定住自立圏"))
    page.select_agreement(target.id)
    action = page.actions_by_name["draft"]
    assert action.isEnabled()
    action.trigger()
    assert len(opened) == 1 and opened[0].kind == AGREEMENT
    assert opened[0].agreement.currentData() == target.id


def test_department_comes_from_the_profile_and_the_date_is_today_in_wareki(window, qtbot) -> None:  # noqa: ANN001
    dialog = summary_dialog(window, qtbot)
    assert dialog.department.text() == "総務課"
    assert dialog.created.text().startswith("令和")
    fields = dialog.header_fields()
    assert fields is not None and fields.created == date.today()


def test_bad_date_is_named_next_to_the_field_and_nothing_is_saved(
    window, qtbot, monkeypatch, tmp_path
) -> None:  # noqa: ANN001
    dialog = summary_dialog(window, qtbot)
    asked = save_to(monkeypatch, dialog, tmp_path / "x.pdf")
    dialog.created.clear()
    ime_type(dialog.created, "令和8年13月1日")
    error = dialog.findChild(type(dialog.status), "error_created")
    assert not error.isHidden()
    assert "作成日の形式が正しくありません" in error.text()
    assert dialog.save_pdf() is None
    assert asked == [] and not (tmp_path / "x.pdf").exists()


def test_seireki_in_brackets_is_previewed(window, qtbot) -> None:  # noqa: ANN001
    dialog = summary_dialog(window, qtbot)
    dialog.created.setText("2019-05-01")
    dialog.with_seireki.setChecked(True)
    assert dialog.date_preview.text() == "印刷される作成日: 令和元年5月1日（2019年）"


def test_save_pdf_writes_the_summary_and_remembers_the_header(window, qtbot, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    dialog = summary_dialog(window, qtbot)
    dialog.doc_number.setText("資料2")
    ime_type(dialog.meeting, "南信州広域連携推進会議")
    dialog.orientation.setCurrentIndex(dialog.orientation.findData(Orientation.LANDSCAPE.value))
    asked = save_to(monkeypatch, dialog, tmp_path / "summary")
    saved = dialog.save_pdf()
    assert saved == tmp_path / "summary.pdf"
    assert saved.read_bytes().startswith(b"%PDF")
    assert asked[0][1] == "資料2_広域連携の検討状況について.pdf"
    assert "PDFに保存しました" in dialog.status.text()
    assert dialog.last_document.orientation is Orientation.LANDSCAPE
    again = ReportDialog(window, SUMMARY)
    qtbot.addWidget(again)
    assert again.doc_number.text() == "資料2"
    assert again.meeting.text() == "南信州広域連携推進会議"
    assert again.orientation.currentData() == Orientation.LANDSCAPE.value
    assert not again.section_boxes["charts"].isChecked()


def test_save_docx_writes_the_agreement_draft(window, qtbot, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    agreement = next(
        a for a in window.services.agreements.list_all() if a.title == "南信州介護認定審査会共同設置規約"
    )
    dialog = ReportDialog(window, AGREEMENT, agreement.id)
    qtbot.addWidget(dialog)
    save_to(monkeypatch, dialog, tmp_path / "draft.docx")
    saved = dialog.save_docx()
    texts = [p.text for p in docx.Document(str(saved)).paragraphs]
    assert texts[:2] == ["規約（案）", "南信州介護認定審査会共同設置規約"]
    assert "（変更・廃止）" in texts


def test_selected_content_limits_the_summary(window, qtbot) -> None:  # noqa: ANN001
    dialog = summary_dialog(window, qtbot)
    assert not dialog.selection_area.isEnabled()
    dialog.selected_only.setChecked(True)
    assert dialog.selection_area.isEnabled()
    dialog.category.setCurrentIndex(dialog.category.findData(DutyCategory.ENVIRONMENT.value))
    item = next(
        dialog.plan_list.item(i)
        for i in range(dialog.plan_list.count())
        if dialog.plan_list.item(i).text().startswith("南信州ごみ処理")
    )
    item.setCheckState(Qt.CheckState.Checked)
    selection = dialog.selection()
    assert selection.category is DutyCategory.ENVIRONMENT
    assert selection.plan_ids == frozenset({item.data(Qt.ItemDataRole.UserRole)})
    assert selection.duty_ids is None  # an unchecked list does not filter
    document = dialog.build_document()
    catalogue = next(t for t in document.tables() if t.columns[0].title == "No.")
    assert [row.cells[1] for row in catalogue.rows[:-1]] == ["ごみ処理"]


def test_no_section_chosen_disables_the_outputs(window, qtbot) -> None:  # noqa: ANN001
    dialog = summary_dialog(window, qtbot)
    for box in dialog.section_boxes.values():
        box.setChecked(False)
    assert not dialog.preview_button.isEnabled() and not dialog.pdf_button.isEnabled()


def test_preview_is_configured_and_never_left_open(window, qtbot, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    shown: list[QPrintPreviewDialog] = []

    def fake_exec(self) -> int:  # noqa: ANN001
        shown.append(self)
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    dialog = summary_dialog(window, qtbot)
    dialog.orientation.setCurrentIndex(dialog.orientation.findData(Orientation.LANDSCAPE.value))
    assert dialog.preview() == 0
    assert shown and shown[0].objectName() == "report_preview"
    printer = dialog.preview_printer
    assert printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    assert printer.pageLayout().pageSize().id() == printer.pageLayout().pageSize().PageSizeId.A4
    # What the preview would paint: the same document on a printer writing a PDF.
    target = QPrinter(QPrinter.PrinterMode.HighResolution)
    target.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target.setOutputFileName(str(tmp_path / "preview.pdf"))
    shown[0].paintRequested.emit(target)
    assert (tmp_path / "preview.pdf").read_bytes().startswith(b"%PDF")


def test_agreement_dialog_without_agreements_explains_and_disables(window, qtbot) -> None:  # noqa: ANN001
    for agreement in window.services.agreements.list_all():
        window.services.agreements.delete(agreement.id)
    dialog = ReportDialog(window, AGREEMENT)
    qtbot.addWidget(dialog)
    assert not dialog.no_agreements.isHidden()
    assert not dialog.pdf_button.isEnabled() and not dialog.docx_button.isEnabled()


def test_unwritable_file_is_reported_and_the_dialog_stays(window, qtbot, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    dialog = summary_dialog(window, qtbot)
    save_to(monkeypatch, dialog, tmp_path / "missing" / "x.pdf")
    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(dialog, "show_error", lambda title, text: errors.append((title, text)))
    assert dialog.save_pdf() is None
    assert errors and "書き込めません" in errors[0][1]


def test_file_names_drop_characters_windows_forbids() -> None:
    assert safe_file_name('資料1_協定:案/"最終"?') == "資料1_協定_案_最終_"


# --- 文書の言語 ----------------------------------------------------------------------------------------


def _ui_word() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Texts", "福祉・保健")  # "Welfare & health" while English is installed


def test_document_language_defaults_to_the_japanese_ui(window, qtbot) -> None:  # noqa: ANN001
    dialog = summary_dialog(window, qtbot)
    assert [dialog.language.itemText(i) for i in range(dialog.language.count())] == ["日本語", "English"]
    assert dialog.language_value() == "ja"


def test_document_language_defaults_to_the_english_ui(window, qtbot, qapp) -> None:  # noqa: ANN001
    from PySide6.QtCore import QLocale

    from renkei_desktop.app.gui import install_translators

    locale = QLocale()
    install_translators(qapp, "en")
    try:
        dialog = summary_dialog(window, qtbot)
        assert dialog.language_value() == "en"
    finally:
        install_translators(qapp, "ja")
        QLocale.setDefault(locale)


def test_english_documents_preview_a_gregorian_date_without_seireki(window, qtbot) -> None:  # noqa: ANN001
    dialog = summary_dialog(window, qtbot)
    dialog.created.setText("2019-05-01")
    dialog.with_seireki.setChecked(True)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.date_preview.text() == "印刷される作成日: 1 May 2019"
    assert not dialog.with_seireki.isEnabled()


def test_printing_in_english_leaves_the_ui_japanese(window, qtbot) -> None:  # noqa: ANN001
    dialog = summary_dialog(window, qtbot)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.build_document() is not None
    assert _ui_word() == "福祉・保健"
    assert dialog.windowTitle() == "会議資料の印刷・出力"


def test_a_failed_build_in_english_leaves_the_ui_japanese(window, qtbot, monkeypatch) -> None:  # noqa: ANN001
    from renkei_desktop.reports.document import ReportError

    dialog = summary_dialog(window, qtbot)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    seen: list[str] = []

    def failing(header):  # noqa: ANN001, ANN202
        seen.append(_ui_word())
        raise ReportError(ReportError.NO_PROFILE)

    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(dialog, "_build", failing)
    monkeypatch.setattr(dialog, "show_error", lambda title, text: errors.append((title, text)))
    assert dialog.build_document() is None
    assert seen == ["Welfare & health"]  # the English translation was installed during the build
    assert errors and "自治体が設定されていません" in errors[0][1]
    assert _ui_word() == "福祉・保健"


def test_an_english_draft_is_built_in_english(window, qtbot) -> None:  # noqa: ANN001
    """Passes once the English of the printed documents is merged into resources/i18n/renkei_en.qm."""
    dialog = ReportDialog(window, AGREEMENT)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    document = dialog.build_document()
    assert document is not None and document.language == "en"
    assert document.front[0].text in ("Rules (Draft)", "Agreement (Draft)", "Cooperation Agreement (Draft)")
    assert _ui_word() == "福祉・保健"
