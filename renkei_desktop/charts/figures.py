"""One plain function per chart: chart data (charts/data.py) → ``matplotlib.figure.Figure``.

No pyplot and no Qt: figures are built on the Agg canvas and can be embedded (the charts page swaps in
a Qt canvas), saved as PNG/SVG/PDF or placed in the printed summary. Conventions of every chart:

- Japanese text in BIZ UDゴシック (charts/fonts.py), sized for A4 (170 mm wide) unless told otherwise;
- never colour alone: the Okabe–Ito palette (colour-blind safe) plus a hatch or a marker shape per
  series, and the numbers written on or beside the marks, so a black-and-white print reads the same;
- an empty state is a figure with a message saying what to do, never an empty axis;
- every mark that stands for a record is registered in the figure's ``ChartInfo`` (``chart_info(fig)``)
  with its ``Target`` (duty, plan or agreement) and a tooltip, and carries a ``gid`` "kind-id-n", so a
  click (a pick event) maps to the record to open.

This module imports matplotlib: import it only when a chart is needed.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import timedelta

from .mpl import load

load()  # matplotlib as charts/mpl.py imports it (once, without the docstring property lists)

import matplotlib  # noqa: E402
from matplotlib.artist import Artist  # noqa: E402
from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.colors import Normalize, to_rgba  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.font_manager import FontProperties  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.patches import Patch, PathPatch, Rectangle  # noqa: E402
from matplotlib.path import Path  # noqa: E402
from matplotlib.ticker import FuncFormatter, MaxNLocator  # noqa: E402
from matplotlib.transforms import Bbox, IdentityTransform  # noqa: E402

from ..domain.agreements import EventKind  # noqa: E402
from ..domain.duties import DutyCategory  # noqa: E402
from . import texts  # noqa: E402
from .data import (  # noqa: E402
    BeforeAfter,
    Measure,
    Network,
    PartyLoad,
    PlanShareData,
    RecordKind,
    ShareMatrix,
    Target,
    Timeline,
)
from .fonts import register_japanese_font  # noqa: E402

MM = 1 / 25.4
A4_WIDTH = 170 * MM  # inches: the text width of an A4 page with 20 mm margins

# Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour-vision deficiency.
OKABE_ITO = {
    "orange": "#E69F00",
    "sky": "#56B4E9",
    "green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
    "black": "#000000",
    "grey": "#999999",
}
EDGE = "#333333"
# Each category: a colour AND a hatch, so that the categories stay apart in black and white.
CATEGORY_STYLE: dict[DutyCategory, tuple[str, str]] = {
    DutyCategory.WELFARE_HEALTH: (OKABE_ITO["orange"], ""),
    DutyCategory.MEDICAL: (OKABE_ITO["sky"], "//"),
    DutyCategory.CHILDCARE_EDUCATION: (OKABE_ITO["green"], "\\\\"),
    DutyCategory.ENVIRONMENT: (OKABE_ITO["yellow"], ".."),
    DutyCategory.INFRASTRUCTURE: (OKABE_ITO["blue"], "xx"),
    DutyCategory.DISASTER_FIRE: (OKABE_ITO["vermillion"], "--"),
    DutyCategory.PLANNING_PROMOTION: (OKABE_ITO["purple"], "||"),
    DutyCategory.GENERAL_AFFAIRS: (OKABE_ITO["grey"], "++"),
    DutyCategory.INFORMATION: ("#FFFFFF", "oo"),
    DutyCategory.OTHER: ("#DDDDDD", "**"),
}
# The lifecycle events of an agreement: a marker shape and a colour each.
EVENT_STYLE: dict[EventKind, tuple[str, str]] = {
    EventKind.CONSULTATION_START: ("o", OKABE_ITO["sky"]),
    EventKind.COUNCIL_RESOLUTION: ("^", OKABE_ITO["orange"]),
    EventKind.CONCLUSION: ("s", OKABE_ITO["blue"]),
    EventKind.PUBLIC_NOTICE: ("v", OKABE_ITO["purple"]),
    EventKind.FILING: ("D", OKABE_ITO["green"]),
    EventKind.EFFECTIVE: ("P", OKABE_ITO["black"]),
    EventKind.REVIEW_DUE: ("*", OKABE_ITO["vermillion"]),
    EventKind.ABOLITION: ("X", OKABE_ITO["grey"]),
}
HOME_STYLE = (OKABE_ITO["vermillion"], "///")
PARTNER_STYLE = (OKABE_ITO["sky"], "")
PREFECTURE_STYLE = (OKABE_ITO["green"], "...")
BEFORE_STYLE = ("#D9D9D9", "///")
AFTER_STYLE = (OKABE_ITO["blue"], "")
MATRIX_CMAP = "cividis_r"  # light (0 %) to dark blue (100 %): monotone in lightness, colour-blind safe

BAR_HEIGHT = 0.66
TOTAL_GAP_PT = 4.0  # chart 1: between a bar's end and its total
NAME_GAP_PT = 5.0  # chart 1: between a party's name and the axis
SEGMENT_LABEL_MAX_PARTIES = 20  # more bars than this: segment values in the tooltips, totals beside the bars
KEYS = ("party_load", "plan_shares", "share_matrix", "network", "timeline", "before_after")


@dataclass(frozen=True)
class ChartOptions:
    """Size in inches (the width of an A4 text column by default) and the base font size in points.
    ``height`` fixes the height; otherwise the chart takes its natural height, at least ``min_height``."""

    width: float = A4_WIDTH
    height: float | None = None
    min_height: float = 0.0
    font_size: float = 8.5


@dataclass
class Hit:
    """A mark standing for a record: an artist, item ``index`` of a collection, or the rectangle
    ``box`` (x0, y0, x1, y1 in data coordinates) of a compound patch drawing a whole series."""

    artist: object
    target: Target | None
    tooltip: str
    index: int | None = None
    value: float | None = None  # the number the mark shows (tests and screen readers)
    box: tuple[float, float, float, float] | None = None


@dataclass
class ChartInfo:
    """What a figure shows, for the UI: its marks with the record each opens and a tooltip."""

    key: str
    title: str
    hits: list[Hit] = field(default_factory=list)
    empty: str | None = None  # the message shown instead of a chart
    labels: dict[str, Labels] = field(default_factory=dict)  # chart 1's names, totals and values
    legend: list[tuple[str, Artist]] = field(default_factory=list)  # a key drawn by hand: (name, its patch)

    def hit_for(self, artist: object, indices: Sequence[int] = (), mouse_event=None) -> Hit | None:  # noqa: ANN001
        """The mark of ``artist`` picked by a click: for a collection the last of ``indices`` (drawn on
        top), for a compound patch the rectangle under ``mouse_event``."""
        found = [h for h in self.hits if h.artist is artist]
        if not found:
            return None
        if found[0].box is not None:
            if mouse_event is None:
                return None
            x, y = artist.axes.transData.inverted().transform((mouse_event.x, mouse_event.y))  # type: ignore[attr-defined]
            return next(
                (h for h in found if h.box[0] <= x <= h.box[2] and h.box[1] <= y <= h.box[3]),  # type: ignore[index]
                None,
            )
        if found[0].index is None:
            return found[0]
        by_index = {h.index: h for h in found}
        for index in reversed(list(indices)):
            if int(index) in by_index:
                return by_index[int(index)]
        return None

    def hit_at(self, mouse_event) -> Hit | None:  # noqa: ANN001
        """The mark under a matplotlib mouse event (topmost first), for tooltips."""
        seen: set[int] = set()
        for hit in reversed(self.hits):
            artist = hit.artist
            if id(artist) in seen or not artist.get_visible():  # type: ignore[attr-defined]
                continue
            seen.add(id(artist))
            inside, details = artist.contains(mouse_event)  # type: ignore[attr-defined]
            if inside:
                found = self.hit_for(artist, details.get("ind", ()), mouse_event)
                if found is not None:
                    return found
        return None

    def targets(self) -> list[tuple[Target, str]]:
        """Each distinct record of the chart once, with the first tooltip naming it."""
        seen: dict[Target, str] = {}
        for hit in self.hits:
            if hit.target is not None and hit.target not in seen:
                seen[hit.target] = hit.tooltip.replace("\n", "　")
        return list(seen.items())


def chart_info(fig: Figure) -> ChartInfo:
    return fig.renkei_chart  # type: ignore[attr-defined]


def target_of_gid(gid: str | None) -> Target | None:
    """ "plan-12-3" → Target(plan, 12)."""
    if not gid:
        return None
    parts = gid.split("-")
    try:
        return Target(RecordKind(parts[0]), int(parts[1]))
    except (ValueError, IndexError):
        return None


# --- helpers ----------------------------------------------------------------------------------------


# How FreeType hints the charts' glyphs. Hinted, BIZ UDゴシック's own (bytecode) hinting runs for every
# glyph matplotlib ≥ 3.11 draws: chart 1 of 50 parties took about twice as long to draw (919 vs 496
# million instructions a redraw). Unhinted glyphs are a shade softer on screen, the same in PDF and SVG.
TEXT_HINTING = "no_hinting"


class ChartFigure(Figure):
    """A chart's figure: drawn with the charts' text hinting (``TEXT_HINTING``), whatever the canvas."""

    def draw(self, renderer) -> None:  # noqa: ANN001
        with matplotlib.rc_context({"text.hinting": TEXT_HINTING}):
            super().draw(renderer)


def _new_figure(
    key: str, title: str, options: ChartOptions, natural_height: float
) -> tuple[Figure, ChartInfo]:
    """A figure with the title on top. Layout is by hand (``_frame``), in points: matplotlib's
    constrained layout measures every text again on each draw, several times the cost of the chart."""
    register_japanese_font()
    height = options.height if options.height is not None else max(natural_height, options.min_height)
    fig = ChartFigure(figsize=(options.width, height))
    FigureCanvasAgg(fig)
    info = ChartInfo(key, title)
    fig.renkei_chart = info  # type: ignore[attr-defined]
    fig.suptitle(
        title, fontsize=options.font_size * 1.25, fontweight="bold", y=1 - 5 / (height * 72), va="top"
    )
    return fig, info


def _title_pt(options: ChartOptions) -> float:
    return options.font_size * 1.25 * 1.4 + 10


def _frame(
    fig: Figure, *, left: float, right: float, top: float, bottom: float, gap: float = 0, ncols: int = 1
) -> None:
    """Margins in points around the axes (``gap`` between columns)."""
    width, height = fig.get_figwidth() * 72, fig.get_figheight() * 72
    left = min(left, width * 0.45)
    axes_w = max((width - left - right - gap * (ncols - 1)) / ncols, 10)
    bottom = min(bottom, height * 0.7)
    top = min(top, height - bottom - 10)
    fig.subplots_adjust(
        left=left / width, right=1 - right / width, top=1 - top / height, bottom=bottom / height,
        wspace=gap / axes_w,
    )  # fmt: skip


def _register(
    info: ChartInfo,
    artist,
    target: Target | None,
    tooltip: str,
    value: float | None = None,  # noqa: ANN001
) -> None:
    """Record a mark: its gid "kind-id-n" (unique in the figure, so SVG ids stay valid) and a picker."""
    if target is not None:
        artist.set_gid(f"{target.kind}-{target.id}-{len(info.hits)}")
        artist.set_picker(True)
    info.hits.append(Hit(artist, target, tooltip, value=value))


def _register_box(
    info: ChartInfo,
    patch,
    box: tuple[float, float, float, float],
    target: Target | None,
    tooltip: str,  # noqa: ANN001
    value: float | None,
) -> None:
    """Record one rectangle of a compound patch (a whole series drawn as one path: Agg then renders
    its hatch once, not once per bar, which is most of the drawing time of a big chart)."""
    patch.set_picker(True)
    info.hits.append(Hit(patch, target, tooltip, value=value, box=box))


def _compound(boxes: Sequence[tuple[float, float, float, float]]) -> Path:
    """One path of closed rectangles (x0, y0, x1, y1)."""
    vertices: list[tuple[float, float]] = []
    codes: list[int] = []
    for x0, y0, x1, y1 in boxes:
        vertices += [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)]
        codes += [Path.MOVETO, Path.LINETO, Path.LINETO, Path.LINETO, Path.CLOSEPOLY]
    return Path(vertices, codes)


def _char_width(ch: str) -> float:
    return 0.55 if ord(ch) < 0x2E80 or 0xFF61 <= ord(ch) <= 0xFF9F else 1.0


def text_width_pt(text: str, font_size: float) -> float:
    """An estimate of the drawn width: full-width characters 1 em, others about half."""
    return max((sum(_char_width(c) for c in line) for line in text.split("\n")), default=0) * font_size


def wrap(text: str, width_pt: float, font_size: float) -> list[str]:
    """Break Japanese text (no spaces) into lines that fit ``width_pt``."""
    lines: list[str] = []
    limit = width_pt / font_size
    for paragraph in text.split("\n"):
        line, used = "", 0.0
        for ch in paragraph:
            w = _char_width(ch)
            if used + w > limit and line:
                lines.append(line)
                line, used = "", 0.0
            line += ch
            used += w
        lines.append(line)
    return lines


def _notes(options: ChartOptions, notes: Sequence[str]) -> list[str]:
    size = options.font_size * 0.9
    lines: list[str] = []
    for note in notes:
        if note:
            lines += wrap(note, options.width * 72 - 16, size)
    return lines


def _footer_pt(options: ChartOptions, lines: Sequence[str]) -> float:
    return (len(lines) * options.font_size * 0.9 * 1.45 + 8) if lines else 4.0


def _footer_height(options: ChartOptions, lines: Sequence[str]) -> float:
    return _footer_pt(options, lines) / 72


def _draw_footer(fig: Figure, options: ChartOptions, lines: Sequence[str]) -> None:
    if not lines:
        return
    height = fig.get_figheight() * 72
    fig.text(
        6 / (fig.get_figwidth() * 72), (_footer_pt(options, lines) - 4) / height, "\n".join(lines), ha="left",
        va="top", fontsize=options.font_size * 0.9, linespacing=1.45, color="#222222",
    )  # fmt: skip


def _axis_pt(options: ChartOptions, *, xlabel: bool = True) -> float:
    """Below an axes: its tick labels and, optionally, its label."""
    fs = options.font_size
    return fs * 0.9 * 1.4 + 8 + (fs * 1.5 if xlabel else 0)


LABEL_BOX = {"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.85}


# --- labels drawn in bulk -------------------------------------------------------------------------


# Text extents by renderer kind, its scale, hinting, font and text: a figure built again for the same
# screen (the page switching 費用 ⇔ 業務量, or filtering) measures its names only once.
_EXTENTS: dict[tuple, tuple[float, float, float]] = {}
_EXTENTS_MAX = 20_000
LINE_BOX_SAMPLE = "国lp"  # the line box of a label: a kanji's height, and the descent of "p"


def _extent(renderer, text: str, prop: FontProperties) -> tuple[float, float, float]:  # noqa: ANN001
    """Width, height and descent of ``text`` in pixels, as ``Text`` measures it (cached)."""
    key = (type(renderer), renderer.points_to_pixels(72.0), matplotlib.rcParams["text.hinting"], prop, text)
    found = _EXTENTS.get(key)
    if found is None:
        if len(_EXTENTS) >= _EXTENTS_MAX:
            _EXTENTS.clear()
        found = _EXTENTS[key] = renderer.get_text_width_height_descent(text, prop, ismath=False)
    return found


class Labels(Artist):
    """Many one-line labels of one size (names, values) drawn by one artist, each aligned ``ha`` and
    ``va`` ("center" or "top") on its point, ``dx``/``dy`` points away, optionally on a white box.

    Fifty parties' names and totals as ``Text`` artists were two thirds of drawing chart 1: matplotlib
    lays out every ``Text`` on its own (its clip path, transform and line layout, a fresh measurement
    per canvas). Here all labels of a kind share one line box (one baseline offset for a column),
    widths are measured only where the alignment needs them and are kept between figures, and the
    glyphs go through the renderer's own ``draw_text``: text stays text in SVG and PDF, and a glyph
    missing from the font warns as it does for ``Text``."""

    def __init__(
        self,
        transform,  # noqa: ANN001
        *,
        size: float,
        ha: str = "left",
        va: str = "center",
        dx: float = 0.0,
        dy: float = 0.0,
        color: str = "#000000",
        box: bool = False,
    ) -> None:
        super().__init__()
        self.set_transform(transform)
        self.set_zorder(3)
        self.ha, self.va, self.dx, self.dy, self.color, self.box = ha, va, dx, dy, color, box
        self._props = (FontProperties(size=size), FontProperties(size=size, weight="bold"))
        self.items: list[tuple[float, float, str, bool]] = []

    def add(self, x: float, y: float, text: str, *, bold: bool = False) -> None:
        self.items.append((x, y, text, bold))

    def texts(self) -> list[str]:
        return [text for _, _, text, _ in self.items]

    def bold(self) -> list[bool]:
        return [bold for _, _, _, bold in self.items]

    def _boxes(self, renderer):  # noqa: ANN001, ANN202
        """(x0, baseline, width, line height, descent) of each label in display pixels, y upwards."""
        if not self.items:
            return []
        points = self.get_transform().transform([(x, y) for x, y, _, _ in self.items])
        shift_x, shift_y = renderer.points_to_pixels(self.dx), renderer.points_to_pixels(self.dy)
        boxes = []
        for (x, y), (_, _, text, bold) in zip(points, self.items, strict=True):
            prop = self._props[bold]
            _, h, d = _extent(renderer, LINE_BOX_SAMPLE, prop)
            w = _extent(renderer, text, prop)[0] if self.ha != "left" or self.box else 0.0
            x0 = x + shift_x - (w if self.ha == "right" else w / 2 if self.ha == "center" else 0.0)
            base = y + shift_y - (h - d if self.va == "top" else h / 2 - d)
            boxes.append((x0, base, w, h, d))
        return boxes

    def extents(self, renderer=None) -> list[Bbox]:  # noqa: ANN001
        """The box of each label's text in display pixels (tests: nothing overlaps or is cut off)."""
        renderer = renderer or self.get_figure(root=True).canvas.get_renderer()  # type: ignore[union-attr]
        return [
            Bbox.from_bounds(x0, base - d, w or _extent(renderer, text, self._props[bold])[0], h)
            for (x0, base, w, h, d), (_, _, text, bold) in zip(self._boxes(renderer), self.items, strict=True)
        ]

    def get_window_extent(self, renderer=None) -> Bbox:  # noqa: ANN001
        boxes = self.extents(renderer)
        return Bbox.union(boxes) if boxes else Bbox.null()

    def draw(self, renderer) -> None:  # noqa: ANN001
        if not self.get_visible() or not self.items:
            return
        renderer.open_group("labels", self.get_gid())
        gc = renderer.new_gc()
        gc.set_foreground(to_rgba(self.color), isRGBA=True)
        self._set_gc_clip(gc)
        flip, height = renderer.flipy(), renderer.get_canvas_width_height()[1]
        pad = renderer.points_to_pixels(self._props[0].get_size_in_points() * 0.15)
        for (x0, base, w, h, d), (_, _, text, bold) in zip(self._boxes(renderer), self.items, strict=True):
            if self.box:  # white, a little see-through: the hatch shows that it is the same segment
                back = renderer.new_gc()
                back.set_linewidth(0)
                x1, y0, y1 = x0 + w + pad, base - d - pad, base - d + h + pad
                rect = Path([(x0 - pad, y0), (x1, y0), (x1, y1), (x0 - pad, y1), (x0 - pad, y0)], closed=True)
                renderer.draw_path(
                    back, rect, IdentityTransform(), to_rgba(LABEL_BOX["fc"], LABEL_BOX["alpha"])
                )
                back.restore()
            renderer.draw_text(gc, x0, height - base if flip else base, text, self._props[bold], 0)
        gc.restore()
        renderer.close_group("labels")
        self.stale = False


