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


def test_no_module_uses_pyplot() -> None:
    """Figures are built as ``matplotlib.figure.Figure`` objects: pyplot's global state never enters the app."""
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "renkei_desktop").rglob("*.py")
        if re.search(
            r"^\s*(import matplotlib\.pyplot|from matplotlib import pyplot|from matplotlib\.pyplot)",
            path.read_text(encoding="utf-8"),
            re.M,
        )
    ]
    assert offenders == []


def test_reports_render_without_widgets() -> None:
    """Reports render headless (the ``report`` command): QtGui and QtPrintSupport's writers, never QtWidgets."""
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "renkei_desktop" / "reports").rglob("*.py")
        if "QtWidgets" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
