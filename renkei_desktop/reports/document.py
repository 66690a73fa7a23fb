"""A printed document as plain data, and its HTML.

The builders (``summary.py``, ``agreement_draft.py``) turn the services' records into a ``Document``:
header fields (資料番号, 会議名, 作成日 in 和暦, 担当課), sections with headings, paragraphs, tables with
header rows and figures. The writers (``pdf.py``, ``docx.py``, ``to_html`` below) only lay it out.
A document is built in one language (``Document.language``; reports/labels.py): its text is finished
when built, so the writers translate nothing. Nothing here imports Qt.
"""

from __future__ import annotations

import base64
import html
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from ..domain.wareki import format_gregorian, format_wareki


class Orientation(StrEnum):
    PORTRAIT = "portrait"  # A4 縦 (the default)
    LANDSCAPE = "landscape"  # A4 横, for wide tables


class Align(StrEnum):
    LEFT = "left"
    RIGHT = "right"
    CENTER = "center"


class Style(StrEnum):
    """How a paragraph is set."""

    BODY = "body"
    TITLE = "title"  # the document's title: large, bold, centred
    SUBTITLE = "subtitle"  # under the title, centred
    NOTE = "note"  # small print: rounding notes, sources, remarks
    BULLET = "bullet"  # ○ 項目: hanging indent of one character
    CAPTION = "caption"  # （目的）: an article's caption, on its own line
    ARTICLE = "article"  # 第1条　…: the first line flush, the rest indented one character
    RIGHT = "right"  # right-aligned (dates)
    CENTER = "center"
    SIGNATURE = "signature"  # the parties' names under an agreement: from about the middle of the line


@dataclass(frozen=True)
class HeaderFields:
    """What the header of every page carries (DOMAIN.md §6)."""

    doc_number: str = ""  # 資料番号 (資料1, 資料2-1 …)
    meeting: str = ""  # 会議名
    created: date | None = None  # 作成日
    with_seireki: bool = False  # 西暦 in brackets after the 和暦
    department: str = ""  # 担当課

    @property
    def created_text(self) -> str:
        """令和8年11月27日 (和暦 first; 令和元年, never 令和1年), optionally （2026年）."""
        return format_wareki(self.created, with_seireki=self.with_seireki) if self.created else ""


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1: a numbered section, 2: a sub-section, 3: a table's or list's title


@dataclass(frozen=True)
class Paragraph:
    text: str
    style: Style = Style.BODY
    bold: bool = False


@dataclass(frozen=True)
class Column:
    title: str
    weight: float = 1.0  # relative width
    align: Align = Align.LEFT


@dataclass(frozen=True)
class HeaderCell:
    text: str
    span: int = 1  # columns covered


@dataclass(frozen=True)
class Row:
    cells: tuple[str, ...]
    emphasis: bool = False  # a total row: bold on a light band (readable in greyscale)


@dataclass(frozen=True)
class Table:
    """A table whose header rows are repeated at the top of every page it runs onto."""

    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    group_rows: tuple[tuple[HeaderCell, ...], ...] = ()  # header rows above the column titles
    title: str = ""  # printed above, left
    unit: str = ""  # （単位:千円）, printed above, right
    note: str = ""  # printed below in small print
    keep_together: bool = False  # move the whole table to the next page rather than split it

    def __post_init__(self) -> None:
        for row in self.rows:
            if len(row.cells) != len(self.columns):
                raise ValueError(f"row has {len(row.cells)} cells for {len(self.columns)} columns: {row}")
        for group in self.group_rows:
            if sum(cell.span for cell in group) != len(self.columns):
                raise ValueError(
                    f"header row spans {sum(c.span for c in group)} of {len(self.columns)} columns"
                )

    @property
    def header_rows(self) -> tuple[tuple[HeaderCell, ...], ...]:
        """Every header row: the group rows, then one with the column titles."""
        return (*self.group_rows, tuple(HeaderCell(c.title) for c in self.columns))


