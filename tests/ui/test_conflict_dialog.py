"""A save refused because the record changed elsewhere: both versions shown, and each of the three ways
on does what it says, through the real services (the other change is made behind the page's back)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from renkei_desktop.domain.errors import StaleRecord
from renkei_desktop.services.audit import AuditFilter
from renkei_desktop.ui.conflicts import Choice
from renkei_desktop.ui.dialogs.conflict_dialog import DIFFERENT, ConflictDialog, ConflictModel

CARE = "介護認定審査会"
OTHERS_NOTE = "別の職員が見直し予定を追記"
MY_COST = 3_333_000


@pytest.fixture
def dialogs(monkeypatch):
    """Replace ConflictDialog.exec: record the dialog and answer with ``answer`` (a button to click)."""
    shown: list[ConflictDialog] = []
    state = {"answer": "cancel", "confirm": True}

    def fake_exec(self: ConflictDialog) -> int:
        shown.append(self)
        monkeypatch.setattr(self, "confirm_overwrite", lambda: state["confirm"])
        {"show": self.show_stored_button, "overwrite": self.overwrite_button, "cancel": self.cancel_button}[
            state["answer"]
        ].click()
        if self.choice is Choice.CANCEL:  # also when the overwrite was declined: the user cancels next
            self.reject()
        return self.result()

    monkeypatch.setattr(ConflictDialog, "exec", fake_exec)
    return shown, state


def _stale_edit(window, services, monkeypatch, editor_answers=None):
    """The page shows 介護認定審査会; another window saves a note; the page's user raises the cost."""
    page = window.catalogue_page
    duty = next(d for d in page.model.duties() if d.name == CARE)
    page.select_duty(duty.id)
    services.catalogue.update(duty.with_changes(notes=OTHERS_NOTE))  # behind the page's back
    seen = []
    answers = [lambda d: d.with_changes(annual_cost_yen=MY_COST), *(editor_answers or [])]

    def run_editor(shown, title):
        seen.append(shown)
        return answers.pop(0)(shown) if answers else None

    monkeypatch.setattr(page, "run_editor", run_editor)
    return page, duty, seen


def test_stale_save_shows_both_versions_with_the_differences_marked(
    window, demo_services, monkeypatch, dialogs
):
    shown, state = dialogs
    page, duty, _seen = _stale_edit(window, demo_services, monkeypatch)
    page.edit_selected()

    assert len(shown) == 1
    dialog = shown[0]
    assert dialog.findChild(QLabel, "conflict_message").text() == (
        "この記録は、読み込んだ後に別の画面または別の利用者によって変更されています。"
    )
    model = dialog.model
    rows = {model.index(r, ConflictModel.FIELD).data(): r for r in range(model.rowCount())}
    notes, cost, name = rows["備考"], rows["年間経費（円）"], rows["事務名"]
    assert model.index(notes, ConflictModel.STORED).data() == OTHERS_NOTE
    assert model.index(notes, ConflictModel.MINE).data() == "（空）"
    assert model.index(cost, ConflictModel.MINE).data() == f"{MY_COST:,}"
    for row in (notes, cost):  # marked with ≠ and bold, not by colour alone
        assert model.index(row, ConflictModel.MARK).data() == DIFFERENT
        assert model.index(row, ConflictModel.FIELD).data(Qt.ItemDataRole.FontRole).bold()
        assert model.index(row, ConflictModel.STORED).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(name, ConflictModel.MARK).data() == ""
    assert model.index(name, ConflictModel.STORED).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "（2件）" in dialog.findChild(QLabel, "conflict_explain").text()


def test_show_stored_discards_my_change_and_the_page_shows_the_stored_version(
    window, demo_services, monkeypatch, dialogs
):
    shown, state = dialogs
    state["answer"] = "show"
    page, duty, _seen = _stale_edit(window, demo_services, monkeypatch)
    count = window.undo_stack.count()
    page.edit_selected()

    stored = demo_services.catalogue.get(duty.id)
    assert (stored.notes, stored.annual_cost_yen) == (OTHERS_NOTE, duty.annual_cost_yen)
    assert page.model.duty(page.model.row_of(duty.id)).notes == OTHERS_NOTE
    assert page.selected_duty().id == duty.id
    assert window.undo_stack.count() == count


