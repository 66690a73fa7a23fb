"""The meeting summary builder, without Qt: services → document structure → HTML."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from renkei_desktop.domain.duties import DutyCategory
from renkei_desktop.reports import labels
from renkei_desktop.reports.document import (
    Document,
    Figure,
    HeaderFields,
    Heading,
    ReportError,
    Table,
    to_html,
)
from renkei_desktop.reports.summary import (
    CHARTS,
    SECTION_KEYS,
    Selection,
    SummaryOptions,
    build_summary,
)
from renkei_desktop.services.container import Services
from renkei_desktop.services.demo import ANAN, DEMO_HOME

from .conftest import HEADER

ROOT = Path(__file__).resolve().parents[2]
NO_CHARTS = frozenset(SECTION_KEYS) - {CHARTS}


def summary(services: Services, **options: object) -> Document:
    base = SummaryOptions(header=HEADER, sections=NO_CHARTS)
    return build_summary(services, replace(base, **options))  # type: ignore[arg-type]


def table_titled(document: Document, title: str) -> Table:
    return next(t for t in document.tables() if t.title == title)


def catalogue_table(document: Document) -> Table:
    return next(
        t for t in document.tables() if t.columns[1].title == "事務名" and t.columns[0].title == "No."
    )


def test_builders_use_only_qtcore_for_their_translations() -> None:
    """The words come from Qt's translation (QtCore); no GUI module, no application needed."""
    code = (
        "import sys; import renkei_desktop.reports.summary, renkei_desktop.reports.agreement_draft, "
        "renkei_desktop.reports.document; "
        "print(sorted(m for m in sys.modules if m.startswith('PySide6.Qt')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "['PySide6.QtCore']"


def test_document_structure_imports_no_qt() -> None:
    code = "import sys; import renkei_desktop.reports.document; print(any(m.startswith('PySide6') for m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_sections_are_numbered_in_order(report_services: Services) -> None:
    headings = [b.text for b in summary(report_services).blocks() if isinstance(b, Heading) and b.level == 1]
    assert headings == ["1　概要", "2　事務カタログ", "3　連携案", "4　協定・規約"]


def test_sections_left_out_are_not_numbered(report_services: Services) -> None:
    document = summary(report_services, sections=frozenset({"catalogue", "agreements"}))
    headings = [b.text for b in document.blocks() if isinstance(b, Heading) and b.level == 1]
    assert headings == ["1　事務カタログ", "2　協定・規約"]


@pytest.mark.parametrize(
    ("day", "seireki", "expected"),
    [
        (date(2026, 11, 27), False, "令和8年11月27日"),
        (date(2019, 5, 1), False, "令和元年5月1日"),
        (date(2019, 4, 30), False, "平成31年4月30日"),
        (date(2019, 5, 1), True, "令和元年5月1日（2019年）"),
    ],
)
def test_created_date_is_wareki_first(day: date, seireki: bool, expected: str) -> None:
    assert HeaderFields(created=day, with_seireki=seireki).created_text == expected


def test_document_carries_the_header_fields(report_services: Services) -> None:
    document = summary(report_services)
    assert document.header == HEADER
    assert document.running_title == "南信州広域連携推進会議"
    assert "令和元年5月1日" in document.text()


def test_catalogue_lists_every_duty_then_a_total(report_services: Services) -> None:
    duties = report_services.catalogue.list_duties(DEMO_HOME)
    table = catalogue_table(summary(report_services))
    assert [row.cells[1] for row in table.rows[:-1]] == [d.name for d in duties]
    total = table.rows[-1]
    assert total.emphasis
    assert total.cells[6] == labels.thousand_yen(sum(d.annual_cost_yen for d in duties)) == "209,750"
    assert table.unit == "（単位:千円）"
    assert "表示単位未満四捨五入のため合計が一致しない場合がある" in table.note


def test_sharing_table_is_in_thousand_yen_with_revenue_as_triangle(report_services: Services) -> None:
    plan = next(p for p in report_services.plans.list_all() if p.name == "南信州ごみ処理の一部事務組合")
    shares = report_services.shares.plan_shares(plan)
    document = summary(report_services)
    tables = [t for t in document.tables() if t.title == "負担の配分" and t.columns[2].title == "建設費"]
    assert len(tables) == 1
    table = tables[0]
    rows = {row.cells[1]: row.cells for row in table.rows}
    assert rows["特定財源"][2:4] == ("△40,000", "△25,000")
    iida = shares.parties[0]
    assert rows[iida.name][0] == "甲"
    assert rows[iida.name][4] == labels.thousand_yen(shares.cost_of(iida.id))
    assert rows["合計"][4] == "365,000"
    assert "単位:千円、表示単位未満四捨五入のため合計が一致しない場合がある" in table.note


def test_overview_states_the_home_towns_cost_before_and_after(report_services: Services) -> None:
    table = table_titled(summary(report_services), "連携の効果（天龍村の負担）")
    cost = table.rows[0].cells
    assert cost[0] == "年間経費（千円）"
    assert cost[3].startswith("△")  # the chosen plans lower 天龍村's cost
    before, after = (int(c.replace(",", "")) for c in cost[1:3])
    assert f"△{before - after:,}" == cost[3]


def test_overview_lists_duties_needing_cooperation_most_urgent_first(report_services: Services) -> None:
    table = table_titled(summary(report_services), "連携を要する事務")
    urgencies = [row.cells[2] for row in table.rows]
    assert urgencies == sorted(urgencies, key="高中低".index)
    water = next(row for row in table.rows if row.cells[0] == "簡易水道の維持管理")
    assert water.cells[4:] == ("事務の代替執行", "長野県")


def test_each_plan_shows_parties_method_and_procedure(report_services: Services) -> None:
    document = summary(report_services)
    text = document.text()
    for plan in report_services.plans.list_all():
        assert plan.name in text
    assert "機関等の共同設置　地方自治法第252条の7" in text
    assert "都道府県知事の許可" in text  # 一部事務組合
    assert "総務大臣への届出" in text  # 代替執行 with 長野県 as a party
    assert "甲\t飯田市\t幹事団体" in text


def test_agreements_are_listed_with_their_review_dates(report_services: Services) -> None:
    table = table_titled(summary(report_services), "協定・規約の一覧")
    rows = {row.cells[0]: row.cells for row in table.rows}
    assert rows["南信州介護認定審査会共同設置規約"][4] == "令和9年3月31日"
    assert rows["南信州介護認定審査会共同設置規約"][3] == "令和6年4月1日"


def test_reviews_due_are_listed_when_near(report_services: Services) -> None:
    document = summary(report_services, today=date(2027, 1, 10))
    table = next(t for t in document.tables() if t.title.startswith("見直し・期間満了が近いもの"))
    due = [row.cells for row in table.rows if row.cells[0] == "南信州介護認定審査会共同設置規約"]
    assert due == [("南信州介護認定審査会共同設置規約", "見直し期限", "令和9年3月31日", "あと80日")]


def test_partner_selection_keeps_only_plans_and_duties_with_that_partner(report_services: Services) -> None:
    document = summary(report_services, selection=Selection(partner_code=ANAN))
    assert [row.cells[1] for row in catalogue_table(document).rows[:-1]] == ["介護認定審査会", "ごみ処理"]
    plan_headings = [b.text for b in document.blocks() if isinstance(b, Heading) and b.level == 2]
    assert len(plan_headings) == 2 and all("南信州" in h for h in plan_headings)


def test_category_selection_keeps_only_that_category(report_services: Services) -> None:
    document = summary(report_services, selection=Selection(category=DutyCategory.ENVIRONMENT))
    rows = catalogue_table(document).rows[:-1]
    assert {row.cells[2] for row in rows} == {"環境衛生"}
    assert len(rows) == 3


def test_chosen_only_drops_the_other_alternatives(report_services: Services) -> None:
    text = summary(report_services, selection=Selection(chosen_only=True)).text()
    assert "長野県による事務の代替執行" in text
    assert "飯田市への事務の委託" not in text


def test_charts_come_from_the_chart_source_with_the_selected_plans(report_services: Services) -> None:
    from matplotlib.figure import Figure as MplFigure

    calls = []

    def source(services, *, plan_ids=None, categories=None):  # noqa: ANN001, ANN202
        calls.append((plan_ids, categories))
        return [("費用の比較", MplFigure()), ("業務量の比較", MplFigure())]

    plan_id = report_services.plans.list_all()[0].id
    document = build_summary(
        report_services,
        SummaryOptions(header=HEADER, selection=Selection(plan_ids=frozenset({plan_id}))),
        charts=source,
    )
    assert calls == [([plan_id], None)]
    assert [f.title for f in document.figures()] == ["図1　費用の比較", "図2　業務量の比較"]
    assert all(isinstance(f, Figure) for f in document.figures())


def test_html_has_the_headings_names_amounts_and_date(report_services: Services) -> None:
    page = to_html(summary(report_services), images=False)
    for expected in (
        "<h2>2　事務カタログ</h2>",
        "天龍村",
        "飯田市",
        "209,750",
        "△40,000",
        "令和元年5月1日",
        "<thead>",
    ):
        assert expected in page
    assert '<span class="doc-number">資料1</span>' in page


def test_without_a_home_town_the_summary_cannot_be_built(services: Services) -> None:
    with pytest.raises(ReportError) as raised:
        build_summary(services, SummaryOptions(sections=NO_CHARTS))
    assert raised.value.code == ReportError.NO_PROFILE


@pytest.mark.parametrize(
    ("yen", "text"),
    [(0, "0"), (1_234_567, "1,235"), (499, "0"), (500, "1"), (-1_500, "△2"), (-40_000_000, "△40,000")],
)
def test_thousand_yen_rounds_half_up_and_marks_negatives(yen: int, text: str) -> None:
    assert labels.thousand_yen(yen) == text


def test_person_years_marks_negatives() -> None:
    assert labels.person_years(Decimal("-3.845")) == "△3.85"
    assert labels.person_years(Decimal("1.2")) == "1.20"
