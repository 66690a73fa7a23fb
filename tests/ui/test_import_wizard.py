"""The import wizard (ファイル → 取り込み): every step over real services with the demo data (天龍村).

The wizard is opened through the menu with ``run_dialog`` replaced (it is shown, not exec'd) and driven
with ``next()``; the file chooser is replaced. Nothing is written until 取り込む, and then all or nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLabel, QWizard

from renkei_desktop.ui.dialogs import import_wizard as iw
from renkei_desktop.ui.dialogs.import_wizard import ImportWizard
from renkei_desktop.ui.widgets.exchange_models import GridPreviewModel, MappingModel, ProblemTableModel
from tests.ui.conftest import ime_type

DATA = Path(__file__).resolve().parents[1] / "data"
ESTAT_CSV = DATA / "estat_like_cp932.csv"
ESTAT_XLSX = DATA / "estat_like.xlsx"
HOME = "204137"

DUTIES_CSV = (
    "事務の一覧（企画課作成）\r\n"
    "注）金額は千円、業務量は人工\r\n"
    "\r\n"
    "事務名,分野,年間経費（千円）,年間業務量（人工）,緊急度,備考\r\n"
    '移住定住の相談窓口,企画・地域振興,"1,200",0.5,高,新規\r\n'
    "図書館の相互利用,子育て・教育,３００,0.1,中,\r\n"
)


def dump(services) -> str:  # noqa: ANN001
    conn = sqlite3.connect(f"{Path(services.path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        return "\n".join(line for line in conn.iterdump())
    finally:
        conn.close()


def write_ambiguous_csv(path: Path, text: str = DUTIES_CSV) -> Path:
    """cp932 with one byte neither cp932 nor UTF-8 can read (in a note row): the wizard must ask."""
    lines = text.encode("cp932").split(b"\r\n")
    lines[1] += b" \x81 "  # a lead byte without its second byte
    path.write_bytes(b"\r\n".join(lines))
    return path


@pytest.fixture
def opened(window, monkeypatch, qtbot):  # noqa: ANN001, ANN201
    """Open the wizard from the menu; it is shown instead of exec'd and returned."""
    captured: list[ImportWizard] = []

    def run(dialog):  # noqa: ANN001, ANN202
        captured.append(dialog)
        qtbot.addWidget(dialog)
        dialog.show()
        return 0

    monkeypatch.setattr(window.exchange_menu, "run_dialog", run)

    def open_wizard(path: Path) -> ImportWizard:
        window.findChild(QAction, "action_import").trigger()
        wizard = captured[-1]
        monkeypatch.setattr(wizard, "choose_import_path", lambda: path)
        wizard.file_page.browse.click()
        return wizard

    return open_wizard


def go_to(wizard: ImportWizard, page_id: int) -> None:
    for _ in range(8):
        if wizard.currentId() == page_id:
            return
        before = wizard.currentId()
        wizard.next()
        assert wizard.currentId() != before, [
            label.text()
            for label in wizard.currentPage().findChildren(QLabel)
            if label.text().startswith("⚠")
        ]
    assert wizard.currentId() == page_id


def mapping_row(model: MappingModel, letter: str) -> int:
    return next(r for r in range(model.rowCount()) if model.index(r, MappingModel.LETTER).data() == letter)


def test_file_menu_import_opens_the_wizard_with_ctrl_i(window, monkeypatch) -> None:  # noqa: ANN001
    shown = []
    monkeypatch.setattr(window.exchange_menu, "run_dialog", lambda dialog: shown.append(dialog) or 0)
    action = window.findChild(QAction, "action_import")
    assert action.shortcut() == QKeySequence("Ctrl+I")
    assert action.text() == "取り込み(&I)…"
    action.trigger()
    assert isinstance(shown[0], ImportWizard)
    assert shown[0].windowTitle() == "ファイルから取り込む"