@dataclass(eq=False)
class Figure:
    """A chart: a matplotlib ``Figure`` rendered by the writer (raster at ``dpi``), with its caption."""

    title: str
    figure: Any  # matplotlib.figure.Figure
    width: float = 1.0  # fraction of the text width
    dpi: int = 200
    cache: dict[str, Any] = field(default_factory=dict, repr=False)  # rendered images, by format

    @property
    def aspect(self) -> float:
        """Height / width of the figure."""
        width, height = self.figure.get_size_inches()
        return float(height) / float(width) if width else 0.6


@dataclass(frozen=True)
class PageBreak:
    pass


Block = Heading | Paragraph | Table | Figure | PageBreak


@dataclass
class Section:
    title: str
    blocks: list[Block | Section] = field(default_factory=list)
    level: int = 1
    page_break_before: bool = False

    def add(self, *blocks: Block | Section) -> Section:
        self.blocks.extend(blocks)
        return self


@dataclass
class Document:
    title: str
    header: HeaderFields
    kind: str = "summary"  # "summary" (会議資料) or "agreement" (協定書・規約の案)
    orientation: Orientation = Orientation.PORTRAIT
    front: list[Block] = field(default_factory=list)  # the title block before the sections
    sections: list[Section] = field(default_factory=list)
    language: str = "ja"  # the language it was built in (dates: 和暦 in "ja", else Gregorian)
    continued: str = "{0}（続き）"  # the title of a table continued on the next page ({0}: the title)

    @property
    def running_title(self) -> str:
        """The header's left-hand text: the meeting, else the document's title."""
        return self.header.meeting or self.title

    @property
    def created_text(self) -> str:
        """The 作成日 as the header prints it: 和暦 first in Japanese, 1 April 2025 in English."""
        if self.language == "ja" or self.header.created is None:
            return self.header.created_text
        return format_gregorian(self.header.created)

    def blocks(self) -> Iterator[Block]:
        """Every block in reading order, sections turned into their headings (and page breaks)."""
        yield from self.front
        for section in self.sections:
            yield from _flatten(section)

    def figures(self) -> list[Figure]:
        return [b for b in self.blocks() if isinstance(b, Figure)]

    def tables(self) -> list[Table]:
        return [b for b in self.blocks() if isinstance(b, Table)]

    def text(self) -> str:
        """All the text of the document, one block a line (for tests and search)."""
        lines = [self.running_title, self.header.doc_number, self.created_text, self.header.department]
        for block in self.blocks():
            if isinstance(block, Heading | Paragraph):
                lines.append(block.text)
            elif isinstance(block, Table):
                lines += [block.title, block.unit]
                lines += ["\t".join(c.text.replace("\n", "") for c in row) for row in block.header_rows]
                lines += ["\t".join(row.cells) for row in block.rows]
                lines.append(block.note)
            elif isinstance(block, Figure):
                lines.append(block.title)
        return "\n".join(line for line in lines if line)


def _flatten(section: Section) -> Iterator[Block]:
    if section.page_break_before:
        yield PageBreak()
    if section.title:
        yield Heading(section.title, section.level)
    for block in section.blocks:
        if isinstance(block, Section):
            yield from _flatten(block)
        else:
            yield block


# --- HTML ---------------------------------------------------------------------------------------

_HTML_STYLE = """
body { font-family: 'BIZ UDGothic', 'BIZ UDゴシック', sans-serif; font-size: 10.5pt; }
.page-header { display: flex; justify-content: space-between; border-bottom: 1px solid #000; }
.doc-number { border: 1px solid #000; padding: 0 0.5em; font-weight: bold; }
table { border-collapse: collapse; margin: 0.3em 0; width: 100%; }
th, td { border: 1px solid #000; padding: 0.15em 0.4em; vertical-align: top; }
th { background: #e6e6e6; }
tr.total td { font-weight: bold; background: #f0f0f0; }
td.right { text-align: right; } td.center { text-align: center; }
.unit { text-align: right; font-size: 9pt; } .note { font-size: 9pt; }
.title { text-align: center; font-size: 16pt; font-weight: bold; } .subtitle { text-align: center; }
.right { text-align: right; } .center { text-align: center; }
.article { padding-left: 1em; text-indent: -1em; } .signature { padding-left: 45%; } .bullet { padding-left: 1em; text-indent: -1em; }
"""


