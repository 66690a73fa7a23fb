"""The charts of the printed meeting summary: titles, A4 width, filters, and Japanese that renders."""

from __future__ import annotations

import pytest

from renkei_desktop.charts.figures import A4_WIDTH, chart_info
from renkei_desktop.charts.report import figures_for_report

from .conftest import draw

pytestmark = pytest.mark.filterwarnings("error:Glyph .* missing:UserWarning")


def test_report_has_every_chart_with_one_share_chart_per_chosen_plan(demo):
    figures = figures_for_report(demo)
    keys = [chart_info(f).key for _, f in figures]
    assert keys == ["party_load", "party_load"] + ["plan_shares"] * 4 + [
        "share_matrix",
        "network",
        "timeline",
        "before_after",
    ]
    assert all(title == chart_info(f).title for title, f in figures)
    assert figures[0][0] == "団体別の負担（事務の分野別） — 費用（千円）"
    for _, figure in figures:
        assert figure.get_figwidth() == pytest.approx(A4_WIDTH)  # 170 mm
        assert chart_info(figure).empty is None
        draw(figure)  # every demo chart renders its Japanese (a missing glyph fails here)


def test_report_of_given_plans_uses_them_in_their_order(demo):
    plans = {p.name: p.id for p in demo.plans.list_all()}
    wanted = [plans["飯田市への事務の委託"], plans["南信州での介護認定審査会の共同設置"]]
    figures = figures_for_report(demo, plan_ids=wanted)
    share_titles = [t for t, f in figures if chart_info(f).key == "plan_shares"]
    assert share_titles == [
        "連携案ごとの各団体の負担割合 — 飯田市への事務の委託",
        "連携案ごとの各団体の負担割合 — 南信州での介護認定審査会の共同設置",
    ]
    matrix = next(f for _, f in figures if chart_info(f).key == "share_matrix")
    assert {h.target.id for h in chart_info(matrix).hits} == set(wanted)


def test_report_of_a_category_keeps_its_plans_only(demo):
    figures = figures_for_report(demo, categories=["environment"])
    shares = [t for t, f in figures if chart_info(f).key == "plan_shares"]
    assert shares == [
        "連携案ごとの各団体の負担割合 — 南信州ごみ処理の一部事務組合",
        "連携案ごとの各団体の負担割合 — 長野県による事務の代替執行",
    ]


def test_report_pdf_embeds_biz_ud_gothic_as_truetype(demo, tmp_path):
    from renkei_desktop.charts.fonts import find_biz_files

    if not find_biz_files():
        pytest.skip("BIZ UDゴシック is not installed here")
    _, figure = figures_for_report(demo)[0]
    target = tmp_path / "chart.pdf"
    figure.savefig(target)
    data = target.read_bytes()
    assert b"BIZUDGothic" in data and b"/FontFile2" in data  # a TrueType subset: searchable, copyable


def test_report_without_plans_still_lists_every_chart_with_what_to_do(services):
    from renkei_desktop.domain.profile import Profile
    from renkei_desktop.services.demo import DEMO_HOME

    services.profile.save(Profile(DEMO_HOME, "総務課"))
    figures = figures_for_report(services)
    assert [chart_info(f).key for _, f in figures] == [
        "party_load", "party_load", "plan_shares", "share_matrix", "network", "timeline", "before_after",
    ]  # fmt: skip
    assert all(chart_info(f).empty for _, f in figures)


def test_smoke_step_builds_every_chart_headlessly(demo, tmp_path):
    from renkei_desktop.app import smoke

    assert ("グラフの作成（Agg）", smoke.step_charts) in smoke.STEPS
    ctx = smoke.SmokeContext(tmp_path, services=demo)
    smoke.step_charts(ctx)
    assert ctx.problems == []
    assert any(note.startswith("グラフ 10 枚") for note in ctx.notes)


def test_smoke_step_reports_a_chart_that_cannot_be_drawn(services, tmp_path):
    from renkei_desktop.app import smoke

    ctx = smoke.SmokeContext(tmp_path, services=services)  # no demo: every chart is an empty state
    smoke.step_charts(ctx)
    assert any("デモのグラフが描けません" in p for p in ctx.problems)
