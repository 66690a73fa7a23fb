"""The BIZ UD fonts, for the UI and for printing: the system's when it has them (Windows 10 1809 and
later, Debian's fonts-morisawa-bizud-gothic), else the files the packaged build carries in
resources/fonts. Kept small: the UI calls it before its first paint."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase

from ..paths import resource

log = logging.getLogger(__name__)

BIZ_UD_FAMILIES = ("BIZ UDGothic", "BIZ UDPGothic")


def ensure_biz_ud_fonts() -> set[str]:
    """The font families Qt knows, after registering the bundled font files if the system has no BIZ
    UD family (reading the four files costs about 15 ms, so not when they are not needed)."""
    families = set(QFontDatabase.families())
    folder = resource("fonts")
    if families.intersection(BIZ_UD_FAMILIES) or not folder.is_dir():
        return families
    for path in sorted(folder.glob("*.tt[fc]")) + sorted(folder.glob("*.otf")):
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            log.warning("could not register font %s", path)
    return set(QFontDatabase.families())
