"""Table model over plain Duty objects, with a raw sort role and a filter proxy (name/kana/category)."""

from __future__ import annotations

import unicodedata
from decimal import Decimal

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ...domain.duties import Duty, DutyCategory
from .. import texts

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

# (key, header source text); headers are translated at display time
COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", "事務名"),
    ("category", "分野"),
    ("status", "状況"),
    ("urgency", "緊急度"),
    ("workload", "業務量（人工）"),
    ("cost", "年間経費（千円）"),
    ("gap", "不足人数"),
    ("expertise", "必要な専門職"),
    ("department", "担当課"),
)
_URGENCY_ORDER = {"high": 0, "medium": 1, "low": 2}
_STATUS_ORDER = {s: i for i, s in enumerate(("considering", "negotiating", "agreed", "operating", "reviewing", "ended"))}


def _headers() -> list[str]:
    # literal calls so that lupdate finds them
    return [
        QCoreApplication.translate("DutyTableModel", "事務名"),
        QCoreApplication.translate("DutyTableModel", "分野"),
        QCoreApplication.translate("DutyTableModel", "状況"),
        QCoreApplication.translate("DutyTableModel", "緊急度"),
        QCoreApplication.translate("DutyTableModel", "業務量（人工）"),
        QCoreApplication.translate("DutyTableModel", "年間経費（千円）"),
        QCoreApplication.translate("DutyTableModel", "不足人数"),
        QCoreApplication.translate("DutyTableModel", "必要な専門職"),
        QCoreApplication.translate("DutyTableModel", "担当課"),
    ]


def _num(value: Decimal) -> str:
    return f"{value.normalize():f}" if value else "0"


def search_key(text: str) -> str:
    """Fold width, case and katakana → hiragana so 'カイゴ', 'かいご' and 'ｶｲｺﾞ' match alike."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in folded)


class DutyTableModel(QAbstractTableModel):
    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._duties: list[Duty] = []
        self._headers = _headers()
        self._search: list[str] = []

    # --- data in -------------------------------------------------------------------------------
    def set_duties(self, duties: list[Duty]) -> None:
        self.beginResetModel()
        self._duties = list(duties)
        self._search = [self._search_text(d) for d in self._duties]
        self.endResetModel()

    def _search_text(self, duty: Duty) -> str:
        return search_key(" ".join((duty.name, duty.kana, texts.category_name(duty.category), duty.department)))

    def row_of(self, duty_id: int) -> int:
        return next((i for i, d in enumerate(self._duties) if d.id == duty_id), -1)

    def upsert(self, duty: Duty) -> int:
        row = self.row_of(duty.id) if duty.id is not None else -1
        if row >= 0:
            self._duties[row] = duty
            self._search[row] = self._search_text(duty)
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
            return row
        row = len(self._duties)
        self.beginInsertRows(QModelIndex(), row, row)
        self._duties.append(duty)
        self._search.append(self._search_text(duty))
        self.endInsertRows()
        return row

    def remove(self, duty_id: int) -> None:
        row = self.row_of(duty_id)
        if row < 0:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._duties[row]
        del self._search[row]
        self.endRemoveRows()

    def duty(self, row: int) -> Duty:
        return self._duties[row]

    def duties(self) -> list[Duty]:
        return list(self._duties)

    def search_text(self, row: int) -> str:
        return self._search[row]

    # --- Qt overrides --------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the list itself by raw values (numbers as numbers, kana order for names)."""
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column][0]
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        old_ids = [self._duties[i.row()].id for i in old_persistent]
        order_rows = sorted(
            range(len(self._duties)),
            key=lambda r: self._sort_value(self._duties[r], key),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self._duties = [self._duties[r] for r in order_rows]
        self._search = [self._search[r] for r in order_rows]
        new_rows = {d.id: r for r, d in enumerate(self._duties)}
        self.changePersistentIndexList(
            old_persistent, [self.index(new_rows[i], p.column()) for i, p in zip(old_ids, old_persistent, strict=True)]
        )
        self.layoutChanged.emit()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._duties)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
                return self._headers[section]
            if orientation == Qt.Orientation.Vertical:
                return str(section + 1)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._duties)):
            return None
        duty = self._duties[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(duty, key)
        if role == SORT_ROLE:
            return self._sort_value(duty, key)
        if role == ID_ROLE:
            return duty.id
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("workload", "cost", "gap"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and key == "name" and duty.description:
            return duty.description
        return None

    def _display(self, duty: Duty, key: str) -> str:
        if key == "name":
            return duty.name
        if key == "category":
            return texts.category_name(duty.category)
        if key == "status":
            return texts.status_name(duty.status)
        if key == "urgency":
            return texts.urgency_name(duty.urgency)
        if key == "workload":
            return _num(duty.workload_person_years)
        if key == "cost":
            return texts.thousand_yen(duty.annual_cost_yen)
        if key == "gap":
            return _num(duty.staffing_gap)
        if key == "expertise":
            return "、".join(duty.expertise)
        if key == "department":
            return duty.department
        return ""

    def _sort_value(self, duty: Duty, key: str):  # noqa: ANN202
        if key == "workload":
            return float(duty.workload_person_years)
        if key == "cost":
            return duty.annual_cost_yen
        if key == "gap":
            return float(duty.staffing_gap)
        if key == "urgency":
            return _URGENCY_ORDER[duty.urgency.value]
        if key == "status":
            return _STATUS_ORDER[duty.status.value]
        if key == "category":
            return list(DutyCategory).index(duty.category)
        if key == "name":
            return search_key(duty.kana or duty.name)
        return self._display(duty, key)


class DutyFilterProxy(QSortFilterProxyModel):
    """Filter over name/kana/category/department (width- and kana-insensitive) and by category.

    Sorting is delegated to the source model, which sorts its Python list by precomputed keys once
    per header click; the proxy then only filters, so a keystroke over 10,000 duties costs one cheap
    Python check per row instead of a re-sort through ``data()``.
    """

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._parts: tuple[str, ...] = ()
        self._category: DutyCategory | None = None

    # A filter change is announced as one layout change (invalidate) rather than as one
    # rowsRemoved per gap: with 10,000 rows a single keystroke can otherwise emit ~1,000 signals.
    def set_text(self, text: str) -> None:
        self._parts = tuple(search_key(text.strip()).split())
        self.invalidate()

    def set_category(self, category: DutyCategory | None) -> None:
        self._category = category
        self.invalidate()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, DutyTableModel):
            model.sort(column, order)

    def accepts(self, duty: Duty, search_text: str) -> bool:
        if self._category is not None and duty.category is not self._category:
            return False
        return all(part in search_text for part in self._parts)

    def visible_duties(self) -> list[Duty]:
        model = self.sourceModel()
        assert isinstance(model, DutyTableModel)
        return [d for d, s in zip(model._duties, model._search, strict=True) if self.accepts(d, s)]

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        return self.accepts(model._duties[source_row], model._search[source_row])  # type: ignore[attr-defined]
