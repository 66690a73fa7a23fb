"""Where data, settings, logs and backups live: per-user folders, or next to the program in portable mode."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NamedTuple

import platformdirs

APP_NAME = "RenkeiDesktop"
PORTABLE_MARKER = "portable.txt"
DEFAULT_DB_NAME = "renkei.sqlite3"


class Locations(NamedTuple):  # not a dataclass: importing dataclasses costs start-up time before the first paint
    data_dir: Path
    config_dir: Path
    log_dir: Path
    portable: bool = False

    @property
    def default_db(self) -> Path:
        return self.data_dir / DEFAULT_DB_NAME

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.ini"

    @property
    def matplotlib_dir(self) -> Path:
        return self.data_dir / "cache" / "matplotlib"


def program_dir() -> Path:
    return Path(sys.executable).resolve().parent if getattr(sys, "frozen", False) else Path.cwd()


def resolve_locations(base: Path | None = None) -> Locations:
    """``base`` (tests, smoke test) puts everything under one folder; a portable marker file next
    to the executable does the same beside the program; otherwise the platform's user folders."""
    if base is None and getattr(sys, "frozen", False) and (program_dir() / PORTABLE_MARKER).exists():
        root = program_dir() / "data"
        return Locations(root, root / "config", root / "logs", portable=True)
    if base is not None:
        return Locations(base / "data", base / "config", base / "logs")
    return Locations(
        Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
    )
