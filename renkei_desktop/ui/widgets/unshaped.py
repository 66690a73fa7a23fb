"""Long tables draw their text without OpenType shaping where the script does not need it.

``QFont.PreferNoShaping`` skips HarfBuzz for text whose script needs no shaping (Japanese, digits,
Latin): kerning and ligatures are left out, which BIZ UD fonts do not use for these cells, so the
cells look the same (tests/ui/test_unshaped_tables.py compares the pixels), while a repaint costs about
a fifth less (docs/benchmarks.md). Scripts that need shaping are still shaped. Only this attribute is
set on the widget's font, so the family and the size keep following the application font (the zoom).
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget


def prefer_unshaped_text(widget: QWidget) -> None:
    font = QFont()  # nothing set: everything else is inherited
    font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    widget.setFont(font)
