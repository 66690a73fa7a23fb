"""Undoable record edits (duties, agreements …). Each action is performed (and saved) before the
command is pushed, so a failed save never lands on the undo stack; undo/redo then replay through the
record's service, which offers ``restore``, ``update`` and ``delete`` returning ``(record, changes)``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand


class RecordService(Protocol):
    def restore(self, record: Any) -> tuple[Any, Any]: ...
    def update(self, record: Any) -> tuple[Any, Any]: ...
    def delete(self, record_id: int) -> tuple[Any, Any]: ...


Refresh = Callable[[Any, "int | None"], None]  # (saved record or None, removed id or None)


class _RecordCommand(QUndoCommand):
    def __init__(self, text: str, service: RecordService, refresh: Refresh):
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

    def _restore(self, record: Any) -> Any:
        saved, _ = self._service.restore(record)
        self._refresh(saved, None)
        return saved

    def _delete(self, record: Any) -> Any:
        assert record.id is not None
        removed, _ = self._service.delete(record.id)
        self._refresh(None, removed.id)
        return removed


class AddRecordCommand(_RecordCommand):
    def __init__(self, text: str, service: RecordService, refresh: Refresh, saved: Any):
        super().__init__(text, service, refresh)
        self._record = saved

    def undo(self) -> None:
        self._record = self._delete(self._record)

    def _do(self) -> None:
        self._record = self._restore(self._record)


class EditRecordCommand(_RecordCommand):
    def __init__(self, text: str, service: RecordService, refresh: Refresh, before: Any, after: Any):
        super().__init__(text, service, refresh)
        self._before = before
        self._after = after

    def undo(self) -> None:
        saved, _ = self._service.update(self._before)
        self._refresh(saved, None)

    def _do(self) -> None:
        saved, _ = self._service.update(self._after)
        self._refresh(saved, None)


class DeleteRecordCommand(_RecordCommand):
    def __init__(self, text: str, service: RecordService, refresh: Refresh, removed: Any):
        super().__init__(text, service, refresh)
        self._record = removed

    def undo(self) -> None:
        self._record = self._restore(self._record)

    def _do(self) -> None:
        self._record = self._delete(self._record)


# The catalogue's names for the same commands.
AddDutyCommand, EditDutyCommand, DeleteDutyCommand = AddRecordCommand, EditRecordCommand, DeleteRecordCommand
