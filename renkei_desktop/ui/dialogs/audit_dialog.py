"""変更履歴: the audit log, filtered by kind, user, period and text, each entry's old → new values, a way
to the record concerned, and a CSV export for the records office.

A non-modal window opened from 表示 → 変更履歴 (MainWindow.show_audit_log). It reads ``window.services``
each time it refreshes (when opened, when a filter changes, after each edit or undo on the window's
undo stack, and on 再読み込み / F5), so it follows the database the window has open.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.audit import AuditEntry
from ...services.audit import AuditFilter
from .. import change_texts as ct

if TYPE_CHECKING:
    from ...services.container import Services

LIMIT = 2000  # entries shown at once (newest first); the export has no limit
DEFAULT_DAYS = 30
CELL_VALUE_LIMIT = 24  # characters of one value in the 変更内容 cell; the rest is in the tooltip
# The pages that open a record of each kind (MainWindow.navigate keys).
PAGE_OF_KIND = {"duty": "catalogue", "plan": "plans", "agreement": "agreements"}

NameOf = Callable[[str], str]


def record_label(entry: AuditEntry, name_of: NameOf) -> str:
    """The record's name as logged; a statistic's "200000 staff 2020-10-01" and a profile's code read
    as names."""
    if entry.kind == "statistic":
        parts = entry.label.split(" ")
        if len(parts) == 3:
            code, kind, day = parts
            return f"{name_of(code)} {ct.value_text('statistic', 'kind', kind, name_of)} {day}"
    if entry.kind == "profile" and entry.label.isdigit():
        return name_of(entry.label)
    return entry.label


def change_lines(entry: AuditEntry, name_of: NameOf, limit: int | None = None) -> list[str]:
    """「年間経費（円）: 1,000 → 2,500」 per changed field (an insert shows new, a delete old values)."""
    lines = []
    for change in ct.logged_changes(entry.action, entry.changes):
        label = ct.field_label(entry.kind, change.path, name_of)
        old = ct.value_text(entry.kind, change.path, change.old, name_of)
        new = ct.value_text(entry.kind, change.path, change.new, name_of)
        if limit is not None:
            old, new = ct.shorten(old, limit), ct.shorten(new, limit)
        if entry.action == "insert":
            lines.append(f"{label}: {new}")
        elif entry.action == "delete":
            lines.append(f"{label}: {old}")
        else:
            lines.append(f"{label}: {old} → {new}")
    return lines


def entry_detail(entry: AuditEntry, name_of: NameOf) -> str:
    """The detail pane: who did what when, then each field with its old and new value in full."""
    head = QCoreApplication.translate("AuditDialog", "{0}　{1}　{2}「{3}」を{4}").format(
        entry.local_at.strftime("%Y-%m-%d %H:%M:%S"),
        entry.actor,
        ct.kind_name(entry.kind),
        record_label(entry, name_of),
        ct.action_name(entry.action),
    )
    lines = [head, ""]
    changes = ct.logged_changes(entry.action, entry.changes)
    if not changes:
        lines.append(QCoreApplication.translate("AuditDialog", "（項目の変更はありません）"))
    for change in changes:
        lines.append("■ " + ct.field_label(entry.kind, change.path, name_of))
        if entry.action != "insert":
            lines.append(
                "    "
                + QCoreApplication.translate("AuditDialog", "変更前: {0}").format(
                    ct.value_text(entry.kind, change.path, change.old, name_of)
                )
            )
        if entry.action != "delete":
            lines.append(
                "    "
                + QCoreApplication.translate("AuditDialog", "変更後: {0}").format(
                    ct.value_text(entry.kind, change.path, change.new, name_of)
                )
            )
    return "\n".join(lines)


@dataclass(frozen=True)
class _Row:
    entry: AuditEntry
    cells: tuple[str, ...]
    changes_full: str


class AuditTableModel(QAbstractTableModel):
    """The entries, newest first, one row each; every text is made once when the entries are set."""

    TIME, ACTOR, KIND, RECORD, ACTION, CHANGES = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("AuditTableModel", "日時"),
        QT_TRANSLATE_NOOP("AuditTableModel", "利用者"),
        QT_TRANSLATE_NOOP("AuditTableModel", "種類"),
        QT_TRANSLATE_NOOP("AuditTableModel", "記録"),
        QT_TRANSLATE_NOOP("AuditTableModel", "操作"),
        QT_TRANSLATE_NOOP("AuditTableModel", "変更内容"),
    )

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._rows: list[_Row] = []

    def set_entries(self, entries: list[AuditEntry], name_of: NameOf) -> None:
        self.beginResetModel()
        self._rows = []
        for e in entries:
            short = "; ".join(change_lines(e, name_of, CELL_VALUE_LIMIT))
            full = "\n".join(change_lines(e, name_of))
            cells = (
                e.local_at.strftime("%Y-%m-%d %H:%M:%S"),
                e.actor,
                ct.kind_name(e.kind),
                record_label(e, name_of),
                ct.action_name(e.action),
                short,
            )
            self._rows.append(_Row(e, cells, full))
        self.endResetModel()

    def entry(self, row: int) -> AuditEntry | None:
        return self._rows[row].entry if 0 <= row < len(self._rows) else None

    def entries(self) -> list[AuditEntry]:
        return [r.entry for r in self._rows]

    def row_of(self, entry_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.entry.id == entry_id), -1)

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
            return QCoreApplication.translate("AuditTableModel", self.HEADERS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == self.CHANGES:
                return row.changes_full or None
            if index.column() == self.RECORD:
                return row.cells[self.RECORD]
        if role == Qt.ItemDataRole.UserRole:
            return row.entry.id
        return None


class AuditDialog(QDialog):
    """The 変更履歴 window of ``window`` (a MainWindow: ``services``, ``navigate``, ``undo_stack``)."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setObjectName("AuditDialog")
        self.setWindowTitle(self.tr("変更履歴"))
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowMinMaxButtonsHint, True)
        self._window = window
        self._names: Callable[[str], str] = str

        self.kind = QComboBox()
        self.kind.setObjectName("audit_kind")
        self.kind.addItem(self.tr("すべての種類"), None)
        for key in ct.KIND:
            self.kind.addItem(ct.kind_name(key), key)
        self.actor = QComboBox()
        self.actor.setObjectName("audit_actor")
        self.actor.addItem(self.tr("すべての利用者"), None)
        self.all_time = QCheckBox(self.tr("すべての期間(&A)"))
        self.all_time.setObjectName("audit_all_time")
        today = QDate.currentDate()
        self.since = QDateEdit(today.addDays(-DEFAULT_DAYS))
        self.until = QDateEdit(today)
        for edit, name in ((self.since, "audit_since"), (self.until, "audit_until")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.search = QLineEdit()
        self.search.setObjectName("audit_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("記録の名前・利用者・変更前後の値で絞り込み"))

        self.model = AuditTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("audit_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.activated.connect(lambda _index: self.open_selected())  # Enter, double-click
        self.table.selectionModel().selectionChanged.connect(
            self._show_detail
        )  # (currentRowChanged comes first)

        self.note = QLabel()
        self.note.setObjectName("audit_note")
        self.note.setWordWrap(True)
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("audit_detail")
        self.detail.setReadOnly(True)

        self.open_button = QPushButton(self.tr("記録を開く(&O)"))
        self.open_button.setObjectName("audit_open")
        self.open_button.setToolTip(
            self.tr("選んだ変更の記録を、そのページで表示します（Enter またはダブルクリック）。")
        )
        self.open_button.clicked.connect(self.open_selected)
        self.reload_button = QPushButton(self.tr("再読み込み"))
        self.reload_button.setObjectName("audit_reload")
        self.reload_button.setToolTip("F5")
        self.reload_button.clicked.connect(self.refresh)
        self.export_button = QPushButton(self.tr("書き出し(&E)…"))
        self.export_button.setObjectName("audit_export")
        self.export_button.setToolTip(
            self.tr("表示中の条件に合う変更をすべて CSV ファイルに書き出します（件数の上限なし）。")
        )
        self.export_button.clicked.connect(self.export)
        close = QPushButton(self.tr("閉じる"))
        close.clicked.connect(self.close)

        filters = QHBoxLayout()
        for text, widget in ((self.tr("種類(&K):"), self.kind), (self.tr("利用者(&U):"), self.actor)):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        period = QLabel(self.tr("期間(&P):"))
        period.setBuddy(self.since)
        filters.addSpacing(12)
        filters.addWidget(period)
        filters.addWidget(self.since)
        filters.addWidget(QLabel("～"))
        filters.addWidget(self.until)
        filters.addWidget(self.all_time)
        filters.addStretch(1)
        search_row = QHBoxLayout()
        search_label = QLabel(self.tr("検索(&S):"))
        search_label.setBuddy(self.search)
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.reload_button)
        search_row.addWidget(self.export_button)

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        detail_label = QLabel(self.tr("選んだ変更の内容(&D):"))
        detail_label.setBuddy(self.detail)
        lower_layout.addWidget(detail_label)
        lower_layout.addWidget(self.detail)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.addWidget(self.table)
        self.split.addWidget(lower)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(search_row)
        layout.addWidget(self.split, 1)
        layout.addLayout(buttons)

        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(300)  # while typing: filter once the keys pause
        self._text_timer.timeout.connect(self.refresh)
        self._changed_timer = QTimer(self)
        self._changed_timer.setSingleShot(True)
        self._changed_timer.setInterval(200)  # after a burst of edits/undos: read once
        self._changed_timer.timeout.connect(self._refresh_if_visible)
        self.search.textChanged.connect(self._text_timer.start)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.actor.currentIndexChanged.connect(self.refresh)
        self._period_chosen = False  # until the user picks dates, the period is the last 30 days up to today
        self.since.dateChanged.connect(self._period_changed)
        self.until.dateChanged.connect(self._period_changed)
        self.all_time.toggled.connect(self._all_time_toggled)
        stack = getattr(window, "undo_stack", None)
        if stack is not None:  # every edit and undo of a record goes through the window's undo stack
            stack.indexChanged.connect(self._changed_timer.start)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Find),
            self,
            lambda: (self.search.setFocus(), self.search.selectAll()),
        )

        em = self.fontMetrics().horizontalAdvance("あ")
        self.resize(em * 80, self.fontMetrics().height() * 40)
        self._size_rows()
        self._update_actions()

    # --- opening and reading -------------------------------------------------------------------
    def open_log(self) -> None:
        """Show (or raise) the window with the log read afresh."""
        self.refresh()
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.activateWindow()
        self.table.setFocus()

    def _services(self) -> Services | None:
        return getattr(self._window, "services", None)

    def name_of(self, key: str) -> str:
        """A municipality's name by code, a duty's or plan's by "duty:12" / "plan:3" (read on refresh)."""
        return self._names(key)

    def _read_names(self) -> None:
        profile = getattr(self._window, "profile", None)
        self._names = ct.names_from(self._services(), profile.home_code if profile is not None else "")

    def _load_actors(self) -> None:
        services = self._services()
        current = self.actor.currentData()
        self.actor.blockSignals(True)
        self.actor.clear()
        self.actor.addItem(self.tr("すべての利用者"), None)
        for name in services.audit.actors() if services is not None else []:
            self.actor.addItem(name, name)
        self.actor.setCurrentIndex(max(0, self.actor.findData(current)) if current is not None else 0)
        self.actor.blockSignals(False)

    def current_filter(self) -> AuditFilter:
        since = until = None
        if not self.all_time.isChecked():
            since = _utc_midnight(self.since.date().toPython())
            until = _utc_midnight(self.until.date().toPython() + timedelta(days=1))  # the whole last day
        return AuditFilter(
            kind=self.kind.currentData(),
            actor=self.actor.currentData(),
            since=since,
            until=until,
            text=self.search.text().strip(),
        )

    def _follow_today(self) -> None:
        """Keep the default period on the last 30 days when the window stays open past midnight."""
        today = QDate.currentDate()
        if self._period_chosen or self.until.date() == today:
            return
        for edit, day in ((self.since, today.addDays(-DEFAULT_DAYS)), (self.until, today)):
            edit.blockSignals(True)
            edit.setDate(day)
            edit.blockSignals(False)

    def _period_changed(self) -> None:
        self._period_chosen = True
        self.refresh()

    def refresh(self) -> None:
        self._follow_today()
        self._read_names()
        self._load_actors()  # a colleague may have saved since
        services = self._services()
        selected = self.selected_entry()
        if services is None:
            self.model.set_entries([], self.name_of)
            self.note.setText(self.tr("データベースが開かれていません。"))
            self._show_detail()
            return
        entries = services.audit.entries(self.current_filter(), limit=LIMIT + 1)
        more = len(entries) > LIMIT
        self.model.set_entries(entries[:LIMIT], self.name_of)
        if more:
            self.note.setText(
                self.tr(
                    "新しい順に {0} 件を表示しています。これより古い変更もあります。期間や条件で絞り込んでください（書き出しにはすべて含まれます）。"
                ).format(f"{LIMIT:,}")
            )
        elif entries:
            self.note.setText(self.tr("{0} 件（新しい順）").format(f"{len(entries):,}"))
        else:
            self.note.setText(self.tr("条件に合う変更はありません。"))
        self._fit_columns()
        row = self.model.row_of(selected.id) if selected is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        self._show_detail()

    def _refresh_if_visible(self) -> None:
        if self.isVisible():
            self.refresh()

    def _all_time_toggled(self, checked: bool) -> None:
        self.since.setEnabled(not checked)
        self.until.setEnabled(not checked)
        self.refresh()

    # --- the selected entry --------------------------------------------------------------------
    def selected_entry(self) -> AuditEntry | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.entry(rows[0].row()) if rows else None

    def _show_detail(self, *_args: object) -> None:
        entry = self.selected_entry()
        self.detail.setPlainText(entry_detail(entry, self.name_of) if entry is not None else "")
        self._update_actions()

    def _update_actions(self) -> None:
        entry = self.selected_entry()
        self.open_button.setEnabled(
            entry is not None and entry.kind in PAGE_OF_KIND and entry.record_id is not None
        )
        self.export_button.setEnabled(self._services() is not None)

    def record_exists(self, entry: AuditEntry) -> bool:
        services = self._services()
        if services is None or entry.record_id is None:
            return False
        service = {"duty": services.catalogue, "plan": services.plans, "agreement": services.agreements}.get(
            entry.kind
        )
        return service is not None and service.get(entry.record_id) is not None

    def open_selected(self) -> bool:
        """Show the selected entry's record on its page (if it still exists)."""
        entry = self.selected_entry()
        if entry is None:
            return False
        if entry.kind not in PAGE_OF_KIND or entry.record_id is None:
            self.note.setText(
                self.tr("この種類の変更（{0}）には開くページがありません。").format(ct.kind_name(entry.kind))
            )
            return False
        if not self.record_exists(entry):
            self.note.setText(
                self.tr("「{0}」は削除されているため開けません。内容は下の欄で確認できます。").format(
                    record_label(entry, self.name_of)
                )
            )
            return False
        self._window.navigate(PAGE_OF_KIND[entry.kind], entry.record_id)  # type: ignore[attr-defined]
        self._window.activateWindow()  # the log, a window of the main window, stays in front of it
        return True

    # --- export --------------------------------------------------------------------------------
    def choose_export_path(self) -> Path | None:  # replaced in tests
        suggested = self.tr("変更履歴_{0}.csv").format(date.today().strftime("%Y%m%d"))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("変更履歴の書き出し"), suggested, self.tr("CSV ファイル (*.csv)")
        )
        return Path(path) if path else None

    def warn(self, title: str, text: str) -> None:  # replaced in tests
        QMessageBox.warning(self, title, text)

    def export(self) -> int | None:
        """Write the entries matching the current filters (all of them, not only those shown) as CSV."""
        services = self._services()
        if services is None:
            return None
        path = self.choose_export_path()
        if path is None:
            return None
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        try:
            lines = services.audit.export_csv(path, self.current_filter(), field_label=ct.generic_field_label)
        except OSError as error:
            self.warn(
                self.tr("書き出せません"),
                self.tr(
                    "「{0}」に書き出せませんでした（{1}）。保存先のフォルダーと書き込み権限を確認してください。"
                ).format(path, error.strerror or error),
            )
            return None
        self.note.setText(self.tr("{0} 行を書き出しました: {1}").format(f"{lines:,}", path))
        return lines

    # --- sizes ---------------------------------------------------------------------------------
    def _size_rows(self) -> None:
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)

    def _fit_columns(self) -> None:
        em = self.fontMetrics().horizontalAdvance("あ")
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(
            AuditTableModel.TIME, max(self.table.columnWidth(AuditTableModel.TIME), em * 9)
        )
        self.table.setColumnWidth(
            AuditTableModel.ACTOR, min(self.table.columnWidth(AuditTableModel.ACTOR), em * 13)
        )
        self.table.setColumnWidth(
            AuditTableModel.RECORD, min(self.table.columnWidth(AuditTableModel.RECORD), em * 16)
        )

    def _fit_window(self) -> None:
        """After a zoom the filters need more room: grow (within the screen) rather than cut them."""
        layout = self.layout()
        layout.invalidate()
        layout.activate()
        need = layout.minimumSize()
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        width, height = max(self.width(), need.width()), max(self.height(), need.height())
        if screen is not None:
            width, height = min(width, screen.width()), min(height, screen.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange:  # zoom: rows and columns follow the text size
            self._size_rows()
            self._fit_columns()
            self._fit_window()
        super().changeEvent(event)


def _utc_midnight(day: date) -> datetime:
    """The start of ``day`` on this PC's clock, in UTC (the log's times are stored in UTC)."""
    return datetime.combine(day, time.min).astimezone().astimezone(UTC)
