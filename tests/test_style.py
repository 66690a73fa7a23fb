"""The code passes ruff's lint rules configured in pyproject.toml."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_ruff_finds_no_lint_errors():
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "renkei_desktop", "tests", "benchmarks", "packaging"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
