"""The UI in English: dates in the Gregorian calendar, ASCII brackets, a navigation as wide as its titles,
lists joined with ", ", field names "Cost item 2: annual total" and the parties named Party A, Party B ….

The English UI writes dates as the English documents and charts do (1 April 2025, domain.wareki
``format_gregorian``): no era year. The Japanese UI is unchanged (令和7年4月1日, full-width brackets, 「、」,
費用項目2 の 年間総額, 甲 and 乙). The English tests switch the UI as the app does (app/gui.py
``install_translators``) and back afterwards.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt

from renkei_desktop.domain.agreements import EventKind
from renkei_desktop.domain.errors import ErrorCode, ValidationIssue
from renkei_desktop.domain.normalize import parse_date
from renkei_desktop.domain.wareki import format_gregorian, format_wareki
from renkei_desktop.ui import agreement_texts as at
from renkei_desktop.ui import change_texts as ct
from renkei_desktop.ui import plan_texts as pt
from renkei_desktop.ui import texts
from renkei_desktop.ui.models.agreement_models import LIST_COLUMNS
from renkei_desktop.ui.widgets.share_table import rule_field_name

SETTLEMENT = "南信州定住自立圏形成協定（飯田市・天龍村）"
CARE_RULES = "南信州介護認定審査会共同設置規約"
CARE_PLAN = "南信州での介護認定審査会の共同設置"
IIDA, TENRYU = "202053", "204137"
NAMES = {IIDA: "飯田市", TENRYU: "天龍村"}
JAPANESE_ONLY = re.compile("[、甲乙丙丁]| の ")  # what the English UI must not write around the records' names
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
    assert re.search(r"18 June 2021\s+Council resolution \(Party A 飯田市\)", detail), detail


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


# --- lists, field names and the parties' letters -------------------------------------------------------


def _name_of(code: str) -> str:
    return NAMES.get(code, code)


def test_japanese_lists_field_names_and_party_letters_are_unchanged(qapp):
    assert texts.join(["飯田市", "天龍村"]) == "飯田市、天龍村"
    assert [texts.party_letter_at(i) for i in (0, 1, 2, 9, 10, 11)] == ["甲", "乙", "丙", "癸", "甲2", "乙2"]
    assert texts.party_letter("丁") == "丁" and texts.party_letter("") == ""
    assert at.party_label("乙", "天龍村") == texts.party_label("乙", "天龍村") == "乙 天龍村"
    assert texts.field_name("cost_items[1].annual_total_yen") == "費用項目2 の 年間総額"
    assert pt.plan_field_name("cost_items[1].annual_total_thousand_yen", _name_of) == "費用項目2 の 年間総額（千円）"
    assert pt.plan_field_name(f"roles[0].roles.{TENRYU}", _name_of) == "役割分担1 の 天龍村"
    assert at.field_name("events[2].date") == "経過3 の 日付"
    assert rule_field_name("participants[2].figures.population", _name_of) == "参加団体3 の 基礎数値 の 人口"
    participants = [{"code": IIDA, "letter": "甲"}, {"code": TENRYU, "letter": "乙"}]
    assert ct.value_text("plan", "participants", participants, _name_of) == "甲 飯田市、乙 天龍村"
    assert ct.value_text("duty", "expertise", ["保健師", "社会福祉士"]) == "保健師、社会福祉士"


def test_english_lists_field_names_and_party_letters_read_as_english(english):
    assert texts.join(["飯田市", "天龍村"]) == "飯田市, 天龍村"
    assert [texts.party_letter_at(i) for i in (0, 1, 2, 9, 10, 11)] == [
        "Party A", "Party B", "Party C", "Party J", "Party A2", "Party B2",
    ]  # fmt: skip
    assert texts.party_letter("丁") == "Party D" and texts.party_letter("") == ""
    assert at.party_label("乙", "天龍村") == texts.party_label("乙", "天龍村") == "Party B 天龍村"
    assert texts.field_name("cost_items[1].annual_total_yen") == "Cost item 2: annual total"
    cost = pt.plan_field_name("cost_items[1].annual_total_thousand_yen", _name_of)
    assert cost.startswith("Cost item 2: "), cost
    assert pt.plan_field_name(f"roles[0].roles.{TENRYU}", _name_of) == "Role row 1: 天龍村"
    assert at.field_name("events[2].date") == "Lifecycle 3: Date"
    assert rule_field_name("participants[2].figures.population", _name_of).startswith("Parties 3: ")
    participants = [{"code": IIDA, "letter": "甲"}, {"code": TENRYU, "letter": "乙"}]
    assert ct.value_text("plan", "participants", participants, _name_of) == "Party A 飯田市, Party B 天龍村"
    assert ct.value_text("duty", "expertise", ["保健師", "社会福祉士"]) == "保健師, 社会福祉士"
    named = [cost, at.field_name("events[2].date"), rule_field_name("rule.components[1].weight", _name_of)]
    assert not any(JAPANESE_ONLY.search(text) for text in named), named


def test_english_plan_messages_name_the_field_in_english(english):
    issue = ValidationIssue("cost_items[1].annual_total_thousand_yen", ErrorCode.NEGATIVE, {"value": "-1"})
    message = pt.plan_issue_text(issue, _name_of)
    assert message.startswith("Cost item 2: ") and "(entered: -1)" in message, message
    assert " の " not in message and "費用項目" not in message, message


def _parties_column(window, title: str) -> tuple[str, str]:  # noqa: ANN001
    """The Parties cell of the agreement ``title`` in the agreements table, and its tooltip."""
    window.navigate("agreements")
    model = window.hosted_pages["agreements"].model
    column = LIST_COLUMNS.index("parties")
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == title)
    index = model.index(row, column)
    return index.data(), index.data(Qt.ItemDataRole.ToolTipRole)


def test_japanese_agreements_table_lists_the_parties_with_their_letters(window):
    assert _parties_column(window, SETTLEMENT) == ("甲 飯田市、乙 天龍村", "甲 飯田市\n乙 天龍村")
    assert _parties_column(window, CARE_RULES)[0] == "甲 飯田市、乙 阿南町、丙 泰阜村、丁 天龍村"


def test_english_agreements_table_lists_the_parties_as_party_a_party_b(english_window, demo_services):
    assert _parties_column(english_window, SETTLEMENT) == (
        "Party A 飯田市, Party B 天龍村",
        "Party A 飯田市\nParty B 天龍村",
    )
    assert _parties_column(english_window, CARE_RULES)[0] == (
        "Party A 飯田市, Party B 阿南町, Party C 泰阜村, Party D 天龍村"
    )
    page = english_window.hosted_pages["agreements"]
    agreement = next(a for a in demo_services.agreements.list_all() if a.title == SETTLEMENT)
    page.select_agreement(agreement.id)
    detail = page.detail.toPlainText().replace(SETTLEMENT, "")
    assert "Party A 長野県飯田市" in detail and not JAPANESE_ONLY.search(detail), detail
    page.member_date.setText("2024-04-01")
    page._update_members()
    members = page.members.text()
    assert members.endswith("Party A 飯田市, Party B 天龍村"), members


def _plan_texts(window, services, name: str) -> dict[str, object]:  # noqa: ANN001
    window.navigate("plans")
    page = window.hosted_pages["plans"]
    plan = next(p for p in services.plans.list_all() if p.name == name)
    page.select_duty(plan.duty_id)
    page.select_plan(plan.id)
    roles = page.roles_model
    checklist = page.checklist_model
    return {
        "parties": page.parties_text.text().split("\n")[:2],
        "lead": page.comparison_model.value(plan.id, "lead"),
        "compared": page.comparison_model.value(plan.id, "parties").split("\n"),
        "roles": [roles.headerData(c, Qt.Orientation.Horizontal) for c in range(1, roles.columnCount())],
        "checklist": {checklist.index(r, checklist.PARTY).data() for r in range(checklist.rowCount())} - {""},
    }


def test_japanese_plans_page_names_the_parties_with_their_letters(window, demo_services):
    shown = _plan_texts(window, demo_services, CARE_PLAN)
    assert shown["parties"] == ["甲 飯田市（幹事団体）", "乙 阿南町（構成団体）"]
    assert shown["lead"] == "幹事団体: 甲 飯田市"
    assert shown["compared"] == shown["roles"] == ["甲 飯田市", "乙 阿南町", "丙 泰阜村", "丁 天龍村"]
    assert shown["checklist"] == {"甲 飯田市", "乙 阿南町", "丙 泰阜村", "丁 天龍村"}


def test_english_plans_page_names_the_parties_party_a_party_b(english_window, demo_services):
    shown = _plan_texts(english_window, demo_services, CARE_PLAN)
    assert shown["parties"] == ["Party A 飯田市 (Coordinating body)", "Party B 阿南町 (Member)"]
    assert shown["lead"] == "Coordinating body: Party A 飯田市"
    english = ["Party A 飯田市", "Party B 阿南町", "Party C 泰阜村", "Party D 天龍村"]
    assert shown["compared"] == shown["roles"] == english
    assert shown["checklist"] == set(english)


def _plan_editor_letters(parent, services) -> tuple[list[str], list[str]]:  # noqa: ANN001
    from renkei_desktop.ui.dialogs.plan_editor import PlanEditorDialog

    plan = next(p for p in services.plans.list_all() if p.name == CARE_PLAN)
    dialog = PlanEditorDialog(services.plans, services.municipalities.all(), plan, title="t", parent=parent)
    model = dialog.participants_model
    letters = [model.index(r, model.LETTER).data() for r in range(model.rowCount())]
    leads = [dialog.lead.itemText(i) for i in range(dialog.lead.count())]
    dialog.deleteLater()
    return letters, leads


def _agreement_editor_letters(window, services) -> tuple[list[str], list[str]]:  # noqa: ANN001
    from renkei_desktop.ui.dialogs.agreement_editor import AgreementEditorDialog

    window.navigate("agreements")
    page = window.hosted_pages["agreements"]
    agreement = next(a for a in services.agreements.list_all() if a.title == CARE_RULES)
    dialog = AgreementEditorDialog(
        services.agreements,
        agreement,
        municipalities=page._municipalities,
        plans=services.plans.list_all(),
        title="test",
        parent=window,
    )
    letters = [row.lead.text() for row in dialog.parties.rows]
    labels = [dialog.party_label(code) for code in dialog.party_codes()]
    dialog.deleteLater()
    return letters, labels


def test_japanese_editors_letter_the_parties_ko_otsu(window, demo_services):
    letters, leads = _plan_editor_letters(window, demo_services)
    assert letters == ["甲", "乙", "丙", "丁"] and leads[0] == "甲 飯田市"
    letters, labels = _agreement_editor_letters(window, demo_services)
    assert letters == ["甲", "乙", "丙", "丁"] and labels[1] == "乙 阿南町"


def test_english_editors_letter_the_parties_party_a_party_b(english_window, demo_services):
    letters, leads = _plan_editor_letters(english_window, demo_services)
    assert letters == ["Party A", "Party B", "Party C", "Party D"] and leads[0] == "Party A 飯田市"
    letters, labels = _agreement_editor_letters(english_window, demo_services)
    assert letters == ["Party A", "Party B", "Party C", "Party D"] and labels[1] == "Party B 阿南町"


def test_the_records_keep_their_japanese_letters_in_the_english_ui(english_window, demo_services):
    """Only what the UI shows is translated: the records (and so the exchange files) keep 甲, 乙."""
    agreement = next(a for a in demo_services.agreements.list_all() if a.title == SETTLEMENT)
    assert [p.letter for p in agreement.parties] == ["甲", "乙"]
    plan = next(p for p in demo_services.plans.list_all() if p.name == CARE_PLAN)
    assert [p.letter for p in plan.participants] == ["甲", "乙", "丙", "丁"]


def _expertise_cell(services) -> str:  # noqa: ANN001
    from renkei_desktop.services.demo import DEMO_HOME
    from renkei_desktop.ui.models.duty_table_model import COLUMNS, DutyTableModel

    duty = next(d for d in services.catalogue.list_duties(DEMO_HOME) if d.name == "簡易水道の維持管理")
    model = DutyTableModel()
    model.set_duties([duty])
    return model.index(0, [key for key, _ in COLUMNS].index("expertise")).data()


def test_japanese_catalogue_lists_the_expertise_with_the_japanese_comma(qapp, demo_services):
    assert _expertise_cell(demo_services) == "水道技術管理者、土木技師"


def test_english_catalogue_lists_the_expertise_with_commas(english, demo_services):
    assert _expertise_cell(demo_services) == "水道技術管理者, 土木技師"
