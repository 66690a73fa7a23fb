"""Undoable agreement edits. Each action is performed (and saved) before the command is pushed, so a
failed save never lands on the undo stack; undo/redo then replay through the agreement service."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from ..domain.agreements import Agreement

if TYPE_CHECKING:
    from ..services.agreements import AgreementService

Refresh = Callable[[Agreement | None, int | None], None]  # (saved agreement, removed id)


class _AgreementCommand(QUndoCommand):
    def __init__(self, text: str, service: AgreementService, refresh: Refresh):
        super().__init__(text)
        self._service = service
        self._refresh = refresh
        self._first = True

    def redo(self) -> None:
        if self._first:  # already done by the page before pushing
            self._first = False
            return
        self._do()

    def _do(self) -> None:
        raise NotImplementedError


class AddAgreementCommand(_AgreementCommand):
    def __init__(self, text: str, service: AgreementService, refresh: Refresh, saved: Agreement):
        super().__init__(text, service, refresh)
        self._agreement = saved

    def undo(self) -> None:
        assert self._agreement.id is not None
        removed, _ = self._service.delete(self._agreement.id)
        self._agreement = removed
        self._refresh(None, removed.id)

    def _do(self) -> None:
        self._agreement, _ = self._service.restore(self._agreement)
        self._refresh(self._agreement, None)


class EditAgreementCommand(_AgreementCommand):
    def __init__(
        self, text: str, service: AgreementService, refresh: Refresh, before: Agreement, after: Agreement
    ):
        super().__init__(text, service, refresh)
        self._before = before
        self._after = after

    def undo(self) -> None:
        saved, _ = self._service.update(self._before)
        self._refresh(saved, None)

    def _do(self) -> None:
        saved, _ = self._service.update(self._after)
        self._refresh(saved, None)


class DeleteAgreementCommand(_AgreementCommand):
    def __init__(self, text: str, service: AgreementService, refresh: Refresh, removed: Agreement):
        super().__init__(text, service, refresh)
        self._agreement = removed

    def undo(self) -> None:
        self._agreement, _ = self._service.restore(self._agreement)
        self._refresh(self._agreement, None)

    def _do(self) -> None:
        assert self._agreement.id is not None
        removed, _ = self._service.delete(self._agreement.id)
        self._agreement = removed
        self._refresh(None, removed.id)
