"""Print a ``Document`` on a paged device: a PDF file (QPdfWriter) or a printer (QPrinter, print preview).

A4 portrait or landscape; on every page the header (会議名 on the left; 作成日, 担当課 and the 資料番号 in
a box on the right, over a rule) and the page number (「- n -」); table header rows repeated at the top
of each page a table runs onto, and rows never split between pages; headings kept with what follows.
The layout is done here (QTextLayout for wrapping, QPainter for drawing), not by QTextDocument, so that
these rules hold on every device. Text is set in BIZ UDゴシック, embedded in the PDF: its glyphs map
back to the right code points (一, 日, 月 …), so the PDF's text can be searched and copied.

QtGui and QtPrintSupport only (no widget module): the ``report`` command runs without a display.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextLayout,
    QTextOption,
)

from .document import (
    Align,
    Document,
    Figure,
    HeaderCell,
    Heading,
    Orientation,
    PageBreak,
    Paragraph,
    Style,
    Table,
)
from .fonts import BIZ_UD_FAMILIES, ensure_biz_ud_fonts
from .images import figure_rgb

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

log = logging.getLogger(__name__)

# Fonts, best first: BIZ UD (SIL OFL; bundled, and shipped with Windows 10/11) extracts correctly from
# Qt's PDFs; with IPAex or Noto CJK some kanji come back as Kangxi radicals (USERS.md).
FONT_FAMILIES = BIZ_UD_FAMILIES
PROPORTIONAL_FAMILY = "BIZ UDPGothic"  # for documents in English (Latin letters proportionally spaced)
FALLBACK_FAMILIES = ("Yu Gothic", "Meiryo", "MS Gothic", "Noto Sans CJK JP", "IPAexGothic")
MARGINS_MM = QMarginsF(18, 12, 18, 12)  # left, top, right, bottom
PDF_RESOLUTION = 600
CREATOR = "広域連携デスク"

# Type sizes in points.
SIZE = {
    "body": 10.5,
    "table": 9.0,
    "table_latin": 8.5,  # tables of a document in English: its words are longer than Japanese ones
    "note": 8.5,
    "title": 17.0,
    "subtitle": 12.0,
    "h1": 13.5,
    "h2": 11.5,
    "h3": 10.0,
    "header": 9.0,
    "doc_number": 11.0,
    "footer": 9.0,
}
HEADER_FILL = QColor(0xDD, 0xDD, 0xDD)  # greys: readable on a black-and-white printer
EMPHASIS_FILL = QColor(0xF0, 0xF0, 0xF0)
LINE_SPACING = {"body": 1.45, "table": 1.2, "note": 1.3}
_BLACK = QColor(0, 0, 0)
KEEP_TOGETHER_SHARE = 0.4
SHORT_COLUMN_CHARS = 7.5  # a column whose longest text is at most this many 全角 characters is not wrapped  # a table up to this share of the page's body is never split

# A run of text that should not be broken: Latin letters and digits up to a space, a hyphen or a CJK
# character (between which lines may break).
_WORD = re.compile(r"[^\s\-\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]+-?")

_font_family: str | None = None


def font_family() -> str:
    """The family documents are set in: BIZ UDゴシック (registering the bundled fonts if needed)."""
    global _font_family
    if _font_family is not None:
        return _font_family
    if QGuiApplication.instance() is None:
        raise RuntimeError("a QGuiApplication is needed to print (see ensure_gui_application)")
    families = ensure_biz_ud_fonts()
    chosen = next((f for f in FONT_FAMILIES + FALLBACK_FAMILIES if f in families), None)
    if chosen is None:
        log.warning("no Japanese font from %s found for printing", FONT_FAMILIES + FALLBACK_FAMILIES)
        chosen = QFont().defaultFamily()
    elif chosen not in FONT_FAMILIES:
        log.warning(
            "BIZ UD fonts not found; printing with %s (its PDF text may not extract correctly)", chosen
        )
    _font_family = chosen
    return chosen


def ensure_gui_application() -> QGuiApplication:
    """The running QGuiApplication, or a new one on the offscreen platform (headless commands)."""
    import os

    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["renkei-desktop"])
    return app  # type: ignore[return-value]


def page_layout(orientation: Orientation) -> QPageLayout:
    qt_orientation = (
        QPageLayout.Orientation.Landscape
        if orientation is Orientation.LANDSCAPE
        else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), qt_orientation, MARGINS_MM, QPageLayout.Unit.Millimeter
    )


# --- layout ------------------------------------------------------------------------------------------


class _Units:
    def __init__(self, dpi: float):
        self.dpi = dpi
        self.mm = dpi / 25.4
        self.pt = dpi / 72.0


def document_font_family(document: Document) -> str:
    """BIZ UDゴシック for Japanese; for another language its proportional sibling BIZ UDPゴシック when
    present (Latin text set in the fixed-width face reads like a typewriter and needs more width)."""
    family = font_family()
    if (
        document.language != "ja"
        and family == FONT_FAMILIES[0]
        and PROPORTIONAL_FAMILY in QFontDatabase.families()
    ):
        return PROPORTIONAL_FAMILY
    return family


def _font(size: float, *, bold: bool = False, family: str | None = None) -> QFont:
    family = family or font_family()
    font = QFont(family)
    font.setFamilies([family, *FONT_FAMILIES])
    font.setPointSizeF(size)
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setKerning(False)
    return font


_QT_ALIGN = {
    Align.LEFT: Qt.AlignmentFlag.AlignLeft,
    Align.RIGHT: Qt.AlignmentFlag.AlignRight,
    Align.CENTER: Qt.AlignmentFlag.AlignHCenter,
}


@dataclass
class _Line:
    layout: QTextLayout
    index: int
    top: float  # within its text block
    height: float


class _Text:
    """Text wrapped to a width (device pixels): lines with their positions; one layout per source line."""

    def __init__(
        self,
        text: str,
        font: QFont,
        width: float,
        device: QPagedPaintDevice,
        *,
        align: Align = Align.LEFT,
        spacing: float = 1.0,
        first_indent: float = 0.0,
        indent: float = 0.0,
    ):
        self.lines: list[_Line] = []
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        option.setAlignment(_QT_ALIGN[align])
        y = 0.0
        for part in text.split("\n"):
            layout = QTextLayout(part, font, device)
            layout.setTextOption(option)
            layout.setCacheEnabled(True)
            layout.beginLayout()
            first = True
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                offset = first_indent if first else indent
                line.setLineWidth(max(width - offset, 1.0))
                line.setPosition(QPointF(offset, y))
                height = line.height() * spacing
                self.lines.append(_Line(layout, line.lineNumber(), y, height))
                y += height
                first = False
            layout.endLayout()
        self.height = y

    def draw_lines(self, painter: QPainter, x: float, y: float, lines: Sequence[_Line] | None = None) -> None:
        """Draw ``lines`` (default all) so that the block's top is at y."""
        for entry in self.lines if lines is None else lines:
            line = entry.layout.lineAt(entry.index)
            line.draw(painter, QPointF(x, y))