def _value_text(value: float, measure: Measure) -> str:
    return (
        texts.person_years(value) if measure is Measure.WORKLOAD else texts.thousand_yen(round(value * 1000))
    )


def _unit(measure: Measure) -> str:
    return texts.t(texts.WORKLOAD_SHORT if measure is Measure.WORKLOAD else texts.COST_SHORT)


def _value_axis(ax, measure: Measure, font_size: float) -> None:  # noqa: ANN001
    """A value axis: about five ticks, thousands separators, light vertical grid lines."""
    ax.xaxis.set_major_locator(MaxNLocator(nbins=5))
    ax.xaxis.set_major_formatter(_axis_formatter(measure))
    ax.tick_params(axis="x", labelsize=font_size * 0.85)
    ax.grid(axis="x", color="#DDDDDD", linewidth=0.6)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def _drawn_value_axis(ax, measure: Measure, font_size: float, x_max: float, label: str) -> dict[str, Labels]:  # noqa: ANN001
    """``_value_axis`` drawn by hand, for the chart redrawn most (chart 1): grid lines, tick marks and
    numbers as three artists, the axis label under them; matplotlib's axes build a tick object (two
    lines, two texts) per number anew for every figure and measure each, a tenth of drawing chart 1."""
    from matplotlib.collections import LineCollection
    from matplotlib.markers import TICKDOWN

    ax.xaxis.set_visible(False)
    ax.yaxis.set_visible(False)
    ax.patch.set_visible(False)  # the figure's own white shows through
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    fig = ax.get_figure()
    axes_pt = ax.get_position().width * fig.get_figwidth() * 72
    right_pt = fig.get_figwidth() * 72 * (1 - ax.get_position().x1)  # room right of the axes
    tick_size = font_size * 0.85
    fmt = _axis_formatter(measure)
    # Every number whose label fits: none at the right end where half of it would be cut off.
    values = [
        float(v)
        for v in MaxNLocator(nbins=5).tick_values(0, x_max)
        if -1e-9 <= v <= x_max * (1 + 1e-9)
        and (x_max - v) / x_max * axes_pt + right_pt >= text_width_pt(fmt(v, None), tick_size) / 2 + 2
    ]
    along = ax.get_xaxis_transform()  # x in data, y in axes fractions
    grid = LineCollection(
        [[(v, 0), (v, 1)] for v in values], transform=along, colors="#DDDDDD", linewidths=0.6
    )
    grid.set_zorder(0.5)  # under the bars
    ax.add_collection(grid, autolim=False)
    marks = Line2D(
        values, [0] * len(values), transform=along, marker=TICKDOWN, markersize=3.5, markeredgewidth=0.8,
        linestyle="none", color="black", clip_on=False,
    )  # fmt: skip
    ax.add_line(marks)
    numbers = Labels(along, size=tick_size, ha="center", va="top", dy=-7)
    for value in values:
        numbers.add(value, 0, fmt(value, None))
    title = Labels(ax.transAxes, size=font_size, ha="center", va="top", dy=-(7 + tick_size * 1.25 + 4))
    title.add(0.5, 0, label)
    for labels in (numbers, title):
        ax.add_artist(labels)
        labels.set_clip_on(False)
    return {"ticks": numbers, "axis": title}


