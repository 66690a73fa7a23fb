"""Loading matplotlib for the charts: once, as cheaply as possible, and safely from a worker thread.

matplotlib is the slowest import of the app (about 0.7 s on a town-hall PC, more on the first start of
a fresh install when it builds its font list). The charts import it through :func:`load`, and the app
calls :func:`preload` on a worker thread a moment after the first screen is ready, so that the グラフ
page usually finds it loaded (app/gui.py).

One import-time cost is skipped: for every Artist subclass matplotlib writes the list of all its
properties into the docstring of ``set`` (``matplotlib.artist.kwdoc``, about a fifth of the import).
Nobody reads those docstrings in a desktop app, so ``kwdoc`` returns an empty text while matplotlib
is being imported and is put back right after. Only documentation strings change.
"""

from __future__ import annotations

import sys
import threading

_lock = threading.RLock()


def _no_kwdoc(artist: object) -> str:
    return ""


def load() -> None:
    """Import the matplotlib modules the charts use (no pyplot, no GUI backend)."""
    if "matplotlib.figure" in sys.modules and "matplotlib.backends.backend_agg" in sys.modules:
        return
    with _lock:
        import matplotlib.artist

        original = matplotlib.artist.kwdoc
        matplotlib.artist.kwdoc = _no_kwdoc
        try:
            import matplotlib.backends.backend_agg
            import matplotlib.figure  # noqa: F401
        finally:
            matplotlib.artist.kwdoc = original


def preload() -> None:
    """Everything the first chart needs before it can draw: matplotlib, the figure builders and the
    Japanese font registered with matplotlib (which reads or builds matplotlib's font list), and one
    small figure drawn off screen, which loads the font files and fills matplotlib's font caches."""
    load()
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from . import figures  # noqa: F401
    from .fonts import register_japanese_font

    register_japanese_font()
    figure = Figure(figsize=(2, 1), dpi=50)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    axes.set_title("業務量")  # bold, as the charts' titles
    axes.text(0, 0, "千円 人工 0123456789")
    axes.bar([0], [1], hatch="//")
    figure.canvas.draw()
