"""What every editable record shares: a stable uid, a version that refuses stale saves, and the audit log.

Repositories call :func:`check_version` before they overwrite a row and :func:`log_change` in the same
transaction as the change, so a change and its audit entry are committed (or rolled back) together.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlmodel import Session, SQLModel

from ..domain.errors import StaleRecord
from .tables import AuditRow

# Bookkeeping columns: not "values" of a record, never listed as changes.
_BOOKKEEPING = frozenset({"id", "version", "created_at", "updated_at", "uid"})


def new_uid() -> str:
    return uuid.uuid4().hex


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def values_of(row: SQLModel) -> dict[str, Any]:
    """The row's user-visible values as JSON-ready data; a document column is spread into its keys."""
    values: dict[str, Any] = {}
    for name in row.__class__.model_fields:
        if name in _BOOKKEEPING:
            continue
        value = getattr(row, name)
        if name == "document" and isinstance(value, dict):
            for key, inner in value.items():
                if key not in _BOOKKEEPING:
                    values.setdefault(key, _plain(inner))
        else:
            values[name] = _plain(value)
    return values


def diff(before: dict[str, Any] | None, after: dict[str, Any] | None) -> dict[str, list[Any]]:
    """``{field: [old, new]}`` for each field that differs (old or new is None on insert/delete)."""
    before = before or {}
    after = after or {}
    return {
        key: [before.get(key), after.get(key)]
        for key in dict.fromkeys([*before, *after])
        if before.get(key) != after.get(key)
    }


def check_version(kind: str, row: SQLModel, attempted: Any, to_domain: Callable[[Any], Any]) -> None:
    """Refuse to overwrite ``row`` with a record edited from an older (or newer) version."""
    if attempted.version != row.version:  # type: ignore[attr-defined]
        raise StaleRecord(kind, to_domain(row), attempted)


def log_change(
    session: Session,
    kind: str,
    row: SQLModel,
    action: str,
    before: dict[str, Any] | None,
    label: str = "",
) -> None:
    """Write one audit entry: who (the session's actor), when, which record, old → new values."""
    after = None if action == "delete" else values_of(row)
    changes = diff(before, after)
    if action == "update" and not changes:
        return
    session.add(
        AuditRow(
            at=datetime.now(UTC),
            actor=str(session.info.get("actor", ""))[:100],
            kind=kind,
            record_id=getattr(row, "id", None),
            record_uid=str(getattr(row, "uid", "") or ""),
            label=label[:200],
            action=action,
            changes=changes,
        )
    )
