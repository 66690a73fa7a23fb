"""One writer in the window: the choice when someone else holds the database, read-only mode on every page,
taking over a stale lock, losing the lock, and resuming editing."""

from __future__ import annotations

import json
import os
import sys
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QLabel

from renkei_desktop.domain.errors import StorageError, StorageErrorCode
from renkei_desktop.services.demo import DEMO_HOME
from renkei_desktop.services.lock import DatabaseLock, LockHolder, LockState, lock_path
from renkei_desktop.ui.dialogs.lock_dialog import LockDialog
from tests.faults import filler_duty


@pytest.fixture
def other_instance(demo_services):
    """Another instance of the app (or a colleague) holding the demo database."""
    lock = DatabaseLock(demo_services.path)
    assert lock.acquire().acquired
    yield lock
    lock.release()


def _new_window(qtbot, locations):
    from renkei_desktop.app.gui import create_application
    from renkei_desktop.ui.main_window import MainWindow

    app = create_application(sys.argv[:1], locations, "ja")
    win = MainWindow(app.settings, locations.log_dir)
    qtbot.addWidget(win)
    return win


def _answer(win, monkeypatch, *choices: str) -> list:
    """Replace the lock dialog: answer ``choices`` in turn; returns the statuses it was asked about."""
    asked: list = []
    answers = iter(choices)
    monkeypatch.setattr(win, "ask_lock_choice", lambda status, path: (asked.append(status), next(answers))[1])
    return asked


@pytest.fixture
def viewer(qtbot, locations, demo_services, other_instance, monkeypatch):
    """A second window that chose 読み取り専用で開く."""
    win = _new_window(qtbot, locations)
    _answer(win, monkeypatch, LockDialog.READ_ONLY)
    assert win.open_database(demo_services.path)
    win.show()
    qtbot.waitExposed(win)
    return win


def _foreign_lock(path, heartbeat_age: float) -> None:
    beat = datetime.now(UTC) - timedelta(seconds=heartbeat_age)
    holder = LockHolder("sato", "KIKAKU-PC03", 4321, beat - timedelta(hours=3), beat, "e" * 32)
    lock_path(path).write_text(holder.to_json(), encoding="utf-8")


# --- opening a database someone holds -----------------------------------------------------------------


def test_a_second_instance_is_asked_and_told_who_holds_the_database(
    qtbot, locations, demo_services, other_instance, monkeypatch
):
    win = _new_window(qtbot, locations)
    asked = _answer(win, monkeypatch, LockDialog.CANCEL)
    assert not win.open_database(demo_services.path)
    assert len(asked) == 1 and asked[0].state is LockState.HELD
    assert asked[0].holder.pid == os.getpid()
    assert win.services is None  # cancelled: nothing opened


def test_the_lock_dialog_offers_take_over_only_for_a_stale_lock(qtbot, demo_services, other_instance):
    held = LockDialog(DatabaseLock(demo_services.path).inspect(), demo_services.path)
    qtbot.addWidget(held)
    _foreign_lock(demo_services.path, heartbeat_age=900)
    stale_status = DatabaseLock(demo_services.path).inspect()
    stale = LockDialog(stale_status, demo_services.path)
    qtbot.addWidget(stale)
    assert held.take_over_button.isHidden() and not stale.take_over_button.isHidden()
    message = stale.findChild(QLabel, "lock_message").text()
    assert "sato" in message and "KIKAKU-PC03" in message and "15分以上応答がありません" in message


def test_read_only_is_shown_in_the_title_and_above_the_pages(viewer):
    assert viewer.read_only
    assert "〔読み取り専用〕" in viewer.windowTitle()
    assert viewer.read_only_banner.isVisible()
    assert "〔読み取り専用〕" in viewer.read_only_banner.label.text()
    assert "使用中" in viewer.read_only_banner.label.text()


def test_in_read_only_mode_the_database_itself_refuses_writes(viewer):
    assert viewer.services.read_only
    with pytest.raises(StorageError) as caught:
        viewer.services.catalogue.add(filler_duty(1))
    assert caught.value.code is StorageErrorCode.READ_ONLY_MODE


def test_read_only_mode_still_shows_the_data(viewer, demo_services):
    assert viewer.catalogue_page.model.rowCount() == len(demo_services.catalogue.list_duties(DEMO_HOME))


