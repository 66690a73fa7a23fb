"""ヘルプ → サポート用の情報を保存: the zip of services/support.py, for the 情報担当 or the vendor.

The user chooses where to save it (the Desktop by default); the message after saving says what is in
it, that the database is not, and that nothing was sent anywhere. ``choose_save_path``, ``inform`` and
``show_error`` open modal windows and are replaced in tests.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from ...domain.errors import StorageError
    from ..main_window import MainWindow


class SupportInfo(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window

    def save(self) -> Path | None:
        """Ask where, write the zip, say what was written. The saved path, or None."""
        from ...domain.errors import StorageError
        from ...services import support

        target = self.choose_save_path(support.default_name())
        if target is None:
            return None
        if target.suffix.lower() != ".zip":
            target = target.with_name(target.name + ".zip")
        services = self.window.services
        try:
            support.write_support_bundle(
                target,
                log_dir=self.window.log_dir,
                settings_file=Path(self.window.settings.path),
                db_path=services.path if services is not None else None,
                details=self.qt_details(),
            )
        except StorageError as error:
            self.show_error(error)
            return None
        self.inform(
            self.tr("サポート用の情報を保存"),
            self.tr(
                "次のファイルに保存しました。\n{0}\n\n"
                "中身: バージョンと動作環境、データベースの場所と状態、ログファイル、設定ファイル。"
                "データベース（事務や協定の内容）は含まれていません。\n"
                "このファイルはどこにも送信されていません。必要に応じて情報担当の方にお渡しください。"
            ).format(target),
        )
        return target

    def qt_details(self) -> list[tuple[str, str]]:
        """What only the UI knows: Qt, the style, the language and zoom, the screens and their scaling."""
        import PySide6
        from PySide6.QtCore import QLocale, qVersion
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        details = [
            ("pyside6", PySide6.__version__),
            ("qt", qVersion()),
            ("platform_plugin", QApplication.platformName()),
            ("style", app.style().name() if isinstance(app, QApplication) else ""),
            ("ui_language", str(self.window.settings.language)),
            ("zoom_percent", str(self.window.settings.zoom)),
            ("locale", QLocale.system().name()),
            ("read_only_mode", str(self.window.read_only)),
        ]
        for number, screen in enumerate(QApplication.screens(), start=1):
            size = screen.size()
            details.append(
                (f"screen_{number}", f"{size.width()}x{size.height()} scale {screen.devicePixelRatio():g}")
            )
        return details

    # --- modal windows (replaced in tests) -------------------------------------------------------------
    def choose_save_path(self, suggested: str) -> Path | None:
        from PySide6.QtCore import QStandardPaths
        from PySide6.QtWidgets import QFileDialog

        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DesktopLocation) or str(Path.home())
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("サポート用の情報を保存"),
            str(Path(folder) / suggested),
            self.tr("ZIP ファイル (*.zip)"),
        )
        return Path(path) if path else None

    def inform(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self.window, title, text)

    def show_error(self, error: StorageError) -> None:
        from PySide6.QtWidgets import QMessageBox

        from .. import texts

        QMessageBox.warning(self.window, self.tr("保存できませんでした"), texts.storage_error_text(error))
