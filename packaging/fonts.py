"""Pick the Japanese fonts to bundle from the build machine (never from the repository).

The app registers every font in ``resources/fonts/`` of the bundle at start-up. We ship BIZ UD
Gothic because it is SIL OFL *and* Qt's PDFs made with it keep searchable, copyable kanji.
A font is bundled only when its own name table says it is under the SIL Open Font License and
a licence text is found next to it; this keeps, for example, the Microsoft-licensed copies in
C:\\Windows\\Fonts (which may not be redistributed) out of the bundle automatically.

Search order: the folder in ``RENKEI_FONT_DIR`` (e.g. the unpacked release from
github.com/googlefonts/morisawa-biz-ud-gothic with its OFL.txt), then Debian's
``fonts-morisawa-bizud-gothic`` / ``-mincho`` packages, then the Windows font folder.
"""

from __future__ import annotations

import os
import struct
import sys
from dataclasses import dataclass
from pathlib import Path

# File names of the OFL releases (Debian, Google Fonts) and of the copies shipped with Windows.
FONT_FILES = (
    "BIZUDGothic-Regular.ttf",
    "BIZUDGothic-Bold.ttf",
    "BIZUDPGothic-Regular.ttf",
    "BIZUDPGothic-Bold.ttf",
    "BIZUDMincho-Regular.ttf",
    "BIZUDPMincho-Regular.ttf",
    "BIZ-UDGothicR.ttc",
    "BIZ-UDGothicB.ttc",
    "BIZ-UDMinchoM.ttc",
)
LICENCE_FILES = ("OFL.txt", "LICENSE.txt", "LICENSE", "OFL")
# Debian keeps the licence in /usr/share/doc/<package>/copyright, not beside the font.
DEBIAN_DIRS = {
    Path("/usr/share/fonts/truetype/bizud-gothic"): Path(
        "/usr/share/doc/fonts-morisawa-bizud-gothic/copyright"
    ),
    Path("/usr/share/fonts/truetype/morisawa"): Path("/usr/share/doc/fonts-morisawa-bizud-gothic/copyright"),
    Path("/usr/share/fonts/truetype/bizud-mincho"): Path(
        "/usr/share/doc/fonts-morisawa-bizud-mincho/copyright"
    ),
}
OFL_MARKERS = ("open font license", "scripts.sil.org/ofl", "openfontlicense.org")
NAME_ID_LICENSE, NAME_ID_LICENSE_URL = 13, 14


@dataclass(frozen=True)
class FontChoice:
    font: Path
    licence: Path

    @property
    def licence_target_name(self) -> str:
        """Where the licence goes in resources/fonts/: one text per font family source."""
        stem = "BIZUDMincho" if "Mincho" in self.font.name else "BIZUDGothic"
        return f"{stem}-LICENSE.txt"


def _name_table_offset(data: bytes, font_offset: int) -> int | None:
    num_tables = struct.unpack_from(">H", data, font_offset + 4)[0]
    for i in range(num_tables):
        tag, _checksum, offset, _length = struct.unpack_from(">4sIII", data, font_offset + 12 + 16 * i)
        if tag == b"name":
            return offset
    return None


def font_names(data: bytes) -> dict[int, list[str]]:
    """All name-table strings by name ID, for a TrueType/OpenType font or collection (first face)."""
    font_offset = 0
    if data[:4] == b"ttcf":
        font_offset = struct.unpack_from(">I", data, 12)[0]
    table = _name_table_offset(data, font_offset)
    if table is None:
        return {}
    _fmt, count, string_offset = struct.unpack_from(">HHH", data, table)
    names: dict[int, list[str]] = {}
    for i in range(count):
        platform, _enc, _lang, name_id, length, offset = struct.unpack_from(">6H", data, table + 6 + 12 * i)
        raw = data[table + string_offset + offset : table + string_offset + offset + length]
        text = raw.decode("utf-16-be", "replace") if platform in (0, 3) else raw.decode("latin-1")
        names.setdefault(name_id, []).append(text)
    return names


def is_ofl(font: Path) -> bool:
    """True when the font's own licence strings name the SIL Open Font License."""
    try:
        names = font_names(font.read_bytes())
    except (OSError, struct.error):
        return False
    text = " ".join(names.get(NAME_ID_LICENSE, []) + names.get(NAME_ID_LICENSE_URL, [])).lower()
    return any(marker in text for marker in OFL_MARKERS)


def _licence_beside(folder: Path) -> Path | None:
    for base in (folder, folder.parent):
        for name in LICENCE_FILES:
            if (base / name).is_file():
                return base / name
    return None


def candidate_dirs() -> list[tuple[Path, Path | None]]:
    """(font folder, licence file or None = look beside the fonts), in search order."""
    dirs: list[tuple[Path, Path | None]] = []
    if os.environ.get("RENKEI_FONT_DIR"):
        dirs.append((Path(os.environ["RENKEI_FONT_DIR"]), None))
    dirs += [(folder, licence) for folder, licence in DEBIAN_DIRS.items()]
    if sys.platform == "win32":
        dirs.append((Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts", None))
    return dirs


def find_fonts(dirs: list[tuple[Path, Path | None]] | None = None) -> tuple[list[FontChoice], list[str]]:
    """The bundle-able fonts (first folder that has a given file wins) and notes on what was skipped."""
    chosen: dict[str, FontChoice] = {}
    notes: list[str] = []
    for folder, licence in dirs if dirs is not None else candidate_dirs():
        if not folder.is_dir():
            continue
        for name in FONT_FILES:
            font = folder / name
            if name in chosen or not font.is_file():
                continue
            text = licence if licence is not None and licence.is_file() else _licence_beside(folder)
            if not is_ofl(font):
                notes.append(f"skipped {font}: its name table does not declare the SIL OFL")
            elif text is None:
                notes.append(f"skipped {font}: no licence file found beside it")
            else:
                chosen[name] = FontChoice(font, text)
    return list(chosen.values()), notes


def datas_for(choices: list[FontChoice], target: str = "resources/fonts") -> list[tuple[str, str]]:
    """PyInstaller ``datas`` entries: fonts and their licence texts into ``target``.

    Licence texts are copied under a fixed name by ``stage_licences`` (PyInstaller keeps source
    names), so here we only add the fonts.
    """
    return [(str(c.font), target) for c in choices]


def stage_licences(choices: list[FontChoice], staging: Path) -> list[tuple[str, str]]:
    """Copy each licence under a clear name into ``staging`` and return its datas entries."""
    staging.mkdir(parents=True, exist_ok=True)
    entries: dict[str, tuple[str, str]] = {}
    for choice in choices:
        target = staging / choice.licence_target_name
        target.write_bytes(choice.licence.read_bytes())
        entries[target.name] = (str(target), "resources/fonts")
    return list(entries.values())


if __name__ == "__main__":
    found, skipped = find_fonts()
    for c in found:
        print(f"font {c.font}  licence {c.licence}")
    for n in skipped:
        print(n)
