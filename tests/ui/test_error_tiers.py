"""Errors in three tiers, as the user meets them. Environment (disk full, read-only file): a message that
says what happened and what to do, the saved data intact, the unsaved input still in the form. Bug: one
dialog with 詳細をコピー and the log folder, the traceback in the log, the app still running."""

from __future__ import annotations

import errno
import logging
import sys

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from renkei_desktop.domain.errors import StorageError, StorageErrorCode
from renkei_desktop.services.demo import DEMO_HOME
from renkei_desktop.ui import texts
from renkei_desktop.ui.dialogs.error_dialog import ErrorDialog
from renkei_desktop.ui.dialogs.setup_dialog import SetupDialog
from renkei_desktop.ui.pages.municipality_page import MunicipalityPage
from tests.faults import fill_with, limit_growth, refuse_writes
from tests.ui.conftest import ime_type


def _capture(monkeypatch, target, name: str = "show_environment_error") -> list:
    shown: list = []
    monkeypatch.setattr(target, name, lambda error: shown.append(error))
    return shown


# --- environment tier -------------------------------------------------------------------------------


def test_a_full_disk_keeps_the_catalogue_and_gives_the_typed_duty_back(window, monkeypatch):
    page = window.catalogue_page
    services = window.services
    typed = page.model.duty(0).with_changes(id=None, name="保存できない新しい事務", notes="入力した備考")
    limit_growth(services)
    fill_with(
        lambda i: services.catalogue.add(typed.with_changes(name=f"埋める事務{i:05d}"))
    )  # the disk is full
    before = services.catalogue.list_duties(DEMO_HOME)
    page.load(DEMO_HOME, page.department)
    shown = _capture(monkeypatch, page)
    reopened = []
    monkeypatch.setattr(
        page, "run_editor", lambda duty, title: reopened.append(duty)
    )  # the user cancels then
    assert page.save_new(typed) is None
    assert [e.code for e in shown] == [StorageErrorCode.DISK_FULL]
    assert "空き容量" in texts.storage_error_text(
        shown[0]
    ) and "変更されていません" in texts.storage_error_text(shown[0])
    assert reopened == [typed]  # the unsaved input is back in the editor
    assert services.catalogue.list_duties(DEMO_HOME) == before
    assert page.model.rowCount() == len(before)
    assert window.undo_stack.count() == 0  # nothing to undo: nothing was saved


def test_saving_again_after_making_room_keeps_what_was_typed(window, monkeypatch):
    page = window.catalogue_page
    services = window.services
    typed = page.model.duty(0).with_changes(id=None, name="あとで保存できた事務")
    make_room = limit_growth(services)
    fill_with(lambda i: services.catalogue.add(typed.with_changes(name=f"埋める事務{i:05d}")))
    page.load(DEMO_HOME, page.department)
    _capture(monkeypatch, page)

    def editor(duty, title):  # the user frees some space, then presses OK in the reopened editor
        make_room()
        return duty

    monkeypatch.setattr(page, "run_editor", editor)
    saved = page.save_new(typed)
    assert saved is not None and saved.name == "あとで保存できた事務"
    assert any(d.name == "あとで保存できた事務" for d in window.services.catalogue.list_duties(DEMO_HOME))


def test_editing_a_read_only_file_keeps_the_stored_duty_and_the_edit(window, monkeypatch):
    page = window.catalogue_page
    before = page.model.duty(0)
    refuse_writes(window.services)
    shown = _capture(monkeypatch, page)
    reopened = []
    monkeypatch.setattr(page, "run_editor", lambda duty, title: reopened.append(duty))
    edited = before.with_changes(name="書き換えた名前")
    assert page.save_edit(before, edited) is None
    assert [e.code for e in shown] == [StorageErrorCode.READ_ONLY]
    assert "読み取り専用" in texts.storage_error_text(shown[0])
    assert reopened == [edited]
    assert window.services.catalogue.get(before.id).name == before.name


def test_setup_on_a_read_only_file_stays_open_with_the_input_and_says_why(qtbot, fresh_services):
    refuse_writes(fresh_services)
    dialog = SetupDialog(fresh_services.profile, fresh_services.municipalities.all())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.picker.select_code(DEMO_HOME)
    ime_type(dialog.department, "企画課")
    dialog.accept()
    assert dialog.result() != SetupDialog.DialogCode.Accepted and dialog.isVisible()
    assert dialog.error.isVisible() and "読み取り専用" in dialog.error.text()
    assert dialog.department.text() == "企画課" and dialog.picker.current().code == DEMO_HOME
    assert fresh_services.profile.get() is None


