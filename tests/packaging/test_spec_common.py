"""packaging/spec_common.py: what is dropped from the bundle, and what Alembic's files import."""

from __future__ import annotations

import ast
import ctypes
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest
import spec_common

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),  # a VNC server: network
        ("PySide6/Qt/plugins/generic/libqtuiotouchplugin.so", False),  # TUIO over UDP: network
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),  # IME
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqico.so", True),  # the window icon is an .ico
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6/Qt/plugins/imageformats/libqwebp.so", False),
        ("PySide6/plugins/imageformats/qtiff.dll", False),
        ("PySide6/plugins/imageformats/qico.dll", True),
        ("PySide6/plugins/imageformats/qjpeg.dll", True),
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", True),
        ("PySide6/plugins/platforms/qwindows.dll", True),  # Windows wheel layout
        ("PySide6/plugins/generic/qtuiotouchplugin.dll", False),
        ("PySide6/Qt/translations/qtbase_ja.qm", True),
        ("PySide6/Qt/translations/qt_ja.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qt_help_ja.qm", False),
        ("PySide6/translations/qtbase_ja.qm", True),
        ("resources/i18n/renkei_en.qm", True),
        ("libQt6Core.so.6", True),
        ("matplotlib/mpl-data/fonts/ttf/DejaVuSans.ttf", True),
        ("matplotlib/mpl-data/fonts/ttf/LastResortHE-Regular.ttf", True),  # opened by path as last fallback
        ("matplotlib/mpl-data/fonts/ttf/LICENSE_DEJAVU", True),
        ("matplotlib/mpl-data/fonts/ttf/cmr10.ttf", False),
        ("matplotlib/mpl-data/fonts/afm/pagd8a.afm", False),
        ("matplotlib/mpl-data/sample_data/goog.npz", False),
        ("matplotlib/mpl-data/matplotlibrc", True),
    ],
)
def test_keep_toc_entry(dest: str, kept: bool) -> None:
    assert spec_common.keep_toc_entry(dest) is kept


def test_filter_toc_keeps_tuples() -> None:
    toc = [("PySide6/Qt/plugins/tls/x.so", "/src/x.so", "BINARY"), ("a.so", "/src/a.so", "BINARY")]
    assert spec_common.filter_toc(toc) == [("a.so", "/src/a.so", "BINARY")]


def test_migration_imports_cover_env_and_revisions(tmp_path: Path) -> None:
    (tmp_path / "versions").mkdir()
    (tmp_path / "env.py").write_text(
        "from __future__ import annotations\nimport sqlalchemy as sa\n", encoding="utf-8"
    )
    (tmp_path / "versions" / "0002_x.py").write_text(
        "from alembic import op\nfrom sqlalchemy.dialects import sqlite\nfrom . import local\n",
        encoding="utf-8",
    )
    assert spec_common.migration_imports(tmp_path) == [
        "alembic", "alembic.op", "sqlalchemy", "sqlalchemy.dialects", "sqlalchemy.dialects.sqlite",
    ]  # fmt: skip


def test_the_real_migrations_parse() -> None:
    found = spec_common.migration_imports(REPO / "db" / "migrations")
    assert "alembic.op" in found and "sqlmodel" in found


def test_tree_datas_skips_caches(tmp_path: Path) -> None:
    (tmp_path / "a" / "__pycache__").mkdir(parents=True)
    (tmp_path / "a" / "x.json").write_text("{}", encoding="utf-8")
    (tmp_path / "a" / "__pycache__" / "x.pyc").write_bytes(b"")
    (tmp_path / "a" / "renkei_en.ts").write_text("", encoding="utf-8")
    assert spec_common.tree_datas(tmp_path, "resources") == [
        (str(tmp_path / "a" / "x.json"), str(Path("resources/a")))
    ]


