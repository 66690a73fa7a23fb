"""The UI in English: dates in the Gregorian calendar, ASCII brackets, a navigation as wide as its titles.

The English UI writes dates as the English documents and charts do (1 April 2025, domain.wareki
``format_gregorian``): no era year. The Japanese UI is unchanged (令和7年4月1日, full-width brackets). The
English tests switch the UI as the app does (app/gui.py ``install_translators``) and back afterwards.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import QLocale

from renkei_desktop.domain.agreements import EventKind
from renkei_desktop.domain.errors import ErrorCode, ValidationIssue
from renkei_desktop.domain.normalize import parse_date
from renkei_desktop.domain.wareki import format_gregorian, format_wareki
from renkei_desktop.ui import agreement_texts as at
from renkei_desktop.ui import plan_texts as pt
from renkei_desktop.ui import texts

SETTLEMENT = "南信州定住自立圏形成協定（飯田市・天龍村）"
ERA = re.compile("令和|平成|昭和|元年")


@pytest.fixture
def english(qapp):  # noqa: ANN001, ANN201
    """The UI switched to English as the app does it (install_translators); Japanese again afterwards."""
    from renkei_desktop.app.gui import install_translators

    locale = QLocale()
    install_translators(qapp, "en")
    yield qapp
    install_translators(qapp, "ja")
    QLocale.setDefault(locale)


@pytest.fixture
def english_window(qtbot, qapp, locations, demo_services):  # noqa: ANN001, ANN201
    """The main window over the demo as the app opens it in English (``create_main_window(…, "en")``)."""
    from renkei_desktop.app.gui import create_main_window, install_translators

    locale = QLocale()
    window = create_main_window(demo_services, locations, "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    install_translators(qapp, "ja")
    QLocale.setDefault(locale)


def _banner_texts(window) -> list[str]:
    return [label.text() for label in window.hosted_pages["notice:ReviewsBanner"].labels]


# --- the language and the date formats -------------------------------------------------------------


def test_the_ui_language_follows_the_installed_translation(qapp, english):
    assert texts.language() == "en"


def test_without_a_translation_the_ui_is_japanese(qapp):
    assert texts.language() == "ja"


def test_japanese_ui_dates_stay_wareki(qapp):
    assert texts.date_text(date(2025, 4, 1)) == "令和7年4月1日"
    assert texts.date_text(date(2019, 5, 1)) == "令和元年5月1日"
    assert texts.date_text(date(1900, 1, 2)) == "1900-01-02"  # before 昭和: no era of ours
    assert at.date_text(date(2026, 12, 15)) == "令和8年12月15日"
    assert pt.date_text(date(2024, 4, 1)) == "令和6年4月1日"
    assert at.date_text(None) == pt.date_text(None) == ""
    assert texts.bracketed("議会議決", "天龍村") == "議会議決（天龍村）"


def test_english_ui_dates_are_gregorian_as_the_english_documents_write_them(english):
    assert texts.date_text(date(2025, 4, 1)) == "1 April 2025"
    assert at.date_text(date(2026, 12, 15)) == "15 December 2026"
    assert pt.date_text(date(2024, 4, 1)) == "1 April 2024"
    assert texts.date_text(date(1900, 1, 2)) == "2 January 1900"
    assert at.date_text(None) == pt.date_text(None) == ""
    assert texts.bracketed("Council resolution", "天龍村") == "Council resolution (天龍村)"


def test_what_the_english_ui_writes_in_a_date_field_reads_back(english):
    """The agreement editor, the checklist and the print dialog put the UI's date into fields typed in."""
    for day in (date(2019, 5, 1), date(2024, 2, 29), date(2026, 12, 15)):
        assert parse_date(texts.date_text(day)) == day


def test_english_agreement_messages_write_gregorian_dates_and_ascii_brackets(english):
    issue = ValidationIssue(
        "events[1].date",
        ErrorCode.DATE_OUT_OF_ORDER,
        {
            "event": EventKind.COUNCIL_RESOLUTION.value,
            "party": "202053",
            "date": "2021-03-01",
            "previous_event": EventKind.CONSULTATION_START.value,
            "previous_party": "",
            "previous_date": "2021-04-01",
        },
    )
    message = at.issue_text(issue, {"202053": "A 飯田市"})
    assert "(1 March 2021)" in message and "(1 April 2021)" in message
    assert "Council resolution (A 飯田市)" in message
    assert not ERA.search(message) and "（" not in message, message


