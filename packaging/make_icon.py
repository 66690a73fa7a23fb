"""Draw the application icon and write resources/icons/renkei-desktop.png and .ico.

    python packaging/make_icon.py          (no display needed: it paints on QImage only)

The icon is drawn from shapes only (no font, no outside artwork): two rounded-square rings in the
charts' blue and orange (renkei_desktop/charts/figures.py, Okabe-Ito palette), linked like the links
of a chain (連携: two municipalities working together), the area they share filled in sky blue.
A transparent gap separates the rings where they cross, so the link reads at every size.

Every size of the .ico is drawn at that size, with edges on whole pixels below 64 px, instead of
being scaled down from 256 px: the 16 px icon stays sharp in title bars and the taskbar.
The output is deterministic; the generated files are committed (they are our own artwork).
"""

from __future__ import annotations

import io
import math
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath

ROOT = Path(__file__).resolve().parent.parent
ICON_DIR = ROOT / "resources" / "icons"
PNG_SIZE = 256
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# The charts' palette (Okabe-Ito): readable for colour-blind users, calm on a white or dark taskbar.
BLUE = "#0072B2"
SKY = "#56B4E9"
ORANGE = "#E69F00"
# Two rounded-square rings, (left, top, right) in units of the icon's size: blue at the top left,
# orange at the bottom right, linked like the links of a chain; their shared inside is sky blue.
# Both crossings lie on straight parts of the rings (offset >= corner radius), so they stay clean.
RINGS = ((0.06, 0.06, 0.72), (0.28, 0.28, 0.94))
STROKE = 0.12  # ring width, in units of the icon's size
RADIUS = 0.17  # outer corner radius, in units of the icon's size


def _px(value: float, size: int) -> float:
    """Small icons: edges on whole pixels (crisp); large ones keep the exact proportions."""
    return float(round(value * size)) if size < 64 else value * size


def _rounded(rect: QRectF, radius: float) -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(rect, max(radius, 0.0), max(radius, 0.0))
    return path


class _Ring:
    def __init__(self, left: float, top: float, right: float, size: int):
        x, y, x2 = _px(left, size), _px(top, size), _px(right, size)
        self.outer = QRectF(x, y, x2 - x, x2 - x)
        self.width = float(max(2, round(STROKE * size))) if size < 64 else STROKE * size
        self.inner = self.outer.adjusted(self.width, self.width, -self.width, -self.width)
        self.radius = RADIUS * size

    def band(self, grow: float = 0.0) -> QPainterPath:
        """The ring itself; ``grow`` widens it on both sides (the gap cut around it)."""
        outer = _rounded(self.outer.adjusted(-grow, -grow, grow, grow), self.radius + grow)
        inner = _rounded(self.inner.adjusted(grow, grow, -grow, -grow), self.radius - self.width - grow)
        return outer.subtracted(inner)

    def inside(self) -> QPainterPath:
        return _rounded(self.inner, self.radius - self.width)


def draw_icon(size: int) -> QImage:
    """The icon drawn at ``size`` x ``size`` pixels, transparent background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    gap = max(1.0, round(size / 40)) if size < 64 else size / 40  # transparent line where rings cross
    blue, orange = (_Ring(*ring, size) for ring in RINGS)

    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)

    def ring(item: _Ring, colour: str, clip: QPainterPath | None = None) -> None:
        """Cut a gap around the ring into what lies below, then paint the ring (optionally clipped)."""
        cut, band = item.band(gap), item.band()
        if clip is not None:
            cut, band = cut.intersected(clip), band.intersected(clip)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear)
        painter.fillPath(cut, Qt.GlobalColor.transparent)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
        painter.fillPath(band, QColor(colour))

    # What both enclose, then blue, then orange over blue (top-right crossing), then blue again over
    # orange at the bottom-left crossing only: the rings are linked, neither lies on top.
    painter.fillPath(blue.inside().intersected(orange.inside()), QColor(SKY))
    ring(blue, BLUE)
    ring(orange, ORANGE)
    # Orange's left side crossing blue's bottom side, with the gaps around it; on whole pixels, so that
    # the clip's edges leave no antialiasing seam in the blue.
    left, top = math.floor(orange.outer.left() - gap), math.floor(blue.inner.bottom() - gap)
    right, bottom = math.ceil(orange.inner.left() + gap), math.ceil(blue.outer.bottom() + gap)
    crossing = QPainterPath()
    crossing.addRect(QRectF(left, top, right - left, bottom - top))
    ring(blue, BLUE, clip=crossing)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def write_png(path: Path, size: int = PNG_SIZE) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(png_bytes(draw_icon(size)))
    return path


def write_ico(path: Path, sizes: tuple[int, ...] = ICO_SIZES) -> Path:
    """A multi-size .ico (Pillow) holding each size as drawn at that size."""
    from PIL import Image

    frames = [Image.open(io.BytesIO(png_bytes(draw_icon(size)))).convert("RGBA") for size in sizes]
    largest = frames[-1]
    path.parent.mkdir(parents=True, exist_ok=True)
    largest.save(path, format="ICO", sizes=[(s, s) for s in sizes], append_images=frames[:-1])
    return path


def main() -> int:
    for written in (write_png(ICON_DIR / "renkei-desktop.png"), write_ico(ICON_DIR / "renkei-desktop.ico")):
        print(f"wrote {written.relative_to(ROOT)} ({written.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
