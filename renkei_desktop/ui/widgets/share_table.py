"""How a plan's costs and workload are split among its parties, and each party across the portfolio.

- ``ShareTable``: one plan (``SharesService.plan_shares``), a row per party and a column per cost item in
  千円 (△ for negatives), the total and the workload (人工); items that cannot be computed say why, naming
  the party and the figure.
- ``PortfolioTable``: each party across the chosen plans (``SharesService.portfolio``); the home town in
  bold with ★.

The names of bases, rounding and remainder rules and the wording of sharing issues used here and by the
rule editor (dialogs/sharing_rule_editor.py) are in this module too (context "ShareTexts").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from ...domain.errors import ErrorCode, ValidationIssue
from ...domain.sharing import Amount, Basis, RemainderRule, Rounding, Unit
from ...services.shares import (
    STATISTIC_FIGURES,
    ItemShares,
    PlanShares,
    Portfolio,
    PortfolioRow,
    is_statistics_issue,
)
from .. import texts

CTX = "ShareTexts"
translate = QCoreApplication.translate
NameOf = Callable[[str], str]
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
ERROR_STYLE = "color: #b00020;"


def tr(source: str) -> str:
    return QCoreApplication.translate(CTX, source)


# The bases in the order the rule editor offers them.
BASIS = {
    Basis.EQUAL: QT_TRANSLATE_NOOP("ShareTexts", "均等割"),
    Basis.POPULATION: QT_TRANSLATE_NOOP("ShareTexts", "人口割"),
    Basis.ELDERLY_POPULATION: QT_TRANSLATE_NOOP("ShareTexts", "高齢者人口割"),
    Basis.USAGE: QT_TRANSLATE_NOOP("ShareTexts", "利用割/実績割"),
    Basis.STAFF: QT_TRANSLATE_NOOP("ShareTexts", "職員数割"),
    Basis.STANDARD_FISCAL_NEED: QT_TRANSLATE_NOOP("ShareTexts", "基準財政需要額割"),
    Basis.HOST_PAYS: QT_TRANSLATE_NOOP("ShareTexts", "所在地負担"),
    Basis.AGREED: QT_TRANSLATE_NOOP("ShareTexts", "協議により別に定める"),
}
FIXED_NAME = QT_TRANSLATE_NOOP("ShareTexts", "定額")

BASIS_HELP = {
    Basis.EQUAL: QT_TRANSLATE_NOOP("ShareTexts", "各団体が同じ額を負担します。団体ごとに重みを付けることもできます（例: 町村は市の0.5）。"),
    Basis.POPULATION: QT_TRANSLATE_NOOP("ShareTexts", "各団体の人口に比例して負担します。市町村の統計の最新の人口（基準日・出典つき）を使います。"),
    Basis.ELDERLY_POPULATION: QT_TRANSLATE_NOOP("ShareTexts", "各団体の65歳以上人口に比例して負担します。市町村の統計の最新値を使います。"),
    Basis.USAGE: QT_TRANSLATE_NOOP("ShareTexts", "各団体の利用量・実績（搬入量、審査件数など）に比例して負担します。値は団体ごとにここで入力します。"),
    Basis.STAFF: QT_TRANSLATE_NOOP("ShareTexts", "各団体の職員数に比例して負担します。市町村の統計の最新値を使います。"),
    Basis.STANDARD_FISCAL_NEED: QT_TRANSLATE_NOOP("ShareTexts", "各団体の基準財政需要額に比例して負担します。市町村の統計の最新値を使います。"),
    Basis.HOST_PAYS: QT_TRANSLATE_NOOP("ShareTexts", "施設の所在する団体が、この割合の全額を負担します。"),
    Basis.AGREED: QT_TRANSLATE_NOOP("ShareTexts", "協議で決めた各団体の負担割合（合計100%）で負担します。"),
}  # fmt: skip

ROUNDING = {
    Rounding.FLOOR: QT_TRANSLATE_NOOP("ShareTexts", "1円未満切り捨て"),
    Rounding.HALF_UP: QT_TRANSLATE_NOOP("ShareTexts", "1円未満四捨五入"),
}
ROUNDING_HELP = {
    Rounding.FLOOR: QT_TRANSLATE_NOOP("ShareTexts", "各団体の額をまず1円未満切り捨てにし、残った円を下の「端数の負担」の決まりで配ります。"),
    Rounding.HALF_UP: QT_TRANSLATE_NOOP("ShareTexts", "各団体の額をまず1円未満四捨五入にし、合計との差（増えた分または足りない分）を下の「端数の負担」の決まりで調整します。"),
}  # fmt: skip

REMAINDER = {
    RemainderRule.LARGEST_REMAINDER: QT_TRANSLATE_NOOP("ShareTexts", "端数の大きい団体から1円ずつ"),
    RemainderRule.LEAD_PARTY: QT_TRANSLATE_NOOP("ShareTexts", "端数は幹事（代表）団体の負担"),
    RemainderRule.LARGEST_SHARE: QT_TRANSLATE_NOOP("ShareTexts", "端数は基礎数値の最も大きい団体の負担"),
}
REMAINDER_HELP = {
    RemainderRule.LARGEST_REMAINDER: QT_TRANSLATE_NOOP("ShareTexts", "切り捨てた端数の大きい団体から順に1円ずつ配ります（同じときは先に並ぶ団体）。どの団体も、計算上の額との差は1円未満です。"),
    RemainderRule.LEAD_PARTY: QT_TRANSLATE_NOOP("ShareTexts", "端数処理で生じた差額は、区分ごとにすべて幹事（代表）団体が負担します（規約の「端数は幹事団体の負担とする」）。"),
    RemainderRule.LARGEST_SHARE: QT_TRANSLATE_NOOP("ShareTexts", "端数処理で生じた差額は、区分ごとに基礎数値の最も大きい団体が負担します（同じときは先に並ぶ団体）。"),
}  # fmt: skip

ROUNDING_NOTE = QT_TRANSLATE_NOOP(
    "ShareTexts", "単位:千円、表示単位未満四捨五入のため合計が一致しない場合がある"
)

# Messages that name the party and the figure (the generic ones come from texts.ERROR).
_MESSAGES = {
    "missing_statistic": QT_TRANSLATE_NOOP("ShareTexts", "{party} の{figure}がありません（{basis}に必要です。0とはみなしません）。市町村の統計に入力してください。"),
    "missing_rule_figure": QT_TRANSLATE_NOOP("ShareTexts", "{party} の{figure}がありません（{basis}に必要です。0とはみなしません）。"),
    "missing_agreed": QT_TRANSLATE_NOOP("ShareTexts", "{party} の協議による割合がありません。"),
    "zero_base": QT_TRANSLATE_NOOP("ShareTexts", "すべての団体の{figure}が0のため、{basis}では配分できません。"),
    "fixed_workload": QT_TRANSLATE_NOOP("ShareTexts", "業務量の配分に使う費用項目のルールが定額だけのため、業務量（人工）は配分できません。業務量の配分ルールを決めてください。"),
}  # fmt: skip

_PATH_PART = {
    "components": QT_TRANSLATE_NOOP("ShareTexts", "配分基準"),
    "weight": QT_TRANSLATE_NOOP("ShareTexts", "割合"),
    "basis": QT_TRANSLATE_NOOP("ShareTexts", "基準"),
    "percentages": QT_TRANSLATE_NOOP("ShareTexts", "協議による割合"),
    "party_weights": QT_TRANSLATE_NOOP("ShareTexts", "均等割の重み"),
    "host": QT_TRANSLATE_NOOP("ShareTexts", "所在団体"),
    "measure": QT_TRANSLATE_NOOP("ShareTexts", "数値の名前"),
    "fixed": QT_TRANSLATE_NOOP("ShareTexts", "定額"),
    "figures": QT_TRANSLATE_NOOP("ShareTexts", "基礎数値"),
    "rounding": QT_TRANSLATE_NOOP("ShareTexts", "端数の処理"),
    "remainder": QT_TRANSLATE_NOOP("ShareTexts", "端数の負担"),
    "value": QT_TRANSLATE_NOOP("ShareTexts", "値"),
    "reference_date": QT_TRANSLATE_NOOP("ShareTexts", "基準日"),
    "source": QT_TRANSLATE_NOOP("ShareTexts", "出典"),
    "rule": QT_TRANSLATE_NOOP("ShareTexts", "配分ルール"),
    "workload": QT_TRANSLATE_NOOP("ShareTexts", "業務量"),
    "participants": QT_TRANSLATE_NOOP("ShareTexts", "参加団体"),
    "cost_items": QT_TRANSLATE_NOOP("ShareTexts", "費用項目"),
    "workload_follows_item": QT_TRANSLATE_NOOP("ShareTexts", "業務量の配分に使う費用項目"),
    "item_index": QT_TRANSLATE_NOOP("ShareTexts", "費用項目"),
}
_USAGE_FIGURE = QT_TRANSLATE_NOOP("ShareTexts", "利用量")


def basis_name(basis: Basis | str) -> str:
    try:
        key = Basis(basis)
    except ValueError:
        return str(basis)
    return tr(FIXED_NAME) if key is Basis.FIXED else tr(BASIS[key])


def basis_help(basis: Basis) -> str:
    return tr(BASIS_HELP[basis]) if basis in BASIS_HELP else ""


def rounding_name(value: Rounding) -> str:
    return tr(ROUNDING[value])


def rounding_help(value: Rounding) -> str:
    return tr(ROUNDING_HELP[value])


def remainder_name(value: RemainderRule) -> str:
    return tr(REMAINDER[value])


def remainder_help(value: RemainderRule) -> str:
    return tr(REMAINDER_HELP[value])


def rounding_note() -> str:
    return tr(ROUNDING_NOTE)


def figure_name(figure: str) -> str:
    """population → 人口; a measure (搬入量) as written; usage → 利用量."""
    kind = STATISTIC_FIGURES.get(figure)
    if kind is not None:
        return texts.stat_name(kind)
    return tr(_USAGE_FIGURE) if figure == Basis.USAGE.value else figure


def component_label(basis: Basis | str, measure: str = "") -> str:
    """人口割; 利用割/実績割（搬入量）."""
    name = basis_name(basis)
    return translate("ShareTexts", "{0}（{1}）").format(name, measure) if measure else name


def amount_text(value: Amount | None, unit: Unit) -> str:
    """千円 (whole, separators, △) for yen; 人工 to 0.01."""
    if value is None:
        return "—"
    if unit is Unit.YEN:
        return texts.thousand_yen(int(value))
    return f"{Decimal(value):.2f}"


def yen_text(value: Amount | None) -> str:
    if value is None:
        return "—"
    number = int(value)
    return f"△{abs(number):,}" if number < 0 else f"{number:,}"


def rule_field_name(field: str, name_of: NameOf) -> str:
    """ "rule.components[1].weight" → 配分基準2 の 割合; "participants[2].figures.population" → 参加団体3 の
    基礎数値 の 人口; a party code → its name. The item ("cost_items[0].rule." or "workload.rule.") is
    left out: the message stands beside that item's name or in its editor."""
    field = re.sub(r"^(cost_items\[\d+\]\.|workload\.)(?=rule)", "", field)
    if field.startswith("rule."):
        field = field[len("rule.") :]
    parts: list[str] = []
    for segment in field.replace("]", "").split("."):
        name, _, index = segment.partition("[")
        if re.fullmatch(r"\d{6}", name):
            parts.append(name_of(name))
            continue
        label = _PATH_PART.get(name)
        text = figure_name(name) if label is None else tr(label)
        parts.append(texts.numbered(text, int(index) + 1) if index.isdigit() else text)
    return texts.field_path(parts)