def _axis_formatter(measure: Measure) -> FuncFormatter:
    if measure is Measure.WORKLOAD:
        return FuncFormatter(lambda v, _pos: f"{v:,.1f}" if v else "0")
    return FuncFormatter(lambda v, _pos: f"{v:,.0f}")


def empty_figure(key: str, title: str, message: str, options: ChartOptions | None = None) -> Figure:
    """A figure saying what to do (no axis drawn): the empty state of every chart."""
    options = options or ChartOptions()
    size = options.font_size * 1.15
    lines = wrap(message, options.width * 72 - 60, size)
    fig, info = _new_figure(key, title, options, 1.2 + len(lines) * size * 1.6 / 72)
    info.empty = message
    _frame(fig, left=4, right=4, top=_title_pt(options), bottom=4)
    ax = fig.add_subplot()
    ax.set_axis_off()
    ax.text(
        0.5, 0.5, "\n".join(lines), ha="center", va="center", fontsize=size, linespacing=1.6,
        transform=ax.transAxes, color="#222222",
        bbox={"boxstyle": "round,pad=0.8", "fc": "#F4F4F4", "ec": "#888888", "lw": 0.8},
    )  # fmt: skip
    return fig


def _measure_title(key: str, measure: Measure) -> str:
    return f"{texts.title(key)} — {texts.t(texts.WORKLOAD if measure is Measure.WORKLOAD else texts.COST)}"


# --- 1. per party: stacked bars by duty category ----------------------------------------------------


