"""Reading the audit log (entries are written by :mod:`.records` inside each change's transaction)."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, select

from ..domain.audit import AuditEntry
from .tables import AuditRow


def _entry(row: AuditRow) -> AuditEntry:
    return AuditEntry(
        id=row.id or 0,
        at=row.at,
        actor=row.actor,
        kind=row.kind,
        record_id=row.record_id,
        record_uid=row.record_uid,
        label=row.label,
        action=row.action,
        changes={str(k): (v[0], v[1]) for k, v in (row.changes or {}).items()},
    )


def query(
    session: Session,
    *,
    kind: str | None = None,
    record_id: int | None = None,
    actor: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int | None = None,
) -> list[AuditEntry]:
    """Newest first."""
    statement = select(AuditRow)
    if kind:
        statement = statement.where(AuditRow.kind == kind)
    if record_id is not None:
        statement = statement.where(AuditRow.record_id == record_id)
    if actor:
        statement = statement.where(AuditRow.actor == actor)
    if since is not None:
        statement = statement.where(col(AuditRow.at) >= since)
    if until is not None:
        statement = statement.where(col(AuditRow.at) < until)
    statement = statement.order_by(col(AuditRow.at).desc(), col(AuditRow.id).desc())
    if limit is not None:
        statement = statement.limit(limit)
    return [_entry(row) for row in session.exec(statement)]


def actors(session: Session) -> list[str]:
    return sorted({a for a in session.exec(select(AuditRow.actor).distinct()) if a})
