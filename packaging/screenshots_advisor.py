"""Screenshots of the 連携の検討 page for docs/screenshots/, taken in a real window (run under Xvfb).

Usage: xvfb-run -a -s "-screen 0 1400x900x24" python packaging/screenshots_advisor.py [OUT_DIR] [LANG]

States: the demo town (天龍村) with figures only for itself (most hubs and centres cannot be decided:
their missing figures are named), then with 飯田市's figures entered (a 定住自立圏 中心市 candidate),
a duty with a pinned and an excluded candidate, and the page at 150% zoom.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402
from screenshot_kit import demo_window  # noqa: E402  (packaging/ is the script's folder)

IIDA = "202053"
FIGURE_SOURCE = "画面例の値（実際の統計ではありません）"


def settle(app: QApplication) -> None:
    from PySide6.QtTest import QTest

    QTest.qWait(600)  # let the debounced distance change and layouts run before the picture is taken


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    lang = sys.argv[2] if len(sys.argv) > 2 else "ja"
    suffix = "" if lang == "ja" else f"-{lang}"
    app, services, window = demo_window(lang, (1360, 860))
    window.navigate("advisor")
    page = window.hosted_pages["advisor"]
    settle(app)
    window.grab().save(str(out / f"advisor-1-missing-figures{suffix}.png"))

    # the top part scrolled to the nearby hubs and centres, one of them opened
    page.nearby.expandItem(page.nearby.topLevelItem(0))
    page.nearby.setCurrentItem(page.nearby.topLevelItem(0))
    page.top_scroll.verticalScrollBar().setValue(page.top_scroll.verticalScrollBar().maximum())
    settle(app)
    window.grab().save(str(out / f"advisor-2-nearby{suffix}.png"))
    page.top_scroll.verticalScrollBar().setValue(0)

    services.municipalities.set_statistic(IIDA, "population", "98000", "2020-10-01", FIGURE_SOURCE)
    services.municipalities.set_statistic(IIDA, "day_night_ratio", "1.02", "2020-10-01", FIGURE_SOURCE)
    page.refresh_if_needed()
    duty = next(d for d in services.catalogue.list_duties("204137") if d.name == "簡易水道の維持管理")
    window.navigate("advisor", duty.id)
    page.select_codes(["204145"])  # 泰阜村
    page.pin_selected()
    page.select_codes(["204048"])  # 阿南町
    page.exclude_selected()
    page.select_codes(["204145"])
    settle(app)
    window.grab().save(str(out / f"advisor-3-centre-pinned{suffix}.png"))

    page.select_codes(["204048"])  # the excluded row, at the end of the list
    settle(app)
    window.grab().save(str(out / f"advisor-3b-excluded{suffix}.png"))

    page.set_max_distance(70)
    page.select_codes(["200000"])
    settle(app)
    window.grab().save(str(out / f"advisor-4-prefecture-detail-70km{suffix}.png"))

    app.apply_zoom(150)  # type: ignore[attr-defined]
    settle(app)
    window.grab().save(str(out / f"advisor-5-zoom150{suffix}.png"))
    app.apply_zoom(100)  # type: ignore[attr-defined]

    window.close()
    services.close()
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
