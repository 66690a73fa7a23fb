"""The catalogue page as a user drives it: add, edit, duplicate, delete, undo/redo, filters."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from renkei_desktop.domain.duties import Duty, DutyCategory
from tests.ui.conftest import ime_type


def _page(window):
    return window.catalogue_page


def _select(page, name):
    """Select the row of the duty called ``name`` (the demo's 火葬場 has no plans, so it can be deleted)."""
    duty = next(d for d in page.model.duties() if d.name == name)
    page.select_duty(duty.id)
    return duty


def _names(page):
    return [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]


def test_demo_catalogue_is_listed(window):
    page = _page(window)
    assert page.model.rowCount() >= 20
    assert "介護認定審査会" in _names(page)
    assert "件を表示" in page.summary.text()


def test_add_blank_duty_saves_and_undo_redo_replay_it(window, demo_services, monkeypatch):
    page = _page(window)
    before = page.model.rowCount()
    monkeypatch.setattr(
        page, "run_editor", lambda duty, title: duty.with_changes(name="空き家対策", category=DutyCategory.OTHER)
    )
    page.add_blank()
    assert page.model.rowCount() == before + 1
    assert any(d.name == "空き家対策" for d in demo_services.catalogue.list_duties(page.owner_code))

    window.undo_action.trigger()
    assert page.model.rowCount() == before
    assert not any(d.name == "空き家対策" for d in demo_services.catalogue.list_duties(page.owner_code))

    window.redo_action.trigger()
    assert page.model.rowCount() == before + 1
    assert any(d.name == "空き家対策" for d in demo_services.catalogue.list_duties(page.owner_code))


def test_edit_is_saved_at_once_and_undo_restores_old_values(window, demo_services, monkeypatch):
    page = _page(window)
    page.table.selectRow(0)
    original = page.selected_duty()
    monkeypatch.setattr(page, "run_editor", lambda duty, title: duty.with_changes(annual_cost_yen=9_999_000))
    page.edit_selected()
    assert demo_services.catalogue.get(original.id).annual_cost_yen == 9_999_000

    window.undo_action.trigger()
    assert demo_services.catalogue.get(original.id).annual_cost_yen == original.annual_cost_yen
    row = page.model.row_of(original.id)
    assert page.model.duty(row).annual_cost_yen == original.annual_cost_yen


def test_delete_asks_first_and_undo_brings_the_same_duty_back(window, demo_services, monkeypatch):
    page = _page(window)
    duty = _select(page, "火葬場")
    count = page.model.rowCount()

    monkeypatch.setattr(page, "confirm", lambda title, text: False)
    page.delete_selected()
    assert page.model.rowCount() == count  # declined: nothing deleted

    asked = []
    monkeypatch.setattr(page, "confirm", lambda title, text: asked.append(text) or True)
    page.delete_selected()
    assert duty.name in asked[0]
    assert page.model.rowCount() == count - 1
    assert demo_services.catalogue.get(duty.id) is None

    window.undo_action.trigger()
    restored = demo_services.catalogue.get(duty.id)
    assert restored is not None and restored.name == duty.name
    assert page.model.rowCount() == count


def test_delete_key_goes_through_the_confirmation(window, qtbot, monkeypatch):
    page = _page(window)
    page.table.selectRow(0)
    page.table.setFocus()
    asked = []
    monkeypatch.setattr(page, "confirm", lambda title, text: asked.append(text) or False)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert asked, "the Delete key must ask before deleting"
    assert page.model.rowCount() >= 20


def test_duplicate_adds_a_copy_named_as_such(window, demo_services):
    page = _page(window)
    page.table.selectRow(0)
    original = page.selected_duty()
    page.duplicate_selected()
    copies = [d for d in demo_services.catalogue.list_duties(page.owner_code) if d.name == original.name + "（コピー）"]
    assert len(copies) == 1
    assert copies[0].annual_cost_yen == original.annual_cost_yen


def test_text_filter_matches_names_regardless_of_width(window, qtbot):
    page = _page(window)
    ime_type(page.search, "審査会")
    assert set(_names(page)) == {"介護認定審査会", "障害支援区分認定審査会"}
    page.search.clear()
    ime_type(page.search, "ＤＭＯ")  # full-width letters find 広域観光（DMO）
    assert _names(page) == ["広域観光（DMO）"]


def test_text_filter_matches_kana_reading(window, demo_services, qtbot):
    page = _page(window)
    page.table.selectRow(0)
    duty = page.selected_duty()
    page.save_edit(duty, duty.with_changes(kana="カイゴニンテイシンサカイ"))
    ime_type(page.search, "かいごにんてい")
    assert _names(page) == [duty.name]


def test_category_filter_shows_only_that_category(window):
    page = _page(window)
    page.category.setCurrentIndex(page.category.findData(DutyCategory.ENVIRONMENT.value))
    shown = [page.model.duty(page.proxy.mapToSource(page.proxy.index(r, 0)).row()) for r in range(page.proxy.rowCount())]
    assert len(shown) == 3
    assert all(d.category is DutyCategory.ENVIRONMENT for d in shown)


def test_sorting_by_cost_uses_numbers_not_text(window):
    page = _page(window)
    cost_column = 5
    page.table.sortByColumn(cost_column, Qt.SortOrder.DescendingOrder)
    first = page.model.duty(page.proxy.mapToSource(page.proxy.index(0, 0)).row())
    assert first.annual_cost_yen == max(d.annual_cost_yen for d in page.model.duties())


def test_add_from_template_prefills_the_editor(window, monkeypatch):
    from renkei_desktop.services.templates import load_templates

    page = _page(window)
    template = next(t for t in load_templates() if t.category is DutyCategory.INFRASTRUCTURE)
    monkeypatch.setattr(page, "choose_template", lambda: template)
    seen: list[Duty] = []
    monkeypatch.setattr(page, "run_editor", lambda duty, title: seen.append(duty) or duty)
    page.add_from_template()
    assert seen[0].legal_basis == template.legal_basis
    assert seen[0].template_key == template.key
    assert seen[0].workload_person_years == template.typical_workload_person_years
    assert any(d.template_key == template.key for d in page.model.duties())


def test_table_models_pass_qt_model_tester(window, qtmodeltester):
    qtmodeltester.check(window.catalogue_page.model)
    qtmodeltester.check(window.catalogue_page.proxy)


def test_summary_totals_follow_the_filter(window, qtbot):
    page = _page(window)
    ime_type(page.search, "ごみ処理")
    qtbot.waitUntil(lambda: "1件を表示" in page.summary.text(), timeout=2000)
    duty = page.model.duty(page.proxy.mapToSource(page.proxy.index(0, 0)).row())
    assert f"{duty.annual_cost_yen // 1000:,}" in page.summary.text()
    assert duty.workload_person_years == Decimal("0.5")


def test_a_duty_with_plans_is_not_deleted_and_the_message_says_why(window, demo_services, monkeypatch):
    page = _page(window)
    duty = _select(page, "介護認定審査会")
    monkeypatch.setattr(page, "confirm", lambda title, text: True)
    shown = []
    monkeypatch.setattr(page, "show_failure", lambda failure: shown.append(failure))
    page.delete_selected()
    assert shown and shown[0].issues[0].code.value == "has_plans"
    assert demo_services.catalogue.get(duty.id) is not None
    assert page.model.row_of(duty.id) >= 0
