"""The composition root of the GUI: QApplication, fonts, translators, settings, main window."""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, QTimer, QTranslator, Signal
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication

from ..paths import resource
from ..reports.fonts import ensure_biz_ud_fonts
from ..ui.main_window import MainWindow
from ..ui.settings import AppSettings
from .locations import Locations

if TYPE_CHECKING:
    from ..services.container import Services

log = logging.getLogger(__name__)

# Preferred UI fonts, best first: BIZ UD (SIL OFL; ships with Windows 10/11 and Debian's
# fonts-morisawa-bizud-gothic), then the Windows and common Linux fallbacks.
UI_FONT_FAMILIES = ("BIZ UDPGothic", "BIZ UDGothic", "Yu Gothic UI", "Meiryo UI", "Meiryo", "Noto Sans CJK JP", "IPAexGothic")


class RenkeiApplication(QApplication):
    """QApplication that knows the base font and applies the user's zoom to every widget."""

    def __init__(self, argv: list[str]):
        super().__init__(argv)
        self.base_point_size = self.font().pointSizeF() if self.font().pointSizeF() > 0 else 10.0
        self.translators: list[QTranslator] = []

    def apply_zoom(self, percent: int) -> None:
        font = QFont(self.font())
        font.setPointSizeF(self.base_point_size * percent / 100)
        self.setFont(font)
        # A widget with its own style sheet (e.g. red error labels) keeps the font it was polished
        # with; hand it the new size explicitly so that every text follows the zoom.
        for widget in self.allWidgets():
            if widget.styleSheet():
                widget_font = QFont(widget.font())
                widget_font.setPointSizeF(font.pointSizeF())
                widget.setFont(widget_font)


def register_bundled_fonts() -> str | None:
    """Pick the UI family, with the bundled BIZ UD files registered only when the system has none
    (reports/fonts.py, shared with printing)."""
    families = ensure_biz_ud_fonts()
    chosen = next((f for f in UI_FONT_FAMILIES if f in families), None)
    if chosen is None:
        log.warning("no Japanese UI font from %s found; using the system default", UI_FONT_FAMILIES)
    elif chosen not in UI_FONT_FAMILIES[:2]:
        log.warning("BIZ UD fonts not found; falling back to %s", chosen)
    return chosen


def install_translators(app: RenkeiApplication, language: str) -> None:
    """Japanese is the source language; English loads our .qm. Qt's own dialogs get qtbase_*.qm."""
    for translator in app.translators:
        app.removeTranslator(translator)
    app.translators.clear()
    qt_dirs = [str(resource("i18n")), QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]
    qt = QTranslator(app)
    if any(qt.load(f"qtbase_{language}", d) for d in qt_dirs):
        app.installTranslator(qt)
        app.translators.append(qt)
    if language != "ja":
        ours = QTranslator(app)
        if ours.load(f"renkei_{language}", str(resource("i18n"))):
            app.installTranslator(ours)
            app.translators.append(ours)
        else:
            log.warning("translation renkei_%s not found", language)
    QLocale.setDefault(QLocale(QLocale.Language.Japanese if language == "ja" else QLocale.Language.English))


def app_icon() -> QIcon:
    """The window icon (packaging/make_icon.py draws it): the .ico holds each size drawn for that size,
    sharp at 16 px; the 256 px PNG if the .ico cannot be read. About 2 ms."""
    icon = QIcon(str(resource("icons", "renkei-desktop.ico")))
    return icon if not icon.isNull() else QIcon(str(resource("icons", "renkei-desktop.png")))


