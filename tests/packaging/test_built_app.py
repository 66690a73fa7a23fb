"""Tests of a built executable; they run only when RENKEI_BUILT_APP points at it, e.g.

    RENKEI_BUILT_APP=dist/renkei-desktop/renkei-desktop pytest tests/packaging/test_built_app.py

(``python packaging/build.py`` builds it; .ci/run sets the variable after the build.)
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import renkei_desktop

BUILT = os.environ.get("RENKEI_BUILT_APP")
pytestmark = [
    pytest.mark.skipif(not BUILT, reason="RENKEI_BUILT_APP is not set (no built executable to test)"),
    pytest.mark.timeout(600),
]
# Any IPv4/IPv6 socket, or a connect to an inet address, is network use (AF_UNIX and netlink are local).
INET = re.compile(r"socket\(AF_INET6?\b|sa_family=AF_INET6?\b")


@pytest.fixture(scope="module")
def exe() -> Path:
    path = Path(BUILT).resolve()
    assert path.is_file(), f"RENKEI_BUILT_APP={BUILT} is not a file"
    return path


def _run(command: list[str], **kwargs) -> subprocess.CompletedProcess:  # noqa: ANN003
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(command, env=env, capture_output=True, text=True, encoding="utf-8", errors="replace",
                          timeout=300, **kwargs)  # fmt: skip


def test_smoke_test_passes_without_any_network_socket(exe: Path, tmp_path: Path) -> None:
    """The smoke test passes, and (Linux, strace) the process and its children open no inet socket at all."""
    command = [str(exe), "--smoke-test", "--base-dir", str(tmp_path / "base")]
    trace = tmp_path / "strace.txt"
    strace = shutil.which("strace") if sys.platform.startswith("linux") else None
    if strace:
        command = [
            strace,
            "-f",
            "-qq",
            "-e",
            "trace=socket,connect,sendto,sendmsg,bind",
            "-o",
            str(trace),
            *command,
        ]
    result = _run(command)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "結果: 成功" in result.stdout or sys.platform == "win32"  # a windowed .exe may print elsewhere
    if strace:
        offending = [line for line in trace.read_text(encoding="utf-8").splitlines() if INET.search(line)]
        assert offending == [], "network use during the smoke test:\n" + "\n".join(offending[:20])


def test_version_matches_the_source(exe: Path) -> None:
    if sys.platform == "win32":
        pytest.skip("a windowed .exe writes --version to its parent console, not to a pipe")
    assert _run([str(exe), "--version"]).stdout.strip() == f"renkei-desktop {renkei_desktop.__version__}"


def test_bundle_contents(exe: Path) -> None:
    internal = exe.parent / "_internal"
    assert list((internal / "resources" / "fonts").glob("*.tt[fc]")), "no bundled font"
    assert list((internal / "resources" / "fonts").glob("*LICENSE*")), "no font licence"
    assert list(internal.rglob("qtbase_ja.qm")), "Qt's Japanese translation missing"
    assert (internal / "db" / "migrations" / "env.py").is_file()
    assert (internal / "japancode" / "data" / "municipalities.json").is_file()
    for language in ("ja", "en"):  # the manual of ヘルプ → 使い方
        assert (internal / "resources" / "help" / language / "index.html").is_file()
    names = {p.name.lower() for p in internal.rglob("*")}
    assert not {n for n in names if "qt6network" in n or "qvnc" in n or "qtuiotouch" in n}, (
        "network modules bundled"
    )
    assert not {n for n in names if "qt6qml" in n or "qt6quick" in n or "webengine" in n}, (
        "unused Qt modules bundled"
    )


def test_no_bytecode_is_written_into_the_program_folder(exe: Path, tmp_path: Path) -> None:
    """Alembic loads the migrations from source; nothing may appear in the (possibly read-only) program folder."""
    assert _run([str(exe), "--base-dir", str(tmp_path), "init"]).returncode == 0
    assert not list(exe.parent.rglob("__pycache__"))


def test_portable_mode_keeps_data_beside_the_program(exe: Path, tmp_path: Path) -> None:
    copy = tmp_path / "portable"
    shutil.copytree(exe.parent, copy, symlinks=True)
    (copy / "portable.txt").write_text("", encoding="utf-8")
    result = _run([str(copy / exe.name), "init"])
    assert result.returncode == 0, result.stdout + result.stderr
    assert (copy / "data" / "renkei.sqlite3").is_file()
    assert (copy / "data" / "logs").is_dir()


def test_the_window_icon_and_the_plugin_reading_it_are_bundled(exe: Path) -> None:
    internal = exe.parent / "_internal"
    assert (internal / "resources" / "icons" / "renkei-desktop.ico").is_file()
    assert (internal / "resources" / "icons" / "renkei-desktop.png").is_file()
    assert [p for p in internal.rglob("*") if p.parent.name == "imageformats" and "qico" in p.name]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF debug sections: Linux builds")
def test_no_bundled_binary_carries_debug_sections(exe: Path) -> None:
    """spec_common.strip_debug_info: the build machine's debug information (~40 MB) stays out."""
    import spec_common  # packaging/ is on sys.path (tests/packaging/conftest.py)

    files = [p for p in exe.parent.rglob("*") if p.is_file() and not p.is_symlink()]
    assert [p.name for p in files if spec_common.has_debug_sections(p)] == []
