"""packaging/spec_common.py: what is dropped from the bundle, and what Alembic's files import."""

from __future__ import annotations

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
