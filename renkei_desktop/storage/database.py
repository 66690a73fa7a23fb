"""Open, identify, back up and migrate the database. The only module with SQLite-specific settings."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import sqlalchemy as sa
from sqlmodel import Session

from ..domain.errors import StorageError, StorageErrorCode
from ..paths import migrations_dir

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
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def _sqlite_engine(path: Path) -> sa.Engine:
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
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StorageError(StorageErrorCode.CORRUPT, str(path), str(exc)) from exc
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
        try:
            run_migrations(engine)
        except sa.exc.OperationalError as exc:
            engine.dispose()
            raise StorageError(StorageErrorCode.CANNOT_OPEN, str(path), str(exc)) from exc
        log.info("database %s migrated from %r to %s", path, revision, SCHEMA_HEAD)
    return Database(engine, path)
