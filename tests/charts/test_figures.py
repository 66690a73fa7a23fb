"""The figure builders, tested directly on known data: bars, their sizes, labels, marks and empty states.

Every test here fails on a matplotlib missing-glyph warning (Japanese drawn as boxes)."""

from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import PathPatch, Rectangle
from matplotlib.text import Text
from matplotlib.transforms import Bbox

from renkei_desktop.charts import figures as cf
from renkei_desktop.charts import texts
from renkei_desktop.charts.data import (
    BeforeAfter,
    BeforeAfterRow,
    LoadCell,
    MatrixRow,
    Measure,
    Network,
    NetworkEdge,
    NetworkNode,
    PartyLoad,
    PartyRef,
    PlanPart,
    PlanShareData,
    RecordKind,
    ShareMatrix,
    ShareRow,
    Target,
    Timeline,
    TimelineEvent,
    TimelineRow,
)
from renkei_desktop.domain.agreements import AgreementKind, EventKind
from renkei_desktop.domain.duties import DutyCategory
from renkei_desktop.domain.methods import CooperationMethod
from renkei_desktop.domain.plans import PlanStatus

from .conftest import draw

pytestmark = pytest.mark.filterwarnings("error:Glyph .* missing:UserWarning")

HOME = PartyRef("204137", "天龍村", is_home=True)
IIDA = PartyRef("202053", "飯田市")
ANAN = PartyRef("204048", "阿南町")
PREF = PartyRef("200000", "長野県", is_prefecture=True)
W, E = DutyCategory.WELFARE_HEALTH, DutyCategory.ENVIRONMENT


def _texts(figure: Figure) -> list[str]:
    """Every word drawn: ``Text`` artists and the labels chart 1 draws in bulk."""
    found = [t.get_text() for t in figure.findobj(Text) if t.get_text()]
    return found + [text for labels in figure.findobj(cf.Labels) for text in labels.texts()]


def _load() -> PartyLoad:
    def cell(party, category, work, yen, plan=1):
        return LoadCell(
            party.code, category, Decimal(work), yen, (PlanPart(plan, f"案{plan}", Decimal(work), yen),)
        )

    cells = {
        (HOME.code, W): cell(HOME, W, "0.5", 1_000_000),
        (HOME.code, E): cell(HOME, E, "0.25", 3_000_000, plan=2),
        (IIDA.code, W): cell(IIDA, W, "2", 8_000_000),
        (IIDA.code, E): cell(IIDA, E, "1", 12_000_000, plan=2),
        (ANAN.code, E): cell(ANAN, E, "0.5", 500_000, plan=2),
    }
    return PartyLoad((HOME, IIDA, ANAN), (W, E), cells)


def _series(figure: Figure) -> list[PathPatch]:
    return [p for p in figure.axes[0].patches if isinstance(p, PathPatch)]


def _segments(figure: Figure) -> dict[str, list[tuple[float, float, float]]]:
    """Per category (one compound patch each): (left, width, row centre) of each drawn rectangle,
    leaving out the category's swatch in the key (the same patch, above the first bar)."""
    found = {}
    for patch in _series(figure):
        path = patch.get_path()
        rectangles = [path.vertices[k : k + 4] for k in range(0, len(path.vertices), 5)]
        found[patch.get_label()] = [
            (r[:, 0].min(), r[:, 0].max() - r[:, 0].min(), (r[:, 1].min() + r[:, 1].max()) / 2)
            for r in rectangles
            if r[:, 1].max() > -0.5
        ]
    return found


def _labels(figure: Figure, kind: str) -> cf.Labels:
    return cf.chart_info(figure).labels[kind]


# --- 1 ------------------------------------------------------------------------------------------------


def test_party_load_draws_one_segment_per_party_and_category_with_its_value():
    figure = cf.party_load_figure(_load(), Measure.COST)
    draw(figure)
    segments = _segments(figure)
    assert set(segments) == {"福祉・保健", "環境衛生"}
    assert segments["福祉・保健"] == [(0, pytest.approx(1000), 0), (0, pytest.approx(8000), 1)]
    # environment stacks after welfare; 阿南町 has no welfare share, so its segment starts at 0
    assert segments["環境衛生"] == [
        (pytest.approx(1000), pytest.approx(3000), 0),
        (pytest.approx(8000), pytest.approx(12000), 1),
        (0, pytest.approx(500), 2),
    ]
    assert _labels(figure, "names").texts() == ["天龍村（本団体）", "飯田市", "阿南町"]
    assert _labels(figure, "names").bold() == [True, False, False]  # the home town
    assert _labels(figure, "totals").texts() == ["4,000", "20,000", "500"]  # beside the bars, in 千円


