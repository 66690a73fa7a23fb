"""packaging/fonts.py: which fonts may be bundled (SIL OFL per the font's own name table, licence beside)."""

from __future__ import annotations

from pathlib import Path

import fonts

from tests.packaging.helpers import OFL_TEXT, make_font


def test_name_table_is_read_from_fonts_and_collections() -> None:
    names = {1: "BIZ UDGothic", 13: OFL_TEXT}
    assert fonts.font_names(make_font(names))[13] == [OFL_TEXT]
    assert fonts.font_names(make_font(names, collection=True))[1] == ["BIZ UDGothic"]


def test_only_ofl_fonts_count_as_ofl(tmp_path: Path) -> None:
    ofl, proprietary, broken = tmp_path / "a.ttf", tmp_path / "b.ttc", tmp_path / "c.ttf"
    ofl.write_bytes(make_font({14: "https://openfontlicense.org"}))
    proprietary.write_bytes(
        make_font({13: "Microsoft supplied font. You may use this font ..."}, collection=True)
    )
    broken.write_bytes(b"not a font")
    assert fonts.is_ofl(ofl)
    assert not fonts.is_ofl(proprietary)
    assert not fonts.is_ofl(broken)


def test_the_real_debian_font_is_ofl_when_installed() -> None:
    debian = Path("/usr/share/fonts/truetype/bizud-gothic/BIZUDGothic-Regular.ttf")
    if debian.is_file():
        assert fonts.is_ofl(debian)


def test_find_fonts_needs_ofl_and_a_licence(tmp_path: Path, ofl_font_dir: Path) -> None:
    windows = tmp_path / "windows-fonts"
    windows.mkdir()
    (windows / "BIZ-UDGothicR.ttc").write_bytes(make_font({13: "Microsoft supplied font."}, collection=True))
    no_licence = tmp_path / "no-licence"
    no_licence.mkdir()
    (no_licence / "BIZUDPGothic-Regular.ttf").write_bytes(make_font({13: OFL_TEXT}))

    chosen, notes = fonts.find_fonts([(ofl_font_dir, None), (windows, None), (no_licence, None)])

    assert [c.font.name for c in chosen] == ["BIZUDGothic-Regular.ttf"]
    assert chosen[0].licence == ofl_font_dir / "OFL.txt"
    assert any("BIZ-UDGothicR.ttc" in n and "SIL OFL" in n for n in notes)
    assert any("BIZUDPGothic-Regular.ttf" in n and "licence" in n for n in notes)


def test_a_fixed_licence_file_is_used_for_debian_folders(tmp_path: Path, ofl_font_dir: Path) -> None:
    copyright_file = tmp_path / "copyright"
    copyright_file.write_text("License: SIL-1.1", encoding="utf-8")
    (ofl_font_dir / "OFL.txt").unlink()
    chosen, _ = fonts.find_fonts([(ofl_font_dir, copyright_file)])
    assert chosen[0].licence == copyright_file


def test_licences_are_staged_under_clear_names(tmp_path: Path, ofl_font_dir: Path) -> None:
    chosen, _ = fonts.find_fonts([(ofl_font_dir, None)])
    entries = fonts.stage_licences(chosen, tmp_path / "staged")
    assert entries == [(str(tmp_path / "staged" / "BIZUDGothic-LICENSE.txt"), "resources/fonts")]
    assert fonts.datas_for(chosen) == [(str(ofl_font_dir / "BIZUDGothic-Regular.ttf"), "resources/fonts")]


def test_no_font_file_is_committed() -> None:
    repo = Path(__file__).resolve().parents[2]
    for folder in ("resources", "packaging"):
        assert not [p for p in (repo / folder).rglob("*") if p.suffix.lower() in (".ttf", ".ttc", ".otf")]
