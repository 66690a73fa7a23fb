"""PyInstaller run-time hook (replaces PyInstaller's pyi_rth_mplconfig; see spec_common.py).

PyInstaller points matplotlib at a new temporary config folder on every launch, so matplotlib
rebuilds its font cache each time (+0.5 s). We point it at the app's persistent per-user cache
folder instead (beside the data in portable mode, under --base-dir in tests), the same folder
``Locations.matplotlib_dir`` names.
"""


def _set_mplconfigdir() -> None:
    import os
    import sys
    from pathlib import Path

    from renkei_desktop.app.locations import resolve_locations

    base = None
    args = sys.argv[1:]
    for i, arg in enumerate(args):  # the hidden --base-dir option, parsed the way argparse accepts it
        if arg == "--base-dir" and i + 1 < len(args):
            base = Path(args[i + 1])
        elif arg.startswith("--base-dir="):
            base = Path(arg.split("=", 1)[1])
    try:
        os.environ["MPLCONFIGDIR"] = str(resolve_locations(base).matplotlib_dir)
    except Exception:  # noqa: BLE001 - never block start-up; matplotlib then picks its own folder
        os.environ.pop("MPLCONFIGDIR", None)


_set_mplconfigdir()
del _set_mplconfigdir
