"""Table models of the exchange dialogs (import wizard, export, partner packages).

Every model says what it shows in words (見出し / 読み飛ばし, 誤り / 注意, 競合 …); colours only repeat it.
The engine's objects come from ``services/exchange`` (reader, engine, mapping, package, export).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFocusEvent, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ...services.exchange.labels import UNIT_FACTORS, UNIT_LABELS
from ...services.exchange.reader import cell_text
from .. import change_texts as ct

CTX = "ExchangeModels"
Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 40  # [(value, text)] for the combo of an editable cell
CELL_LIMIT = 40

GREY = QColor(120, 120, 120)
HEADER_BACKGROUND = QColor(221, 235, 247)
ERROR_BACKGROUND = QColor(255, 220, 220)
WARNING_BACKGROUND = QColor(255, 240, 200)
CONFLICT_BACKGROUND = QColor(255, 224, 130)
BLACK = QColor(0, 0, 0)


def tr(source: str) -> str:
    return QCoreApplication.translate(CTX, source)


def _short(text: str, limit: int = CELL_LIMIT) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class _TableModel(QAbstractTableModel):
    """Headers from a QT_TRANSLATE_NOOP tuple; rows and columns never have children."""

    HEADERS: tuple[str, ...] = ()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY and 0 <= section < len(self.HEADERS):
            return tr(self.HEADERS[section])
        return super().headerData(section, orientation, role)


# What each kind of record is called (sheets of the xlsx, the CSV chooser).
EXPORT_KIND_NAMES = {
    "duties": QT_TRANSLATE_NOOP("ExchangeModels", "事務"),
    "plans": QT_TRANSLATE_NOOP("ExchangeModels", "連携案"),
    "shares": QT_TRANSLATE_NOOP("ExchangeModels", "負担割合"),
    "agreements": QT_TRANSLATE_NOOP("ExchangeModels", "協定"),
    "statistics": QT_TRANSLATE_NOOP("ExchangeModels", "市町村の統計"),
}


# --- the header-row step: the first rows of the file as they are ------------------------------------

ROLE_NOTE = QT_TRANSLATE_NOOP("ExchangeModels", "読み飛ばし")
ROLE_HEADER = QT_TRANSLATE_NOOP("ExchangeModels", "見出し")
ROLE_DATA = QT_TRANSLATE_NOOP("ExchangeModels", "データ")


class GridPreviewModel(QAbstractTableModel):
    """The first rows of a sheet: column 0 says what each row is (読み飛ばし / 見出し / データ), then the
    cells A, B, C … Rows above the header are grey and italic, the header row bold on blue."""

    ROLE_COLUMN = 0

    def __init__(self, rows: Sequence[Any], width: int, header_row: int, formulas: dict | None = None,
                 parent: QWidget | None = None):  # fmt: skip
        super().__init__(parent)
        from ...services.exchange.reader import column_letter

        self._rows = list(rows)  # GridRow
        self._width = max(width, 1)
        self._letters = [column_letter(i) for i in range(self._width)]
        self._formulas = dict(formulas or {})
        self.header_row = header_row
        self._italic = QFont()
        self._italic.setItalic(True)
        self._bold = _bold()

    def set_header_row(self, number: int) -> None:
        self.header_row = number
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self._width))

    def row_number(self, row: int) -> int:
        return self._rows[row].number

    def row_of(self, number: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.number == number), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._width + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:  # noqa: N802
        if role != DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if section == self.ROLE_COLUMN:
                return QCoreApplication.translate("ExchangeModels", "行の扱い")
            return self._letters[section - 1] if 0 < section <= self._width else None
        return str(self._rows[section].number) if 0 <= section < len(self._rows) else None

    def _role_of(self, row: int) -> str:
        number = self._rows[row].number
        if number < self.header_row:
            return ROLE_NOTE
        return ROLE_HEADER if number == self.header_row else ROLE_DATA

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        kind = self._role_of(index.row())
        if role in (DISPLAY, Qt.ItemDataRole.ToolTipRole):
            if column == self.ROLE_COLUMN:
                return tr(kind)
            text = cell_text(row.value(column - 1))
            formula = self._formulas.get((row.number, column - 1))
            if role == Qt.ItemDataRole.ToolTipRole:
                return (
                    QCoreApplication.translate(
                        "ExchangeModels", "数式（計算はせず、取り込みません）: {0}"
                    ).format(formula)
                    if formula
                    else (text or None)
                )
            return _short(text)
        if role == Qt.ItemDataRole.ForegroundRole and kind == ROLE_NOTE:
            return QBrush(GREY)
        if role == Qt.ItemDataRole.FontRole:
            if kind == ROLE_NOTE:
                return self._italic
            if kind == ROLE_HEADER:
                return self._bold
        if role == Qt.ItemDataRole.BackgroundRole and kind == ROLE_HEADER:
            return QBrush(HEADER_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and kind == ROLE_HEADER:
            return QBrush(BLACK)
        return None


# --- the mapping step: each column of the file → a field ---------------------------------------------

# The fields of the import targets (services/exchange/*_target.py) for people. ``FieldSpec.label`` is the
# file vocabulary (the same key can be named differently per target: name → 事務名 / 団体名), so the
# label itself is the translation source; labels not listed here are shown as they are.
FIELD_LABELS = frozenset(
    {
        QT_TRANSLATE_NOOP("ExchangeModels", "識別子"),
        QT_TRANSLATE_NOOP("ExchangeModels", "自治体コード"),
        QT_TRANSLATE_NOOP("ExchangeModels", "事務名"),
        QT_TRANSLATE_NOOP("ExchangeModels", "よみがな"),
        QT_TRANSLATE_NOOP("ExchangeModels", "分野"),
        QT_TRANSLATE_NOOP("ExchangeModels", "概要"),
        QT_TRANSLATE_NOOP("ExchangeModels", "根拠法令"),
        QT_TRANSLATE_NOOP("ExchangeModels", "年間業務量（人工）"),
        QT_TRANSLATE_NOOP("ExchangeModels", "年間業務量（人日）"),
        QT_TRANSLATE_NOOP("ExchangeModels", "年間経費（千円）"),
        QT_TRANSLATE_NOOP("ExchangeModels", "年間経費（円）"),
        QT_TRANSLATE_NOOP("ExchangeModels", "必要な専門職"),
        QT_TRANSLATE_NOOP("ExchangeModels", "現在の担当職員数"),
        QT_TRANSLATE_NOOP("ExchangeModels", "不足人数"),
        QT_TRANSLATE_NOOP("ExchangeModels", "緊急度"),
        QT_TRANSLATE_NOOP("ExchangeModels", "状況"),
        QT_TRANSLATE_NOOP("ExchangeModels", "担当課"),
        QT_TRANSLATE_NOOP("ExchangeModels", "備考"),
        QT_TRANSLATE_NOOP("ExchangeModels", "想定される連携の方法"),
        QT_TRANSLATE_NOOP("ExchangeModels", "テンプレート"),
        QT_TRANSLATE_NOOP("ExchangeModels", "全国地方公共団体コード"),
        QT_TRANSLATE_NOOP("ExchangeModels", "団体名"),
        QT_TRANSLATE_NOOP("ExchangeModels", "項目"),
        QT_TRANSLATE_NOOP("ExchangeModels", "値"),
        QT_TRANSLATE_NOOP("ExchangeModels", "単位"),
        QT_TRANSLATE_NOOP("ExchangeModels", "基準日"),
        QT_TRANSLATE_NOOP("ExchangeModels", "出典"),
        QT_TRANSLATE_NOOP("ExchangeModels", "人口"),
        QT_TRANSLATE_NOOP("ExchangeModels", "65歳以上人口"),
        QT_TRANSLATE_NOOP("ExchangeModels", "昼夜間人口比率"),
        QT_TRANSLATE_NOOP("ExchangeModels", "面積"),
        QT_TRANSLATE_NOOP("ExchangeModels", "職員数"),
        QT_TRANSLATE_NOOP("ExchangeModels", "世帯数"),
        QT_TRANSLATE_NOOP("ExchangeModels", "基準財政需要額"),
        QT_TRANSLATE_NOOP("ExchangeModels", "財政力指数"),
        QT_TRANSLATE_NOOP("ExchangeModels", "指定都市・特別区への通勤通学者割合"),
    }
)
UNIT_NAMES = {
    "persons": QT_TRANSLATE_NOOP("ExchangeModels", "人"),
    "households": QT_TRANSLATE_NOOP("ExchangeModels", "世帯"),
    "ratio": QT_TRANSLATE_NOOP("ExchangeModels", "比率"),
    "km2": QT_TRANSLATE_NOOP("ExchangeModels", "km²"),
    "thousand_yen": QT_TRANSLATE_NOOP("ExchangeModels", "千円"),
    "percent": QT_TRANSLATE_NOOP("ExchangeModels", "%"),
}


def field_label(spec: Any) -> str:
    return tr(spec.label) if spec.label in FIELD_LABELS else spec.label


def field_choice_text(spec: Any) -> str:
    """「事務名（必須）」: required fields say so in words."""
    label = field_label(spec)
    return (
        QCoreApplication.translate("ExchangeModels", "{0}（必須）").format(label) if spec.required else label
    )


def unit_choices(app_unit: str, current: str = "") -> list[tuple[str, str]]:
    """(unit text as a file writes it, label) for a figure in ``app_unit``; "" = the app's own unit."""
    own = tr(UNIT_NAMES[app_unit]) if app_unit in UNIT_NAMES else UNIT_LABELS.get(app_unit, app_unit)
    choices = [("", QCoreApplication.translate("ExchangeModels", "{0}（そのまま）").format(own))]
    if app_unit == "percent":
        texts = ["%", "比率"]
    else:
        texts = [u for u, (unit, _factor) in UNIT_FACTORS.items() if unit == app_unit]
    seen = {""}
    for text in texts:
        if text not in seen and text != UNIT_LABELS.get(app_unit):
            seen.add(text)
            choices.append((text, text))
    if current and current not in seen and current != UNIT_LABELS.get(app_unit):
        choices.append((current, current))
    return choices


