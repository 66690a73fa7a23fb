"""What the exchange remembers between runs: column mappings per file layout, and per partner the
content last exchanged for each record (the common base that tells a change from a conflict).

Kept in the database itself (table ``app_state``, key ``exchange``), so it is backed up and restored
with the records it describes; written in its own transaction right after the import committed.
If that write fails, the next package import shows more conflicts, never fewer: a record whose base
is unknown or old is a conflict as soon as both sides differ, so nothing is overwritten silently.
"""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from ...storage import app_state_repository

if TYPE_CHECKING:
    from ...storage.database import Database

log = logging.getLogger(__name__)

STATE_VERSION = 1
STATE_KEY = "exchange"
ANY_PARTNER = "*"  # a package exported without naming its recipient


class ExchangeState:
    def __init__(self, db: Database | None):
        self._db = db
        self._lock = threading.Lock()
        self._data: dict[str, Any] = {"version": STATE_VERSION, "mappings": {}, "partners": {}}
        if db is not None:
            try:
                with db.reading() as session:
                    loaded = app_state_repository.get(session, STATE_KEY)
            except Exception as exc:  # noqa: BLE001 - unreadable: start afresh (more conflicts, never fewer)
                log.warning("exchange state not readable (%s); starting without it", exc)
                loaded = None
            if isinstance(loaded, dict) and loaded.get("version") == STATE_VERSION:
                self._data.update({k: loaded[k] for k in ("mappings", "partners") if isinstance(loaded.get(k), dict)})

    # --- column mappings -----------------------------------------------------------------------

    def mapping(self, target: str, signature: str) -> dict | None:
        found = self._data["mappings"].get(f"{target}:{signature}")
        return found if isinstance(found, dict) else None

    def remember_mapping(self, target: str, signature: str, mapping: dict) -> None:
        with self._lock:
            key = f"{target}:{signature}"
            known = self._data["mappings"].get(key)
            if isinstance(known, dict) and {k: v for k, v in known.items() if k != "used"} == mapping:
                return  # already remembered (the database stays unchanged by a repeated import)
            self._data["mappings"][key] = {**mapping, "used": _now()}
            self._save()

    # --- partner exchange bases ----------------------------------------------------------------

    def base(self, partner: str, key: str) -> dict | None:
        """The record ``key`` (a uid, or ``stat:code:kind:date``) as last exchanged with ``partner``:
        {"hash": content hash, "local_version": …, "remote_version": …, "at": …}; falls back to an
        export to no named partner."""
        for who in (partner, ANY_PARTNER):
            found = self._data["partners"].get(who, {}).get(key)
            if isinstance(found, dict):
                return found
        return None

    def record_exchange(self, partner: str, bases: dict[str, dict]) -> None:
        if not bases:
            return
        with self._lock:
            records = self._data["partners"].setdefault(partner, {})
            stamp = _now()
            changed = False
            for key, base in bases.items():
                known = records.get(key)
                if isinstance(known, dict) and {k: v for k, v in known.items() if k != "at"} == base:
                    continue  # the same content again: nothing new to remember
                records[key] = {**base, "at": stamp}
                changed = True
            if changed:
                self._save()

    def forget(self) -> None:
        """Drop every remembered mapping and exchange base (the next package import shows more conflicts)."""
        with self._lock:
            self._data = {"version": STATE_VERSION, "mappings": {}, "partners": {}}
            self._save()

    def _save(self) -> None:
        if self._db is None:
            return
        try:
            with self._db.transaction() as session:
                app_state_repository.put(session, STATE_KEY, self._data)
        except Exception as exc:  # noqa: BLE001 - the import itself is committed; see the module docstring
            log.warning("exchange state not written: %s", exc)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
