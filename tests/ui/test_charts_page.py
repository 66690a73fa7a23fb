"""The グラフ page driven as a user would: choose, filter, hover, click through, export, copy (demo data)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from renkei_desktop.charts.data import RecordKind, Target
from renkei_desktop.domain.profile import Profile
from renkei_desktop.services.demo import DEMO_HOME, NAGANO_PREF, URUGI

pytestmark = pytest.mark.filterwarnings("error:Glyph .* missing:UserWarning")

ROOT = Path(__file__).resolve().parents[2]


def _page(window, qtbot, chart: str = "party_load"):
    window.navigate("charts")
    page = window.hosted_pages["charts"]
    page.select_chart(chart)
    qtbot.waitUntil(lambda: page.canvas is not None and page.canvas.isVisible())
    return page


def _info(page):
    return page.info_of(page.figure)


def _plan_id(services, name: str) -> int:
    return next(p.id for p in services.plans.list_all() if p.name == name)


def _select(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def _widget_point(page, display_xy) -> QPoint:
    """A point of the figure (display pixels, origin bottom left) as a point of the canvas widget."""
    canvas = page.canvas
    ratio = canvas.device_pixel_ratio
    x, y = display_xy
    return QPoint(int(x / ratio), int((canvas.figure.bbox.height - y) / ratio))


def _centre_of(page, hit) -> QPoint:
    """The middle of a mark: a segment of a collection, a bar or a one-point line."""
    page.canvas.draw()  # the figure has taken the widget's size: transforms are current
    artist = hit.artist
    if hit.box is not None:
        x0, y0, x1, y1 = hit.box
        return _widget_point(page, artist.axes.transData.transform(((x0 + x1) / 2, (y0 + y1) / 2)))
    if hasattr(artist, "get_xdata"):
        return _widget_point(
            page, artist.get_transform().transform((artist.get_xdata()[0], artist.get_ydata()[0]))
        )
    box = artist.get_window_extent()
    return _widget_point(page, ((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2))


# --- hosting and start-up ----------------------------------------------------------------------------


def test_navigate_shows_the_charts_page_with_the_first_chart_drawn(window, qtbot):
    page = _page(window, qtbot)
    assert window.stack.currentWidget() is page
    assert _info(page).key == "party_load" and _info(page).empty is None
    assert page.records.count() == 4  # the four chosen plans, each once


def test_starting_the_main_window_does_not_import_matplotlib(tmp_path):
    """The start-up benchmark must not pay for matplotlib: it loads when the page is first shown."""
    script = f"""
import sys
from pathlib import Path
from renkei_desktop.app.gui import create_main_window
from renkei_desktop.app.locations import resolve_locations
from renkei_desktop.services.container import Services
from renkei_desktop.services.demo import load_demo
locations = resolve_locations(Path({str(tmp_path)!r}))
services = Services.open(locations.default_db)
load_demo(services)
window = create_main_window(services, locations)
window.show()
from PySide6.QtWidgets import QApplication
QApplication.processEvents()
assert "charts" in window.hosted_pages
print("before", "matplotlib" in sys.modules)
window.navigate("charts")
QApplication.processEvents()
print("after", "matplotlib" in sys.modules)
services.close()
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=240
    )
    assert result.returncode == 0, result.stderr
    assert "before False" in result.stdout and "after True" in result.stdout


# --- choices -------------------------------------------------------------------------------------------


def test_category_filter_narrows_the_chart_to_that_categorys_plans(window, qtbot, demo_services):
    page = _page(window, qtbot)
    _select(page.category, "environment")
    expected = {
        _plan_id(demo_services, "南信州ごみ処理の一部事務組合"),
        _plan_id(demo_services, "長野県による事務の代替執行"),
    }
    assert {h.target.id for h in _info(page).hits} == expected
    assert [p.get_label() for p in page.figure.axes[0].patches if p.get_gid()] == ["環境衛生"]