class _Op:
    def draw(self, painter: QPainter) -> None:  # pragma: no cover - interface
        raise NotImplementedError


@dataclass
class _TextOp(_Op):
    text: _Text
    x: float
    y: float  # where the text block's top would be
    lines: list[_Line]

    def draw(self, painter: QPainter) -> None:
        painter.setPen(_BLACK)
        self.text.draw_lines(painter, self.x, self.y, self.lines)


@dataclass
class _RectOp(_Op):
    rect: QRectF
    fill: QColor | None
    pen: QPen | None

    def draw(self, painter: QPainter) -> None:
        if self.fill is not None:
            painter.fillRect(self.rect, self.fill)
        if self.pen is not None:
            painter.setPen(self.pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect)


@dataclass
class _ImageOp(_Op):
    image: QImage
    rect: QRectF

    def draw(self, painter: QPainter) -> None:
        painter.drawImage(self.rect, self.image)


@dataclass
class Page:
    ops: list[_Op]


class _Layouter:
    """Lays the blocks out on pages of the body area (between the page header and footer)."""

    def __init__(
        self, document: Document, device: QPagedPaintDevice, width: float, height: float, dpi: float
    ):
        self.document = document
        self.device = device
        self.u = _Units(dpi)
        self.width = width
        self.height = height
        self.family = document_font_family(document)
        self.header_height = self._header_height()
        self.body_top = self.header_height + 4 * self.u.mm
        self.body_bottom = height - 9 * self.u.mm
        self.pages: list[Page] = [Page([])]
        self.y = self.body_top
        self.thin = QPen(QColor(0, 0, 0), 0.5 * self.u.pt)
        family = self.family
        latin = document.language != "ja"
        table_size = SIZE["table_latin"] if latin else SIZE["table"]
        self.fonts = {
            "body": _font(SIZE["body"], family=family),
            "body_bold": _font(SIZE["body"], bold=True, family=family),
            "table": _font(table_size, family=family),
            "table_bold": _font(table_size, bold=True, family=family),
            "note": _font(SIZE["note"], family=family),
            "title": _font(SIZE["title"], bold=True, family=family),
            "subtitle": _font(SIZE["subtitle"], family=family),
            "h1": _font(SIZE["h1"], bold=True, family=family),
            "h2": _font(SIZE["h2"], bold=True, family=family),
            "h3": _font(SIZE["h3"], bold=True, family=family),
        }
        self.char = QFontMetricsF(self.fonts["body"], device).horizontalAdvance("あ")
        self.pad_x, self.pad_y = (0.9 if latin else 1.2) * self.u.mm, 0.9 * self.u.mm
        self._widths: dict[int, list[float]] = {}
        self._texts: dict[tuple, _Text] = {}
        self._heights: dict[int, tuple] = {}
        self._word_widths: dict[str, float] = {}

    # --- page bookkeeping ---

    def _header_height(self) -> float:
        metrics = QFontMetricsF(_font(SIZE["doc_number"], bold=True, family=self.family), self.device)
        return metrics.height() + 2.5 * self.u.mm

    @property
    def space(self) -> float:
        return self.body_bottom - self.y

    @property
    def at_top(self) -> bool:
        return self.y <= self.body_top + 0.5

    def new_page(self) -> None:
        self.pages.append(Page([]))
        self.y = self.body_top

    def ensure(self, height: float) -> None:
        """Start a new page unless ``height`` fits below the current position (or the page is empty)."""
        if height > self.space and not self.at_top:
            self.new_page()

    def add(self, op: _Op) -> None:
        self.pages[-1].ops.append(op)

    def gap(self, height: float) -> None:
        if not self.at_top:
            self.y = min(self.y + height, self.body_bottom)

    # --- text ---

    def text(self, text: str, font: str, width: float | None = None, **kwargs) -> _Text:  # noqa: ANN003
        """Wrapped text; the same words in the same cell width are laid out once (「―」, 「未着手」 …)."""
        width = self.width if width is None else width
        key = (text, font, round(width, 1), tuple(sorted(kwargs.items())))
        found = self._texts.get(key)
        if found is None:
            found = _Text(text, self.fonts[font], width, self.device, **kwargs)
            self._texts[key] = found
        return found

    def flow(self, block: _Text, x: float = 0.0) -> None:
        """Place a text block line by line, breaking pages between lines."""
        start = 0
        lines = block.lines
        while start < len(lines):
            if lines[start].height > self.space and not self.at_top:
                self.new_page()
            end = start
            used = 0.0
            while end < len(lines) and used + lines[end].height <= self.space + 0.01:
                used += lines[end].height
                end += 1
            if end == start:  # a line taller than a page: place it anyway
                used, end = lines[start].height, start + 1
            self.add(_TextOp(block, x, self.y - lines[start].top, lines[start:end]))
            self.y += used
            start = end

    # --- blocks ---

    def paragraph_text(self, paragraph: Paragraph) -> tuple[_Text, float, float]:
        """(text, space before, space after) for a paragraph."""
        u, style = self.u, paragraph.style
        if style is Style.TITLE:
            return self.text(paragraph.text, "title", align=Align.CENTER, spacing=1.3), 2 * u.mm, 2 * u.mm
        if style is Style.SUBTITLE:
            return self.text(paragraph.text, "subtitle", align=Align.CENTER, spacing=1.3), 0.0, 6 * u.mm
        if style is Style.NOTE:
            return self.text(paragraph.text, "note", spacing=LINE_SPACING["note"]), 0.5 * u.mm, 1.5 * u.mm
        if style is Style.BULLET:
            return self.text(paragraph.text, "body", spacing=1.4, indent=self.char), 0.0, 1.0 * u.mm
        if style is Style.CAPTION:  # （目的）: one character in, as in 例規
            return (
                self.text(paragraph.text, "body", spacing=1.35, first_indent=self.char / 2),
                2.5 * u.mm,
                0.0,
            )
        if style is Style.ARTICLE:
            return (
                self.text(paragraph.text, "body", spacing=LINE_SPACING["body"], indent=self.char),
                0.0,
                1.0 * u.mm,
            )
        if style is Style.SIGNATURE:
            indent = self.width * 0.45
            return (
                self.text(paragraph.text, "body", spacing=1.7, first_indent=indent, indent=indent),
                0.0,
                0.0,
            )
        align = {Style.RIGHT: Align.RIGHT, Style.CENTER: Align.CENTER}.get(style, Align.LEFT)
        font = "body_bold" if paragraph.bold else "body"
        return self.text(paragraph.text, font, align=align, spacing=LINE_SPACING["body"]), 0.0, 1.5 * u.mm

    def paragraph(self, paragraph: Paragraph, keep: float = 0.0) -> None:
        text, before, after = self.paragraph_text(paragraph)
        self.gap(before)
        first = text.lines[0].height if text.lines else 0.0
        self.ensure(first + keep)
        self.flow(text)
        self.y += after

    def heading(self, heading: Heading, keep: float) -> None:
        font = {1: "h1", 2: "h2"}.get(heading.level, "h3")
        before = {1: 6, 2: 4.5}.get(heading.level, 2.5) * self.u.mm
        text = self.text(heading.text, font, spacing=1.3)
        self.gap(before)
        self.ensure(text.height + keep)
        if heading.level == 1:  # a rule under a section heading
            self.add(
                _RectOp(QRectF(0, self.y + text.height, self.width, 0.7 * self.u.pt), QColor(0, 0, 0), None)
            )
        self.flow(text)
        self.y += (2.5 if heading.level == 1 else 1.5) * self.u.mm

    def figure(self, figure: Figure) -> None:
        u = self.u
        width = self.width * figure.width
        height = width * figure.aspect
        caption = self.text(figure.title, "body_bold", align=Align.CENTER, spacing=1.3)
        limit = (self.body_bottom - self.body_top) - caption.height - 2 * u.mm
        if height > limit:  # scale down to fit a page
            width, height = width * limit / height, limit
        self.gap(3 * u.mm)
        self.ensure(height + caption.height + u.mm)
        pixel_width, pixel_height, data = figure_rgb(figure)
        image = figure.cache.get("qimage")
        if image is None:
            image = QImage(
                data, pixel_width, pixel_height, pixel_width * 3, QImage.Format.Format_RGB888
            ).copy()
            figure.cache["qimage"] = image
        x = (self.width - width) / 2
        self.add(_ImageOp(image, QRectF(x, self.y, width, height)))
        self.add(_RectOp(QRectF(x, self.y, width, height), None, QPen(QColor(0x99, 0x99, 0x99), 0.4 * u.pt)))
        self.y += height + u.mm
        self.flow(caption)
        self.y += 3 * u.mm

    # tables

    def _columns(self, table: Table) -> list[float]:
        """Column widths: a column whose content fits its share gets just that (状況, 緊急度, amounts);
        the rest of the width goes to the others by their weights (as an HTML table's auto layout)."""
        key = id(table)
        if key in self._widths:
            return self._widths[key]
        pad = 2 * self.pad_x + 0.5 * self.u.mm
        body = QFontMetricsF(self.fonts["table_bold"], self.device)
        count = len(table.columns)
        natural = []
        for index, column in enumerate(table.columns):
            texts = [column.title, *(row.cells[index] for row in table.rows)]
            natural.append(
                max(body.horizontalAdvance(line) for text in texts for line in text.split("\n")) + pad
            )
        weights = [max(c.weight, 0.01) for c in table.columns]
        if sum(natural) <= self.width:
            extra = self.width - sum(natural)
            widths = [n + extra * w / sum(weights) for n, w in zip(natural, weights, strict=True)]
        else:
            widths = [0.0] * count
            # Never wrap a short column (dates, kinds of agreement, statuses).
            short = body.horizontalAdvance("あ") * SHORT_COLUMN_CHARS + pad
            flexible = [i for i in range(count) if natural[i] > short]
            for i in range(count):
                if natural[i] <= short:
                    widths[i] = natural[i]
            remaining = self.width - sum(widths)
            if not flexible or remaining < self.width * 0.25:  # too many short columns: share by weight
                total = sum(weights)
                widths = [self.width * w / total for w in weights]
                widths = self._whole_words(table, widths, pad)
                self._widths[key] = widths
                return widths
            fixed_one = True
            while fixed_one and flexible:
                fixed_one = False
                total = sum(weights[i] for i in flexible)
                for i in flexible:
                    if natural[i] <= remaining * weights[i] / total:
                        widths[i] = natural[i]
                        remaining -= natural[i]
                        flexible.remove(i)
                        fixed_one = True
                        break
            total = sum(weights[i] for i in flexible) or 1.0
            for i in flexible:
                widths[i] = remaining * weights[i] / total
            widths = self._whole_words(table, widths, pad)
        self._widths[key] = widths
        return widths

    def _whole_words(self, table: Table, widths: list[float], pad: float) -> list[float]:
        """Widen columns too narrow for their longest word (English: "consideration", "(thousand") at
        the expense of columns with room to spare, so that words are not broken in the middle.
        Japanese text breaks between any two characters and sets no such minimum: Japanese documents
        are left as they are."""
        if self.document.language == "ja":
            return widths
        metrics = QFontMetricsF(self.fonts["table_bold"], self.device)
        known = self._word_widths
        need = []
        for index, column in enumerate(table.columns):
            longest = 0.0
            for text in (column.title, *(row.cells[index] for row in table.rows)):
                for word in _WORD.findall(text):
                    width = known.get(word)
                    if width is None:
                        width = known[word] = metrics.horizontalAdvance(word)
                    longest = max(longest, width)
            need.append(longest + pad)
        short = [max(n - w, 0.0) for n, w in zip(need, widths, strict=True)]
        missing = sum(short)
        if missing <= 0.01:
            return widths
        spare = [max(w - n, 0.0) for n, w in zip(need, widths, strict=True)]
        if sum(spare) <= 0.01:
            return widths
        # When not every word can fit, the spare width is shared by the shortfalls (some words break).
        taken = min(sum(spare), missing)
        give, take = taken / missing, taken / sum(spare)
        return [w + s * give - r * take for w, s, r in zip(widths, short, spare, strict=True)]

    def _header_row(
        self, cells: tuple[HeaderCell, ...], widths: list[float]
    ) -> tuple[list[tuple[float, float, _Text]], float]:
        pad_x, pad_y = self.pad_x, self.pad_y
        placed = []
        x = 0.0
        column = 0
        height = 0.0
        for cell in cells:
            width = sum(widths[column : column + cell.span])
            text = self.text(
                cell.text, "table_bold", width - 2 * pad_x, align=Align.CENTER, spacing=LINE_SPACING["table"]
            )
            placed.append((x, width, text))
            height = max(height, text.height + 2 * pad_y)
            x += width
            column += cell.span
        return placed, height

    def _body_row(
        self, table: Table, cells: tuple[str, ...], widths: list[float], emphasis: bool
    ) -> tuple[list[tuple[float, float, _Text]], float]:
        pad_x, pad_y = self.pad_x, self.pad_y
        font = "table_bold" if emphasis else "table"
        placed = []
        x = 0.0
        height = 0.0
        for column, text_value, width in zip(table.columns, cells, widths, strict=True):
            text = self.text(
                text_value, font, width - 2 * pad_x, align=column.align, spacing=LINE_SPACING["table"]
            )
            placed.append((x, width, text))
            height = max(height, text.height + 2 * pad_y)
            x += width
        return placed, height

    def _draw_row(self, placed: list[tuple[float, float, _Text]], height: float, fill: QColor | None) -> None:
        pad_x, pad_y = self.pad_x, self.pad_y
        for x, width, text in placed:
            rect = QRectF(x, self.y, width, height)
            self.add(_RectOp(rect, fill, self.thin))
            self.add(_TextOp(text, x + pad_x, self.y + pad_y, text.lines))
        self.y += height

    def _table_caption(self, table: Table, continued: bool) -> float:
        """Title (left) and unit (right) above the table; returns the height used (0 when none)."""
        title = self.document.continued.format(table.title) if continued and table.title else table.title
        if not title and not table.unit:
            return 0.0
        left = self.text(title, "h3", self.width * 0.7, spacing=1.25) if title else None
        right = (
            self.text(table.unit, "note", self.width * 0.45, align=Align.RIGHT, spacing=1.25)
            if table.unit
            else None
        )
        height = max(left.height if left else 0.0, right.height if right else 0.0)
        if left:
            self.add(_TextOp(left, 0.0, self.y, left.lines))
        if right:
            self.add(_TextOp(right, self.width * 0.55, self.y + height - right.height, right.lines))
        self.y += height + 0.6 * self.u.mm
        return height

    def table_heights(self, table: Table) -> tuple[list, list, float, float]:
        key = id(table)
        if key not in self._heights:
            self._heights[key] = self._table_heights(table)
        return self._heights[key]

    def _table_heights(self, table: Table) -> tuple[list, list, float, float]:
        widths = self._columns(table)
        headers = [self._header_row(cells, widths) for cells in table.header_rows]
        rows = [self._body_row(table, row.cells, widths, row.emphasis) for row in table.rows]
        caption = 0.0
        if table.title or table.unit:
            caption = (
                max(
                    self.text(table.title, "h3", self.width * 0.7, spacing=1.25).height
                    if table.title
                    else 0.0,
                    self.text(table.unit, "note", self.width * 0.45, spacing=1.25).height
                    if table.unit
                    else 0.0,
                )
                + 0.6 * self.u.mm
            )
        return headers, rows, caption, sum(h for _, h in headers)

    def table(self, table: Table, keep: float = 0.0) -> None:
        u = self.u
        headers, rows, caption, header_height = self.table_heights(table)
        note = self.text(table.note, "note", spacing=LINE_SPACING["note"]) if table.note else None
        note_height = note.height + 0.8 * u.mm if note is not None else 0.0
        total = caption + header_height + sum(h for _, h in rows)
        self.gap(2 * u.mm)
        body_height = self.body_bottom - self.body_top
        if self.keeps_together(table) and total + note_height <= body_height:
            self.ensure(total + note_height + keep)
        else:
            first_rows = sum(h for _, h in rows[:2])
            self.ensure(caption + header_height + first_rows)

        def start(continued: bool) -> None:
            self._table_caption(table, continued)
            for placed, height in headers:
                self._draw_row(placed, height, HEADER_FILL)

        start(False)
        last = len(rows) - 1
        for index, ((placed, height), row) in enumerate(zip(rows, table.rows, strict=True)):
            needed = height + (note_height if index == last and note_height < body_height / 4 else 0.0)
            if needed > self.space:  # never split a row; the note stays with the last row
                self.new_page()
                start(True)
            self._draw_row(placed, height, EMPHASIS_FILL if row.emphasis else None)
        if note is not None:
            self.y += 0.8 * u.mm
            self.flow(note)
        self.y += 2 * u.mm

    def keeps_together(self, table: Table) -> bool:
        """Small tables (and those asking for it) move whole to the next page rather than split."""
        _, rows, caption, header_height = self.table_heights(table)
        total = caption + header_height + sum(h for _, h in rows)
        return table.keep_together or total <= (self.body_bottom - self.body_top) * KEEP_TOGETHER_SHARE

    # --- the whole document ---

    def min_height(self, block: object) -> float:
        """How much of ``block`` must follow a heading on the same page."""
        if isinstance(block, Paragraph):
            text, _, _ = self.paragraph_text(block)
            return sum(line.height for line in text.lines[:2])
        if isinstance(block, Table):
            headers, rows, caption, header_height = self.table_heights(block)
            if self.keeps_together(block):
                return caption + header_height + sum(h for _, h in rows)
            return caption + header_height + sum(h for _, h in rows[:2])
        if isinstance(block, Figure):
            return min(self.width * block.width * block.aspect, (self.body_bottom - self.body_top) * 0.8)
        if isinstance(block, Heading):
            return self.text(block.text, "h2", spacing=1.3).height + 4 * self.u.mm
        return 0.0

    def run(self) -> list[Page]:
        blocks = list(self.document.blocks())
        for index, block in enumerate(blocks):
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            if isinstance(block, PageBreak):
                if not self.at_top:
                    self.new_page()
            elif isinstance(block, Heading):
                keep = self.min_height(following) if following is not None else 0.0
                if isinstance(following, Heading) and index + 2 < len(blocks):
                    keep += self.min_height(blocks[index + 2])
                self.heading(block, min(keep, (self.body_bottom - self.body_top) * 0.6))
            elif isinstance(block, Paragraph):
                keep = 0.0
                if block.style is Style.CAPTION and following is not None:  # （目的） stays with 第1条
                    keep = self.min_height(following)
                self.paragraph(block, keep)
            elif isinstance(block, Table):
                self.table(block)
            elif isinstance(block, Figure):
                self.figure(block)
        if len(self.pages) > 1 and not self.pages[-1].ops:
            self.pages.pop()
        return self.pages


