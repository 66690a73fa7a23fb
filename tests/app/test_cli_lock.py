"""One writer for the headless commands: a command that writes refuses while someone holds the database."""

from __future__ import annotations

import hashlib
import logging
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from renkei_desktop.app.main import main
from renkei_desktop.storage.lock import DatabaseLock, LockHolder, lock_path


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.fixture
def db(tmp_path: Path, template_db: Path) -> Path:
    path = tmp_path / "x.sqlite3"
    shutil.copyfile(template_db, path)
    return path


def run(tmp_path: Path, capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main(["--base-dir", str(tmp_path), *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def _colleague_lock(db: Path, heartbeat_age: float = 5) -> None:
    beat = datetime.now(UTC) - timedelta(seconds=heartbeat_age)
    holder = LockHolder("suzuki", "YAKUBA-PC07", 777, beat - timedelta(hours=2), beat, "c" * 32)
    lock_path(db).write_text(holder.to_json(), encoding="utf-8")


def test_demo_refuses_with_a_clear_message_while_a_colleague_has_the_database_open(
    tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _colleague_lock(db)
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    code, out, err = run(tmp_path, capsys, "--db", db, "demo")
    assert code == 3
    assert out == ""
    assert "使用中" in err and "suzuki" in err and "YAKUBA-PC07" in err
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert lock_path(db).exists()  # the colleague's lock is left alone


def test_a_command_that_only_reads_works_while_the_app_holds_the_database(
    tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    app = DatabaseLock(db)
    assert app.acquire().acquired
    code, out, _err = run(tmp_path, capsys, "--db", db, "municipalities", "--pref", "長野県")
    assert code == 0 and "天龍村" in out
    app.release()


def test_a_writing_command_takes_over_a_stale_lock_and_releases_it(
    tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _colleague_lock(db, heartbeat_age=3600)
    code, _out, _err = run(tmp_path, capsys, "--db", db, "demo")
    assert code == 0
    assert not lock_path(db).exists()


def test_a_writing_command_leaves_no_lock_behind(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "new.sqlite3"
    code, _out, _err = run(tmp_path, capsys, "--db", db, "init")
    assert code == 0 and db.exists()
    assert not lock_path(db).exists()
