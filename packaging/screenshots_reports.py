"""Every page of the demo meeting summary and of an agreement draft as PNG, for docs/screenshots/.

The PDFs are written exactly as the application and the ``report`` command write them, then rendered
with poppler's ``pdftoppm -r 80``: docs/screenshots/report-summary-N.png and report-agreement-N.png.

Usage: python packaging/screenshots_reports.py [OUT_DIR]
(no display needed: Qt draws on its offscreen platform; also runs under xvfb-run like the others)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from renkei_desktop.reports.agreement_draft import DraftOptions, build_agreement_draft  # noqa: E402
from renkei_desktop.reports.document import HeaderFields  # noqa: E402
from renkei_desktop.reports.pdf import ensure_gui_application, write_pdf  # noqa: E402
from renkei_desktop.reports.summary import SummaryOptions, build_summary  # noqa: E402
from renkei_desktop.services.container import Services  # noqa: E402
from renkei_desktop.services.demo import load_demo  # noqa: E402

AGREEMENT_TITLE = "南信州介護認定審査会共同設置規約"


def render(pdf: Path, out_dir: Path, stem: str) -> list[Path]:
    """pdftoppm every page at 80 dpi to OUT_DIR/STEM-N.png (N from 1, without zero padding)."""
    for old in out_dir.glob(f"{stem}-*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as scratch:
        subprocess.run(["pdftoppm", "-r", "80", "-png", str(pdf), str(Path(scratch) / "page")], check=True)
        pages = sorted(Path(scratch).glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
        written = []
        for number, page in enumerate(pages, start=1):
            target = out_dir / f"{stem}-{number}.png"
            shutil.move(str(page), target)
            written.append(target)
    return written


def main(out_dir: Path) -> int:
    if shutil.which("pdftoppm") is None:
        print("pdftoppm (poppler-utils) is needed", file=sys.stderr)
        return 2
    out_dir.mkdir(parents=True, exist_ok=True)
    ensure_gui_application()
    with tempfile.TemporaryDirectory() as folder:
        services = Services.open(Path(folder) / "demo.sqlite3")
        try:
            load_demo(services)
            header = HeaderFields("資料1", "南信州広域連携推進会議", date.today(), False, "総務課")
            summary_pdf = Path(folder) / "summary.pdf"
            write_pdf(build_summary(services, SummaryOptions(header=header)), summary_pdf)
            agreement = next(a for a in services.agreements.list_all() if a.title == AGREEMENT_TITLE)
            draft_header = HeaderFields("資料2", "南信州広域連携推進会議", date.today(), False, "総務課")
            draft_pdf = Path(folder) / "agreement.pdf"
            write_pdf(
                build_agreement_draft(services, agreement.id, DraftOptions(header=draft_header)), draft_pdf
            )
        finally:
            services.close()
        for path in render(summary_pdf, out_dir, "report-summary") + render(
            draft_pdf, out_dir, "report-agreement"
        ):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"))
