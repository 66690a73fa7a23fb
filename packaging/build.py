"""One build command: ``python packaging/build.py`` (see docs/build.md).

1. PyInstaller builds dist/renkei-desktop/ from packaging/renkei_desktop.spec (one-folder, windowed);
2. the built executable runs its own ``--smoke-test`` (offscreen, temporary data) - failure stops here;
3. the folder is checked against the size budget;
4. the package is written: tar.gz with a .desktop file on Linux, a portable zip (and the Inno Setup
   installer when ISCC is available) on Windows, plus SHA-256 sums for whitelisting.
Exit code 0 on success; non-zero with a message on the first failure.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
sys.path.insert(0, str(PACKAGING))

from version_info import EXE_NAME, read_version, version_tuple  # noqa: E402

DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
# The unpacked folder; CI fails above this (docs/build.md explains how to react and what is trimmed:
# spec_common's exclusion lists, and on Linux the debug sections of the build machine's binaries).
BUDGET_MB = 260
SMOKE_TIMEOUT_S = 300
PORTABLE_NOTE = (
    "このファイルがあると、広域連携デスクはデータ・設定・ログをこのフォルダの data に保存します（ポータブルモード）。\r\n"
    "このファイルを削除すると、通常どおり利用者ごとのフォルダ（%LOCALAPPDATA%\\RenkeiDesktop）を使います。\r\n"
)


class BuildError(Exception):
    pass


def log(text: str) -> None:
    print(f"[build] {text}", flush=True)


def exe_path(folder: Path, name: str = EXE_NAME) -> Path:
    return folder / (f"{name}.exe" if sys.platform == "win32" else name)


def platform_tag() -> str:
    machine = platform.machine().lower().replace("amd64", "x86_64")
    return {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux") + "-" + machine


def run_pyinstaller(spec: Path, *, clean: bool, verbose: bool) -> None:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(DIST),
               "--workpath", str(WORK), "--log-level", "INFO" if verbose else "WARN", str(spec)]  # fmt: skip
    if clean:
        command.insert(3, "--clean")
    log(" ".join(command))
    if subprocess.run(command, cwd=ROOT).returncode != 0:
        raise BuildError(f"PyInstaller failed for {spec.name}")


def run_smoke_test(folder: Path) -> str:
    """Run the built executable's --smoke-test in a throw-away base folder; return its output."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory(prefix="renkei-build-smoke-") as base:
        try:
            result = subprocess.run(
                [str(exe_path(folder)), "--smoke-test", "--base-dir", base],
                env=env, capture_output=True, text=True, encoding="utf-8", errors="replace",
                timeout=SMOKE_TIMEOUT_S,
            )  # fmt: skip
        except subprocess.TimeoutExpired as exc:
            raise BuildError(f"smoke test did not finish in {SMOKE_TIMEOUT_S} s") from exc
    output = (result.stdout + result.stderr).strip()
    print(output, flush=True)
    if result.returncode != 0:
        raise BuildError(f"smoke test of the built executable failed (exit code {result.returncode})")
    return output


def folder_size(folder: Path) -> tuple[int, int]:
    """(bytes, files) of a folder, symbolic links not followed."""
    total = count = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            count += 1
    return total, count


def check_budget(folder: Path, budget_mb: float) -> int:
    size, files = folder_size(folder)
    log(f"{folder.name}: {size / 1e6:.1f} MB in {files} files (budget {budget_mb:.0f} MB)")
    if size > budget_mb * 1e6:
        raise BuildError(f"{folder.name} is {size / 1e6:.1f} MB, over the {budget_mb:.0f} MB budget")
    return size


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_manifest(folder: Path, target: Path) -> Path:
    """sha256sum-style list of every file in the folder (for hash-based whitelisting rules)."""
    lines = [f"{sha256(p)}  {p.relative_to(folder.parent).as_posix()}"
             for p in sorted(folder.rglob("*")) if p.is_file() and not p.is_symlink()]  # fmt: skip
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def desktop_entry(version: str) -> str:
    template = (PACKAGING / "linux" / "renkei-desktop.desktop").read_text(encoding="utf-8")
    return template.replace("@VERSION@", version)