def test_a_duties_csv_goes_through_every_step_and_the_catalogue_shows_it(window, opened, tmp_path) -> None:  # noqa: ANN001
    wizard = opened(write_ambiguous_csv(tmp_path / "事務一覧.csv"))
    page = wizard.file_page
    assert page.duties.isChecked()
    assert "見出しから「事務」と判断しました" in page.guess.text()
    assert "文字コードを判定できませんでした" in page.info.text()

    wizard.next()  # → the encoding cannot be decided: the candidates, each with its first lines
    assert wizard.currentId() == iw.ENCODING
    encoding = wizard.pages[iw.ENCODING]
    names = [b.property("encoding") for b in encoding.buttons]
    assert names[0] == "cp932" and set(names) == {"cp932", "utf-8", "euc_jp"}
    assert "移住定住の相談窓口" in encoding.samples[0].toPlainText()
    assert "（読めない文字 1個）" in encoding.buttons[0].text()

    wizard.next()  # → header row, detected past the title and note rows
    assert wizard.currentId() == iw.HEADER
    header = wizard.pages[iw.HEADER]
    assert header.row.value() == 4
    assert header.model.index(0, GridPreviewModel.ROLE_COLUMN).data() == "読み飛ばし"
    assert header.model.index(header.model.row_of(4), GridPreviewModel.ROLE_COLUMN).data() == "見出し"

    wizard.next()  # → mapping, suggested from the headings
    mapping = wizard.pages[iw.MAPPING].model
    assert mapping.field_of(mapping_row(mapping, "A")) == "name"
    assert mapping.index(mapping_row(mapping, "A"), MappingModel.FIELD).data() == "事務名（必須）"
    assert mapping.field_of(mapping_row(mapping, "C")) == "annual_cost_thousand_yen"
    assert "✓ 必須「事務名」: A列に割り当て済み" in wizard.pages[iw.MAPPING].required.text()

    wizard.next()  # → preview: one new duty, one the demo has (updated), nothing written yet
    assert wizard.currentId() == iw.PREVIEW
    preview = wizard.pages[iw.PREVIEW]
    assert "追加 1行、更新 1行" in preview.summary.text()
    assert wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert window.services.catalogue.list_duties(HOME) == window.catalogue_page.model.duties()
    assert "移住定住の相談窓口" not in [d.name for d in window.services.catalogue.list_duties(HOME)]

    wizard.next()  # 取り込む → report
    assert wizard.currentId() == iw.REPORT
    assert "追加 1件、更新 1件" in wizard.pages[iw.REPORT].summary.text()
    saved = {d.name: d for d in window.services.catalogue.list_duties(HOME)}
    assert saved["移住定住の相談窓口"].annual_cost_yen == 1_200_000
    assert saved["図書館の相互利用"].annual_cost_yen == 300_000  # full-width digits
    shown = {d.name: d for d in window.catalogue_page.model.duties()}  # the page read the database again
    assert "移住定住の相談窓口" in shown and shown["図書館の相互利用"].annual_cost_yen == 300_000
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert not wizard.isVisible()


def test_a_statistics_xlsx_is_imported_with_the_reference_date_and_source_typed(window, opened) -> None:  # noqa: ANN001
    wizard = opened(ESTAT_XLSX)
    assert wizard.file_page.statistics.isChecked()  # guessed from the headings
    go_to(wizard, iw.HEADER)  # one sheet: no sheet step; xlsx: no encoding step
    assert wizard.pages[iw.HEADER].row.value() == 5
    go_to(wizard, iw.MAPPING)
    page = wizard.pages[iw.MAPPING]
    assert page.options.isVisible()
    QTest.keyClicks(page.reference_date, "2020-04-01")
    ime_type(page.source, "テスト用の職員数調べ")
    go_to(wizard, iw.PREVIEW)
    wizard.next()
    assert wizard.currentId() == iw.REPORT
    iida = window.services.municipalities.get("202053")
    staff = {
        (str(s.value), s.reference_date.isoformat(), s.source)
        for s in iida.statistics
        if s.kind.value == "staff"
    }
    assert ("812", "2020-04-01", "テスト用の職員数調べ") in staff  # beside the demo's figure of another date


def test_a_missing_reference_date_is_said_next_to_its_field_and_nothing_is_written(window, opened) -> None:  # noqa: ANN001
    before = dump(window.services)
    wizard = opened(ESTAT_XLSX)
    go_to(wizard, iw.MAPPING)
    page = wizard.pages[iw.MAPPING]
    ime_type(page.source, "出典あり")
    wizard.next()
    assert wizard.currentId() == iw.MAPPING
    assert page.reference_error.isVisible()
    assert "基準日がありません" in page.reference_error.text()
    assert not page.error.isVisible()
    assert dump(window.services) == before


def test_the_estat_csv_units_come_from_the_headings_and_totals_are_skipped(window, opened) -> None:  # noqa: ANN001
    wizard = opened(ESTAT_CSV)
    assert "シフトJIS" in wizard.file_page.info.text()  # cp932 decided without asking
    assert wizard.file_page.nextId() == iw.HEADER
    go_to(wizard, iw.MAPPING)
    mapping = wizard.pages[iw.MAPPING].model
    area = mapping_row(mapping, "E")
    assert mapping.field_of(area) == "stat:area"
    assert mapping.index(area, MappingModel.UNIT).data() == "ha"
    page = wizard.pages[iw.MAPPING]
    QTest.keyClicks(page.reference_date, "2020-10-01")
    ime_type(page.source, "テスト用の架空の値")
    go_to(wizard, iw.PREVIEW)
    model = wizard.pages[iw.PREVIEW].model
    lines = [model.line(r) for r in range(model.rowCount())]
    total = next(line for line in lines if line.label == "全国")
    assert (total.action, total.severity) == ("skip", "skipped")
    assert model.index(lines.index(total), ProblemTableModel.SEVERITY).data() == "情報"
    assert "合計の行" in total.reason


