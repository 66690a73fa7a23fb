"""The import engine: mapped rows → a preview of every row's outcome and problems → one transaction.

Wizard steps and the calls behind them (``ExchangeService`` wraps these; see /docs/exchange.md):

1. choose file  → ``open_import_file(path)``  (ExchangeError for a file that cannot be used)
2. sheet        → ``ImportFile.sheet_names``
3. encoding     → ``ImportFile.detect_encoding()`` (CSV; ``needs_choice`` → ask, with candidates)
4. header row   → ``grid = ImportFile.read(sheet, encoding)``; ``engine.suggest_header_row(target, grid)``;
                  ``layout = grid.layout(row)``
5. mapping      → ``engine.fields(target)``, ``engine.suggest_mapping(target, layout)``
6. preview      → ``engine.preview(target, grid, layout, mapping, options)``: every row's action and
                  problems (row as in Excel, column letter and heading, code → Japanese in ui/texts.py)
7. apply        → ``engine.apply(preview, progress=callback, skip_invalid=False)``: one transaction;
                  ``callback(done, total)`` returning False cancels (rolled back, nothing written)
8. report       → the ``ImportReport`` returned by apply (added, updated, unchanged, skipped rows)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol

from ..changes import Changes
from .errors import ExchangeError, ExchangeErrorCode, Problem, Severity
from .mapping import ColumnMap, FieldSpec, MappingSuggestion, check_mapping, suggest
from .reader import Grid, GridRow, Layout
from .safety import CONTROL_CHARACTERS, MAX_CELL_CHARS, unescape_formula

if TYPE_CHECKING:
    from sqlmodel import Session

    from ...storage.database import Database
    from .state import ExchangeState

# progress(done, total) → False to cancel; anything else (None, True) continues.
Progress = Callable[[int, int], object]


@dataclass(frozen=True, kw_only=True)
class ImportOptions:
    """What the file may not say. Duties: ``owner_code`` (default: the home municipality).
    Statistics: ``reference_date`` and ``source`` (unless columns give them per row) and whether
    prefecture rows are imported."""

    owner_code: str | None = None
    reference_date: date | None = None
    source: str = ""
    include_prefectures: bool = True


@dataclass(frozen=True)
class RowInput:
    """One data row after cell checks: field → value (None when blank), and where each field is."""

    number: int
    values: dict[str, Any]
    cells: dict[str, tuple[str, str]]  # field → (column letter, heading)
    raw: tuple[Any, ...]  # every cell of the row (for total/note row detection)
    problems: tuple[Problem, ...] = ()

    def problem(self, key: str, code: Any, severity: Severity = Severity.ERROR, **params: object) -> Problem:
        letter, header = self.cells.get(key, ("", ""))
        return Problem(self.number, letter, header, severity, code, {k: str(v) for k, v in params.items()}, key)

    def row_problem(self, code: Any, severity: Severity, **params: object) -> Problem:
        return Problem(self.number, "", "", severity, code, {k: str(v) for k, v in params.items()})


class RowAction(StrEnum):
    ADD = "add"
    UPDATE = "update"
    UNCHANGED = "unchanged"  # nothing to write: the records hold these values already
    SKIP = "skip"  # not imported on purpose (total row, ward, note, blank values)
    ERROR = "error"


@dataclass
class RowOutcome:
    row: int
    action: RowAction
    label: str  # what the row is about: 事務名, 団体名 …
    problems: list[Problem] = field(default_factory=list)
    added: int = 0  # records (a statistics row can hold several figures)
    updated: int = 0
    unchanged: int = 0
    payload: Any = None  # what apply writes (target-specific)


@dataclass(frozen=True)
class PreviewCounts:
    rows: int
    add_rows: int
    update_rows: int
    unchanged_rows: int
    skipped_rows: int
    error_rows: int
    records_added: int
    records_updated: int
    records_unchanged: int
    warnings: int


@dataclass
class ImportPreview:
    target: str
    file_name: str
    sheet: str
    encoding: str | None
    layout: Layout
    mapping: ColumnMap
    options: ImportOptions
    outcomes: list[RowOutcome]
    rows: list[RowInput] = field(repr=False, default_factory=list)

    @property
    def problems(self) -> list[Problem]:
        return [p for o in self.outcomes for p in o.problems]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def can_apply(self) -> bool:
        return not self.errors and any(o.action in (RowAction.ADD, RowAction.UPDATE) for o in self.outcomes)

    @property
    def counts(self) -> PreviewCounts:
        by = {a: sum(1 for o in self.outcomes if o.action is a) for a in RowAction}
        return PreviewCounts(
            rows=len(self.outcomes),
            add_rows=by[RowAction.ADD],
            update_rows=by[RowAction.UPDATE],
            unchanged_rows=by[RowAction.UNCHANGED],
            skipped_rows=by[RowAction.SKIP],
            error_rows=by[RowAction.ERROR],
            records_added=sum(o.added for o in self.outcomes if o.action is not RowAction.ERROR),
            records_updated=sum(o.updated for o in self.outcomes if o.action is not RowAction.ERROR),
            records_unchanged=sum(o.unchanged for o in self.outcomes if o.action is not RowAction.ERROR),
            warnings=sum(1 for p in self.problems if p.severity is Severity.WARNING),
        )


@dataclass(frozen=True)
class ImportReport:
    target: str
    added: int  # records
    updated: int
    unchanged: int
    skipped_rows: int  # rows not imported: totals, wards, notes, and rows with errors when skipped
    problems: tuple[Problem, ...]  # warnings and the reasons rows were skipped
    changes: Changes

    @property
    def skipped(self) -> int:
        return self.unchanged + self.skipped_rows


class Target(Protocol):
    key: str

    def fields(self) -> tuple[FieldSpec, ...]: ...

    def check(self, mapping: ColumnMap, layout: Layout, options: ImportOptions, session: Session) -> ImportOptions:
        """File-level checks; returns the options completed (e.g. the home municipality as owner)."""
        ...

    def plan(
        self, session: Session, rows: Sequence[RowInput], options: ImportOptions, mapping: ColumnMap
    ) -> list[RowOutcome]: ...

    def write(self, session: Session, outcome: RowOutcome) -> Changes: ...

    def finish(self, session: Session) -> None:
        """Write what ``write`` batched, before the transaction commits."""
        ...

    def discard(self) -> None:
        """Forget what ``write`` batched (the transaction is being rolled back)."""
        ...

    def after_commit(self) -> None: ...


class ImportEngine:
    def __init__(self, db: Database, state: ExchangeState, targets: dict[str, Target]):
        self._db = db
        self._state = state
        self._targets = targets

    def target(self, key: str) -> Target:
        try:
            return self._targets[key]
        except KeyError:
            raise ExchangeError(ExchangeErrorCode.UNKNOWN_KIND, value=key, choices=", ".join(self._targets)) from None

    @property
    def target_keys(self) -> tuple[str, ...]:
        return tuple(self._targets)

    def fields(self, target: str) -> tuple[FieldSpec, ...]:
        return self.target(target).fields()

    def suggest_header_row(self, target: str, grid: Grid) -> int:
        specs = self.fields(target)
        return grid.suggest_header_row(lambda heading: any(f.matches(heading) >= 2 for f in specs))

    def suggest_mapping(self, target: str, layout: Layout) -> MappingSuggestion:
        """The mapping last applied to a file with the same headings, else one from the headings."""
        remembered = self._state.mapping(target, layout.signature)
        if remembered:
            try:
                mapping = ColumnMap.from_json(remembered)
                known = {f.key for f in self.fields(target)}
                if all(k in known for k in mapping.fields.values()) and all(
                    i < len(layout.columns) for i in mapping.fields
                ):
                    return MappingSuggestion(mapping, True, {i: 3 for i in mapping.fields})
            except (TypeError, ValueError, AttributeError):
                pass
        return suggest(self.fields(target), layout)

    # --- preview ---------------------------------------------------------------------------------

    def preview(
        self, target: str, grid: Grid, layout: Layout, mapping: ColumnMap, options: ImportOptions | None = None
    ) -> ImportPreview:
        """Every data row's outcome and problems; writes nothing."""
        impl = self.target(target)
        check_mapping(impl.fields(), mapping, layout)
        rows = mapped_rows(grid, layout, mapping, impl.fields())
        with self._db.reading() as session:
            options = impl.check(mapping, layout, options or ImportOptions(), session)
            outcomes = impl.plan(session, rows, options, mapping)
        return ImportPreview(target, grid.name, grid.sheet, grid.encoding, layout, mapping, options, outcomes, rows)

    # --- apply -----------------------------------------------------------------------------------

    def apply(self, preview: ImportPreview, progress: Progress | None = None, *, skip_invalid: bool = False) -> ImportReport:
        """Write the preview's rows in one transaction: all or nothing.

        Refuses (HAS_ERRORS) when rows have errors, unless ``skip_invalid``: then those rows are skipped
        and reported. ``progress(done, total)`` is called before the first and after every record;
        returning False cancels: the transaction is rolled back and CANCELLED raised.
        """
        return self.apply_many([preview], progress, skip_invalid=skip_invalid)[0]

    def apply_many(
        self, previews: Sequence[ImportPreview], progress: Progress | None = None, *, skip_invalid: bool = False
    ) -> list[ImportReport]:
        """Several previews (the sheets of one workbook) in ONE transaction: all or nothing."""
        errors = [p for preview in previews for p in preview.errors]
        if errors and not skip_invalid:
            rows = len({(p.row, id(preview)) for preview in previews for p in preview.errors})
            raise ExchangeError(ExchangeErrorCode.HAS_ERRORS, problems=errors, count=rows)
        planned: list[tuple[ImportPreview, Target, list[RowOutcome]]] = []
        changes: list[list[Changes]] = [[] for _ in previews]
        try:
            with self._db.transaction() as session:
                # Planned again inside the transaction: what is written matches the database as it is now.
                for preview in previews:
                    impl = self.target(preview.target)
                    outcomes = impl.plan(session, preview.rows, preview.options, preview.mapping)
                    if _signature(outcomes) != _signature(preview.outcomes):
                        raise ExchangeError(ExchangeErrorCode.STALE_PREVIEW)
                    planned.append((preview, impl, outcomes))
                todo = [(i, impl, o) for i, (_, impl, outs) in enumerate(planned) for o in outs if o.action in _WRITES]
                total = len(todo)
                if progress is not None and progress(0, total) is False:
                    raise ExchangeError(ExchangeErrorCode.CANCELLED)
                for done, (index, impl, outcome) in enumerate(todo, start=1):
                    changes[index].append(impl.write(session, outcome))
                    if progress is not None and progress(done, total) is False:
                        raise ExchangeError(ExchangeErrorCode.CANCELLED)
                for _, impl, _ in planned:
                    impl.finish(session)
        except BaseException:  # rolled back: the targets forget what they had batched
            for preview in previews:
                self.target(preview.target).discard()
            raise
        reports = []
        for index, (preview, impl, outcomes) in enumerate(planned):
            impl.after_commit()
            self._state.remember_mapping(preview.target, preview.layout.signature, preview.mapping.to_json())
            valid = [o for o in outcomes if o.action is not RowAction.ERROR]
            reports.append(
                ImportReport(
                    target=preview.target,
                    added=sum(o.added for o in valid),
                    updated=sum(o.updated for o in valid),
                    unchanged=sum(o.unchanged for o in valid),
                    skipped_rows=sum(1 for o in outcomes if o.action in (RowAction.SKIP, RowAction.ERROR)),
                    problems=tuple(p for o in outcomes for p in o.problems),
                    changes=merge_changes(changes[index]),
                )
            )
        return reports


