"""A save refused because the record changed since it was read: both versions side by side, the fields
that differ marked with ≠ and highlighted, and the three ways on (see ui/conflicts.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import StaleRecord
from .. import change_texts as ct
from .. import texts
from ..conflicts import Choice

if TYPE_CHECKING:
    from ...services.container import Services

DIFFERENT = "≠"  # the mark of a differing field: highlighted too, but never by colour alone
CELL_LIMIT = 60


class ConflictModel(QAbstractTableModel):
    """One row per field: 違い (≠), 項目, 保存されている内容, あなたの変更."""

    MARK, FIELD, STORED, MINE = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("ConflictModel", "違い"),
        QT_TRANSLATE_NOOP("ConflictModel", "項目"),
        QT_TRANSLATE_NOOP("ConflictModel", "保存されている内容"),
        QT_TRANSLATE_NOOP("ConflictModel", "あなたの変更"),
    )
    HIGHLIGHT = QColor(255, 224, 130)  # amber, readable with black text; the ≠ and bold carry the meaning

    def __init__(self, kind: str, current: Any, attempted: Any, name_of, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        changes = ct.compare(ct.record_values(current), ct.record_values(attempted), keep_equal=True)
        self._all = [
            (
                change.differs,
                ct.field_label(kind, change.path, name_of),
                ct.value_text(kind, change.path, change.old, name_of),
                ct.value_text(kind, change.path, change.new, name_of),
            )
            for change in changes
        ]
        self._rows = list(self._all)
        self._bold = QFont()
        self._bold.setBold(True)

    def set_only_differences(self, only: bool) -> None:
        self.beginResetModel()
        self._rows = [r for r in self._all if r[0]] if only else list(self._all)
        self.endResetModel()

    def difference_count(self) -> int:
        return sum(1 for r in self._all if r[0])

    def differing_fields(self) -> list[str]:
        return [r[1] for r in self._all if r[0]]

    def row_texts(self, row: int) -> tuple[bool, str, str, str]:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate("ConflictModel", self.HEADERS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        differs, field, stored, mine = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.MARK:
                return DIFFERENT if differs else ""
            text = (field, stored, mine)[column - 1]
            return text if column == self.FIELD else ct.shorten(text, CELL_LIMIT)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.STORED, self.MINE):
            return (stored, mine)[column - self.STORED]
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.MARK:
            return (
                QCoreApplication.translate("ConflictModel", "違いあり")
                if differs
                else QCoreApplication.translate("ConflictModel", "同じ")
            )
        if role == Qt.ItemDataRole.BackgroundRole and differs:
            return QBrush(self.HIGHLIGHT)
        if role == Qt.ItemDataRole.ForegroundRole and differs:
            return QBrush(QColor(0, 0, 0))
        if role == Qt.ItemDataRole.FontRole and differs:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.MARK:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class ConflictDialog(QDialog):
    """``choice`` is the user's answer once the dialog closes (キャンセル when closed otherwise)."""

    def __init__(
        self, stale: StaleRecord, parent: QWidget | None = None, *, services: Services | None = None
    ):
        super().__init__(parent)
        self.setObjectName("ConflictDialog")
        self.setWindowTitle(self.tr("保存できませんでした — 記録が変更されています"))
        self.stale = stale
        self.choice = Choice.CANCEL
        profile = services.profile.get() if services is not None else None
        name_of = ct.names_from(services, profile.home_code if profile is not None else "")
        current = stale.current
        record = getattr(current, "name", None) or getattr(current, "title", "") or ""
        self.model = ConflictModel(stale.kind, current, stale.attempted, name_of, self)
        count = self.model.difference_count()

        message = QLabel(
            self.tr("この記録は、読み込んだ後に別の画面または別の利用者によって変更されています。")
        )
        message.setObjectName("conflict_message")
        message.setWordWrap(True)
        bold = message.font()
        bold.setBold(True)
        message.setFont(bold)
        explain = QLabel(
            self.tr(
                "{0}「{1}」の保存されている内容と、あなたの変更を比べてください。違いのある項目（{2}件）には「{3}」を付けて強調しています。"
            ).format(ct.kind_name(stale.kind), record, count, DIFFERENT)
        )
        explain.setObjectName("conflict_explain")
        explain.setWordWrap(True)
        last = self._last_change(services)
        self.last_change = QLabel(last)
        self.last_change.setObjectName("conflict_last_change")
        self.last_change.setVisible(bool(last))

        self.only_differences = QCheckBox(self.tr("違いのある項目だけ表示する(&D)"))
        self.only_differences.setObjectName("conflict_only_differences")
        self.only_differences.toggled.connect(self.model.set_only_differences)
        self.table = QTableView()
        self.table.setObjectName("conflict_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._show_row)
        self.model.modelReset.connect(self._show_row)

        # The selected field in full, both versions side by side (long clauses do not fit a cell).
        self.stored_text = QPlainTextEdit()
        self.stored_text.setObjectName("conflict_stored_text")
        self.mine_text = QPlainTextEdit()
        self.mine_text.setObjectName("conflict_mine_text")
        full = QGridLayout()
        for column, (text, edit) in enumerate(
            (
                (self.tr("保存されている内容(&T):"), self.stored_text),
                (self.tr("あなたの変更(&Y):"), self.mine_text),
            )
        ):
            edit.setReadOnly(True)
            label = QLabel(text)
            label.setBuddy(edit)
            full.addWidget(label, 0, column)
            full.addWidget(edit, 1, column)

        self.show_stored_button = QPushButton(self.tr("保存されている内容を表示する(&S)"))
        self.show_stored_button.setObjectName("conflict_show_stored")
        self.show_stored_button.setToolTip(
            self.tr("あなたの変更は保存せずに破棄し、保存されている内容を表示します。")
        )
        self.show_stored_button.clicked.connect(self.show_stored)
        self.overwrite_button = QPushButton(self.tr("あなたの変更で上書きする(&O)…"))
        self.overwrite_button.setObjectName("conflict_overwrite")
        self.overwrite_button.setToolTip(
            self.tr("違いのある項目を、あなたの変更の内容で保存し直します（確認があります）。")
        )
        self.overwrite_button.clicked.connect(self.overwrite)
        self.cancel_button = QPushButton(self.tr("キャンセル"))
        self.cancel_button.setObjectName("conflict_cancel")
        self.cancel_button.setToolTip(self.tr("何も保存せず、入力した内容のまま編集に戻ります。"))
        self.cancel_button.clicked.connect(self.reject)
        self.cancel_button.setDefault(True)  # Enter never overwrites by accident
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_stored_button)
        buttons.addWidget(self.overwrite_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(explain)
        layout.addWidget(self.last_change)
        layout.addWidget(self.only_differences)
        layout.addWidget(self.table, 4)
        layout.addLayout(full, 1)
        layout.addLayout(buttons)

        em = self.fontMetrics().horizontalAdvance("あ")
        self.resize(em * 76, self.fontMetrics().height() * 46)
        self._fit()
        first = next((r for r in range(self.model.rowCount()) if self.model.row_texts(r)[0]), 0)
        if self.model.rowCount():
            self.table.selectRow(first)

    def _last_change(self, services: Services | None) -> str:
        """Who saved the stored version, and when (from the audit log), if known."""
        record_id = getattr(self.stale.current, "id", None)
        if services is None or record_id is None:
            return ""
        from ...services.audit import AuditFilter

        entries = services.audit.entries(AuditFilter(kind=self.stale.kind, record_id=record_id), limit=1)
        if not entries:
            return ""
        entry = entries[0]
        return self.tr("保存されている内容の最終変更: {0}　{1}").format(
            entry.local_at.strftime("%Y-%m-%d %H:%M"), entry.actor
        )

    def _fit(self) -> None:
        em = self.fontMetrics().horizontalAdvance("あ")
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(ConflictModel.MARK, max(self.table.columnWidth(ConflictModel.MARK), em * 3))
        self.table.setColumnWidth(
            ConflictModel.FIELD, min(self.table.columnWidth(ConflictModel.FIELD), em * 14)
        )
        for column in (ConflictModel.STORED, ConflictModel.MINE):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), em * 22))

    def _show_row(self, *_args: object) -> None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            self.stored_text.setPlainText("")
            self.mine_text.setPlainText("")
            return
        _differs, _field, stored, mine = self.model.row_texts(index.row())
        self.stored_text.setPlainText(stored)
        self.mine_text.setPlainText(mine)

    # --- choices -------------------------------------------------------------------------------
    def confirm_overwrite(self) -> bool:  # replaced in tests
        fields = texts.join(self.model.differing_fields()[:8])
        more = "…" if self.model.difference_count() > 8 else ""
        answer = QMessageBox.question(
            self,
            self.tr("あなたの変更で上書き"),
            self.tr(
                "保存されている内容のうち、違いのある項目（{0}{1}）をあなたの変更の内容で置き換えます。"
                "置き換えられる内容は変更履歴に残ります。よろしいですか？"
            ).format(fields, more),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def show_stored(self) -> None:
        self.choice = Choice.SHOW_STORED
        self.accept()

    def overwrite(self) -> None:
        if not self.confirm_overwrite():
            return
        self.choice = Choice.OVERWRITE
        self.accept()

    def reject(self) -> None:  # キャンセル, Esc, the close button
        self.choice = Choice.CANCEL
        super().reject()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange and hasattr(self, "model"):
            self._fit()
        super().changeEvent(event)
