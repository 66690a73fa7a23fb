"""The charts' Japanese font: BIZ UDゴシック where it is installed, else a documented fallback with a warning."""

from __future__ import annotations

import logging

import matplotlib
import pytest

from renkei_desktop.charts import fonts


@pytest.fixture
def restore_font():
    yield
    fonts.register_japanese_font(force=True)


def test_biz_ud_gothic_is_registered_and_set_for_every_chart(restore_font):
    if not fonts.find_biz_files():
        pytest.skip("BIZ UDゴシック is not installed here (Debian: fonts-morisawa-bizud-gothic)")
    chosen = fonts.register_japanese_font(force=True)
    assert chosen.family == "BIZ UDGothic" and not chosen.fallback
    assert chosen.path is not None and chosen.path.name.startswith("BIZ")
    assert matplotlib.rcParams["font.family"][0] == "BIZ UDGothic"
    assert matplotlib.rcParams["pdf.fonttype"] == 42  # TrueType in PDFs: text stays searchable


def test_only_a_fallback_font_is_used_with_a_warning(monkeypatch, caplog, restore_font):
    monkeypatch.setattr(fonts, "PREFERRED_FAMILIES", ("No Such Gothic",))
    monkeypatch.setattr(fonts, "FALLBACK_FAMILIES", ("No Such Mincho", "DejaVu Serif"))
    with caplog.at_level(logging.WARNING, logger=fonts.__name__):
        chosen = fonts.register_japanese_font([], force=True)
    assert (chosen.family, chosen.fallback) == ("DejaVu Serif", True)
    assert "falling back to DejaVu Serif" in caplog.text
    assert matplotlib.rcParams["font.family"][0] == "DejaVu Serif"


def test_no_japanese_font_at_all_is_logged(monkeypatch, caplog, restore_font):
    monkeypatch.setattr(fonts, "PREFERRED_FAMILIES", ("No Such Gothic",))
    monkeypatch.setattr(fonts, "FALLBACK_FAMILIES", ("No Such Mincho",))
    with caplog.at_level(logging.WARNING, logger=fonts.__name__):
        chosen = fonts.register_japanese_font([], force=True)
    assert chosen.family == fonts.BASE_FAMILY and chosen.fallback
    assert "no Japanese font for the charts" in caplog.text


def test_the_debian_files_are_preferred_to_windows_collections(tmp_path):
    windows, debian = tmp_path / "win", tmp_path / "deb"
    windows.mkdir()
    debian.mkdir()
    for name in ("BIZ-UDGothicR.ttc", "BIZ-UDGothicB.ttc"):
        (windows / name).write_bytes(b"")
    assert [p.name for p in fonts.find_biz_files([windows, debian])] == [
        "BIZ-UDGothicR.ttc",
        "BIZ-UDGothicB.ttc",
    ]
    (debian / "BIZUDGothic-Regular.ttf").write_bytes(b"")
    assert [p.name for p in fonts.find_biz_files([windows, debian])] == ["BIZUDGothic-Regular.ttf"]


def test_the_bundled_fonts_folder_is_searched_first():
    from renkei_desktop.paths import resource

    assert fonts.font_dirs()[0] == resource("fonts")