def create_application(argv: list[str], locations: Locations, lang: str | None = None) -> RenkeiApplication:
    app = QApplication.instance()
    if not isinstance(app, RenkeiApplication):
        app = RenkeiApplication(argv)
    app.setApplicationName("RenkeiDesktop")
    app.setApplicationDisplayName("広域連携デスク")
    app.setOrganizationName("RenkeiDesktop")
    # The 256 px PNG now (0.2 ms); run_gui sets the .ico, with each size drawn for that size, after
    # the first paint (reading an .ico loads Qt's ICO plugin: about 10 ms).
    app.setWindowIcon(QIcon(str(resource("icons", "renkei-desktop.png"))))
    settings = AppSettings(locations.settings_file)
    family = register_bundled_fonts()
    if family:
        font = QFont(family)
        font.setPointSizeF(app.base_point_size)
        app.setFont(font)
    install_translators(app, lang or settings.language)
    app.apply_zoom(settings.zoom)
    app.settings = settings  # type: ignore[attr-defined]
    return app


def support_details() -> str:
    """The first lines of 詳細をコピー: what support needs to reproduce a bug."""
    import platform

    import PySide6

    from .. import __version__

    return (
        f"Renkei Desktop {__version__} / Python {platform.python_version()} / PySide6 {PySide6.__version__} / "
        f"{platform.platform()} / {time.strftime('%Y-%m-%d %H:%M:%S')}\n"
    )


def install_excepthook(window: MainWindow, log_dir: Path) -> Callable[..., None]:
    """What no code caught. Environment tier (StorageError: disk full, read-only file, no permission,
    locked …): the message saying what happened and what to do. Bug tier: log the traceback and show one
    dialog (詳細をコピー, the log folder). Either way the app keeps running. Returns the hook."""
    showing = False

    def hook(exc_type, exc, tb) -> None:  # noqa: ANN001
        nonlocal showing
        from ..domain.errors import StorageError
        from ..ui.texts import ENVIRONMENT_ERRORS

        if isinstance(exc, StorageError) and exc.code in ENVIRONMENT_ERRORS:
            log.warning("environment error %s on %s: %s", exc.code, exc.path, exc.detail)
            try:
                window.show_environment_error(exc)
            except Exception:  # noqa: BLE001 - never let the hook itself crash the app
                log.exception("environment message failed")
            return
        details = support_details() + "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unexpected error\n%s", details)
        if showing:  # raised again while the dialog is open (e.g. in a paint event): logged, one dialog
            return
        showing = True
        try:
            from ..ui.dialogs.error_dialog import ErrorDialog

            ErrorDialog(details, log_dir, window).exec()
        except Exception:  # noqa: BLE001 - never let the hook itself crash the app
            log.exception("error dialog failed")
        finally:
            showing = False

    def thread_hook(args: threading.ExceptHookArgs) -> None:  # worker threads: no dialog, but in the log
        name = args.thread.name if args.thread is not None else "?"
        details = "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback))
        log.error("unexpected error in thread %s\n%s", name, details)

    sys.excepthook = hook
    threading.excepthook = thread_hook
    return hook


def create_main_window(services: Services, locations: Locations, lang: str = "ja") -> MainWindow:
    """For the smoke test and tests: a window already attached to open services."""
    app = create_application(sys.argv[:1], locations, lang)
    window = MainWindow(app.settings, locations.log_dir)  # type: ignore[attr-defined]
    window.attach(services)
    return window