def party_load_figure(
    data: PartyLoad, measure: Measure = Measure.COST, *, options: ChartOptions | None = None
) -> Figure:
    """Horizontal bars, one per party (the home town first), stacked by duty category; the value on
    each segment wide enough to hold it (up to ``SEGMENT_LABEL_MAX_PARTIES`` parties), the total
    beside each bar, the categories' colours and hatches in a key above.

    Built for redrawing fast (50 parties × 10 categories on every switch of 費用/業務量): a category is
    one compound patch, all names, totals and values are three ``Labels`` artists, and the key and
    the margins are laid out here, in points, from estimated text widths."""
    options = options or ChartOptions()
    title = _measure_title("party_load", measure)
    if data.empty is not None:
        return empty_figure("party_load", title, texts.t(data.empty), options)
    fs = options.font_size
    notes = [texts.t(texts.CHOSEN_NOTE), data.filter_text]
    if data.left_out:
        notes.append(texts.t(texts.LEFT_OUT).format(texts.join(data.left_out)))
    if measure is Measure.COST:
        notes.append(texts.t(texts.ROUNDING_NOTE))
    lines = _notes(options, notes)
    n = len(data.parties)
    names = [p.label for p in data.parties]
    left_pt = max(text_width_pt(p.label, fs) * (1.08 if p.is_home else 1) for p in data.parties) + 14
    width_pt = options.width * 72
    key = _Key([texts.category_name(c) for c in data.categories], fs * 0.9, left_pt, width_pt - left_pt - 10)
    top_pt = _title_pt(options) + key.height + 8
    bottom_pt = _axis_pt(options) + _footer_pt(options, lines)
    natural = (top_pt + bottom_pt + n * max(17, fs * 2.6)) / 72
    fig, info = _new_figure("party_load", title, options, natural)
    _frame(fig, left=left_pt, right=10, top=top_pt, bottom=bottom_pt)
    ax = fig.add_subplot()
    totals = [data.total(p.code, measure) for p in data.parties]
    top = max(totals) or 1.0
    # Room right of the longest bar for its total: the x range is widened by the label's width.
    total_texts = [_value_text(total, measure) for total in totals]
    axes_pt = ax.get_position().width * width_pt
    need_pt = max(text_width_pt(t, fs) for t in total_texts) * 1.08 + TOTAL_GAP_PT + 4
    x_max = top * axes_pt / max(axes_pt - need_pt, axes_pt * 0.5)
    pt_per_unit = axes_pt / x_max
    left = [0.0] * n
    half = BAR_HEIGHT / 2
    value_size = fs * 0.8
    segment_labels = Labels(ax.transData, size=value_size, ha="center", box=True)
    label_segments = n <= SEGMENT_LABEL_MAX_PARTIES
    key_boxes, key_labels = key.place(ax, x_max, n, gap=4)
    tip_format, unit = texts.t(texts.PARTY_TIP), _unit(measure)
    for category, key_box in zip(data.categories, key_boxes, strict=True):
        color, hatch = CATEGORY_STYLE[category]
        name = texts.category_name(category)
        values = [data.value(p.code, category, measure) for p in data.parties]
        # One compound patch per category: a rectangle per party that has a figure in it.
        boxes, items = [], []
        for i, value in enumerate(values):
            cell = data.cells.get((data.parties[i].code, category))
            if cell is None or value <= 0:
                continue
            boxes.append((left[i], i - half, left[i] + value, i + half))
            items.append((i, value, cell))
        # The category's swatch in the key is the same patch (drawn outside the axes: no clipping).
        segments = PathPatch(
            _compound([*boxes, key_box]), facecolor=color, edgecolor=EDGE, linewidth=0.5, hatch=hatch or None,
            label=name,
        )  # fmt: skip
        segments.set_gid(f"category-{category.value}")
        ax.add_artist(segments)
        segments.set_clip_on(False)
        info.legend.append((name, segments))
        for box, (i, value, cell) in zip(boxes, items, strict=True):
            text = _value_text(value, measure)
            plans = texts.join(dict.fromkeys(p.plan_name for p in cell.parts))
            tip = tip_format.format(names[i], name, f"{text} {unit}", plans)
            _register_box(info, segments, box, Target(RecordKind.PLAN, cell.main_plan(measure)), tip, value)
            # The value on the segment only where it fits with its box and some hatch on either side (the
            # segment must stay recognisable); else in the tooltip only.
            if label_segments and value * pt_per_unit >= text_width_pt(text, value_size) + value_size * 1.6:
                segment_labels.add(left[i] + value / 2, i, text)
        left = [a + b for a, b in zip(left, values, strict=True)]
    totals_labels = Labels(ax.transData, size=fs, ha="left", dx=TOTAL_GAP_PT)
    for i, (total, text) in enumerate(zip(totals, total_texts, strict=True)):
        totals_labels.add(total, i, text, bold=True)
    # Party names beside the axis (not ticks: 50 tick objects cost more to build and draw than the bars).
    names_labels = Labels(ax.get_yaxis_transform(), size=fs, ha="right", dx=-NAME_GAP_PT)
    for i, (name, party) in enumerate(zip(names, data.parties, strict=True)):
        names_labels.add(0, i, name, bold=party.is_home)
    for labels in (segment_labels, totals_labels, names_labels, key_labels):
        ax.add_artist(labels)
        labels.set_clip_on(False)
    info.labels = {
        "segments": segment_labels,
        "totals": totals_labels,
        "names": names_labels,
        "key": key_labels,
    }
    ax.set_ylim(n - 0.5, -0.5)  # the home town on top
    ax.set_xlim(0, x_max)
    axis = texts.PARTY_AXIS_WORKLOAD if measure is Measure.WORKLOAD else texts.PARTY_AXIS_COST
    info.labels.update(_drawn_value_axis(ax, measure, fs, x_max, texts.t(axis)))
    _draw_footer(fig, options, lines)
    return fig


@dataclass
class _Key:
    """The key of a chart's series (colour + hatch swatches with their names) in rows of columns above
    the axes, laid out in points by estimated text widths: matplotlib's ``legend`` measures every
    entry on each draw, a sixth of drawing chart 1. Row-major, so the key reads in the stacking order."""

    names: list[str]
    size: float
    x0: float  # points from the figure's left edge
    room: float  # points available to the right of x0

    SWATCH = (2.4, 1.3)  # ems: as matplotlib's legend handles
    GAP = 0.7  # em between swatch and name
    SPACING = 1.8  # ems between columns
    PITCH = 2.0  # ems between rows

    def __post_init__(self) -> None:
        widths = [text_width_pt(name, self.size) for name in self.names]
        entry = (self.SWATCH[0] + self.GAP) * self.size
        self.columns: list[float] = [entry + max(widths, default=0)]
        for ncols in range(min(len(self.names), 5), 0, -1):
            columns = [entry + max(widths[j::ncols]) for j in range(ncols)]
            if sum(columns) + self.SPACING * self.size * (ncols - 1) <= self.room or ncols == 1:
                self.columns = columns
                break
        self.rows = math.ceil(len(self.names) / len(self.columns)) if self.names else 0

    @property
    def height(self) -> float:
        return self.rows * self.size * self.PITCH

    def place(
        self, ax, x_max: float, rows: int, gap: float
    ) -> tuple[list[tuple[float, float, float, float]], Labels]:  # noqa: ANN001
        """The swatch of each entry as a box (x0, y0, x1, y1) in the data coordinates of chart 1's axes
        (x from 0 to ``x_max``, ``rows`` bars downwards), its last row ``gap`` points above the axes, and
        the names beside them. In data coordinates, a swatch is drawn with its category's bars: one
        hatch pattern rendered per category, not two (drawn apart, the swatches were 8 % of the drawing)."""
        fig = ax.get_figure()
        box = ax.get_position()
        width_pt, height_pt = fig.get_figwidth() * 72, fig.get_figheight() * 72
        ax_x0, ax_w, ax_h = box.x0 * width_pt, box.width * width_pt, box.height * height_pt
        per_x, per_y = x_max / ax_w, rows / ax_h  # data units per point
        sw_w, sw_h = self.SWATCH[0] * self.size, self.SWATCH[1] * self.size
        labels = Labels(ax.transData, size=self.size, ha="left", dx=self.GAP * self.size)
        boxes = []
        ncols = len(self.columns)
        for k, name in enumerate(self.names):
            row, col = divmod(k, ncols)
            x = self.x0 + sum(self.columns[:col]) + self.SPACING * self.size * col - ax_x0
            above = gap + (self.rows - row - 0.5) * self.PITCH * self.size  # the row's middle above the axes
            y = -0.5 - above * per_y
            boxes.append((x * per_x, y - sw_h / 2 * per_y, (x + sw_w) * per_x, y + sw_h / 2 * per_y))
            labels.add((x + sw_w) * per_x, y, name)
        return boxes, labels


# --- 2. one plan: each party's share -----------------------------------------------------------------


def _party_style(party) -> tuple[str, str]:  # noqa: ANN001
    if party.is_home:
        return HOME_STYLE
    if party.is_prefecture:
        return PREFECTURE_STYLE
    return PARTNER_STYLE


