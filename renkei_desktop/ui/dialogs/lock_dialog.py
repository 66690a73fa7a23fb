"""The database is in use: open it read-only, cancel, or (when its holder stopped answering) take over."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from ...services.lock import LockHolder, LockState, LockStatus, StaleReason


def duration_text(seconds: float | None) -> str:
    """12 → 12秒, 300 → 5分, 7200 → 2時間, 3 days → 3日."""
    translate = QCoreApplication.translate
    if seconds is None:
        return "—"
    seconds = int(seconds)
    if seconds < 60:
        return translate("LockDialog", "{0}秒").format(seconds)
    if seconds < 3600:
        return translate("LockDialog", "{0}分").format(seconds // 60)
    if seconds < 86400:
        return translate("LockDialog", "{0}時間").format(seconds // 3600)
    return translate("LockDialog", "{0}日").format(seconds // 86400)


def holder_text(holder: LockHolder | None) -> str:
    """「田中 さん（コンピューター名: PC-12）」"""
    if holder is None:
        return QCoreApplication.translate("LockDialog", "不明な利用者")
    return QCoreApplication.translate("LockDialog", "{0} さん（コンピューター名: {1}）").format(
        holder.user, holder.host
    )


def lock_message(status: LockStatus, db_path: Path) -> str:
    translate = QCoreApplication.translate
    name = Path(db_path).name
    holder = status.holder
    since = f"{holder.started.astimezone():%Y-%m-%d %H:%M}" if holder is not None else "—"
    if status.state is LockState.HELD:
        return translate(
            "LockDialog",
            "「{0}」は、{1}が {2} から使用しています（最後の応答: {3}前）。\n"
            "二人が同時に編集すると変更が失われるおそれがあるため、編集できるのは一人だけです。"
            "内容を見るだけなら「読み取り専用で開く」を選んでください。",
        ).format(name, holder_text(holder), since, duration_text(status.heartbeat_age))
    if status.reason is StaleReason.PROCESS_GONE:
        return translate(
            "LockDialog",
            "「{0}」を {2} から使用していた{1}のアプリは、すでに終了しています（異常終了した可能性があります）。\n"
            "引き継ぐと、このパソコンで編集できます。",
        ).format(name, holder_text(holder), since)
    if status.reason is StaleReason.UNREADABLE:
        return translate(
            "LockDialog",
            "「{0}」の使用中の印（ロックファイル）が壊れていて、誰が使用中か分かりません。\n"
            "ほかに使用中の人がいないことを確かめてから引き継いでください。",
        ).format(name)
    return translate(
        "LockDialog",
        "「{0}」は、{1}が {2} から使用中のままですが、{3}以上応答がありません。"
        "アプリが異常終了したか、パソコンが停止している可能性があります。\n"
        "相手がもう使っていないことを確かめてから引き継いでください。",
    ).format(name, holder_text(holder), since, duration_text(status.heartbeat_age))


class LockDialog(QDialog):
    """``choice`` is READ_ONLY, CANCEL or TAKE_OVER (offered only when the lock is stale)."""

    READ_ONLY = "read_only"
    CANCEL = "cancel"
    TAKE_OVER = "take_over"

    def __init__(self, status: LockStatus, db_path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("LockDialog")
        self.setWindowTitle(self.tr("データベースは使用中です"))
        self.choice = self.CANCEL
        message = QLabel(lock_message(status, db_path))
        message.setObjectName("lock_message")
        message.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.read_only_button = QPushButton(self.tr("読み取り専用で開く(&R)"))
        self.read_only_button.setObjectName("lock_read_only")
        self.read_only_button.setDefault(True)
        self.read_only_button.clicked.connect(lambda: self._choose(self.READ_ONLY))
        buttons.addButton(self.read_only_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.take_over_button = QPushButton(self.tr("引き継いで編集する(&T)…"))
        self.take_over_button.setObjectName("lock_take_over")
        self.take_over_button.clicked.connect(lambda: self._choose(self.TAKE_OVER))
        buttons.addButton(self.take_over_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.take_over_button.setVisible(status.state is LockState.STALE)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("キャンセル"))
        cancel.setObjectName("lock_cancel")
        cancel.clicked.connect(lambda: self._choose(self.CANCEL))
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("あ") * 36)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        if choice == self.CANCEL:
            self.reject()
        else:
            self.accept()
