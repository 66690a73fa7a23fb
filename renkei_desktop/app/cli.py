"""Headless commands (no display): init, demo, municipalities, duties, templates. See docs/cli.md."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ..domain.municipalities import Municipality
from ..services.container import Services
from ..services.demo import load_demo
from ..services.templates import load_templates

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


DB_COMMANDS = {"init": cmd_init, "demo": cmd_demo, "municipalities": cmd_municipalities, "duties": cmd_duties}


def run_command(args, db_path: Path, out: io.TextIOBase | None = None) -> int:  # noqa: ANN001
    out = out or sys.stdout
    if args.command == "templates":
        return cmd_templates(args, out)
    services = Services.open(db_path)
    try:
        return DB_COMMANDS[args.command](services, args, out)
    finally:
        services.close()
