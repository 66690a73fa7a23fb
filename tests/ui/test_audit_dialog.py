"""The 変更履歴 window: opened from the menu, filters, the change text and detail, export, and the way to
the record concerned, over real services with the demo data and a few edits."""

from __future__ import annotations

import csv
import time
from datetime import UTC, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest

from renkei_desktop.ui.dialogs import audit_dialog
from renkei_desktop.ui.dialogs.audit_dialog import AuditDialog, AuditTableModel
from tests.ui.conftest import ime_type

CARE = "介護認定審査会"
LONG_NOTE = (
    "広域連合への移行を含めて、令和八年度までに構成市町村と協議し、審査会の開催回数と委員の構成を見直す。" * 2
)


@pytest.fixture
def edited(window, demo_services):
    """The demo's 介護認定審査会 with a raised cost and a note, edited as the page would."""
    page = window.catalogue_page
    duty = next(d for d in page.model.duties() if d.name == CARE)
    page.save_edit(duty, duty.with_changes(annual_cost_yen=1000))
    saved = demo_services.catalogue.get(duty.id)
    page.save_edit(saved, saved.with_changes(annual_cost_yen=2500, notes="見直し"))
    return demo_services.catalogue.get(duty.id)


@pytest.fixture
def log(window, edited, qtbot) -> AuditDialog:
    window.findChild(QAction, "action_audit_log").trigger()
    dialog = window.audit_dialog
    qtbot.waitExposed(dialog)
    return dialog


def _column(dialog: AuditDialog, column: int) -> list[str]:
    return [dialog.model.index(r, column).data() for r in range(dialog.model.rowCount())]


def test_menu_action_opens_the_log_newest_first(log, edited):
    assert log.isVisible() and not log.isModal()
    assert log.model.rowCount() > 40  # the demo's records and the two edits
    first = log.model.entry(0)
    assert (first.kind, first.record_id, first.action) == ("duty", edited.id, "update")
    times = [log.model.entry(r).at for r in range(log.model.rowCount())]
    assert times == sorted(times, reverse=True)


def test_change_cell_names_each_field_with_old_and_new_values(log):
    cell = log.model.index(0, AuditTableModel.CHANGES).data()
    assert "年間経費（円）: 1,000 → 2,500" in cell
    assert "備考: （空） → 見直し" in cell
    assert log.model.index(0, AuditTableModel.KIND).data() == "事務"
    assert log.model.index(0, AuditTableModel.ACTION).data() == "変更"
    assert log.model.index(0, AuditTableModel.RECORD).data() == CARE


def test_long_values_are_elided_in_the_cell_and_shown_whole_in_tooltip_and_detail(log, window, edited, qtbot):
    window.catalogue_page.save_edit(edited, edited.with_changes(notes=LONG_NOTE))
    qtbot.waitUntil(
        lambda: (
            LONG_NOTE in (log.model.index(0, AuditTableModel.CHANGES).data(Qt.ItemDataRole.ToolTipRole) or "")
        )
    )
    cell = log.model.index(0, AuditTableModel.CHANGES).data()
    assert LONG_NOTE not in cell and "…" in cell
    log.table.selectRow(0)
    detail = log.detail.toPlainText()
    assert LONG_NOTE in detail and "変更前: 見直し" in detail and "■ 備考" in detail


def test_kind_filter_shows_only_that_kind(log):
    log.kind.setCurrentIndex(log.kind.findData("plan"))
    kinds = set(_column(log, AuditTableModel.KIND))
    assert kinds == {"連携案"}
    log.kind.setCurrentIndex(log.kind.findData("statistic"))
    assert set(_column(log, AuditTableModel.KIND)) == {"統計"}


def test_actor_filter_lists_the_users_of_the_log(log, demo_services):
    names = [log.actor.itemText(i) for i in range(1, log.actor.count())]
    assert names == demo_services.audit.actors()
    profile_author = next(n for n in names if "デモ利用者" not in n)
    log.actor.setCurrentIndex(log.actor.findData(profile_author))
    assert set(_column(log, AuditTableModel.ACTOR)) == {profile_author}


def test_period_defaults_to_the_last_30_days_and_all_time_lifts_it(log):
    today = QDate.currentDate()
    assert (log.since.date(), log.until.date()) == (today.addDays(-30), today)
    shown = log.model.rowCount()
    log.until.setDate(today.addDays(-10))
    log.since.setDate(today.addDays(-20))
    assert log.model.rowCount() == 0
    assert "条件に合う変更はありません" in log.note.text()
    log.all_time.setChecked(True)
    assert not log.since.isEnabled()
    assert log.model.rowCount() == shown


def test_text_filter_finds_entries_by_value(log, qtbot):
    ime_type(log.search, "見直し")
    qtbot.waitUntil(lambda: log.model.rowCount() == 1, timeout=3000)
    assert log.model.index(0, AuditTableModel.RECORD).data() == CARE