def test_the_window_menus_that_change_data_are_disabled(viewer):
    for name in ("action_demo", "action_restore", "action_profile"):
        assert not viewer.findChild(QAction, name).isEnabled(), name
    assert not viewer.undo_action.isEnabled() and not viewer.redo_action.isEnabled()
    assert viewer.findChild(QAction, "action_backup").isEnabled()  # a copy can still be made


def test_catalogue_page_offers_no_add_edit_or_delete(viewer, monkeypatch):
    page = viewer.catalogue_page
    page.select_duty(page.model.duty(0).id)
    assert page.selected_duty() is not None
    assert not any(action.isEnabled() for action in page.actions_by_name.values())
    monkeypatch.setattr(page, "run_editor", lambda *a: pytest.fail("the editor opened in read-only mode"))
    page.edit_selected()  # double-click / Enter on a row


def test_plans_page_offers_no_plan_checklist_or_rule_edits(viewer, demo_services, monkeypatch):
    viewer.navigate("plans")
    page = viewer.hosted_pages["plans"]
    plan = next(p for p in demo_services.plans.list_all() if p.chosen)
    assert page.select_plan(plan.id)
    page.costs.selectRow(0)
    assert not any(action.isEnabled() for action in page.actions_by_name.values())
    assert not page.rule_button.isEnabled()
    assert page.checklist.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    monkeypatch.setattr(page, "run_editor", lambda *a: pytest.fail("the editor opened in read-only mode"))
    page.edit_selected()


def test_agreements_page_offers_no_add_edit_or_delete(viewer, demo_services, monkeypatch):
    viewer.navigate("agreements")
    page = viewer.hosted_pages["agreements"]
    page.select_agreement(demo_services.agreements.list_all()[0].id)
    assert page.selected_agreement() is not None
    editing = {name: a for name, a in page.actions_by_name.items() if name != "draft"}
    assert editing and not any(action.isEnabled() for action in editing.values())
    assert page.actions_by_name["draft"].isEnabled()  # printing a draft writes nothing
    monkeypatch.setattr(page, "run_editor", lambda *a: pytest.fail("the editor opened in read-only mode"))
    page.edit_selected()


def test_advisor_page_offers_no_pin_exclude_reset_or_new_plan(viewer):
    viewer.navigate("advisor")
    page = viewer.hosted_pages["advisor"]
    page.select_codes([page.model.row(0).code])
    assert page.selected_codes()
    for button in (page.pin_button, page.exclude_button, page.reset_button, page.create_button):
        assert not button.isEnabled(), button.text()


def test_municipality_page_offers_no_statistics_entry(viewer):
    page = viewer.municipality_page
    viewer.show_page(viewer.page_count() - 1)
    assert page.picker.select_code(DEMO_HOME)
    for widget in (page.value, page.reference_date, page.source, page.save_button, page.delete_button):
        assert not widget.isEnabled()


def test_leaving_read_only_mode_gives_every_edit_back(viewer):
    page = viewer.catalogue_page
    page.select_duty(page.model.duty(0).id)
    viewer.set_read_only(False)
    assert all(action.isEnabled() for action in page.actions_by_name.values())
    assert viewer.findChild(QAction, "action_profile").isEnabled()
    assert "〔読み取り専用〕" not in viewer.windowTitle() and viewer.read_only_banner.isHidden()


def test_setup_is_not_offered_on_a_database_without_profile_opened_read_only(
    qtbot, locations, fresh_services, monkeypatch
):
    holder = DatabaseLock(fresh_services.path)
    holder.acquire()
    win = _new_window(qtbot, locations)
    _answer(win, monkeypatch, LockDialog.READ_ONLY)
    monkeypatch.setattr(win, "run_setup", lambda current: pytest.fail("setup offered in read-only mode"))
    try:
        assert win.open_database(fresh_services.path)
        assert win.read_only and win.profile is None
    finally:
        holder.release()


def test_a_read_only_file_opens_read_only_without_asking(qtbot, locations, demo_services, monkeypatch):
    os.chmod(demo_services.path, 0o444)
    try:
        win = _new_window(qtbot, locations)
        _answer(win, monkeypatch)  # no answer: asking would fail the test
        assert win.open_database(demo_services.path)
        assert win.read_only and "読み取り専用" in win.read_only_reason
        assert not lock_path(demo_services.path).exists()
    finally:
        os.chmod(demo_services.path, 0o644)


