"""Screenshots of data safety (issue #8): the lock dialog (held, stale), a window open read-only, and the
environment-tier message for a full disk.

Usage: xvfb-run -a -s "-screen 0 1400x900x24" python packaging/screenshots_safety.py [OUT_DIR]
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from renkei_desktop.app.gui import create_application  # noqa: E402
from renkei_desktop.app.locations import resolve_locations  # noqa: E402
from renkei_desktop.domain.errors import StorageError, StorageErrorCode  # noqa: E402
from renkei_desktop.services.container import Services  # noqa: E402
from renkei_desktop.services.demo import load_demo  # noqa: E402
from renkei_desktop.services.lock import DatabaseLock, LockHolder, lock_path  # noqa: E402
from renkei_desktop.ui import texts  # noqa: E402
from renkei_desktop.ui.dialogs.lock_dialog import LockDialog  # noqa: E402
from renkei_desktop.ui.main_window import MainWindow  # noqa: E402


def settle(app: QApplication) -> None:
    from PySide6.QtTest import QTest

    QTest.qWait(250)


def colleague_lock(db: Path, heartbeat_age: float) -> None:
    beat = datetime.now(UTC) - timedelta(seconds=heartbeat_age)
    holder = LockHolder("yamada", "KIKAKU-PC03", 4321, beat - timedelta(hours=2), beat, "e" * 32)
    lock_path(db).write_text(holder.to_json(), encoding="utf-8")


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    locations = resolve_locations(Path(tempfile.mkdtemp()))
    app = create_application(sys.argv[:1], locations, "ja")
    services = Services.open(locations.default_db)
    load_demo(services)
    db = locations.default_db

    for name, age in (("held", 20), ("stale", 1500)):
        colleague_lock(db, age)
        dialog = LockDialog(DatabaseLock(db).inspect(), db)
        dialog.show()
        settle(app)
        dialog.grab().save(str(out / f"safety-lock-{name}.png"))
        dialog.close()

    colleague_lock(db, 20)
    window = MainWindow(app.settings, locations.log_dir)  # type: ignore[attr-defined]
    window.ask_lock_choice = lambda status, path: LockDialog.READ_ONLY  # type: ignore[method-assign]
    window.resize(1360, 820)
    window.show()
    window.open_database(db)
    settle(app)
    window.grab().save(str(out / "safety-read-only.png"))

    box = QMessageBox(QMessageBox.Icon.Warning, "処理を完了できませんでした", "", parent=window)
    box.setText(texts.storage_error_text(StorageError(StorageErrorCode.DISK_FULL, str(db), "database or disk is full")))
    box.show()
    settle(app)
    box.grab().save(str(out / "safety-disk-full.png"))
    box.close()
    window.close()
    services.close()
    print("written to", out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