def test_the_header_row_can_be_changed_and_rows_above_it_are_skipped(window, opened) -> None:  # noqa: ANN001
    wizard = opened(ESTAT_CSV)
    go_to(wizard, iw.HEADER)
    page = wizard.pages[iw.HEADER]
    assert page.row.value() == 5
    assert "5行目より上の3行は読み飛ばします" in page.summary.text()
    page.row.setValue(6)
    assert page.model.index(page.model.row_of(5), GridPreviewModel.ROLE_COLUMN).data() == "読み飛ばし"
    assert page.model.index(page.model.row_of(6), GridPreviewModel.ROLE_COLUMN).data() == "見出し"
    assert "見出し: 00000、全国" in page.summary.text()


def test_a_file_with_errors_shows_row_and_column_and_writes_nothing(window, opened, tmp_path) -> None:  # noqa: ANN001
    path = tmp_path / "bad.csv"
    path.write_text(
        "事務名,年間経費（千円）,緊急度\r\n除雪,十万,高\r\n,100,中\r\nごみ収集,200,最優先\r\n火葬場,50,低\r\n",
        encoding="utf-8-sig",
    )
    before = dump(window.services)
    wizard = opened(path)
    go_to(wizard, iw.PREVIEW)
    page = wizard.pages[iw.PREVIEW]
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert page.filter.currentData() == iw.SHOW_ERRORS  # the problem rows first
    shown = [
        tuple(
            page.proxy.index(r, c).data()
            for c in (ProblemTableModel.ROW, ProblemTableModel.COLUMN, ProblemTableModel.SEVERITY)
        )
        for r in range(page.proxy.rowCount())
    ]
    assert ("2", "B列（年間経費（千円））", "誤り") in shown
    assert ("4", "C列（緊急度）", "誤り") in shown
    assert all(row != "5" for row, _c, _s in shown)  # the good row is not among the problem rows
    reason = next(page.proxy.index(r, ProblemTableModel.REASON).data() for r in range(page.proxy.rowCount())
                  if page.proxy.index(r, ProblemTableModel.ROW).data() == "2")  # fmt: skip
    assert "数値で入力してください（入力値: 十万）" in reason
    assert "このままでは取り込めません" in page.advice.text()
    wizard.next()  # forced past the disabled button: the engine refuses, naming the rows
    assert wizard.currentId() == iw.PREVIEW
    assert "誤りがあるため取り込みませんでした。データベースは変更していません。" in page.error.text()
    assert "2行目 B列（年間経費（千円））" in page.error.text()
    assert dump(window.services) == before


def test_rows_with_errors_can_be_skipped_and_the_rest_imported(window, opened, tmp_path) -> None:  # noqa: ANN001
    path = tmp_path / "bad.csv"
    path.write_text("事務名,年間経費（千円）\r\n除雪,十万\r\n火葬場の共同利用,50\r\n", encoding="utf-8-sig")
    wizard = opened(path)
    go_to(wizard, iw.PREVIEW)
    page = wizard.pages[iw.PREVIEW]
    assert page.skip.isVisible()
    page.skip.setChecked(True)
    assert wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    wizard.next()
    assert wizard.currentId() == iw.REPORT
    report = wizard.report
    assert (report.added, report.skipped_rows) == (1, 1)
    names = [d.name for d in window.services.catalogue.list_duties(HOME)]
    assert "火葬場の共同利用" in names and "除雪" not in names


def test_cancelling_during_apply_writes_nothing_and_says_so(window, opened, tmp_path) -> None:  # noqa: ANN001
    path = tmp_path / "many.csv"
    path.write_text(
        "事務名,年間経費（千円）\r\n" + "".join(f"事務{i},{i}\r\n" for i in range(30)), encoding="utf-8-sig"
    )
    before = dump(window.services)
    wizard = opened(path)
    go_to(wizard, iw.PREVIEW)
    made = []
    real = wizard.make_progress

    def make():  # noqa: ANN202
        progress = real()
        step = progress.step

        def pressing_cancel(done: int, total: int) -> bool:
            if done == 3:
                progress.dialog.cancel()  # what the 中止 button does
            return step(done, total)

        progress.step = pressing_cancel
        made.append(progress)
        return progress

    wizard.make_progress = make
    wizard.next()
    assert wizard.currentId() == iw.PREVIEW
    assert made and made[0].calls == 4
    page = wizard.pages[iw.PREVIEW]
    assert page.error.text() == "⚠ 取り込みを中止しました。データベースは変更していません。"
    assert dump(window.services) == before


