"""The layering app → ui → services → storage → domain, checked by import-linter's contracts."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_linter_contracts_are_kept() -> None:
    """Runs ``lint-imports`` with the contracts in pyproject.toml; fails if any contract is broken."""
    lint_imports = Path(sys.executable).with_name("lint-imports")
    command = str(lint_imports) if lint_imports.exists() else shutil.which("lint-imports") or "lint-imports"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    result = subprocess.run(
        [command, "--no-cache"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=240, check=False
    )
    summary = re.search(r"Contracts: (\d+) kept, (\d+) broken", result.stdout)
    assert result.returncode == 0 and summary is not None, result.stdout + result.stderr
    assert int(summary[1]) >= 4  # the four contracts of pyproject.toml were all read and kept
