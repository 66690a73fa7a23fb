"""Headless commands (no display): init, demo, municipalities, duties, templates, allocate, shares. See docs/cli.md."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ..domain.errors import ErrorCode, ValidationFailed, ValidationIssue
from ..domain.municipalities import Municipality
from ..services.container import Services
from ..services.demo import load_demo
from ..services.lock import writer_lock
from ..services.templates import load_templates
from .exchange_cli import cmd_export, cmd_import
from .report_cli import cmd_report

MUNICIPALITY_KEYS = ("code", "kind", "prefecture", "name", "kana", "latitude", "longitude")
DUTY_KEYS = (
    "id", "owner_code", "name", "kana", "category", "status", "urgency", "workload_person_years",
    "workload_person_days", "annual_cost_yen", "expertise", "current_staff", "staffing_gap", "department",
    "legal_basis", "typical_methods", "template_key", "description", "notes", "version", "updated_at",
)  # fmt: skip
TEMPLATE_KEYS = (
    "key", "name", "name_en", "category", "legal_basis", "typical_methods", "expertise",
    "typical_workload_person_years", "typical_cost_yen", "description",
)  # fmt: skip


def _plain(value: Any) -> Any:
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if value.__class__.__name__ == "Decimal":
        return str(value)
    if hasattr(value, "value") and isinstance(value.value, str):  # enums
        return value.value
    return value


def _emit(rows: Iterable[dict[str, Any]], keys: Sequence[str], fmt: str, out) -> None:  # noqa: ANN001
    rows = list(rows)
    if fmt == "json":
        json.dump(rows, out, ensure_ascii=False, indent=1)
        out.write("\n")
        return
    writer = csv.DictWriter(out, fieldnames=list(keys), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: "|".join(map(str, v)) if isinstance(v, list) else v for k, v in row.items()})


def municipality_record(m: Municipality) -> dict[str, Any]:
    return {k: _plain(getattr(m, k)) for k in MUNICIPALITY_KEYS}


def cmd_init(services: Services, args, out) -> int:  # noqa: ANN001
    municipalities = services.municipalities.all()
    json.dump(
        {"database": str(services.path), "municipalities": len(municipalities), "schema": "ok"},
        out,
        ensure_ascii=False,
    )
    out.write("\n")
    return 0


def cmd_demo(services: Services, args, out) -> int:  # noqa: ANN001
    changes = load_demo(services)
    json.dump({"database": str(services.path), "duties_added": len(changes.duty_ids)}, out, ensure_ascii=False)
    out.write("\n")
    return 0


def cmd_municipalities(services: Services, args, out) -> int:  # noqa: ANN001
    rows = services.municipalities.all()
    if args.pref:
        rows = [m for m in rows if m.prefecture == args.pref]
        if not rows:
            print(f"エラー: 都道府県「{args.pref}」が見つかりません（例: 兵庫県）。", file=sys.stderr)
            return 2
    _emit((municipality_record(m) for m in rows), MUNICIPALITY_KEYS, args.format, out)
    return 0


def cmd_duties(services: Services, args, out) -> int:  # noqa: ANN001
    profile = services.profile.get()
    if profile is None:
        print("エラー: 自治体が設定されていません。先にアプリで初期設定を行うか demo を実行してください。", file=sys.stderr)
        return 2
    duties = services.catalogue.list_duties(profile.home_code)
    rows = [{k: _plain(getattr(d, k)) for k in DUTY_KEYS} for d in duties]
    _emit(rows, DUTY_KEYS, args.format, out)
    return 0


def cmd_templates(args, out) -> int:  # noqa: ANN001
    rows = [{k: _plain(getattr(t, k)) for k in TEMPLATE_KEYS} for t in load_templates()]
    _emit(rows, TEMPLATE_KEYS, args.format, out)
    return 0


# allocate: Japanese messages for the issues of a sharing file (docs/sharing.md); {path} is the JSON path.
SHARING_BASIS_NAMES = {
    "equal": "均等割", "population": "人口割", "elderly_population": "高齢者人口割", "usage": "利用割（実績割）",
    "staff": "職員数割", "standard_fiscal_need": "基準財政需要額割", "host_pays": "所在地負担",
    "agreed": "協議による割合", "fixed": "定額",
}  # fmt: skip
SHARING_MESSAGES = {
    ErrorCode.REQUIRED: "必要な項目がありません。",
    ErrorCode.NOT_A_NUMBER: "数値ではありません（値: {value}）。",
    ErrorCode.NEGATIVE: "負の値は使えません（値: {value}）。",
    ErrorCode.TOO_LARGE: "値が大きすぎます（値: {value}、上限: {max}）。",
    ErrorCode.TOO_PRECISE: "小数点以下{places}桁までにしてください（値: {value}）。",
    ErrorCode.NOT_AN_INTEGER: "円単位の整数にしてください（値: {value}）。",
    ErrorCode.BAD_DATE: "日付として読めません（値: {value}）。例: 2024-04-01、令和6年1月1日",
    ErrorCode.UNKNOWN_CHOICE: "「{value}」は使えません。使える値: {choices}",
    ErrorCode.WEIGHTS_NOT_100: "按分割合の合計が100%ではありません（合計: {sum}%）。",
    ErrorCode.WEIGHT_NOT_POSITIVE: "按分割合は0より大きくしてください（値: {value}）。",
    ErrorCode.DUPLICATE_COMPONENT: "同じ按分区分（{basis}、基礎数値「{figure}」）が2回あります。",
    ErrorCode.MISSING_BASE_FIGURE: "団体 {party} の基礎数値「{figure}」がありません（{basis}に必要です。0とはみなしません）。",
    ErrorCode.NEGATIVE_AMOUNT: "金額・人工に負の値は使えません（値: {value}）。",
    ErrorCode.UNKNOWN_PARTY: "団体 {party} は構成団体（parties）にありません。",
    ErrorCode.DUPLICATE_PARTY: "団体 {party} が構成団体に2回あります。",
    ErrorCode.NO_PARTIES: "構成団体（parties）が1つもありません。",
    ErrorCode.ZERO_BASE: "すべての団体の基礎数値「{figure}」が0のため、{basis}で按分できません。",
    ErrorCode.HOST_NOT_A_PARTY: "所在団体 {party} は構成団体にありません。",
    ErrorCode.LEAD_NOT_A_PARTY: "幹事団体 {party} は構成団体にありません。",
    ErrorCode.AGREED_NOT_100: "協議による負担割合の合計が100%ではありません（合計: {sum}%）。",
    ErrorCode.FIXED_EXCEEDS_TOTAL: "定額負担の合計（{fixed}）が特定財源控除後の額（{net}）を超えています。",
    ErrorCode.FIXED_NOT_EQUAL_TOTAL: "按分区分がないため、定額負担の合計（{fixed}）は特定財源控除後の額（{net}）と同じでなければなりません。",
    ErrorCode.REVENUES_EXCEED_TOTAL: "特定財源の合計（{revenues}）が総額（{total}）を超えています。",
    ErrorCode.NOT_APPLICABLE: "この項目は{basis}では使えません。",
    ErrorCode.BAD_JSON: "JSONとして読めません（{line}行{column}列: {detail}）。",
    ErrorCode.DUPLICATE_KEY: "キー「{key}」が2回あります。",
    ErrorCode.UNKNOWN_FIELD: "この項目は使えません（綴りを確認してください）。使える項目: {allowed}",
    ErrorCode.WRONG_TYPE: "形式が違います（{expected}が必要です。値: {value}）。",
    ErrorCode.UNSUPPORTED_FORMAT: "形式「{value}」には対応していません（対応: {supported}）。",
}  # fmt: skip
SHARING_TYPE_NAMES = {"object": "オブジェクト {…}", "array": "配列 […]", "string": "文字列", "number": "数値", "date": "日付の文字列"}


def sharing_issue_text(issue: ValidationIssue) -> str:
    params = defaultdict(str, issue.params)
    if "basis" in params:
        params["basis"] = SHARING_BASIS_NAMES.get(params["basis"], params["basis"])
    if "expected" in params:
        params["expected"] = SHARING_TYPE_NAMES.get(params["expected"], params["expected"])
    where = "ファイル全体" if issue.field == "$" else issue.field
    return f"{where}: " + SHARING_MESSAGES.get(issue.code, str(issue.code)).format_map(params)


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp932")  # saved from Excel or Notepad on Japanese Windows


def cmd_allocate(args, out) -> int:  # noqa: ANN001
    """Split the amounts of a sharing file (docs/sharing.md) and print the shares; no database."""
    from ..domain.sharing import allocate_sheet
    from ..domain.sharing_json import CSV_KEYS, loads_sheet, result_rows, result_to_dict

    try:
        text = _read_text(args.rule)
    except FileNotFoundError:
        print(f"エラー: ファイル「{args.rule}」が見つかりません。", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"エラー: ファイル「{args.rule}」を読めません（{exc.strerror or exc}）。", file=sys.stderr)
        return 2
    except UnicodeDecodeError:
        print(f"エラー: ファイル「{args.rule}」の文字コードを読めません。UTF-8 で保存してください。", file=sys.stderr)
        return 2
    try:
        result = allocate_sheet(loads_sheet(text))
    except ValidationFailed as exc:
        for issue in exc.issues:
            print(f"エラー: {args.rule}: {sharing_issue_text(issue)}", file=sys.stderr)
        return 2
    if args.format == "json":
        json.dump(result_to_dict(result), out, ensure_ascii=False, indent=1)
        out.write("\n")
    else:
        _emit(result_rows(result), CSV_KEYS, "csv", out)
    return 0


# shares: one row per plan, cost item (or the workload) and party. Yen are integers, 人工 and percents strings.
SHARES_KEYS = (
    "plan_id", "plan_name", "duty_id", "duty_name", "chosen", "item_index", "item", "unit", "net", "party_code",
    "party_name", "letter", "amount_yen", "person_years", "share_percent", "fixed", "components", "figures",
)  # fmt: skip
SHARES_CSV_KEYS = (*SHARES_KEYS, "figure_sources")  # CSV: the figures' sources in a column of their own
SHARES_WORKLOAD_ITEM = "業務量（人工）"
SHARES_STAT_NAMES = {
    "population": "人口", "elderly_population": "65歳以上人口", "staff": "職員数", "standard_fiscal_need": "基準財政需要額",
    "households": "世帯数", "area": "面積", "day_night_ratio": "昼夜間人口比率", "fiscal_strength": "財政力指数",
}  # fmt: skip


def _share_value(value: Any) -> Any:
    return value if isinstance(value, int) else str(value)


def shares_rows(services: Services, plans: Iterable[Any]) -> tuple[list[dict[str, Any]], list[str], list[str]]:
    """(rows, problems, notes) for ``plans``: every computable item's shares; a Japanese line per problem
    (an item that cannot be computed) and per note (an item whose rule is not yet agreed)."""
    from ..services.shares import is_statistics_issue

    rows: list[dict[str, Any]] = []
    problems: list[str] = []
    notes: list[str] = []
    duty_names: dict[int, str] = {}
    for plan in plans:
        if plan.duty_id not in duty_names:
            duty = services.catalogue.get(plan.duty_id)
            duty_names[plan.duty_id] = duty.name if duty else ""
        result = services.shares.plan_shares(plan)
        names = {p.id: p.name for p in result.parties}
        for item in result.all_items:
            label = f"連携案 {plan.id}「{plan.name}」の" + (
                f"費用項目「{item.name}」" if item.index is not None else SHARES_WORKLOAD_ITEM
            )
            if item.allocation is None:
                if item.has_rule:
                    for issue in item.issues:
                        params = dict(issue.params)
                        if params.get("party"):
                            params["party"] = f"{names.get(params['party'], params['party'])}（{params['party']}）"
                        if params.get("figure") in SHARES_STAT_NAMES:
                            params["figure"] = SHARES_STAT_NAMES[params["figure"]]
                        text = sharing_issue_text(ValidationIssue(issue.field, issue.code, params))
                        if is_statistics_issue(issue):
                            text += "市町村の統計に入力してください。"
                        problems.append(f"{label}: {text}")
                elif item.net:
                    notes.append(f"{label}は配分ルール未設定のため出力していません。")
                continue
            allocation = item.allocation
            components = allocation.item.rule.components
            for share in allocation.shares:
                used = [f for f in allocation.figures_used if f.party == share.party]
                percent = item.percent_of(share.party)
                rows.append(
                    {
                        "plan_id": plan.id,
                        "plan_name": plan.name,
                        "duty_id": plan.duty_id,
                        "duty_name": duty_names[plan.duty_id],
                        "chosen": plan.chosen,
                        "item_index": item.index,
                        "item": item.name if item.index is not None else SHARES_WORKLOAD_ITEM,
                        "unit": str(item.unit),
                        "net": _share_value(allocation.net),
                        "party_code": share.party,
                        "party_name": names.get(share.party, ""),
                        "letter": plan.letter_of(share.party),
                        "amount_yen": share.amount if item.index is not None else None,
                        "person_years": str(share.amount) if item.index is None else None,
                        "share_percent": str(percent) if percent is not None else None,
                        "fixed": _share_value(share.fixed),
                        "components": [
                            {"basis": str(c.basis), "measure": c.measure or None, "host": c.host, "amount": _share_value(a)}
                            for c, a in zip(components, share.by_component, strict=True)
                        ],
                        "figures": [
                            {"basis": str(f.basis), "figure": f.figure, "value": str(f.value),
                             "reference_date": f.reference_date.isoformat(), "source": f.source}
                            for f in used
                        ],  # fmt: skip
                    }
                )
    return rows, problems, notes


def _shares_csv_row(row: dict[str, Any]) -> dict[str, Any]:
    flat = dict(row)
    flat["chosen"] = "true" if row["chosen"] else "false"
    flat["components"] = "|".join(
        (f"{c['basis']}:{c['measure']}" if c["measure"] else c["basis"]) + f"={c['amount']}" for c in row["components"]
    )
    flat["figures"] = "|".join(f"{f['figure']}={f['value']}@{f['reference_date']}" for f in row["figures"])
    flat["figure_sources"] = "|".join(f["source"] for f in row["figures"])
    return flat


def cmd_shares(services: Services, args, out) -> int:  # noqa: ANN001
    """Every party's share per plan and cost item (and workload), by the plans' sharing rules.

    Prints the items that can be computed even when others cannot; each problem goes to standard error
    (in Japanese) and makes the exit code 2. Items whose rule is not yet agreed are noted, not errors."""
    plans = sorted(services.plans.list_all(), key=lambda p: p.id or 0)
    rows, problems, notes = shares_rows(services, plans)
    if args.format == "json":
        json.dump(rows, out, ensure_ascii=False, indent=1)
        out.write("\n")
    else:
        writer = csv.DictWriter(out, fieldnames=list(SHARES_CSV_KEYS), lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow(_shares_csv_row(row))
    for note in notes:
        print(f"注意: {note}", file=sys.stderr)
    for problem in problems:
        print(f"エラー: {problem}", file=sys.stderr)
    return 2 if problems else 0


DB_COMMANDS = {
    "init": cmd_init, "demo": cmd_demo, "municipalities": cmd_municipalities, "duties": cmd_duties, "shares": cmd_shares,
}  # fmt: skip
DB_COMMANDS.update(export=cmd_export, **{"import": cmd_import})  # docs/exchange.md
DB_COMMANDS.update(report=cmd_report)  # docs/cli.md: PDF / .docx
WRITING_COMMANDS = frozenset({"init", "demo", "import"})  # these take the lock beside the database


def run_command(args, db_path: Path, out: io.TextIOBase | None = None) -> int:  # noqa: ANN001
    out = out or sys.stdout
    if args.command == "templates":
        return cmd_templates(args, out)
    if args.command == "allocate":
        return cmd_allocate(args, out)
    if args.command in WRITING_COMMANDS and not getattr(args, "dry_run", False):
        # One writer: refused (StorageError HELD_BY_OTHER, exit 3) while someone has the database open
        # in the app; a stale lock (its holder gone) is taken over. The lock is released afterwards.
        with writer_lock(db_path):
            return _run_on_database(args, db_path, out)
    return _run_on_database(args, db_path, out)


def _run_on_database(args, db_path: Path, out) -> int:  # noqa: ANN001
    services = Services.open(db_path)
    try:
        return DB_COMMANDS[args.command](services, args, out)
    finally:
        services.close()
