"""Export to xlsx (one sheet per kind, no macros) and to CSV (one kind; UTF-8 with BOM or cp932).

``build_sheets(services, kinds)`` collects the records as tables; ``write_xlsx`` and ``CsvExport``
write them. CSV in cp932 is checked before anything is written: the characters cp932 cannot hold
(𠮷 …) are listed with their record and column, and the caller either cancels (nothing written) or
has them replaced by 〓. Files are written to a temporary file and renamed: a failed or cancelled
export never leaves half a file.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...domain.municipalities import STAT_UNITS, StatKind
from .encoding import CP932, UTF8_BOM, normalize_encoding_name
from .errors import ExchangeError, ExchangeErrorCode
from .labels import (
    AGREEMENT_KIND,
    CATEGORY,
    EVENT,
    KIND_AGREEMENTS,
    KIND_DUTIES,
    KIND_PLANS,
    KIND_SHARES,
    KIND_STATISTICS,
    KINDS,
    LIST_SEPARATOR,
    METHOD,
    PLAN_STATUS,
    SHEET_NAMES,
    STAT,
    STATUS,
    UNIT_LABELS,
    URGENCY,
    YES,
)
from .safety import escape_formula, strip_control_characters

if TYPE_CHECKING:
    from ..container import Services

REPLACEMENT_CHARACTER = "〓"  # 下駄記号: what Japanese typesetting prints for a missing character

# Number formats (Excel): 千円 and counts with separators, 人工 and ratios with decimals, percent.
FMT_THOUSAND_YEN = "#,##0"
FMT_INTEGER = "#,##0"
FMT_DECIMAL = "#,##0.00"
FMT_RATIO = "0.0000"
FMT_PERCENT = "0.00%"
FMT_DATE = "yyyy-mm-dd"
FMT_TEXT = "@"
STAT_FORMATS = {
    "persons": FMT_INTEGER, "households": FMT_INTEGER, "thousand_yen": FMT_THOUSAND_YEN, "km2": FMT_DECIMAL,
    "ratio": FMT_RATIO, "percent": FMT_DECIMAL,
}  # fmt: skip


@dataclass(frozen=True)
class ColumnSpec:
    header: str
    fmt: str = ""  # Excel number format ("" = general)
    width: int = 12
    percent: bool = False  # values are percents (35.5): xlsx writes 0.355 with FMT_PERCENT


@dataclass
class Sheet:
    kind: str
    title: str
    columns: list[ColumnSpec]
    rows: list[list[Any]] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)  # what each row is (for messages): 事務名 …


@dataclass(frozen=True)
class Unencodable:
    """A character the chosen encoding cannot hold: where it is and what it is."""

    row: int  # the CSV row (1 = the header)
    record: str  # the record's name
    column: str  # the column heading
    character: str

    @property
    def code_point(self) -> str:
        return f"U+{ord(self.character):04X}"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    kinds: tuple[str, ...]
    rows: dict[str, int]
    replaced: int = 0  # characters replaced by 〓 (CSV in cp932)


def _thousand(yen: int) -> Decimal:
    return (Decimal(yen) / 1000).normalize() if yen % 1000 else Decimal(yen // 1000)


def _stamp(value: datetime | None) -> str:
    return value.isoformat(timespec="seconds") if value else ""


def _join(items: Iterable[str]) -> str:
    return LIST_SEPARATOR.join(items)


def _uid(record: Any) -> str:
    return str(getattr(record, "uid", "") or "")


# --- collecting ------------------------------------------------------------------------------------

C = ColumnSpec
DUTY_COLUMNS = [
    C("識別子", FMT_TEXT, 34), C("自治体コード", FMT_TEXT, 12), C("自治体名", width=16), C("事務名", width=30),
    C("よみがな", width=24), C("分野", width=14), C("概要", width=40), C("根拠法令", width=24),
    C("年間業務量（人工）", FMT_DECIMAL, 14), C("年間経費（千円）", FMT_THOUSAND_YEN, 14), C("必要な専門職", width=20),
    C("現在の担当職員数", FMT_DECIMAL, 12), C("不足人数", FMT_DECIMAL, 10), C("緊急度", width=8), C("状況", width=10),
    C("担当課", width=14), C("備考", width=30), C("想定される連携の方法", width=24), C("テンプレート", width=16),
    C("版", FMT_INTEGER, 6), C("更新日時", width=22),
]  # fmt: skip
PLAN_COLUMNS = [
    C("識別子", FMT_TEXT, 34), C("番号", FMT_INTEGER, 6), C("事務", width=24), C("連携案", width=30),
    C("連携の方法", width=16), C("幹事団体", width=16), C("参加団体", width=40), C("採用", width=6), C("状況", width=10),
    C("年間総額（千円）", FMT_THOUSAND_YEN, 14), C("特定財源（千円）", FMT_THOUSAND_YEN, 14),
    C("負担対象額（千円）", FMT_THOUSAND_YEN, 14), C("業務量（人工）", FMT_DECIMAL, 12), C("備考", width=30),
    C("版", FMT_INTEGER, 6), C("更新日時", width=22),
]  # fmt: skip
SHARE_COLUMNS = [
    C("連携案番号", FMT_INTEGER, 8), C("連携案", width=30), C("事務", width=24), C("費用項目", width=16),
    C("団体コード", FMT_TEXT, 10), C("団体名", width=16), C("甲乙", width=6), C("負担額（千円）", FMT_THOUSAND_YEN, 14),
    C("業務量（人工）", FMT_DECIMAL, 12), C("負担割合", FMT_PERCENT, 10, percent=True), C("状態", width=16),
]  # fmt: skip
AGREEMENT_COLUMNS = [
    C("識別子", FMT_TEXT, 34), C("番号", FMT_INTEGER, 6), C("種類", width=24), C("名称", width=36),
    C("連携案", width=30), C("当事者", width=40), C("締結日", FMT_DATE, 12), C("施行日", FMT_DATE, 12),
    C("見直し期限", FMT_DATE, 12), C("期間の終期", FMT_DATE, 12), C("廃止日", FMT_DATE, 12), C("経過", width=40),
    C("備考", width=30), C("版", FMT_INTEGER, 6), C("更新日時", width=22),
]  # fmt: skip
STATISTIC_COLUMNS = [
    C("全国地方公共団体コード", FMT_TEXT, 12), C("団体名", width=18), C("項目", width=22), C("値", "", 14),
    C("単位", width=8), C("基準日", FMT_DATE, 12), C("出典", width=40),
]  # fmt: skip


def build_sheets(services: Services, kinds: Sequence[str] = KINDS, owner_code: str | None = None) -> list[Sheet]:
    """The tables of ``kinds`` (in the order of KINDS). Duties: those of ``owner_code``, by default the
    home municipality's (every duty when no home is set)."""
    for kind in kinds:
        if kind not in KINDS:
            raise ExchangeError(ExchangeErrorCode.UNKNOWN_KIND, value=kind, choices=", ".join(KINDS))
    names = {m.code: m.display_name for m in services.municipalities.all()}
    builders: dict[str, Callable[[], Sheet]] = {
        KIND_DUTIES: lambda: _duties(services, names, owner_code),
        KIND_PLANS: lambda: _plans(services, names),
        KIND_SHARES: lambda: _shares(services, names),
        KIND_AGREEMENTS: lambda: _agreements(services, names),
        KIND_STATISTICS: lambda: _statistics(services),
    }
    return [builders[k]() for k in KINDS if k in kinds]


