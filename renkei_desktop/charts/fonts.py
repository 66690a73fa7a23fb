"""The Japanese font of every chart, registered with matplotlib on first use.

BIZ UDゴシック first: it is SIL OFL, ships with Windows 10/11 and Debian's
``fonts-morisawa-bizud-gothic``, and the packaged app carries it in ``resources/fonts`` (see
packaging/fonts.py, and app/gui.py which registers the same files with Qt). Its files are looked for in
this order:

1. the bundle's ``resources/fonts`` (the packaged app, or a checkout where a build staged them);
2. the folder named by ``RENKEI_FONT_DIR`` (as the build script uses);
3. Debian/Ubuntu: ``/usr/share/fonts/truetype/bizud-gothic`` (and ``…/morisawa``);
4. Windows: ``%WINDIR%\\Fonts\\BIZ-UDGothicR.ttc`` / ``BIZ-UDGothicB.ttc``, then the per-user font folder
   ``%LOCALAPPDATA%\\Microsoft\\Windows\\Fonts``.

When none is found, the first of ``FALLBACK_FAMILIES`` that matplotlib knows is used and a warning is
logged (charts stay readable, but printed PDFs may extract some kanji as look-alike radicals, see
docs/USERS: never rely on whatever font the system happens to have):

    Yu Gothic, Meiryo, MS Gothic (Windows), Noto Sans CJK JP, Noto Sans JP, IPAexGothic, IPAGothic,
    TakaoGothic (Linux).

DejaVu Sans (matplotlib's own) follows the chosen family for the odd symbol a Japanese font lacks.
matplotlib is imported inside the functions: importing this module costs nothing.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from ..paths import resource

log = logging.getLogger(__name__)

PREFERRED_FAMILIES = ("BIZ UDGothic", "BIZ UDPGothic")
FALLBACK_FAMILIES = (
    "Yu Gothic",
    "YuGothic",
    "Meiryo",
    "MS Gothic",
    "Noto Sans CJK JP",
    "Noto Sans JP",
    "IPAexGothic",
    "IPAGothic",
    "TakaoGothic",
)
# Regular and bold faces of BIZ UDゴシック: the OFL release / Debian names and Windows' own collections.
BIZ_FILES = (
    "BIZUDGothic-Regular.ttf",
    "BIZUDGothic-Bold.ttf",
    "BIZ-UDGothicR.ttc",
    "BIZ-UDGothicB.ttc",
)
LINUX_DIRS = (Path("/usr/share/fonts/truetype/bizud-gothic"), Path("/usr/share/fonts/truetype/morisawa"))
BASE_FAMILY = "DejaVu Sans"


@dataclass(frozen=True)
class ChartFont:
    family: str
    path: Path | None  # the file registered (None: a family matplotlib already knew)
    fallback: bool  # not BIZ UDゴシック


def font_dirs() -> list[Path]:
    """The folders searched for BIZ UDゴシック, in order."""
    dirs = [resource("fonts")]
    if os.environ.get("RENKEI_FONT_DIR"):
        dirs.append(Path(os.environ["RENKEI_FONT_DIR"]))
    dirs += list(LINUX_DIRS)
    if sys.platform == "win32":
        dirs.append(Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    return dirs


def find_biz_files(dirs: list[Path] | None = None) -> list[Path]:
    """BIZ UDゴシック's files (regular first), from the first folder that has each."""
    found: dict[str, Path] = {}
    for folder in dirs if dirs is not None else font_dirs():
        for name in BIZ_FILES:
            path = folder / name
            if name not in found and path.is_file():
                found[name] = path
    # One source is enough: prefer the .ttf pair, else Windows' collections.
    ttf = [found[n] for n in BIZ_FILES[:2] if n in found]
    return ttf or [found[n] for n in BIZ_FILES[2:] if n in found]


_chosen: ChartFont | None = None
_register_lock = threading.Lock()  # the app registers the font on a preload thread (charts/mpl.py)


def register_japanese_font(dirs: list[Path] | None = None, *, force: bool = False) -> ChartFont:
    """Register BIZ UDゴシック (or pick a fallback) with matplotlib and make it the charts' font."""
    if _chosen is not None and not force:
        return _chosen
    with _register_lock:
        if _chosen is not None and not force:
            return _chosen
        return _register(dirs)


def _register(dirs: list[Path] | None) -> ChartFont:
    global _chosen
    from .mpl import load

    load()
    from matplotlib import font_manager

    manager = font_manager.fontManager
    chosen: ChartFont | None = None
    for path in find_biz_files(dirs):
        try:
            manager.addfont(str(path))
        except (OSError, RuntimeError, ValueError) as error:
            log.warning("could not register font %s with matplotlib: %s", path, error)
            continue
        if chosen is None:
            family = font_manager.FontProperties(fname=str(path)).get_name()
            chosen = ChartFont(family, path, fallback=False)
    if chosen is None:
        known = {f.name for f in manager.ttflist}
        family = next((f for f in PREFERRED_FAMILIES if f in known), None)
        if family is not None:
            chosen = ChartFont(family, None, fallback=False)
        else:
            family = next((f for f in FALLBACK_FAMILIES if f in known), None)
            if family is not None:
                log.warning("BIZ UDゴシック not found for the charts; falling back to %s", family)
                chosen = ChartFont(family, None, fallback=True)
            else:
                log.warning(
                    "no Japanese font for the charts (BIZ UDゴシック or %s); Japanese text will not render",
                    ", ".join(FALLBACK_FAMILIES),
                )
                chosen = ChartFont(BASE_FAMILY, None, fallback=True)
    _chosen = chosen
    apply_style(chosen)
    return chosen


def apply_style(font: ChartFont) -> None:
    """matplotlib's settings for every chart: the font, true minus signs avoided, fonts embedded in PDF
    as TrueType (searchable and copyable text), SVG text as paths (renders without the font)."""
    import matplotlib

    rc = matplotlib.rcParams
    rc["font.family"] = [font.family, BASE_FAMILY] if font.family != BASE_FAMILY else [BASE_FAMILY]
    rc["axes.unicode_minus"] = False
    rc["pdf.fonttype"] = 42
    rc["ps.fonttype"] = 42
    rc["svg.fonttype"] = "path"
    rc["hatch.linewidth"] = 0.6
    rc["axes.titleweight"] = "bold"
    rc["figure.dpi"] = 100
    rc["savefig.dpi"] = 200
