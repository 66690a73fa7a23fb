"""The UI font: the bundled BIZ UD files are read only when the system has no BIZ UD family (reading
them costs about 15 ms before the first paint; Windows 10 1809 and later ship the fonts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from renkei_desktop.app import gui


@pytest.fixture
def bundled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    for name in ("BIZUDPGothic-Regular.ttf", "BIZUDGothic-Regular.ttf"):
        (fonts / name).write_bytes(b"")
    monkeypatch.setattr(gui, "resource", lambda *parts: tmp_path.joinpath(*parts))
    registered: list[str] = []
    monkeypatch.setattr(gui.QFontDatabase, "addApplicationFont", lambda path: registered.append(Path(path).name) or 0)
    return registered


def test_a_system_with_biz_ud_uses_it_without_reading_the_bundled_files(bundled, monkeypatch, qapp) -> None:
    monkeypatch.setattr(gui.QFontDatabase, "families", lambda *a: ["DejaVu Sans", "BIZ UDPGothic", "BIZ UDGothic"])
    assert gui.register_bundled_fonts() == "BIZ UDPGothic"
    assert bundled == []


def test_a_system_without_biz_ud_gets_the_bundled_fonts(bundled, monkeypatch, qapp) -> None:
    calls = iter([["DejaVu Sans"], ["DejaVu Sans", "BIZ UDPGothic", "BIZ UDGothic"]])
    monkeypatch.setattr(gui.QFontDatabase, "families", lambda *a: next(calls))
    assert gui.register_bundled_fonts() == "BIZ UDPGothic"
    assert bundled == ["BIZUDGothic-Regular.ttf", "BIZUDPGothic-Regular.ttf"]
