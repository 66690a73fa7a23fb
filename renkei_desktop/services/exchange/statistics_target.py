"""Import target "statistics": municipalities' figures keyed by 全国地方公共団体コード.

Two layouts: wide (e-Stat: one column per figure — 人口, 65歳以上人口, 面積 …) and long (the export's
市町村の統計 sheet: 項目, 値, 単位 per row). Codes may have 5 or 6 digits (the check digit is verified
when present); each figure needs a 基準日 and a 出典, from columns or from the options.

Rows that are not municipalities are skipped with a reason, never errors: 全国 and other total rows,
wards and 特別区部 (codes not in the master), notes and footnotes (no code and no values), and —
when the options say so — prefecture rows. A figure identical to the stored one is unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlmodel import Session

from ...domain.codes import is_prefecture_code, normalize_code
from ...domain.errors import ErrorCode
from ...domain.municipalities import (
    STAT_PLACES,
    STAT_UNITS,
    Municipality,
    Statistic,
    StatKind,
    validate_statistic_input,
)
from ...domain.normalize import ParseError, parse_date, parse_decimal
from ...storage import municipality_repository
from ..changes import Changes
from .engine import ImportOptions, RowAction, RowInput, RowOutcome, stored_statistics
from .errors import ExchangeError, ExchangeErrorCode, Severity
from .labels import KIND_STATISTICS, STAT, UNIT_LABELS, enum_lookup, fold, unit_factor
from .mapping import ColumnMap, FieldSpec
from .reader import Layout, cell_text

_STAT_SYNONYMS: dict[StatKind, tuple[str, ...]] = {
    StatKind.POPULATION: ("総人口", "人口総数", "人口(総数)", "総数", "population", "住民基本台帳人口"),
    StatKind.ELDERLY_POPULATION: ("65歳以上", "65歳以上人口", "老年人口", "高齢者人口", "65歳以上人口(総数)", "elderly_population", "aged 65+"),
    StatKind.DAY_NIGHT_RATIO: ("昼夜間人口比率", "昼夜間比率", "昼夜間人口比", "day_night_ratio"),
    StatKind.AREA: ("面積", "総面積", "area", "面積(km2)"),
    StatKind.STAFF: ("職員数", "総職員数", "一般職員数", "職員数(総数)", "staff"),
    StatKind.HOUSEHOLDS: ("世帯数", "一般世帯数", "総世帯数", "households"),
    StatKind.STANDARD_FISCAL_NEED: ("基準財政需要額", "standard_fiscal_need"),
    StatKind.FISCAL_STRENGTH: ("財政力指数", "fiscal_strength"),
    StatKind.COMMUTING_SHARE_TO_METRO: ("通勤通学者割合", "指定都市・特別区への通勤通学者割合", "commuting_share_to_metro"),
}  # fmt: skip
STAT_FIELD_PREFIX = "stat:"

F = FieldSpec
STATISTIC_FIELDS: tuple[FieldSpec, ...] = (
    F("municipality_code", "全国地方公共団体コード", required=True, kind="code",
      synonyms=("団体コード", "地方公共団体コード", "市区町村コード", "市町村コード", "地域コード", "地域 コード",
                "自治体コード", "コード", "code", "lg_code", "area_code")),
    F("name", "団体名", synonyms=("地域", "市区町村名", "市町村名", "市区町村", "市町村", "自治体名", "団体", "name", "area")),
    F("kind", "項目", kind="enum", synonyms=("統計の項目", "指標", "kind", "item")),
    F("value", "値", kind="number", group="values", synonyms=("数値", "value")),
    F("unit", "単位", synonyms=("unit",)),
    *(
        F(STAT_FIELD_PREFIX + kind.value, STAT[kind], kind="number", group="values", synonyms=_STAT_SYNONYMS[kind],
          unit=STAT_UNITS[kind])
        for kind in StatKind
    ),
    F("reference_date", "基準日", kind="date", synonyms=("調査日", "時点", "基準年月日", "reference_date", "date")),
    F("source", "出典", synonyms=("資料", "出所", "source")),
)  # fmt: skip
_KINDS = enum_lookup(STAT)
for _kind, _names in _STAT_SYNONYMS.items():
    for _name in _names:
        _KINDS.setdefault(fold(_name), _kind)
TOTAL_NAMES = {fold(n) for n in ("全国", "全国計", "合計", "総計", "計", "総数", "全市町村", "都道府県計", "市部", "郡部",
                                 "町村計", "市計", "町計", "村計", "区部", "特別区部", "total", "all")}  # fmt: skip
_BATCH = 500  # figures per flush
MAX_RATIO = Decimal(10)  # 昼夜間人口比率 as a ratio is about 0.5–20 … a column of % gives 50–2000


def _is_total(raw: Sequence[Any]) -> str:
    for value in raw:
        text = fold(cell_text(value))
        if not text:
            continue
        text = text.lstrip("0123456789_-")
        if text in TOTAL_NAMES or text.startswith("全国"):
            return cell_text(value).strip()
    return ""


def _as_date(value: Any) -> Any:
    return value.date() if isinstance(value, datetime) else value


class StatisticsTarget:
    key = KIND_STATISTICS

    def __init__(self, invalidate: Any = None) -> None:
        self._invalidate = invalidate
        self._master_cache: dict[str, Municipality] | None = None
        self._pending: list[tuple[Any, Any, Statistic]] = []
        self._rows: dict[int, Any] | None = None  # stored rows by id, during one apply

    def fields(self) -> tuple[FieldSpec, ...]:
        return STATISTIC_FIELDS

    def check(self, mapping: ColumnMap, layout: Layout, options: ImportOptions, session: Session) -> ImportOptions:
        mapped = set(mapping.fields.values())
        if "value" in mapped and "kind" not in mapped:
            raise ExchangeError(ExchangeErrorCode.MISSING_COLUMN, field="項目")
        if "kind" in mapped and "value" not in mapped:
            raise ExchangeError(ExchangeErrorCode.MISSING_COLUMN, field="値")
        if "reference_date" not in mapped and options.reference_date is None:
            raise ExchangeError(ExchangeErrorCode.NEEDS_REFERENCE_DATE)
        if "source" not in mapped and not options.source.strip():
            raise ExchangeError(ExchangeErrorCode.NEEDS_SOURCE)
        for column, key in mapping.fields.items():
            unit = mapping.units.get(column, "")
            app_unit = self._app_unit(key)
            if unit and app_unit and unit_factor(app_unit, unit) is None:
                raise ExchangeError(
                    ExchangeErrorCode.UNKNOWN_UNIT, value=unit, choices=UNIT_LABELS.get(app_unit, app_unit)
                )
        return options

    def _master(self, session: Session) -> dict[str, Municipality]:
        """The municipality master (it never changes while the app runs: read once)."""
        if self._master_cache is None:
            rows = municipality_repository.list_all(session, with_statistics=False)
            self._master_cache = {m.code: m for m in rows}
        return self._master_cache

    @staticmethod
    def _app_unit(key: str) -> str:
        if key.startswith(STAT_FIELD_PREFIX):
            return STAT_UNITS[StatKind(key[len(STAT_FIELD_PREFIX):])]
        return ""

    def plan(
        self, session: Session, rows: Sequence[RowInput], options: ImportOptions, mapping: ColumnMap
    ) -> list[RowOutcome]:
        units = {key: mapping.units.get(column, "") for column, key in mapping.fields.items()}
        master = self._master(session)
        stored: dict[tuple[str, StatKind, date], Statistic] = {
            (s.municipality_code, s.kind, s.reference_date): s for s in stored_statistics(session)
        }
        first_row: dict[tuple[str, StatKind, date], int] = {}
        return [self._plan_row(row, options, master, stored, units, first_row) for row in rows]

    def _plan_row(self, row, options, master, stored, units, first_row) -> RowOutcome:  # noqa: ANN001, C901
        problems = list(row.problems)
        values = row.values
        value_keys = [k for k in values if k.startswith(STAT_FIELD_PREFIX) or k == "value"]
        has_values = any(values.get(k) is not None for k in value_keys)
        name = cell_text(values.get("name")).strip()
        code_raw = values.get("municipality_code")
        label = name or cell_text(code_raw).strip()

        def skip(code: ExchangeErrorCode, **params: object) -> RowOutcome:
            problems.append(row.row_problem(code, Severity.SKIPPED, **params))
            return RowOutcome(row.number, RowAction.SKIP, label, problems)

        if code_raw is None:
            total = _is_total(row.raw)
            if total:
                return skip(ExchangeErrorCode.TOTAL_ROW, value=total)
            if not has_values:
                return skip(ExchangeErrorCode.NOTE_ROW)
            problems.append(row.problem("municipality_code", ExchangeErrorCode.MISSING_CODE))
            return RowOutcome(row.number, RowAction.ERROR, label, problems)
        code_text = cell_text(code_raw).strip()
        try:
            code = normalize_code(code_text.split("_")[0].split(" ")[0], known=master)
        except ParseError as exc:
            total = _is_total(row.raw)
            if total:
                return skip(ExchangeErrorCode.TOTAL_ROW, value=total)
            if not has_values:
                return skip(ExchangeErrorCode.NOTE_ROW)
            problems.append(row.problem("municipality_code", exc.code, value=code_text))
            return RowOutcome(row.number, RowAction.ERROR, label, problems)
        municipality = master.get(code)
        if municipality is None:
            if code.startswith("00000") or _is_total(row.raw):
                return skip(ExchangeErrorCode.TOTAL_ROW, value=name or code_text)
            return skip(ExchangeErrorCode.NOT_IN_MASTER, value=f"{code_text} {name}".strip())
        label = municipality.display_name
        if is_prefecture_code(code) and not options.include_prefectures:
            return skip(ExchangeErrorCode.PREFECTURE_ROW, value=municipality.name)
        if name and fold(municipality.name) not in fold(name):
            problems.append(row.problem("name", ExchangeErrorCode.NAME_MISMATCH, Severity.WARNING, value=name, expected=municipality.display_name))
        if not has_values:
            return skip(ExchangeErrorCode.NO_VALUES, value=label)

        reference = options.reference_date
        if "reference_date" in values:
            try:
                reference = _as_date(parse_date(_as_date(values["reference_date"]))) or options.reference_date
            except ParseError as exc:
                problems.append(row.problem("reference_date", exc.code, value=cell_text(values["reference_date"])))
                reference = None
            if reference is None and not any(p.field == "reference_date" for p in problems):
                problems.append(row.problem("reference_date", ErrorCode.REQUIRED))
        source = cell_text(values.get("source")).strip() if values.get("source") is not None else options.source.strip()

        figures: list[tuple[str, StatKind, Any, str]] = []  # (field, kind, raw value, unit text)
        if "value" in values and values.get("value") is not None:
            kind_text = cell_text(values.get("kind")).strip()
            kind = _KINDS.get(fold(kind_text))
            if kind is None:
                problems.append(row.problem("kind", ExchangeErrorCode.UNKNOWN_STAT_KIND, value=kind_text))
            else:
                unit = cell_text(values.get("unit")).strip() if values.get("unit") is not None else units.get("value", "")
                figures.append(("value", kind, values["value"], unit))
        for key in value_keys:
            if key.startswith(STAT_FIELD_PREFIX) and values.get(key) is not None:
                figures.append((key, StatKind(key[len(STAT_FIELD_PREFIX):]), values[key], units.get(key, "")))

        outcome = RowOutcome(row.number, RowAction.ERROR, label, problems)
        to_write: list[tuple[Statistic, int | None]] = []  # (figure, id of the stored one it replaces)
        for key, kind, raw, unit in figures:
            stat = self._figure(row, key, kind, raw, unit, code, reference, source, problems)
            if stat is None:
                continue
            ident = (code, kind, stat.reference_date)
            if ident in first_row:
                problems.append(row.problem(key, ExchangeErrorCode.DUPLICATE_ROW, value=f"{label} {STAT[kind]}", first_row=first_row[ident]))
                continue
            first_row[ident] = row.number
            before = stored.get(ident)
            if before is not None and before.value == stat.value and before.source == stat.source:
                outcome.unchanged += 1
            else:
                to_write.append((stat, before.id if before is not None else None))
                if before is None:
                    outcome.added += 1
                else:
                    outcome.updated += 1
        if any(p.is_error for p in problems):
            outcome.added = outcome.updated = outcome.unchanged = 0
            return outcome
        if not figures:
            return skip(ExchangeErrorCode.NO_VALUES, value=label)
        outcome.payload = to_write
        if outcome.added:
            outcome.action = RowAction.ADD
        elif outcome.updated:
            outcome.action = RowAction.UPDATE
        else:
            outcome.action = RowAction.UNCHANGED
            problems.append(row.row_problem(ExchangeErrorCode.UNCHANGED, Severity.SKIPPED, value=label))
        return outcome

    @staticmethod
    def _figure(row, key, kind, raw, unit, code, reference, source, problems) -> Statistic | None:  # noqa: ANN001
        try:
            value = parse_decimal(raw)
        except ParseError as exc:
            problems.append(row.problem(key, exc.code, value=cell_text(raw)))
            return None
        if value is None:  # blank, "-", "…", "x" (秘匿): no figure
            return None
        factor = unit_factor(STAT_UNITS[kind], unit)
        if factor is None:
            problems.append(row.problem(key, ExchangeErrorCode.UNKNOWN_UNIT, value=unit, choices=UNIT_LABELS[STAT_UNITS[kind]]))
            return None
        if factor != 1:
            converted = value * factor
            places = Decimal(1).scaleb(-STAT_PLACES[kind])
            rounded = converted.quantize(places, rounding=ROUND_HALF_UP)
            if rounded != converted:
                problems.append(row.problem(key, ExchangeErrorCode.ROUNDED, Severity.WARNING, value=cell_text(raw), result=rounded))
            value = rounded.to_integral_value() if rounded == rounded.to_integral_value() else rounded.normalize()
        if kind is StatKind.DAY_NIGHT_RATIO and value > MAX_RATIO:
            problems.append(row.problem(key, ExchangeErrorCode.RATIO_LOOKS_LIKE_PERCENT, value=cell_text(raw)))
            return None
        if reference is None:
            return None
        stat, issues = validate_statistic_input(code, kind.value, value, reference, source)
        for issue in issues:
            field = key if issue.field == "value" else issue.field
            problems.append(row.problem(field, issue.code, **issue.params))
        return stat

    def write(self, session: Session, outcome: RowOutcome) -> Changes:
        """Rows are added to the session and flushed in batches (``finish``): one flush per figure,
        as ``upsert_statistic`` does, costs minutes for the 1,700 municipalities of a census table."""
        from ...storage.records import values_of
        from ...storage.tables import StatisticRow

        codes = set()
        for stat, existing_id in outcome.payload:
            if existing_id is None:
                row = StatisticRow(municipality_code=stat.municipality_code, kind=stat.kind.value, value=stat.value,
                                   reference_date=stat.reference_date, source=stat.source)  # fmt: skip
                session.add(row)
                self._pending.append((row, None, stat))
            else:
                if self._rows is None:  # one query for every stored figure, not one per update
                    from sqlmodel import select

                    self._rows = {r.id: r for r in session.exec(select(StatisticRow))}
                row = self._rows.get(existing_id)
                if row is None:
                    raise ExchangeError(ExchangeErrorCode.STALE_PREVIEW)
                before = values_of(row)
                row.value, row.source = stat.value, stat.source
                session.add(row)
                self._pending.append((row, before, stat))
            codes.add(stat.municipality_code)
        if len(self._pending) >= _BATCH:
            self.finish(session)
        return Changes(municipality_codes=frozenset(codes))

    def finish(self, session: Session) -> None:
        """Flush the pending figures and write their audit entries (same transaction)."""
        from ...storage.records import log_change

        if not self._pending:
            return
        session.flush()
        for row, before, stat in self._pending:
            label = f"{stat.municipality_code} {stat.kind.value} {stat.reference_date.isoformat()}"
            log_change(session, "statistic", row, "insert" if before is None else "update", before, label)
        self._pending.clear()

    def discard(self) -> None:
        self._pending.clear()
        self._rows = None

    def after_commit(self) -> None:
        self._rows = None
        if self._invalidate is not None:
            self._invalidate()
