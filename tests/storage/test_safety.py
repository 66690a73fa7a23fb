"""Journal mode, durability settings, backup rotation and restore."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from renkei_desktop.domain.errors import StorageError
from renkei_desktop.storage import database
from renkei_desktop.storage.database import (
    backup_file,
    is_network_path,
    list_backups,
    open_database,
    restore_backup,
)


def test_local_database_uses_wal_and_full_synchronous(db_path: Path) -> None:
    db = open_database(db_path)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == database.BUSY_TIMEOUT_MS
    db.dispose()


def test_network_paths_use_a_rollback_journal(monkeypatch, db_path: Path) -> None:
    assert is_network_path(Path("//fileserver/share/renkei.sqlite3"))
    assert is_network_path(Path("\\\\fileserver\\share\\renkei.sqlite3"))
    monkeypatch.setattr(database, "is_network_path", lambda path: True)
    db = open_database(db_path)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
    db.dispose()


def test_backups_of_one_reason_are_rotated(monkeypatch, db_path: Path) -> None:
    monkeypatch.setitem(database.BACKUPS_KEPT, "manual", 3)
    made = [backup_file(db_path, "manual") for _ in range(5)]
    kept = [b.path for b in list_backups(db_path) if b.reason == "manual"]
    assert kept == list(reversed(made[-3:]))  # newest first, the two oldest deleted


def test_restore_replaces_the_data_and_keeps_the_previous_state(db_path: Path) -> None:
    backup = backup_file(db_path, "manual")
    with sqlite3.connect(db_path) as conn:
        conn.execute("DELETE FROM municipality_statistic")
        conn.execute("UPDATE municipality SET name = '変更後' WHERE code = '204137'")
    safety = restore_backup(db_path, backup)
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT name FROM municipality WHERE code = '204137'").fetchone()[0] == "天龍村"
    with sqlite3.connect(safety) as conn:
        assert conn.execute("SELECT name FROM municipality WHERE code = '204137'").fetchone()[0] == "変更後"


def test_restore_refuses_a_file_that_is_not_a_renkei_database(tmp_path: Path, db_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    before = db_path.read_bytes()
    with pytest.raises(StorageError):
        restore_backup(db_path, other)
    assert db_path.read_bytes() == before
