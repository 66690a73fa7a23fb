"""GUI test fixtures: real services over a temporary database, the app's own QApplication class."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from renkei_desktop.app.locations import resolve_locations
from renkei_desktop.services.container import Services


@pytest.fixture
def locations(tmp_path):
    return resolve_locations(tmp_path)


def _services_over_copy(template, locations):
    import shutil

    locations.default_db.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, locations.default_db)
    return Services.open(locations.default_db)


@pytest.fixture
def fresh_services(locations, template_db):
    """Services over a copy of the session's template database, at the path the app would use."""
    services = _services_over_copy(template_db, locations)
    yield services
    services.close()


@pytest.fixture
def demo_services(locations, demo_template_db):
    """As fresh_services, with the demo loaded (a copy of a database load_demo filled once)."""
    services = _services_over_copy(demo_template_db, locations)
    yield services
    services.close()


@pytest.fixture
def window(qtbot, qapp, locations, demo_services):
    from renkei_desktop.app.gui import create_main_window

    win = create_main_window(demo_services, locations)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def ime_type(widget, text: str) -> None:
    """Type Japanese as an IME does: QTest cannot synthesise non-ASCII key presses, so send the
    committed string in a QInputMethodEvent (what the widget receives when the user confirms)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