def test_partner_filter_offers_the_towns_partners_and_keeps_their_plans(window, qtbot, demo_services):
    page = _page(window, qtbot)
    partners = [page.partner.itemData(i) for i in range(1, page.partner.count())]
    assert NAGANO_PREF in partners and URUGI in partners and DEMO_HOME not in partners
    _select(page.partner, NAGANO_PREF)
    expected = {
        _plan_id(demo_services, "長野県による事務の代替執行"),
        _plan_id(demo_services, "長野県による橋梁点検の代替執行"),
    }
    assert {h.target.id for h in _info(page).hits} == expected


def test_a_filter_matching_nothing_shows_what_to_do(window, qtbot):
    page = _page(window, qtbot)
    _select(page.method, "wide_area_union")
    assert "条件を「すべて」に戻してください" in _info(page).empty
    assert not page.actions_by_name["open"].isEnabled()
    QTest.mouseClick(page.reset, Qt.MouseButton.LeftButton)
    assert _info(page).empty is None and page.method.currentIndex() == 0


def test_measure_switch_redraws_chart_one_in_person_years(window, qtbot):
    page = _page(window, qtbot)
    _select(page.measure, "workload")
    assert "業務量（人工）" in _info(page).title
    values = sorted(h.value for h in _info(page).hits)
    assert values[-1] == pytest.approx(5.13)  # 飯田市's share of the waste union's 6 人工


def test_measure_and_plan_choosers_appear_only_for_the_charts_using_them(window, qtbot):
    page = _page(window, qtbot)
    assert page.measure.isVisible() and not page.plan.isVisible()
    page.select_chart("plan_shares")
    assert page.plan.isVisible() and not page.measure.isVisible()
    page.select_chart("network")
    assert not page.plan.isVisible() and not page.measure.isVisible()


def test_plan_chart_follows_the_plan_chosen_in_the_list(window, qtbot, demo_services):
    page = _page(window, qtbot, "plan_shares")
    entrust = _plan_id(demo_services, "飯田市への事務の委託")
    window.navigate("charts", {"chart": "plan_shares", "plan_id": entrust})
    assert page.plan.currentData() == entrust
    assert _info(page).title.endswith("飯田市への事務の委託")
    assert {h.target for h in _info(page).hits} == {Target(RecordKind.PLAN, entrust)}


@pytest.mark.parametrize(
    "chart", ["party_load", "plan_shares", "share_matrix", "network", "timeline", "before_after"]
)
def test_every_chart_draws_the_demo_on_the_page(window, qtbot, chart):
    page = _page(window, qtbot, chart)
    page.canvas.draw()  # Japanese glyphs are looked up here (a missing one fails the test)
    assert _info(page).key == chart and _info(page).empty is None and _info(page).hits


def test_changes_made_on_other_pages_show_when_the_page_is_shown_again(window, qtbot, demo_services):
    page = _page(window, qtbot)
    assert page.records.count() == 4
    window.navigate("plans")
    demo_services.plans.choose(_plan_id(demo_services, "飯田市への事務の委託"))
    window.navigate("charts")
    assert _plan_id(demo_services, "飯田市への事務の委託") in {h.target.id for h in _info(page).hits}


def test_without_plans_the_page_says_how_to_make_one(window, qtbot, demo_services):
    page = _page(window, qtbot)
    for plan in demo_services.plans.list_all():
        demo_services.plans.update(plan.with_changes(chosen=False))
    page.on_profile(Profile(DEMO_HOME, "総務課"), None)
    assert "「連携案」ページで" in _info(page).empty
    assert page.records.count() == 0


# --- hover and click-through --------------------------------------------------------------------------


def test_hovering_a_bar_shows_its_party_category_and_amount(window, qtbot, monkeypatch):
    page = _page(window, qtbot)
    shown = []
    monkeypatch.setattr(page, "show_tooltip", shown.append)
    hit = max(_info(page).hits, key=lambda h: h.value)
    QTest.mouseMove(page.canvas, _centre_of(page, hit))
    qtbot.waitUntil(lambda: shown != [])
    assert shown[-1].startswith("飯田市・環境衛生: 303,806 千円")
    assert "南信州ごみ処理の一部事務組合" in shown[-1]


