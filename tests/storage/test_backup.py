"""Backups: a readable copy with the same rows, written before any migration and only then."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from renkei_desktop.storage import database
from renkei_desktop.storage.database import backup_file, open_database


def _rows(path: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT code, kind, prefecture, name FROM municipality ORDER BY code").fetchall()
    finally:
        conn.close()


def test_backup_is_a_readable_copy_with_the_same_rows(db_path: Path) -> None:
    copy = backup_file(db_path, "manual")
    assert copy.parent == db_path.parent / "backups"
    assert "manual" in copy.name
    assert _rows(copy) == _rows(db_path)
    assert len(_rows(copy)) == 1788


def test_backup_leaves_the_original_unchanged(db_path: Path) -> None:
    before = db_path.read_bytes()
    backup_file(db_path, "manual")
    assert db_path.read_bytes() == before


def test_database_is_backed_up_before_a_migration(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Pretend this build knows a newer revision than the file's "0001".
    monkeypatch.setattr(database, "SCHEMA_HEAD", "0002")
    monkeypatch.setattr(database, "KNOWN_REVISIONS", ("0001", "0002"))
    migrated: list[str] = []
    monkeypatch.setattr(database, "run_migrations", lambda engine: migrated.append("run"))
    rows = _rows(db_path)

    open_database(db_path).dispose()

    backups = list((db_path.parent / "backups").iterdir())
    assert migrated == ["run"]
    assert len(backups) == 1
    assert "pre-migration-0001" in backups[0].name
    assert _rows(backups[0]) == rows


def test_first_open_of_the_day_keeps_one_daily_backup(db_path: Path) -> None:
    open_database(db_path).dispose()
    open_database(db_path).dispose()
    backups = list((db_path.parent / "backups").iterdir())
    assert len(backups) == 1
    assert "-daily-" in backups[0].name
    assert _rows(backups[0]) == _rows(db_path)


def test_new_database_is_not_backed_up(tmp_path: Path) -> None:
    open_database(tmp_path / "new.sqlite3").dispose()
    assert not (tmp_path / "backups").exists()