class _Params(dict):
    def __missing__(self, key: str) -> str:
        return ""


def share_issue_text(issue: ValidationIssue, name_of: NameOf) -> str:
    """A sharing problem in plain Japanese, naming the party and the figure (never a bare code)."""
    params = _Params(issue.params)
    party_code = issue.params.get("party", "")
    if party_code:
        params["party"] = name_of(party_code)
    if "basis" in params:
        params["basis"] = basis_name(params["basis"])
    if "figure" in params:
        params["figure"] = figure_name(params["figure"])
    if issue.code is ErrorCode.MISSING_BASE_FIGURE:
        if issue.params.get("figure") == "percentages":
            return tr(_MESSAGES["missing_agreed"]).format_map(params)
        key = "missing_statistic" if is_statistics_issue(issue) else "missing_rule_figure"
        return tr(_MESSAGES[key]).format_map(params)
    if issue.code is ErrorCode.ZERO_BASE:
        return tr(_MESSAGES["zero_base"]).format_map(params)
    if issue.code is ErrorCode.NOT_APPLICABLE and issue.field == "workload_follows_item":
        return tr(_MESSAGES["fixed_workload"])
    params["field"] = rule_field_name(issue.field, name_of)
    return (
        texts.tr(texts.ERROR[issue.code]).format_map(params) if issue.code in texts.ERROR else str(issue.code)
    )


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


