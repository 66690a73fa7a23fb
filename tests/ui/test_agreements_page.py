"""The 協定・規約 page, its editor and the reviews notice, driven as a user would (real services, demo data)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from renkei_desktop.domain.agreements import EventKind
from renkei_desktop.services.demo import ANAN, DEMO_HOME, IIDA, NAGANO_PREF
from renkei_desktop.ui.dialogs.agreement_editor import AgreementEditorDialog
from renkei_desktop.ui.models.agreement_models import (
    AgreementFilterProxy,
    AgreementTableModel,
    RoleTableModel,
    UsageShareModel,
)
from renkei_desktop.ui.widgets.reviews_banner import ReviewsBanner
from tests.ui.conftest import ime_type

SETTLEMENT = "南信州定住自立圏形成協定（飯田市・天龍村）"
CARE_BOARD = "南信州介護認定審査会共同設置規約"


def _page(window):
    window.navigate("agreements")
    return window.hosted_pages["agreements"]


def _banner(window) -> ReviewsBanner:
    return window.hosted_pages["notice:ReviewsBanner"]


def _by_title(services, title):
    return next(a for a in services.agreements.list_all() if a.title == title)


def _titles(page):
    return [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]


def _editor(window, agreement, subject=""):
    page = _page(window)
    dialog = AgreementEditorDialog(
        window.services.agreements,
        agreement,
        municipalities=page._municipalities,
        plans=window.services.plans.list_all(),
        subject=subject,
        title="test",
        parent=window,
    )
    dialog.show()
    return dialog


def _real_editor(monkeypatch, page, edit=lambda dialog: None, opened=None):
    """run_editor through the real dialog, pressing 保存 without a modal loop."""

    def run(agreement, title, subject=""):
        dialog = _editor(page._window, agreement, subject)
        edit(dialog)
        dialog.accept()
        if opened is not None:
            opened.append(dialog)
        return dialog.result_agreement

    monkeypatch.setattr(page, "run_editor", run)


# --- reviews notice ------------------------------------------------------------------------------


def test_demo_review_is_announced_with_wareki_date_and_days_left(window, demo_services):
    banner = _banner(window)
    [due] = demo_services.agreements.reviews_due(date.today(), 90)
    assert banner.isVisible()
    [text] = [label.text() for label in banner.labels]
    assert text.startswith(f"見直し期限が近い協定があります: {SETTLEMENT} ")
    assert text.endswith(f"（あと{due.days_left}日）")
    assert "令和" in text and not banner.icon.pixmap().isNull()  # an icon and words, not colour alone


def test_open_button_shows_the_agreement_on_its_page(window, demo_services, qtbot):
    banner = _banner(window)
    qtbot.mouseClick(banner.buttons[0], Qt.MouseButton.LeftButton)
    page = window.hosted_pages["agreements"]
    assert window.stack.currentWidget() is page
    assert page.selected_agreement().title == SETTLEMENT


def test_banner_stays_hidden_without_reviews_due(qtbot, fresh_services):
    banner = ReviewsBanner(None)  # a database without agreements
    qtbot.addWidget(banner)
    banner.on_services(fresh_services)
    assert banner.reviews == () and banner.isHidden()


def test_banner_hides_once_the_reviewed_agreement_is_deleted(window, monkeypatch):
    page = _page(window)
    page.select_agreement(_by_title(window.services, SETTLEMENT).id)
    monkeypatch.setattr(page, "confirm", lambda title, text: True)
    page.delete_selected()
    assert _banner(window).isHidden()
    window.undo_action.trigger()
    assert _banner(window).isVisible()


# --- list, filters, focus ------------------------------------------------------------------------


def test_list_shows_kind_lettered_parties_status_and_days_left(window):
    page = _page(window)
    row = page.model.row_of(_by_title(window.services, CARE_BOARD).id)
    cells = [page.model.index(row, c).data() for c in range(page.model.columnCount())]
    assert cells[:4] == [CARE_BOARD, "規約（機関等の共同設置）", "● 施行中", "令和9年3月31日（見直し期限）"]
    assert cells[4].startswith("あと") and cells[5] == "甲 飯田市、乙 阿南町、丙 泰阜村、丁 天龍村"


def test_search_matches_party_names_by_reading_and_width(window):
    page = _page(window)
    ime_type(page.search, "アナン")  # katakana finds 阿南町 (あなんちょう) by its reading
    assert _titles(page) == [CARE_BOARD]
    page.search.clear()
    ime_type(page.search, "定住自立圏")
    assert _titles(page) == [SETTLEMENT]


def test_kind_filter_keeps_only_that_kind(window):
    page = _page(window)
    page.kind.setCurrentIndex(page.kind.findData("settlement"))
    assert _titles(page) == [SETTLEMENT]


def test_in_force_filter_hides_an_agreement_not_yet_in_force(window, demo_services):
    draft = demo_services.agreements.parse(
        {"kind": "informal", "title": "災害時相互応援協定", "parties": [IIDA, DEMO_HOME]}
    )
    demo_services.agreements.add(draft)
    page = _page(window)
    page.reload()
    assert "災害時相互応援協定" in _titles(page)
    page.in_force.setChecked(True)
    assert sorted(_titles(page)) == sorted([CARE_BOARD, SETTLEMENT])


def test_focus_record_clears_a_hiding_filter_and_selects(window):
    page = _page(window)
    ime_type(page.search, "介護")
    page.focus_record(_by_title(window.services, SETTLEMENT).id)
    assert page.search.text() == "" and page.selected_agreement().title == SETTLEMENT


def test_members_on_a_date_follow_join_and_leave(window, demo_services):
    values = {
        "kind": "compact",
        "title": "南信州圏域連携協約",
        "parties": [IIDA, {"code": DEMO_HOME, "left": "2024-04-01"}, {"code": ANAN, "joined": "2022-04-01"}],
        "clauses": {"meetings_per_year": 1},
        "events": [{"kind": "effective", "date": "2020-04-01"}],
    }
    saved, _ = demo_services.agreements.add(demo_services.agreements.parse(values))
    page = _page(window)
    page.reload()
    page.select_agreement(saved.id)
    page.member_date.setText("令和5年4月1日")
    page.member_date.editingFinished.emit()
    assert page.members.text() == "令和5年4月1日時点の構成団体（3団体）: 甲 飯田市、乙 天龍村、丙 阿南町"
    page.member_date.setText("2024-04-01")  # the leave date: no longer a member
    page.member_date.editingFinished.emit()
    assert page.members.text() == "令和6年4月1日時点の構成団体（2団体）: 甲 飯田市、丙 阿南町"


# --- create, edit, delete, undo ------------------------------------------------------------------


def test_creating_from_the_chosen_care_board_plan_gives_ko_otsu_hei_tei(window, demo_services, monkeypatch):
    page = _page(window)
    offered = []

    def choose(plans):
        offered.extend(plans)
        return next(p for p in plans if "介護認定審査会" in p.name)

    monkeypatch.setattr(page, "choose_plan", choose)
    _real_editor(monkeypatch, page)
    page.add_from_plan()
    assert offered and all(p.chosen for p in offered)
    saved = page.selected_agreement()
    assert saved.id is not None and demo_services.agreements.get(saved.id) == saved
    assert [(p.letter, p.code) for p in saved.parties] == [("甲", IIDA), ("乙", ANAN), ("丙", "204145"), ("丁", DEMO_HOME)]
    assert saved.plan_id == next(p.id for p in offered if "介護認定審査会" in p.name)
    assert "介護認定審査会に関し、機関を共同して設置する" in saved.clauses.purpose


def test_new_agreement_by_hand_can_take_the_prefecture_as_a_party(window, demo_services, monkeypatch):
    page = _page(window)
    municipalities = page._municipalities

    def edit(dialog):
        picks = iter([municipalities[NAGANO_PREF], municipalities[DEMO_HOME]])
        dialog.choose_party = lambda: next(picks)
        dialog.add_party_from_picker()
        dialog.add_party_from_picker()
        ime_type(dialog.title_edit, "橋梁の維持管理に関する連携協約")

    _real_editor(monkeypatch, page, edit)
    page.add_blank()
    saved = page.selected_agreement()
    assert saved.title == "橋梁の維持管理に関する連携協約"
    assert [(p.letter, p.code) for p in saved.parties] == [("甲", NAGANO_PREF), ("乙", DEMO_HOME)]
    assert "総務大臣に対し" in saved.clauses.dispute_resolution  # 紛争解決 follows the parties
    assert saved.clauses.meetings_per_year == 1


def test_resolution_before_consultation_is_refused_naming_both_dates(window, demo_services, monkeypatch):
    page = _page(window)
    before = _by_title(demo_services, SETTLEMENT)
    page.select_agreement(before.id)
    opened = []

    def edit(dialog):
        row = dialog.events.rows[1]  # 議会議決 of 飯田市, 2021-06-18
        row.fields["date"].setText("2021-03-01")

    _real_editor(monkeypatch, page, edit, opened)
    page.edit_selected()
    [dialog] = opened
    message = dialog.events.rows[1].error.text()
    assert "議会議決（甲 飯田市）の日付（令和3年3月1日）が協議開始の日付（令和3年4月1日）より前" in message
    assert dialog.events.rows[1].error.isVisible() and dialog.tabs.currentIndex() == 2
    assert dialog.result_agreement is None
    assert demo_services.agreements.get(before.id) == before  # nothing saved
    assert window.undo_stack.count() == 0


def test_compact_without_a_yearly_meeting_is_refused_beside_the_field(window, demo_services):
    draft = demo_services.agreements.parse(
        {"kind": "compact", "title": "連携協約", "parties": [IIDA, DEMO_HOME], "clauses": {"meetings_per_year": 1}}
    )
    dialog = _editor(window, draft)
    dialog.meetings.setValue(0)
    dialog.accept()
    error = dialog.findChild(type(dialog.summary), "error_clauses_meetings_per_year")
    assert error.isVisible() and "連絡会議は年1回以上" in error.text()
    assert dialog.result_agreement is None and dialog.tabs.currentIndex() == 1


def test_leaving_before_joining_is_refused_beside_the_party(window, demo_services):
    dialog = _editor(window, _by_title(demo_services, SETTLEMENT))
    row = dialog.parties.rows[1]
    row.fields["joined"].setText("令和5年4月1日")
    row.fields["left"].setText("令和4年3月31日")
    dialog.accept()
    assert "脱退日（乙 天龍村）の日付（令和4年3月31日）が加入日（乙 天龍村）の日付（令和5年4月1日）より前" in row.error.text()
    assert dialog.result_agreement is None


def test_edit_is_saved_and_undo_restores_the_old_title(window, demo_services, monkeypatch):
    page = _page(window)
    before = _by_title(demo_services, CARE_BOARD)
    page.select_agreement(before.id)

    def edit(dialog):
        dialog.title_edit.clear()
        ime_type(dialog.title_edit, "南信州介護認定審査会規約")

    _real_editor(monkeypatch, page, edit)
    page.edit_selected()
    assert demo_services.agreements.get(before.id).title == "南信州介護認定審査会規約"
    window.undo_action.trigger()
    assert demo_services.agreements.get(before.id).title == CARE_BOARD
    assert page.model.agreement(page.model.row_of(before.id)).title == CARE_BOARD


def test_delete_asks_first_and_undo_brings_the_same_agreement_back(window, demo_services, monkeypatch):
    page = _page(window)
    agreement = _by_title(demo_services, CARE_BOARD)
    page.select_agreement(agreement.id)
    monkeypatch.setattr(page, "confirm", lambda title, text: False)
    page.delete_selected()
    assert demo_services.agreements.get(agreement.id) is not None  # declined

    asked = []
    monkeypatch.setattr(page, "confirm", lambda title, text: asked.append(text) or True)
    page.delete_selected()
    assert CARE_BOARD in asked[0]
    assert demo_services.agreements.get(agreement.id) is None and page.model.row_of(agreement.id) < 0

    window.undo_action.trigger()
    restored = demo_services.agreements.get(agreement.id)
    assert restored is not None and restored.events == agreement.events and restored.parties == agreement.parties
    window.redo_action.trigger()
    assert demo_services.agreements.get(agreement.id) is None


def test_delete_key_goes_through_the_confirmation(window, qtbot, monkeypatch):
    page = _page(window)
    page.table.selectRow(0)
    page.table.setFocus()
    asked = []
    monkeypatch.setattr(page, "confirm", lambda title, text: asked.append(text) or False)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert asked and page.model.rowCount() == 2


# --- editor details ------------------------------------------------------------------------------


def test_compact_dispute_clause_defaults_to_dispute_commissioners(window, demo_services):
    draft = demo_services.agreements.parse(
        {"kind": "informal", "title": "協定", "parties": [IIDA, DEMO_HOME]}
    )
    dialog = _editor(window, draft)
    dialog.kind.setCurrentIndex(dialog.kind.findData("compact"))
    text = dialog.clause_edits["dispute_resolution"].toPlainText()
    assert "自治紛争処理委員による紛争を処理するための方策の提示" in text


def test_role_table_has_a_column_per_party_and_is_saved(window, demo_services):
    dialog = _editor(window, _by_title(demo_services, SETTLEMENT))
    model = dialog.role_model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == ["取組", "甲 飯田市の役割", "乙 天龍村の役割"]
    row = model.add_row()
    model.setData(model.index(row, 0), "救急医療")
    model.setData(model.index(row, 2), "搬送体制の確保")
    dialog.accept()
    [role] = dialog.result_agreement.clauses.roles
    assert role.initiative == "救急医療" and dict(role.roles) == {DEMO_HOME: "搬送体制の確保"}


def test_facility_usage_shares_are_shown_in_percent(window, demo_services):
    dialog = _editor(window, _by_title(demo_services, SETTLEMENT))
    dialog.add_facility("特別養護老人ホーム飯田荘", IIDA, "介護施設", "延べ入所日数")
    dialog._facilities_changed()
    dialog.add_usage("特別養護老人ホーム飯田荘", IIDA, date(2024, 4, 1), date(2025, 3, 31), Decimal(3000))
    dialog.add_usage("特別養護老人ホーム飯田荘", DEMO_HOME, date(2024, 4, 1), date(2025, 3, 31), Decimal(1000))
    dialog.tabs.setCurrentIndex(3)
    model = dialog.share_model
    rows = [[model.index(r, c).data() for c in (2, 3, 4)] for r in range(model.rowCount())]
    assert rows == [["甲 飯田市", "3,000", "75.0"], ["乙 天龍村", "1,000", "25.0"]]
    assert dialog.share_start.text() == "令和6年4月1日"
    dialog.accept()
    assert [u.amount for u in dialog.result_agreement.usages] == [Decimal(3000), Decimal(1000)]


def test_standard_procedure_adds_each_partys_resolution(window, demo_services):
    draft = demo_services.agreements.parse(
        {"kind": "rules_entrustment", "title": "事務の委託に関する規約", "parties": [IIDA, DEMO_HOME]}
    )
    dialog = _editor(window, draft)
    dialog.add_standard_events()
    kinds = [(r.fields["kind"].currentData(), r.fields["party_code"].currentData()) for r in dialog.events.rows]
    assert kinds == [
        (EventKind.CONSULTATION_START.value, None),
        (EventKind.COUNCIL_RESOLUTION.value, IIDA),
        (EventKind.COUNCIL_RESOLUTION.value, DEMO_HOME),
        (EventKind.CONCLUSION.value, None),
        (EventKind.PUBLIC_NOTICE.value, None),
        (EventKind.FILING.value, None),
        (EventKind.EFFECTIVE.value, None),
    ]
    assert dialog.events.rows[5].fields["kind"].currentText() == "届出"


# --- models ---------------------------------------------------------------------------------------


def test_agreement_table_model_passes_the_model_tester(qtmodeltester, demo_services):
    model = AgreementTableModel()
    model.set_agreements(demo_services.agreements.list_all(), date(2026, 1, 1))
    proxy = AgreementFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_text("南信州")
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)


@pytest.mark.parametrize("parties", [0, 2])
def test_role_table_model_passes_the_model_tester(qtmodeltester, parties):
    model = RoleTableModel()
    codes = [IIDA, DEMO_HOME][:parties]
    model.set_parties(codes, ["甲 飯田市", "乙 天龍村"][:parties])
    model.set_rows([("救急医療", {IIDA: "受入れ"}), ("観光", {})])
    qtmodeltester.check(model)


def test_usage_share_model_passes_the_model_tester(qtmodeltester, window, demo_services):
    dialog = _editor(window, _by_title(demo_services, SETTLEMENT))
    dialog.add_facility("図書館", IIDA)
    dialog._facilities_changed()
    dialog.add_usage("図書館", IIDA, date(2024, 4, 1), date(2025, 3, 31), Decimal(10))
    dialog.update_shares()
    assert isinstance(dialog.share_model, UsageShareModel) and dialog.share_model.rowCount() == 1
    qtmodeltester.check(dialog.share_model)


def test_draft_action_works_in_read_only_mode(window, demo_services, monkeypatch):
    """Printing a draft writes nothing: 協定書（案）を出力 stays available while edits are off."""
    opened = []
    monkeypatch.setattr(window, "run_report_dialog", opened.append)  # the dialog, not shown
    page = _page(window)
    window.set_read_only(True, "test")
    target = _by_title(demo_services, CARE_BOARD)
    page.select_agreement(target.id)
    actions = page.actions_by_name
    assert actions["draft"].isEnabled()
    assert not any(actions[name].isEnabled() for name in ("new", "from_plan", "edit", "delete"))
    actions["draft"].trigger()
    assert len(opened) == 1 and opened[0].kind == "agreement"
    assert opened[0].agreement.currentData() == target.id
    opened[0].deleteLater()
