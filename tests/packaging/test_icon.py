"""The application icon: packaging/make_icon.py draws it, resources/icons/ holds the committed files,
the app sets it as the window icon, the Windows build embeds the .ico."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import make_icon
import numpy as np
import pytest
import spec_common
from PIL import Image
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage

from renkei_desktop.app import gui
from renkei_desktop.paths import resource

ROOT = Path(__file__).resolve().parents[2]
PNG = resource("icons", "renkei-desktop.png")
ICO = resource("icons", "renkei-desktop.ico")


def _rgba(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    return np.frombuffer(bytes(image.constBits()), dtype=np.uint8).reshape(image.height(), image.width(), 4)


def test_the_window_icon_loads_with_16_and_256_px_sizes(qapp) -> None:  # noqa: ANN001
    icon = gui.app_icon()
    assert not icon.isNull()
    sizes = {size.width() for size in icon.availableSizes()}
    assert {16, 256} <= sizes
    assert icon.pixmap(QSize(16, 16)).size() == QSize(16, 16)


def test_the_png_is_256_px_with_a_transparent_background(qapp) -> None:  # noqa: ANN001
    image = QImage(str(PNG))
    assert (image.width(), image.height()) == (256, 256)
    assert image.hasAlphaChannel()
    assert image.pixelColor(0, 0).alpha() == 0 and image.pixelColor(255, 255).alpha() == 0


def test_the_ico_holds_every_size_windows_asks_for() -> None:
    with Image.open(ICO) as ico:
        assert ico.info["sizes"] == {(s, s) for s in make_icon.ICO_SIZES}
        assert {16, 24, 32, 48, 64, 128, 256} == set(make_icon.ICO_SIZES)


def test_committed_icon_matches_the_generator(qapp) -> None:  # noqa: ANN001
    """Edit make_icon.py, then run it: the committed PNG must be what it draws (within rounding)."""
    committed, drawn = _rgba(QImage(str(PNG))).astype(int), _rgba(make_icon.draw_icon(256)).astype(int)
    assert np.abs(committed - drawn).max() <= 8, "run: python packaging/make_icon.py"


def test_the_16_px_icon_is_drawn_for_16_px_in_blue_and_orange(qapp) -> None:  # noqa: ANN001
    image = make_icon.draw_icon(16)
    assert (image.width(), image.height()) == (16, 16)
    colours = {
        image.pixelColor(x, y).name()
        for x in range(16)
        for y in range(16)
        if image.pixelColor(x, y).alpha() == 255
    }
    assert {QColor(make_icon.BLUE).name(), QColor(make_icon.ORANGE).name()} <= colours
    assert image.pixelColor(0, 15).alpha() == 0  # the corners stay transparent


def test_create_application_sets_the_window_icon(tmp_path: Path) -> None:
    script = (
        "import sys\nfrom pathlib import Path\nfrom renkei_desktop.app import gui\n"
        "from renkei_desktop.app.locations import resolve_locations\n"
        "app = gui.create_application(sys.argv[:1], resolve_locations(Path(sys.argv[1])), None)\n"
        "print(sorted(s.width() for s in app.windowIcon().availableSizes()))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path)], env=env, capture_output=True,
                            text=True, timeout=120)  # fmt: skip
    assert result.returncode == 0, result.stderr
    # The 256 px PNG before the first paint (0.2 ms); run_gui sets the .ico with every size after it.
    assert result.stdout.strip() == "[256]"


def test_the_windows_exe_embeds_the_ico(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spec_common.sys, "platform", "win32")
    assert spec_common.icon_file() == str(ROOT / "resources" / "icons" / "renkei-desktop.ico")


def test_the_installer_uses_the_ico() -> None:
    iss = (ROOT / "packaging" / "installer" / "renkei_desktop.iss").read_text(encoding="utf-8")
    assert r"SetupIconFile={#SourceDir}\_internal\resources\icons\renkei-desktop.ico" in iss
    assert (ROOT / "resources" / "icons" / "renkei-desktop.ico").is_file()  # the bundle copies resources/


@pytest.mark.skipif(sys.platform == "win32", reason="install-user.sh is the Linux installer")
def test_the_linux_menu_entry_points_at_the_bundled_png(tmp_path: Path) -> None:
    folder, home = tmp_path / "renkei-desktop", tmp_path / "home"
    folder.mkdir()
    home.mkdir()
    (folder / "renkei-desktop").write_text("#!/bin/sh\n", encoding="utf-8")
    template = (ROOT / "packaging" / "linux" / "renkei-desktop.desktop").read_text(encoding="utf-8")
    (folder / "renkei-desktop.desktop").write_text(template, encoding="utf-8")
    shutil.copy(ROOT / "packaging" / "linux" / "install-user.sh", folder)
    env = {"PATH": os.environ["PATH"], "HOME": str(home)}
    subprocess.run(
        ["sh", str(folder / "install-user.sh")], env=env, capture_output=True, check=True, timeout=60
    )
    entry = (home / ".local" / "share" / "applications" / "renkei-desktop.desktop").read_text(
        encoding="utf-8"
    )
    installed = home / ".local" / "opt" / "renkei-desktop"
    assert f"Icon={installed}/_internal/resources/icons/renkei-desktop.png" in entry.splitlines()
