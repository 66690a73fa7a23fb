"""Screenshots of the import wizard's steps, the export questions and the partner-package dialogs for
docs/screenshots/ (run under Xvfb).

Usage: xvfb-run -a -s "-screen 0 1400x900x24" python packaging/screenshots_exchange.py [OUT_DIR] [LANG]

The demo data (天龍村); the e-Stat-like sample of tests/data for the statistics steps; a workbook the app
exported for the sheet step; a CSV whose encoding cannot be decided; a CSV with a few bad rows for the
preview; and a plan changed on both sides between 天龍村 and a second database (飯田市) for the package.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402
from screenshot_kit import demo_window  # noqa: E402  (packaging/ is the script's folder)

from renkei_desktop.domain.duties import Duty, DutyCategory  # noqa: E402
from renkei_desktop.domain.profile import Profile  # noqa: E402
from renkei_desktop.services.container import Services  # noqa: E402
from renkei_desktop.ui.dialogs import import_wizard as iw  # noqa: E402
from renkei_desktop.ui.dialogs.export_dialogs import UnencodableDialog  # noqa: E402
from renkei_desktop.ui.dialogs.package_dialogs import PackageExportDialog, PackageImportDialog  # noqa: E402
from renkei_desktop.ui.main_window import MainWindow  # noqa: E402

ESTAT_CSV = ROOT / "tests" / "data" / "estat_like_cp932.csv"
IIDA = "202053"

AMBIGUOUS = (
    "事務の一覧（企画課作成）\r\n"
    "注）金額は千円、業務量は人工\r\n"
    "\r\n"
    "事務名,分野,年間経費（千円）,年間業務量（人工）,緊急度,備考\r\n"
    '移住定住の相談窓口,企画・地域振興,"1,200",0.5,高,新規\r\n'
    "鳥獣被害対策の共同実施,企画・地域振興,３００,0.3,中,\r\n"
)
BAD_ROWS = (
    "事務名,分野,年間経費（千円）,年間業務量（人工）,緊急度,備考\r\n"
    "移住定住の相談窓口,企画・地域振興,1200,0.5,高,新規\r\n"
    "鳥獣被害対策の共同実施,企画・地域振興,十万,0.3,中,\r\n"
    ",総務・人事・税,100,0.1,低,事務名が空欄\r\n"
    "地域公共交通の運行,企画・地域振興,800,0.4,最優先,\r\n"
    "消防指令の共同運用,防災・消防,2500,-1,高,\r\n"
    "図書館の相互利用,子育て・教育,150,0.05,低,\r\n"
)


def settle(app: QApplication) -> None:
    from PySide6.QtTest import QTest

    QTest.qWait(300)


def open_wizard(window: MainWindow, path: Path) -> iw.ImportWizard:
    wizard = iw.ImportWizard(window.services, window, home=window.home)
    wizard.imported.connect(lambda _report: window.reload_pages())
    wizard.choose_import_path = lambda: path  # type: ignore[method-assign]
    wizard.resize(1120, 720)
    wizard.show()
    wizard.file_page.browse.click()
    return wizard


def advance(wizard: iw.ImportWizard, page_id: int) -> None:
    for _ in range(8):
        if wizard.currentId() == page_id:
            return
        before = wizard.currentId()
        wizard.next()
        if wizard.currentId() == before:
            raise SystemExit(f"the wizard stayed on page {before}")
    if wizard.currentId() != page_id:
        raise SystemExit(f"page {page_id} not reached")


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    lang = sys.argv[2] if len(sys.argv) > 2 else "ja"
    suffix = "" if lang == "ja" else f"-{lang}"
    app, services, window = demo_window(lang)
    tmp = services.path.parent  # scratch files beside the demo database
    settle(app)

    def shot(widget, name: str) -> None:  # noqa: ANN001
        settle(app)
        widget.grab().save(str(out / f"exchange-{name}{suffix}.png"))

    # 1, 4, 5, 6, 8: the e-Stat-like CSV (cp932, notes above the header, totals, a ward).
    estat = tmp / "市区町村別人口.csv"
    shutil.copyfile(ESTAT_CSV, estat)
    wizard = open_wizard(window, estat)
    shot(wizard, "1-file")
    advance(wizard, iw.HEADER)
    shot(wizard, "4-header")
    advance(wizard, iw.MAPPING)
    page = wizard.pages[iw.MAPPING]
    page.reference_date.setText("2020-10-01")
    page.source.setText("統計でみる市区町村のすがた（テスト用の架空の値）")
    shot(wizard, "5-mapping")
    advance(wizard, iw.PREVIEW)
    shot(wizard, "6-preview")
    wizard.next()
    shot(wizard, "8-report")
    wizard.close()

    # 2: a workbook of several sheets (what the app exports).
    book = tmp / "広域連携_書き出し.xlsx"
    services.exchange.export_xlsx(book)
    wizard = open_wizard(window, book)
    advance(wizard, iw.SHEET)
    shot(wizard, "2-sheet")
    wizard.close()

    # 3: a CSV neither UTF-8 nor cp932 reads completely.
    ambiguous = tmp / "事務一覧.csv"
    lines = AMBIGUOUS.encode("cp932").split(b"\r\n")
    lines[1] += b" \x81 "
    ambiguous.write_bytes(b"\r\n".join(lines))
    wizard = open_wizard(window, ambiguous)
    advance(wizard, iw.ENCODING)
    shot(wizard, "3-encoding")
    wizard.close()

    # 6b: a CSV with a few bad rows: each problem with its row and column, 取り込む disabled.
    bad = tmp / "事務_誤りあり.csv"
    bad.write_text(BAD_ROWS, encoding="utf-8-sig")
    wizard = open_wizard(window, bad)
    advance(wizard, iw.PREVIEW)
    shot(wizard, "6b-preview-errors")
    wizard.pages[iw.PREVIEW].skip.setChecked(True)
    shot(wizard, "6c-preview-skip")
    wizard.close()

    # 9, 10: partner packages, with a plan changed on both sides.
    partner_path = tmp / "iida.sqlite3"
    partner = Services.open(partner_path)
    partner.profile.save(Profile(IIDA, "企画課", "飯田 太郎"))
    plan = next(p for p in services.plans.list_all() if IIDA in p.party_codes)
    dialog = PackageExportDialog(services, "204137", window)
    dialog.check("plan", plan.id)
    for agreement in services.agreements.list_all()[:1]:
        dialog.check("agreement", agreement.id or 0)
    dialog.show()
    shot(dialog, "10-package-export")
    dialog.close()
    services.exchange.export_package(tmp / "to-iida.renkei", [plan.id], partner=IIDA)
    partner.exchange.apply_package(partner.exchange.review_package(tmp / "to-iida.renkei"))
    theirs = next(p for p in partner.plans.list_all() if p.uid == plan.uid)
    partner.plans.update(theirs.with_changes(notes="飯田市の審査会日程に合わせて月2回開催とする"))
    services.plans.update(services.plans.get(plan.id).with_changes(notes="天龍村は委員1名を推薦する"))
    partner.exchange.export_package(tmp / "from-iida.renkei", [theirs.id], partner="204137")
    partner.close()
    review = services.exchange.review_package(tmp / "from-iida.renkei")
    dialog = PackageImportDialog(services, review, window)
    dialog.show()
    row = next(r for r in range(dialog.comparison.rowCount()) if dialog.comparison.row_texts(r)[0])
    dialog.compare_table.selectRow(row)
    dialog.compare_table.scrollTo(dialog.comparison.index(row, 0))
    shot(dialog, "9-package-import")
    dialog.close()

    # 11: characters cp932 cannot hold.
    services.catalogue.add(
        Duty(owner_code="204137", name="𠮷田地区の除雪", category=DutyCategory.INFRASTRUCTURE)
    )
    csv = services.exchange.prepare_csv("duties", "cp932")
    dialog = UnencodableDialog(csv.unencodable, "cp932", window)
    dialog.show()
    shot(dialog, "11-cp932")
    dialog.close()

    window.close()
    services.close()
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
