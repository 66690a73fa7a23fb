"""One writer, for the main window: the lock beside the database, the choice when someone else holds
it, the heartbeat, read-only mode, and the environment-tier message.

``WriterLockMixin`` is mixed into MainWindow (which declares the ``read_only_changed(bool)`` signal). Pages
connect to that signal and disable every edit while it is True; the database itself is then opened
read-only as well (``Services.open(path, read_only=True)``), so that even a missed button cannot write.
Dialogs are behind methods tests replace: ``ask_lock_choice``, ``confirm_take_over``,
``inform_lock_lost`` and ``show_environment_error``.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer

# QAction and QMessageBox are imported where used: the window's first paint needs neither.
if TYPE_CHECKING:
    from ..domain.errors import StorageError
    from ..services.lock import DatabaseLock, LockStatus
    from .widgets.read_only_banner import ReadOnlyBanner

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

# Menu actions of the main window that change the database (disabled while read-only).
EDITING_ACTIONS = ("action_demo", "action_restore", "action_profile")


def _file_is_read_only(path: Path) -> bool:
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(path, os.W_OK)


class WriterLockMixin:
    """Needs from the window: ``read_only_changed``, ``services``, ``_opener``, ``undo_stack``,
    ``undo_action``/``redo_action``, ``notice_area``, ``_update_title``, ``attach``, ``report_storage_error``."""

    def _init_writer_lock(self) -> None:
        self._read_only = False
        self.read_only_reason = ""
        self.lock: DatabaseLock | None = None
        self.lock_timer = QTimer(self)  # type: ignore[arg-type]  # interval set when a lock is held
        self.lock_timer.timeout.connect(self.heartbeat_lock)
        self._read_only_banner: ReadOnlyBanner | None = None  # made when first shown
        for signal in (self.undo_stack.canUndoChanged, self.undo_stack.canRedoChanged):  # type: ignore[attr-defined]
            signal.connect(self._sync_editing_actions)

    # --- read-only mode -------------------------------------------------------------------------
    @property
    def read_only(self) -> bool:
        return self._read_only

    @property
    def read_only_banner(self) -> ReadOnlyBanner:
        """The notice above the pages while read-only, made when first needed (a styled frame: not
        worth building before the first paint for the rare read-only start)."""
        if self._read_only_banner is None:
            from .widgets.read_only_banner import ReadOnlyBanner

            self._read_only_banner = ReadOnlyBanner(self.try_write_access)
            self.notice_area.insertWidget(0, self._read_only_banner)  # type: ignore[attr-defined]
        return self._read_only_banner

    def set_read_only(self, read_only: bool, reason: str = "") -> None:
        """Switch every edit off (or on again) and say so in the title bar and above the pages."""
        self._read_only = read_only
        self.read_only_reason = reason if read_only else ""
        if read_only:
            self.undo_stack.clear()  # type: ignore[attr-defined]  # undoing would write
        self._sync_editing_actions()
        if read_only or self._read_only_banner is not None:
            self.read_only_banner.show_state(read_only, self.read_only_reason)
        self._update_title()  # type: ignore[attr-defined]
        self.read_only_changed.emit(read_only)  # type: ignore[attr-defined]

    def _sync_editing_actions(self, *_args: object) -> None:
        from PySide6.QtGui import QAction

        editable = not self._read_only
        for name in EDITING_ACTIONS:
            action = self.findChild(QAction, name)  # type: ignore[attr-defined]
            if action is not None:
                action.setEnabled(editable)
        if getattr(self, "undo_action", None) is None:  # the menus are not filled yet (MainWindow.fill_menus)
            return
        self.undo_action.setEnabled(editable and self.undo_stack.canUndo())  # type: ignore[attr-defined]
        self.redo_action.setEnabled(editable and self.undo_stack.canRedo())  # type: ignore[attr-defined]

    # --- the lock ---------------------------------------------------------------------------------
    def claim_database(self, path: Path) -> tuple[DatabaseLock | None, bool, str] | None:
        """Before opening ``path``: (lock to hold, read-only?, why read-only), or None when cancelled."""
        from ..domain.errors import StorageError
        from ..services.lock import DatabaseLock, LockState, StaleReason, current_user, environment_error
        from .dialogs.lock_dialog import LockDialog, holder_text

        path = Path(path)
        if path.exists() and _file_is_read_only(path):
            return (
                None,
                True,
                translate("ReadOnlyMode", "ファイルが読み取り専用のため、読み取り専用で開いています。"),
            )
        lock = self.lock if self.lock is not None and self.lock.db_path == path else DatabaseLock(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)  # first start: the data folder may not exist yet
            status = lock.acquire()
            tried_own = False
            while not status.acquired:
                holder = status.holder
                if (
                    not tried_own
                    and status.reason is StaleReason.PROCESS_GONE
                    and holder is not None
                    and holder.on_this_pc()
                    and holder.user == current_user()
                ):  # our own instance crashed on this PC: nobody else can be writing, take it back
                    log.info("taking back the lock of a crashed instance (pid %s): %s", holder.pid, lock.path)
                    tried_own = True
                    status = lock.take_over(status)
                    continue
                choice = self.ask_lock_choice(status, path)
                if choice == LockDialog.TAKE_OVER and status.state is LockState.STALE:
                    if self.confirm_take_over(status):
                        status = lock.take_over(status)
                    continue
                if choice == LockDialog.READ_ONLY:
                    return (
                        None,
                        True,
                        translate("ReadOnlyMode", "{0}が使用中のため、読み取り専用で開いています。").format(
                            holder_text(holder)
                        ),
                    )
                return None
        except OSError as exc:  # the folder cannot be written (read-only share, no permission, full)
            if path.exists():
                log.warning("no lock beside %s (%s): opening read-only", path, exc)
                return (
                    None,
                    True,
                    translate("ReadOnlyMode", "フォルダーに書き込めないため、読み取り専用で開いています。"),
                )
            error = environment_error(exc, path)
            if isinstance(error, StorageError):
                self.show_environment_error(error)
            return None
        return lock, False, ""

    def ask_lock_choice(self, status: LockStatus, path: Path) -> str:  # replaced in tests
        from .dialogs.lock_dialog import LockDialog

        dialog = LockDialog(status, path, self)  # type: ignore[arg-type]
        dialog.exec()
        return dialog.choice

    def confirm_take_over(self, status: LockStatus) -> bool:  # replaced in tests
        from PySide6.QtWidgets import QMessageBox

        from .dialogs.lock_dialog import holder_text

        answer = QMessageBox.warning(
            self,  # type: ignore[arg-type]
            translate("ReadOnlyMode", "使用中のデータベースを引き継ぐ"),
            translate(
                "ReadOnlyMode",
                "{0}のアプリがまだ動いている場合、引き継ぐとそのアプリは読み取り専用に切り替わり、"
                "まだ保存していない入力は保存できなくなります。\n引き継いで編集しますか？",
            ).format(holder_text(status.holder)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def hold_lock(self, lock: DatabaseLock | None) -> None:
        """Keep ``lock`` (the lock of the database just opened) and release the previous one."""
        if self.lock is not None and self.lock is not lock:
            self.lock.release()
        self.lock = lock
        if lock is not None:
            from ..services.lock import HEARTBEAT_SECONDS

            self.lock_timer.start(HEARTBEAT_SECONDS * 1000)
        else:
            self.lock_timer.stop()

    def release_lock(self) -> None:
        self.hold_lock(None)

    def heartbeat_lock(self) -> None:
        """Every HEARTBEAT_SECONDS: refresh the lock; if someone took it over, stop writing at once."""
        if self.lock is None or self.lock.heartbeat():
            return
        self.lock = None
        self.lock_timer.stop()
        services = self.services  # type: ignore[attr-defined]
        path = services.path if services is not None else None
        reason = translate(
            "ReadOnlyMode", "ほかのパソコンで編集が引き継がれたため、読み取り専用に切り替えました。"
        )
        self.set_read_only(True, reason)
        if path is not None:
            from ..domain.errors import StorageError

            try:
                self.attach(self._opener(path, read_only=True))  # type: ignore[attr-defined]
            except StorageError as error:
                self.report_storage_error(error)  # type: ignore[attr-defined]
        self.inform_lock_lost()

    def inform_lock_lost(self) -> None:  # replaced in tests
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(
            self,  # type: ignore[arg-type]
            translate("ReadOnlyMode", "読み取り専用に切り替えました"),
            translate(
                "ReadOnlyMode",
                "このデータベースの編集が、ほかのパソコンで引き継がれました。"
                "二重に保存しないよう、このウィンドウは読み取り専用に切り替えました。"
                "編集を続けるには、相手がアプリを終了してから「編集を再開」を押してください。",
            ),
        )

    def try_write_access(self) -> bool:
        """The banner's 編集を再開: open the same file again, for editing if nobody holds it now."""
        services = self.services  # type: ignore[attr-defined]
        if services is None or services.path is None:
            return False
        return bool(self.open_database(services.path)) and not self._read_only  # type: ignore[attr-defined]

    # --- environment tier -------------------------------------------------------------------------
    def show_environment_error(self, error: StorageError) -> None:  # replaced in tests
        from PySide6.QtWidgets import QMessageBox

        from . import texts

        QMessageBox.warning(
            self, translate("ReadOnlyMode", "処理を完了できませんでした"), texts.storage_error_text(error)
        )  # type: ignore[arg-type]