# --- painting ------------------------------------------------------------------------------------


class _Decorations:
    """The header and footer of every page."""

    def __init__(
        self, document: Document, device: QPagedPaintDevice, width: float, height: float, dpi: float
    ):
        self.document = document
        self.device = device
        self.u = _Units(dpi)
        self.width = width
        self.height = height
        family = document_font_family(document)
        self.header_font = _font(SIZE["header"], family=family)
        self.number_font = _font(SIZE["doc_number"], bold=True, family=family)
        self.footer_font = _font(SIZE["footer"], family=family)

    def draw(self, painter: QPainter, number: int, total: int) -> None:
        u = self.u
        header = self.document.header
        painter.setPen(QPen(QColor(0, 0, 0)))
        number_metrics = QFontMetricsF(self.number_font, self.device)
        band = number_metrics.height() + 1.5 * u.mm
        right = self.width
        if header.doc_number:
            text_width = number_metrics.horizontalAdvance(header.doc_number)
            box = QRectF(right - text_width - 3 * u.mm, 0, text_width + 3 * u.mm, band)
            painter.setPen(QPen(QColor(0, 0, 0), 0.8 * u.pt))
            painter.drawRect(box)
            painter.setFont(self.number_font)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), header.doc_number)
            right = box.left() - 3 * u.mm
        painter.setFont(self.header_font)
        metrics = QFontMetricsF(self.header_font, self.device)
        fields = "　".join(t for t in (self.document.created_text, header.department) if t)
        if fields:
            fields_width = metrics.horizontalAdvance(fields)
            painter.drawText(
                QRectF(right - fields_width - u.mm, 0, fields_width + u.mm, band),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                fields,
            )
            right -= fields_width + 4 * u.mm
        title = metrics.elidedText(
            self.document.running_title, Qt.TextElideMode.ElideRight, max(right, 10 * u.mm)
        )
        painter.drawText(
            QRectF(0, 0, max(right, 10 * u.mm), band),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            title,
        )
        rule = band + 1.0 * u.mm
        painter.fillRect(QRectF(0, rule, self.width, 0.6 * u.pt), QColor(0, 0, 0))
        painter.setFont(self.footer_font)
        footer = QRectF(0, self.height - 6 * u.mm, self.width, 6 * u.mm)
        painter.drawText(
            footer, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom), f"- {number} -"
        )


