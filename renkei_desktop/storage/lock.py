"""One writer per database: a lock file beside it, ``<name>.lock`` (e.g. ``renkei.sqlite3.lock``).

The file is JSON: who holds the database (user, PC name, process id), since when, and a heartbeat the
holder rewrites every ``HEARTBEAT_SECONDS``. Plain files and ``os.replace`` only, so it works the same
on a local disk, a UNC path and a mapped network drive (where SQLite's own locking is unreliable).

- ``acquire()``: ACQUIRED (the file is ours, new or already ours), HELD (a live holder) or STALE (the
  holder stopped answering for ``stale_after`` seconds, or is a process on this PC that no longer exists).
- ``take_over(seen)``: replace a STALE lock (refused when it has changed or come alive in the meantime).
- ``heartbeat()``: refresh our heartbeat; False when someone else has taken the lock over.
- ``release()``: delete the file if it is still ours.

A clock difference between PCs shifts the heartbeat age; taking over is always the user's explicit
choice, and a holder that was taken over notices at its next heartbeat (and stops writing).
"""

from __future__ import annotations

import contextlib
import getpass
import json
import logging
import os
import platform
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

log = logging.getLogger(__name__)

LOCK_SUFFIX = ".lock"
HEARTBEAT_SECONDS = 30
STALE_AFTER_SECONDS = 120
LOCK_FORMAT = 1
_READ_ATTEMPTS = 5  # a lock being created is empty for an instant: read again before calling it damaged
_READ_PAUSE = 0.05


def lock_path(db_path: Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + LOCK_SUFFIX)


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in the environment: still lock, name unknown
        return os.environ.get("USERNAME") or os.environ.get("USER") or "?"


def current_host() -> str:
    return os.environ.get("COMPUTERNAME") or platform.node() or "?"


