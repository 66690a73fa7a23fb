"""Dates in the charts follow the language they are drawn in (charts/texts.py ``language()``).

Japanese charts write the 和暦 (令和9年3月31日; the time axis 令和7年), as before. Charts in English write the
Gregorian date as the English documents do (31 March 2027; the time axis 2025): no era year in them.
The English tests read the translation of the Charts context from resources/i18n/renkei_en.qm.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from matplotlib.figure import Figure
from matplotlib.text import Text
from PySide6.QtCore import QCoreApplication

from renkei_desktop.charts import figures as cf
from renkei_desktop.charts import texts
from renkei_desktop.charts.data import Timeline, TimelineEvent, TimelineRow
from renkei_desktop.domain.agreements import AgreementKind, EventKind
from renkei_desktop.reports.document import format_gregorian
from renkei_desktop.reports.language import document_language

from .conftest import TODAY, draw

pytestmark = pytest.mark.filterwarnings("error:Glyph .* missing:UserWarning")

ERA = re.compile("令和|平成|昭和|元年")


@pytest.fixture
def charts_translated(qapp):  # noqa: ANN001, ANN201
    """The charts' words looked up in Qt's translation, as the charts page and the printed summary do;
    the lookup the charts had before is put back afterwards."""
    before = texts._translator
    texts.install_translator(lambda source: QCoreApplication.translate(texts.CONTEXT, source))
    yield
    texts.install_translator(before)


@pytest.fixture
def english_ui(qapp, charts_translated):  # noqa: ANN001, ANN201
    """The UI switched to English as the app does it (install_translators); Japanese again afterwards."""
    from PySide6.QtCore import QLocale

    from renkei_desktop.app.gui import install_translators

    locale = QLocale()
    install_translators(qapp, "en")
    yield qapp
    install_translators(qapp, "ja")
    QLocale.setDefault(locale)


def _timeline() -> Timeline:
    events = (
        TimelineEvent(EventKind.CONSULTATION_START, date(2023, 6, 1)),
        TimelineEvent(EventKind.COUNCIL_RESOLUTION, date(2023, 9, 14), "天龍村"),
        TimelineEvent(EventKind.EFFECTIVE, date(2024, 4, 1)),
        TimelineEvent(EventKind.REVIEW_DUE, date(2027, 3, 31)),
    )
    row = TimelineRow(4, "南信州介護認定審査会共同設置規約", AgreementKind.RULES_JOINT_BODY, events)
    return Timeline((row,), TODAY)


def _axis_years(figure: Figure) -> list[str]:
    """The year labels the time axis shows (its ticks within the drawn range)."""
    ax = figure.axes[0]
    low, high = ax.get_xlim()
    return [tick.label1.get_text() for tick in ax.xaxis.get_major_ticks() if low <= tick.get_loc() <= high]


def _words(figure: Figure) -> list[str]:
    """Every word drawn, and the tooltips of the marks."""
    drawn = [t.get_text() for t in figure.findobj(Text) if t.get_text()]
    return drawn + [hit.tooltip for hit in cf.chart_info(figure).hits]


# --- the formats ---------------------------------------------------------------------------------------


def test_japanese_dates_and_years_are_wareki():
    assert texts.date_text(date(2027, 3, 31), "ja") == "令和9年3月31日"
    assert texts.date_text(date(2019, 5, 1), "ja") == "令和元年5月1日"
    assert texts.year_text(date(2025, 1, 1), "ja") == "令和7年"
    assert texts.year_text(date(2019, 5, 1), "ja") == "令和元年"
    assert texts.year_text(date(2019, 1, 1), "ja") == "平成31年"
    assert texts.year_text(date(1900, 1, 1), "ja") == "1900"  # before 昭和: no era of ours


def test_english_dates_are_written_as_the_english_documents_write_them():
    for month in range(1, 13):
        day = date(2025, month, 1 + month)
        assert texts.date_text(day, "en") == format_gregorian(day)
    assert texts.date_text(date(2025, 4, 1), "en") == "1 April 2025"
    assert texts.year_text(date(2019, 5, 1), "en") == "2019"
    assert texts.year_text(date(2025, 1, 1), "en") == "2025"


def test_without_a_translation_the_charts_are_japanese(charts_translated):
    assert texts.language() == "ja"
    assert texts.date_text(date(2025, 4, 1)) == "令和7年4月1日"
    assert texts.year_text(date(2025, 1, 1)) == "令和7年"


def test_the_charts_language_follows_the_installed_translation(charts_translated):
    with document_language("en"):
        assert texts.language() == "en"
        assert texts.date_text(date(2025, 4, 1)) == "1 April 2025"
        assert texts.year_text(date(2025, 1, 1)) == "2025"
    assert texts.language() == "ja"


# --- the timeline --------------------------------------------------------------------------------------


def test_japanese_timeline_keeps_wareki_on_its_axis_labels_and_tooltips(charts_translated):
    figure = cf.timeline_figure(_timeline())
    draw(figure)
    assert _axis_years(figure) == ["令和6年", "令和7年", "令和8年", "令和9年", "令和10年"]
    words = _words(figure)
    assert "見直し 令和9年3月31日" in words
    assert any(w.endswith("議会議決（天龍村）: 令和5年9月14日") for w in words)


def test_english_timeline_writes_gregorian_years_and_dates_without_an_era(charts_translated):
    with document_language("en"):  # a document printed in English from the Japanese UI
        figure = cf.timeline_figure(_timeline())
    draw(figure)  # drawn after the build: the axis keeps the language the figure was built in
    assert _axis_years(figure) == ["2024", "2025", "2026", "2027", "2028"]
    words = _words(figure)
    assert not [w for w in words if ERA.search(w)], words
    assert "Review 31 March 2027" in words
    assert any(w.endswith("Council resolution (天龍村): 14 September 2023") for w in words)
    assert not [w for w in words if "（" in w], words  # English writes " (…)", Japanese （…）


def test_a_japanese_timeline_drawn_while_english_is_installed_stays_japanese(charts_translated):
    figure = cf.timeline_figure(_timeline())
    with document_language("en"):
        draw(figure)
    assert _axis_years(figure) == ["令和6年", "令和7年", "令和8年", "令和9年", "令和10年"]


def test_the_english_ui_draws_the_timeline_with_gregorian_years(english_ui):
    figure = cf.timeline_figure(_timeline())
    draw(figure)
    years = _axis_years(figure)
    assert years == ["2024", "2025", "2026", "2027", "2028"]
    assert not [w for w in _words(figure) if ERA.search(w)]


def test_the_summary_printed_in_english_has_gregorian_years_on_its_timeline(demo, charts_translated):  # noqa: ANN001
    from renkei_desktop.reports.summary import default_chart_source

    with document_language("en"):
        figures = default_chart_source(demo)
    (timeline,) = [figure for _, figure in figures if cf.chart_info(figure).key == "timeline"]
    draw(timeline)  # as the summary's writers do, after the build
    years = _axis_years(timeline)
    assert years and all(re.fullmatch(r"20\d\d", y) for y in years), years
    assert not [w for w in _words(timeline) if ERA.search(w)]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_key_of_a_short_printed_timeline_fits_the_page_and_clears_the_today_label(
    charts_translated, lang
):
    """Every kind of step on one agreement, A4 wide: the longer English names take fewer columns."""
    days = [date(2022, 4, 1) + (date(2023, 1, 1) - date(2022, 1, 1)) * k / 2 for k in range(len(EventKind))]
    events = tuple(TimelineEvent(kind, day) for kind, day in zip(EventKind, days, strict=True))
    timeline = Timeline((TimelineRow(1, "協定", AgreementKind.INFORMAL, events),), date(2024, 6, 1))
    with document_language(lang):
        figure = cf.timeline_figure(timeline)
    draw(figure)
    renderer = figure.canvas.get_renderer()
    ax = figure.axes[0]
    key = ax.get_legend()
    names = [t.get_window_extent(renderer) for t in key.get_texts()]
    today = next(t for t in ax.texts if t.get_text() in ("今日", "Today")).get_window_extent(renderer)
    assert len(names) == len(EventKind)
    assert all(0 <= box.x0 and box.x1 <= figure.bbox.x1 for box in names), lang
    assert not [box for box in names if box.overlaps(today)], lang
    assert min(box.y0 for box in names) > today.y1, lang
    if lang == "ja":
        assert key._ncols == 4  # as before: the Japanese key is unchanged
