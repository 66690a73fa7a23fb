"""Crash test: a writer killed with SIGKILL at random moments loses nothing it acknowledged.

The full run (100 kills) is ``python benchmarks/crash_kill.py``; this test does fewer (RENKEI_CRASH_KILLS,
default 20) with the same harness, to stay well under a minute.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="fork and SIGKILL")

HARNESS = Path(__file__).resolve().parents[2] / "benchmarks" / "crash_kill.py"


def _harness():  # noqa: ANN202
    spec = importlib.util.spec_from_file_location("crash_kill", HARNESS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("crash_kill", module)
    spec.loader.exec_module(module)
    return module


def test_writers_killed_at_random_moments_lose_no_acknowledged_write(tmp_path: Path) -> None:
    crash = _harness()
    kills = int(os.environ.get("RENKEI_CRASH_KILLS", "20"))
    report = crash.run(crash.prepare_database(tmp_path), kills, seed=20240401)
    print(report)  # the figures, with -s
    assert report.failures == []
    assert report.kills == kills
    assert report.acknowledged_adds >= kills  # the kills fell among writes, not only before them
    assert report.integrity == "ok"
    assert report.missing == []
    assert report.lost_edits == []
    assert report.bad_backups == []


def test_the_check_finds_an_acknowledged_write_that_is_not_there(tmp_path: Path) -> None:
    crash = _harness()
    db = crash.prepare_database(tmp_path)
    report = crash.Report()
    crash._verify(db, {424242}, {}, report)
    assert report.integrity == "ok"
    assert report.missing == [424242]
    assert not report.ok
