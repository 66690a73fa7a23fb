"""ファイル → 書き出し (xlsx, CSV in UTF-8 and cp932, partner packages) and 受け渡しファイルを取り込む,
over real services with the demo data (天龍村) and, for packages, a second database (飯田市).

File choosers, the CSV kind question and message boxes are replaced; dialogs are driven, never exec'd."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from renkei_desktop.domain.duties import Duty, DutyCategory
from renkei_desktop.domain.profile import Profile
from renkei_desktop.services.container import Services
from renkei_desktop.ui.dialogs.export_dialogs import UnencodableDialog
from renkei_desktop.ui.dialogs.package_dialogs import PackageExportDialog, PackageImportDialog
from renkei_desktop.ui.widgets.exchange_models import ComparisonModel, PackageItemsModel

HOME = "204137"  # 長野県天龍村 (the demo)
IIDA = "202053"  # 長野県飯田市


@pytest.fixture
def menu(window, monkeypatch):  # noqa: ANN001, ANN201
    """The window's exchange actions with the file choosers and messages replaced."""
    exchange = window.exchange_menu
    exchange.errors = []
    exchange.informed = []
    monkeypatch.setattr(exchange, "show_error", lambda title, text: exchange.errors.append(text))
    monkeypatch.setattr(exchange, "inform", lambda title, text: exchange.informed.append(text))
    return exchange


@pytest.fixture
def partner(template_db: Path, tmp_path: Path):  # noqa: ANN201
    """飯田市's own database (another town, another file)."""
    path = tmp_path / "iida.sqlite3"
    shutil.copyfile(template_db, path)
    services = Services.open(path)
    services.profile.save(Profile(IIDA, "企画課", "飯田 太郎"))
    yield services
    services.close()


def save_to(monkeypatch, menu, path: Path) -> list[tuple[str, str]]:  # noqa: ANN001
    asked: list[tuple[str, str]] = []

    def choose(caption: str, suggested: str, file_filter: str) -> Path:
        asked.append((caption, suggested))
        return path

    monkeypatch.setattr(menu, "choose_save_path", choose)
    return asked


def add_duty(services, name: str) -> Duty:  # noqa: ANN001
    saved, _ = services.catalogue.add(
        Duty(owner_code=HOME, name=name, category=DutyCategory.OTHER, notes="髙橋・﨑・①")
    )
    return saved


def test_the_export_submenu_offers_the_four_formats(window) -> None:  # noqa: ANN001
    submenu = window.exchange_menu.export_menu
    assert submenu.title() == "書き出し(&E)"
    assert [a.text() for a in submenu.actions()] == [
        "Excel ブック (.xlsx)(&X)…",
        "CSV（UTF-8 BOM付き）(&U)…",
        "CSV（シフトJIS / cp932）(&S)…",
        "連携先への受け渡しファイル (.renkei)(&R)…",
    ]


