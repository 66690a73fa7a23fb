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


def test_an_old_backup_left_half_written_by_a_crash_is_removed_and_a_fresh_one_kept(db_path: Path) -> None:
    import os
    import time

    folder = db_path.parent / "backups"
    folder.mkdir()
    old = folder / f"{db_path.stem}-daily-20260101-000000-000000.sqlite.partial"
    old_journal = folder / (old.name + "-journal")
    fresh = folder / f"{db_path.stem}-manual-20260101-000001-000000.sqlite.partial"  # being written now
    other = folder / "another-daily-20260101-000000-000000.sqlite.partial"  # another database's
    for file in (old, old_journal, fresh, other):
        file.write_bytes(b"half")
    an_hour_ago = time.time() - 3600
    for file in (old, old_journal, other):
        os.utime(file, (an_hour_ago, an_hour_ago))
    backup_file(db_path, "manual")
    assert not old.exists() and not old_journal.exists()
    assert fresh.exists() and other.exists()
    assert [b.reason for b in database.list_backups(db_path)] == ["manual"]


def test_backup_leaves_the_original_unchanged(db_path: Path) -> None:
    before = db_path.read_bytes()
    backup_file(db_path, "manual")
    assert db_path.read_bytes() == before


def _database_at(path: Path, revision: str) -> None:
    """A Renkei database migrated only up to ``revision``, with a profile and one duty."""
    from alembic import command
    from alembic.config import Config

    from renkei_desktop.paths import migrations_dir

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.set_main_option("sqlalchemy.url", f"sqlite:///{path}")
    command.upgrade(config, revision)
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA application_id={database.APPLICATION_ID}")
        conn.execute("INSERT INTO municipality VALUES ('204137','village','長野県','天龍村','てんりゅうむら',35.27,137.85)")
        conn.execute("INSERT INTO profile VALUES (1,'204137','総務課','山田','2026-11-27 00:00:00')")
        conn.execute(
            "INSERT INTO duty (owner_code,name,kana,category,description,legal_basis,workload_person_years,"
            "annual_cost_yen,expertise,current_staff,staffing_gap,urgency,status,department,notes,template_key,"
            "typical_methods,version,created_at,updated_at) VALUES ('204137','ごみ処理','','environment','','',"
            "'0.5',38500000,'[]','0','0','medium','operating','総務課','',NULL,'[]',1,"
            "'2026-11-27 00:00:00','2026-11-27 00:00:00')"
        )


@pytest.mark.parametrize("revision", [r for r in database.KNOWN_REVISIONS if r != database.SCHEMA_HEAD])
def test_every_earlier_revision_is_backed_up_then_migrated_with_its_data(tmp_path: Path, revision: str) -> None:
    path = tmp_path / "old.sqlite3"
    _database_at(path, revision)
    before = _rows(path)

    db = open_database(path)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == database.SCHEMA_HEAD
        assert conn.exec_driver_sql("SELECT name, annual_cost_yen FROM duty").fetchall() == [("ごみ処理", 38500000)]
        assert conn.exec_driver_sql("SELECT home_code FROM profile").scalar() == "204137"
        # 0003: every existing record gets its stable uid
        assert conn.exec_driver_sql("SELECT length(uid) FROM duty").scalar() == 32
    db.dispose()

    backups = list((tmp_path / "backups").iterdir())
    assert len(backups) == 1
    assert f"pre-migration-{revision}" in backups[0].name
    assert _rows(backups[0]) == before


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
