"""``renkei-desktop --smoke-test``: an offscreen self-test of the (packaged) app.

In a temporary folder it creates and migrates a database, loads the demo town, checks the bundled
files (fonts, Qt's Japanese translation, migrations), opens the main window and every page, and
checks that the catalogue shows the demo duties. Exit code 0 when everything passed; 1 when any
step failed, any Python exception or warning, logged error or Qt warning occurred, or anything tried
to reach a non-local network address (the app never uses the network); 2 on a hang (watchdog).

Later capabilities (charts, PDF, export/import) add a step to ``STEPS``. The caller (main.py) sets
QT_QPA_PLATFORM=offscreen first. Output is Japanese: IT staff run this after installing.
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import os
import socket
import sys
import tempfile
import threading
import time
import traceback
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

MIN_DEMO_ROWS = 20
MIN_MUNICIPALITIES = 1700  # japancode lists about 1,900 municipalities and prefectures
TIMEOUT_SECONDS = float(os.environ.get("RENKEI_SMOKE_TIMEOUT", "180"))
# Deprecations are reported but do not fail the run (they come from libraries, not from us).
TOLERATED_WARNINGS = (DeprecationWarning, PendingDeprecationWarning)
# Qt messages that only say what the offscreen platform cannot do (they never appear on a screen).
OFFSCREEN_ONLY_QT_MESSAGES = frozenset({"This plugin does not support propagateSizeHints()"})


@dataclass
class SmokeContext:
    """What the steps share: the temporary folder, the services, the Qt objects."""

    base: Path
    locations: Any = None
    services: Any = None
    app: Any = None
    window: Any = None
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def problem(self, text: str) -> None:
        self.problems.append(text)


# --- guards: network, Qt messages, exceptions, warnings, logged errors -------------------------


def _is_local(host: Any) -> bool:
    if not isinstance(host, str):
        return False
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.split("%", 1)[0]).is_loopback
    except ValueError:
        return False


@contextlib.contextmanager
def network_guard(ctx: SmokeContext) -> Iterator[None]:
    """Refuse and record any connection or name lookup towards a non-local address."""
    originals = {
        "connect": socket.socket.connect,
        "connect_ex": socket.socket.connect_ex,
        "sendto": socket.socket.sendto,
        "create_connection": socket.create_connection,
        "getaddrinfo": socket.getaddrinfo,
    }

    def refuse(what: str, address: Any) -> None:
        ctx.problem(f"ネットワーク接続が試みられました: {what} {address!r}")
        raise OSError(f"smoke test: network access refused ({what} {address!r})")

    def check(sock: socket.socket, address: Any, what: str) -> None:
        if getattr(socket, "AF_UNIX", None) is not None and sock.family == socket.AF_UNIX:
            return
        host = address[0] if isinstance(address, tuple) and address else address
        if not _is_local(host):
            refuse(what, address)

    def connect(self, address):  # noqa: ANN001, ANN202
        check(self, address, "connect")
        return originals["connect"](self, address)

    def connect_ex(self, address):  # noqa: ANN001, ANN202
        check(self, address, "connect_ex")
        return originals["connect_ex"](self, address)

    def sendto(self, data, *args):  # noqa: ANN001, ANN002, ANN202
        check(self, args[-1], "sendto")
        return originals["sendto"](self, data, *args)

    def create_connection(address, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        if not _is_local(address[0]):
            refuse("create_connection", address)
        return originals["create_connection"](address, *args, **kwargs)

    def getaddrinfo(host, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        if host is not None and not _is_local(host if isinstance(host, str) else host.decode()):
            refuse("getaddrinfo", host)
        return originals["getaddrinfo"](host, *args, **kwargs)

    socket.socket.connect = connect
    socket.socket.connect_ex = connect_ex
    socket.socket.sendto = sendto
    socket.create_connection = create_connection
    socket.getaddrinfo = getaddrinfo
    try:
        yield
    finally:
        for name in ("connect", "connect_ex", "sendto"):
            setattr(socket.socket, name, originals[name])
        socket.create_connection = originals["create_connection"]
        socket.getaddrinfo = originals["getaddrinfo"]


@contextlib.contextmanager
def qt_message_guard(ctx: SmokeContext) -> Iterator[None]:
    """Qt warnings, criticals and fatals are problems; debug and info messages are ignored."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtGui import QGuiApplication

    failing = {QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg}

    def handler(kind, context, message) -> None:  # noqa: ANN001
        if kind not in failing:
            return
        if message in OFFSCREEN_ONLY_QT_MESSAGES and QGuiApplication.platformName() == "offscreen":
            ctx.notes.append(f"Qt（offscreen のみ）: {message}")
            return
        ctx.problem(f"Qt {kind.name}: {message}")

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


