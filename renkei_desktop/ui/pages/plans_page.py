"""Cooperation plans for each duty (連携案). Placeholder until the page lands."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlansPage(QWidget):
    def __init__(self, window: QWidget):
        super().__init__()
        self.setObjectName("PlansPage")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("準備中です。")))
