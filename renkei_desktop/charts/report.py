"""The charts of the printed meeting summary (会議資料), sized for an A4 page.

``figures_for_report`` is what renkei_desktop/reports/ embeds: a list of (title, Figure), each figure
170 mm wide (the text width of A4 portrait with 20 mm margins), in this order:

1. 団体別の負担 — 費用（千円）, 2. 団体別の負担 — 業務量（人工）,
3. one 連携案ごとの各団体の負担割合 per plan,
4. 事務×団体の負担割合 (費用), 5. 連携のつながり, 6. 協定・規約の手続と見直し期限, 7. 連携前後の比較.

``plan_ids``: the plans the summary is about (they stand for "the chosen plans" in every chart; their
order is kept for the per-plan charts); None: the chosen plan of each duty. ``categories``: duty
categories (DutyCategory or its value) to keep; None: all. A chart with nothing to show is a figure
saying what to do, so the summary's numbering never depends on the data.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from ..domain.duties import DutyCategory
from . import texts
from .data import ChartFilter, ChartSource, Measure, categories_of

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from ..services.container import Services


def figures_for_report(
    services: Services,
    *,
    plan_ids: Iterable[int] | None = None,
    categories: Iterable[DutyCategory | str] | None = None,
) -> list[tuple[str, Figure]]:
    from .figures import (
        ChartOptions,
        before_after_figure,
        network_figure,
        party_load_figure,
        plan_shares_figure,
        share_matrix_figure,
        timeline_figure,
    )

    wanted = list(dict.fromkeys(plan_ids)) if plan_ids is not None else None
    source = ChartSource(services, today=date.today())
    flt = ChartFilter(
        categories=categories_of(categories), plan_ids=frozenset(wanted) if wanted is not None else None
    )
    options = ChartOptions()
    figures: list[tuple[str, Figure]] = []
    for measure in (Measure.COST, Measure.WORKLOAD):
        figure = party_load_figure(source.party_load(flt), measure, options=options)
        figures.append((_title(figure), figure))
    if wanted is not None:
        known = {pid for pid, _, _ in source.plan_choices(ChartFilter(categories=flt.categories))}
        plan_list = [pid for pid in wanted if pid in known]
    else:
        plan_list = [p.id for p in source.plans_in_scope(flt) if p.id is not None]
    for plan_id in plan_list:
        figure = plan_shares_figure(source.plan_shares(plan_id), options=options)
        figures.append((_title(figure), figure))
    if not plan_list:
        figure = plan_shares_figure(None, options=options)
        figures.append((_title(figure), figure))
    for figure in (
        share_matrix_figure(source.share_matrix(flt, Measure.COST), options=options),
        network_figure(source.network(flt), options=options),
        timeline_figure(source.timeline(flt), options=options),
        before_after_figure(source.before_after(flt), options=options),
    ):
        figures.append((_title(figure), figure))
    return figures


def _title(figure: Figure) -> str:
    from .figures import chart_info

    return chart_info(figure).title or texts.title("party_load")