def test_overwrite_after_confirmation_saves_mine_on_top_and_the_replaced_version_stays_in_the_log(
    window, demo_services, monkeypatch, dialogs
):
    shown, state = dialogs
    state["answer"] = "overwrite"
    page, duty, _seen = _stale_edit(window, demo_services, monkeypatch)
    page.edit_selected()

    stored = demo_services.catalogue.get(duty.id)
    assert stored.annual_cost_yen == MY_COST and stored.notes == ""  # my version, as shown in the dialog
    log = demo_services.audit.entries(AuditFilter(kind="duty", record_id=duty.id), limit=2)
    assert log[0].changes["notes"] == (OTHERS_NOTE, "")  # nothing lost: the replaced note is in the log
    assert log[1].changes["notes"] == ("", OTHERS_NOTE)

    window.undo_action.trigger()  # undo puts back the version that was overwritten, not the older one
    stored = demo_services.catalogue.get(duty.id)
    assert (stored.notes, stored.annual_cost_yen) == (OTHERS_NOTE, duty.annual_cost_yen)


def test_declining_the_overwrite_confirmation_saves_nothing(window, demo_services, monkeypatch, dialogs):
    shown, state = dialogs
    state["answer"], state["confirm"] = "overwrite", False
    page, duty, _seen = _stale_edit(window, demo_services, monkeypatch)
    page.edit_selected()

    assert shown[0].choice is Choice.CANCEL
    stored = demo_services.catalogue.get(duty.id)
    assert (stored.notes, stored.annual_cost_yen) == (OTHERS_NOTE, duty.annual_cost_yen)


def test_cancel_reopens_the_editor_with_my_input_and_saves_nothing(
    window, demo_services, monkeypatch, dialogs
):
    shown, state = dialogs
    page, duty, seen = _stale_edit(window, demo_services, monkeypatch)
    page.edit_selected()

    assert len(seen) == 2  # the editor, then the same editor again after キャンセル
    assert seen[1].annual_cost_yen == MY_COST  # … with what I had typed
    stored = demo_services.catalogue.get(duty.id)
    assert (stored.notes, stored.annual_cost_yen) == (OTHERS_NOTE, duty.annual_cost_yen)


def test_saving_again_from_the_reopened_editor_asks_again(window, demo_services, monkeypatch, dialogs):
    shown, state = dialogs
    page, duty, seen = _stale_edit(window, demo_services, monkeypatch, editor_answers=[lambda d: d])
    page.edit_selected()
    assert len(shown) == 2  # never a silent overwrite, however often the user saves
    assert demo_services.catalogue.get(duty.id).annual_cost_yen == duty.annual_cost_yen


def test_undo_of_an_edit_changed_elsewhere_shows_the_dialog_and_drops_the_step(
    window, demo_services, monkeypatch, dialogs
):
    shown, state = dialogs
    state["answer"] = "show"
    page = window.catalogue_page
    duty = next(d for d in page.model.duties() if d.name == CARE)
    page.save_edit(duty, duty.with_changes(annual_cost_yen=MY_COST))
    saved = demo_services.catalogue.get(duty.id)
    demo_services.catalogue.update(saved.with_changes(notes=OTHERS_NOTE))  # behind the page's back
    count = window.undo_stack.count()

    window.undo_action.trigger()

    assert len(shown) == 1
    stored = demo_services.catalogue.get(duty.id)
    assert (stored.notes, stored.annual_cost_yen) == (OTHERS_NOTE, MY_COST)
    assert window.undo_stack.count() == count - 1  # the step that no longer applies is gone
    assert page.model.duty(page.model.row_of(duty.id)).notes == OTHERS_NOTE


def test_undo_overwrite_restores_the_old_values_on_top_of_the_other_change(
    window, demo_services, monkeypatch, dialogs
):
    shown, state = dialogs
    state["answer"] = "overwrite"
    page = window.catalogue_page
    duty = next(d for d in page.model.duties() if d.name == CARE)
    page.save_edit(duty, duty.with_changes(annual_cost_yen=MY_COST))
    saved = demo_services.catalogue.get(duty.id)
    demo_services.catalogue.update(saved.with_changes(notes=OTHERS_NOTE))

    window.undo_action.trigger()

    stored = demo_services.catalogue.get(duty.id)
    assert (stored.notes, stored.annual_cost_yen) == (duty.notes, duty.annual_cost_yen)
    assert window.undo_stack.canRedo()