def test_party_load_switches_to_workload_in_person_years():
    figure = cf.party_load_figure(_load(), Measure.WORKLOAD)
    draw(figure)
    widths = [w for boxes in _segments(figure).values() for _, w, _ in boxes]
    assert sorted(widths) == pytest.approx([0.25, 0.5, 0.5, 1, 2])
    assert _labels(figure, "totals").texts() == ["0.75", "3.00", "0.50"]
    assert "業務量（人工）" in figure._suptitle.get_text()
    assert _labels(figure, "axis").texts() == ["各団体が担う業務量（人工）"]


def test_party_load_segments_map_to_their_plan_with_a_tooltip():
    figure = cf.party_load_figure(_load(), Measure.COST)
    info = cf.chart_info(figure)
    assert len(info.hits) == 5
    environment = next(p for p in _series(figure) if p.get_label() == "環境衛生")
    hit = next(h for h in info.hits if h.artist is environment and h.box[1] < 1 < h.box[3])
    assert hit.target == Target(RecordKind.PLAN, 2)
    assert hit.value == pytest.approx(12000)
    assert hit.tooltip.startswith("飯田市・環境衛生: 12,000 千円")


def test_a_click_on_a_segment_finds_it_in_its_series():
    from matplotlib.backend_bases import MouseEvent

    figure = cf.party_load_figure(_load(), Measure.COST)
    draw(figure)
    ax = figure.axes[0]
    x, y = ax.transData.transform((8000 + 6000, 1))  # the middle of 飯田市's environment segment
    event = MouseEvent("button_press_event", figure.canvas, x, y, button=1)
    hit = cf.chart_info(figure).hit_at(event)
    assert hit is not None and hit.value == pytest.approx(12000) and hit.target == Target(RecordKind.PLAN, 2)
    x, y = ax.transData.transform((8000 + 6000, 1.5))  # between two bars: nothing
    assert cf.chart_info(figure).hit_at(MouseEvent("motion_notify_event", figure.canvas, x, y)) is None


def test_party_load_marks_categories_by_hatch_as_well_as_colour():
    figure = cf.party_load_figure(_load(), Measure.COST)
    hatches = {p.get_label(): p.get_hatch() for p in _series(figure)}
    colours = {p.get_label(): tuple(p.get_facecolor()) for p in _series(figure)}
    assert len(set(hatches.values())) == len(hatches) and len(set(colours.values())) == len(colours)
    key = cf.chart_info(figure).legend
    assert [name for name, _ in key] == ["福祉・保健", "環境衛生"]
    assert _labels(figure, "key").texts() == ["福祉・保健", "環境衛生"]
    assert [patch.get_hatch() or "" for _, patch in key] == [cf.CATEGORY_STYLE[W][1], cf.CATEGORY_STYLE[E][1]]


def test_party_load_with_many_parties_keeps_segment_values_in_tooltips_only():
    parties = tuple(PartyRef(f"{i:06d}", f"町{i}") for i in range(30))
    cells = {
        (p.code, W): LoadCell(p.code, W, Decimal(1), 1_000_000, (PlanPart(1, "案", Decimal(1), 1_000_000),))
        for p in parties
    }
    figure = cf.party_load_figure(PartyLoad(parties, (W,), cells), Measure.COST)
    draw(figure)
    assert _labels(figure, "segments").texts() == []  # the values are in the tooltips
    assert _labels(figure, "totals").texts() == ["1,000"] * 30
    assert len(_labels(figure, "names").texts()) == 30


