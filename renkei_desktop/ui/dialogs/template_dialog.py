"""Pick a template duty (by category or search) to start a new catalogue entry from."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...domain.duties import DutyCategory
from ...domain.templates import DutyTemplate
from .. import texts
from ..models.duty_table_model import search_key


class TemplateDialog(QDialog):
    def __init__(self, templates: tuple[DutyTemplate, ...], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("TemplateDialog")
        self.setWindowTitle(self.tr("テンプレートから事務を追加"))
        self._templates = templates
        self.chosen: DutyTemplate | None = None

        self.search = QLineEdit()
        self.search.setObjectName("template_search")
        self.search.setPlaceholderText(self.tr("事務名・分野で検索"))
        self.category = QComboBox()
        self.category.setObjectName("template_category")
        self.category.addItem(self.tr("すべての分野"), None)
        for c in DutyCategory:
            self.category.addItem(texts.category_name(c), c.value)
        self.list = QListWidget()
        self.list.setObjectName("template_list")
        self.detail = QTextBrowser()
        self.detail.setObjectName("template_detail")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("この事務を追加…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("キャンセル"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)

        top = QHBoxLayout()
        search_label = QLabel(self.tr("検索(&S):"))
        search_label.setBuddy(self.search)
        top.addWidget(search_label)
        top.addWidget(self.search, 2)
        top.addWidget(self.category, 1)
        middle = QHBoxLayout()
        middle.addWidget(self.list, 1)
        middle.addWidget(self.detail, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle)
        layout.addWidget(buttons)

        self.search.textChanged.connect(self._fill)
        self.category.currentIndexChanged.connect(self._fill)
        self.list.currentItemChanged.connect(self._show)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self._fill()
        self.resize(self.fontMetrics().horizontalAdvance("あ") * 60, self.fontMetrics().height() * 30)

    def _fill(self) -> None:
        needle = search_key(self.search.text().strip())
        category = self.category.currentData()
        self.list.clear()
        for template in self._templates:
            if category and template.category.value != category:
                continue
            haystack = search_key(f"{template.name} {texts.category_name(template.category)} {template.name_en}")
            if needle and needle not in haystack:
                continue
            item = QListWidgetItem(self.tr("{0}　（{1}）").format(template.name, texts.category_name(template.category)))
            item.setData(Qt.ItemDataRole.UserRole, template.key)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._ok.setEnabled(self.list.count() > 0)
        self._show()

    def _current(self) -> DutyTemplate | None:
        item = self.list.currentItem()
        if item is None:
            return None
        key = item.data(Qt.ItemDataRole.UserRole)
        return next((t for t in self._templates if t.key == key), None)

    def _show(self, *_args: object) -> None:
        t = self._current()
        if t is None:
            self.detail.setPlainText(self.tr("該当するテンプレートがありません。"))
            return
        methods = texts.join(texts.method_name(m) for m in t.typical_methods)
        rows = [
            (self.tr("分野"), texts.category_name(t.category)),
            (self.tr("根拠法令"), t.legal_basis),
            (self.tr("主な連携の方法"), methods),
            (self.tr("必要な専門職"), texts.join(t.expertise)),
            (self.tr("業務量の目安（人工）"), str(t.typical_workload_person_years)),
            (self.tr("経費の目安（千円）"), texts.thousand_yen(t.typical_cost_yen)),
        ]
        from html import escape

        body = "".join(f"<tr><th align='left'>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in rows)
        self.detail.setHtml(f"<h3>{escape(t.name)}</h3><p>{escape(t.description)}</p><table>{body}</table>")

    def accept(self) -> None:  # noqa: D102
        self.chosen = self._current()
        if self.chosen is not None:
            super().accept()