def _geometry(device: QPagedPaintDevice) -> tuple[float, float, float]:
    """(width, height, dpi) of the printable area in device pixels."""
    dpi = float(device.logicalDpiY())
    rect = device.pageLayout().paintRectPixels(round(dpi))
    return float(rect.width()), float(rect.height()), dpi


def layout_pages(document: Document, device: QPagedPaintDevice) -> list[Page]:
    width, height, dpi = _geometry(device)
    return _Layouter(document, device, width, height, dpi).run()


def paint(
    document: Document,
    device: QPagedPaintDevice,
    *,
    first_page: int = 1,
    last_page: int | None = None,
    copies: int = 1,
    collate: bool = True,
) -> int:
    """Lay out and paint ``document`` on ``device`` (its page layout decides size and orientation).

    Pages ``first_page``..``last_page`` (1-based, inclusive) are painted, ``copies`` times. Returns the
    number of pages of the document."""
    for figure in document.figures():  # rendered (and cached) before the painter starts
        figure_rgb(figure)
    return _paint(document, device, first_page, last_page, copies, collate)


def _paint(
    document: Document,
    device: QPagedPaintDevice,
    first_page: int,
    last_page: int | None,
    copies: int,
    collate: bool,
) -> int:
    width, height, dpi = _geometry(device)
    pages = _Layouter(document, device, width, height, dpi).run()
    total = len(pages)
    last = total if last_page is None or last_page <= 0 else min(last_page, total)
    first = max(first_page, 1)
    numbers = list(range(first, last + 1))
    if collate:
        sequence = numbers * max(copies, 1)
    else:
        sequence = [n for n in numbers for _ in range(max(copies, 1))]
    decorations = _Decorations(document, device, width, height, dpi)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot paint on the output device")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering, True)
        for position, number in enumerate(sequence):
            if position > 0:
                device.newPage()
            decorations.draw(painter, number, total)
            painter.setPen(QPen(QColor(0, 0, 0)))
            for op in pages[number - 1].ops:
                op.draw(painter)
    finally:
        painter.end()
    return total