def _many(parties: int, categories: int) -> PartyLoad:
    """``parties`` towns (the first the home town) with a figure in each of the first ``categories``."""
    refs = tuple(PartyRef(f"{i:06d}", f"第{i:02d}町", is_home=i == 0) for i in range(parties))
    cats = tuple(DutyCategory)[:categories]
    cells = {}
    for i, party in enumerate(refs):
        for j, category in enumerate(cats):
            work, yen = Decimal((i * 7 + j * 13) % 290 + 10) / 100, ((i * 37 + j * 101) % 480 + 20) * 100_000
            cells[(party.code, category)] = LoadCell(
                party.code, category, work, yen, (PlanPart(j + 1, f"案{j}", work, yen),)
            )
    return PartyLoad(refs, cats, cells)


SCREEN = cf.ChartOptions(width=10.5, min_height=5.5, font_size=9.5)  # the page at 1360 × 860


def _overlaps(a, b) -> bool:  # noqa: ANN001
    return min(a.x1, b.x1) - max(a.x0, b.x0) > 0.5 and min(a.y1, b.y1) - max(a.y0, b.y0) > 0.5


@pytest.mark.parametrize(
    ("parties", "categories", "options", "dpi"),
    [
        (50, 10, SCREEN, 100),
        (5, 6, SCREEN, 100),
        (5, 6, cf.ChartOptions(), 200),
        (12, 10, cf.ChartOptions(), 100),
    ],
)
@pytest.mark.parametrize("measure", [Measure.COST, Measure.WORKLOAD])
def test_party_load_words_neither_overlap_nor_leave_the_figure(parties, categories, options, dpi, measure):
    figure = cf.party_load_figure(_many(parties, categories), measure, options=options)
    figure.set_dpi(dpi)
    draw(figure)
    renderer = figure.canvas.get_renderer()
    info = cf.chart_info(figure)
    boxes = [box for labels in info.labels.values() for box in labels.extents(renderer)]
    boxes += [t.get_window_extent(renderer) for t in figure.texts if t.get_text()]  # title, notes
    page = figure.bbox
    assert all(page.x0 <= b.x0 and b.x1 <= page.x1 and page.y0 <= b.y0 and b.y1 <= page.y1 for b in boxes)
    assert not [(a, b) for k, a in enumerate(boxes) for b in boxes[k + 1 :] if _overlaps(a, b)]
    axes = figure.axes[0].get_window_extent(renderer)
    assert max(b.x1 for b in info.labels["names"].extents(renderer)) < axes.x0
    # the key's swatches: above the bars, clear of every word
    for (_, patch), labels_box in zip(info.legend, info.labels["key"].extents(renderer), strict=True):
        vertices = patch.get_transform().transform(patch.get_path().vertices[-5:-1])
        swatch = Bbox([vertices.min(axis=0), vertices.max(axis=0)])
        assert swatch.y0 > axes.y1 and swatch.x1 < labels_box.x0
        assert not [b for b in boxes if _overlaps(swatch, b)]


def test_the_value_axis_leaves_out_a_number_that_would_be_cut_off_at_the_right_edge():
    figure = Figure(figsize=(6, 3))
    FigureCanvasAgg(figure)
    cf._frame(figure, left=40, right=10, top=10, bottom=40)
    ax = figure.add_subplot()
    ax.set_xlim(0, 160_000)  # a round number at the very end: its label would stick out by half
    labels = cf._drawn_value_axis(ax, Measure.COST, 9.5, 160_000, "千円")
    draw(figure)
    assert labels["ticks"].texts() == ["0", "40,000", "80,000", "120,000"]
    assert all(box.x1 <= figure.bbox.x1 for box in labels["ticks"].extents())


def test_party_load_writes_a_value_only_inside_a_segment_wide_enough():
    figure = cf.party_load_figure(_many(5, 6), Measure.COST, options=SCREEN)
    draw(figure)
    renderer = figure.canvas.get_renderer()
    info = cf.chart_info(figure)
    labels = info.labels["segments"]
    assert 0 < len(labels.texts()) < 30  # some segments are too narrow for their number
    to_pixels = figure.axes[0].transData.transform
    for (x, y, text, _), box in zip(labels.items, labels.extents(renderer), strict=True):
        hit = next(h for h in info.hits if h.box[0] < x < h.box[2] and h.box[1] < y < h.box[3])
        assert text == f"{hit.value:,.0f}"
        (x0, y0), (x1, y1) = to_pixels([(hit.box[0], hit.box[1]), (hit.box[2], hit.box[3])])
        assert min(x0, x1) < box.x0 and box.x1 < max(x0, x1)  # inside, with hatch showing either side
        assert min(y0, y1) < box.y0 and box.y1 < max(y0, y1)


