"""Browsing municipalities and editing their dated statistics."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from ..domain.errors import ErrorCode, ValidationFailed, ValidationIssue
from ..domain.municipalities import Municipality, MunicipalityKind, Statistic, validate_statistic_input
from ..storage import municipality_repository as repo
from ..storage.database import Database
from .changes import Changes


class MunicipalityService:
    def __init__(self, db: Database):
        self._db = db
        self._cache: list[Municipality] | None = None

    def all(self) -> list[Municipality]:
        if self._cache is None:
            with self._db.reading() as session:
                self._cache = repo.list_all(session)
        return self._cache

    def statistics_written_elsewhere(self) -> None:
        """Another service wrote statistics (an import, a partner package): read the list again when next
        asked. The sharing service notices the new list by its identity."""
        self._cache = None

    def partners(self) -> list[Municipality]:
        """Every municipality and prefecture that can be a party (wards are not in the master)."""
        return self.all()

    def prefectures(self) -> list[Municipality]:
        return [m for m in self.all() if m.kind is MunicipalityKind.PREFECTURE]

    def get(self, code: str) -> Municipality | None:
        with self._db.reading() as session:
            return repo.get(session, code)

    def set_statistic(
        self, code: str, kind: str, value: str | Decimal, reference_date: str | date, source: str
    ) -> tuple[Statistic, Changes]:
        stat, issues = validate_statistic_input(code, kind, value, reference_date, source)
        if issues:
            raise ValidationFailed(issues)
        assert stat is not None
        with self._db.transaction() as session:
            if repo.get(session, code) is None:
                raise ValidationFailed(
                    [ValidationIssue("municipality_code", ErrorCode.UNKNOWN_MUNICIPALITY, {"value": code})]
                )
            saved = repo.upsert_statistic(session, stat)
        self._cache = None
        return saved, Changes(municipality_codes=frozenset({code}))

    def delete_statistic(self, statistic_id: int) -> Changes:
        with self._db.transaction() as session:
            removed = repo.delete_statistic(session, statistic_id)
        self._cache = None
        if removed is None:
            return Changes()
        return Changes(municipality_codes=frozenset({removed.municipality_code}))
