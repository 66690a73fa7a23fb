"""Table models of the 連携案 page and the plan editor.

- ``DutyPlansModel`` (+ ``DutyPlansProxy``): the home town's duties with the number of plans and the
  chosen one (★ 採用).
- ``PlanComparisonModel``: a duty's alternative plans side by side, one plan per column.
- ``ChecklistModel``: the procedure checklist of one plan; status and date are editable, edits are kept
  as typed until the page has validated and saved them, and messages stand in the row of the step.
- ``PortfolioModel``: each party across all chosen plans.
- ``ParticipantsModel``, ``RoleTableModel``, ``CostItemsModel``: the editor's tables (raw typed values).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ...domain.duties import Duty
from ...domain.methods import Authority, CooperationMethod, CouncilType, approval_authority
from ...domain.normalize import ParseError, parse_decimal
from ...domain.plans import Plan, compare_plan, party_letter
from ...domain.procedures import ProcedureStep, StepStatus, next_steps, progress, spans_prefectures
from .. import plan_texts as pt
from .. import texts
from .duty_table_model import SORT_ROLE, search_key

translate = QCoreApplication.translate
ID_ROLE = Qt.ItemDataRole.UserRole + 2
KEY_ROLE = Qt.ItemDataRole.UserRole + 4
NameOf = Callable[[str], str]

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_TOP_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
_ERROR_BRUSH = QBrush(QColor("#b00020"))
_ERROR_BACKGROUND = QBrush(QColor("#fde7ea"))


def person_years(value: Decimal) -> str:
    return f"{value.normalize():f}" if value else "0"


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class _ReadOnlyTable(QAbstractTableModel):
    """Row/column counts and headers for a list of rows and translated column headers."""

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._rows: list = []
        self._headers: list[str] = []

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

    def _valid(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        return index.isValid() and 0 <= index.row() < len(self._rows) and 0 <= index.column() < len(self._headers)


# --- the duties on the left ---------------------------------------------------------------------


@dataclass(frozen=True)
class DutyRow:
    duty: Duty
    plans: tuple[Plan, ...]

    @property
    def chosen(self) -> Plan | None:
        return next((p for p in self.plans if p.chosen), None)


class DutyPlansModel(_ReadOnlyTable):
    NAME, COUNT, CHOSEN = range(3)

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._headers = [
            translate("DutyPlansModel", "事務"),
            translate("DutyPlansModel", "案の数"),
            translate("DutyPlansModel", "採用した案"),
        ]
        self._search: list[str] = []

    def set_rows(self, duties: Sequence[Duty], plans: Sequence[Plan]) -> None:
        by_duty: dict[int, list[Plan]] = {}
        for plan in plans:
            by_duty.setdefault(plan.duty_id, []).append(plan)
        self.beginResetModel()
        self._rows = [DutyRow(d, tuple(by_duty.get(d.id or -1, ()))) for d in duties]
        self._search = [search_key(f"{r.duty.name} {r.duty.kana}") for r in self._rows]
        self.endResetModel()

    def row(self, row: int) -> DutyRow:
        return self._rows[row]

    def rows(self) -> list[DutyRow]:
        return list(self._rows)

    def row_of(self, duty_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.duty.id == duty_id), -1)

    def search_text(self, row: int) -> str:
        return self._search[row]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not self._valid(index):
            return None
        row: DutyRow = self._rows[index.row()]
        column = index.column()
        chosen = row.chosen
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return row.duty.name
            if column == self.COUNT:
                return str(len(row.plans)) if row.plans else "—"
            if column == self.CHOSEN:
                if chosen is not None:
                    return translate("DutyPlansModel", "★ 採用: {0}").format(chosen.name)
                return translate("DutyPlansModel", "未採用") if row.plans else translate("DutyPlansModel", "案なし")
        if role == SORT_ROLE:
            if column == self.NAME:
                return search_key(row.duty.kana or row.duty.name)
            if column == self.COUNT:
                return len(row.plans)
            return (0 if chosen else 1 if row.plans else 2, chosen.name if chosen else "")
        if role == ID_ROLE:
            return row.duty.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COUNT:
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and column == self.CHOSEN and chosen is not None:
            return _bold()
        if role == Qt.ItemDataRole.ToolTipRole and row.plans:
            lines = [("★ " if p.chosen else "・") + p.name for p in row.plans]
            return "\n".join(lines)
        return None


class DutyPlansProxy(QSortFilterProxyModel):
    """Filter by name/kana (width- and kana-insensitive) and, optionally, to duties that have plans."""

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._parts: tuple[str, ...] = ()
        self._only_with_plans = False
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        self._parts = tuple(search_key(text.strip()).split())
        self.invalidate()

    def set_only_with_plans(self, only: bool) -> None:
        self._only_with_plans = only
        self.invalidate()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, DutyPlansModel)
        if self._only_with_plans and not model.row(source_row).plans:
            return False
        text = model.search_text(source_row)
        return all(part in text for part in self._parts)

    def lessThan(self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)


# --- the alternatives side by side --------------------------------------------------------------


def comparison_row_titles() -> list[tuple[str, str]]:
    """(key, title) of each comparison row, in display order."""
    return [
        ("name", translate("PlanComparisonModel", "案の名称")),
        ("status", translate("PlanComparisonModel", "状況")),
        ("method", translate("PlanComparisonModel", "連携の方法")),
        ("article", translate("PlanComparisonModel", "根拠条文")),
        ("lead", translate("PlanComparisonModel", "幹事・受託・代表団体")),
        ("parties", translate("PlanComparisonModel", "参加団体")),
        ("resolutions", translate("PlanComparisonModel", "議会の議決（数）")),
        ("approval", translate("PlanComparisonModel", "届出・許可")),
        ("authority", translate("PlanComparisonModel", "届出先・許可権者")),
        ("entity", translate("PlanComparisonModel", "別の法人")),
        ("authority_effect", translate("PlanComparisonModel", "権限")),
        ("total", translate("PlanComparisonModel", "年間総額（千円）")),
        ("revenue", translate("PlanComparisonModel", "特定財源（千円）")),
        ("net", translate("PlanComparisonModel", "差引（千円）")),
        ("workload", translate("PlanComparisonModel", "業務量（人工）")),
        ("progress", translate("PlanComparisonModel", "手続の進捗")),
        ("next", translate("PlanComparisonModel", "次の手続")),
    ]


_NUMERIC_ROWS = {"total", "revenue", "net", "workload"}


class PlanComparisonModel(QAbstractTableModel):
    """One column per plan; rows are the properties compared (``comparison_row_titles``)."""

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._rows = comparison_row_titles()
        self._plans: list[Plan] = []
        self._cells: list[dict[str, str]] = []
        self._prefectures: Callable[[str], str] = lambda code: ""
        self._name_of: NameOf = lambda code: code

    def set_plans(self, plans: Sequence[Plan], name_of: NameOf, prefecture_of: Callable[[str], str]) -> None:
        self.beginResetModel()
        self._plans = list(plans)
        self._name_of = name_of
        self._prefectures = prefecture_of
        self._cells = [self._describe(p) for p in self._plans]
        self.endResetModel()

    def plans(self) -> list[Plan]:
        return list(self._plans)

    def plan(self, column: int) -> Plan:
        return self._plans[column]

    def column_of(self, plan_id: int) -> int:
        return next((i for i, p in enumerate(self._plans) if p.id == plan_id), -1)

    def row_of_key(self, key: str) -> int:
        return next(i for i, (k, _) in enumerate(self._rows) if k == key)

    def value(self, plan_id: int, key: str) -> str:
        return self._cells[self.column_of(plan_id)][key]

    def _describe(self, plan: Plan) -> dict[str, str]:
        name_of = self._name_of
        comparison = compare_plan(plan)
        profile = plan.profile
        done, required = progress(plan.steps)
        parties = "\n".join(texts.party_label(p.letter, name_of(p.code)) for p in plan.participants)
        if comparison.council_resolutions:
            resolutions = translate("PlanComparisonModel", "{0}（各団体の議会）").format(comparison.council_resolutions)
        elif plan.method is CooperationMethod.COUNCIL and plan.council_type is CouncilType.LIAISON:
            resolutions = translate("PlanComparisonModel", "0（連絡調整の協議会は不要）")
        else:
            resolutions = translate("PlanComparisonModel", "0（不要）")
        authority = approval_authority(
            plan.method, plan.prefecture_is_party, spans_prefectures=spans_prefectures(plan.party_codes)
        )
        pending = next_steps(plan.steps)
        next_text = texts.join(dict.fromkeys(pt.step_kind_name(s.kind) for s in pending)) or translate("PlanComparisonModel", "（すべて完了）")
        lead_letter = texts.party_letter(plan.letter_of(plan.lead_code))
        return {
            "name": plan.name,
            "status": pt.plan_status_name(plan.status),
            "method": pt.method_label(plan.method, plan.council_type),
            "article": profile.article or translate("PlanComparisonModel", "（法律の定めなし）"),
            "lead": translate("PlanComparisonModel", "{0}: {1} {2}").format(
                pt.lead_role_name(profile.lead_role), lead_letter, name_of(plan.lead_code)
            ),
            "parties": parties,
            "resolutions": resolutions,
            "approval": pt.approval_kind_name(comparison.approval),
            "authority": pt.authority_text(authority, [self._prefectures(code) for code in plan.party_codes])
            if authority is not Authority.NONE
            else "—",
            "entity": translate("PlanComparisonModel", "設立する（特別地方公共団体）") if profile.separate_entity else translate("PlanComparisonModel", "設立しない"),
            "authority_effect": pt.authority_effect_long(profile.authority_effect),
            "total": texts.thousand_yen(plan.total_cost_yen),
            "revenue": texts.thousand_yen(plan.specific_revenue_yen),
            "net": texts.thousand_yen(plan.net_cost_yen),
            "workload": person_years(plan.workload_person_years),
            "progress": translate("PlanComparisonModel", "{0}/{1} 完了").format(done, required),
            "next": next_text,
        }

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._plans else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._plans)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._rows) and self._plans:
                return self._rows[section][1]
            return None
        if not 0 <= section < len(self._plans):
            return None
        plan = self._plans[section]
        if role == Qt.ItemDataRole.DisplayRole:
            title = translate("PlanComparisonModel", "案{0}").format(section + 1)
            return translate("PlanComparisonModel", "{0} ★採用").format(title) if plan.chosen else title
        if role == Qt.ItemDataRole.FontRole and plan.chosen:
            return _bold()
        if role == Qt.ItemDataRole.ToolTipRole:
            return plan.name
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.column() < len(self._plans)) or not (0 <= index.row() < len(self._rows)):
            return None
        key = self._rows[index.row()][0]
        plan = self._plans[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.column()][key]
        if role == ID_ROLE:
            return plan.id
        if role == KEY_ROLE:
            return key
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if key in _NUMERIC_ROWS else _TOP_LEFT
        if role == Qt.ItemDataRole.FontRole and plan.chosen and key == "name":
            return _bold()
        if role == Qt.ItemDataRole.ToolTipRole and key == "article" and plan.profile.resolution_basis:
            return translate("PlanComparisonModel", "議決の根拠: {0}\n届出・許可の根拠: {1}").format(
                plan.profile.resolution_basis, plan.profile.approval_basis
            )
        return None


# --- the procedure checklist --------------------------------------------------------------------


class ChecklistModel(_ReadOnlyTable):
    """Steps of one plan. ``edited`` is emitted after each accepted cell edit; ``pending_edits()``
    gives them in the form ``procedures.steps_from_input`` takes."""

    STAGE, STEP, PARTY, AUTHORITY, STATUS, DATE, BASIS, CHECK = range(8)
    edited = Signal()

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._headers = [
            translate("ChecklistModel", "段階"),
            translate("ChecklistModel", "手続"),
            translate("ChecklistModel", "団体"),
            translate("ChecklistModel", "届出先・許可権者"),
            translate("ChecklistModel", "状況"),
            translate("ChecklistModel", "日付"),
            translate("ChecklistModel", "根拠"),
            translate("ChecklistModel", "確認"),
        ]
        self._rows: list[ProcedureStep] = []
        self._pending: dict[str, dict[str, str]] = {}
        self._errors: dict[str, str] = {}
        self._name_of: NameOf = lambda code: code
        self._letter_of: NameOf = lambda code: ""
        self._authority_text: Callable[[ProcedureStep], str] = lambda step: ""

    def set_steps(
        self,
        steps: Sequence[ProcedureStep],
        *,
        name_of: NameOf | None = None,
        letter_of: NameOf | None = None,
        authority_text: Callable[[ProcedureStep], str] | None = None,
    ) -> None:
        """Show saved ``steps`` and drop typed edits and messages. Same steps in the same order
        (a saved edit) update in place, so that this is safe while a view commits an edit."""
        self._name_of = name_of or self._name_of
        self._letter_of = letter_of or self._letter_of
        self._authority_text = authority_text or self._authority_text
        same = [s.key for s in steps] == [s.key for s in self._rows]
        self._pending.clear()
        self._errors.clear()
        if same and self._rows:
            self._rows = list(steps)
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self._headers) - 1))
            return
        self.beginResetModel()
        self._rows = list(steps)
        self.endResetModel()

    def steps(self) -> list[ProcedureStep]:
        return list(self._rows)

    def step(self, row: int) -> ProcedureStep:
        return self._rows[row]

    def row_of(self, key: str) -> int:
        return next((i for i, s in enumerate(self._rows) if s.key == key), -1)

    def pending_edits(self) -> dict[str, dict[str, str]]:
        return {key: dict(edit) for key, edit in self._pending.items()}

    def discard_edits(self) -> None:
        self.set_steps(list(self._rows))

    def set_errors(self, errors: Mapping[str, str]) -> None:
        self._errors = dict(errors)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self._headers) - 1))

    def error_of(self, key: str) -> str:
        return self._errors.get(key, "")

    def _status(self, step: ProcedureStep) -> StepStatus:
        raw = self._pending.get(step.key, {}).get("status")
        try:
            return StepStatus(raw) if raw else step.status
        except ValueError:
            return step.status

    def _date_text(self, step: ProcedureStep) -> str:
        edit = self._pending.get(step.key, {})
        return edit["date"] if "date" in edit else pt.date_text(step.date)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if self._valid(index) and index.column() in (self.STATUS, self.DATE):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not self._valid(index):
            return None
        step = self._rows[index.row()]
        column = index.column()
        error = self._errors.get(step.key, "")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.STATUS:
                status = self._status(step)
                return status.value if role == Qt.ItemDataRole.EditRole else pt.step_status_name(status)
            if column == self.DATE:
                return self._date_text(step)
            if role == Qt.ItemDataRole.EditRole:
                return None
            if column == self.STAGE:
                return str(step.stage + 1)
            if column == self.STEP:
                return pt.step_kind_name(step.kind)
            if column == self.PARTY:
                if not step.party_code:
                    return ""
                return texts.party_label(self._letter_of(step.party_code), self._name_of(step.party_code))
            if column == self.AUTHORITY:
                return self._authority_text(step)
            if column == self.BASIS:
                return step.basis
            if column == self.CHECK:
                if error:
                    return "⚠ " + error
                return translate("ChecklistModel", "✓ 完了") if self._status(step) is StepStatus.DONE else ""
        if role == KEY_ROLE:
            return step.key
        if role == Qt.ItemDataRole.ForegroundRole and column == self.CHECK and error:
            return _ERROR_BRUSH
        if role == Qt.ItemDataRole.BackgroundRole and error and column == self.DATE:
            return _ERROR_BACKGROUND
        if role == Qt.ItemDataRole.ToolTipRole:
            if error:
                return error
            if column == self.DATE:
                return translate("ChecklistModel", "例: 2024-04-01、令和6年4月1日")
        if role == Qt.ItemDataRole.FontRole and column == self.STEP and step.status is StepStatus.NOT_REQUIRED:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: ANN001
        if role != Qt.ItemDataRole.EditRole or not self._valid(index) or index.column() not in (self.STATUS, self.DATE):
            return False
        step = self._rows[index.row()]
        text = str(value if value is not None else "").strip()
        edit = self._pending.setdefault(step.key, {})
        if index.column() == self.STATUS:
            status = next((s for s in StepStatus if text in (s.value, pt.step_status_name(s))), None)
            if status is None:
                return False
            if status is self._status(step) and "status" not in edit:
                self._drop_if_empty(step.key)
                return False
            edit["status"] = status.value
        else:
            if text == self._date_text(step) and "date" not in edit:
                self._drop_if_empty(step.key)
                return False
            edit["date"] = text
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(self._headers) - 1))
        self.edited.emit()
        return True

    def _drop_if_empty(self, key: str) -> None:
        if not self._pending.get(key):
            self._pending.pop(key, None)


# --- the portfolio ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PortfolioRow:
    code: str
    name: str
    is_home: bool
    plan_names: tuple[str, ...]
    total_yen: int
    specific_revenue_yen: int
    net_yen: int
    workload_person_years: Decimal
    burden_yen: int | None = None  # the party's share, once the sharing engine is wired


def portfolio_rows(plans: Sequence[Plan], home_code: str, name_of: NameOf) -> list[PortfolioRow]:
    """Each party of the chosen ``plans`` with the plans' totals (the home town first)."""
    by_party: dict[str, list[Plan]] = {}
    for plan in plans:
        if plan.chosen:
            for code in plan.party_codes:
                by_party.setdefault(code, []).append(plan)
    rows = [
        PortfolioRow(
            code=code,
            name=name_of(code),
            is_home=code == home_code,
            plan_names=tuple(p.name for p in members),
            total_yen=sum(p.total_cost_yen for p in members),
            specific_revenue_yen=sum(p.specific_revenue_yen for p in members),
            net_yen=sum(p.net_cost_yen for p in members),
            workload_person_years=sum((p.workload_person_years for p in members), Decimal(0)),
        )
        for code, members in by_party.items()
    ]
    rows.sort(key=lambda r: (not r.is_home, -len(r.plan_names), r.code))
    return rows