def test_party_load_labels_stay_text_in_svg_and_pdf():
    import io

    import matplotlib

    figure = cf.party_load_figure(_load(), Measure.COST)
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        buffer = io.StringIO()
        figure.savefig(buffer, format="svg")
    svg = buffer.getvalue()
    assert all(
        f">{word}<" in svg for word in ["天龍村（本団体）", "20,000", "福祉・保健", "各団体の負担額（千円）"]
    )


def test_charts_draw_with_their_own_hinting_and_leave_matplotlib_settings_alone():
    import matplotlib
    from matplotlib.artist import Artist

    seen = []

    class Probe(Artist):
        def draw(self, renderer) -> None:  # noqa: ANN001
            seen.append(matplotlib.rcParams["text.hinting"])

    before = matplotlib.rcParams["text.hinting"]
    figure = cf.party_load_figure(_load(), Measure.COST)
    figure.add_artist(Probe())
    draw(figure)
    assert seen == [cf.TEXT_HINTING]
    assert matplotlib.rcParams["text.hinting"] == before


# --- 2 ------------------------------------------------------------------------------------------------


def _shares() -> PlanShareData:
    rows = (
        ShareRow(IIDA, 6_000_000, Decimal(75), Decimal("1.5"), Decimal(75)),
        ShareRow(HOME, 2_000_000, Decimal(25), Decimal("0.5"), Decimal(25)),
    )
    return PlanShareData(
        7, "テスト案", 3, "ごみ処理", CooperationMethod.PARTIAL_UNION, PlanStatus.AGREED, True, rows,
        8_000_000, Decimal(2),
    )  # fmt: skip


def test_plan_shares_draws_cost_and_workload_bars_per_party_with_percentages():
    figure = cf.plan_shares_figure(_shares())
    draw(figure)
    cost_ax, work_ax = figure.axes
    assert [p.get_width() for p in cost_ax.patches if isinstance(p, Rectangle)] == [6000, 2000]
    assert [p.get_width() for p in work_ax.patches if isinstance(p, Rectangle)] == [1.5, 0.5]
    assert {"6,000（75.0%）", "2,000（25.0%）", "1.50（75.0%）", "0.50（25.0%）"} <= set(_texts(figure))
    assert all(h.target == Target(RecordKind.PLAN, 7) for h in cf.chart_info(figure).hits)
    home_bar = cost_ax.patches[1]
    assert home_bar.get_hatch() == cf.HOME_STYLE[1]  # the home town stands out without colour


def test_plan_shares_without_cost_says_so_in_its_panel():
    data = _shares()
    rows = tuple(ShareRow(r.party, 0, None, r.workload, r.workload_percent) for r in data.rows)
    figure = cf.plan_shares_figure(PlanShareData(**{**data.__dict__, "rows": rows, "net_cost_yen": 0}))
    draw(figure)
    assert "費用の配分なし" in _texts(figure)
    assert len(cf.chart_info(figure).hits) == 2


# --- 3 ------------------------------------------------------------------------------------------------


def test_share_matrix_draws_a_cell_per_duty_and_party_with_its_percentage():
    rows = (MatrixRow(1, "ごみ処理", 11, "組合", E), MatrixRow(2, "介護認定審査会", 12, "共同設置", W))
    percents = {(0, HOME.code): Decimal(10), (0, IIDA.code): Decimal(90), (1, HOME.code): Decimal(100)}
    amounts = {key: Decimal(1) for key in percents}
    figure = cf.share_matrix_figure(ShareMatrix(rows, (HOME, IIDA), Measure.COST, percents, amounts))
    draw(figure)
    info = cf.chart_info(figure)
    assert len(info.hits) == 4  # 2 rows × 2 parties, the missing one drawn as 「－」
    assert [h.target for h in info.hits] == [Target(RecordKind.PLAN, 11)] * 2 + [
        Target(RecordKind.PLAN, 12)
    ] * 2
    assert {"10.0", "90.0", "100.0", "－"} <= set(_texts(figure))
    assert "連携案に加わっていません" in info.hits[3].tooltip
    assert [t.get_text() for t in figure.axes[0].get_yticklabels()] == ["ごみ処理", "介護認定審査会"]


