"""Table model over Municipality objects, with a filter proxy (kanji/kana/code, prefecture, kind)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ...domain.municipalities import Municipality, MunicipalityKind, StatKind
from .. import texts
from .duty_table_model import SORT_ROLE, search_key

CODE_ROLE = Qt.ItemDataRole.UserRole + 3
_STAT_COLUMNS = (StatKind.POPULATION, StatKind.ELDERLY_POPULATION, StatKind.DAY_NIGHT_RATIO)


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("MunicipalityTableModel", "コード"),
        QCoreApplication.translate("MunicipalityTableModel", "都道府県"),
        QCoreApplication.translate("MunicipalityTableModel", "名称"),
        QCoreApplication.translate("MunicipalityTableModel", "よみ"),
        QCoreApplication.translate("MunicipalityTableModel", "種別"),
        QCoreApplication.translate("MunicipalityTableModel", "人口"),
        QCoreApplication.translate("MunicipalityTableModel", "65歳以上人口"),
        QCoreApplication.translate("MunicipalityTableModel", "昼夜間人口比率"),
    ]


def format_stat(value) -> str:  # noqa: ANN001
    text = f"{value.normalize():f}"
    if "." not in text:
        return f"{int(text):,}"
    whole, frac = text.split(".")
    return f"{int(whole):,}.{frac}"


class MunicipalityTableModel(QAbstractTableModel):
    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._rows: list[Municipality] = []
        self._search: list[str] = []
        self._headers = _headers()

    def set_municipalities(self, rows: list[Municipality]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._search = [search_key(f"{m.code} {m.prefecture}{m.name} {m.kana}") for m in self._rows]
        self.endResetModel()

    def replace(self, municipality: Municipality) -> None:
        row = self.row_of(municipality.code)
        if row >= 0:
            self._rows[row] = municipality
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def row_of(self, code: str) -> int:
        return next((i for i, m in enumerate(self._rows) if m.code == code), -1)

    def municipality(self, row: int) -> Municipality:
        return self._rows[row]

    def search_text(self, row: int) -> str:
        return self._search[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        m = self._rows[index.row()]
        col = index.column()
        if role == CODE_ROLE:
            return m.code
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if col == 0:
                return m.code
            if col == 1:
                return m.prefecture if role == Qt.ItemDataRole.DisplayRole else m.code[:2]
            if col == 2:
                return m.name
            if col == 3:
                return m.kana
            if col == 4:
                return texts.kind_name(m.kind) if role == Qt.ItemDataRole.DisplayRole else list(MunicipalityKind).index(m.kind)
            stat = m.latest(_STAT_COLUMNS[col - 5])
            if stat is None:
                return "" if role == Qt.ItemDataRole.DisplayRole else -1.0
            return format_stat(stat.value) if role == Qt.ItemDataRole.DisplayRole else float(stat.value)
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class MunicipalityFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._needle = ""
        self._prefecture: str | None = None
        self._kinds: set[MunicipalityKind] | None = None

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = search_key(text.strip())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_prefecture(self, prefecture: str | None) -> None:
        self.beginFilterChange()
        self._prefecture = prefecture
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_kinds(self, kinds: set[MunicipalityKind] | None) -> None:
        self.beginFilterChange()
        self._kinds = kinds
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, MunicipalityTableModel)
        m = model.municipality(source_row)
        if self._prefecture and m.prefecture != self._prefecture:
            return False
        if self._kinds is not None and m.kind not in self._kinds:
            return False
        return not self._needle or all(p in model.search_text(source_row) for p in self._needle.split())
