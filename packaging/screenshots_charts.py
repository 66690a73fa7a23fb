"""Screenshots of the グラフ page for docs/screenshots/ (charts-*.png), taken in a real window, each
also in greyscale (charts-*-grey.png) to check that a black-and-white print still reads.

Usage: xvfb-run -a -s "-screen 0 1400x900x24" python packaging/screenshots_charts.py [OUT_DIR] [LANG]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from renkei_desktop.app.gui import create_application  # noqa: E402
from renkei_desktop.app.locations import resolve_locations  # noqa: E402
from renkei_desktop.services.container import Services  # noqa: E402
from renkei_desktop.services.demo import load_demo  # noqa: E402
from renkei_desktop.ui.main_window import MainWindow  # noqa: E402
from renkei_desktop.ui.pages.charts_page import CHART_KEYS  # noqa: E402


def settle(app: QApplication) -> None:
    from PySide6.QtTest import QTest

    QTest.qWait(400)  # the page redraws 150 ms after the last resize


def save(window: MainWindow, path: Path) -> None:
    """The window in colour, and the same picture in greyscale beside it."""
    image = window.grab().toImage()
    image.save(str(path))
    image.convertToFormat(QImage.Format.Format_Grayscale8).save(str(path.with_name(f"{path.stem}-grey.png")))


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    lang = sys.argv[2] if len(sys.argv) > 2 else "ja"
    suffix = "" if lang == "ja" else f"-{lang}"
    locations = resolve_locations(Path(tempfile.mkdtemp()))
    app = create_application(sys.argv[:1], locations, lang)
    services = Services.open(locations.default_db)
    load_demo(services)

    window = MainWindow(app.settings, locations.log_dir)  # type: ignore[attr-defined]
    window.resize(1360, 900)
    window.show()
    window.attach(services)
    window.navigate("charts")
    page = window.hosted_pages["charts"]
    settle(app)
    for key in CHART_KEYS:
        page.select_chart(key)
        settle(app)
        save(window, out / f"charts-{key}{suffix}.png")

    page.select_chart("party_load")
    page.measure.setCurrentIndex(page.measure.findData("workload"))
    settle(app)
    save(window, out / f"charts-party_load-workload{suffix}.png")
    page.measure.setCurrentIndex(page.measure.findData("cost"))

    page.select_chart("share_matrix")
    page.category.setCurrentIndex(page.category.findData("environment"))
    settle(app)
    save(window, out / f"charts-share_matrix-filtered{suffix}.png")
    page.clear_filters()

    page.method.setCurrentIndex(page.method.findData("wide_area_union"))
    page.select_chart("party_load")
    settle(app)
    save(window, out / f"charts-empty{suffix}.png")
    page.clear_filters()

    # What export and the printed summary get: the A4-wide figure (170 mm), as a PNG.
    for key in ("party_load", "network", "before_after"):
        page.select_chart(key)
        settle(app)
        printed = page.export_to(out / f"charts-print-{key}{suffix}.png")
        QImage(str(printed)).convertToFormat(QImage.Format.Format_Grayscale8).save(
            str(printed.with_name(f"{printed.stem}-grey.png"))
        )

    window.statusBar().clearMessage()
    app.apply_zoom(150)  # type: ignore[attr-defined]
    page.select_chart("network")
    settle(app)
    settle(app)
    save(window, out / f"charts-zoom150{suffix}.png")
    app.apply_zoom(100)  # type: ignore[attr-defined]
    window.close()
    services.close()
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
