"""Cooperation plans for duties: add, edit, choose among alternatives, delete. One transaction each."""

from __future__ import annotations

from collections.abc import Mapping

from ..domain.errors import ErrorCode, ValidationFailed, ValidationIssue
from ..domain.plans import Plan, choose_plan, plan_from_input, validate_plan
from ..storage import duty_repository, municipality_repository
from ..storage import plan_repository as repo
from ..storage.database import Database
from .changes import Changes


class PlanService:
    def __init__(self, db: Database):
        self._db = db

    def _known_codes(self, session) -> set[str]:  # noqa: ANN001
        return municipality_repository.codes(session)

    def list_all(self) -> list[Plan]:
        with self._db.reading() as session:
            return repo.list_all(session)

    def list_for_duty(self, duty_id: int) -> list[Plan]:
        with self._db.reading() as session:
            return repo.list_for_duty(session, duty_id)

    def get(self, plan_id: int) -> Plan | None:
        with self._db.reading() as session:
            return repo.get(session, plan_id)

    def parse(self, values: Mapping[str, object], *, base: Plan | None = None) -> Plan:
        """Form input → Plan, or ValidationFailed naming each field (paths like cost_items[0].name)."""
        with self._db.reading() as session:
            known = self._known_codes(session)
        plan, issues = plan_from_input(values, base=base, known_codes=known)
        if issues:
            raise ValidationFailed(issues)
        assert plan is not None
        return plan

    def _check(self, session, plan: Plan) -> None:  # noqa: ANN001
        issues = validate_plan(plan, known_codes=self._known_codes(session))
        if duty_repository.get(session, plan.duty_id) is None:
            issues.append(ValidationIssue("duty_id", ErrorCode.NOT_FOUND, {"value": str(plan.duty_id)}))
        if issues:
            raise ValidationFailed(issues)

    def add(self, plan: Plan) -> tuple[Plan, Changes]:
        with self._db.transaction() as session:
            self._check(session, plan)
            saved = repo.insert(session, plan.with_changes(id=None, version=0, uid="", created_at=None))
            if saved.chosen:
                self._clear_other_choices(session, saved)
        return saved, Changes(plan_ids=frozenset({saved.id}))  # type: ignore[arg-type]

    def restore(self, plan: Plan) -> tuple[Plan, Changes]:
        with self._db.transaction() as session:
            self._check(session, plan)
            saved = repo.insert(session, plan, keep_id=True)
        return saved, Changes(plan_ids=frozenset({saved.id}))  # type: ignore[arg-type]

    def update(self, plan: Plan) -> tuple[Plan, Changes]:
        if plan.id is None:
            raise ValueError("update needs a plan id")
        with self._db.transaction() as session:
            self._check(session, plan)
            saved = repo.update(session, plan)
            if saved is None:
                raise ValidationFailed([ValidationIssue("id", ErrorCode.NOT_FOUND, {"value": str(plan.id)})])
            if saved.chosen:
                self._clear_other_choices(session, saved)
        return saved, Changes(plan_ids=frozenset({plan.id}))

    def _clear_other_choices(self, session, chosen: Plan) -> None:  # noqa: ANN001
        for other in repo.list_for_duty(session, chosen.duty_id):
            if other.id != chosen.id and other.chosen:
                repo.update(session, other.with_changes(chosen=False))

    def choose(self, plan_id: int) -> Changes:
        """Make ``plan_id`` the chosen alternative of its duty (the others lose the flag)."""
        with self._db.transaction() as session:
            plan = repo.get(session, plan_id)
            if plan is None:
                raise ValidationFailed([ValidationIssue("id", ErrorCode.NOT_FOUND, {"value": str(plan_id)})])
            siblings = repo.list_for_duty(session, plan.duty_id)
            changed = []
            for before, after in zip(siblings, choose_plan(siblings, plan_id), strict=True):
                if before != after:
                    repo.update(session, after)
                    changed.append(after.id)
        return Changes(plan_ids=frozenset(i for i in changed if i is not None))

    def delete(self, plan_id: int) -> tuple[Plan, Changes]:
        with self._db.transaction() as session:
            removed = repo.delete_plan(session, plan_id)
            if removed is None:
                raise ValidationFailed([ValidationIssue("id", ErrorCode.NOT_FOUND, {"value": str(plan_id)})])
        return removed, Changes(plans_removed=frozenset({plan_id}))

    def partner_counts(self, home_code: str) -> dict[str, int]:
        with self._db.reading() as session:
            return repo.partner_counts(session, home_code)