def pid_alive(pid: int) -> bool:
    """Whether a process with ``pid`` exists on this PC (True when that cannot be told)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return kernel32.GetLastError() == 5  # ERROR_ACCESS_DENIED: exists, not ours
        try:
            code = ctypes.c_ulong()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return True
    return True


class LockState(StrEnum):
    ACQUIRED = "acquired"
    HELD = "held"
    STALE = "stale"


class StaleReason(StrEnum):
    NONE = ""
    HEARTBEAT = "heartbeat"  # no heartbeat for stale_after seconds
    PROCESS_GONE = "process_gone"  # same PC, the process no longer exists
    UNREADABLE = "unreadable"  # the file is empty or damaged


@dataclass(frozen=True)
class LockHolder:
    user: str
    host: str
    pid: int
    started: datetime
    heartbeat: datetime
    token: str

    def to_json(self) -> str:
        return json.dumps(
            {
                "app": "renkei-desktop",
                "format": LOCK_FORMAT,
                "user": self.user,
                "host": self.host,
                "pid": self.pid,
                "started": self.started.isoformat(),
                "heartbeat": self.heartbeat.isoformat(),
                "token": self.token,
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> LockHolder:
        data = json.loads(text)
        return cls(
            user=str(data["user"]),
            host=str(data["host"]),
            pid=int(data["pid"]),
            started=_aware(datetime.fromisoformat(data["started"])),
            heartbeat=_aware(datetime.fromisoformat(data["heartbeat"])),
            token=str(data["token"]),
        )

    def on_this_pc(self) -> bool:
        return self.host.casefold() == current_host().casefold()


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


@dataclass(frozen=True)
class LockStatus:
    state: LockState
    holder: LockHolder | None = None  # the other holder (HELD/STALE); ourselves when ACQUIRED
    heartbeat_age: float | None = None  # seconds since the holder's last heartbeat
    reason: StaleReason = StaleReason.NONE
    raw: bytes = b""  # the file as read (to take over an unreadable lock only if it is unchanged)

    @property
    def acquired(self) -> bool:
        return self.state is LockState.ACQUIRED


class DatabaseLock:
    """The lock of one database file, for this process. Not thread-safe; one object per path."""

    def __init__(
        self,
        db_path: Path,
        *,
        stale_after: float = STALE_AFTER_SECONDS,
        now: Callable[[], datetime] | None = None,
    ):
        self.db_path = Path(db_path)
        self.path = lock_path(self.db_path)
        self.stale_after = stale_after
        self._now = now or (lambda: datetime.now(UTC))
        self._mine: LockHolder | None = None

    @property
    def held(self) -> bool:
        return self._mine is not None

    # --- reading ---------------------------------------------------------------------------------
    def _read(self) -> tuple[LockHolder | None, bytes] | None:
        """(holder or None when unreadable, raw bytes), or None when there is no lock file."""
        raw = b""
        for attempt in range(_READ_ATTEMPTS):
            try:
                raw = self.path.read_bytes()
            except FileNotFoundError:
                return None
            try:
                return LockHolder.from_json(raw.decode("utf-8")), raw
            except (ValueError, KeyError, TypeError, UnicodeDecodeError):
                if attempt + 1 < _READ_ATTEMPTS:
                    time.sleep(_READ_PAUSE)
        return None, raw

    def _classify(self, holder: LockHolder | None, raw: bytes) -> LockStatus:
        if holder is None:
            return LockStatus(LockState.STALE, None, None, StaleReason.UNREADABLE, raw)
        if self._mine is not None and holder.token == self._mine.token:
            return LockStatus(LockState.ACQUIRED, holder, 0.0, StaleReason.NONE, raw)
        age = max(0.0, (self._now() - holder.heartbeat).total_seconds())
        if holder.on_this_pc() and holder.pid != os.getpid() and not pid_alive(holder.pid):
            return LockStatus(LockState.STALE, holder, age, StaleReason.PROCESS_GONE, raw)
        if age > self.stale_after:
            return LockStatus(LockState.STALE, holder, age, StaleReason.HEARTBEAT, raw)
        return LockStatus(LockState.HELD, holder, age, StaleReason.NONE, raw)

    def inspect(self) -> LockStatus | None:
        """The lock as it stands, without changing it (None: nobody holds the database)."""
        found = self._read()
        return None if found is None else self._classify(*found)

    # --- writing ---------------------------------------------------------------------------------
    def _new_holder(self) -> LockHolder:
        now = self._now()
        return LockHolder(current_user(), current_host(), os.getpid(), now, now, uuid.uuid4().hex)

    def _create(self, holder: LockHolder) -> bool:
        """Create the lock file exclusively; False when it already exists."""
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            return False
        try:
            os.write(fd, holder.to_json().encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)
        return True

    def _replace(self, holder: LockHolder) -> None:
        """Rewrite the lock file atomically (a reader sees the old or the new content, never half)."""
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.{holder.token[:8]}.tmp")
        try:
            with open(tmp, "wb") as handle:
                handle.write(holder.to_json().encode("utf-8"))
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise

    def acquire(self) -> LockStatus:
        """Take the lock when nobody holds it. Raises OSError when the folder cannot be written."""
        for _ in range(3):
            holder = self._mine or self._new_holder()
            if self._create(holder):
                self._mine = holder
                log.info("database lock taken: %s", self.path)
                return LockStatus(LockState.ACQUIRED, holder, 0.0)
            found = self._read()
            if found is None:  # released between our attempt and the read: try again
                continue
            status = self._classify(*found)
            if status.acquired:
                self.heartbeat()
            return status
        status = self.inspect()
        return status or LockStatus(LockState.HELD)

    def take_over(self, seen: LockStatus) -> LockStatus:
        """Replace the stale lock ``seen``. If the lock changed since (its holder came back, or someone
        else took it over), nothing is replaced and the new status is returned."""
        found = self._read()
        if found is not None:
            current = self._classify(*found)
            if current.acquired:
                return current
            unchanged = (
                current.holder.token == seen.holder.token
                if current.holder is not None and seen.holder is not None
                else current.holder is None and seen.holder is None and current.raw == seen.raw
            )
            if current.state is not LockState.STALE or not unchanged:
                return current
            try:
                self.path.unlink()
            except FileNotFoundError:
                pass
            who = (
                f"{current.holder.user}@{current.holder.host} pid {current.holder.pid}"
                if current.holder
                else "?"
            )
            log.warning("stale database lock of %s taken over (%s): %s", who, current.reason, self.path)
        holder = self._mine or self._new_holder()
        if self._create(holder):
            self._mine = holder
            return LockStatus(LockState.ACQUIRED, holder, 0.0)
        return self.inspect() or LockStatus(LockState.HELD)

    def heartbeat(self) -> bool:
        """Refresh the heartbeat. False when the lock is no longer ours (taken over); True otherwise,
        also when the file could not be written this time (logged; the next heartbeat tries again)."""
        if self._mine is None:
            return False
        try:
            found = self._read()
            if found is not None and (found[0] is None or found[0].token != self._mine.token):
                log.warning("database lock lost (taken over by another instance): %s", self.path)
                self._mine = None
                return False
            self._mine = LockHolder(
                self._mine.user,
                self._mine.host,
                self._mine.pid,
                self._mine.started,
                self._now(),
                self._mine.token,
            )
            self._replace(self._mine)
        except OSError as exc:
            log.warning("heartbeat of %s not written: %s", self.path, exc)
        return True

    def release(self) -> None:
        """Delete the lock file if it is still ours."""
        if self._mine is None:
            return
        try:
            found = self._read()
            if found is not None and found[0] is not None and found[0].token == self._mine.token:
                self.path.unlink()
                log.info("database lock released: %s", self.path)
        except OSError as exc:
            log.warning("database lock %s not removed: %s", self.path, exc)
        finally:
            self._mine = None
