"""Agreement drafts: 連携協約書（案）, 規約（案） for the other statutory methods, 協定書（案）.

The clause structure of DOMAIN.md §6, one article each, in formal Japanese with the parties named 甲,
乙, 丙 …: 目的, 基本方針, 連携する取組と役割分担 (a table: 取組, 甲の役割, 乙の役割), 費用分担, 連絡会議,
紛争解決, 期間, 変更・廃止. A clause the agreement leaves empty gets the default text of its kind
(domain/agreements.default_clauses). When the agreement comes from a plan whose split can be computed,
the split is attached as 別表 (in 千円).

Every word is looked up through Qt's translation when the draft is built (contexts "AgreementDraft" and,
for the default clause texts marked in domain/agreements.py, "AgreementClauses"), so the draft comes out
in the document language (reports/labels.py). A clause the user wrote is printed as written; a clause
still equal to the Japanese default of its kind is printed as that default in the document language.
QtCore's translate only: no QtGui, no widgets.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain.agreements import (
    _FOUNDING_ARTICLES,
    _RULES_PURPOSES,
    AUTHORITY_WORDS,
    CLAUSE_TEXTS,
    DEFAULT_START_WORDS,
    DEFAULT_SUBJECT,
    DOCUMENT_WORDS,
    LAW,
    SETTLEMENT_BASIS,
    Agreement,
    AgreementKind,
    Term,
    default_clauses,
    needs_liaison_meeting,
)
from ..domain.methods import Authority
from ..domain.municipalities import Municipality
from ..domain.plans import Plan, party_letter
from ..domain.procedures import prefecture_is_party
from . import labels as L
from .document import Document, HeaderFields, Orientation, Paragraph, ReportError, Style, Table
from .summary import role_table, sharing_table

# The services (renkei_desktop.services.container.Services) and a plan's split (services.shares.PlanShares)
# are passed in and used by their attributes; they are not imported, so that the document structure does
# not pull in the database layers.
Services = Any
PlanShares = Any
translate = QCoreApplication.translate

COOPERATIVE_KINDS = (AgreementKind.COMPACT, AgreementKind.SETTLEMENT, AgreementKind.INFORMAL)
BLANK_DATE = QT_TRANSLATE_NOOP("AgreementDraft", "令和　　年　　月　　日")

# What the draft calls itself where it says what the parties conclude (次のとおり規約を定める).
DOCUMENT_NAMES = {
    **{kind: QT_TRANSLATE_NOOP("AgreementDraft", "規約") for kind in AgreementKind},
    AgreementKind.COMPACT: QT_TRANSLATE_NOOP("AgreementDraft", "連携協約書"),
    AgreementKind.SETTLEMENT: QT_TRANSLATE_NOOP("AgreementDraft", "協定書"),
    AgreementKind.INFORMAL: QT_TRANSLATE_NOOP("AgreementDraft", "協定書"),
}

# The title of the draft.
DRAFT_TITLES = {
    **{kind: QT_TRANSLATE_NOOP("AgreementDraft", "規約（案）") for kind in AgreementKind},
    AgreementKind.COMPACT: QT_TRANSLATE_NOOP("AgreementDraft", "連携協約書（案）"),
    AgreementKind.SETTLEMENT: QT_TRANSLATE_NOOP("AgreementDraft", "協定書（案）"),
    AgreementKind.INFORMAL: QT_TRANSLATE_NOOP("AgreementDraft", "協定書（案）"),
}

# The articles, in order: (key of the clause in domain Clauses, caption).
ARTICLE_CAPTIONS = (
    ("purpose", QT_TRANSLATE_NOOP("AgreementDraft", "目的")),
    ("basic_policy", QT_TRANSLATE_NOOP("AgreementDraft", "基本方針")),
    ("roles", QT_TRANSLATE_NOOP("AgreementDraft", "連携する取組と役割分担")),
    ("cost_sharing", QT_TRANSLATE_NOOP("AgreementDraft", "費用分担")),
    ("liaison_meeting", QT_TRANSLATE_NOOP("AgreementDraft", "連絡会議")),
    ("dispute_resolution", QT_TRANSLATE_NOOP("AgreementDraft", "紛争解決")),
    ("term", QT_TRANSLATE_NOOP("AgreementDraft", "期間")),
    ("amendment", QT_TRANSLATE_NOOP("AgreementDraft", "変更・廃止")),
)


@dataclass(frozen=True)
class DraftOptions:
    header: HeaderFields = field(default_factory=HeaderFields)
    orientation: Orientation = Orientation.PORTRAIT
    cost_table: bool = True  # attach the linked plan's split as 別表


def document_name(kind: AgreementKind) -> str:
    """連携協約書 / 規約 / 協定書: what the draft is called (in the document language)."""
    return translate("AgreementDraft", DOCUMENT_NAMES[kind])


def draft_title(kind: AgreementKind) -> str:
    """連携協約書（案）, 規約（案）, 協定書（案）."""
    return translate("AgreementDraft", DRAFT_TITLES[kind])


@dataclass(frozen=True)
class Article:
    caption: str  # 目的 → （目的）, in the document language
    paragraphs: tuple[str, ...]  # 項: the first after 第n条, the next numbered 2, 3 …
    table: Table | None = None
    key: str = ""  # the clause (purpose, cost_sharing …)


def _paragraphs(text: str) -> tuple[str, ...]:
    """A clause's text, one 項 per non-empty line."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


