"""A list of reasons in plain sentences; a missing figure gets a button that leads to where it is entered."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


@dataclass(frozen=True)
class ReasonEntry:
    text: str
    level: int = 0  # 0: a reason; 1: a criterion under it
    missing: tuple[str, str] | None = None  # (municipality code, StatKind value) to enter
    button_label: str = ""  # accessible name of the button, naming the town and the figure
    bold: bool = False


class ReasonList(QWidget):
    """Sentences one under the other, word-wrapped; ``enter_figure(code, stat)`` from the buttons."""

    enter_figure = Signal(str, str)

    def __init__(self, parent: QWidget | None = None, *, buttons_below: bool = False):
        super().__init__(parent)
        self._buttons_below = buttons_below  # for narrow panels: the text keeps the full width
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._entries: list[ReasonEntry] = []
        self._rows: list[QWidget] = []
        self.buttons: list[QPushButton] = []

    def set_entries(self, entries: list[ReasonEntry]) -> None:
        for row in self._rows:
            self._layout.removeWidget(row)
            row.hide()  # not painted at its old place until it is deleted
            row.deleteLater()
        self._rows = []
        self.buttons = []
        self._entries = list(entries)
        for entry in self._entries:
            row = QWidget(self)
            line = QVBoxLayout(row) if self._buttons_below else QHBoxLayout(row)
            line.setContentsMargins(self._indent(entry.level), 0, 0, 0)
            label = QLabel(entry.text, row)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setProperty("level", entry.level)
            if entry.bold:
                font = label.font()
                font.setBold(True)
                label.setFont(font)
            line.addWidget(label, 1)
            if entry.missing is not None:
                button = QPushButton(self.tr("市町村のページで入力…"), row)
                button.setObjectName("enter_figure")
                button.setAccessibleName(entry.button_label or entry.text)
                button.setToolTip(entry.button_label or entry.text)
                code, stat = entry.missing
                button.clicked.connect(lambda _checked=False, c=code, s=stat: self.enter_figure.emit(c, s))
                align = Qt.AlignmentFlag.AlignLeft if self._buttons_below else Qt.AlignmentFlag.AlignTop
                line.addWidget(button, 0, align)
                self.buttons.append(button)
            self._layout.addWidget(row)
            self._rows.append(row)

    def _indent(self, level: int) -> int:
        return level * self.fontMetrics().horizontalAdvance("あ") * 2

    def entries(self) -> list[ReasonEntry]:
        return list(self._entries)

    def texts(self) -> list[str]:
        return [e.text for e in self._entries]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange:  # zoom: indents follow the text size
            for row, entry in zip(self._rows, self._entries, strict=True):
                row.layout().setContentsMargins(self._indent(entry.level), 0, 0, 0)
        super().changeEvent(event)
