"""ファイル → 取り込み / 書き出し / 受け渡しファイルを取り込む (issue 7, docs/exchange.md).

``ExchangeMenu`` adds the actions to the main window's ファイル menu and runs them. Everything that
would open a modal window is a method tests replace: ``run_dialog``, ``choose_save_path``,
``choose_open_path``, ``choose_csv_kind``, ``ask_replace``, ``show_error``, ``inform``.
Built while the window paints its menus: only what the menus need is imported here, the rest on use.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from ..main_window import MainWindow

XLSX, CSV_UTF8, CSV_CP932, PACKAGE = "xlsx", "utf-8-sig", "cp932", "renkei"


class ExchangeMenu(QObject):
    def __init__(self, window: MainWindow, file_menu: QMenu):
        super().__init__(window)
        self.window = window
        self.last_dir: Path | None = None
        self.import_action = self._action(
            self.tr("取り込み(&I)…"), self.open_import_wizard, "action_import", "Ctrl+I"
        )
        self.package_import_action = self._action(
            self.tr("受け渡しファイルを取り込む(&U)…"), self.import_package, "action_import_package"
        )
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.package_import_action)
        self.export_menu = file_menu.addMenu(self.tr("書き出し(&E)"))
        self.export_menu.setObjectName("menu_export")
        self.export_actions = {
            XLSX: self._action(self.tr("Excel ブック (.xlsx)(&X)…"), self.export_xlsx, "action_export_xlsx"),
            CSV_UTF8: self._action(
                self.tr("CSV（UTF-8 BOM付き）(&U)…"), lambda: self.export_csv(CSV_UTF8), "action_export_csv"
            ),
            CSV_CP932: self._action(
                self.tr("CSV（シフトJIS / cp932）(&S)…"),
                lambda: self.export_csv(CSV_CP932),
                "action_export_csv_cp932",
            ),
            PACKAGE: self._action(
                self.tr("連携先への受け渡しファイル (.renkei)(&R)…"),
                self.export_package,
                "action_export_package",
            ),
        }
        for action in self.export_actions.values():
            self.export_menu.addAction(action)
        window.read_only_changed.connect(self._read_only_changed)

    def _action(self, text: str, slot: Any, name: str, shortcut: str | None = None) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if shortcut:
            action.setShortcuts([QKeySequence(shortcut)])
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _read_only_changed(self, read_only: bool) -> None:
        for action in (self.import_action, self.package_import_action):
            action.setEnabled(not read_only)

    @property
    def services(self) -> Any:
        return self.window.services

    def _home_code(self) -> str:
        profile = self.window.profile
        return profile.home_code if profile is not None else ""

    # --- hooks tests replace (modal dialogs) ---------------------------------------------------------
    def run_dialog(self, dialog: Any) -> int:
        result = dialog.exec()
        dialog.deleteLater()
        return result

    def _folder(self) -> Path:
        if self.last_dir is not None:
            return self.last_dir
        return Path.home()

    def choose_save_path(self, caption: str, suggested: str, file_filter: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self.window, caption, str(self._folder() / suggested), file_filter
        )
        return Path(path) if path else None

    def choose_open_path(self, caption: str, file_filter: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self.window, caption, str(self._folder()), file_filter)
        return Path(path) if path else None

    def choose_csv_kind(self) -> str | None:
        """What one CSV file holds (a CSV has one kind): 事務, 連携案, 負担割合, 協定, 市町村の統計."""
        from PySide6.QtWidgets import QInputDialog

        from ...services.exchange.labels import KINDS
        from ..widgets.exchange_models import EXPORT_KIND_NAMES, tr

        labels = [tr(EXPORT_KIND_NAMES[k]) for k in KINDS]
        label, ok = QInputDialog.getItem(
            self.window, self.tr("CSV に書き出す内容"), self.tr("書き出す内容(&K):"), labels, 0, False
        )
        return KINDS[labels.index(label)] if ok and label in labels else None

    def ask_replace(self, found: list, encoding: str) -> bool:
        from .export_dialogs import UnencodableDialog

        dialog = UnencodableDialog(found, encoding, self.window)
        return self.run_dialog(dialog) == UnencodableDialog.DialogCode.Accepted

    def show_error(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self.window, title, text)

    def inform(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self.window, title, text)

    # --- import ------------------------------------------------------------------------------------
    def open_import_wizard(self) -> None:
        if self.services is None or self.window.read_only:
            return
        from .import_wizard import ImportWizard

        wizard = ImportWizard(self.services, self.window, home=self.window.home)
        wizard.imported.connect(self._imported)
        self.run_dialog(wizard)

    def _imported(self, report: Any) -> None:
        self.window.reload_pages()
        self.window.statusBar().showMessage(
            self.tr(
                "取り込みました: 追加 {0}件、更新 {1}件、変更なし {2}件、取り込まなかった行 {3}行"
            ).format(report.added, report.updated, report.unchanged, report.skipped_rows),
            10000,
        )

    def import_package(self) -> None:
        if self.services is None or self.window.read_only:
            return
        from ...domain.errors import StorageError
        from ...services.exchange.errors import ExchangeError
        from .. import texts
        from .package_dialogs import PackageImportDialog

        path = self.choose_open_path(
            self.tr("受け渡しファイルを取り込む"),
            self.tr("受け渡しファイル (*.renkei);;すべてのファイル (*)"),
        )
        if path is None:
            return
        self.last_dir = path.parent
        try:
            review = self.services.exchange.review_package(path)
        except ExchangeError as error:
            self.show_error(self.tr("受け渡しファイルを取り込めません"), texts.exchange_error_text(error))
            return
        except StorageError as error:
            self.window.show_environment_error(error)
            return
        dialog = PackageImportDialog(self.services, review, self.window)
        self.run_dialog(dialog)
        report = dialog.report
        if report is None:
            return
        self.window.reload_pages()
        self.inform(
            self.tr("受け渡しファイルを取り込みました"),
            self.tr("追加 {0}件、更新 {1}件、こちらの内容を残した記録 {2}件、変更なし {3}件。").format(
                report.added, report.updated, report.kept, report.unchanged
            ),
        )

    # --- export ------------------------------------------------------------------------------------
    def _stamp(self) -> str:
        return date.today().strftime("%Y%m%d")

    def _with_suffix(self, path: Path, suffix: str) -> Path:
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def _write(self, write: Any) -> Any:
        """Run an export; a refusal is said in Japanese and nothing is left behind."""
        from ...domain.errors import StorageError
        from ...services.exchange.errors import ExchangeError
        from .. import texts

        try:
            return write()
        except ExchangeError as error:
            self.show_error(self.tr("書き出せません"), texts.exchange_error_text(error))
        except StorageError as error:
            self.window.show_environment_error(error)
        return None

    def export_xlsx(self) -> Path | None:
        if self.services is None:
            return None
        path = self.choose_save_path(
            self.tr("Excel ブックに書き出す"),
            self.tr("広域連携_{0}.xlsx").format(self._stamp()),
            self.tr("Excel ブック (*.xlsx)"),
        )
        if path is None:
            return None
        path = self._with_suffix(path, ".xlsx")
        self.last_dir = path.parent
        result = self._write(
            lambda: self.services.exchange.export_xlsx(path, owner_code=self._home_code() or None)
        )
        if result is None:
            return None
        from .. import texts
        from ..widgets.exchange_models import EXPORT_KIND_NAMES, tr

        counts = texts.join(
            self.tr("{0} {1}件").format(tr(EXPORT_KIND_NAMES[k]), n) for k, n in result.rows.items()
        )
        self.window.statusBar().showMessage(
            self.tr("Excel ブックに書き出しました: {0}（{1}）").format(path, counts), 10000
        )
        return path

    def export_csv(self, encoding: str) -> Path | None:
        if self.services is None:
            return None
        kind = self.choose_csv_kind()
        if kind is None:
            return None
        from ..widgets.exchange_models import EXPORT_KIND_NAMES, tr

        csv = self._write(
            lambda: self.services.exchange.prepare_csv(kind, encoding, owner_code=self._home_code() or None)
        )
        if csv is None:
            return None
        replace = bool(csv.unencodable)
        if replace and not self.ask_replace(list(csv.unencodable), csv.encoding):
            self.window.statusBar().showMessage(
                self.tr("書き出しを中止しました。ファイルは作成していません。"), 10000
            )
            return None
        suffix = "" if encoding == CSV_UTF8 else "_sjis"
        path = self.choose_save_path(
            self.tr("CSV に書き出す"),
            self.tr("{0}_{1}{2}.csv").format(tr(EXPORT_KIND_NAMES[kind]), self._stamp(), suffix),
            self.tr("CSV (*.csv)"),
        )
        if path is None:
            return None
        path = self._with_suffix(path, ".csv")
        self.last_dir = path.parent
        result = self._write(lambda: csv.write(path, replace=replace))
        if result is None:
            return None
        message = self.tr("CSV に書き出しました: {0}（{1}行）").format(path, sum(result.rows.values()))
        if result.replaced:
            message += self.tr("　〓に置き換えた文字: {0}個").format(result.replaced)
        self.window.statusBar().showMessage(message, 10000)
        return path

    def export_package(self) -> Path | None:
        if self.services is None:
            return None
        from .package_dialogs import PackageExportDialog

        dialog = PackageExportDialog(self.services, self._home_code(), self.window)
        if self.run_dialog(dialog) != PackageExportDialog.DialogCode.Accepted:
            return None
        plans, agreements, partner = dialog.selection()
        to = dialog.partner_name()
        suggested = (
            self.tr("連携案_{0}宛_{1}.renkei").format(to, self._stamp())
            if to
            else self.tr("連携案_{0}.renkei").format(self._stamp())
        )
        path = self.choose_save_path(
            self.tr("受け渡しファイルを書き出す"), suggested, self.tr("受け渡しファイル (*.renkei)")
        )
        if path is None:
            return None
        path = self._with_suffix(path, ".renkei")
        self.last_dir = path.parent
        result = self._write(
            lambda: self.services.exchange.export_package(path, plans, agreements, partner=partner)
        )
        if result is None:
            return None
        self.inform(
            self.tr("受け渡しファイルを書き出しました"),
            self.tr(
                "{0}\n連携案 {1}件、協定 {2}件、事務 {3}件、統計 {4}件を書き出しました。LGWAN メールや共有フォルダーで相手に渡してください。"
            ).format(path, result.plans, result.agreements, result.duties, result.figures),
        )
        return path
