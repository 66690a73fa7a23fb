"""Agreements (連携協約, 規約, 協定): create from a plan or by hand, edit, delete, reviews due."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from ..domain.agreements import (
    Agreement,
    ReviewDue,
    agreement_from_input,
    agreement_from_plan,
    reviews_due,
    validate_agreement,
)
from ..domain.errors import ErrorCode, ValidationFailed, ValidationIssue
from ..storage import agreement_repository as repo
from ..storage import municipality_repository, plan_repository
from ..storage.database import Database
from .changes import Changes


class AgreementService:
    def __init__(self, db: Database):
        self._db = db

    def _known_codes(self, session) -> set[str]:  # noqa: ANN001
        return municipality_repository.codes(session)

    def list_all(self) -> list[Agreement]:
        with self._db.reading() as session:
            return repo.list_all(session)

    def get(self, agreement_id: int) -> Agreement | None:
        with self._db.reading() as session:
            return repo.get(session, agreement_id)

    def parse(self, values: Mapping[str, object], *, base: Agreement | None = None) -> Agreement:
        with self._db.reading() as session:
            known = self._known_codes(session)
        agreement, issues = agreement_from_input(values, base=base, known_codes=known)
        if issues:
            raise ValidationFailed(issues)
        assert agreement is not None
        return agreement

    def draft_from_plan(self, plan_id: int, *, title: str = "", subject: str = "") -> Agreement:
        """An unsaved agreement with the plan's parties (甲/乙 as in the plan) and default clauses."""
        with self._db.reading() as session:
            plan = plan_repository.get(session, plan_id)
            if plan is None:
                raise ValidationFailed([ValidationIssue("plan_id", ErrorCode.NOT_FOUND, {"value": str(plan_id)})])
            names = {}
            for code in plan.party_codes:
                m = municipality_repository.get(session, code)
                names[code] = m.name if m else code
        return agreement_from_plan(plan, names, title=title, subject=subject)

    def _check(self, session, agreement: Agreement) -> None:  # noqa: ANN001
        issues = validate_agreement(agreement, known_codes=self._known_codes(session))
        if agreement.plan_id is not None and plan_repository.get(session, agreement.plan_id) is None:
            issues.append(ValidationIssue("plan_id", ErrorCode.NOT_FOUND, {"value": str(agreement.plan_id)}))
        if issues:
            raise ValidationFailed(issues)

    def add(self, agreement: Agreement) -> tuple[Agreement, Changes]:
        with self._db.transaction() as session:
            self._check(session, agreement)
            saved = repo.insert(session, agreement.with_changes(id=None, version=0, uid="", created_at=None))
        return saved, Changes(agreement_ids=frozenset({saved.id}))  # type: ignore[arg-type]

    def restore(self, agreement: Agreement) -> tuple[Agreement, Changes]:
        with self._db.transaction() as session:
            self._check(session, agreement)
            saved = repo.insert(session, agreement, keep_id=True)
        return saved, Changes(agreement_ids=frozenset({saved.id}))  # type: ignore[arg-type]

    def update(self, agreement: Agreement) -> tuple[Agreement, Changes]:
        if agreement.id is None:
            raise ValueError("update needs an agreement id")
        with self._db.transaction() as session:
            self._check(session, agreement)
            saved = repo.update(session, agreement)
            if saved is None:
                raise ValidationFailed([ValidationIssue("id", ErrorCode.NOT_FOUND, {"value": str(agreement.id)})])
        return saved, Changes(agreement_ids=frozenset({agreement.id}))

    def delete(self, agreement_id: int) -> tuple[Agreement, Changes]:
        with self._db.transaction() as session:
            removed = repo.delete_agreement(session, agreement_id)
            if removed is None:
                raise ValidationFailed([ValidationIssue("id", ErrorCode.NOT_FOUND, {"value": str(agreement_id)})])
        return removed, Changes(agreements_removed=frozenset({agreement_id}))

    def reviews_due(self, today: date, within_days: int = 90) -> tuple[ReviewDue, ...]:
        """Reviews and term ends due within ``within_days`` (for the home page)."""
        return reviews_due(self.list_all(), today, within_days)
