"""A ``Document`` as a Word file (.docx, python-docx), so that staff can finish an agreement draft in Word.

A4 in the document's orientation; the header (会議名, 作成日, 担当課, 資料番号) and the page number
(「- n -」, a PAGE field) on every page; BIZ UDゴシック as the East Asian font of every style (w:eastAsia),
so Japanese text does not fall back to the default 明朝 of Word; table header rows marked to repeat on
each page and rows that cannot split; charts as PNG. No macros, nothing embedded but pictures.
"""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document as new_docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from .document import Align, Document, Figure, Heading, Orientation, PageBreak, Paragraph, Style, Table
from .images import figure_png

FONT = "BIZ UDゴシック"  # the name Word shows on Japanese Windows (the family is BIZ UDGothic)
MARGINS_MM = (18, 15, 18, 15)  # left, top, right, bottom
SIZES = {"Normal": 10.5, "Title": 17, "Subtitle": 12, "Heading 1": 13.5, "Heading 2": 11.5, "Heading 3": 10}
TABLE_SIZE = 9
WORD_LANGUAGES = {"en": "en-GB"}  # Document.language → Word's language tag
NOTE_SIZE = 8.5
HEADER_FILL = "DDDDDD"
EMPHASIS_FILL = "F0F0F0"
_ALIGN = {
    Align.LEFT: WD_ALIGN_PARAGRAPH.LEFT,
    Align.RIGHT: WD_ALIGN_PARAGRAPH.RIGHT,
    Align.CENTER: WD_ALIGN_PARAGRAPH.CENTER,
}


def _set_fonts(element_rpr_owner, name: str = FONT) -> None:  # noqa: ANN001
    """Latin and East Asian font of a style or a run (w:rFonts ascii, hAnsi, eastAsia)."""
    rpr = element_rpr_owner.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for key in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(key), name)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if fonts.get(qn(theme)) is not None:
            del fonts.attrib[qn(theme)]


def _styles(docx, language: str = "ja") -> None:  # noqa: ANN001
    for name, size in SIZES.items():
        style = docx.styles[name]
        style.font.name = FONT
        style.font.size = Pt(size)
        style.font.color.rgb = RGBColor(0, 0, 0)
        _set_fonts(style.element)
        if name.startswith("Heading") or name == "Title":
            style.font.bold = True
            style.font.italic = False
    for name in ("Header", "Footer", "Table Grid"):
        style = docx.styles[name]
        style.font.name = FONT
        _set_fonts(style.element)
    # East Asian text and line breaking (禁則) as Word sets them for Japanese documents.
    rpr = docx.styles["Normal"].element.get_or_add_rPr()
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:eastAsia"), "ja-JP")
    if language != "ja":  # the proofing language of the Latin text (names stay Japanese)
        lang.set(qn("w:val"), WORD_LANGUAGES.get(language, language))


def _page(docx, document: Document) -> float:  # noqa: ANN001
    """A4 in the document's orientation; returns the text width in mm."""
    section = docx.sections[0]
    if document.orientation is Orientation.LANDSCAPE:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
    left, top, right, bottom = MARGINS_MM
    section.left_margin, section.top_margin = Mm(left), Mm(top + 6)
    section.right_margin, section.bottom_margin = Mm(right), Mm(bottom + 4)
    section.header_distance, section.footer_distance = Mm(top - 4), Mm(bottom - 6)
    width = (297 if document.orientation is Orientation.LANDSCAPE else 210) - left - right
    _header_footer(section, document, width)
    return width


def _field(paragraph, instruction: str) -> None:  # noqa: ANN001
    simple = OxmlElement("w:fldSimple")
    simple.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    simple.append(run)
    paragraph._p.append(simple)


def _header_footer(section, document: Document, width_mm: float) -> None:  # noqa: ANN001
    header = document.header
    paragraph = section.header.paragraphs[0]
    paragraph.paragraph_format.tab_stops.clear_all()
    paragraph.paragraph_format.tab_stops.add_tab_stop(Mm(width_mm), WD_TAB_ALIGNMENT.RIGHT)
    left = paragraph.add_run(document.running_title)
    left.font.size = Pt(9)
    fields = "　".join(t for t in (document.created_text, header.department) if t)
    right = paragraph.add_run("\t" + fields)
    right.font.size = Pt(9)
    if header.doc_number:
        box = paragraph.add_run("　" + header.doc_number)
        box.font.size, box.font.bold = Pt(11), True
        _border(box)
    _bottom_rule(paragraph)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("- ").font.size = Pt(9)
    _field(footer, "PAGE")
    footer.add_run(" -").font.size = Pt(9)


def _border(run) -> None:  # noqa: ANN001
    """A box around the 資料番号."""
    rpr = run._r.get_or_add_rPr()
    border = OxmlElement("w:bdr")
    for key, value in (("w:val", "single"), ("w:sz", "8"), ("w:space", "1"), ("w:color", "000000")):
        border.set(qn(key), value)
    rpr.append(border)


def _bottom_rule(paragraph) -> None:  # noqa: ANN001
    ppr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    ppr.append(borders)


def _shade(cell, fill: str) -> None:  # noqa: ANN001
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties.append(shading)


def _row_flags(row, *, header: bool) -> None:  # noqa: ANN001
    """Rows never split across pages; header rows repeat at the top of each page."""
    properties = row._tr.get_or_add_trPr()
    properties.append(OxmlElement("w:cantSplit"))
    if header:
        properties.append(OxmlElement("w:tblHeader"))


