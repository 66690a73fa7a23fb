"""Saving a record that may have changed elsewhere: one helper every save site uses.

A service's ``update`` refuses a record edited from an older version (StaleRecord). The helper then
shows both versions (ConflictDialog) and does what the user chose:

- 保存されている内容を表示する: nothing is saved; ``show_stored(current)`` shows the stored version.
- あなたの変更で上書きする (confirmed in the dialog): the same values are saved again on top of the
  stored version (``attempted.with_changes(version=current.version)``); the audit log keeps what was
  replaced.
- キャンセル: nothing is saved; ``reedit(attempted)`` reopens the editor with the user's input (its
  result is saved the same way), or, without ``reedit``, the caller keeps its input as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING, Any, NamedTuple

from ..domain.errors import StaleRecord

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ..services.container import Services


class Choice(Enum):
    SHOW_STORED = "show_stored"
    OVERWRITE = "overwrite"
    CANCEL = "cancel"


class Saved(NamedTuple):
    record: Any  # the record as stored now
    changes: Any  # the service's Changes
    replaced: Any  # the stored version this save overwrote after a conflict, else None


def services_near(widget: QWidget | None) -> Services | None:
    """The Services of the window ``widget`` belongs to (pages keep them as ``_services``, the window
    as ``services``)."""
    while widget is not None:
        for name in ("services", "_services"):
            services = getattr(widget, name, None)
            if services is not None and hasattr(services, "audit"):
                return services
        widget = widget.parentWidget()
    return None


def ask(parent: QWidget | None, stale: StaleRecord) -> Choice:
    """Show both versions and return the user's choice (tests replace ConflictDialog.exec)."""
    from PySide6.QtWidgets import QApplication

    from .dialogs.conflict_dialog import ConflictDialog

    parent = parent or QApplication.activeWindow()
    dialog = ConflictDialog(stale, parent, services=services_near(parent))
    try:
        dialog.exec()
        return dialog.choice
    finally:
        dialog.deleteLater()


def save_with_conflict_check(
    parent: QWidget | None,
    save: Callable[[Any], tuple[Any, Any]],
    attempted: Any,
    *,
    show_stored: Callable[[Any], None] | None = None,
    reedit: Callable[[Any], Any] | None = None,
) -> Saved | None:
    """``save(attempted)`` (a service's update); on StaleRecord ask the user. Returns what was saved, or
    None when nothing was. ValidationFailed propagates as from ``save`` (nothing saved)."""
    replaced = None
    while True:
        try:
            record, changes = save(attempted)
            return Saved(record, changes, replaced)
        except StaleRecord as stale:
            choice = ask(parent, stale)
            if choice is Choice.OVERWRITE:
                replaced = stale.current
                attempted = stale.attempted.with_changes(version=stale.current.version)
                continue
            if choice is Choice.SHOW_STORED:
                if show_stored is not None:
                    show_stored(stale.current)
                return None
            if reedit is None:
                return None
            attempted = reedit(stale.attempted)
            if attempted is None:
                return None
