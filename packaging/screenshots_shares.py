"""Screenshots of the sharing-rule editor and the share tables for docs/screenshots/ (shares-*.png).

Usage: xvfb-run -a -s "-screen 0 1400x900x24" python packaging/screenshots_shares.py [OUT_DIR] [LANG]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QSplitter, QVBoxLayout, QWidget  # noqa: E402

from renkei_desktop.app.gui import create_application  # noqa: E402
from renkei_desktop.app.locations import resolve_locations  # noqa: E402
from renkei_desktop.domain.municipalities import StatKind  # noqa: E402
from renkei_desktop.services.container import Services  # noqa: E402
from renkei_desktop.services.demo import DEMO_HOME, YASUOKA, load_demo  # noqa: E402
from renkei_desktop.ui.dialogs.sharing_rule_editor import SharingRuleEditor  # noqa: E402
from renkei_desktop.ui.main_window import MainWindow  # noqa: E402
from renkei_desktop.ui.widgets.share_table import PortfolioTable, ShareTable  # noqa: E402


def settle(app: QApplication) -> None:
    from PySide6.QtTest import QTest

    QTest.qWait(300)  # the editor's preview is debounced


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
    plans = {p.name: p for p in services.plans.list_all()}
    waste = plans["南信州ごみ処理の一部事務組合"]
    care = plans["南信州での介護認定審査会の共同設置"]

    # The rule editor on the demo's 運営費 of the ごみ処理 組合: 均等割 (町村 0.5) + 人口割 + 利用割 (搬入量).
    editor = SharingRuleEditor(services, waste, 1, window)
    editor.show()
    settle(app)
    editor.grab().save(str(out / f"shares-rule-editor{suffix}.png"))
    editor.close()

    # Weights adding up to 90%: the live total says so, and Save names the problem and saves nothing.
    editor = SharingRuleEditor(services, care, 0, window)
    editor.show()
    editor.rows[2].weight.setText("30")
    editor.save()
    settle(app)
    editor.grab().save(str(out / f"shares-rule-editor-weights{suffix}.png"))
    editor.close()

    # The shares of the ごみ処理 plan per party and item, and the portfolio of the chosen plans.
    panel = QWidget()
    panel.setWindowTitle("負担の配分")
    panel.resize(1100, 720)
    column = QVBoxLayout(panel)
    title = QLabel(waste.name)
    column.addWidget(title)
    split = QSplitter(Qt.Orientation.Vertical)
    share = ShareTable()
    share.set_result(services.shares.plan_shares(waste), DEMO_HOME)
    portfolio = PortfolioTable()
    portfolio.set_portfolio(services.shares.portfolio(DEMO_HOME))
    split.addWidget(share)
    split.addWidget(portfolio)
    column.addWidget(split, 1)
    panel.show()
    settle(app)
    panel.grab().save(str(out / f"shares-tables{suffix}.png"))

    # A partner without 人口: the item cannot be computed; the table and the editor name the party.
    population = next(s for s in services.municipalities.get(YASUOKA).statistics if s.kind is StatKind.POPULATION)
    services.municipalities.delete_statistic(population.id)  # type: ignore[arg-type]
    share.set_result(services.shares.plan_shares(care), DEMO_HOME)
    portfolio.set_portfolio(services.shares.portfolio(DEMO_HOME))
    title.setText(care.name)
    settle(app)
    panel.grab().save(str(out / f"shares-tables-missing{suffix}.png"))
    editor = SharingRuleEditor(services, services.plans.get(care.id), 0, window)
    editor.show()
    settle(app)
    editor.grab().save(str(out / f"shares-rule-editor-missing{suffix}.png"))
    editor.close()
    panel.close()
    window.close()
    services.close()
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