def _cell_text(cell, text: str, *, align: Align, bold: bool, size: float) -> None:  # noqa: ANN001
    paragraph = cell.paragraphs[0]
    paragraph.alignment = _ALIGN[align]
    paragraph.paragraph_format.space_after = Pt(0)
    for index, line in enumerate(text.split("\n")):
        run = paragraph.add_run(line)
        run.font.size = Pt(size)
        run.bold = bold
        if index < len(text.split("\n")) - 1:
            run.add_break()


def _table(docx, table: Table, width_mm: float) -> None:  # noqa: ANN001
    if table.title or table.unit:
        caption = docx.add_paragraph()
        caption.paragraph_format.keep_with_next = True
        caption.paragraph_format.space_after = Pt(2)
        caption.paragraph_format.tab_stops.add_tab_stop(Mm(width_mm), WD_TAB_ALIGNMENT.RIGHT)
        if table.title:
            caption.add_run(table.title).bold = True
        if table.unit:
            unit = caption.add_run("\t" + table.unit)
            unit.font.size = Pt(NOTE_SIZE)
    headers = table.header_rows
    grid = docx.add_table(rows=len(headers) + len(table.rows), cols=len(table.columns))
    grid.style = docx.styles["Table Grid"]
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    total = sum(c.weight for c in table.columns) or 1.0
    widths = [Mm(width_mm * c.weight / total) for c in table.columns]
    for r, cells in enumerate(headers):
        row = grid.rows[r]
        _row_flags(row, header=True)
        column = 0
        for cell in cells:
            target = row.cells[column]
            if cell.span > 1:
                target = target.merge(row.cells[column + cell.span - 1])
            _cell_text(target, cell.text, align=Align.CENTER, bold=True, size=TABLE_SIZE)
            _shade(target, HEADER_FILL)
            column += cell.span
    for offset, body in enumerate(table.rows):
        row = grid.rows[len(headers) + offset]
        _row_flags(row, header=False)
        for column, (spec, text) in enumerate(zip(table.columns, body.cells, strict=True)):
            cell = row.cells[column]
            _cell_text(cell, text, align=spec.align, bold=body.emphasis, size=TABLE_SIZE)
            if body.emphasis:
                _shade(cell, EMPHASIS_FILL)
    for row in grid.rows:
        for width, cell in zip(widths, row.cells, strict=False):
            cell.width = width
    if table.note:
        note = docx.add_paragraph()
        for index, line in enumerate(table.note.split("\n")):
            run = note.add_run(line)
            run.font.size = Pt(NOTE_SIZE)
            if index < len(table.note.split("\n")) - 1:
                run.add_break()
    else:
        docx.add_paragraph().paragraph_format.space_after = Pt(0)


def _paragraph(docx, paragraph: Paragraph, width_mm: float) -> None:  # noqa: ANN001
    style = paragraph.style
    if style is Style.TITLE:
        out = docx.add_paragraph(paragraph.text, style="Title")
        out.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return
    out = docx.add_paragraph()
    run = out.add_run(paragraph.text)
    run.bold = paragraph.bold
    fmt = out.paragraph_format
    one = Pt(SIZES["Normal"])
    if style is Style.SUBTITLE:
        out.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run.font.size = Pt(SIZES["Subtitle"])
    elif style is Style.NOTE:
        run.font.size = Pt(NOTE_SIZE)
    elif style in (Style.BULLET, Style.ARTICLE):
        fmt.left_indent, fmt.first_line_indent = one, -one
    elif style is Style.CAPTION:
        fmt.left_indent = Pt(SIZES["Normal"] / 2)
        fmt.keep_with_next = True
        fmt.space_after = Pt(0)
    elif style is Style.RIGHT:
        out.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif style is Style.CENTER:
        out.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif style is Style.SIGNATURE:
        fmt.left_indent = Mm(width_mm * 0.45)
        fmt.space_after = Pt(0)


def _figure(docx, figure: Figure, width_mm: float) -> None:  # noqa: ANN001
    docx.add_picture(io.BytesIO(figure_png(figure)), width=Mm(width_mm * figure.width))
    docx.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
    docx.paragraphs[-1].paragraph_format.keep_with_next = True
    caption = docx.add_paragraph()
    caption.alignment = WD_ALIGN_PARAGRAPH.CENTER
    caption.add_run(figure.title).bold = True


def docx_bytes(document: Document) -> bytes:
    docx = new_docx()
    _styles(docx, document.language)
    width = _page(docx, document)
    docx.core_properties.title = document.title
    docx.core_properties.author = document.header.department
    for block in document.blocks():
        if isinstance(block, Heading):
            docx.add_heading(block.text, level=min(block.level, 3))
        elif isinstance(block, Paragraph):
            _paragraph(docx, block, width)
        elif isinstance(block, Table):
            _table(docx, block, width)
        elif isinstance(block, Figure):
            _figure(docx, block, width)
        elif isinstance(block, PageBreak):
            docx.add_page_break()
    buffer = io.BytesIO()
    docx.save(buffer)
    return buffer.getvalue()


def write_docx(document: Document, path: Path) -> None:
    """Write the document as a .docx file. Raises OSError if the file cannot be written."""
    Path(path).write_bytes(docx_bytes(document))
