"""Open, identify, back up and migrate the database. The only module with SQLite-specific code.

Module level imports only the standard library: the first screen reads a snapshot with ``sqlite3``
while SQLAlchemy and sqlmodel (about 0.8 s to import) load after the window is on screen.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
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
SCHEMA_HEAD = "0002"
KNOWN_REVISIONS = ("0001", "0002")


class Database:
    """An engine plus sessions. Build one at start-up and pass it to the services."""

    def __init__(self, engine: sa.Engine, path: Path | None = None):
        self.engine = engine
        self.path = path

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed on success, rolled back on any exception."""
        from sqlmodel import Session

        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        from sqlmodel import Session

        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


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


def backup_file(path: Path, reason: str) -> Path:
    """Copy the database with SQLite's backup API to ``backups/<stem>-<reason>-<timestamp>.sqlite``
    (consistent even while the app has it open), then rotate that reason's backups."""
    folder = backup_folder(path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{Path(path).stem}-{reason}-{stamp}.sqlite"
    src = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
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


def open_database(path: Path) -> Database:
    """Open (creating if needed) and migrate a database file; back it up before any migration."""
    path = Path(path)
    revision = inspect_file(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(StorageErrorCode.CANNOT_OPEN, str(path), str(exc)) from exc
    if revision and revision != SCHEMA_HEAD:
        backup_file(path, f"pre-migration-{revision}")
    elif revision == SCHEMA_HEAD:
        ensure_daily_backup(path)
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
