"""matplotlib (the slowest import) is loaded on a worker thread after the first screen, so the グラフ page
usually opens without that wait (benchmarks/bench_charts.py), while the start-up never pays for it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# The app as `renkei-desktop` starts it (run_gui), on a database with a town: what was imported when
# the window was first painted, and a little after the database opened, without opening the page.
SCRIPT = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from renkei_desktop.app import gui
from renkei_desktop.app.locations import resolve_locations

locations = resolve_locations(Path(sys.argv[1]))
gui.CHART_PRELOAD_DELAY_MS = 200
seen = {}

class Marks(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "first_paint" not in seen:
            seen["first_paint"] = "matplotlib" in sys.modules
        return False

def check():
    window = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow")
    if gui.chart_preload is None or gui.chart_preload.is_alive():
        QTimer.singleShot(100, check)
        return
    print("at first paint:", seen.get("first_paint"))
    print("after preload:", "matplotlib.figure" in sys.modules, "matplotlib.backends.backend_qtagg" in sys.modules)
    from renkei_desktop.charts import fonts
    print("font registered:", fonts._chosen is not None)
    print("page shown:", window.stack.currentWidget() is window.hosted_pages.get("charts"))
    print("icon sizes:", sorted(s.width() for s in QApplication.instance().windowIcon().availableSizes()))
    window.close()
    QApplication.instance().quit()

def give_up():
    print("gave up waiting")
    QApplication.instance().quit()

create_application = gui.create_application

def create(*args, **kwargs):
    app = create_application(*args, **kwargs)
    app.installEventFilter(marks)
    QTimer.singleShot(300, check)
    QTimer.singleShot(60_000, give_up)
    return app

marks = Marks()
gui.create_application = create
sys.exit(gui.run_gui(locations, Path(sys.argv[2]), "ja"))
"""


def test_matplotlib_loads_in_the_background_after_the_first_paint_without_opening_the_charts(
    tmp_path: Path,
) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    db = tmp_path / "demo.sqlite3"
    base = tmp_path / "base"
    subprocess.run(
        [sys.executable, "-m", "renkei_desktop", "--base-dir", str(base), "--db", str(db), "demo"],
        env=env, capture_output=True, text=True, timeout=180, check=True,
    )  # fmt: skip
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(base), str(db)],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert "at first paint: False" in out.stdout
    assert "after preload: True True" in out.stdout
    assert "font registered: True" in out.stdout
    assert "page shown: False" in out.stdout
    assert "icon sizes: [16, 24, 32, 48, 64, 128, 256]" in out.stdout  # the .ico, set after the first paint


def test_preloading_twice_or_alongside_the_page_imports_once(qapp) -> None:  # noqa: ANN001
    from renkei_desktop.app.gui import preload_charts
    from renkei_desktop.charts.mpl import load

    threads = [preload_charts(), preload_charts()]
    load()  # the GUI thread's own import, while the workers may still run
    for thread in threads:
        thread.join(60)
        assert not thread.is_alive()
    import matplotlib.artist

    assert matplotlib.artist.kwdoc is not None and matplotlib.artist.kwdoc.__name__ == "kwdoc"
