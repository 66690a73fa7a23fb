"""Files that are not a usable Renkei database are refused with a code, and never changed."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from renkei_desktop.domain.errors import StorageError, StorageErrorCode
from renkei_desktop.storage.database import open_database

PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)


def _refused(path: Path) -> StorageErrorCode:
    """Open ``path``, expect refusal, and check that neither the file nor its folder changed."""
    before = path.read_bytes()
    siblings = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(StorageError) as info:
        open_database(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == siblings  # no backup, journal or WAL left
    assert info.value.path == str(path)
    return info.value.code


def test_text_file_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "memo.txt"
    path.write_text("事務の一覧\n", encoding="utf-8")
    assert _refused(path) is StorageErrorCode.NOT_A_DATABASE


def test_png_file_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "picture.sqlite3"
    path.write_bytes(PNG_HEADER)
    assert _refused(path) is StorageErrorCode.NOT_A_DATABASE


def test_other_applications_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO contacts (name) VALUES ('山田')")
    conn.close()
    assert _refused(path) is StorageErrorCode.NOT_RENKEI


def test_database_from_newer_version_is_refused(tmp_path: Path, template_db: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    shutil.copyfile(template_db, path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    assert _refused(path) is StorageErrorCode.TOO_NEW


@pytest.mark.parametrize("size", [100, 4096, 20_000])
def test_truncated_database_is_refused(tmp_path: Path, template_db: Path, size: int) -> None:
    path = tmp_path / "truncated.sqlite3"
    path.write_bytes(template_db.read_bytes()[:size])
    assert _refused(path) in (StorageErrorCode.CORRUPT, StorageErrorCode.NOT_A_DATABASE)


def test_database_damaged_in_its_data_pages_is_refused(tmp_path: Path, template_db: Path) -> None:
    data = bytearray(template_db.read_bytes())
    start = len(data) // 2
    data[start : start + 16 * 4096] = b"\xab" * (16 * 4096)
    path = tmp_path / "damaged.sqlite3"
    path.write_bytes(bytes(data))
    assert _refused(path) is StorageErrorCode.CORRUPT


def test_folder_given_as_database_cannot_be_opened(tmp_path: Path) -> None:
    folder = tmp_path / "folder.sqlite3"
    folder.mkdir()
    with pytest.raises(StorageError) as info:
        open_database(folder)
    assert info.value.code is StorageErrorCode.CANNOT_OPEN