def test_clicking_a_bar_opens_its_plan_on_the_plans_page(window, qtbot, demo_services):
    page = _page(window, qtbot)
    hit = max(_info(page).hits, key=lambda h: h.value)
    QTest.mouseClick(
        page.canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, _centre_of(page, hit)
    )
    plans = window.hosted_pages["plans"]
    qtbot.waitUntil(lambda: window.stack.currentWidget() is plans)
    assert plans._current_plan_id == _plan_id(demo_services, "南信州ごみ処理の一部事務組合")


def test_clicking_a_timeline_marker_opens_its_agreement(window, qtbot, demo_services):
    page = _page(window, qtbot, "timeline")
    hit = next(h for h in _info(page).hits if h.tooltip.endswith("令和9年3月31日"))
    QTest.mouseClick(
        page.canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, _centre_of(page, hit)
    )
    agreements = window.hosted_pages["agreements"]
    qtbot.waitUntil(lambda: window.stack.currentWidget() is agreements)
    care = next(
        a for a in demo_services.agreements.list_all() if a.title == "南信州介護認定審査会共同設置規約"
    )
    assert agreements.table.currentIndex().isValid()
    assert hit.target == Target(RecordKind.AGREEMENT, care.id)


def test_clicking_a_bar_alone_opens_the_duty_in_the_catalogue(window, qtbot, demo_services):
    page = _page(window, qtbot, "before_after")
    hit = next(
        h for h in _info(page).hits if h.target.kind is RecordKind.DUTY and h.tooltip.startswith("医療")
    )
    QTest.mouseClick(
        page.canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, _centre_of(page, hit)
    )
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.catalogue_page)
    assert window.catalogue_page.selected_duty().name == "休日夜間急患センター"


def test_records_of_the_chart_can_be_opened_from_the_keyboard(window, qtbot, demo_services):
    page = _page(window, qtbot, "network")
    page.records.setFocus()
    _select(page.records, f"plan:{_plan_id(demo_services, '長野県による事務の代替執行')}")
    QTest.keyClick(page.records, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    plans = window.hosted_pages["plans"]
    qtbot.waitUntil(lambda: window.stack.currentWidget() is plans)
    assert plans._current_plan_id == _plan_id(demo_services, "長野県による事務の代替執行")


# --- export and clipboard ----------------------------------------------------------------------------


@pytest.mark.parametrize(("suffix", "magic"), [("png", b"\x89PNG"), ("svg", b"<?xml"), ("pdf", b"%PDF")])
def test_export_writes_the_chart_in_the_chosen_format(window, qtbot, tmp_path, monkeypatch, suffix, magic):
    page = _page(window, qtbot, "share_matrix")
    offered = []
    target = tmp_path / f"図.{suffix}"
    monkeypatch.setattr(
        page, "choose_export_path", lambda suggested: offered.append(suggested) or str(target)
    )
    page.actions_by_name["export"].trigger()
    assert offered == ["事務×団体の負担割合.png"]
    assert target.read_bytes().startswith(magic)
    if suffix == "svg":
        assert b'id="plan-' in target.read_bytes()  # each cell keeps the record it stands for


def test_cancelled_export_writes_nothing(window, qtbot, tmp_path, monkeypatch):
    page = _page(window, qtbot)
    monkeypatch.setattr(page, "choose_export_path", lambda suggested: None)
    monkeypatch.chdir(tmp_path / "data")
    before = sorted(tmp_path.rglob("*"))
    assert page.export() is None
    assert sorted(tmp_path.rglob("*")) == before


def test_copy_puts_the_chart_on_the_clipboard_as_an_image(window, qtbot):
    page = _page(window, qtbot, "network")
    QApplication.clipboard().clear()
    page.actions_by_name["copy"].trigger()
    image = QApplication.clipboard().image()
    assert not image.isNull()
    assert image.width() == pytest.approx(170 / 25.4 * 150, abs=2)  # A4 text width at 150 dpi
