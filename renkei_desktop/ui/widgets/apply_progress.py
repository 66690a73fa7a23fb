"""A progress dialog for the exchange engine's ``progress(done, total) -> bool`` callbacks.

The engine writes in the calling thread inside one transaction; ``step`` keeps the window painting
(processEvents) and returns False once the user pressed 中止, which makes the engine roll back.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget


class ApplyProgress:
    """``step`` is the callback to hand to ``apply`` / ``apply_package``; ``close`` when it returned."""

    def __init__(self, parent: QWidget | None, title: str, label: str):
        self.label = label
        self.dialog = QProgressDialog(
            label, QCoreApplication.translate("ApplyProgress", "中止(&C)"), 0, 0, parent
        )
        self.dialog.setObjectName("apply_progress")
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)  # short imports do not flash a window
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.calls = 0

    def step(self, done: int, total: int) -> bool:
        self.calls += 1
        if self.dialog.maximum() != max(total, 1):
            self.dialog.setMaximum(max(total, 1))
        self.dialog.setLabelText(
            QCoreApplication.translate("ApplyProgress", "{0}（{1} / {2}件）").format(self.label, done, total)
        )
        self.dialog.setValue(done)
        QCoreApplication.processEvents()
        return not self.dialog.wasCanceled()

    @property
    def cancelled(self) -> bool:
        return self.dialog.wasCanceled()

    def close(self) -> None:
        self.dialog.hide()
        self.dialog.deleteLater()
