"""One writer per database (storage/lock.py), for the UI and the headless commands."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..domain.errors import StorageError, StorageErrorCode
from ..storage.database import environment_error
from ..storage.lock import (
    HEARTBEAT_SECONDS,
    STALE_AFTER_SECONDS,
    DatabaseLock,
    LockHolder,
    LockState,
    LockStatus,
    StaleReason,
    current_user,
    lock_path,
)

__all__ = [
    "HEARTBEAT_SECONDS",
    "STALE_AFTER_SECONDS",
    "DatabaseLock",
    "LockHolder",
    "LockState",
    "LockStatus",
    "StaleReason",
    "current_user",
    "environment_error",
    "holder_summary",
    "lock_path",
    "writer_lock",
]


def holder_summary(holder: LockHolder | None) -> str:
    """Language-neutral "user / PC / since" for messages (the texts around it are translated)."""
    if holder is None:
        return "?"
    return f"{holder.user} / {holder.host} / {holder.started.astimezone():%Y-%m-%d %H:%M}"


@contextmanager
def writer_lock(db_path: Path) -> Iterator[DatabaseLock]:
    """Hold the lock of ``db_path`` while a headless command writes; a stale lock (its holder gone) is
    taken over. Raises StorageError HELD_BY_OTHER when someone is working on the database."""
    db_path = Path(db_path)
    lock = DatabaseLock(db_path)
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        status = lock.acquire()
        if status.state is LockState.STALE:
            status = lock.take_over(status)
    except OSError as exc:
        raise environment_error(exc, db_path) or StorageError(
            StorageErrorCode.CANNOT_OPEN, str(db_path), str(exc)
        ) from exc
    if not status.acquired:
        raise StorageError(StorageErrorCode.HELD_BY_OTHER, str(db_path), holder_summary(status.holder))
    try:
        yield lock
    finally:
        lock.release()
