"""The audit log's entries: who changed which record when, and each field's old → new value."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any


class AuditAction(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"


class AuditKind(StrEnum):
    DUTY = "duty"
    PLAN = "plan"
    AGREEMENT = "agreement"
    STATISTIC = "statistic"
    PROFILE = "profile"


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    actor: str
    kind: str
    record_id: int | None
    record_uid: str
    label: str
    action: str
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)

    @property
    def local_at(self) -> datetime:
        """The time in this PC's time zone (stored in UTC; SQLite hands it back without a zone)."""
        at = self.at if self.at.tzinfo else self.at.replace(tzinfo=UTC)
        return at.astimezone()

    def matches(self, text: str) -> bool:
        """Free-text filter over the record's name, the user and the changed fields and values."""
        needle = text.casefold()
        haystack = [self.label, self.actor, *self.changes]
        haystack += [str(v) for pair in self.changes.values() for v in pair if v is not None]
        return any(needle in item.casefold() for item in haystack)
