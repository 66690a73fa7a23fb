"""Reviews due within 90 days, shown above every page. Placeholder until it lands."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


class ReviewsBanner(QLabel):
    def __init__(self, window: QWidget):
        super().__init__()
        self.setObjectName("ReviewsBanner")
        self.hide()
