"""Fixtures and helpers shared by the exchange tests (import the fixtures into a test module).

The demo database is built once per session (tests/conftest.py: ``demo_template_db``, ``demo``) and copied.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from renkei_desktop.services.container import Services

DATA = Path(__file__).resolve().parents[1] / "data"
ESTAT_CSV = DATA / "estat_like_cp932.csv"
ESTAT_XLSX = DATA / "estat_like.xlsx"
HOME = "204137"  # 長野県天龍村, the demo town


@pytest.fixture(scope="session")
def demo_template(demo_template_db: Path) -> Path:
    """The demo database built once per session (tests/conftest.py); ``demo`` is a copy of it."""
    return demo_template_db


@pytest.fixture
def empty(template_db: Path, tmp_path: Path) -> Iterator[Services]:
    """Services over a copy of the template (master only, no profile, no duties)."""
    path = tmp_path / "empty.sqlite3"
    shutil.copyfile(template_db, path)
    opened = Services.open(path)
    try:
        yield opened
    finally:
        opened.close()


def dump(services: Services) -> str:
    """Every row of every table, as SQL: equal dumps mean an unchanged database."""
    path = services.path
    assert path is not None
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def plain_duty(duty):  # noqa: ANN001, ANN201 - a duty without database bookkeeping, for comparing
    return duty.with_changes(id=None, version=0)


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8-sig") -> Path:
    import csv
    import io

    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    path.write_bytes(out.getvalue().encode(encoding))
    return path