def plan_shares_figure(data: PlanShareData | None, *, options: ChartOptions | None = None) -> Figure:
    """Two panels, cost (千円) and workload (人工): one bar per party with amount and percentage."""
    options = options or ChartOptions()
    if data is None:
        return empty_figure("plan_shares", texts.title("plan_shares"), texts.t(texts.EMPTY_NO_PLAN), options)
    title = f"{texts.title('plan_shares')} — {data.plan_name}"
    if data.empty is not None:
        return empty_figure("plan_shares", title, texts.t(data.empty).format(*data.empty_args), options)
    fs = options.font_size
    subtitle = texts.t(texts.SHARE_SUBTITLE).format(
        data.duty_name, texts.method_name(data.method), texts.thousand_yen(data.net_cost_yen),
        texts.person_years(data.workload_total),
    )  # fmt: skip
    lines = _notes(options, [subtitle, texts.t(texts.ROUNDING_NOTE)])
    n = len(data.rows)
    top_pt = _title_pt(options) + fs * 1.05 * 1.5 + 8
    bottom_pt = _axis_pt(options) + _footer_pt(options, lines)
    natural = (top_pt + bottom_pt + n * max(20, fs * 2.8)) / 72
    fig, info = _new_figure("plan_shares", title, options, natural)
    left_pt = max(text_width_pt(r.party.label, fs) * (1.08 if r.party.is_home else 1) for r in data.rows) + 14
    _frame(fig, left=left_pt, right=10, top=top_pt, bottom=bottom_pt, gap=22, ncols=2)
    axes = fig.subplots(1, 2, sharey=True)
    target = Target(RecordKind.PLAN, data.plan_id)
    panels = (
        (Measure.COST, texts.SHARE_OF_COST, texts.NO_COST, data.net_cost_yen),
        (Measure.WORKLOAD, texts.SHARE_OF_WORKLOAD, texts.NO_WORKLOAD, data.workload_total),
    )
    rows = range(n)
    for ax, (measure, heading, nothing, total) in zip(axes, panels, strict=True):
        ax.set_title(texts.t(heading), fontsize=fs * 1.05)
        if measure is Measure.COST:
            values = [r.cost_yen / 1000 for r in data.rows]
            percents = [r.cost_percent for r in data.rows]
        else:
            values = [float(r.workload) for r in data.rows]
            percents = [r.workload_percent for r in data.rows]
        top = max(values, default=0) or 1.0
        if not total:
            ax.text(0.5, 0.5, texts.t(nothing), ha="center", va="center", transform=ax.transAxes, fontsize=fs)
        else:
            styles = [_party_style(r.party) for r in data.rows]
            bars = ax.barh(
                rows, values, height=0.62, color=[s[0] for s in styles], edgecolor=EDGE, linewidth=0.6
            )
            for i, (bar, value, pct, row) in enumerate(zip(bars, values, percents, data.rows, strict=True)):
                bar.set_hatch(styles[i][1])
                amount = _value_text(value, measure)
                label = texts.bracketed(amount, f"{texts.percent(pct)}%")
                ax.text(value + top * 0.02, i, label, ha="left", va="center", fontsize=fs * 0.9)
                tip = texts.t(texts.SHARE_TIP).format(
                    row.party.label, amount, _unit(measure), texts.percent(pct)
                )
                _register(info, bar, target, tip)
        ax.set_xlim(0, top * 1.75)
        _value_axis(ax, measure, fs)
        ax.set_xlabel(_unit(measure), fontsize=fs * 0.9)
    axes[0].set_yticks(list(rows), labels=[r.party.label for r in data.rows], fontsize=fs)
    for label, row in zip(axes[0].get_yticklabels(), data.rows, strict=True):
        if row.party.is_home:
            label.set_fontweight("bold")
    axes[0].set_ylim(n - 0.5, -0.5)
    _draw_footer(fig, options, lines)
    return fig


# --- 3. duty × party heatmap ---------------------------------------------------------------------------


def share_matrix_figure(data: ShareMatrix, *, options: ChartOptions | None = None) -> Figure:
    """A cell per duty (its chosen plan) and party, shaded by the party's share with the percentage
    written in it; 「－」 on a hatched grey cell where the party is not in the plan."""
    options = options or ChartOptions()
    title = _measure_title("share_matrix", data.measure)
    if data.empty is not None:
        return empty_figure("share_matrix", title, texts.t(data.empty), options)
    from matplotlib import colormaps
    from matplotlib.cm import ScalarMappable

    fs = options.font_size
    measure_name = texts.t(texts.WORKLOAD if data.measure is Measure.WORKLOAD else texts.COST)
    notes = [texts.t(texts.MATRIX_NOTE).format(measure_name), texts.t(texts.CHOSEN_NOTE), data.filter_text]
    if data.left_out:
        notes.append(texts.t(texts.LEFT_OUT).format(texts.join(data.left_out)))
    lines = _notes(options, notes)
    nrows, ncols = len(data.rows), len(data.parties)
    widest = max((text_width_pt(p.label, fs) for p in data.parties), default=0)
    left_pt = max(text_width_pt(r.duty_name, fs) for r in data.rows) + 12
    cell_w = (options.width * 72 - left_pt - 70) / max(ncols, 1)
    rotate = widest > cell_w - 4
    top_pt = _title_pt(options) + (widest * 0.72 + fs * 1.2 if rotate else fs * 1.6) + 6
    bottom_pt = _footer_pt(options, lines) + 6
    natural = (top_pt + bottom_pt + nrows * max(22, fs * 2.6)) / 72
    fig, info = _new_figure("share_matrix", title, options, natural)
    _frame(fig, left=left_pt, right=10, top=top_pt, bottom=bottom_pt)
    ax = fig.add_subplot()
    cmap = colormaps[MATRIX_CMAP]
    norm = Normalize(0, 100)
    for i, row in enumerate(data.rows):
        target = Target(RecordKind.PLAN, row.plan_id)
        for j, party in enumerate(data.parties):
            pct = data.percents.get((i, party.code))
            if pct is None:
                cell = Rectangle(
                    (j, i), 1, 1, facecolor="#F2F2F2", edgecolor="white", hatch="...", linewidth=1.5
                )
                ax.add_patch(cell)
                ax.text(j + 0.5, i + 0.5, "－", ha="center", va="center", fontsize=fs, color="#555555")
                tip = texts.t(texts.MATRIX_NOT_PARTY).format(
                    texts.bracketed(row.duty_name, row.plan_name), party.label
                )
                _register(info, cell, target, tip)
                continue
            color = cmap(norm(float(pct)))
            cell = Rectangle((j, i), 1, 1, facecolor=color, edgecolor="white", linewidth=1.5)
            ax.add_patch(cell)
            ink = "white" if (0.2126 * color[0] + 0.7152 * color[1] + 0.0722 * color[2]) < 0.45 else "black"
            ax.text(
                j + 0.5, i + 0.5, texts.percent(pct), ha="center", va="center", fontsize=fs * 0.9, color=ink
            )
            amount = data.amounts[(i, party.code)]
            value = _value_text(float(amount), data.measure)
            tip = texts.t(texts.MATRIX_TIP).format(
                texts.bracketed(row.duty_name, row.plan_name),
                party.label,
                texts.percent(pct),
                value,
                _unit(data.measure),
            )
            _register(info, cell, target, tip)
    ax.set_xlim(0, ncols)
    ax.set_ylim(nrows, 0)
    ax.set_yticks([i + 0.5 for i in range(nrows)], labels=[r.duty_name for r in data.rows], fontsize=fs)
    ax.xaxis.tick_top()
    ax.set_xticks(
        [j + 0.5 for j in range(ncols)], labels=[p.label for p in data.parties], fontsize=fs,
        rotation=45 if rotate else 0, ha="left" if rotate else "center",
    )  # fmt: skip
    for label, party in zip(ax.get_xticklabels(), data.parties, strict=True):
        if party.is_home:
            label.set_fontweight("bold")
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    bar = fig.colorbar(
        ScalarMappable(norm=norm, cmap=cmap), ax=ax, shrink=0.85, pad=0.015, aspect=25, fraction=0.035
    )
    bar.set_label(texts.t(texts.MATRIX_COLORBAR), fontsize=fs * 0.9)
    bar.ax.tick_params(labelsize=fs * 0.8)
    _draw_footer(fig, options, lines)
    return fig


# --- 4. cooperation network ------------------------------------------------------------------------


@dataclass
class _Box:
    x0: float
    y0: float
    x1: float
    y1: float

    def overlap(self, other: _Box) -> float:
        w = min(self.x1, other.x1) - max(self.x0, other.x0)
        h = min(self.y1, other.y1) - max(self.y0, other.y0)
        return w * h if w > 0 and h > 0 else 0.0


# Label positions tried around a node, nearest first: (dx, dy) unit direction and alignment.
_DIRECTIONS = (
    (1, 0, "left", "center"),
    (-1, 0, "right", "center"),
    (0, 1, "center", "bottom"),
    (0, -1, "center", "top"),
    (0.75, 0.75, "left", "bottom"),
    (-0.75, 0.75, "right", "bottom"),
    (0.75, -0.75, "left", "top"),
    (-0.75, -0.75, "right", "top"),
)


def _label_box(x: float, y: float, w: float, h: float, ha: str, va: str) -> _Box:
    x0 = x if ha == "left" else x - w if ha == "right" else x - w / 2
    y0 = y if va == "bottom" else y - h if va == "top" else y - h / 2
    return _Box(x0, y0, x0 + w, y0 + h)


