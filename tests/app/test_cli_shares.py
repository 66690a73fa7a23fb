"""`renkei-desktop --db PATH shares`: every party's share per plan and cost item (docs/cli.md)."""

from __future__ import annotations

import csv
import io
import json
import logging
import re
import shutil
from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from renkei_desktop.app.cli import SHARES_CSV_KEYS, SHARES_KEYS
from renkei_desktop.app.main import main
from renkei_desktop.domain.municipalities import StatKind
from renkei_desktop.services.container import Services
from renkei_desktop.services.demo import YASUOKA, load_demo

DOCS = Path(__file__).resolve().parents[2] / "docs" / "cli.md"


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    """main() adds a log file handler to the root logger; remove it so runs do not pile up."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.fixture(scope="module")
def demo_db(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli_shares") / "demo.sqlite3"
    shutil.copyfile(template_db, path)
    services = Services.open(path)
    load_demo(services)
    services.close()
    return path


@pytest.fixture
def db(demo_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_db, path)
    return path


def run(tmp_path: Path, capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main(["--base-dir", str(tmp_path), *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def test_csv_rows_add_up_to_each_items_net(
    tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(tmp_path, capsys, "--db", db, "shares", "--format", "csv")
    assert (code, err) == (0, "")
    reader = csv.DictReader(io.StringIO(out))
    rows = list(reader)
    assert reader.fieldnames == list(SHARES_CSV_KEYS)
    sums: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    nets: dict[tuple[str, str], str] = {}
    for row in rows:
        key = (row["plan_id"], row["item_index"])
        sums[key] += Decimal(row["amount_yen"] or row["person_years"])
        nets[key] = row["net"]
    assert len(nets) == 5 + 1 + 5  # six cost items in five plans, and five workloads
    assert all(sums[k] == Decimal(nets[k]) for k in nets)


def test_json_rows_have_the_documented_keys_in_order(
    tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(tmp_path, capsys, "--db", db, "shares")
    rows = json.loads(out)
    assert code == 0
    assert all(list(r) == list(SHARES_KEYS) for r in rows)
    care = [
        r for r in rows if r["plan_name"] == "南信州での介護認定審査会の共同設置" and r["item"] == "運営費"
    ]
    assert [(r["letter"], r["party_name"]) for r in care] == [
        ("甲", "飯田市"),
        ("乙", "阿南町"),
        ("丙", "泰阜村"),
        ("丁", "天龍村"),
    ]
    yasuoka = care[2]
    assert isinstance(yasuoka["amount_yen"], int) and yasuoka["person_years"] is None
    assert [c["basis"] for c in yasuoka["components"]] == ["equal", "elderly_population", "population"]
    assert sum(c["amount"] for c in yasuoka["components"]) == yasuoka["amount_yen"]
    population = next(f for f in yasuoka["figures"] if f["figure"] == "population")
    assert population == {
        "basis": "population",
        "figure": "population",
        "value": "1600",
        "reference_date": "2020-10-01",
        "source": "デモ用の値（実際の統計ではありません）",
    }


def test_workload_rows_are_in_person_years(
    tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(tmp_path, capsys, "--db", db, "shares")
    workload = [r for r in json.loads(out) if r["unit"] == "person_years"]
    assert workload and all(r["item_index"] is None and r["amount_yen"] is None for r in workload)
    assert all(re.fullmatch(r"\d+\.\d\d", r["person_years"]) for r in workload)


def test_a_missing_figure_exits_with_2_and_still_prints_the_other_plans(
    tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services = Services.open(db)
    stat = next(s for s in services.municipalities.get(YASUOKA).statistics if s.kind is StatKind.POPULATION)
    services.municipalities.delete_statistic(stat.id)
    services.close()
    code, out, err = run(tmp_path, capsys, "--db", db, "shares", "--format", "csv")
    assert code == 2
    lines = err.strip().splitlines()
    assert lines == [
        "エラー: 連携案 1「南信州での介護認定審査会の共同設置」の費用項目「運営費」: participants[2].figures.population: "
        "団体 泰阜村（204145） の基礎数値「人口」がありません（人口割に必要です。0とはみなしません）。市町村の統計に入力してください。",
        "エラー: 連携案 1「南信州での介護認定審査会の共同設置」の業務量（人工）: participants[2].figures.population: "
        "団体 泰阜村（204145） の基礎数値「人口」がありません（人口割に必要です。0とはみなしません）。市町村の統計に入力してください。",
        "エラー: 連携案 5「南信州ごみ処理の一部事務組合」の費用項目「建設費」: participants[2].figures.population: "
        "団体 泰阜村（204145） の基礎数値「人口」がありません（人口割に必要です。0とはみなしません）。市町村の統計に入力してください。",
        "エラー: 連携案 5「南信州ごみ処理の一部事務組合」の費用項目「運営費」: participants[2].figures.population: "
        "団体 泰阜村（204145） の基礎数値「人口」がありません（人口割に必要です。0とはみなしません）。市町村の統計に入力してください。",
        "エラー: 連携案 5「南信州ごみ処理の一部事務組合」の業務量（人工）: participants[2].figures.population: "
        "団体 泰阜村（204145） の基礎数値「人口」がありません（人口割に必要です。0とはみなしません）。市町村の統計に入力してください。",
    ]
    printed = {(r["plan_id"], r["item"]) for r in csv.DictReader(io.StringIO(out))}
    assert ("1", "運営費") not in printed and ("5", "建設費") not in printed
    assert ("3", "代替執行経費") in printed and ("4", "点検費") in printed


def test_an_item_without_a_rule_is_noted_and_does_not_fail(
    tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services = Services.open(db)
    plan = next(p for p in services.plans.list_all() if p.name == "飯田市への事務の委託")
    services.shares.set_rule(plan.id, 0, "")
    services.close()
    code, out, err = run(tmp_path, capsys, "--db", db, "shares", "--format", "csv")
    assert code == 0
    assert (
        err
        == f"注意: 連携案 {plan.id}「飯田市への事務の委託」の費用項目「委託料」は配分ルール未設定のため出力していません。\n"
    )
    assert (str(plan.id), "委託料") not in {
        (r["plan_id"], r["item"]) for r in csv.DictReader(io.StringIO(out))
    }


def test_no_plans_prints_an_empty_list(
    tmp_path: Path, template_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "empty.sqlite3"
    shutil.copyfile(template_db, path)
    code, out, err = run(tmp_path, capsys, "--db", path, "shares")
    assert (code, json.loads(out), err) == (0, [], "")


def test_docs_list_every_key_of_shares_and_link_the_sharing_format() -> None:
    text = DOCS.read_text(encoding="utf-8")
    section = text[text.index("### `shares`") :]
    for key in SHARES_CSV_KEYS:
        assert f"`{key}`" in section, key
    assert "[docs/sharing.md](sharing.md)" in text[text.index("### `allocate`") :]
