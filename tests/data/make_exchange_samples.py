"""Writes the e-Stat-like samples used by tests/services/test_exchange_statistics.py (run once; the
outputs are committed). The figures are made up for tests: they are not real statistics.

    python tests/data/make_exchange_samples.py
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent

CSV_ROWS = [
    ["統計表：市区町村別の人口・面積（テスト用に作成した架空の値）"],
    ["調査年：2020年"],
    ["注）この表の数値はテスト用に作成したもので、実際の統計ではありません。"],
    [],
    ["地域 コード", "地域", "A1101_総人口【人】", "A1303_65歳以上人口【人】", "B1101_総面積（北方地域及び竹島を除く）【ha】", "昼夜間人口比率【％】"],
    ["00000", "全国", "126,146,099", "36,026,632", "37,797,000", "100.0"],
    ["20000", "長野県", "2,048,011", "657,312", "1,356,156", "99.9"],
    ["20201", "長野県 長野市", "372,760", "114,020", "83,485", "101.2"],
    ["20202", "長野県 松本市", "237,318", "68,000", "97,847", "103.5"],
    ["20205", "長野県 飯田市", "98,164", "33,127", "65,876", "100.8"],
    ["20404", "長野県 阿南町", "4,363", "2,140", "12,308", "95.0"],
    ["２０４１１", "長野県 下條村", "３，６４０", "１，２８０", "３，８１２", "８８．５"],
    ["20413", "長野県 天龍村", "1,181", "700", "10,947", "-"],
    ["20414", "長野県 泰阜村", "1,581", "-", "6,459", "90.1"],
    ["01101", "北海道 札幌市 中央区", "248,680", "52,000", "4,642", "230.0"],
    [],
    ["注1）「-」は該当数値がないもの。"],
    ["資料：テスト用の架空の値"],
]


def write_csv() -> None:
    import csv

    with (HERE / "estat_like_cp932.csv").open("w", encoding="cp932", newline="") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        for row in CSV_ROWS:
            writer.writerow(row)


def write_xlsx() -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "第1表"
    ws["A1"] = "第1表　市町村別職員数・世帯数（テスト用の架空の値）"
    ws["A2"] = "令和2年4月1日現在"
    ws["A3"] = "単位：人、世帯"
    ws.append([])
    ws.append(["団体コード", "都道府県名", "団体名", "職員数", "世帯数", "備考"])
    ws.append(["200000", "長野県", "", 5112, 806000, ""])
    ws.append(["202011", "長野県", "長野市", 2735, 160000, ""])
    ws.append(["202053", "長野県", "飯田市", 812, 40012, ""])
    ws.append(["204048", "長野県", "阿南町", "９５", "１，９８０", "全角の数字"])
    ws.append(["204137", "長野県", "天龍村", 38, 640, ""])
    ws.append(["204145", "長野県", "泰阜村", "-", 700, "職員数なし"])
    ws.append(["", "合計", "", 8792, 1009332, ""])
    ws.append([])
    ws.append(["注）数値はテスト用に作成したもので、実際の統計ではありません。"])
    wb.save(HERE / "estat_like.xlsx")


if __name__ == "__main__":
    write_csv()
    write_xlsx()