def place_labels(
    points: Sequence[tuple[float, float]],
    sizes: Sequence[tuple[float, float]],
    obstacles: Sequence[_Box],
    bounds: _Box,
    radius: float,
) -> list[tuple[float, float, str, str]]:
    """Greedy placement of one label per point (all in points on the page): the first position around
    the point, nearest first, that overlaps neither another label, a node nor the frame; else the one
    overlapping least. Returns (x, y, ha, va) of each label's anchor."""
    placed: list[_Box] = []
    result: list[tuple[float, float, str, str]] = []
    for (px, py), (w, h) in zip(points, sizes, strict=True):
        best: tuple[float, tuple[float, float, str, str], _Box] | None = None
        for step in (1.0, 1.8, 2.8, 4.0, 5.5):
            for dx, dy, ha, va in _DIRECTIONS:
                x, y = px + dx * radius * step, py + dy * radius * step
                box = _label_box(x, y, w, h, ha, va)
                cost = sum(box.overlap(o) for o in placed) + sum(box.overlap(o) for o in obstacles)
                outside = max(0.0, bounds.x0 - box.x0) + max(0.0, box.x1 - bounds.x1)
                outside += max(0.0, bounds.y0 - box.y0) + max(0.0, box.y1 - bounds.y1)
                cost += outside * h * 4 + step * 0.01
                if best is None or cost < best[0]:
                    best = (cost, (x, y, ha, va), box)
            if best is not None and best[0] < 1.0:
                break
        assert best is not None
        placed.append(best[2])
        result.append(best[1])
    return result


def _nice_km(span_km: float) -> float:
    target = span_km / 5
    for step in (0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500):
        if step >= target:
            return step
    return 1000.0


