"""Fixtures of the report tests: the demo town over a temporary database, built once per module."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from renkei_desktop.reports.document import HeaderFields
from renkei_desktop.services.container import Services
from renkei_desktop.services.demo import load_demo

HEADER = HeaderFields(
    doc_number="資料1", meeting="南信州広域連携推進会議", created=date(2019, 5, 1), department="総務課"
)


@pytest.fixture(scope="session")
def qapp_cls():
    """The app's own QApplication class, so that a shared session app suits the GUI tests too."""
    from renkei_desktop.app.gui import RenkeiApplication

    return RenkeiApplication


@pytest.fixture(scope="module")
def report_services(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    """The demo town (天龍村, 23 duties, 5 plans, 2 agreements); the tests only read it."""
    path = tmp_path_factory.mktemp("reports") / "demo.sqlite3"
    shutil.copyfile(template_db, path)
    services = Services.open(path)
    load_demo(services)
    yield services
    services.close()
