"""Backups: list, create on demand, restore (the current state is backed up first)."""

from __future__ import annotations

from pathlib import Path

from ..storage import database
from ..storage.database import BackupInfo

__all__ = ["BackupInfo", "create_backup", "list_backups", "restore"]


def list_backups(db_path: Path) -> list[BackupInfo]:
    return database.list_backups(db_path)


def create_backup(db_path: Path) -> Path:
    """ファイル → バックアップを作成: a consistent copy even while the database is open."""
    return database.backup_file(db_path, "manual")


def restore(db_path: Path, backup: Path) -> Path:
    """Put ``backup`` in place of ``db_path``; every connection must be closed. Returns the copy of
    the state before the restore, so a restore can itself be undone."""
    return database.restore_backup(db_path, backup)
