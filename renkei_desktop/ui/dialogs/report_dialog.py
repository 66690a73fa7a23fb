"""Print or export a meeting summary (会議資料) or an agreement draft (協定書（案）・規約（案）).

The user chooses the content and the header fields (資料番号, 会議名, 作成日 in 和暦 or 西暦, 西暦 in
brackets, 担当課, A4 portrait or landscape); they are remembered in the settings file (担当課 comes from
the profile when it has one). 文書の言語 (日本語 / English, the UI's language by default) is the language
the document is built in: the other translation is installed for the build only (reports/language.py). Then: print preview (QPrintPreviewDialog: printer, orientation, copies,
page range), PDF, or Word (.docx). Modal dialogs and file choosers sit behind overridable methods
(``run_preview``, ``choose_save_path``, ``show_error``) so that tests replace them.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.duties import DutyCategory
from ...domain.normalize import ParseError, parse_date
from ...domain.wareki import format_wareki
from ...reports.agreement_draft import DraftOptions, build_agreement_draft
from ...reports.document import Document, HeaderFields, Orientation, ReportError, format_gregorian
from ...reports.language import LANGUAGE_NAMES, LANGUAGES, TranslationMissing, document_language, ui_language
from ...reports.summary import SECTION_KEYS, Selection, SummaryOptions, build_summary
from .. import texts
from ..agreement_texts import kind_name

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    from ...services.container import Services

ERROR_STYLE = "color: #b00020;"
SUMMARY, AGREEMENT = "summary", "agreement"
GROUP = "report"
MAX_FIELD = 100


def _flag(value: object, default: bool = False) -> bool:
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    return str(value).lower() in ("true", "1", "yes")


def safe_file_name(text: str) -> str:
    """A file name from a title: characters Windows forbids become 「_」."""
    name = re.sub(r'[\\/:*?"<>|\r\n\t]+', "_", text).strip(" .")
    return name or "report"


class ReportDialog(QDialog):
    """Choose what to print, then preview, print, or save as PDF / Word."""

    def __init__(self, window: QWidget, kind: str = SUMMARY, agreement_id: int | None = None):
        super().__init__(window)
        self.setObjectName("ReportDialog")
        self._window = window
        self.kind = kind
        self._services: Services = window.services  # type: ignore[attr-defined]
        profile = getattr(window, "profile", None)
        settings = getattr(window, "settings", None)
        path = getattr(settings, "path", "")
        self._settings = QSettings(path, QSettings.Format.IniFormat) if path else QSettings()
        self.last_saved: Path | None = None
        self.last_document: Document | None = None
        self.setWindowTitle(
            self.tr("会議資料の印刷・出力") if kind == SUMMARY else self.tr("協定書（案）・規約（案）の出力")
        )

        layout = QVBoxLayout(self)
        if kind == SUMMARY:
            layout.addWidget(self._content_box())
        else:
            layout.addWidget(self._agreement_box(agreement_id))
        layout.addWidget(self._header_box(profile))

        self.status = QLabel()
        self.status.setObjectName("report_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)

        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("印刷プレビュー(&V)…"))
        self.preview_button.setObjectName("button_preview")
        self.preview_button.clicked.connect(self.preview)
        self.pdf_button = QPushButton(self.tr("PDFに保存(&P)…"))
        self.pdf_button.setObjectName("button_pdf")
        self.pdf_button.clicked.connect(self.save_pdf)
        self.docx_button = QPushButton(self.tr("Wordで保存(&W)…"))
        self.docx_button.setObjectName("button_docx")
        self.docx_button.clicked.connect(self.save_docx)
        close = QPushButton(self.tr("閉じる"))
        close.setObjectName("button_close")
        close.clicked.connect(self.reject)
        for button in (self.preview_button, self.pdf_button, self.docx_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.preview_button.setDefault(True)
        self._update_enabled()
        metrics = self.fontMetrics()
        self.resize(metrics.horizontalAdvance("あ") * 46, metrics.height() * (36 if kind == SUMMARY else 22))

    # --- building the form -----------------------------------------------------------------------

    def _content_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("内容"))
        col = QVBoxLayout(box)
        self.everything = QRadioButton(self.tr("すべて(&A)"))
        self.everything.setObjectName("content_everything")
        self.selected_only = QRadioButton(self.tr("選んだ内容だけ(&S)"))
        self.selected_only.setObjectName("content_selected")
        group = QButtonGroup(self)
        group.addButton(self.everything)
        group.addButton(self.selected_only)
        self.everything.setChecked(True)
        row = QHBoxLayout()
        row.addWidget(self.everything)
        row.addWidget(self.selected_only)
        row.addStretch(1)
        col.addLayout(row)

        remembered = str(self._settings.value(f"{GROUP}/sections", ",".join(SECTION_KEYS)) or "")
        chosen_sections = {s for s in remembered.split(",") if s in SECTION_KEYS} or set(SECTION_KEYS)
        section_names = {
            "overview": self.tr("概要(&O)"),
            "catalogue": self.tr("事務カタログ(&T)"),
            "plans": self.tr("連携案(&L)"),
            "charts": self.tr("グラフ(&G)"),
            "agreements": self.tr("協定・規約(&K)"),
        }
        self.section_boxes: dict[str, QCheckBox] = {}
        sections_row = QHBoxLayout()
        sections_row.addWidget(QLabel(self.tr("載せる項目:")))
        for key in SECTION_KEYS:
            check = QCheckBox(section_names[key])
            check.setObjectName(f"section_{key}")
            check.setChecked(key in chosen_sections)
            check.toggled.connect(self._update_enabled)
            self.section_boxes[key] = check
            sections_row.addWidget(check)
        sections_row.addStretch(1)
        col.addLayout(sections_row)

        self.selection_area = QWidget()
        form = QFormLayout(self.selection_area)
        form.setContentsMargins(0, 0, 0, 0)
        self.category = QComboBox()
        self.category.setObjectName("filter_category")
        self.category.addItem(self.tr("すべての分野"), None)
        for category in DutyCategory:
            self.category.addItem(texts.category_name(category), category.value)
        category_label = QLabel(self.tr("分野(&B):"))
        category_label.setBuddy(self.category)
        form.addRow(category_label, self.category)
        self.partner = QComboBox()
        self.partner.setObjectName("filter_partner")
        self.partner.addItem(self.tr("指定しない"), None)
        plans = self._services.plans.list_all()
        names = {m.code: m for m in self._services.municipalities.all()}
        home = getattr(getattr(self._window, "profile", None), "home_code", "")
        partner_codes = sorted({c for p in plans for c in p.party_codes if c != home})
        for code in partner_codes:
            m = names.get(code)
            self.partner.addItem(m.display_name if m else code, code)
        partner_label = QLabel(self.tr("相手団体(&R):"))
        partner_label.setBuddy(self.partner)
        form.addRow(partner_label, self.partner)
        self.chosen_only = QCheckBox(self.tr("採用案だけ(&C)"))
        self.chosen_only.setObjectName("filter_chosen_only")
        self.chosen_only.setChecked(_flag(self._settings.value(f"{GROUP}/chosen_only"), False))
        form.addRow("", self.chosen_only)

        self.lists = QTabWidget()
        self.lists.setObjectName("selection_lists")
        duties = self._services.catalogue.list_duties(home) if home else []
        self.duty_list = self._check_list("select_duties", [(d.id, d.name) for d in duties])
        self.plan_list = self._check_list(
            "select_plans", [(p.id, p.name + (self.tr("（採用案）") if p.chosen else "")) for p in plans]
        )
        agreements = self._services.agreements.list_all()
        self.agreement_list = self._check_list("select_agreements", [(a.id, a.title) for a in agreements])
        self.lists.addTab(self.duty_list, self.tr("事務"))
        self.lists.addTab(self.plan_list, self.tr("連携案"))
        self.lists.addTab(self.agreement_list, self.tr("協定・規約"))
        hint = QLabel(self.tr("チェックがない一覧は絞り込みません。条件はすべて満たすものが載ります。"))
        hint.setWordWrap(True)
        form.addRow(hint)
        form.addRow(self.lists)
        col.addWidget(self.selection_area)
        self.everything.toggled.connect(self._update_enabled)
        return box

    def _check_list(self, name: str, items: list[tuple[int | None, str]]) -> QListWidget:
        widget = QListWidget()
        widget.setObjectName(name)
        for record_id, label in items:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            widget.addItem(item)
        return widget

    def _agreement_box(self, agreement_id: int | None) -> QGroupBox:
        box = QGroupBox(self.tr("協定・規約"))
        form = QFormLayout(box)
        self.agreement = QComboBox()
        self.agreement.setObjectName("agreement_choice")
        for agreement in self._services.agreements.list_all():
            self.agreement.addItem(texts.bracketed(agreement.title, kind_name(agreement.kind)), agreement.id)
        if agreement_id is not None:
            index = self.agreement.findData(agreement_id)
            if index >= 0:
                self.agreement.setCurrentIndex(index)
        label = QLabel(self.tr("協定・規約(&G):"))
        label.setBuddy(self.agreement)
        form.addRow(label, self.agreement)
        self.cost_table = QCheckBox(self.tr("連携案の負担割合を別表として付ける(&B)"))
        self.cost_table.setObjectName("cost_table")
        self.cost_table.setChecked(_flag(self._settings.value(f"{GROUP}/cost_table"), True))
        form.addRow("", self.cost_table)
        self.no_agreements = QLabel(
            self.tr("協定・規約がまだありません。「協定・規約」のページで作成してから出力してください。")
        )
        self.no_agreements.setObjectName("no_agreements")
        self.no_agreements.setWordWrap(True)
        self.no_agreements.setVisible(self.agreement.count() == 0)
        form.addRow(self.no_agreements)
        return box

    def _header_box(self, profile: object) -> QGroupBox:
        box = QGroupBox(self.tr("見出し（各ページの上に印刷）"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._errors: dict[str, QLabel] = {}
        value = self._settings.value
        self.doc_number = self._line(
            form, "doc_number", self.tr("資料番号(&N):"), str(value(f"{GROUP}/doc_number", "") or "")
        )
        self.doc_number.setPlaceholderText(self.tr("例: 資料1"))
        self.meeting = self._line(
            form, "meeting", self.tr("会議名(&M):"), str(value(f"{GROUP}/meeting", "") or "")
        )
        self.meeting.setPlaceholderText(self.tr("例: 南信州広域連携推進会議"))
        self.created = self._line(form, "created", self.tr("作成日(&D):"), texts.date_text(self.today()))
        self.created.setPlaceholderText(self.tr("例: 令和8年11月27日、2026-11-27"))
        self.created.textChanged.connect(lambda _text: self._check_date())
        self.with_seireki = QCheckBox(self.tr("西暦を括弧で併記する(&Y)"))
        self.with_seireki.setObjectName("with_seireki")
        self.with_seireki.setChecked(_flag(value(f"{GROUP}/with_seireki"), False))
        self.with_seireki.toggled.connect(lambda _on: self._check_date())
        form.addRow("", self.with_seireki)
        department = getattr(profile, "department", "") or str(value(f"{GROUP}/department", "") or "")
        self.department = self._line(form, "department", self.tr("担当課(&E):"), department)
        self.orientation = QComboBox()
        self.orientation.setObjectName("orientation")
        self.orientation.addItem(self.tr("A4 縦"), Orientation.PORTRAIT.value)
        self.orientation.addItem(self.tr("A4 横（幅の広い表に）"), Orientation.LANDSCAPE.value)
        index = self.orientation.findData(str(value(f"{GROUP}/orientation", Orientation.PORTRAIT.value)))
        self.orientation.setCurrentIndex(max(index, 0))
        orientation_label = QLabel(self.tr("用紙の向き(&I):"))
        orientation_label.setBuddy(self.orientation)
        form.addRow(orientation_label, self.orientation)
        self.language = QComboBox()
        self.language.setObjectName("document_language")
        for code in LANGUAGES:  # each language by its own name, as the 表示言語 menu shows them
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(self.language.findData(ui_language()), 0))
        self.language.currentIndexChanged.connect(lambda _index: self._check_date())
        language_label = QLabel(self.tr("文書の言語(&U):"))
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)
        self.date_preview = QLabel()
        self.date_preview.setObjectName("created_preview")
        form.addRow("", self.date_preview)
        self._check_date()
        return box

    def _line(self, form: QFormLayout, key: str, label: str, value: str) -> QLineEdit:
        edit = QLineEdit(value)
        edit.setObjectName(key)
        edit.setMaxLength(MAX_FIELD)
        error = QLabel()
        error.setObjectName(f"error_{key}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        holder = QWidget()
        col = QVBoxLayout(holder)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(edit)
        col.addWidget(error)
        caption = QLabel(label)
        caption.setBuddy(edit)
        form.addRow(caption, holder)
        self._errors[key] = error
        return edit

    # --- state -----------------------------------------------------------------------------------

    def today(self) -> date:  # replaced in tests
        return date.today()

    def _update_enabled(self, *_args: object) -> None:
        if self.kind == SUMMARY:
            self.selection_area.setEnabled(self.selected_only.isChecked())
            ready = any(box.isChecked() for box in self.section_boxes.values())
        else:
            ready = self.agreement.count() > 0
        for button in (self.preview_button, self.pdf_button, self.docx_button):
            button.setEnabled(ready)

    def _check_date(self) -> date | None:
        """The 作成日 typed, or None with a message next to the field."""
        error = self._errors["created"]
        text = self.created.text().strip()
        try:
            day = parse_date(text) if text else None
        except ParseError:
            day = None
            message = self.tr("作成日の形式が正しくありません。例: 令和8年11月27日、2026-11-27")
        else:
            message = "" if day is not None else self.tr("作成日を入力してください。")
        if day is not None and day < date(1926, 12, 25):
            day, message = None, self.tr("作成日は昭和元年（1926年12月25日）以降の日付にしてください。")
        error.setText(message)
        error.setVisible(bool(message))
        japanese = self.language_value() == "ja"
        self.with_seireki.setEnabled(japanese)  # the 和暦 is printed in Japanese documents only
        if day is None:
            printed = ""
        elif japanese:
            printed = format_wareki(day, with_seireki=self.with_seireki.isChecked())
        else:
            printed = format_gregorian(day)
        self.date_preview.setText(self.tr("印刷される作成日: {0}").format(printed) if printed else "")
        return day

    def header_fields(self) -> HeaderFields | None:
        day = self._check_date()
        if day is None:
            self.created.setFocus()
            return None
        return HeaderFields(
            doc_number=self.doc_number.text().strip(),
            meeting=self.meeting.text().strip(),
            created=day,
            with_seireki=self.with_seireki.isChecked(),
            department=self.department.text().strip(),
        )

    def orientation_value(self) -> Orientation:
        return Orientation(self.orientation.currentData())

    def language_value(self) -> str:
        """The document language chosen: "ja" or "en"."""
        language = getattr(self, "language", None)
        return str(language.currentData()) if language is not None else "ja"

    def _checked(self, widget: QListWidget) -> frozenset[int] | None:
        ids = {
            widget.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        }
        return frozenset(ids) if ids else None

    def selection(self) -> Selection:
        if self.kind != SUMMARY or self.everything.isChecked():
            return Selection()
        category = self.category.currentData()
        return Selection(
            duty_ids=self._checked(self.duty_list),
            plan_ids=self._checked(self.plan_list),
            agreement_ids=self._checked(self.agreement_list),
            partner_code=self.partner.currentData(),
            category=DutyCategory(category) if category else None,
            chosen_only=self.chosen_only.isChecked(),
        )

    def sections(self) -> frozenset[str]:
        return frozenset(key for key, box in self.section_boxes.items() if box.isChecked())

    def remember(self) -> None:
        s = self._settings
        s.setValue(f"{GROUP}/doc_number", self.doc_number.text().strip())
        s.setValue(f"{GROUP}/meeting", self.meeting.text().strip())
        s.setValue(f"{GROUP}/with_seireki", self.with_seireki.isChecked())
        s.setValue(f"{GROUP}/department", self.department.text().strip())
        s.setValue(f"{GROUP}/orientation", self.orientation_value().value)
        if self.kind == SUMMARY:
            s.setValue(
                f"{GROUP}/sections", ",".join(k for k in SECTION_KEYS if self.section_boxes[k].isChecked())
            )
            s.setValue(f"{GROUP}/chosen_only", self.chosen_only.isChecked())
        else:
            s.setValue(f"{GROUP}/cost_table", self.cost_table.isChecked())
        s.sync()

    # --- the document ------------------------------------------------------------------------------

    def build_document(self) -> Document | None:
        """The document for the current choices, or None after saying what is wrong."""
        header = self.header_fields()
        if header is None:
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with document_language(self.language_value()):  # the UI's language is back afterwards
                document = self._build(header)
        except ReportError as error:
            self.show_error(self.tr("資料を作成できません"), self.report_error_text(error))
            return None
        except TranslationMissing as missing:
            self.show_error(
                self.tr("資料を作成できません"),
                self.tr("{0}の翻訳ファイル（{1}）が見つかりません。アプリを入れ直してください。").format(
                    LANGUAGE_NAMES.get(missing.language, missing.language), missing.folder
                ),
            )
            return None
        finally:
            QApplication.restoreOverrideCursor()
        if document is None:
            return None
        self.remember()
        self.last_document = document
        return document

    def _build(self, header: HeaderFields) -> Document | None:
        """Build the document (in whatever language is installed now)."""
        if self.kind == SUMMARY:
            options = SummaryOptions(
                header=header,
                orientation=self.orientation_value(),
                selection=self.selection(),
                sections=self.sections(),
            )
            return build_summary(self._services, options)
        agreement_id = self.agreement.currentData()
        if agreement_id is None:
            return None
        options = DraftOptions(
            header=header,
            orientation=self.orientation_value(),
            cost_table=self.cost_table.isChecked(),
        )
        return build_agreement_draft(self._services, int(agreement_id), options)

    def report_error_text(self, error: ReportError) -> str:
        if error.code == ReportError.NO_PROFILE:
            return self.tr("自治体が設定されていません。「設定 → 自治体と担当課」で設定してください。")
        return self.tr(
            "協定・規約（番号 {0}）が見つかりません。ほかの操作で削除された可能性があります。"
        ).format(error.value)

    def default_name(self, document: Document, suffix: str) -> str:
        parts = [self.doc_number.text().strip(), document.title]
        return safe_file_name("_".join(p for p in parts if p)) + suffix

    # --- actions -------------------------------------------------------------------------------------

    def preview(self) -> int:
        """Print preview: the document is painted on the preview's printer (orientation, copies and
        page range as chosen there). Returns the preview dialog's result."""
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from ...reports.pdf import configure_printer, print_document

        document = self.build_document()
        if document is None:
            return 0
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        configure_printer(printer, document.orientation)
        printer.setDocName(document.title)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setObjectName("report_preview")
        dialog.setWindowTitle(self.tr("印刷プレビュー: {0}").format(document.title))
        dialog.paintRequested.connect(lambda target: print_document(document, target))
        self.preview_dialog = dialog
        self.preview_printer = printer
        try:
            return self.run_preview(dialog)
        finally:
            dialog.deleteLater()

    def save_pdf(self) -> Path | None:
        from ...reports.pdf import write_pdf

        document = self.build_document()
        if document is None:
            return None
        path = self.choose_save_path(
            self.tr("PDFに保存"), self.default_name(document, ".pdf"), self.tr("PDF ファイル (*.pdf)")
        )
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                pages = write_pdf(document, path)
            finally:
                QApplication.restoreOverrideCursor()
        except OSError as error:
            self.show_error(
                self.tr("保存できません"),
                self.tr("ファイル「{0}」に書き込めません（{1}）。").format(path, error.strerror or error),
            )
            return None
        self._saved(path, self.tr("PDFに保存しました（{0}ページ）: {1}").format(pages, path))
        return path

    def save_docx(self) -> Path | None:
        from ...reports.docx import write_docx

        document = self.build_document()
        if document is None:
            return None
        path = self.choose_save_path(
            self.tr("Wordで保存"), self.default_name(document, ".docx"), self.tr("Word 文書 (*.docx)")
        )
        if path is None:
            return None
        if path.suffix.lower() != ".docx":
            path = path.with_name(path.name + ".docx")
        try:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                write_docx(document, path)
            finally:
                QApplication.restoreOverrideCursor()
        except OSError as error:
            self.show_error(
                self.tr("保存できません"),
                self.tr("ファイル「{0}」に書き込めません（{1}）。").format(path, error.strerror or error),
            )
            return None
        self._saved(path, self.tr("Word 文書に保存しました: {0}").format(path))
        return path

    def _saved(self, path: Path, message: str) -> None:
        self.last_saved = path
        self._settings.setValue(f"{GROUP}/last_dir", str(path.parent))
        self.status.setText(message)

    # --- hooks tests replace (modal dialogs) --------------------------------------------------------

    def run_preview(self, dialog: QPrintPreviewDialog) -> int:
        return dialog.exec()

    def choose_save_path(self, caption: str, suggested: str, file_filter: str) -> Path | None:
        folder = str(self._settings.value(f"{GROUP}/last_dir", "") or str(Path.home()))
        path, _ = QFileDialog.getSaveFileName(self, caption, str(Path(folder) / suggested), file_filter)
        return Path(path) if path else None

    def show_error(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)