# --- default clause texts in the document language ---------------------------------------------------


def _clause(text: str) -> str:
    """A word or template of domain/agreements.py in the document language."""
    return translate("AgreementClauses", text) if text else ""


def party_intro(parties: Sequence[tuple[str, str]]) -> str:
    """「A市（以下「甲」という。）及びB町（以下「乙」という。）」 from (code, name) pairs in order."""
    return L.join_and(
        [
            translate("AgreementDraft", "{name}（以下「{letter}」という。）").format(
                name=name, letter=L.letter(party_letter(index))
            )
            for index, (_, name) in enumerate(parties)
        ]
    )


def _start_text(day, kind: AgreementKind) -> str:  # noqa: ANN001
    return L.date_text(day) if day is not None else _clause(DEFAULT_START_WORDS[kind])


def render_term(kind: AgreementKind, term: Term, party_count: int) -> str:
    """The 期間 clause for ``term`` in the document language (domain/agreements.render_term)."""
    letters = [L.letter(party_letter(i)) for i in range(max(party_count, 1))]
    word = DOCUMENT_WORDS[kind]
    doc = _clause(word)
    start = _start_text(term.start, kind)
    if term.end is None:
        template = "term_rules" if word == "規約" else "term_indefinite"
        return _clause(CLAUSE_TEXTS[template]).format(doc=doc, start=start)
    text = _clause(CLAUSE_TEXTS["term_fixed"]).format(doc=doc, start=start, end=_start_text(term.end, kind))
    if term.auto_renew:
        renewal = _clause(CLAUSE_TEXTS["term_renewal"]).format(
            any=L.join_or(letters), years=term.renewal_years
        )
        text = L.sentences(text, renewal)
    return text