class PortfolioModel(_ReadOnlyTable):
    PARTY, COUNT, TOTAL, REVENUE, NET, WORKLOAD, PLANS = range(7)

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._headers = [
            translate("PortfolioModel", "団体"),
            translate("PortfolioModel", "採用案の数"),
            translate("PortfolioModel", "案の年間総額計（千円）"),
            translate("PortfolioModel", "案の特定財源計（千円）"),
            translate("PortfolioModel", "案の差引計（千円）"),
            translate("PortfolioModel", "案の業務量計（人工）"),
            translate("PortfolioModel", "参加する採用案"),
        ]

    def set_rows(self, rows: Sequence[PortfolioRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, row: int) -> PortfolioRow:
        return self._rows[row]

    def row_of(self, code: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.code == code), -1)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not self._valid(index):
            return None
        row: PortfolioRow = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.PARTY:
                if row.is_home:
                    return translate("PortfolioModel", "◎ {0}（自団体）").format(row.name)
                return row.name
            if column == self.COUNT:
                return str(len(row.plan_names))
            if column == self.TOTAL:
                return texts.thousand_yen(row.total_yen)
            if column == self.REVENUE:
                return texts.thousand_yen(row.specific_revenue_yen)
            if column == self.NET:
                return texts.thousand_yen(row.net_yen)
            if column == self.WORKLOAD:
                return person_years(row.workload_person_years)
            if column == self.PLANS:
                return texts.join(row.plan_names)
        if role == ID_ROLE:
            return row.code
        if role == Qt.ItemDataRole.FontRole and row.is_home:
            return _bold()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.COUNT, self.TOTAL, self.REVENUE, self.NET, self.WORKLOAD):
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == self.PLANS:
            return "\n".join(row.plan_names)
        return None


