"""Edit one duty: a form whose validation messages stand next to the field concerned."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.duties import WORKING_DAYS_PER_PERSON_YEAR, Duty, DutyCategory, DutyStatus, Urgency
from ...domain.errors import ValidationFailed
from ...domain.normalize import ParseError, parse_decimal
from .. import texts

if TYPE_CHECKING:
    from ...services.catalogue import CatalogueService

ERROR_STYLE = "color: #b00020;"


def _num(value: Decimal) -> str:
    return f"{value.normalize():f}" if value else "0"


class DutyEditorDialog(QDialog):
    """Returns the edited Duty through ``result_duty`` when accepted; it saves nothing itself."""

    def __init__(self, catalogue: CatalogueService, duty: Duty, *, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("DutyEditorDialog")
        self._catalogue = catalogue
        self._base = duty
        self.result_duty: Duty | None = None
        self._errors: dict[str, QLabel] = {}
        self._inputs: dict[str, QWidget] = {}

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name = self._line(form, "name", self.tr("事務名（必須）"), duty.name)
        self.kana = self._line(form, "kana", self.tr("よみがな"), duty.kana)
        self.category = self._combo(
            form, "category", self.tr("分野"), [(c.value, texts.category_name(c)) for c in DutyCategory], duty.category.value
        )
        self.status = self._combo(
            form, "status", self.tr("状況"), [(s.value, texts.status_name(s)) for s in DutyStatus], duty.status.value
        )
        self.urgency = self._combo(
            form, "urgency", self.tr("緊急度"), [(u.value, texts.urgency_name(u)) for u in Urgency], duty.urgency.value
        )
        self.workload = self._line(
            form, "workload_person_years", self.tr("年間業務量（人工）"), _num(duty.workload_person_years)
        )
        self.workload_days = QLabel()
        self.workload_days.setObjectName("workload_days")
        form.addRow("", self.workload_days)
        self.workload.textChanged.connect(self._update_days)
        self._update_days()
        self.cost = self._line(
            form, "annual_cost_thousand_yen", self.tr("年間経費（千円）"), _num(duty.annual_cost_thousand_yen)
        )
        self.current_staff = self._line(form, "current_staff", self.tr("現在の担当職員数（人）"), _num(duty.current_staff))
        self.staffing_gap = self._line(form, "staffing_gap", self.tr("不足人数（人）"), _num(duty.staffing_gap))
        self.expertise = self._line(form, "expertise", self.tr("必要な専門職（「、」区切り）"), texts.join(duty.expertise))
        self.department = self._line(form, "department", self.tr("担当課"), duty.department)
        self.legal_basis = self._line(form, "legal_basis", self.tr("根拠法令"), duty.legal_basis)
        self.description = self._text(form, "description", self.tr("概要"), duty.description)
        self.notes = self._text(form, "notes", self.tr("備考"), duty.notes)

        body = QWidget()
        body.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("キャンセル"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setWordWrap(True)
        self.summary.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        width = max(self.fontMetrics().horizontalAdvance("あ") * 46, body.sizeHint().width() + 40)
        self.resize(width, self.fontMetrics().height() * 40)
        self.name.setFocus()

    # --- building ------------------------------------------------------------------------------
    def _with_error(self, form: QFormLayout, key: str, label: str, widget: QWidget) -> None:
        widget.setObjectName(key)
        error = QLabel()
        error.setObjectName(f"error_{key}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        col.addWidget(widget)
        col.addWidget(error)
        caption = QLabel(label)
        caption.setBuddy(widget)
        form.addRow(caption, box)
        self._errors[key] = error
        self._inputs[key] = widget

    def _line(self, form: QFormLayout, key: str, label: str, value: str) -> QLineEdit:
        edit = QLineEdit(value)
        self._with_error(form, key, label, edit)
        edit.editingFinished.connect(lambda: self._check_field(key))
        return edit

    def _combo(self, form: QFormLayout, key: str, label: str, items: list[tuple[str, str]], current: str) -> QComboBox:
        combo = QComboBox()
        for value, text in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        self._with_error(form, key, label, combo)
        return combo

    def _text(self, form: QFormLayout, key: str, label: str, value: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(value)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(self.fontMetrics().height() * 4)
        self._with_error(form, key, label, edit)
        return edit

    def _update_days(self) -> None:
        try:
            years = parse_decimal(self.workload.text(), places=None)
        except ParseError:
            self.workload_days.setText("")
            return
        if years is not None and years < 0:
            self.workload_days.setText("")
            return
        days = (years or Decimal(0)) * WORKING_DAYS_PER_PERSON_YEAR
        self.workload_days.setText(
            self.tr("＝ 年間 {0} 人日（1人工＝{1}日として換算）").format(_num(days.quantize(Decimal("0.1"))), WORKING_DAYS_PER_PERSON_YEAR)
        )

    # --- validation ----------------------------------------------------------------------------
    def values(self) -> dict[str, object]:
        return {
            "name": self.name.text(),
            "kana": self.kana.text(),
            "category": self.category.currentData(),
            "status": self.status.currentData(),
            "urgency": self.urgency.currentData(),
            "workload_person_years": self.workload.text(),
            "annual_cost_thousand_yen": self.cost.text(),
            "current_staff": self.current_staff.text(),
            "staffing_gap": self.staffing_gap.text(),
            "expertise": self.expertise.text(),
            "department": self.department.text(),
            "legal_basis": self.legal_basis.text(),
            "description": self.description.toPlainText(),
            "notes": self.notes.toPlainText(),
        }

    def _show_errors(self, failure: ValidationFailed | None, only: str | None = None) -> None:
        for key, label in self._errors.items():
            if only is not None and key != only:
                continue
            issues = failure.for_field(key) if failure else []
            label.setText("⚠ " + " ".join(texts.issue_text(i) for i in issues) if issues else "")
            label.setVisible(bool(issues))
            self._inputs[key].setProperty("invalid", bool(issues))
            self._inputs[key].setAccessibleDescription(label.text())

    def _check_field(self, key: str) -> None:
        try:
            self._catalogue.parse(self.values(), owner_code=self._base.owner_code, base=self._base)
            self._show_errors(None, only=key)
        except ValidationFailed as failure:
            self._show_errors(failure, only=key)

    def accept(self) -> None:  # noqa: D102
        try:
            duty = self._catalogue.parse(self.values(), owner_code=self._base.owner_code, base=self._base)
        except ValidationFailed as failure:
            self._show_errors(failure)
            self.summary.setText(self.tr("入力内容に誤りがあります（{0}件）。赤字の項目を修正してください。保存はしていません。").format(len(failure.issues)))
            self.summary.show()
            first = next((k for k in self._inputs if failure.for_field(k)), None)
            if first:
                self._inputs[first].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._show_errors(None)
        self.summary.hide()
        self.result_duty = duty
        super().accept()