# --- one plan -------------------------------------------------------------------------------------


class ShareTableModel(QAbstractTableModel):
    """Rows: the plan's parties, then 合計. Columns: 団体, each cost item (千円), 負担額計 (千円), 業務量 (人工)."""

    PARTY = 0

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._shares: PlanShares | None = None
        self._home = ""
        self._parties: list[tuple[str, str]] = []  # (code, label)
        self._items: list[ItemShares] = []
        self._headers: list[str] = []

    def set_result(self, shares: PlanShares | None, home_code: str = "") -> None:
        self.beginResetModel()
        self._shares = shares
        self._home = home_code
        if shares is None:
            self._parties, self._items, self._headers = [], [], []
        else:
            plan = shares.plan
            self._parties = [(p.id, texts.party_label(plan.letter_of(p.id), p.name)) for p in shares.parties]
            self._items = list(shares.items)
            headers = [translate("ShareTable", "団体")]
            for item in self._items:
                if item.state == "ok":
                    headers.append(translate("ShareTable", "{0}（千円）").format(item.name))
                elif item.state == "no_rule":
                    headers.append(translate("ShareTable", "{0}（配分ルール未設定）").format(item.name))
                else:
                    headers.append(translate("ShareTable", "{0}（計算できません）").format(item.name))
            headers.append(translate("ShareTable", "負担額計（千円）"))
            if shares.workload is not None:
                headers.append(translate("ShareTable", "業務量（人工）"))
            self._headers = headers
        self.endResetModel()

    def result(self) -> PlanShares | None:
        return self._shares

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._parties else len(self._parties) + 1

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._headers):
                return self._headers[section]
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            if 0 <= section < self.rowCount():
                return str(section + 1)
        return None

    @property
    def total_column(self) -> int:
        return 1 + len(self._items)

    @property
    def workload_column(self) -> int:
        return 2 + len(self._items) if self._shares is not None and self._shares.workload is not None else -1

    def code_of(self, row: int) -> str | None:
        return self._parties[row][0] if 0 <= row < len(self._parties) else None

    def row_of(self, code: str) -> int:
        return next((i for i, (c, _) in enumerate(self._parties) if c == code), -1)

    def _cell(self, row: int, column: int) -> str:
        shares = self._shares
        assert shares is not None
        code = self.code_of(row)
        total_row = code is None
        if column == self.PARTY:
            if total_row:
                return translate("ShareTable", "合計")
            label = self._parties[row][1]
            return translate("ShareTable", "★ {0}（自団体）").format(label) if code == self._home else label
        if 1 <= column <= len(self._items):
            item = self._items[column - 1]
            if item.allocation is None:
                return "—"
            return amount_text(item.net if total_row else item.share_of(code or ""), Unit.YEN)
        if column == self.total_column:
            if not all(item.settled for item in self._items):
                return "—"
            if total_row:
                return amount_text(sum(int(i.net) for i in self._items if i.allocation is not None), Unit.YEN)
            return amount_text(shares.cost_of(code or ""), Unit.YEN)
        if column == self.workload_column:
            workload = shares.workload
            if workload is None or workload.allocation is None:
                return "—"
            return amount_text(
                workload.net if total_row else workload.share_of(code or ""), Unit.PERSON_YEARS
            )
        return ""

    def _tooltip(self, row: int, column: int) -> str | None:
        code = self.code_of(row)
        if code is None or not 1 <= column <= len(self._items) + 1:
            return None
        item = self._items[column - 1] if column <= len(self._items) else None
        if item is None:
            return None
        if item.allocation is None:
            if not item.has_rule:
                return translate("ShareTable", "配分ルール未設定")
            return "\n".join(share_issue_text(i, self._name_of) for i in item.issues)
        allocation = item.allocation
        k = self.row_of(code)
        lines = [
            translate("ShareTable", "{0}: {1}円").format(
                component_label(c.basis, c.measure), yen_text(col[k])
            )
            for c, col in zip(allocation.item.rule.components, allocation.by_component, strict=True)
        ]
        if allocation.fixed[k]:
            lines.insert(0, translate("ShareTable", "定額: {0}円").format(yen_text(allocation.fixed[k])))
        lines.append(translate("ShareTable", "負担額: {0}円").format(yen_text(allocation.amounts[k])))
        return "\n".join(lines)

    def _name_of(self, code: str) -> str:
        return self._shares.name_of(code) if self._shares is not None else code

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._shares is None:
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < self.rowCount() and 0 <= column < self.columnCount()):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.PARTY:
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole:
            code = self.code_of(row)
            if code is None or code == self._home:
                return _bold()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None