def to_html(document: Document, *, images: bool = True) -> str:
    """The document as one HTML page (figures as embedded PNG when ``images``)."""
    e = html.escape
    h = document.header
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{e(document.language)}"><head><meta charset="utf-8"><title>{e(document.title)}</title>',
        f"<style>{_HTML_STYLE}</style></head><body>",
        '<div class="page-header">',
        f'<span class="meeting">{e(document.running_title)}</span>',
        '<span class="fields">',
    ]
    if h.doc_number:
        parts.append(f'<span class="doc-number">{e(h.doc_number)}</span> ')
    parts.append(
        f'<span class="created">{e(document.created_text)}</span> <span class="department">{e(h.department)}</span>'
    )
    parts.append("</span></div>")
    for block in document.blocks():
        parts.append(_block_html(block, images))
    parts.append("</body></html>")
    return "\n".join(parts)


def _lines(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _block_html(block: Block, images: bool) -> str:
    e = html.escape
    if isinstance(block, Heading):
        level = min(block.level + 1, 6)
        return f"<h{level}>{e(block.text)}</h{level}>"
    if isinstance(block, Paragraph):
        text = e(block.text).replace("\n", "<br>")
        if block.bold:
            text = f"<b>{text}</b>"
        return f'<p class="{block.style.value}">{text}</p>'
    if isinstance(block, PageBreak):
        return '<div style="page-break-after: always"></div>'
    if isinstance(block, Figure):
        body = ""
        if images:
            from .images import figure_png

            data = base64.b64encode(figure_png(block)).decode("ascii")
            body = f'<img alt="{e(block.title)}" src="data:image/png;base64,{data}" style="width:{block.width * 100:.0f}%">'
        return f"<figure>{body}<figcaption>{e(block.title)}</figcaption></figure>"
    assert isinstance(block, Table)
    rows = []
    if block.title:
        rows.append(f'<p class="table-title"><b>{e(block.title)}</b></p>')
    if block.unit:
        rows.append(f'<p class="unit">{e(block.unit)}</p>')
    rows.append("<table><thead>")
    for header in block.header_rows:
        cells = "".join(
            f'<th colspan="{c.span}">{_lines(c.text)}</th>' if c.span > 1 else f"<th>{_lines(c.text)}</th>"
            for c in header
        )
        rows.append(f"<tr>{cells}</tr>")
    rows.append("</thead><tbody>")
    for row in block.rows:
        cells = "".join(
            f'<td class="{col.align.value}">{_lines(text)}</td>'
            if col.align is not Align.LEFT
            else f"<td>{_lines(text)}</td>"
            for col, text in zip(block.columns, row.cells, strict=True)
        )
        rows.append(f'<tr class="total">{cells}</tr>' if row.emphasis else f"<tr>{cells}</tr>")
    rows.append("</tbody></table>")
    if block.note:
        rows.append(f'<p class="note">{_lines(block.note)}</p>')
    return "\n".join(rows)


class ReportError(Exception):
    """A document cannot be built from the data (the UI and the CLI word it in Japanese)."""

    NO_PROFILE = "no_profile"  # no home municipality yet
    UNKNOWN_AGREEMENT = "unknown_agreement"  # no agreement with this id

    def __init__(self, code: str, value: str = ""):
        super().__init__(f"{code}: {value}" if value else code)
        self.code = code
        self.value = value
