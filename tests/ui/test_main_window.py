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