def test_plans_page_stale_save_shows_the_dialog_and_keeps_the_stored_plan(
    window, demo_services, monkeypatch, dialogs
):
    shown, state = dialogs
    state["answer"] = "show"
    window.navigate("plans")
    page = window.hosted_pages["plans"]
    plan = next(p for p in demo_services.plans.list_all() if p.name == "南信州での介護認定審査会の共同設置")
    page.select_plan(plan.id)
    demo_services.plans.update(plan.with_changes(notes=OTHERS_NOTE))
    monkeypatch.setattr(page, "run_editor", lambda p, title: p.with_changes(name="変更した案名"))
    page.edit_selected()

    assert shown and shown[0].stale.kind == "plan"
    stored = demo_services.plans.get(plan.id)
    assert (stored.name, stored.notes) == (plan.name, OTHERS_NOTE)
    assert page.selected_plan().notes == OTHERS_NOTE


def test_agreements_page_overwrite_saves_my_title(window, demo_services, monkeypatch, dialogs):
    shown, state = dialogs
    state["answer"] = "overwrite"
    window.navigate("agreements")
    page = window.hosted_pages["agreements"]
    page.ensure_loaded()
    agreement = demo_services.agreements.list_all()[0]
    page.select_agreement(agreement.id)
    demo_services.agreements.update(agreement.with_changes(notes=OTHERS_NOTE))
    monkeypatch.setattr(page, "run_editor", lambda a, title, subject="": a.with_changes(title="改めた名称"))
    page.edit_selected()

    assert shown and shown[0].stale.kind == "agreement"
    assert demo_services.agreements.get(agreement.id).title == "改めた名称"


def test_rule_editor_cancel_keeps_the_editor_open_and_the_rule_changed_elsewhere(
    qtbot, demo_services, monkeypatch, dialogs
):
    from renkei_desktop.ui.dialogs.sharing_rule_editor import SharingRuleEditor

    shown, state = dialogs
    plan = next(p for p in demo_services.plans.list_all() if p.name == "南信州での介護認定審査会の共同設置")
    dialog = SharingRuleEditor(demo_services, plan, 0)
    qtbot.addWidget(dialog)
    dialog.show()
    other = '{"components": [{"basis": "equal", "weight": 100}]}'
    demo_services.shares.set_rule(plan.id, 0, other)  # another window agreed another rule meanwhile
    stored_before = demo_services.plans.get(plan.id)

    assert dialog.save() is False
    assert shown and shown[0].model.differing_fields()
    assert dialog.isVisible()
    assert demo_services.plans.get(plan.id) == stored_before


def test_rule_editor_saves_over_an_unrelated_change_without_asking(qtbot, demo_services, dialogs):
    from renkei_desktop.ui.dialogs.sharing_rule_editor import SharingRuleEditor

    shown, _state = dialogs
    plan = next(p for p in demo_services.plans.list_all() if p.name == "南信州での介護認定審査会の共同設置")
    dialog = SharingRuleEditor(demo_services, plan, 0)
    qtbot.addWidget(dialog)
    demo_services.plans.update(plan.with_changes(notes=OTHERS_NOTE))  # not the rule: no conflict

    assert dialog.save() is True
    assert not shown
    assert demo_services.plans.get(plan.id).notes == OTHERS_NOTE


def test_conflict_model_passes_qt_model_tester(qtbot, demo_services, qtmodeltester):
    duty = demo_services.catalogue.list_duties("204137")[0]
    stale = StaleRecord("duty", duty.with_changes(notes=OTHERS_NOTE), duty.with_changes(annual_cost_yen=1))
    dialog = ConflictDialog(stale, services=demo_services)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    dialog.only_differences.setChecked(True)
    assert dialog.model.rowCount() == 2
    qtmodeltester.check(dialog.model)
