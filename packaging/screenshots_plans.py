"""Screenshots of the 連携案 page for docs/screenshots/ (plans-*.png), taken in a real window.

Usage: xvfb-run -a -s "-screen 0 1400x900x24" python packaging/screenshots_plans.py [OUT_DIR] [LANG]
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
from renkei_desktop.domain.methods import CooperationMethod, CouncilType  # noqa: E402
from renkei_desktop.services.container import Services  # noqa: E402
from renkei_desktop.services.demo import DEMO_HOME, load_demo  # noqa: E402
from renkei_desktop.ui.dialogs.method_picker import MethodPickerDialog  # noqa: E402
from renkei_desktop.ui.dialogs.plan_editor import PlanEditorDialog  # noqa: E402
from renkei_desktop.ui.main_window import MainWindow  # noqa: E402
from renkei_desktop.ui.models.plan_models import ChecklistModel, CostItemsModel  # noqa: E402


def settle(app: QApplication) -> None:
    from PySide6.QtTest import QTest

    QTest.qWait(250)


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
    window.resize(1360, 860)
    window.show()
    window.attach(services)
    water = next(d for d in services.catalogue.list_duties(DEMO_HOME) if d.name == "簡易水道の維持管理")
    plans = services.plans.list_for_duty(water.id)
    entrust = next(p for p in plans if p.method is CooperationMethod.ENTRUSTMENT)
    window.navigate("plans", entrust.id)
    page = window.hosted_pages["plans"]
    settle(app)
    window.grab().save(str(out / f"plans-compare{suffix}.png"))

    # Record two steps, then a 議決 dated before the 協議: the message stands in the step's row.
    model = page.checklist_model
    model.setData(model.index(0, ChecklistModel.STATUS), "done")
    model.setData(model.index(0, ChecklistModel.DATE), "令和6年4月1日")
    row = next(r for r in range(model.rowCount()) if model.step(r).kind.value == "council_resolution")
    model.setData(model.index(row, ChecklistModel.DATE), "2024-03-01")
    page.details.setCurrentIndex(0)
    settle(app)
    window.grab().save(str(out / f"plans-checklist-error{suffix}.png"))
    page.discard_checklist_edits()

    page.details.setCurrentIndex(1)
    settle(app)
    window.grab().save(str(out / f"plans-costs-sharing{suffix}.png"))

    editor = PlanEditorDialog(
        services.plans, services.municipalities.all(), entrust, title="連携案の編集", duty_name=water.name, parent=window
    )
    editor.show()
    settle(app)
    editor.grab().save(str(out / f"plans-editor{suffix}.png"))
    editor.tabs.setCurrentIndex(1)
    editor.picker.search.setText("あなん")
    settle(app)
    editor.grab().save(str(out / f"plans-editor-parties{suffix}.png"))
    editor.set_lead("204048")  # 阿南町: not a party of this plan
    costs = editor.costs_model
    costs.setData(costs.index(0, CostItemsModel.REVENUE), "２０，０００")
    costs.add_row("運営費")
    costs.setData(costs.index(1, CostItemsModel.TOTAL), "-500")
    editor.accept()
    editor.tabs.setCurrentIndex(2)
    settle(app)
    editor.grab().save(str(out / f"plans-editor-validation{suffix}.png"))
    editor.tabs.setCurrentIndex(0)
    settle(app)
    editor.grab().save(str(out / f"plans-editor-validation-general{suffix}.png"))
    editor.close()

    picker = MethodPickerDialog(
        CooperationMethod.COUNCIL, CouncilType.LIAISON, entrust.party_codes, page.prefecture_of, window
    )
    picker.show()
    settle(app)
    picker.grab().save(str(out / f"plans-method-picker{suffix}.png"))
    picker.select(CooperationMethod.SUBSTITUTE_EXECUTION)
    settle(app)
    picker.grab().save(str(out / f"plans-method-picker-substitute{suffix}.png"))
    picker.close()

    app.apply_zoom(150)  # type: ignore[attr-defined]
    settle(app)
    window.resize(1360, 860)  # let the layout follow the larger text before the picture
    settle(app)
    settle(app)
    window.grab().save(str(out / f"plans-zoom150{suffix}.png"))
    app.apply_zoom(100)  # type: ignore[attr-defined]
    window.close()
    services.close()
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