class _ErrorLogHandler(logging.Handler):
    def __init__(self, ctx: SmokeContext) -> None:
        super().__init__(logging.ERROR)
        self.ctx = ctx

    def emit(self, record: logging.LogRecord) -> None:
        self.ctx.problem(f"ログのエラー ({record.name}): {record.getMessage()}")


@contextlib.contextmanager
def python_error_guard(ctx: SmokeContext) -> Iterator[None]:
    """Exceptions raised in Qt slots/threads, warnings and ERROR log records become problems."""
    old_hook, old_thread_hook, old_showwarning = sys.excepthook, threading.excepthook, warnings.showwarning

    def excepthook(kind, value, tb) -> None:  # noqa: ANN001
        ctx.problem("Python の例外: " + "".join(traceback.format_exception(kind, value, tb)).strip())

    def thread_hook(args) -> None:  # noqa: ANN001
        excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    def showwarning(message, category, filename, lineno, file=None, line=None) -> None:  # noqa: ANN001
        text = f"{category.__name__}: {message} ({filename}:{lineno})"
        (ctx.notes if issubclass(category, TOLERATED_WARNINGS) else ctx.problems).append(
            f"Python の警告: {text}"
        )

    log_handler = _ErrorLogHandler(ctx)
    logging.getLogger().addHandler(log_handler)
    sys.excepthook, threading.excepthook, warnings.showwarning = excepthook, thread_hook, showwarning
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always")
            warnings.showwarning = showwarning  # catch_warnings restores the previous one on exit
            yield
    finally:
        sys.excepthook, threading.excepthook, warnings.showwarning = (
            old_hook,
            old_thread_hook,
            old_showwarning,
        )
        logging.getLogger().removeHandler(log_handler)


# --- steps ------------------------------------------------------------------------------------


def step_database(ctx: SmokeContext) -> None:
    from ..services.container import Services
    from .locations import resolve_locations

    ctx.locations = resolve_locations(ctx.base)
    ctx.services = Services.open(ctx.locations.default_db)
    count = len(ctx.services.municipalities.all())
    if count < MIN_MUNICIPALITIES:
        ctx.problem(f"市区町村マスタが {count} 件しかありません（{MIN_MUNICIPALITIES} 件以上のはず）")


def step_demo(ctx: SmokeContext) -> None:
    from ..services.demo import DEMO_HOME, load_demo

    load_demo(ctx.services)
    count = len(ctx.services.catalogue.list_duties(DEMO_HOME))
    if count < MIN_DEMO_ROWS:
        ctx.problem(f"デモの事務が {count} 件しかありません（{MIN_DEMO_ROWS} 件以上のはず）")


