"""Open, identify, back up and migrate the database. The only module with SQLite-specific code.

Module level imports only the standard library: the first screen reads a snapshot with ``sqlite3``
while SQLAlchemy and sqlmodel (about 0.8 s to import) load after the window is on screen.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import sqlite3
import stat
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.duties import Duty, DutyCategory, DutyStatus, Urgency
from ..domain.errors import StorageError, StorageErrorCode
from ..domain.methods import CooperationMethod
from ..domain.municipalities import Municipality, MunicipalityKind
from ..domain.profile import Profile
from ..paths import migrations_dir

if TYPE_CHECKING:
    import sqlalchemy as sa
    from sqlmodel import Session

log = logging.getLogger(__name__)

# PRAGMA application_id marks a file as ours ("RKD1"); other SQLite files are refused untouched.
APPLICATION_ID = 0x524B4431
SQLITE_MAGIC = b"SQLite format 3\x00"
# The newest migration this build knows; tests check it equals Alembic's head.
SCHEMA_HEAD = "0003"
KNOWN_REVISIONS = ("0001", "0002", "0003")


class Database:
    """An engine plus sessions. Build one at start-up and pass it to the services."""

    def __init__(self, engine: sa.Engine, path: Path | None = None, *, read_only: bool = False):
        self.engine = engine
        self.path = path
        self.read_only = read_only  # opened with mode=ro and query_only: any write fails (READ_ONLY_MODE)
        # Who the audit log names for changes made through this database (services set the profile's name).
        self.login = _os_user()
        self.actor = self.login

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed on success, rolled back on any exception."""
        from sqlmodel import Session

        # Environment failures (disk full, read-only, no permission, locked) become StorageError with a
        # code the UI explains; the transaction has been rolled back, so nothing was written.
        with (
            environment_errors(self.path, read_only=self.read_only),
            Session(self.engine, expire_on_commit=False) as session,
            session.begin(),
        ):
            session.info["actor"] = self.actor
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        from sqlmodel import Session

        with (
            environment_errors(self.path, read_only=self.read_only),
            Session(self.engine, expire_on_commit=False) as session,
        ):
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def _os_user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name (service accounts, containers)
        return ""


BUSY_TIMEOUT_MS = 5000
_NETWORK_FS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "afs", "ncpfs", "davfs"}


def is_network_path(path: Path) -> bool:
    """UNC paths, mapped network drives (Windows) and network file systems (Linux mounts)."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    resolved = Path(path).resolve()
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        drive = resolved.drive + "\\"
        return ctypes.windll.kernel32.GetDriveTypeW(drive) == 4  # DRIVE_REMOTE
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return False
    best, best_fs = "", ""
    for line in mounts:
        parts = line.split()
        if len(parts) >= 3 and str(resolved).startswith(parts[1]) and len(parts[1]) > len(best):
            best, best_fs = parts[1], parts[2]
    return best_fs in _NETWORK_FS


def journal_mode_for(path: Path) -> str:
    """WAL on a local disk (readers never block the writer); DELETE on a network path, where WAL's
    shared-memory index does not work."""
    return "DELETE" if is_network_path(path) else "WAL"


def _sqlite_engine(path: Path) -> sa.Engine:
    import sqlalchemy as sa

    engine = sa.create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    journal_mode = journal_mode_for(path)

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # noqa: ANN001
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA journal_mode={journal_mode}")
        # FULL: a transaction reported as saved is on disk even after a power cut (NORMAL in WAL
        # mode could lose the last commits). The app writes a few rows per user action, so the
        # extra fsync costs nothing a user notices.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    return engine


def _sqlite_engine_read_only(path: Path) -> sa.Engine:
    """Read-only mode (someone else holds the lock): every connection is opened with ``mode=ro`` and
    ``query_only``, so not even a bug can write. Not immutable: the holder's later saves are seen."""
    import sqlalchemy as sa

    uri = Path(path).resolve().as_uri()

    def connect() -> sqlite3.Connection:
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        try:
            conn.execute("PRAGMA schema_version").fetchone()
        except sqlite3.OperationalError:  # a WAL file in a folder we cannot write, nobody else has it open
            conn.close()
            conn = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        conn.execute("PRAGMA query_only=ON")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        return conn

    return sa.create_engine(f"sqlite:///{path}", creator=connect)


# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_IOERR = 3, 5, 6, 8, 10
_SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_AUTH, _SQLITE_NOTADB = 11, 13, 14, 23, 26
_SQLITE_READONLY_DIRECTORY = _SQLITE_READONLY | (6 << 8)
_MESSAGE_CODES = (
    ("database or disk is full", _SQLITE_FULL),
    ("readonly database", _SQLITE_READONLY),
    ("database is locked", _SQLITE_BUSY),
    ("database table is locked", _SQLITE_LOCKED),
    ("disk i/o error", _SQLITE_IOERR),
    ("unable to open database", _SQLITE_CANTOPEN),
    ("malformed", _SQLITE_CORRUPT),
    ("not a database", _SQLITE_NOTADB),
)
_WINDOWS_BUSY = {32, 33}  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
_WINDOWS_FULL = {39, 112}  # ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL


