"""Build settings shared by the app's spec and the bare-window baseline spec.

Both executables are built the same way (one-folder, windowed, no UPX, no PyInstaller strip, the
same Qt and Python exclusions, debug sections removed on Linux, the same run-time hooks), so the
start-up benchmark compares like with like.
Imported by the .spec files (which PyInstaller executes) and by the unit tests.
"""

from __future__ import annotations

import ast
import importlib.util
import posixpath
import shutil
import struct
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path, PurePath

PACKAGING_DIR = Path(__file__).resolve().parent
REPO_ROOT = PACKAGING_DIR.parent
HOOKS_DIR = PACKAGING_DIR / "hooks"

# Qt bindings the app uses (QtSvg* for icons, QtPrintSupport for printing and PDF).
QT_KEEP = frozenset({"QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtSvg", "QtSvgWidgets"})
# Everything else PySide6 (Essentials or Addons) may offer is excluded, listed explicitly so that
# an accidental import fails loudly in the smoke test instead of growing the bundle.
# QtNetwork is excluded on purpose: the app never uses the network.
QT_EXCLUDE = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender", "QtAxContainer",
    "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization", "QtDBus", "QtDesigner", "QtGraphs",
    "QtGraphsWidgets", "QtHelp", "QtHttpServer", "QtLabsStyleKit", "QtLocation", "QtMultimedia",
    "QtMultimediaWidgets", "QtNetwork", "QtNetworkAuth", "QtNfc", "QtOpenGL", "QtOpenGLWidgets", "QtPdf",
    "QtPdfWidgets", "QtPositioning", "QtQml", "QtQmlFeatures", "QtQuick", "QtQuick3D", "QtQuickControls2",
    "QtQuickTest", "QtQuickWidgets", "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort",
    "QtSpatialAudio", "QtSql", "QtStateMachine", "QtTest", "QtTextToSpeech", "QtUiTools", "QtWebChannel",
    "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml",
)  # fmt: skip
# Python modules left out of the bundle, by reason. Each list names only what the running app never
# imports (checked by the built app's smoke test; tests/packaging/test_spec_common.py checks that our own
# code imports none of them). Windows builds use the same lists.
# Developer and interactive tools: tests, IPython, Tk; pygments (mako only highlights template errors
# with it and falls back to plain escaping), rich/markdown-it (collected by a hook, never imported);
# readline serves interactive prompts (pdb, code) and pulls libreadline and libtinfo.
DEV_TOOLS_EXCLUDE = (
    "tkinter", "_tkinter", "PySide6.scripts", "pytest", "pytestqt", "hypothesis", "IPython",
    "pygments", "rich", "markdown_it", "mdurl", "readline",
)  # fmt: skip
# TLS: the app never uses the network; asyncio, http.client and urllib import ssl only if present.
# Leaving it out also drops libssl (OpenSSL's libcrypto stays for hashlib).
NETWORK_EXCLUDE = ("ssl", "_ssl")
# Pillow only writes PNG for matplotlib: no AVIF/WebP codecs, no Tk, no fonts (matplotlib has its
# own FreeType), no colour management. Their extension modules pull in ~10 MB of libraries.
PILLOW_EXCLUDE = (
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin", "PIL.ImageTk", "PIL._imagingtk",
    "PIL.ImageQt", "PIL._imagingft", "PIL.ImageFont", "PIL._imagingcms", "PIL.ImageCms",
)  # fmt: skip
# NumPy's test suite and Fortran wrapper generator, and numpy.random (3.7 MB of extensions): NumPy
# imports it lazily and neither our code nor matplotlib's drawing uses random numbers. NumPy's
# OpenBLAS (numpy.libs) must stay: numpy's core extension links to it, so `import numpy` needs it.
NUMPY_EXCLUDE = ("numpy.f2py", "numpy.tests", "numpy.random")
# lxml beyond lxml.etree: python-docx and openpyxl use only etree; objectify, the HTML tools, SAX,
# the E-factory and Schematron add ~4 MB.
LXML_EXCLUDE = (
    "lxml.objectify", "lxml.html", "lxml.html5parser", "lxml.cssselect", "lxml.sax", "lxml.builder",
    "lxml.isoschematron", "lxml.ElementInclude",
)  # fmt: skip
# Chinese and Korean codecs: our files are UTF-8, UTF-16, cp932 or EUC-JP (services/exchange/encoding.py;
# _codecs_jp stays). On Windows these codecs are built into python311.dll, so this changes nothing there.
CODECS_EXCLUDE = ("_codecs_kr", "_codecs_cn", "_codecs_tw", "_codecs_hk")
MATPLOTLIB_EXCLUDE = ("matplotlib.tests",)  # its test suite
PYTHON_EXCLUDE = (
    DEV_TOOLS_EXCLUDE + NETWORK_EXCLUDE + PILLOW_EXCLUDE + NUMPY_EXCLUDE + LXML_EXCLUDE + CODECS_EXCLUDE
    + MATPLOTLIB_EXCLUDE
)  # fmt: skip

