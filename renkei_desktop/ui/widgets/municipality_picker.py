"""Search and filter the municipality master: kanji/kana/code search, prefecture and kind filters."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.municipalities import Municipality, MunicipalityKind
from .. import texts
from ..models.municipality_table_model import MunicipalityFilterProxy, MunicipalityTableModel
from .unshaped import prefer_unshaped_text

_KIND_FILTERS: tuple[tuple[str, set[MunicipalityKind] | None], ...] = (
    ("all", None),
    ("municipal", {k for k in MunicipalityKind if k is not MunicipalityKind.PREFECTURE}),
    ("town_village", {MunicipalityKind.TOWN, MunicipalityKind.VILLAGE}),
    ("hub", {MunicipalityKind.DESIGNATED_CITY, MunicipalityKind.CORE_CITY}),
    ("prefecture", {MunicipalityKind.PREFECTURE}),
)


class MunicipalityPicker(QWidget):
    current_changed = Signal(object)  # Municipality | None

    def __init__(self, parent: QWidget | None = None, *, show_stats: bool = True):
        super().__init__(parent)
        self.model = MunicipalityTableModel(self)
        self.proxy = MunicipalityFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setObjectName("municipality_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("漢字・かな・コードで検索（例: てんりゅう）"))
        self.prefecture = QComboBox()
        self.prefecture.setObjectName("municipality_prefecture")
        self.prefecture.addItem(self.tr("すべての都道府県"), None)
        self.kind = QComboBox()
        self.kind.setObjectName("municipality_kind")
        labels = {
            "all": self.tr("すべての種別"),
            "municipal": self.tr("市区町村"),
            "town_village": self.tr("町村"),
            "hub": self.tr("指定都市・中核市"),
            "prefecture": self.tr("都道府県"),
        }
        for key, _kinds in _KIND_FILTERS:
            self.kind.addItem(labels[key], key)
        self.table = QTableView()
        prefer_unshaped_text(self.table)  # 1,788 rows: a filter's repaint cheaper, same pixels
        self.table.setObjectName("municipality_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        if not show_stats:
            for col in (5, 6, 7):
                self.table.hideColumn(col)
        self.count = QLabel()
        self.count.setObjectName("municipality_count")

        search_label = QLabel(self.tr("検索(&S):"))
        search_label.setBuddy(self.search)
        bar = QHBoxLayout()
        bar.addWidget(search_label)
        bar.addWidget(self.search, 2)
        bar.addWidget(self.prefecture, 1)
        bar.addWidget(self.kind, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

        self.search.textChanged.connect(self._filter_text)
        self.prefecture.currentIndexChanged.connect(self._filter_prefecture)
        self.kind.currentIndexChanged.connect(self._filter_kind)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.current_changed.emit(self.current()))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange:
            self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
            self.table.resizeColumnsToContents()
        super().changeEvent(event)

    def set_municipalities(self, rows: list[Municipality]) -> None:
        self.model.set_municipalities(rows)
        current = self.prefecture.currentData()
        self.prefecture.blockSignals(True)
        while self.prefecture.count() > 1:
            self.prefecture.removeItem(1)
        for m in rows:
            if m.kind is MunicipalityKind.PREFECTURE:
                self.prefecture.addItem(m.name, m.name)
        self.prefecture.setCurrentIndex(max(0, self.prefecture.findData(current)))
        self.prefecture.blockSignals(False)
        self.table.resizeColumnsToContents()
        self._update_count()

    def set_kind_filter(self, key: str) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(key)))

    def _filter_text(self, text: str) -> None:
        self.proxy.set_text(text)
        self._after_filter()

    def _filter_prefecture(self) -> None:
        self.proxy.set_prefecture(self.prefecture.currentData())
        self._after_filter()

    def _filter_kind(self) -> None:
        kinds = dict(_KIND_FILTERS)[self.kind.currentData()]
        self.proxy.set_kinds(kinds)
        self._after_filter()

    def _after_filter(self) -> None:
        self._update_count()
        if self.proxy.rowCount() == 1:
            self.select_row(0)
        self.current_changed.emit(self.current())

    def _update_count(self) -> None:
        self.count.setText(self.tr("{0}件").format(self.proxy.rowCount()))

    def select_row(self, proxy_row: int) -> None:
        index = self.proxy.index(proxy_row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)

    def select_code(self, code: str) -> bool:
        row = self.model.row_of(code)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.select_row(index.row())
        return True

    def current(self) -> Municipality | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), index.parent()):
            return None
        return self.model.municipality(self.proxy.mapToSource(index).row())

    def kind_label(self, m: Municipality) -> str:
        return texts.kind_name(m.kind)
