"""Headless ``export`` and ``import`` (docs/exchange.md, docs/cli.md): xlsx, CSV and partner packages.

Messages are Japanese (ui/texts.py), name the row and column of bad input, and go to standard error;
on any error the exit code is 2 and neither the database nor the output file has been changed.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..services.container import Services

EXPORT_SUFFIXES = (".xlsx", ".csv", ".renkei")
ACTION_NAMES = {"add": "追加", "update": "更新", "unchanged": "変更なし", "skip": "取り込まない", "error": "誤り"}
TARGET_NAMES = {"duties": "事務", "statistics": "市町村の統計"}
STATUS_NAMES = {"new": "新規", "changed": "相手側で変更", "conflict": "競合（両方で変更）", "unchanged": "変更なし",
                "local_newer": "こちらで変更"}  # fmt: skip
DECISION_NAMES = {"take": "取り込む", "keep": "こちらを残す", "skip": "取り込まない"}


def add_exchange_commands(sub: Any) -> None:
    """The ``export`` and ``import`` subcommands (called from main.build_parser)."""
    from ..services.exchange.labels import KINDS

    p = sub.add_parser("export", help="export to xlsx, CSV or a partner package (.renkei); docs/exchange.md")
    p.add_argument("file", type=Path, metavar="FILE", help="FILE.xlsx, FILE.csv or FILE.renkei")
    p.add_argument("--kind", action="append", choices=KINDS, help="what to export (xlsx: repeatable, default all; CSV: one, default duties)")
    p.add_argument("--encoding", default="utf-8-sig", help="CSV: utf-8-sig (default, UTF-8 with BOM) or cp932")
    p.add_argument("--replace-unencodable", action="store_true", help="CSV in cp932: write 〓 for characters cp932 cannot hold")
    p.add_argument("--plan", action="append", type=int, default=[], metavar="ID", help="package: a plan to include (repeatable)")
    p.add_argument("--agreement", action="append", type=int, default=[], metavar="ID", help="package: an agreement to include")
    p.add_argument("--to", metavar="CODE", help="package: the partner's 全国地方公共団体コード (recorded for conflict detection)")
    p = sub.add_parser("import", help="import an xlsx, CSV or partner package (.renkei); docs/exchange.md")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="print the preview (every row's outcome and problems); write nothing")
    p.add_argument("--kind", choices=["duties", "statistics"], help="what the file holds (default: from the sheet names and headings)")
    p.add_argument("--sheet", metavar="NAME", help="xlsx: the sheet to read")
    p.add_argument("--encoding", metavar="X", help="CSV: utf-8-sig, utf-8, cp932, euc_jp, utf-16 (default: detected)")
    p.add_argument("--header-row", type=int, metavar="N", help="the row of the headings (default: detected)")
    p.add_argument("--reference-date", metavar="DATE", help="statistics: 基準日 when the file has no such column")
    p.add_argument("--source", metavar="TEXT", help="statistics: 出典 when the file has no such column")
    p.add_argument("--no-prefectures", action="store_true", help="statistics: skip prefecture rows")
    p.add_argument("--skip-invalid", action="store_true", help="import the valid rows and skip rows with errors")
    p.add_argument("--take", action="append", default=[], metavar="UID", help="package: take the partner's version of this record (conflicts)")
    p.add_argument("--keep", action="append", default=[], metavar="UID", help="package: keep this database's version of this record")


def _err(text: str) -> None:
    print(f"エラー: {text}", file=sys.stderr)


def _note(text: str) -> None:
    print(f"注意: {text}", file=sys.stderr)


def _exchange_error(exc: Any, file: Path) -> int:
    from ..ui.texts import exchange_error_text, exchange_problem_text

    for problem in exc.problems:
        if problem.is_error:
            _err(f"{file.name}: {exchange_problem_text(problem)}")
    _err(f"{file.name}: {exchange_error_text(exc)}")
    return 2


# --- export ------------------------------------------------------------------------------------------


def cmd_export(services: Services, args: argparse.Namespace, out: Any) -> int:
    from ..services.exchange.errors import ExchangeError

    suffix = args.file.suffix.lower()
    if suffix not in EXPORT_SUFFIXES:
        _err(f"ファイル「{args.file}」の拡張子は .xlsx、.csv、.renkei のいずれかにしてください。")
        return 2
    try:
        if suffix == ".renkei":
            return _export_package(services, args, out)
        if suffix == ".xlsx":
            result = services.exchange.export_xlsx(args.file, tuple(args.kind) if args.kind else _all_kinds())
        else:
            kinds = args.kind or ["duties"]
            if len(kinds) > 1:
                from ..services.exchange.errors import ExchangeErrorCode

                raise ExchangeError(ExchangeErrorCode.KIND_NEEDS_XLSX, value=", ".join(kinds))
            csv_export = services.exchange.prepare_csv(kinds[0], args.encoding)
            for bad in csv_export.unencodable:
                line = f"{bad.row}行目「{bad.record}」の「{bad.column}」: 「{bad.character}」（{bad.code_point}）は {csv_export.encoding} で保存できません。"
                (_note if args.replace_unencodable else _err)(line + ("〓に置き換えました。" if args.replace_unencodable else ""))
            result = csv_export.write(args.file, replace=args.replace_unencodable)
    except ExchangeError as exc:
        return _exchange_error(exc, args.file)
    json.dump({"file": str(result.path), "kinds": list(result.kinds), "rows": result.rows, "replaced": result.replaced},
              out, ensure_ascii=False)  # fmt: skip
    out.write("\n")
    return 0


def _all_kinds() -> tuple[str, ...]:
    from ..services.exchange.labels import KINDS

    return KINDS


def _export_package(services: Services, args: argparse.Namespace, out: Any) -> int:
    plan_ids = args.plan or [p.id for p in services.plans.list_all()]
    agreement_ids = args.agreement or ([] if args.plan else [a.id for a in services.agreements.list_all()])
    result = services.exchange.export_package(args.file, plan_ids, agreement_ids, partner=args.to)
    json.dump({"file": str(result.path), "plans": result.plans, "agreements": result.agreements, "duties": result.duties,
               "figures": result.figures}, out, ensure_ascii=False)  # fmt: skip
    out.write("\n")
    return 0


# --- import ------------------------------------------------------------------------------------------


def cmd_import(services: Services, args: argparse.Namespace, out: Any) -> int:
    from ..domain.normalize import ParseError, parse_date
    from ..services.exchange.engine import ImportOptions
    from ..services.exchange.errors import ExchangeError

    if args.file.suffix.lower() == ".renkei":
        try:
            return _import_package(services, args, out)
        except ExchangeError as exc:
            return _exchange_error(exc, args.file)
    try:
        reference = parse_date(args.reference_date) if args.reference_date else None
    except ParseError:
        _err(f"基準日「{args.reference_date}」を日付として読めません（例: 2020-10-01、令和2年10月1日）。")
        return 2
    options = ImportOptions(reference_date=reference, source=args.source or "", include_prefectures=not args.no_prefectures)
    try:
        previews = _previews(services, args, options)
        if args.dry_run:
            for preview in previews:
                _print_preview(preview, out)
            return 2 if any(p.errors for p in previews) else 0
        for preview in previews:
            _print_problems(preview, args.file, errors=False)
        reports = services.exchange.engine.apply_many(previews, skip_invalid=args.skip_invalid)
    except ExchangeError as exc:
        return _exchange_error(exc, args.file)
    for report in reports:
        json.dump({"file": str(args.file), "kind": report.target, "added": report.added, "updated": report.updated,
                   "unchanged": report.unchanged, "skipped_rows": report.skipped_rows}, out, ensure_ascii=False)  # fmt: skip
        out.write("\n")
    return 0


def _previews(services: Services, args: argparse.Namespace, options: Any) -> list[Any]:
    """One preview per importable sheet: --kind/--sheet when given; else every sheet the workbook names
    like a target (事務, 市町村の統計), or the target the headings of a single sheet/CSV suggest."""
    from ..services.exchange.errors import ExchangeError, ExchangeErrorCode
    from ..services.exchange.labels import IMPORT_TARGETS, SHEET_NAMES

    exchange = services.exchange
    source = exchange.open_import(args.file)
    jobs: list[tuple[str, str | None]] = []
    if args.kind:
        sheet = args.sheet
        if sheet is None and source.kind == "xlsx" and SHEET_NAMES[args.kind] in source.sheet_names:
            sheet = SHEET_NAMES[args.kind]
        jobs.append((args.kind, sheet))
    elif args.sheet is None and source.kind == "xlsx" and any(SHEET_NAMES[t] in source.sheet_names for t in IMPORT_TARGETS):
        jobs = [(t, SHEET_NAMES[t]) for t in IMPORT_TARGETS if SHEET_NAMES[t] in source.sheet_names]
    else:
        grid = source.read(args.sheet, args.encoding)
        jobs.append((exchange.guess_target(grid), args.sheet))
    previews = []
    for target, sheet in jobs:
        grid = source.read(sheet, args.encoding)
        if not grid.rows:
            raise ExchangeError(ExchangeErrorCode.EMPTY_FILE, path=args.file)
        row = args.header_row or exchange.suggest_header_row(target, grid)
        layout = grid.layout(row)
        mapping = exchange.suggest_mapping(target, layout).mapping
        previews.append(exchange.preview(target, grid, layout, mapping, options))
    return previews


def _print_problems(preview: Any, file: Path, *, errors: bool) -> None:
    from ..services.exchange.errors import Severity
    from ..ui.texts import exchange_problem_text

    for problem in preview.problems:
        if problem.severity is Severity.WARNING or (errors and problem.is_error):
            _note(f"{file.name}: {exchange_problem_text(problem)}")


def _print_preview(preview: Any, out: Any) -> None:
    from ..services.exchange.errors import Severity
    from ..ui.texts import exchange_problem_reason

    fields = {f.key: f.label for f in _fields(preview.target)}
    where = f"シート: {preview.sheet}" + (f"、文字コード: {preview.encoding}" if preview.encoding else "")
    out.write(f"ファイル: {preview.file_name}（{where}）\n")
    out.write(f"取込先: {TARGET_NAMES.get(preview.target, preview.target)}（{preview.target}）\n")
    out.write(f"見出し行: {preview.layout.header_row}行目\n")
    out.write("列の割り当て:\n")
    for column in preview.layout.columns:
        key = preview.mapping.fields.get(column.index)
        unit = preview.mapping.units.get(column.index)
        target = f"{fields.get(key, key)}" + (f"（単位: {unit}）" if unit else "") if key else "（取り込まない）"
        out.write(f"  {column.letter}列「{column.title}」→ {target}\n")
    out.write("行ごとの結果:\n")
    for outcome in preview.outcomes:
        counts = ""
        if outcome.added + outcome.updated + outcome.unchanged > 1:
            counts = f"（追加 {outcome.added}、更新 {outcome.updated}、変更なし {outcome.unchanged}）"
        out.write(f"  {outcome.row}行目: {ACTION_NAMES[outcome.action]} {outcome.label}{counts}\n")
        for problem in outcome.problems:
            if problem.severity is Severity.SKIPPED and outcome.action.value in ("unchanged",):
                continue
            place = f"{problem.column}列（{problem.header}）: " if problem.column else ""
            mark = {"error": "誤り", "warning": "注意", "skipped": "理由"}[problem.severity.value]
            out.write(f"    {mark}: {place}{exchange_problem_reason(problem)}\n")
    c = preview.counts
    out.write(
        f"合計: 追加 {c.records_added}件、更新 {c.records_updated}件、変更なし {c.records_unchanged}件、"
        f"取り込まない行 {c.skipped_rows}行、誤りのある行 {c.error_rows}行\n"
    )
    if c.error_rows:
        out.write("誤りがあるため、このままでは取り込めません（データベースは変更していません）。\n")


def _fields(target: str) -> tuple[Any, ...]:
    if target == "duties":
        from ..services.exchange.duties_target import DUTY_FIELDS

        return DUTY_FIELDS
    from ..services.exchange.statistics_target import STATISTIC_FIELDS

    return STATISTIC_FIELDS


def _import_package(services: Services, args: argparse.Namespace, out: Any) -> int:
    review = services.exchange.review_package(args.file)
    decisions = review.default_decisions()
    for uid in args.take:
        decisions[uid] = "take"
    for uid in args.keep:
        decisions[uid] = "keep"
    for item in review.items:
        decision = decisions.get(item.key, "skip")
        line = f"{STATUS_NAMES[item.status]}: {item.kind_label} {item.label}（{item.key}）→ {DECISION_NAMES[decision]}"
        if args.dry_run:
            out.write(line + "\n")
        if item.status == "conflict" and item.key not in args.take and item.key not in args.keep:
            _note(f"{item.kind_label}「{item.label}」は両方で変更されています。こちらを残しました（相手の版を取り込むには --take {item.key}）。")
    if args.dry_run:
        return 0
    report = services.exchange.apply_package(review, decisions)
    json.dump({"file": str(args.file), "added": report.added, "updated": report.updated, "kept": report.kept,
               "unchanged": report.unchanged, "date": date.today().isoformat()}, out, ensure_ascii=False)  # fmt: skip
    out.write("\n")
    return 0
