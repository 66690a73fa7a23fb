"""A rotating log file in the user's log folder; stderr only when there is one (windowed builds have none)."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

MAX_BYTES = 1_000_000
BACKUP_COUNT = 5


class SizeRotatingFileHandler(logging.FileHandler):
    """Rotates like ``logging.handlers.RotatingFileHandler`` (``renkei-desktop.log`` → ``.log.1`` …
    ``.log.5`` once a record would take the file past ``max_bytes``). Importing ``logging.handlers``
    pulls in socket, pickle and queue, about 10 ms of every start before the window can be painted."""

    def __init__(self, filename: Path, max_bytes: int = MAX_BYTES, backup_count: int = BACKUP_COUNT):
        super().__init__(filename, mode="a", encoding="utf-8")
        self.max_bytes = max_bytes
        self.backup_count = backup_count

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.should_rollover(record):
                self.do_rollover()
        except Exception:  # noqa: BLE001 - as logging does: report, never raise from a handler
            self.handleError(record)
            return
        super().emit(record)

    def should_rollover(self, record: logging.LogRecord) -> bool:
        if self.max_bytes <= 0 or not os.path.isfile(self.baseFilename):
            return False
        if self.stream is None:
            self.stream = self._open()
        self.stream.seek(0, 2)  # the end, also when another process wrote to the file
        return self.stream.tell() + len(self.format(record)) + 1 >= self.max_bytes

    def do_rollover(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # type: ignore[assignment]
        if self.backup_count > 0:
            for i in range(self.backup_count - 1, 0, -1):
                source, target = f"{self.baseFilename}.{i}", f"{self.baseFilename}.{i + 1}"
                if os.path.exists(source):
                    os.replace(source, target)
            os.replace(self.baseFilename, f"{self.baseFilename}.1")
        else:
            os.remove(self.baseFilename)
        self.stream = self._open()


def setup_logging(log_dir: Path, *, verbose: bool = False) -> Path | None:
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    log_file: Path | None = log_dir / "renkei-desktop.log"
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = SizeRotatingFileHandler(log_file)
        handler.setFormatter(fmt)
        root.addHandler(handler)
    except OSError:
        log_file = None
    if sys.stderr is not None and verbose:
        stream = logging.StreamHandler(sys.stderr)
        stream.setFormatter(fmt)
        root.addHandler(stream)
    return log_file