SUGGESTION_TEXT = {
    "remembered": QT_TRANSLATE_NOOP("ExchangeModels", "前回の割り当て"),
    3: QT_TRANSLATE_NOOP("ExchangeModels", "見出しが一致"),
    2: QT_TRANSLATE_NOOP("ExchangeModels", "見出しが一致"),
    1: QT_TRANSLATE_NOOP("ExchangeModels", "見出しの一部が一致"),
    "manual": QT_TRANSLATE_NOOP("ExchangeModels", "手動で変更"),
}


class MappingModel(_TableModel):
    """One row per column of the file: 列, 見出し, 値の例, 取り込む項目 (editable), 単位 (editable for
    figures whose unit a column can state), 割り当ての根拠."""

    LETTER, TITLE, SAMPLES, FIELD, UNIT, BASIS = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("ExchangeModels", "列"),
        QT_TRANSLATE_NOOP("ExchangeModels", "ファイルの見出し"),
        QT_TRANSLATE_NOOP("ExchangeModels", "値の例"),
        QT_TRANSLATE_NOOP("ExchangeModels", "取り込む項目"),
        QT_TRANSLATE_NOOP("ExchangeModels", "単位"),
        QT_TRANSLATE_NOOP("ExchangeModels", "割り当ての根拠"),
    )
    mapping_changed = Signal(int)  # the row whose field or unit changed

    def __init__(self, columns: Sequence[Any], samples: Sequence[str], specs: Sequence[Any], suggestion: Any,
                 parent: QWidget | None = None):  # fmt: skip
        super().__init__(parent)
        self._columns = list(columns)  # reader.Column
        self._samples = list(samples)
        self.specs = {s.key: s for s in specs}
        self._order = [s.key for s in specs]
        self.fields: dict[int, str] = dict(suggestion.mapping.fields)
        self.units: dict[int, str] = dict(suggestion.mapping.units)
        self._basis: dict[int, Any] = {
            c: ("remembered" if suggestion.remembered else suggestion.scores.get(c, 0)) for c in self.fields
        }
        self.remembered = bool(suggestion.remembered)

    # --- the user's choice ---------------------------------------------------------------------------
    def column_map(self) -> Any:
        from ...services.exchange.mapping import ColumnMap

        units = {c: u for c, u in self.units.items() if c in self.fields and u and self._has_unit(c)}
        return ColumnMap(dict(sorted(self.fields.items())), units)

    def _has_unit(self, column: int) -> bool:
        key = self.fields.get(column)
        return bool(key and self.specs[key].unit)

    def field_of(self, row: int) -> str:
        return self.fields.get(self._columns[row].index, "")

    def unit_editable(self, row: int) -> bool:
        return self._has_unit(self._columns[row].index)

    def column_of_field(self, key: str) -> Any:
        return next((c for c in self._columns if self.fields.get(c.index) == key), None)

    def required_specs(self) -> list[Any]:
        return [s for s in self.specs.values() if s.required]

    def set_field(self, row: int, key: str) -> bool:
        return self.setData(self.index(row, self.FIELD), key)

    def set_unit(self, row: int, unit: str) -> bool:
        return self.setData(self.index(row, self.UNIT), unit)

    # --- model ---------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.FIELD or (index.column() == self.UNIT and self.unit_editable(index.row())):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _field_text(self, key: str) -> str:
        return (
            field_choice_text(self.specs[key])
            if key
            else QCoreApplication.translate("ExchangeModels", "（取り込まない）")
        )

    def _unit_text(self, row: int) -> str:
        if not self.unit_editable(row):
            return ""
        column = self._columns[row].index
        spec = self.specs[self.fields[column]]
        current = self.units.get(column, "")
        return dict(unit_choices(spec.unit, current)).get(current, current)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._columns):
            return None
        column = self._columns[index.row()]
        key = self.fields.get(column.index, "")
        c = index.column()
        if role == DISPLAY:
            if c == self.LETTER:
                return column.letter
            if c == self.TITLE:
                return (
                    _short(column.title)
                    if column.title
                    else QCoreApplication.translate("ExchangeModels", "（見出しなし）")
                )
            if c == self.SAMPLES:
                return _short(self._samples[index.row()], 30)
            if c == self.FIELD:
                return self._field_text(key)
            if c == self.UNIT:
                return self._unit_text(index.row())
            if c == self.BASIS:
                basis = self._basis.get(column.index) if key else None
                return tr(SUGGESTION_TEXT[basis]) if basis in SUGGESTION_TEXT else ""
        if role == EDIT:
            if c == self.FIELD:
                return key
            if c == self.UNIT:
                return self.units.get(column.index, "")
        if role == CHOICES_ROLE:
            if c == self.FIELD:
                return [("", QCoreApplication.translate("ExchangeModels", "（取り込まない）"))] + [
                    (k, field_choice_text(self.specs[k])) for k in self._order
                ]
            if c == self.UNIT and self.unit_editable(index.row()):
                return unit_choices(self.specs[key].unit, self.units.get(column.index, ""))
        if role == Qt.ItemDataRole.ToolTipRole:
            if c == self.TITLE:
                return column.title or None
            if c == self.SAMPLES:
                return self._samples[index.row()] or None
        if role == Qt.ItemDataRole.ForegroundRole and c == self.FIELD and not key:
            return QBrush(GREY)
        if role == Qt.ItemDataRole.FontRole and c == self.FIELD and key and self.specs[key].required:
            return _bold()
        return None

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:  # noqa: N802
        if not index.isValid() or role != EDIT or not 0 <= index.row() < len(self._columns):
            return False
        column = self._columns[index.row()].index
        value = str(value or "")
        if index.column() == self.FIELD:
            if value and value not in self.specs:
                return False
            if value == self.fields.get(column, ""):
                return True
            if value:
                self.fields[column] = value
            else:
                self.fields.pop(column, None)
            self.units.pop(column, None)
            self._basis[column] = "manual"
            self.dataChanged.emit(self.index(index.row(), self.FIELD), self.index(index.row(), self.BASIS))
            self.mapping_changed.emit(index.row())
            return True
        if index.column() == self.UNIT and self.unit_editable(index.row()):
            if value == self.units.get(column, ""):
                return True
            if value:
                self.units[column] = value
            else:
                self.units.pop(column, None)
            self.dataChanged.emit(index, index)
            self.mapping_changed.emit(index.row())
            return True
        return False


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box over the cell's CHOICES_ROLE; the choice is written at once (persistent editors).
    In an ``EditorTableView``, Tab and Shift+Tab in the combo box go on as the table says."""

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802
        view = self.parent()
        if (
            isinstance(view, EditorTableView)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        ):
            if isinstance(editor, QWidget):
                self.commitData.emit(editor)
            index = view.indexAt(editor.pos()) if isinstance(editor, QWidget) else QModelIndex()
            if index.isValid():
                view.setCurrentIndex(index)
            forward = (
                event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            view.focusNextPrevChild(forward)
            return True
        return super().eventFilter(editor, event)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        combo.setObjectName("choice_editor")
        for value, text in index.data(CHOICES_ROLE) or []:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        value = index.data(EDIT) or ""
        position = editor.findData(value)
        editor.blockSignals(True)
        editor.setCurrentIndex(max(position, 0))
        editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: QAbstractTableModel, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData() or "", EDIT)


class EditorTableView(QTableView):
    """A table of combo boxes (persistent editors) for the keyboard: Tab and Shift+Tab go from one
    editable cell to the next and focus its combo box; past the last one, Tab leaves the table."""

    def moveCursor(  # noqa: N802
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        model = self.model()
        moves = (QAbstractItemView.CursorAction.MoveNext, QAbstractItemView.CursorAction.MovePrevious)
        if model is None or action not in moves:
            return super().moveCursor(action, modifiers)
        cells = [
            (r, c)
            for r in range(model.rowCount())
            for c in range(model.columnCount())
            if model.flags(model.index(r, c)) & Qt.ItemFlag.ItemIsEditable
        ]
        current = self.currentIndex()
        here = (current.row(), current.column()) if current.isValid() else (-1, -1)
        if action == QAbstractItemView.CursorAction.MoveNext:
            found = next((cell for cell in cells if cell > here), None)
        else:
            found = next((cell for cell in reversed(cells) if cell < here), None)
        return model.index(*found) if found is not None else QModelIndex()

    def currentChanged(self, current: Index, previous: Index) -> None:  # noqa: N802
        super().currentChanged(current, previous)
        editor = self.indexWidget(current) if current.isValid() else None
        if editor is not None and self.hasFocus():
            editor.setFocus()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            editor = self.indexWidget(self.currentIndex())
            if editor is not None:
                editor.setFocus(event.reason())

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802
        """Tab in the table or in one of its combo boxes: the next combo box, else out of the table."""
        action = (
            QAbstractItemView.CursorAction.MoveNext if next else QAbstractItemView.CursorAction.MovePrevious
        )
        index = self.moveCursor(action, Qt.KeyboardModifier.NoModifier)
        if index.isValid():
            self.setCurrentIndex(index)
            editor = self.indexWidget(index)
            (editor or self).setFocus(
                Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
            )
            return True
        widget: QWidget = self
        while True:
            widget = widget.nextInFocusChain() if next else widget.previousInFocusChain()
            if widget is None or widget is self:
                return False
            if (
                not self.isAncestorOf(widget)
                and widget.isVisible()
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                widget.setFocus(Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason)
                return True


# --- the preview step: each row's outcome and problems ------------------------------------------------

ACTION_NAMES = {
    "add": QT_TRANSLATE_NOOP("ExchangeModels", "追加"),
    "update": QT_TRANSLATE_NOOP("ExchangeModels", "更新"),
    "unchanged": QT_TRANSLATE_NOOP("ExchangeModels", "変更なし"),
    "skip": QT_TRANSLATE_NOOP("ExchangeModels", "取り込まない"),
    "error": QT_TRANSLATE_NOOP("ExchangeModels", "誤り"),
}
SEVERITY_NAMES = {
    "error": QT_TRANSLATE_NOOP("ExchangeModels", "誤り"),
    "warning": QT_TRANSLATE_NOOP("ExchangeModels", "注意"),
    "skipped": QT_TRANSLATE_NOOP("ExchangeModels", "情報"),
}


@dataclass(frozen=True)
class ProblemLine:
    """One line of the preview: a row of the file, with one of its problems (or none)."""

    row: int
    action: str  # RowAction value, or "" (the report, where only problems are known)
    label: str
    column: str = ""
    header: str = ""
    severity: str = ""  # Severity value, or "" when the row has no problem
    reason: str = ""
    row_has_error: bool = False
    row_has_warning: bool = False


def preview_lines(outcomes: Sequence[Any], reason_of: Callable[[Any], str]) -> list[ProblemLine]:
    """Every outcome once, one line per problem (the row's action and label on each)."""
    lines: list[ProblemLine] = []
    for outcome in outcomes:
        action = str(getattr(outcome.action, "value", outcome.action))
        severities = {str(p.severity.value) for p in outcome.problems}
        error, warning = "error" in severities, "warning" in severities
        if not outcome.problems:
            lines.append(ProblemLine(outcome.row, action, outcome.label))
        for p in outcome.problems:
            lines.append(ProblemLine(outcome.row, action, outcome.label, p.column, p.header, str(p.severity.value),
                                     reason_of(p), error, warning))  # fmt: skip
    return lines


def report_lines(problems: Sequence[Any], reason_of: Callable[[Any], str]) -> list[ProblemLine]:
    return [
        ProblemLine(
            p.row,
            "",
            "",
            p.column,
            p.header,
            str(p.severity.value),
            reason_of(p),
            p.severity.value == "error",
            p.severity.value == "warning",
        )  # fmt: skip
        for p in problems
    ]


class ProblemTableModel(_TableModel):
    """行, 結果, 内容, 列, 種別 (誤り / 注意 / 情報), 説明 — the row and column as Excel shows them."""

    ROW, ACTION, LABEL, COLUMN, SEVERITY, REASON = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("ExchangeModels", "行"),
        QT_TRANSLATE_NOOP("ExchangeModels", "結果"),
        QT_TRANSLATE_NOOP("ExchangeModels", "内容"),
        QT_TRANSLATE_NOOP("ExchangeModels", "列"),
        QT_TRANSLATE_NOOP("ExchangeModels", "種別"),
        QT_TRANSLATE_NOOP("ExchangeModels", "説明"),
    )

    def __init__(self, lines: Sequence[ProblemLine] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self._lines = list(lines)

    def set_lines(self, lines: Sequence[ProblemLine]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def line(self, row: int) -> ProblemLine:
        return self._lines[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._lines)

    def _column_text(self, line: ProblemLine) -> str:
        if not line.column:
            return ""
        return (
            QCoreApplication.translate("ExchangeModels", "{0}列（{1}）").format(line.column, line.header)
            if line.header
            else QCoreApplication.translate("ExchangeModels", "{0}列").format(line.column)
        )

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        c = index.column()
        if role in (DISPLAY, Qt.ItemDataRole.ToolTipRole):
            values = (
                str(line.row),
                tr(ACTION_NAMES[line.action]) if line.action in ACTION_NAMES else "",
                line.label,
                self._column_text(line),
                tr(SEVERITY_NAMES[line.severity]) if line.severity in SEVERITY_NAMES else "",
                line.reason,
            )
            text = values[c]
            if role == Qt.ItemDataRole.ToolTipRole:
                return text or None
            return text if c in (self.ROW, self.REASON) else _short(text)
        if role == Qt.ItemDataRole.UserRole and c == self.ROW:
            return line.row  # sorts as a number
        if role == Qt.ItemDataRole.TextAlignmentRole and c == self.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if line.severity == "error":
                return QBrush(ERROR_BACKGROUND)
            if line.severity == "warning":
                return QBrush(WARNING_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and line.severity in ("error", "warning"):
            return QBrush(BLACK)
        if role == Qt.ItemDataRole.FontRole and c == self.SEVERITY and line.severity == "error":
            return _bold()
        return None


SHOW_ALL, SHOW_PROBLEMS, SHOW_ERRORS = range(3)


class ProblemFilterProxy(QSortFilterProxyModel):
    """すべての行 / 誤り・注意のある行 / 誤りのある行."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.mode = SHOW_ALL
        self.setSortRole(Qt.ItemDataRole.UserRole)

    def set_mode(self, mode: int) -> None:
        self.beginFilterChange()
        self.mode = mode
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        if not isinstance(model, ProblemTableModel) or self.mode == SHOW_ALL:
            return True
        line = model.line(source_row)
        if self.mode == SHOW_ERRORS:
            return line.row_has_error
        return line.row_has_error or line.row_has_warning


# --- partner packages ----------------------------------------------------------------------------------

STATUS_NAMES = {
    "new": QT_TRANSLATE_NOOP("ExchangeModels", "新規"),
    "changed": QT_TRANSLATE_NOOP("ExchangeModels", "相手側で変更"),
    "conflict": QT_TRANSLATE_NOOP("ExchangeModels", "競合（両方で変更）"),
    "local_newer": QT_TRANSLATE_NOOP("ExchangeModels", "こちらで変更"),
    "unchanged": QT_TRANSLATE_NOOP("ExchangeModels", "変更なし"),
}
KIND_NAMES = {
    "duty": QT_TRANSLATE_NOOP("ExchangeModels", "事務"),
    "plan": QT_TRANSLATE_NOOP("ExchangeModels", "連携案"),
    "agreement": QT_TRANSLATE_NOOP("ExchangeModels", "協定"),
    "figure": QT_TRANSLATE_NOOP("ExchangeModels", "統計"),
}
DECISION_NAMES = {
    "take": QT_TRANSLATE_NOOP("ExchangeModels", "取り込む"),
    "keep": QT_TRANSLATE_NOOP("ExchangeModels", "こちらを残す"),
}
CONFLICT_MARK = "⚠"


class PackageItemsModel(_TableModel):
    """種類, 名称, 状態 (in words; ⚠ on conflicts), 取り込み方 (editable: 取り込む / こちらを残す)."""

    KIND, LABEL, STATUS, DECISION = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("ExchangeModels", "種類"),
        QT_TRANSLATE_NOOP("ExchangeModels", "名称"),
        QT_TRANSLATE_NOOP("ExchangeModels", "状態"),
        QT_TRANSLATE_NOOP("ExchangeModels", "取り込み方"),
    )
    decision_changed = Signal(int)

    def __init__(
        self,
        items: Sequence[Any],
        decisions: dict[str, str],
        parent: QWidget | None = None,
        name_of: Callable[[str], str] = lambda key: key,
    ):
        super().__init__(parent)
        self._items = list(items)
        self.decisions = dict(decisions)
        self._labels = [self._label(item, name_of) for item in self._items]

    @staticmethod
    def _label(item: Any, name_of: Callable[[str], str]) -> str:
        """A figure by its town's name (長野県飯田市 人口 2020-10-01), other records by their own name."""
        stat = item.remote
        if item.kind == "figure" and hasattr(stat, "municipality_code"):
            from .. import texts

            return f"{name_of(stat.municipality_code)} {texts.stat_name(stat.kind)} {stat.reference_date.isoformat()}"
        return item.label

    def label(self, row: int) -> str:
        return self._labels[row]

    def item(self, row: int) -> Any:
        return self._items[row]

    def row_of(self, key: str) -> int:
        return next((i for i, item in enumerate(self._items) if item.key == key), -1)

    def decidable(self, row: int) -> bool:
        return self._items[row].status != "unchanged"

    def set_decision(self, row: int, decision: str) -> bool:
        return self.setData(self.index(row, self.DECISION), decision)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.DECISION and self.decidable(index.row()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _status_text(self, status: str) -> str:
        text = tr(STATUS_NAMES.get(status, status)) if status in STATUS_NAMES else status
        return f"{CONFLICT_MARK} {text}" if status == "conflict" else text

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        c = index.column()
        decision = self.decisions.get(item.key, item.default_decision)
        if role in (DISPLAY, Qt.ItemDataRole.ToolTipRole):
            if c == self.KIND:
                return tr(KIND_NAMES[item.kind]) if item.kind in KIND_NAMES else item.kind
            if c == self.LABEL:
                label = self._labels[index.row()]
                return label if role == Qt.ItemDataRole.ToolTipRole else _short(label, 50)
            if c == self.STATUS:
                return self._status_text(item.status)
            if c == self.DECISION:
                if not self.decidable(index.row()):
                    return QCoreApplication.translate("ExchangeModels", "（変更なし）")
                return tr(DECISION_NAMES[decision])
        if role == EDIT and c == self.DECISION:
            return decision
        if role == CHOICES_ROLE and c == self.DECISION:
            return [(k, tr(v)) for k, v in DECISION_NAMES.items()]
        if role == Qt.ItemDataRole.BackgroundRole and item.status == "conflict":
            return QBrush(CONFLICT_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if item.status == "conflict":
                return QBrush(BLACK)
            if item.status == "unchanged":
                return QBrush(GREY)
        if role == Qt.ItemDataRole.FontRole and (
            item.status == "conflict" or (c == self.DECISION and decision == "take")
        ):
            return _bold()
        return None

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:  # noqa: N802
        if not index.isValid() or role != EDIT or index.column() != self.DECISION:
            return False
        if (
            not 0 <= index.row() < len(self._items)
            or not self.decidable(index.row())
            or value not in DECISION_NAMES
        ):
            return False
        key = self._items[index.row()].key
        if self.decisions.get(key) != value:
            self.decisions[key] = str(value)
            self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.DECISION))
            self.decision_changed.emit(index.row())
        return True


NONE_TEXT = QT_TRANSLATE_NOOP("ExchangeModels", "（この記録はありません）")
DIFFERENT = "≠"


def comparable_values(kind: str, record: Any, other: Any) -> dict[str, Any]:
    """The record's fields as plain data, without local references that differ between databases (a
    plan's duty id, an agreement's plan id): the package carries uids for those."""
    values = ct.record_values(record)
    for key in ("duty_id", "plan_id"):
        values.pop(key, None)
    return values


class ComparisonModel(_TableModel):
    """Both versions of a package record side by side: 違い (≠), 項目, こちらの内容, 相手の内容."""

    MARK, FIELD, LOCAL, REMOTE = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("ExchangeModels", "違い"),
        QT_TRANSLATE_NOOP("ExchangeModels", "項目"),
        QT_TRANSLATE_NOOP("ExchangeModels", "こちらの内容"),
        QT_TRANSLATE_NOOP("ExchangeModels", "相手の内容"),
    )

    def __init__(self, parent: QWidget | None = None, name_of: Callable[[str], str] = lambda key: key):
        super().__init__(parent)
        self._rows: list[tuple[bool, str, str, str]] = []
        self._name_of = name_of

    def set_item(self, item: Any | None) -> None:
        self.beginResetModel()
        self._rows = self._compare(item) if item is not None else []
        self.endResetModel()

    def _compare(self, item: Any) -> list[tuple[bool, str, str, str]]:
        kind = "statistic" if item.kind == "figure" else item.kind
        remote = comparable_values(kind, item.remote, item.local)
        local = comparable_values(kind, item.local, item.remote) if item.local is not None else None
        rows = []
        for change in ct.compare(local if local is not None else {}, remote, keep_equal=True):
            if change.path in ("uid",):
                continue
            label = ct.field_label(kind, change.path, self._name_of)
            mine = (
                ct.value_text(kind, change.path, change.old, self._name_of)
                if local is not None
                else tr(NONE_TEXT)
            )
            theirs = ct.value_text(kind, change.path, change.new, self._name_of)
            rows.append((local is not None and change.differs, label, mine, theirs))
        return rows

    def row_texts(self, row: int) -> tuple[bool, str, str, str]:
        return self._rows[row]

    def difference_count(self) -> int:
        return sum(1 for r in self._rows if r[0])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        differs, field, mine, theirs = self._rows[index.row()]
        c = index.column()
        if role == DISPLAY:
            if c == self.MARK:
                return DIFFERENT if differs else ""
            return (field, _short(mine, 60), _short(theirs, 60))[c - 1]
        if role == Qt.ItemDataRole.ToolTipRole and c in (self.LOCAL, self.REMOTE):
            return (mine, theirs)[c - self.LOCAL] or None
        if role == Qt.ItemDataRole.AccessibleTextRole and c == self.MARK:
            return (
                QCoreApplication.translate("ExchangeModels", "違いあり")
                if differs
                else QCoreApplication.translate("ExchangeModels", "同じ")
            )
        if role == Qt.ItemDataRole.BackgroundRole and differs:
            return QBrush(CONFLICT_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and differs:
            return QBrush(BLACK)
        if role == Qt.ItemDataRole.FontRole and differs:
            return _bold()
        if role == Qt.ItemDataRole.TextAlignmentRole and c == self.MARK:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


# --- CSV in cp932: characters it cannot hold -----------------------------------------------------------


class UnencodableModel(_TableModel):
    """行, 記録, 項目, 文字, 符号位置 — each character cp932 cannot hold, where it is."""

    ROW, RECORD, COLUMN, CHARACTER, CODE_POINT = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("ExchangeModels", "行"),
        QT_TRANSLATE_NOOP("ExchangeModels", "記録"),
        QT_TRANSLATE_NOOP("ExchangeModels", "項目"),
        QT_TRANSLATE_NOOP("ExchangeModels", "文字"),
        QT_TRANSLATE_NOOP("ExchangeModels", "符号位置"),
    )

    def __init__(self, found: Sequence[Any], parent: QWidget | None = None):
        super().__init__(parent)
        self._found = list(found)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._found)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._found):
            return None
        u = self._found[index.row()]
        if role in (DISPLAY, Qt.ItemDataRole.ToolTipRole):
            text = (str(u.row), u.record, u.column, u.character, u.code_point)[index.column()]
            return _short(text) if role == DISPLAY else text
        if role == Qt.ItemDataRole.FontRole and index.column() == self.CHARACTER:
            return _bold()
        return None
