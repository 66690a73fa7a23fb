"""The catalogue's filter proxy (one pass over precomputed search keys, one layout change per keystroke):
it behaves as the sort/filter proxy it replaced — live filtering of added and edited duties, selection
kept while the duty stays visible, sorting under a filter — and stays a correct Qt model throughout."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from renkei_desktop.domain.duties import Duty, DutyCategory
from renkei_desktop.ui.pages.catalogue_page import CataloguePage
from tests.ui.conftest import ime_type


@pytest.fixture
def page(qtbot, demo_services):
    profile = demo_services.profile.get()
    widget = CataloguePage(demo_services.catalogue, QUndoStack())
    qtbot.addWidget(widget)
    widget.load(profile.home_code, profile.department)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _shown(page: CataloguePage) -> list[str]:
    return [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]


def _duty(page: CataloguePage, name: str) -> Duty:
    return next(d for d in page.model.duties() if d.name == name)


def test_every_word_typed_must_match(page):
    ime_type(page.search, "かいご　審査")  # a full-width space separates the words too
    assert _shown(page) == ["介護認定審査会"]


def test_text_and_category_filters_combine(page):
    ime_type(page.search, "センター")
    assert set(_shown(page)) == {"消費生活センター", "休日夜間急患センター"}
    page.category.setCurrentIndex(page.category.findData(DutyCategory.MEDICAL.value))
    assert _shown(page) == ["休日夜間急患センター"]


def test_the_selected_duty_stays_selected_while_it_matches_the_filter(page):
    duty = _duty(page, "介護認定審査会")
    page.select_duty(duty.id)
    ime_type(page.search, "審査")
    assert page.selected_duty() == duty
    page.search.clear()
    ime_type(page.search, "ごみ")
    assert page.selected_duty() is None


def test_an_edit_that_no_longer_matches_hides_the_duty_and_undo_shows_it_again(page):
    ime_type(page.search, "審査会")
    before = _duty(page, "介護認定審査会")
    page.save_edit(before, before.with_changes(name="介護認定"))
    assert _shown(page) == ["障害支援区分認定審査会"]
    page._undo.undo()
    assert set(_shown(page)) == {"介護認定審査会", "障害支援区分認定審査会"}


def test_an_edit_that_comes_to_match_shows_the_duty(page):
    ime_type(page.search, "審査会")
    before = _duty(page, "公平委員会")
    page.save_edit(before, before.with_changes(name="公平委員会（審査会）"))
    assert "公平委員会（審査会）" in _shown(page)
    assert page.selected_duty() is not None and page.selected_duty().name == "公平委員会（審査会）"


def test_a_new_duty_shows_only_when_it_matches_the_filter(page):
    ime_type(page.search, "審査会")
    total = page.model.rowCount()
    template = _duty(page, "公平委員会")
    page.save_new(template.with_changes(name="空き家対策"))
    page.save_new(template.with_changes(name="固定資産評価審査会"))
    assert page.model.rowCount() == total + 2
    assert set(_shown(page)) == {"介護認定審査会", "障害支援区分認定審査会", "固定資産評価審査会"}


def test_deleting_a_shown_duty_removes_its_row(page, monkeypatch):
    page.category.setCurrentIndex(page.category.findData(DutyCategory.ENVIRONMENT.value))
    page.select_duty(_duty(page, "火葬場").id)  # the demo's 火葬場 has no plans, so it can be deleted
    monkeypatch.setattr(page, "confirm", lambda title, text: True)
    page.delete_selected()
    assert set(_shown(page)) == {"ごみ処理", "簡易水道の維持管理"}


def test_sorting_under_a_filter_sorts_the_rows_shown(page):
    ime_type(page.search, "センター")
    page.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # 年間経費
    assert _shown(page) == ["休日夜間急患センター", "消費生活センター"]
    page.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)
    assert _shown(page) == ["消費生活センター", "休日夜間急患センター"]


def test_the_summary_counts_the_duties_shown(page, qtbot):
    ime_type(page.search, "センター")
    qtbot.waitUntil(lambda: "2件を表示" in page.summary.text(), timeout=2000)
    assert f"全{page.model.rowCount()}件" in page.summary.text()


def test_filtered_proxy_stays_a_correct_model_through_edits_and_sorting(page, qtmodeltester, monkeypatch):
    ime_type(page.search, "センター")
    qtmodeltester.check(page.proxy)  # the tester keeps watching the signals below
    template = _duty(page, "公平委員会")
    page.save_new(template.with_changes(name="こども家庭センター"))
    page.save_new(template.with_changes(name="空き家対策"))
    edited = _duty(page, "消費生活センター")
    page.save_edit(edited, edited.with_changes(name="消費生活相談"))
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    page.select_duty(_duty(page, "こども家庭センター").id)
    monkeypatch.setattr(page, "confirm", lambda title, text: True)
    page.delete_selected()
    page.search.clear()
    page.category.setCurrentIndex(page.category.findData(DutyCategory.ENVIRONMENT.value))
    assert _shown(page) == ["ごみ処理", "簡易水道の維持管理", "火葬場"]  # by reading, descending


def test_the_delegate_prepares_each_cell_as_the_standard_delegate_does(page):
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

    standard = QStyledItemDelegate()
    ours = page.table.itemDelegate()
    assert type(ours) is not QStyledItemDelegate
    alternate = QStyleOptionViewItem.ViewItemFeature.Alternate
    for row in range(page.proxy.rowCount()):  # the demo has cells without text (no 専門職) too
        for column in range(page.proxy.columnCount()):
            index = page.proxy.index(row, column)
            options = []
            for delegate in (ours, standard):
                option = QStyleOptionViewItem()
                option.initFrom(page.table)  # as the view prepares it
                if row % 2:  # with alternating row colours
                    option.features = alternate
                delegate.initStyleOption(option, index)
                options.append(option)
            mine, theirs = options
            assert (mine.text, mine.features, mine.displayAlignment, mine.index, mine.styleObject) == (
                theirs.text,
                theirs.features,
                theirs.displayAlignment,
                theirs.index,
                theirs.styleObject,
            ), (row, column)


def test_the_summary_totals_are_the_exact_sums_of_the_duties_shown(page):
    from decimal import Decimal

    def expected() -> tuple[int, Decimal, int]:
        shown = page.proxy.visible_duties()
        return (
            len(shown),
            sum((d.workload_person_years for d in shown), Decimal(0)),
            sum(d.annual_cost_yen for d in shown),
        )

    assert page.proxy.visible_totals() == expected()
    ime_type(page.search, "センター")
    assert page.proxy.visible_totals() == expected() and expected()[0] == 2
    # A workload with more places than the editor allows (e.g. written by an old file) is summed exactly.
    odd = _duty(page, "消費生活センター").with_changes(workload_person_years=Decimal("0.125"))
    page.model.upsert(odd)
    count, workload, _ = page.proxy.visible_totals()
    assert (count, workload) == expected()[:2] and workload.as_tuple().exponent == -3
    page.search.clear()
    assert page.proxy.visible_totals() == expected()
    assert f"{len(page.model.duties())}件を表示" in page.summary.text()


def test_status_and_urgency_filters_combine_with_the_others(page, qtbot):
    from renkei_desktop.domain.duties import DutyStatus, Urgency

    duties = page.model.duties()
    page.status.setCurrentIndex(page.status.findData(DutyStatus.CONSIDERING.value))
    assert sorted(_shown(page)) == sorted(d.name for d in duties if d.status is DutyStatus.CONSIDERING)
    page.urgency.setCurrentIndex(page.urgency.findData(Urgency.HIGH.value))
    expected = [d.name for d in duties if d.status is DutyStatus.CONSIDERING and d.urgency is Urgency.HIGH]
    assert expected and sorted(_shown(page)) == sorted(expected)
    ime_type(page.search, expected[0][:2])
    assert expected[0] in _shown(page)
    assert all(n in expected for n in _shown(page))
    qtbot.waitUntil(lambda: page.summary.text().startswith(f"{len(_shown(page))}件を表示"))
    page.search.clear()
    page.status.setCurrentIndex(0)
    page.urgency.setCurrentIndex(0)
    assert len(_shown(page)) == len(duties)


def test_the_status_filter_keeps_the_proxy_a_correct_model(page, qtmodeltester):
    from renkei_desktop.domain.duties import DutyStatus

    page.status.setCurrentIndex(page.status.findData(DutyStatus.OPERATING.value))
    qtmodeltester.check(page.proxy)
    page.status.setCurrentIndex(0)
    qtmodeltester.check(page.proxy)
