"""Start-up of the packaged app against a packaged bare PySide6 QMainWindow (same build settings, same run).

    python packaging/build.py --baseline          # builds dist/renkei-desktop and dist/bare-window
    python benchmarks/packaged_startup.py [--runs 7] [--json out.json] [--check]

Both executables carry the run-time hook packaging/hooks/rthook_startup_probe.py, which writes
time marks when RENKEI_STARTUP_PROBE is set (see there). We measure from just before the process is
spawned to
  visible    the main window's first frame (app and baseline), and
  catalogue  the catalogue table showing the demo duties (app only; a database with the demo is
             prepared first with ``renkei-desktop demo``, as on a second launch; on Linux the app
             runs without arguments, its per-user folders moved into a temporary folder by the XDG
             variables, elsewhere with ``--base-dir DIR``).
Ratios: app visible / bare visible (target <= 1.3) and app catalogue / bare visible (target <= 3).
Runs alternate between the two executables after one warm-up each; medians are reported.
On Linux without a display an Xvfb server is started (real X11 windows, not the offscreen platform).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIMITS = {"visible": 1.3, "catalogue": 3.0}
TIMEOUT_S = 60


def executable(folder: Path, name: str) -> Path:
    return folder / (f"{name}.exe" if sys.platform == "win32" else name)


def start_xvfb() -> tuple[subprocess.Popen | None, str | None]:
    """A private X server when there is no display (Linux CI); returns (process, display)."""
    if sys.platform != "linux" or os.environ.get("DISPLAY") or not shutil.which("Xvfb"):
        return None, os.environ.get("DISPLAY")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    return server, f":{number}"


def run_once(exe: Path, args: list[str], wait_for: str, env: dict[str, str]) -> dict[str, float]:
    """Spawn, wait for the probe's exit, return seconds from spawn to each mark."""
    with tempfile.TemporaryDirectory(prefix="renkei-probe-") as tmp:
        probe = Path(tmp) / "marks.txt"
        run_env = dict(env, RENKEI_STARTUP_PROBE=str(probe), RENKEI_STARTUP_PROBE_WAIT=wait_for)
        started = time.perf_counter()
        process = subprocess.Popen(
            [str(exe), *args], env=run_env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        try:
            _, stderr = process.communicate(timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
            raise RuntimeError(f"{exe.name}: no '{wait_for}' mark within {TIMEOUT_S} s") from None
        marks = {}
        for line in probe.read_text(encoding="utf-8").splitlines() if probe.exists() else []:
            name, value = line.split()
            marks[name] = float(value) - started
    if wait_for not in marks:
        raise RuntimeError(
            f"{exe.name} exited ({process.returncode}) without '{wait_for}': {stderr.decode(errors='replace')}"
        )
    return marks


def user_folders(env: dict[str, str], base: Path) -> tuple[dict[str, str], list[str]]:
    """(environment, arguments) that put the app's data, settings and logs under ``base``. On Linux the
    app is started as a user starts it, without arguments, its per-user folders moved by the XDG
    variables (platformdirs reads them); elsewhere with ``--base-dir``."""
    if sys.platform.startswith("linux"):
        folders = {"XDG_DATA_HOME": "data", "XDG_CONFIG_HOME": "config", "XDG_STATE_HOME": "state"}
        return dict(env, **{name: str(base / sub) for name, sub in folders.items()}), []
    return env, ["--base-dir", str(base)]


def prepare_demo(app: Path, args: list[str], env: dict[str, str]) -> None:
    result = subprocess.run([str(app), *args, "demo"], capture_output=True, text=True, timeout=120, env=env)
    if result.returncode != 0:
        raise RuntimeError(f"demo preparation failed: {result.stdout}{result.stderr}")


def summarise(samples: list[dict[str, float]], key: str) -> dict[str, float]:
    values = [s[key] for s in samples]
    return {"median": statistics.median(values), "min": min(values), "max": max(values)}


def benchmark(app: Path, bare: Path, runs: int, platform: str | None) -> dict:
    server, display = start_xvfb()
    env = dict(os.environ)
    if display:
        env["DISPLAY"] = display
    if platform:
        env["QT_QPA_PLATFORM"] = platform
    elif sys.platform == "linux":
        env["QT_QPA_PLATFORM"] = "xcb" if display else "offscreen"
    try:
        with tempfile.TemporaryDirectory(prefix="renkei-bench-") as base:
            app_env, app_args = user_folders(env, Path(base))
            prepare_demo(app, app_args, app_env)
            run_once(bare, [], "visible", env)  # warm-up: page cache, font cache, settings file
            run_once(app, app_args, "catalogue", app_env)
            bare_runs, app_runs = [], []
            for i in range(runs):
                order = [("bare", bare), ("app", app)] if i % 2 == 0 else [("app", app), ("bare", bare)]
                for kind, exe in order:
                    if kind == "bare":
                        bare_runs.append(run_once(exe, [], "visible", env))
                    else:
                        app_runs.append(run_once(exe, app_args, "catalogue", app_env))
    finally:
        if server is not None:
            server.terminate()
            server.wait()
    result = {
        "platform": env.get("QT_QPA_PLATFORM", "native"),
        "runs": runs,
        "bare": {k: summarise(bare_runs, k) for k in ("interpreter", "visible")},
        "app": {k: summarise(app_runs, k) for k in ("interpreter", "visible", "catalogue")},
    }
    bare_visible = result["bare"]["visible"]["median"]
    result["ratios"] = {k: result["app"][k]["median"] / bare_visible for k in LIMITS}
    result["limits"] = LIMITS
    result["within_limits"] = all(result["ratios"][k] <= LIMITS[k] for k in LIMITS)
    return result


def report(result: dict) -> str:
    lines = [
        f"packaged start-up, {result['runs']} runs each, QT_QPA_PLATFORM={result['platform']} (median [min-max] s)"
    ]
    for kind, marks in (("bare", result["bare"]), ("app", result["app"])):
        for mark, s in marks.items():
            lines.append(f"  {kind:4} {mark:11} {s['median']:.3f} [{s['min']:.3f}-{s['max']:.3f}]")
    for key, ratio in result["ratios"].items():
        verdict = "ok" if ratio <= LIMITS[key] else "OVER"
        lines.append(f"  ratio app {key} / bare visible: {ratio:.2f} (limit {LIMITS[key]}) {verdict}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--app", type=Path, default=ROOT / "dist" / "renkei-desktop")
    parser.add_argument("--bare", type=Path, default=ROOT / "dist" / "bare-window")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--platform", help="QT_QPA_PLATFORM to use (default: xcb on Linux via Xvfb if needed)"
    )
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--check", action="store_true", help="exit 1 when a ratio is over its limit")
    args = parser.parse_args(argv)
    app, bare = executable(args.app, "renkei-desktop"), executable(args.bare, "bare-window")
    for exe in (app, bare):
        if not exe.is_file():
            print(f"missing {exe}: run `python packaging/build.py --baseline` first", file=sys.stderr)
            return 2
    result = benchmark(app, bare, args.runs, args.platform)
    print(report(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 1 if args.check and not result["within_limits"] else 0


if __name__ == "__main__":
    sys.exit(main())
