"""The sharing-rule editor and the share tables, over real services and the demo plans."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from renkei_desktop.domain.municipalities import StatKind
from renkei_desktop.domain.sharing import Basis
from renkei_desktop.services.container import Services
from renkei_desktop.services.demo import DEMO_HOME, IIDA, YASUOKA
from renkei_desktop.services.shares import parse_plan_rule
from renkei_desktop.ui.dialogs.sharing_rule_editor import SharingRuleEditor
from renkei_desktop.ui.widgets.share_table import PortfolioTable, ShareTable, yen_text
from tests.ui.conftest import ime_type

CARE = "南信州での介護認定審査会の共同設置"
WASTE = "南信州ごみ処理の一部事務組合"


@pytest.fixture
def services(demo: Services) -> Services:
    return demo


def _plan(services: Services, name: str):
    return next(p for p in services.plans.list_all() if p.name == name)


def _editor(
    qtbot, services: Services, name: str = CARE, index: int | None = 0, **kwargs
) -> SharingRuleEditor:
    dialog = SharingRuleEditor(services, _plan(services, name), index, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _column(model, header: str) -> int:
    return next(
        c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == header
    )


def _save_button(dialog: SharingRuleEditor):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def _delete_statistic(services: Services, code: str, kind: StatKind) -> None:
    stat = next(s for s in services.municipalities.get(code).statistics if s.kind is kind)
    services.municipalities.delete_statistic(stat.id)


# --- the editor -------------------------------------------------------------------------------------


def test_weights_not_adding_up_to_100_show_the_message_and_save_writes_nothing(qtbot, services):
    before = _plan(services, CARE)
    dialog = _editor(qtbot, services)
    population = dialog.rows[2]
    population.weight.setText("30")
    assert dialog.total.text() == "割合の合計: 90% — 配分割合の合計が100%になっていません（100%との差 10%）。"
    _save_button(dialog).click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.total_error.isVisible()
    assert dialog.total_error.text() == "⚠ 配分基準: 配分割合の合計が100%になっていません（合計 90%）。"
    assert "保存はしていません" in dialog.summary.text()
    after = services.plans.get(before.id)
    assert (after.version, after.cost_items[0].rule_json) == (before.version, before.cost_items[0].rule_json)


def test_a_valid_rule_saves_and_the_preview_matches_the_service_result(qtbot, services):
    dialog = _editor(qtbot, services)
    dialog.rows[0].weight.setText("20")
    dialog.rows[1].weight.setText("40")
    dialog.refresh_preview()
    model = dialog.preview_model
    yen_column = _column(model, "負担額\n（円）")
    shown = [model.cell(r, yen_column) for r in range(model.rowCount())]
    _save_button(dialog).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = dialog.saved_plan
    item = services.shares.plan_shares(saved).items[0]
    expected = [yen_text(item.share_of(code)) for code in saved.party_codes] + [yen_text(item.net)]
    assert shown == expected
    rule, _ = parse_plan_rule(saved.cost_items[0].rule_json, saved.party_codes)
    assert [(c.basis, c.weight) for c in rule.components] == [
        (Basis.EQUAL, 20),
        (Basis.ELDERLY_POPULATION, 40),
        (Basis.POPULATION, 40),
    ]


def test_an_unchanged_rule_loads_into_the_inputs_and_saves_the_same_split(qtbot, services):
    plan = _plan(services, WASTE)
    before = services.shares.plan_shares(plan).items[1].allocation.amounts
    dialog = _editor(qtbot, services, WASTE, 1)
    assert [r.current_basis() for r in dialog.rows] == [Basis.EQUAL, Basis.POPULATION, Basis.USAGE]
    assert dialog.rows[0].use_weights.isChecked()
    assert dialog.rows[2].measure.text() == "搬入量"
    assert dialog.remainder.currentData() == "lead_party"
    assert dialog.save()
    assert services.shares.plan_shares(dialog.saved_plan).items[1].allocation.amounts == before


def test_usage_values_typed_per_party_enter_the_split(qtbot, services):
    dialog = _editor(qtbot, services)
    for row in list(dialog.rows):
        dialog.remove_component(row)
    row = dialog.add_component()
    row.set_basis(Basis.USAGE)
    row.weight.setText("100")
    ime_type(row.measure, "審査件数")
    row.reference_date.setText("2024-03-31")
    ime_type(row.source, "令和5年度審査実績")
    for code, value in zip(_plan(services, CARE).party_codes, ("120", "30", "10", "8"), strict=True):
        qtbot.keyClicks(row.usage.edits[code], value)
    item = dialog.refresh_preview()
    assert item.allocation is not None
    assert item.share_of(IIDA) == 6_857_143  # 9,600,000 × 120/168 = 6,857,142.86 (largest remainder)
    figures = dialog.figures_model
    assert {figures.cell(r, 1) for r in range(figures.rowCount())} == {"審査件数"}
    assert figures.cell(0, 3) == "令和6年3月31日"
    assert dialog.save()
    stored = json.loads(dialog.saved_plan.cost_items[0].rule_json)
    assert stored["figures"][DEMO_HOME]["審査件数"]["value"] == 8


def test_a_usage_value_left_empty_is_named_next_to_its_component(qtbot, services):
    dialog = _editor(qtbot, services)
    for row in list(dialog.rows):
        dialog.remove_component(row)
    row = dialog.add_component()
    row.set_basis(Basis.USAGE)
    row.weight.setText("100")
    row.reference_date.setText("2024-03-31")
    row.source.setText("x")
    row.usage.edits[IIDA].setText("5")
    assert not dialog.save()
    assert row.error.isVisible()
    assert "阿南町 の利用量がありません" in row.error.text()


def test_a_missing_statistic_is_named_and_can_be_entered_in_the_editor(qtbot, services):
    _delete_statistic(services, YASUOKA, StatKind.POPULATION)
    dialog = _editor(qtbot, services)
    assert dialog.preview_result().allocation is None
    assert dialog.missing_box.isVisible()
    assert dialog.missing_text.text() == "⚠ 泰阜村 の人口がありません（人口割に必要です）。"
    assert "泰阜村 の人口がありません（人口割に必要です。0とはみなしません）" in dialog.preview_status.text()
    dialog.missing_value.setText("1,600")
    dialog.missing_date.setText("令和6年1月1日")
    ime_type(dialog.missing_source, "住民基本台帳")
    dialog.missing_button.click()
    assert not dialog.missing_box.isVisible()
    assert dialog.preview_result().allocation is not None
    used = [
        f for f in dialog.preview_result().figures_used if f.party == YASUOKA and f.figure == "population"
    ]
    assert [(f.value, f.source) for f in used] == [(1600, "住民基本台帳")]


def test_a_statistic_entered_with_a_bad_date_is_refused_beside_the_fields(qtbot, services):
    _delete_statistic(services, YASUOKA, StatKind.POPULATION)
    dialog = _editor(qtbot, services)
    dialog.missing_value.setText("1600")
    dialog.missing_date.setText("きのう")
    dialog.missing_source.setText("x")
    dialog.missing_button.click()
    assert dialog.missing_error.isVisible()
    assert "基準日の日付の形式が正しくありません" in dialog.missing_error.text()
    assert services.municipalities.get(YASUOKA).latest(StatKind.POPULATION) is None


def test_agreed_percentages_show_their_total(qtbot, services):
    dialog = _editor(qtbot, services)
    row = dialog.rows[0]
    row.set_basis(Basis.AGREED)
    codes = _plan(services, CARE).party_codes
    for code, value in zip(codes, ("50", "20", "10", "10"), strict=True):
        row.percentages.edits[code].setText(value)
    assert row.agreed_sum.text() == "合計: 90%（100%にしてください）"
    row.percentages.edits[DEMO_HOME].setText("20")
    assert row.agreed_sum.text() == "合計: 100% ✓"


def test_saving_with_an_undo_stack_can_be_undone(qtbot, services):
    before = _plan(services, CARE)
    stack = QUndoStack()
    refreshed: list[int | None] = []
    dialog = _editor(qtbot, services, undo_stack=stack, refresh=refreshed.append)
    dialog.rows[0].weight.setText("20")
    dialog.rows[1].weight.setText("40")
    assert dialog.save()
    assert stack.count() == 1
    stack.undo()
    assert services.plans.get(before.id).cost_items[0].rule_json == before.cost_items[0].rule_json
    assert refreshed == [before.id]


def test_the_workload_editor_shares_person_years(qtbot, services):
    dialog = _editor(qtbot, services, CARE, None)
    assert [r.current_basis() for r in dialog.rows] == [
        Basis.EQUAL,
        Basis.ELDERLY_POPULATION,
        Basis.POPULATION,
    ]
    model = dialog.preview_model
    column = _column(model, "負担\n（人工）")
    assert model.cell(model.rowCount() - 1, column) == "1.20"
    assert dialog.save()
    assert dialog.saved_plan.workload_rule_json


def test_preview_models_pass_the_model_tester(qtbot, qtmodeltester, services):
    dialog = _editor(qtbot, services, WASTE, 0)
    qtmodeltester.check(dialog.preview_model)
    qtmodeltester.check(dialog.figures_model)


# --- the tables -------------------------------------------------------------------------------------


def test_share_table_shows_each_party_in_thousand_yen_with_the_rounding_note(qtbot, services):
    table = ShareTable()
    qtbot.addWidget(table)
    table.set_result(services.shares.plan_shares(_plan(services, WASTE)), DEMO_HOME)
    model = table.model
    assert model.headerData(1, Qt.Orientation.Horizontal) == "建設費（千円）"
    home = model.row_of(DEMO_HOME)
    assert model.index(home, 0).data() == "★ 己 天龍村（自団体）"
    assert model.index(home, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(home, 1).data() == "2,614"  # 2,614,162 円
    assert model.index(model.rowCount() - 1, 1).data() == "80,000"
    assert table.note.text() == "単位:千円、表示単位未満四捨五入のため合計が一致しない場合がある"
    assert not table.problems.isVisible()


def test_share_table_names_the_party_and_figure_an_item_lacks(qtbot, services):
    _delete_statistic(services, YASUOKA, StatKind.ELDERLY_POPULATION)
    table = ShareTable()
    qtbot.addWidget(table)
    table.show()
    table.set_result(services.shares.plan_shares(_plan(services, CARE)), DEMO_HOME)
    assert table.model.headerData(1, Qt.Orientation.Horizontal) == "運営費（計算できません）"
    assert table.model.index(0, 1).data() == "—"
    assert table.problem_texts()[0] == (
        "⚠ 「運営費」: 泰阜村 の65歳以上人口がありません（高齢者人口割に必要です。0とはみなしません）。"
        "市町村の統計に入力してください。"
    )


def test_portfolio_table_marks_the_home_town_in_bold_with_a_star(qtbot, services):
    table = PortfolioTable()
    qtbot.addWidget(table)
    portfolio = services.shares.portfolio(DEMO_HOME)
    table.set_portfolio(portfolio)
    model = table.model
    assert model.index(0, 0).data() == "★ 天龍村（自団体）"
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, model.COST).data() == "30,886"
    assert model.index(model.row_of(IIDA), 0).data(Qt.ItemDataRole.FontRole) is None
    assert "★ 天龍村（自団体）: 採用案 4件で年間 30,886 千円を負担し" in table.summary.text()


def test_share_tables_pass_the_model_tester(qtbot, qtmodeltester, services):
    share = ShareTable()
    portfolio = PortfolioTable()
    qtbot.addWidget(share)
    qtbot.addWidget(portfolio)
    share.set_result(services.shares.plan_shares(_plan(services, WASTE)), DEMO_HOME)
    portfolio.set_portfolio(services.shares.portfolio(DEMO_HOME))
    qtmodeltester.check(share.model)
    qtmodeltester.check(portfolio.model)
