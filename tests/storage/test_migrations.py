"""Schema: Alembic migrations reach the head and produce exactly the tables the models describe."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlmodel import SQLModel

from renkei_desktop.paths import migrations_dir
from renkei_desktop.storage import database, tables  # noqa: F401  (tables registers the models)
from renkei_desktop.storage.database import APPLICATION_ID, SCHEMA_HEAD, open_database
from renkei_desktop.storage.tables import DutyRow


@pytest.fixture
def fresh_db(tmp_path: Path):  # noqa: ANN201
    db = open_database(tmp_path / "fresh.sqlite3")
    try:
        yield db
    finally:
        db.dispose()


def test_empty_database_migrates_to_head_and_matches_the_models(fresh_db: database.Database) -> None:
    with fresh_db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert context.get_current_revision() == SCHEMA_HEAD
        assert compare_metadata(context, SQLModel.metadata) == []


def test_schema_head_constant_equals_alembic_head() -> None:
    script = ScriptDirectory(str(migrations_dir()))
    assert script.get_current_head() == SCHEMA_HEAD


def test_every_alembic_revision_is_known_to_the_app() -> None:
    script = ScriptDirectory(str(migrations_dir()))
    assert {rev.revision for rev in script.walk_revisions()} == set(database.KNOWN_REVISIONS)


def test_new_database_is_marked_as_renkei(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    open_database(path).dispose()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_empty_file_is_initialised_as_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    db = open_database(path)
    try:
        assert sa.inspect(db.engine).has_table("duty")
    finally:
        db.dispose()


def test_foreign_keys_are_enforced(fresh_db: database.Database) -> None:
    row = DutyRow(
        owner_code="999999",
        name="ごみ処理",
        category="environment",
        created_at=sa.func.now(),
        updated_at=sa.func.now(),
    )
    with pytest.raises(sa.exc.IntegrityError, match="FOREIGN KEY"), fresh_db.transaction() as session:
        session.add(row)
        session.flush()
