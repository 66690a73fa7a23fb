"""Refresh resources/i18n/renkei_en.ts from the sources (pyside6-lupdate) and compile it (lrelease).

Usage: python packaging/update_translations.py [--check]
Translate new entries in the .ts (Qt Linguist or a text editor), then run this again to build the .qm.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("en",)


def tool(name: str) -> str:
    exe = Path(sys.executable).parent / f"pyside6-{name}"
    found = shutil.which(str(exe)) or shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found (install PySide6-Essentials)")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "renkei_desktop").rglob("*.py"))


def lupdate(ts: Path) -> None:
    subprocess.run(
        [tool("lupdate"), *sources(), "-source-language", "ja", "-target-language", ts.stem.split("_")[-1],
         "-no-obsolete", "-locations", "none", "-ts", str(ts)],
        cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True)


def main() -> int:
    for lang in LANGUAGES:
        ts = I18N / f"renkei_{lang}.ts"
        lupdate(ts)
        lrelease(ts, I18N / f"renkei_{lang}.qm")
        unfinished = ts.read_text(encoding="utf-8").count('type="unfinished"')
        print(f"{ts.name}: {unfinished} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
