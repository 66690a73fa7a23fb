"""Cooperation plans (連携案): for each duty of the home town, its alternative plans side by side.

Left: the town's duties with the number of plans and the chosen one (★ 採用). Right: the duty's plans
compared column by column (method, lead, parties, 議決 count, 届出/許可 and to whom, separate entity,
authority, cost, workload, procedure progress) with 「この案を採用」; below it the selected plan's
procedure checklist (status and date per step, saved at once when valid), its cost items with the
「負担の配分」 panel per item, and its role table. Bottom: each party across all chosen plans.

Add / edit / duplicate / delete / choose are undoable (plan_commands.py); deleting asks first. The
modal dialogs sit behind ``run_editor`` and ``confirm`` so that tests can replace them.

The sharing engine plugs in through ``burden_function`` (a ``domain.plans.BurdenFunction``) and
``SharingPanel`` (one per selected cost item): until then the panel says 「配分ルール未設定」 and the
portfolio shows the totals of the plans each party takes part in.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import ValidationFailed
from ...domain.methods import Authority, CooperationMethod
from ...domain.municipalities import Municipality
from ...domain.plans import BurdenFunction, CostItem, Plan, PlanStatus
from ...domain.procedures import ProcedureStep, StepStatus, next_steps, progress, steps_from_input
from .. import plan_texts as pt
from .. import texts
from ..conflicts import save_with_conflict_check
from ..dialogs.duty_editor import ERROR_STYLE
from ..dialogs.plan_editor import PlanEditorDialog, blank_plan
from ..models.plan_models import (
    ChecklistModel,
    CostEntry,
    CostItemsModel,
    DutyPlansModel,
    DutyPlansProxy,
    PlanComparisonModel,
    PortfolioModel,
    RoleEntry,
    RoleTableModel,
    portfolio_rows,
    sharing_state,
    thousand_input,
)
from ..plan_commands import AddPlanCommand, ChoosePlanCommand, DeletePlanCommand, EditPlanCommand
from ..widgets.share_table import PortfolioTable, ShareTable

if TYPE_CHECKING:
    from ...domain.duties import Duty
    from ...domain.profile import Profile
    from ...services.container import Services


class StepStatusDelegate(QStyledItemDelegate):
    """A combo box of 未着手 / 進行中 / 完了 / 不要 for the checklist's status column."""

    def createEditor(self, parent: QWidget, option, index):  # noqa: ANN001, N802
        combo = QComboBox(parent)
        for status in StepStatus:
            combo.addItem(pt.step_status_name(status), status.value)
        return combo

    def setEditorData(self, editor: QWidget, index) -> None:  # noqa: ANN001, N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model, index) -> None:  # noqa: ANN001, N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class SharingPanel(QGroupBox):
    """「負担の配分」 of one cost item. The sharing-rule editor replaces the body of this panel; until
    then it states whether the item has a rule (「配分ルール未設定」 when ``rule_json`` is empty)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sharing_panel")
        self.setTitle(self.tr("負担の配分"))
        self.state = QLabel()
        self.state.setObjectName("sharing_state")
        font = self.state.font()
        font.setBold(True)
        self.state.setFont(font)
        self.detail = QLabel()
        self.detail.setObjectName("sharing_detail")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        self.show_item(None, None)

    def show_item(self, plan: Plan | None, item: CostItem | None) -> None:
        if plan is None or item is None:
            self.setTitle(self.tr("負担の配分"))
            self.state.setText("")
            self.detail.setText(self.tr("費用項目を選ぶと、その項目の負担の配分が表示されます。"))
            return
        self.setTitle(self.tr("負担の配分: {0}").format(item.name))
        self.state.setText(sharing_state(item.rule_json))
        net = texts.thousand_yen(item.net_yen)
        if item.rule_json.strip():
            self.detail.setText(self.tr("配分する額（総額 − 特定財源）: {0} 千円。").format(net))
        else:
            self.detail.setText(
                self.tr("配分する額（総額 − 特定財源）: {0} 千円。均等割・人口割などの配分ルールを決めると、各団体の負担額がここに表示されます。").format(net)
            )


class PlansPage(QWidget):
    read_only = False  # follows MainWindow.read_only_changed: no plan, checklist or rule edits

    def __init__(self, window: QWidget):
        super().__init__()
        self.setObjectName("PlansPage")
        self._window = window
        self._services: Services | None = None
        self._home_code = ""
        self._loaded = False
        self._sized = False
        self._municipalities: dict[str, Municipality] = {}
        self._plans: list[Plan] = []
        self._current_duty_id: int | None = None
        self._current_plan_id: int | None = None
        # The sharing engine's seam: per-party burdens of a plan (None until it is wired).
        self.burden_function: BurdenFunction | None = None

        # --- left: duties ------------------------------------------------------------------------
        self.search = QLineEdit()
        self.search.setObjectName("plans_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("事務名・よみがなで絞り込み（Ctrl+F）"))
        search_label = QLabel(self.tr("絞り込み(&Q):"))
        search_label.setBuddy(self.search)
        self.only_with_plans = QCheckBox(self.tr("連携案のある事務だけ(&O)"))
        self.only_with_plans.setObjectName("only_with_plans")
        self.duty_model = DutyPlansModel(self)
        self.duty_proxy = DutyPlansProxy(self)
        self.duty_proxy.setSourceModel(self.duty_model)
        self.duty_table = QTableView()
        self.duty_table.setObjectName("plans_duty_table")
        self.duty_table.setModel(self.duty_proxy)
        self.duty_table.setSortingEnabled(True)
        self.duty_table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self._setup_readonly(self.duty_table)
        self.duty_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        duty_label = QLabel(self.tr("事務と連携案(&J):"))
        duty_label.setBuddy(self.duty_table)
        self.search.textChanged.connect(self.duty_proxy.set_text)
        self.only_with_plans.toggled.connect(self.duty_proxy.set_only_with_plans)

        left = QWidget()
        left_col = QVBoxLayout(left)
        left_col.setContentsMargins(0, 0, 0, 0)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        left_col.addLayout(search_row)
        left_col.addWidget(self.only_with_plans)
        left_col.addWidget(duty_label)
        left_col.addWidget(self.duty_table, 1)

        # --- right: comparison and actions ------------------------------------------------------------
        self.duty_title = QLabel()
        self.duty_title.setObjectName("plans_duty_title")
        title_font = self.duty_title.font()
        title_font.setBold(True)
        self.duty_title.setFont(title_font)
        self.comparison_model = PlanComparisonModel(self)
        self.comparison = QTableView()
        self.comparison.setObjectName("plans_comparison")
        self.comparison.setModel(self.comparison_model)
        self._setup_readonly(self.comparison)
        self.comparison.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.comparison.setWordWrap(True)
        self.comparison.verticalHeader().show()
        self.comparison.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.comparison.horizontalHeader().setStretchLastSection(False)
        # Plans share the width equally (at least 16 characters each; more plans scroll sideways).
        self.comparison.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.comparison.doubleClicked.connect(lambda _i: self.edit_selected())
        self.comparison.activated.connect(lambda _i: self.edit_selected())
        comparison_label = QLabel(self.tr("案の比較(&C)（列が一つの案。←→キーで案を選びます）:"))
        comparison_label.setBuddy(self.comparison)
        # Long texts wrap, so that they never make the window wider than the screen at 150–200 %.
        comparison_label.setWordWrap(True)
        self.duty_title.setWordWrap(True)
        self.empty_hint = QLabel()
        self.empty_hint.setObjectName("plans_empty_hint")
        self.empty_hint.setWordWrap(True)

        self.actions_by_name: dict[str, QAction] = {}
        bar = QHBoxLayout()
        for name, text, shortcut, slot in (
            ("new", self.tr("新しい案"), QKeySequence(QKeySequence.StandardKey.New), self.add_plan),
            ("edit", self.tr("編集"), QKeySequence("F2"), self.edit_selected),
            ("duplicate", self.tr("複製"), QKeySequence("Ctrl+D"), self.duplicate_selected),
            ("delete", self.tr("削除"), QKeySequence(QKeySequence.StandardKey.Delete), self.delete_selected),
            ("choose", self.tr("この案を採用"), QKeySequence("Ctrl+Return"), self.choose_selected),
        ):
            action = QAction(text, self)
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{text} ({shortcut.toString(QKeySequence.SequenceFormat.NativeText)})")
            action.triggered.connect(slot)
            action.setObjectName(f"action_plan_{name}")
            # Active where plans are picked (duty list, comparison); the checklist keeps F2/Delete for its cells.
            self.duty_table.addAction(action)
            self.comparison.addAction(action)
            self.actions_by_name[name] = action
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setObjectName(f"button_plan_{name}")
            bar.addWidget(button)
        bar.addStretch(1)
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        self.addAction(find)

        # --- the selected plan: checklist, costs and sharing, roles ----------------------------------
        self.details = QTabWidget()
        self.details.setObjectName("plan_details")
        self.details.addTab(self._build_checklist(), self.tr("手続の進捗(&P)"))
        self.details.addTab(self._build_costs(), self.tr("費用と負担の配分(&K)"))
        self.details.addTab(self._build_roles(), self.tr("役割分担(&R)"))

        right = QWidget()
        right_col = QVBoxLayout(right)
        right_col.setContentsMargins(0, 0, 0, 0)
        right_col.addWidget(self.duty_title)
        right_col.addLayout(bar)
        self.right_split = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_col = QVBoxLayout(top)
        top_col.setContentsMargins(0, 0, 0, 0)
        top_col.addWidget(comparison_label)
        top_col.addWidget(self.empty_hint)
        top_col.addWidget(self.comparison, 1)
        self.right_split.addWidget(top)
        self.right_split.addWidget(self.details)
        self.right_split.setStretchFactor(0, 3)
        self.right_split.setStretchFactor(1, 2)
        right_col.addWidget(self.right_split, 1)

        self.main_split = QSplitter(Qt.Orientation.Horizontal)
        self.main_split.addWidget(left)
        self.main_split.addWidget(right)
        self.main_split.setStretchFactor(0, 1)
        self.main_split.setStretchFactor(1, 3)

        # --- bottom: portfolio ---------------------------------------------------------------------
        self.portfolio_model = PortfolioModel(self)
        self.portfolio = QTableView()
        self.portfolio.setObjectName("plans_portfolio")
        self.portfolio.setModel(self.portfolio_model)
        self._setup_readonly(self.portfolio)
        self.portfolio.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        portfolio_label = QLabel(self.tr("採用案の団体別の集計(&T):"))
        portfolio_label.setBuddy(self.portfolio)
        self.portfolio_note = QLabel()
        self.portfolio_note.setObjectName("plans_portfolio_note")
        self.portfolio_note.setWordWrap(True)
        bottom = QWidget()
        bottom_col = QVBoxLayout(bottom)
        bottom_col.setContentsMargins(0, 0, 0, 0)
        bottom_col.addWidget(portfolio_label)
        bottom_col.addWidget(self.portfolio_note)
        self.portfolio_table = PortfolioTable()  # each party's 負担額 and 人工 across the chosen plans
        self.portfolio_table.setObjectName("plans_portfolio_shares")
        bottom_row = QHBoxLayout()
        bottom_row.addWidget(self.portfolio, 1)
        bottom_row.addWidget(self.portfolio_table, 1)
        bottom_col.addLayout(bottom_row, 1)

        self.outer_split = QSplitter(Qt.Orientation.Vertical)
        self.outer_split.addWidget(self.main_split)
        self.outer_split.addWidget(bottom)
        self.outer_split.setStretchFactor(0, 4)
        self.outer_split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.outer_split)

        self.duty_table.selectionModel().currentRowChanged.connect(self._duty_current_changed)
        self.comparison.selectionModel().currentColumnChanged.connect(self._plan_current_changed)
        self.comparison.selectionModel().selectionChanged.connect(lambda *_: self._plan_current_changed())
        self._update_actions()
        read_only_changed = getattr(window, "read_only_changed", None)
        if read_only_changed is not None:
            read_only_changed.connect(self.set_read_only)

    def set_read_only(self, read_only: bool) -> None:
        if read_only and not self.read_only:
            self._checklist_triggers = self.checklist.editTriggers()
            self.checklist.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        elif not read_only and self.read_only:
            self.checklist.setEditTriggers(self._checklist_triggers)
        self.read_only = read_only
        self._update_actions()
        self._show_sharing()

    # --- building helpers ------------------------------------------------------------------------
    def _setup_readonly(self, view: QTableView) -> None:
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setTabKeyNavigation(False)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

    def _build_checklist(self) -> QWidget:
        self.checklist_model = ChecklistModel(self)
        self.checklist = QTableView()
        self.checklist.setObjectName("plans_checklist")
        self.checklist.setModel(self.checklist_model)
        self.checklist.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.checklist.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.checklist.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.checklist.setTabKeyNavigation(False)
        self.checklist.setAlternatingRowColors(True)
        self.checklist.setWordWrap(True)
        self.checklist.verticalHeader().hide()
        self.checklist.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.checklist.horizontalHeader().setStretchLastSection(True)
        self.checklist.setItemDelegateForColumn(ChecklistModel.STATUS, StepStatusDelegate(self.checklist))
        self.checklist_model.edited.connect(self.save_checklist)
        self.checklist_progress = QLabel()
        self.checklist_progress.setObjectName("checklist_progress")
        self.checklist_progress.setWordWrap(True)
        self.checklist_message = QLabel()
        self.checklist_message.setObjectName("checklist_message")
        self.checklist_message.setStyleSheet(ERROR_STYLE)
        self.checklist_message.setWordWrap(True)
        self.checklist_message.hide()
        self.discard_button = QPushButton(self.tr("保存していない入力を取り消す(&Z)"))
        self.discard_button.setObjectName("checklist_discard")
        self.discard_button.clicked.connect(self.discard_checklist_edits)
        self.discard_button.hide()
        hint = QLabel(self.tr("状況・日付のセルで F2 キーまたはダブルクリック。日付は 2024-04-01 や 令和6年4月1日 の形で。正しければすぐに保存します。"))
        hint.setWordWrap(True)
        page = QWidget()
        col = QVBoxLayout(page)
        col.addWidget(self.checklist_progress)
        col.addWidget(self.checklist, 1)
        message_row = QHBoxLayout()
        message_row.addWidget(self.checklist_message, 1)
        message_row.addWidget(self.discard_button)
        col.addLayout(message_row)
        col.addWidget(hint)
        col.setContentsMargins(4, 4, 4, 4)
        return page

    def _build_costs(self) -> QWidget:
        self.costs_model = CostItemsModel(self)
        self.costs = QTableView()
        self.costs.setObjectName("plans_costs")
        self.costs.setModel(self.costs_model)
        self._setup_readonly(self.costs)
        self.costs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sharing_panel = SharingPanel()
        self.costs.selectionModel().currentRowChanged.connect(lambda *_: self._show_sharing())
        self.rule_button = QPushButton(self.tr("配分ルールを編集(&R)…"))
        self.rule_button.setObjectName("plans_edit_rule")
        self.rule_button.clicked.connect(self.edit_rule)
        self.sharing_panel.layout().insertWidget(2, self.rule_button)
        self.share_table = ShareTable()
        self.share_table.setObjectName("plans_share_table")
        page = QWidget()
        col = QVBoxLayout(page)
        row = QHBoxLayout()
        row.addWidget(self.costs, 3)
        row.addWidget(self.sharing_panel, 2)
        col.addLayout(row, 1)
        col.addWidget(self.share_table, 2)
        return page

    def _build_roles(self) -> QWidget:
        self.parties_text = QLabel()
        self.parties_text.setObjectName("plans_parties_text")
        self.parties_text.setWordWrap(True)
        self.parties_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.roles_model = RoleTableModel(self.name_of, self)
        self.roles = QTableView()
        self.roles.setObjectName("plans_roles")
        self.roles.setModel(self.roles_model)
        self._setup_readonly(self.roles)
        page = QWidget()
        col = QVBoxLayout(page)
        col.addWidget(self.parties_text)
        col.addWidget(self.roles, 1)
        return page

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange and hasattr(self, "portfolio"):
            self._fit_columns()
        super().changeEvent(event)

    def _fit_columns(self) -> None:
        height = self.fontMetrics().height() + 10
        for view in (self.duty_table, self.checklist, self.costs, self.roles, self.portfolio):
            view.verticalHeader().setDefaultSectionSize(height)
            view.resizeColumnsToContents()
        em = self.fontMetrics().horizontalAdvance("あ")
        self.duty_table.setColumnWidth(DutyPlansModel.NAME, min(self.duty_table.columnWidth(DutyPlansModel.NAME), em * 12))
        self.checklist.setColumnWidth(ChecklistModel.DATE, max(self.checklist.columnWidth(ChecklistModel.DATE), em * 9))
        self.checklist.setColumnWidth(ChecklistModel.BASIS, min(self.checklist.columnWidth(ChecklistModel.BASIS), em * 16))
        self.comparison.horizontalHeader().setMinimumSectionSize(em * 16)
        self.comparison.resizeRowsToContents()

    # --- hosting protocol --------------------------------------------------------------------------
    def on_services(self, services: Services) -> None:
        self._services = services
        self.burden_function = services.shares.burdens
        self._municipalities = {}
        self._loaded = False
        if self.isVisible():
            self.reload()
        self._update_actions()

    def on_profile(self, profile: Profile | None, home: Municipality | None) -> None:
        self._home_code = profile.home_code if profile else ""
        self._loaded = False
        if self.isVisible():
            self.reload()
        self._update_actions()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            em = self.fontMetrics().horizontalAdvance("あ")
            self.main_split.setSizes([em * 31, max(self.width() - em * 31, em * 40)])
            row = self.fontMetrics().height() + 10
            bottom = row * 4 + self.fontMetrics().height() * 3
            self.outer_split.setSizes([max(self.height() - bottom, row * 20), bottom])
            top = self.fontMetrics().height() * 31
            self.right_split.setSizes([top, max(self.height() - bottom - top, row * 8)])
        # Duties may have changed on the catalogue page: read again (a few hundred rows at most).
        self.reload()

    def ensure_loaded(self) -> None:
        if not self._loaded:
            self.reload()

    def focus_record(self, record: object) -> None:
        """A plan id: select that plan and its duty. A dict {"duty_id": id, "partners": [codes]} (from
        the advisor): select the duty and open the editor for a new plan with the home town and those
        partners."""
        self.ensure_loaded()
        if isinstance(record, Mapping):
            duty_id = int(record["duty_id"])  # type: ignore[arg-type]
            self.select_duty(duty_id)
            if self._current_duty_id == duty_id:
                self.add_plan(partners=[str(c) for c in record.get("partners") or ()])  # type: ignore[union-attr]
            return
        self.select_plan(int(record))  # type: ignore[arg-type]

    # --- names -------------------------------------------------------------------------------------
    def _master(self) -> dict[str, Municipality]:
        if not self._municipalities and self._services is not None:
            self._municipalities = {m.code: m for m in self._services.municipalities.all()}
        return self._municipalities

    def name_of(self, code: str) -> str:
        m = self._master().get(code)
        return m.name if m else code

    def prefecture_of(self, code: str) -> str:
        m = self._master().get(code)
        return m.prefecture if m else ""

    # --- loading -----------------------------------------------------------------------------------
    def reload(self, select_plan_id: int | None = None, select_duty_id: int | None = None) -> None:
        """Read the home town's duties and plans again; keep (or move) the selection."""
        services = self._services
        keep_duty = select_duty_id or self._current_duty_id
        keep_plan = select_plan_id or self._current_plan_id
        if services is None or not self._home_code:
            self.duty_model.set_rows([], [])
            self._plans = []
            self._show_duty(None)
            self._update_portfolio()
            self._update_actions()
            return
        duties = services.catalogue.list_duties(self._home_code)
        duty_ids = {d.id for d in duties}
        self._plans = [p for p in services.plans.list_all() if p.duty_id in duty_ids]
        self._loaded = True
        if select_plan_id is not None:
            plan = self.plan_by_id(select_plan_id)
            if plan is not None:
                keep_duty = plan.duty_id
        self.duty_model.set_rows(duties, self._plans)
        self._current_duty_id = None
        self._current_plan_id = keep_plan
        if keep_duty is None or self.duty_model.row_of(keep_duty) < 0:
            keep_duty = next((r.duty.id for r in self.duty_model.rows() if r.plans), None)
        if keep_duty is not None:
            self.select_duty(keep_duty)
        else:
            self._show_duty(None)
        self._update_portfolio()
        self._fit_columns()
        self._update_actions()

    def refresh(self, plan_id: int | None) -> None:
        """After a command ran or was undone: read again and select ``plan_id`` (if it still exists)."""
        self.reload(select_plan_id=plan_id if plan_id is not None and self.plan_exists(plan_id) else None)

    def plan_exists(self, plan_id: int) -> bool:
        return self._services is not None and self._services.plans.get(plan_id) is not None

    def plan_by_id(self, plan_id: int) -> Plan | None:
        return next((p for p in self._plans if p.id == plan_id), None)

    def plans_of(self, duty_id: int) -> list[Plan]:
        return [p for p in self._plans if p.duty_id == duty_id]

    # --- selection ---------------------------------------------------------------------------------
    def selected_duty(self) -> Duty | None:
        if self._current_duty_id is None:
            return None
        row = self.duty_model.row_of(self._current_duty_id)
        return self.duty_model.row(row).duty if row >= 0 else None

    def selected_plan(self) -> Plan | None:
        return self.plan_by_id(self._current_plan_id) if self._current_plan_id is not None else None

    def select_duty(self, duty_id: int) -> bool:
        row = self.duty_model.row_of(duty_id)
        if row < 0:
            return False
        index = self.duty_proxy.mapFromSource(self.duty_model.index(row, 0))
        if not index.isValid():  # hidden by the filter: clear it so that the duty can be shown
            self.search.clear()
            self.only_with_plans.setChecked(False)
            index = self.duty_proxy.mapFromSource(self.duty_model.index(row, 0))
        self.duty_table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.duty_table.scrollTo(index)
        if self._current_duty_id != duty_id:  # the same row again emits nothing
            self._show_duty(duty_id)
        return True

    def select_plan(self, plan_id: int) -> bool:
        plan = self.plan_by_id(plan_id)
        if plan is None:
            return False
        self._current_plan_id = plan_id
        self.select_duty(plan.duty_id)
        column = self.comparison_model.column_of(plan_id)
        if column < 0:
            return False
        index = self.comparison_model.index(0, column)
        self.comparison.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Columns
        )
        self.comparison.scrollTo(index)
        self._show_plan(plan)
        return True

    def _duty_current_changed(self, current, _previous=None) -> None:  # noqa: ANN001
        if not current.isValid():
            return
        duty_id = self.duty_model.row(self.duty_proxy.mapToSource(current).row()).duty.id
        if duty_id != self._current_duty_id:
            self._show_duty(duty_id)

    def _plan_current_changed(self, *_args: object) -> None:
        index = self.comparison.selectionModel().currentIndex()
        selected = self.comparison.selectionModel().selectedColumns()
        column = selected[0].column() if selected else (index.column() if index.isValid() else -1)
        if 0 <= column < self.comparison_model.columnCount():
            plan = self.comparison_model.plan(column)
            if plan.id != self._current_plan_id or self.checklist_model.rowCount() == 0:
                self._current_plan_id = plan.id
                self._show_plan(plan)
        self._update_actions()

    def _show_duty(self, duty_id: int | None) -> None:
        self._current_duty_id = duty_id
        duty = self.selected_duty()
        plans = self.plans_of(duty_id) if duty_id is not None else []
        self.comparison_model.set_plans(plans, self.name_of, self.prefecture_of)
        if duty is None:
            self.duty_title.setText(self.tr("事務を選んでください"))
            self.empty_hint.setText("")
        else:
            self.duty_title.setText(self.tr("{0} — 連携案 {1}件").format(duty.name, len(plans)))
            self.empty_hint.setText(
                self.tr("この事務にはまだ連携案がありません。「新しい案」（Ctrl+N）で作成してください。") if not plans else ""
            )
        self.empty_hint.setVisible(duty is not None and not plans)
        self._fit_columns()
        target = self.plan_by_id(self._current_plan_id) if self._current_plan_id is not None else None
        if target is None or target.duty_id != duty_id:
            target = next((p for p in plans if p.chosen), plans[0] if plans else None)
        if target is not None and target.id is not None:
            column = self.comparison_model.column_of(target.id)
            self._current_plan_id = target.id
            self.comparison.selectionModel().setCurrentIndex(
                self.comparison_model.index(0, column),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Columns,
            )
        else:
            self._current_plan_id = None
        self._show_plan(target)
        self._update_actions()

    def _show_plan(self, plan: Plan | None) -> None:
        if plan is None:
            self.checklist_model.set_steps([])
            self.costs_model.set_entries([])
            self.roles_model.set_entries([], [])
            self.parties_text.setText("")
            self.checklist_progress.setText("")
            self._clear_checklist_message()
            self._show_sharing()
            return
        prefectures = [self.prefecture_of(c) for c in plan.party_codes]

        def authority_text(step: ProcedureStep) -> str:
            return pt.authority_text(step.authority, prefectures) if step.authority is not Authority.NONE else ""

        self.checklist_model.set_steps(
            plan.steps, name_of=self.name_of, letter_of=plan.letter_of, authority_text=authority_text
        )
        self._clear_checklist_message()
        self._update_progress(plan)
        self.costs_model.set_entries(
            [
                CostEntry(i.name, thousand_input(i.annual_total_yen), thousand_input(i.specific_revenue_yen), i.rule_json)
                for i in plan.cost_items
            ]
        )
        if plan.cost_items:
            self.costs.selectRow(0)
        self._show_sharing()
        self.roles_model.set_entries([RoleEntry(r.initiative, dict(r.roles)) for r in plan.roles], plan.party_codes)
        profile = plan.profile
        lines = []
        for p in plan.participants:
            position = pt.lead_role_name(profile.lead_role) if p.code == plan.lead_code else pt.member_role_name(profile.member_role)
            line = self.tr("{0} {1}（{2}）").format(texts.party_letter(p.letter), self.name_of(p.code), position)
            lines.append(line + (self.tr("： {0}").format(p.role) if p.role else ""))
        if not plan.roles:
            lines.append(self.tr("役割分担の表はまだありません（「編集」の「参加団体と役割」で入力します）。"))
        self.parties_text.setText("\n".join(lines))
        self._fit_columns()

    def _update_progress(self, plan: Plan) -> None:
        done, required = progress(plan.steps)
        pending = next_steps(plan.steps)
        upcoming = texts.join(pt.step_label(s, self.name_of) for s in pending) or self.tr("なし（すべて完了）")
        self.checklist_progress.setText(
            self.tr("「{0}」の手続: {1}/{2} 完了。次の手続: {3}").format(plan.name, done, required, upcoming)
        )

    def _show_sharing(self) -> None:
        plan = self.selected_plan()
        row = self.costs.selectionModel().currentIndex().row() if self.costs.selectionModel() else -1
        item = plan.cost_items[row] if plan is not None and 0 <= row < len(plan.cost_items) else None
        self.sharing_panel.show_item(plan, item)
        self.rule_button.setEnabled(plan is not None and item is not None and not self.read_only)
        shares = self._services.shares.plan_shares(plan) if plan is not None and self._services is not None else None
        self.share_table.set_result(shares, self._home_code)

    def _update_portfolio(self) -> None:
        rows = portfolio_rows(self._plans, self._home_code, self._portfolio_name)
        self.portfolio_model.set_rows(rows)
        if self._services is not None and self._home_code:
            self.portfolio_table.set_portfolio(self._services.shares.portfolio(self._home_code, self._plans))
        else:
            self.portfolio_table.set_portfolio(None)
        chosen = [p for p in self._plans if p.chosen]
        self.portfolio_note.setText(
            self.tr(
                "採用案 {0}件（年間総額 {1} 千円）。各団体が参加する採用案の数と、案全体の合計です（団体ごとの負担額は、負担の配分ルールを決めると計算されます）。◎＝自団体"
            ).format(len(chosen), texts.thousand_yen(sum(p.total_cost_yen for p in chosen)))
        )

    def _portfolio_name(self, code: str) -> str:
        m = self._master().get(code)
        return m.display_name if m else code

    def _update_actions(self, *_args: object) -> None:
        ready = self._services is not None and bool(self._home_code) and not self.read_only
        has_duty = ready and self.selected_duty() is not None
        plan = self.selected_plan() if ready else None
        self.actions_by_name["new"].setEnabled(has_duty)
        for name in ("edit", "duplicate", "delete"):
            self.actions_by_name[name].setEnabled(plan is not None)
        self.actions_by_name["choose"].setEnabled(plan is not None and not plan.chosen)

    def edit_rule(self) -> None:
        """Open the sharing-rule editor for the selected cost item (it saves and pushes the undo step)."""
        plan = self.selected_plan()
        row = self.costs.selectionModel().currentIndex().row() if self.costs.selectionModel() else -1
        if plan is None or plan.id is None or not 0 <= row < len(plan.cost_items):
            return
        saved = self.run_rule_editor(plan, row)
        if saved is not None:
            self.refresh(saved.id)

    # --- hooks tests replace (modal dialogs) -------------------------------------------------------
    def run_rule_editor(self, plan: Plan, item_index: int | None) -> Plan | None:
        from ..dialogs.sharing_rule_editor import SharingRuleEditor

        assert self._services is not None
        dialog = SharingRuleEditor(
            self._services, plan, item_index, self, undo_stack=self._window.undo_stack, refresh=self.refresh
        )
        return dialog.saved_plan if dialog.exec() else None

    def run_editor(self, plan: Plan, title: str) -> Plan | None:
        assert self._services is not None
        duty = self._services.catalogue.get(plan.duty_id)
        dialog = PlanEditorDialog(
            self._services.plans,
            self._services.municipalities.all(),
            plan,
            title=title,
            duty_name=duty.name if duty else "",
            parent=self,
        )
        return dialog.result_plan if dialog.exec() else None

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No
        )
        return answer == QMessageBox.StandardButton.Yes

    def show_failure(self, failure: ValidationFailed) -> None:
        QMessageBox.warning(
            self, self.tr("保存できません"), "\n".join(pt.plan_issue_text(i, self.name_of) for i in failure.issues)
        )

    def _status(self, text: str) -> None:
        status_bar = getattr(self._window, "statusBar", None)
        if status_bar is not None:
            status_bar().showMessage(text, 5000)

    @property
    def _undo(self):  # noqa: ANN202
        return self._window.undo_stack  # type: ignore[attr-defined]

    # --- actions -----------------------------------------------------------------------------------
    def add_plan(self, partners: list[str] | None = None) -> Plan | None:
        """A new plan for the selected duty: the home town (and ``partners``, lead first) as parties."""
        duty = self.selected_duty()
        if duty is None or duty.id is None or self._services is None:
            return None
        method = duty.typical_methods[0] if duty.typical_methods else CooperationMethod.AGREEMENT
        partners = [c for c in (partners or []) if c != self._home_code]
        draft = blank_plan(duty.id, method, [*partners, self._home_code])
        plan = self.run_editor(draft, self.tr("連携案の新規作成 — {0}").format(duty.name))
        return self.save_new(plan) if plan is not None else None

    def save_new(self, plan: Plan) -> Plan | None:
        assert self._services is not None
        try:
            saved, _ = self._services.plans.add(plan)
        except ValidationFailed as failure:
            self.show_failure(failure)
            return None
        self.refresh(saved.id)
        self._undo.push(AddPlanCommand(self.tr("連携案「{0}」の追加").format(saved.name), self._services.plans, self.refresh, saved))
        self._status(self.tr("連携案「{0}」を追加しました。").format(saved.name))
        return saved

    def edit_selected(self) -> None:
        before = self.selected_plan()
        if before is None or self._services is None or self.read_only:
            return
        after = self.run_editor(before, self.tr("連携案の編集: {0}").format(before.name))
        if after is not None and after != before:
            self.save_edit(before, after)

    def save_edit(self, before: Plan, after: Plan, label: str | None = None) -> Plan | None:
        assert self._services is not None
        # The plan editor is reopened with the input after キャンセル; the checklist keeps its own input.
        reedit = None if label else (lambda mine: self.run_editor(mine, self.tr("連携案の編集: {0}").format(mine.name)))
        try:
            result = save_with_conflict_check(
                self, self._services.plans.update, after, show_stored=lambda stored: self.refresh(stored.id), reedit=reedit
            )
        except ValidationFailed as failure:
            self.show_failure(failure)
            return None
        if result is None:
            return None
        saved, before = result.record, result.replaced or before
        self.refresh(saved.id)
        text = label or self.tr("連携案「{0}」の編集").format(saved.name)
        self._undo.push(EditPlanCommand(text, self._services.plans, self.refresh, before, saved))
        return saved

    def duplicate_selected(self) -> Plan | None:
        original = self.selected_plan()
        if original is None or self._services is None:
            return None
        name = (original.name + self.tr("（コピー）"))[:100]
        base = original.with_changes(id=None, version=0, steps=(), chosen=False, status=PlanStatus.DRAFT)
        try:
            copy = self._services.plans.parse({"name": name}, base=base)
        except ValidationFailed as failure:
            self.show_failure(failure)
            return None
        return self.save_new(copy)

    def delete_selected(self) -> None:
        plan = self.selected_plan()
        if plan is None or plan.id is None or self._services is None:
            return
        extra = self.tr("\nこの案はこの事務で採用した案です。") if plan.chosen else ""
        if not self.confirm(
            self.tr("連携案の削除"),
            self.tr("連携案「{0}」を削除しますか？{1}\n削除は「編集 → 元に戻す」（Ctrl+Z）で取り消せます。").format(plan.name, extra),
        ):
            return
        try:
            removed, _ = self._services.plans.delete(plan.id)
        except ValidationFailed as failure:
            self.show_failure(failure)
            return
        self._current_plan_id = None
        self.refresh(None)
        self._undo.push(DeletePlanCommand(self.tr("連携案「{0}」の削除").format(removed.name), self._services.plans, self.refresh, removed))
        self._status(self.tr("連携案「{0}」を削除しました。").format(removed.name))

    def choose_selected(self) -> None:
        plan = self.selected_plan()
        if plan is None or plan.id is None or self._services is None or plan.chosen:
            return
        before = self._services.plans.list_for_duty(plan.duty_id)
        try:
            self._services.plans.choose(plan.id)
        except ValidationFailed as failure:
            self.show_failure(failure)
            return
        self.refresh(plan.id)
        self._undo.push(
            ChoosePlanCommand(self.tr("連携案「{0}」の採用").format(plan.name), self._services.plans, self.refresh, plan.id, before)
        )
        self._status(self.tr("「{0}」をこの事務の採用案にしました。").format(plan.name))

    # --- the checklist -----------------------------------------------------------------------------
    def save_checklist(self) -> Plan | None:
        """Validate the typed step edits; save them all when valid, else show each message in its row."""
        plan = self.selected_plan()
        if plan is None or self._services is None:
            return None
        steps, issues = steps_from_input(plan.steps, self.checklist_model.pending_edits())
        if issues:
            errors: dict[str, str] = {}
            labels = {".date": self.tr("日付"), ".status": self.tr("状況"), ".note": self.tr("備考")}
            for issue in issues:
                key = issue.field[len("steps.") :] if issue.field.startswith("steps.") else issue.field
                label = None
                for suffix, text in labels.items():
                    if key.endswith(suffix):
                        key, label = key[: -len(suffix)], text
                text = pt.plan_issue_text(issue, self.name_of, field_label=label)
                errors[key] = f"{errors[key]} {text}" if key in errors else text
            self.checklist_model.set_errors(errors)
            self._clear_row_heights()
            for key in errors:
                row = self.checklist_model.row_of(key)
                if row >= 0:
                    self.checklist.resizeRowToContents(row)
            self.checklist_message.setText(
                self.tr("⚠ 手続の入力に誤りがあります（{0}件）。保存はしていません。").format(len(issues))
                + "\n"
                + "\n".join("⚠ " + pt.plan_issue_text(i, self.name_of) for i in issues)
            )
            self.checklist_message.show()
            self.discard_button.show()
            return None
        assert steps is not None
        saved = self.save_edit(plan, plan.with_changes(steps=steps), self.tr("「{0}」の手続の記録").format(plan.name))
        if saved is not None:
            self._clear_checklist_message()
        return saved

    def discard_checklist_edits(self) -> None:
        self.checklist_model.discard_edits()
        self._clear_checklist_message()

    def _clear_row_heights(self) -> None:
        height = self.fontMetrics().height() + 10
        for row in range(self.checklist_model.rowCount()):
            self.checklist.setRowHeight(row, height)

    def _clear_checklist_message(self) -> None:
        self._clear_row_heights()
        self.checklist_message.hide()
        self.checklist_message.setText("")
        self.discard_button.hide()
