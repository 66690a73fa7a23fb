"""Edit one agreement in four tabs: 基本 (kind, title, parties with 甲乙 and membership dates), 条項
(the clauses, the role table, the liaison meeting, the term), 経過 (lifecycle events with dates) and
施設の相互利用 (facilities, usage per party, usage shares). Every message stands next to what it is
about; the dialog saves nothing itself (the page saves through the service and the undo stack)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.agreements import (
    CLAUSE_TEXT_KEYS,
    MAX_MEETINGS_PER_YEAR,
    MAX_RENEWAL_YEARS,
    Agreement,
    AgreementKind,
    AgreementParty,
    EventKind,
    Facility,
    FacilityUsage,
    Term,
    UsageFigures,
    default_clauses,
    facility_usage,
    kind_approval,
    kind_resolution_required,
    needs_liaison_meeting,
    render_term,
)
from ...domain.errors import ValidationFailed, ValidationIssue
from ...domain.methods import ApprovalKind, CouncilType
from ...domain.normalize import ParseError, parse_date, parse_decimal
from ...domain.plans import party_letter
from .. import agreement_texts as at
from .. import texts
from ..models.agreement_models import RoleTableModel, UsageShareModel
from ..widgets.municipality_picker import MunicipalityPicker

if TYPE_CHECKING:
    from ...domain.municipalities import Municipality
    from ...domain.plans import Plan
    from ...services.agreements import AgreementService

ERROR_COLOUR = QColor("#b00020")
WARNING_MARK = "⚠ "
TAB_BASIC, TAB_CLAUSES, TAB_EVENTS, TAB_FACILITIES = range(4)


def _date_text(day: date | None) -> str:
    return at.date_text(day)


def _date_edit(day: date | None = None) -> QLineEdit:
    """A date field holding ``day`` as the UI writes it, wide enough for any date (ui/texts.py)."""
    edit = QLineEdit(_date_text(day))
    texts.fit_date_field(edit)
    return edit


def _number_text(value: Decimal) -> str:
    return f"{value.normalize():f}"


def error_palette(label: QLabel) -> None:
    """Red text through the palette: a style sheet would stop the app zoom from reaching the label."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, ERROR_COLOUR)
    label.setPalette(palette)


def _error_label() -> QLabel:
    label = QLabel()
    error_palette(label)
    label.setWordWrap(True)
    label.hide()
    return label


@dataclass
class _Row:
    """One entry of a list section: its inputs on one line, its messages on the line below."""

    fields: dict[str, QWidget]
    error: QLabel
    remove: QToolButton
    lead: QLabel | None = None  # 甲, 乙 … for parties
    up: QToolButton | None = None
    down: QToolButton | None = None
    data: dict[str, object] = field(default_factory=dict)