def default_texts(
    kind: AgreementKind, parties: Sequence[tuple[str, str]], *, subject: str = ""
) -> dict[str, str]:
    """The default clause texts of ``kind`` in the document language, by clause key.

    The same choice of templates and words as domain/agreements.default_clauses (which gives them in
    Japanese; a test holds the two together)."""
    letters = [L.letter(party_letter(i)) for i in range(len(parties))]
    codes = [code for code, _ in parties]
    authority = Authority.MINISTER if prefecture_is_party(codes) else Authority.GOVERNOR
    words = {
        "intro": party_intro(parties),
        "all": L.join_and(letters),
        "any": L.join_or(letters),
        "doc": _clause(DOCUMENT_WORDS[kind]),
        "law": _clause(LAW),
        "article": _clause(_FOUNDING_ARTICLES.get(kind, "")),
        "subject": subject.strip() or _clause(DEFAULT_SUBJECT),
        "basis": _clause(SETTLEMENT_BASIS),
        "count": "1",
        "authority": _clause(AUTHORITY_WORDS[authority]),
    }

    def t(key: str) -> str:
        return _clause(CLAUSE_TEXTS[key])

    cooperative = kind in COOPERATIVE_KINDS
    if kind is AgreementKind.COMPACT:
        purpose, amendment = t("purpose_compact"), t("amend_compact")
    elif kind is AgreementKind.SETTLEMENT:
        purpose, amendment = t("purpose_settlement"), t("amend_settlement")
    elif kind is AgreementKind.INFORMAL:
        purpose, amendment = t("purpose_informal"), t("amend_informal")
    else:
        purpose = t("purpose_rules").replace("{purpose}", _clause(_RULES_PURPOSES[kind]))
        amendment = t("amend_rules")
    return {
        "purpose": purpose.format(**words),
        "basic_policy": (t("policy_cooperative") if cooperative else t("policy_rules")).format(**words),
        "cost_sharing": (t("cost") if cooperative else t("cost_rules")).format(**words),
        "liaison_meeting": t("liaison").format(**words) if needs_liaison_meeting(kind) else "",
        "dispute_resolution": (
            t("dispute_compact") if kind is AgreementKind.COMPACT else t("dispute_other")
        ).format(**words),
        "amendment": amendment.format(**words),
    }


