"""The notice above every page while the database is open read-only: why, and a way back to editing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class ReadOnlyBanner(QFrame):
    """Hidden while editing is possible. The text says 読み取り専用 (colour is never the only signal)."""

    def __init__(self, retry: Callable[[], object], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("read_only_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#read_only_banner { background: #fff4ce; border: 1px solid #c8a600; }")
        self.label = QLabel()
        self.label.setObjectName("read_only_text")
        self.label.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("編集を再開(&E)"))
        self.retry_button.setObjectName("read_only_retry")
        self.retry_button.setToolTip(
            self.tr("使用中の人がアプリを終了していれば、編集できる状態で開き直します。")
        )
        self.retry_button.clicked.connect(lambda: retry())
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.retry_button)
        self.hide()

    def show_state(self, read_only: bool, reason: str) -> None:
        self.label.setText(
            self.tr("〔読み取り専用〕 {0} 表示だけができ、変更は保存できません。").format(reason)
            if read_only
            else ""
        )
        self.setVisible(read_only)
