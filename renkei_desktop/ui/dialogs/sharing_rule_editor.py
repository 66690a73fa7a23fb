"""Agree how one cost item (or the workload) of a plan is split: the 配分ルール of a 規約.

Left: the weighted components (基準 and 割合 %) with the inputs a basis needs per party (利用量 with its
基準日 and 出典, 協議による割合, 均等割の重み, 所在団体), fixed amounts (定額), and the rounding and
remainder rules, each explained; the total of the weights is shown live, with a message when it is not
100%. Right: a live preview of the split (千円, 円, %) by the engine the application uses everywhere, the
base figures it read (with reference date and source), and the figures a party lacks, with a way to
enter them as municipality statistics.

Save validates through ``SharesService.set_rule``; bad input is named next to the field concerned and
nothing is saved. With an ``undo_stack`` the saved change is pushed as an EditPlanCommand.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import StaleRecord, ValidationFailed, ValidationIssue
from ...domain.normalize import ParseError, parse_decimal
from ...domain.plans import Plan
from ...domain.sharing import FIGURE_BASES, BaseFigure, Basis, Component, RemainderRule, Rounding, Unit
from ...services.shares import FIGURES_KEY, ItemShares, is_statistics_issue, parse_plan_rule
from .. import plan_texts as pt
from .. import texts
from ..conflicts import save_with_conflict_check
from ..plan_commands import EditPlanCommand
from ..widgets.share_table import (
    BASIS,
    ERROR_STYLE,
    amount_text,
    basis_help,
    basis_name,
    component_label,
    figure_name,
    remainder_help,
    remainder_name,
    rounding_help,
    rounding_name,
    rounding_note,
    share_issue_text,
    yen_text,
)

if TYPE_CHECKING:
    from ...services.container import Services

translate = QCoreApplication.translate
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_HELP_STYLE = "color: #505050;"
PartyList = Sequence[tuple[str, str]]  # (code, label such as 甲 飯田市)


def _number_text(value: Decimal | int) -> str:
    if isinstance(value, Decimal):
        return f"{value.normalize():f}"
    return str(value)


def _weight_text(text: str) -> str:
    """A weight as typed, without a trailing %."""
    return text.strip().rstrip("%％").strip()


class PartyInputs(QWidget):
    """One input per party ("甲 飯田市 [   ]"), two parties to a row."""

    changed = Signal()

    def __init__(self, parties: PartyList, name: str, *, placeholder: str = "", suffix: str = ""):
        super().__init__()
        self.setObjectName(name)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.edits: dict[str, QLineEdit] = {}
        for i, (code, label) in enumerate(parties):
            caption = QLabel(label)
            edit = QLineEdit()
            edit.setObjectName(f"{name}_{code}")
            edit.setPlaceholderText(placeholder)
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setAccessibleName(label)
            caption.setBuddy(edit)
            edit.textChanged.connect(self.changed)
            row, column = divmod(i, 2)
            grid.addWidget(caption, row, column * 3)
            grid.addWidget(edit, row, column * 3 + 1)
            if suffix:
                grid.addWidget(QLabel(suffix), row, column * 3 + 2)
            self.edits[code] = edit
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(4, 1)

    def values(self) -> dict[str, str]:
        return {code: edit.text().strip() for code, edit in self.edits.items() if edit.text().strip()}

    def set_values(self, values: dict[str, str]) -> None:
        for code, edit in self.edits.items():
            edit.setText(values.get(code, ""))


class ComponentRow(QFrame):
    """One weighted component: 基準, 割合 %, and what the basis needs per party."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, parties: PartyList, lead_code: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._hidden_measure = ""  # a measure of a statistic basis kept as loaded (e.g. households)
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.basis = QComboBox()
        self.basis.setObjectName("component_basis")
        for basis in BASIS:
            self.basis.addItem(basis_name(basis), basis.value)
        basis_label = QLabel(self.tr("基準:"))
        basis_label.setBuddy(self.basis)
        self.weight = QLineEdit()
        self.weight.setObjectName("component_weight")
        self.weight.setPlaceholderText(self.tr("例: 40"))
        self.weight.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.weight.setMinimumWidth(self.fontMetrics().horizontalAdvance("100.5") + 24)
        self.weight.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 12)
        weight_label = QLabel(self.tr("割合:"))
        weight_label.setBuddy(self.weight)
        self.remove_button = QPushButton(self.tr("削除"))
        self.remove_button.setObjectName("component_remove")
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(basis_label)
        top.addWidget(self.basis, 1)
        top.addWidget(weight_label)
        top.addWidget(self.weight)
        top.addWidget(QLabel("%"))
        top.addWidget(self.remove_button)
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.help.setStyleSheet(_HELP_STYLE)

        # 均等割: optional weights per party
        self.use_weights = QCheckBox(self.tr("団体ごとに重みを付ける（例: 町村は市の0.5。空欄は1）"))
        self.use_weights.setObjectName("component_use_weights")
        self.party_weights = PartyInputs(parties, "party_weight", placeholder="1")
        self.use_weights.toggled.connect(self.party_weights.setVisible)
        # 利用割: the figure's name, date and source, and each party's value
        self.usage_box = QWidget()
        usage_form = QFormLayout(self.usage_box)
        usage_form.setContentsMargins(0, 0, 0, 0)
        self.measure = QLineEdit()
        self.measure.setObjectName("component_measure")
        self.measure.setPlaceholderText(self.tr("例: 搬入量、審査件数（空欄は「利用量」）"))
        self.reference_date = QLineEdit()
        self.reference_date.setObjectName("component_reference_date")
        self.reference_date.setPlaceholderText(self.tr("例: 2024-03-31、令和6年3月31日"))
        self.source = QLineEdit()
        self.source.setObjectName("component_source")
        self.source.setPlaceholderText(self.tr("例: 令和5年度搬入実績"))
        for caption, widget in (
            (self.tr("数値の名前:"), self.measure),
            (self.tr("基準日:"), self.reference_date),
            (self.tr("出典:"), self.source),
        ):
            label = QLabel(caption)
            label.setBuddy(widget)
            usage_form.addRow(label, widget)
        self.usage = PartyInputs(parties, "usage_value")
        usage_form.addRow(QLabel(self.tr("各団体の値:")), self.usage)
        # 協議により別に定める: each party's percentage
        self.agreed_box = QWidget()
        agreed_col = QVBoxLayout(self.agreed_box)
        agreed_col.setContentsMargins(0, 0, 0, 0)
        self.percentages = PartyInputs(parties, "agreed_percent", suffix="%")
        self.agreed_sum = QLabel()
        self.agreed_sum.setObjectName("component_agreed_sum")
        agreed_col.addWidget(self.percentages)
        agreed_col.addWidget(self.agreed_sum)
        # 所在地負担: the host
        self.host_box = QWidget()
        host_row = QHBoxLayout(self.host_box)
        host_row.setContentsMargins(0, 0, 0, 0)
        self.host = QComboBox()
        self.host.setObjectName("component_host")
        for code, label in parties:
            self.host.addItem(label, code)
        self.host.setCurrentIndex(max(0, self.host.findData(lead_code)))
        host_label = QLabel(self.tr("所在団体:"))
        host_label.setBuddy(self.host)
        host_row.addWidget(host_label)
        host_row.addWidget(self.host, 1)

        self.error = QLabel()
        self.error.setObjectName("component_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()

        col = QVBoxLayout(self)
        col.addLayout(top)
        col.addWidget(self.help)
        col.addWidget(self.use_weights)
        col.addWidget(self.party_weights)
        col.addWidget(self.usage_box)
        col.addWidget(self.agreed_box)
        col.addWidget(self.host_box)
        col.addWidget(self.error)

        self.basis.currentIndexChanged.connect(self._basis_changed)
        for edit in (self.weight, self.measure, self.reference_date, self.source):
            edit.textChanged.connect(self.changed)
        for inputs in (self.party_weights, self.usage, self.percentages):
            inputs.changed.connect(self.changed)
        self.use_weights.toggled.connect(self.changed)
        self.host.currentIndexChanged.connect(self.changed)
        self._basis_changed()

    # --- state ---

    def current_basis(self) -> Basis:
        return Basis(self.basis.currentData())

    def set_basis(self, basis: Basis) -> None:
        self.basis.setCurrentIndex(max(0, self.basis.findData(basis.value)))

    def set_number(self, number: int) -> None:
        self.title.setText(self.tr("配分基準{0}").format(number))

    def figure(self) -> str | None:
        """The name of the figure this component reads from each party (figure bases only)."""
        basis = self.current_basis()
        if basis is Basis.USAGE:
            return self.measure.text().strip() or basis.value
        if basis in FIGURE_BASES:
            return self._hidden_measure or basis.value
        return None

    def _basis_changed(self) -> None:
        basis = self.current_basis()
        self.help.setText(basis_help(basis))
        self.use_weights.setVisible(basis is Basis.EQUAL)
        self.party_weights.setVisible(basis is Basis.EQUAL and self.use_weights.isChecked())
        self.usage_box.setVisible(basis is Basis.USAGE)
        self.agreed_box.setVisible(basis is Basis.AGREED)
        self.host_box.setVisible(basis is Basis.HOST_PAYS)
        self.changed.emit()

    def update_agreed_sum(self) -> None:
        total = Decimal(0)
        readable = True
        for text in self.percentages.values().values():
            try:
                value = parse_decimal(_weight_text(text))
            except ParseError:
                readable = False
                continue
            total += value or 0
        if not readable:
            self.agreed_sum.setText(self.tr("合計: —（数値でない割合があります）"))
        elif total == 100:
            self.agreed_sum.setText(self.tr("合計: 100% ✓"))
        else:
            self.agreed_sum.setText(self.tr("合計: {0}%（100%にしてください）").format(_number_text(total)))

    def to_json(self) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
        """(the component as the rule JSON holds it, the figures it carries per party)."""
        basis = self.current_basis()
        component: dict[str, Any] = {"basis": basis.value, "weight": _weight_text(self.weight.text())}
        figures: dict[str, dict[str, Any]] = {}
        if basis is Basis.EQUAL and self.use_weights.isChecked():
            weights = self.party_weights.values()
            if weights:
                component["party_weights"] = weights
        elif basis is Basis.USAGE:
            measure = self.measure.text().strip()
            if measure:
                component["measure"] = measure
            name = measure or basis.value
            for code, value in self.usage.values().items():
                figure: dict[str, Any] = {"value": value}
                if self.reference_date.text().strip():
                    figure["reference_date"] = self.reference_date.text().strip()
                if self.source.text().strip():
                    figure["source"] = self.source.text().strip()
                figures[code] = {name: figure}
        elif basis in FIGURE_BASES and self._hidden_measure:
            component["measure"] = self._hidden_measure
        elif basis is Basis.AGREED:
            component["percentages"] = {
                code: _weight_text(v) for code, v in self.percentages.values().items()
            }
        elif basis is Basis.HOST_PAYS:
            component["host"] = self.host.currentData()
        return component, figures

    def load(self, component: Component, figures: dict[str, dict[str, BaseFigure]]) -> None:
        basis = Basis(component.basis)
        self.set_basis(basis)
        self.weight.setText(_number_text(component.weight))
        if basis is Basis.EQUAL and component.party_weights:
            self.use_weights.setChecked(True)
            self.party_weights.set_values({k: _number_text(v) for k, v in component.party_weights.items()})
        if basis is Basis.USAGE:
            self.measure.setText(component.measure)
            name = component.measure or basis.value
            values = {code: f[name] for code, f in figures.items() if name in f}
            self.usage.set_values({code: _number_text(f.value) for code, f in values.items()})
            first = next(iter(values.values()), None)
            if first is not None:
                self.reference_date.setText(first.reference_date.isoformat())
                self.source.setText(first.source)
        elif basis in FIGURE_BASES:
            self._hidden_measure = component.measure
        if basis is Basis.AGREED:
            self.percentages.set_values({k: _number_text(v) for k, v in component.percentages.items()})
        if basis is Basis.HOST_PAYS and component.host:
            self.host.setCurrentIndex(max(0, self.host.findData(component.host)))
        self._basis_changed()

    def show_error(self, messages: Sequence[str]) -> None:
        self.error.setText("\n".join(f"⚠ {m}" for m in messages))
        self.error.setVisible(bool(messages))
        self.setAccessibleDescription(self.error.text())


# --- the preview tables ---------------------------------------------------------------------------


class _Table(QAbstractTableModel):
    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._rows: list[list[str]] = []
        self._headers: list[str] = []
        self._bold_rows: set[int] = set()
        self._error_rows: set[int] = set()
        self._left_columns: set[int] = {0}

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
                return self._headers[section]
            if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
                return str(section + 1)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (
            0 <= index.row() < len(self._rows) and 0 <= index.column() < len(self._headers)
        ):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() not in self._left_columns:
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and index.row() in self._bold_rows:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and index.row() in self._error_rows:
            return QBrush(QColor("#b00020"))
        return None

    def _reset(
        self, headers: list[str], rows: list[list[str]], bold: set[int], errors: set[int] | None = None
    ) -> None:
        self.beginResetModel()
        self._headers, self._rows, self._bold_rows, self._error_rows = (
            headers,
            rows,
            set(bold),
            set(errors or ()),
        )
        self.endResetModel()

    def cell(self, row: int, column: int) -> str:
        return self._rows[row][column]


class PreviewModel(_Table):
    """The split the rule gives: 団体, (定額,) each component, 負担額 (千円 or 人工), 負担額（円）, 割合（%）; 合計.
    Headers are two lines (name, then unit) to keep the columns narrow."""

    def set_preview(self, item: ItemShares | None, parties: PartyList) -> None:
        unit = item.unit if item is not None else Unit.YEN
        allocation = item.allocation if item is not None else None
        headers = [translate("SharingRuleEditor", "団体")]
        components = list(allocation.item.rule.components) if allocation is not None else []
        has_fixed = allocation is not None and any(allocation.fixed)
        if has_fixed:
            headers.append(
                translate("SharingRuleEditor", "定額\n（千円）")
                if unit is Unit.YEN
                else translate("SharingRuleEditor", "定額\n（人工）")
            )
        for c in components:
            label = component_label(c.basis, c.measure)
            headers.append(
                translate("SharingRuleEditor", "{0}\n{1}%（千円）").format(label, _number_text(c.weight))
                if unit is Unit.YEN
                else translate("SharingRuleEditor", "{0}\n{1}%（人工）").format(label, _number_text(c.weight))
            )
        if unit is Unit.YEN:
            headers += [
                translate("SharingRuleEditor", "負担額\n（千円）"),
                translate("SharingRuleEditor", "負担額\n（円）"),
            ]
        else:
            headers.append(translate("SharingRuleEditor", "負担\n（人工）"))
        headers.append(translate("SharingRuleEditor", "割合\n（%）"))
        rows: list[list[str]] = []
        for k, (code, label) in enumerate(parties):
            row = [label]
            if allocation is None:
                row += ["—"] * (len(headers) - 1)
            else:
                if has_fixed:
                    row.append(amount_text(allocation.fixed[k], unit))
                row += [amount_text(col[k], unit) for col in allocation.by_component]
                row.append(amount_text(allocation.amounts[k], unit))
                if unit is Unit.YEN:
                    row.append(yen_text(allocation.amounts[k]))
                percent = item.percent_of(code) if item is not None else None
                row.append(f"{percent:.2f}" if percent is not None else "—")
            rows.append(row)
        bold: set[int] = set()
        if allocation is not None:
            total = [translate("SharingRuleEditor", "合計")]
            if has_fixed:
                total.append(amount_text(sum(allocation.fixed), unit))
            total += [amount_text(a, unit) for a in allocation.component_amounts]
            total.append(amount_text(allocation.net, unit))
            if unit is Unit.YEN:
                total.append(yen_text(allocation.net))
            total.append("100.00" if allocation.net else "—")
            rows.append(total)
            bold.add(len(rows) - 1)
        self._reset(headers, rows, bold)


class FiguresModel(_Table):
    """The base figures the rule reads: 団体, 基礎数値, 値, 基準日, 出典; a missing one says so."""

    def set_figures(self, item: ItemShares | None, parties: PartyList) -> None:
        headers = [
            translate("SharingRuleEditor", "団体"),
            translate("SharingRuleEditor", "基礎数値"),
            translate("SharingRuleEditor", "値"),
            translate("SharingRuleEditor", "基準日"),
            translate("SharingRuleEditor", "出典"),
        ]
        rows: list[list[str]] = []
        errors: set[int] = set()
        rule = item.rule if item is not None else None
        by_code = {p.id: p for p in item.parties} if item is not None else {}
        labels = dict(parties)
        seen: set[str] = set()
        for component in rule.components if rule is not None else ():
            if component.basis not in FIGURE_BASES or component.figure in seen:
                continue
            seen.add(component.figure)
            for code, _label in parties:
                party = by_code.get(code)
                figure = party.figures.get(component.figure) if party is not None else None
                name = figure_name(component.figure)
                if figure is None:
                    errors.add(len(rows))
                    rows.append([labels[code], name, translate("SharingRuleEditor", "⚠ なし"), "", ""])
                else:
                    rows.append(
                        [
                            labels[code],
                            name,
                            f"{figure.value.normalize():,f}",
                            pt.date_text(figure.reference_date),
                            figure.source,
                        ]
                    )
        self._left_columns = {0, 1, 4}
        self._reset(headers, rows, set(), errors)


# --- the dialog -----------------------------------------------------------------------------------


class SharingRuleEditor(QDialog):
    """Edit the rule of ``plan.cost_items[item_index]`` (``item_index`` None: the workload's own rule).

    After a successful save ``saved_plan`` is the plan as stored (the dialog is accepted); with
    ``undo_stack`` the change is pushed as an EditPlanCommand whose undo/redo call ``refresh(plan_id)``.
    """

    def __init__(
        self,
        services: Services,
        plan: Plan,
        item_index: int | None,
        parent: QWidget | None = None,
        *,
        undo_stack: QUndoStack | None = None,
        refresh: Callable[[int | None], None] | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("SharingRuleEditor")
        self._services = services
        self._plan = plan
        self._index = item_index
        self._undo_stack = undo_stack
        self._refresh = refresh
        self.saved_plan: Plan | None = None
        self._unit = Unit.YEN if item_index is not None else Unit.PERSON_YEARS
        shares = services.shares
        self._parties: list[tuple[str, str]] = [
            (p.code, texts.party_label(p.letter, shares.party_name(p.code))) for p in plan.participants
        ]
        self._preview: ItemShares | None = None
        self.rows: list[ComponentRow] = []
        item_name = plan.cost_items[item_index].name if item_index is not None else self.tr("業務量（人工）")
        self.setWindowTitle(self.tr("配分ルールの編集 — {0}「{1}」").format(plan.name, item_name))

        # --- header ---
        self.header = QLabel()
        self.header.setObjectName("rule_header")
        self.header.setWordWrap(True)
        if item_index is not None:
            item = plan.cost_items[item_index]
            self.header.setText(
                self.tr(
                    "費用項目「{0}」: 総額 {1} 千円 − 特定財源 {2} 千円 ＝ 配分する額 {3} 千円（{4} 円）"
                ).format(
                    item.name,
                    texts.thousand_yen(item.annual_total_yen),
                    texts.thousand_yen(item.specific_revenue_yen),
                    texts.thousand_yen(item.net_yen),
                    yen_text(item.net_yen),
                )
            )
        else:
            header = self.tr("業務量: {0} 人工を参加団体で分担します（0.01人工単位）。").format(
                amount_text(plan.workload_person_years, Unit.PERSON_YEARS)
            )
            if not plan.workload_rule_json.strip() and plan.workload_follows_item:
                header += "\n" + self.tr(
                    "いまは費用項目「{0}」のルール（定額を除く）で分担しています。保存すると業務量だけのルールになります。"
                ).format(plan.workload_follows_item)
            self.header.setText(header)

        # --- components ---
        self.components_box = QGroupBox(self.tr("配分基準と割合"))
        self.rows_layout = QVBoxLayout()
        self.empty_hint = QLabel(
            self.tr("配分基準がありません。「基準を追加」で均等割・人口割などを加えてください。")
        )
        self.empty_hint.setWordWrap(True)
        self.add_button = QPushButton(self.tr("基準を追加(&A)"))
        self.add_button.setObjectName("add_component")
        self.add_button.clicked.connect(lambda: self.add_component())
        self.total = QLabel()
        self.total.setObjectName("weights_total")
        font = self.total.font()
        font.setBold(True)
        self.total.setFont(font)
        self.total.setWordWrap(True)
        self.total_error = QLabel()
        self.total_error.setObjectName("error_components")
        self.total_error.setStyleSheet(ERROR_STYLE)
        self.total_error.setWordWrap(True)
        self.total_error.hide()
        box_col = QVBoxLayout(self.components_box)
        box_col.addLayout(self.rows_layout)
        box_col.addWidget(self.empty_hint)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.total, 1)
        box_col.addLayout(add_row)
        box_col.addWidget(self.total_error)

        # --- fixed amounts ---
        unit_label = self.tr("円") if self._unit is Unit.YEN else self.tr("人工")
        self.fixed_box = QGroupBox(self.tr("定額を先に差し引く(&F)"))
        self.fixed_box.setObjectName("fixed_box")
        self.fixed_box.setCheckable(True)
        self.fixed_box.setChecked(False)
        self.fixed = PartyInputs(self._parties, "fixed_amount", suffix=unit_label)
        self.fixed_error = QLabel()
        self.fixed_error.setObjectName("error_fixed")
        self.fixed_error.setStyleSheet(ERROR_STYLE)
        self.fixed_error.setWordWrap(True)
        self.fixed_error.hide()
        fixed_col = QVBoxLayout(self.fixed_box)
        fixed_help = QLabel(
            self.tr("団体ごとの定額負担（空欄は0）。定額を差し引いた残りを、上の配分基準で分けます。")
        )
        fixed_help.setWordWrap(True)
        fixed_help.setStyleSheet(_HELP_STYLE)
        fixed_col.addWidget(fixed_help)
        fixed_col.addWidget(self.fixed)
        fixed_col.addWidget(self.fixed_error)
        self.fixed.setVisible(False)
        self.fixed_box.toggled.connect(self.fixed.setVisible)

        # --- rounding and remainder ---
        rounding_box = QGroupBox(self.tr("端数の処理"))
        form = QFormLayout(rounding_box)
        self.rounding = QComboBox()
        self.rounding.setObjectName("rounding")
        for value in Rounding:
            self.rounding.addItem(rounding_name(value), value.value)
        self.rounding_help = QLabel()
        self.rounding_help.setWordWrap(True)
        self.rounding_help.setStyleSheet(_HELP_STYLE)
        self.remainder = QComboBox()
        self.remainder.setObjectName("remainder")
        for value in RemainderRule:
            self.remainder.addItem(remainder_name(value), value.value)
        self.remainder_help = QLabel()
        self.remainder_help.setWordWrap(True)
        self.remainder_help.setStyleSheet(_HELP_STYLE)
        self.rounding_error = QLabel()
        self.rounding_error.setObjectName("error_rounding")
        self.rounding_error.setStyleSheet(ERROR_STYLE)
        self.rounding_error.setWordWrap(True)
        self.rounding_error.hide()
        rounding_label = QLabel(self.tr("端数の処理(&R):"))
        rounding_label.setBuddy(self.rounding)
        remainder_label = QLabel(self.tr("端数の負担(&M):"))
        remainder_label.setBuddy(self.remainder)
        form.addRow(rounding_label, self.rounding)
        form.addRow("", self.rounding_help)
        form.addRow(remainder_label, self.remainder)
        form.addRow("", self.remainder_help)
        form.addRow("", self.rounding_error)

        left_body = QWidget()
        left_col = QVBoxLayout(left_body)
        left_col.addWidget(self.components_box)
        left_col.addWidget(self.fixed_box)
        left_col.addWidget(rounding_box)
        left_col.addStretch(1)
        left = QScrollArea()
        left.setWidgetResizable(True)
        left.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left.setWidget(left_body)

        # --- preview ---
        self.preview_model = PreviewModel(self)
        self.preview = self._table("rule_preview", self.preview_model)
        preview_label = QLabel(self.tr("配分の試算(&P):"))
        preview_label.setBuddy(self.preview)
        self.preview_status = QLabel()
        self.preview_status.setObjectName("preview_status")
        self.preview_status.setWordWrap(True)
        self.preview_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview_note = QLabel(rounding_note() if self._unit is Unit.YEN else "")
        self.preview_note.setWordWrap(True)
        self.figures_model = FiguresModel(self)
        self.figures = self._table("rule_figures", self.figures_model)
        figures_label = QLabel(self.tr("使う基礎数値(&G):"))
        figures_label.setBuddy(self.figures)

        # --- missing statistics: enter them here ---
        self.missing_box = QGroupBox(self.tr("不足している基礎数値"))
        self.missing_box.setObjectName("missing_box")
        self.missing_text = QLabel()
        self.missing_text.setObjectName("missing_text")
        self.missing_text.setStyleSheet(ERROR_STYLE)
        self.missing_text.setWordWrap(True)
        self.missing_target = QComboBox()
        self.missing_target.setObjectName("missing_target")
        self.missing_value = QLineEdit()
        self.missing_value.setObjectName("missing_value")
        self.missing_date = QLineEdit()
        self.missing_date.setObjectName("missing_date")
        self.missing_date.setPlaceholderText(self.tr("例: 2024-01-01、令和6年1月1日"))
        self.missing_source = QLineEdit()
        self.missing_source.setObjectName("missing_source")
        self.missing_source.setPlaceholderText(self.tr("例: 住民基本台帳"))
        self.missing_button = QPushButton(self.tr("統計に登録(&T)"))
        self.missing_button.setObjectName("missing_register")
        self.missing_button.clicked.connect(self.register_missing)
        self.missing_error = QLabel()
        self.missing_error.setObjectName("missing_error")
        self.missing_error.setStyleSheet(ERROR_STYLE)
        self.missing_error.setWordWrap(True)
        self.missing_error.hide()
        missing_form = QFormLayout()
        for caption, widget in (
            (self.tr("団体と数値:"), self.missing_target),
            (self.tr("値:"), self.missing_value),
            (self.tr("基準日:"), self.missing_date),
            (self.tr("出典:"), self.missing_source),
        ):
            label = QLabel(caption)
            label.setBuddy(widget)
            missing_form.addRow(label, widget)
        missing_col = QVBoxLayout(self.missing_box)
        missing_col.addWidget(self.missing_text)
        hint = QLabel(
            self.tr(
                "0とはみなしません。ここで市町村の統計に登録するか、「市町村」のページで入力・取り込みをしてください。保存はできますが、数値がそろうまで負担額は計算されません。"
            )
        )
        hint.setWordWrap(True)
        missing_col.addWidget(hint)
        missing_col.addLayout(missing_form)
        missing_col.addWidget(self.missing_button, 0, Qt.AlignmentFlag.AlignRight)
        missing_col.addWidget(self.missing_error)
        self.missing_box.hide()

        right = QWidget()
        right_col = QVBoxLayout(right)
        right_col.setContentsMargins(0, 0, 0, 0)
        right_col.addWidget(preview_label)
        right_col.addWidget(self.preview_status)
        right_col.addWidget(self.preview, 1)
        right_col.addWidget(self.preview_note)
        right_col.addWidget(figures_label)
        right_col.addWidget(self.figures, 1)
        right_col.addWidget(self.missing_box)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 6)
        self.split = split

        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setWordWrap(True)
        self.summary.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("キャンセル"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(split, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh_preview)
        self.rounding.currentIndexChanged.connect(self._options_changed)
        self.remainder.currentIndexChanged.connect(self._options_changed)
        self.fixed.changed.connect(self._schedule)
        self.fixed_box.toggled.connect(self._schedule)

        self.load_failure: ValidationFailed | None = None
        self._load()
        self._options_changed()
        self.refresh_preview()
        em = self.fontMetrics().horizontalAdvance("あ")
        width, height = em * 108, self.fontMetrics().height() * 58
        screen = self.screen()
        if screen is not None:  # at 125–150% scaling on a small screen: what fits, scrolled inside
            available = screen.availableGeometry()
            width, height = (
                min(width, int(available.width() * 0.95)),
                min(height, int(available.height() * 0.92)),
            )
        self.resize(width, height)
        split.setSizes([width * 45 // 100, width * 55 // 100])

    def _table(self, name: str, model: QAbstractTableModel) -> QTableView:
        view = QTableView()
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setTabKeyNavigation(False)
        view.setAlternatingRowColors(True)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        return view

    # --- loading ---

    def _stored_rule(self) -> str:
        plan = self._plan
        if self._index is not None:
            return plan.cost_items[self._index].rule_json
        if plan.workload_rule_json.strip():
            return plan.workload_rule_json
        followed = next((i for i in plan.cost_items if i.name == plan.workload_follows_item), None)
        return followed.rule_json if followed is not None else ""

    def _load(self) -> None:
        text = self._stored_rule()
        if not text.strip():
            self._update_rows()
            return
        try:
            rule, figures = parse_plan_rule(text, [code for code, _ in self._parties])
        except ValidationFailed as failure:  # a damaged rule: start afresh, say why
            self.load_failure = failure
            self.summary.setText(
                self.tr("保存されている配分ルールを読めませんでした。入力し直してください: {0}").format(
                    " ".join(share_issue_text(i, self._name_of) for i in failure.issues)
                )
            )
            self.summary.show()
            self._update_rows()
            return
        for component in rule.components:
            self.add_component(component, figures, schedule=False)
        if rule.fixed and (self._index is not None or self._plan.workload_rule_json.strip()):
            self.fixed_box.setChecked(True)
            self.fixed.set_values({k: _number_text(v) for k, v in rule.fixed.items()})
        self.rounding.setCurrentIndex(max(0, self.rounding.findData(str(rule.rounding))))
        self.remainder.setCurrentIndex(max(0, self.remainder.findData(str(rule.remainder))))
        self._update_rows()

    def _name_of(self, code: str) -> str:
        return self._services.shares.party_name(code)

    # --- components ---

    def add_component(
        self,
        component: Component | None = None,
        figures: dict[str, dict[str, BaseFigure]] | None = None,
        *,
        schedule: bool = True,
    ) -> ComponentRow:
        row = ComponentRow(self._parties, self._plan.lead_code)
        row.changed.connect(self._schedule)
        row.remove_requested.connect(self.remove_component)
        if component is not None:
            row.load(component, figures or {})
        else:
            used = {r.current_basis() for r in self.rows}
            row.set_basis(next((b for b in BASIS if b not in used), Basis.EQUAL))
            rest = Decimal(100) - self._weights_sum()[0]
            if rest > 0:
                row.weight.setText(_number_text(rest))
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        row.show()  # at once, not when the layout next runs (a message may be shown on it right away)
        self._update_rows()
        if schedule:
            row.basis.setFocus(Qt.FocusReason.OtherFocusReason)
            self._schedule()
        return row

    def remove_component(self, row: ComponentRow) -> None:
        if row not in self.rows:
            return
        index = self.rows.index(row)
        self.rows.remove(row)
        self.rows_layout.removeWidget(row)
        row.deleteLater()
        self._update_rows()
        if self.rows:
            self.rows[min(index, len(self.rows) - 1)].basis.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._schedule()

    def _update_rows(self) -> None:
        for number, row in enumerate(self.rows, start=1):
            row.set_number(number)
        self.empty_hint.setVisible(not self.rows)

    def _weights_sum(self) -> tuple[Decimal, bool]:
        total = Decimal(0)
        readable = True
        for row in self.rows:
            try:
                value = parse_decimal(_weight_text(row.weight.text()))
            except ParseError:
                readable = False
                continue
            total += value or 0
        return total, readable

    def _update_total(self) -> None:
        total, readable = self._weights_sum()
        if not self.rows:
            self.total.setText(self.tr("割合の合計: 0%"))
            self.total.setStyleSheet(ERROR_STYLE)
        elif not readable:
            self.total.setText(self.tr("割合の合計: —（数値でない割合があります）"))
            self.total.setStyleSheet(ERROR_STYLE)
        elif total == 100:
            self.total.setText(self.tr("割合の合計: 100% ✓"))
            self.total.setStyleSheet("")
        else:
            self.total.setText(
                self.tr(
                    "割合の合計: {0}% — 配分割合の合計が100%になっていません（100%との差 {1}%）。"
                ).format(_number_text(total), _number_text(Decimal(100) - total))
            )
            self.total.setStyleSheet(ERROR_STYLE)
        for row in self.rows:
            row.update_agreed_sum()

    def _options_changed(self) -> None:
        self.rounding_help.setText(rounding_help(Rounding(self.rounding.currentData())))
        self.remainder_help.setText(remainder_help(RemainderRule(self.remainder.currentData())))
        self._schedule()

    def _schedule(self, *_args: object) -> None:
        self._update_total()
        self._timer.start()

    # --- the rule as typed ---

    def rule_json(self) -> str:
        """The rule as the inputs stand, in the JSON a plan's cost item stores (numbers as typed)."""
        components: list[dict[str, Any]] = []
        figures: dict[str, dict[str, Any]] = {}
        for row in self.rows:
            component, carried = row.to_json()
            components.append(component)
            for code, named in carried.items():
                figures.setdefault(code, {}).update(named)
        data: dict[str, Any] = {"components": components}
        if self.fixed_box.isChecked():
            fixed = self.fixed.values()
            if fixed:
                data["fixed"] = fixed
        data["rounding"] = self.rounding.currentData()
        data["remainder"] = self.remainder.currentData()
        if figures:
            data[FIGURES_KEY] = figures
        return json.dumps(data, ensure_ascii=False)

    # --- preview ---

    def refresh_preview(self) -> ItemShares:
        self._timer.stop()
        self._update_total()
        item = self._services.shares.preview(self._plan, self._index, self.rule_json())
        self._preview = item
        self.preview_model.set_preview(item, self._parties)
        self.figures_model.set_figures(item, self._parties)
        if item.allocation is not None:
            net = item.allocation.net
            if self._unit is Unit.YEN:
                self.preview_status.setText(
                    self.tr(
                        "配分する額 {0} 円を下の表のとおり配分します（各団体の負担額の合計は {0} 円で一致します）。"
                    ).format(yen_text(net))
                )
            else:
                self.preview_status.setText(
                    self.tr("{0} 人工を下の表のとおり分担します（合計は {0} 人工で一致します）。").format(
                        amount_text(net, Unit.PERSON_YEARS)
                    )
                )
            self.preview_status.setStyleSheet("")
        else:
            problems = [share_issue_text(i, self._name_of) for i in item.issues]
            self.preview_status.setText(
                self.tr("この入力では計算できません:") + "\n" + "\n".join(f"⚠ {p}" for p in problems)
                if problems
                else self.tr("配分基準を追加すると、ここに各団体の負担額が表示されます。")
            )
            self.preview_status.setStyleSheet(ERROR_STYLE if problems else "")
        self._update_missing(item)
        for view in (self.preview, self.figures):
            view.resizeColumnsToContents()
        return item

    def preview_result(self) -> ItemShares | None:
        return self._preview

    def _update_missing(self, item: ItemShares) -> None:
        missing = item.missing_statistics
        current = self.missing_target.currentData()
        self.missing_target.blockSignals(True)
        self.missing_target.clear()
        lines = []
        for m in missing:
            label = self.tr("{0} の{1}").format(self._name_of(m.party), texts.stat_name(m.kind))
            self.missing_target.addItem(label, (m.party, m.kind.value))
            lines.append(
                self.tr("⚠ {0} の{1}がありません（{2}に必要です）。").format(
                    self._name_of(m.party), texts.stat_name(m.kind), basis_name(m.basis)
                )
            )
        if current is not None:
            self.missing_target.setCurrentIndex(max(0, self.missing_target.findData(current)))
        self.missing_target.blockSignals(False)
        self.missing_text.setText("\n".join(lines))
        self.missing_box.setVisible(bool(missing))

    def register_missing(self) -> bool:
        """Enter the selected missing figure as a municipality statistic, then compute again."""
        target = self.missing_target.currentData()
        if target is None:
            return False
        code, kind = target
        try:
            self._services.municipalities.set_statistic(
                code, kind, self.missing_value.text(), self.missing_date.text(), self.missing_source.text()
            )
        except ValidationFailed as failure:
            self.missing_error.setText("\n".join(f"⚠ {texts.issue_text(i)}" for i in failure.issues))
            self.missing_error.show()
            return False
        self.missing_error.hide()
        self.missing_value.clear()
        self.refresh_preview()
        if self.missing_box.isVisible():
            self.missing_value.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    # --- saving ---

    def _clear_errors(self) -> None:
        for row in self.rows:
            row.show_error([])
        for label in (self.total_error, self.fixed_error, self.rounding_error):
            label.setText("")
            label.hide()
        self.summary.hide()

    def show_issues(self, issues: Sequence[ValidationIssue]) -> None:
        """Each message next to the field concerned (a component, the total, 定額, 端数); the rest in the summary."""
        self._clear_errors()
        per_row: dict[int, list[str]] = {}
        total: list[str] = []
        fixed: list[str] = []
        rounding: list[str] = []
        other: list[str] = []
        figure_rows = {row.figure(): i for i, row in enumerate(self.rows) if row.figure() is not None}
        for issue in issues:
            text = share_issue_text(issue, self._name_of)
            field = issue.field
            if field.startswith("rule.components["):
                index = field[len("rule.components[") :].split("]", 1)[0]
                if index.isdigit() and int(index) < len(self.rows):
                    per_row.setdefault(int(index), []).append(text)
                    continue
            if field == "rule.components":
                total.append(text)
            elif field.startswith(f"rule.{FIGURES_KEY}."):
                parts = field.split(".")
                name = parts[3] if len(parts) > 3 else None
                if name in figure_rows:
                    per_row.setdefault(figure_rows[name], []).append(text)
                else:
                    other.append(text)
            elif field.startswith("rule.fixed"):
                fixed.append(text)
            elif field in ("rule.rounding", "rule.remainder"):
                rounding.append(text)
            elif not is_statistics_issue(issue):
                other.append(text)
        for index, messages in per_row.items():
            self.rows[index].show_error(list(dict.fromkeys(messages)))
        for label, messages in (
            (self.total_error, total),
            (self.fixed_error, fixed),
            (self.rounding_error, rounding),
        ):
            label.setText("\n".join(f"⚠ {m}" for m in dict.fromkeys(messages)))
            label.setVisible(bool(messages))
        if other:
            self.summary.setText("\n".join(f"⚠ {m}" for m in dict.fromkeys(other)))
            self.summary.show()

    def save(self) -> bool:
        """Validate and store the rule (one transaction); on failure name each problem, save nothing."""
        assert self._plan.id is not None
        text = self.rule_json()
        before = self._services.plans.get(self._plan.id)
        try:
            result = save_with_conflict_check(self, self._store_rule, self._with_rule(self._plan, text), show_stored=self._show_stored)
        except ValidationFailed as failure:
            self.show_issues(failure.issues)
            message = self.tr(
                "入力内容に誤りがあります（{0}件）。赤字の項目を修正してください。保存はしていません。"
            ).format(len(failure.issues))
            self.summary.setText(message + ("\n" + self.summary.text() if self.summary.isVisible() else ""))
            self.summary.show()
            first = next((r for r in self.rows if r.error.isVisible()), None)
            if first is not None:
                first.weight.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        if result is None:  # キャンセル: this editor stays open with the input (保存されている内容を表示: closed)
            return False
        saved = result.record
        self._clear_errors()
        self.saved_plan = saved
        if self._undo_stack is not None and before is not None:
            refresh = self._refresh or (lambda _plan_id: None)
            item = saved.cost_items[self._index].name if self._index is not None else self.tr("業務量")
            self._undo_stack.push(
                EditPlanCommand(
                    self.tr("配分ルールの変更（{0}）").format(item),
                    self._services.plans,
                    refresh,
                    before,
                    saved,
                )
            )
        return True

    # --- a rule changed elsewhere since this editor read it (ui/conflicts.py) ---

    def _rule_of(self, plan: Plan) -> str | None:
        if self._index is None:
            return plan.workload_rule_json
        return plan.cost_items[self._index].rule_json if self._index < len(plan.cost_items) else None

    def _with_rule(self, plan: Plan, text: str | None) -> Plan:
        if self._index is None:
            return plan.with_changes(workload_rule_json=text or "")
        items = list(plan.cost_items)
        items[self._index] = dataclasses.replace(items[self._index], rule_json=text or "")
        return plan.with_changes(cost_items=tuple(items))

    def _store_rule(self, attempted: Plan) -> tuple[Plan, Any]:
        """set_rule (it applies the rule to the stored plan, keeping other changes made meanwhile), unless
        this very rule was changed elsewhere since the editor read it: then StaleRecord, the stored plan
        against the stored plan with this rule. ``attempted.version`` is the version read, or the stored
        one once the user chose to overwrite."""
        assert attempted.id is not None
        mine = self._rule_of(attempted)
        current = self._services.plans.get(attempted.id)
        if current is not None and current.version != attempted.version:
            stored = self._rule_of(current)
            if stored is not None and stored != self._rule_of(self._plan) and stored != mine:
                raise StaleRecord("plan", current, self._with_rule(current, mine).with_changes(version=attempted.version))
        return self._services.shares.set_rule(attempted.id, self._index, mine or "")

    def _show_stored(self, stored: Plan) -> None:
        """保存されている内容を表示: close without saving; the page shows the stored plan."""
        if self._refresh is not None:
            self._refresh(stored.id)
        self.reject()

    def accept(self) -> None:  # noqa: D102
        if self.save():
            super().accept()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange and hasattr(self, "figures"):
            for view in (self.preview, self.figures):
                view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
                view.resizeColumnsToContents()
        super().changeEvent(event)