# --- the editor's tables ------------------------------------------------------------------------


class _EditableRows(_ReadOnlyTable):
    """Rows of raw typed values with per-cell messages (shown with ⚠ and as a tooltip)."""

    changed = Signal()

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._cell_errors: dict[tuple[int, int], str] = {}

    def set_cell_errors(self, errors: Mapping[tuple[int, int], str]) -> None:
        self._cell_errors = dict(errors)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self._headers) - 1))

    def cell_error(self, row: int, column: int) -> str:
        return self._cell_errors.get((row, column), "")

    def _decorate(self, index: QModelIndex | QPersistentModelIndex, role: int, text: str):  # noqa: ANN202
        error = self._cell_errors.get((index.row(), index.column()), "")
        if role == Qt.ItemDataRole.DisplayRole:
            return f"⚠ {text}" if error else text
        if role == Qt.ItemDataRole.EditRole:
            return text
        if role == Qt.ItemDataRole.ToolTipRole and error:
            return error
        if role == Qt.ItemDataRole.BackgroundRole and error:
            return _ERROR_BACKGROUND
        return None

    def _changed_row(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._headers) - 1))
        self.changed.emit()


@dataclass
class ParticipantEntry:
    code: str
    role: str = ""


class ParticipantsModel(_EditableRows):
    """Parties in 甲乙 order; the role text is editable. The 立場 column follows the method and lead."""

    LETTER, NAME, POSITION, ROLE = range(4)

    def __init__(self, name_of: NameOf, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._headers = [translate("ParticipantsModel", "記号"), translate("ParticipantsModel", "団体"), translate("ParticipantsModel", "立場"), translate("ParticipantsModel", "役割（自由記述）")]
        self._name_of = name_of
        self._lead_code = ""
        self._lead_title = ""
        self._member_title = ""

    def set_entries(self, entries: Sequence[ParticipantEntry]) -> None:
        self.beginResetModel()
        self._rows = [ParticipantEntry(e.code, e.role) for e in entries]
        self._cell_errors = {}
        self.endResetModel()

    def set_positions(self, lead_code: str, lead_title: str, member_title: str) -> None:
        self._lead_code, self._lead_title, self._member_title = lead_code, lead_title, member_title
        if self._rows:
            self.dataChanged.emit(self.index(0, self.POSITION), self.index(len(self._rows) - 1, self.POSITION))

    def entries(self) -> list[ParticipantEntry]:
        return [ParticipantEntry(e.code, e.role) for e in self._rows]

    def codes(self) -> list[str]:
        return [e.code for e in self._rows]

    def add(self, code: str) -> bool:
        if code in self.codes():
            return False
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(ParticipantEntry(code))
        self.endInsertRows()
        self._after_structure_change()
        return True

    def remove(self, row: int) -> None:
        if not 0 <= row < len(self._rows):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        self._after_structure_change()

    def move(self, row: int, delta: int) -> int:
        target = row + delta
        if not (0 <= row < len(self._rows) and 0 <= target < len(self._rows)):
            return row
        destination = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._rows.insert(target, self._rows.pop(row))
        self.endMoveRows()
        self._after_structure_change()
        return target

    def _after_structure_change(self) -> None:
        self._cell_errors = {}
        if self._rows:  # letters follow the order
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self._headers) - 1))
        self.changed.emit()

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if self._valid(index) and index.column() == self.ROLE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not self._valid(index):
            return None
        entry: ParticipantEntry = self._rows[index.row()]
        column = index.column()
        if column == self.ROLE:
            return self._decorate(index, role, entry.role)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.LETTER:
                return texts.party_letter_at(index.row())
            if column == self.NAME:
                return self._name_of(entry.code)
            if column == self.POSITION:
                return self._lead_title if entry.code == self._lead_code else self._member_title
        if role == ID_ROLE:
            return entry.code
        if role == Qt.ItemDataRole.FontRole and entry.code == self._lead_code:
            return _bold()
        return self._decorate(index, role, "") if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.BackgroundRole) else None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: ANN001
        if role != Qt.ItemDataRole.EditRole or not self._valid(index) or index.column() != self.ROLE:
            return False
        self._rows[index.row()].role = str(value or "")
        self._changed_row(index.row())
        return True


