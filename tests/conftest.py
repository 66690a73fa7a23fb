"""Shared fixtures: a network guard for the whole suite, and services over a temporary database."""

from __future__ import annotations

import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# No example database in the working tree, no flaky deadlines on a busy 2-core CI machine.
settings.register_profile("renkei", database=None, deadline=None)
settings.load_profile("renkei")


class NetworkBlocked(RuntimeError):
    """Raised by the guard when code under test tries to reach the network."""


def _is_local_unix(sock: socket.socket) -> bool:
    return getattr(socket, "AF_UNIX", None) is not None and sock.family == socket.AF_UNIX


@pytest.fixture(autouse=True, scope="session")
def no_network() -> Iterator[type[NetworkBlocked]]:
    """The app runs on LGWAN PCs without internet: the whole suite must open no network connection.

    Only AF_UNIX sockets (local IPC, used by Qt and D-Bus) are allowed to connect.
    """
    original_connect = socket.socket.connect
    original_connect_ex = socket.socket.connect_ex
    original_create_connection = socket.create_connection

    def guarded_connect(self: socket.socket, address: object) -> None:
        if not _is_local_unix(self):
            raise NetworkBlocked(f"network access blocked in tests: connect to {address!r}")
        return original_connect(self, address)

    def guarded_connect_ex(self: socket.socket, address: object) -> int:
        if not _is_local_unix(self):
            raise NetworkBlocked(f"network access blocked in tests: connect_ex to {address!r}")
        return original_connect_ex(self, address)

    def guarded_create_connection(address: object, *args: object, **kwargs: object) -> socket.socket:
        raise NetworkBlocked(f"network access blocked in tests: create_connection to {address!r}")

    socket.socket.connect = guarded_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = guarded_connect_ex  # type: ignore[method-assign]
    socket.create_connection = guarded_create_connection  # type: ignore[assignment]
    try:
        yield NetworkBlocked
    finally:
        socket.socket.connect = original_connect  # type: ignore[method-assign]
        socket.socket.connect_ex = original_connect_ex  # type: ignore[method-assign]
        socket.create_connection = original_create_connection  # type: ignore[assignment]


@pytest.fixture(scope="session")
def qapp_cls():  # noqa: ANN201
    """pytest-qt's ``qapp`` is the app's own QApplication class (zoom, translators) in every test."""
    from renkei_desktop.app.gui import RenkeiApplication

    return RenkeiApplication


@pytest.fixture(autouse=True, scope="session")
def _one_application_per_process(qapp):  # noqa: ANN001, ANN202
    """Created first in each test process (pytest-xdist runs several): code that makes its own
    QGuiApplication when none is running (headless reports) would otherwise leave one that the GUI
    tests, which need a QApplication, cannot replace."""
    return qapp


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database at the schema head with the 1,788-record master, built once per session.

    Loading the master takes about half a second; tests copy this file instead.
    """
    from renkei_desktop.services.container import Services

    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    services = Services.open(path)
    services.close()
    return path


@pytest.fixture(scope="session")
def demo_template_db(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The template with the demo loaded (services.demo.load_demo), built once per session: loading
    the demo takes about a second, and most GUI tests start from it."""
    from renkei_desktop.services.container import Services
    from renkei_desktop.services.demo import load_demo

    path = tmp_path_factory.mktemp("demo-template") / "demo.sqlite3"
    shutil.copyfile(template_db, path)
    services = Services.open(path)
    try:
        load_demo(services)
    finally:
        services.close()
    return path


@pytest.fixture
def demo(demo_template_db: Path, tmp_path: Path):  # noqa: ANN201
    """Services over a copy of the demo database (天龍村, its duties, plans, agreements, figures)."""
    from renkei_desktop.services.container import Services

    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_template_db, path)
    opened = Services.open(path)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    """A fresh copy of the template database (master loaded, no profile, no duties)."""
    path = tmp_path / "t.sqlite3"
    shutil.copyfile(template_db, path)
    return path


@pytest.fixture
def services(db_path: Path):  # noqa: ANN201
    """``Services.open(tmp_path / "t.sqlite3")`` over a copy of the template, closed afterwards."""
    from renkei_desktop.services.container import Services

    opened = Services.open(db_path)
    try:
        yield opened
    finally:
        opened.close()
