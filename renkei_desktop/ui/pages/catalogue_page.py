"""The duty catalogue: table, search, category filter, add/edit/duplicate/delete with undo."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.duties import Duty, DutyCategory, DutyStatus, Urgency
from ...domain.errors import StorageError, ValidationFailed
from ...services.templates import load_templates
from .. import texts
from ..conflicts import save_with_conflict_check
from ..dialogs.duty_editor import DutyEditorDialog
from ..dialogs.template_dialog import TemplateDialog
from ..models.duty_table_model import DutyFilterProxy, DutyItemDelegate, DutyTableModel
from ..undo_commands import AddDutyCommand, DeleteDutyCommand, EditDutyCommand
from ..widgets.unshaped import prefer_unshaped_text

if TYPE_CHECKING:
    from ...services.catalogue import CatalogueService


class CataloguePage(QWidget):
    """Shows the home municipality's duties. ``owner_code`` and ``department`` come from the profile."""

    duty_count_changed = Signal(int)
    read_only = False  # set through set_read_only (MainWindow.read_only_changed): no add, edit or delete

    def __init__(self, catalogue: CatalogueService | None, undo_stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("CataloguePage")
        self._catalogue = catalogue
        self._undo = undo_stack
        self.owner_code = ""
        self.department = ""

        self.model = DutyTableModel(self)
        self.proxy = DutyFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setObjectName("catalogue_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("事務名・よみがな・分野・担当課で絞り込み（Ctrl+F）"))
        self.search.textChanged.connect(self.proxy.set_text)
        self.category = self._filter_combo(
            "catalogue_category", self.tr("分野で絞り込み"), self.tr("すべての分野"),
            DutyCategory, texts.category_name, self.proxy.set_category,
        )  # fmt: skip
        self.status = self._filter_combo(
            "catalogue_status", self.tr("状況で絞り込み"), self.tr("すべての状況"),
            DutyStatus, texts.status_name, self.proxy.set_status,
        )  # fmt: skip
        self.urgency = self._filter_combo(
            "catalogue_urgency", self.tr("緊急度で絞り込み"), self.tr("すべての緊急度"),
            Urgency, texts.urgency_name, self.proxy.set_urgency,
        )  # fmt: skip

        self.table = QTableView()
        self.table.setObjectName("catalogue_table")
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(DutyItemDelegate(self.table, self.proxy))  # one Python call per painted cell
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        prefer_unshaped_text(self.table)  # a keystroke's repaint about a fifth cheaper, same pixels
        # Rows of one fixed height and no row-number header: a filter keystroke over 10,000 duties then
        # costs the view no per-row sizing (the header would measure up to 1,000 labels each time).
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        rows.hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(200)  # size columns from the first rows, not all 10,000
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.activated.connect(lambda _i: self.edit_selected())
        self.summary = QLabel()
        self.summary.setObjectName("catalogue_summary")

        self.actions_by_name: dict[str, QAction] = {}
        # Two rows: the actions, then the filters (in one row the search field was squeezed to nothing
        # in English at 200%).
        bar = QHBoxLayout()
        filters = QHBoxLayout()
        label = QLabel(self.tr("絞り込み(&F):"))
        label.setBuddy(self.search)
        filters.addWidget(label)
        self.search.setMinimumWidth(self.search.fontMetrics().horizontalAdvance("事務名・よみがな・分野"))
        filters.addWidget(self.search, 3)
        for combo in (self.category, self.status, self.urgency):  # may narrow (the list shows it all)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        filters.addWidget(self.category, 1)
        filters.addWidget(self.status, 1)
        filters.addWidget(self.urgency, 1)
        for name, text, shortcut, slot in (
            ("new", self.tr("新規作成"), QKeySequence.StandardKey.New, self.add_blank),
            ("template", self.tr("テンプレートから追加"), QKeySequence("Ctrl+T"), self.add_from_template),
            ("edit", self.tr("編集"), QKeySequence("F2"), self.edit_selected),
            ("duplicate", self.tr("複製"), QKeySequence("Ctrl+D"), self.duplicate_selected),
            ("delete", self.tr("削除"), QKeySequence.StandardKey.Delete, self.delete_selected),
        ):
            action = QAction(text, self)
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            action.setObjectName(f"action_{name}")
            self.addAction(action)
            self.actions_by_name[name] = action
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setObjectName(f"button_{name}")
            bar.addWidget(button)
        bar.addStretch(1)
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        self.addAction(find)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        # Totals are recomputed once after a burst of model signals, not once per removed range.
        self._summary_timer = QTimer(self)
        self._summary_timer.setSingleShot(True)
        self._summary_timer.setInterval(120)  # while typing, totals follow once the keys pause
        self._summary_timer.timeout.connect(self._update_summary)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset, self.proxy.layoutChanged, self.proxy.dataChanged):
            signal.connect(self._summary_timer.start)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self._update_actions()

    # --- loading -------------------------------------------------------------------------------
    def set_catalogue(self, catalogue: CatalogueService) -> None:
        self._catalogue = catalogue
        self._update_actions()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._update_actions()

    def load(self, owner_code: str, department: str = "", duties: list[Duty] | None = None) -> None:
        """Show ``duties`` (a start-up snapshot) or read them from the catalogue service."""
        self.owner_code = owner_code
        self.department = department
        if duties is None:
            duties = self._catalogue.list_duties(owner_code) if self._catalogue and owner_code else []
        self.model.set_duties(duties)
        self.table.resizeColumnsToContents()
        self._update_summary()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange:  # zoom: columns and rows follow the new text size
            self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
            self.table.resizeColumnsToContents()
        super().changeEvent(event)

    def _filter_combo(self, name: str, tip: str, everything: str, kind, label, apply) -> QComboBox:  # noqa: ANN001
        """A filter list: 「すべての…」 first, then each value of the enum ``kind`` named by ``label``;
        choosing one calls ``apply`` with the value (None for すべて)."""
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setToolTip(tip)
        combo.addItem(everything, None)
        for value in kind:
            combo.addItem(label(value), value.value)
        combo.currentIndexChanged.connect(lambda: apply(kind(v) if (v := combo.currentData()) else None))
        return combo

    def _update_summary(self, *_args: object) -> None:
        shown, workload, cost = self.proxy.visible_totals()
        self.summary.setText(
            self.tr("{0}件を表示（全{1}件）　業務量合計 {2} 人工　年間経費合計 {3} 千円").format(
                shown, self.model.rowCount(), f"{workload.normalize():f}" if workload else "0", texts.thousand_yen(cost)
            )
        )
        self.duty_count_changed.emit(self.model.rowCount())
        self._update_actions()

    def _update_actions(self, *_args: object) -> None:
        ready = self._catalogue is not None and bool(self.owner_code) and not self.read_only
        has = ready and self.selected_duty() is not None
        for name in ("new", "template"):
            self.actions_by_name[name].setEnabled(ready)
        for name in ("edit", "duplicate", "delete"):
            self.actions_by_name[name].setEnabled(has)

    # --- selection -----------------------------------------------------------------------------
    def selected_duty(self) -> Duty | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self.model.duty(self.proxy.mapToSource(rows[0]).row())

    def select_duty(self, duty_id: int) -> None:
        row = self.model.row_of(duty_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.scrollTo(index)

    # --- hooks tests replace (modal dialogs) -------------------------------------------------------
    def run_editor(self, duty: Duty, title: str) -> Duty | None:
        assert self._catalogue is not None
        dialog = DutyEditorDialog(self._catalogue, duty, title=title, parent=self)
        return dialog.result_duty if dialog.exec() else None

    def choose_template(self):  # noqa: ANN201
        dialog = TemplateDialog(load_templates(), self)
        return dialog.chosen if dialog.exec() else None

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No
        )
        return answer == QMessageBox.StandardButton.Yes

    def show_failure(self, failure: ValidationFailed) -> None:
        QMessageBox.warning(self, self.tr("保存できません"), "\n".join(texts.issue_text(i) for i in failure.issues))

    def show_environment_error(self, error: StorageError) -> None:
        QMessageBox.warning(self, self.tr("保存できません"), texts.storage_error_text(error))

    def _retry_after(self, error: StorageError, unsaved: Duty, save) -> Duty | None:  # noqa: ANN001
        """Environment tier (disk full, read-only file …): say what happened and what to do, then hand
        the unsaved input back in the editor, so that nothing typed is lost."""
        self.show_environment_error(error)
        again = self.run_editor(unsaved, self.tr("まだ保存されていない入力: {0}").format(unsaved.name))
        return save(again) if again is not None else None

    # --- refresh from commands -----------------------------------------------------------------
    def apply_change(self, saved: Duty | None, removed_id: int | None) -> None:
        if removed_id is not None:
            self.model.remove(removed_id)
        if saved is not None:
            self.model.upsert(saved)
            if saved.id is not None:
                self.select_duty(saved.id)
        self._update_summary()

    # --- actions -------------------------------------------------------------------------------
    def add_blank(self) -> None:
        if self._catalogue is None:
            return
        draft = Duty(owner_code=self.owner_code, name="", category=DutyCategory.OTHER, department=self.department)
        duty = self.run_editor(draft, self.tr("事務の新規作成"))
        if duty is not None:
            self.save_new(duty)

    def add_from_template(self) -> None:
        if self._catalogue is None:
            return
        template = self.choose_template()
        if template is None:
            return
        duty = self.run_editor(template.to_duty(self.owner_code, self.department), self.tr("テンプレートから追加"))
        if duty is not None:
            self.save_new(duty)

    def save_new(self, duty: Duty) -> Duty | None:
        assert self._catalogue is not None
        try:
            saved, _ = self._catalogue.add(duty)
        except ValidationFailed as failure:
            self.show_failure(failure)
            return None
        except StorageError as error:
            return self._retry_after(error, duty, self.save_new)
        self.apply_change(saved, None)
        self._undo.push(AddDutyCommand(self.tr("「{0}」の追加").format(saved.name), self._catalogue, self.apply_change, saved))
        return saved

    def edit_selected(self) -> None:
        before = self.selected_duty()
        if before is None or self._catalogue is None or self.read_only:
            return
        after = self.run_editor(before, self.tr("事務の編集: {0}").format(before.name))
        if after is not None and after != before:
            self.save_edit(before, after)

    def save_edit(self, before: Duty, after: Duty) -> Duty | None:
        assert self._catalogue is not None
        try:
            result = save_with_conflict_check(  # a newer version saved elsewhere: ask, never overwrite silently
                self, self._catalogue.update, after, show_stored=lambda stored: self.apply_change(stored, None),
                reedit=lambda mine: self.run_editor(mine, self.tr("事務の編集: {0}").format(mine.name)),
            )  # fmt: skip
        except ValidationFailed as failure:
            self.show_failure(failure)
            return None
        except StorageError as error:
            return self._retry_after(error, after, lambda duty: self.save_edit(before, duty))
        if result is None:
            return None
        saved, before = result.record, result.replaced or before
        self.apply_change(saved, None)
        self._undo.push(
            EditDutyCommand(self.tr("「{0}」の編集").format(saved.name), self._catalogue, self.apply_change, before, saved)
        )
        return saved

    def duplicate_selected(self) -> None:
        original = self.selected_duty()
        if original is None or self._catalogue is None:
            return
        self.save_new(original.with_changes(name=(original.name + self.tr("（コピー）"))[:100]))

    def delete_selected(self) -> None:
        duty = self.selected_duty()
        if duty is None or duty.id is None or self._catalogue is None:
            return
        if not self.confirm(
            self.tr("事務の削除"),
            self.tr("「{0}」を削除しますか？\n削除は「編集 → 元に戻す」（Ctrl+Z）で取り消せます。").format(duty.name),
        ):
            return
        try:
            removed, _ = self._catalogue.delete(duty.id)
        except ValidationFailed as failure:
            self.show_failure(failure)
            return
        except StorageError as error:
            self.show_environment_error(error)
            return
        self.apply_change(None, removed.id)
        self._undo.push(DeleteDutyCommand(self.tr("「{0}」の削除").format(removed.name), self._catalogue, self.apply_change, removed))