class ShareTable(QWidget):
    """A plan's split per party and cost item in 千円. ``set_result(plan_shares, home_code)``; None clears it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("share_table")
        self.model = ShareTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("share_table_view")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.caption = QLabel(self.tr("団体別の負担(&W):"))
        self.caption.setBuddy(self.table)
        self.note = QLabel(rounding_note())
        self.note.setObjectName("share_table_note")
        self.note.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setObjectName("share_table_problems")
        self.problems.setStyleSheet(ERROR_STYLE)
        self.problems.setWordWrap(True)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems.hide()
        self.pending = QLabel()
        self.pending.setObjectName("share_table_pending")
        self.pending.setWordWrap(True)
        self.pending.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.pending)
        layout.addWidget(self.problems)
        self._fit()

    def set_result(self, shares: PlanShares | None, home_code: str = "") -> None:
        self.model.set_result(shares, home_code)
        problems: list[str] = []
        pending: list[str] = []
        if shares is not None:
            for item in shares.all_items:
                label = (
                    self.tr("「{0}」").format(item.name)
                    if item.index is not None
                    else self.tr("業務量（人工）")
                )
                if item.state == "error":
                    for issue in item.issues:
                        problems.append(
                            self.tr("⚠ {0}: {1}").format(label, share_issue_text(issue, shares.name_of))
                        )
                elif item.state == "no_rule" and not item.settled:
                    pending.append(label)
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))
        self.pending.setText(
            self.tr("配分ルール未設定: {0}（ルールを決めると負担額が計算されます）").format(
                texts.join(pending)
            )
            if pending
            else ""
        )
        self.pending.setVisible(bool(pending))
        self._fit()

    def problem_texts(self) -> list[str]:
        return [line for line in self.problems.text().split("\n") if line]

    def _fit(self) -> None:
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.resizeColumnsToContents()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange:
            self._fit()
        super().changeEvent(event)


# --- the portfolio --------------------------------------------------------------------------------


class PortfolioTableModel(QAbstractTableModel):
    PARTY, COUNT, COST, WORKLOAD, PLANS = range(5)

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._rows: list[PortfolioRow] = []
        self._headers = [
            translate("PortfolioTable", "団体"),
            translate("PortfolioTable", "採用案の数"),
            translate("PortfolioTable", "負担額計（千円）"),
            translate("PortfolioTable", "業務量計（人工）"),
            translate("PortfolioTable", "参加する採用案"),
        ]

    def set_rows(self, rows: Sequence[PortfolioRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, row: int) -> PortfolioRow:
        return self._rows[row]

    def row_of(self, code: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.code == code), -1)

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
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.PARTY:
                return (
                    translate("PortfolioTable", "★ {0}（自団体）").format(row.name)
                    if row.is_home
                    else row.name
                )
            if column == self.COUNT:
                return str(len(row.plan_ids))
            if column == self.COST:
                text = amount_text(row.cost_yen, Unit.YEN)
                return translate("PortfolioTable", "{0} ※").format(text) if row.incomplete else text
            if column == self.WORKLOAD:
                return amount_text(row.workload_person_years, Unit.PERSON_YEARS)
            if column == self.PLANS:
                return texts.join(row.plan_names)
        if role == Qt.ItemDataRole.FontRole and row.is_home:
            return _bold()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.COUNT, self.COST, self.WORKLOAD):
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COST and row.incomplete:
                return translate(
                    "PortfolioTable",
                    "※ 負担額を計算できない項目のある採用案: {0}（その項目は含まれていません）",
                ).format(texts.join(row.incomplete))
            if column == self.PLANS:
                return "\n".join(row.plan_names)
        return None


class PortfolioTable(QWidget):
    """Each party across the chosen plans: what it pays (千円) and carries (人工); the home town in bold
    with ★. ``set_portfolio(SharesService.portfolio(home_code, plans))``."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("portfolio_table")
        self.model = PortfolioTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("portfolio_table_view")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.caption = QLabel(self.tr("採用案の団体別の負担(&T):"))
        self.caption.setBuddy(self.table)
        self.summary = QLabel()
        self.summary.setObjectName("portfolio_summary")
        self.summary.setWordWrap(True)
        self.note = QLabel()
        self.note.setObjectName("portfolio_note")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        self.set_portfolio(None)

    def set_portfolio(self, portfolio: Portfolio | None) -> None:
        rows = portfolio.rows if portfolio is not None else ()
        self.model.set_rows(rows)
        home = next((r for r in rows if r.is_home), None)
        if portfolio is None:
            self.summary.setText("")
        elif home is not None:
            self.summary.setText(
                self.tr("★ {0}（自団体）: 採用案 {1}件で年間 {2} 千円を負担し、{3} 人工を担います。").format(
                    home.name,
                    len(home.plan_ids),
                    amount_text(home.cost_yen, Unit.YEN),
                    amount_text(home.workload_person_years, Unit.PERSON_YEARS),
                )
            )
        else:
            self.summary.setText(self.tr("採用案 {0}件。").format(len(portfolio.plans)))
        note = rounding_note() + self.tr("。★＝自団体")
        if portfolio is not None and any(r.incomplete for r in rows):
            note += self.tr(
                "。※ 配分ルール未設定または計算できない費用項目のある採用案を含みます（その項目は合計に含まれていません）"
            )
        self.note.setText(note)
        self._fit()

    def _fit(self) -> None:
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.resizeColumnsToContents()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange:
            self._fit()
        super().changeEvent(event)