@dataclass
class RoleEntry:
    initiative: str
    roles: dict[str, str]


class RoleTableModel(_EditableRows):
    """The 役割分担 table: 取組, then one column per party (甲 飯田市, 乙 天龍村 …); all editable."""

    def __init__(self, name_of: NameOf, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._name_of = name_of
        self._codes: list[str] = []
        self._headers = [translate("RoleTableModel", "取組")]

    def set_entries(self, entries: Sequence[RoleEntry], codes: Sequence[str]) -> None:
        self.beginResetModel()
        self._rows = [RoleEntry(e.initiative, dict(e.roles)) for e in entries]
        self._set_codes(codes)
        self._cell_errors = {}
        self.endResetModel()

    def set_parties(self, codes: Sequence[str]) -> None:
        if list(codes) == self._codes:
            return
        self.beginResetModel()
        self._set_codes(codes)
        self._cell_errors = {}
        self.endResetModel()

    def _set_codes(self, codes: Sequence[str]) -> None:
        self._codes = list(codes)
        self._headers = [translate("RoleTableModel", "取組")] + [
            texts.party_label(party_letter(i), self._name_of(code)) for i, code in enumerate(self._codes)
        ]

    def entries(self) -> list[RoleEntry]:
        """Rows with the roles of the current parties only (a removed party's cells are dropped)."""
        return [RoleEntry(e.initiative, {c: t for c, t in e.roles.items() if c in self._codes}) for e in self._rows]

    def add_row(self, initiative: str = "") -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(RoleEntry(initiative, {}))
        self.endInsertRows()
        self.changed.emit()
        return row

    def remove_row(self, row: int) -> None:
        if not 0 <= row < len(self._rows):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self._cell_errors = {}
        self.endRemoveRows()
        self.changed.emit()

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if self._valid(index) else base

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not self._valid(index):
            return None
        entry: RoleEntry = self._rows[index.row()]
        text = entry.initiative if index.column() == 0 else entry.roles.get(self._codes[index.column() - 1], "")
        return self._decorate(index, role, text)

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: ANN001
        if role != Qt.ItemDataRole.EditRole or not self._valid(index):
            return False
        entry: RoleEntry = self._rows[index.row()]
        text = str(value or "")
        if index.column() == 0:
            entry.initiative = text
        else:
            entry.roles[self._codes[index.column() - 1]] = text
        self._changed_row(index.row())
        return True


@dataclass
class CostEntry:
    name: str
    total: str  # 千円, as typed (full-width digits and separators allowed)
    revenue: str  # 千円, as typed
    rule_json: str = ""  # kept as it is: edited in 負担の配分


def thousand_input(yen: int) -> str:
    """An amount in 円 as the editor shows it in 千円: 18000000 → "18,000"; 1500 → "1.5"."""
    value = (Decimal(yen) / 1000).normalize()
    whole, _, fraction = f"{value:f}".partition(".")
    text = f"{int(whole):,}"
    return f"{text}.{fraction}" if fraction else text


class CostItemsModel(_EditableRows):
    NAME, TOTAL, REVENUE, NET, SHARING = range(5)

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._headers = [
            translate("CostItemsModel", "名称"),
            translate("CostItemsModel", "年間総額（千円）"),
            translate("CostItemsModel", "特定財源（千円）"),
            translate("CostItemsModel", "差引（千円）"),
            translate("CostItemsModel", "負担の配分"),
        ]

    def set_entries(self, entries: Sequence[CostEntry]) -> None:
        self.beginResetModel()
        self._rows = [CostEntry(e.name, e.total, e.revenue, e.rule_json) for e in entries]
        self._cell_errors = {}
        self.endResetModel()

    def entries(self) -> list[CostEntry]:
        return [CostEntry(e.name, e.total, e.revenue, e.rule_json) for e in self._rows]

    def add_row(self, name: str = "") -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(CostEntry(name, "0", "0"))
        self.endInsertRows()
        self.changed.emit()
        return row

    def remove_row(self, row: int) -> None:
        if not 0 <= row < len(self._rows):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self._cell_errors = {}
        self.endRemoveRows()
        self.changed.emit()

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if self._valid(index) and index.column() in (self.NAME, self.TOTAL, self.REVENUE):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    @staticmethod
    def _net(entry: CostEntry) -> str:
        try:
            total = parse_decimal(entry.total, places=None) or Decimal(0)
            revenue = parse_decimal(entry.revenue, places=None) or Decimal(0)
        except ParseError:
            return "—"
        return texts.thousand_yen(int((total - revenue) * 1000))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not self._valid(index):
            return None
        entry: CostEntry = self._rows[index.row()]
        column = index.column()
        if column in (self.TOTAL, self.REVENUE, self.NET) and role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT
        if column == self.NAME:
            return self._decorate(index, role, entry.name)
        if column == self.TOTAL:
            return self._decorate(index, role, entry.total)
        if column == self.REVENUE:
            return self._decorate(index, role, entry.revenue)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NET:
                return self._net(entry)
            if column == self.SHARING:
                return sharing_state(entry.rule_json)
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: ANN001
        if role != Qt.ItemDataRole.EditRole or not self._valid(index):
            return False
        entry: CostEntry = self._rows[index.row()]
        text = str(value if value is not None else "")
        if index.column() == self.NAME:
            entry.name = text
        elif index.column() == self.TOTAL:
            entry.total = text
        elif index.column() == self.REVENUE:
            entry.revenue = text
        else:
            return False
        self._changed_row(index.row())
        return True


def sharing_state(rule_json: str) -> str:
    """配分ルール未設定 while the item's rule is empty."""
    if not rule_json.strip():
        return translate("CostItemsModel", "配分ルール未設定")
    return translate("CostItemsModel", "配分ルール設定済み")