def _not_writable_code(path: Path | None) -> StorageErrorCode:
    """READ_ONLY for a file marked read-only, NO_PERMISSION when the file or its folder denies us."""
    if path is None:
        return StorageErrorCode.READ_ONLY
    try:
        mode = Path(path).stat().st_mode
    except OSError:
        return StorageErrorCode.NO_PERMISSION
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        return StorageErrorCode.READ_ONLY
    if not os.access(path, os.W_OK) or not os.access(Path(path).parent, os.W_OK):
        return StorageErrorCode.NO_PERMISSION
    return StorageErrorCode.READ_ONLY


def environment_error(exc: BaseException, path: Path | None, *, read_only: bool = False) -> StorageError | None:
    """The environment-tier error for ``exc`` (disk full, read-only, no permission, locked, I/O, damaged
    file), or None when it is not one (a bug: it should reach the bug dialog as it is)."""
    where = str(path) if path is not None else ""
    original = getattr(exc, "orig", None)  # SQLAlchemy wraps the driver's exception
    if isinstance(original, BaseException):
        exc = original
    if isinstance(exc, StorageError):
        return exc
    detail = str(exc)
    if isinstance(exc, sqlite3.Error):
        if isinstance(exc, sqlite3.IntegrityError | sqlite3.ProgrammingError | sqlite3.InterfaceError):
            return None
        extended = getattr(exc, "sqlite_errorcode", None)
        if not isinstance(extended, int):
            text = detail.casefold()
            extended = next((code for words, code in _MESSAGE_CODES if words in text), -1)
        primary = extended & 0xFF if extended >= 0 else -1
        if primary == _SQLITE_READONLY:
            if read_only:
                return StorageError(StorageErrorCode.READ_ONLY_MODE, where, detail)
            if extended == _SQLITE_READONLY_DIRECTORY:
                return StorageError(StorageErrorCode.NO_PERMISSION, where, detail)
            return StorageError(_not_writable_code(path), where, detail)
        code = {
            _SQLITE_FULL: StorageErrorCode.DISK_FULL,
            _SQLITE_BUSY: StorageErrorCode.BUSY,
            _SQLITE_LOCKED: StorageErrorCode.BUSY,
            _SQLITE_PERM: StorageErrorCode.NO_PERMISSION,
            _SQLITE_AUTH: StorageErrorCode.NO_PERMISSION,
            _SQLITE_IOERR: StorageErrorCode.IO_ERROR,
            _SQLITE_CORRUPT: StorageErrorCode.CORRUPT,
            _SQLITE_NOTADB: StorageErrorCode.CORRUPT,
        }.get(primary)
        if primary == _SQLITE_CANTOPEN:
            code = _not_writable_code(path) if path is not None and Path(path).exists() else StorageErrorCode.CANNOT_OPEN
            if code is StorageErrorCode.READ_ONLY:  # writable as far as we can tell: a drive that went away
                code = StorageErrorCode.IO_ERROR
        return StorageError(code, where, detail) if code is not None else None
    if isinstance(exc, OSError):
        where = str(exc.filename) if exc.filename else where
        winerror = getattr(exc, "winerror", None)
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)) or winerror in _WINDOWS_FULL:
            code = StorageErrorCode.DISK_FULL
        elif winerror in _WINDOWS_BUSY:
            code = StorageErrorCode.BUSY
        elif exc.errno == errno.EROFS:
            code = StorageErrorCode.READ_ONLY
        elif exc.errno in (errno.EACCES, errno.EPERM):
            code = StorageErrorCode.NO_PERMISSION
        else:
            code = StorageErrorCode.IO_ERROR
        return StorageError(code, where, exc.strerror or detail)
    return None


