"""Table model over plain Duty objects, with a raw sort role, a filter proxy (name/kana/category) and
the delegate that paints the catalogue's cells (10,000 duties: a filter keystroke within one frame)."""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from decimal import Decimal
from operator import itemgetter

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem

from ...domain.duties import Duty, DutyCategory, DutyStatus, Urgency
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
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_NUMERIC = frozenset({"workload", "cost", "gap"})
_COLUMN_COUNT = len(COLUMNS)
_SERVED_ROLES = frozenset({_DISPLAY, _ALIGNMENT, _TOOLTIP, SORT_ROLE, ID_ROLE})  # DutyTableModel.cell
_ROW_FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_HINT = QAbstractItemModel.LayoutChangeHint
_ROWS_ONLY = _HINT.VerticalSortHint
_FEATURE = QStyleOptionViewItem.ViewItemFeature
_FEATURES = {  # (alternate row, wrap text, has display text) → what QStyledItemDelegate would set
    (alternate, wrap, text): (_FEATURE.Alternate if alternate else _FEATURE.None_)
    | (_FEATURE.WrapText if wrap else _FEATURE.None_)
    | (_FEATURE.HasDisplay if text else _FEATURE.None_)
    for alternate in (False, True)
    for wrap in (False, True)
    for text in (False, True)
}
_RIGHT_FLAG = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_RIGHT = int(_RIGHT_FLAG.value)
_PERSISTENT_LIST = "QList<QPersistentModelIndex>"  # selects the signal overload that carries a hint
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
        # The texts of a row as shown, made when the row is first painted; any change clears it.
        self._cells: dict[int, tuple[str, ...]] = {}
        # Per row: workload in 0.01 人工 (None when a workload has more places) and cost in yen, made
        # when the totals are first asked for (after each filter keystroke); any change clears them.
        self._amounts: tuple[list[int] | None, list[int]] | None = None

    # --- data in -------------------------------------------------------------------------------
    def set_duties(self, duties: list[Duty]) -> None:
        self.beginResetModel()
        self._duties = list(duties)
        self._search = [self._search_text(d) for d in self._duties]
        self._forget_shown()
        self.endResetModel()

    def _forget_shown(self) -> None:
        self._cells.clear()
        self._amounts = None

    def totals(self, rows: list[int]) -> tuple[Decimal, int]:
        """(workload in 人工, annual cost in yen) of the given rows, exactly."""
        if self._amounts is None:
            works = [d.workload_person_years for d in self._duties]
            cents = [int(w * 100) for w in works]
            exact = all(c == w * 100 for c, w in zip(cents, works, strict=True))
            self._amounts = (cents if exact else None, [d.annual_cost_yen for d in self._duties])
        cents, costs = self._amounts
        if len(rows) == len(costs):  # nothing filtered out: rows are all rows
            picked_costs, picked_cents = costs, cents
        elif len(rows) > 1:
            pick = itemgetter(*rows)
            picked_costs, picked_cents = pick(costs), (pick(cents) if cents is not None else None)
        else:
            picked_costs = [costs[r] for r in rows]
            picked_cents = [cents[r] for r in rows] if cents is not None else None
        if picked_cents is not None:
            workload = Decimal(sum(picked_cents)).scaleb(-2)
        else:
            workload = sum((self._duties[r].workload_person_years for r in rows), Decimal(0))
        return workload, sum(picked_costs)

    def _search_text(self, duty: Duty) -> str:
        return search_key(" ".join((duty.name, duty.kana, texts.category_name(duty.category), duty.department)))

    def row_of(self, duty_id: int) -> int:
        return next((i for i, d in enumerate(self._duties) if d.id == duty_id), -1)

    def upsert(self, duty: Duty) -> int:
        row = self.row_of(duty.id) if duty.id is not None else -1
        self._forget_shown()
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
        self._forget_shown()
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
        self._forget_shown()
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
        return self.cell(index.row(), index.column(), role)

    def cell(self, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        """data() of a valid row and column (the filter proxy reads cells through this). A painted cell
        asks for seven roles, most of them answered None: the roles are tested first, as plain ints.
        Roles answered here are listed in SERVED_ROLES."""
        if role == _DISPLAY:
            cells = self._cells.get(row)
            if cells is None:
                duty = self._duties[row]
                cells = self._cells[row] = tuple(self._display(duty, key) for key, _ in COLUMNS)
            return cells[column]
        if role == _ALIGNMENT:
            return _RIGHT if COLUMNS[column][0] in _NUMERIC else None
        if role == SORT_ROLE:
            return self._sort_value(self._duties[row], COLUMNS[column][0])
        if role == ID_ROLE:
            return self._duties[row].id
        if role == _TOOLTIP and column == 0:
            return self._duties[row].description or None
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
            return texts.join(duty.expertise)
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


class DutyFilterProxy(QAbstractProxyModel):
    """Filter over name/kana/category/department (width- and kana-insensitive) and by category.

    A keystroke over 10,000 duties must show its result within one frame (16 ms). So the proxy does not
    ask Qt to call a Python ``filterAcceptsRow`` per row: it builds the list of visible source rows in
    one pass over the search keys the source model precomputed (``DutyTableModel.search_text``), and
    announces the change as one layout change. Source order is display order (sorting is done by the
    source model, which sorts its list by precomputed keys once per header click), so the visible rows
    are ascending and a source row is found by bisection. Selection and current row survive a filter
    change as long as their duty stays visible, as with QSortFilterProxyModel.
    """

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._parts: tuple[str, ...] = ()
        self._category: DutyCategory | None = None
        self._status: DutyStatus | None = None
        self._urgency: Urgency | None = None
        self._rows: list[int] = []  # visible source rows, ascending
        self._source: DutyTableModel | None = None
        self._removing: tuple[int, int] | None = None  # proxy rows being removed with the source rows
        self._layout_old: list[QModelIndex] = []  # persistent indexes across a sort of the source
        self._layout_sources: list[QPersistentModelIndex] = []

    # --- filter --------------------------------------------------------------------------------
    def set_text(self, text: str) -> None:
        parts = tuple(search_key(text.strip()).split())
        if parts != self._parts:
            self._parts = parts
            self._refilter()

    def set_category(self, category: DutyCategory | None) -> None:
        if category is not self._category:
            self._category = category
            self._refilter()

    def set_status(self, status: DutyStatus | None) -> None:
        if status is not self._status:
            self._status = status
            self._refilter()

    def set_urgency(self, urgency: Urgency | None) -> None:
        if urgency is not self._urgency:
            self._urgency = urgency
            self._refilter()

    def _accepted(self, first: int = 0, last: int | None = None) -> list[int]:
        """The source rows first..last (all by default) that pass the filter, in one pass."""
        model = self._source
        if model is None:
            return []
        keys = model._search
        end = len(keys) if last is None else last + 1
        parts, category, status, urgency = self._parts, self._category, self._status, self._urgency
        if category is not None or status is not None or urgency is not None:
            duties = model._duties
            rows = [
                r
                for r in range(first, end)
                if (category is None or duties[r].category is category)
                and (status is None or duties[r].status is status)
                and (urgency is None or duties[r].urgency is urgency)
            ]
            return [r for r in rows if all(p in keys[r] for p in parts)] if parts else rows
        if not parts:
            return list(range(first, end))
        if len(parts) == 1:
            part = parts[0]
            return [r for r in range(first, end) if part in keys[r]]
        return [r for r in range(first, end) if all(p in keys[r] for p in parts)]

    def _refilter(self) -> None:
        rows = self._accepted()
        if rows == self._rows:
            return
        # Rows come and go, columns stay (the hint tells the views and headers so).
        self.layoutAboutToBeChanged[_PERSISTENT_LIST, _HINT].emit([], _ROWS_ONLY)
        old = self.persistentIndexList()
        sources = [self._rows[i.row()] if 0 <= i.row() < len(self._rows) else -1 for i in old]
        self._rows = rows
        new = []
        for index, source_row in zip(old, sources, strict=True):
            row = self._proxy_row(source_row)
            new.append(self.createIndex(row, index.column()) if row >= 0 else QModelIndex())
        self.changePersistentIndexList(old, new)
        self.layoutChanged[_PERSISTENT_LIST, _HINT].emit([], _ROWS_ONLY)

    def visible_totals(self) -> tuple[int, Decimal, int]:
        """(rows shown, their workload in 人工, their annual cost in yen)."""
        model = self._source
        if model is None:
            return 0, Decimal(0), 0
        return (len(self._rows), *model.totals(self._rows))

    def visible_duties(self) -> list[Duty]:
        model = self._source
        return [model._duties[r] for r in self._rows] if model is not None else []

    def _proxy_row(self, source_row: int) -> int:
        """The proxy row of a source row, or -1 when it is filtered out."""
        rows = self._rows
        row = bisect_left(rows, source_row)
        return row if source_row >= 0 and row < len(rows) and rows[row] == source_row else -1

    # --- source model --------------------------------------------------------------------------
    def setSourceModel(self, model: QAbstractItemModel) -> None:  # noqa: N802
        assert isinstance(model, DutyTableModel)
        self.beginResetModel()
        if self._source is not None:
            for signal, slot in self._connections():
                signal.disconnect(slot)
        super().setSourceModel(model)
        self._source = model
        for signal, slot in self._connections():
            signal.connect(slot)
        self._rows = self._accepted()
        self.endResetModel()

    def _connections(self):  # noqa: ANN202
        model = self._source
        assert model is not None
        return (
            (model.modelAboutToBeReset, self._source_about_to_reset),
            (model.modelReset, self._source_reset),
            (model.layoutAboutToBeChanged, self._source_layout_about_to_change),
            (model.layoutChanged, self._source_layout_changed),
            (model.rowsInserted, self._source_rows_inserted),
            (model.rowsAboutToBeRemoved, self._source_rows_about_to_be_removed),
            (model.rowsRemoved, self._source_rows_removed),
            (model.dataChanged, self._source_data_changed),
        )

    def _source_about_to_reset(self) -> None:
        self.beginResetModel()

    def _source_reset(self) -> None:
        self._rows = self._accepted()
        self.endResetModel()

    def _source_layout_about_to_change(self, *_args: object) -> None:
        """The source sorts: remember which source row each persistent index shows."""
        self.layoutAboutToBeChanged.emit()
        model = self._source
        assert model is not None
        old = self.persistentIndexList()
        self._layout_old = old
        self._layout_sources = [
            QPersistentModelIndex(model.index(self._rows[i.row()], i.column()))
            if 0 <= i.row() < len(self._rows)
            else QPersistentModelIndex()
            for i in old
        ]

    def _source_layout_changed(self, *_args: object) -> None:
        self._rows = self._accepted()
        new = []
        for index, source in zip(self._layout_old, self._layout_sources, strict=True):
            row = self._proxy_row(source.row()) if source.isValid() else -1
            new.append(self.createIndex(row, index.column()) if row >= 0 else QModelIndex())
        self.changePersistentIndexList(self._layout_old, new)
        self._layout_old, self._layout_sources = [], []
        self.layoutChanged.emit()

    def _source_rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        count = last - first + 1
        position = bisect_left(self._rows, first)
        shifted = [r + count for r in self._rows[position:]]
        accepted = self._accepted(first, last)
        if not accepted:
            self._rows[position:] = shifted
            return
        self.beginInsertRows(QModelIndex(), position, position + len(accepted) - 1)
        self._rows[position:] = accepted + shifted
        self.endInsertRows()

    def _source_rows_about_to_be_removed(self, parent: QModelIndex, first: int, last: int) -> None:
        low, high = bisect_left(self._rows, first), bisect_right(self._rows, last)
        self._removing = (low, high)
        if high > low:
            self.beginRemoveRows(QModelIndex(), low, high - 1)

    def _source_rows_removed(self, parent: QModelIndex, first: int, last: int) -> None:
        assert self._removing is not None
        low, high = self._removing
        self._removing = None
        count = last - first + 1
        self._rows[low:] = [r - count for r in self._rows[high:]]
        if high > low:
            self.endRemoveRows()

    def _source_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, roles: object = ()) -> None:
        """An edited duty may now pass the filter or fail it (as QSortFilterProxyModel's dynamic filter)."""
        for source_row in range(top_left.row(), bottom_right.row() + 1):
            row = self._proxy_row(source_row)
            keep = bool(self._accepted(source_row, source_row))
            if row >= 0 and keep:
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
            elif row >= 0:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
            elif keep:
                position = bisect_left(self._rows, source_row)
                self.beginInsertRows(QModelIndex(), position, position)
                self._rows.insert(position, source_row)
                self.endInsertRows()

    # --- Qt overrides --------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._source is not None:
            self._source.sort(column, order)

    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if 0 <= row < len(self._rows) and 0 <= column < _COLUMN_COUNT and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

    def parent(self, index: QModelIndex | QPersistentModelIndex | None = None):  # noqa: ANN201
        if index is None:  # QObject.parent()
            return QObject.parent(self)
        return QModelIndex()

    def sibling(self, row: int, column: int, index: QModelIndex | QPersistentModelIndex) -> QModelIndex:
        return self.index(row, column)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def hasChildren(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and bool(self._rows)

    def mapToSource(self, proxy_index: QModelIndex | QPersistentModelIndex) -> QModelIndex:
        if self._source is None or not proxy_index.isValid() or not 0 <= proxy_index.row() < len(self._rows):
            return QModelIndex()
        return self._source.index(self._rows[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index: QModelIndex | QPersistentModelIndex) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        row = self._proxy_row(source_index.row())
        return self.createIndex(row, source_index.column()) if row >= 0 else QModelIndex()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        # Straight to the source's cell: no source QModelIndex per painted cell and role, and the roles
        # the source has no answer for (five of the seven each painted cell asks for) end here.
        if role not in _SERVED_ROLES:
            return None
        row = index.row()  # -1 for an invalid index
        if not 0 <= row < len(self._rows) or self._source is None:
            return None
        return self._source.cell(self._rows[row], index.column(), role)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        # What the source (a plain QAbstractTableModel) says, without mapping each painted cell to it.
        return _ROW_FLAGS if 0 <= index.row() < len(self._rows) else _NO_FLAGS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if self._source is None or role != _DISPLAY:  # the source has text only
            return None
        if orientation == Qt.Orientation.Vertical:
            if not 0 <= section < len(self._rows):
                return None
            section = self._rows[section]
        return self._source.headerData(section, orientation, role)


class DutyItemDelegate(QStyledItemDelegate):
    """Paints the catalogue's cells with one call into Python per cell instead of seven.

    QStyledItemDelegate.initStyleOption asks the model for seven roles of every painted cell, each a
    call from C++ into Python (about half the time of repainting the table after a filter keystroke).
    A catalogue cell only ever has text, right-aligned for numbers; so the option is filled here
    directly, as the base class would fill it for such a cell (tests/ui/test_catalogue_filter.py
    compares the two). Any other model falls back to the base class.
    """

    def __init__(self, view: QAbstractItemView, proxy: DutyFilterProxy):
        super().__init__(view)
        self._view = view
        self._proxy = proxy

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        proxy = self._proxy
        row = index.row()
        if index.model() is not proxy or proxy._source is None or not 0 <= row < len(proxy._rows):
            super().initStyleOption(option, index)
            return
        column = index.column()
        text = proxy._source.cell(proxy._rows[row], column, _DISPLAY)
        # The view set Alternate (odd rows, with alternating colours) and WrapText; features are
        # written whole rather than read and or-ed: every read builds a Python enum value.
        view = self._view
        has_text = text is not None  # "" too, as QStyledItemDelegate sees a valid QVariant
        option.features = _FEATURES[(view.alternatingRowColors() and bool(row & 1), view.wordWrap(), has_text)]
        if has_text:
            option.text = text
        if COLUMNS[column][0] in _NUMERIC:
            option.displayAlignment = _RIGHT_FLAG
        option.index = index
        option.styleObject = None  # as the base class does: no style animations inside item views