def _tar_filter(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info


def make_tarball(folder: Path, version: str) -> Path:
    """dist/renkei-desktop-<v>-linux-x86_64.tar.gz: the folder plus the .desktop file and installer script."""
    target = DIST / f"{EXE_NAME}-{version}-{platform_tag()}.tar.gz"
    with tempfile.TemporaryDirectory() as tmp:
        desktop = Path(tmp) / f"{EXE_NAME}.desktop"
        desktop.write_text(desktop_entry(version), encoding="utf-8")
        with tarfile.open(target, "w:gz", compresslevel=6) as tar:
            tar.add(folder, arcname=folder.name, filter=_tar_filter)
            tar.add(desktop, arcname=f"{folder.name}/{desktop.name}", filter=_tar_filter)
            tar.add(PACKAGING / "linux" / "install-user.sh", arcname=f"{folder.name}/install-user.sh",
                    filter=_tar_filter)  # fmt: skip
    return target


def make_zip(folder: Path, version: str) -> Path:
    """dist/renkei-desktop-<v>-windows-x86_64-portable.zip: the folder with portable.txt (data beside the exe)."""
    target = DIST / f"{EXE_NAME}-{version}-{platform_tag()}-portable.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(folder.parent).as_posix())
        archive.writestr(f"{folder.name}/portable.txt", PORTABLE_NOTE.encode("utf-8-sig"))
    return target


def find_iscc() -> Path | None:
    candidates = [os.environ.get("ISCC", ""), shutil.which("ISCC") or "",
                  r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe", r"C:\Program Files\Inno Setup 6\ISCC.exe"]  # fmt: skip
    return next((Path(c) for c in candidates if c and Path(c).is_file()), None)


def make_installer(folder: Path, version: str) -> Path | None:
    iscc = find_iscc()
    if iscc is None:
        log("Inno Setup (ISCC.exe) not found: installer skipped (set ISCC=... to build it)")
        return None
    numeric = ".".join(str(part) for part in version_tuple(version))  # VersionInfoVersion wants a.b.c.d
    command = [str(iscc), f"/DAppVersion={version}", f"/DAppNumericVersion={numeric}", f"/DSourceDir={folder}",
               f"/DOutputDir={DIST}", str(PACKAGING / "installer" / "renkei_desktop.iss")]  # fmt: skip
    if subprocess.run(command, cwd=ROOT).returncode != 0:
        raise BuildError("Inno Setup failed")
    return DIST / f"{EXE_NAME}-{version}-setup.exe"


def write_sums(files: list[Path], target: Path) -> Path:
    target.write_text("".join(f"{sha256(p)}  {p.name}\n" for p in files), encoding="utf-8")
    return target


def git_commit() -> str:
    try:
        result = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True)
        dirty = subprocess.run(["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True)
    except OSError:
        return "unknown"
    return (
        result.stdout.strip() + ("-dirty" if dirty.stdout.strip() else "")
        if result.returncode == 0
        else "unknown"
    )


def build(args: argparse.Namespace) -> dict:
    version = read_version()
    timings: dict[str, float] = {}
    info: dict = {
        "version": version,
        "platform": platform_tag(),
        "commit": git_commit(),
        "timings_s": timings,
    }

    def timed(name: str, func, *a, **kw):  # noqa: ANN001, ANN002, ANN003, ANN202
        started = time.perf_counter()
        result = func(*a, **kw)
        timings[name] = round(time.perf_counter() - started, 1)
        log(f"{name}: {timings[name]:.1f} s")
        return result

    folder = DIST / EXE_NAME
    timed(
        "pyinstaller",
        run_pyinstaller,
        PACKAGING / "renkei_desktop.spec",
        clean=args.clean,
        verbose=args.verbose,
    )
    if args.baseline:
        timed("pyinstaller_baseline", run_pyinstaller, PACKAGING / "baseline" / "bare_window.spec",
              clean=args.clean, verbose=args.verbose)  # fmt: skip
    if not args.skip_smoke:
        timed("smoke_test", run_smoke_test, folder)
    info["size_bytes"], info["files"] = folder_size(folder)
    check_budget(folder, args.budget_mb)
    info["budget_mb"] = args.budget_mb
    artefacts: list[Path] = [exe_path(folder)]
    if not args.no_package:
        if sys.platform == "win32":
            artefacts.append(timed("zip", make_zip, folder, version))
            installer = timed("installer", make_installer, folder, version)
            if installer is not None:
                artefacts.append(installer)
        else:
            artefacts.append(timed("tarball", make_tarball, folder, version))
    manifest = write_manifest(folder, DIST / f"{EXE_NAME}-{version}-{platform_tag()}-files.sha256")
    sums = write_sums(artefacts + [manifest], DIST / f"{EXE_NAME}-{version}-{platform_tag()}-SHA256SUMS.txt")
    info["artefacts"] = {p.name: {"sha256": sha256(p), "bytes": p.stat().st_size} for p in artefacts}
    (DIST / "build-info.json").write_text(
        json.dumps(info, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    timings["total"] = round(sum(v for k, v in timings.items() if k != "total"), 1)
    log(f"SHA-256 sums: {sums}")
    print(sums.read_text(encoding="utf-8"), end="", flush=True)
    (DIST / "build-info.json").write_text(
        json.dumps(info, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    return info


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Build, smoke-test and package Renkei Desktop.")
    parser.add_argument("--clean", action="store_true", help="discard PyInstaller's cache first (slower)")
    parser.add_argument(
        "--baseline", action="store_true", help="also build the bare-window baseline (benchmarks)"
    )
    parser.add_argument("--skip-smoke", action="store_true", help="do not run the smoke test (never in CI)")
    parser.add_argument("--no-package", action="store_true", help="no tar.gz / zip / installer")
    parser.add_argument(
        "--budget-mb", type=float, default=BUDGET_MB, help=f"size budget (default {BUDGET_MB})"
    )
    parser.add_argument("--verbose", action="store_true", help="PyInstaller's INFO log")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    started = time.perf_counter()
    try:
        build(parse_args(argv))
    except BuildError as exc:
        log(f"FAILED: {exc}")
        return 1
    log(f"done in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
