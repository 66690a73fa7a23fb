"""Charts (matplotlib Figures) rendered for print: raw RGB for the PDF writer, PNG for Word and HTML.

The Agg backend is used directly (never pyplot). Each rendering is cached on the ``Figure`` block, so a
print preview that repaints does not draw the chart again.
"""

from __future__ import annotations

import io

from .document import Figure


def figure_rgb(block: Figure) -> tuple[int, int, bytes]:
    """(width, height, RGB888 bytes) of the chart at ``block.dpi``, composited on white."""
    cached = block.cache.get("rgb")
    if cached is not None:
        return cached
    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    figure = block.figure
    previous_canvas, previous_dpi = figure.canvas, figure.dpi
    try:
        canvas = FigureCanvasAgg(figure)
        figure.dpi = block.dpi
        canvas.draw()
        rgba = np.asarray(canvas.buffer_rgba())
    finally:
        figure.dpi = previous_dpi
        figure.set_canvas(previous_canvas)
    height, width = rgba.shape[:2]
    if rgba[..., 3].min() == 255:  # an opaque figure (the usual white face): just drop alpha
        rgb = rgba[..., :3]
    else:
        alpha = rgba[..., 3:4].astype(np.uint16)
        rgb = ((rgba[..., :3].astype(np.uint16) * alpha + 255 * (255 - alpha)) // 255).astype(np.uint8)
    result = (width, height, np.ascontiguousarray(rgb).tobytes())
    block.cache["rgb"] = result
    return result


def figure_png(block: Figure) -> bytes:
    """The chart as PNG at ``block.dpi`` (white background)."""
    cached = block.cache.get("png")
    if cached is not None:
        return cached
    buffer = io.BytesIO()
    block.figure.savefig(buffer, format="png", dpi=block.dpi, facecolor="white")
    data = buffer.getvalue()
    block.cache["png"] = data
    return data