def test_english_charts_write_notes_after_names_in_ascii_brackets(qapp):  # noqa: ANN001
    """In English a note after a name is " (…)", as the translation says; Japanese keeps （…） (above)."""
    from PySide6.QtCore import QCoreApplication

    from renkei_desktop.reports.language import document_language

    before = texts._translator
    texts.install_translator(lambda source: QCoreApplication.translate(texts.CONTEXT, source))
    try:
        with document_language("en"):
            rows = (MatrixRow(1, "ごみ処理", 11, "組合", E),)
            percents = {(0, HOME.code): Decimal(100)}
            matrix = cf.share_matrix_figure(ShareMatrix(rows, (HOME, IIDA), Measure.COST, percents, {(0, HOME.code): Decimal(1)}))
            shares = cf.plan_shares_figure(_shares())
            nodes = (NetworkNode(ANAN, None, None, 0, Decimal(0), Target(RecordKind.AGREEMENT, 9)),)
            network = cf.network_figure(Network((*_network().nodes[:1], *nodes), (), HOME.code))
    finally:
        texts.install_translator(before)
    for figure in (matrix, shares, network):
        draw(figure)
    tips = [h.tooltip for h in cf.chart_info(matrix).hits]
    assert tips[0].startswith("ごみ処理 (組合)\n") and tips[1].startswith("ごみ処理 (組合)\n"), tips
    assert {"6,000 (75.0%)", "2,000 (25.0%)"} <= set(_texts(shares))
    assert any(t.startswith("阿南町 (") for t in _texts(network)), _texts(network)
    drawn = _texts(matrix) + tips + _texts(shares) + _texts(network)
    assert not [t for t in drawn if "（" in t or "）" in t], drawn


# --- 4 ------------------------------------------------------------------------------------------------


def _network() -> Network:
    nodes = (
        NetworkNode(HOME, 35.276, 137.854, 30_000_000, Decimal("0.2"), Target(RecordKind.PLAN, 3), ("案3",)),
        NetworkNode(IIDA, 35.515, 137.822, 300_000_000, Decimal(6), Target(RecordKind.PLAN, 5), ("案5",)),
        NetworkNode(ANAN, 35.324, 137.816, 0, Decimal(0), Target(RecordKind.AGREEMENT, 9)),
        NetworkNode(PREF, None, None, 0, Decimal(3), Target(RecordKind.PLAN, 3), ("案3",)),
    )
    edges = (
        NetworkEdge(IIDA.code, HOME.code, 374_600_000, (Target(RecordKind.PLAN, 5),), ("案5",)),
        NetworkEdge(PREF.code, HOME.code, 21_500_000, (Target(RecordKind.PLAN, 3),), ("案3",)),
        NetworkEdge(IIDA.code, ANAN.code, 0, (Target(RecordKind.AGREEMENT, 9),), ("協定",)),
    )
    return Network(nodes, edges, HOME.code)


def test_network_draws_nodes_by_kind_and_lines_by_shared_cost():
    figure = cf.network_figure(_network())
    draw(figure)
    info = cf.chart_info(figure)
    lines = [
        h.artist
        for h in info.hits
        if isinstance(h.artist, Line2D) and h.artist.get_marker() in ("None", None, "")
    ]
    nodes = [
        h.artist
        for h in info.hits
        if isinstance(h.artist, Line2D) and h.artist.get_marker() not in ("None", None, "")
    ]
    assert [n.get_marker() for n in nodes] == ["*", "o", "s", "o"]  # home first, then by burden
    widths = {h.target.id: h.artist.get_linewidth() for h in info.hits if h.artist in lines}
    assert widths[5] > widths[3] > 0 and widths[9] == pytest.approx(1.2)
    dashed = next(
        h.artist for h in info.hits if h.target == Target(RecordKind.AGREEMENT, 9) and h.artist in lines
    )
    assert dashed.get_linestyle() == "--"
    labels = set(_texts(figure))
    assert "天龍村（本団体）\n30,000 千円" in labels and "長野県（県）" in labels
    assert texts.t(texts.NETWORK_PREFECTURE_BAND) in labels


