"""The 連携案 page as a user drives it: compare alternatives, choose one, add/edit/duplicate/delete with
undo, the editor's validation, the procedure checklist, focus from other pages, the portfolio."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from renkei_desktop.domain.methods import CooperationMethod, CouncilType
from renkei_desktop.domain.procedures import StepKind, StepStatus
from renkei_desktop.services.demo import DEMO_HOME
from renkei_desktop.ui.dialogs.method_picker import MethodPickerDialog
from renkei_desktop.ui.dialogs.plan_editor import PlanEditorDialog
from renkei_desktop.ui.models.plan_models import (
    ChecklistModel,
    CostEntry,
    CostItemsModel,
    DutyPlansModel,
    ParticipantEntry,
    ParticipantsModel,
    PlanComparisonModel,
    RoleEntry,
    RoleTableModel,
)
from renkei_desktop.ui.plan_texts import plan_field_name

IIDA, ANAN, NAGANO_PREF = "202053", "204048", "200000"
WATER = "簡易水道の維持管理"
ENTRUST = "飯田市への事務の委託"
SUBSTITUTE = "長野県による事務の代替執行"


def _page(window):
    window.navigate("plans")
    return window.hosted_pages["plans"]


def _duty(services, name):
    return next(d for d in services.catalogue.list_duties(DEMO_HOME) if d.name == name)


def _plan(services, name):
    return next(p for p in services.plans.list_all() if p.name == name)


def _cell(page, plan_id, key):
    return page.comparison_model.value(plan_id, key)


def _editor(qtbot, services, plan):
    dialog = PlanEditorDialog(services.plans, services.municipalities.all(), plan, title="t")
    qtbot.addWidget(dialog)
    return dialog


# --- comparison and choice ----------------------------------------------------------------------


def test_duty_list_shows_plan_count_and_the_chosen_plan_with_star_and_text(window, demo_services):
    page = _page(window)
    model = page.duty_model
    row = model.row_of(_duty(demo_services, WATER).id)
    assert model.index(row, DutyPlansModel.COUNT).data() == "2"
    assert model.index(row, DutyPlansModel.CHOSEN).data() == f"★ 採用: {SUBSTITUTE}"
    no_plans = model.row_of(_duty(demo_services, "火葬場").id)
    assert model.index(no_plans, DutyPlansModel.CHOSEN).data() == "案なし"


def test_filter_to_duties_with_plans(window):
    page = _page(window)
    page.only_with_plans.setChecked(True)
    names = {page.duty_proxy.index(r, 0).data() for r in range(page.duty_proxy.rowCount())}
    assert names == {"介護認定審査会", WATER, "橋梁点検と長寿命化計画", "ごみ処理"}


def test_water_alternatives_need_two_resolutions_each(window, demo_services):
    page = _page(window)
    entrust, substitute = _plan(demo_services, ENTRUST), _plan(demo_services, SUBSTITUTE)
    page.select_plan(entrust.id)
    assert page.comparison_model.columnCount() == 2
    assert _cell(page, entrust.id, "resolutions").startswith("2")
    assert _cell(page, substitute.id, "resolutions").startswith("2")


def test_notification_goes_to_the_minister_when_nagano_prefecture_is_a_party(window, demo_services):
    page = _page(window)
    entrust, substitute = _plan(demo_services, ENTRUST), _plan(demo_services, SUBSTITUTE)
    page.select_plan(substitute.id)
    assert (_cell(page, substitute.id, "approval"), _cell(page, substitute.id, "authority")) == ("届出", "総務大臣")
    assert (_cell(page, entrust.id, "approval"), _cell(page, entrust.id, "authority")) == ("届出", "長野県知事")


def test_comparison_names_lead_role_entity_and_authority_effect(window, demo_services):
    page = _page(window)
    entrust, substitute = _plan(demo_services, ENTRUST), _plan(demo_services, SUBSTITUTE)
    page.select_plan(entrust.id)
    assert _cell(page, entrust.id, "lead") == "受託団体: 甲 飯田市"
    assert _cell(page, substitute.id, "lead") == "代替執行団体: 甲 長野県"
    assert _cell(page, entrust.id, "parties") == "甲 飯田市\n乙 天龍村"
    assert "移る" in _cell(page, entrust.id, "authority_effect")
    assert "残る" in _cell(page, substitute.id, "authority_effect")
    assert _cell(page, entrust.id, "entity") == "設立しない"
    assert (_cell(page, entrust.id, "total"), _cell(page, substitute.id, "total")) == ("18,000", "15,500")
    assert _cell(page, entrust.id, "progress") == "0/8 完了"


def test_partial_union_needs_permission_and_creates_an_entity(window, demo_services):
    page = _page(window)
    union = _plan(demo_services, "南信州ごみ処理の一部事務組合")
    page.select_plan(union.id)
    assert _cell(page, union.id, "approval") == "許可"
    assert _cell(page, union.id, "authority") == "長野県知事"
    assert _cell(page, union.id, "entity").startswith("設立する")
    assert _cell(page, union.id, "resolutions").startswith("6")


def test_choose_moves_the_star_and_undo_redo_replay_it(window, demo_services):
    page = _page(window)
    entrust, substitute = _plan(demo_services, ENTRUST), _plan(demo_services, SUBSTITUTE)
    page.select_plan(entrust.id)
    page.choose_selected()
    assert demo_services.plans.get(entrust.id).chosen and not demo_services.plans.get(substitute.id).chosen
    column = page.comparison_model.column_of(entrust.id)
    assert "★採用" in page.comparison_model.headerData(column, Qt.Orientation.Horizontal)
    row = page.duty_model.row_of(entrust.duty_id)
    assert page.duty_model.index(row, DutyPlansModel.CHOSEN).data() == f"★ 採用: {ENTRUST}"

    window.undo_action.trigger()
    assert not demo_services.plans.get(entrust.id).chosen and demo_services.plans.get(substitute.id).chosen
    assert page.duty_model.index(row, DutyPlansModel.CHOSEN).data() == f"★ 採用: {SUBSTITUTE}"

    window.redo_action.trigger()
    assert demo_services.plans.get(entrust.id).chosen and not demo_services.plans.get(substitute.id).chosen


def test_choose_is_disabled_for_the_plan_already_chosen(window, demo_services):
    page = _page(window)
    page.select_plan(_plan(demo_services, SUBSTITUTE).id)
    assert not page.actions_by_name["choose"].isEnabled()
    page.select_plan(_plan(demo_services, ENTRUST).id)
    assert page.actions_by_name["choose"].isEnabled()


# --- add, edit, duplicate, delete -----------------------------------------------------------------


def test_add_plan_saves_and_undo_redo_replay_it(window, demo_services, monkeypatch):
    page = _page(window)
    duty = _duty(demo_services, "火葬場")
    page.select_duty(duty.id)

    def editor(draft, title):
        return demo_services.plans.parse(
            {"name": "飯田市の火葬場を共同利用", "method": "informal", "participants": [IIDA, DEMO_HOME], "lead_code": IIDA},
            base=draft,
        )

    monkeypatch.setattr(page, "run_editor", editor)
    page.add_plan()
    assert [p.name for p in demo_services.plans.list_for_duty(duty.id)] == ["飯田市の火葬場を共同利用"]
    assert page.comparison_model.columnCount() == 1

    window.undo_action.trigger()
    assert demo_services.plans.list_for_duty(duty.id) == []
    assert page.comparison_model.columnCount() == 0

    window.redo_action.trigger()
    assert [p.name for p in demo_services.plans.list_for_duty(duty.id)] == ["飯田市の火葬場を共同利用"]


def test_new_plan_draft_has_the_home_town_and_the_duty_method(window, demo_services, monkeypatch):
    page = _page(window)
    page.select_duty(_duty(demo_services, "火葬場").id)
    seen = []
    monkeypatch.setattr(page, "run_editor", lambda draft, title: seen.append(draft))
    page.add_plan()
    assert seen[0].party_codes == (DEMO_HOME,)
    assert seen[0].method is CooperationMethod.PARTIAL_UNION  # the demo duty's typical method
    assert demo_services.plans.list_for_duty(seen[0].duty_id) == []  # cancelled: nothing saved


def test_edit_is_saved_and_undo_restores_the_old_plan(window, demo_services, monkeypatch):
    page = _page(window)
    plan = _plan(demo_services, ENTRUST)
    page.select_plan(plan.id)
    monkeypatch.setattr(
        page, "run_editor", lambda p, title: demo_services.plans.parse({"name": "飯田市への委託（改）", "notes": "見積り更新"}, base=p)
    )
    page.edit_selected()
    assert demo_services.plans.get(plan.id).name == "飯田市への委託（改）"
    assert _cell(page, plan.id, "name") == "飯田市への委託（改）"

    window.undo_action.trigger()
    assert demo_services.plans.get(plan.id).name == ENTRUST
    assert demo_services.plans.get(plan.id).notes == ""
    assert _cell(page, plan.id, "name") == ENTRUST


def test_duplicate_adds_an_unchosen_copy_with_a_fresh_checklist(window, demo_services):
    page = _page(window)
    original = _plan(demo_services, SUBSTITUTE)
    page.select_plan(original.id)
    page.duplicate_selected()
    copy = _plan(demo_services, SUBSTITUTE + "（コピー）")
    assert not copy.chosen and copy.id != original.id
    assert copy.party_codes == original.party_codes
    assert copy.cost_items == original.cost_items
    assert all(s.status is StepStatus.NOT_STARTED for s in copy.steps)
    assert demo_services.plans.get(original.id).chosen


def test_delete_asks_first_and_undo_brings_the_same_plan_back(window, demo_services, monkeypatch):
    page = _page(window)
    plan = _plan(demo_services, SUBSTITUTE)
    page.select_plan(plan.id)

    monkeypatch.setattr(page, "confirm", lambda title, text: False)
    page.delete_selected()
    assert demo_services.plans.get(plan.id) is not None

    asked = []
    monkeypatch.setattr(page, "confirm", lambda title, text: asked.append(text) or True)
    page.delete_selected()
    assert SUBSTITUTE in asked[0] and "採用した案" in asked[0]
    assert demo_services.plans.get(plan.id) is None
    assert page.comparison_model.columnCount() == 1

    window.undo_action.trigger()
    restored = demo_services.plans.get(plan.id)
    assert restored is not None and restored.chosen
    assert page.comparison_model.column_of(plan.id) >= 0


def test_delete_key_in_the_comparison_goes_through_the_confirmation(window, demo_services, qtbot, monkeypatch):
    page = _page(window)
    plan = _plan(demo_services, ENTRUST)
    page.select_plan(plan.id)
    page.comparison.setFocus()
    asked = []
    monkeypatch.setattr(page, "confirm", lambda title, text: asked.append(text) or False)
    qtbot.keyClick(page.comparison, Qt.Key.Key_Delete)
    assert asked and ENTRUST in asked[0]
    assert demo_services.plans.get(plan.id) is not None


# --- the editor ----------------------------------------------------------------------------------


def test_editor_reports_a_lead_that_is_not_a_participant_and_returns_nothing(qtbot, demo_services):
    plan = _plan(demo_services, ENTRUST)
    dialog = _editor(qtbot, demo_services, plan)
    dialog.set_lead(ANAN)  # 阿南町 is not a party of this plan
    dialog.accept()
    assert dialog.result_plan is None
    assert "阿南町 が参加団体に含まれていません" in dialog.error_text("lead_code")
    assert "1件" in dialog.summary.text()
    assert demo_services.plans.get(plan.id) == plan


def test_editor_marks_a_negative_amount_in_its_cell(qtbot, demo_services):
    plan = _plan(demo_services, ENTRUST)
    dialog = _editor(qtbot, demo_services, plan)
    costs = dialog.costs_model
    costs.setData(costs.index(0, CostItemsModel.TOTAL), "-500")
    dialog.accept()
    assert dialog.result_plan is None
    assert "費用項目1 の 年間総額（千円）に負の値は入力できません" in dialog.error_text("cost_items")
    assert costs.cell_error(0, CostItemsModel.TOTAL)
    assert costs.index(0, CostItemsModel.TOTAL).data().startswith("⚠")
    assert dialog.tabs.currentIndex() == 2 and dialog.tabs.tabText(2).startswith("⚠")
    assert demo_services.plans.get(plan.id) == plan


def test_editor_reports_specific_revenue_above_the_total(qtbot, demo_services):
    plan = _plan(demo_services, ENTRUST)
    dialog = _editor(qtbot, demo_services, plan)
    costs = dialog.costs_model
    costs.setData(costs.index(0, CostItemsModel.REVENUE), "２０，０００")  # 千円, full width, above 18,000
    dialog.accept()
    assert dialog.result_plan is None
    message = dialog.error_text("cost_items")
    assert "特定財源（20,000,000円）が総額（18,000,000円）を超えています" in message
    assert costs.cell_error(0, CostItemsModel.REVENUE)
    assert demo_services.plans.get(plan.id) == plan


def test_editor_messages_follow_the_fix_after_a_failed_save(qtbot, demo_services):
    dialog = _editor(qtbot, demo_services, _plan(demo_services, ENTRUST))
    dialog.name.clear()
    dialog.accept()
    assert "案の名称を入力してください" in dialog.error_text("name")
    dialog.name.setText("委託案")
    assert dialog.error_text("name") == ""


def test_editor_accepts_full_width_thousand_yen(qtbot, demo_services):
    dialog = _editor(qtbot, demo_services, _plan(demo_services, ENTRUST))
    costs = dialog.costs_model
    costs.setData(costs.index(0, CostItemsModel.TOTAL), "１８，５００")
    costs.setData(costs.index(0, CostItemsModel.REVENUE), "1,500.5")
    dialog.workload.setText("２．５")
    dialog.accept()
    item = dialog.result_plan.cost_items[0]
    assert (item.annual_total_yen, item.specific_revenue_yen) == (18_500_000, 1_500_500)
    assert str(dialog.result_plan.workload_person_years) == "2.5"


def test_editor_orders_parties_as_ko_otsu_hei_with_their_roles(qtbot, demo_services):
    dialog = _editor(qtbot, demo_services, _plan(demo_services, ENTRUST))
    dialog.add_party(ANAN)
    parties = dialog.participants_model
    parties.setData(parties.index(2, ParticipantsModel.ROLE), "事務の一部を委託")
    parties.move(2, -1)
    assert [parties.index(r, ParticipantsModel.LETTER).data() for r in range(3)] == ["甲", "乙", "丙"]
    assert parties.index(1, ParticipantsModel.NAME).data() == "阿南町"
    assert parties.index(0, ParticipantsModel.POSITION).data() == "受託団体"
    assert parties.index(1, ParticipantsModel.POSITION).data() == "委託団体"
    dialog.accept()
    plan = dialog.result_plan
    assert [(p.letter, p.code, p.role) for p in plan.participants] == [
        ("甲", IIDA, ""),
        ("乙", ANAN, "事務の一部を委託"),
        ("丙", DEMO_HOME, ""),
    ]


def test_editor_role_table_has_a_column_per_party(qtbot, demo_services):
    dialog = _editor(qtbot, demo_services, _plan(demo_services, ENTRUST))
    roles = dialog.roles_model
    assert [roles.headerData(c, Qt.Orientation.Horizontal) for c in range(roles.columnCount())] == [
        "取組",
        "甲 飯田市",
        "乙 天龍村",
    ]
    row = roles.add_row()
    roles.setData(roles.index(row, 0), "水質検査")
    roles.setData(roles.index(row, 1), "検査の実施")
    roles.setData(roles.index(row, 2), "検体の採取")
    dialog.accept()
    assert dialog.result_plan.roles[0].roles == {IIDA: "検査の実施", DEMO_HOME: "検体の採取"}


def test_editor_liaison_council_needs_no_resolution_and_has_a_coordinator(qtbot, demo_services):
    dialog = _editor(qtbot, demo_services, _plan(demo_services, ENTRUST))
    dialog.set_method(CooperationMethod.COUNCIL, CouncilType.LIAISON)
    assert dialog.lead_caption.text() == "幹事団体(&L):"
    assert "議会の議決: 不要" in dialog.method_details.text()
    dialog.accept()
    assert dialog.result_plan.method is CooperationMethod.COUNCIL
    assert dialog.result_plan.council_type is CouncilType.LIAISON


def test_editor_uses_the_method_picker_hook(qtbot, demo_services, monkeypatch):
    dialog = _editor(qtbot, demo_services, _plan(demo_services, ENTRUST))
    monkeypatch.setattr(dialog, "choose_method", lambda: (CooperationMethod.SUBSTITUTE_EXECUTION, None))
    dialog.method_button.click()
    assert dialog.method_text.text() == "事務の代替執行"
    assert dialog.lead_caption.text() == "代替執行団体(&L):"


def test_method_picker_explains_each_method_with_its_article(qtbot):
    dialog = MethodPickerDialog(CooperationMethod.ENTRUSTMENT, party_codes=[NAGANO_PREF, DEMO_HOME])
    qtbot.addWidget(dialog)
    assert dialog.values["article"].text() == "地方自治法第252条の14"
    assert "移る" in dialog.values["authority"].text()
    assert "この案では: 総務大臣" in dialog.values["recipient"].text()
    dialog.select(CooperationMethod.SUBSTITUTE_EXECUTION)
    assert "残る" in dialog.values["authority"].text()
    dialog.select(CooperationMethod.PARTIAL_UNION)
    assert dialog.values["entity"].text().startswith("つくる")
    assert dialog.values["approval"].text() == "許可"
    dialog.select(CooperationMethod.COUNCIL, CouncilType.LIAISON)
    assert dialog.values["resolution"].text().startswith("不要")
    dialog.accept()
    assert (dialog.chosen_method, dialog.chosen_council_type) == (CooperationMethod.COUNCIL, CouncilType.LIAISON)


# --- the checklist -------------------------------------------------------------------------------


def _step_row(page, kind, party=None):
    model = page.checklist_model
    return next(
        r for r in range(model.rowCount()) if model.step(r).kind is kind and (party is None or model.step(r).party_code == party)
    )


def test_checklist_accepts_a_wareki_date_and_undo_clears_it(window, demo_services):
    page = _page(window)
    plan = _plan(demo_services, ENTRUST)
    page.select_plan(plan.id)
    model = page.checklist_model
    row = _step_row(page, StepKind.CONSULTATION)
    model.setData(model.index(row, ChecklistModel.DATE), "令和6年4月1日")
    model.setData(model.index(row, ChecklistModel.STATUS), "done")
    saved = next(s for s in demo_services.plans.get(plan.id).steps if s.kind is StepKind.CONSULTATION)
    assert (saved.date, saved.status) == (date(2024, 4, 1), StepStatus.DONE)
    assert model.index(row, ChecklistModel.DATE).data() == "令和6年4月1日"
    assert _cell(page, plan.id, "progress") == "1/8 完了"

    window.undo_action.trigger()  # the status
    window.undo_action.trigger()  # the date
    saved = next(s for s in demo_services.plans.get(plan.id).steps if s.kind is StepKind.CONSULTATION)
    assert (saved.date, saved.status) == (None, StepStatus.NOT_STARTED)


def test_checklist_resolution_before_consultation_is_shown_in_its_row_and_not_saved(window, demo_services):
    page = _page(window)
    plan = _plan(demo_services, ENTRUST)
    page.select_plan(plan.id)
    model = page.checklist_model
    model.setData(model.index(_step_row(page, StepKind.CONSULTATION), ChecklistModel.DATE), "2024-04-01")
    row = _step_row(page, StepKind.COUNCIL_RESOLUTION, IIDA)
    model.setData(model.index(row, ChecklistModel.DATE), "2024-03-01")
    message = model.index(row, ChecklistModel.CHECK).data()
    assert message.startswith("⚠")
    assert "議会の議決（飯田市）の日付（令和6年3月1日）が協議の日付（令和6年4月1日）より前" in message
    assert page.checklist_message.isVisibleTo(page) and "保存はしていません" in page.checklist_message.text()
    saved = next(s for s in demo_services.plans.get(plan.id).steps if s.key == f"council_resolution:{IIDA}")
    assert saved.date is None


def test_checklist_fixing_the_date_saves_and_clears_the_message(window, demo_services):
    page = _page(window)
    plan = _plan(demo_services, ENTRUST)
    page.select_plan(plan.id)
    model = page.checklist_model
    model.setData(model.index(_step_row(page, StepKind.CONSULTATION), ChecklistModel.DATE), "2024-04-01")
    row = _step_row(page, StepKind.COUNCIL_RESOLUTION, IIDA)
    model.setData(model.index(row, ChecklistModel.DATE), "2024-03-01")
    model.setData(model.index(row, ChecklistModel.DATE), "2024-06-20")
    assert model.error_of(f"council_resolution:{IIDA}") == ""
    assert not page.checklist_message.isVisibleTo(page)
    saved = next(s for s in demo_services.plans.get(plan.id).steps if s.key == f"council_resolution:{IIDA}")
    assert saved.date == date(2024, 6, 20)


def test_checklist_done_without_a_date_asks_for_the_date(window, demo_services):
    page = _page(window)
    plan = _plan(demo_services, ENTRUST)
    page.select_plan(plan.id)
    model = page.checklist_model
    row = _step_row(page, StepKind.CONSULTATION)
    model.setData(model.index(row, ChecklistModel.STATUS), "done")
    assert "日付を入力してください" in model.index(row, ChecklistModel.CHECK).data()
    assert demo_services.plans.get(plan.id).steps == plan.steps


def test_checklist_notification_names_the_minister_for_the_prefecture_plan(window, demo_services):
    page = _page(window)
    page.select_plan(_plan(demo_services, SUBSTITUTE).id)
    row = _step_row(page, StepKind.NOTIFICATION)
    assert page.checklist_model.index(row, ChecklistModel.AUTHORITY).data() == "総務大臣"


# --- focus from other pages, portfolio, sharing panel -----------------------------------------------


def test_navigate_with_a_plan_id_selects_that_plan_and_its_duty(window, demo_services):
    plan = _plan(demo_services, ENTRUST)
    window.navigate("plans", plan.id)
    page = window.hosted_pages["plans"]
    assert page.selected_duty().name == WATER
    assert page.selected_plan().id == plan.id
    assert "飯田市への事務の委託" in page.checklist_progress.text()


def test_navigate_from_the_advisor_opens_a_new_plan_with_the_partners(window, demo_services, monkeypatch):
    page = window.hosted_pages["plans"]
    duty = _duty(demo_services, "火葬場")
    seen = []
    monkeypatch.setattr(page, "run_editor", lambda draft, title: seen.append((draft, title)))
    window.navigate("plans", {"duty_id": duty.id, "partners": [IIDA, ANAN]})
    draft, title = seen[0]
    assert page.selected_duty().id == duty.id
    assert draft.party_codes == (IIDA, ANAN, DEMO_HOME)
    assert [p.letter for p in draft.participants] == ["甲", "乙", "丙"]
    assert draft.lead_code == IIDA and "火葬場" in title


def test_navigate_from_the_advisor_clears_a_filter_that_hides_the_duty(window, demo_services, monkeypatch):
    page = _page(window)
    page.only_with_plans.setChecked(True)
    duty = _duty(demo_services, "火葬場")
    monkeypatch.setattr(page, "run_editor", lambda draft, title: None)
    window.navigate("plans", {"duty_id": duty.id, "partners": [IIDA]})
    assert page.selected_duty().id == duty.id
    assert not page.only_with_plans.isChecked()


def test_portfolio_shows_the_home_town_first_in_bold_with_a_marker(window, demo_services):
    page = _page(window)
    model = page.portfolio_model
    first = model.index(0, 0)
    assert first.data() == "◎ 長野県天龍村（自団体）"
    assert first.data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, 1).data() == "4"  # 介護認定審査会, 簡易水道, 橋梁, ごみ処理
    other = model.row_of(NAGANO_PREF)
    assert model.index(other, 0).data() == "長野県"
    assert model.index(other, 1).data() == "2"
    assert model.index(other, 2).data() == "27,500"  # 15,500 + 12,000 千円


def test_portfolio_follows_the_choice(window, demo_services):
    page = _page(window)
    page.select_plan(_plan(demo_services, ENTRUST).id)
    page.choose_selected()
    model = page.portfolio_model
    assert model.index(model.row_of(NAGANO_PREF), 1).data() == "1"
    assert model.index(model.row_of(IIDA), 1).data() == "3"


def test_sharing_panel_says_the_rule_is_not_set_for_an_item_without_a_rule(window, demo_services):
    page = _page(window)
    duty = _duty(demo_services, "火葬場")
    plan, _ = demo_services.plans.add(
        demo_services.plans.parse(
            {
                "duty_id": duty.id, "name": "火葬場の共同利用", "method": "informal", "lead_code": IIDA,
                "participants": [IIDA, DEMO_HOME],
                "cost_items": [{"name": "施設使用料", "annual_total_yen": 2_000_000, "specific_revenue_yen": 500_000}],
            }
        )
    )  # fmt: skip
    page.reload(select_plan_id=plan.id)
    page.details.setCurrentIndex(1)
    page.costs.selectRow(0)
    assert page.sharing_panel.title() == "負担の配分: 施設使用料"
    assert page.sharing_panel.state.text() == "配分ルール未設定"
    assert "1,500 千円" in page.sharing_panel.detail.text()
    assert page.costs_model.index(0, CostItemsModel.SHARING).data() == "配分ルール未設定"


def test_plan_field_names_name_the_plan_not_a_duty():
    assert plan_field_name("name", str) == "案の名称"
    assert plan_field_name("cost_items[1].annual_total_thousand_yen", str) == "費用項目2 の 年間総額（千円）"
    assert plan_field_name("cost_items[0].name", str) == "費用項目1 の 名称"
    assert plan_field_name("roles[0].roles.204137", lambda c: "天龍村") == "役割分担1 の 天龍村"
    assert plan_field_name("steps.council_resolution:204137.date", lambda c: "天龍村") == "手続「議会の議決（天龍村）」の日付"


# --- the models pass Qt's model checks ----------------------------------------------------------------


def test_duty_model_and_proxy_pass_the_model_tester(window, qtmodeltester):
    page = _page(window)
    qtmodeltester.check(page.duty_model)
    qtmodeltester.check(page.duty_proxy)


def test_comparison_model_passes_the_model_tester(window, demo_services, qtmodeltester):
    page = _page(window)
    page.select_plan(_plan(demo_services, ENTRUST).id)
    qtmodeltester.check(page.comparison_model)
    qtmodeltester.check(PlanComparisonModel())  # no plans


def test_checklist_model_passes_the_model_tester(window, demo_services, qtmodeltester):
    page = _page(window)
    page.select_plan(_plan(demo_services, ENTRUST).id)
    qtmodeltester.check(page.checklist_model)


def test_portfolio_and_costs_models_pass_the_model_tester(window, qtmodeltester):
    page = _page(window)
    qtmodeltester.check(page.portfolio_model)
    qtmodeltester.check(page.costs_model)


@pytest.mark.parametrize("kind", ["participants", "roles", "costs"])
def test_editor_models_pass_the_model_tester(qtmodeltester, kind):
    if kind == "participants":
        model = ParticipantsModel(str)
        model.set_entries([ParticipantEntry(IIDA, "受託"), ParticipantEntry(DEMO_HOME)])
        model.set_positions(IIDA, "受託団体", "委託団体")
    elif kind == "roles":
        model = RoleTableModel(str)
        model.set_entries([RoleEntry("水質検査", {IIDA: "実施"})], [IIDA, DEMO_HOME])
    else:
        model = CostItemsModel()
        model.set_entries([CostEntry("運営費", "1,000", "0"), CostEntry("建設費", "abc", "0", '{"x": 1}')])
    qtmodeltester.check(model)


def test_the_selected_plan_shows_each_partys_share_and_the_portfolio_its_amounts(window, demo_services):
    page = window.hosted_pages["plans"]
    plan = next(p for p in demo_services.plans.list_all() if p.name.startswith("南信州での介護認定審査会"))
    window.navigate("plans", plan.id)
    page.costs.selectRow(0)
    page._show_sharing()
    shares = demo_services.shares.plan_shares(plan)
    assert page.share_table.isEnabled()
    assert page.rule_button.isEnabled()
    home_total = sum(item.share_of("204137") for item in shares.items if item.state == "ok")
    assert home_total > 0
    portfolio = demo_services.shares.portfolio("204137", demo_services.plans.list_all())
    assert portfolio is not None


def test_edit_rule_goes_through_the_rule_editor_hook(window, demo_services, monkeypatch):
    page = window.hosted_pages["plans"]
    plan = next(p for p in demo_services.plans.list_all() if p.name.startswith("南信州での介護認定審査会"))
    window.navigate("plans", plan.id)
    page.costs.selectRow(0)
    opened = []
    monkeypatch.setattr(page, "run_rule_editor", lambda p, index: opened.append((p.id, index)) or None)
    page.edit_rule()
    assert opened == [(plan.id, 0)]
