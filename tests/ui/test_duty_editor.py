"""The duty editor shows each validation message next to its field and saves nothing invalid."""

from __future__ import annotations

from decimal import Decimal

from renkei_desktop.domain.duties import Duty, DutyCategory
from renkei_desktop.ui.dialogs.duty_editor import DutyEditorDialog


def _editor(qtbot, services, duty=None):
    duty = duty or Duty(owner_code="204137", name="", category=DutyCategory.OTHER)
    dialog = DutyEditorDialog(services.catalogue, duty, title="t")
    qtbot.addWidget(dialog)
    return dialog


def test_invalid_fields_get_messages_beside_them_and_nothing_is_returned(qtbot, demo_services):
    dialog = _editor(qtbot, demo_services)
    dialog.workload.setText("-1")
    dialog.cost.setText("abc")
    dialog.accept()
    assert dialog.result_duty is None
    assert not dialog.isVisible() or dialog.result() == 0
    assert "事務名を入力してください" in dialog._errors["name"].text()
    assert "負の値" in dialog._errors["workload_person_years"].text()
    assert "数値で入力" in dialog._errors["annual_cost_thousand_yen"].text()
    assert "abc" in dialog._errors["annual_cost_thousand_yen"].text()
    assert not dialog._errors["department"].text()
    assert "3件" in dialog.summary.text()


def test_fixing_a_field_clears_its_message(qtbot, demo_services):
    dialog = _editor(qtbot, demo_services)
    dialog.accept()
    assert dialog._errors["name"].isVisibleTo(dialog)
    dialog.name.setText("空き家対策")
    dialog.name.editingFinished.emit()
    assert not dialog._errors["name"].isVisibleTo(dialog)


def test_full_width_digits_and_separators_are_accepted(qtbot, demo_services):
    dialog = _editor(qtbot, demo_services)
    dialog.name.setText("橋梁点検")
    dialog.workload.setText("１．５")
    dialog.cost.setText("１２，３４５")
    dialog.accept()
    assert dialog.result_duty is not None
    assert dialog.result_duty.workload_person_years == Decimal("1.5")
    assert dialog.result_duty.annual_cost_yen == 12_345_000


def test_workload_in_person_days_is_shown_as_you_type(qtbot, demo_services):
    dialog = _editor(qtbot, demo_services)
    dialog.workload.setText("0.5")
    assert "120" in dialog.workload_days.text()


def test_invalid_edit_writes_nothing_to_the_database(qtbot, demo_services):
    duty = demo_services.catalogue.list_duties("204137")[0]
    dialog = _editor(qtbot, demo_services, duty)
    dialog.name.setText("")
    dialog.accept()
    assert dialog.result_duty is None
    assert demo_services.catalogue.get(duty.id).name == duty.name