_WRITES = (RowAction.ADD, RowAction.UPDATE)


def _signature(outcomes: Sequence[RowOutcome]) -> list[tuple]:
    return [(o.row, o.action, o.added, o.updated, o.unchanged) for o in outcomes]


def _merge(a: Changes, b: Changes) -> Changes:
    return Changes(
        duty_ids=a.duty_ids | b.duty_ids,
        duties_removed=a.duties_removed | b.duties_removed,
        municipality_codes=a.municipality_codes | b.municipality_codes,
        plan_ids=a.plan_ids | b.plan_ids,
        plans_removed=a.plans_removed | b.plans_removed,
        agreement_ids=a.agreement_ids | b.agreement_ids,
        agreements_removed=a.agreements_removed | b.agreements_removed,
        profile=a.profile or b.profile,
    )


def merge_changes(changes: Sequence[Changes]) -> Changes:
    result = Changes()
    for c in changes:
        result = _merge(result, c)
    return result


def mapped_rows(grid: Grid, layout: Layout, mapping: ColumnMap, fields: Sequence[FieldSpec]) -> list[RowInput]:
    """The data rows below the header with their mapped cells checked: formulas (never evaluated),
    oversized cells, unreadable bytes (U+FFFD from a wrong encoding) and control characters are
    problems of their cell; an empty row is left out."""
    rows: list[RowInput] = []
    titles = {c.index: (c.letter, c.title) for c in layout.columns}
    for row in grid.data_rows(layout.header_row):
        if row.is_empty:
            continue
        values: dict[str, Any] = {}
        cells: dict[str, tuple[str, str]] = {}
        problems: list[Problem] = []
        for column, key in mapping.fields.items():
            letter, header = titles.get(column, (_letter(column), ""))
            cells[key] = (letter, header)
            value = row.value(column)
            if (row.number, column) in grid.formulas:
                problems.append(
                    Problem(row.number, letter, header, Severity.ERROR, ExchangeErrorCode.FORMULA,
                            {"value": _short(grid.formulas[(row.number, column)])}, key)
                )  # fmt: skip
                value = None
            elif isinstance(value, str):
                value = _check_text(row, letter, header, key, value, problems)
            values[key] = value
        if all(v is None for v in values.values()) and not problems:
            continue
        rows.append(RowInput(row.number, values, cells, row.values, tuple(problems)))
    return rows