# --- taking over, losing the lock, resuming -------------------------------------------------------


def test_a_stale_lock_can_be_taken_over_after_confirmation(qtbot, locations, demo_services, monkeypatch):
    _foreign_lock(demo_services.path, heartbeat_age=600)
    win = _new_window(qtbot, locations)
    asked = _answer(win, monkeypatch, LockDialog.TAKE_OVER)
    confirmed = []
    monkeypatch.setattr(win, "confirm_take_over", lambda status: confirmed.append(status) or True)
    assert win.open_database(demo_services.path)
    assert asked[0].state is LockState.STALE and len(confirmed) == 1
    assert not win.read_only and not win.services.read_only
    assert json.loads(lock_path(demo_services.path).read_text(encoding="utf-8"))["pid"] == os.getpid()
    assert win.lock_timer.isActive()
    win.close()
    assert not lock_path(demo_services.path).exists()  # released on a clean exit


def test_declining_the_take_over_asks_again(qtbot, locations, demo_services, monkeypatch):
    _foreign_lock(demo_services.path, heartbeat_age=600)
    win = _new_window(qtbot, locations)
    asked = _answer(win, monkeypatch, LockDialog.TAKE_OVER, LockDialog.CANCEL)
    monkeypatch.setattr(win, "confirm_take_over", lambda status: False)
    assert not win.open_database(demo_services.path)
    assert len(asked) == 2
    assert json.loads(lock_path(demo_services.path).read_text(encoding="utf-8"))["user"] == "sato"


def test_the_lock_of_our_own_crashed_instance_is_taken_back_without_asking(
    qtbot, locations, demo_services, monkeypatch
):
    import subprocess

    from renkei_desktop.storage.lock import current_host, current_user

    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    beat = datetime.now(UTC)
    lock_path(demo_services.path).write_text(
        LockHolder(current_user(), current_host(), gone.pid, beat, beat, "d" * 32).to_json(), encoding="utf-8"
    )
    win = _new_window(qtbot, locations)
    _answer(win, monkeypatch)  # no answer: asking would fail the test
    assert win.open_database(demo_services.path)
    assert not win.read_only and win.lock is not None and win.lock.held


def test_a_window_whose_lock_was_taken_over_switches_to_read_only(
    qtbot, locations, demo_services, monkeypatch
):
    win = _new_window(qtbot, locations)
    assert win.open_database(demo_services.path) and not win.read_only
    told = []
    monkeypatch.setattr(win, "inform_lock_lost", lambda: told.append(True))
    _foreign_lock(demo_services.path, heartbeat_age=0)  # a colleague took it over while this PC slept
    win.heartbeat_lock()
    assert told == [True]
    assert win.read_only and win.services.read_only
    assert not win.catalogue_page.actions_by_name["new"].isEnabled()
    assert (
        json.loads(lock_path(demo_services.path).read_text(encoding="utf-8"))["user"] == "sato"
    )  # not removed


def test_resume_editing_once_the_colleague_has_closed(viewer, other_instance, monkeypatch):
    other_instance.release()
    _answer(viewer, monkeypatch)  # nobody holds it now: no question
    viewer.read_only_banner.retry_button.click()
    assert not viewer.read_only and not viewer.services.read_only
    assert viewer.lock is not None and viewer.lock.held
    assert viewer.catalogue_page.actions_by_name["new"].isEnabled()


def test_resume_editing_while_still_held_asks_again(viewer, monkeypatch):
    asked = _answer(viewer, monkeypatch, LockDialog.READ_ONLY)
    viewer.read_only_banner.retry_button.click()
    assert len(asked) == 1 and viewer.read_only


def test_the_first_start_creates_the_data_folder_and_holds_the_new_database(qtbot, locations, monkeypatch):
    win = _new_window(qtbot, locations)
    monkeypatch.setattr(win, "run_setup", lambda current: None)
    monkeypatch.setattr(win, "show_environment_error", lambda error: pytest.fail(f"refused: {error}"))
    path = locations.data_dir / "first" / "renkei.sqlite3"
    assert win.open_database(path)
    assert path.exists() and lock_path(path).exists() and not win.read_only
