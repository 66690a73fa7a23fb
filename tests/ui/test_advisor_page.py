"""The 連携の検討 page as a town-hall user drives it, over the demo database (home 長野県天龍村).

Demo figures exist only for 天龍村, so most hubs and centres cannot be decided: the page must name the
missing figures. Figures set here for 飯田市 and 静岡市 are TEST figures, not statistics.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from renkei_desktop.domain.frameworks import Outcome, Reason, ReasonCode, Role, Setting
from renkei_desktop.domain.partners import Factor, FactorCode
from renkei_desktop.ui import advisor_texts
from renkei_desktop.ui.models.partner_table_model import CODE_ROLE, NAME, RANK, REASONS, SCORE

HOME, IIDA, ANAN, NAGANO_PREF, SHIZUOKA = "204137", "202053", "204048", "200000", "221007"
SOURCE = "テスト用の値"


def _open(window):
    window.navigate("advisor")
    return window.hosted_pages["advisor"]


def _duty(window, name):
    return next(d for d in window.services.catalogue.list_duties(HOME) if d.name == name)


def _card_texts(page, setting):
    return page.cards[setting].reasons.texts()


def _row(page, code):
    return page.model.row_of(code)


def _cell(page, code, column, role=Qt.ItemDataRole.DisplayRole):
    return page.model.index(_row(page, code), column).data(role)


def _clear_figures(window, code):
    """Delete every figure of ``code``, whatever the demo brings, so that they are surely missing."""
    for stat in window.services.municipalities.get(code).statistics:
        window.services.municipalities.delete_statistic(stat.id)


def _set_iida_figures(window):
    window.services.municipalities.set_statistic(IIDA, "population", "98000", date(2020, 10, 1), SOURCE)
    window.services.municipalities.set_statistic(IIDA, "day_night_ratio", "1.02", date(2020, 10, 1), SOURCE)


def _come_back(window):
    """Leave the page and return, as a user does after entering figures elsewhere."""
    window.show_page(0)
    return _open(window)


# --- loading ----------------------------------------------------------------------------------------


def test_nothing_is_computed_until_the_page_is_shown(window):
    page = window.hosted_pages["advisor"]
    assert page.advice is None and page.ranking is None
    _open(window)
    assert page.advice is not None and page.ranking is not None
    assert "長野県天龍村" in page.heading.text()


def test_duty_chooser_lists_the_home_towns_duties(window):
    page = _open(window)
    names = {page.duty.itemText(i) for i in range(page.duty.count())}
    assert names == {d.name for d in window.services.catalogue.list_duties(HOME)}


def test_a_duty_added_in_the_catalogue_is_offered_when_coming_back(window):
    page = _open(window)
    catalogue = window.services.catalogue
    added, _ = catalogue.add(catalogue.parse({"name": "空き家対策", "category": "other"}, owner_code=HOME))
    page = _come_back(window)
    assert page.duty.findData(added.id) >= 0


# --- the four settings --------------------------------------------------------------------------------


def test_each_setting_shows_its_status_in_words(window):
    _clear_figures(window, IIDA)
    page = _open(window)
    status = {s: page.cards[s].status.text() for s in Setting}
    assert status[Setting.HUB_AREA] == "－ 該当なし"  # no 指定都市・中核市 within 50 km
    assert status[Setting.SETTLEMENT_AREA] == "？ 判定できない"  # 飯田市 has no figures yet
    assert status[Setting.METRO_HORIZONTAL] == "－ 該当なし"
    assert status[Setting.PREFECTURE_VERTICAL] == "◎ 推奨"


def test_missing_figures_are_named_with_how_to_enter_them(window):
    _clear_figures(window, IIDA)
    page = _open(window)
    texts = "\n".join(_card_texts(page, Setting.SETTLEMENT_AREA))
    assert "長野県飯田市の人口が未入力です。市町村のページで入力するか取り込んでください。" in texts
    assert "長野県飯田市の昼夜間人口比率が未入力です。" in texts
    assert not re.search(r"飯田市の(人口|昼夜間人口比率) ?[0-9０-９]", texts)  # never a guess or a zero
    buttons = page.cards[Setting.SETTLEMENT_AREA].reasons.buttons
    assert len(buttons) == 2 and "長野県飯田市の人口" in buttons[0].accessibleName()


def test_the_missing_figure_button_opens_the_municipality_page_on_that_town(window):
    _clear_figures(window, IIDA)
    page = _open(window)
    page.cards[Setting.SETTLEMENT_AREA].reasons.buttons[0].click()
    municipalities = window.municipality_page
    assert window.stack.currentWidget() is municipalities
    assert municipalities.picker.current().code == IIDA
    assert municipalities.kind.currentData() == "population"


def test_entered_figures_make_iida_a_centre_candidate_with_its_distance(window):
    page = _open(window)
    _set_iida_figures(window)
    page = _come_back(window)
    assert page.cards[Setting.SETTLEMENT_AREA].status.text() == "◎ 推奨"
    texts = _card_texts(page, Setting.SETTLEMENT_AREA)
    assert "長野県飯田市（役場間 26.7 km）— 定住自立圏の中心市としての判定: 該当" in texts
    assert any(
        "人口 98,000人（2020-10-01、テスト用の値）" in t and "定住自立圏構想推進要綱" in t for t in texts
    )
    rows = [page.nearby.topLevelItem(i) for i in range(page.nearby.topLevelItemCount())]
    iida = next(item for item in rows if item.text(1) == "長野県飯田市")
    assert (iida.text(0), iida.text(2), iida.text(3)) == ("定住自立圏の中心市", "26.7", "該当")


def test_a_ratio_just_below_one_is_borderline_not_a_pass(window):
    window.services.municipalities.set_statistic(
        SHIZUOKA, "day_night_ratio", "0.97", date(2020, 10, 1), SOURCE
    )
    page = _open(window)
    page.set_max_distance(60)  # 静岡市 is 58.5 km away
    assert page.cards[Setting.HUB_AREA].status.text() == "○ 可能"
    texts = _card_texts(page, Setting.HUB_AREA)
    assert any(
        t.startswith("［境界的］")
        and "静岡県静岡市の昼夜間人口比率 0.97" in t
        and "基準に対して境界的です" in t
        for t in texts
    )
    assert page.cards[Setting.PREFECTURE_VERTICAL].status.text() == "◎ 推奨"  # borderline does not count


def test_the_distance_limit_recomputes_once_typing_pauses(window, qtbot):
    page = _open(window)
    page.distance.setValue(55)
    page.distance.setValue(70)
    assert page.advice.max_distance_km == 50  # not yet: the keys may still be moving
    qtbot.waitUntil(lambda: page.advice.max_distance_km == 70, timeout=3000)
    assert "70.0 km以内" in page.recommendation.text()


# --- partner candidates ---------------------------------------------------------------------------------


def test_prefecture_is_recommended_and_marked_in_words_when_no_hub_is_near(window):
    page = _open(window)
    window.navigate("advisor", _duty(window, "簡易水道の維持管理").id)
    assert "長野県との連携" in page.recommendation.text() and "推奨" in page.recommendation.text()
    assert _cell(page, NAGANO_PREF, NAME) == "【県】長野県"
    assert _cell(page, NAGANO_PREF, NAME, Qt.ItemDataRole.FontRole).bold()
    assert "県を推奨 +40" in _cell(page, NAGANO_PREF, REASONS)


def test_an_eligible_hub_within_the_limit_ends_the_prefecture_recommendation(window):
    window.services.municipalities.set_statistic(
        SHIZUOKA, "day_night_ratio", "1.05", date(2020, 10, 1), SOURCE
    )
    page = _open(window)
    page.set_max_distance(60)
    assert "静岡県静岡市" in page.recommendation.text()
    assert "県を推奨" not in _cell(page, NAGANO_PREF, REASONS)
    assert page.cards[Setting.HUB_AREA].status.text() == "◎ 推奨"


def test_the_detail_explains_every_factor_with_its_points(window):
    page = _open(window)
    page.select_codes([NAGANO_PREF])
    candidate = next(c for c in page.ranking.candidates if c.code == NAGANO_PREF)
    texts = page.detail.texts()
    assert len(texts) == len(candidate.factors)
    assert any(t.startswith("+40点") and "都道府県を推奨" in t for t in texts)
    assert f"合計 {candidate.score}点" in page.detail_title.text()
    assert sum(int(t.split("点")[0]) for t in texts) == candidate.score


def test_a_missing_population_in_the_detail_offers_to_enter_it(window):
    _clear_figures(window, ANAN)
    page = _open(window)
    page.select_codes([ANAN])
    assert any("長野県阿南町の人口が未入力です" in t for t in page.detail.texts())
    page.detail.buttons[0].click()
    assert window.municipality_page.picker.current().code == ANAN


def test_pin_moves_a_candidate_to_the_top(window):
    page = _open(window)
    last = page.model.row(page.model.rowCount() - 1).code
    page.select_codes([last])
    page.pin_button.click()
    assert page.model.row(0).code == last
    assert _cell(page, last, RANK) == "ピン 1"
    assert page.selected_codes() == [last]  # the selection follows the candidate


def test_exclude_moves_a_candidate_to_the_end_and_reset_restores_it(window):
    page = _open(window)
    first = page.model.row(0).code
    page.select_codes([first])
    page.exclude_button.click()
    assert page.model.row(page.model.rowCount() - 1).code == first
    assert _cell(page, first, RANK) == "除外" and _cell(page, first, SCORE) == "—"
    assert page.reset_button.isEnabled() and not page.pin_button.isEnabled()
    page.reset_button.click()
    assert page.model.row(0).code == first


def test_pin_exclude_and_reset_are_reachable_by_keyboard(window, qtbot):
    page = _open(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    second = page.model.row(1).code
    page.table.setFocus()
    page.select_codes([second])
    # a button's &-accelerator clicks it after a short animation: wait for the effect
    QTest.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.model.row(0).code == second, timeout=2000)
    QTest.keyClick(page.table, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: _cell(page, second, RANK) == "除外", timeout=2000)
    QTest.keyClick(page.table, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: _cell(page, second, RANK) not in ("除外", "ピン 1"), timeout=2000)


def test_pins_belong_to_the_duty(window):
    page = _open(window)
    water, fire = _duty(window, "簡易水道の維持管理"), _duty(window, "火葬場")
    window.navigate("advisor", water.id)
    last = page.model.row(page.model.rowCount() - 1).code
    page.select_codes([last])
    page.pin_selected()
    window.navigate("advisor", fire.id)
    assert page.model.row(0).code != last
    window.navigate("advisor", water.id)
    assert page.model.row(0).code == last


def test_create_plan_goes_to_the_plans_page_with_the_duty_and_partners(window, monkeypatch):
    page = _open(window)
    duty = _duty(window, "簡易水道の維持管理")
    window.navigate("advisor", duty.id)
    calls = []
    monkeypatch.setattr(window, "navigate", lambda key, record=None: calls.append((key, record)))
    page.select_codes([NAGANO_PREF, IIDA])
    page.create_button.click()
    assert calls == [("plans", {"duty_id": duty.id, "partners": page.selected_codes()})]
    assert set(calls[0][1]["partners"]) == {NAGANO_PREF, IIDA}


def test_focus_record_chooses_the_duty(window):
    page = _open(window)
    duty = _duty(window, "橋梁点検と長寿命化計画")
    window.navigate("advisor", duty.id)
    assert page.duty.currentData() == duty.id
    assert "事務の代替執行" in page.methods.text()


def test_partner_model_passes_qt_model_tester(window, qtmodeltester):
    page = _open(window)
    page.select_codes([ANAN])
    page.exclude_selected()
    qtmodeltester.check(page.model)
    assert page.model.index(0, NAME).data(CODE_ROLE) == page.model.row(0).code


def test_the_larger_texts_grow_with_the_app_zoom(window, qapp, qtbot):
    page = _open(window)
    heading, status = (
        page.heading.font().pointSizeF(),
        page.cards[Setting.HUB_AREA].status.font().pointSizeF(),
    )
    qapp.apply_zoom(150)
    try:
        qtbot.waitUntil(lambda: page.heading.font().pointSizeF() > heading, timeout=2000)
        assert page.cards[Setting.HUB_AREA].status.font().pointSizeF() > status
        assert page.heading.font().pointSizeF() > page.font().pointSizeF()
    finally:
        qapp.apply_zoom(100)


# --- every code has its text -------------------------------------------------------------------------

_PARAMS = {
    "municipality_code": IIDA,
    "partner_code": SHIZUOKA,
    "kind": "city",
    "value": "98000",
    "reference_date": "2020-10-01",
    "source": SOURCE,
    "target": "50000",
    "floor": "40000",
    "prefecture": "長野県",
    "basis": "prefecture",
    "limit": "10",
    "distance_km": "26.7",
    "max_distance_km": "50.0",
    "stat": "population",
    "status": "eligible",
    "share": "10",
    "nearest_code": SHIZUOKA,
    "nearest_distance_km": "58.5",
    "count": "2",
    "band": "50000",
    "method": "entrustment",
    "partner_type": "prefecture",
    "within_range": "true",
}


def _names(code):
    return {IIDA: "長野県飯田市", SHIZUOKA: "静岡県静岡市"}[code]


@pytest.mark.parametrize("code", list(ReasonCode))
def test_every_reason_code_reads_as_a_sentence(code):
    for role in (None, Role.HUB, Role.CENTRE, Role.TWIN_HUB):
        text = advisor_texts.reason_text(Reason(code, Outcome.PASSED, dict(_PARAMS)), _names, role)
        assert text and "{" not in text and "None" not in text


@pytest.mark.parametrize("code", list(FactorCode))
def test_every_factor_code_reads_as_a_sentence(code):
    text = advisor_texts.factor_text(Factor(code, 10, dict(_PARAMS)), _names)
    assert text and "{" not in text
    assert advisor_texts.factor_short(code)


def test_the_ratio_rule_names_its_guidelines():
    params = {
        "municipality_code": IIDA,
        "value": "0.98",
        "reference_date": "2020-10-01",
        "source": "令和2年国勢調査",
    }
    hub = Reason(
        ReasonCode.RATIO_JUST_BELOW_ONE, Outcome.BORDERLINE, params | {"target": "1", "floor": "0.95"}
    )
    text = advisor_texts.reason_text(hub, _names, Role.HUB)
    assert "昼夜間人口比率 0.98（2020-10-01、令和2年国勢調査）" in text
    assert (
        "「昼夜間人口比率おおむね1以上」の基準に対して境界的" in text and "連携中枢都市圏構想推進要綱" in text
    )
    centre = Reason(ReasonCode.RATIO_BELOW_ONE, Outcome.FAILED, params | {"target": "1"})
    assert "定住自立圏構想推進要綱" in advisor_texts.reason_text(centre, _names, Role.CENTRE)


def test_missing_figure_buttons_follow_the_header_in_the_tab_order(window):
    _clear_figures(window, IIDA)
    page = _open(window)
    first = page.cards[Setting.SETTLEMENT_AREA].reasons.buttons[0]
    assert page.refresh_button.nextInFocusChain() is first
