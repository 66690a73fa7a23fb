"""Chart fixtures: the demo town's services (built once per session, copied per test) on a fixed day."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from renkei_desktop.charts.data import ChartSource
from renkei_desktop.services.container import Services
from renkei_desktop.services.demo import load_demo

TODAY = date(2026, 11, 20)


@pytest.fixture(scope="session")
def demo_db(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("charts-demo") / "demo.sqlite3"
    shutil.copyfile(template_db, path)
    services = Services.open(path)
    load_demo(services)
    services.close()
    return path


@pytest.fixture
def demo(demo_db: Path, tmp_path: Path):
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_db, path)
    opened = Services.open(path)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def source(demo) -> ChartSource:
    return ChartSource(demo, today=TODAY)


def draw(figure) -> None:
    """Render on the Agg canvas: text is laid out (and missing glyphs reported) only when drawn."""
    figure.canvas.draw()
