"""First-run setup and the municipality browser."""

from __future__ import annotations

from renkei_desktop.domain.municipalities import StatKind
from renkei_desktop.ui.dialogs.setup_dialog import SetupDialog
from renkei_desktop.ui.pages.municipality_page import MunicipalityPage
from tests.ui.conftest import ime_type


def test_first_run_setup_finds_a_village_by_kana_and_saves_the_profile(qtbot, fresh_services):
    dialog = SetupDialog(fresh_services.profile, fresh_services.municipalities.all())
    qtbot.addWidget(dialog)
    ime_type(dialog.picker.search, "てんりゅうむら")
    assert dialog.picker.proxy.rowCount() == 1
    assert "天龍村" in dialog.chosen.text()
    ime_type(dialog.department, "企画課")
    ime_type(dialog.user_name, "山田 一郎")
    dialog.accept()
    profile = fresh_services.profile.get()
    assert profile is not None
    assert (profile.home_code, profile.department, profile.user_name) == ("204137", "企画課", "山田 一郎")


def test_setup_tells_apart_two_towns_of_the_same_name(qtbot, fresh_services):
    dialog = SetupDialog(fresh_services.profile, fresh_services.municipalities.all())
    qtbot.addWidget(dialog)
    ime_type(dialog.picker.search, "府中市")
    rows = {dialog.picker.proxy.index(r, 1).data() for r in range(dialog.picker.proxy.rowCount())}
    assert rows == {"東京都", "広島県"}


def test_setup_prefecture_filter_narrows_the_list(qtbot, fresh_services):
    dialog = SetupDialog(fresh_services.profile, fresh_services.municipalities.all())
    qtbot.addWidget(dialog)
    dialog.picker.prefecture.setCurrentIndex(dialog.picker.prefecture.findData("奈良県"))
    ime_type(dialog.picker.search, "かわかみ")
    assert dialog.picker.proxy.rowCount() == 1
    assert dialog.picker.current().code == "294527"


def test_setup_without_a_choice_saves_nothing(qtbot, fresh_services):
    dialog = SetupDialog(fresh_services.profile, fresh_services.municipalities.all())
    qtbot.addWidget(dialog)
    dialog.accept()
    assert fresh_services.profile.get() is None


def _page(qtbot, services):
    page = MunicipalityPage(services.municipalities)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_browser_lists_all_municipalities_and_filters_by_kind(qtbot, fresh_services):
    page = _page(qtbot, fresh_services)
    assert page.picker.proxy.rowCount() == 1788
    page.picker.set_kind_filter("hub")
    assert page.picker.proxy.rowCount() == 20 + len(
        [m for m in fresh_services.municipalities.all() if m.kind.value == "core_city"]
    )


def test_statistic_with_a_bad_date_is_refused_with_the_field_named(qtbot, fresh_services):
    page = _page(qtbot, fresh_services)
    assert page.picker.select_code("204137")
    page.kind.setCurrentIndex(page.kind.findData(StatKind.POPULATION.value))
    page.value.setText("１，１００")
    page.reference_date.setText("2020-13-01")
    page.source.setText("令和2年国勢調査")
    page.save_statistic()
    assert "基準日" in page.error.text()
    assert fresh_services.municipalities.get("204137").statistics == ()


def test_statistic_is_saved_with_date_and_source(qtbot, fresh_services):
    page = _page(qtbot, fresh_services)
    page.picker.select_code("204137")
    page.kind.setCurrentIndex(page.kind.findData(StatKind.POPULATION.value))
    page.value.setText("１，１００")
    page.reference_date.setText("令和2年10月1日")
    page.source.setText("令和2年国勢調査")
    page.save_statistic()
    stat = fresh_services.municipalities.get("204137").latest(StatKind.POPULATION)
    assert stat is not None and stat.value == 1100 and stat.reference_date.isoformat() == "2020-10-01"
    assert page.stats.rowCount() == 1
    assert page.stats.item(0, 1).text() == "1,100"


def test_municipality_model_passes_qt_model_tester(qtbot, fresh_services, qtmodeltester):
    page = _page(qtbot, fresh_services)
    qtmodeltester.check(page.picker.model)