def test_mplconfig_hook_swap_keeps_everything_else() -> None:
    scripts = [("pyi_rth_inspect", "i.py", "PYSOURCE"), ("pyi_rth_mplconfig", "m.py", "PYSOURCE")]
    swapped = spec_common.replace_mplconfig_hook(scripts)
    assert swapped[0] == scripts[0]
    assert swapped[1][0] == "pyi_rth_mplconfig" and swapped[1][1].endswith("rthook_mplconfig.py")


def test_the_multiprocessing_hook_is_dropped_and_the_app_starts_no_processes() -> None:
    scripts = [("pyi_rth_inspect", "i.py", "PYSOURCE"), ("pyi_rth_multiprocessing", "p.py", "PYSOURCE"),
               ("main", "m.py", "PYSOURCE")]  # fmt: skip
    assert [s[0] for s in spec_common.drop_runtime_hooks(scripts)] == ["pyi_rth_inspect", "main"]
    # Without that hook a frozen child process would not start properly: the app must start none.
    for path in (REPO / "renkei_desktop").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "multiprocessing" not in text and "ProcessPoolExecutor" not in text, path


def test_kept_and_excluded_qt_modules_do_not_overlap() -> None:
    assert not spec_common.QT_KEEP & set(spec_common.QT_EXCLUDE)
    assert "PySide6.QtWidgets" not in spec_common.excludes()


def test_links_to_removed_libraries_are_dropped() -> None:
    binaries = [("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY")]
    datas = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("resources/templates/duties.json", "/src/duties.json", "DATA"),
    ]
    kept = spec_common.drop_dangling_symlinks(datas, binaries)
    assert [d[0] for d in kept] == ["libQt6Core.so.6", "resources/templates/duties.json"]


