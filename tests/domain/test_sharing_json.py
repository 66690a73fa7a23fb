"""The JSON format of sharing rules (docs/sharing.md): parsing, error paths, and the result's keys."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from renkei_desktop.domain.errors import ErrorCode, ValidationFailed
from renkei_desktop.domain.sharing import Basis, RemainderRule, Rounding, Unit, allocate_sheet
from renkei_desktop.domain.sharing_json import (
    CSV_KEYS,
    loads_rule,
    loads_sheet,
    result_rows,
    result_to_dict,
    rule_to_dict,
    sheet_to_dict,
)

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "docs" / "examples").glob("*.json"))


def doc(**overrides: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "parties": [
            {"id": "A", "name": "甲市", "figures": {"population": {"value": 300, "reference_date": "2024-01-01", "source": "住基"}}},
            {"id": "B", "name": "乙町", "figures": {"population": {"value": 100, "reference_date": "2024-01-01", "source": "住基"}}},
        ],
        "items": [
            {
                "name": "運営費",
                "total": 1000,
                "rule": {"components": [{"basis": "equal", "weight": 20}, {"basis": "population", "weight": 80}]},
            }
        ],
    }  # fmt: skip
    base.update(overrides)
    return base


def issues(text: str | dict[str, Any]) -> dict[str, ErrorCode]:
    """Parse (and, if that passes, allocate) and return {path: code} of what is wrong."""
    raw = text if isinstance(text, str) else json.dumps(text, ensure_ascii=False)
    with pytest.raises(ValidationFailed) as info:
        allocate_sheet(loads_sheet(raw))
    return {i.field: i.code for i in info.value.issues}


def test_a_minimal_file() -> None:
    sheet = loads_sheet(json.dumps(doc()))
    assert [p.id for p in sheet.parties] == ["A", "B"]
    assert sheet.parties[0].figures["population"].value == Decimal(300)
    assert sheet.parties[0].figures["population"].reference_date == date(2024, 1, 1)
    item = sheet.items[0]
    assert (item.unit, item.total) == (Unit.YEN, 1000)
    assert [(c.basis, c.weight) for c in item.rule.components] == [(Basis.EQUAL, 20), (Basis.POPULATION, 80)]
    assert (item.rule.rounding, item.rule.remainder) == (Rounding.FLOOR, RemainderRule.LARGEST_REMAINDER)
    assert allocate_sheet(sheet).allocations[0].amounts == (700, 300)


def test_decimals_never_become_floats() -> None:
    text = (
        json.dumps(doc()).replace('"weight": 20', '"weight": 20.5').replace('"weight": 80', '"weight": 79.5')
    )
    sheet = loads_sheet(text)
    assert [c.weight for c in sheet.items[0].rule.components] == [Decimal("20.5"), Decimal("79.5")]
    assert all(type(c.weight) is Decimal for c in sheet.items[0].rule.components)


def test_numbers_as_people_type_them() -> None:
    data = doc()
    data["items"][0]["total"] = "１，０００"
    data["items"][0]["specific_revenues"] = [{"name": "補助金", "amount": "200"}]
    result = allocate_sheet(loads_sheet(json.dumps(data, ensure_ascii=False)))
    assert result.allocations[0].net == 800


def test_codes_typed_as_numbers_are_party_ids() -> None:
    data = doc(lead=422011)
    data["parties"][0]["id"] = 422011
    assert loads_sheet(json.dumps(data)).lead == "422011"


def test_top_level_rounding_and_remainder_are_defaults_a_rule_can_override() -> None:
    data = doc(rounding="half_up", remainder="largest_share")
    data["items"].append(
        dict(
            data["items"][0],
            name="建設費",
            rule={**data["items"][0]["rule"], "remainder": "largest_remainder"},
        )
    )
    sheet = loads_sheet(json.dumps(data))
    assert sheet.items[0].rule.remainder is RemainderRule.LARGEST_SHARE
    assert sheet.items[1].rule.remainder is RemainderRule.LARGEST_REMAINDER
    assert sheet.items[1].rule.rounding is Rounding.HALF_UP


def test_syntax_error_names_line_and_column() -> None:
    with pytest.raises(ValidationFailed) as info:
        loads_sheet('{\n  "parties": [,]\n}')
    (issue,) = info.value.issues
    assert (issue.field, issue.code) == ("$", ErrorCode.BAD_JSON)
    assert (issue.params["line"], issue.params["column"]) == ("2", "15")  # the comma


def test_the_document_must_be_an_object() -> None:
    assert issues("[]") == {"$": ErrorCode.WRONG_TYPE}


def test_required_keys() -> None:
    assert issues({}) == {"parties": ErrorCode.REQUIRED, "items": ErrorCode.REQUIRED}
    data = doc()
    del data["items"][0]["rule"]["components"][1]["weight"]
    del data["parties"][1]["figures"]["population"]["source"]
    assert issues(data) == {
        "parties[1].figures.population.source": ErrorCode.REQUIRED,
        "items[0].rule.components[1].weight": ErrorCode.REQUIRED,
    }


def test_a_misspelt_key_is_reported_not_ignored() -> None:
    data = doc()
    data["items"][0]["rule"]["components"][0]["wieght"] = data["items"][0]["rule"]["components"][0].pop(
        "weight"
    )
    found = issues(data)
    assert found["items[0].rule.components[0].wieght"] is ErrorCode.UNKNOWN_FIELD
    assert found["items[0].rule.components[0].weight"] is ErrorCode.REQUIRED


def test_a_key_given_twice() -> None:
    text = json.dumps(doc()).replace('"total": 1000', '"total": 1000, "total": 2000')
    assert issues(text) == {"items[0].total": ErrorCode.DUPLICATE_KEY}


def test_nan_and_infinity_are_not_numbers() -> None:
    text = json.dumps(doc()).replace('"total": 1000', '"total": NaN')
    assert issues(text) == {"items[0].total": ErrorCode.NOT_A_NUMBER}


def test_wrong_types() -> None:
    data = doc()
    data["items"][0]["total"] = True
    data["items"][0]["rule"]["components"] = {"basis": "equal"}
    data["parties"][0]["figures"]["population"]["reference_date"] = 20240101
    assert issues(data) == {
        "items[0].total": ErrorCode.WRONG_TYPE,
        "items[0].rule.components": ErrorCode.WRONG_TYPE,
        "parties[0].figures.population.reference_date": ErrorCode.WRONG_TYPE,
    }


def test_bad_values() -> None:
    data = doc(format="renkei-sharing/9")
    data["items"][0]["unit"] = "man_days"
    data["items"][0]["rule"]["components"][0]["basis"] = "per_head"
    data["items"][0]["rule"]["rounding"] = "ceil"
    data["parties"][0]["figures"]["population"]["reference_date"] = "2024-02-30"
    data["parties"][1]["figures"]["population"]["value"] = "たくさん"
    assert issues(data) == {
        "format": ErrorCode.UNSUPPORTED_FORMAT,
        "items[0].unit": ErrorCode.UNKNOWN_CHOICE,
        "items[0].rule.components[0].basis": ErrorCode.UNKNOWN_CHOICE,
        "items[0].rule.rounding": ErrorCode.UNKNOWN_CHOICE,
        "parties[0].figures.population.reference_date": ErrorCode.BAD_DATE,
        "parties[1].figures.population.value": ErrorCode.NOT_A_NUMBER,
    }


def test_absurd_number_literals() -> None:
    assert issues(json.dumps(doc()).replace('"total": 1000', '"total": 1e400')) == {
        "items[0].total": ErrorCode.TOO_LARGE
    }
    text = json.dumps(doc()).replace('"weight": 20', '"weight": 2e-30')
    assert issues(text) == {"items[0].rule.components[0].weight": ErrorCode.TOO_PRECISE}


def test_the_engines_errors_carry_full_json_paths() -> None:
    data = doc(lead="Z")
    data["items"].append(
        {
            "name": "建設費",
            "total": -1,
            "rule": {
                "components": [
                    {"basis": "population", "weight": 0},
                    {"basis": "host_pays", "weight": 100, "host": "C"},
                ],
                "fixed": {"Q": 5},
            },
        }
    )
    del data["parties"][1]["figures"]["population"]
    assert issues(data) == {
        "lead": ErrorCode.LEAD_NOT_A_PARTY,
        "parties[1].figures.population": ErrorCode.MISSING_BASE_FIGURE,
        "items[1].total": ErrorCode.NEGATIVE_AMOUNT,
        "items[1].rule.fixed.Q": ErrorCode.UNKNOWN_PARTY,
        "items[1].rule.components[0].weight": ErrorCode.WEIGHT_NOT_POSITIVE,
        "items[1].rule.components[1].host": ErrorCode.HOST_NOT_A_PARTY,
    }


def test_weights_not_100_names_the_components_of_the_item() -> None:
    data = doc()
    data["items"][0]["rule"]["components"][1]["weight"] = 70
    with pytest.raises(ValidationFailed) as info:
        allocate_sheet(loads_sheet(json.dumps(data)))
    (issue,) = info.value.issues
    assert (issue.field, issue.code, issue.params) == (
        "items[0].rule.components",
        ErrorCode.WEIGHTS_NOT_100,
        {"sum": "90"},
    )


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_example_round_trips_through_sheet_to_dict(path: Path) -> None:
    sheet = loads_sheet(path.read_text(encoding="utf-8"))
    assert loads_sheet(json.dumps(sheet_to_dict(sheet), ensure_ascii=False)) == sheet


def test_a_rule_alone_round_trips_and_reports_paths_below_rule() -> None:
    sheet = loads_sheet((EXAMPLES[0].parent / "other_bases.json").read_text(encoding="utf-8"))
    for item in sheet.items:
        assert loads_rule(json.dumps(rule_to_dict(item.rule), ensure_ascii=False)) == item.rule
    with pytest.raises(ValidationFailed) as info:
        loads_rule('{"components": [{"basis": "equal", "weight": "十"}]}')
    assert [(i.field, i.code) for i in info.value.issues] == [
        ("rule.components[0].weight", ErrorCode.NOT_A_NUMBER)
    ]
    with pytest.raises(ValidationFailed) as info:
        loads_rule("{", path="items[2].rule")
    assert [(i.field, i.code) for i in info.value.issues] == [("items[2].rule", ErrorCode.BAD_JSON)]


def _walk(value: Any) -> list[Any]:
    if isinstance(value, dict):
        return [v for x in value.values() for v in _walk(x)]
    if isinstance(value, list):
        return [v for x in value for v in _walk(x)]
    return [value]


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_results_have_stable_keys_and_no_floats(path: Path) -> None:
    result = allocate_sheet(loads_sheet(path.read_text(encoding="utf-8")))
    out = result_to_dict(result)
    assert list(out) == ["format", "title", "lead", "items", "totals"]
    for item in out["items"]:
        assert list(item) == [
            "name", "unit", "total", "specific_revenues", "revenues", "net", "fixed_total", "apportioned",
            "rounding", "remainder", "components", "shares", "figures_used",
        ]  # fmt: skip
        assert all(list(c) == ["basis", "measure", "host", "weight", "amount"] for c in item["components"])
        assert all(list(s) == ["party", "name", "share", "fixed", "components"] for s in item["shares"])
        keys = ["party", "basis", "figure", "value", "reference_date", "source"]
        assert all(list(f) == keys for f in item["figures_used"])
        if item["unit"] == "yen":
            assert sum(s["share"] for s in item["shares"]) == item["net"]
        else:
            assert sum(Decimal(s["share"]) for s in item["shares"]) == Decimal(item["net"])
    assert all(list(t) == ["party", "name", "yen", "person_years"] for t in out["totals"])
    assert not any(isinstance(v, float) for v in _walk(out))
    json.dumps(out)  # JSON-able as it is
    rows = result_rows(result)
    assert all(list(r) == list(CSV_KEYS) for r in rows)
    assert len(rows) == sum(len(a.parties) for a in result.allocations)


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**15), 10**15)
    | st.text(max_size=6)
    | st.sampled_from(["1,000", "△5", "0.5", "2024-01-01", "equal", "A"]),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3)
    ),
    max_leaves=8,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += _paths(child, (*prefix, index))
    return found


@given(st.data())
def test_any_damage_to_a_valid_file_is_reported_never_raised(data: st.DataObject) -> None:
    document: Any = doc()
    path = data.draw(st.sampled_from(_paths(document)))
    replacement = data.draw(JSON_VALUES)
    if not path:
        document = replacement
    else:
        target = document
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = replacement
    try:
        allocate_sheet(loads_sheet(json.dumps(document, ensure_ascii=False)))
    except ValidationFailed as exc:
        assert exc.issues and all(isinstance(i.code, ErrorCode) for i in exc.issues)