def step_bundle(ctx: SmokeContext) -> None:
    """The files a packaged build must carry (fonts only when frozen: a checkout has none)."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from ..paths import bundle_root, is_frozen, migrations_dir

    if not (migrations_dir() / "env.py").is_file() or not list((migrations_dir() / "versions").glob("*.py")):
        ctx.problem(f"データベース移行スクリプトがありません: {migrations_dir()}")
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not QTranslator().load("qtbase_ja", qt_translations):
        ctx.problem(f"Qt の日本語翻訳 qtbase_ja.qm が読み込めません: {qt_translations}")
    if is_frozen():
        fonts = bundle_root() / "resources" / "fonts"
        if not [p for p in fonts.glob("*") if p.suffix.lower() in (".ttf", ".ttc", ".otf")]:
            ctx.problem(f"同梱フォントがありません: {fonts}")
        if not list(fonts.glob("*LICENSE*")):
            ctx.problem(f"同梱フォントのライセンス文書がありません: {fonts}")


def step_main_window(ctx: SmokeContext) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QTableView

    from ..paths import is_frozen
    from .gui import create_application, create_main_window

    ctx.app = create_application([sys.argv[0] if sys.argv else "renkei-desktop"], ctx.locations, "ja")
    if is_frozen():
        _check_bundled_fonts(ctx)
    ctx.window = create_main_window(ctx.services, ctx.locations, lang="ja")
    ctx.window.show()
    ctx.app.processEvents()
    pages = ctx.window.page_count()
    if pages < 1:
        ctx.problem("メイン画面にページがありません")
    for index in range(pages):
        ctx.window.show_page(index)
        ctx.app.processEvents()
        page = ctx.window.page_widget(index)
        if page is None or not page.isVisible():
            ctx.problem(f"ページ {index} が表示されません")
    ctx.window.show_page(0)
    ctx.app.processEvents()
    table = ctx.window.page_widget(0).findChild(QTableView)
    rows = table.model().rowCount() if table is not None and table.model() is not None else 0
    if rows < MIN_DEMO_ROWS:
        ctx.problem(f"事務一覧の表に {rows} 行しかありません（デモの {MIN_DEMO_ROWS} 行以上のはず）")
    ctx.notes.append(f"ページ数 {pages}、事務一覧 {rows} 行")
    _check_help_and_support(ctx)
    ctx.window.close()
    ctx.window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    ctx.app.processEvents()
    ctx.window = None


def _check_help_and_support(ctx: SmokeContext) -> None:
    """ヘルプ → 使い方 opens the bundled manual at the catalogue's section; ヘルプ → サポート用の情報を保存
    writes its zip (without the database)."""
    import zipfile

    from ..services.support import write_support_bundle

    ctx.window.show_help()
    ctx.app.processEvents()
    helper = getattr(ctx.window, "help_window", None)
    text = helper.browser.toPlainText() if helper is not None else ""
    if helper is None or not helper.isVisible() or "事務カタログ" not in text or len(text) < 2000:
        ctx.problem("ヘルプ（使い方）が開かないか、同梱のマニュアルが読めません")
    if helper is not None:
        helper.close()
    bundle = ctx.base / "smoke-support.zip"
    write_support_bundle(
        bundle, log_dir=ctx.locations.log_dir, settings_file=ctx.locations.settings_file, db_path=ctx.services.path
    )
    with zipfile.ZipFile(bundle) as archive:
        names = archive.namelist()
        details = archive.read("support.txt").decode("utf-8")
    if "database_quick_check: ok" not in details or any(n.endswith(".sqlite3") for n in names):
        ctx.problem("サポート用の情報の ZIP の内容が正しくありません")
    ctx.notes.append("ヘルプ（使い方）・サポート用の情報: 確認済み")


def step_cooperation(ctx: SmokeContext) -> None:
    """Plans, agreements, the sharing engine and backups work end to end on the demo."""
    import json
    from datetime import date

    from ..domain.sharing import allocate_sheet
    from ..domain.sharing_json import loads_sheet, result_to_dict
    from ..paths import bundle_root
    from ..services.backups import create_backup, list_backups

    plans = ctx.services.plans.list_all()
    chosen = [p for p in plans if p.chosen]
    if len(plans) < 5 or not chosen:
        ctx.problem(f"デモの連携案が足りません（{len(plans)} 件、採用 {len(chosen)} 件）")
        return
    draft = ctx.services.agreements.draft_from_plan(chosen[0].id)
    saved, _ = ctx.services.agreements.add(draft.with_changes(title="スモークテスト用の規約"))
    ctx.services.agreements.delete(saved.id)
    if not ctx.services.agreements.reviews_due(date.today(), 90):
        ctx.problem("デモの協定に見直し期限が近いものがありません")
    shares = getattr(ctx.services, "shares", None)
    if shares is not None:
        for plan in chosen:
            shares.burdens(plan)
    examples = sorted((bundle_root() / "docs" / "examples").glob("*.json"))
    for example in examples:
        result = allocate_sheet(loads_sheet(example.read_text(encoding="utf-8")))
        json.dumps(result_to_dict(result), ensure_ascii=False)
    backup = create_backup(ctx.services.path)
    if backup not in [b.path for b in list_backups(ctx.services.path)]:
        ctx.problem("バックアップが一覧にありません")
    ctx.notes.append(f"連携案 {len(plans)} 件、配分例 {len(examples)} 件、バックアップ作成")


def step_report(ctx: SmokeContext) -> None:
    """The demo summary (会議資料) as PDF and an agreement draft as .docx, written headlessly."""
    from ..paths import is_frozen
    from ..reports.agreement_draft import build_agreement_draft
    from ..reports.docx import write_docx
    from ..reports.pdf import pdf_bytes
    from ..reports.summary import build_summary

    data, pages = pdf_bytes(build_summary(ctx.services))
    target = ctx.base / "demo-summary.pdf"
    target.write_bytes(data)
    if not data.startswith(b"%PDF") or target.stat().st_size < 10_000 or pages < 2:
        ctx.problem(f"会議資料のPDFが不完全です（{target.stat().st_size} バイト、{pages} ページ）")
    if b"/FontFile2" not in data:
        ctx.problem("会議資料のPDFにフォントが埋め込まれていません")
    if b"BIZUDGothic" not in data:
        (ctx.problems if is_frozen() else ctx.notes).append("会議資料のPDFが BIZ UDゴシック で作られていません")
    agreements = ctx.services.agreements.list_all()
    if agreements:
        draft = ctx.base / "demo-agreement.docx"
        write_docx(build_agreement_draft(ctx.services, agreements[0].id), draft)
        if draft.stat().st_size < 5_000:
            ctx.problem(f"協定書（案）の Word ファイルが不完全です（{draft.stat().st_size} バイト）")
    ctx.notes.append(f"会議資料PDF {pages} ページ（{len(data) // 1024:,} KB）")
    _check_english_summary(ctx)


def _check_english_summary(ctx: SmokeContext) -> None:
    """The summary built in English (the bundled translation, installed for the build only)."""
    from ..reports.language import TranslationMissing, document_language, ui_language
    from ..reports.summary import DEFAULT_TITLE, SECTION_KEYS, SECTION_TITLES, SummaryOptions, build_summary

    before = ui_language()
    options = SummaryOptions(sections=frozenset(SECTION_KEYS) - {"charts"})  # the charts: step_charts
    try:
        with document_language("en"):
            document = build_summary(ctx.services, options)
    except TranslationMissing as missing:
        ctx.problem(f"英語の翻訳ファイルが見つかりません（{missing.folder}）")
        return
    # Names of duties, plans, cost items and towns stay as recorded; the document's own words must not.
    text = document.text()
    japanese = [t for t in (DEFAULT_TITLE, *SECTION_TITLES.values()) if t in text]
    if japanese:
        ctx.problem(f"英語の会議資料に日本語の見出しが残っています: {'、'.join(japanese)}")
    if ui_language() != before:
        ctx.problem("英語の文書を作った後、画面の言語が元に戻っていません")
    ctx.notes.append(f"英語の会議資料: {document.title}（表 {len(document.tables())}）")


def _check_bundled_fonts(ctx: SmokeContext) -> None:
    """Every bundled font loads in Qt, and a BIZ UD family is available to the app."""
    from PySide6.QtGui import QFontDatabase

    from ..paths import bundle_root

    for path in sorted((bundle_root() / "resources" / "fonts").glob("*.tt[fc]")):
        font_id = QFontDatabase.addApplicationFont(str(path))  # a second registration, removed again
        if font_id < 0:
            ctx.problem(f"同梱フォントを Qt が読み込めません: {path.name}")
        else:
            QFontDatabase.removeApplicationFont(font_id)
    if not any("BIZ UD" in family for family in QFontDatabase.families()):
        ctx.problem("同梱の日本語フォント（BIZ UD）が登録されていません")


# (title, function); each later capability appends its own step here.
STEPS: list[tuple[str, Callable[[SmokeContext], None]]] = [
    ("データベースの作成と移行", step_database),
    ("デモデータの読み込み", step_demo),
    ("同梱ファイルの確認", step_bundle),
    ("メイン画面と全ページの表示", step_main_window),
    ("連携案・協定・負担配分・バックアップ", step_cooperation),
    ("会議資料のPDF・協定書（案）の出力", step_report),
]


def step_exchange(ctx: SmokeContext) -> None:
    """xlsx and CSV (cp932) export of the demo, imported back into an empty database (docs/exchange.md)."""
    from ..services.container import Services
    from ..services.demo import DEMO_HOME

    duties = ctx.services.catalogue.list_duties(DEMO_HOME)
    book, table = ctx.base / "smoke-export.xlsx", ctx.base / "smoke-export.csv"
    ctx.services.exchange.export_xlsx(book)
    ctx.services.exchange.export_csv(table, "duties", "cp932", replace=True)
    for source in (book, table):
        target = Services.open(ctx.base / f"smoke-import-{source.suffix[1:]}.sqlite3")
        try:
            exchange = target.exchange
            previews = [exchange.quick_preview(source, "duties")]
            if source.suffix == ".xlsx":
                previews.append(exchange.quick_preview(source, "statistics"))
            exchange.engine.apply_many(previews)
            imported = target.catalogue.list_duties(DEMO_HOME)
            if sorted(d.name for d in imported) != sorted(d.name for d in duties):
                ctx.problem(f"{source.name} から取り込んだ事務が書き出した事務と一致しません（{len(imported)} 件）")
        finally:
            target.close()
    ctx.notes.append(f"書き出し・取り込み: 事務 {len(duties)} 件（xlsx、CSV）")


STEPS.append(("Excel・CSV の書き出しと取り込み", step_exchange))


def step_charts(ctx: SmokeContext) -> None:
    """Every chart (charts page and printed summary) built headlessly on the Agg canvas from the demo;
    a missing Japanese glyph is a Python warning, hence a problem (python_error_guard)."""
    import io

    from ..charts.figures import chart_info
    from ..charts.fonts import register_japanese_font
    from ..charts.report import figures_for_report
    from ..paths import is_frozen

    font = register_japanese_font()
    if font.fallback and is_frozen():
        ctx.problem(f"グラフの日本語フォントが同梱の BIZ UDゴシックではありません: {font.family}")
    figures = figures_for_report(ctx.services)
    for title, figure in figures:
        figure.savefig(io.BytesIO(), format="png", dpi=72)
        if chart_info(figure).empty:
            ctx.problem(f"デモのグラフが描けません: {title}")
    ctx.notes.append(f"グラフ {len(figures)} 枚（フォント {font.family}）")


STEPS.append(("グラフの作成（Agg）", step_charts))


# --- runner -----------------------------------------------------------------------------------


def _say(text: str) -> None:
    """Print when there is a console (a windowed build may have none); never fail on encoding."""
    stream = sys.stdout or sys.stderr
    if stream is None:
        return
    try:
        stream.write(text + "\n")
    except UnicodeEncodeError:
        stream.write(text.encode("ascii", "backslashreplace").decode("ascii") + "\n")
    stream.flush()


def _start_watchdog(seconds: float) -> threading.Timer:
    def expire() -> None:
        _say(f"スモークテスト: {seconds:.0f} 秒以内に終わりませんでした（停止）。")
        log.error("smoke test timed out after %.0f s", seconds)
        os._exit(2)

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    return timer


def run_steps(ctx: SmokeContext, steps: list[tuple[str, Callable[[SmokeContext], None]]]) -> list[str]:
    """Run the steps in order; an exception stops the run (later steps depend on earlier ones)."""
    lines = []
    for title, step in steps:
        before = len(ctx.problems)
        started = time.perf_counter()
        raised = False
        try:
            step(ctx)
        except Exception:  # noqa: BLE001 - every failure is reported, none escapes
            ctx.problem(f"{title}: " + traceback.format_exc().strip())
            raised = True
        ok = len(ctx.problems) == before
        lines.append(f"  [{'OK' if ok else 'NG'}] {title} ({time.perf_counter() - started:.2f} 秒)")
        if raised:
            lines.append("  以降の手順は実行しません。")
            break
    return lines


def run_smoke_test(steps: list[tuple[str, Callable[[SmokeContext], None]]] | None = None) -> int:
    from .. import __version__

    watchdog = _start_watchdog(TIMEOUT_SECONDS)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="renkei-smoke-", ignore_cleanup_errors=True) as tmp:
        ctx = SmokeContext(Path(tmp))
        with network_guard(ctx), python_error_guard(ctx), qt_message_guard(ctx):
            try:
                lines = run_steps(ctx, STEPS if steps is None else steps)
            finally:
                if ctx.services is not None:
                    ctx.services.close()  # before the folder is removed (Windows locks open files)
    watchdog.cancel()
    ok = not ctx.problems
    _say(f"広域連携デスク {__version__} スモークテスト")
    for line in lines:
        _say(line)
    for note in dict.fromkeys(ctx.notes):  # each note once, in order
        _say(f"  注記: {note}")
    for problem in ctx.problems:
        _say(f"  問題: {problem}")
    _say(f"結果: {'成功' if ok else '失敗'}（{time.perf_counter() - started:.1f} 秒）")
    log.info("smoke test %s: %d problem(s)", "passed" if ok else "failed", len(ctx.problems))
    return 0 if ok else 1


def step_data_safety(ctx: SmokeContext) -> None:
    """One writer (a second lock is refused), read-only opening refuses writes, a stale save is refused,
    and every change is in the audit log (docs/data-safety.md)."""
    from ..domain.errors import StaleRecord, StorageError, StorageErrorCode
    from ..services.container import Services
    from ..services.demo import DEMO_HOME
    from ..services.lock import writer_lock

    path = ctx.base / "smoke-safety.sqlite3"
    services = Services.open(path)
    try:
        with writer_lock(path):
            try:
                with writer_lock(path):
                    ctx.problem("二つ目の書き込みロックが取得できてしまいました")
            except StorageError as error:
                if error.code is not StorageErrorCode.HELD_BY_OTHER:
                    ctx.problem(f"二つ目のロックの拒否理由が違います: {error.code}")
        duty = ctx.services.catalogue.list_duties(DEMO_HOME)[0]
        ctx.services.catalogue.update(duty.with_changes(notes=duty.notes + "（確認）"))
        try:
            ctx.services.catalogue.update(duty.with_changes(notes="古い版からの保存"))
            ctx.problem("古い版からの保存が拒否されませんでした")
        except StaleRecord:
            pass
        if not ctx.services.audit.entries(limit=1):
            ctx.problem("変更履歴に記録がありません")
    finally:
        services.close()
    reader = Services.open(path, read_only=True)
    try:
        try:
            reader.profile.save(reader.profile.get() or _smoke_profile())
            ctx.problem("読み取り専用で開いたデータベースに書き込めてしまいました")
        except StorageError as error:
            if error.code is not StorageErrorCode.READ_ONLY_MODE:
                ctx.problem(f"読み取り専用での書き込みの拒否理由が違います: {error.code}")
    finally:
        reader.close()
    ctx.notes.append("ロック・読み取り専用・版の確認・変更履歴: 確認済み")


def _smoke_profile():  # noqa: ANN202
    from ..domain.profile import Profile
    from ..services.demo import DEMO_HOME

    return Profile(DEMO_HOME, "総務課", "確認")


STEPS.append(("ロック・読み取り専用・版の確認・変更履歴", step_data_safety))
