"""Agreements and their lifecycle (協定・規約): list with filters, create from a chosen plan or by hand,
edit in tabs, delete with undo, the selected agreement's parties, events and members on a date."""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QTableView,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.agreements import Agreement, AgreementKind, Clauses, EventKind, active_members
from ...domain.errors import ValidationFailed
from ...domain.normalize import ParseError, parse_date
from .. import agreement_texts as at
from .. import texts
from ..conflicts import save_with_conflict_check
from ..dialogs.agreement_editor import AgreementEditorDialog
from ..models.agreement_models import AgreementFilterProxy, AgreementTableModel, next_review
from ..undo_commands import AddRecordCommand, DeleteRecordCommand, EditRecordCommand

if TYPE_CHECKING:
    from ...domain.municipalities import Municipality
    from ...domain.plans import Plan
    from ...services.container import Services


class AgreementsPage(QWidget):
    """Hosted page (see MainWindow): ``on_services``, ``on_profile``, ``focus_record``."""

    read_only = False  # follows MainWindow.read_only_changed: no add, edit or delete

    def __init__(self, window: QWidget):
        super().__init__()
        self.setObjectName("AgreementsPage")
        self._window = window
        self._services: Services | None = None
        self._municipalities: dict[str, Municipality] = {}
        self._dirty = True

        self.model = AgreementTableModel(self)
        self.proxy = AgreementFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setObjectName("agreements_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("名称・当事者の名前・よみがなで絞り込み（Ctrl+F）"))
        self.search.textChanged.connect(self._filter_changed)
        self.kind = QComboBox()
        self.kind.setObjectName("agreements_kind")
        self.kind.addItem(self.tr("すべての種類"), None)
        for kind in AgreementKind:
            self.kind.addItem(at.kind_name(kind), kind.value)
        self.kind.currentIndexChanged.connect(self._filter_changed)
        self.in_force = QCheckBox(self.tr("施行中のみ(&I)"))
        self.in_force.setObjectName("agreements_in_force")
        self.in_force.toggled.connect(self._filter_changed)

        self.table = QTableView()
        self.table.setObjectName("agreements_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.activated.connect(lambda _i: self.edit_selected())

        self.detail = QTextBrowser()
        self.detail.setObjectName("agreement_detail")
        self.detail.setOpenLinks(False)
        self.member_date = QLineEdit()
        self.member_date.setObjectName("member_date")
        self.member_date.setPlaceholderText(self.tr("例: 令和6年4月1日"))
        self.member_date.editingFinished.connect(self._update_members)
        texts.fit_date_field(self.member_date)
        member_label = QLabel(self.tr("構成団体の確認日(&D):"))
        member_label.setBuddy(self.member_date)
        self.members = QLabel()
        self.members.setObjectName("members_on_date")
        self.members.setWordWrap(True)
        self.members.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = QLabel()
        self.summary.setObjectName("agreements_summary")

        self.actions_by_name: dict[str, QAction] = {}
        bar = QHBoxLayout()
        label = QLabel(self.tr("絞り込み(&F):"))
        label.setBuddy(self.search)
        bar.addWidget(label)
        bar.addWidget(self.search, 3)
        bar.addWidget(self.kind, 1)
        bar.addWidget(self.in_force)
        for name, text, shortcut, slot in (
            ("new", self.tr("新規作成"), QKeySequence.StandardKey.New, self.add_blank),
            ("from_plan", self.tr("連携案から作成"), QKeySequence("Ctrl+Shift+N"), self.add_from_plan),
            ("edit", self.tr("編集"), QKeySequence("F2"), self.edit_selected),
            ("delete", self.tr("削除"), QKeySequence.StandardKey.Delete, self.delete_selected),
            ("draft", self.tr("協定書（案）を出力"), QKeySequence("Ctrl+Shift+P"), self.export_draft),
        ):
            action = QAction(text, self)
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            action.setObjectName(f"action_{name}")
            action.setToolTip(f"{text} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
            self.addAction(action)
            self.actions_by_name[name] = action
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setObjectName(f"button_{name}")
            bar.addWidget(button)
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        self.addAction(find)

        lower = QWidget()
        lower_col = QVBoxLayout(lower)
        lower_col.setContentsMargins(0, 0, 0, 0)
        lower_col.addWidget(self.detail, 1)
        member_row = QHBoxLayout()
        member_row.addWidget(member_label)
        member_row.addWidget(self.member_date)
        member_row.addWidget(self.members, 1)
        lower_col.addLayout(member_row)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset, self.proxy.layoutChanged):
            signal.connect(self._update_summary)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._update_actions()
        read_only_changed = getattr(window, "read_only_changed", None)
        if read_only_changed is not None:
            read_only_changed.connect(self.set_read_only)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._update_actions()

    # --- host protocol ---------------------------------------------------------------------------
    def on_services(self, services: Services) -> None:
        self._services = services
        self._municipalities = {}
        self._dirty = True
        if self.isVisible():
            self.reload()
        self._update_actions()

    def on_profile(self, profile: object, home: object) -> None:
        self._dirty = True  # demo data or another home town: read again when shown
        if self.isVisible():
            self.reload()

    def focus_record(self, record_id: object) -> None:
        self.ensure_loaded()
        agreement_id = int(record_id)  # type: ignore[call-overload]
        if self.model.row_of(agreement_id) < 0:
            return
        if not self.proxy.mapFromSource(self.model.index(self.model.row_of(agreement_id), 0)).isValid():
            self.clear_filters()
        self.select_agreement(agreement_id)
        self.table.setFocus()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self.ensure_loaded()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange:  # zoom: columns and rows follow the new text size
            self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
            self.table.resizeColumnsToContents()
            texts.fit_date_field(self.member_date)
        super().changeEvent(event)

    def today(self) -> date:  # replaced in tests
        return date.today()

    # --- loading -------------------------------------------------------------------------------
    def ensure_loaded(self) -> None:
        if self._dirty and self._services is not None:
            self.reload()

    def reload(self) -> None:
        if self._services is None:
            return
        self._dirty = False
        if not self._municipalities:
            self._municipalities = {m.code: m for m in self._services.municipalities.all()}
        selected = self.selected_agreement()
        self.model.set_agreements(self._services.agreements.list_all(), self.today(), self.name_of, self.kana_of)
        self.table.resizeColumnsToContents()
        if not self.member_date.text():
            self.member_date.setText(at.date_text(self.today()))
        if selected is not None and selected.id is not None:
            self.select_agreement(selected.id)
        elif self.proxy.rowCount():
            self.table.selectRow(0)
        self._update_summary()
        self._show_detail()

    def name_of(self, code: str) -> str:
        m = self._municipalities.get(code)
        return m.name if m is not None else code

    def kana_of(self, code: str) -> str:
        m = self._municipalities.get(code)
        return m.kana if m is not None else ""

    def _filter_changed(self, *_args: object) -> None:
        self.proxy.set_text(self.search.text())
        value = self.kind.currentData()
        self.proxy.set_kind(AgreementKind(value) if value else None)
        self.proxy.set_in_force_only(self.in_force.isChecked())
        self._update_summary()

    def clear_filters(self) -> None:
        self.search.clear()
        self.kind.setCurrentIndex(0)
        self.in_force.setChecked(False)

    def _update_summary(self, *_args: object) -> None:
        self.summary.setText(
            self.tr("{0}件を表示（全{1}件）　本日: {2}").format(self.proxy.rowCount(), self.model.rowCount(), at.date_text(self.today()))
        )
        self._update_actions()

    def _update_actions(self, *_args: object) -> None:
        ready = self._services is not None and not self.read_only
        selected = self._services is not None and self.selected_agreement() is not None
        for name in ("new", "from_plan"):
            self.actions_by_name[name].setEnabled(ready)
        for name in ("edit", "delete"):
            self.actions_by_name[name].setEnabled(ready and selected)
        self.actions_by_name["draft"].setEnabled(selected)  # printing writes nothing: also when read-only

    # --- selection and detail ------------------------------------------------------------------
    def selected_agreement(self) -> Agreement | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self.model.agreement(self.proxy.mapToSource(rows[0]).row())

    def select_agreement(self, agreement_id: int) -> None:
        row = self.model.row_of(agreement_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.scrollTo(index)

    def _selection_changed(self, *_args: object) -> None:
        self._update_actions()
        self._show_detail()

    def _party(self, agreement: Agreement, code: str) -> str:
        return at.party_label(agreement.letter_of(code), self.name_of(code))

    def _show_detail(self) -> None:
        agreement = self.selected_agreement()
        if agreement is None:
            self.detail.setHtml(html.escape(self.tr("協定・規約を選ぶと、当事者と経過がここに表示されます。")))
            self._update_members()
            return
        e = html.escape
        today = self.today()
        status = at.status_of(agreement, today)
        lines = [f"<h3>{e(agreement.title)}</h3>"]
        lines.append(
            "<p>{}: {}&emsp;&emsp;{}: {}</p>".format(  # two em spaces: apart in English too
                e(self.tr("種類")), e(at.kind_name(agreement.kind)), e(self.tr("状況（本日）")), e(at.status_label(status))
            )
        )
        if agreement.plan_id is not None and self._services is not None:
            plan = self._services.plans.get(agreement.plan_id)
            if plan is not None:
                lines.append("<p>{}: {}</p>".format(e(self.tr("連携案")), e(plan.name)))
        review = next_review(agreement, today)
        if review is not None:
            due = self.tr("{0}（{1}、{2}）").format(
                at.date_text(review.due), at.review_reason_name(review.reason), at.days_left_text(review.days_left)
            )
            lines.append("<p>{}: {}</p>".format(e(self.tr("次の見直し")), e(due)))
        parties = []
        for p in agreement.parties:
            m = self._municipalities.get(p.code)
            span = []
            if p.joined is not None:
                span.append(self.tr("{0}加入").format(at.date_text(p.joined)))
            if p.left is not None:
                span.append(self.tr("{0}脱退").format(at.date_text(p.left)))
            party = at.party_label(p.letter, m.display_name if m else p.code)
            if span:
                party = texts.bracketed(party, self.tr("、").join(span))
            parties.append(f"<li>{e(party)}</li>")
        lines.append("<p><b>{}</b></p><ul>{}</ul>".format(e(self.tr("当事者")), "".join(parties)))
        events = sorted(agreement.events, key=lambda ev: (ev.date, list(EventKind).index(ev.kind)))
        if events:
            items = []
            for ev in events:
                what = at.event_name(ev.kind, agreement.kind)
                if ev.party_code:
                    what = texts.bracketed(what, self._party(agreement, ev.party_code))
                note = f"　{ev.note}" if ev.note else ""
                items.append(f"<li>{e(at.date_text(ev.date))}　{e(what)}{e(note)}</li>")
            lines.append("<p><b>{}</b></p><ul>{}</ul>".format(e(self.tr("経過")), "".join(items)))
        else:
            lines.append("<p>{}</p>".format(e(self.tr("経過はまだ記録されていません。"))))
        if agreement.facilities:
            names = self.tr("、").join(texts.bracketed(f.name, self.name_of(f.owner_code)) for f in agreement.facilities)
            lines.append("<p>{}: {}</p>".format(e(self.tr("相互利用する施設")), e(names)))
        self.detail.setHtml("".join(lines))
        self._update_members()

    def _update_members(self) -> None:
        agreement = self.selected_agreement()
        if agreement is None:
            self.members.setText("")
            return
        try:
            day = parse_date(self.member_date.text())
        except ParseError:
            self.members.setText(self.tr("⚠ 日付の形式が正しくありません。例: 令和6年4月1日、2024-04-01"))
            return
        day = day or self.today()
        members = active_members(agreement, day)
        if not members:
            self.members.setText(self.tr("{0}時点では、この協定の効力はありません（施行前または廃止後）。").format(at.date_text(day)))
            return
        self.members.setText(
            self.tr("{0}時点の構成団体（{1}団体）: {2}").format(
                at.date_text(day), len(members), self.tr("、").join(self._party(agreement, c) for c in members)
            )
        )

    # --- hooks tests replace (modal dialogs) -------------------------------------------------------
    def run_editor(self, agreement: Agreement, title: str, subject: str = "") -> Agreement | None:
        assert self._services is not None
        dialog = AgreementEditorDialog(
            self._services.agreements,
            agreement,
            municipalities=self._municipalities,
            plans=self._services.plans.list_all(),
            subject=subject,
            title=title,
            parent=self,
        )
        return dialog.result_agreement if dialog.exec() else None

    def choose_plan(self, plans: list[Plan]) -> Plan | None:
        dialog = PlanChooserDialog(plans, self._plan_label, self)
        return dialog.chosen if dialog.exec() else None

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No
        )
        return answer == QMessageBox.StandardButton.Yes

    def show_failure(self, failure: ValidationFailed) -> None:
        QMessageBox.warning(self, self.tr("保存できません"), "\n".join(at.issue_text(i, self.name_of) for i in failure.issues))

    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self, title, text)

    # --- refresh from commands -----------------------------------------------------------------
    def apply_change(self, saved: Agreement | None, removed_id: int | None) -> None:
        if removed_id is not None:
            self.model.remove(removed_id)
        if saved is not None:
            self.model.upsert(saved)
            if saved.id is not None:
                if not self.proxy.mapFromSource(self.model.index(self.model.row_of(saved.id), 0)).isValid():
                    self.clear_filters()
                self.select_agreement(saved.id)
        self._update_summary()
        self._show_detail()
        banner = getattr(self._window, "hosted_pages", {}).get("notice:ReviewsBanner")
        refresh = getattr(banner, "refresh", None)
        if refresh is not None:
            refresh()

    # --- actions -------------------------------------------------------------------------------
    def chosen_plans(self) -> list[Plan]:
        assert self._services is not None
        return [p for p in self._services.plans.list_all() if p.chosen]

    def _plan_label(self, plan: Plan) -> str:
        """Two lines: the plan's name, then its method, parties, duty and whether an agreement exists."""
        assert self._services is not None
        duty = self._services.catalogue.get(plan.duty_id)
        names = "・".join(self.name_of(c) for c in plan.party_codes)
        details = self.tr("{0}　当事者: {1}　事務: {2}").format(
            texts.method_name(plan.method), names, duty.name if duty is not None else "—"
        )
        if any(a.plan_id == plan.id for a in self.model.agreements()):
            details += self.tr("　［この案の協定は作成済みです］")
        return f"{plan.name}\n{details}"

    def add_blank(self) -> None:
        if self._services is None:
            return
        self.ensure_loaded()
        draft = Agreement(kind=AgreementKind.COMPACT, title="", parties=(), clauses=Clauses(meetings_per_year=1))
        agreement = self.run_editor(draft, self.tr("協定・規約の新規作成"))
        if agreement is not None:
            self.save_new(agreement)

    def add_from_plan(self) -> None:
        if self._services is None:
            return
        self.ensure_loaded()
        plans = self.chosen_plans()
        if not plans:
            self.inform(
                self.tr("連携案から作成"),
                self.tr("採用した連携案がありません。「連携案」のページで案を採用してから作成してください。"),
            )
            return
        plan = self.choose_plan(plans)
        if plan is None or plan.id is None:
            return
        duty = self._services.catalogue.get(plan.duty_id)
        subject = duty.name if duty is not None else ""
        try:
            draft = self._services.agreements.draft_from_plan(plan.id, subject=subject)
        except ValidationFailed as failure:
            self.show_failure(failure)
            return
        agreement = self.run_editor(draft, self.tr("連携案から作成: {0}").format(plan.name), subject)
        if agreement is not None:
            self.save_new(agreement)

    def save_new(self, agreement: Agreement) -> Agreement | None:
        assert self._services is not None
        service = self._services.agreements
        try:
            saved, _ = service.add(agreement)
        except ValidationFailed as failure:
            self.show_failure(failure)
            return None
        self.apply_change(saved, None)
        self._push(AddRecordCommand(self.tr("「{0}」の追加").format(saved.title), service, self.apply_change, saved))
        return saved

    def edit_selected(self) -> None:
        before = self.selected_agreement()
        if before is None or self._services is None or self.read_only:
            return
        after = self.run_editor(before, self.tr("協定・規約の編集: {0}").format(before.title))
        if after is not None and after != before:
            self.save_edit(before, after)

    def save_edit(self, before: Agreement, after: Agreement) -> Agreement | None:
        assert self._services is not None
        service = self._services.agreements
        try:
            result = save_with_conflict_check(  # a newer version saved elsewhere: ask, never overwrite silently
                self, service.update, after, show_stored=lambda stored: self.apply_change(stored, None),
                reedit=lambda mine: self.run_editor(mine, self.tr("協定・規約の編集: {0}").format(mine.title)),
            )  # fmt: skip
        except ValidationFailed as failure:
            self.show_failure(failure)
            return None
        if result is None:
            return None
        saved, before = result.record, result.replaced or before
        self.apply_change(saved, None)
        self._push(EditRecordCommand(self.tr("「{0}」の編集").format(saved.title), service, self.apply_change, before, saved))
        return saved

    def delete_selected(self) -> None:
        agreement = self.selected_agreement()
        if agreement is None or agreement.id is None or self._services is None:
            return
        if not self.confirm(
            self.tr("協定・規約の削除"),
            self.tr("「{0}」を削除しますか？\n削除は「編集 → 元に戻す」（Ctrl+Z）で取り消せます。").format(agreement.title),
        ):
            return
        service = self._services.agreements
        try:
            removed, _ = service.delete(agreement.id)
        except ValidationFailed as failure:
            self.show_failure(failure)
            return
        self.apply_change(None, removed.id)
        self._push(DeleteRecordCommand(self.tr("「{0}」の削除").format(removed.title), service, self.apply_change, removed))

    def export_draft(self) -> None:
        """The selected agreement's draft (協定書（案）・規約（案）): preview, PDF or Word."""
        agreement = self.selected_agreement()
        opener = getattr(self._window, "open_report", None)
        if agreement is not None and agreement.id is not None and opener is not None:
            opener("agreement", agreement.id)

    def _push(self, command) -> None:  # noqa: ANN001
        stack = getattr(self._window, "undo_stack", None)
        if stack is not None:
            stack.push(command)


class PlanChooserDialog(QDialog):
    """Pick one of the chosen plans (採用した連携案) to draft an agreement from."""

    def __init__(self, plans: list[Plan], label, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.setWindowTitle(self.tr("連携案から作成"))
        self.setObjectName("PlanChooserDialog")
        self.chosen: Plan | None = None
        self._plans = plans
        self.list = QListWidget()
        self.list.setObjectName("plan_list")
        for plan in plans:
            item = QListWidgetItem(label(plan))
            item.setData(Qt.ItemDataRole.UserRole, plan.id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        caption = QLabel(self.tr("採用した連携案(&P):"))
        caption.setBuddy(self.list)
        note = QLabel(self.tr("案の当事者（甲・乙…の順）、役割分担、種類に応じた既定の条文から下書きを作ります。"))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("作成"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("キャンセル"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(caption)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.list.setSpacing(2)
        self.resize(metrics.horizontalAdvance("あ") * 64, metrics.height() * 22)

    def accept(self) -> None:  # noqa: D102
        row = self.list.currentRow()
        self.chosen = self._plans[row] if 0 <= row < len(self._plans) else None
        super().accept()
