"""What the screenshot scripts (packaging/screenshots_*.py) share: the demo town in a main window."""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from renkei_desktop.app.gui import create_application  # noqa: E402
from renkei_desktop.app.locations import resolve_locations  # noqa: E402
from renkei_desktop.services.container import Services  # noqa: E402
from renkei_desktop.services.demo import load_demo  # noqa: E402
from renkei_desktop.ui.main_window import MainWindow  # noqa: E402


def demo_window(
    lang: str, size: tuple[int, int] = (1360, 820), prepare: Callable[[Services], object] | None = None
) -> tuple[Any, Services, MainWindow]:
    """(application, services, window): a fresh folder with the demo town (then ``prepare``), its main
    window shown at ``size`` in ``lang`` and attached to the services."""
    locations = resolve_locations(Path(tempfile.mkdtemp()))
    app = create_application(sys.argv[:1], locations, lang)
    services = Services.open(locations.default_db)
    load_demo(services)
    if prepare is not None:
        prepare(services)
    window = MainWindow(app.settings, locations.log_dir)  # type: ignore[attr-defined]
    window.resize(*size)
    window.show()
    window.attach(services)
    return app, services, window