def export_duties(services: Services, owner_code: str | None) -> list[Any]:
    if owner_code is None:
        profile = services.profile.get()
        owner_code = profile.home_code if profile else None
    if owner_code is not None:
        return services.catalogue.list_duties(owner_code)
    codes = sorted({m.code for m in services.municipalities.all()})
    return [d for code in codes for d in services.catalogue.list_duties(code)]


def _duties(services: Services, names: dict[str, str], owner_code: str | None) -> Sheet:
    sheet = Sheet(KIND_DUTIES, SHEET_NAMES[KIND_DUTIES], DUTY_COLUMNS)
    for d in export_duties(services, owner_code):
        sheet.rows.append([
            _uid(d), d.owner_code, names.get(d.owner_code, ""), d.name, d.kana, CATEGORY[d.category], d.description,
            d.legal_basis, d.workload_person_years, _thousand(d.annual_cost_yen), _join(d.expertise), d.current_staff,
            d.staffing_gap, URGENCY[d.urgency], STATUS[d.status], d.department, d.notes,
            _join(METHOD[m] for m in d.typical_methods), d.template_key or "", d.version, _stamp(d.updated_at),
        ])  # fmt: skip
        sheet.labels.append(d.name)
    return sheet


def _duty_names(services: Services, plans: Iterable[Any]) -> dict[int, str]:
    result: dict[int, str] = {}
    for plan in plans:
        if plan.duty_id not in result:
            duty = services.catalogue.get(plan.duty_id)
            result[plan.duty_id] = duty.name if duty else ""
    return result


