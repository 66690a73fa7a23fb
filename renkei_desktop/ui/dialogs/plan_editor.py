"""Edit one cooperation plan (連携案): name, method, lead, parties and their roles, cost items, workload.

The dialog saves nothing itself: ``accept`` parses the form through ``PlanService.parse`` and, when
every field is valid, leaves the plan in ``result_plan``. Each validation message stands next to the
field (or table) concerned; a table cell at fault is marked with ⚠ and carries the message as tooltip.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import ValidationFailed, ValidationIssue
from ...domain.methods import CooperationMethod, CouncilType, method_profile
from ...domain.municipalities import Municipality
from ...domain.plans import Participant, Plan, PlanStatus, party_letter
from .. import plan_texts as pt
from .. import texts
from ..models.plan_models import (
    CostEntry,
    CostItemsModel,
    ParticipantEntry,
    ParticipantsModel,
    RoleEntry,
    RoleTableModel,
    person_years,
    thousand_input,
)
from ..widgets.municipality_picker import MunicipalityPicker
from .duty_editor import ERROR_STYLE
from .method_picker import MethodPickerDialog, method_one_line

if TYPE_CHECKING:
    from ...services.plans import PlanService

# Which message label a field path belongs to (the first segment decides).
_SECTION = {
    "name": "name",
    "method": "method",
    "council_type": "council_type",
    "lead_code": "lead_code",
    "status": "status",
    "chosen": "status",
    "notes": "notes",
    "participants": "participants",
    "roles": "roles",
    "cost_items": "cost_items",
    "workload_person_years": "workload",
    "workload_follows_item": "workload",
    "workload_rule_json": "workload",
}
# The tab each section lives on.
_TAB = {
    "name": 0, "method": 0, "council_type": 0, "lead_code": 0, "status": 0, "notes": 0, "general": 0,
    "participants": 1, "roles": 1, "cost_items": 2, "workload": 2,
}  # fmt: skip
_COST_COLUMNS = {
    "name": CostItemsModel.NAME,
    "annual_total_thousand_yen": CostItemsModel.TOTAL,
    "annual_total_yen": CostItemsModel.TOTAL,
    "specific_revenue_thousand_yen": CostItemsModel.REVENUE,
    "specific_revenue_yen": CostItemsModel.REVENUE,
}


def _section(field: str) -> str:
    head = field.split(".")[0].split("[")[0]
    return _SECTION.get(head, "general")


def _index(segment: str) -> int | None:
    _, _, rest = segment.partition("[")
    rest = rest.rstrip("]")
    return int(rest) if rest.isdigit() else None


def _table(model, object_name: str, parent_font_height: int) -> QTableView:  # noqa: ANN001
    view = QTableView()
    view.setObjectName(object_name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
        | QAbstractItemView.EditTrigger.SelectedClicked
    )
    view.setTabKeyNavigation(False)  # Tab leaves the table (keyboard users move between fields)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(parent_font_height + 10)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class PlanEditorDialog(QDialog):
    """Returns the edited Plan through ``result_plan`` when accepted; it saves nothing itself."""

    def __init__(
        self,
        plans: PlanService,
        municipalities: Sequence[Municipality],
        plan: Plan,
        *,
        title: str,
        duty_name: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("PlanEditorDialog")
        self.setWindowTitle(title)
        self._plans = plans
        self._base = plan
        self._by_code: Mapping[str, Municipality] = {m.code: m for m in municipalities}
        self.result_plan: Plan | None = None
        self._method = plan.method
        self._council_type = plan.council_type
        self._live = False  # after a failed save, messages follow every change
        self._errors: dict[str, QLabel] = {}
        self._inputs: dict[str, QWidget] = {}

        self.tabs = QTabWidget()
        self.tabs.setObjectName("editor_tabs")
        self.tabs.addTab(self._build_general(plan, duty_name), self.tr("基本(&B)"))
        self.tabs.addTab(self._build_parties(plan, municipalities), self.tr("参加団体と役割(&P)"))
        self.tabs.addTab(self._build_costs(plan), self.tr("費用と業務量(&C)"))
        self._tab_titles = [self.tabs.tabText(i) for i in range(self.tabs.count())]

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
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)

        self._method_changed()
        self._parties_changed()
        self.participants_model.changed.connect(self._parties_changed)
        for model in (self.roles_model, self.costs_model):
            model.changed.connect(self._changed)
        self._fit()
        self.name.setFocus()

    # --- helpers -------------------------------------------------------------------------------
    def name_of(self, code: str) -> str:
        m = self._by_code.get(code)
        return m.name if m else code

    def prefecture_of(self, code: str) -> str:
        m = self._by_code.get(code)
        return m.prefecture if m else ""

    def _error_label(self, key: str) -> QLabel:
        error = QLabel()
        error.setObjectName(f"error_{key}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        error.hide()
        self._errors[key] = error
        return error

    def _row(self, form: QFormLayout, key: str, caption: QLabel, widget: QWidget, focus: QWidget | None = None) -> None:
        (focus or widget).setObjectName((focus or widget).objectName() or key)
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        col.addWidget(widget)
        col.addWidget(self._error_label(key))
        caption.setBuddy(focus or widget)
        form.addRow(caption, box)
        self._inputs[key] = focus or widget

    def _fit(self) -> None:
        em = self.fontMetrics().horizontalAdvance("あ")
        self.resize(max(em * 72, 1000), max(self.fontMetrics().height() * 46, 680))
        self._fit_columns()

    def _fit_columns(self) -> None:
        em = self.fontMetrics().horizontalAdvance("あ")
        for view in (self.participants_view, self.roles_view, self.costs_view):
            view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
            view.resizeColumnsToContents()
        self.costs_view.setColumnWidth(CostItemsModel.NAME, max(self.costs_view.columnWidth(CostItemsModel.NAME), em * 10))
        for column in (CostItemsModel.TOTAL, CostItemsModel.REVENUE, CostItemsModel.NET):
            self.costs_view.setColumnWidth(column, max(self.costs_view.columnWidth(column), em * 8))
        self.roles_view.setColumnWidth(0, max(self.roles_view.columnWidth(0), em * 12))
        for column in range(1, self.roles_model.columnCount()):
            self.roles_view.setColumnWidth(column, max(self.roles_view.columnWidth(column), em * 12))
        self.participants_view.setColumnWidth(ParticipantsModel.NAME, max(self.participants_view.columnWidth(ParticipantsModel.NAME), em * 6))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange and hasattr(self, "costs_view"):
            self._fit_columns()
        super().changeEvent(event)

    # --- building ------------------------------------------------------------------------------
    def _build_general(self, plan: Plan, duty_name: str) -> QWidget:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if duty_name:
            duty = QLabel(duty_name)
            duty.setObjectName("duty_name")
            form.addRow(self.tr("事務:"), duty)

        self.name = QLineEdit(plan.name)
        self.name.setObjectName("name")
        self.name.setPlaceholderText(self.tr("例: 飯田市への事務の委託"))
        self.name.textChanged.connect(self._changed)
        self._row(form, "name", QLabel(self.tr("案の名称(&N)（必須）")), self.name)

        self.method_text = QLabel()
        self.method_text.setObjectName("method_text")
        self.method_button = QPushButton(self.tr("方法を選ぶ(&M)…"))
        self.method_button.setObjectName("method_button")
        self.method_button.clicked.connect(self.pick_method)
        self.method_details = QLabel()
        self.method_details.setObjectName("method_details")
        self.method_details.setWordWrap(True)
        method_box = QWidget()
        method_col = QVBoxLayout(method_box)
        method_col.setContentsMargins(0, 0, 0, 0)
        method_line = QHBoxLayout()
        method_line.addWidget(self.method_text, 1)
        method_line.addWidget(self.method_button)
        method_col.addLayout(method_line)
        method_col.addWidget(self.method_details)
        self._row(form, "method", QLabel(self.tr("連携の方法:")), method_box, focus=self.method_button)

        self.council_type = QComboBox()
        self.council_type.setObjectName("council_type")
        self.council_type.addItem(self.tr("（協議会の場合に選択）"), "")
        for ct in CouncilType:
            self.council_type.addItem(pt.council_type_name(ct), ct.value)
        self.council_type.setCurrentIndex(max(0, self.council_type.findData(plan.council_type.value if plan.council_type else "")))
        self.council_type.currentIndexChanged.connect(self._council_type_changed)
        self._row(form, "council_type", QLabel(self.tr("協議会の種類(&T):")), self.council_type)

        self.lead = QComboBox()
        self.lead.setObjectName("lead_code")
        self.lead_caption = QLabel()
        self.lead.currentIndexChanged.connect(self._lead_changed)
        self._row(form, "lead_code", self.lead_caption, self.lead)

        self.status = QComboBox()
        self.status.setObjectName("status")
        for s in PlanStatus:
            self.status.addItem(pt.plan_status_name(s), s.value)
        self.status.setCurrentIndex(max(0, self.status.findData(plan.status.value)))
        self.status.currentIndexChanged.connect(self._changed)
        self._row(form, "status", QLabel(self.tr("状況(&S):")), self.status)
        if plan.chosen:
            chosen = QLabel(self.tr("★ この事務で採用した案です（採用の変更は連携案の画面の「この案を採用」で行います）。"))
            chosen.setObjectName("chosen_note")
            chosen.setWordWrap(True)
            form.addRow("", chosen)

        self.notes = QPlainTextEdit(plan.notes)
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(self.fontMetrics().height() * 4)
        self._row(form, "notes", QLabel(self.tr("備考(&O):")), self.notes)
        form.addRow("", self._error_label("general"))

        page = QWidget()
        page.setLayout(form)
        return page

    def _build_parties(self, plan: Plan, municipalities: Sequence[Municipality]) -> QWidget:
        self.picker = MunicipalityPicker(self, show_stats=False)
        self.picker.setObjectName("participant_picker")
        self.picker.set_municipalities(list(municipalities))
        # Enter in the search field or the list adds the party (instead of saving the whole form).
        self.picker.table.installEventFilter(self)
        self.picker.search.installEventFilter(self)
        add = QPushButton(self.tr("参加団体に追加(&A) →"))
        add.setObjectName("add_party")
        add.clicked.connect(self.add_selected_party)
        left = QWidget()
        left_col = QVBoxLayout(left)
        left_col.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(self.tr("都道府県も参加団体にできます。検索して選び、「参加団体に追加」を押してください（Enterでも追加できます）。"))
        intro.setWordWrap(True)
        left_col.addWidget(intro)
        left_col.addWidget(self.picker, 1)
        left_col.addWidget(add)

        self.participants_model = ParticipantsModel(self.name_of, self)
        self.participants_model.set_entries([ParticipantEntry(p.code, p.role) for p in plan.participants])
        self.participants_view = _table(self.participants_model, "participants", self.fontMetrics().height())
        parties_label = QLabel(self.tr("参加団体（甲・乙・丙…の順）(&G):"))
        parties_label.setBuddy(self.participants_view)
        self._inputs["participants"] = self.participants_view
        buttons = QHBoxLayout()
        for name, text, slot in (
            ("party_up", self.tr("上へ(&U)"), lambda: self._move_party(-1)),
            ("party_down", self.tr("下へ(&W)"), lambda: self._move_party(1)),
            ("party_remove", self.tr("外す(&R)"), self._remove_party),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        right = QWidget()
        right_col = QVBoxLayout(right)
        right_col.setContentsMargins(0, 0, 0, 0)
        right_col.addWidget(parties_label)
        right_col.addWidget(self.participants_view, 1)
        right_col.addLayout(buttons)
        right_col.addWidget(self._error_label("participants"))

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)

        self.roles_model = RoleTableModel(self.name_of, self)
        self.roles_model.set_entries(
            [RoleEntry(r.initiative, dict(r.roles)) for r in plan.roles], [p.code for p in plan.participants]
        )
        self.roles_view = _table(self.roles_model, "roles", self.fontMetrics().height())
        self._inputs["roles"] = self.roles_view
        roles_label = QLabel(self.tr("役割分担（取組ごとに各団体の役割）(&Y):"))
        roles_label.setBuddy(self.roles_view)
        role_buttons = QHBoxLayout()
        add_row = QPushButton(self.tr("取組を追加(&I)"))
        add_row.setObjectName("add_role")
        add_row.clicked.connect(self.add_role_row)
        remove_row = QPushButton(self.tr("取組を削除(&D)"))
        remove_row.setObjectName("remove_role")
        remove_row.clicked.connect(lambda: self.roles_model.remove_row(self.roles_view.currentIndex().row()))
        role_buttons.addWidget(add_row)
        role_buttons.addWidget(remove_row)
        role_buttons.addStretch(1)

        page = QWidget()
        col = QVBoxLayout(page)
        col.addWidget(split, 3)
        col.addWidget(roles_label)
        col.addWidget(self.roles_view, 2)
        col.addLayout(role_buttons)
        col.addWidget(self._error_label("roles"))
        return page

    def _build_costs(self, plan: Plan) -> QWidget:
        self.costs_model = CostItemsModel(self)
        self.costs_model.set_entries(
            [
                CostEntry(i.name, thousand_input(i.annual_total_yen), thousand_input(i.specific_revenue_yen), i.rule_json)
                for i in plan.cost_items
            ]
        )
        self.costs_view = _table(self.costs_model, "cost_items", self.fontMetrics().height())
        self._inputs["cost_items"] = self.costs_view
        label = QLabel(self.tr("費用項目（千円。全角数字・桁区切りも可）(&K):"))
        label.setBuddy(self.costs_view)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("費用項目を追加(&I)"))
        add.setObjectName("add_cost")
        add.clicked.connect(self.add_cost_row)
        remove = QPushButton(self.tr("費用項目を削除(&D)"))
        remove.setObjectName("remove_cost")
        remove.clicked.connect(lambda: self.costs_model.remove_row(self.costs_view.currentIndex().row()))
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        note = QLabel(
            self.tr("特定財源（補助金・使用料など）は、各団体に配分する前に総額から差し引きます。各団体の負担の配分ルールは、連携案の画面の「負担の配分」で設定します。")
        )
        note.setWordWrap(True)

        form = QFormLayout()
        self.workload = QLineEdit(person_years(plan.workload_person_years))
        self.workload.setObjectName("workload_person_years")
        self.workload.textChanged.connect(self._changed)
        self._row(form, "workload", QLabel(self.tr("業務量（人工）(&W):")), self.workload)

        page = QWidget()
        col = QVBoxLayout(page)
        col.addWidget(label)
        col.addWidget(self.costs_view, 1)
        col.addLayout(buttons)
        col.addWidget(self._error_label("cost_items"))
        col.addWidget(note)
        col.addLayout(form)
        return page

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001, N802
        picker = getattr(self, "picker", None)
        if (
            picker is not None
            and watched in (picker.table, picker.search)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.add_selected_party()
            return True
        return super().eventFilter(watched, event)

    # --- parties, method, lead -------------------------------------------------------------------
    def add_party(self, code: str) -> bool:
        added = self.participants_model.add(code)
        if added and not self.lead.currentData():
            self.set_lead(code)
        return added

    def add_selected_party(self) -> None:
        m = self.picker.current()
        if m is not None:
            self.add_party(m.code)

    def _move_party(self, delta: int) -> None:
        row = self.participants_view.currentIndex().row()
        target = self.participants_model.move(row, delta)
        self.participants_view.selectRow(target)

    def _remove_party(self) -> None:
        self.participants_model.remove(self.participants_view.currentIndex().row())

    def remove_party(self, code: str) -> None:
        self.participants_model.remove(self.participants_model.codes().index(code))

    def add_role_row(self) -> None:
        row = self.roles_model.add_row()
        index = self.roles_model.index(row, 0)
        self.roles_view.setCurrentIndex(index)
        self.roles_view.edit(index)

    def add_cost_row(self) -> None:
        row = self.costs_model.add_row()
        index = self.costs_model.index(row, CostItemsModel.NAME)
        self.costs_view.setCurrentIndex(index)
        self.costs_view.edit(index)

    def set_lead(self, code: str) -> None:
        index = self.lead.findData(code)
        if index < 0:
            self._fill_lead(extra=code)
            index = self.lead.findData(code)
        self.lead.setCurrentIndex(index)

    def _fill_lead(self, extra: str = "") -> None:
        current = extra or self.lead.currentData() or self._base.lead_code
        codes = self.participants_model.codes()
        self.lead.blockSignals(True)
        self.lead.clear()
        for position, code in enumerate(codes):
            self.lead.addItem(texts.party_label(party_letter(position), self.name_of(code)), code)
        if current and current not in codes:
            self.lead.addItem(self.tr("{0}（参加団体ではありません）").format(self.name_of(current)), current)
        if not current and codes:
            current = codes[0]
        self.lead.setCurrentIndex(max(0, self.lead.findData(current)))
        self.lead.blockSignals(False)
        self._lead_changed()

    def _parties_changed(self) -> None:
        self._fill_lead()
        self.roles_model.set_parties(self.participants_model.codes())
        if hasattr(self, "costs_view"):
            self._fit_columns()
        self._update_method_details()
        self._changed()

    def _lead_changed(self, *_args: object) -> None:
        profile = method_profile(self._method, self._council_type)
        self.participants_model.set_positions(
            self.lead.currentData() or "", pt.lead_role_name(profile.lead_role), pt.member_role_name(profile.member_role)
        )
        self._changed()

    def pick_method(self) -> None:
        choice = self.choose_method()
        if choice is not None:
            self.set_method(*choice)

    def choose_method(self) -> tuple[CooperationMethod, CouncilType | None] | None:
        """The method picker (modal); tests replace this."""
        dialog = MethodPickerDialog(
            self._method, self._council_type, self.participants_model.codes(), self.prefecture_of, self
        )
        if dialog.exec() and dialog.chosen_method is not None:
            return dialog.chosen_method, dialog.chosen_council_type
        return None

    def set_method(self, method: CooperationMethod, council_type: CouncilType | None = None) -> None:
        self._method = method
        if method is CooperationMethod.COUNCIL:
            self._council_type = council_type or self._council_type
            self.council_type.blockSignals(True)
            self.council_type.setCurrentIndex(max(0, self.council_type.findData(self._council_type.value if self._council_type else "")))
            self.council_type.blockSignals(False)
        self._method_changed()

    def _council_type_changed(self) -> None:
        value = self.council_type.currentData()
        self._council_type = CouncilType(value) if value else None
        self._method_changed()

    def _method_changed(self) -> None:
        council = self._council_type if self._method is CooperationMethod.COUNCIL else None
        self.method_text.setText(pt.method_label(self._method, council))
        self.council_type.setEnabled(self._method is CooperationMethod.COUNCIL)
        profile = method_profile(self._method, council)
        self.lead_caption.setText(self.tr("{0}(&L):").format(pt.lead_role_name(profile.lead_role)))
        self._lead_changed()
        self._update_method_details()

    def _update_method_details(self) -> None:
        council = self._council_type if self._method is CooperationMethod.COUNCIL else None
        self.method_details.setText(
            method_one_line(self._method, council, self.participants_model.codes(), self.prefecture_of)
        )

    # --- validation ----------------------------------------------------------------------------
    def values(self) -> dict[str, object]:
        costs = self.costs_model.entries()
        follows = self._base.workload_follows_item
        return {
            "duty_id": self._base.duty_id,
            "name": self.name.text(),
            "method": self._method.value,
            "council_type": self._council_type.value if self._council_type and self._method is CooperationMethod.COUNCIL else "",
            "lead_code": self.lead.currentData() or "",
            "participants": [{"code": e.code, "role": e.role} for e in self.participants_model.entries()],
            "roles": [{"initiative": r.initiative, "roles": r.roles} for r in self.roles_model.entries()],
            "cost_items": [
                {
                    "name": c.name,
                    "annual_total_thousand_yen": c.total,
                    "specific_revenue_thousand_yen": c.revenue,
                    "rule_json": c.rule_json,
                }
                for c in costs
            ],
            "workload_person_years": self.workload.text(),
            "workload_follows_item": follows if follows in {c.name.strip() for c in costs} else "",
            "status": self.status.currentData(),
            "notes": self.notes.toPlainText(),
        }

    def _changed(self, *_args: object) -> None:
        if self._live and hasattr(self, "workload"):
            self._validate()

    def _parse(self) -> tuple[Plan | None, ValidationFailed | None]:
        try:
            return self._plans.parse(self.values(), base=self._base), None
        except ValidationFailed as failure:
            return None, failure

    def _validate(self) -> Plan | None:
        plan, failure = self._parse()
        self._show_errors(failure.issues if failure else [])
        return plan

    def error_text(self, key: str) -> str:
        """The message shown beside ``key`` ("name", "lead_code", "cost_items", "workload", …)."""
        label = self._errors[key]
        return label.text() if not label.isHidden() else ""

    def _show_errors(self, issues: Sequence[ValidationIssue]) -> None:
        by_section: dict[str, list[str]] = {key: [] for key in self._errors}
        participant_cells: dict[tuple[int, int], str] = {}
        role_cells: dict[tuple[int, int], str] = {}
        cost_cells: dict[tuple[int, int], str] = {}
        codes = self.participants_model.codes()
        lead_label = pt.lead_role_name(method_profile(self._method, self._council_type).lead_role)
        for issue in issues:
            text = pt.plan_issue_text(issue, self.name_of, field_label=lead_label if issue.field == "lead_code" else None)
            section = _section(issue.field)
            by_section.setdefault(section, []).append(text)
            parts = issue.field.split(".")
            row = _index(parts[0])
            if row is None:
                continue
            if section == "participants" and issue.field.endswith(".role"):
                participant_cells[(row, ParticipantsModel.ROLE)] = text
            elif section == "roles":
                if len(parts) >= 3 and parts[-1] in codes:
                    role_cells[(row, codes.index(parts[-1]) + 1)] = text
                else:
                    role_cells[(row, 0)] = text
            elif section == "cost_items" and len(parts) > 1 and parts[1] in _COST_COLUMNS:
                cost_cells[(row, _COST_COLUMNS[parts[1]])] = text
        self.participants_model.set_cell_errors(participant_cells)
        self.roles_model.set_cell_errors(role_cells)
        self.costs_model.set_cell_errors(cost_cells)
        tabs_with_errors: set[int] = set()
        for key, label in self._errors.items():
            messages = by_section.get(key, [])
            label.setText("\n".join("⚠ " + m for m in messages))
            label.setVisible(bool(messages))
            widget = self._inputs.get(key)
            if widget is not None:
                widget.setProperty("invalid", bool(messages))
                widget.setAccessibleDescription(label.text())
            if messages:
                tabs_with_errors.add(_TAB.get(key, 0))
        for i, title in enumerate(self._tab_titles):
            self.tabs.setTabText(i, ("⚠ " + title) if i in tabs_with_errors else title)

    def accept(self) -> None:  # noqa: D102
        plan, failure = self._parse()
        if failure is not None:
            self._live = True
            self._show_errors(failure.issues)
            self.summary.setText(
                self.tr("入力内容に誤りがあります（{0}件）。⚠ の付いた項目を修正してください。保存はしていません。").format(len(failure.issues))
            )
            self.summary.show()
            first = _section(failure.issues[0].field)
            self.tabs.setCurrentIndex(_TAB.get(first, 0))
            widget = self._inputs.get(first)
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._show_errors([])
        self.summary.hide()
        self.result_plan = plan
        super().accept()


def blank_plan(duty_id: int, method: CooperationMethod, party_codes: Sequence[str], lead_code: str = "") -> Plan:
    """A new plan for the editor: the given parties in order, the first as lead unless named."""
    codes = list(dict.fromkeys(party_codes))
    return Plan(
        duty_id=duty_id,
        name="",
        method=method,
        lead_code=lead_code or (codes[0] if codes else ""),
        participants=tuple(Participant(code, party_letter(i)) for i, code in enumerate(codes)),
        workload_person_years=Decimal(0),
    )
