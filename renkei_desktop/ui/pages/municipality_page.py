"""Municipality browser: all municipalities and prefectures, with dated statistics to edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import StorageError, ValidationFailed
from ...domain.municipalities import Municipality, StatKind
from .. import texts
from ..dialogs.duty_editor import ERROR_STYLE
from ..models.municipality_table_model import format_stat
from ..widgets.municipality_picker import MunicipalityPicker

if TYPE_CHECKING:
    from ...services.municipalities import MunicipalityService


class MunicipalityPage(QWidget):
    read_only = False  # follows MainWindow.read_only_changed: statistics can be read, not entered

    def __init__(self, municipalities: MunicipalityService | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("MunicipalityPage")
        self._service = municipalities
        self._loaded = False
        self.picker = MunicipalityPicker(self)

        self.title = QLabel()
        self.title.setObjectName("municipality_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.stats = QTableWidget(0, 4)
        self.stats.setObjectName("statistics_table")
        self.stats.setHorizontalHeaderLabels([self.tr("項目"), self.tr("値"), self.tr("基準日"), self.tr("出典")])
        self.stats.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stats.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.stats.verticalHeader().hide()
        self.stats.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.stats.horizontalHeader().setStretchLastSection(True)
        self.stats.itemSelectionChanged.connect(self._stat_selected)

        self.kind = QComboBox()
        self.kind.setObjectName("stat_kind")
        for k in StatKind:
            self.kind.addItem(texts.stat_name(k), k.value)
        self.value = QLineEdit()
        self.value.setObjectName("stat_value")
        self.value.setPlaceholderText(self.tr("例: 1,234（全角も可）"))
        self.reference_date = QLineEdit()
        self.reference_date.setObjectName("stat_reference_date")
        self.reference_date.setPlaceholderText(self.tr("例: 2020-10-01 または 令和2年10月1日"))
        self.source = QLineEdit()
        self.source.setObjectName("stat_source")
        self.source.setPlaceholderText(self.tr("例: 令和2年国勢調査"))
        self.error = QLabel()
        self.error.setObjectName("stat_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.save_button = QPushButton(self.tr("登録・更新"))
        self.save_button.setObjectName("stat_save")
        self.save_button.clicked.connect(self.save_statistic)
        self.delete_button = QPushButton(self.tr("選択した値を削除"))
        self.delete_button.setObjectName("stat_delete")
        self.delete_button.clicked.connect(self.delete_statistic)

        form = QFormLayout()
        for label_text, widget in (
            (self.tr("項目(&K):"), self.kind),
            (self.tr("値(&V):"), self.value),
            (self.tr("基準日(&R):"), self.reference_date),
            (self.tr("出典(&O):"), self.source),
        ):
            label = QLabel(label_text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        edit_box = QGroupBox(self.tr("統計値の登録（基準日と出典を必ず記録します）"))
        edit_layout = QVBoxLayout(edit_box)
        edit_layout.addLayout(form)
        edit_layout.addWidget(self.error)
        edit_layout.addLayout(buttons)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.title)
        detail_layout.addWidget(self.facts)
        detail_layout.addWidget(self.stats, 1)
        detail_layout.addWidget(edit_box)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.picker)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.picker.current_changed.connect(self._show)
        self._show(None)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._show(self._current)

    def set_service(self, municipalities: MunicipalityService) -> None:
        self._service = municipalities
        self._loaded = False
        if self.isVisible():
            self.ensure_loaded()

    def ensure_loaded(self) -> None:
        """The master (1,788 records) is read when the page is first shown, not at start-up."""
        if not self._loaded and self._service is not None:
            self.picker.set_municipalities(self._service.all())
            self._loaded = True

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        self.ensure_loaded()
        super().showEvent(event)

    def _show(self, m: Municipality | None) -> None:
        self._current = m
        enabled = m is not None and not self.read_only
        for w in (self.kind, self.value, self.reference_date, self.source, self.save_button, self.delete_button):
            w.setEnabled(enabled)
        self.error.hide()
        if m is None:
            self.title.setText(self.tr("自治体を選んでください"))
            self.facts.setText("")
            self.stats.setRowCount(0)
            return
        self.title.setText(m.display_name)
        coords = f"{m.latitude:.4f}, {m.longitude:.4f}" if m.latitude is not None and m.longitude is not None else "—"
        self.facts.setText(
            self.tr("種別: {0}　コード: {1}　よみ: {2}　役場の位置: {3}").format(texts.kind_name(m.kind), m.code, m.kana, coords)
        )
        stats = sorted(m.statistics, key=lambda s: (list(StatKind).index(s.kind), s.reference_date))
        self.stats.setRowCount(len(stats))
        for row, s in enumerate(stats):
            items = (texts.stat_name(s.kind), format_stat(s.value), s.reference_date.isoformat(), s.source)
            for col, text in enumerate(items):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, s.id)
                if col == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.stats.setItem(row, col, item)
        self._statistics = stats

    def _stat_selected(self) -> None:
        rows = self.stats.selectionModel().selectedRows()
        if not rows:
            return
        s = self._statistics[rows[0].row()]
        self.kind.setCurrentIndex(self.kind.findData(s.kind.value))
        self.value.setText(f"{s.value.normalize():f}")
        self.reference_date.setText(s.reference_date.isoformat())
        self.source.setText(s.source)

    def save_statistic(self) -> None:
        m = self._current
        if m is None or self._service is None:
            return
        try:
            self._service.set_statistic(
                m.code, self.kind.currentData(), self.value.text(), self.reference_date.text(), self.source.text()
            )
        except ValidationFailed as failure:
            self.error.setText("⚠ " + "\n⚠ ".join(texts.issue_text(i) for i in failure.issues))
            self.error.show()
            return
        except StorageError as error:  # environment tier: what happened and what to do; the input stays
            self.error.setText("⚠ " + texts.storage_error_text(error))
            self.error.show()
            return
        self._refresh(m.code)

    def delete_statistic(self) -> None:
        rows = self.stats.selectionModel().selectedRows()
        if not rows or self._current is None or self._service is None:
            return
        s = self._statistics[rows[0].row()]
        answer = QMessageBox.question(
            self,
            self.tr("統計値の削除"),
            self.tr("{0}の「{1}」（基準日 {2}）を削除しますか？").format(
                self._current.display_name, texts.stat_name(s.kind), s.reference_date.isoformat()
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        assert s.id is not None
        try:
            self._service.delete_statistic(s.id)
        except StorageError as error:
            self.error.setText("⚠ " + texts.storage_error_text(error))
            self.error.show()
            return
        self._refresh(self._current.code)

    def _refresh(self, code: str) -> None:
        assert self._service is not None
        updated = self._service.get(code)
        if updated is None:
            return
        self.picker.model.replace(updated)
        self.error.hide()
        self._show(updated)
