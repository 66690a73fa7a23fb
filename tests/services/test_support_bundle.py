"""ヘルプ → サポート用の情報を保存: the zip holds what support needs (versions, paths, the database's
health, the logs, the settings) and never the database itself; a failed write leaves nothing behind."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from renkei_desktop import __version__
from renkei_desktop.domain.errors import StorageError
from renkei_desktop.services import support


def _folders(tmp_path: Path) -> tuple[Path, Path]:
    logs = tmp_path / "logs"
    logs.mkdir()
    (logs / "renkei-desktop.log").write_text("2026-11-28 INFO opened\n", encoding="utf-8")
    (logs / "renkei-desktop.log.1").write_text("older\n", encoding="utf-8")
    (logs / "other.txt").write_text("not ours\n", encoding="utf-8")
    settings = tmp_path / "settings.ini"
    settings.write_text("[General]\nlanguage=ja\nzoom=150\n", encoding="utf-8")
    return logs, settings


def test_the_bundle_holds_the_details_logs_and_settings_but_not_the_database(demo, tmp_path: Path) -> None:
    logs, settings = _folders(tmp_path)
    target = tmp_path / "out" / support.default_name()
    target.parent.mkdir()
    written = support.write_support_bundle(
        target, log_dir=logs, settings_file=settings, db_path=demo.path, details=[("qt", "6.x"), ("zoom", "150%")]
    )
    assert written == target and target.is_file()
    with zipfile.ZipFile(target) as bundle:
        names = set(bundle.namelist())
        text = bundle.read("support.txt").decode("utf-8")
        assert bundle.read("settings.ini").decode("utf-8").startswith("[General]")
    assert names == {"support.txt", "settings.ini", "logs/renkei-desktop.log", "logs/renkei-desktop.log.1"}
    assert not any(name.endswith((".sqlite3", ".sqlite", ".db")) for name in names)
    assert f"version: {__version__}" in text
    assert "qt: 6.x" in text and "zoom: 150%" in text
    assert f"database: {demo.path}" in text
    assert "database_quick_check: ok" in text
    assert "database_schema_revision: " in text and "(new)" not in text
    assert f"log_folder: {logs}" in text
    assert list(target.parent.iterdir()) == [target]  # no .partial left


def test_a_damaged_database_is_named_in_the_bundle_instead_of_failing(tmp_path: Path) -> None:
    logs, settings = _folders(tmp_path)
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"this is not sqlite at all")
    target = tmp_path / "bundle.zip"
    support.write_support_bundle(target, log_dir=logs, settings_file=settings, db_path=broken)
    with zipfile.ZipFile(target) as bundle:
        text = bundle.read("support.txt").decode("utf-8")
    assert "database_check: not_a_database" in text


def test_without_a_database_or_logs_the_bundle_is_still_written(tmp_path: Path) -> None:
    target = tmp_path / "bundle.zip"
    support.write_support_bundle(target, log_dir=tmp_path / "no-logs", settings_file=None, db_path=None)
    with zipfile.ZipFile(target) as bundle:
        assert bundle.namelist() == ["support.txt"]
        assert "database: (none open)" in bundle.read("support.txt").decode("utf-8")


def test_a_failed_write_leaves_neither_the_target_nor_a_partial_file(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    logs, settings = _folders(tmp_path)
    target = tmp_path / "bundle.zip"
    target.write_bytes(b"the previous bundle")

    def full_disk(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(support.os, "replace", full_disk)
    with pytest.raises(StorageError) as raised:
        support.write_support_bundle(target, log_dir=logs, settings_file=settings, db_path=None)
    assert raised.value.code.value == "disk_full"
    assert target.read_bytes() == b"the previous bundle"  # the old file of that name is untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bundle.zip", "logs", "settings.ini"]


def test_the_default_name_carries_the_date_and_time() -> None:
    import time

    assert support.default_name(time.strptime("2026-11-28 09:30", "%Y-%m-%d %H:%M")) == "renkei-support-20261128-0930.zip"
