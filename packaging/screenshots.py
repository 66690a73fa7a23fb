"""Screenshots of every screen for docs/screenshots/, taken in a real window (run under Xvfb).

Usage: xvfb-run -a -s "-screen 0 1400x900x24" python packaging/screenshots.py [OUT_DIR]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from renkei_desktop.app.gui import create_application  # noqa: E402
from renkei_desktop.app.locations import resolve_locations  # noqa: E402
from renkei_desktop.services.container import Services  # noqa: E402
from renkei_desktop.services.demo import load_demo  # noqa: E402
from renkei_desktop.services.templates import load_templates  # noqa: E402
from renkei_desktop.ui.dialogs.duty_editor import DutyEditorDialog  # noqa: E402
from renkei_desktop.ui.dialogs.setup_dialog import SetupDialog  # noqa: E402
from renkei_desktop.ui.dialogs.template_dialog import TemplateDialog  # noqa: E402
from renkei_desktop.ui.main_window import MainWindow  # noqa: E402


def settle(app: QApplication) -> None:
    from PySide6.QtTest import QTest

    QTest.qWait(250)  # let debounced updates (totals) run before the picture is taken


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    locations = resolve_locations(tmp)
    lang = sys.argv[2] if len(sys.argv) > 2 else "ja"
    app = create_application(sys.argv[:1], locations, lang)
    suffix = "" if lang == "ja" else f"-{lang}"
    services = Services.open(locations.default_db)

    setup = SetupDialog(services.profile, services.municipalities.all())
    setup.show()
    setup.picker.search.setText("てんりゅう")
    setup.department.setText("総務課")
    settle(app)
    setup.grab().save(str(out / f"01-setup{suffix}.png"))
    setup.close()

    load_demo(services)
    window = MainWindow(app.settings, locations.log_dir)  # type: ignore[attr-defined]
    window.resize(1360, 820)
    window.show()
    window.attach(services)
    settle(app)
    window.grab().save(str(out / f"02-catalogue{suffix}.png"))

    page = window.catalogue_page
    page.search.setText("審査")
    settle(app)
    window.grab().save(str(out / f"03-catalogue-filtered{suffix}.png"))
    page.search.clear()

    page.table.selectRow(0)
    editor = DutyEditorDialog(services.catalogue, page.selected_duty(), title="事務の編集", parent=window)
    editor.show()
    editor.workload.setText("-1")
    editor.cost.setText("１２，abc")
    editor.accept()  # shows the validation messages beside the fields
    settle(app)
    editor.grab().save(str(out / f"04-editor-validation{suffix}.png"))
    editor.close()

    templates = TemplateDialog(load_templates(), window)
    templates.show()
    templates.category.setCurrentIndex(templates.category.findData("infrastructure"))
    settle(app)
    templates.grab().save(str(out / f"05-templates{suffix}.png"))
    templates.close()

    window.show_page(1)
    browser = window.municipality_page
    browser.picker.prefecture.setCurrentIndex(browser.picker.prefecture.findData("長野県"))
    browser.picker.search.setText("てんりゅう")
    settle(app)
    window.grab().save(str(out / f"06-municipalities{suffix}.png"))

    window.show_page(0)
    app.apply_zoom(150)  # type: ignore[attr-defined]
    settle(app)
    window.grab().save(str(out / f"07-catalogue-zoom150{suffix}.png"))
    app.apply_zoom(100)  # type: ignore[attr-defined]
    window.close()
    services.close()
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