def network_figure(data: Network, *, options: ChartOptions | None = None) -> Figure:
    """Parties at their town halls (a schematic map: longitude × latitude at the true aspect), lines
    lead ⇔ party per plan, as thick as the cost the plans share (the amount written beside each node's
    name is what that party pays); the home town a star, prefectures squares in a band above the map."""
    options = options or ChartOptions()
    key = "network"
    title = texts.title(key)
    if data.empty is not None:
        return empty_figure(key, title, texts.t(data.empty), options)
    fs = options.font_size
    notes = [texts.t(texts.NETWORK_NOTE), texts.t(texts.CHOSEN_NOTE), data.filter_text]
    if data.left_out:
        notes.append(texts.t(texts.LEFT_OUT).format(texts.join(data.left_out)))
    lines = _notes(options, notes)
    footer = _footer_height(options, lines)
    legend_h = 2 * fs * 1.9 / 72 + 0.1
    natural = options.width * 0.78 + footer + legend_h
    register_japanese_font()
    height = options.height if options.height is not None else max(natural, options.min_height)
    fig = ChartFigure(figsize=(options.width, height))
    FigureCanvasAgg(fig)
    info = ChartInfo(key, title)
    fig.renkei_chart = info  # type: ignore[attr-defined]
    title_h = fs * 1.25 * 2.2 / 72
    fig.suptitle(title, fontsize=fs * 1.25, fontweight="bold", y=1 - 0.06 / height)
    bottom = (footer + legend_h) / height
    top = 1 - title_h / height
    margin = 0.15 / options.width
    fig.subplots_adjust(left=margin, right=1 - margin, bottom=bottom, top=top)
    ax = fig.add_subplot()
    box_w = options.width * (1 - 2 * margin) * 72  # points
    box_h = height * (top - bottom) * 72

    placed = [n for n in data.nodes if n.placed]
    band = [n for n in data.nodes if not n.placed]
    lats = [n.latitude for n in placed]
    lons = [n.longitude for n in placed]
    lat0 = sum(lats) / len(lats)  # type: ignore[arg-type]
    kx = math.cos(math.radians(lat0))  # a degree of longitude is this much of a degree of latitude
    x_of = {n.party.code: (n.longitude - min(lons)) * kx for n in placed}  # type: ignore[operator]
    y_of = {n.party.code: n.latitude - min(lats) for n in placed}  # type: ignore[operator]
    span_x = max(x_of.values()) or 0.05
    span_y = max(y_of.values()) or 0.05
    band_h = 0.22 * max(span_x, span_y) if band else 0.0
    pad = 0.28 * max(span_x, span_y, 0.05)
    # Fit [−pad, span+pad] × [−pad, span+band+pad] into the box at one scale (points per degree).
    need_w, need_h = span_x + 2 * pad, span_y + band_h + 2 * pad
    scale = min(box_w / need_w, box_h / need_h)
    extra_x = (box_w / scale - need_w) / 2
    extra_y = (box_h / scale - need_h) / 2
    x_lim = (-pad - extra_x, span_x + pad + extra_x)
    y_lim = (-pad - extra_y, span_y + band_h + pad + extra_y)
    if band:
        band_y = span_y + pad * 0.5 + band_h * 0.5
        step = (x_lim[1] - x_lim[0]) / (len(band) + 1)
        for k, node in enumerate(band):
            x_of[node.party.code] = x_lim[0] + step * (k + 1)
            y_of[node.party.code] = band_y
        ax.axhline(span_y + pad * 0.5 - band_h * 0.05, color="#AAAAAA", linestyle=(0, (2, 3)), linewidth=0.7)
        ax.text(
            x_lim[0] + (x_lim[1] - x_lim[0]) * 0.01, y_lim[1] - (y_lim[1] - y_lim[0]) * 0.01,
            texts.t(texts.NETWORK_PREFECTURE_BAND), ha="left", va="top", fontsize=fs * 0.8, color="#555555",
        )  # fmt: skip
    ax.set_xlim(*x_lim)
    ax.set_ylim(*y_lim)
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_color("#BBBBBB")

    def to_pt(x: float, y: float) -> tuple[float, float]:
        return ((x - x_lim[0]) * scale, (y - y_lim[0]) * scale)

    # Lines first (below the nodes), as thick as the cost they share.
    top_cost = max((e.cost_yen for e in data.edges), default=0) or 1
    names = {n.party.code: n.party.label for n in data.nodes}
    for edge in data.edges:
        if edge.a not in x_of or edge.b not in x_of:
            continue
        xs = [x_of[edge.a], x_of[edge.b]]
        ys = [y_of[edge.a], y_of[edge.b]]
        if edge.has_plan and edge.cost_yen > 0:
            width = 1.2 + 7.0 * math.sqrt(edge.cost_yen / top_cost)
            (line,) = ax.plot(
                xs, ys, color=OKABE_ITO["blue"], linewidth=width, alpha=0.75, solid_capstyle="round", zorder=1
            )
        else:
            width = 1.2
            (line,) = ax.plot(xs, ys, color="#555555", linewidth=width, linestyle=(0, (4, 2)), zorder=1)
        line.set_pickradius(max(4.0, width))
        tip = texts.t(texts.NETWORK_EDGE_TIP).format(
            names[edge.a], names[edge.b], texts.thousand_yen(edge.cost_yen), "\n".join(edge.names)
        )
        _register(info, line, edge.targets[0] if edge.targets else None, tip)

    # Nodes: marker shape says what a party is (star = home, circle = municipality, square = prefecture).
    obstacles: list[_Box] = []
    order = sorted(data.nodes, key=lambda n: (not n.party.is_home, -n.cost_yen, n.party.code))
    points, sizes, label_texts = [], [], []
    for node in order:
        code = node.party.code
        x, y = x_of[code], y_of[code]
        if node.party.is_home:
            marker, size, color = "*", 22, OKABE_ITO["vermillion"]
        elif node.party.is_prefecture:
            marker, size, color = "s", 13, OKABE_ITO["green"]
        elif not node.placed:
            marker, size, color = "D", 11, OKABE_ITO["grey"]
        else:
            marker, size, color = "o", 12, OKABE_ITO["sky"]
        (dot,) = ax.plot(
            [x], [y], marker=marker, markersize=size, color=color, markeredgecolor="black", markeredgewidth=1.0,
            linestyle="none", zorder=3,
        )  # fmt: skip
        dot.set_pickradius(size * 0.6)
        plans = texts.join(node.plan_names)
        tip = texts.t(texts.NETWORK_NODE_TIP).format(
            node.party.label, texts.thousand_yen(node.cost_yen), texts.person_years(node.workload), plans
        )
        _register(info, dot, node.target, tip)
        px, py = to_pt(x, y)
        half = size * 0.55
        obstacles.append(_Box(px - half, py - half, px + half, py + half))
        name = node.party.label
        if not node.placed and not node.party.is_prefecture:
            name = texts.bracketed(name, texts.t(texts.NETWORK_NO_POSITION))
        label = (
            f"{name}\n{texts.thousand_yen(node.cost_yen)} {texts.t(texts.COST_SHORT)}"
            if node.cost_yen
            else name
        )
        label_texts.append((label, node.party.is_home))
        points.append((px, py))
        sizes.append((text_width_pt(label, fs) + 4, (label.count("\n") + 1) * fs * 1.3 + 2))
    # Line-midpoint obstacles keep labels off the thick lines' middles where possible.
    for edge in data.edges:
        if edge.a in x_of and edge.b in x_of:
            mx, my = to_pt((x_of[edge.a] + x_of[edge.b]) / 2, (y_of[edge.a] + y_of[edge.b]) / 2)
            obstacles.append(_Box(mx - 3, my - 3, mx + 3, my + 3))
    # A scale bar (km), bottom left.
    km_per_unit = 111.32  # one degree of latitude; x is already scaled by cos(latitude)
    span_km = (x_lim[1] - x_lim[0]) * km_per_unit
    bar_km = _nice_km(span_km)
    bar_len = bar_km / km_per_unit
    x0 = x_lim[0] + (x_lim[1] - x_lim[0]) * 0.03
    y0 = y_lim[0] + (y_lim[1] - y_lim[0]) * 0.04
    ax.plot([x0, x0 + bar_len], [y0, y0], color="black", linewidth=2, solid_capstyle="butt")
    ax.text(x0 + bar_len / 2, y0 + (y_lim[1] - y_lim[0]) * 0.012, texts.t(texts.SCALE_KM).format(f"{bar_km:g}"),
            ha="center", va="bottom", fontsize=fs * 0.8)  # fmt: skip
    bx0, by0 = to_pt(x0, y0)
    bx1, _ = to_pt(x0 + bar_len, y0)
    obstacles.append(_Box(bx0 - 2, by0 - 3, bx1 + 2, by0 + fs * 0.8 * 1.4 + 6))  # keep labels off the scale

    spots = place_labels(points, sizes, obstacles, _Box(0, 0, box_w, box_h), radius=11)
    in_points = _pt_transform(ax, x_lim, y_lim, scale)
    for (label, home), (px, py), (lx, ly, ha, va) in zip(label_texts, points, spots, strict=True):
        far = math.hypot(lx - px, ly - py) > 14
        ax.annotate(
            label, xy=(px, py), xycoords=in_points, xytext=(lx, ly), textcoords=in_points, ha=ha, va=va,
            fontsize=fs * (1.05 if home else 0.95), fontweight="bold" if home else "normal", zorder=4,
            bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": "#888888" if far else "none", "lw": 0.5, "alpha": 0.9},
            arrowprops={"arrowstyle": "-", "color": "#666666", "lw": 0.6, "shrinkA": 0, "shrinkB": 5} if far else None,
        )  # fmt: skip

    # Legend: shapes, and three line widths with their amounts.
    handles = [
        Line2D([], [], marker="*", markersize=12, color=OKABE_ITO["vermillion"], markeredgecolor="black", linestyle="none",
               label=texts.t(texts.NETWORK_LEGEND_HOME)),
        Line2D([], [], marker="o", markersize=8, color=OKABE_ITO["sky"], markeredgecolor="black", linestyle="none",
               label=texts.t(texts.NETWORK_LEGEND_PARTNER)),
        Line2D([], [], marker="s", markersize=8, color=OKABE_ITO["green"], markeredgecolor="black", linestyle="none",
               label=texts.t(texts.NETWORK_LEGEND_PREFECTURE)),
        Line2D([], [], color="#555555", linewidth=1.2, linestyle=(0, (4, 2)), label=texts.t(texts.NETWORK_LEGEND_AGREEMENT)),
    ]  # fmt: skip
    # Only what the map shows: no 都道府県 entry without a prefecture, no dashed line without one.
    if not any(n.party.is_prefecture for n in data.nodes):
        handles = [h for h in handles if h.get_label() != texts.t(texts.NETWORK_LEGEND_PREFECTURE)]
    if all(e.has_plan and e.cost_yen > 0 for e in data.edges):
        handles = [h for h in handles if h.get_label() != texts.t(texts.NETWORK_LEGEND_AGREEMENT)]
    costs = sorted({e.cost_yen for e in data.edges if e.has_plan and e.cost_yen > 0})
    for cost in ([costs[0], costs[len(costs) // 2], costs[-1]] if len(costs) >= 3 else costs)[::-1]:
        if any(
            h.get_label().endswith(texts.thousand_yen(cost) + " " + texts.t(texts.COST_SHORT))
            for h in handles
        ):
            continue
        width = 1.2 + 7.0 * math.sqrt(cost / top_cost)
        handles.append(
            Line2D([], [], color=OKABE_ITO["blue"], alpha=0.75, linewidth=width,
                   label=f"{texts.t(texts.NETWORK_LEGEND_PLAN)} {texts.thousand_yen(cost)} {texts.t(texts.COST_SHORT)}")
        )  # fmt: skip
    fig.legend(
        handles=handles, loc="lower center", bbox_to_anchor=(0.5, footer / height), ncols=3, fontsize=fs * 0.85,
        frameon=False, handlelength=2.6, columnspacing=1.2,
    )  # fmt: skip
    if lines:
        fig.text(
            0.012, footer / height - 0.04 / height, "\n".join(lines), ha="left", va="top",
            fontsize=fs * 0.9, linespacing=1.45, color="#222222",
        )  # fmt: skip
    return fig


def _pt_transform(ax, x_lim: tuple[float, float], y_lim: tuple[float, float], scale: float):  # noqa: ANN001, ANN202
    """Points from the axes' lower-left corner → display, for labels placed in points."""
    from matplotlib.transforms import Affine2D

    return Affine2D().scale(1 / scale).translate(x_lim[0], y_lim[0]) + ax.transData


# --- 5. agreement timeline ---------------------------------------------------------------------------


def _year_formatter(lang: str) -> FuncFormatter:
    """The year ticks of a time axis in ``lang``: 令和7年 in Japanese, 2025 in English (texts.year_text).

    The language is the one the figure was built in: matplotlib calls the formatter when it draws, which
    may be after the build (a document printed in another language than the UI's)."""
    from matplotlib.dates import num2date

    return FuncFormatter(lambda value, _pos=None: texts.year_text(num2date(value).date(), lang))


def _legend_columns(labels: Sequence[str], font_size: float, width_pt: float, most: int = 4) -> int:
    """The most columns (up to ``most``) in which a legend of ``labels`` fits ``width_pt``, by estimated
    text widths and matplotlib's default spacing, its entries filled column by column as matplotlib does."""
    n = len(labels)
    for ncols in range(min(most, n), 1, -1):
        rows, large = divmod(n, ncols)
        start, width = 0, (ncols - 1) * 2.0 * font_size + 2 * 0.4 * font_size  # columnspacing, borderpad
        for size in [rows + 1] * large + [rows] * (ncols - large):
            column = labels[start : start + size]
            width += max(text_width_pt(label, font_size) for label in column) + (2.0 + 0.8) * font_size
            start += size
        if width <= width_pt:
            return ncols
    return 1


def timeline_figure(data: Timeline, *, options: ChartOptions | None = None) -> Figure:
    """One row per agreement: its lifecycle events as markers (a shape per kind), a line through
    them, the review deadlines as stars with their date, and today as a dashed line. Dates and the years
    of the axis in the charts' language: 和暦 in Japanese, Gregorian in English (texts.date_text)."""
    options = options or ChartOptions()
    key = "timeline"
    title = texts.title(key)
    if data.empty is not None:
        return empty_figure(key, title, texts.t(data.empty), options)
    from matplotlib.dates import YearLocator, date2num

    fs = options.font_size
    lang = texts.language()
    lines = _notes(options, [texts.t(texts.TIMELINE_NOTE), data.filter_text])
    kinds = [k for k in EventKind if any(e.kind is k for r in data.rows for e in r.events)]
    n = len(data.rows)
    wrapped = ["\n".join(wrap(r.title, 150, fs)) for r in data.rows]
    row_pt = max(30, max(w.count("\n") + 1 for w in wrapped) * fs * 0.9 * 1.5 + 10)
    left_pt = max(text_width_pt(w, fs * 0.9) for w in wrapped) + 20
    # The key of the markers, from the axes' left edge (as _frame places it) to the figure's right edge:
    # four columns when they fit (the longer names in English may take fewer).
    key_width = options.width * 72 - min(left_pt, options.width * 72 * 0.45)
    key_cols = _legend_columns([texts.event_name(k) for k in kinds], fs * 0.85, key_width - 4)
    top_pt = _title_pt(options) + math.ceil(len(kinds) / key_cols) * fs * 0.85 * 2.1 + fs * 1.6 + 10
    bottom_pt = _axis_pt(options, xlabel=False) + _footer_pt(options, lines)
    natural = (top_pt + bottom_pt + n * row_pt) / 72
    fig, info = _new_figure(key, title, options, natural)
    _frame(fig, left=left_pt, right=12, top=top_pt, bottom=bottom_pt)
    ax = fig.add_subplot()
    days = [e.day for r in data.rows for e in r.events] + [data.today]
    first, last = min(days), max(days)
    span = max((last - first).days, 60)
    x_left = date2num(first - timedelta(days=span * 0.04))
    # Room on the right for the review labels beside the last stars (a fraction of the axes' width).
    review_w = max(
        (text_width_pt(texts.t(texts.TIMELINE_REVIEW).format(texts.date_text(d, lang)), fs * 0.85) for r in data.rows for d in r.review_dates),
        default=0,
    )  # fmt: skip
    axes_w = options.width * 72 - left_pt - 12
    share = min((review_w + 20) / axes_w, 0.6)
    x_right = max(
        (date2num(last) - share * x_left) / (1 - share), date2num(last + timedelta(days=span * 0.05))
    )
    ax.set_xlim(x_left, x_right)
    for i, row in enumerate(data.rows):
        target = Target(RecordKind.AGREEMENT, row.agreement_id)
        start, end = row.events[0].day, row.events[-1].day
        (line,) = ax.plot([date2num(start), date2num(end)], [i, i], color="#888888", linewidth=2, zorder=1)
        _register(info, line, target, row.title)
        for event in row.events:
            marker, color = EVENT_STYLE[event.kind]
            review = event.kind is EventKind.REVIEW_DUE
            (dot,) = ax.plot(
                [date2num(event.day)], [i], marker=marker, markersize=15 if review else 8, color=color,
                markeredgecolor="black", markeredgewidth=0.7, linestyle="none", zorder=3,
            )  # fmt: skip
            dot.set_pickradius(6)
            what = texts.event_name(event.kind)
            if event.party_name:
                what = texts.bracketed(what, event.party_name)
            _register(
                info,
                dot,
                target,
                texts.t(texts.TIMELINE_TIP).format(row.title, what, texts.date_text(event.day, lang)),
            )
            if review:
                ax.annotate(
                    texts.t(texts.TIMELINE_REVIEW).format(texts.date_text(event.day, lang)), xy=(date2num(event.day), i),
                    xytext=(9, 0), textcoords="offset points", ha="left", va="center", fontsize=fs * 0.85,
                    fontweight="bold", bbox=LABEL_BOX,
                )  # fmt: skip
    today = date2num(data.today)
    ax.axvline(today, color="black", linestyle=(0, (3, 2)), linewidth=0.9, zorder=2)
    ax.annotate(
        texts.t(texts.TIMELINE_TODAY), xy=(today, 1), xycoords=("data", "axes fraction"), xytext=(0, 2),
        textcoords="offset points", ha="center", va="bottom", fontsize=fs * 0.85,
    )  # fmt: skip
    ax.set_yticks(range(n), labels=wrapped, fontsize=fs * 0.9)
    ax.set_ylim(n - 0.5, -0.6)
    ax.xaxis.set_major_locator(YearLocator())
    ax.xaxis.set_major_formatter(_year_formatter(lang))
    ax.tick_params(axis="x", labelsize=fs * 0.85)
    ax.grid(axis="x", color="#E4E4E4", linewidth=0.6)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    handles = [
        Line2D([], [], marker=EVENT_STYLE[k][0], color=EVENT_STYLE[k][1], markeredgecolor="black", linestyle="none",
               markersize=11 if k is EventKind.REVIEW_DUE else 7, label=texts.event_name(k))
        for k in kinds
    ]  # fmt: skip
    # Above the axes, and above the 今日 label there (2 pt over the axes, a line high) however short they are.
    axes_h_pt = fig.get_figheight() * 72 * ax.get_position().height
    ax.legend(
        handles=handles, loc="lower left", bbox_to_anchor=(0, max(1.06, 1 + (2 + fs * 0.85 * 1.2) / axes_h_pt)),
        ncols=key_cols, fontsize=fs * 0.85, frameon=False, borderaxespad=0,
    )  # fmt: skip
    _draw_footer(fig, options, lines)
    return fig


# --- 6. before / after ------------------------------------------------------------------------------


def before_after_figure(data: BeforeAfter, *, options: ChartOptions | None = None) -> Figure:
    """The home town per category: alone (grey, hatched) and under the chosen plans (blue, plain), in
    two panels (人工, 千円), each bar's value beside it and the difference stated for each category."""
    options = options or ChartOptions()
    key = "before_after"
    title = texts.title(key)
    if data.home is not None:
        title = f"{title} — {data.home.name}"
    if data.empty is not None:
        return empty_figure(key, title, texts.t(data.empty), options)
    fs = options.font_size
    w_before, w_after = data.total_before(Measure.WORKLOAD), data.total_after(Measure.WORKLOAD)
    c_before, c_after = data.total_before(Measure.COST), data.total_after(Measure.COST)
    total = texts.t(texts.BEFORE_AFTER_TOTAL).format(
        texts.person_years(w_before), texts.person_years(w_after), _difference(w_after - w_before, Measure.WORKLOAD),
        texts.thousand_yen(round(c_before * 1000)), texts.thousand_yen(round(c_after * 1000)),
        _difference(c_after - c_before, Measure.COST),
    )  # fmt: skip
    notes = [total, texts.t(texts.BEFORE_AFTER_NOTE), data.filter_text]
    if data.left_out:
        notes.append(texts.t(texts.LEFT_OUT).format(texts.join(data.left_out)))
    notes.append(texts.t(texts.ROUNDING_NOTE))
    lines = _notes(options, notes)
    n = len(data.rows)
    top_pt = _title_pt(options) + fs * 0.9 * 2.0 + 8
    bottom_pt = _axis_pt(options) + _footer_pt(options, lines)
    natural = (top_pt + bottom_pt + n * max(30, fs * 3.6)) / 72
    fig, info = _new_figure(key, title, options, natural)
    left_pt = max(text_width_pt(texts.category_name(r.category), fs) for r in data.rows) + 14
    _frame(fig, left=left_pt, right=10, top=top_pt, bottom=bottom_pt, gap=18, ncols=2)
    axes = fig.subplots(1, 2, sharey=True)
    before_name, after_name = texts.t(texts.BEFORE), texts.t(texts.AFTER)
    for ax, measure in zip(axes, (Measure.WORKLOAD, Measure.COST), strict=True):
        before = [r.before(measure) for r in data.rows]
        after = [r.after(measure) for r in data.rows]
        top = max(before + after, default=0) or 1.0
        for offset, values, (color, hatch), name, which in (
            (-0.2, before, BEFORE_STYLE, before_name, "before"),
            (0.2, after, AFTER_STYLE, after_name, "after"),
        ):
            bars = ax.barh(
                [i + offset for i in range(n)], values, height=0.38, color=color, hatch=hatch, edgecolor=EDGE,
                linewidth=0.6, label=name,
            )  # fmt: skip
            for i, (bar, value) in enumerate(zip(bars, values, strict=True)):
                row = data.rows[i]
                ax.text(
                    value + top * 0.015,
                    i + offset,
                    _value_text(value, measure),
                    ha="left",
                    va="center",
                    fontsize=fs * 0.8,
                )
                target = row.before_target() if which == "before" else row.after_target()
                tip = texts.t(texts.BEFORE_AFTER_TIP).format(
                    texts.category_name(row.category), name, _value_text(value, measure), _unit(measure)
                )
                _register(info, bar, target, tip)
        for i in range(n):
            diff = after[i] - before[i]
            ax.text(
                0.995, i, texts.t(texts.DIFFERENCE).format(_difference(diff, measure)),
                transform=ax.get_yaxis_transform(), ha="right", va="center", fontsize=fs * 0.85,
                fontweight="bold", bbox=LABEL_BOX,
            )  # fmt: skip
        ax.set_xlim(0, top * 1.9)
        ax.set_xlabel(texts.t(texts.WORKLOAD if measure is Measure.WORKLOAD else texts.COST), fontsize=fs)
        _value_axis(ax, measure, fs)
    axes[0].set_yticks(range(n), labels=[texts.category_name(r.category) for r in data.rows], fontsize=fs)
    axes[0].set_ylim(n - 0.5, -0.5)
    handles = [
        Patch(facecolor=BEFORE_STYLE[0], hatch=BEFORE_STYLE[1], edgecolor=EDGE, label=before_name),
        Patch(facecolor=AFTER_STYLE[0], hatch=AFTER_STYLE[1], edgecolor=EDGE, label=after_name),
    ]
    axes[0].legend(
        handles=handles, loc="lower left", bbox_to_anchor=(0, 1.01), ncols=2, fontsize=fs * 0.9, frameon=False,
        borderaxespad=0, handlelength=2.4, handleheight=1.3,
    )  # fmt: skip
    _draw_footer(fig, options, lines)
    return fig


def _difference(value: float, measure: Measure) -> str:
    text = _value_text(value, measure)
    zero = text in ("0", "0.00")
    return texts.signed(text, negative=text.startswith("△"), positive=not zero and not text.startswith("△"))
