"""Start-up of Renkei Desktop against a bare PySide6 QMainWindow, measured in the same run.

Each sample is a fresh process; the time runs from just before the process is spawned until the
child reports (a) its window's first paint event has been handled, and for the app (b) the first
paint with the catalogue filled. Both use the same paint-event filter. The app is started as a
user starts it, without arguments: its per-user folders (platformdirs) are pointed into a temporary
folder through the XDG variables, and the demo town is loaded there first. Samples alternate
bare/app to share machine noise; medians are compared. Targets (issue #2): window visible ≤ 1.3 ×
bare, catalogue populated ≤ 3 × bare.

Usage: python benchmarks/bench_startup.py [--runs 7] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1200, 760); w.setWindowTitle("bare")
class Marks(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, done)
        return False
def done():
    print("visible", time.time(), flush=True); app.quit()
marks = Marks(); w.installEventFilter(marks); w.show()
app.exec()
"""


def _env(pycache: Path | None = None, user_dirs: Path | None = None) -> dict[str, str]:
    """The children's environment. An installed app runs from compiled bytecode (pip writes the .pyc
    files on the first start, the packaged build carries them), so a machine-wide
    PYTHONDONTWRITEBYTECODE, which would make every start compile the app's sources again, is dropped
    and the bytecode goes to ``pycache`` (outside the checkout); the warm-up run writes it. The per-user
    folders (data: the database, config: settings, state: logs) go under ``user_dirs``."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    if user_dirs is not None:
        for name, folder in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"), ("XDG_STATE_HOME", "state")):
            env[name] = str(user_dirs / folder)
    env["PYTHONPATH"] = str(ROOT)
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def _run(cmd: list[str], env: dict[str, str]) -> dict[str, float]:
    start = time.time()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120, check=True).stdout
    marks = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0] in ("visible", "catalogue"):
            marks[parts[0]] = float(parts[1]) - start
    return marks


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        env = _env(base / "pycache", base)
        prep = [sys.executable, "-m", "renkei_desktop", "demo"]  # into the default database
        subprocess.run(prep, env=env, check=True, capture_output=True)
        if not any((base / "data").rglob("*.sqlite3")):
            raise SystemExit(f"the demo database was not made under {base / 'data'}")
        app_cmd = [sys.executable, "-m", "renkei_desktop"]
        app_env = dict(env, RENKEI_BENCHMARK="1")
        bare_cmd = [sys.executable, "-c", BARE]
        _run(bare_cmd, env), _run(app_cmd, app_env)  # warm the OS file cache
        bare, visible, catalogue = [], [], []
        for _ in range(args.runs):
            bare.append(_run(bare_cmd, env)["visible"])
            marks = _run(app_cmd, app_env)
            visible.append(marks["visible"])
            catalogue.append(marks["catalogue"])
    result = {
        "bare_window_s": statistics.median(bare),
        "app_window_visible_s": statistics.median(visible),
        "app_catalogue_populated_s": statistics.median(catalogue),
    }
    result["visible_ratio"] = result["app_window_visible_s"] / result["bare_window_s"]
    result["catalogue_ratio"] = result["app_catalogue_populated_s"] / result["bare_window_s"]
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        for key, value in result.items():
            print(f"{key:28s} {value:.3f}")
        print(f"targets: visible ≤ 1.30 ({'ok' if result['visible_ratio'] <= 1.3 else 'MISSED'}), "
              f"catalogue ≤ 3.00 ({'ok' if result['catalogue_ratio'] <= 3 else 'MISSED'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
