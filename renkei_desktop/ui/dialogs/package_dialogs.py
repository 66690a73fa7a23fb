"""Partner packages (.renkei, docs/exchange.md §4): choosing what to send, and reviewing what came.

``PackageExportDialog``: a checklist of plans and agreements and the partner it is for.
``PackageImportDialog``: every record of a received package with its state in words (新規, 相手側で変更,
競合（両方で変更）, こちらで変更, 変更なし), both versions side by side, and a choice per record
(取り込む / こちらを残す, the engine's defaults first); 取り込む writes all of it in one transaction.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import StorageError
from ...services.exchange.errors import ExchangeError
from .. import change_texts as ct
from .. import texts
from ..widgets.apply_progress import ApplyProgress
from ..widgets.exchange_models import (
    KIND_NAMES,
    STATUS_NAMES,
    ChoiceDelegate,
    ComparisonModel,
    PackageItemsModel,
)
from ..widgets.exchange_models import tr as models_tr
from .duty_editor import ERROR_STYLE

if TYPE_CHECKING:
    from ...services.container import Services

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _names(services: Services) -> dict[str, str]:
    return {m.code: m.display_name for m in services.municipalities.all()}


class PackageExportDialog(QDialog):
    """Which plans and agreements go into the package, and for which partner (recorded, so that the
    next package from them tells their changes from conflicts)."""

    def __init__(self, services: Services, home_code: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("PackageExportDialog")
        self.setWindowTitle(self.tr("連携先への受け渡しファイルを書き出す"))
        self._home = home_code
        names = _names(services)
        self._names = names
        plans = sorted(services.plans.list_all(), key=lambda p: p.id or 0)
        agreements = sorted(services.agreements.list_all(), key=lambda a: a.id or 0)
        duties = {p.duty_id: services.catalogue.get(p.duty_id) for p in plans}
        self._parties: dict[tuple[str, int], tuple[str, ...]] = {}

        intro = QLabel(
            self.tr(
                "連携先の自治体に渡す連携案と協定を選んでください。連携案の事務と、負担の計算に使う統計も一緒に書き出します。"
                "協定を選ぶと、その元になった連携案も含まれます。"
            )
        )
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("package_tree")
        self.tree.setHeaderHidden(True)
        self.plans_root = QTreeWidgetItem(self.tree, [self.tr("連携案（{0}件）").format(len(plans))])
        self.agreements_root = QTreeWidgetItem(
            self.tree, [self.tr("協定・規約（{0}件）").format(len(agreements))]
        )
        for root in (self.plans_root, self.agreements_root):
            root.setFlags(root.flags() | Qt.ItemFlag.ItemIsAutoTristate | Qt.ItemFlag.ItemIsUserCheckable)
            root.setCheckState(0, Qt.CheckState.Unchecked)
        for plan in plans:
            duty = duties.get(plan.duty_id)
            text = self.tr("{0}（事務: {1}、{2}）").format(
                plan.name, duty.name if duty else "—", texts.method_name(plan.method)
            )
            self._add(self.plans_root, text, ("plan", plan.id or 0), plan.party_codes)
        for agreement in agreements:
            self._add(
                self.agreements_root, agreement.title, ("agreement", agreement.id or 0), agreement.party_codes
            )
        self.tree.expandAll()

        self.select_all = QPushButton(self.tr("すべて選ぶ(&A)"))
        self.select_none = QPushButton(self.tr("選択を外す(&C)"))
        self.select_all.clicked.connect(lambda: self._check_all(Qt.CheckState.Checked))
        self.select_none.clicked.connect(lambda: self._check_all(Qt.CheckState.Unchecked))

        self.partner = QComboBox()
        self.partner.setObjectName("package_partner")
        self.partner.addItem(self.tr("（指定しない）"), "")
        partners = Counter(code for codes in self._parties.values() for code in codes if code != home_code)
        for code, _count in partners.most_common():
            self.partner.addItem(texts.bracketed(names.get(code, code), code), code)
        self._partner_touched = False
        self.partner.activated.connect(self._partner_chosen)
        partner_label = QLabel(self.tr("渡す相手(&T):"))
        partner_label.setBuddy(self.partner)
        partner_note = QLabel(
            self.tr(
                "相手を記録しておくと、次に相手から受け取ったときに「相手側で変更」と「競合」を区別できます。"
            )
        )
        partner_note.setWordWrap(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("書き出す(&W)…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("キャンセル"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        select_row = QHBoxLayout()
        select_row.addWidget(self.select_all)
        select_row.addWidget(self.select_none)
        select_row.addStretch(1)
        partner_row = QHBoxLayout()
        partner_row.addWidget(partner_label)
        partner_row.addWidget(self.partner, 1)
        tree_label = QLabel(self.tr("書き出す記録(&R)（スペースキーで選択）:"))
        tree_label.setBuddy(self.tree)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(tree_label)
        layout.addWidget(self.tree, 1)
        layout.addLayout(select_row)
        layout.addLayout(partner_row)
        layout.addWidget(partner_note)
        layout.addWidget(self.buttons)
        self.tree.itemChanged.connect(self._changed)
        self._changed()
        em = self.fontMetrics().horizontalAdvance("あ")
        self.resize(em * 56, self.fontMetrics().height() * 32)

    def _add(self, root: QTreeWidgetItem, text: str, key: tuple[str, int], parties: tuple[str, ...]) -> None:
        item = QTreeWidgetItem(root, [text])
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Unchecked)
        item.setData(0, ID_ROLE, key)
        item.setToolTip(0, text)
        self._parties[key] = parties

    def _check_all(self, state: Qt.CheckState) -> None:
        for root in (self.plans_root, self.agreements_root):
            root.setCheckState(0, state)

    def check(self, kind: str, record_id: int, checked: bool = True) -> None:
        for item in self._items():
            if item.data(0, ID_ROLE) == (kind, record_id):
                item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _items(self) -> list[QTreeWidgetItem]:
        return [
            root.child(i)
            for root in (self.plans_root, self.agreements_root)
            for i in range(root.childCount())
        ]

    def _chosen(self) -> list[tuple[str, int]]:
        return [
            item.data(0, ID_ROLE) for item in self._items() if item.checkState(0) == Qt.CheckState.Checked
        ]

    def _partner_chosen(self, _index: int) -> None:
        self._partner_touched = True

    def _changed(self, *_args: object) -> None:
        chosen = self._chosen()
        self.ok.setEnabled(bool(chosen))
        if self._partner_touched or not chosen:
            return
        # The first other party of what is chosen, until the user picks someone.
        others = [c for key in chosen for c in self._parties.get(key, ()) if c != self._home]
        if others:
            index = self.partner.findData(Counter(others).most_common(1)[0][0])
            if index >= 0:
                self.partner.setCurrentIndex(index)

    def selection(self) -> tuple[list[int], list[int], str | None]:
        """(plan ids, agreement ids, partner code or None)."""
        chosen = self._chosen()
        plans = [i for kind, i in chosen if kind == "plan"]
        agreements = [i for kind, i in chosen if kind == "agreement"]
        return plans, agreements, (self.partner.currentData() or None)

    def partner_name(self) -> str:
        code = self.partner.currentData()
        return self._names.get(code, code) if code else ""


class PackageImportDialog(QDialog):
    """A received package, record by record; ``report`` is set once 取り込む has written it."""

    def __init__(self, services: Services, review: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("PackageImportDialog")
        self.setWindowTitle(self.tr("受け渡しファイルを取り込む — {0}").format(review.path.name))
        self.services = services
        self.review = review
        self.report: Any = None
        profile = services.profile.get()
        name_of = ct.names_from(services, profile.home_code if profile else "")
        self._name_of = name_of

        sender = review.sender
        who = " ".join(
            x for x in (sender.get("name", ""), sender.get("department", ""), sender.get("user", "")) if x
        )
        created = review.created_at.replace("T", " ")[:16] if review.created_at else "—"
        header = QLabel(
            self.tr("送り主: {0}（{1}）　作成日時: {2}（UTC）").format(
                who or "—", sender.get("code", "—"), created
            )
        )
        header.setObjectName("package_sender")
        header.setWordWrap(True)
        counts = Counter(i.status for i in review.items)
        parts = [
            self.tr("{0} {1}件").format(models_tr(STATUS_NAMES[s]), counts[s])
            for s in STATUS_NAMES
            if counts.get(s)
        ]
        self.summary = QLabel(self.tr("記録 {0}件: {1}").format(len(review.items), texts.join(parts)))
        self.summary.setObjectName("package_summary")
        self.summary.setWordWrap(True)
        explain = QLabel(
            self.tr(
                "「競合（両方で変更）」は、前回の受け渡しの後にこちらと相手の両方で変更された記録です。"
                "既定ではこちらの内容を残します。相手の内容にするときは「取り込む」を選んでください。"
                "何も上書きせずに閉じるには「キャンセル」を押します。"
            )
        )
        explain.setWordWrap(True)

        self.model = PackageItemsModel(review.items, review.default_decisions(), self, name_of)
        self.table = QTableView()
        self.table.setObjectName("package_items")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setItemDelegateForColumn(PackageItemsModel.DECISION, ChoiceDelegate(self.table))
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        table_label = QLabel(self.tr("記録(&L)（F2 で取り込み方を変更）:"))
        table_label.setBuddy(self.table)

        # The selected record: its state, the choice, both versions side by side.
        self.detail_title = QLabel()
        self.detail_title.setObjectName("package_detail_title")
        self.detail_title.setWordWrap(True)
        bold = self.detail_title.font()
        bold.setBold(True)
        self.detail_title.setFont(bold)
        self.take = QRadioButton(self.tr("相手の内容を取り込む(&T)"))
        self.take.setObjectName("package_take")
        self.keep = QRadioButton(self.tr("こちらの内容を残す(&K)"))
        self.keep.setObjectName("package_keep")
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.take)
        self.choice.addButton(self.keep)
        self.comparison = ComparisonModel(self, name_of)
        self.compare_table = QTableView()
        self.compare_table.setObjectName("package_comparison")
        self.compare_table.setModel(self.comparison)
        self.compare_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compare_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.compare_table.setWordWrap(False)
        self.compare_table.verticalHeader().hide()
        self.compare_table.horizontalHeader().setStretchLastSection(True)
        compare_label = QLabel(self.tr("こちらと相手の内容(&D)（違う項目に ≠）:"))
        compare_label.setBuddy(self.compare_table)
        detail = QGroupBox(self.tr("選んだ記録"))
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.detail_title)
        choice_row = QHBoxLayout()
        choice_row.addWidget(self.take)
        choice_row.addWidget(self.keep)
        choice_row.addStretch(1)
        detail_layout.addLayout(choice_row)
        detail_layout.addWidget(compare_label)
        detail_layout.addWidget(self.compare_table, 1)
        # The selected field in full, both versions side by side (long notes do not fit a cell).
        self.local_text = QPlainTextEdit()
        self.local_text.setObjectName("package_local_text")
        self.remote_text = QPlainTextEdit()
        self.remote_text.setObjectName("package_remote_text")
        full = QGridLayout()
        for column, (text, edit) in enumerate(
            ((self.tr("こちらの内容(&O):"), self.local_text), (self.tr("相手の内容(&P):"), self.remote_text))
        ):
            edit.setReadOnly(True)
            edit.setMaximumHeight(self.fontMetrics().height() * 5 + 12)
            label = QLabel(text)
            label.setBuddy(edit)
            full.addWidget(label, 0, column)
            full.addWidget(edit, 1, column)
        detail_layout.addLayout(full)
        self.compare_table.selectionModel().currentRowChanged.connect(self._show_field)
        self.comparison.modelReset.connect(self._show_field)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(table_label)
        left_layout.addWidget(self.table, 1)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)

        self.error = QLabel()
        self.error.setObjectName("package_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("取り込む(&I)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("キャンセル"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.summary)
        layout.addWidget(explain)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.take.toggled.connect(self._radio_changed)
        self.model.decision_changed.connect(lambda _row: self._show_current())
        em = self.fontMetrics().horizontalAdvance("あ")
        self.resize(em * 92, self.fontMetrics().height() * 50)
        self._fit()
        first = next((r for r in range(self.model.rowCount()) if self.model.item(r).status == "conflict"), 0)
        if self.model.rowCount():
            self.select_row(first)

    # --- selection and choice ----------------------------------------------------------------------
    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)

    def current_row(self) -> int:
        index = self.table.selectionModel().currentIndex()
        return index.row() if index.isValid() else -1

    def decisions(self) -> dict[str, str]:
        return dict(self.model.decisions)

    def _show_current(self, *_args: object) -> None:
        row = self.current_row()
        if row < 0:
            self.comparison.set_item(None)
            self.detail_title.setText("")
            return
        item = self.model.item(row)
        status = models_tr(STATUS_NAMES.get(item.status, item.status))
        kind = models_tr(KIND_NAMES.get(item.kind, item.kind))
        self.detail_title.setText(self.tr("{0}「{1}」: {2}").format(kind, self.model.label(row), status))
        decidable = self.model.decidable(row)
        decision = self.model.decisions.get(item.key, item.default_decision)
        for button in (self.take, self.keep):
            button.setEnabled(decidable)
            button.blockSignals(True)
        self.take.setChecked(decidable and decision == "take")
        self.keep.setChecked(not decidable or decision == "keep")
        for button in (self.take, self.keep):
            button.blockSignals(False)
        self.keep.setText(
            self.tr("こちらの内容を残す(&K)") if item.local is not None else self.tr("取り込まない(&K)")
        )
        self.comparison.set_item(item)
        self._fit_comparison()
        first = next((r for r in range(self.comparison.rowCount()) if self.comparison.row_texts(r)[0]), 0)
        if self.comparison.rowCount():
            self.compare_table.selectRow(first)

    def _show_field(self, *_args: object) -> None:
        index = self.compare_table.selectionModel().currentIndex()
        if not index.isValid() or index.row() >= self.comparison.rowCount():
            self.local_text.setPlainText("")
            self.remote_text.setPlainText("")
            return
        _differs, _field, mine, theirs = self.comparison.row_texts(index.row())
        self.local_text.setPlainText(mine)
        self.remote_text.setPlainText(theirs)

    def _radio_changed(self, _checked: bool) -> None:
        row = self.current_row()
        if row >= 0 and self.model.decidable(row):
            self.model.set_decision(row, "take" if self.take.isChecked() else "keep")

    # --- layout ----------------------------------------------------------------------------------
    def _fit(self) -> None:
        em = self.fontMetrics().horizontalAdvance("あ")
        for table in (self.table, self.compare_table):
            table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, chars in ((0, 4), (1, 18), (2, 11)):
            self.table.setColumnWidth(column, em * chars)
        self.splitter.setSizes([em * 44, em * 46])
        self._fit_comparison()

    def _fit_comparison(self) -> None:
        em = self.fontMetrics().horizontalAdvance("あ")
        for column, chars in ((0, 2), (1, 9), (2, 15)):
            self.compare_table.setColumnWidth(column, em * chars)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange and hasattr(self, "model"):
            self._fit()
        super().changeEvent(event)

    # --- apply -------------------------------------------------------------------------------------
    def make_progress(self) -> ApplyProgress:  # replaced in tests
        return ApplyProgress(self, self.tr("受け渡しファイルの取り込み"), self.tr("取り込んでいます…"))

    def accept(self) -> None:
        self.error.hide()
        progress = self.make_progress()
        try:
            self.report = self.services.exchange.apply_package(self.review, self.decisions(), progress.step)
        except ExchangeError as error:
            self._show_error(texts.exchange_error_text(error))
            return
        except StorageError as error:
            self._show_error(texts.storage_error_text(error))
            return
        finally:
            progress.close()
        super().accept()

    def _show_error(self, text: str) -> None:
        self.error.setText("⚠ " + text)
        self.error.show()
