"""Agreements and their lifecycle (協定・規約). Placeholder until the page lands."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class AgreementsPage(QWidget):
    def __init__(self, window: QWidget):
        super().__init__()
        self.setObjectName("AgreementsPage")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("準備中です。")))
