"""The Qt binding we ship keeps Python's reference counts right.

PySide6-Essentials 6.12.0 on Python 3.11 dropped one reference to ``None`` on every call of a method
returning nothing; after about a thousand calls the interpreter aborted (``none_dealloc``). The
pin in pyproject.toml keeps that release out; this test catches any release with the same fault.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QRectF


def test_void_methods_do_not_leak_or_steal_references_to_none() -> None:
    rect = QRectF(0, 0, 1, 1)
    before = sys.getrefcount(None)
    for _ in range(200):
        rect.setWidth(2)
    assert sys.getrefcount(None) - before in range(-5, 6)