def test_xlsx_export_writes_one_sheet_per_kind(window, menu, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    from openpyxl import load_workbook

    asked = save_to(monkeypatch, menu, tmp_path / "book")
    window.findChild(QAction, "action_export_xlsx").trigger()
    target = tmp_path / "book.xlsx"  # the suffix is added when the user left it out
    assert asked[0][1].endswith(".xlsx")
    workbook = load_workbook(target, read_only=True)
    assert workbook.sheetnames == ["事務", "連携案", "負担割合", "協定", "市町村の統計"]
    names = [row[3] for row in workbook["事務"].iter_rows(min_row=2, values_only=True)]
    assert set(names) == {d.name for d in window.services.catalogue.list_duties(HOME)}
    assert "Excel ブックに書き出しました" in window.statusBar().currentMessage()


def test_csv_export_in_utf8_has_a_bom_and_the_chosen_kind(window, menu, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    monkeypatch.setattr(menu, "choose_csv_kind", lambda: "plans")
    save_to(monkeypatch, menu, tmp_path / "plans.csv")
    window.findChild(QAction, "action_export_csv").trigger()
    data = (tmp_path / "plans.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    header = data.decode("utf-8-sig").splitlines()[0]
    assert header.startswith("識別子,番号,事務,連携案")


def test_cp932_export_lists_what_it_cannot_hold_and_replaces_it_when_asked(
    window, menu, monkeypatch, tmp_path
) -> None:  # noqa: ANN001
    add_duty(window.services, "𠮷田地区の除雪")
    monkeypatch.setattr(menu, "choose_csv_kind", lambda: "duties")
    asked = []
    monkeypatch.setattr(menu, "ask_replace", lambda found, encoding: asked.append((found, encoding)) or True)
    save_to(monkeypatch, menu, tmp_path / "duties.csv")
    window.findChild(QAction, "action_export_csv_cp932").trigger()
    found, encoding = asked[0]
    assert encoding == "cp932"
    assert [(u.record, u.column, u.character) for u in found] == [("𠮷田地区の除雪", "事務名", "𠮷")]
    text = (tmp_path / "duties.csv").read_bytes().decode("cp932")
    assert "〓田地区の除雪" in text
    assert "髙橋・﨑・①" in text  # cp932, not shift_jis: these are kept
    assert "〓に置き換えた文字: 1個" in window.statusBar().currentMessage()


def test_cp932_export_cancelled_at_the_prompt_writes_no_file(window, menu, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    add_duty(window.services, "𠮷田地区の除雪")
    monkeypatch.setattr(menu, "choose_csv_kind", lambda: "duties")
    monkeypatch.setattr(menu, "ask_replace", lambda found, encoding: False)
    asked = save_to(monkeypatch, menu, tmp_path / "duties.csv")
    window.findChild(QAction, "action_export_csv_cp932").trigger()
    assert asked == []  # not even asked where to write
    assert list(tmp_path.glob("*.csv")) == []
    assert window.statusBar().currentMessage() == "書き出しを中止しました。ファイルは作成していません。"


def test_cp932_export_without_such_characters_does_not_ask(window, menu, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    monkeypatch.setattr(menu, "choose_csv_kind", lambda: "duties")
    monkeypatch.setattr(menu, "ask_replace", lambda found, encoding: pytest.fail("asked"))
    save_to(monkeypatch, menu, tmp_path / "duties.csv")
    window.findChild(QAction, "action_export_csv_cp932").trigger()
    assert "介護認定審査会" in (tmp_path / "duties.csv").read_bytes().decode("cp932")


def test_the_unencodable_dialog_lists_record_column_and_character(window, qtbot, qtmodeltester) -> None:  # noqa: ANN001
    add_duty(window.services, "𠮷田地区の除雪")
    csv = window.services.exchange.prepare_csv("duties", "cp932")
    dialog = UnencodableDialog(csv.unencodable, "cp932", window)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    row = [dialog.model.index(0, c).data() for c in range(dialog.model.columnCount())]
    assert row[1:] == ["𠮷田地区の除雪", "事務名", "𠮷", "U+20BB7"]
    assert dialog.replace_button.text() == "〓 に置き換えて書き出す(&R)"
    assert dialog.buttons.button(dialog.buttons.StandardButton.Cancel).isDefault()


def test_a_failed_write_says_why_and_leaves_no_file(window, menu, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    missing = tmp_path / "no-such-folder" / "book.xlsx"
    save_to(monkeypatch, menu, missing)
    window.findChild(QAction, "action_export_xlsx").trigger()
    assert "書き込めません" in menu.errors[0]
    assert not missing.parent.exists()


def test_the_package_checklist_chooses_plans_and_the_partner(window, qtbot) -> None:  # noqa: ANN001
    services = window.services
    dialog = PackageExportDialog(services, HOME, window)
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()
    plan = next(p for p in services.plans.list_all() if IIDA in p.party_codes)
    dialog.check("plan", plan.id)
    assert dialog.ok.isEnabled()
    plans, agreements, partner = dialog.selection()
    assert (plans, agreements, partner) == ([plan.id], [], IIDA)
    assert dialog.partner_name() == "長野県飯田市"


def export_package_from_window(window, menu, monkeypatch, path: Path, plan_id: int) -> None:  # noqa: ANN001
    def run(dialog):  # noqa: ANN001, ANN202
        assert isinstance(dialog, PackageExportDialog)
        dialog.check("plan", plan_id)
        dialog.partner.setCurrentIndex(dialog.partner.findData(IIDA))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(menu, "run_dialog", run)
    save_to(monkeypatch, menu, path)
    window.findChild(QAction, "action_export_package").trigger()


def import_package_in_window(window, menu, monkeypatch, path: Path, drive) -> list[PackageImportDialog]:  # noqa: ANN001
    shown: list[PackageImportDialog] = []

    def run(dialog):  # noqa: ANN001, ANN202
        shown.append(dialog)
        return drive(dialog)

    monkeypatch.setattr(menu, "run_dialog", run)
    monkeypatch.setattr(menu, "choose_open_path", lambda caption, file_filter: path)
    window.findChild(QAction, "action_import_package").trigger()
    return shown


@pytest.fixture
def conflict(window, menu, monkeypatch, partner, tmp_path):  # noqa: ANN001, ANN201
    """A plan sent to 飯田市, then changed on both sides, and 飯田市's version sent back."""
    services = window.services
    plan = next(p for p in services.plans.list_all() if IIDA in p.party_codes)
    export_package_from_window(window, menu, monkeypatch, tmp_path / "to-iida.renkei", plan.id)
    assert "連携案 1件、協定 0件、事務 1件" in menu.informed.pop()
    review = partner.exchange.review_package(tmp_path / "to-iida.renkei")
    assert {i.status for i in review.items} == {"new"}
    partner.exchange.apply_package(review)
    theirs = next(p for p in partner.plans.list_all() if p.uid == plan.uid)
    partner.plans.update(theirs.with_changes(notes="飯田市で修正"))
    services.plans.update(services.plans.get(plan.id).with_changes(notes="天龍村で修正"))
    partner.exchange.export_package(tmp_path / "back.renkei", [theirs.id], partner=HOME)
    return plan, tmp_path / "back.renkei"


def test_package_round_trip_a_conflict_taken_by_the_users_choice(window, menu, monkeypatch, conflict) -> None:  # noqa: ANN001
    plan, back = conflict

    def drive(dialog: PackageImportDialog) -> int:
        row = dialog.model.row_of(plan.uid)
        assert dialog.current_row() == row  # the first conflict is shown first
        assert dialog.model.index(row, PackageItemsModel.STATUS).data() == "⚠ 競合（両方で変更）"
        assert (
            dialog.model.index(row, PackageItemsModel.DECISION).data() == "こちらを残す"
        )  # the engine's default
        notes = next(dialog.comparison.row_texts(r) for r in range(dialog.comparison.rowCount())
                     if dialog.comparison.row_texts(r)[1] == "備考")  # fmt: skip
        assert notes == (True, "備考", "天龍村で修正", "飯田市で修正")
        assert (dialog.local_text.toPlainText(), dialog.remote_text.toPlainText()) == (
            "天龍村で修正",
            "飯田市で修正",
        )
        dialog.take.click()  # the user takes the partner's version
        assert dialog.decisions()[plan.uid] == "take"
        dialog.accept()
        return dialog.result()

    shown = import_package_in_window(window, menu, monkeypatch, back, drive)
    assert shown[0].report is not None
    assert window.services.plans.get(plan.id).notes == "飯田市で修正"
    assert "更新 1件" in menu.informed[0]


def test_package_import_keeps_ours_on_a_conflict_unless_the_user_says_otherwise(
    window, menu, monkeypatch, conflict
) -> None:  # noqa: ANN001
    plan, back = conflict

    def drive(dialog: PackageImportDialog) -> int:
        dialog.accept()
        return dialog.result()

    import_package_in_window(window, menu, monkeypatch, back, drive)
    assert window.services.plans.get(plan.id).notes == "天龍村で修正"
    assert "こちらの内容を残した記録 1件" in menu.informed[0]


def test_cancelling_the_package_dialog_writes_nothing(window, menu, monkeypatch, conflict) -> None:  # noqa: ANN001
    plan, back = conflict

    def drive(dialog: PackageImportDialog) -> int:
        dialog.take.click()
        dialog.reject()
        return dialog.result()

    import_package_in_window(window, menu, monkeypatch, back, drive)
    assert window.services.plans.get(plan.id).notes == "天龍村で修正"
    assert menu.informed == []


def test_a_file_that_is_not_a_package_is_refused_with_a_message(window, menu, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    path = tmp_path / "memo.renkei"
    path.write_text("会議メモ", encoding="utf-8")
    import_package_in_window(window, menu, monkeypatch, path, lambda dialog: pytest.fail("dialog shown"))
    assert "連携パッケージ（.renkei）として読めません" in menu.errors[0]


def test_package_models_pass_the_qt_model_tester(
    window, menu, monkeypatch, conflict, qtbot, qtmodeltester
) -> None:  # noqa: ANN001
    _plan, back = conflict
    review = window.services.exchange.review_package(back)
    dialog = PackageImportDialog(window.services, review, window)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(dialog.comparison)
    assert isinstance(dialog.comparison, ComparisonModel)