def test_an_old_xls_is_refused_on_the_file_step(window, opened, tmp_path) -> None:  # noqa: ANN001
    path = tmp_path / "古い形式.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    wizard = opened(path)
    page = wizard.file_page
    assert page.error.isVisible()
    assert "古い Excel 形式（.xls）" in page.error.text()
    wizard.next()
    assert wizard.currentId() == iw.FILE


def test_an_unmapped_required_field_is_said_on_the_mapping_step(window, opened, tmp_path) -> None:  # noqa: ANN001
    path = tmp_path / "duties.csv"
    path.write_text("事務名,備考\r\n除雪,冬季\r\n", encoding="utf-8-sig")
    wizard = opened(path)
    go_to(wizard, iw.MAPPING)
    page = wizard.pages[iw.MAPPING]
    combo = page.table.indexWidget(page.model.index(0, MappingModel.FIELD))
    assert isinstance(combo, QComboBox)  # the field is chosen in a combo box in the table
    combo.setCurrentIndex(combo.findData(""))
    assert page.model.field_of(0) == ""
    assert "✗ 必須「事務名」: まだ割り当てていません" in page.required.text()
    wizard.next()
    assert wizard.currentId() == iw.MAPPING
    assert page.error.text() == "⚠ 「事務名」の列が割り当てられていません。"


def test_the_mapping_applied_is_remembered_for_the_next_file_of_the_same_layout(
    window, opened, tmp_path
) -> None:  # noqa: ANN001
    path = tmp_path / "duties.csv"
    path.write_text("事務名,備考\r\n除雪,冬季\r\n", encoding="utf-8-sig")
    wizard = opened(path)
    go_to(wizard, iw.MAPPING)
    page = wizard.pages[iw.MAPPING]
    assert not page.remembered.isVisible()
    page.model.set_field(1, "department")  # 備考 → 担当課, by the user
    go_to(wizard, iw.PREVIEW)
    wizard.next()
    assert any(
        d.name == "除雪" and d.department == "冬季" for d in window.services.catalogue.list_duties(HOME)
    )
    again = opened(path)
    go_to(again, iw.MAPPING)
    page = again.pages[iw.MAPPING]
    assert page.remembered.isVisible()
    assert page.model.field_of(1) == "department"
    assert page.model.index(1, MappingModel.BASIS).data() == "前回の割り当て"


def test_import_is_disabled_while_the_database_is_read_only(window) -> None:  # noqa: ANN001
    window.set_read_only(True, "テスト")
    assert not window.findChild(QAction, "action_import").isEnabled()
    assert not window.findChild(QAction, "action_import_package").isEnabled()
    assert window.findChild(QAction, "action_export_xlsx").isEnabled()


def test_wizard_models_pass_the_qt_model_tester(window, opened, qtmodeltester) -> None:  # noqa: ANN001
    wizard = opened(ESTAT_CSV)
    go_to(wizard, iw.HEADER)
    qtmodeltester.check(wizard.pages[iw.HEADER].model)
    go_to(wizard, iw.MAPPING)
    page = wizard.pages[iw.MAPPING]
    qtmodeltester.check(page.model)
    QTest.keyClicks(page.reference_date, "2020-10-01")
    ime_type(page.source, "テスト")
    go_to(wizard, iw.PREVIEW)
    qtmodeltester.check(wizard.pages[iw.PREVIEW].model)
    qtmodeltester.check(wizard.pages[iw.PREVIEW].proxy)


def test_every_field_the_engine_offers_has_a_translatable_label(window) -> None:  # noqa: ANN001
    from renkei_desktop.ui.widgets.exchange_models import FIELD_LABELS

    for target in window.services.exchange.import_targets:
        labels = [spec.label for spec in window.services.exchange.fields(target)]
        assert [label for label in labels if label not in FIELD_LABELS] == []


def test_tab_goes_from_one_field_combo_to_the_next_then_out_of_the_table(window, opened, tmp_path) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt

    path = tmp_path / "duties.csv"
    path.write_text("事務名,備考\r\n除雪,冬季\r\n", encoding="utf-8-sig")
    wizard = opened(path)
    go_to(wizard, iw.MAPPING)
    page = wizard.pages[iw.MAPPING]
    first, second = (page.table.indexWidget(page.model.index(r, MappingModel.FIELD)) for r in (0, 1))
    first.setFocus()
    QTest.keyClick(first, Qt.Key.Key_Tab)
    assert wizard.focusWidget() is second
    QTest.keyClick(second, Qt.Key.Key_Down)  # the arrow keys choose in the focused combo box
    assert page.model.field_of(1) != "notes"
    QTest.keyClick(second, Qt.Key.Key_Tab)
    assert not page.table.isAncestorOf(wizard.focusWidget())
