"""One writer: the lock file beside the database (storage/lock.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from renkei_desktop.domain.errors import StorageError, StorageErrorCode
from renkei_desktop.services.lock import writer_lock
from renkei_desktop.storage.lock import (
    DatabaseLock,
    LockHolder,
    LockState,
    StaleReason,
    current_host,
    lock_path,
)


def _write_foreign_lock(
    db: Path, *, host: str = "OTHER-PC", pid: int = 4242, heartbeat_age: float = 0.0
) -> LockHolder:
    """A lock as another PC (or another process) would have written it."""
    beat = datetime.now(UTC) - timedelta(seconds=heartbeat_age)
    holder = LockHolder("tanaka", host, pid, beat - timedelta(hours=1), beat, "f" * 32)
    lock_path(db).write_text(holder.to_json(), encoding="utf-8")
    return holder


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_the_lock_file_sits_beside_the_database_and_names_the_holder(tmp_path: Path) -> None:
    db = tmp_path / "renkei.sqlite3"
    status = DatabaseLock(db).acquire()
    assert status.state is LockState.ACQUIRED
    data = json.loads((tmp_path / "renkei.sqlite3.lock").read_text(encoding="utf-8"))
    assert data["pid"] == os.getpid()
    assert data["host"] == current_host()
    assert {"user", "started", "heartbeat", "token"} <= data.keys()


def test_a_second_instance_sees_who_holds_the_database(tmp_path: Path) -> None:
    db = tmp_path / "renkei.sqlite3"
    first, second = DatabaseLock(db), DatabaseLock(db)
    assert first.acquire().acquired
    status = second.acquire()
    assert status.state is LockState.HELD
    assert status.holder is not None and status.holder.pid == os.getpid()
    assert status.heartbeat_age is not None and status.heartbeat_age < 5
    assert not second.held


def test_a_colleagues_live_lock_is_held(tmp_path: Path) -> None:
    db = tmp_path / "renkei.sqlite3"
    _write_foreign_lock(db, heartbeat_age=20)
    status = DatabaseLock(db).acquire()
    assert status.state is LockState.HELD
    assert status.holder is not None and (status.holder.user, status.holder.host) == ("tanaka", "OTHER-PC")


def test_a_lock_without_heartbeat_for_two_minutes_is_stale(tmp_path: Path) -> None:
    db = tmp_path / "renkei.sqlite3"
    _write_foreign_lock(db, heartbeat_age=180)
    status = DatabaseLock(db).acquire()
    assert status.state is LockState.STALE
    assert status.reason is StaleReason.HEARTBEAT
    assert status.heartbeat_age is not None and status.heartbeat_age >= 180


def test_a_lock_of_a_process_gone_from_this_pc_is_stale_at_once(tmp_path: Path) -> None:
    db = tmp_path / "renkei.sqlite3"
    _write_foreign_lock(db, host=current_host(), pid=_dead_pid(), heartbeat_age=1)
    status = DatabaseLock(db).acquire()
    assert status.state is LockState.STALE
    assert status.reason is StaleReason.PROCESS_GONE


def test_taking_over_a_stale_lock_makes_it_ours(tmp_path: Path) -> None:
    db = tmp_path / "renkei.sqlite3"
    _write_foreign_lock(db, heartbeat_age=600)
    lock = DatabaseLock(db)
    seen = lock.acquire()
    taken = lock.take_over(seen)
    assert taken.acquired and lock.held
    assert json.loads(lock_path(db).read_text(encoding="utf-8"))["pid"] == os.getpid()


def test_take_over_is_refused_when_the_holder_came_back(tmp_path: Path) -> None:
    db = tmp_path / "renkei.sqlite3"
    _write_foreign_lock(db, heartbeat_age=600)
    lock = DatabaseLock(db)
    seen = lock.acquire()
    _write_foreign_lock(db, heartbeat_age=0)  # its heartbeat arrives before we take over
    status = lock.take_over(seen)
    assert status.state is LockState.HELD
    assert not lock.held
    assert json.loads(lock_path(db).read_text(encoding="utf-8"))["host"] == "OTHER-PC"


def test_the_previous_holder_learns_at_its_heartbeat_that_it_was_taken_over(tmp_path: Path) -> None:
    db = tmp_path / "renkei.sqlite3"
    clock = [datetime.now(UTC)]
    sleeper = DatabaseLock(db, now=lambda: clock[0])
    assert sleeper.acquire().acquired
    clock[0] += timedelta(minutes=10)  # the PC slept: no heartbeat for ten minutes
    colleague = DatabaseLock(db, now=lambda: clock[0])
    seen = colleague.acquire()
    assert seen.state is LockState.STALE
    assert colleague.take_over(seen).acquired
    assert sleeper.heartbeat() is False
    assert not sleeper.held
    assert colleague.heartbeat() is True


def test_heartbeat_moves_the_time_forward(tmp_path: Path) -> None:
    db = tmp_path / "renkei.sqlite3"
    clock = [datetime(2024, 4, 1, 9, 0, tzinfo=UTC)]
    lock = DatabaseLock(db, now=lambda: clock[0])
    lock.acquire()
    clock[0] += timedelta(seconds=30)
    assert lock.heartbeat()
    data = json.loads(lock_path(db).read_text(encoding="utf-8"))
    assert datetime.fromisoformat(data["heartbeat"]) == clock[0]
    assert datetime.fromisoformat(data["started"]) == datetime(2024, 4, 1, 9, 0, tzinfo=UTC)
    assert not list(tmp_path.glob(".*.tmp"))  # written through a temporary file, renamed in place


def test_release_removes_only_our_own_lock(tmp_path: Path) -> None:
    db = tmp_path / "renkei.sqlite3"
    ours = DatabaseLock(db)
    ours.acquire()
    ours.release()
    assert not lock_path(db).exists()
    _write_foreign_lock(db)
    ours.release()  # not held any more: a colleague's lock stays
    DatabaseLock(db).release()
    assert lock_path(db).exists()


def test_acquiring_again_in_the_same_object_is_allowed(tmp_path: Path) -> None:
    db = tmp_path / "renkei.sqlite3"
    lock = DatabaseLock(db)
    assert lock.acquire().acquired
    assert lock.acquire().acquired  # e.g. reopening the same file after a restore


def test_an_unreadable_lock_file_is_stale_and_can_be_taken_over(tmp_path: Path) -> None:
    db = tmp_path / "renkei.sqlite3"
    lock_path(db).write_bytes(b"")
    lock = DatabaseLock(db)
    seen = lock.acquire()
    assert seen.state is LockState.STALE and seen.reason is StaleReason.UNREADABLE
    assert lock.take_over(seen).acquired


def test_writer_lock_refuses_while_a_colleague_works(tmp_path: Path) -> None:
    db = tmp_path / "renkei.sqlite3"
    _write_foreign_lock(db)
    with pytest.raises(StorageError) as caught, writer_lock(db):
        pass
    assert caught.value.code is StorageErrorCode.HELD_BY_OTHER
    assert "tanaka" in caught.value.detail and "OTHER-PC" in caught.value.detail


def test_writer_lock_takes_over_a_stale_lock_and_releases_it(tmp_path: Path) -> None:
    db = tmp_path / "renkei.sqlite3"
    _write_foreign_lock(db, heartbeat_age=3600)
    with writer_lock(db) as lock:
        assert lock.held
    assert not lock_path(db).exists()
