"""Portable mode (a marker beside the frozen executable) and the frozen app's matplotlib folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from renkei_desktop.app import locations as loc

HOOK = Path(__file__).resolve().parents[2] / "packaging" / "hooks" / "rthook_mplconfig.py"


@pytest.fixture
def frozen_exe(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    program = tmp_path / "RenkeiDesktop"
    program.mkdir()
    exe = program / "renkei-desktop.exe"
    exe.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    return exe


def test_marker_beside_the_frozen_exe_puts_everything_beside_it(frozen_exe: Path) -> None:
    (frozen_exe.parent / loc.PORTABLE_MARKER).write_text("", encoding="utf-8")
    found = loc.resolve_locations()
    root = frozen_exe.parent.resolve() / "data"
    assert found.portable
    assert (found.data_dir, found.config_dir, found.log_dir) == (root, root / "config", root / "logs")
    assert found.default_db == root / loc.DEFAULT_DB_NAME


def test_without_the_marker_the_per_user_folders_are_used(frozen_exe: Path) -> None:
    found = loc.resolve_locations()
    assert not found.portable
    assert frozen_exe.parent.resolve() not in found.data_dir.parents


def test_base_dir_wins_over_the_marker(frozen_exe: Path, tmp_path: Path) -> None:
    (frozen_exe.parent / loc.PORTABLE_MARKER).write_text("", encoding="utf-8")
    found = loc.resolve_locations(tmp_path / "base")
    assert not found.portable and found.data_dir == tmp_path / "base" / "data"


def test_a_marker_next_to_python_in_a_checkout_does_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.chdir(tmp_path)
    (tmp_path / loc.PORTABLE_MARKER).write_text("", encoding="utf-8")
    assert not loc.resolve_locations().portable


@pytest.mark.parametrize("style", ["separate", "equals"])
def test_mplconfig_hook_points_at_the_persistent_cache(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, style: str
) -> None:
    base = tmp_path / "base"
    args = ["--base-dir", str(base)] if style == "separate" else [f"--base-dir={base}"]
    monkeypatch.setattr(sys, "argv", ["renkei-desktop", *args])
    monkeypatch.setenv("MPLCONFIGDIR", "/tmp/_MEI-throwaway")
    exec(compile(HOOK.read_text(encoding="utf-8"), str(HOOK), "exec"), {"__name__": "__main__"})  # noqa: S102
    assert os.environ["MPLCONFIGDIR"] == str(loc.resolve_locations(base).matplotlib_dir)
