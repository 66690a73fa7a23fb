"""``export`` and ``import`` run headless as a script would (docs/exchange.md, docs/cli.md)."""

from __future__ import annotations

import json
import logging
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from renkei_desktop.app.main import main
from renkei_desktop.services.container import Services
from tests.services.exchange_support import ESTAT_CSV, HOME, demo_template, plain_duty, write_csv  # noqa: F401


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:  # noqa: F811
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def empty_db(template_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "empty.sqlite3"
    shutil.copyfile(template_db, path)
    return path


def run(tmp_path: Path, capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main(["--base-dir", str(tmp_path), *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def _content(path: Path) -> str:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def _duties(path: Path) -> list:
    services = Services.open(path)
    try:
        return sorted((plain_duty(d) for d in services.catalogue.list_duties(HOME)), key=lambda d: d.name)
    finally:
        services.close()


def test_export_xlsx_then_import_into_an_empty_database(tmp_path, demo_db, empty_db, capsys) -> None:  # noqa: ANN001
    book = tmp_path / "demo.xlsx"
    code, out, _ = run(tmp_path, capsys, "--db", demo_db, "export", book)
    assert code == 0
    assert json.loads(out)["kinds"] == ["duties", "plans", "shares", "agreements", "statistics"]
    code, out, err = run(tmp_path, capsys, "--db", empty_db, "import", book)
    assert code == 0, err
    reports = [json.loads(line) for line in out.splitlines()]
    assert [(r["kind"], r["added"] > 0) for r in reports] == [("duties", True), ("statistics", True)]
    assert _duties(empty_db) == _duties(demo_db)


def test_export_csv_in_cp932_and_import_it_back(tmp_path, demo_db, empty_db, capsys) -> None:  # noqa: ANN001
    path = tmp_path / "duties.csv"
    assert run(tmp_path, capsys, "--db", demo_db, "export", path, "--encoding", "cp932")[0] == 0
    code, _, err = run(tmp_path, capsys, "--db", empty_db, "import", path, "--kind", "duties")
    assert code == 0, err
    assert _duties(empty_db) == _duties(demo_db)


def test_csv_export_names_what_cp932_cannot_hold_and_writes_nothing(tmp_path, demo_db, capsys) -> None:  # noqa: ANN001
    services = Services.open(demo_db)
    duty = services.catalogue.list_duties(HOME)[0]
    services.catalogue.update(duty.with_changes(notes="𠮷田さん"))
    services.close()
    path = tmp_path / "duties.csv"
    code, out, err = run(tmp_path, capsys, "--db", demo_db, "export", path, "--encoding", "cp932")
    assert code == 2 and out == ""
    assert f"2行目「{duty.name}」の「備考」: 「𠮷」（U+20BB7）は cp932 で保存できません。" in err
    assert not path.exists()
    code, out, err = run(tmp_path, capsys, "--db", demo_db, "export", path, "--encoding", "cp932", "--replace-unencodable")
    assert code == 0 and json.loads(out)["replaced"] == 1
    assert "〓田さん" in path.read_bytes().decode("cp932")


def test_bad_input_names_row_and_column_and_leaves_the_database_unchanged(tmp_path, demo_db, capsys) -> None:  # noqa: ANN001
    path = write_csv(tmp_path / "bad.csv", [["事務名", "年間経費（千円）"], ["よい事務", "10"], ["わるい事務", "十万"]])
    before = _content(demo_db)
    code, out, err = run(tmp_path, capsys, "--db", demo_db, "import", path)
    assert code == 2 and out == ""
    assert "bad.csv: 3行目 B列（年間経費（千円））: 年間経費（千円）は数値で入力してください（入力値: 十万）。" in err
    assert "1行に誤りがあるため取り込みませんでした。データベースは変更していません。" in err
    assert _content(demo_db) == before


def test_dry_run_prints_the_preview_and_writes_nothing(tmp_path, demo_db, capsys) -> None:  # noqa: ANN001
    path = write_csv(tmp_path / "new.csv", [["事務一覧"], [], ["事務名", "分野"], ["新しい事務", "医療"], ["ごみ処理", "環境衛生"]])
    before = _content(demo_db)
    code, out, _ = run(tmp_path, capsys, "--db", demo_db, "import", path, "--dry-run")
    assert code == 0
    assert "見出し行: 3行目" in out
    assert "A列「事務名」→ 事務名" in out
    assert "4行目: 追加 新しい事務" in out and "5行目: 変更なし ごみ処理" in out
    assert _content(demo_db) == before


def test_statistics_from_an_estat_like_csv(tmp_path, empty_db, capsys) -> None:  # noqa: ANN001
    code, out, err = run(tmp_path, capsys, "--db", empty_db, "import", ESTAT_CSV, "--kind", "statistics",
                         "--reference-date", "令和2年10月1日", "--source", "国勢調査（テスト用）")  # fmt: skip
    assert code == 0, err
    assert json.loads(out)["added"] == 30


def test_statistics_without_a_reference_date_are_refused(tmp_path, empty_db, capsys) -> None:  # noqa: ANN001
    code, _, err = run(tmp_path, capsys, "--db", empty_db, "import", ESTAT_CSV, "--source", "x")
    assert code == 2
    assert "統計の基準日がありません" in err


def test_partner_package_round_trip(tmp_path, demo_db, empty_db, capsys) -> None:  # noqa: ANN001
    package = tmp_path / "to-iida.renkei"
    code, out, _ = run(tmp_path, capsys, "--db", demo_db, "export", package, "--to", "202053")
    assert code == 0 and json.loads(out)["plans"] == 5
    code, out, _ = run(tmp_path, capsys, "--db", empty_db, "import", package, "--dry-run")
    assert code == 0 and out.count("新規: 連携案") == 5
    code, out, _ = run(tmp_path, capsys, "--db", empty_db, "import", package)
    assert code == 0 and json.loads(out)["added"] > 5


def test_a_broken_file_is_a_clear_error(tmp_path, demo_db, capsys) -> None:  # noqa: ANN001
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 truncated")
    before = _content(demo_db)
    code, _, err = run(tmp_path, capsys, "--db", demo_db, "import", path)
    assert code == 2
    assert "Excel ファイルとして読めません" in err
    assert _content(demo_db) == before


def test_an_unknown_export_suffix_is_refused(tmp_path, demo_db, capsys) -> None:  # noqa: ANN001
    code, _, err = run(tmp_path, capsys, "--db", demo_db, "export", tmp_path / "x.pdf")
    assert code == 2 and ".xlsx、.csv、.renkei" in err
