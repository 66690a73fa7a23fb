"""Screenshots of the 変更履歴 window and of the conflict dialog for docs/screenshots/ (run under Xvfb).

Usage: xvfb-run -a -s "-screen 0 1400x900x24" python packaging/screenshots_audit.py [OUT_DIR] [LANG]

The demo data, then a few edits by this user through the pages (so they are undoable) and by a
colleague through a second connection to the same file, so that the log names two people.
"""

from __future__ import annotations

import dataclasses
import sys
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402
from screenshot_kit import demo_window  # noqa: E402  (packaging/ is the script's folder)

from renkei_desktop.domain.duties import DutyStatus  # noqa: E402
from renkei_desktop.domain.errors import StaleRecord  # noqa: E402
from renkei_desktop.services.container import Services  # noqa: E402
from renkei_desktop.ui.dialogs.audit_dialog import AuditTableModel  # noqa: E402
from renkei_desktop.ui.dialogs.conflict_dialog import ConflictDialog  # noqa: E402

COLLEAGUE = "山田花子（SOUMU-PC02）"


def settle(app: QApplication) -> None:
    from PySide6.QtTest import QTest

    QTest.qWait(300)


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    lang = sys.argv[2] if len(sys.argv) > 2 else "ja"
    suffix = "" if lang == "ja" else f"-{lang}"
    app, services, window = demo_window(lang)
    settle(app)

    # This user's edits, through the pages (each one undoable).
    page = window.catalogue_page
    care = next(d for d in page.model.duties() if d.name == "介護認定審査会")
    page.save_edit(
        care, care.with_changes(annual_cost_yen=2_650_000, notes="令和7年度から審査会を月2回に増やす")
    )
    waste = next(d for d in page.model.duties() if d.name == "火葬場")
    page.save_edit(waste, waste.with_changes(status=DutyStatus.NEGOTIATING))
    plans = window.hosted_pages["plans"]
    plans.ensure_loaded()
    plan = services.plans.list_all()[0]
    plans.save_edit(
        plan,
        plan.with_changes(notes="構成市町村の担当課長会議で協議中", workload_person_years=Decimal("0.7")),
    )
    agreement = services.agreements.list_all()[0]
    window.hosted_pages["agreements"].ensure_loaded()
    window.hosted_pages["agreements"].save_edit(
        agreement,
        agreement.with_changes(
            clauses=dataclasses.replace(
                agreement.clauses, liaison_meeting="連絡会議を年1回以上開催する。", meetings_per_year=1
            )
        ),
    )

    # A colleague's edit of the same duty through another connection (another PC on the shared file).
    colleague = Services.open(services.path)
    colleague.db.actor = COLLEAGUE
    stored = colleague.catalogue.get(care.id)
    assert stored is not None
    colleague.catalogue.update(
        stored.with_changes(status=DutyStatus.REVIEWING, notes="委員の構成を見直す（県と協議）")
    )
    colleague.close()

    window.show_audit_log()
    log = window.audit_dialog
    log.resize(1280, 760)
    settle(app)
    row = next(r for r in range(log.model.rowCount()) if log.model.entry(r).actor == COLLEAGUE)
    log.table.selectRow(row)
    settle(app)
    log.grab().save(str(out / f"audit-log{suffix}.png"))

    # The page still shows the version before the colleague's edit: saving it is refused, both shown.
    before = next(d for d in page.model.duties() if d.id == care.id)
    try:
        services.catalogue.update(
            before.with_changes(annual_cost_yen=2_800_000, notes="審査会の委員報酬を改定")
        )
    except StaleRecord as stale:
        dialog = ConflictDialog(stale, window, services=services)
        dialog.show()
        settle(app)
        dialog.grab().save(str(out / f"conflict-dialog{suffix}.png"))
        dialog.only_differences.setChecked(True)
        settle(app)
        dialog.grab().save(str(out / f"conflict-dialog-differences{suffix}.png"))
        dialog.close()
    else:
        raise SystemExit("the stale save was not refused")

    app.apply_zoom(150)  # type: ignore[attr-defined]
    log.refresh()
    log.table.selectRow(0)
    settle(app)
    log.grab().save(str(out / f"audit-log-zoom150{suffix}.png"))
    app.apply_zoom(100)  # type: ignore[attr-defined]
    assert log.model.columnCount() == len(AuditTableModel.HEADERS)
    log.close()
    window.close()
    services.close()
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
