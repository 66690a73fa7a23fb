"""ヘルプ → 使い方 (F1): the offline manual opens at the section of the page shown, in the UI's language,
follows its own links only, and is one window however often it is opened."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from renkei_desktop.paths import resource
from renkei_desktop.ui.dialogs.help_window import HelpWindow, manual_path
from renkei_desktop.ui.main_window import HOSTED_PAGES

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("ja", "en")
# Every page of the main window, in navigation order: the catalogue, the hosted pages, the municipalities.
PAGE_KEYS = ("catalogue", *(key for key, _module, _class, _title in HOSTED_PAGES), "municipalities")


def press_f1(window, widget) -> None:  # noqa: ANN001
    window.activateWindow()
    QTest.keyClick(widget, Qt.Key.Key_F1)


def links_and_anchors(browser) -> tuple[list[str], set[str]]:  # noqa: ANN001
    """Every link target (href) and every anchor name of the document the browser shows, as Qt read them."""
    hrefs, names = [], set()
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            char_format = it.fragment().charFormat()
            if char_format.isAnchor() and char_format.anchorHref():
                hrefs.append(char_format.anchorHref())
            names.update(char_format.anchorNames())
            it += 1
        block = block.next()
    return hrefs, names


@pytest.fixture
def english_window(qtbot, qapp, locations, demo_services):
    """The main window with the UI in English (as after 設定 → 表示言語 → English and a restart)."""
    from renkei_desktop.app.gui import create_main_window, install_translators

    win = create_main_window(demo_services, locations, lang="en")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    install_translators(qapp, "ja")


def test_the_help_menu_has_the_manual_on_f1(window):
    action = next(a for a in window.help_menu.actions() if a.objectName() == "action_help")
    assert action.text() == "使い方(&U)…"
    assert QKeySequence(Qt.Key.Key_F1) in action.shortcuts()
    assert QKeySequence(QKeySequence.StandardKey.HelpContents) in action.shortcuts()


def test_f1_on_the_catalogue_opens_the_manual_at_the_catalogue(window, qtbot):
    window.show_page(0)
    press_f1(window, window.catalogue_page.table)
    helper = window.help_window
    qtbot.waitUntil(helper.isVisible)
    assert helper.current_anchor() == "catalogue"
    assert helper.toc.currentItem().text(0) == "事務カタログ"
    qtbot.waitUntil(lambda: helper.browser.verticalScrollBar().value() > 0)  # scrolled to the section when shown
    assert helper.windowTitle() == "使い方 — 広域連携デスク"
    assert not helper.isModal()
    assert helper.manual == resource("help", "ja", "index.html")


@pytest.mark.parametrize("key", PAGE_KEYS[1:])
def test_f1_on_another_page_opens_that_page_s_section(window, qtbot, key):
    page = window.catalogue_page if key == "catalogue" else window.municipality_page if key == "municipalities" else window.hosted_pages[key]
    window.show_page(window._pages.index(page))
    assert window.current_page_key() == key
    press_f1(window, page)
    helper = window.help_window
    qtbot.waitUntil(helper.isVisible)
    assert helper.current_anchor() == key
    # The section's heading is the page's title in the navigation, and the manual is scrolled to it.
    assert helper.toc.currentItem().text(0) == window.nav.currentItem().text()
    qtbot.waitUntil(lambda: helper.browser.verticalScrollBar().value() > 0)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_has_a_section_in_both_languages(qapp, qtbot, language):
    helper = HelpWindow(None, language)
    helper.show()
    qtbot.waitExposed(helper)
    try:
        assert helper.manual == resource("help", language, "index.html")
        assert set(PAGE_KEYS) <= set(helper.anchors)
        top_level = [helper.toc.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) for i in range(helper.toc.topLevelItemCount())]
        assert set(PAGE_KEYS) <= set(top_level)  # each page is a main entry of the contents
        for key in PAGE_KEYS:
            helper.show_section(key)
            assert helper.current_anchor() == key
            assert helper.browser.verticalScrollBar().value() > 0  # scrolled to it (every page is below the start)
    finally:
        helper.deleteLater()


def test_both_manuals_have_the_same_sections(qapp):
    japanese, english = HelpWindow(None, "ja"), HelpWindow(None, "en")
    try:
        assert japanese.anchors == english.anchors
        assert len(japanese.anchors) >= 20
    finally:
        japanese.deleteLater()
        english.deleteLater()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_link_of_the_manual_is_internal_and_resolves(qapp, qtbot, language):
    helper = HelpWindow(None, language)
    try:
        hrefs, names = links_and_anchors(helper.browser)
        assert hrefs, "the manual links its sections"
        for href in hrefs:
            url = QUrl(href)
            assert url.scheme() == "" and not url.host(), f"not a link inside the manual: {href}"
            assert href.startswith("#") and href[1:] in names, f"no anchor for {href}"
            with qtbot.waitSignal(helper.browser.sourceChanged, timeout=1000, raising=False):
                helper.browser.anchorClicked.emit(url)
            assert helper.current_anchor() == href[1:]
        assert set(helper.anchors) <= names
    finally:
        helper.deleteLater()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_manual_files_hold_no_web_address_and_no_remote_resource(language):
    text = manual_path(language).read_text(encoding="utf-8")
    assert "http://" not in text and "https://" not in text and "www." not in text
    assert "src=" not in text  # no images or scripts loaded from anywhere


def test_the_english_manual_is_shown_when_the_ui_is_english(english_window, qtbot):
    english_window.show_page(english_window._pages.index(english_window.hosted_pages["plans"]))
    english_window.show_help()
    helper = english_window.help_window
    qtbot.waitUntil(helper.isVisible)
    assert helper.manual == resource("help", "en", "index.html")
    assert helper.current_anchor() == "plans"
    assert helper.toc.currentItem().text(0) == "Plans"
    assert helper.windowTitle() == "User guide — Renkei Desktop"
    action = next(a for a in english_window.help_menu.actions() if a.objectName() == "action_help")
    assert action.text() == "&User guide…"


def test_a_missing_translation_of_the_manual_falls_back_to_japanese():
    assert manual_path("fr") == resource("help", "ja", "index.html")


def test_clicking_a_web_link_opens_nothing(window, qtbot, monkeypatch):
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window.show_help()
    helper = window.help_window
    qtbot.waitUntil(helper.isVisible)
    helper.show_section("glossary")
    before = helper.browser.source()
    # A web link at the end of the page, clicked with the mouse as a user would.
    cursor = QTextCursor(helper.browser.document())
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertHtml('<p><a href="https://www.soumu.go.jp/">総務省のページ</a></p>')
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.movePosition(QTextCursor.MoveOperation.Left, n=3)
    helper.browser.setTextCursor(cursor)
    helper.browser.ensureCursorVisible()
    point = helper.browser.cursorRect(cursor).center()
    with qtbot.waitSignal(helper.browser.anchorClicked, timeout=2000) as clicked:
        qtbot.mouseClick(helper.browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert clicked.args[0].toString() == "https://www.soumu.go.jp/"
    QApplication.processEvents()
    assert helper.browser.source() == before  # not followed
    assert opened == []  # and not handed to a web browser either
    assert "https://www.soumu.go.jp/" in helper.status.text()
    # Nor a file outside the manual.
    outside = QUrl.fromLocalFile(str(ROOT / "README.md"))
    helper.browser.anchorClicked.emit(outside)
    assert helper.browser.source() == before
    assert opened == []


def test_opening_it_again_reuses_the_window_at_the_new_page(window, qtbot):
    window.show_page(0)
    window.show_help()
    first = window.help_window
    qtbot.waitUntil(first.isVisible)
    assert first.current_anchor() == "catalogue"
    window.show_page(window._pages.index(window.hosted_pages["agreements"]))
    window.show_help()
    assert window.help_window is first
    assert first.isVisible()
    assert first.current_anchor() == "agreements"
    first.close()
    window.show_page(window._pages.index(window.municipality_page))
    press_f1(window, window.municipality_page)
    qtbot.waitUntil(first.isVisible)
    assert window.help_window is first
    assert first.current_anchor() == "municipalities"
    assert len(window.findChildren(HelpWindow)) == 1


def test_contents_back_forward_and_find(window, qtbot):
    window.show_page(0)
    window.show_help()
    helper = window.help_window
    qtbot.waitUntil(helper.isVisible)
    # The contents lead to a section; back and forward retrace the steps.
    item = next(i for i in helper._toc_items() if i.data(0, Qt.ItemDataRole.UserRole) == "backup")
    qtbot.mouseClick(helper.toc.viewport(), Qt.MouseButton.LeftButton, pos=helper.toc.visualItemRect(item).center())
    assert helper.current_anchor() == "backup"
    assert helper.back_button.isEnabled()
    helper.back_button.click()
    assert helper.current_anchor() == "catalogue"
    assert helper.toc.currentItem().data(0, Qt.ItemDataRole.UserRole) == "catalogue"
    helper.forward_button.click()
    assert helper.current_anchor() == "backup"
    # Find in page: Ctrl+F goes to the field, typing selects the first match, Enter the next one.
    helper.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is helper)
    QTest.keyClick(helper.browser, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert helper.search.hasFocus()
    helper.search.setText("読み取り専用")
    first = helper.browser.textCursor().selectionStart()
    assert helper.browser.textCursor().selectedText() == "読み取り専用"
    assert "件" in helper.status.text()
    QTest.keyClick(helper.search, Qt.Key.Key_Return)
    assert helper.browser.textCursor().selectionStart() != first
    assert helper.browser.textCursor().selectedText() == "読み取り専用"
    assert helper.isVisible()  # Enter found the next match; it did not press 閉じる
    assert len(helper.browser.extraSelections()) >= 2  # every match highlighted
    helper.search.setText("この語はどこにもありません")
    assert "見つかりません" in helper.status.text()


def test_the_shell_does_not_import_the_help_window_before_it_is_asked_for(tmp_path):
    """Start-up time: the help module is imported by ヘルプ → 使い方, not with the main window's menus."""
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from renkei_desktop.app import gui\n"
        "from renkei_desktop.app.locations import resolve_locations\n"
        "locations = resolve_locations(Path(sys.argv[1]))\n"
        "app = gui.create_application(sys.argv[:1], locations, None)\n"
        "window = gui.MainWindow(app.settings, locations.log_dir)\n"
        "window.show()\n"
        "app.processEvents()\n"
        "print('help imported:', 'renkei_desktop.ui.dialogs.help_window' in sys.modules)\n"
        "window.show_help()\n"
        "print('help shown:', window.help_window.isVisible(), window.help_window.current_anchor() == '')\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    out = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)], env=env, capture_output=True, text=True, timeout=120, check=True
    ).stdout
    assert "help imported: False" in out
    assert "help shown: True True" in out  # before a database is read there is no page: the start of the manual
