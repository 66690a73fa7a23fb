"""The log file: created at start, rotated by size like logging.handlers.RotatingFileHandler."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from renkei_desktop.app.logging_setup import SizeRotatingFileHandler, setup_logging


@pytest.fixture
def handler(tmp_path: Path) -> Iterator[SizeRotatingFileHandler]:
    h = SizeRotatingFileHandler(tmp_path / "renkei-desktop.log", max_bytes=100, backup_count=2)
    h.setFormatter(logging.Formatter("%(message)s"))
    yield h
    h.close()


def _record(text: str) -> logging.LogRecord:
    return logging.LogRecord("test", logging.INFO, __file__, 1, text, None, None)


def test_the_log_rotates_once_the_next_record_would_pass_the_size(handler, tmp_path):
    for i in range(3):
        handler.emit(_record(f"{i}" * 40))
    handler.flush()
    log = tmp_path / "renkei-desktop.log"
    assert log.read_text(encoding="utf-8") == "2" * 40 + "\n"
    assert (tmp_path / "renkei-desktop.log.1").read_text(encoding="utf-8") == "0" * 40 + "\n" + "1" * 40 + "\n"


def test_only_backup_count_old_logs_are_kept(handler, tmp_path):
    for i in range(8):
        handler.emit(_record(f"{i}" * 60))
    handler.flush()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["renkei-desktop.log", "renkei-desktop.log.1", "renkei-desktop.log.2"]
    assert (tmp_path / "renkei-desktop.log").read_text(encoding="utf-8") == "7" * 60 + "\n"
    assert (tmp_path / "renkei-desktop.log.2").read_text(encoding="utf-8") == "5" * 60 + "\n"


def test_setup_logging_creates_the_file_at_once(tmp_path):
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        path = setup_logging(tmp_path / "logs")
        assert path is not None and path.exists()
        assert any(isinstance(h, SizeRotatingFileHandler) for h in root.handlers)
    finally:
        for h in root.handlers[:]:
            if h not in before:
                root.removeHandler(h)
                h.close()
