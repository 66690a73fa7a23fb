"""What the main window needs before its first paint stays small (benchmarks/bench_startup.py: visible
≤ 1.3 × a bare PySide6 window). Checked in a fresh interpreter, since the test process has everything loaded."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import sys
from pathlib import Path
import PySide6.QtCore as QtCore
from renkei_desktop.app import gui
from renkei_desktop.app.locations import resolve_locations
from renkei_desktop.app.logging_setup import setup_logging

locations = resolve_locations(Path(sys.argv[1]))
setup_logging(locations.log_dir)
app = gui.create_application(sys.argv[:1], locations, None)
window = gui.MainWindow(app.settings, locations.log_dir)
window.show()
app.processEvents()
print("Qt namespace:", "Qt" in QtCore.__dict__)
print("logging.handlers:", "logging.handlers" in sys.modules)
print("sqlalchemy:", "sqlalchemy" in sys.modules)
"""


def test_the_shell_is_painted_without_the_qt_enum_namespace_the_orm_or_logging_handlers(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path)], env=env, capture_output=True, text=True, timeout=120, check=True
    ).stdout
    # Building the ``Qt`` namespace creates ~100 Python enums (~50 ms); ``from PySide6.QtCore import Qt``,
    # QAction.setShortcut and QKeySequence(QKeySequence) all do it. The catalogue page may, after the paint.
    assert "Qt namespace: False" in out
    assert "logging.handlers: False" in out  # socket, pickle, queue: ~10 ms
    assert "sqlalchemy: False" in out


def test_a_gui_start_is_parsed_as_the_full_parser_parses_it_without_building_the_commands() -> None:
    from renkei_desktop.app.main import build_parser, gui_start_args

    for argv in ([], ["--db", "x.sqlite3"], ["--base-dir", "b", "--db=d", "--lang", "en", "--verbose"], ["--db", "demo"]):
        light = gui_start_args(argv)
        assert light is not None, argv
        assert vars(light) == vars(build_parser().parse_args(argv))


def test_commands_help_and_mistakes_go_to_the_full_parser() -> None:
    from renkei_desktop.app.main import gui_start_args

    for argv in (["demo"], ["--db", "x", "shares"], ["-h"], ["--lang", "fr"], ["--db"], ["--ver"], ["--bogus"]):
        assert gui_start_args(argv) is None, argv