def test_english_plan_messages_write_gregorian_dates(english):
    issue = ValidationIssue(
        "steps.consultation.date",
        ErrorCode.DATE_OUT_OF_ORDER,
        {"event": "consultation", "date": "2024-04-01", "previous_event": "consultation", "previous_date": "2024-05-01"},
    )
    message = pt.plan_issue_text(issue, lambda code: code)
    assert "1 April 2024" in message and "1 May 2024" in message
    assert not ERA.search(message), message


# --- the reviews notice and the agreements page ------------------------------------------------------


def test_japanese_reviews_notice_is_unchanged(window, demo_services):
    [due] = demo_services.agreements.reviews_due(date.today(), 90)
    assert _banner_texts(window) == [
        f"見直し期限が近い協定があります: {SETTLEMENT} {format_wareki(due.due)}（あと{due.days_left}日）"
    ]


def test_english_reviews_notice_writes_the_gregorian_date(english_window, demo_services):
    [due] = demo_services.agreements.reviews_due(date.today(), 90)
    [text] = _banner_texts(english_window)
    assert text == (
        f"An agreement is due for review soon: {SETTLEMENT} {format_gregorian(due.due)} ({due.days_left} days left)"
    )
    assert "令和" not in text


def test_english_agreements_page_writes_gregorian_dates_and_ascii_brackets(english_window, demo_services):
    english_window.navigate("agreements")
    page = english_window.hosted_pages["agreements"]
    agreement = next(a for a in demo_services.agreements.list_all() if a.title == SETTLEMENT)
    page.select_agreement(agreement.id)
    review = [page.model.index(r, 3).data() for r in range(page.model.rowCount())]
    assert all(not ERA.search(cell) and "（" not in cell for cell in review), review
    detail = page.detail.toPlainText().replace(SETTLEMENT, "")  # the title is the user's, as recorded
    assert not ERA.search(detail) and "（" not in detail and "、" not in detail, detail
    [due] = demo_services.agreements.reviews_due(date.today(), 90)
    assert f"Next review: {format_gregorian(due.due)} (Review deadline, {due.days_left} days left)" in detail
    assert re.search(r"18 June 2021\s+Council resolution \(甲 飯田市\)", detail), detail


def test_english_agreement_editor_fills_gregorian_dates_and_saves_them_unchanged(english_window, demo_services):
    from renkei_desktop.ui.dialogs.agreement_editor import AgreementEditorDialog

    english_window.navigate("agreements")
    page = english_window.hosted_pages["agreements"]
    before = next(a for a in demo_services.agreements.list_all() if a.title == SETTLEMENT)
    dialog = AgreementEditorDialog(
        demo_services.agreements,
        before,
        municipalities=page._municipalities,
        plans=demo_services.plans.list_all(),
        title="test",
        parent=english_window,
    )
    dialog.show()
    dates = [row.fields["date"].text() for row in dialog.events.rows]
    assert dates and all(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}", d) for d in dates), dates
    dialog.accept()
    assert dialog.result_agreement is not None
    assert [e.date for e in dialog.result_agreement.events] == [e.date for e in before.events]


def test_japanese_report_dialog_keeps_the_created_date_in_wareki(window, qtbot):
    from renkei_desktop.ui.dialogs.report_dialog import SUMMARY, ReportDialog

    dialog = ReportDialog(window, SUMMARY)
    qtbot.addWidget(dialog)
    assert dialog.created.text() == format_wareki(date.today())


def test_english_report_dialog_fills_the_created_date_in_gregorian_and_reads_it(english_window, qtbot):
    from renkei_desktop.ui.dialogs.report_dialog import SUMMARY, ReportDialog

    dialog = ReportDialog(english_window, SUMMARY)
    qtbot.addWidget(dialog)
    assert dialog.created.text() == format_gregorian(date.today())
    assert dialog.language_value() == "en"
    fields = dialog.header_fields()
    assert fields is not None and fields.created == date.today()
    assert dialog.date_preview.text() == f"Date as printed: {format_gregorian(date.today())}"


