"""The long tables draw their text with PreferNoShaping (ui/widgets/unshaped.py): a user sees the same
pixels as with full shaping, in Japanese and in English, and the zoom still reaches them."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont


def _tables(window):  # noqa: ANN001, ANN202
    return {
        "catalogue": window.catalogue_page.table,
        "municipalities": window.municipality_page.picker.table,
        "advisor": window.hosted_pages["advisor"].table,
    }


def _looks_the_same_shaped(table, qapp) -> bool:  # noqa: ANN001
    unshaped = table.viewport().grab().toImage()
    shaped_font = QFont(table.font())
    shaped_font.setStyleStrategy(QFont.StyleStrategy.PreferDefault)
    old = table.font()
    table.setFont(shaped_font)
    qapp.processEvents()
    shaped = table.viewport().grab().toImage()
    table.setFont(old)
    qapp.processEvents()
    return unshaped.size() == shaped.size() and unshaped == shaped


@pytest.mark.parametrize("name", ["catalogue", "municipalities", "advisor"])
def test_each_long_table_is_unshaped_and_looks_the_same(window, qapp, name):
    page_of = {"catalogue": 0, "municipalities": window.page_count() - 1}
    window.show_page(page_of.get(name, window._pages.index(window.hosted_pages.get(name, window.catalogue_page))))
    qapp.processEvents()
    table = _tables(window)[name]
    assert table.font().styleStrategy() & QFont.StyleStrategy.PreferNoShaping
    assert table.model().rowCount() > 0
    assert _looks_the_same_shaped(table, qapp)


def test_the_unshaped_tables_follow_the_zoom(window, qapp):
    window.zoom(1)
    qapp.processEvents()
    try:
        for table in _tables(window).values():
            assert table.font().pointSizeF() == pytest.approx(qapp.font().pointSizeF())
            assert table.font().styleStrategy() & QFont.StyleStrategy.PreferNoShaping
    finally:
        window.zoom(0)