def test_network_labels_of_close_towns_do_not_overlap():
    figure = cf.network_figure(_network())
    draw(figure)
    renderer = figure.canvas.get_renderer()
    boxes = [
        a.get_window_extent(renderer)
        for a in figure.axes[0].texts
        if "千円" in a.get_text() or "（" in a.get_text()
    ]
    overlaps = [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1 :] if a.overlaps(b)]
    assert not overlaps


def test_labels_of_a_tight_cluster_of_towns_do_not_overlap():
    import math

    home = NetworkNode(HOME, 35.30, 137.85, 1_000_000, Decimal(1), Target(RecordKind.PLAN, 1))
    names = ["飯田市", "阿南町", "泰阜村", "売木村", "下條村", "根羽村", "平谷村", "喬木村"]
    nodes, edges = [home], []
    for k, name in enumerate(names):  # eight towns within about a kilometre of the home town
        party = PartyRef(f"20{k:04d}", name)
        angle = 2 * math.pi * k / len(names)
        lat, lon = 35.30 + 0.01 * math.sin(angle), 137.85 + 0.01 * math.cos(angle)
        nodes.append(NetworkNode(party, lat, lon, 100_000 * (k + 1), Decimal(0), Target(RecordKind.PLAN, 1)))
        edges.append(NetworkEdge(HOME.code, party.code, 1_000_000, (Target(RecordKind.PLAN, 1),), ("案",)))
    figure = cf.network_figure(Network(tuple(nodes), tuple(edges), HOME.code))
    draw(figure)
    renderer = figure.canvas.get_renderer()
    boxes = [a.get_window_extent(renderer) for a in figure.axes[0].texts if "千円" in a.get_text()]
    assert len(boxes) == 9
    assert not [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1 :] if a.overlaps(b)]
    legend = [t.get_text() for t in figure.legends[0].get_texts()]
    assert "都道府県" not in legend and "協定・規約（費用なし）" not in legend  # only what the map shows


def test_label_placement_moves_a_label_off_its_neighbour():
    spots = cf.place_labels([(100, 100), (104, 100)], [(40, 10), (40, 10)], [], cf._Box(0, 0, 300, 300), 10)
    first = cf._label_box(*spots[0][:2], 40, 10, *spots[0][2:])
    second = cf._label_box(*spots[1][:2], 40, 10, *spots[1][2:])
    assert first.overlap(second) == 0


# --- 5 ------------------------------------------------------------------------------------------------


def test_timeline_draws_each_event_with_its_kinds_marker_and_review_dates_in_wareki():
    events = (
        TimelineEvent(EventKind.CONSULTATION_START, date(2023, 6, 1)),
        TimelineEvent(EventKind.COUNCIL_RESOLUTION, date(2023, 9, 14), "天龍村"),
        TimelineEvent(EventKind.EFFECTIVE, date(2024, 4, 1)),
        TimelineEvent(EventKind.REVIEW_DUE, date(2027, 3, 31)),
    )
    row = TimelineRow(4, "南信州介護認定審査会共同設置規約", AgreementKind.RULES_JOINT_BODY, events)
    figure = cf.timeline_figure(Timeline((row,), date(2026, 11, 20)))
    draw(figure)
    info = cf.chart_info(figure)
    markers = [h.artist.get_marker() for h in info.hits if h.artist.get_marker() not in ("None", None, "")]
    assert markers == ["o", "^", "P", "*"]
    assert all(h.target == Target(RecordKind.AGREEMENT, 4) for h in info.hits)
    assert "見直し 令和9年3月31日" in _texts(figure)
    assert "今日" in _texts(figure)
    assert any("議会議決（天龍村）: 令和5年9月14日" in h.tooltip for h in info.hits)


# --- 6 ------------------------------------------------------------------------------------------------


