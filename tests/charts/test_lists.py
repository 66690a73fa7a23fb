"""Lists in the charts follow the language they are drawn in (charts/texts.py ``join``).

Japanese charts join names with 「、」 (阿南町の人口、泰阜村の人口), as before; charts in English with ", "
(Population of 阿南町, …). The names themselves are the records' and stay as recorded. The English tests
read the translation of the Charts context from resources/i18n/renkei_en.qm.
"""

from __future__ import annotations

import pytest
from matplotlib.text import Text
from PySide6.QtCore import QCoreApplication

from renkei_desktop.charts import figures as cf
from renkei_desktop.charts import texts
from renkei_desktop.charts.data import ChartSource
from renkei_desktop.domain.municipalities import StatKind
from renkei_desktop.services.demo import ANAN, YASUOKA

from .conftest import TODAY, draw

CARE = "南信州での介護認定審査会の共同設置"
BRIDGE = "長野県による橋梁点検の代替執行"
WATER = "長野県による事務の代替執行"


@pytest.fixture
def english_charts(qapp):  # noqa: ANN001, ANN201
    """The charts' words looked up in the English translation, as the charts page does in the English UI."""
    from PySide6.QtCore import QLocale

    from renkei_desktop.app.gui import install_translators

    before = texts._translator
    locale = QLocale()
    install_translators(qapp, "en")
    texts.install_translator(lambda source: QCoreApplication.translate(texts.CONTEXT, source))
    yield
    texts.install_translator(before)
    install_translators(qapp, "ja")
    QLocale.setDefault(locale)


def _without_elderly_population(demo, *codes: str) -> None:  # noqa: ANN001
    for code in codes:
        for stat in demo.municipalities.get(code).statistics:
            if stat.kind.value == "elderly_population":
                demo.municipalities.delete_statistic(stat.id)


def _without_rules(demo, source: ChartSource, *names: str) -> None:  # noqa: ANN001
    for plan in source.plans():
        if plan.name in names:
            items = tuple(
                item.__class__(item.name, item.annual_total_yen, item.specific_revenue_yen, "")
                for item in plan.cost_items
            )
            demo.plans.update(plan.with_changes(cost_items=items))
    source.refresh()


def _plan_id(source: ChartSource, name: str) -> int:
    return next(p.id for p in source.plans() if p.name == name)


def _drawn_text(figure) -> str:  # noqa: ANN001
    """The figure's text as drawn, without the line breaks the notes are wrapped with."""
    draw(figure)
    return "".join(t.get_text() for t in figure.findobj(Text)).replace("\n", "")


def test_japanese_charts_join_the_missing_figures_with_the_japanese_comma(demo):
    _without_elderly_population(demo, ANAN, YASUOKA)
    source = ChartSource(demo, today=TODAY)
    data = source.plan_shares(_plan_id(source, CARE))
    assert data.empty_args == (CARE, "阿南町の65歳以上人口、泰阜村の65歳以上人口")


def test_english_charts_join_the_missing_figures_with_commas(demo, english_charts):
    _without_elderly_population(demo, ANAN, YASUOKA)
    source = ChartSource(demo, today=TODAY)
    data = source.plan_shares(_plan_id(source, CARE))
    stat = texts.stat_name(StatKind.ELDERLY_POPULATION)
    assert stat.isascii(), stat
    assert data.empty_args == (CARE, f"{stat} of 阿南町, {stat} of 泰阜村")


def test_japanese_charts_name_the_plans_left_out_with_the_japanese_comma(demo):
    source = ChartSource(demo, today=TODAY)
    _without_rules(demo, source, BRIDGE, WATER)
    load = source.party_load()
    assert set(load.left_out) == {BRIDGE, WATER}
    assert f"{load.left_out[0]}、{load.left_out[1]}" in _drawn_text(cf.party_load_figure(load))


def test_english_charts_name_the_plans_left_out_with_commas(demo, english_charts):
    source = ChartSource(demo, today=TODAY)
    _without_rules(demo, source, BRIDGE, WATER)
    load = source.party_load()
    assert set(load.left_out) == {BRIDGE, WATER}
    text = _drawn_text(cf.party_load_figure(load))
    assert f"{load.left_out[0]}, {load.left_out[1]}" in text, text
    assert "、" not in text.replace(BRIDGE, "").replace(WATER, ""), text