def test_more_entries_than_the_limit_are_noted(log, monkeypatch):
    monkeypatch.setattr(audit_dialog, "LIMIT", 5)
    log.refresh()
    assert log.model.rowCount() == 5
    assert "これより古い変更もあります" in log.note.text()


def test_export_writes_the_filtered_entries_with_japanese_field_names(
    log, edited, tmp_path: Path, monkeypatch
):
    target = tmp_path / "履歴"
    monkeypatch.setattr(log, "choose_export_path", lambda: target)
    log.kind.setCurrentIndex(log.kind.findData("duty"))
    ime_type(log.search, "見直し")
    log.refresh()
    lines = log.export()

    written = target.with_name("履歴.csv")
    with written.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert lines == len(rows) - 1 == 2
    assert {(r[6], r[7], r[8]) for r in rows[1:]} == {
        ("年間経費（円）", "1000", "2500"),
        ("備考", "", "見直し"),
    }
    assert "2 行を書き出しました" in log.note.text()


def test_export_failure_is_explained_and_writes_nothing(log, tmp_path: Path, monkeypatch):
    warned = []
    monkeypatch.setattr(log, "choose_export_path", lambda: tmp_path / "no-such-folder" / "履歴.csv")
    monkeypatch.setattr(log, "warn", lambda title, text: warned.append(text))
    assert log.export() is None
    assert warned and "書き込み権限" in warned[0]


def test_double_click_opens_the_duty_on_the_catalogue(log, window, edited):
    row = next(
        r
        for r in range(log.model.rowCount())
        if log.model.entry(r).record_id == edited.id and log.model.entry(r).kind == "duty"
    )
    window.navigate("plans")
    rect = log.table.visualRect(log.model.index(row, AuditTableModel.RECORD))
    QTest.mouseClick(log.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(log.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.stack.currentWidget() is window.catalogue_page
    assert window.catalogue_page.selected_duty().id == edited.id


def test_enter_opens_a_plan_on_the_plans_page(log, window, demo_services):
    plan = demo_services.plans.list_all()[1]
    log.kind.setCurrentIndex(log.kind.findData("plan"))
    row = next(r for r in range(log.model.rowCount()) if log.model.entry(r).record_id == plan.id)
    log.table.setFocus()
    log.table.selectRow(row)
    QTest.keyClick(log.table, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.hosted_pages["plans"]
    assert window.hosted_pages["plans"].selected_plan().id == plan.id


def test_a_deleted_record_is_not_opened_and_the_note_says_why(log, window, demo_services, monkeypatch):
    page = window.catalogue_page
    duty = next(d for d in page.model.duties() if d.name == "火葬場")
    page.select_duty(duty.id)
    monkeypatch.setattr(page, "confirm", lambda title, text: True)
    page.delete_selected()
    log.refresh()
    assert (log.model.entry(0).action, log.model.entry(0).record_id) == ("delete", duty.id)
    log.table.selectRow(0)
    window.navigate("plans")
    assert log.open_selected() is False
    assert "削除されている" in log.note.text()
    assert window.stack.currentWidget() is window.hosted_pages["plans"]


def test_the_open_log_follows_edits_made_in_the_window(log, window, edited, qtbot):
    window.catalogue_page.save_edit(edited, edited.with_changes(notes="協議開始"))
    qtbot.waitUntil(
        lambda: "見直し → 協議開始" in log.model.index(0, AuditTableModel.CHANGES).data(), timeout=3000
    )
    window.undo_action.trigger()
    qtbot.waitUntil(
        lambda: "協議開始 → 見直し" in log.model.index(0, AuditTableModel.CHANGES).data(), timeout=3000
    )


def test_reopening_reads_the_log_again(log, window, demo_services, edited):
    log.close()
    demo_services.catalogue.update(edited.with_changes(notes="別の画面から"))  # not through the undo stack
    window.show_audit_log()
    assert log.isVisible()
    assert "別の画面から" in log.model.index(0, AuditTableModel.CHANGES).data()


@pytest.fixture
def tokyo_clock(monkeypatch):
    """This PC's clock set to Japan time (the log stores UTC)."""
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_entry_times_are_shown_in_this_pcs_local_time(log, tokyo_clock):
    log.refresh()
    entry = log.model.entry(0)
    expected = (entry.at.astimezone(UTC).replace(tzinfo=None) + timedelta(hours=9)).strftime(
        "%Y-%m-%d %H:%M:%S"
    )
    assert log.model.index(0, AuditTableModel.TIME).data() == expected


def test_audit_table_model_passes_qt_model_tester(log, qtmodeltester):
    qtmodeltester.check(log.model)
