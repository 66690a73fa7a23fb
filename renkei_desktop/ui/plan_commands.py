"""Undoable edits of cooperation plans (連携案). As in undo_commands.py, each action is performed (and
saved) by the page before the command is pushed, so a failed save never lands on the undo stack;
undo/redo then replay through PlanService. ``refresh(plan_id)`` reloads the page and selects the plan
(None: keep the duty, select nothing in particular)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from ..domain.plans import Plan

if TYPE_CHECKING:
    from ..services.plans import PlanService

Refresh = Callable[[int | None], None]


class _PlanCommand(QUndoCommand):
    def __init__(self, text: str, plans: PlanService, refresh: Refresh):
        super().__init__(text)
        self._plans = plans
        self._refresh = refresh
        self._first = True

    def redo(self) -> None:
        if self._first:  # already done by the page before pushing
            self._first = False
            return
        self._do()

    def _do(self) -> None:
        raise NotImplementedError


class AddPlanCommand(_PlanCommand):
    def __init__(self, text: str, plans: PlanService, refresh: Refresh, saved: Plan):
        super().__init__(text, plans, refresh)
        self._plan = saved

    def undo(self) -> None:
        assert self._plan.id is not None
        removed, _ = self._plans.delete(self._plan.id)
        self._plan = removed
        self._refresh(None)

    def _do(self) -> None:
        self._plan, _ = self._plans.restore(self._plan)
        self._refresh(self._plan.id)


class EditPlanCommand(_PlanCommand):
    """An edit of the plan or of its procedure checklist (the chosen flag is never changed here)."""

    def __init__(self, text: str, plans: PlanService, refresh: Refresh, before: Plan, after: Plan):
        super().__init__(text, plans, refresh)
        self._before = before
        self._after = after

    def undo(self) -> None:
        saved, _ = self._plans.update(self._before)
        self._refresh(saved.id)

    def _do(self) -> None:
        saved, _ = self._plans.update(self._after)
        self._refresh(saved.id)


class DeletePlanCommand(_PlanCommand):
    def __init__(self, text: str, plans: PlanService, refresh: Refresh, removed: Plan):
        super().__init__(text, plans, refresh)
        self._plan = removed

    def undo(self) -> None:
        self._plan, _ = self._plans.restore(self._plan)
        self._refresh(self._plan.id)

    def _do(self) -> None:
        assert self._plan.id is not None
        removed, _ = self._plans.delete(self._plan.id)
        self._plan = removed
        self._refresh(None)


class ChoosePlanCommand(_PlanCommand):
    """「この案を採用」: ``before`` are the duty's plans as they were; undo puts back each flag and status."""

    def __init__(self, text: str, plans: PlanService, refresh: Refresh, plan_id: int, before: Sequence[Plan]):
        super().__init__(text, plans, refresh)
        self._plan_id = plan_id
        self._before = tuple(before)

    def undo(self) -> None:
        # The plans that were not chosen first, then the one that was (its save clears the others).
        for plan in sorted(self._before, key=lambda p: p.chosen):
            current = self._plans.get(plan.id) if plan.id is not None else None
            if current is not None and (current.chosen, current.status) != (plan.chosen, plan.status):
                self._plans.update(current.with_changes(chosen=plan.chosen, status=plan.status))
        self._refresh(self._plan_id)

    def _do(self) -> None:
        self._plans.choose(self._plan_id)
        self._refresh(self._plan_id)
