"""Injected environment failures for tests: a full disk and a file that refuses writes.

Both act on new connections of a Database's engine (the pool is emptied), so the real SQLite error comes
back through the real services: SQLITE_FULL from ``PRAGMA max_page_count``, SQLITE_READONLY from
``PRAGMA query_only``. Each returns a function that removes the fault.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa

from renkei_desktop.domain.duties import Duty, DutyCategory
from renkei_desktop.domain.errors import StorageError

HOME = "204137"  # 天龍村, in the master of every test database


def _on_every_connection(services, statement: str) -> Callable[[], None]:  # noqa: ANN001
    engine = services.db.engine

    def on_connect(dbapi_connection, _record) -> None:  # noqa: ANN001
        cursor = dbapi_connection.cursor()
        cursor.execute(statement)
        cursor.close()

    sa.event.listen(engine, "connect", on_connect)
    engine.dispose()

    def remove() -> None:
        sa.event.remove(engine, "connect", on_connect)
        engine.dispose()

    return remove


def limit_growth(services) -> Callable[[], None]:  # noqa: ANN001
    """A full disk: the file may not grow past its current number of pages."""
    with services.db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    return _on_every_connection(services, f"PRAGMA max_page_count={pages}")


def refuse_writes(services) -> Callable[[], None]:  # noqa: ANN001
    """A file that cannot be written (SQLITE_READONLY), as for a read-only file."""
    return _on_every_connection(services, "PRAGMA query_only=ON")


def filler_duty(i: int) -> Duty:
    return Duty(owner_code=HOME, name=f"事務{i}", category=DutyCategory.OTHER, description="説明" * 200)


def fill_with(action: Callable[[int], object], limit: int = 5000) -> tuple[int, StorageError]:
    """Call ``action(0)``, ``action(1)`` … until one fails with StorageError: (that index, the error).
    Right after, the same-sized write fails too (the failed transaction was rolled back)."""
    for i in range(limit):
        try:
            action(i)
        except StorageError as error:
            return i, error
    raise AssertionError(f"the disk never filled up after {limit} writes")


def fill_until_full(services, limit: int = 2000) -> tuple[list[int], StorageError]:  # noqa: ANN001
    """Add duties until a save fails; (ids saved, the error)."""
    saved: list[int] = []
    for i in range(limit):
        try:
            duty, _ = services.catalogue.add(filler_duty(i))
        except StorageError as error:
            return saved, error
        assert duty.id is not None
        saved.append(duty.id)
    raise AssertionError(f"the disk never filled up after {limit} duties")
