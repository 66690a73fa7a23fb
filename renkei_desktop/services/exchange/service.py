"""``ExchangeService``: export, the import engine and partner packages over one database.

Built by ``Services.exchange`` (on first use). The import wizard calls, in order (docs/exchange.md):
``open_import`` → ``ImportFile.sheet_names`` / ``detect_encoding`` → ``ImportFile.read`` →
``suggest_header_row`` → ``Grid.layout`` → ``fields`` / ``suggest_mapping`` → ``preview`` → ``apply``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .engine import ImportEngine, ImportOptions, ImportPreview, ImportReport, Progress
from .errors import ExchangeError, ExchangeErrorCode
from .export import CsvExport, ExportResult, Sheet, build_sheets, write_xlsx
from .labels import IMPORT_TARGETS, KIND_DUTIES, KINDS
from .mapping import ColumnMap, FieldSpec, MappingSuggestion
from .package import (
    PackageReport,
    PackageResult,
    PackageReview,
    apply_package,
    export_package,
    review_package,
)
from .reader import Grid, ImportFile, Layout, open_import_file
from .state import ExchangeState

if TYPE_CHECKING:
    from ..container import Services


class ExchangeService:
    def __init__(self, services: Services):
        from .duties_target import DutiesTarget
        from .statistics_target import StatisticsTarget

        self._services = services
        self.state = ExchangeState(services.db)
        self.engine = ImportEngine(
            services.db,
            self.state,
            {KIND_DUTIES: DutiesTarget(), "statistics": StatisticsTarget(self._statistics_changed)},
        )

    def _statistics_changed(self) -> None:
        self._services.municipalities.statistics_written_elsewhere()

    # --- export ----------------------------------------------------------------------------------

    def sheets(self, kinds: Sequence[str] = KINDS, owner_code: str | None = None) -> list[Sheet]:
        return build_sheets(self._services, kinds, owner_code)

    def export_xlsx(self, path: Path, kinds: Sequence[str] = KINDS, owner_code: str | None = None) -> ExportResult:
        return write_xlsx(Path(path), self.sheets(kinds, owner_code))

    def prepare_csv(self, kind: str = KIND_DUTIES, encoding: str = "utf-8-sig", owner_code: str | None = None) -> CsvExport:
        """The CSV of one kind, not yet written: look at ``.unencodable`` (cp932) and ask the user,
        then ``.write(path, replace=True)`` to write with 〓, or do not write at all."""
        if kind not in KINDS:
            raise ExchangeError(ExchangeErrorCode.UNKNOWN_KIND, value=kind, choices=", ".join(KINDS))
        return CsvExport(self.sheets([kind], owner_code)[0], encoding)

    def export_csv(
        self, path: Path, kind: str = KIND_DUTIES, encoding: str = "utf-8-sig", *, replace: bool = False
    ) -> ExportResult:
        return self.prepare_csv(kind, encoding).write(Path(path), replace=replace)

    # --- import (the wizard's steps) ----------------------------------------------------------------

    @property
    def import_targets(self) -> tuple[str, ...]:
        return IMPORT_TARGETS

    def open_import(self, path: Path | str) -> ImportFile:
        return open_import_file(path)

    def fields(self, target: str) -> tuple[FieldSpec, ...]:
        return self.engine.fields(target)

    def suggest_header_row(self, target: str, grid: Grid) -> int:
        return self.engine.suggest_header_row(target, grid)

    def suggest_mapping(self, target: str, layout: Layout) -> MappingSuggestion:
        return self.engine.suggest_mapping(target, layout)

    def preview(
        self, target: str, grid: Grid, layout: Layout, mapping: ColumnMap, options: ImportOptions | None = None
    ) -> ImportPreview:
        return self.engine.preview(target, grid, layout, mapping, options)

    def apply(self, preview: ImportPreview, progress: Progress | None = None, *, skip_invalid: bool = False) -> ImportReport:
        return self.engine.apply(preview, progress, skip_invalid=skip_invalid)

    def guess_target(self, grid: Grid) -> str:
        """The target whose fields the headings name: duties need 事務名, statistics a code column and
        at least one figure. ExchangeError(UNKNOWN_KIND) when the headings name neither or both."""
        found = []
        for target in IMPORT_TARGETS:
            layout = grid.layout(self.suggest_header_row(target, grid)) if grid.rows else None
            if layout is None:
                continue
            mapped = set(self.suggest_mapping(target, layout).mapping.fields.values())
            if target == KIND_DUTIES and "name" in mapped:
                found.append(target)
            elif target != KIND_DUTIES and "municipality_code" in mapped and any(
                k == "value" or k.startswith("stat:") for k in mapped
            ):
                found.append(target)
        if len(found) != 1:
            raise ExchangeError(ExchangeErrorCode.UNKNOWN_KIND, value="?", choices=", ".join(IMPORT_TARGETS))
        return found[0]

    def quick_preview(
        self,
        path: Path | str,
        target: str,
        *,
        sheet: str | None = None,
        encoding: str | None = None,
        header_row: int | None = None,
        options: ImportOptions | None = None,
    ) -> ImportPreview:
        """Every step with its suggestion (what ``import --dry-run`` shows): file, sheet (the first,
        or the one named like the target), encoding, header row, remembered or suggested mapping."""
        from .labels import SHEET_NAMES

        source = self.open_import(path)
        if sheet is None and source.kind == "xlsx":
            sheet = SHEET_NAMES.get(target) if SHEET_NAMES.get(target) in source.sheet_names else None
        grid = source.read(sheet, encoding)
        if not grid.rows:
            raise ExchangeError(ExchangeErrorCode.EMPTY_FILE, path=path)
        row = header_row or self.suggest_header_row(target, grid)
        layout = grid.layout(row)
        mapping = self.suggest_mapping(target, layout).mapping
        return self.preview(target, grid, layout, mapping, options)

    # --- partner packages -------------------------------------------------------------------------

    def export_package(
        self, path: Path, plan_ids: Sequence[int], agreement_ids: Sequence[int] = (), *, partner: str | None = None
    ) -> PackageResult:
        """Write the plans and agreements (with their duties and the figures they use) to ``path``
        (.renkei); ``partner`` (the recipient's code) is remembered for telling changes from conflicts."""
        return export_package(self._services, self.state, Path(path), plan_ids, agreement_ids, partner=partner)

    def review_package(self, path: Path) -> PackageReview:
        """Each record of the package: new / changed / conflict / local_newer / unchanged. Writes nothing."""
        return review_package(self._services, self.state, Path(path))

    def apply_package(
        self, review: PackageReview, decisions: dict[str, str] | None = None, progress: Progress | None = None
    ) -> PackageReport:
        """Take the chosen records (key → "take" / "keep"; defaults: take new and changed, keep ours on
        conflicts) in one transaction."""
        return apply_package(self._services, self.state, review, decisions, progress)
