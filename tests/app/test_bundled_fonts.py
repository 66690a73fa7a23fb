"""The UI font: the bundled BIZ UD files are read only when the system has no BIZ UD family (reading
them costs about 15 ms before the first paint; Windows 10 1809 and later ship the fonts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from renkei_desktop.app import gui
from renkei_desktop.reports import fonts


@pytest.fixture
def bundled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    folder = tmp_path / "fonts"
    folder.mkdir()
    for name in ("BIZUDPGothic-Regular.ttf", "BIZUDGothic-Regular.ttf"):
        (folder / name).write_bytes(b"")
    monkeypatch.setattr(fonts, "resource", lambda *parts: tmp_path.joinpath(*parts))
    registered: list[str] = []
    monkeypatch.setattr(fonts.QFontDatabase, "addApplicationFont", lambda path: registered.append(Path(path).name) or 0)
    return registered


def test_a_system_with_biz_ud_uses_it_without_reading_the_bundled_files(bundled, monkeypatch, qapp) -> None:
    monkeypatch.setattr(fonts.QFontDatabase, "families", lambda *a: ["DejaVu Sans", "BIZ UDPGothic", "BIZ UDGothic"])
    assert gui.register_bundled_fonts() == "BIZ UDPGothic"
    assert bundled == []


def test_a_system_without_biz_ud_gets_the_bundled_fonts(bundled, monkeypatch, qapp) -> None:
    calls = iter([["DejaVu Sans"], ["DejaVu Sans", "BIZ UDPGothic", "BIZ UDGothic"]])
    monkeypatch.setattr(fonts.QFontDatabase, "families", lambda *a: next(calls))
    assert gui.register_bundled_fonts() == "BIZ UDPGothic"
    assert bundled == ["BIZUDGothic-Regular.ttf", "BIZUDPGothic-Regular.ttf"]
