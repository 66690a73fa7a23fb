"""Chart fixtures: the demo town's services (built once per session, copied per test) on a fixed day."""

from __future__ import annotations

from datetime import date

import pytest

from renkei_desktop.charts.data import ChartSource

TODAY = date(2026, 11, 20)


@pytest.fixture
def source(demo) -> ChartSource:
    return ChartSource(demo, today=TODAY)


def draw(figure) -> None:
    """Render on the Agg canvas: text is laid out (and missing glyphs reported) only when drawn."""
    figure.canvas.draw()