def _plans(services: Services, names: dict[str, str]) -> Sheet:
    sheet = Sheet(KIND_PLANS, SHEET_NAMES[KIND_PLANS], PLAN_COLUMNS)
    plans = sorted(services.plans.list_all(), key=lambda p: p.id or 0)
    duties = _duty_names(services, plans)
    for p in plans:
        sheet.rows.append([
            _uid(p), p.id, duties.get(p.duty_id, ""), p.name, METHOD[p.method], names.get(p.lead_code, p.lead_code),
            _join(f"{x.letter} {names.get(x.code, x.code)}" for x in p.participants), YES if p.chosen else "",
            PLAN_STATUS[p.status], _thousand(p.total_cost_yen), _thousand(p.specific_revenue_yen),
            _thousand(p.net_cost_yen), p.workload_person_years, p.notes, p.version, _stamp(p.updated_at),
        ])  # fmt: skip
        sheet.labels.append(p.name)
    return sheet


def _shares(services: Services, names: dict[str, str]) -> Sheet:
    sheet = Sheet(KIND_SHARES, SHEET_NAMES[KIND_SHARES], SHARE_COLUMNS)
    plans = sorted(services.plans.list_all(), key=lambda p: p.id or 0)
    duties = _duty_names(services, plans)
    for plan in plans:
        result = services.shares.plan_shares(plan)
        for item in result.all_items:
            workload = item.index is None
            item_name = "業務量（人工）" if workload else item.name
            if item.allocation is None:
                state = "配分ルール未設定" if not item.has_rule else "計算できません"
                sheet.rows.append([plan.id, plan.name, duties.get(plan.duty_id, ""), item_name, "", "", "", None, None, None, state])
                sheet.labels.append(f"{plan.name} {item_name}")
                continue
            for share in item.allocation.shares:
                percent = item.percent_of(share.party)
                sheet.rows.append([
                    plan.id, plan.name, duties.get(plan.duty_id, ""), item_name, share.party,
                    names.get(share.party, share.party), plan.letter_of(share.party),
                    None if workload else _thousand(int(share.amount)), Decimal(share.amount) if workload else None,
                    percent, "",
                ])  # fmt: skip
                sheet.labels.append(f"{plan.name} {item_name} {names.get(share.party, share.party)}")
    return sheet


def _agreements(services: Services, names: dict[str, str]) -> Sheet:
    from ...domain.agreements import EventKind

    sheet = Sheet(KIND_AGREEMENTS, SHEET_NAMES[KIND_AGREEMENTS], AGREEMENT_COLUMNS)
    plan_names = {p.id: p.name for p in services.plans.list_all()}
    for a in sorted(services.agreements.list_all(), key=lambda a: a.id or 0):
        events = _join(
            f"{e.date.isoformat()} {EVENT[e.kind]}" + (f"（{names.get(e.party_code, e.party_code)}）" if e.party_code else "")
            for e in sorted(a.events, key=lambda e: e.date)
        )
        sheet.rows.append([
            _uid(a), a.id, AGREEMENT_KIND[a.kind], a.title, plan_names.get(a.plan_id, "") if a.plan_id else "",
            _join(f"{p.letter} {names.get(p.code, p.code)}" for p in a.parties), a.first(EventKind.CONCLUSION),
            a.first(EventKind.EFFECTIVE), a.review_deadline, a.clauses.term.end, a.abolished_on, events, a.notes,
            a.version, _stamp(a.updated_at),
        ])  # fmt: skip
        sheet.labels.append(a.title)
    return sheet


def _statistics(services: Services) -> Sheet:
    sheet = Sheet(KIND_STATISTICS, SHEET_NAMES[KIND_STATISTICS], STATISTIC_COLUMNS)
    order = {k: i for i, k in enumerate(StatKind)}
    for m in services.municipalities.all():
        for s in sorted(m.statistics, key=lambda s: (order[s.kind], s.reference_date)):
            sheet.rows.append([m.code, m.display_name, STAT[s.kind], s.value, UNIT_LABELS[STAT_UNITS[s.kind]],
                               s.reference_date, s.source])  # fmt: skip
            sheet.labels.append(f"{m.display_name} {STAT[s.kind]}")
    return sheet


# --- xlsx ------------------------------------------------------------------------------------------


def _xlsx_value(value: Any, spec: ColumnSpec) -> Any:
    if isinstance(value, Decimal):
        if spec.percent:
            value = value / 100
        return int(value) if value == value.to_integral_value() and not spec.percent else float(value)
    if isinstance(value, str):
        return strip_control_characters(value)
    return value


