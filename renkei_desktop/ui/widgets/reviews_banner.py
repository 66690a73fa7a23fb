"""Reviews due within 90 days (見直し期限・期間満了), shown calmly above every page; hidden when none."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QVBoxLayout, QWidget

from ...domain.agreements import ReviewDue, ReviewReason
from .. import agreement_texts as at

if TYPE_CHECKING:
    from ...services.container import Services

WITHIN_DAYS = 90
MAX_ROWS = 3
# Calm: a pale neutral-blue panel with dark text; the icon and the words carry the meaning. Colours go
# through the palette (a style sheet would stop the app zoom from reaching the text).
BACKGROUND, TEXT = QColor("#eef3f8"), QColor("#1d2b3a")


class ReviewsBanner(QFrame):
    """Asks ``services.agreements.reviews_due(today, 90)`` on ``on_services`` / ``on_profile`` and
    whenever ``refresh()`` is called (the agreements page calls it after every change)."""

    def __init__(self, window: QWidget):
        super().__init__()
        self.setObjectName("ReviewsBanner")
        self._window = window
        self._services: Services | None = None
        self.reviews: tuple[ReviewDue, ...] = ()
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, BACKGROUND)
        palette.setColor(QPalette.ColorRole.WindowText, TEXT)
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)

        self.icon = QLabel()
        self.icon.setObjectName("reviews_icon")
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.rows = QVBoxLayout()
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(2)
        self.more = QLabel()
        self.more.setObjectName("reviews_more")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.icon)
        column = QVBoxLayout()
        column.addLayout(self.rows)
        column.addWidget(self.more)
        layout.addLayout(column, 1)
        self.labels: list[QLabel] = []
        self.buttons: list[QPushButton] = []
        self._update_icon()
        self.hide()

    def _update_icon(self) -> None:
        size = self.fontMetrics().height()
        self.icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(size, size))

    # --- host protocol ---------------------------------------------------------------------------
    def on_services(self, services: Services) -> None:
        self._services = services
        self.refresh()

    def on_profile(self, profile: object, home: object) -> None:
        self.refresh()

    def today(self) -> date:  # replaced in tests
        return date.today()

    # --- content -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.reviews = self._services.agreements.reviews_due(self.today(), WITHIN_DAYS) if self._services else ()
        self._clear()
        for review in self.reviews[:MAX_ROWS]:
            self._add_row(review)
        extra = len(self.reviews) - MAX_ROWS
        self.more.setText(self.tr("ほか{0}件は「協定・規約」のページで確認できます。").format(extra) if extra > 0 else "")
        self.more.setVisible(extra > 0)
        self.setVisible(bool(self.reviews))

    def _clear(self) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        self.labels.clear()
        self.buttons.clear()

    def text_for(self, review: ReviewDue) -> str:
        """「見直し期限が近い協定があります: 〇〇協定 令和8年12月15日（あと18日）」."""
        overdue = review.days_left < 0
        if review.reason is ReviewReason.TERM_END:
            lead = self.tr("期間満了が近い協定があります") if not overdue else self.tr("期間満了を過ぎた協定があります")
        else:
            lead = self.tr("見直し期限が近い協定があります") if not overdue else self.tr("見直し期限を過ぎた協定があります")
        return self.tr("{0}: {1} {2}（{3}）").format(
            lead, review.title, at.date_text(review.due), at.days_left_text(review.days_left)
        )

    def _add_row(self, review: ReviewDue) -> None:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.text_for(review))
        label.setObjectName("reviews_text")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        button = QPushButton(self.tr("開く(&O)"))
        button.setObjectName("reviews_open")
        button.setAccessibleName(self.tr("開く: {0}").format(review.title))
        button.setToolTip(self.tr("「協定・規約」のページでこの協定を表示します"))
        button.clicked.connect(lambda _checked=False, r=review: self.open_review(r))
        line.addWidget(label, 1)
        line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.rows.addWidget(row)
        self.labels.append(label)
        self.buttons.append(button)

    def open_review(self, review: ReviewDue) -> None:
        navigate = getattr(self._window, "navigate", None)
        if navigate is not None:
            navigate("agreements", review.agreement_id)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange:
            self._update_icon()
        super().changeEvent(event)
