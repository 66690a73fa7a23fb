"""Open, identify, back up and migrate the database. The only module with SQLite-specific code.

Module level imports only the standard library: the first screen reads a snapshot with ``sqlite3``
while SQLAlchemy and sqlmodel (about 0.8 s to import) load after the window is on screen.
"""

from __future__ import annotations

import json
import logging
import sqlite3
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
SCHEMA_HEAD = "0001"
KNOWN_REVISIONS = ("0001",)


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


def _sqlite_engine(path: Path) -> sa.Engine:
    import sqlalchemy as sa

    engine = sa.create_engine(f"sqlite:///{path}", connect_args={"timeout": 10})

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # noqa: ANN001
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    return engine


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
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
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


def backup_file(path: Path, reason: str) -> Path:
    """Copy the database with SQLite's backup API to ``backups/<stem>-<reason>-<timestamp>.sqlite``."""
    folder = path.parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{reason}-{stamp}.sqlite"
    src = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    log.info("backup written: %s", target)
    return target


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
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
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