def test_pruning_keeps_what_the_extensions_need_and_drops_the_rest(monkeypatch: pytest.MonkeyPatch) -> None:
    if not spec_common.sys.platform.startswith("linux"):
        pytest.skip("pruning runs on Linux only")
    pytest.importorskip("PyInstaller")
    from PyInstaller.depend import bindepend

    imports = {
        "/s/QtGui.abi3.so": [("libQt6Gui.so.6", None)],
        "/s/libQt6Gui.so.6": [("libQt6Core.so.6", None)],
    }
    monkeypatch.setattr(bindepend, "get_imports", lambda src: imports.get(src, []))
    monkeypatch.setattr(spec_common.Path, "is_file", lambda self: True)
    binaries = [
        ("PySide6/QtGui.abi3.so", "/s/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/s/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/s/libQt6Core.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Network.so.6", "/s/libQt6Network.so.6", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/s/libqxcb.so", "BINARY"),
        ("libpython3.11.so.1.0", "/s/libpython3.11.so.1.0", "BINARY"),
    ]
    kept = {entry[0] for entry in spec_common.prune_unreferenced_libraries(binaries)}
    assert "PySide6/Qt/lib/libQt6Network.so.6" not in kept
    assert kept == {entry[0] for entry in binaries} - {"PySide6/Qt/lib/libQt6Network.so.6"}


def _elf(section_names: list[str]) -> bytes:
    """A minimal 64-bit little-endian ELF file: a null section and the section-name table."""
    names = b"\0" + b"".join(name.encode() + b"\0" for name in section_names) + b".shstrtab\0"
    table_offset = 64 + len(names) + (-len(names)) % 8
    # e_ident, type, machine, version, entry, phoff, shoff, flags, ehsize, phentsize, phnum, shentsize, shnum, shstrndx
    header = struct.pack("<16sHHIQQQIHHHHHH", b"\x7fELF\x02\x01\x01" + bytes(9), 3, 62, 1, 0, 0, table_offset,
                         0, 64, 0, 0, 64, 2, 1)  # fmt: skip
    null_section = bytes(64)
    names_section = struct.pack(
        "<IIQQQQIIQQ", len(names) - len(".shstrtab\0"), 3, 0, 0, 64, len(names), 0, 0, 1, 0
    )
    return header + names + bytes(table_offset - 64 - len(names)) + null_section + names_section


def test_debug_sections_are_found_in_elf_headers(tmp_path: Path) -> None:
    (tmp_path / "debug.so").write_bytes(_elf([".text", ".debug_info", ".debug_line"]))
    (tmp_path / "plain.so").write_bytes(_elf([".text", ".dynsym"]))
    (tmp_path / "text.txt").write_text("not an ELF file", encoding="utf-8")
    assert spec_common.has_debug_sections(tmp_path / "debug.so")
    assert not spec_common.has_debug_sections(tmp_path / "plain.so")
    assert not spec_common.has_debug_sections(tmp_path / "text.txt")
    assert not spec_common.has_debug_sections(tmp_path / "missing.so")


def test_only_binaries_with_debug_sections_are_stripped_never_vendored_wheel_libraries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(spec_common.sys, "platform", "linux")
    monkeypatch.setattr(spec_common.shutil, "which", lambda name: "/usr/bin/strip")
    debug, plain = tmp_path / "debug.so", tmp_path / "plain.so"
    debug.write_bytes(_elf([".debug_info"]))
    plain.write_bytes(_elf([".text"]))
    stripped: list[Path] = []

    def fake_strip(strip: str, source: Path, target: Path) -> None:
        stripped.append(source)
        target.write_bytes(_elf([".text"]))

    binaries = [
        ("libpython3.11.so.1.0", str(debug), "BINARY"),
        ("python3.11/lib-dynload/_json.cpython-311-x86_64-linux-gnu.so", str(debug), "EXTENSION"),
        ("libz.so.1", str(plain), "BINARY"),
        ("numpy.libs/libscipy_openblas64_.so", str(debug), "BINARY"),  # auditwheel's folder: never touched
        ("libpython3.so", "libpython3.11.so.1.0", "SYMLINK"),
    ]
    result = spec_common.strip_debug_info(binaries, tmp_path / "work", run=fake_strip)
    work = tmp_path / "work"
    assert result == [
        ("libpython3.11.so.1.0", str(work / "libpython3.11.so.1.0"), "BINARY"),
        (binaries[1][0], str(work / binaries[1][0]), "EXTENSION"),
        binaries[2],
        binaries[3],
        binaries[4],
    ]
    assert stripped == [debug, debug]


def test_stripping_is_linux_only(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(spec_common.sys, "platform", "win32")
    binaries = [("python311.dll", str(tmp_path / "python311.dll"), "BINARY")]
    assert spec_common.strip_debug_info(binaries, tmp_path / "work") == binaries


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or not shutil.which("gcc") or not shutil.which("strip"),
    reason="needs Linux, gcc and binutils",
)
def test_a_stripped_library_loses_its_debug_sections_and_still_works(tmp_path: Path) -> None:
    source = tmp_path / "answer.c"
    source.write_text("int answer(void) { return 42; }\n", encoding="utf-8")
    library = tmp_path / "libanswer.so"
    subprocess.run(["gcc", "-g", "-shared", "-fPIC", "-o", str(library), str(source)], check=True)
    assert spec_common.has_debug_sections(library)
    [(_dest, stripped, _kind)] = spec_common.strip_debug_info(
        [("libanswer.so", str(library), "BINARY")], tmp_path / "work"
    )
    assert not spec_common.has_debug_sections(Path(stripped))
    assert Path(stripped).stat().st_size < library.stat().st_size
    assert ctypes.CDLL(stripped).answer() == 42


def _imported_modules(package: Path) -> set[str]:
    found: set[str] = set()
    for script in package.rglob("*.py"):
        for node in ast.walk(ast.parse(script.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module)
                found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_our_code_imports_nothing_the_bundle_leaves_out() -> None:
    imported = _imported_modules(REPO / "renkei_desktop")
    excluded = spec_common.excludes()
    clashes = {name for name in imported for ex in excluded if name == ex or name.startswith(ex + ".")}
    assert clashes == set()
    assert "numpy" not in excluded and "lxml.etree" not in excluded and "_codecs_jp" not in excluded
