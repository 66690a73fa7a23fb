"""User settings in an INI file at an explicit path (QSettings), with versioned upgrade steps."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

SETTINGS_VERSION = 1
ZOOM_STEPS = (100, 110, 125, 150, 175, 200)


class AppSettings:
    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)
        self._upgrade()

    def _upgrade(self) -> None:
        version = int(self._qs.value("settings_version", 0))
        if version < 1:
            self._qs.setValue("settings_version", SETTINGS_VERSION)

    @property
    def path(self) -> str:
        return self._qs.fileName()

    @property
    def language(self) -> str:
        value = str(self._qs.value("ui/language", "ja"))
        return value if value in ("ja", "en") else "ja"

    @language.setter
    def language(self, value: str) -> None:
        self._qs.setValue("ui/language", value)

    @property
    def zoom(self) -> int:
        try:
            value = int(self._qs.value("ui/zoom", 100))
        except (TypeError, ValueError):
            value = 100
        return min(200, max(100, value))

    @zoom.setter
    def zoom(self, value: int) -> None:
        self._qs.setValue("ui/zoom", min(200, max(100, int(value))))

    @property
    def geometry(self) -> QByteArray | None:
        value = self._qs.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._qs.setValue("window/geometry", value)

    @property
    def last_database(self) -> str | None:
        value = self._qs.value("database/last")
        return str(value) if value else None

    @last_database.setter
    def last_database(self, value: str) -> None:
        self._qs.setValue("database/last", value)

    def sync(self) -> None:
        self._qs.sync()


def next_zoom(current: int, direction: int) -> int:
    if direction == 0:
        return 100
    if direction > 0:
        return next((z for z in ZOOM_STEPS if z > current), ZOOM_STEPS[-1])
    return next((z for z in reversed(ZOOM_STEPS) if z < current), ZOOM_STEPS[0])
