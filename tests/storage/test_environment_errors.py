"""Environment tier at the service level: a full disk, a read-only file, a folder without write permission,
a locked database. The service raises StorageError with the right code, and nothing committed is lost."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from renkei_desktop.domain.errors import StorageError, StorageErrorCode
from renkei_desktop.services.container import Services
from renkei_desktop.storage.database import environment_error
from tests.faults import HOME, fill_until_full, filler_duty, limit_growth

ROOT = Path(__file__).resolve().parents[2]
_duty = filler_duty


def _integrity(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def test_a_full_disk_is_reported_as_disk_full_and_keeps_every_saved_duty(
    services: Services, db_path: Path
) -> None:
    limit_growth(services)
    saved, error = fill_until_full(services)
    assert error.code is StorageErrorCode.DISK_FULL
    assert error.path == str(db_path)
    assert [d.id for d in services.catalogue.list_duties(HOME)] == saved  # the failed one left nothing behind
    services.close()
    assert _integrity(db_path) == "ok"


def test_after_a_full_disk_saving_works_again_once_there_is_room(services: Services) -> None:
    make_room = limit_growth(services)
    saved, _ = fill_until_full(services)
    make_room()
    services.catalogue.add(_duty(9999))
    assert len(services.catalogue.list_duties(HOME)) == len(saved) + 1


@pytest.fixture
def tiny_filesystem() -> Iterator[Path]:
    """A real 3 MB file system (tmpfs), where the machine allows mounting one (root with CAP_SYS_ADMIN)."""
    if sys.platform != "linux" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small file system needs root on Linux")
    folder = Path(tempfile.mkdtemp(prefix="renkei-full-"))
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(folder)], capture_output=True
    )
    if mounted.returncode != 0:
        folder.rmdir()
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode(errors='replace').strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)
        folder.rmdir()


def test_a_really_full_file_system_is_disk_full_and_loses_nothing(
    template_db: Path, tiny_filesystem: Path
) -> None:
    db = tiny_filesystem / "renkei.sqlite3"
    shutil.copyfile(template_db, db)
    services = Services.open(db)  # the daily backup does not fit beside it: logged, the open goes on
    try:
        saved, error = fill_until_full(services, limit=100_000)
    finally:
        services.close()
    assert error.code is StorageErrorCode.DISK_FULL
    assert _integrity(db) == "ok"
    with sqlite3.connect(db) as conn:
        stored = [r[0] for r in conn.execute("SELECT id FROM duty ORDER BY id")]
    assert stored == saved


# --- file permissions: root ignores them, so as root the child gives up the capabilities that let it ------

CHILD = """
import json, sys
from renkei_desktop.domain.duties import Duty, DutyCategory
from renkei_desktop.domain.errors import StorageError
from renkei_desktop.services.container import Services
stage = "open"
try:
    services = Services.open(sys.argv[1])
    stage = "save"
    services.catalogue.add(Duty(owner_code="204137", name="追加", category=DutyCategory.OTHER))
    print(json.dumps({"stage": "saved"}))
except StorageError as error:
    print(json.dumps({"stage": stage, "code": str(error.code), "detail": error.detail}))
"""


def _as_ordinary_user() -> dict:
    """subprocess options: as root, drop CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH and CAP_FOWNER from the
    bounding set before exec, so file permissions apply to the child as to any user."""
    if sys.platform != "linux" or os.geteuid() != 0:
        return {}

    def drop() -> None:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        for capability in (1, 2, 3):  # DAC_OVERRIDE, DAC_READ_SEARCH, FOWNER
            if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
                raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")

    return {"preexec_fn": drop}


@pytest.fixture
def folder(template_db: Path, tmp_path: Path) -> Iterator[Path]:
    shared = tmp_path / "shared"
    shared.mkdir()
    shutil.copyfile(template_db, shared / "renkei.sqlite3")
    try:
        yield shared
    finally:
        os.chmod(shared, 0o755)


def _try_to_save(db: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(db)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        **_as_ordinary_user(),
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_read_only_file_is_reported_as_read_only_and_left_unchanged(folder: Path) -> None:
    db = folder / "renkei.sqlite3"
    os.chmod(db, 0o444)
    before = _digest(db)
    outcome = _try_to_save(db)
    assert outcome == {"stage": outcome["stage"], "code": "read_only", "detail": outcome["detail"]}
    assert _digest(db) == before
    assert _integrity(db) == "ok"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_folder_without_write_permission_is_reported_as_no_permission(folder: Path) -> None:
    db = folder / "renkei.sqlite3"
    os.chmod(folder, 0o555)
    before = _digest(db)
    outcome = _try_to_save(db)
    assert outcome["code"] == "no_permission", outcome
    assert _digest(db) == before


def test_a_database_locked_by_another_connection_is_busy(
    services: Services, db_path: Path, monkeypatch
) -> None:
    from renkei_desktop.storage import database

    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 100)
    blocker = sqlite3.connect(db_path, timeout=0.1)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        services.db.engine.dispose()  # reconnect with the short busy timeout
        with pytest.raises(StorageError) as caught:
            services.catalogue.add(_duty(1))
    finally:
        blocker.rollback()
        blocker.close()
    assert caught.value.code is StorageErrorCode.BUSY


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (OSError(errno.ENOSPC, "No space left on device", "x"), StorageErrorCode.DISK_FULL),
        (OSError(errno.EROFS, "Read-only file system", "x"), StorageErrorCode.READ_ONLY),
        (PermissionError(errno.EACCES, "Permission denied", "x"), StorageErrorCode.NO_PERMISSION),
        (OSError(errno.EIO, "Input/output error", "x"), StorageErrorCode.IO_ERROR),
    ],
)
def test_os_errors_map_to_environment_codes(error: OSError, code: StorageErrorCode) -> None:
    mapped = environment_error(error, Path("db.sqlite3"))
    assert mapped is not None and mapped.code is code and mapped.path == "x"


def test_a_constraint_violation_is_a_bug_not_an_environment_error() -> None:
    assert environment_error(sqlite3.IntegrityError("UNIQUE constraint failed"), Path("db.sqlite3")) is None
    assert environment_error(ValueError("bug"), Path("db.sqlite3")) is None


def test_a_write_in_read_only_mode_is_refused_and_says_so(services: Services, db_path: Path) -> None:
    services.catalogue.add(_duty(1))
    viewer = Services.open(db_path, read_only=True)
    try:
        assert viewer.read_only
        assert [d.name for d in viewer.catalogue.list_duties(HOME)] == ["事務1"]
        with pytest.raises(StorageError) as caught:
            viewer.catalogue.add(_duty(2))
        assert caught.value.code is StorageErrorCode.READ_ONLY_MODE
        services.catalogue.add(_duty(3))  # the writer goes on; the viewer sees its saves
        assert [d.name for d in viewer.catalogue.list_duties(HOME)] == ["事務1", "事務3"]
    finally:
        viewer.close()


def test_a_new_file_cannot_be_opened_read_only(tmp_path: Path) -> None:
    with pytest.raises(StorageError) as caught:
        Services.open(tmp_path / "new.sqlite3", read_only=True)
    assert caught.value.code is StorageErrorCode.NEEDS_WRITE
    assert not (tmp_path / "new.sqlite3").exists()
