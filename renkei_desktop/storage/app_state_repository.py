"""Named JSON documents kept in the database (``app_state``)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import Session

from .tables import AppStateRow


def get(session: Session, key: str) -> dict | None:
    row = session.get(AppStateRow, key)
    return dict(row.value) if row is not None and isinstance(row.value, dict) else None


def put(session: Session, key: str, value: dict) -> None:
    row = session.get(AppStateRow, key) or AppStateRow(key=key, value={}, updated_at=datetime.now(UTC))
    row.value = value
    row.updated_at = datetime.now(UTC)
    session.add(row)
    session.flush()


def delete(session: Session, key: str) -> None:
    row = session.get(AppStateRow, key)
    if row is not None:
        session.delete(row)
        session.flush()
