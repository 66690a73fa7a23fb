"""The main window: pages, zoom, bad database files, language."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox


def test_every_page_opens(window, qtbot):
    assert window.page_count() >= 2
    for index in range(window.page_count()):
        window.show_page(index)
        assert window.stack.currentWidget() is window.page_widget(index)
    assert "天龍村" in window.windowTitle()


def test_zoom_enlarges_the_whole_ui_and_is_remembered(window):
    app = QApplication.instance()
    base = app.font().pointSizeF()
    window.zoom(1)
    assert app.font().pointSizeF() > base
    assert window.settings.zoom == 110
    for _ in range(10):
        window.zoom(1)
    assert window.settings.zoom == 200
    window.zoom(0)
    assert window.settings.zoom == 100
    assert abs(app.font().pointSizeF() - app.base_point_size) < 0.01


def test_opening_a_file_that_is_not_a_database_says_so_and_leaves_it_untouched(window, tmp_path, monkeypatch):
    bogus = tmp_path / "memo.sqlite3"
    bogus.write_bytes("会議メモ".encode())
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert window.open_database(bogus) is False
    assert "データベースではありません" in shown[0]
    assert bogus.read_bytes() == "会議メモ".encode()
    assert window.services is not None  # still working on the previous database


def test_opening_another_database_asks_for_its_municipality(window, tmp_path, monkeypatch):
    monkeypatch.setattr(type(window), "run_setup", lambda self, current: None)
    assert window.open_database(tmp_path / "other.sqlite3")
    assert window.catalogue_page.model.rowCount() == 0
    assert not window.catalogue_page.isEnabled()


def test_a_bad_file_at_start_up_leaves_instructions_in_the_window(qtbot, locations, tmp_path, monkeypatch):
    from renkei_desktop.ui.main_window import MainWindow
    from renkei_desktop.ui.settings import AppSettings

    bogus = tmp_path / "other-app.sqlite3"
    bogus.write_bytes(b"PK\x03\x04 not a database")
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: None)
    window = MainWindow(AppSettings(locations.settings_file), locations.log_dir)
    qtbot.addWidget(window)
    assert window.open_database(bogus) is False
    assert "データベースではありません" in window.loading.text()
    assert "新しいデータベース" in window.loading.text()
    assert bogus.read_bytes() == b"PK\x03\x04 not a database"


def test_zoom_reaches_labels_that_have_their_own_style_sheet(window):
    from PySide6.QtWidgets import QLabel

    label = QLabel("⚠ 入力してください", window)
    label.setStyleSheet("color: #b00020;")
    label.show()
    window.zoom(1)
    window.zoom(1)
    assert abs(label.font().pointSizeF() - QApplication.instance().font().pointSizeF()) < 0.01


def test_help_saves_support_information_without_the_database(window, tmp_path, monkeypatch):
    import zipfile

    from PySide6.QtGui import QAction

    from renkei_desktop.ui.dialogs.support_info import SupportInfo

    action = window.findChild(QAction, "action_support_info")
    assert action is not None and action in window.help_menu.actions()
    told = []
    monkeypatch.setattr(SupportInfo, "choose_save_path", lambda self, suggested: tmp_path / "for-it")
    monkeypatch.setattr(SupportInfo, "inform", lambda self, title, text: told.append(text))
    action.trigger()
    saved = tmp_path / "for-it.zip"  # .zip added to a name typed without it
    assert saved.is_file() and str(saved) in told[0]
    assert "含まれていません" in told[0] and "送信されていません" in told[0]
    with zipfile.ZipFile(saved) as bundle:
        text = bundle.read("support.txt").decode("utf-8")
        names = bundle.namelist()
    assert f"database: {window.services.path}" in text and "database_quick_check: ok" in text
    assert "qt: " in text and "zoom_percent: " in text and "screen_1: " in text
    assert not any(name.endswith(".sqlite3") for name in names)


def test_support_information_that_cannot_be_saved_says_why(window, tmp_path, monkeypatch):
    from renkei_desktop.ui.dialogs.support_info import SupportInfo

    errors = []
    missing = tmp_path / "no-such-folder" / "support.zip"
    monkeypatch.setattr(SupportInfo, "choose_save_path", lambda self, suggested: missing)
    monkeypatch.setattr(SupportInfo, "show_error", lambda self, error: errors.append(error))
    assert window.save_support_info() is None
    assert errors and not missing.exists() and not missing.parent.exists()