def articles(
    agreement: Agreement,
    names: Mapping[str, str],
    *,
    subject: str = "",
    cost_table: bool = False,
) -> list[Article]:
    """The articles of the draft, each clause from the agreement or, when empty (or still the Japanese
    default), the default of its kind in the document language."""
    kind = agreement.kind
    doc = _clause(DOCUMENT_WORDS[kind])
    pairs = [(p.code, names.get(p.code, p.code)) for p in agreement.parties]
    clauses = agreement.clauses
    japanese = default_clauses(kind, pairs, subject=subject, roles=clauses.roles, term=clauses.term)
    printed = default_texts(kind, pairs, subject=subject)
    # A clause may also still be the default written before the duty was known (連携して取り組む事務).
    general = (
        default_clauses(kind, pairs, roles=clauses.roles, term=clauses.term) if subject.strip() else None
    )
    all_parties = L.join_and([L.letter(p.letter) for p in agreement.parties])

    def text(key: str) -> str:
        stored = getattr(clauses, key)
        if not stored or stored == getattr(japanese, key):
            return printed[key]
        if general is not None and stored == getattr(general, key):
            return default_texts(kind, pairs)[key]
        return stored

    liaison = clauses.liaison_meeting
    if liaison and liaison == japanese.liaison_meeting:
        liaison = printed["liaison_meeting"]
    if not liaison:
        if needs_liaison_meeting(kind) or clauses.meetings_per_year > 0:
            liaison = _clause(CLAUSE_TEXTS["liaison"]).format(
                all=all_parties, doc=doc, count=max(clauses.meetings_per_year, 1)
            )
        else:
            liaison = translate(
                "AgreementDraft",
                "{all}は、この{doc}に基づく事務の円滑な処理について協議するため、"
                "必要に応じて連絡会議を開催するものとする。",
            ).format(all=all_parties, doc=doc)
    stored_term = clauses.term_text
    if stored_term and stored_term != japanese.term_text:
        term = stored_term
    else:
        term = render_term(kind, clauses.term, len(pairs))
    parties = [(p.code, p.letter, names.get(p.code, p.code)) for p in agreement.parties]
    roles = role_table(clauses.roles, parties, with_names=False)
    cost = _paragraphs(text("cost_sharing"))
    if cost_table:
        cost += (translate("AgreementDraft", "前項の費用の負担の割合の案は、別表のとおりとする。"),)
    bodies: dict[str, tuple[tuple[str, ...], Table | None]] = {
        "purpose": (_paragraphs(text("purpose")), None),
        "basic_policy": (_paragraphs(text("basic_policy")), None),
        "roles": (
            (
                translate(
                    "AgreementDraft", "{0}が連携して取り組む事項及びその役割分担は、次の表のとおりとする。"
                ).format(all_parties),
            ),
            roles,
        ),
        "cost_sharing": (cost, None),
        "liaison_meeting": (_paragraphs(liaison), None),
        "dispute_resolution": (_paragraphs(text("dispute_resolution")), None),
        "term": (_paragraphs(term), None),
        "amendment": (_paragraphs(text("amendment")), None),
    }
    return [
        Article(translate("AgreementDraft", caption), bodies[key][0], bodies[key][1], key)
        for key, caption in ARTICLE_CAPTIONS
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
    doc = _clause(DOCUMENT_WORDS[kind])

    def name(code: str) -> str:
        m = municipalities.get(code)
        return m.name if m else code

    names = {p.code: name(p.code) for p in agreement.parties}
    with_table = bool(options.cost_table and shares is not None and shares.items)
    body = articles(agreement, names, subject=subject, cost_table=with_table)
    title = draft_title(kind)
    document = Document(
        title=translate("AgreementDraft", "{0}（案）").format(agreement.title) if agreement.title else title,
        header=options.header,
        kind="agreement",
        orientation=options.orientation,
        language=L.build_language(),
        continued=L.continued_mark(),
    )
    blocks: list = [Paragraph(title, Style.TITLE)]
    if agreement.title:
        blocks.append(Paragraph(agreement.title, Style.SUBTITLE))
    first = body[0].paragraphs[0] if body[0].paragraphs else ""
    pairs = [(p.code, names[p.code]) for p in agreement.parties]
    intro = party_intro(pairs)
    if "（以下「" not in first and intro not in first:
        if DOCUMENT_WORDS[kind] == "規約":
            sentence = translate("AgreementDraft", "{intro}は、次のとおり{name}を定める。")
        else:
            sentence = translate("AgreementDraft", "{intro}は、次のとおり{name}を締結する。")
        blocks.append(Paragraph(sentence.format(intro=intro, name=document_name(kind))))
    cost_article = 0
    to_fill = translate("Reports", "（協議の上記入）")
    for number, article in enumerate(body, start=1):
        if article.key == "cost_sharing":
            cost_article = number
        blocks.append(
            Paragraph(translate("AgreementDraft", "（{0}）").format(article.caption), Style.CAPTION)
        )
        for index, text in enumerate(article.paragraphs or (to_fill,)):
            if index == 0:
                line = translate("AgreementDraft", "第{number}条　{text}").format(number=number, text=text)
            else:
                line = translate("AgreementDraft", "{number}　{text}").format(number=index + 1, text=text)
            blocks.append(Paragraph(line, Style.ARTICLE))
        if article.table is not None:
            blocks.append(article.table)
    if kind in COOPERATIVE_KINDS:
        letters = L.join_and([L.letter(p.letter) for p in agreement.parties])
        count = len(agreement.parties)
        blocks.append(Paragraph(""))
        blocks.append(
            Paragraph(
                translate(
                    "AgreementDraft",
                    "この{doc}の締結を証するため、本書{count}通を作成し、{parties}記名押印の上、各自その1通を保有する。",
                ).format(doc=doc, count=count, parties=letters)
            )
        )
        blocks.append(Paragraph("", Style.SIGNATURE))
        blocks.append(Paragraph(translate("AgreementDraft", BLANK_DATE), Style.SIGNATURE))
        blocks.append(Paragraph("", Style.SIGNATURE))
        for party in agreement.parties:
            m = municipalities.get(party.code)
            where = m.display_name if m else party.code
            blocks.append(
                Paragraph(
                    translate("AgreementDraft", "{letter}　{name}").format(
                        letter=L.letter(party.letter), name=where
                    ),
                    Style.SIGNATURE,
                )
            )
            blocks.append(Paragraph(f"　　{L.head_of(m, party.code)}", Style.SIGNATURE))
    if with_table and shares is not None:
        blocks.append(
            sharing_table(
                shares,
                title=translate("AgreementDraft", "別表（第{0}条関係）　費用の負担割合（案）").format(
                    cost_article
                ),
                name_of=name,
            )
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
