"""ヘルプ → サポート用の情報を保存: one zip file for the 情報担当 or the vendor, written on this PC, never sent.

What goes in:
- ``support.txt``: the version, Python, the operating system, the details the UI adds (Qt, language,
  zoom, screens), where the database, settings and logs are, and about the database file: its size,
  schema revision, a quick integrity check, whether it lies on a network drive, and its backups;
- the log files (``renkei-desktop.log`` and its rotations), which name files and errors, never records;
- ``settings.ini`` (language, zoom, window geometry, the last database path).

Not the database: it holds the town's data, and is sent only deliberately (or as an exchange file).
The zip is written next to its target first and renamed when complete, so that an interrupted write
never leaves a half-written file under the chosen name.
"""

from __future__ import annotations

import os
import platform
import sys
import time
import zipfile
from collections.abc import Sequence
from pathlib import Path

from .. import __version__
from ..domain.errors import StorageError
from ..storage import database

LOG_PATTERN = "renkei-desktop.log*"


def default_name(now: time.struct_time | None = None) -> str:
    """renkei-support-20261128-0930.zip"""
    return time.strftime("renkei-support-%Y%m%d-%H%M.zip", now or time.localtime())


def _database_lines(db_path: Path | None) -> list[str]:
    if db_path is None:
        return ["database: (none open)"]
    lines = [f"database: {db_path}"]
    try:
        stat = db_path.stat()
    except OSError as exc:
        return [*lines, f"database_file: cannot read ({exc.__class__.__name__}: {exc})"]
    lines.append(f"database_size_bytes: {stat.st_size}")
    lines.append(f"database_modified: {time.strftime('%Y-%m-%d %H:%M:%S', time.localtime(stat.st_mtime))}")
    lines.append(f"database_on_network_drive: {database.is_network_path(db_path)}")
    try:
        revision = database.inspect_file(db_path)  # read-only; includes PRAGMA quick_check
        lines.append(f"database_schema_revision: {revision or '(new)'}")
        lines.append("database_quick_check: ok")
    except StorageError as error:
        lines.append(f"database_check: {error.code.value} {error.detail}".rstrip())
    backups = database.list_backups(db_path)
    lines.append(f"backups: {len(backups)}")
    if backups:
        newest = max(backups, key=lambda b: b.created)
        lines.append(f"newest_backup: {newest.created:%Y-%m-%d %H:%M:%S} ({newest.reason}) {newest.path.name}")
    return lines


def support_text(
    *, log_dir: Path, settings_file: Path | None, db_path: Path | None, details: Sequence[tuple[str, str]] = ()
) -> str:
    """The contents of support.txt: ``key: value`` lines, keys in English (stable for whoever reads them)."""
    lines = [
        "広域連携デスク サポート用情報 / Renkei Desktop support information",
        f"created: {time.strftime('%Y-%m-%d %H:%M:%S %z')}",
        f"version: {__version__}",
        f"python: {platform.python_version()} ({sys.executable})",
        f"frozen: {bool(getattr(sys, 'frozen', False))}",
        f"os: {platform.platform()}",
        f"machine: {platform.machine()}",
        *(f"{key}: {value}" for key, value in details),
        f"log_folder: {log_dir}",
        f"settings_file: {settings_file if settings_file is not None else '(none)'}",
        *_database_lines(db_path),
    ]
    return "\n".join(lines) + "\n"


def write_support_bundle(
    target: Path,
    *,
    log_dir: Path,
    settings_file: Path | None,
    db_path: Path | None,
    details: Sequence[tuple[str, str]] = (),
) -> Path:
    """Write the zip to ``target`` (replacing a file of that name only once the new one is complete).

    Raises StorageError (disk full, no permission, read-only folder …) with nothing left behind."""
    text = support_text(log_dir=log_dir, settings_file=settings_file, db_path=db_path, details=details)
    partial = target.with_name(target.name + ".partial")
    with database.environment_errors(target):
        try:
            with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
                bundle.writestr("support.txt", text.encode("utf-8"))
                for log in sorted(log_dir.glob(LOG_PATTERN)) if log_dir.is_dir() else []:
                    bundle.write(log, f"logs/{log.name}")
                if settings_file is not None and settings_file.is_file():
                    bundle.write(settings_file, "settings.ini")
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)
    return target
