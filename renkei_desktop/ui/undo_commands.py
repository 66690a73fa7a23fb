"""Undoable catalogue edits. Each action is performed (and saved) before the command is pushed,
so a failed save never lands on the undo stack; undo/redo then replay through the services."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from ..domain.duties import Duty

if TYPE_CHECKING:
    from ..services.catalogue import CatalogueService

Refresh = Callable[[Duty | None, int | None], None]  # (saved duty, removed id)


class _DutyCommand(QUndoCommand):
    def __init__(self, text: str, catalogue: CatalogueService, refresh: Refresh):
        super().__init__(text)
        self._catalogue = catalogue
        self._refresh = refresh
        self._first = True

    def redo(self) -> None:
        if self._first:  # already done by the page before pushing
            self._first = False
            return
        self._do()

    def _do(self) -> None:
        raise NotImplementedError


class AddDutyCommand(_DutyCommand):
    def __init__(self, text: str, catalogue: CatalogueService, refresh: Refresh, saved: Duty):
        super().__init__(text, catalogue, refresh)
        self._duty = saved

    def undo(self) -> None:
        assert self._duty.id is not None
        removed, _ = self._catalogue.delete(self._duty.id)
        self._duty = removed
        self._refresh(None, removed.id)

    def _do(self) -> None:
        self._duty, _ = self._catalogue.restore(self._duty)
        self._refresh(self._duty, None)


class EditDutyCommand(_DutyCommand):
    def __init__(self, text: str, catalogue: CatalogueService, refresh: Refresh, before: Duty, after: Duty):
        super().__init__(text, catalogue, refresh)
        self._before = before
        self._after = after

    def undo(self) -> None:
        saved, _ = self._catalogue.update(self._before)
        self._refresh(saved, None)

    def _do(self) -> None:
        saved, _ = self._catalogue.update(self._after)
        self._refresh(saved, None)


class DeleteDutyCommand(_DutyCommand):
    def __init__(self, text: str, catalogue: CatalogueService, refresh: Refresh, removed: Duty):
        super().__init__(text, catalogue, refresh)
        self._duty = removed

    def undo(self) -> None:
        self._duty, _ = self._catalogue.restore(self._duty)
        self._refresh(self._duty, None)

    def _do(self) -> None:
        assert self._duty.id is not None
        removed, _ = self._catalogue.delete(self._duty.id)
        self._duty = removed
        self._refresh(None, removed.id)