def test_before_after_draws_both_bars_per_category_and_states_the_difference():
    rows = (
        BeforeAfterRow(E, Decimal("2.6"), 64_700_000, Decimal("0.22"), 26_717_059, ((1, "ごみ処理", Decimal("0.5"), 38_500_000),),
                       (PlanPart(5, "組合", Decimal("0.12"), 9_017_059),)),
        BeforeAfterRow(W, Decimal("0.1"), 1_800_000, Decimal("0.1"), 1_800_000, ((2, "急患", Decimal("0.1"), 1_800_000),), ()),
    )  # fmt: skip
    figure = cf.before_after_figure(BeforeAfter(HOME, rows))
    draw(figure)
    work_ax, cost_ax = figure.axes
    assert [p.get_width() for p in cost_ax.patches] == pytest.approx([64_700, 1_800, 26_717.059, 1_800])
    assert [p.get_width() for p in work_ax.patches] == pytest.approx([2.6, 0.1, 0.22, 0.1])
    labels = set(_texts(figure))
    assert {"差 △37,983", "差 ±0", "差 △2.38"} <= labels
    info = cf.chart_info(figure)
    assert info.hits[0].target == Target(RecordKind.DUTY, 1)  # alone → the duty
    assert info.hits[2].target == Target(RecordKind.PLAN, 5)  # with the plan → the plan
    assert [p.get_hatch() for p in cost_ax.patches[:2]] == [cf.BEFORE_STYLE[1]] * 2


def test_an_increase_is_marked_with_a_plus():
    rows = (
        BeforeAfterRow(
            E, Decimal(1), 1_000_000, Decimal(2), 3_000_000, ((1, "x", Decimal(1), 1_000_000),), ()
        ),
    )
    figure = cf.before_after_figure(BeforeAfter(HOME, rows))
    assert {"差 ＋2,000", "差 ＋1.00"} <= set(_texts(figure))


# --- empty states -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "build",
    [
        lambda: cf.party_load_figure(PartyLoad((), (), {}, empty=texts.EMPTY_NO_CHOSEN)),
        lambda: cf.plan_shares_figure(None),
        lambda: cf.share_matrix_figure(
            ShareMatrix((), (), Measure.COST, {}, {}, empty=texts.EMPTY_NO_FIGURES)
        ),
        lambda: cf.network_figure(Network((), (), "", empty=texts.EMPTY_NO_HOME)),
        lambda: cf.timeline_figure(Timeline((), date(2026, 1, 1), empty=texts.EMPTY_NO_AGREEMENTS)),
        lambda: cf.before_after_figure(BeforeAfter(None, (), empty=texts.EMPTY_NO_DUTIES)),
    ],
    ids=cf.KEYS,
)
def test_empty_state_says_what_to_do_instead_of_drawing_an_axis(build):
    figure = build()
    draw(figure)
    info = cf.chart_info(figure)
    assert info.empty and "\n" in info.empty
    assert all(not ax.axison for ax in figure.axes)
    assert any(info.empty.split("\n")[0] in text.replace("\n", "") for text in _texts(figure))
    assert info.hits == []


def test_plan_empty_state_names_the_plan_and_what_is_missing():
    data = PlanShareData(7, "案A", 3, "ごみ処理", CooperationMethod.ENTRUSTMENT, PlanStatus.DRAFT, False,
                         empty=texts.EMPTY_PLAN_MISSING, empty_args=("案A", "阿南町の人口"))  # fmt: skip
    figure = cf.plan_shares_figure(data)
    assert "阿南町の人口" in cf.chart_info(figure).empty
    assert "「市町村」ページで入力してください" in cf.chart_info(figure).empty


# --- marks, fonts, layering -------------------------------------------------------------------------


def test_gid_names_the_record_and_is_unique_within_a_figure():
    figure = cf.plan_shares_figure(_shares())
    gids = [h.artist.get_gid() for h in cf.chart_info(figure).hits]
    assert len(set(gids)) == len(gids)
    assert {cf.target_of_gid(g) for g in gids} == {Target(RecordKind.PLAN, 7)}
    assert cf.target_of_gid("nonsense") is None


def test_a_glyph_missing_from_the_font_fails_the_test():
    figure = cf.empty_figure("party_load", "題", "\U00013000")  # an Egyptian hieroglyph: in neither font
    with pytest.raises(UserWarning, match="Glyph .* missing"):
        draw(figure)


def test_builders_never_touch_pyplot():
    cf.party_load_figure(_load())
    assert "matplotlib.pyplot" not in sys.modules
