"""ファイル → 取り込み: the import wizard over the exchange engine (docs/exchange.md §3).

Steps (pages): file and what it holds → sheet (xlsx with several sheets) → encoding (a CSV the
detection cannot decide) → header row → column mapping (+ 基準日 / 出典 for statistics) → preview of
every row (commit page: 取り込む) → report. Each step's errors are shown on that step, in the engine's
Japanese words (ui/texts.py); nothing is written before 取り込む, and then all or nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ...domain.errors import StorageError
from ...services.exchange.encoding import ENCODING_CHOICES
from ...services.exchange.engine import ImportOptions, RowAction
from ...services.exchange.errors import ExchangeError, ExchangeErrorCode
from ...services.exchange.labels import SHEET_NAMES
from ...services.exchange.reader import cell_text
from .. import texts
from ..widgets.apply_progress import ApplyProgress
from ..widgets.exchange_models import (
    SHOW_ALL,
    SHOW_ERRORS,
    SHOW_PROBLEMS,
    ChoiceDelegate,
    EditorTableView,
    GridPreviewModel,
    MappingModel,
    ProblemFilterProxy,
    ProblemTableModel,
    field_label,
    preview_lines,
    report_lines,
)
from .duty_editor import ERROR_STYLE

if TYPE_CHECKING:
    from ...domain.municipalities import Municipality
    from ...services.container import Services

FILE, SHEET, ENCODING, HEADER, MAPPING, PREVIEW, REPORT = range(7)
PREVIEW_ROWS = 60
SAMPLES = 3


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def _show(label: QLabel, text: str) -> None:
    label.setText("⚠ " + text if text else "")
    label.setVisible(bool(text))


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def _fit_rows(table: QTableView, extra: int = 8) -> None:
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + extra)


class _Page(QWizardPage):
    @property
    def w(self) -> ImportWizard:
        wizard = self.wizard()
        assert isinstance(wizard, ImportWizard)
        return wizard

    def fit(self) -> None:
        """Column widths and row heights for the current font (the app zoom)."""


# --- 1. file and what it holds ---------------------------------------------------------------------


class FilePage(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("import_file_page")
        self.setTitle(self.tr("ファイルと取り込む内容"))
        self.setSubTitle(
            self.tr(
                "取り込むファイル（Excel ブック .xlsx または CSV）を選び、何が書かれているかを選んでください。"
            )
        )
        self.path = QLineEdit()
        self.path.setObjectName("import_path")
        self.path.setPlaceholderText(self.tr("例: C:\\Users\\…\\人口.csv"))
        self.browse = QPushButton(self.tr("参照(&B)…"))
        self.browse.setObjectName("import_browse")
        self.info = QLabel()
        self.info.setObjectName("import_file_info")
        self.info.setWordWrap(True)
        self.duties = QRadioButton(self.tr("事務（事務カタログに追加・更新）(&J)"))
        self.duties.setObjectName("target_duties")
        self.statistics = QRadioButton(self.tr("市町村の統計（人口・面積・職員数など）(&S)"))
        self.statistics.setObjectName("target_statistics")
        self.duties.setChecked(True)
        self.targets = QButtonGroup(self)
        self.targets.addButton(self.duties)
        self.targets.addButton(self.statistics)
        self.guess = QLabel()
        self.guess.setObjectName("import_target_guess")
        self.guess.setWordWrap(True)
        self.error = _error_label("import_file_error")

        row = QHBoxLayout()
        row.addWidget(_buddy(self.tr("ファイル(&F):"), self.path))
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        box = QGroupBox(self.tr("ファイルに書かれている内容"))
        inner = QVBoxLayout(box)
        inner.addWidget(self.duties)
        inner.addWidget(self.statistics)
        inner.addWidget(self.guess)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.info)
        layout.addWidget(box)
        layout.addWidget(self.error)
        layout.addStretch(1)

        self.browse.clicked.connect(self._browse)
        self.path.editingFinished.connect(self._typed)
        self.path.textChanged.connect(lambda _t: self.completeChanged.emit())

    def _browse(self) -> None:
        path = self.w.choose_import_path()
        if path is not None:
            self.path.setText(str(path))
            self.w.open_file(Path(path))

    def _typed(self) -> None:
        text = self.path.text().strip()
        if text and (self.w.path is None or Path(text) != self.w.path):
            self.w.open_file(Path(text))

    @property
    def target(self) -> str:
        return "statistics" if self.statistics.isChecked() else "duties"

    def set_target(self, target: str) -> None:
        (self.statistics if target == "statistics" else self.duties).setChecked(True)

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:  # noqa: N802
        text = self.path.text().strip()
        if self.w.source is None or self.w.path != Path(text):
            if not self.w.open_file(Path(text)):
                return False
        self.w.target = self.target
        if self.nextId() == HEADER:
            return self.w.load_grid(self.error)
        return True

    def nextId(self) -> int:  # noqa: N802
        source = self.w.source
        if source is not None and source.kind == "xlsx" and len(source.sheet_names) > 1:
            return SHEET
        if source is not None and self.w.detection is not None and self.w.detection.needs_choice:
            return ENCODING
        return HEADER


# --- 2. sheet --------------------------------------------------------------------------------------


class SheetPage(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("import_sheet_page")
        self.setTitle(self.tr("シート"))
        self.setSubTitle(self.tr("ブックには複数のシートがあります。取り込むシートを選んでください。"))
        self.sheets = QListWidget()
        self.sheets.setObjectName("import_sheets")
        self.error = _error_label("import_sheet_error")
        layout = QVBoxLayout(self)
        layout.addWidget(_buddy(self.tr("シート(&S):"), self.sheets))
        layout.addWidget(self.sheets, 1)
        layout.addWidget(self.error)
        self.sheets.currentRowChanged.connect(lambda _r: self.completeChanged.emit())
        self.sheets.itemActivated.connect(lambda _i: self.w.next())

    def initializePage(self) -> None:  # noqa: N802
        source = self.w.source
        assert source is not None
        names = list(source.sheet_names)
        current = self.w.sheet if self.w.sheet in names else SHEET_NAMES.get(self.w.target)
        self.sheets.clear()
        self.sheets.addItems(names)
        self.sheets.setCurrentRow(names.index(current) if current in names else 0)
        _show(self.error, "")
        self.sheets.setFocus()

    def isComplete(self) -> bool:  # noqa: N802
        return self.sheets.currentItem() is not None

    def validatePage(self) -> bool:  # noqa: N802
        item = self.sheets.currentItem()
        if item is None:
            return False
        self.w.sheet = item.text()
        return self.w.load_grid(self.error)

    def nextId(self) -> int:  # noqa: N802
        return HEADER


# --- 3. encoding (only when the detection cannot decide) ---------------------------------------------


class EncodingPage(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("import_encoding_page")
        self.setTitle(self.tr("文字コード"))
        self.setSubTitle(
            self.tr(
                "このファイルの文字コードを自動では判定できませんでした。文字が正しく読める候補を選んでください。"
            )
        )
        self.group = QButtonGroup(self)
        self.buttons: list[QRadioButton] = []
        self.samples: list[QPlainTextEdit] = []
        self.list_layout = QVBoxLayout()
        self.error = _error_label("import_encoding_error")
        layout = QVBoxLayout(self)
        layout.addLayout(self.list_layout)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802
        detection = self.w.detection
        assert detection is not None
        for button in self.buttons:
            self.group.removeButton(button)
        for widget in (*self.buttons, *self.samples):
            self.list_layout.removeWidget(widget)
            widget.deleteLater()
        self.buttons, self.samples = [], []
        for number, candidate in enumerate(detection.candidates, start=1):
            name = ENCODING_CHOICES.get(candidate.encoding, candidate.encoding)
            if candidate.bad_bytes:
                text = self.tr("&{0}. {1}（読めない文字 {2}個）").format(number, name, candidate.bad_bytes)
            else:
                text = self.tr("&{0}. {1}（すべて読めます）").format(number, name)
            button = QRadioButton(text)
            button.setObjectName(f"encoding_{candidate.encoding}")
            button.setProperty("encoding", candidate.encoding)
            sample = QPlainTextEdit("\n".join(candidate.sample.splitlines()[:6]))
            sample.setObjectName(f"encoding_sample_{candidate.encoding}")
            sample.setReadOnly(True)
            sample.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
            sample.setMaximumHeight(sample.fontMetrics().height() * 7 + 12)
            sample.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            self.group.addButton(button)
            self.list_layout.addWidget(button)
            self.list_layout.addWidget(sample)
            self.buttons.append(button)
            self.samples.append(sample)
        chosen = next((b for b in self.buttons if b.property("encoding") == self.w.encoding), None)
        (chosen or self.buttons[0]).setChecked(True)
        _show(self.error, "")

    @property
    def encoding(self) -> str:
        button = self.group.checkedButton()
        return str(button.property("encoding")) if button is not None else ""

    def validatePage(self) -> bool:  # noqa: N802
        self.w.encoding = self.encoding
        return self.w.load_grid(self.error)

    def nextId(self) -> int:  # noqa: N802
        return HEADER


# --- 4. header row ---------------------------------------------------------------------------------


class HeaderPage(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("import_header_page")
        self.setTitle(self.tr("見出しの行"))
        self.setSubTitle(
            self.tr(
                "列の名前が書かれた行を確かめてください。それより上の行（表題・単位・注記）は読み飛ばします。"
            )
        )
        self.row = QSpinBox()
        self.row.setObjectName("import_header_row")
        self.row.setSuffix(self.tr(" 行目"))
        self.suggested = QLabel()
        self.suggested.setObjectName("import_header_suggested")
        self.table = QTableView()
        self.table.setObjectName("import_grid")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.summary = QLabel()
        self.summary.setObjectName("import_header_summary")
        self.summary.setWordWrap(True)
        self.error = _error_label("import_header_error")
        self.model: GridPreviewModel | None = None
        self._key: tuple | None = None

        top = QHBoxLayout()
        top.addWidget(_buddy(self.tr("見出しの行(&H):"), self.row))
        top.addWidget(self.row)
        top.addWidget(self.suggested, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(
            _buddy(self.tr("ファイルの先頭の行(&R)（Enter でその行を見出しにします）:"), self.table)
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        self.row.valueChanged.connect(self._row_changed)
        self.table.activated.connect(self._row_activated)
        self.table.doubleClicked.connect(self._row_activated)

    def initializePage(self) -> None:  # noqa: N802
        grid = self.w.grid
        assert grid is not None
        key = (id(grid), self.w.target)
        if key == self._key and self.model is not None:
            return
        self._key = key
        suggested = self.w.exchange.suggest_header_row(self.w.target, grid)
        self.model = GridPreviewModel(
            grid.preview_rows(PREVIEW_ROWS), grid.width, suggested, grid.formulas, self
        )
        self.table.setModel(self.model)
        first = grid.rows[0].number if grid.rows else 1
        last = grid.rows[-1].number if grid.rows else 1
        self.row.blockSignals(True)
        self.row.setRange(first, max(last, first))
        self.row.setValue(suggested)
        self.row.blockSignals(False)
        self.suggested.setText(self.tr("（自動判定: {0}行目）").format(suggested))
        self.fit()
        self._row_changed(suggested)
        self.row.setFocus()
        self.row.selectAll()

    def fit(self) -> None:
        if self.model is None:
            return
        _fit_rows(self.table)
        self.table.resizeColumnsToContents()
        em = self.fontMetrics().horizontalAdvance("あ")
        for column in range(1, self.model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), em * 14))

    def _row_activated(self, index: Any) -> None:
        if self.model is not None and index.isValid():
            self.row.setValue(self.model.row_number(index.row()))

    def _row_changed(self, number: int) -> None:
        if self.model is None:
            return
        self.model.set_header_row(number)
        row = self.model.row_of(number)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        grid = self.w.grid
        assert grid is not None
        header = grid.row(number)
        skipped = [r.number for r in grid.rows if r.number < number and not r.is_empty]
        titles = [cell_text(v).strip() for v in (header.values if header else ()) if cell_text(v).strip()]
        parts = []
        if skipped:
            parts.append(
                self.tr("{0}行目より上の{1}行は読み飛ばします（灰色・「読み飛ばし」の行）。").format(
                    number, len(skipped)
                )
            )
        if titles:
            shown = texts.join(titles[:8]) + ("…" if len(titles) > 8 else "")
            parts.append(self.tr("見出し: {0}").format(shown))
        self.summary.setText("\n".join(parts))
        _show(
            self.error,
            ""
            if titles
            else self.tr("{0}行目には見出しがありません。別の行を選んでください。").format(number),
        )

    def validatePage(self) -> bool:  # noqa: N802
        grid = self.w.grid
        assert grid is not None
        try:
            layout = grid.layout(self.row.value())
        except ExchangeError as error:
            _show(self.error, texts.exchange_error_text(error))
            return False
        if not layout.columns:
            _show(
                self.error,
                self.tr("{0}行目には見出しがありません。別の行を選んでください。").format(self.row.value()),
            )
            return False
        self.w.layout = layout
        return True


# --- 5. column mapping and options -----------------------------------------------------------------


class MappingPage(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("import_mapping_page")
        self.setTitle(self.tr("列の割り当て"))
        self.setSubTitle(
            self.tr(
                "ファイルの各列に、取り込む項目を選んでください。「（取り込まない）」の列は読み飛ばします。"
            )
        )
        self.remembered = QLabel(self.tr("この形式のファイルで前回使った割り当てを読み込みました。"))
        self.remembered.setObjectName("import_mapping_remembered")
        self.table = EditorTableView()
        self.table.setObjectName("import_mapping")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.delegate = ChoiceDelegate(self.table)
        self.required = QLabel()
        self.required.setObjectName("import_mapping_required")
        self.required.setWordWrap(True)
        self.error = _error_label("import_mapping_error")

        # Options: duties go to the home municipality; statistics need a 基準日 and an 出典.
        self.owner = QLabel()
        self.owner.setObjectName("import_owner")
        self.owner.setWordWrap(True)
        self.options = QGroupBox(
            self.tr("統計の基準日と出典（ファイルに列がないとき、すべての行に使います）")
        )
        self.reference_date = QLineEdit()
        self.reference_date.setObjectName("import_reference_date")
        self.reference_date.setPlaceholderText(self.tr("例: 2020-10-01 または 令和2年10月1日"))
        self.reference_error = _error_label("import_reference_date_error")
        self.source = QLineEdit()
        self.source.setObjectName("import_source")
        self.source.setPlaceholderText(self.tr("例: 令和2年国勢調査"))
        self.source_error = _error_label("import_source_error")
        self.prefectures = QCheckBox(self.tr("都道府県の行も取り込む(&P)"))
        self.prefectures.setObjectName("import_prefectures")
        self.prefectures.setChecked(True)
        form = QFormLayout(self.options)
        form.addRow(_buddy(self.tr("基準日(&D):"), self.reference_date), self.reference_date)
        form.addRow("", self.reference_error)
        form.addRow(_buddy(self.tr("出典(&O):"), self.source), self.source)
        form.addRow("", self.source_error)
        form.addRow("", self.prefectures)

        layout = QVBoxLayout(self)
        layout.addWidget(self.remembered)
        layout.addWidget(_buddy(self.tr("列と項目(&M)（項目の欄で選びます）:"), self.table))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.required)
        layout.addWidget(self.owner)
        layout.addWidget(self.options)
        layout.addWidget(self.error)
        self.model: MappingModel | None = None
        self._key: tuple | None = None

    def initializePage(self) -> None:  # noqa: N802
        w = self.w
        assert w.grid is not None and w.layout is not None
        key = (id(w.grid), w.target, w.layout.header_row)
        statistics = w.target == "statistics"
        self.options.setVisible(statistics)
        self.owner.setVisible(not statistics)
        if not statistics:
            home = w.home.display_name if w.home is not None else self.tr("（未設定）")
            self.owner.setText(
                self.tr(
                    "取り込み先の自治体: {0}（「自治体コード」の列を割り当てたときは、その列の自治体）"
                ).format(home)
            )
        for label in (self.error, self.reference_error, self.source_error):
            _show(label, "")
        if key == self._key and self.model is not None:
            return
        self._key = key
        specs = w.exchange.fields(w.target)
        suggestion = w.exchange.suggest_mapping(w.target, w.layout)
        data = w.grid.data_rows(w.layout.header_row)
        samples = []
        for column in w.layout.columns:
            values = [cell_text(r.value(column.index)).strip() for r in data]
            samples.append(texts.join([v for v in values if v][:SAMPLES]))
        self.model = MappingModel(w.layout.columns, samples, specs, suggestion, self)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(MappingModel.FIELD, self.delegate)
        self.table.setItemDelegateForColumn(MappingModel.UNIT, self.delegate)
        self.model.mapping_changed.connect(self._mapping_changed)
        self.remembered.setVisible(suggestion.remembered)
        self.fit()
        for row in range(self.model.rowCount()):
            self._open_editors(row)
        self._update_required()
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, MappingModel.FIELD))

    def _open_editors(self, row: int) -> None:
        assert self.model is not None
        self.table.openPersistentEditor(self.model.index(row, MappingModel.FIELD))
        unit = self.model.index(row, MappingModel.UNIT)
        if self.model.unit_editable(row):
            self.table.openPersistentEditor(unit)
        elif self.table.isPersistentEditorOpen(unit):
            self.table.closePersistentEditor(unit)

    def _mapping_changed(self, row: int) -> None:
        unit = self.model.index(row, MappingModel.UNIT) if self.model else None
        if unit is not None and self.table.isPersistentEditorOpen(unit):
            self.table.closePersistentEditor(unit)
        self._open_editors(row)
        self._update_required()
        _show(self.error, "")

    def _update_required(self) -> None:
        assert self.model is not None
        lines = []
        for spec in self.model.required_specs():
            column = self.model.column_of_field(spec.key)
            if column is not None:
                lines.append(
                    self.tr("✓ 必須「{0}」: {1}列に割り当て済み").format(field_label(spec), column.letter)
                )
            else:
                lines.append(self.tr("✗ 必須「{0}」: まだ割り当てていません").format(field_label(spec)))
        groups = {s.group for s in self.model.specs.values() if s.group}
        for group in sorted(groups):
            members = [s for s in self.model.specs.values() if s.group == group]
            mapped = [c for c, k in self.model.fields.items() if self.model.specs[k].group == group]
            names = self.tr("{0}など").format("・".join(field_label(s) for s in members[1:4]))
            if mapped:
                lines.append(self.tr("✓ 値の列（{0}）: {1}列").format(names, len(mapped)))
            else:
                lines.append(self.tr("✗ 値の列（{0}）を1つ以上割り当ててください").format(names))
        self.required.setText("\n".join(lines))

    def fit(self) -> None:
        if self.model is None:
            return
        combo_height = QComboBox().sizeHint().height()
        self.table.verticalHeader().setDefaultSectionSize(
            max(combo_height + 4, self.fontMetrics().height() + 8)
        )
        em = self.fontMetrics().horizontalAdvance("あ")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        widths = {MappingModel.LETTER: 3, MappingModel.TITLE: 13, MappingModel.SAMPLES: 12, MappingModel.FIELD: 19,
                  MappingModel.UNIT: 8}  # fmt: skip
        for column, chars in widths.items():
            self.table.setColumnWidth(column, em * chars)

    def options_value(self) -> ImportOptions | None:
        """The options typed here, or None (with the message next to the field) when they are wrong."""
        from ...domain.normalize import ParseError, parse_date

        w = self.w
        if w.target != "statistics":
            return ImportOptions()
        text = self.reference_date.text().strip()
        try:
            reference = parse_date(text) if text else None
        except ParseError:
            _show(
                self.reference_error,
                self.tr("基準日「{0}」を日付として読めません（例: 2020-10-01、令和2年10月1日）。").format(
                    text
                ),
            )
            return None
        return ImportOptions(
            reference_date=reference,
            source=self.source.text().strip(),
            include_prefectures=self.prefectures.isChecked(),
        )

    def validatePage(self) -> bool:  # noqa: N802
        assert self.model is not None
        for label in (self.error, self.reference_error, self.source_error):
            _show(label, "")
        options = self.options_value()
        if options is None:
            return False
        try:
            self.w.make_preview(self.model.column_map(), options)
        except ExchangeError as error:
            target = {
                ExchangeErrorCode.NEEDS_REFERENCE_DATE: self.reference_error,
                ExchangeErrorCode.NEEDS_SOURCE: self.source_error,
            }.get(error.code, self.error)
            _show(target, texts.exchange_error_text(error))
            if target is self.reference_error:
                self.reference_date.setFocus()
            elif target is self.source_error:
                self.source.setFocus()
            return False
        except StorageError as error:
            _show(self.error, texts.storage_error_text(error))
            return False
        return True


# --- 6. preview (commit page) ----------------------------------------------------------------------


class PreviewPage(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("import_preview_page")
        self.setTitle(self.tr("取り込む前の確認"))
        self.setSubTitle(self.tr("行ごとの結果と問題です。まだ何も書き込んでいません。"))
        self.setCommitPage(True)
        self.summary = QLabel()
        self.summary.setObjectName("import_preview_summary")
        self.summary.setWordWrap(True)
        self.advice = QLabel()
        self.advice.setObjectName("import_preview_advice")
        self.advice.setWordWrap(True)
        self.filter = QComboBox()
        self.filter.setObjectName("import_preview_filter")
        self.filter.addItem(self.tr("すべての行"), SHOW_ALL)
        self.filter.addItem(self.tr("誤り・注意のある行だけ"), SHOW_PROBLEMS)
        self.filter.addItem(self.tr("誤りのある行だけ"), SHOW_ERRORS)
        self.model = ProblemTableModel(parent=self)
        self.proxy = ProblemFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("import_preview_table")
        self.table.setModel(self.proxy)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.skip = QCheckBox(self.tr("誤りのある行を飛ばして、残りの行を取り込む(&K)"))
        self.skip.setObjectName("import_skip_invalid")
        self.error = _error_label("import_apply_error")
        top = QHBoxLayout()
        top.addWidget(_buddy(self.tr("表示(&V):"), self.filter))
        top.addWidget(self.filter)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.advice)
        layout.addWidget(self.skip)
        layout.addWidget(self.error)
        self.filter.currentIndexChanged.connect(lambda _i: self.proxy.set_mode(self.filter.currentData()))
        self.skip.toggled.connect(lambda _c: (self.completeChanged.emit(), self._advise()))

    def initializePage(self) -> None:  # noqa: N802
        preview = self.w.preview
        assert preview is not None
        self.model.set_lines(preview_lines(preview.outcomes, texts.exchange_problem_reason))
        c = preview.counts
        self.summary.setText(
            self.tr(
                "全{0}行: 追加 {1}行、更新 {2}行、変更なし {3}行、取り込まない {4}行、誤り {5}行"
                "（追加される記録 {6}件、更新される記録 {7}件、注意 {8}件）"
            ).format(
                c.rows,
                c.add_rows,
                c.update_rows,
                c.unchanged_rows,
                c.skipped_rows,
                c.error_rows,
                c.records_added,
                c.records_updated,
                c.warnings,
            )  # fmt: skip
        )
        writes = any(o.action in (RowAction.ADD, RowAction.UPDATE) for o in preview.outcomes)
        self.skip.setChecked(False)
        self.skip.setVisible(bool(preview.errors) and writes)
        if preview.errors:
            self.filter.setCurrentIndex(self.filter.findData(SHOW_ERRORS))
        else:
            self.filter.setCurrentIndex(self.filter.findData(SHOW_ALL))
        _show(self.error, "")
        self.fit()
        self._advise()

    def _writes(self) -> bool:
        preview = self.w.preview
        return preview is not None and any(
            o.action in (RowAction.ADD, RowAction.UPDATE) for o in preview.outcomes
        )

    def _advise(self) -> None:
        preview = self.w.preview
        if preview is None:
            return
        error_rows = preview.counts.error_rows
        if error_rows and not self.skip.isChecked():
            text = self.tr(
                "⚠ 誤りのある行が{0}行あります（「種別」が「誤り」の行）。このままでは取り込めません。"
                "ファイルを直して取り込み直すか、誤りのある行を飛ばして取り込んでください。"
            ).format(error_rows)
        elif not self._writes():
            text = self.tr("取り込む変更はありません（すべて「変更なし」か「取り込まない」行です）。")
        elif error_rows:
            text = self.tr(
                "誤りのある{0}行は取り込みません。「取り込む」を押すと、残りの行を書き込みます。"
            ).format(error_rows)
        else:
            text = self.tr("「取り込む」を押すと書き込みます。途中で中止したときは何も書き込みません。")
        self.advice.setText(text)

    def fit(self) -> None:
        _fit_rows(self.table)
        em = self.fontMetrics().horizontalAdvance("あ")
        for column, chars in ((0, 4), (1, 7), (2, 14), (3, 14), (4, 4)):
            self.table.setColumnWidth(column, em * chars)

    def isComplete(self) -> bool:  # noqa: N802
        preview = self.w.preview
        if preview is None:
            return False
        if preview.can_apply:
            return True
        return bool(preview.errors) and self.skip.isChecked() and self._writes()

    def validatePage(self) -> bool:  # noqa: N802
        return self.w.apply(self.error, skip_invalid=self.skip.isChecked())


# --- 7. report -------------------------------------------------------------------------------------


class ReportPage(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("import_report_page")
        self.setTitle(self.tr("取り込みの結果"))
        self.setFinalPage(True)
        self.summary = QLabel()
        self.summary.setObjectName("import_report_summary")
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.note = QLabel()
        self.note.setObjectName("import_report_note")
        self.note.setWordWrap(True)
        self.model = ProblemTableModel(parent=self)
        self.table = QTableView()
        self.table.setObjectName("import_report_table")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.note)
        layout.addWidget(_buddy(self.tr("注意と、取り込まなかった行の理由(&L):"), self.table))
        layout.addWidget(self.table, 1)

    def initializePage(self) -> None:  # noqa: N802
        report = self.w.report
        assert report is not None
        self.summary.setText(
            self.tr(
                "取り込みました: 追加 {0}件、更新 {1}件、変更なし {2}件、取り込まなかった行 {3}行"
            ).format(report.added, report.updated, report.unchanged, report.skipped_rows)
        )
        self.note.setText(
            self.tr(
                "事務カタログと市町村のページは新しい内容で表示し直しました。取り込みは「元に戻す」では取り消せません。"
            )
        )
        shown = [p for p in report.problems if str(p.code) != "unchanged"]
        self.model.set_lines(report_lines(shown, texts.exchange_problem_reason))
        _fit_rows(self.table)
        em = self.fontMetrics().horizontalAdvance("あ")
        for column, chars in ((0, 4), (1, 0), (2, 0), (3, 14), (4, 4)):
            self.table.setColumnWidth(column, em * chars)
            self.table.setColumnHidden(column, chars == 0)

    def fit(self) -> None:
        _fit_rows(self.table)


# --- the wizard --------------------------------------------------------------------------------------


class ImportWizard(QWizard):
    """State of the import as the user goes through the steps; ``imported(report)`` after writing."""

    imported = Signal(object)

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, home: Municipality | None = None
    ):
        super().__init__(parent)
        self.setObjectName("ImportWizard")
        self.setWindowTitle(self.tr("ファイルから取り込む"))
        self.services = services
        self.exchange = services.exchange
        self.home = home
        self.path: Path | None = None
        self.source: Any = None  # ImportFile
        self.detection: Any = None  # EncodingDetection (CSV)
        self.target = "duties"
        self.sheet: str | None = None
        self.encoding: str | None = None
        self.grid: Any = None
        self.layout: Any = None
        self.preview: Any = None
        self.report: Any = None
        self._grids: dict[tuple, Any] = {}

        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("次へ(&N) >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< 戻る(&B)"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("キャンセル"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("取り込む(&I)"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("閉じる"))
        self.pages: dict[int, _Page] = {
            FILE: FilePage(),
            SHEET: SheetPage(),
            ENCODING: EncodingPage(),
            HEADER: HeaderPage(),
            MAPPING: MappingPage(),
            PREVIEW: PreviewPage(),
            REPORT: ReportPage(),
        }
        for page_id, page in self.pages.items():
            self.setPage(page_id, page)
        self.setStartId(FILE)
        em = self.fontMetrics().horizontalAdvance("あ")
        self.resize(em * 72, self.fontMetrics().height() * 40)

    # --- hooks tests replace (modal dialogs) -----------------------------------------------------------
    def choose_import_path(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("取り込むファイルを選ぶ"),
            str(self.path.parent if self.path else Path.home()),
            self.tr("Excel ブック・CSV (*.xlsx *.csv *.txt *.tsv);;すべてのファイル (*)"),
        )
        return Path(path) if path else None

    def make_progress(self) -> ApplyProgress:
        return ApplyProgress(self, self.tr("取り込み"), self.tr("取り込んでいます…"))

    # --- steps -----------------------------------------------------------------------------------------
    @property
    def file_page(self) -> FilePage:
        page = self.pages[FILE]
        assert isinstance(page, FilePage)
        return page

    def open_file(self, path: Path) -> bool:
        """Check the file, detect its encoding and suggest what it holds; errors on the first page."""
        page = self.file_page
        _show(page.error, "")
        self.source = self.detection = self.grid = self.layout = self.preview = None
        self.path, self.sheet, self.encoding, self._grids = Path(path), None, None, {}
        try:
            self.source = self.exchange.open_import(path)
            self.detection = self.source.detect_encoding() if self.source.needs_encoding else None
        except ExchangeError as error:
            self.source = None
            page.info.setText("")
            page.guess.setText("")
            _show(page.error, texts.exchange_error_text(error))
            page.completeChanged.emit()
            return False
        if self.detection is not None and not self.detection.needs_choice:
            self.encoding = self.detection.encoding
        page.info.setText(self._file_info())
        self._suggest_target()
        page.completeChanged.emit()
        return True

    def _file_info(self) -> str:
        source = self.source
        if source.kind == "xlsx":
            return self.tr("Excel ブック（シート {0}枚: {1}）").format(
                len(source.sheet_names), texts.join(source.sheet_names)
            )
        detection = self.detection
        if detection is None or detection.needs_choice:
            return self.tr("CSV（文字コードを判定できませんでした。次の画面で選んでください）")
        name = ENCODING_CHOICES.get(detection.encoding, detection.encoding)
        return self.tr("CSV（文字コード: {0}、自動判定）").format(name)

    def _suggest_target(self) -> None:
        """What the file holds: from the sheet names (事務, 市町村の統計), else from the headings."""
        page = self.file_page
        source = self.source
        if source.kind == "xlsx":
            named = [t for t in self.exchange.import_targets if SHEET_NAMES.get(t) in source.sheet_names]
            if named:
                page.set_target(named[0])
                page.guess.setText(self.tr("シート名から「{0}」と判断しました。違う場合は選び直してください。").format(
                    self._target_name(named[0])))  # fmt: skip
                return
        try:
            encoding = self.encoding or (self.detection.candidates[0].encoding if self.detection else None)
            grid = self._read(None if source.kind == "csv" else source.sheet_names[0], encoding)
            target = self.exchange.guess_target(grid)
        except ExchangeError:
            page.guess.setText(self.tr("見出しからは判断できませんでした。内容を選んでください。"))
            return
        page.set_target(target)
        page.guess.setText(
            self.tr("見出しから「{0}」と判断しました。違う場合は選び直してください。").format(
                self._target_name(target)
            )
        )

    def _target_name(self, target: str) -> str:
        return self.tr("市町村の統計") if target == "statistics" else self.tr("事務")

    def _read(self, sheet: str | None, encoding: str | None) -> Any:
        key = (sheet, encoding)
        if key not in self._grids:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self._grids[key] = self.source.read(sheet, encoding)
            finally:
                QGuiApplication.restoreOverrideCursor()
        return self._grids[key]

    def load_grid(self, error_label: QLabel) -> bool:
        """Read the chosen sheet (and encoding); errors on the page that asked (``error_label``)."""
        _show(error_label, "")
        source = self.source
        if source is None:
            return False
        if source.kind == "xlsx":
            names = source.sheet_names
            if self.sheet not in names:
                named = SHEET_NAMES.get(self.target)
                self.sheet = named if named in names else names[0]
        else:
            self.sheet = None
        try:
            grid = self._read(self.sheet, self.encoding if source.kind == "csv" else None)
        except ExchangeError as error:
            _show(error_label, texts.exchange_error_text(error))
            return False
        if not grid.rows or all(r.is_empty for r in grid.rows):
            _show(
                error_label,
                texts.exchange_error_text(ExchangeError(ExchangeErrorCode.EMPTY_FILE, path=self.path)),
            )
            return False
        self.grid = grid
        return True

    def make_preview(self, mapping: Any, options: ImportOptions) -> Any:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.preview = self.exchange.preview(self.target, self.grid, self.layout, mapping, options)
        finally:
            QGuiApplication.restoreOverrideCursor()
        return self.preview

    def apply(self, error_label: QLabel, *, skip_invalid: bool = False) -> bool:
        """Write the preview in one transaction, with a progress dialog whose 中止 writes nothing."""
        _show(error_label, "")
        preview = self.preview
        if preview is None:
            return False
        progress = self.make_progress()
        try:
            report = self.exchange.apply(preview, progress.step, skip_invalid=skip_invalid)
        except ExchangeError as error:
            text = texts.exchange_error_text(error)
            if error.code is ExchangeErrorCode.STALE_PREVIEW:  # show what the database holds now
                try:
                    self.make_preview(preview.mapping, preview.options)
                    self.pages[PREVIEW].initializePage()
                except ExchangeError as again:
                    text = texts.exchange_error_text(again)
            elif error.problems:
                shown = [texts.exchange_problem_text(p) for p in error.problems if p.is_error][:5]
                text = "\n".join([text, *shown])
            _show(error_label, text)
            return False
        except StorageError as error:  # disk full, read-only file …: nothing was written
            _show(error_label, texts.storage_error_text(error))
            return False
        finally:
            progress.close()
        self.report = report
        self.imported.emit(report)
        return True

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange and hasattr(self, "pages"):
            for page in self.pages.values():
                page.fit()
        super().changeEvent(event)
