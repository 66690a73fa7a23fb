"""`renkei-desktop --db PATH report --out FILE [--kind summary|agreement] [--id N]` (docs/cli.md)."""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest

from renkei_desktop.app.main import main
from renkei_desktop.services.container import Services
from renkei_desktop.services.demo import load_demo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
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
    path = tmp_path_factory.mktemp("cli_report") / "demo.sqlite3"
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


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed")
def test_report_writes_the_summary_pdf(qapp, db: Path, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    target = tmp_path / "会議資料.pdf"
    code, out, err = run(
        tmp_path, capsys, "--db", db, "report", "--out", target, "--number", "資料3", "--meeting", "推進会議",
        "--date", "2019-05-01", "--seireki", "--no-charts",
    )  # fmt: skip
    assert (code, err) == (0, "")
    result = json.loads(out)
    assert result["output"] == str(target) and result["format"] == "pdf" and result["pages"] >= 5
    first_page = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-f", "1", "-l", "1", str(target), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for expected in (
        "推進会議",
        "資料3",
        "令和元年5月1日（2019年）",
        "総務課",
        "広域連携の検討状況について",
        "- 1 -",
    ):
        assert expected in first_page


def test_report_writes_an_agreement_draft_as_docx(qapp, db: Path, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    target = tmp_path / "規約案.docx"
    code, out, err = run(
        tmp_path, capsys, "--db", db, "report", "--out", target, "--kind", "agreement", "--id", "1"
    )
    assert (code, err) == (0, "")
    assert json.loads(out)["title"] == "南信州介護認定審査会共同設置規約（案）"
    texts = [p.text for p in docx.Document(str(target)).paragraphs]
    assert texts[0] == "規約（案）" and "（紛争解決）" in texts


def test_agreement_without_id_is_refused_in_japanese(qapp, db: Path, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    target = tmp_path / "draft.pdf"
    code, out, err = run(tmp_path, capsys, "--db", db, "report", "--out", target, "--kind", "agreement")
    assert (code, out) == (2, "")
    assert "--id で協定・規約の番号を指定してください" in err
    assert "1「南信州介護認定審査会共同設置規約」" in err
    assert not target.exists()


def test_unknown_agreement_is_refused(qapp, db: Path, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    target = tmp_path / "draft.pdf"
    code, out, err = run(
        tmp_path, capsys, "--db", db, "report", "--out", target, "--kind", "agreement", "--id", "99"
    )
    assert (code, out) == (2, "")
    assert err.startswith("エラー: 番号 99 の協定・規約はありません。")
    assert not target.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--out", "report.txt"), "--out には .pdf または .docx で終わるファイル名を指定してください"),
        (("--out", "report.pdf", "--date", "令和8年13月1日"), "--date の日付を読めません"),
    ],
)
def test_bad_options_are_refused(qapp, db: Path, tmp_path: Path, capsys, args, message) -> None:  # noqa: ANN001
    code, out, err = run(tmp_path, capsys, "--db", db, "report", *args)
    assert (code, out) == (2, "")
    assert message in err


def test_summary_needs_a_home_municipality(qapp, db_path: Path, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    code, out, err = run(
        tmp_path, capsys, "--db", db_path, "report", "--out", tmp_path / "s.pdf", "--no-charts"
    )
    assert (code, out) == (2, "")
    assert "自治体が設定されていません" in err


def test_unwritable_target_is_reported(qapp, db: Path, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    target = tmp_path / "missing-folder" / "s.docx"
    code, out, err = run(tmp_path, capsys, "--db", db, "report", "--out", target, "--no-charts")
    assert (code, out) == (2, "")
    assert f"ファイル「{target}」に書き込めません" in err


def test_docs_describe_the_report_command() -> None:
    text = DOCS.read_text(encoding="utf-8")
    assert "### `report`" in text
    for option in ("--out", "--kind", "--id", "--number", "--meeting", "--date", "--seireki", "--landscape"):
        assert f"`{option}" in text
    report = text[text.index("### `report`") :]
    assert "`--lang ja\\|en`" in report and "1 April 2025" in report


def test_report_is_japanese_by_default_and_the_global_lang_does_not_change_it(
    qapp, db: Path, tmp_path: Path, capsys
) -> None:  # noqa: ANN001
    target = tmp_path / "s.docx"
    code, out, err = run(
        tmp_path, capsys, "--lang", "en", "--db", db, "report", "--out", target, "--no-charts"
    )
    assert (code, err) == (0, "")
    result = json.loads(out)
    assert result["lang"] == "ja" and result["title"] == "広域連携の検討状況について"
    assert "1　概要" in [p.text for p in docx.Document(str(target)).paragraphs]


def test_report_lang_en_writes_an_english_summary_and_leaves_the_translators_as_they_were(
    qapp, db: Path, tmp_path: Path, capsys
) -> None:  # noqa: ANN001
    """Passes once the English of the printed documents is merged into resources/i18n/renkei_en.qm."""
    from PySide6.QtCore import QCoreApplication

    target = tmp_path / "summary-en.docx"
    code, out, err = run(
        tmp_path, capsys, "--db", db, "report", "--out", target, "--lang", "en", "--date", "2025-04-01",
        "--no-charts",
    )  # fmt: skip
    assert (code, err) == (0, "")
    result = json.loads(out)
    assert result["lang"] == "en" and result["title"] == "Wide-Area Cooperation: Where We Stand"
    document = docx.Document(str(target))
    texts = [p.text for p in document.paragraphs]
    assert "1. Overview" in texts and "1　概要" not in texts
    assert "1 April 2025" in document.sections[0].header.paragraphs[0].text
    assert QCoreApplication.translate("Texts", "福祉・保健") == "福祉・保健"


def test_report_lang_is_checked(qapp, db: Path, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    with pytest.raises(SystemExit) as exited:
        run(tmp_path, capsys, "--db", db, "report", "--out", tmp_path / "s.pdf", "--lang", "fr")
    assert exited.value.code == 2
    assert "--lang" in capsys.readouterr().err
