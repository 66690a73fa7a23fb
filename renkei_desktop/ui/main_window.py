"""The thin shell: navigation, menus, status bar. Pages do the work."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

# Only what the first paint needs. No ``Qt`` namespace: its first use builds ~100 Python enums
# (~50 ms); QFileDialog, QDesktopServices and QUrl are imported where used (their types cost too).
# Every Qt class costs its Python type and enums when first touched (QMessageBox, QAction and
# QKeySequence together ~5 ms): those of the menus and dialogs are imported where used.
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from .read_only_mode import WriterLockMixin
from .settings import AppSettings, next_zoom

if TYPE_CHECKING:  # the domain and texts are imported on first use: not needed to paint the shell
    from PySide6.QtGui import QAction, QCloseEvent

    from ..domain.errors import StorageError
    from ..domain.municipalities import Municipality
    from ..domain.profile import Profile
    from ..services.container import Services

ServicesOpener = Callable[[Path], "Services"]

# (key, module under ui/pages, class, navigation title) of the pages after the catalogue
HOSTED_PAGES: tuple[tuple[str, str, str, str], ...] = (
    ("advisor", "advisor_page", "AdvisorPage", QT_TRANSLATE_NOOP("MainWindow", "連携の検討")),
    ("plans", "plans_page", "PlansPage", QT_TRANSLATE_NOOP("MainWindow", "連携案")),
    ("agreements", "agreements_page", "AgreementsPage", QT_TRANSLATE_NOOP("MainWindow", "協定・規約")),
    ("charts", "charts_page", "ChartsPage", QT_TRANSLATE_NOOP("MainWindow", "グラフ")),
)
# The navigation titles of the catalogue and the municipalities (the first and the last page)
CATALOGUE_TITLE = QT_TRANSLATE_NOOP("MainWindow", "事務カタログ")
MUNICIPALITIES_TITLE = QT_TRANSLATE_NOOP("MainWindow", "市町村")
# (module under ui/widgets, class) of notices above the pages
HOSTED_NOTICES: tuple[tuple[str, str], ...] = (("reviews_banner", "ReviewsBanner"),)


def _open_services(path: Path, *, read_only: bool = False) -> Services:
    # Imported on first use: SQLAlchemy and sqlmodel are not needed to put the window on screen.
    from ..services.container import Services

    return Services.open(path, read_only=read_only)


class MainWindow(WriterLockMixin, QMainWindow):
    # True while the database is open read-only (someone else holds it): pages disable every edit.
    read_only_changed = Signal(bool)

    def __init__(
        self, settings: AppSettings, log_dir: Path, opener: ServicesOpener = _open_services, *, defer_menus: bool = False
    ):
        """``defer_menus``: the menu bar shows its titles, and their items are added by ``fill_menus``
        (run_gui calls it right after the first paint; adding a page calls it too)."""
        super().__init__()
        self.setObjectName("MainWindow")
        self.settings = settings
        self.log_dir = log_dir
        self._opener = opener
        self.services: Services | None = None
        self.profile: Profile | None = None
        self.home: Municipality | None = None
        self.undo_stack = QUndoStack(self)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setSpacing(4)
        self._fit_navigation()
        self.stack = QStackedWidget()
        self.loading = QLabel(self.tr("データベースを読み込んでいます…"))
        self.loading.setProperty("alignment", "AlignCenter")  # = setAlignment(Qt.AlignmentFlag.AlignCenter), see the import
        self.stack.addWidget(self.loading)
        central = QWidget()
        row = QHBoxLayout(central)
        row.addWidget(self.nav)
        right = QVBoxLayout()
        self.notice_area = QVBoxLayout()  # notices shown above every page (e.g. reviews due)
        right.addLayout(self.notice_area)
        right.addWidget(self.stack, 1)
        row.addLayout(right, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._nav_changed)
        self.status_home = QLabel()
        self.status_home.setObjectName("status_home")
        self.statusBar().addPermanentWidget(self.status_home)
        self._pages: list[QWidget] = []
        self._build_menus()
        self._init_writer_lock()  # the lock beside the database, read-only mode (read_only_mode.py)
        if not defer_menus:
            self.fill_menus()
        # The title only: until the database is read, the status bar does not claim that no
        # municipality is set (show_snapshot and attach say what is).
        self.setWindowTitle(self.tr("広域連携デスク"))
        geometry = settings.geometry
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)

    def _fit_navigation(self) -> None:
        """As wide as the longest navigation title in the UI's language and font (zoom), one character
        and 24 px to spare (事務カタログ in Japanese, Partners & frameworks in English). The titles of the
        pages still to come count too, so that adding them after the first paint does not move the pages;
        ``_add_page`` fits again for a title not foreseen. A few text widths: cheap before the first paint."""
        translate = QCoreApplication.translate
        titles = [translate("MainWindow", CATALOGUE_TITLE), translate("MainWindow", MUNICIPALITIES_TITLE)]
        titles += [translate("MainWindow", title) for _key, _module, _class, title in HOSTED_PAGES]
        titles += [self.nav.item(row).text() for row in range(self.nav.count())]
        metrics = self.nav.fontMetrics()
        self.nav.setFixedWidth(max(metrics.horizontalAdvance(f"{title}あ") for title in titles) + 24)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange:
            self._fit_navigation()
        super().changeEvent(event)

    # --- menus ---------------------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None, name: str = "") -> QAction:  # noqa: ANN001
        from PySide6.QtGui import QAction, QKeySequence

        action = QAction(text, self)
        if shortcut is not None:
            # setShortcuts([key]) is what setShortcut does in Qt; PySide's overload checks of
            # setShortcut and of QKeySequence(QKeySequence) would build the ``Qt`` enums (see the import).
            action.setShortcuts([shortcut if isinstance(shortcut, QKeySequence) else QKeySequence(shortcut)])
        action.triggered.connect(slot)
        if name:
            action.setObjectName(name)
        return action

    def _build_menus(self) -> None:
        """The menu titles; fill_menus adds their items."""
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("ファイル(&F)"))
        self.edit_menu = bar.addMenu(self.tr("編集(&E)"))
        self.view_menu = bar.addMenu(self.tr("表示(&V)"))
        self.settings_menu = bar.addMenu(self.tr("設定(&S)"))
        self.help_menu = bar.addMenu(self.tr("ヘルプ(&H)"))
        self._menus_filled = False

    def fill_menus(self) -> None:
        if self._menus_filled:
            return
        self._menus_filled = True
        from PySide6.QtGui import QAction, QActionGroup, QKeySequence

        file_menu = self.file_menu
        file_menu.addAction(self._action(self.tr("データベースを開く(&O)…"), self.choose_database, QKeySequence.StandardKey.Open))
        file_menu.addAction(self._action(self.tr("新しいデータベース(&N)…"), self.new_database))
        self.demo_action = self._action(self.tr("デモデータを読み込む(&D)"), self.load_demo_data, name="action_demo")
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        from .dialogs.exchange_menu import ExchangeMenu  # 取り込み・書き出し・受け渡しファイル

        self.exchange_menu = ExchangeMenu(self, file_menu)
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("バックアップを作成(&B)"), self.create_backup, name="action_backup"))
        file_menu.addAction(self._action(self.tr("バックアップから復元(&R)…"), self.restore_backup, name="action_restore"))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("会議資料を印刷(&P)…"), lambda: self.open_report("summary"), QKeySequence.StandardKey.Print, "action_print_summary"))
        file_menu.addAction(self._action(self.tr("協定書（案）を出力(&A)…"), lambda: self.open_report("agreement"), name="action_agreement_draft"))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("終了(&X)"), self.close, QKeySequence.StandardKey.Quit))

        edit_menu = self.edit_menu
        undo = self.undo_stack.createUndoAction(self, self.tr("元に戻す"))
        undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        undo.setObjectName("action_undo")
        redo = self.undo_stack.createRedoAction(self, self.tr("やり直し"))
        redo.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Y")])
        redo.setObjectName("action_redo")
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        self.undo_action, self.redo_action = undo, redo

        self.view_menu.addAction(self._action(self.tr("文字を大きく(&L)"), lambda: self.zoom(1), QKeySequence.StandardKey.ZoomIn, "action_zoom_in"))
        self.view_menu.addAction(self._action(self.tr("文字を小さく(&S)"), lambda: self.zoom(-1), QKeySequence.StandardKey.ZoomOut, "action_zoom_out"))
        self.view_menu.addAction(self._action(self.tr("標準の大きさ(&R)"), lambda: self.zoom(0), QKeySequence("Ctrl+0"), "action_zoom_reset"))
        self.view_menu.addSeparator()
        self.view_menu.addAction(self._action(self.tr("変更履歴(&H)…"), self.show_audit_log, QKeySequence("Ctrl+H"), "action_audit_log"))
        self.view_menu.addSeparator()
        self._sync_editing_actions()  # the editing actions follow read-only mode and the undo stack

        settings_menu = self.settings_menu
        settings_menu.addAction(self._action(self.tr("自治体と担当課(&M)…"), self.edit_profile, name="action_profile"))
        language_menu = settings_menu.addMenu(self.tr("表示言語(&L)"))
        group = QActionGroup(self)
        for code, label in (("ja", "日本語"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.setChecked(self.settings.language == code)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            group.addAction(action)
            language_menu.addAction(action)

        help_menu = self.help_menu
        help_menu.addAction(
            self._action(self.tr("使い方(&U)…"), self.show_help, QKeySequence.StandardKey.HelpContents, "action_help")
        )
        help_menu.addSeparator()
        help_menu.addAction(self._action(self.tr("ログフォルダーを開く(&L)"), self.open_log_folder))
        help_menu.addAction(
            self._action(self.tr("サポート用の情報を保存(&S)…"), self.save_support_info, name="action_support_info")
        )
        help_menu.addAction(self._action(self.tr("バージョン情報(&A)"), self.about))

    # --- pages ---------------------------------------------------------------------------------
    def _add_page(self, title: str, page: QWidget) -> None:
        from PySide6.QtGui import QKeySequence

        self.fill_menus()  # the page's 表示 item follows the zoom items
        self._pages.append(page)
        self.stack.addWidget(page)
        self.nav.addItem(title)
        self._fit_navigation()
        index = len(self._pages)
        action = self._action(title, lambda: self.show_page(index - 1), QKeySequence(f"Ctrl+{index}"))
        self.view_menu.addAction(action)

    def _nav_changed(self, row: int) -> None:
        if 0 <= row < len(self._pages):
            self.stack.setCurrentWidget(self._pages[row])

    def page_count(self) -> int:
        return len(self._pages)

    def page_widget(self, index: int) -> QWidget:
        return self._pages[index]

    def show_page(self, index: int) -> None:
        self.nav.setCurrentRow(index)

    # --- database ------------------------------------------------------------------------------
    def open_database(self, path: Path) -> bool:
        """Open (create, migrate) ``path``; on failure say why and keep the current database.

        When someone else holds the database the user chooses: read-only, cancel, or take over."""
        from ..domain.errors import StorageError

        claim = self.claim_database(Path(path))
        if claim is None:
            return False
        lock, read_only, reason = claim
        try:
            services = self._opener(Path(path), read_only=True) if read_only else self._opener(Path(path))
        except StorageError as error:
            if lock is not None and lock is not self.lock:
                lock.release()
            self.report_storage_error(error)
            return False
        self.hold_lock(lock)
        self.set_read_only(read_only, reason)
        self.attach(services)
        self.settings.last_database = str(path)
        return True

    def report_storage_error(self, error: StorageError) -> None:
        from PySide6.QtWidgets import QMessageBox

        from . import texts

        message = texts.storage_error_text(error)
        if self.services is None:  # nothing open yet: say what to do instead of "loading…"
            self.loading.setWordWrap(True)
            self.loading.setText(
                message + "\n\n" + self.tr("「ファイル → データベースを開く」で別のファイルを選ぶか、「ファイル → 新しいデータベース」で作成してください。")
            )
        QMessageBox.critical(self, self.tr("データベースを開けません"), message)

    def _ensure_pages(self) -> None:
        """The catalogue first (it is the first screen); the other pages follow in ``_ensure_more_pages``."""
        if self._pages:
            return
        from .pages.catalogue_page import CataloguePage

        self.catalogue_page = CataloguePage(None, self.undo_stack)
        self.read_only_changed.connect(self.catalogue_page.set_read_only)
        self._add_page(QCoreApplication.translate("MainWindow", CATALOGUE_TITLE), self.catalogue_page)
        self.hosted_pages: dict[str, QWidget] = {}
        self.stack.removeWidget(self.loading)
        self.show_page(0)

    def _ensure_more_pages(self) -> None:
        """Build the other pages once a database is attached: their modules (plans, sharing,
        agreements …) take most of a second to import, which the first screen should not wait for."""
        if getattr(self, "municipality_page", None) is not None:
            return
        import importlib

        from .pages.municipality_page import MunicipalityPage

        self.municipality_page = MunicipalityPage(None)
        self.read_only_changed.connect(self.municipality_page.set_read_only)
        # Pages following the host protocol: ``Page(window)``, then ``on_services(services)`` when a
        # database is attached and ``on_profile(profile, home)`` when the home municipality changes;
        # optionally ``focus_record(record_id)`` for navigate().
        for key, module, class_name, title in HOSTED_PAGES:
            page_class = getattr(importlib.import_module(f"{__package__}.pages.{module}"), class_name)
            page = page_class(self)
            self.hosted_pages[key] = page
            self._add_page(QCoreApplication.translate("MainWindow", title), page)
        self._add_page(QCoreApplication.translate("MainWindow", MUNICIPALITIES_TITLE), self.municipality_page)
        for widget_module, class_name in HOSTED_NOTICES:
            notice = getattr(importlib.import_module(f"{__package__}.widgets.{widget_module}"), class_name)(self)
            self.hosted_pages[f"notice:{class_name}"] = notice
            self.notice_area.addWidget(notice)

    def navigate(self, key: str, record_id: object = None) -> None:
        """Show a hosted page ("catalogue", "advisor", "plans", "agreements") and focus a record."""
        if key == "catalogue":
            self.show_page(0)
            if record_id is not None:
                self.catalogue_page.select_duty(int(record_id))  # type: ignore[arg-type]
            return
        page = self.hosted_pages.get(key)
        if page is None:
            return
        self.show_page(self._pages.index(page))
        focus = getattr(page, "focus_record", None)
        if focus is not None and record_id is not None:
            focus(record_id)

    def _hosted(self, method: str, *args: object) -> None:
        for page in getattr(self, "hosted_pages", {}).values():
            hook = getattr(page, method, None)
            if hook is not None:
                hook(*args)

    def show_snapshot(self, profile: Profile | None, home: Municipality | None, duties: list) -> None:
        """Fill the first screen from a start-up snapshot, read-only until ``attach`` brings the services."""
        self._ensure_pages()
        self.profile, self.home = profile, home
        if profile is not None:
            self.catalogue_page.load(profile.home_code, profile.department, duties)
        self._update_title()

    def attach(self, services: Services) -> None:
        if self.services is not None:
            self.services.close()
        self.services = services
        self.undo_stack.clear()
        self._ensure_pages()
        self._ensure_more_pages()
        self.catalogue_page.set_catalogue(services.catalogue)
        self.municipality_page.set_service(services.municipalities)
        self._hosted("on_services", services)
        self.profile = services.profile.get()
        if self.profile is None and not self.read_only:  # the setup saves: not while read-only
            self.profile = self.run_setup(None)
        self._profile_changed()
        self.read_only_changed.emit(self.read_only)  # pages built just now follow the current mode

    def run_setup(self, current: Profile | None) -> Profile | None:
        from .dialogs.setup_dialog import SetupDialog

        assert self.services is not None
        dialog = SetupDialog(self.services.profile, self.services.municipalities.all(), current, self)
        return dialog.saved if dialog.exec() else current

    def _profile_changed(self) -> None:
        assert self.services is not None
        profile = self.profile
        self.home = self.services.municipalities.get(profile.home_code) if profile else None
        self.catalogue_page.load(profile.home_code if profile else "", profile.department if profile else "")
        self.catalogue_page.setEnabled(profile is not None)
        self._hosted("on_profile", profile, self.home)
        self._update_title()

    def _update_title(self) -> None:
        title = self.tr("広域連携デスク")
        if self.home is not None:
            title = f"{title} — {self.home.display_name}"
            department = self.profile.department if self.profile else ""
            self.status_home.setText(f"{self.home.display_name} {department}　{self.services.path if self.services else ''}")
        else:
            self.status_home.setText(self.tr("自治体が未設定です（設定 → 自治体と担当課）"))
        if getattr(self, "_read_only", False):
            marker = self.tr("〔読み取り専用〕")
            title = f"{title} {marker}"
        self.setWindowTitle(title)

    def edit_profile(self) -> None:
        if self.services is None or self.read_only:
            return
        updated = self.run_setup(self.profile)
        if updated is not None and updated != self.profile:
            self.profile = updated
            self.undo_stack.clear()
            self._profile_changed()

    def choose_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("データベースを開く"), "", self.tr("広域連携デスクのデータベース (*.sqlite3 *.sqlite *.db);;すべてのファイル (*)")
        )
        if path:
            self.open_database(Path(path))

    def new_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("新しいデータベース"), "renkei.sqlite3", self.tr("広域連携デスクのデータベース (*.sqlite3)")
        )
        if path:
            self.open_database(Path(path))

    def load_demo_data(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        if self.services is None or self.read_only:
            return
        answer = QMessageBox.question(
            self,
            self.tr("デモデータ"),
            self.tr("自治体を「長野県天龍村」に切り替え、デモ用の事務（約20件）を追加します。よろしいですか？"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        from ..services.demo import load_demo

        load_demo(self.services)
        self.profile = self.services.profile.get()
        self.undo_stack.clear()
        self._profile_changed()

    def reload_pages(self) -> None:
        """Every page reads the database again (after an import or a partner package, as after the demo)."""
        if self.services is None:
            return
        self.profile = self.services.profile.get()
        self.undo_stack.clear()  # an undo would now overwrite what was imported
        self.municipality_page.set_service(self.services.municipalities)
        self._profile_changed()

    # --- printed documents (reports) -----------------------------------------------------------
    def open_report(self, kind: str = "summary", agreement_id: int | None = None) -> None:
        """The 会議資料 (kind "summary") or 協定書（案） (kind "agreement") dialog: choose, preview, save."""
        if self.services is None:
            return
        from .dialogs.report_dialog import ReportDialog

        self.run_report_dialog(ReportDialog(self, kind, agreement_id))

    def run_report_dialog(self, dialog: QWidget) -> None:  # replaced in tests
        dialog.exec()
        dialog.deleteLater()

    # --- backups -------------------------------------------------------------------------------
    def create_backup(self) -> Path | None:
        from ..services.backups import create_backup

        if self.services is None or self.services.path is None:
            return None
        from ..domain.errors import StorageError

        try:
            target = create_backup(self.services.path)
        except StorageError as error:  # e.g. the disk is full: say so, the database is untouched
            self.show_environment_error(error)
            return None
        self.statusBar().showMessage(self.tr("バックアップを作成しました: {0}").format(target), 8000)
        return target

    def choose_backup(self, backups: list) -> Path | None:  # replaced in tests
        from PySide6.QtWidgets import QInputDialog

        reasons = {
            "daily": self.tr("毎日の自動バックアップ"),
            "manual": self.tr("手動のバックアップ"),
            "pre-restore": self.tr("復元する前の状態"),
        }
        before_update = self.tr("更新前の自動バックアップ")
        labels = [
            f"{b.created:%Y-%m-%d %H:%M:%S}　{reasons.get(b.reason, before_update)}　({b.size // 1024:,} KB)" for b in backups
        ]
        label, ok = QInputDialog.getItem(self, self.tr("バックアップから復元"), self.tr("復元するバックアップ:"), labels, 0, False)
        return backups[labels.index(label)].path if ok and label in labels else None

    def restore_backup(self) -> bool:
        from PySide6.QtWidgets import QMessageBox

        from ..services.backups import list_backups, restore

        if self.services is None or self.services.path is None or self.read_only:
            return False
        path = self.services.path
        backups = list_backups(path)
        if not backups:
            QMessageBox.information(self, self.tr("バックアップから復元"), self.tr("バックアップがまだありません。"))
            return False
        chosen = self.choose_backup(backups)
        if chosen is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("バックアップから復元"),
            self.tr("現在のデータをバックアップ「{0}」の内容に置き換えます。現在の状態も自動でバックアップされます。よろしいですか？").format(chosen.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.services.close()
        self.services = None
        from ..domain.errors import StorageError

        try:
            safety = restore(path, chosen)
        except StorageError as error:
            self.report_storage_error(error)
            return self.open_database(path) and False
        self.open_database(path)
        self.statusBar().showMessage(self.tr("復元しました。復元前の状態は {0} に保存してあります。").format(safety.name), 10000)
        return True

    # --- view ----------------------------------------------------------------------------------
    def show_audit_log(self) -> None:
        """表示 → 変更履歴: the audit log in a window of its own (one, raised when opened again)."""
        if self.services is None:
            return
        from .dialogs.audit_dialog import AuditDialog

        if getattr(self, "audit_dialog", None) is None:
            self.audit_dialog = AuditDialog(self)
        self.audit_dialog.open_log()

    def current_page_key(self) -> str | None:
        """The key of the page shown ("catalogue", a HOSTED_PAGES key, "municipalities"); None before the pages."""
        page = self.stack.currentWidget()
        if page is None or page is self.loading:
            return None
        if page is getattr(self, "catalogue_page", None):
            return "catalogue"
        if page is getattr(self, "municipality_page", None):
            return "municipalities"
        return next((key for key, hosted in getattr(self, "hosted_pages", {}).items() if hosted is page), None)

    def show_help(self) -> None:
        """ヘルプ → 使い方 (F1): the manual at the section of the page shown, in a window of its own
        (one, raised when opened again). Its module is imported here: start-up does not need it."""
        from .dialogs.help_window import HelpWindow

        if getattr(self, "help_window", None) is None:
            self.help_window = HelpWindow(self)
        self.help_window.open_section(self.current_page_key())

    def zoom(self, direction: int) -> None:
        self.settings.zoom = next_zoom(self.settings.zoom, direction)
        apply_zoom = getattr(QApplication.instance(), "apply_zoom", None)
        if apply_zoom is not None:
            apply_zoom(self.settings.zoom)
        self.statusBar().showMessage(self.tr("文字の大きさ: {0}%").format(self.settings.zoom), 3000)

    def set_language(self, code: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.settings.language = code
        QMessageBox.information(
            self,
            QCoreApplication.translate("MainWindow", "表示言語"),
            QCoreApplication.translate("MainWindow", "表示言語の変更は、アプリを再起動すると反映されます。"),
        )

    def save_support_info(self) -> Path | None:
        """ヘルプ → サポート用の情報を保存: versions, paths, the database's health, logs and settings in
        one zip for the 情報担当 (ui/dialogs/support_info.py); never the database, never sent anywhere."""
        if getattr(self, "support_info", None) is None:
            from .dialogs.support_info import SupportInfo

            self.support_info = SupportInfo(self)
        return self.support_info.save()

    def open_log_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_dir)))

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("バージョン情報"),
            self.tr(
                "広域連携デスク バージョン {0}\n\n市町村の広域連携（連携協約・事務の委託など）を検討・記録するためのアプリです。"
                "\nこのアプリはネットワークに接続しません。\n\nデータベース: {1}\n設定ファイル: {2}\nログ: {3}"
            ).format(__version__, self.services.path if self.services else "—", self.settings.path, self.log_dir),
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.settings.geometry = self.saveGeometry()
        self.settings.sync()
        if self.services is not None:
            self.services.close()
        self.release_lock()
        super().closeEvent(event)
