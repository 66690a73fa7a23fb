"""Helpers for the packaging tests: a synthetic font, and running a .spec with stand-in classes."""

from __future__ import annotations

import struct
from pathlib import Path

OFL_TEXT = "This Font Software is licensed under the SIL Open Font License, Version 1.1."


def make_font(names: dict[int, str], collection: bool = False) -> bytes:
    """A minimal sfnt with only a 'name' table (Windows platform, UTF-16BE strings)."""
    strings = b""
    records = b""
    for name_id, text in names.items():
        raw = text.encode("utf-16-be")
        records += struct.pack(">6H", 3, 1, 0x0409, name_id, len(raw), len(strings))
        strings += raw
    table = struct.pack(">HHH", 0, len(names), 6 + 12 * len(names)) + records + strings
    header_size = 12 + 16  # offset table + one table record
    base = 12 + 4 if collection else 0  # a one-font TTC header comes first
    sfnt = struct.pack(">IHHHH", 0x00010000, 1, 16, 0, 0)
    sfnt += struct.pack(">4sIII", b"name", 0, base + header_size, len(table)) + table
    if collection:
        return struct.pack(">4sHHI", b"ttcf", 1, 0, 1) + struct.pack(">I", base) + sfnt
    return sfnt


class Recorder:
    """Stands in for a PyInstaller spec class: remembers its arguments."""

    calls: dict[str, list] = {}

    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs
        # after analysis PyInstaller holds (destination, source, kind) entries
        datas = [(f"{dest}/{Path(src).name}", src, "DATA") for src, dest in kwargs.get("datas", [])]
        self.binaries, self.datas, self.pure = [], datas, []
        self.dependencies = []
        self.scripts = [("entry", "entry.py", "PYSOURCE"), ("pyi_rth_mplconfig", "x.py", "PYSOURCE")]
        Recorder.calls.setdefault(type(self).__name__, []).append(self)


def run_spec(spec: Path, workpath: Path) -> dict[str, Recorder]:
    """Execute a .spec file with recording stand-ins for Analysis/PYZ/EXE/COLLECT."""
    classes = {name: type(name, (Recorder,), {}) for name in ("Analysis", "PYZ", "EXE", "COLLECT")}
    Recorder.calls = {}
    namespace = {**classes, "SPECPATH": str(spec.parent), "workpath": str(workpath), "DISTPATH": str(workpath / "dist"),
                 "__file__": str(spec), "__name__": "__main__"}  # fmt: skip
    exec(compile(spec.read_text(encoding="utf-8"), str(spec), "exec"), namespace)  # noqa: S102
    return {name: calls[0] for name, calls in Recorder.calls.items()}
