"""packaging/build.py's helpers: size budget, sums, manifest and the Linux/Windows packages."""

from __future__ import annotations

import hashlib
import importlib.util
import tarfile
import zipfile
from pathlib import Path

import pytest

# Loaded by path under its own name: "build" is also the name of PyPA's build package.
_SPEC = importlib.util.spec_from_file_location(
    "renkei_packaging_build", Path(__file__).resolve().parents[2] / "packaging" / "build.py"
)
build = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(build)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "dist" / "renkei-desktop"
    (root / "_internal").mkdir(parents=True)
    (root / "renkei-desktop").write_bytes(b"\x7fELF" + b"0" * 96)
    (root / "_internal" / "lib.so").write_bytes(b"1" * 900)
    return root


def test_folder_size_and_budget(folder: Path) -> None:
    assert build.folder_size(folder) == (1000, 2)
    assert build.check_budget(folder, budget_mb=0.001) == 1000
    with pytest.raises(build.BuildError, match="over the"):
        build.check_budget(folder, budget_mb=0.0009)


def test_sums_and_manifest_are_sha256sum_compatible(folder: Path, tmp_path: Path) -> None:
    sums = build.write_sums([folder / "renkei-desktop"], tmp_path / "SUMS.txt")
    digest = hashlib.sha256((folder / "renkei-desktop").read_bytes()).hexdigest()
    assert sums.read_text(encoding="utf-8") == f"{digest}  renkei-desktop\n"
    manifest = (
        build.write_manifest(folder, tmp_path / "files.sha256").read_text(encoding="utf-8").splitlines()
    )
    assert [line.split("  ")[1] for line in manifest] == [
        "renkei-desktop/_internal/lib.so",
        "renkei-desktop/renkei-desktop",
    ]


def test_tarball_carries_the_desktop_entry_and_installer(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build, "DIST", folder.parent)
    target = build.make_tarball(folder, "9.8.7")
    with tarfile.open(target) as tar:
        names = set(tar.getnames())
        desktop = tar.extractfile("renkei-desktop/renkei-desktop.desktop").read().decode("utf-8")
        assert tar.getmember("renkei-desktop/install-user.sh").mode & 0o111
        assert tar.getmember("renkei-desktop/renkei-desktop").uid == 0
    assert {"renkei-desktop/renkei-desktop", "renkei-desktop/_internal/lib.so"} <= names
    assert "Name[ja]=広域連携デスク" in desktop and "9.8.7" in desktop and "@VERSION@" not in desktop


def test_portable_zip_has_the_marker(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(build, "DIST", folder.parent)
    with zipfile.ZipFile(build.make_zip(folder, "1.0.0")) as archive:
        assert "renkei-desktop/portable.txt" in archive.namelist()
        assert "ポータブル" in archive.read("renkei-desktop/portable.txt").decode("utf-8-sig")


def test_the_marker_name_matches_the_app() -> None:
    from renkei_desktop.app.locations import PORTABLE_MARKER

    assert PORTABLE_MARKER == "portable.txt"


def test_installer_is_skipped_without_inno_setup(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(build, "find_iscc", lambda: None)
    assert build.make_installer(folder, "1.0.0") is None


def test_arguments_default_to_the_budget() -> None:
    args = build.parse_args([])
    assert args.budget_mb == build.BUDGET_MB == 260 and not args.skip_smoke


def test_installer_gets_the_version_defines(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen = []
    monkeypatch.setattr(build, "find_iscc", lambda: Path("ISCC.exe"))
    monkeypatch.setattr(build.subprocess, "run", lambda command, cwd: seen.append(command) or _Done())
    assert build.make_installer(folder, "0.2.0rc1").name == "renkei-desktop-0.2.0rc1-setup.exe"
    assert "/DAppVersion=0.2.0rc1" in seen[0] and "/DAppNumericVersion=0.2.0.0" in seen[0]
    assert seen[0][-1].endswith("renkei_desktop.iss")


class _Done:
    returncode = 0


def test_inno_script_is_per_user_and_keeps_data() -> None:
    iss = (Path(__file__).resolve().parents[2] / "packaging" / "installer" / "renkei_desktop.iss").read_text(
        encoding="utf-8"
    )
    assert "PrivilegesRequired=lowest" in iss
    assert "{autoprograms}" in iss  # Start menu shortcut
    assert "/PURGEUSERDATA" in iss and "MB_DEFBUTTON2" in iss  # data kept unless asked ("No" is the default)
    assert 'Excludes: "portable.txt' in iss


@pytest.mark.skipif(build.sys.platform == "win32", reason="uses a shell script as the fake executable")
def test_a_failing_smoke_test_fails_the_build(folder: Path) -> None:
    exe = folder / "renkei-desktop"
    exe.write_text("#!/bin/sh\necho '結果: 失敗'\nexit 1\n", encoding="utf-8")
    exe.chmod(0o755)
    with pytest.raises(build.BuildError, match="smoke test"):
        build.run_smoke_test(folder)
    exe.write_text(
        '#!/bin/sh\n[ "$1" = --smoke-test ] && [ "$2" = --base-dir ] && exit 0\nexit 3\n', encoding="utf-8"
    )
    build.run_smoke_test(folder)
