"""The start-up probe run-time hook writes its marks and ends the process (offscreen, no build needed)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HOOK = Path(__file__).resolve().parents[2] / "packaging" / "hooks" / "rthook_startup_probe.py"
APP = """
import sys
exec(compile(open(sys.argv[1], encoding="utf-8").read(), sys.argv[1], "exec"))
from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication([])
window = QMainWindow()
view = QTableView()
model = QStandardItemModel(int(sys.argv[2]), 3)
view.setModel(model)
window.setCentralWidget(view)
window.show()
QTimer.singleShot(3000, app.quit)  # the probe ends the process well before this
app.exec()
"""


def _run(tmp_path: Path, wait_for: str, rows: int, probe: bool = True) -> tuple[int, list[str]]:
    marks = tmp_path / "marks.txt"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RENKEI_STARTUP_PROBE_WAIT=wait_for)
    env.pop("RENKEI_STARTUP_PROBE", None)
    if probe:
        env["RENKEI_STARTUP_PROBE"] = str(marks)
    try:
        result = subprocess.run([sys.executable, "-c", APP, str(HOOK), str(rows)], env=env, timeout=20)
    except subprocess.TimeoutExpired:
        return -1, []
    names = (
        [line.split()[0] for line in marks.read_text(encoding="utf-8").splitlines()] if marks.exists() else []
    )
    return result.returncode, names


def test_marks_visible_then_catalogue(tmp_path: Path) -> None:
    assert _run(tmp_path, "catalogue", rows=25) == (0, ["interpreter", "visible", "catalogue"])


def test_waits_for_visible_only(tmp_path: Path) -> None:
    assert _run(tmp_path, "visible", rows=0) == (0, ["interpreter", "visible"])


def test_inert_without_the_environment_variable(tmp_path: Path) -> None:
    # Without the probe the window stays open until the app quits by itself, and no mark is written.
    assert _run(tmp_path, "visible", rows=0, probe=False) == (0, [])