# Qt plugins we drop after analysis, relative to Qt's plugin folder ("libq…" on Linux, "q…" on
# Windows): embedded-device platforms, the VNC server platform and the TUIO touch input (both listen on
# the network), QtNetwork's TLS and network-information back-ends, and the GTK3 theme (it would mix the
# build machine's GTK libraries with the user's). The shared libraries only they needed go too (see
# prune_unreferenced_libraries). Kept: xcb, wayland, offscreen and minimal platforms (windows on
# Windows, with its style plugin), the IME input contexts, the xdg portal theme, CUPS print support,
# the SVG icon engine.
DROP_QT_PLUGINS = (
    "platforms/libqvnc", "platforms/qvnc", "platforms/libqeglfs", "platforms/libqlinuxfb",
    "platforms/libqminimalegl", "platforms/libqvkkhrdisplay", "egldeviceintegrations/", "generic/",
    "tls/", "networkinformation/", "qmltooling/", "sqldrivers/", "designer/", "platformthemes/libqgtk3",
)  # fmt: skip
# Image formats the app never reads or writes. PNG is built into QtGui; the SVG, JPEG, GIF and ICO
# plugins stay (ICO: the window icon is resources/icons/renkei-desktop.ico).
UNUSED_IMAGE_FORMATS = ("tiff", "webp", "wbmp", "tga", "icns")
DROP_QT_PLUGINS += tuple(
    f"imageformats/{prefix}q{name}" for name in UNUSED_IMAGE_FORMATS for prefix in ("lib", "")
)
# Qt's own translations: the app speaks Japanese (and English for tests), the rest is dead weight.
KEEP_QT_LANGUAGES = ("ja", "en")
KEEP_QT_CATALOGUES = ("qt", "qtbase")  # qt_ja.qm (meta catalogue) and qtbase_ja.qm, not qt_help, ...

BUILD_OPTIONS = {"upx": False, "strip": False, "console": False}
HOOKSCONFIG = {"matplotlib": {"backends": ["QtAgg"]}}


def excludes() -> list[str]:
    assert not QT_KEEP & set(QT_EXCLUDE), "a kept Qt module is also excluded"
    return [f"PySide6.{name}" for name in QT_EXCLUDE] + list(PYTHON_EXCLUDE)


def runtime_hooks() -> list[str]:
    """Our run-time hooks (they run before PyInstaller's own ones)."""
    return [str(HOOKS_DIR / "rthook_startup_probe.py")]