def write_xlsx(path: Path, sheets: Sequence[Sheet]) -> ExportResult:
    """One sheet per kind: Japanese headings, number formats, frozen header row, filters on. No macros."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    workbook.remove(workbook.active)
    workbook.properties.creator = "広域連携デスク"
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    for sheet in sheets:
        ws = workbook.create_sheet(sheet.title)
        ws.append([c.header for c in sheet.columns])
        for cell in ws[1]:
            cell.font = bold
            cell.fill = fill
            cell.alignment = Alignment(vertical="center", wrap_text=True)
        for values in sheet.rows:
            ws.append([_xlsx_value(v, spec) for v, spec in zip(values, sheet.columns, strict=True)])
        for index, spec in enumerate(sheet.columns, start=1):
            letter = get_column_letter(index)
            ws.column_dimensions[letter].width = spec.width
            if spec.fmt:
                for (cell,) in ws.iter_rows(min_row=2, min_col=index, max_col=index):
                    if cell.value is not None:
                        cell.number_format = spec.fmt
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                if cell.data_type == "f":  # text that starts with "=" stays text: never a formula
                    cell.data_type = "s"
        if sheet.kind == KIND_STATISTICS:
            for (value_cell, unit_cell) in ws.iter_rows(min_row=2, min_col=4, max_col=5):
                unit = next((u for u, label in UNIT_LABELS.items() if label == unit_cell.value), "")
                value_cell.number_format = STAT_FORMATS.get(unit, "General")
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:{get_column_letter(len(sheet.columns))}{max(ws.max_row, 1)}"
    buffer = io.BytesIO()
    workbook.save(buffer)
    _write_atomically(path, buffer.getvalue())
    return ExportResult(path, tuple(s.kind for s in sheets), {s.kind: len(s.rows) for s in sheets})


# --- CSV -------------------------------------------------------------------------------------------


def _csv_value(value: Any, spec: ColumnSpec) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return YES if value else ""
    if isinstance(value, Decimal):
        text = format(value.normalize(), "f") if value != value.to_integral_value() else str(int(value))
        return text
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, int | float):
        return str(value)
    return escape_formula(strip_control_characters(str(value)))


def _csv_header(spec: ColumnSpec) -> str:
    return f"{spec.header}（%）" if spec.percent else spec.header


class CsvExport:
    """One kind as CSV. ``unencodable`` lists what the encoding cannot hold (checked before writing);
    ``write(path, replace=…)`` writes, refusing (UNENCODABLE, nothing written) unless ``replace``."""

    def __init__(self, sheet: Sheet, encoding: str = UTF8_BOM):
        self.sheet = sheet
        self.encoding = normalize_encoding_name(encoding)
        self.header = [_csv_header(c) for c in sheet.columns]
        self.rows = [[_csv_value(v, c) for v, c in zip(row, sheet.columns, strict=True)] for row in sheet.rows]
        self.unencodable = self._find_unencodable()

    def _find_unencodable(self) -> list[Unencodable]:
        found: list[Unencodable] = []
        if self.encoding != CP932:
            return found
        for number, row in enumerate(self.rows, start=2):
            for header, cell in zip(self.header, row, strict=True):
                try:
                    cell.encode(CP932)
                except UnicodeEncodeError:
                    for ch in dict.fromkeys(cell):
                        try:
                            ch.encode(CP932)
                        except UnicodeEncodeError:
                            found.append(Unencodable(number, self.sheet.labels[number - 2], header, ch))
        return found

    def text(self, *, replace: bool = False) -> str:
        out = io.StringIO(newline="")
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(self.header)
        bad = {u.character for u in self.unencodable} if replace else set()
        for row in self.rows:
            writer.writerow(["".join(REPLACEMENT_CHARACTER if ch in bad else ch for ch in c) if bad else c for c in row])
        return out.getvalue()

    def write(self, path: Path, *, replace: bool = False) -> ExportResult:
        if self.unencodable and not replace:
            raise ExchangeError(
                ExchangeErrorCode.UNENCODABLE, count=len(self.unencodable), encoding=self.encoding
            )
        data = self.text(replace=replace).encode(self.encoding)
        _write_atomically(path, data)
        replaced = sum(1 for _ in self.unencodable) if replace else 0
        return ExportResult(path, (self.sheet.kind,), {self.sheet.kind: len(self.rows)}, replaced)


def _write_atomically(path: Path, data: bytes) -> None:
    path = Path(path)
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=".~" + path.name, suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        raise ExchangeError(ExchangeErrorCode.CANNOT_WRITE, path=path, detail=exc.strerror or exc) from exc
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
