"""Screenshots of the manual (ヘルプ → 使い方, F1) for docs/screenshots/ (run under Xvfb).

Usage: xvfb-run -a -s "-screen 0 1400x900x24" python packaging/screenshots_help.py [OUT_DIR] [LANG]

The demo town, the 連携案 page shown and F1 pressed: the manual opens at that page's section, with a
word searched so that the highlighted matches show. Saved as help-<LANG>.png.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from screenshot_kit import demo_window  # noqa: E402  (packaging/ is the script's folder)

SEARCH = {"ja": "採用", "en": "chosen"}


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    lang = sys.argv[2] if len(sys.argv) > 2 else "ja"
    app, services, window = demo_window(lang)
    QTest.qWait(300)
    window.show_page(window._pages.index(window.hosted_pages["plans"]))
    window.activateWindow()
    QTest.qWait(300)
    QTest.keyClick(window.stack.currentWidget(), Qt.Key.Key_F1)  # as the user does: F1 on the page
    QTest.qWait(300)
    helper = window.help_window
    helper.resize(1180, 760)
    helper.search.setText(SEARCH.get(lang, SEARCH["en"]))
    QTest.qWait(300)
    helper.show_section("plans")  # back at the page's section: its matches of the search are highlighted
    QTest.qWait(300)
    path = out / f"help-{lang}.png"
    helper.grab().save(str(path))
    print(path)
    helper.close()
    window.close()
    services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