@contextmanager
def environment_errors(path: Path | None, *, read_only: bool = False) -> Iterator[None]:
    """Turn an environment failure inside the block into StorageError (see environment_error)."""
    try:
        yield
    except StorageError:
        raise
    except Exception as exc:
        error = environment_error(exc, path, read_only=read_only)
        if error is None:
            raise
        log.warning("%s on %s: %s", error.code, error.path, error.detail)
        raise error from exc


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection that leaves no -wal/-shm files behind on a file nobody has open.

    With no -wal or -journal beside it, no one is writing the file, so it is opened as immutable
    (no locks, no shared-memory file). Otherwise it is opened read-only, sharing the writer's WAL.
    """
    uri = Path(path).resolve().as_uri()
    busy = any(Path(f"{path}{suffix}").exists() for suffix in ("-wal", "-journal"))
    return sqlite3.connect(f"{uri}?mode=ro" if busy else f"{uri}?mode=ro&immutable=1", uri=True)


def inspect_file(path: Path) -> str | None:
    """Classify an existing file without changing it: None when new/empty, else its revision.

    Raises StorageError for anything that is not a Renkei database of a known revision.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise StorageError(StorageErrorCode.CANNOT_OPEN, str(path), str(exc)) from exc
    if header != SQLITE_MAGIC:
        raise StorageError(StorageErrorCode.NOT_A_DATABASE, str(path))
    try:
        conn = _connect_read_only(path)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
            # Damage past the first pages only shows when they are read: check every page now (a few
            # ms for a town's catalogue) rather than fail with a traceback in the middle of start-up.
            integrity = "ok"
            if app_id == APPLICATION_ID:
                integrity = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StorageError(StorageErrorCode.CORRUPT, str(path), str(exc)) from exc
    if integrity != "ok":
        raise StorageError(StorageErrorCode.CORRUPT, str(path), integrity)
    if app_id != APPLICATION_ID:
        if app_id == 0 and not tables:
            return None
        raise StorageError(StorageErrorCode.NOT_RENKEI, str(path))
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise StorageError(StorageErrorCode.TOO_NEW, str(path), revision)
    return revision or ""


# How many backups of each reason are kept (the oldest are deleted first).
BACKUPS_KEPT = {"daily": 14, "manual": 20, "pre-restore": 10}
BACKUPS_KEPT_DEFAULT = 10


def backup_folder(path: Path) -> Path:
    return Path(path).parent / "backups"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    reason: str
    created: datetime
    size: int


def list_backups(path: Path) -> list[BackupInfo]:
    """Backups of ``path`` (named ``<stem>-<reason>-<YYYYmmdd>-<HHMMSS>-<µs>.sqlite``), newest first."""
    folder = backup_folder(path)
    stem = Path(path).stem
    result = []
    for file in folder.glob(f"{stem}-*.sqlite") if folder.is_dir() else ():
        parts = file.stem[len(stem) + 1 :].rsplit("-", 3)
        if len(parts) != 4:
            continue
        reason, day, clock, _micro = parts
        try:
            created = datetime.strptime(day + clock, "%Y%m%d%H%M%S")
        except ValueError:
            continue
        result.append(BackupInfo(file, reason, created, file.stat().st_size))
    return sorted(result, key=lambda b: b.path.name.rsplit("-", 3)[1:], reverse=True)


def _rotate(path: Path, reason: str) -> None:
    keep = BACKUPS_KEPT.get(reason, BACKUPS_KEPT_DEFAULT)
    for old in [b for b in list_backups(path) if b.reason == reason][keep:]:
        try:
            old.path.unlink()
        except OSError as exc:  # a locked old backup is not worth failing for
            log.warning("could not delete old backup %s: %s", old.path, exc)


PARTIAL_BACKUP_MAX_AGE_S = 600


def backup_file(path: Path, reason: str) -> Path:
    """Copy the database with SQLite's backup API to ``backups/<stem>-<reason>-<timestamp>.sqlite``
    (consistent even while the app has it open), then rotate that reason's backups."""
    folder = backup_folder(path)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{Path(path).stem}-{reason}-{stamp}.sqlite"
    # Written under a name list_backups ignores, renamed when complete: a crash or a full disk never
    # leaves a half-written file that looks like a backup.
    partial = target.with_name(target.name + ".partial")
    with environment_errors(folder):
        folder.mkdir(parents=True, exist_ok=True)
        # What a backup cut short by a crash or a killed process left. Only older ones: a backup takes
        # seconds, and another process (a CLI command) might be writing one of this database now.
        for leftover in folder.glob(f"{Path(path).stem}-*.sqlite.partial*"):
            with suppress(OSError):
                if time.time() - leftover.stat().st_mtime > PARTIAL_BACKUP_MAX_AGE_S:
                    leftover.unlink()
        src = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
            finally:
                dst.close()
            os.replace(partial, target)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        finally:
            src.close()
    log.info("backup written: %s", target)
    _rotate(Path(path), reason)
    return target


def ensure_daily_backup(path: Path, today: datetime | None = None) -> Path | None:
    """On the first open of each day, keep a copy (rotated: the last BACKUPS_KEPT['daily'] days)."""
    day = (today or datetime.now()).strftime("%Y%m%d")
    if not Path(path).exists() or inspect_file(Path(path)) is None:
        return None
    if any(b.reason == "daily" and b.created.strftime("%Y%m%d") == day for b in list_backups(path)):
        return None
    return backup_file(Path(path), "daily")


