"""Framework advisor and partner candidates (連携の検討). Placeholder until the page lands."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class AdvisorPage(QWidget):
    def __init__(self, window: QWidget):
        super().__init__()
        self.setObjectName("AdvisorPage")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("準備中です。")))