# --- the navigation ------------------------------------------------------------------------------------


def _navigation_fits(window) -> bool:  # noqa: ANN001
    """Every title whole: the items' width (the delegate's, as drawn) and their spacing within the list."""
    nav = window.nav
    room = nav.viewport().width()
    widest = max(nav.fontMetrics().horizontalAdvance(nav.item(row).text()) for row in range(nav.count()))
    return (
        not nav.horizontalScrollBar().isVisible()
        and nav.sizeHintForColumn(0) + 2 * nav.spacing() <= room
        and widest + 2 * nav.spacing() < room
        and all(nav.visualItemRect(nav.item(row)).right() < room for row in range(nav.count()))
    )


@pytest.mark.parametrize("zoom", [100, 200])
@pytest.mark.parametrize("fixture", ["window", "english_window"])
def test_every_navigation_title_is_shown_whole_at_every_zoom(request, qapp, qtbot, fixture, zoom):
    window = request.getfixturevalue(fixture)
    nav = window.nav
    assert nav.count() == window.page_count() == 6
    if fixture == "english_window":
        assert "Partners & frameworks" in [nav.item(row).text() for row in range(nav.count())]
    try:
        qapp.apply_zoom(zoom)
        qtbot.waitUntil(lambda: _navigation_fits(window), timeout=2000)
    finally:
        qapp.apply_zoom(100)


def test_the_japanese_navigation_keeps_its_width(window, qtbot):
    qtbot.waitUntil(lambda: window.nav.width() == window.nav.fontMetrics().horizontalAdvance("事務カタログあ") + 24)


def test_the_navigation_is_fitted_to_the_titles_before_the_pages_are_added(english, qtbot, tmp_path):
    """The pages come after the first paint: the list already has the width their titles need."""
    from renkei_desktop.ui.main_window import MainWindow
    from renkei_desktop.ui.settings import AppSettings

    window = MainWindow(AppSettings(tmp_path / "settings.ini"), tmp_path)
    qtbot.addWidget(window)
    assert window.nav.count() == 0
    needed = window.nav.fontMetrics().horizontalAdvance("Partners & frameworks")
    assert window.nav.width() > needed + 2 * window.nav.spacing()


# --- date fields ---------------------------------------------------------------------------------------

LONGEST = date(2028, 9, 28)  # 28 September 2028: the longest English date for years to come


def _shows_whole(edit, text: str) -> bool:  # noqa: ANN001
    """``text`` fits in the field beside its frame and cursor (QLineEdit scrolls a longer one)."""
    return edit.fontMetrics().horizontalAdvance(text) + 8 <= edit.width()


@pytest.mark.parametrize("zoom", [100, 200])
def test_english_date_fields_show_the_whole_date(english_window, demo_services, qapp, qtbot, zoom):
    from renkei_desktop.ui.dialogs.agreement_editor import AgreementEditorDialog

    english_window.navigate("agreements")
    page = english_window.hosted_pages["agreements"]
    longest = texts.date_text(LONGEST)
    assert longest == "28 September 2028"
    try:
        qapp.apply_zoom(zoom)
        qtbot.waitUntil(lambda: _shows_whole(page.member_date, longest), timeout=2000)
        agreement = next(a for a in demo_services.agreements.list_all() if a.title == SETTLEMENT)
        dialog = AgreementEditorDialog(
            demo_services.agreements,
            agreement,
            municipalities=page._municipalities,
            plans=demo_services.plans.list_all(),
            title="test",
            parent=english_window,
        )
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.tabs.setCurrentIndex(2)
        fields = [row.fields["date"] for row in dialog.events.rows]
        qtbot.waitUntil(lambda: all(_shows_whole(field, longest) for field in fields), timeout=2000)
    finally:
        qapp.apply_zoom(100)


def test_japanese_date_fields_keep_their_width(window, qtbot):
    from PySide6.QtWidgets import QLineEdit

    window.navigate("agreements")
    member_date = window.hosted_pages["agreements"].member_date
    qtbot.waitUntil(lambda: member_date.width() == QLineEdit().sizeHint().width())
