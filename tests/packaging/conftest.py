"""Packaging tests: packaging/ on sys.path (its modules are scripts, not a package), a font fixture."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.packaging.helpers import OFL_TEXT, make_font

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
if str(PACKAGING) not in sys.path:
    sys.path.insert(0, str(PACKAGING))


@pytest.fixture
def ofl_font_dir(tmp_path: Path) -> Path:
    """A folder like the unpacked Google Fonts release: OFL fonts plus OFL.txt."""
    folder = tmp_path / "fonts"
    folder.mkdir()
    (folder / "BIZUDGothic-Regular.ttf").write_bytes(make_font({1: "BIZ UDGothic", 13: OFL_TEXT}))
    (folder / "OFL.txt").write_text("SIL OPEN FONT LICENSE Version 1.1\n", encoding="utf-8")
    return folder
