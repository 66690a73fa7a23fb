"""PyInstaller run-time hook: start-up time marks for benchmarks/packaged_startup.py.

Inert unless the environment variable RENKEI_STARTUP_PROBE names a file (cost: one environment
lookup). When set, it appends "<mark> <time.perf_counter()>" lines to that file:
  interpreter  the frozen interpreter runs our first Python line
  visible      the first main window (QMainWindow) was exposed and its first frame painted
  catalogue    a visible table in that window holds >= RENKEI_STARTUP_PROBE_ROWS rows (default 20)
and ends the process once the mark in RENKEI_STARTUP_PROBE_WAIT ("visible" or "catalogue") is written.
The same hook is built into the app and into the bare-window baseline, so both are measured alike.
"""


def _install_probe() -> None:
    import os

    path = os.environ.get("RENKEI_STARTUP_PROBE")
    if not path:
        return
    import time

    wait_for = os.environ.get("RENKEI_STARTUP_PROBE_WAIT", "catalogue")
    min_rows = int(os.environ.get("RENKEI_STARTUP_PROBE_ROWS", "20"))
    seen: set[str] = set()

    def mark(name: str) -> None:
        if name in seen:
            return
        seen.add(name)
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(f"{name} {time.perf_counter():.6f}\n")
        if name == wait_for:
            os._exit(0)  # benchmark only: skip teardown, the timing is what matters

    mark("interpreter")
    from PySide6 import QtCore, QtWidgets  # the app and the baseline import these anyway

    class _Watcher(QtCore.QObject):
        """Watches the first main window: expose -> 'visible', then polls its tables for rows."""

        def __init__(self, window: QtWidgets.QMainWindow) -> None:
            super().__init__(window)
            self.window = window
            self.timer = QtCore.QTimer(self)
            self.timer.setInterval(5)
            self.timer.timeout.connect(self.poll_tables)
            handle = window.windowHandle()
            (handle or window).installEventFilter(self)
            if handle is not None and handle.isExposed():  # some platforms expose during show()
                QtCore.QTimer.singleShot(0, self.on_visible)

        def eventFilter(self, obj, event):  # noqa: N802, ANN001 - Qt override
            if event.type() == QtCore.QEvent.Type.Expose and "visible" not in seen:
                # the expose is handled (painted and flushed) after this filter returns
                QtCore.QTimer.singleShot(0, self.on_visible)
            return False

        def on_visible(self) -> None:
            mark("visible")
            self.timer.start()
            self.poll_tables()

        def poll_tables(self) -> None:
            for view in self.window.findChildren(QtWidgets.QTableView):
                model = view.model()
                if view.isVisible() and model is not None and model.rowCount() >= min_rows:
                    self.timer.stop()
                    QtCore.QTimer.singleShot(0, lambda: mark("catalogue"))
                    return

    originals = {name: getattr(QtWidgets.QWidget, name) for name in ("show", "showMaximized", "showNormal")}

    def patched(name: str):  # noqa: ANN202
        def show(self, *args):  # noqa: ANN001, ANN002
            result = originals[name](self, *args)
            if isinstance(self, QtWidgets.QMainWindow):
                for original_name, original in originals.items():
                    setattr(QtWidgets.QWidget, original_name, original)
                self._renkei_startup_probe = _Watcher(self)
            return result

        return show

    for name in originals:
        setattr(QtWidgets.QWidget, name, patched(name))


_install_probe()
del _install_probe