def pdf_bytes(document: Document) -> tuple[bytes, int]:
    """The document as PDF bytes (A4, fonts embedded) and its page count."""
    ensure_gui_application()
    for figure in document.figures():
        figure_rgb(figure)
    return _pdf_bytes(document)


def _pdf_bytes(document: Document) -> tuple[bytes, int]:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(page_layout(document.orientation))
    writer.setTitle(document.title)
    writer.setCreator(CREATOR)
    pages = paint(document, writer)
    del writer  # finishes the PDF
    buffer.close()
    return bytes(data.data()), pages


def write_pdf(document: Document, path: Path) -> int:
    """Write the document as a PDF file; returns the number of pages. Raises OSError if not writable."""
    data, pages = pdf_bytes(document)
    Path(path).write_bytes(data)
    return pages


def configure_printer(printer: QPrinter, orientation: Orientation) -> None:
    """A4 in the document's orientation, with the document's margins."""
    printer.setPageLayout(page_layout(orientation))
    printer.setDocName("renkei-report")


def print_document(document: Document, printer: QPrinter) -> int:
    """Paint on a printer (or the print preview's): its page range and copies are honoured."""
    from PySide6.QtPrintSupport import QPrinter

    first, last = 1, None
    if printer.printRange() == QPrinter.PrintRange.PageRange:
        first, last = printer.fromPage(), printer.toPage()
    copies = 1 if printer.supportsMultipleCopies() else printer.copyCount()
    return paint(
        document, printer, first_page=first, last_page=last, copies=copies, collate=printer.collateCopies()
    )
