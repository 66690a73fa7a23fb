"""The audit log: filter the entries and export them for the records office."""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..domain.audit import AuditEntry
from ..storage import audit_repository
from ..storage.database import Database

# The exported file's headers (Japanese first: the file goes to a records office or a partner town).
CSV_HEADERS = ("日時", "利用者", "種類", "記録ID", "記録", "操作", "項目", "変更前", "変更後")
KIND_NAMES = {"duty": "事務", "plan": "連携案", "agreement": "協定・規約", "statistic": "統計", "profile": "設定"}
ACTION_NAMES = {"insert": "追加", "update": "変更", "delete": "削除"}


@dataclass(frozen=True)
class AuditFilter:
    kind: str | None = None
    record_id: int | None = None
    actor: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    text: str = ""


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


class AuditService:
    def __init__(self, db: Database):
        self._db = db

    def entries(self, where: AuditFilter | None = None, *, limit: int | None = None) -> list[AuditEntry]:
        where = where or AuditFilter()
        with self._db.reading() as session:
            found = audit_repository.query(
                session, kind=where.kind, record_id=where.record_id, actor=where.actor,
                since=where.since, until=where.until, limit=None if where.text else limit,
            )  # fmt: skip
        if where.text:
            found = [e for e in found if e.matches(where.text)]
            found = found[:limit] if limit is not None else found
        return found

    def actors(self) -> list[str]:
        with self._db.reading() as session:
            return audit_repository.actors(session)

    def export_csv(
        self, path: Path, where: AuditFilter | None = None, field_label: Callable[[str], str] = str
    ) -> int:
        """Write the filtered entries (one line per changed field) as UTF-8 CSV with BOM; returns lines.

        ``field_label`` names a field for people (the UI passes its translated names).

        Written to a temporary file beside ``path`` and moved into place: never a half-written file.
        """
        entries = self.entries(where)
        path = Path(path)
        fd, temp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
        lines = 0
        try:
            with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(CSV_HEADERS)
                for e in entries:
                    head = [
                        e.local_at.strftime("%Y-%m-%d %H:%M:%S"), e.actor, KIND_NAMES.get(e.kind, e.kind),
                        "" if e.record_id is None else str(e.record_id), e.label, ACTION_NAMES.get(e.action, e.action),
                    ]  # fmt: skip
                    for name, (old, new) in (e.changes or {"": (None, None)}).items():
                        writer.writerow([*head, field_label(name) if name else "", _cell(old), _cell(new)])
                        lines += 1
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
        return lines
