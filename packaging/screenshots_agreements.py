"""Screenshots of the 協定・規約 page, its editor and the reviews notice for docs/screenshots/ (run under Xvfb).

Usage: xvfb-run -a -s "-screen 0 1400x900x24" python packaging/screenshots_agreements.py [OUT_DIR] [LANG]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QScrollArea  # noqa: E402
from screenshot_kit import demo_window  # noqa: E402  (packaging/ is the script's folder)

from renkei_desktop.services.container import Services  # noqa: E402
from renkei_desktop.services.demo import DEMO_HOME, IIDA, SHIMOJO  # noqa: E402
from renkei_desktop.ui.dialogs.agreement_editor import AgreementEditorDialog  # noqa: E402
from renkei_desktop.ui.main_window import MainWindow  # noqa: E402
from renkei_desktop.ui.pages.agreements_page import PlanChooserDialog  # noqa: E402

# The seed's 三大都市圏 example in small: a care home of 甲 used by 甲's and 乙's residents, a library of
# 甲 used by 甲 and 丙 (usage per party per 年度 → usage shares).
MUTUAL_USE = {
    "kind": "informal",
    "title": "介護施設及び図書館の相互利用に関する協定",
    "parties": [IIDA, DEMO_HOME, SHIMOJO],
    "events": [
        {"kind": "consultation_start", "date": "2023-10-01"},
        {"kind": "conclusion", "date": "2024-03-25"},
        {"kind": "effective", "date": "2024-04-01"},
        {"kind": "review_due", "date": "2028-03-31"},
    ],
    "facilities": [
        {"name": "飯田市立特別養護老人ホーム", "owner_code": IIDA, "kind": "介護施設", "usage_unit": "延べ入所日数"},
        {"name": "飯田市立中央図書館", "owner_code": IIDA, "kind": "図書館", "usage_unit": "貸出冊数"},
    ],
    "usages": [
        {"facility": "飯田市立特別養護老人ホーム", "party_code": IIDA, "period_start": "2024-04-01", "period_end": "2025-03-31", "amount": "21900"},
        {"facility": "飯田市立特別養護老人ホーム", "party_code": DEMO_HOME, "period_start": "2024-04-01", "period_end": "2025-03-31", "amount": "3650"},
        {"facility": "飯田市立中央図書館", "party_code": IIDA, "period_start": "2024-04-01", "period_end": "2025-03-31", "amount": "182000"},
        {"facility": "飯田市立中央図書館", "party_code": SHIMOJO, "period_start": "2024-04-01", "period_end": "2025-03-31", "amount": "9800"},
    ],
}  # fmt: skip


def settle(app: QApplication) -> None:
    from PySide6.QtTest import QTest

    QTest.qWait(250)


def editor(window: MainWindow, services: Services, agreement, title: str) -> AgreementEditorDialog:  # noqa: ANN001
    page = window.hosted_pages["agreements"]
    dialog = AgreementEditorDialog(
        services.agreements,
        agreement,
        municipalities=page._municipalities,
        plans=services.plans.list_all(),
        title=title,
        parent=window,
    )
    dialog.show()
    return dialog


def scroll_to(dialog: AgreementEditorDialog, widget) -> None:  # noqa: ANN001
    area = dialog.tabs.currentWidget()
    if isinstance(area, QScrollArea):
        area.ensureWidgetVisible(widget, 0, 80)


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    lang = sys.argv[2] if len(sys.argv) > 2 else "ja"
    suffix = "" if lang == "ja" else f"-{lang}"
    app, services, window = demo_window(lang, prepare=lambda s: s.agreements.add(s.agreements.parse(MUTUAL_USE)))
    settle(app)
    banner = window.hosted_pages["notice:ReviewsBanner"]
    banner.buttons[0].click()  # 「開く」: the agreements page with the agreement under review
    settle(app)
    window.grab().save(str(out / f"agreements-01-list{suffix}.png"))

    page = window.hosted_pages["agreements"]
    care = next(a for a in services.agreements.list_all() if "介護認定審査会" in a.title)
    dialog = editor(window, services, care, "協定・規約の編集")
    settle(app)
    dialog.grab().save(str(out / f"agreements-02-editor-basic{suffix}.png"))

    dialog.tabs.setCurrentIndex(2)
    dialog.events.rows[1].fields["date"].setText("令和5年5月1日")  # 議決 before 協議開始 (令和5年6月1日)
    dialog.accept()
    settle(app)
    dialog.grab().save(str(out / f"agreements-03-editor-events-error{suffix}.png"))
    dialog.close()

    compact = services.agreements.parse(
        {
            "kind": "compact",
            "title": "橋梁の維持管理に関する連携協約",
            "parties": ["200000", DEMO_HOME],
            "clauses": {
                "meetings_per_year": 1,
                "roles": [
                    {"initiative": "橋梁点検の実施", "roles": {"200000": "点検計画の策定と点検の実施", DEMO_HOME: "点検結果に基づく修繕"}},
                    {"initiative": "技術職員の育成", "roles": {"200000": "研修の実施", DEMO_HOME: "職員の派遣"}},
                ],
            },
        }
    )
    dialog = editor(window, services, compact, "協定・規約の新規作成")
    dialog.reset_clauses()
    dialog.tabs.setCurrentIndex(1)
    settle(app)
    dialog.grab().save(str(out / f"agreements-04-editor-clauses{suffix}.png"))
    dialog.meetings.setValue(0)
    dialog.accept()  # shows the message beside the field and scrolls to it
    settle(app)
    dialog.grab().save(str(out / f"agreements-05-editor-meetings-error{suffix}.png"))
    dialog.close()

    mutual = next(a for a in services.agreements.list_all() if a.title == MUTUAL_USE["title"])
    dialog = editor(window, services, mutual, "協定・規約の編集")
    dialog.tabs.setCurrentIndex(3)
    settle(app)
    scroll_to(dialog, dialog.shares_view)
    settle(app)
    dialog.grab().save(str(out / f"agreements-06-editor-facilities{suffix}.png"))
    dialog.close()

    chooser = PlanChooserDialog(page.chosen_plans(), page._plan_label, window)
    chooser.show()
    settle(app)
    chooser.grab().save(str(out / f"agreements-07-from-plan{suffix}.png"))
    chooser.close()

    page.select_agreement(mutual.id)
    page.member_date.setText("令和6年4月1日")
    page.member_date.editingFinished.emit()
    app.apply_zoom(150)  # type: ignore[attr-defined]
    settle(app)
    window.grab().save(str(out / f"agreements-08-zoom150{suffix}.png"))
    app.apply_zoom(100)  # type: ignore[attr-defined]
    window.close()
    services.close()
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
