"""グラフ: the charts of workload and cost sharing that a meeting reads at a glance.

Choose one of six charts (renkei_desktop/charts), narrow it by category, method, plan status and
partner, switch the first chart (and the heatmap) between workload (人工) and cost (千円). Hovering a
mark shows its figures; clicking a bar, cell, node or line opens the duty, plan or agreement it stands
for (the same records are listed under 「図の項目」 for the keyboard: choose one, then 開く). Export
writes PNG, SVG or PDF at the size of the printed summary (170 mm wide); copy puts a PNG on the
clipboard. The file dialog sits behind ``choose_export_path`` so that tests can replace it.

matplotlib is imported when the page is first shown with a database (not at start-up): this module
imports only Qt and the charts' texts.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QCursor, QImage, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ...charts import texts as ct
from ...domain.duties import DutyCategory
from ...domain.methods import CooperationMethod
from ...domain.plans import PlanStatus

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from ...charts.data import ChartFilter, ChartSource, Target
    from ...charts.figures import ChartInfo, ChartOptions
    from ...domain.municipalities import Municipality
    from ...domain.profile import Profile
    from ...services.container import Services

log = logging.getLogger(__name__)

CHART_KEYS = ("party_load", "plan_shares", "share_matrix", "network", "timeline", "before_after")
MEASURE_CHARTS = frozenset({"party_load", "share_matrix"})
FIT_CHARTS = frozenset({"network"})  # drawn to the page's visible size; the others grow and scroll
SCREEN_FONT_SIZE = 9.5  # points at 100 % zoom (the figure's 100 px per inch)
SCREEN_DPI = 100
EXPORT_DPI = 200
# A record kind of the charts → the hosted page that opens it.
PAGE_OF = {"duty": "catalogue", "plan": "plans", "agreement": "agreements"}


def preload_canvas() -> None:
    """Import the Qt canvas of matplotlib (app/gui.py calls this on its chart preload thread)."""
    from ...charts.mpl import load

    load()
    import matplotlib.backends.backend_qtagg  # noqa: F401


def _translate_charts(source: str) -> str:
    return QCoreApplication.translate("Charts", source)


class ChartsPage(QWidget):
    """Hosted page (see MainWindow): ``on_services``, ``on_profile``, ``focus_record``."""

    def __init__(self, window: QWidget):
        super().__init__()
        self.setObjectName("ChartsPage")
        self._window = window
        self._services: Services | None = None
        self._home_code = ""
        self._source: ChartSource | None = None
        self._dirty = True
        self.figure: Figure | None = None
        self.canvas: Any = None
        self.last_tooltip = ""
        ct.install_translator(_translate_charts)

        self.chart = QComboBox()
        self.chart.setObjectName("charts_chooser")
        for key in CHART_KEYS:
            self.chart.addItem(ct.title(key), key)
        self.measure = QComboBox()
        self.measure.setObjectName("charts_measure")
        self.measure.addItem(ct.t(ct.COST), "cost")
        self.measure.addItem(ct.t(ct.WORKLOAD), "workload")
        self.plan = QComboBox()
        self.plan.setObjectName("charts_plan")
        self.plan.setMinimumContentsLength(24)
        self.plan.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        everything = self.tr("すべて")
        self.category = QComboBox()
        self.category.setObjectName("charts_category")
        self.category.addItem(everything, None)
        for category in DutyCategory:
            self.category.addItem(ct.category_name(category), category.value)
        self.method = QComboBox()
        self.method.setObjectName("charts_method")
        self.method.addItem(everything, None)
        for method in CooperationMethod:
            self.method.addItem(ct.method_name(method), method.value)
        self.status = QComboBox()
        self.status.setObjectName("charts_status")
        self.status.addItem(everything, None)
        for status in PlanStatus:
            self.status.addItem(ct.plan_status_name(status), status.value)
        self.partner = QComboBox()
        self.partner.setObjectName("charts_partner")
        self.partner.addItem(everything, None)
        self.reset = QPushButton(self.tr("絞り込みを解除(&R)"))
        self.reset.setObjectName("charts_reset")
        self.reset.clicked.connect(self.clear_filters)

        self.records = QComboBox()
        self.records.setObjectName("charts_records")
        self.records.setMinimumContentsLength(30)
        self.records.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.actions_by_name: dict[str, QAction] = {}
        buttons: dict[str, QToolButton] = {}
        for name, text, shortcut, slot in (
            ("open", self.tr("この項目を開く(&K)"), QKeySequence("Ctrl+Return"), self.open_selected_record),
            ("export", self.tr("画像・PDFに書き出し(&D)…"), QKeySequence("Ctrl+E"), self.export),
            (
                "copy",
                self.tr("コピー(&C)"),
                QKeySequence(QKeySequence.StandardKey.Copy),
                self.copy_to_clipboard,
            ),
        ):
            action = QAction(text, self)
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            action.setObjectName(f"action_charts_{name}")
            self.addAction(action)
            self.actions_by_name[name] = action
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setObjectName(f"button_charts_{name}")
            buttons[name] = button

        def labelled(text: str, widget: QWidget) -> QLabel:
            label = QLabel(text)
            label.setBuddy(widget)
            return label

        top = QHBoxLayout()
        top.addWidget(labelled(self.tr("グラフ(&G):"), self.chart))
        top.addWidget(self.chart, 2)
        self.measure_label = labelled(self.tr("表示する量(&M):"), self.measure)
        top.addWidget(self.measure_label)
        top.addWidget(self.measure)
        self.plan_label = labelled(self.tr("連携案(&P):"), self.plan)
        top.addWidget(self.plan_label)
        top.addWidget(self.plan, 3)
        top.addStretch(1)
        top.addWidget(buttons["export"])
        top.addWidget(buttons["copy"])

        filters = QHBoxLayout()
        for text, combo in (
            (self.tr("分野(&B):"), self.category),
            (self.tr("連携の方法(&W):"), self.method),
            (self.tr("状況(&U):"), self.status),
            (self.tr("相手(&T):"), self.partner),
        ):
            filters.addWidget(labelled(text, combo))
            filters.addWidget(combo, 1)
        filters.addWidget(self.reset)

        self.scroll = QScrollArea()
        self.scroll.setObjectName("charts_scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.placeholder = QLabel(self.tr("データベースを開くと、連携の負担をグラフで表示します。"))
        self.placeholder.setObjectName("charts_placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.scroll.setWidget(self.placeholder)

        bottom = QHBoxLayout()
        bottom.addWidget(labelled(self.tr("図の項目(&I):"), self.records))
        bottom.addWidget(self.records, 1)
        bottom.addWidget(buttons["open"])
        self.hint = QLabel(
            self.tr(
                "棒・マス・点・線にマウスを重ねると数値を、クリックするとその事務・連携案・協定を開きます。書き出しは A4 の幅（170 mm）です。"
            )
        )
        self.hint.setObjectName("charts_hint")
        self.hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.hint)

        self._redraw_timer = QTimer(self)
        self._redraw_timer.setSingleShot(True)
        self._redraw_timer.setInterval(150)
        self._redraw_timer.timeout.connect(self.redraw)
        self._drawn_size = (0, 0)
        self.scroll.installEventFilter(self)
        for combo in (
            self.chart,
            self.measure,
            self.plan,
            self.category,
            self.method,
            self.status,
            self.partner,
        ):
            combo.currentIndexChanged.connect(self._choice_changed)
        self._update_controls()

    # --- hosting protocol --------------------------------------------------------------------------
    def on_services(self, services: Services) -> None:
        self._services = services
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def on_profile(self, profile: Profile | None, home: Municipality | None) -> None:
        self._home_code = profile.home_code if profile else ""
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def focus_record(self, record: object) -> None:
        """A chart key ("network" …), or {"chart": key, "plan_id": id}: show that chart (and plan)."""
        if isinstance(record, dict):
            key, plan_id = record.get("chart"), record.get("plan_id")
        else:
            key, plan_id = record, None
        if key in CHART_KEYS:
            self.select_chart(str(key))
        if plan_id is not None:
            self.ensure_loaded()
            index = self.plan.findData(int(plan_id))  # type: ignore[call-overload]
            if index >= 0:
                self.plan.setCurrentIndex(index)
        self.chart.setFocus()

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        super().showEvent(event)
        # Plans, duties or agreements may have changed on another page: read them again.
        self._dirty = True
        self.ensure_loaded()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange and self.canvas is not None:
            self._redraw_timer.start()  # zoom: the chart's text follows the app's text size
        super().changeEvent(event)

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001, N802
        # The chart is drawn for the visible area: redraw when it changes size (window resized, zoom).
        if watched is self.scroll and event.type() == QEvent.Type.Resize and self.canvas is not None:
            if self._screen_size() != self._drawn_size:
                self._redraw_timer.start()
        return super().eventFilter(watched, event)

    # --- choices -----------------------------------------------------------------------------------
    @property
    def chart_key(self) -> str:
        return self.chart.currentData() or CHART_KEYS[0]

    def select_chart(self, key: str) -> None:
        self.chart.setCurrentIndex(max(0, self.chart.findData(key)))

    def clear_filters(self) -> None:
        for combo in (self.category, self.method, self.status, self.partner):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._choice_changed()

    def current_filter(self) -> ChartFilter:
        from ...charts.data import ChartFilter

        return ChartFilter.of(
            self.category.currentData(), self.method.currentData(), self.status.currentData(),
            self.partner.currentData(),
        )  # fmt: skip

    def _choice_changed(self, *_args: object) -> None:
        self._update_controls()
        if self._source is not None:
            if self.sender() in (self.category, self.method, self.status, self.partner):
                self._fill_plans()
            self.redraw()

    def _update_controls(self) -> None:
        key = self.chart_key
        for widget in (self.measure, self.measure_label):
            widget.setVisible(key in MEASURE_CHARTS)
        for widget in (self.plan, self.plan_label):
            widget.setVisible(key == "plan_shares")

    # --- loading -----------------------------------------------------------------------------------
    def ensure_loaded(self) -> None:
        if self._dirty:
            self.refresh()

    def refresh(self) -> None:
        """Read the data again (after a change elsewhere) and draw the current chart."""
        if self._services is None:
            return
        from ...charts.data import ChartSource

        self._dirty = False
        self._source = ChartSource(self._services, home_code=self._home_code or None)
        self._fill_partners()
        self._fill_plans()
        self.redraw()

    def _refill(self, combo: QComboBox, items: list[tuple[str, object]], keep_first: bool) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > (1 if keep_first else 0):
            combo.removeItem(combo.count() - 1)
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(current) if current is not None else -1
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)

    def _fill_partners(self) -> None:
        assert self._source is not None
        self._refill(
            self.partner, [(p.label, p.code) for p in self._source.partner_choices()], keep_first=True
        )

    def _fill_plans(self) -> None:
        if self._source is None:
            return
        choices = self._source.plan_choices(self.current_filter())
        chosen_mark = self.tr("★採用")
        self._refill(
            self.plan,
            [(f"{label}　{chosen_mark}" if chosen else label, pid) for pid, label, chosen in choices],
            False,
        )

    # --- drawing -----------------------------------------------------------------------------------
    def _zoom(self) -> float:
        """The app's text zoom (RenkeiApplication.apply_zoom changes the font of every widget)."""
        size = self.font().pointSizeF()
        base = getattr(QApplication.instance(), "base_point_size", size) or size
        return max(0.5, size / base) if size > 0 else 1.0

    def _screen_size(self) -> tuple[int, int]:
        """The visible area in pixels, less a vertical scroll bar's width whether one shows or not: a
        tall chart brings one, and a figure then squeezed narrower than it was laid out would be cut."""
        frame = 2 * self.scroll.frameWidth()
        scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return max(self.scroll.width() - frame - scrollbar, 400), max(self.scroll.height() - frame, 250)

    def screen_options(self) -> ChartOptions:
        from ...charts.figures import ChartOptions

        width_px, height_px = self._screen_size()
        width, height = width_px / SCREEN_DPI, height_px / SCREEN_DPI
        font_size = SCREEN_FONT_SIZE * self._zoom()
        if self.chart_key in FIT_CHARTS:  # a map is read whole: fit it to the visible area
            return ChartOptions(width=width, height=height, font_size=font_size)
        return ChartOptions(width=width, min_height=height, font_size=font_size)

    def build_figure(self, options: ChartOptions | None = None) -> Figure:
        """The current chart with the current choices (screen size unless ``options`` say otherwise)."""
        from ...charts import figures as cf
        from ...charts.data import Measure

        assert self._source is not None
        options = options or self.screen_options()
        flt = self.current_filter()
        measure = Measure(self.measure.currentData() or "cost")
        key = self.chart_key
        source = self._source
        if key == "party_load":
            return cf.party_load_figure(source.party_load(flt), measure, options=options)
        if key == "plan_shares":
            plan_id = self.plan.currentData()
            return cf.plan_shares_figure(
                source.plan_shares(plan_id) if plan_id is not None else None, options=options
            )
        if key == "share_matrix":
            return cf.share_matrix_figure(source.share_matrix(flt, measure), options=options)
        if key == "network":
            return cf.network_figure(source.network(flt), options=options)
        if key == "timeline":
            return cf.timeline_figure(source.timeline(flt), options=options)
        return cf.before_after_figure(source.before_after(flt), options=options)

    def redraw(self) -> None:
        """Build the current chart and show it. The Qt canvas is made once and handed each new figure:
        its renderer (and matplotlib's text-size cache, kept per renderer) then carries over, which
        makes a redraw after a filter change about a third cheaper than a fresh canvas."""
        if self._source is None:
            return
        figure = self.build_figure()
        canvas = self.canvas
        if canvas is None:
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

            canvas = FigureCanvasQTAgg(figure)
            canvas.setObjectName("charts_canvas")
            canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.scroll.takeWidget()  # the placeholder, kept for no database
            self.placeholder.hide()
            # The canvas keeps the figure's own size (scrolling when taller than the page): stretched
            # or squeezed by the scroll area, a figure laid out for another size would be cut or smeared.
            self.scroll.setWidgetResizable(False)
            self.scroll.setWidget(canvas)
        else:
            figure.set_canvas(canvas)
            canvas.figure = figure
            figure.set_dpi(canvas.device_pixel_ratio * SCREEN_DPI)  # as the canvas scaled the first one
        # Callbacks are kept by the figure: connect them for each new one.
        canvas.mpl_connect("pick_event", self._on_pick)
        canvas.mpl_connect("motion_notify_event", self._on_motion)
        canvas.setFixedSize(
            int(round(figure.get_figwidth() * SCREEN_DPI)), int(round(figure.get_figheight() * SCREEN_DPI))
        )
        info = self.info_of(figure)
        canvas.setAccessibleName(info.title)
        canvas.setAccessibleDescription(info.empty or "")
        self.figure, self.canvas = figure, canvas
        self._drawn_size = self._screen_size()
        self._fill_records(info)
        canvas.draw_idle()

    @staticmethod
    def info_of(figure: Figure) -> ChartInfo:
        from ...charts.figures import chart_info

        return chart_info(figure)

    def _fill_records(self, info: ChartInfo) -> None:
        self.records.clear()
        for target, tooltip in info.targets():
            self.records.addItem(tooltip, f"{target.kind}:{target.id}")
        self.actions_by_name["open"].setEnabled(self.records.count() > 0)

    # --- mouse: tooltips and click-through ---------------------------------------------------------
    def _on_motion(self, event) -> None:  # noqa: ANN001
        hit = self.info_of(self.figure).hit_at(event) if self.figure is not None else None
        if hit is None:
            self._hide_tooltip()
            return
        if hit.tooltip != self.last_tooltip:
            self.last_tooltip = hit.tooltip
            self.show_tooltip(hit.tooltip)

    def show_tooltip(self, text: str) -> None:  # replaced in tests (the offscreen platform cannot raise it)
        QToolTip.showText(QCursor.pos(), text, self.canvas)

    def _hide_tooltip(self) -> None:
        if self.last_tooltip:
            self.last_tooltip = ""
            QToolTip.hideText()

    def _on_pick(self, event) -> None:  # noqa: ANN001
        if self.figure is None or getattr(event.mouseevent, "button", None) not in (1, None):
            return
        hit = self.info_of(self.figure).hit_for(
            event.artist, getattr(event, "ind", ()) or (), event.mouseevent
        )
        if hit is not None and hit.target is not None:
            QTimer.singleShot(0, lambda target=hit.target: self.open_target(target))

    def open_target(self, target: Target) -> None:
        """Show the duty, plan or agreement a mark stands for on its own page."""
        navigate = getattr(self._window, "navigate", None)
        if navigate is not None:
            navigate(PAGE_OF[str(target.kind)], target.id)

    def open_selected_record(self) -> None:
        data = self.records.currentData()
        if not data:
            return
        from ...charts.data import RecordKind, Target

        kind, _, record_id = str(data).partition(":")
        self.open_target(Target(RecordKind(kind), int(record_id)))

    # --- export and clipboard ----------------------------------------------------------------------
    def suggested_file_name(self) -> str:
        return f"{self.chart.currentText()}.png".replace("/", "／").replace("\\", "＼")

    def choose_export_path(self, suggested: str) -> str | None:  # replaced in tests
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("グラフの書き出し"),
            suggested,
            self.tr("PNG 画像 (*.png);;SVG 画像 (*.svg);;PDF (*.pdf)"),
        )
        return path or None

    def export(self) -> Path | None:
        if self._source is None:
            return None
        chosen = self.choose_export_path(self.suggested_file_name())
        if not chosen:
            return None
        return self.export_to(Path(chosen))

    def export_to(self, path: Path) -> Path:
        """Write the current chart at the printed summary's size; the suffix picks PNG, SVG or PDF."""
        from ...charts.figures import ChartOptions

        suffix = path.suffix.lower().lstrip(".")
        if suffix not in ("png", "svg", "pdf"):
            path, suffix = path.with_suffix(".png"), "png"
        figure = self.build_figure(ChartOptions())
        figure.savefig(path, format=suffix, dpi=EXPORT_DPI)
        status = getattr(self._window, "statusBar", None)
        if status is not None:
            status().showMessage(self.tr("グラフを書き出しました: {0}").format(path), 8000)
        return path

    def copy_to_clipboard(self) -> QImage | None:
        if self._source is None:
            return None
        from ...charts.figures import ChartOptions

        buffer = io.BytesIO()
        self.build_figure(ChartOptions()).savefig(buffer, format="png", dpi=150)
        image = QImage.fromData(buffer.getvalue(), "PNG")
        QApplication.clipboard().setImage(image)
        status = getattr(self._window, "statusBar", None)
        if status is not None:
            status().showMessage(self.tr("グラフをクリップボードにコピーしました。"), 5000)
        return image
