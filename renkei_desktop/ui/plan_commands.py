"""Undoable edits of cooperation plans (連携案): the shared record commands of undo_commands.py, plus
choosing a plan. As there, each action is performed (and
saved) by the page before the command is pushed, so a failed save never lands on the undo stack;
undo/redo then replay through PlanService. ``refresh(plan_id)`` reloads the page and selects the plan
(None: keep the duty, select nothing in particular)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from ..domain.plans import Plan
from .undo_commands import AddRecordCommand, DeleteRecordCommand, EditRecordCommand

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


def _by_id(refresh: Refresh) -> Callable[[Plan | None, int | None], None]:
    """The plans page refreshes by plan id; the shared record commands report (saved, removed id)."""
    return lambda saved, _removed: refresh(saved.id if saved is not None else None)


class AddPlanCommand(AddRecordCommand):
    def __init__(self, text: str, plans: PlanService, refresh: Refresh, saved: Plan):
        super().__init__(text, plans, _by_id(refresh), saved)


class EditPlanCommand(EditRecordCommand):
    """An edit of the plan or of its procedure checklist (the chosen flag is never changed here)."""

    def __init__(self, text: str, plans: PlanService, refresh: Refresh, before: Plan, after: Plan):
        super().__init__(text, plans, _by_id(refresh), before, after)


class DeletePlanCommand(DeleteRecordCommand):
    def __init__(self, text: str, plans: PlanService, refresh: Refresh, removed: Plan):
        super().__init__(text, plans, _by_id(refresh), removed)


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
