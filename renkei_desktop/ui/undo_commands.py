"""Undoable record edits (duties, agreements …). Each action is performed (and saved) before the
command is pushed, so a failed save never lands on the undo stack; undo/redo then replay through the
record's service, which offers ``restore``, ``update`` and ``delete`` returning ``(record, changes)``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

from .conflicts import save_with_conflict_check


class RecordService(Protocol):
    def get(self, record_id: int) -> Any: ...
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
    """``after`` is the record as saved; undo writes ``before``'s values over it and redo ``after``'s.

    A replay is a save like any other: it goes ahead only when the stored record still holds the
    values this command left (the undo stack's own later edits are undone first, so it does unless
    someone changed the record elsewhere); otherwise the service refuses with StaleRecord, and the
    conflict dialog (ui/conflicts.py) lets the user overwrite or keep the stored version; kept, the
    command is made obsolete, so the stack drops it and stays consistent with what is stored.
    """

    def __init__(self, text: str, service: RecordService, refresh: Refresh, before: Any, after: Any):
        super().__init__(text, service, refresh)
        self._before = before
        self._after = after

    def _write(self, expected: Any, values: Any) -> None:
        current = self._service.get(values.id)
        version = expected.version
        if current is not None and current == expected.with_changes(version=current.version):
            version = current.version  # same values, only versions moved on through the undo stack
        result = save_with_conflict_check(  # changed elsewhere: the user sees both versions and chooses
            None, self._service.update, values.with_changes(version=version),
            show_stored=lambda stored: self._refresh(stored, None),
        )  # fmt: skip
        if result is None:  # the stored version was kept: this step no longer applies, the stack drops it
            self.setObsolete(True)
            return
        self._refresh(result.record, None)

    def undo(self) -> None:
        self._write(self._after, self._before)

    def _do(self) -> None:
        self._write(self._before, self._after)


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
