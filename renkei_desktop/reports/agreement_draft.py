"""Agreement drafts: 連携協約書（案）, 規約（案） for the other statutory methods, 協定書（案）.

The clause structure of DOMAIN.md §6, one article each, in formal Japanese with the parties named 甲,
乙, 丙 …: 目的, 基本方針, 連携する取組と役割分担 (a table: 取組, 甲の役割, 乙の役割), 費用分担, 連絡会議,
紛争解決, 期間, 変更・廃止. A clause the agreement leaves empty gets the default text of its kind
(domain/agreements.default_clauses). When the agreement comes from a plan whose split can be computed,
the split is attached as 別表 (in 千円). No Qt here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..domain.agreements import (
    CLAUSE_TEXTS,
    DOCUMENT_WORDS,
    Agreement,
    AgreementKind,
    default_clauses,
    needs_liaison_meeting,
    party_intro,
    render_term,
)
from ..domain.municipalities import Municipality
from ..domain.plans import Plan
from . import labels as L
from .document import Document, HeaderFields, Orientation, Paragraph, ReportError, Style, Table
from .summary import role_table, sharing_table

# The services (renkei_desktop.services.container.Services) and a plan's split (services.shares.PlanShares)
# are passed in and used by their attributes; they are not imported, so that the document structure does
# not pull in the database layers.
Services = Any
PlanShares = Any

COOPERATIVE_KINDS = (AgreementKind.COMPACT, AgreementKind.SETTLEMENT, AgreementKind.INFORMAL)
BLANK_DATE = "令和　　年　　月　　日"


@dataclass(frozen=True)
class DraftOptions:
    header: HeaderFields = field(default_factory=HeaderFields)
    orientation: Orientation = Orientation.PORTRAIT
    cost_table: bool = True  # attach the linked plan's split as 別表


def document_name(kind: AgreementKind) -> str:
    """連携協約書 / 規約 / 協定書: what the draft is called."""
    if kind is AgreementKind.COMPACT:
        return "連携協約書"
    if kind in (AgreementKind.SETTLEMENT, AgreementKind.INFORMAL):
        return "協定書"
    return "規約"


def draft_title(kind: AgreementKind) -> str:
    """連携協約書（案）, 規約（案）, 協定書（案）."""
    return f"{document_name(kind)}（案）"


@dataclass(frozen=True)
class Article:
    caption: str  # 目的 → （目的）
    paragraphs: tuple[str, ...]  # 項: the first after 第n条, the next numbered 2, 3 …
    table: Table | None = None


def _paragraphs(text: str) -> tuple[str, ...]:
    """A clause's text, one 項 per non-empty line."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def articles(
    agreement: Agreement,
    names: Mapping[str, str],
    *,
    subject: str = "",
    cost_table: bool = False,
) -> list[Article]:
    """The articles of the draft, each clause from the agreement or, when empty, the default of its kind."""
    kind = agreement.kind
    doc = DOCUMENT_WORDS[kind]
    pairs = [(p.code, names.get(p.code, p.code)) for p in agreement.parties]
    clauses = agreement.clauses
    defaults = default_clauses(kind, pairs, subject=subject, roles=clauses.roles, term=clauses.term)
    letters = [p.letter for p in agreement.parties]
    all_parties = L.join_and(letters)

    def text(key: str) -> str:
        return getattr(clauses, key) or getattr(defaults, key)

    liaison = clauses.liaison_meeting
    if not liaison:
        if needs_liaison_meeting(kind) or clauses.meetings_per_year > 0:
            liaison = CLAUSE_TEXTS["liaison"].format(
                all=all_parties, doc=doc, count=max(clauses.meetings_per_year, 1)
            )
        else:
            liaison = (
                f"{all_parties}は、この{doc}に基づく事務の円滑な処理について協議するため、"
                "必要に応じて連絡会議を開催するものとする。"
            )
    term = clauses.term_text or render_term(kind, clauses.term, len(pairs))
    parties = [(p.code, p.letter, names.get(p.code, p.code)) for p in agreement.parties]
    roles = role_table(clauses.roles, parties, with_names=False)
    cost = _paragraphs(text("cost_sharing"))
    if cost_table:
        cost += ("前項の費用の負担の割合の案は、別表のとおりとする。",)
    return [
        Article("目的", _paragraphs(text("purpose"))),
        Article("基本方針", _paragraphs(text("basic_policy"))),
        Article(
            "連携する取組と役割分担",
            (f"{all_parties}が連携して取り組む事項及びその役割分担は、次の表のとおりとする。",),
            roles,
        ),
        Article("費用分担", cost),
        Article("連絡会議", _paragraphs(liaison)),
        Article("紛争解決", _paragraphs(text("dispute_resolution"))),
        Article("期間", _paragraphs(term)),
        Article("変更・廃止", _paragraphs(text("amendment"))),
    ]