class EntryList(QWidget):
    """A list of entries laid out on a grid under column headers; rows can be removed (and moved)."""

    changed = Signal()

    def __init__(self, prefix: str, headers: Sequence[str], *, movable: bool = False, lead: str = "", stretch: int = 0):
        super().__init__()
        self.prefix = prefix
        self.stretch = stretch  # the column that takes the spare width
        self.headers = list(headers)
        self.movable = movable
        self.lead_header = lead
        self.rows: list[_Row] = []
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(2)
        self.empty = QLabel(self.tr("（まだありません）"))
        # Header labels are made once and re-placed on each relayout (never left behind).
        self.header_labels = ([QLabel(lead)] if lead else []) + [QLabel(text) for text in self.headers]
        self._relayout()

    def add(self, fields: dict[str, QWidget], *, lead: bool = False, data: dict[str, object] | None = None) -> _Row:
        remove = QToolButton()
        remove.setText(self.tr("削除"))
        row = _Row(fields, _error_label(), remove, QLabel() if lead else None, data=dict(data or {}))
        remove.clicked.connect(lambda _checked=False, r=row: self.remove_row(r))
        if self.movable:
            row.up, row.down = QToolButton(), QToolButton()
            row.up.setText("↑")
            row.down.setText("↓")
            row.up.setToolTip(self.tr("上へ移動"))
            row.down.setToolTip(self.tr("下へ移動"))
            row.up.clicked.connect(lambda _checked=False, r=row: self.move_row(r, -1))
            row.down.clicked.connect(lambda _checked=False, r=row: self.move_row(r, 1))
        self.rows.append(row)
        self._relayout()
        self.changed.emit()
        return row

    def remove_row(self, row: _Row) -> None:
        if row not in self.rows:
            return
        self.rows.remove(row)
        for widget in self._widgets(row):
            widget.hide()
            widget.deleteLater()
        self._relayout()
        self.changed.emit()

    def move_row(self, row: _Row, delta: int) -> None:
        index = self.rows.index(row)
        target = index + delta
        if 0 <= target < len(self.rows):
            self.rows[index], self.rows[target] = self.rows[target], self.rows[index]
            self._relayout()
            self.changed.emit()

    def sort_rows(self, key: Callable[[_Row], object]) -> None:
        self.rows.sort(key=key)  # type: ignore[arg-type]
        self._relayout()
        self.changed.emit()

    def key_of(self, row: _Row) -> str:
        return f"{self.prefix}[{self.rows.index(row)}]"

    @staticmethod
    def _widgets(row: _Row) -> list[QWidget]:
        lead = [row.lead] if row.lead is not None else []
        moves = [w for w in (row.up, row.down) if w is not None]
        return [*lead, *row.fields.values(), *moves, row.remove, row.error]

    def _relayout(self) -> None:
        while self.grid.count():
            self.grid.takeAt(0)
        offset = 1 if self.lead_header else 0
        for column, label in enumerate(self.header_labels):
            self.grid.addWidget(label, 0, column)
        for index, row in enumerate(self.rows):
            line = 1 + 2 * index
            if row.lead is not None:
                row.lead.setText(texts.party_letter_at(index))
                self.grid.addWidget(row.lead, line, 0)
            for column, (key, widget) in enumerate(row.fields.items()):
                self.grid.addWidget(widget, line, column + offset)
                widget.setAccessibleName(at.field_name(f"{self.prefix}[{index}].{key}"))
            column = len(row.fields) + offset
            for button in (row.up, row.down, row.remove):
                if button is not None:
                    self.grid.addWidget(button, line, column)
                    button.setAccessibleName(f"{at.field_name(f'{self.prefix}[{index}]')} {button.toolTip() or button.text()}")
                    column += 1
            self.grid.addWidget(row.error, line + 1, offset, 1, max(column - offset, 1))
        chain = [w for row in self.rows for w in self._widgets(row) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        for first, second in zip(chain, chain[1:], strict=False):  # Tab follows the rows as shown
            QWidget.setTabOrder(first, second)
        self.empty.setVisible(not self.rows)
        self.grid.addWidget(self.empty, 1 + 2 * len(self.rows), 0, 1, max(len(self.headers) + offset, 1))
        for column in range(len(self.headers) + offset + 3):
            self.grid.setColumnStretch(column, 0)
        if self.headers:
            self.grid.setColumnStretch(offset + self.stretch, 1)


@dataclass
class _Target:
    key: str
    label: QLabel
    widget: QWidget | None
    tab: int
    row: _Row | None = None


class AgreementEditorDialog(QDialog):
    """Returns the edited Agreement through ``result_agreement`` when accepted; it saves nothing."""

    def __init__(
        self,
        service: AgreementService,
        agreement: Agreement,
        *,
        municipalities: Mapping[str, Municipality],
        plans: Sequence[Plan] = (),
        subject: str = "",
        title: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("AgreementEditorDialog")
        self._service = service
        self._base = agreement
        self._municipalities = municipalities
        self._plans = list(plans)
        self._subject = subject
        self.result_agreement: Agreement | None = None
        self._static: list[_Target] = []
        self._tab_titles: list[str] = []
        self._defaults: dict[str, object] = {}
        self._fill_empty = agreement.id is None  # a new agreement gets the default wording
        self._unplaced: list[ValidationIssue] = []

        self.tabs = QTabWidget()
        self.tabs.setObjectName("agreement_tabs")
        self._build_basic()
        self._build_clauses()
        self._build_events()
        self._build_facilities()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("キャンセル"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        error_palette(self.summary)
        self.summary.setWordWrap(True)
        self.summary.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)

        self._load(agreement)
        self._fit()
        self.title_edit.setFocus()

    def _fit(self) -> None:
        metrics = self.fontMetrics()
        self.resize(metrics.horizontalAdvance("あ") * 80, metrics.height() * 54)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange and hasattr(self, "shares_view"):
            for edit in self.findChildren(QPlainTextEdit):
                self._size_text(edit)
            self.roles_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
            self.shares_view.resizeColumnsToContents()
        super().changeEvent(event)

    # --- building helpers ----------------------------------------------------------------------
    def _add_tab(self, widget: QWidget, title: str) -> None:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(widget)
        self.tabs.addTab(scroll, title)
        self._tab_titles.append(title)

    def _field(self, form: QFormLayout, key: str, label: str, widget: QWidget, tab: int, *, hint: str = "") -> QWidget:
        widget.setObjectName(key.replace(".", "_"))
        error = _error_label()
        error.setObjectName("error_" + key.replace(".", "_"))
        box = QWidget()
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)  # messages wrap at full width
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft if isinstance(widget, (QSpinBox, QComboBox, QCheckBox)) else Qt.AlignmentFlag(0))
        if hint:
            note = QLabel(hint)
            note.setWordWrap(True)
            column.addWidget(note)
        column.addWidget(error)
        caption = QLabel(label)
        caption.setBuddy(widget)
        form.addRow(caption, box)
        self._static.append(_Target(key, error, widget, tab))
        return widget

    def _text(self, lines: int = 4) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setProperty("lines", lines)
        self._size_text(edit)
        return edit

    def _size_text(self, edit: QPlainTextEdit) -> None:
        """As many lines as the clause usually needs; longer texts scroll inside the box."""
        lines = int(edit.property("lines") or 4)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 2 * edit.frameWidth() + 8)

    def _section_error(self, key: str, tab: int) -> QLabel:
        label = _error_label()
        label.setObjectName("error_" + key.replace(".", "_"))
        self._static.append(_Target(key, label, None, tab))
        return label

    # --- 基本 ----------------------------------------------------------------------------------
    def _build_basic(self) -> None:
        page = QWidget()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.kind = QComboBox()
        for kind in AgreementKind:
            self.kind.addItem(at.kind_name(kind), kind.value)
        self._field(form, "kind", self.tr("種類(&K)"), self.kind, TAB_BASIC)
        self.council_type = QComboBox()
        self.council_type.addItem(self.tr("（選択してください）"), "")
        for value in CouncilType:
            self.council_type.addItem(at.council_type_name(value), value.value)
        self._field(form, "council_type", self.tr("協議会の種類(&C)"), self.council_type, TAB_BASIC)
        self.council_type_row = form.rowCount() - 1
        self.title_edit = QLineEdit()
        self._field(form, "title", self.tr("名称（必須）(&N)"), self.title_edit, TAB_BASIC)
        self.plan = QComboBox()
        self.plan.addItem(self.tr("（連携案なし）"), None)
        for plan in self._plans:
            mark = self.tr("（採用）") if plan.chosen else ""
            self.plan.addItem(f"{plan.name}{mark}", plan.id)
        self._field(form, "plan_id", self.tr("連携案(&L)"), self.plan, TAB_BASIC)
        self.notes = self._text(3)
        self._field(form, "notes", self.tr("備考(&B)"), self.notes, TAB_BASIC)

        group = QGroupBox(self.tr("当事者（上から甲・乙・丙…の順）"))
        self.parties = EntryList("parties", [self.tr("団体"), self.tr("加入日"), self.tr("脱退日")], movable=True, lead=self.tr("甲乙"))
        self.parties.setObjectName("parties")
        self.parties.changed.connect(self._parties_changed)
        self.add_party_button = QPushButton(self.tr("当事者を追加(&A)…"))
        self.add_party_button.setObjectName("add_party")
        self.add_party_button.clicked.connect(self.add_party_from_picker)
        note = QLabel(self.tr("都道府県も当事者にできます。途中で加入・脱退した団体は、その日付を入れてください（脱退日からは構成団体ではありません）。"))
        note.setWordWrap(True)
        box = QVBoxLayout(group)
        box.addWidget(note)
        box.addWidget(self.parties)
        box.addWidget(self._section_error("parties", TAB_BASIC))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_party_button)
        buttons.addStretch(1)
        box.addLayout(buttons)

        column = QVBoxLayout(page)
        column.addLayout(form)
        column.addWidget(group)
        column.addStretch(1)
        self._form_basic = form
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._add_tab(page, self.tr("基本"))

    def _party_name(self, code: str) -> str:
        m = self._municipalities.get(code)
        return m.name if m is not None else code

    def _party_display(self, code: str) -> str:
        m = self._municipalities.get(code)
        return m.display_name if m is not None else code

    def add_party(self, code: str, joined: date | None = None, left: date | None = None) -> None:
        if code in self.party_codes():
            return
        name = QLabel(self._party_display(code))
        joined_edit, left_edit = _date_edit(joined), _date_edit(left)
        joined_edit.setPlaceholderText(self.tr("当初から"))
        left_edit.setPlaceholderText(self.tr("なし"))
        row = self.parties.add({"name": name, "joined": joined_edit, "left": left_edit}, lead=True, data={"code": code})
        for edit in (joined_edit, left_edit):
            edit.editingFinished.connect(lambda r=row: self._check_row(self.parties, r))

    def choose_party(self) -> Municipality | None:  # replaced in tests
        return PartyPickerDialog(list(self._municipalities.values()), self).choose()

    def add_party_from_picker(self) -> None:
        chosen = self.choose_party()
        if chosen is not None:
            self.add_party(chosen.code)

    def party_codes(self) -> list[str]:
        return [str(r.data["code"]) for r in self.parties.rows]

    def party_label(self, code: str) -> str:
        """「乙 天龍村」 by the current order; a non-party by its name."""
        codes = self.party_codes()
        if code in codes:
            return at.party_label(party_letter(codes.index(code)), self._party_name(code))
        return self._party_name(code)

    def current_kind(self) -> AgreementKind:
        return AgreementKind(self.kind.currentData())

    def _kind_changed(self) -> None:
        is_council = self.current_kind() is AgreementKind.RULES_COUNCIL
        self._form_basic.setRowVisible(self.council_type_row, is_council)
        self._refresh_defaults()
        self._update_procedure_hint()
        self._refresh_event_names()

    def _parties_changed(self) -> None:
        codes = self.party_codes()
        self.role_model.set_parties(codes, [self.party_label(c) for c in codes])
        self.roles_view.resizeColumnsToContents()
        for row in self.events.rows:
            self._fill_party_combo(row.fields["party_code"], with_all=True)  # type: ignore[arg-type]
        for row in self.facilities.rows:
            self._fill_party_combo(row.fields["owner_code"])  # type: ignore[arg-type]
        for row in self.usages.rows:
            self._fill_party_combo(row.fields["party_code"])  # type: ignore[arg-type]
        self._refresh_defaults()
        self._update_procedure_hint()

    # --- 条項 ----------------------------------------------------------------------------------
    def _build_clauses(self) -> None:
        page = QWidget()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.clause_edits: dict[str, QPlainTextEdit] = {}
        labels = {
            "purpose": self.tr("目的(&P)"),
            "basic_policy": self.tr("基本方針(&H)"),
            "cost_sharing": self.tr("費用分担(&C)"),
            "liaison_meeting": self.tr("連絡会議(&M)"),
            "dispute_resolution": self.tr("紛争解決(&D)"),
            "term_text": self.tr("期間の条文(&T)"),
            "amendment": self.tr("変更・廃止(&A)"),
        }

        def clause(key: str, lines: int = 4) -> None:
            edit = self._text(lines)
            self.clause_edits[key] = edit
            self._field(form, f"clauses.{key}", labels[key], edit, TAB_CLAUSES)

        self.reset_clauses_button = QPushButton(self.tr("既定の文案に戻す(&R)"))
        self.reset_clauses_button.setObjectName("reset_clauses")
        self.reset_clauses_button.clicked.connect(self.reset_clauses)
        top = QHBoxLayout()
        note = QLabel(self.tr("文案は種類と当事者から作成されます。書き換えた条文は、種類や当事者を変えてもそのまま残ります。"))
        note.setWordWrap(True)
        top.addWidget(note, 1)
        top.addWidget(self.reset_clauses_button)

        clause("purpose")
        clause("basic_policy")
        # 連携する取組と役割分担
        self.role_model = RoleTableModel(self)
        self.roles_view = QTableView()
        self.roles_view.setObjectName("roles_table")
        self.roles_view.setModel(self.role_model)
        self.roles_view.setMinimumHeight(self.fontMetrics().height() * 6)
        self.roles_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.roles_view.horizontalHeader().setStretchLastSection(True)
        self.roles_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.roles_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.roles_view.setTabKeyNavigation(False)
        roles_box = QWidget()
        roles_col = QVBoxLayout(roles_box)
        roles_col.setContentsMargins(0, 0, 0, 0)
        roles_col.addWidget(self.roles_view)
        role_buttons = QHBoxLayout()
        add_role = QPushButton(self.tr("取組を追加(&I)"))
        add_role.setObjectName("add_role")
        add_role.clicked.connect(self.add_role_row)
        remove_role = QPushButton(self.tr("選択した取組を削除"))
        remove_role.setObjectName("remove_role")
        remove_role.clicked.connect(self.remove_role_row)
        role_buttons.addWidget(add_role)
        role_buttons.addWidget(remove_role)
        role_buttons.addStretch(1)
        roles_col.addLayout(role_buttons)
        roles_error = self._section_error("clauses.roles", TAB_CLAUSES)
        roles_col.addWidget(roles_error)
        caption = QLabel(self.tr("連携する取組と役割分担(&W)"))
        caption.setBuddy(self.roles_view)
        form.addRow(caption, roles_box)
        clause("cost_sharing")
        clause("liaison_meeting")
        self.meetings = QSpinBox()
        self.meetings.setRange(0, MAX_MEETINGS_PER_YEAR)
        self.meetings.setSuffix(self.tr(" 回／年"))
        self._field(
            form,
            "clauses.meetings_per_year",
            self.tr("連絡会議の開催回数(&Y)"),
            self.meetings,
            TAB_CLAUSES,
            hint=self.tr("連携協約・定住自立圏形成協定では、長同士の定期的な協議として年1回以上です。"),
        )
        clause("dispute_resolution")
        # 期間
        self.term_start = _date_edit()
        self.term_end = _date_edit()
        for edit in (self.term_start, self.term_end):
            edit.setPlaceholderText(self.tr("例: 令和6年4月1日"))
            edit.editingFinished.connect(self._refresh_defaults)
        self._field(form, "clauses.term_start", self.tr("期間の始期(&S)"), self.term_start, TAB_CLAUSES, hint=self.tr("空欄: 締結の日（規約は告示の日）から"))
        self._field(form, "clauses.term_end", self.tr("期間の終期(&E)"), self.term_end, TAB_CLAUSES, hint=self.tr("空欄: 期間の定めなし"))
        self.auto_renew = QCheckBox(self.tr("自動更新する(&U)"))
        self.auto_renew.toggled.connect(self._refresh_defaults)
        self.renewal_years = QSpinBox()
        self.renewal_years.setRange(1, MAX_RENEWAL_YEARS)
        self.renewal_years.setSuffix(self.tr(" 年ごと"))
        self.renewal_years.valueChanged.connect(self._refresh_defaults)
        self._field(form, "clauses.term_auto_renew", self.tr("自動更新"), self.auto_renew, TAB_CLAUSES)
        self._field(form, "clauses.term_renewal_years", self.tr("更新する年数(&G)"), self.renewal_years, TAB_CLAUSES)
        clause("term_text", 3)
        clause("amendment")

        column = QVBoxLayout(page)
        column.addLayout(top)
        column.addLayout(form)
        column.addStretch(1)
        self._add_tab(page, self.tr("条項"))

    def add_role_row(self) -> None:
        row = self.role_model.add_row()
        index = self.role_model.index(row, 0)
        self.roles_view.setCurrentIndex(index)
        self.roles_view.setFocus()
        self.roles_view.edit(index)

    def remove_role_row(self) -> None:
        index = self.roles_view.currentIndex()
        if index.isValid():
            self.role_model.remove_row(index.row())

    def _term_for_defaults(self) -> Term:
        def safe(raw: str) -> date | None:
            try:
                return parse_date(raw)
            except ParseError:
                return None

        return Term(
            safe(self.term_start.text()),
            safe(self.term_end.text()),
            self.auto_renew.isChecked(),
            self.renewal_years.value(),
        )

    def _default_values(self) -> dict[str, object]:
        pairs = [(c, self._party_name(c)) for c in self.party_codes()]
        kind = self.current_kind()
        clauses = default_clauses(kind, pairs, subject=self._subject, term=self._term_for_defaults())
        values: dict[str, object] = {key: getattr(clauses, key) for key in CLAUSE_TEXT_KEYS}
        values["term_text"] = render_term(kind, self._term_for_defaults(), len(pairs))
        values["meetings_per_year"] = clauses.meetings_per_year
        return values

    def _refresh_defaults(self) -> None:
        """Follow kind, parties and term in every clause the user has not rewritten."""
        if not hasattr(self, "meetings"):
            return
        new = self._default_values()
        for key, edit in self.clause_edits.items():
            current = edit.toPlainText()
            if current == self._defaults.get(key) or (self._fill_empty and not current.strip()):
                edit.setPlainText(str(new[key]))
        if self.meetings.value() == self._defaults.get("meetings_per_year"):
            self.meetings.setValue(int(new["meetings_per_year"]))  # type: ignore[call-overload]
        self._defaults = new

    def reset_clauses(self) -> None:
        new = self._default_values()
        for key, edit in self.clause_edits.items():
            edit.setPlainText(str(new[key]))
        if needs_liaison_meeting(self.current_kind()) and self.meetings.value() < 1:
            self.meetings.setValue(1)
        self._defaults = new

    # --- 経過 ----------------------------------------------------------------------------------
    def _build_events(self) -> None:
        page = QWidget()
        self.procedure_hint = QLabel()
        self.procedure_hint.setObjectName("procedure_hint")
        self.procedure_hint.setWordWrap(True)
        self.events = EntryList("events", [self.tr("経過"), self.tr("団体"), self.tr("日付"), self.tr("メモ")], stretch=3)
        self.events.setObjectName("events")
        add = QPushButton(self.tr("経過を追加(&E)"))
        add.setObjectName("add_event")
        add.clicked.connect(lambda: self.add_event(EventKind.CONSULTATION_START, None, None))
        standard = QPushButton(self.tr("標準の手続を追加(&S)"))
        standard.setObjectName("add_standard_events")
        standard.setToolTip(self.tr("まだない手続（協議開始、各団体の議会議決、締結、告示、届出/許可、施行）を日付なしで追加します"))
        standard.clicked.connect(self.add_standard_events)
        order = QPushButton(self.tr("日付順に並べる(&O)"))
        order.setObjectName("sort_events")
        order.clicked.connect(self.sort_events)
        buttons = QHBoxLayout()
        for button in (add, standard, order):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout(page)
        column.addWidget(self.procedure_hint)
        column.addWidget(self.events)
        column.addWidget(self._section_error("events", TAB_EVENTS))
        column.addLayout(buttons)
        column.addStretch(1)
        self._add_tab(page, self.tr("経過"))

    def _fill_party_combo(self, combo: QComboBox, *, with_all: bool = False) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        if with_all:
            combo.addItem(self.tr("（全体）"), None)
        for code in self.party_codes():
            combo.addItem(self.party_label(code), code)
        index = combo.findData(current)
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)

    def _refresh_event_names(self) -> None:
        kind = self.current_kind()
        for row in self.events.rows:
            combo: QComboBox = row.fields["kind"]  # type: ignore[assignment]
            for i in range(combo.count()):
                combo.setItemText(i, at.event_name(EventKind(combo.itemData(i)), kind))

    def add_event(self, kind: EventKind, day: date | None, party: str | None, note: str = "") -> _Row:
        kind_combo = QComboBox()
        for value in EventKind:
            kind_combo.addItem(at.event_name(value, self.current_kind()), value.value)
        kind_combo.setCurrentIndex(kind_combo.findData(kind.value))
        party_combo = QComboBox()
        date_edit = _date_edit(day)
        date_edit.setPlaceholderText(self.tr("例: 令和6年4月1日"))
        note_edit = QLineEdit(note)
        row = self.events.add({"kind": kind_combo, "party_code": party_combo, "date": date_edit, "note": note_edit})
        self._fill_party_combo(party_combo, with_all=True)
        party_combo.setCurrentIndex(max(0, party_combo.findData(party)))
        date_edit.editingFinished.connect(lambda r=row: self._check_row(self.events, r))
        return row

    def add_standard_events(self) -> None:
        kind = self.current_kind()
        present = {(EventKind(r.fields["kind"].currentData()), r.fields["party_code"].currentData()) for r in self.events.rows}  # type: ignore[attr-defined]
        wanted: list[tuple[EventKind, str | None]] = [(EventKind.CONSULTATION_START, None)]
        council = CouncilType(self.council_type.currentData()) if self.council_type.currentData() else None
        if kind_resolution_required(kind, council):
            wanted += [(EventKind.COUNCIL_RESOLUTION, code) for code in self.party_codes()]
        wanted.append((EventKind.CONCLUSION, None))
        if kind_approval(kind) is not ApprovalKind.NONE:
            wanted += [(EventKind.PUBLIC_NOTICE, None), (EventKind.FILING, None)]
        wanted.append((EventKind.EFFECTIVE, None))
        for event_kind, party in wanted:
            if (event_kind, party) not in present:
                self.add_event(event_kind, None, party)

    def sort_events(self) -> None:
        def key(row: _Row) -> tuple[int, date, int]:
            try:
                day = parse_date(row.fields["date"].text())  # type: ignore[attr-defined]
            except ParseError:
                day = None
            kind = list(EventKind).index(EventKind(row.fields["kind"].currentData()))  # type: ignore[attr-defined]
            return (0, day, kind) if day is not None else (1, date.max, kind)

        self.events.sort_rows(key)

    def _update_procedure_hint(self) -> None:
        kind = self.current_kind()
        council = CouncilType(self.council_type.currentData()) if self.council_type.currentData() else None
        resolution = (
            self.tr("各当事者の議会の議決が必要です。")
            if kind_resolution_required(kind, council)
            else self.tr("議会の議決は不要です。")
        )
        approval = kind_approval(kind)
        if approval is ApprovalKind.NONE:
            filing = self.tr("届出・許可の手続はありません。")
        else:
            probe = Agreement(kind, "", tuple(AgreementParty(c, party_letter(i)) for i, c in enumerate(self.party_codes())))
            whom = at.authority_name(probe.authority)
            filing = (
                self.tr("許可: {0}。").format(whom)
                if approval is ApprovalKind.PERMISSION
                else self.tr("届出先: {0}。").format(whom)
            )
        self.procedure_hint.setText(
            self.tr("{0}: {1}{2}").format(at.kind_name(kind), resolution, filing)
            + "\n"
            + self.tr("保存するときに日付の前後関係（議決は協議開始の後、施行は締結の後 など）を確認します。")
        )

    # --- 施設の相互利用 ------------------------------------------------------------------------
    def _build_facilities(self) -> None:
        page = QWidget()
        intro = QLabel(self.tr("ある団体が所有する施設を、ほかの団体の住民も利用する場合に記録します（例: 甲の介護施設を甲・乙の住民が利用）。利用割合は利用割による費用分担の基礎になります。"))
        intro.setWordWrap(True)
        facilities_box = QGroupBox(self.tr("施設"))
        self.facilities = EntryList("facilities", [self.tr("施設名"), self.tr("所有団体"), self.tr("施設の種類"), self.tr("利用の単位")], stretch=0)
        self.facilities.setObjectName("facilities")
        self.facilities.changed.connect(self._facilities_changed)
        add_facility = QPushButton(self.tr("施設を追加(&F)"))
        add_facility.setObjectName("add_facility")
        add_facility.clicked.connect(lambda: self.add_facility("", None))
        col = QVBoxLayout(facilities_box)
        col.addWidget(self.facilities)
        col.addWidget(self._section_error("facilities", TAB_FACILITIES))
        line = QHBoxLayout()
        line.addWidget(add_facility)
        line.addStretch(1)
        col.addLayout(line)

        usages_box = QGroupBox(self.tr("利用実績（団体別・期間別）"))
        self.usages = EntryList("usages", [self.tr("施設"), self.tr("利用した住民の団体"), self.tr("期間の初日"), self.tr("期間の末日"), self.tr("利用量")], stretch=0)
        self.usages.setObjectName("usages")
        add_usage = QPushButton(self.tr("利用実績を追加(&U)"))
        add_usage.setObjectName("add_usage")
        add_usage.clicked.connect(lambda: self.add_usage("", None, None, None, None))
        col = QVBoxLayout(usages_box)
        col.addWidget(self.usages)
        col.addWidget(self._section_error("usages", TAB_FACILITIES))
        line = QHBoxLayout()
        line.addWidget(add_usage)
        line.addStretch(1)
        col.addLayout(line)

        shares_box = QGroupBox(self.tr("利用割合"))
        self.share_start = _date_edit()
        self.share_end = _date_edit()
        for edit in (self.share_start, self.share_end):
            edit.setPlaceholderText(self.tr("例: 令和6年4月1日"))
            edit.editingFinished.connect(self.update_shares)
        start_label = QLabel(self.tr("集計期間(&P):"))
        start_label.setBuddy(self.share_start)
        compute = QPushButton(self.tr("集計(&T)"))
        compute.setObjectName("compute_shares")
        compute.clicked.connect(self.update_shares)
        period = QHBoxLayout()
        period.addWidget(start_label)
        period.addWidget(self.share_start)
        period.addWidget(QLabel(self.tr("から")))
        period.addWidget(self.share_end)
        period.addWidget(QLabel(self.tr("まで")))
        period.addWidget(compute)
        period.addStretch(1)
        self.share_model = UsageShareModel(self)
        self.shares_view = QTableView()
        self.shares_view.setObjectName("shares_table")
        self.shares_view.setModel(self.share_model)
        self.shares_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.shares_view.horizontalHeader().setStretchLastSection(True)
        self.shares_view.setMinimumHeight(self.fontMetrics().height() * 7)
        self.share_note = QLabel()
        self.share_note.setObjectName("share_note")
        self.share_note.setWordWrap(True)
        col = QVBoxLayout(shares_box)
        col.addLayout(period)
        col.addWidget(self.shares_view)
        col.addWidget(self.share_note)

        column = QVBoxLayout(page)
        column.addWidget(intro)
        column.addWidget(facilities_box)
        column.addWidget(usages_box)
        column.addWidget(shares_box)
        column.addStretch(1)
        self._add_tab(page, self.tr("施設の相互利用"))
        self.tabs.currentChanged.connect(lambda index: self.update_shares() if index == TAB_FACILITIES else None)

    def add_facility(self, name: str, owner: str | None, kind: str = "", unit: str = "") -> _Row:
        name_edit, owner_combo, kind_edit, unit_edit = QLineEdit(name), QComboBox(), QLineEdit(kind), QLineEdit(unit)
        kind_edit.setPlaceholderText(self.tr("例: 介護施設"))
        unit_edit.setPlaceholderText(self.tr("例: 延べ利用者数"))
        row = self.facilities.add({"name": name_edit, "owner_code": owner_combo, "kind": kind_edit, "usage_unit": unit_edit})
        self._fill_party_combo(owner_combo)
        owner_combo.setCurrentIndex(max(0, owner_combo.findData(owner)))
        name_edit.editingFinished.connect(self._facilities_changed)
        return row

    def facility_names(self) -> list[str]:
        return [n for n in (r.fields["name"].text().strip() for r in self.facilities.rows) if n]  # type: ignore[attr-defined]

    def _facilities_changed(self) -> None:
        names = self.facility_names()
        for row in self.usages.rows:
            combo: QComboBox = row.fields["facility"]  # type: ignore[assignment]
            current = combo.currentText()
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(names)
            if current and current not in names:
                combo.addItem(current)
            combo.setCurrentIndex(max(0, combo.findText(current)))
            combo.blockSignals(False)

    def add_usage(self, facility: str, party: str | None, start: date | None, end: date | None, amount: Decimal | None) -> _Row:
        facility_combo, party_combo = QComboBox(), QComboBox()
        start_edit, end_edit = _date_edit(start), _date_edit(end)
        amount_edit = QLineEdit("" if amount is None else _number_text(amount))
        amount_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        row = self.usages.add(
            {"facility": facility_combo, "party_code": party_combo, "period_start": start_edit, "period_end": end_edit, "amount": amount_edit}
        )
        names = self.facility_names()
        facility_combo.addItems(names)
        if facility and facility not in names:
            facility_combo.addItem(facility)
        facility_combo.setCurrentIndex(max(0, facility_combo.findText(facility)))
        self._fill_party_combo(party_combo)
        party_combo.setCurrentIndex(max(0, party_combo.findData(party)))
        for edit in (start_edit, end_edit, amount_edit):
            edit.editingFinished.connect(lambda r=row: self._check_row(self.usages, r))
        return row

    def _usage_records(self) -> tuple[tuple[Facility, ...], tuple[FacilityUsage, ...]]:
        """Facilities and usage rows that parse (others are skipped here and named on saving)."""
        facilities = tuple(
            Facility(r.fields["name"].text().strip(), r.fields["owner_code"].currentData() or "", usage_unit=r.fields["usage_unit"].text().strip())  # type: ignore[attr-defined]
            for r in self.facilities.rows
            if r.fields["name"].text().strip()  # type: ignore[attr-defined]
        )
        usages = []
        for r in self.usages.rows:
            try:
                start = parse_date(r.fields["period_start"].text())  # type: ignore[attr-defined]
                end = parse_date(r.fields["period_end"].text())  # type: ignore[attr-defined]
                amount = parse_decimal(r.fields["amount"].text())  # type: ignore[attr-defined]
            except ParseError:
                continue
            party = r.fields["party_code"].currentData()  # type: ignore[attr-defined]
            facility = r.fields["facility"].currentText()  # type: ignore[attr-defined]
            if start and end and amount is not None and amount >= 0 and party and facility:
                usages.append(FacilityUsage(facility, party, start, end, amount))
        return facilities, tuple(usages)

    def _default_share_period(self, usages: Sequence[FacilityUsage]) -> tuple[date, date]:
        """The 年度 (April–March) of the latest usage record, or of today."""
        last = max((u.period_end for u in usages), default=date.today())
        year = last.year if last.month >= 4 else last.year - 1
        return date(year, 4, 1), date(year + 1, 3, 31)

    def update_shares(self) -> None:
        facilities, usages = self._usage_records()
        if not self.share_start.text().strip() and not self.share_end.text().strip():
            start, end = self._default_share_period(usages)
            self.share_start.setText(at.date_text(start))
            self.share_end.setText(at.date_text(end))
        try:
            start, end = parse_date(self.share_start.text()), parse_date(self.share_end.text())
        except ParseError:
            start = end = None
        if start is None or end is None or end < start:
            self.share_model.set_figures([], self.party_label)
            self.share_note.setText(self.tr("集計期間の初日と末日を正しく入れてください（例: 令和6年4月1日）。"))
            return
        probe = Agreement(AgreementKind.INFORMAL, "", (), facilities=facilities, usages=usages)
        figures: list[UsageFigures] = [facility_usage(probe, f.name, start, end) for f in facilities]
        ordered = [self._in_party_order(f) for f in figures]
        self.share_model.set_figures(ordered, self.party_label)
        self.shares_view.resizeColumnsToContents()
        notes = []
        for f in ordered:
            missing = [self.party_label(c) for c in self.party_codes() if c not in f.by_party]
            if missing and f.by_party:
                notes.append(self.tr("「{0}」: {1} の利用実績は未入力です（割合はほかの団体の間で計算しています）。").format(f.facility, texts.join(missing)))
            if f.straddling:
                notes.append(self.tr("「{0}」: 集計期間をまたぐ利用実績が{1}件あり、集計に含めていません（按分はしません）。").format(f.facility, len(f.straddling)))
        if not facilities:
            notes.append(self.tr("施設がまだありません。"))
        self.share_note.setText("\n".join(notes))

    def _in_party_order(self, figures: UsageFigures) -> UsageFigures:
        codes = self.party_codes()
        ordered = {c: figures.by_party[c] for c in codes if c in figures.by_party}
        ordered.update({c: v for c, v in figures.by_party.items() if c not in ordered})
        return UsageFigures(figures.facility, figures.owner_code, figures.unit, figures.period_start, figures.period_end, ordered, figures.straddling)

    # --- loading and values --------------------------------------------------------------------
    def _load(self, agreement: Agreement) -> None:
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(max(0, self.kind.findData(agreement.kind.value)))
        self.kind.blockSignals(False)
        self.council_type.setCurrentIndex(max(0, self.council_type.findData(agreement.council_type.value if agreement.council_type else "")))
        self.title_edit.setText(agreement.title)
        self.plan.setCurrentIndex(max(0, self.plan.findData(agreement.plan_id)))
        self.notes.setPlainText(agreement.notes)
        self.parties.blockSignals(True)
        for p in agreement.parties:
            self.add_party(p.code, p.joined, p.left)
        self.parties.blockSignals(False)
        c = agreement.clauses
        for key, edit in self.clause_edits.items():
            edit.setPlainText(getattr(c, key))
        self.meetings.setValue(c.meetings_per_year)
        self.term_start.setText(_date_text(c.term.start))
        self.term_end.setText(_date_text(c.term.end))
        self.auto_renew.blockSignals(True)
        self.auto_renew.setChecked(c.term.auto_renew)
        self.auto_renew.blockSignals(False)
        self.renewal_years.blockSignals(True)
        self.renewal_years.setValue(max(1, c.term.renewal_years))
        self.renewal_years.blockSignals(False)
        self.role_model.set_rows([(r.initiative, r.roles) for r in c.roles])
        for e in agreement.events:
            self.add_event(e.kind, e.date, e.party_code, e.note)
        for f in agreement.facilities:
            self.add_facility(f.name, f.owner_code, f.kind, f.usage_unit)
        for u in agreement.usages:
            self.add_usage(u.facility, u.party_code, u.period_start, u.period_end, u.amount)
        # The texts a new agreement would get: clauses still equal to them follow kind and parties.
        self._defaults = self._default_values()
        self._parties_changed()
        self._kind_changed()

    def values(self) -> dict[str, object]:
        def text(widget: QWidget) -> str:
            return widget.text()  # type: ignore[attr-defined]

        return {
            "kind": self.kind.currentData(),
            "title": self.title_edit.text(),
            "notes": self.notes.toPlainText(),
            "plan_id": self.plan.currentData(),
            "council_type": self.council_type.currentData() or "",
            "parties": [
                {"code": r.data["code"], "joined": text(r.fields["joined"]), "left": text(r.fields["left"])}
                for r in self.parties.rows
            ],
            "clauses": {
                **{key: edit.toPlainText() for key, edit in self.clause_edits.items()},
                "roles": self.role_model.to_input(),
                "meetings_per_year": self.meetings.value(),
                "term_start": self.term_start.text(),
                "term_end": self.term_end.text(),
                "term_auto_renew": self.auto_renew.isChecked(),
                "term_renewal_years": self.renewal_years.value(),
            },
            "events": [
                {
                    "kind": r.fields["kind"].currentData(),  # type: ignore[attr-defined]
                    "date": text(r.fields["date"]),
                    "party_code": r.fields["party_code"].currentData(),  # type: ignore[attr-defined]
                    "note": text(r.fields["note"]),
                }
                for r in self.events.rows
            ],
            "facilities": [
                {
                    "name": text(r.fields["name"]),
                    "owner_code": r.fields["owner_code"].currentData() or "",  # type: ignore[attr-defined]
                    "kind": text(r.fields["kind"]),
                    "usage_unit": text(r.fields["usage_unit"]),
                }
                for r in self.facilities.rows
            ],
            "usages": [
                {
                    "facility": r.fields["facility"].currentText(),  # type: ignore[attr-defined]
                    "party_code": r.fields["party_code"].currentData() or "",  # type: ignore[attr-defined]
                    "period_start": text(r.fields["period_start"]),
                    "period_end": text(r.fields["period_end"]),
                    "amount": text(r.fields["amount"]),
                }
                for r in self.usages.rows
            ],
        }

    # --- validation ----------------------------------------------------------------------------
    def _targets(self) -> list[_Target]:
        targets = list(self._static)
        for rows, tab in ((self.parties, TAB_BASIC), (self.events, TAB_EVENTS), (self.facilities, TAB_FACILITIES), (self.usages, TAB_FACILITIES)):
            for row in rows.rows:
                targets.append(_Target(rows.key_of(row), row.error, None, tab, row))
        return targets

    @staticmethod
    def _matches(key: str, path: str) -> bool:
        return path == key or path.startswith(key + ".") or path.startswith(key + "[")

    def _route(self, issues: Sequence[ValidationIssue]) -> dict[int, list[ValidationIssue]]:
        """Issues per target (by position in ``_targets()``); -1 for those with no place of their own."""
        targets = self._targets()
        routed: dict[int, list[ValidationIssue]] = {}
        for issue in issues:
            best, length = -1, -1
            for position, target in enumerate(targets):
                if self._matches(target.key, issue.field) and len(target.key) > length:
                    best, length = position, len(target.key)
            routed.setdefault(best, []).append(issue)
        return routed

    def issue_text(self, issue: ValidationIssue) -> str:
        return at.issue_text(issue, self.party_label)

    def _show(self, target: _Target, issues: Sequence[ValidationIssue]) -> None:
        text = (WARNING_MARK + " ".join(self.issue_text(i) for i in issues)) if issues else ""
        target.label.setText(text)
        target.label.setVisible(bool(issues))
        widgets = [target.widget] if target.widget is not None else []
        if target.row is not None:
            bad = {i.field.rsplit(".", 1)[-1] for i in issues}
            for key, widget in target.row.fields.items():
                widget.setProperty("invalid", key in bad)
                widget.setAccessibleDescription(text if key in bad else "")
        for widget in widgets:
            widget.setProperty("invalid", bool(issues))
            widget.setAccessibleDescription(text)

    def _show_errors(self, failure: ValidationFailed | None) -> None:
        routed = self._route(failure.issues if failure else [])
        per_tab = [0] * self.tabs.count()
        for position, target in enumerate(self._targets()):
            issues = routed.get(position, [])
            self._show(target, issues)
            per_tab[target.tab] += len(issues)
        for tab, count in enumerate(per_tab):
            title = self._tab_titles[tab]
            self.tabs.setTabText(tab, WARNING_MARK + self.tr("{0}（{1}）").format(title, count) if count else title)
        self._unplaced = routed.get(-1, [])

    def _check_row(self, rows: EntryList, row: _Row) -> None:
        """After a date or amount in ``row`` is typed: its own messages only."""
        if row not in rows.rows:
            return
        key = rows.key_of(row)
        try:
            self._service.parse(self.values(), base=self._base)
            issues: list[ValidationIssue] = []
        except ValidationFailed as failure:
            issues = [i for i in failure.issues if self._matches(key, i.field)]
        self._show(_Target(key, row.error, None, 0, row), issues)

    def accept(self) -> None:  # noqa: D102
        try:
            agreement = self._service.parse(self.values(), base=self._base)
        except ValidationFailed as failure:
            self._show_errors(failure)
            extra = "".join("\n" + WARNING_MARK + self.issue_text(i) for i in self._unplaced)
            self.summary.setText(
                self.tr("入力内容に誤りがあります（{0}件）。⚠の付いたタブと赤字の項目を修正してください。保存はしていません。").format(len(failure.issues))
                + extra
            )
            self.summary.show()
            shown = [t for t in self._targets() if t.label.text()]
            if shown:
                first = min(shown, key=lambda t: t.tab)
                self.tabs.setCurrentIndex(first.tab)
                focus = first.widget
                if first.row is not None:
                    fields = list(first.row.fields.values())
                    focus = next((w for w in fields if w.property("invalid")), fields[-1])
                if focus is not None:
                    focus.setFocus(Qt.FocusReason.OtherFocusReason)
                    area = self.tabs.widget(first.tab)
                    if isinstance(area, QScrollArea):
                        area.ensureWidgetVisible(first.label, 0, self.fontMetrics().height() * 3)
                        area.ensureWidgetVisible(focus)
            return
        self._show_errors(None)
        self.summary.hide()
        self.result_agreement = agreement
        super().accept()


class PartyPickerDialog(QDialog):
    """Choose a municipality or a prefecture as a party (kanji, kana or code search)."""

    def __init__(self, municipalities: Sequence[Municipality], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("当事者を選ぶ"))
        self.setObjectName("PartyPickerDialog")
        self.picker = MunicipalityPicker(self, show_stats=False)
        self.picker.set_municipalities(list(municipalities))
        self.picker.table.doubleClicked.connect(lambda _i: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("選択"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("キャンセル"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        note = QLabel(self.tr("都道府県を当事者にするときは、種別で「都道府県」を選ぶと探しやすくなります。"))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.picker, 1)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.horizontalAdvance("あ") * 48, metrics.height() * 30)
        self.picker.search.setFocus()

    def choose(self) -> Municipality | None:
        return self.picker.current() if self.exec() else None
