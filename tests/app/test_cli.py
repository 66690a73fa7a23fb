"""Headless commands run in-process, as a user or a script would run them (see docs/cli.md)."""

from __future__ import annotations

import csv
import io
import json
import logging
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from renkei_desktop import __version__
from renkei_desktop.app.main import main

MUNICIPALITY_KEYS = ["code", "kind", "prefecture", "name", "kana", "latitude", "longitude"]
DUTY_KEYS = [
    "id", "owner_code", "name", "kana", "category", "status", "urgency", "workload_person_years",
    "workload_person_days", "annual_cost_yen", "expertise", "current_staff", "staffing_gap", "department",
    "legal_basis", "typical_methods", "template_key", "description", "notes", "version", "updated_at",
]  # fmt: skip
TEMPLATE_KEYS = [
    "key", "name", "name_en", "category", "legal_basis", "typical_methods", "expertise",
    "typical_workload_person_years", "typical_cost_yen", "description",
]  # fmt: skip
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


@pytest.fixture
def db(tmp_path: Path, template_db: Path) -> Path:
    """An initialised database (master loaded, no profile) at tmp/x.sqlite3."""
    path = tmp_path / "x.sqlite3"
    shutil.copyfile(template_db, path)
    return path


def run(tmp_path: Path, capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main(["--base-dir", str(tmp_path), *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def test_init_creates_the_database_with_1788_municipalities(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "new.sqlite3"
    code, out, _ = run(tmp_path, capsys, "--db", path, "init")
    assert code == 0
    assert json.loads(out) == {"database": str(path), "municipalities": 1788, "schema": "ok"}
    assert path.exists()


def test_init_on_an_existing_database_keeps_1788_municipalities(
    tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(tmp_path, capsys, "--db", db, "init")
    assert code == 0
    assert json.loads(out)["municipalities"] == 1788


def test_municipalities_of_a_prefecture_as_csv(
    tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(tmp_path, capsys, "--db", db, "municipalities", "--pref", "兵庫県", "--format", "csv")
    assert code == 0
    reader = csv.DictReader(io.StringIO(out))
    rows = list(reader)
    assert reader.fieldnames == MUNICIPALITY_KEYS
    # The prefecture itself comes first (it is a partner too), then its 41 市町.
    assert [(r["code"], r["kind"]) for r in rows[:1]] == [("280003", "prefecture")]
    assert len([r for r in rows if r["kind"] != "prefecture"]) == 41
    assert {r["prefecture"] for r in rows} == {"兵庫県"}


def test_municipalities_of_a_prefecture_include_its_kinds(
    tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(tmp_path, capsys, "--db", db, "municipalities", "--pref", "兵庫県", "--format", "csv")
    kinds = {r["name"]: r["kind"] for r in csv.DictReader(io.StringIO(out))}
    assert (kinds["神戸市"], kinds["姫路市"], kinds["太子町"]) == ("designated_city", "core_city", "town")


def test_municipalities_json_has_the_documented_keys(
    tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(tmp_path, capsys, "--db", db, "municipalities", "--format", "json")
    records = json.loads(out)
    assert code == 0
    assert len(records) == 1788
    assert all(list(r) == MUNICIPALITY_KEYS for r in records)
    sapporo = next(r for r in records if r["code"] == "011002")
    assert (sapporo["name"], sapporo["kind"], type(sapporo["latitude"])) == (
        "札幌市",
        "designated_city",
        float,
    )


def test_municipalities_default_format_is_json(
    tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(tmp_path, capsys, "--db", db, "municipalities", "--pref", "東京都")
    assert len(json.loads(out)) == 1 + 23 + 26 + 5 + 8  # 都, 特別区, 市, 町, 村


def test_unknown_prefecture_exits_2_with_japanese_message(
    tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(tmp_path, capsys, "--db", db, "municipalities", "--pref", "兵庫")
    assert code == 2
    assert out == ""
    assert "都道府県「兵庫」が見つかりません" in err


def test_duties_before_demo_or_setup_exits_2(
    tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(tmp_path, capsys, "--db", db, "duties")
    assert code == 2
    assert out == ""
    assert "自治体が設定されていません" in err


def test_demo_reports_the_duties_it_added(
    tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(tmp_path, capsys, "--db", db, "demo")
    report = json.loads(out)
    assert code == 0
    assert report["database"] == str(db)
    assert report["duties_added"] >= 20


def test_demo_twice_adds_nothing_the_second_time(
    tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(tmp_path, capsys, "--db", db, "demo")
    _, out, _ = run(tmp_path, capsys, "--db", db, "demo")
    assert json.loads(out)["duties_added"] == 0


def test_duties_after_demo_as_json(tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(tmp_path, capsys, "--db", db, "demo")
    code, out, _ = run(tmp_path, capsys, "--db", db, "duties", "--format", "json")
    duties = json.loads(out)
    assert code == 0
    assert len(duties) >= 20
    assert all(list(d) == DUTY_KEYS for d in duties)
    first = duties[0]
    assert first["owner_code"] == "204137"
    assert isinstance(first["id"], int) and isinstance(first["annual_cost_yen"], int)
    assert isinstance(first["workload_person_years"], str)  # exact decimal as text
    assert isinstance(first["expertise"], list) and isinstance(first["typical_methods"], list)


def test_duties_after_demo_as_csv(tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(tmp_path, capsys, "--db", db, "demo")
    _, out, _ = run(tmp_path, capsys, "--db", db, "duties", "--format", "csv")
    reader = csv.DictReader(io.StringIO(out))
    rows = list(reader)
    assert reader.fieldnames == DUTY_KEYS
    water = next(r for r in rows if r["name"] == "簡易水道の維持管理")
    assert (water["annual_cost_yen"], water["expertise"]) == ("24000000", "水道技術管理者|土木技師")


def test_templates_as_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(tmp_path, capsys, "templates", "--format", "csv")
    reader = csv.DictReader(io.StringIO(out))
    rows = list(reader)
    assert code == 0
    assert reader.fieldnames == TEMPLATE_KEYS
    assert len(rows) >= 50


def test_templates_as_json_have_the_documented_keys(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(tmp_path, capsys, "templates")
    templates = json.loads(out)
    assert all(list(t) == TEMPLATE_KEYS for t in templates)
    assert isinstance(templates[0]["typical_cost_yen"], int)


def test_templates_need_no_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(tmp_path, capsys, "--db", tmp_path / "none.sqlite3", "templates")
    assert not (tmp_path / "none.sqlite3").exists()


def test_version_prints_the_version(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"renkei-desktop {__version__}"


def test_non_database_file_exits_3_and_is_left_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("これはメモです\n", encoding="utf-8")
    before = path.read_bytes()
    code, out, err = run(tmp_path, capsys, "--db", path, "duties")
    assert code == 3
    assert out == ""
    assert "データベースではありません" in err
    assert "ファイルは変更していません" in err
    assert path.read_bytes() == before


def test_database_of_a_newer_version_exits_3(
    tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    code, _, err = run(tmp_path, capsys, "--db", db, "init")
    assert code == 3
    assert "新しいバージョン" in err


def test_unknown_format_is_a_usage_error(
    tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--base-dir", str(tmp_path), "--db", str(db), "municipalities", "--format", "xml"])
    assert info.value.code == 2


def test_headless_commands_write_the_log_under_the_base_dir(
    tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(tmp_path, capsys, "--db", db, "init")
    assert (tmp_path / "logs" / "renkei-desktop.log").exists()


def test_every_output_key_is_documented() -> None:
    text = DOCS.read_text(encoding="utf-8")
    keys = set(MUNICIPALITY_KEYS + DUTY_KEYS + TEMPLATE_KEYS) | {
        "database",
        "municipalities",
        "schema",
        "duties_added",
    }
    assert sorted(k for k in keys if f"| `{k}` |" not in text) == []


def test_duties_of_a_town_without_duties_is_an_empty_list(
    tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from renkei_desktop.domain.profile import Profile
    from renkei_desktop.services.container import Services

    services = Services.open(db)
    services.profile.save(Profile("342084"))
    services.close()
    code, out, _ = run(tmp_path, capsys, "--db", db, "duties")
    assert (code, json.loads(out)) == (0, [])