def migration_imports(migrations_dir: Path) -> list[str]:
    """Modules imported by Alembic's env.py and the revision files.

    Alembic loads them from source files at run time, so PyInstaller's analysis never sees their
    imports; we list them as hidden imports (including those of migrations added later).
    """
    found: set[str] = set()
    for script in sorted(migrations_dir.rglob("*.py")):
        for node in ast.walk(ast.parse(script.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module)
                found.update(
                    f"{node.module}.{alias.name}"
                    for alias in node.names
                    if _is_module(node.module, alias.name)
                )
    return sorted(name for name in found if name.split(".")[0] != "__future__")


def _is_module(package: str, name: str) -> bool:
    """``from package import name``: is ``name`` a submodule (``alembic.op``) or an attribute (``SQLModel``)?"""
    if name == "*" or package == "__future__":
        return False
    try:
        return importlib.util.find_spec(f"{package}.{name}") is not None
    except (ImportError, ValueError):
        return False


def tree_datas(
    source: Path, target: str, skip_suffixes: tuple[str, ...] = (".pyc", ".ts", ".pro")
) -> list[tuple[str, str]]:
    """Every file under ``source`` as PyInstaller ``datas`` (file, destination folder), caches skipped."""
    entries = []
    for path in sorted(source.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix not in skip_suffixes:
            rel_parent = path.parent.relative_to(source)
            entries.append((str(path), str(PurePath(target, rel_parent))))
    return entries


def _qt_relative(dest: str) -> str | None:
    """'PySide6/Qt/plugins/tls/libqopensslbackend.so' -> 'plugins/tls/...'; None outside Qt."""
    parts = PurePath(dest).parts
    for i in range(len(parts) - 1):
        if parts[i] == "PySide6" and parts[i + 1] == "Qt":
            return "/".join(parts[i + 2 :])
        if parts[i] == "PySide6" and parts[i + 1] in ("plugins", "translations"):  # Windows wheel layout
            return "/".join(parts[i + 1 :])
    return None


# matplotlib's data we keep: its style sheet, toolbar images and the DejaVu fonts it falls back to
# (our charts use BIZ UD Gothic); not its sample data or the ~8 MB of other fonts.
MPL_KEEP_FONTS = (
    "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf",
    "DejaVuSansDisplay.ttf", "DejaVuSansMono.ttf", "LICENSE_DEJAVU",
    "LastResortHE-Regular.ttf",  # matplotlib >= 3.10 opens it by path as the last fallback
)  # fmt: skip


def _keep_mpl_data(dest: str) -> bool:
    parts = PurePath(dest).parts
    if "mpl-data" not in parts:
        return True
    rel = parts[parts.index("mpl-data") + 1 :]
    if rel[:1] == ("sample_data",):
        return False
    if rel[:1] == ("fonts",):
        return rel[-1] in MPL_KEEP_FONTS
    return True


def keep_toc_entry(dest: str) -> bool:
    """False for bundled files we deliberately drop (unused Qt plugins and translations, mpl data)."""
    if not _keep_mpl_data(dest):
        return False
    rel = _qt_relative(dest)
    if rel is None:
        return True
    if rel.startswith("plugins/"):
        plugin = rel[len("plugins/") :]
        return not any(plugin.startswith(prefix) for prefix in DROP_QT_PLUGINS)
    if rel.startswith("translations/") and rel.endswith(".qm"):
        catalogue, _, language = PurePath(rel).stem.rpartition("_")  # qtbase_ja -> qtbase, ja
        return catalogue in KEEP_QT_CATALOGUES and language in KEEP_QT_LANGUAGES
    return True


def filter_toc(toc: list) -> list:
    return [entry for entry in toc if keep_toc_entry(entry[0])]


def _is_root_binary(entry: tuple) -> bool:
    """Binaries kept whatever references them: Python extensions, Qt plugins, the Python library."""
    dest, _src, kind = entry
    name = PurePath(dest).name.lower()
    rel = _qt_relative(dest) or ""
    if kind == "SYMLINK":
        return False
    return kind != "BINARY" or rel.startswith("plugins/") or name.startswith(("libpython", "python3"))


def prune_unreferenced_libraries(binaries: list) -> list:
    """Drop shared libraries that no kept binary links to (directly or through another library).

    PyInstaller collected the dependencies of the plugins we dropped; this removes the ones nothing
    else needs (e.g. QtNetwork, the EGLFS libraries, GTK's cairo/pango), and the symbolic links
    PyInstaller made to them. Linux only: on Windows the Qt DLLs are few and some are loaded by name.
    """
    if not sys.platform.startswith("linux"):
        return binaries
    from PyInstaller.depend.bindepend import get_imports

    by_name = {PurePath(entry[0]).name: entry for entry in binaries if entry[2] == "BINARY"}
    kept: set[str] = set()
    pending = [entry for entry in binaries if _is_root_binary(entry)]
    while pending:
        dest, src, _kind = pending.pop()
        if dest in kept:
            continue
        kept.add(dest)
        for name, _path in get_imports(src) if Path(src).is_file() else []:
            dependency = by_name.get(PurePath(name).name)
            if dependency is not None and dependency[0] not in kept:
                pending.append(dependency)

    def keep(entry: tuple) -> bool:
        dest, src, kind = entry
        if kind == "SYMLINK":
            return _link_target(dest, src) in kept
        return dest in kept

    return [entry for entry in binaries if keep(entry)]


def has_debug_sections(path: Path) -> bool:
    """True for a 64-bit ELF file with DWARF sections (.debug_info, ...); False for anything else."""
    try:
        with Path(path).open("rb") as handle:
            header = handle.read(64)
            if len(header) < 64 or header[:4] != b"\x7fELF" or header[4] != 2:  # ELFCLASS64 only
                return False
            order = "<" if header[5] == 1 else ">"
            (table_offset,) = struct.unpack_from(order + "Q", header, 0x28)
            entry_size, count, names_index = struct.unpack_from(order + "HHH", header, 0x3A)
            if not table_offset or not count or names_index >= count:
                return False
            handle.seek(table_offset + names_index * entry_size + 0x18)  # sh_offset, sh_size
            names_offset, names_size = struct.unpack(order + "QQ", handle.read(16))
            handle.seek(names_offset)
            return b".debug_" in handle.read(min(names_size, 1 << 20))
    except (OSError, struct.error):
        return False


def _run_strip(strip: str, source: Path, target: Path) -> None:
    subprocess.run([strip, "--strip-debug", "-o", str(target), str(source)], check=True)


def strip_debug_info(
    binaries: list, workdir: Path, run: Callable[[str, Path, Path], None] = _run_strip
) -> list:
    """Linux: bundle copies of the ELF files that carry debug information, without it.

    The build machine's Python (pyenv/source builds: libpython, lib-dynload) and some wheels
    (SQLAlchemy's Cython modules, kiwisolver, Pillow) ship with DWARF sections: about 40 MB that no
    running program reads. ``strip --strip-debug`` removes only those sections (code, symbols and
    dynamic linking are untouched), on copies in ``workdir``. This is not PyInstaller's ``strip``
    option (a full strip of every binary, which breaks NumPy's auditwheel libraries): the vendored
    ``*.libs`` folders are never touched. A no-op on Windows (DLLs carry no DWARF) and when binutils'
    ``strip`` is missing (the size budget then says so).
    """
    if not sys.platform.startswith("linux"):
        return binaries
    strip = shutil.which("strip")
    if strip is None:
        print("[renkei spec] strip (binutils) not found: debug information stays in the bundle")
        return binaries
    result = []
    for dest, src, kind in binaries:
        folders = PurePath(dest).parts[:-1]
        if (
            kind != "SYMLINK"
            and not any(part.endswith(".libs") for part in folders)
            and has_debug_sections(src)
        ):
            target = Path(workdir, dest)  # stripped again at every build (a few seconds): never stale
            target.parent.mkdir(parents=True, exist_ok=True)
            run(strip, Path(src), target)
            src = str(target)
        result.append((dest, src, kind))
    return result


def _link_target(dest: str, src: str) -> str:
    """A SYMLINK entry's target as a bundle path (src is relative to the link's folder)."""
    return posixpath.normpath(
        posixpath.join(posixpath.dirname(dest.replace("\\", "/")), src.replace("\\", "/"))
    )


def drop_dangling_symlinks(datas: list, binaries: list) -> list:
    """PyInstaller lists its symbolic links (e.g. libQt6Network.so.6 -> PySide6/Qt/lib/...) among the
    datas; drop those whose target we removed."""
    present = {entry[0].replace("\\", "/") for entry in binaries + datas if entry[2] != "SYMLINK"}
    return [e for e in datas if e[2] != "SYMLINK" or _link_target(e[0], e[1]) in present]


def replace_mplconfig_hook(scripts: list) -> list:
    """Swap PyInstaller's matplotlib hook (a throw-away temp config dir, +0.5 s per launch to rebuild
    the font cache) for ours (a persistent per-user folder). A no-op while matplotlib is not bundled."""
    ours = str(HOOKS_DIR / "rthook_mplconfig.py")
    return [
        (name, ours, kind) if name == "pyi_rth_mplconfig" else (name, path, kind)
        for name, path, kind in scripts
    ]


# PyInstaller run-time hooks we leave out. pyi_rth_multiprocessing comes with multiprocessing (which
# concurrent.futures can import) and makes frozen child processes work; it imports multiprocessing,
# multiprocessing.spawn and subprocess before the app's first line, about 10-20 ms of every start before
# the window can be painted. The app starts no processes (a test checks the sources), so it is dropped.
DROPPED_RUNTIME_HOOKS = ("pyi_rth_multiprocessing",)


def drop_runtime_hooks(scripts: list) -> list:
    """The run-time hooks and scripts of the analysis without those in DROPPED_RUNTIME_HOOKS."""
    return [entry for entry in scripts if entry[0] not in DROPPED_RUNTIME_HOOKS]


def icon_file() -> str | None:
    """The Windows/macOS icon, once the project has one (resources/icons/renkei-desktop.ico)."""
    ico = REPO_ROOT / "resources" / "icons" / "renkei-desktop.ico"
    return str(ico) if ico.is_file() and sys.platform == "win32" else None