def test_a_statistic_on_a_full_disk_is_refused_in_the_form_with_the_input_kept(qtbot, fresh_services):
    page = MunicipalityPage(fresh_services.municipalities)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.picker.select_code(DEMO_HOME)
    limit_growth(fresh_services)
    municipalities = fresh_services.municipalities
    failed, _ = fill_with(
        lambda i: municipalities.set_statistic(
            DEMO_HOME, "population", "1234", f"{1000 + i}-10-01", "令和2年国勢調査"
        )
    )
    before = municipalities.get(DEMO_HOME).statistics
    date = f"{1000 + failed}-10-01"  # the same size as the write that no longer fitted
    ime_type(page.value, "1234")
    ime_type(page.reference_date, date)
    ime_type(page.source, "令和2年国勢調査")
    page.save_statistic()
    assert page.error.isVisible() and "空き容量" in page.error.text()
    assert (page.value.text(), page.reference_date.text(), page.source.text()) == (
        "1234",
        date,
        "令和2年国勢調査",
    )
    assert fresh_services.municipalities.get(DEMO_HOME).statistics == before


def test_a_backup_on_a_full_disk_says_so_and_leaves_no_partial_file(window, monkeypatch):
    from renkei_desktop.services.backups import list_backups
    from renkei_desktop.storage import database

    def full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(database.os, "replace", full)
    shown = _capture(monkeypatch, window)
    before = list_backups(window.services.path)
    assert window.create_backup() is None
    assert [e.code for e in shown] == [StorageErrorCode.DISK_FULL]
    assert list_backups(window.services.path) == before
    assert not list((window.services.path.parent / "backups").glob("*.partial"))


# --- what no code caught: the exception hook --------------------------------------------------------


@pytest.fixture
def hook(window, monkeypatch):
    from renkei_desktop.app.gui import install_excepthook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored afterwards
    import threading

    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    return install_excepthook(window, window.log_dir)


def _raise(error: BaseException):  # noqa: ANN202
    try:
        raise error
    except BaseException as exc:  # noqa: BLE001
        return type(exc), exc, exc.__traceback__


def test_an_environment_error_nobody_caught_shows_the_message_not_the_bug_dialog(window, hook, monkeypatch):
    shown = _capture(monkeypatch, window)
    monkeypatch.setattr(ErrorDialog, "exec", lambda self: pytest.fail("bug dialog for an environment error"))
    hook(*_raise(StorageError(StorageErrorCode.DISK_FULL, "x.sqlite3", "full")))
    assert [e.code for e in shown] == [StorageErrorCode.DISK_FULL]


def test_a_bug_shows_one_dialog_logs_the_traceback_and_the_app_goes_on(window, hook, monkeypatch, caplog):
    opened = []
    monkeypatch.setattr(ErrorDialog, "exec", lambda self: opened.append(self.details.toPlainText()) or 0)
    with caplog.at_level(logging.ERROR):
        hook(*_raise(ZeroDivisionError("division by zero in a page")))
    assert len(opened) == 1
    assert "ZeroDivisionError: division by zero in a page" in opened[0]
    assert "Renkei Desktop" in opened[0].splitlines()[0]  # version and platform for support
    assert "ZeroDivisionError" in caplog.text
    window.catalogue_page.search.setText("介護")  # still running
    assert window.catalogue_page.proxy.rowCount() >= 1


def test_a_bug_raised_while_its_dialog_is_open_opens_no_second_dialog(window, hook, monkeypatch):
    opened = []

    def exec_(dialog):
        opened.append(dialog)
        hook(*_raise(RuntimeError("again, from a paint event")))  # while the first dialog is open
        return 0

    monkeypatch.setattr(ErrorDialog, "exec", exec_)
    hook(*_raise(RuntimeError("first")))
    assert len(opened) == 1


def test_the_bug_dialog_copies_the_details_and_opens_the_log_folder(qtbot, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    dialog = ErrorDialog("Traceback: details", tmp_path)
    qtbot.addWidget(dialog)
    dialog.findChild(QPushButton, "error_copy").click()
    assert QGuiApplication.clipboard().text() == "Traceback: details"
    dialog.findChild(QPushButton, "error_open_logs").click()
    assert [u.toLocalFile() for u in urls] == [str(tmp_path)]


def test_the_log_file_in_the_log_folder_rotates(tmp_path):
    from renkei_desktop.app.logging_setup import setup_logging

    root = logging.getLogger()
    before = list(root.handlers)
    try:
        log_file = setup_logging(tmp_path / "logs")
        assert log_file == tmp_path / "logs" / "renkei-desktop.log"
        handler = next(h for h in root.handlers if h not in before)
        handler.max_bytes = 2000  # small, to see it rotate
        for i in range(40):
            logging.getLogger("renkei_desktop.test").error("line %d written to the log", i)
        handler.flush()
        assert "line 39 written to the log" in log_file.read_text(encoding="utf-8")
        assert (tmp_path / "logs" / "renkei-desktop.log.1").exists()
    finally:
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)
                handler.close()
