"""Use cases of the duty catalogue. Every mutation is one transaction and returns Changes."""

from __future__ import annotations

from ..domain.duties import Duty, duty_from_input, validate_duty
from ..domain.errors import ErrorCode, ValidationFailed, ValidationIssue
from ..storage import duty_repository as repo
from ..storage import municipality_repository
from ..storage.database import Database
from .changes import Changes


class CatalogueService:
    def __init__(self, db: Database):
        self._db = db

    def list_duties(self, owner_code: str) -> list[Duty]:
        with self._db.reading() as session:
            return repo.list_for_owner(session, owner_code)

    def get(self, duty_id: int) -> Duty | None:
        with self._db.reading() as session:
            return repo.get(session, duty_id)

    def parse(self, values: dict[str, object], *, owner_code: str, base: Duty | None = None) -> Duty:
        """Form input → Duty, or ValidationFailed naming each field; writes nothing."""
        duty, issues = duty_from_input(values, owner_code=owner_code, base=base)
        if issues:
            raise ValidationFailed(issues)
        assert duty is not None
        return duty

    def _check(self, session, duty: Duty) -> None:  # noqa: ANN001
        issues = validate_duty(duty)
        if municipality_repository.get(session, duty.owner_code) is None:
            issues.append(ValidationIssue("owner_code", ErrorCode.UNKNOWN_MUNICIPALITY, {"value": duty.owner_code}))
        if issues:
            raise ValidationFailed(issues)

    def add(self, duty: Duty) -> tuple[Duty, Changes]:
        with self._db.transaction() as session:
            self._check(session, duty)
            saved = repo.insert(session, duty.with_changes(id=None, version=0, uid="", created_at=None))
        assert saved.id is not None
        return saved, Changes(duty_ids=frozenset({saved.id}))

    def add_many(self, duties: list[Duty]) -> tuple[list[Duty], Changes]:
        """All or nothing: one invalid duty leaves the catalogue unchanged."""
        with self._db.transaction() as session:
            saved = []
            for duty in duties:
                self._check(session, duty)
                saved.append(repo.insert(session, duty.with_changes(id=None, version=0, uid="", created_at=None)))
        return saved, Changes(duty_ids=frozenset(d.id for d in saved if d.id is not None))

    def restore(self, duty: Duty) -> tuple[Duty, Changes]:
        """Re-create a deleted duty under its old id (undo of delete)."""
        with self._db.transaction() as session:
            self._check(session, duty)
            saved = repo.insert(session, duty, keep_id=True)
        assert saved.id is not None
        return saved, Changes(duty_ids=frozenset({saved.id}))

    def update(self, duty: Duty) -> tuple[Duty, Changes]:
        if duty.id is None:
            raise ValueError("update needs a duty id")
        with self._db.transaction() as session:
            self._check(session, duty)
            saved = repo.update(session, duty)
            if saved is None:
                raise ValidationFailed([ValidationIssue("id", ErrorCode.NOT_FOUND, {"value": str(duty.id)})])
        return saved, Changes(duty_ids=frozenset({duty.id}))

    def duplicate(self, duty_id: int, copy_suffix: str) -> tuple[Duty, Changes]:
        original = self.get(duty_id)
        if original is None:
            raise ValidationFailed([ValidationIssue("id", ErrorCode.NOT_FOUND, {"value": str(duty_id)})])
        name = (original.name + copy_suffix)[:100]
        return self.add(original.with_changes(name=name))

    def delete(self, duty_id: int) -> tuple[Duty, Changes]:
        """Delete a duty that has no plans (a duty's plans are deleted first, on purpose)."""
        from ..storage import plan_repository

        with self._db.transaction() as session:
            plans = plan_repository.count_for_duty(session, duty_id)
            if plans:
                duty = repo.get(session, duty_id)
                name = duty.name if duty else str(duty_id)
                raise ValidationFailed([ValidationIssue("id", ErrorCode.HAS_PLANS, {"value": name, "count": str(plans)})])
            removed = repo.delete(session, duty_id)
            if removed is None:
                raise ValidationFailed([ValidationIssue("id", ErrorCode.NOT_FOUND, {"value": str(duty_id)})])
        return removed, Changes(duties_removed=frozenset({duty_id}))