def restore_backup(path: Path, backup: Path) -> Path:
    """Replace the contents of ``path`` with ``backup`` (the current file is backed up first).

    The caller must have closed every connection to ``path``. Returns the pre-restore backup.
    """
    revision = inspect_file(Path(backup))  # refuses anything that is not a good Renkei database
    if revision is None:
        raise StorageError(StorageErrorCode.NOT_RENKEI, str(backup))
    safety = backup_file(Path(path), "pre-restore")
    src = _connect_read_only(Path(backup))
    dst = sqlite3.connect(path)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    log.info("restored %s from %s (previous state kept in %s)", path, backup, safety)
    return safety


def run_migrations(engine: sa.Engine) -> None:
    from alembic import command  # deferred: only needed when the schema is behind
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")


def open_database(path: Path, *, read_only: bool = False) -> Database:
    """Open (creating if needed) and migrate a database file; back it up before any migration.

    ``read_only``: open an existing, current file without any write (no backup, no migration)."""
    path = Path(path)
    revision = inspect_file(path)
    if read_only:
        if revision != SCHEMA_HEAD:
            raise StorageError(StorageErrorCode.NEEDS_WRITE, str(path), revision or "")
        return Database(_sqlite_engine_read_only(path), path, read_only=True)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(StorageErrorCode.CANNOT_OPEN, str(path), str(exc)) from exc
    if revision and revision != SCHEMA_HEAD:
        backup_file(path, f"pre-migration-{revision}")
    elif revision == SCHEMA_HEAD:
        try:
            ensure_daily_backup(path)
        except StorageError as exc:  # e.g. the disk is full: the user can still work, and is told why in the log
            log.warning("daily backup of %s not written: %s", path, exc)
    engine = _sqlite_engine(path)
    if revision != SCHEMA_HEAD:
        from sqlalchemy.exc import OperationalError

        try:
            run_migrations(engine)
        except OperationalError as exc:
            engine.dispose()
            raise StorageError(StorageErrorCode.CANNOT_OPEN, str(path), str(exc)) from exc
        log.info("database %s migrated from %r to %s", path, revision, SCHEMA_HEAD)
    return Database(engine, path)


@dataclass(frozen=True)
class Snapshot:
    """What the first screen shows, read with plain sqlite3 before the ORM is loaded."""

    profile: Profile | None
    home: Municipality | None
    duties: list[Duty]


def _timestamp(text: str | None) -> datetime | None:
    if not text:
        return None
    value = datetime.fromisoformat(text)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def read_snapshot(path: Path) -> Snapshot | None:
    """Profile, home municipality and its duties from a database already at SCHEMA_HEAD; None when
    the file is new, needs a migration or cannot be read (the full open then reports why)."""
    try:
        if inspect_file(Path(path)) != SCHEMA_HEAD:
            return None
        conn = _connect_read_only(Path(path))
    except (StorageError, sqlite3.Error):
        return None
    try:
        conn.row_factory = sqlite3.Row
        row = conn.execute("SELECT home_code, department, user_name FROM profile WHERE id = 1").fetchone()
        if row is None:
            return Snapshot(None, None, [])
        profile = Profile(row["home_code"], row["department"], row["user_name"])
        m = conn.execute("SELECT * FROM municipality WHERE code = ?", (profile.home_code,)).fetchone()
        home = (
            Municipality(m["code"], MunicipalityKind(m["kind"]), m["prefecture"], m["name"], m["kana"], m["latitude"], m["longitude"])
            if m
            else None
        )
        duties = [
            Duty(
                id=r["id"],
                owner_code=r["owner_code"],
                name=r["name"],
                kana=r["kana"],
                category=DutyCategory(r["category"]),
                description=r["description"],
                legal_basis=r["legal_basis"],
                workload_person_years=Decimal(r["workload_person_years"]),
                annual_cost_yen=int(r["annual_cost_yen"]),
                expertise=tuple(json.loads(r["expertise"] or "[]")),
                current_staff=Decimal(r["current_staff"]),
                staffing_gap=Decimal(r["staffing_gap"]),
                urgency=Urgency(r["urgency"]),
                status=DutyStatus(r["status"]),
                department=r["department"],
                notes=r["notes"],
                template_key=r["template_key"],
                typical_methods=tuple(CooperationMethod(x) for x in json.loads(r["typical_methods"] or "[]")),
                version=r["version"],
                uid=r["uid"] if "uid" in r.keys() else "",
                created_at=_timestamp(r["created_at"]),
                updated_at=_timestamp(r["updated_at"]),
            )
            for r in conn.execute("SELECT * FROM duty WHERE owner_code = ? ORDER BY id", (profile.home_code,))
        ]
        return Snapshot(profile, home, duties)
    except (sqlite3.Error, ValueError, KeyError) as exc:
        log.warning("snapshot of %s not readable (%s); waiting for the full open", path, exc)
        return None
    finally:
        conn.close()
