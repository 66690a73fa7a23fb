"""Questions of the export (ファイル → 書き出し): the characters a cp932 CSV cannot hold."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services.exchange.encoding import ENCODING_CHOICES
from ...services.exchange.export import REPLACEMENT_CHARACTER
from ..widgets.exchange_models import UnencodableModel


class UnencodableDialog(QDialog):
    """(行, 記録, 項目, 文字) of each character the encoding cannot hold; accepted = write with 〓."""

    def __init__(self, found: Sequence[Any], encoding: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("UnencodableDialog")
        self.setWindowTitle(self.tr("書き出せない文字があります"))
        name = ENCODING_CHOICES.get(encoding, encoding)
        message = QLabel(
            self.tr(
                "次の{0}文字は {1} では保存できません。「{2}」に置き換えて書き出すか、キャンセルして"
                "「CSV（UTF-8 BOM付き）」で書き出してください。キャンセルしたときはファイルを作りません。"
            ).format(len(found), name, REPLACEMENT_CHARACTER)
        )
        message.setObjectName("unencodable_message")
        message.setWordWrap(True)
        self.model = UnencodableModel(found, self)
        self.table = QTableView()
        self.table.setObjectName("unencodable_table")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        label = QLabel(self.tr("保存できない文字(&L):"))
        label.setBuddy(self.table)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.replace_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.replace_button.setText(self.tr("{0} に置き換えて書き出す(&R)").format(REPLACEMENT_CHARACTER))
        self.replace_button.setObjectName("unencodable_replace")
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("キャンセル"))
        cancel.setDefault(True)  # Enter never changes the data by accident
        self.replace_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        em = self.fontMetrics().horizontalAdvance("あ")
        self.resize(em * 52, self.fontMetrics().height() * 24)
        self._fit()

    def _fit(self) -> None:
        em = self.fontMetrics().horizontalAdvance("あ")
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        for column, chars in ((0, 4), (1, 16), (2, 12), (3, 4)):
            self.table.setColumnWidth(column, em * chars)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange and hasattr(self, "model"):
            self._fit()
        super().changeEvent(event)