def run_gui(locations: Locations, db_path: Path, lang: str | None) -> int:
    app = create_application(sys.argv[:1], locations, lang)
    window = MainWindow(app.settings, locations.log_dir, defer_menus=True)  # type: ignore[attr-defined]
    install_excepthook(window, locations.log_dir)
    app.aboutToQuit.connect(window.release_lock)  # the lock file goes however the app ends normally
    window.show()
    # The window is on screen first. Then the first screen is filled from a plain-sqlite3 snapshot,
    # and only then are SQLAlchemy/sqlmodel imported and the database opened (and migrated) for real.
    # The ORM is imported on a worker thread while the event loop stays free to paint.
    # The preload starts only once the snapshot has been painted: a thread importing SQLAlchemy holds
    # the GIL for long stretches and would otherwise delay the first frames by most of a second.
    preloader = _Preloader(app)

    def open_database() -> None:
        if window.open_database(db_path):
            # The グラフ page needs matplotlib (about 0.7 s to import): load it on a worker thread
            # once the catalogue is on screen, so the page usually opens without that wait.
            QTimer.singleShot(CHART_PRELOAD_DELAY_MS, preload_charts)

    preloader.ready.connect(open_database)

    done = False

    def first_screen() -> None:
        nonlocal done
        if done:
            return
        done = True
        window.fill_menus()
        _show_snapshot(window, db_path)
        app.setWindowIcon(app_icon())
        window.repaint()  # paint the filled catalogue now, before the worker competes for the GIL
        QTimer.singleShot(0, preloader.start)

    # The empty shell is painted first (as fast as a bare window), then the catalogue is filled.
    window._first_paint = _OnFirstPaint(window, first_screen)  # type: ignore[attr-defined]
    if os.environ.get("RENKEI_BENCHMARK"):
        # Installed after _OnFirstPaint, so its filter runs first (Qt calls the newest filter first)
        # and "visible" is printed right after the first paint, as for the bare window, instead of
        # after the catalogue snapshot that _OnFirstPaint queues.
        _benchmark_marks(app, window)
    QTimer.singleShot(300, first_screen)  # in case no paint comes (e.g. started minimised)
    return app.exec()


class _OnFirstPaint(QObject):
    def __init__(self, window: MainWindow, callback: Callable[[], None]):
        super().__init__(window)
        self._callback = callback
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False


class _Preloader(QObject):
    """Imports SQLAlchemy, sqlmodel and the services on a thread, then signals the GUI thread."""

    ready = Signal()

    def start(self) -> None:
        threading.Thread(target=self._run, name="preload", daemon=True).start()

    def _run(self) -> None:
        try:
            import renkei_desktop.services.container  # noqa: F401
        except Exception:  # noqa: BLE001 - the GUI thread imports again and reports properly
            log.exception("preloading the services failed")
        self.ready.emit()  # queued to the GUI thread


CHART_PRELOAD_DELAY_MS = 1500
chart_preload: threading.Thread | None = None  # the last one started


def preload_charts() -> threading.Thread:
    """Import matplotlib and the chart builders and register the charts' font on a worker thread.

    Should the user open the グラフ page before it is done, the page's own import waits for this one
    (Python's import lock) instead of importing twice."""

    def run() -> None:
        try:
            from ..charts.mpl import preload
            from ..ui.pages.charts_page import preload_canvas

            preload()
            preload_canvas()
        except Exception:  # noqa: BLE001 - the page imports again when shown and reports properly
            log.exception("preloading the charts failed")

    global chart_preload
    thread = threading.Thread(target=run, name="preload-charts", daemon=True)
    thread.start()
    chart_preload = thread
    return thread


def _show_snapshot(window: MainWindow, db_path: Path) -> None:
    from ..storage.database import read_snapshot

    snapshot = read_snapshot(db_path)
    if snapshot is not None and snapshot.profile is not None:
        window.show_snapshot(snapshot.profile, snapshot.home, snapshot.duties)


class _PaintMarks(QObject):
    """benchmarks/bench_startup.py: print when the window is first painted, and when it is first
    painted with the catalogue filled (RENKEI_BENCHMARK=1 only)."""

    def __init__(self, app: QApplication, window: MainWindow):
        super().__init__(window)
        self._app, self._window, self._visible = app, window, False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._after_paint)
        return False

    def _after_paint(self) -> None:
        if not self._visible:
            self._visible = True
            print("visible", time.time(), flush=True)
        page = getattr(self._window, "catalogue_page", None)
        if page is not None and page.model.rowCount() > 0:
            print("catalogue", time.time(), flush=True)
            self._app.quit()


def _benchmark_marks(app: QApplication, window: MainWindow) -> None:
    window._benchmark_marks = _PaintMarks(app, window)  # type: ignore[attr-defined]
