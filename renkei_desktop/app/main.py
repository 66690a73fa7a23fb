"""Entry point: parse arguments, then run a headless command or the GUI."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING

from .. import __version__

if TYPE_CHECKING:  # argparse (with gettext and locale, ~5 ms) is imported when there are arguments
    import argparse


def _attach_console() -> None:
    """A windowed Windows build has no stdout; borrow the parent console for headless commands."""
    if sys.platform == "win32" and sys.stdout is None:  # pragma: no cover - Windows only
        import ctypes

        if ctypes.windll.kernel32.AttachConsole(-1):
            sys.stdout = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115
            sys.stderr = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115


def _add_global_options(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    import argparse

    parser.add_argument("--version", action="version", version=f"renkei-desktop {__version__}")
    parser.add_argument("--db", type=Path, help="database file (default: the per-user data folder)")
    parser.add_argument("--lang", choices=["ja", "en"], help="UI language for this run")
    parser.add_argument("--base-dir", type=Path, help=argparse.SUPPRESS)  # tests: all files under one folder
    parser.add_argument("--smoke-test", action="store_true", help="offscreen self-test of the packaged app")
    parser.add_argument("--verbose", action="store_true", help="log to stderr too")
    return parser


def gui_start_args(argv: list[str]) -> argparse.Namespace | SimpleNamespace | None:
    """What build_parser() gives for a start without a command (the GUI), read without building the
    commands' parsers: their modules (export/import, report …) cost tens of milliseconds before the
    window's first paint. None for anything else (a command, --help, a mistake): main() then uses
    build_parser(), so help and error messages are unchanged."""
    if not argv:  # the usual start (the shortcut, a double click): what build_parser() gives for []
        return SimpleNamespace(db=None, lang=None, base_dir=None, smoke_test=False, verbose=False, command=None)
    if "-h" in argv or "--help" in argv:
        return None
    import argparse

    # No abbreviations: an ambiguous or unknown option is left over, and build_parser() reports it.
    parser = argparse.ArgumentParser(prog="renkei-desktop", add_help=False, allow_abbrev=False, exit_on_error=False)
    try:
        args, rest = _add_global_options(parser).parse_known_args(argv)
    except argparse.ArgumentError:
        return None
    if rest:
        return None
    args.command = None
    return args


def build_parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(prog="renkei-desktop", description="広域連携デスク (Renkei Desktop)")
    _add_global_options(parser)
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("init", help="create or migrate the database and load the master data")
    sub.add_parser("demo", help="load the demo town (長野県天龍村) with about 20 duties")
    p = sub.add_parser("municipalities", help="list municipalities")
    p.add_argument("--pref", help="only this prefecture, e.g. 兵庫県")
    p.add_argument("--format", choices=["csv", "json"], default="json")
    p = sub.add_parser("duties", help="list the home municipality's duties")
    p.add_argument("--format", choices=["csv", "json"], default="json")
    p = sub.add_parser("templates", help="list the built-in template duties")
    p.add_argument("--format", choices=["csv", "json"], default="json")
    p = sub.add_parser("allocate", help="split costs by a sharing rule file (docs/sharing.md); no database")
    p.add_argument("rule", type=Path, metavar="RULE.json", help="rule, parties, base figures and amounts")
    p.add_argument("--format", choices=["csv", "json"], default="json")
    p = sub.add_parser("shares", help="every party's share per plan and cost item (docs/cli.md)")
    p.add_argument("--format", choices=["csv", "json"], default="json")
    from .exchange_cli import add_exchange_commands

    add_exchange_commands(sub)  # export, import (docs/exchange.md)
    from .report_cli import add_report_command

    add_report_command(sub)  # report: 会議資料 / 協定書（案） as PDF or .docx (docs/cli.md)
    return parser


def main(argv: list[str] | None = None) -> int:
    _attach_console()
    args = gui_start_args(sys.argv[1:] if argv is None else argv) or build_parser().parse_args(argv)
    from .locations import resolve_locations
    from .logging_setup import setup_logging

    locations = resolve_locations(args.base_dir)
    setup_logging(locations.log_dir, verbose=args.verbose)
    db_path = args.db or locations.default_db

    if args.smoke_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from .smoke import run_smoke_test

        return run_smoke_test()
    if args.command:
        from ..domain.errors import StorageError
        from ..ui.texts import storage_error_text
        from .cli import run_command

        try:
            return run_command(args, db_path)
        except StorageError as exc:
            print(f"エラー: {storage_error_text(exc)}", file=sys.stderr)
            return 3
    from .gui import run_gui

    return run_gui(locations, db_path, args.lang)


if __name__ == "__main__":
    sys.exit(main())
