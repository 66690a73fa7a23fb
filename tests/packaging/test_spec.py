"""The .spec files parse and say what the issue asks: one-folder, windowed, no UPX/strip, Qt trimmed,
matplotlib's QtAgg via hook options, everything bundle_root() expects bundled. No build needed."""

from __future__ import annotations

from pathlib import Path

import fonts
import pytest
import spec_common

from tests.packaging.helpers import run_spec

pytest.importorskip("PyInstaller")  # the spec uses PyInstaller.utils.hooks.collect_data_files

REPO = Path(__file__).resolve().parents[2]
APP_SPEC = REPO / "packaging" / "renkei_desktop.spec"
BARE_SPEC = REPO / "packaging" / "baseline" / "bare_window.spec"


@pytest.fixture
def only_test_fonts(monkeypatch: pytest.MonkeyPatch, ofl_font_dir: Path) -> Path:
    monkeypatch.setenv("RENKEI_FONT_DIR", str(ofl_font_dir))
    monkeypatch.setattr(fonts, "DEBIAN_DIRS", {})
    return ofl_font_dir


@pytest.fixture
def app_spec(only_test_fonts: Path, tmp_path: Path) -> dict:
    return run_spec(APP_SPEC, tmp_path / "work")


def test_app_is_one_folder_windowed_without_upx_or_strip(app_spec: dict) -> None:
    exe, coll = app_spec["EXE"].kwargs, app_spec["COLLECT"].kwargs
    assert exe["exclude_binaries"] is True  # one-folder
    assert exe["name"] == coll["name"] == "renkei-desktop"
    assert exe["console"] is False
    assert exe["upx"] is False and coll["upx"] is False
    assert exe["strip"] is False and coll["strip"] is False


def test_qt_is_trimmed_and_matplotlib_uses_qtagg(app_spec: dict) -> None:
    analysis = app_spec["Analysis"].kwargs
    assert analysis["hooksconfig"] == {"matplotlib": {"backends": ["QtAgg"]}}
    excludes = set(analysis["excludes"])
    for module in ("QtQml", "QtQuick", "QtWebEngineCore", "Qt3DCore", "QtMultimedia", "QtDesigner", "QtHelp",
                   "QtSql", "QtTest", "QtNetwork"):  # fmt: skip
        assert f"PySide6.{module}" in excludes
    for module in spec_common.QT_KEEP:
        assert f"PySide6.{module}" not in excludes


def test_bundle_carries_resources_migrations_master_data_and_fonts(app_spec: dict) -> None:
    datas = {(Path(src).name, dest.replace("\\", "/")) for src, dest in app_spec["Analysis"].kwargs["datas"]}
    assert ("env.py", "db/migrations") in datas
    assert ("script.py.mako", "db/migrations") in datas
    assert ("0001_initial_schema.py", "db/migrations/versions") in datas
    assert ("municipalities.json", "japancode/data") in datas
    assert ("prefectures.json", "japancode/data") in datas
    assert ("BIZUDGothic-Regular.ttf", "resources/fonts") in datas
    assert ("BIZUDGothic-LICENSE.txt", "resources/fonts") in datas
    assert any(dest.startswith("resources") and name.endswith(".json") for name, dest in datas)
    assert ("index.html", "resources/help/ja") in datas  # the manual (ヘルプ → 使い方), each language
    assert ("index.html", "resources/help/en") in datas
    assert not [name for name, _ in datas if name.endswith(".pyc")]


def test_migration_imports_are_hidden_imports(app_spec: dict) -> None:
    hidden = set(app_spec["Analysis"].kwargs["hiddenimports"])
    assert {"alembic.op", "alembic.context", "sqlalchemy", "renkei_desktop.storage.tables"} <= hidden


def test_every_app_module_is_bundled_even_when_imported_by_name(app_spec: dict) -> None:
    hidden = set(app_spec["Analysis"].kwargs["hiddenimports"])
    package = REPO / "renkei_desktop"
    modules = {
        ".".join(p.relative_to(REPO).with_suffix("").parts)
        for p in package.rglob("*.py")
        if p.name != "__init__.py"
    }
    assert modules - hidden == set()


def test_the_spec_stops_without_a_licensed_font(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(fonts, "candidate_dirs", lambda: [])
    with pytest.raises(SystemExit, match="no SIL OFL Japanese font"):
        run_spec(APP_SPEC, tmp_path / "work")


def test_pyinstallers_mplconfig_hook_is_replaced(app_spec: dict) -> None:
    scripts = dict((name, path) for name, path, _ in app_spec["EXE"].args[1])
    assert scripts["pyi_rth_mplconfig"].endswith("rthook_mplconfig.py")
    assert app_spec["Analysis"].kwargs["runtime_hooks"][0].endswith("rthook_startup_probe.py")


def test_baseline_is_built_the_same_way(app_spec: dict, tmp_path: Path) -> None:
    bare = run_spec(BARE_SPEC, tmp_path / "bare")
    for key in ("hooksconfig", "excludes", "runtime_hooks", "noarchive", "optimize"):
        assert bare["Analysis"].kwargs[key] == app_spec["Analysis"].kwargs[key], key
    for key in ("exclude_binaries", "console", "upx", "strip"):
        assert bare["EXE"].kwargs[key] == app_spec["EXE"].kwargs[key], key
    assert bare["EXE"].kwargs["name"] == "bare-window"