def _letter(index: int) -> str:
    from .reader import column_letter

    return column_letter(index)


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _check_text(row: GridRow, letter: str, header: str, key: str, value: str, problems: list[Problem]) -> Any:
    def problem(code: ExchangeErrorCode, **params: object) -> None:
        problems.append(
            Problem(row.number, letter, header, Severity.ERROR, code, {k: str(v) for k, v in params.items()}, key)
        )

    if len(value) > MAX_CELL_CHARS:
        problem(ExchangeErrorCode.CELL_TOO_LONG, length=len(value), max=MAX_CELL_CHARS)
        return None
    if "\ufffd" in value:
        problem(ExchangeErrorCode.UNREADABLE_CHARACTERS, value=_short(value))
        return None
    if CONTROL_CHARACTERS.search(value):
        problem(ExchangeErrorCode.CONTROL_CHARACTERS, value=_short(CONTROL_CHARACTERS.sub("?", value)))
        return None
    value = unescape_formula(value)
    return value if value.strip() else None


def known_codes(session: Session) -> set[str]:
    """The codes of the municipality master (a column query: loading 1,788 rows as objects is slow)."""
    from sqlmodel import select

    from ...storage.tables import MunicipalityRow

    return set(session.exec(select(MunicipalityRow.code)).all())


def stored_statistics(session: Session) -> list[Any]:
    """Every stored statistic as a domain ``Statistic``."""
    from sqlmodel import select

    from ...domain.municipalities import Statistic, StatKind
    from ...storage.tables import StatisticRow

    return [
        Statistic(r.municipality_code, StatKind(r.kind), r.value, r.reference_date, r.source, r.id)
        for r in session.exec(select(StatisticRow))
    ]
