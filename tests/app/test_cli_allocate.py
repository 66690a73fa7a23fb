"""`renkei-desktop allocate RULE.json`: the worked examples of docs/sharing.md give the documented split."""

from __future__ import annotations

import csv
import io
import json
import logging
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from renkei_desktop.app.main import main
from renkei_desktop.domain.sharing import Allocation, Basis, Unit, allocate_sheet
from renkei_desktop.domain.sharing_json import CSV_KEYS, loads_sheet

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs" / "sharing.md"
EXAMPLES = ROOT / "docs" / "examples"
BASIS_LABELS = {
    Basis.EQUAL: "均等割", Basis.POPULATION: "人口割", Basis.ELDERLY_POPULATION: "高齢者人口割",
    Basis.USAGE: "利用割", Basis.STAFF: "職員数割", Basis.STANDARD_FISCAL_NEED: "基準財政需要額割",
    Basis.HOST_PAYS: "所在地負担", Basis.AGREED: "協議による割合",
}  # fmt: skip


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


def run(tmp_path: Path, capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main(["--base-dir", str(tmp_path), "allocate", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def figure(value: int | object, unit: Unit) -> str:
    return f"{value:,}" if unit is Unit.YEN else str(value)


def split_table(a: Allocation) -> str:
    """The Markdown table docs/sharing.md prints for one item: one row per party, one column per component."""
    unit = a.item.unit
    labels = []
    for comp in a.item.rule.components:
        label = BASIS_LABELS[comp.basis] + (f"（{comp.measure}）" if comp.measure else "")
        labels.append(f"{label} {comp.weight}%")
    has_fixed = any(a.fixed)
    head = ["団体", "コード", *(["定額"] if has_fixed else []), *labels, "負担額"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * 2 + "---:|" * (len(head) - 2)]
    for share, p in zip(a.shares, a.parties, strict=True):
        cells = [p.name, p.id, *([figure(share.fixed, unit)] if has_fixed else [])]
        cells += [figure(x, unit) for x in share.by_component] + [f"**{figure(share.amount, unit)}**"]
        lines.append("| " + " | ".join(cells) + " |")
    totals = ["合計", "", *([figure(a.net - a.apportioned, unit)] if has_fixed else [])]
    totals += [figure(x, unit) for x in a.component_amounts] + [f"**{figure(a.net, unit)}**"]
    lines.append("| " + " | ".join(totals) + " |")
    return "\n".join(lines)


def documented_csv_blocks() -> list[tuple[str, str]]:
    """(example file, expected stdout) for every ``$ renkei-desktop allocate docs/examples/… --format csv``."""
    text = DOCS.read_text(encoding="utf-8")
    pattern = re.compile(r"```\n\$ renkei-desktop allocate docs/examples/(\S+) --format csv\n(.*?)```", re.S)
    return pattern.findall(text)


def documented_tables() -> list[tuple[str, int, str]]:
    """(example file, item index, table) for every ``<!-- split: FILE ITEM -->`` marker."""
    text = DOCS.read_text(encoding="utf-8")
    pattern = re.compile(r"<!-- split: (\S+) (\d+) -->\n((?:\|.*\n)+)")
    return [(name, int(index), table.rstrip("\n")) for name, index, table in pattern.findall(text)]


def test_every_example_file_is_documented() -> None:
    files = sorted(p.name for p in EXAMPLES.glob("*.json"))
    assert files and sorted({name for name, _ in documented_csv_blocks()}) == files
    assert sorted({name for name, _, _ in documented_tables()}) == files


@pytest.mark.parametrize(
    ("name", "expected"), documented_csv_blocks(), ids=lambda v: v if v.endswith("json") else ""
)
def test_each_example_prints_the_documented_split(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, expected: str
) -> None:
    code, out, err = run(tmp_path, capsys, EXAMPLES / name, "--format", "csv")
    assert (code, err) == (0, "")
    assert out == expected


@pytest.mark.parametrize(("name", "index", "table"), documented_tables(), ids=lambda v: str(v)[:40])
def test_each_documented_table_is_the_split(name: str, index: int, table: str) -> None:
    result = allocate_sheet(loads_sheet((EXAMPLES / name).read_text(encoding="utf-8")))
    assert split_table(result.allocations[index]) == table


def test_the_three_public_rules_have_their_documented_weights() -> None:
    def weights(name: str) -> list[tuple[str, int]]:
        sheet = loads_sheet((EXAMPLES / name).read_text(encoding="utf-8"))
        return [(str(c.basis), int(c.weight)) for c in sheet.items[0].rule.components]

    assert weights("nagasaki_kouki_kyoutsuu.json") == [
        ("equal", 10),
        ("elderly_population", 50),
        ("population", 40),
    ]
    assert weights("kushimoto_koza_shinyo_kensetsu.json") == [
        ("population", 35),
        ("equal", 15),
        ("usage", 50),
    ]
    assert weights("hata_unei.json") == [("equal", 10), ("population", 45), ("standard_fiscal_need", 45)]


def test_json_output_adds_up(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(tmp_path, capsys, EXAMPLES / "nagasaki_kouki_kyoutsuu.json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    (item,) = data["items"]
    assert (item["total"], item["revenues"], item["net"]) == (312_456_000, 8_000_000, 304_456_000)
    assert sum(s["share"] for s in item["shares"]) == 304_456_000
    assert len(item["figures_used"]) == 2 * 21
    assert sum(t["yen"] for t in data["totals"]) == 304_456_000


def test_csv_output_has_the_documented_header(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(tmp_path, capsys, EXAMPLES / "hata_unei.json", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and list(rows[0]) == list(CSV_KEYS)
    assert sum(int(r["share"]) for r in rows if r["unit"] == "yen") == 84_250_000 - 1_234_000


def write(tmp_path: Path, data: object | str) -> Path:
    path = tmp_path / "rule.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_weights_not_100_exits_2_naming_the_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads((EXAMPLES / "hata_unei.json").read_text(encoding="utf-8"))
    data["items"][1]["rule"]["components"][2]["weight"] = 40
    code, out, err = run(tmp_path, capsys, write(tmp_path, data))
    assert (code, out) == (2, "")
    assert "items[1].rule.components: 按分割合の合計が100%ではありません（合計: 95%）。" in err
    assert err.startswith("エラー: ")


def test_a_missing_figure_exits_2_naming_party_and_figure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads((EXAMPLES / "kushimoto_koza_shinyo_kensetsu.json").read_text(encoding="utf-8"))
    del data["parties"][1]["figures"]["し尿搬入量"]
    code, out, err = run(tmp_path, capsys, write(tmp_path, data))
    assert (code, out) == (2, "")
    assert "parties[1].figures.し尿搬入量: 団体 304247 の基礎数値「し尿搬入量」がありません" in err
    assert "利用割（実績割）に必要です" in err


def test_a_misspelt_key_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (
        (EXAMPLES / "hata_unei.json").read_text(encoding="utf-8").replace('"weight": 10', '"wieght": 10', 1)
    )
    code, out, err = run(tmp_path, capsys, write(tmp_path, text))
    assert (code, out) == (2, "")
    assert "items[0].rule.components[0].wieght: この項目は使えません（綴りを確認してください）。" in err
    assert "items[0].rule.components[0].weight: 必要な項目がありません。" in err


def test_broken_json_exits_2_with_line_and_column(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(tmp_path, capsys, write(tmp_path, '{"parties": [}'))
    assert (code, out) == (2, "")
    assert "ファイル全体: JSONとして読めません（1行14列:" in err


def test_a_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(tmp_path, capsys, tmp_path / "nothing.json")
    assert (code, out) == (2, "")
    assert "が見つかりません。" in err


def test_a_cp932_file_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "sjis.json"
    path.write_bytes(
        (EXAMPLES / "kushimoto_koza_shinyo_kensetsu.json").read_text(encoding="utf-8").encode("cp932")
    )
    code, out, _ = run(tmp_path, capsys, path, "--format", "csv")
    assert code == 0 and "串本町" in out


def test_allocate_needs_no_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run(tmp_path, capsys, EXAMPLES / "other_bases.json")
    assert code == 0
    assert not list(tmp_path.rglob("*.sqlite3"))
