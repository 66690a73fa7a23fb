"""The one dialog for an unexpected error: what happened, 詳細をコピー, and the log folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ErrorDialog(QDialog):
    def __init__(self, details: str, log_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ErrorDialog")
        self.setWindowTitle(self.tr("予期しないエラー"))
        message = QLabel(
            self.tr(
                "予期しないエラーが発生しました。保存済みのデータは失われていません。"
                "作業を続けられますが、問題が続く場合は「詳細をコピー」を押して情報担当へ連絡してください。"
            )
        )
        message.setWordWrap(True)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        copy = QPushButton(self.tr("詳細をコピー"))
        copy.setObjectName("error_copy")
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        logs = QPushButton(self.tr("ログフォルダーを開く"))
        logs.setObjectName("error_open_logs")
        logs.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir))))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("閉じる"))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(logs, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