def draft_document(
    agreement: Agreement,
    municipalities: Mapping[str, Municipality],
    options: DraftOptions | None = None,
    *,
    subject: str = "",
    plan: Plan | None = None,
    shares: PlanShares | None = None,
) -> Document:
    """The draft of ``agreement`` as a document (pure: every record is passed in)."""
    options = options or DraftOptions()
    kind = agreement.kind
    doc = DOCUMENT_WORDS[kind]

    def name(code: str) -> str:
        m = municipalities.get(code)
        return m.name if m else code

    names = {p.code: name(p.code) for p in agreement.parties}
    with_table = bool(options.cost_table and shares is not None and shares.items)
    body = articles(agreement, names, subject=subject, cost_table=with_table)
    title = draft_title(kind)
    document = Document(
        title=f"{agreement.title}（案）" if agreement.title else title,
        header=options.header,
        kind="agreement",
        orientation=options.orientation,
    )
    blocks: list = [Paragraph(title, Style.TITLE)]
    if agreement.title:
        blocks.append(Paragraph(agreement.title, Style.SUBTITLE))
    first = body[0].paragraphs[0] if body[0].paragraphs else ""
    if "（以下「" not in first:
        pairs = [(p.code, names[p.code]) for p in agreement.parties]
        verb = "を定める。" if doc == "規約" else "を締結する。"
        blocks.append(Paragraph(f"{party_intro(pairs)}は、次のとおり{document_name(kind)}{verb}"))
    cost_article = 0
    for number, article in enumerate(body, start=1):
        if article.caption == "費用分担":
            cost_article = number
        blocks.append(Paragraph(f"（{article.caption}）", Style.CAPTION))
        for index, text in enumerate(article.paragraphs):
            lead = f"第{number}条　" if index == 0 else f"{index + 1}　"
            blocks.append(Paragraph(lead + text, Style.ARTICLE))
        if not article.paragraphs:
            blocks.append(Paragraph(f"第{number}条　（協議の上記入）", Style.ARTICLE))
        if article.table is not None:
            blocks.append(article.table)
    if kind in COOPERATIVE_KINDS:
        letters = L.join_and([p.letter for p in agreement.parties])
        count = len(agreement.parties)
        blocks.append(Paragraph(""))
        blocks.append(
            Paragraph(
                f"この{doc}の締結を証するため、本書{count}通を作成し、{letters}記名押印の上、各自その1通を保有する。"
            )
        )
        blocks.append(Paragraph("", Style.SIGNATURE))
        blocks.append(Paragraph(BLANK_DATE, Style.SIGNATURE))
        blocks.append(Paragraph("", Style.SIGNATURE))
        for party in agreement.parties:
            m = municipalities.get(party.code)
            where = m.display_name if m else party.code
            blocks.append(Paragraph(f"{party.letter}　{where}", Style.SIGNATURE))
            blocks.append(Paragraph(f"　　{L.head_of(m, party.code)}", Style.SIGNATURE))
    if with_table and shares is not None:
        blocks.append(
            sharing_table(shares, title=f"別表（第{cost_article}条関係）　費用の負担割合（案）", name_of=name)
        )
    document.front = blocks
    return document


def build_agreement_draft(
    services: Services, agreement_id: int, options: DraftOptions | None = None
) -> Document:
    """The draft of agreement ``agreement_id``; ReportError(UNKNOWN_AGREEMENT) when there is none."""
    options = options or DraftOptions()
    agreement = services.agreements.get(agreement_id)
    if agreement is None:
        raise ReportError(ReportError.UNKNOWN_AGREEMENT, str(agreement_id))
    municipalities = {m.code: m for m in services.municipalities.all()}
    plan = services.plans.get(agreement.plan_id) if agreement.plan_id is not None else None
    subject = ""
    shares = None
    if plan is not None:
        duty = services.catalogue.get(plan.duty_id)
        subject = duty.name if duty is not None else ""
        if options.cost_table and plan.cost_items:
            computed = services.shares.plan_shares(plan)
            shares = computed if any(item.allocation is not None for item in computed.items) else None
    return draft_document(agreement, municipalities, options, subject=subject, plan=plan, shares=shares)
