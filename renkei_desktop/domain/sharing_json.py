"""The JSON file of a sharing rule (docs/sharing.md): read it with error paths, write results back out."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from .errors import ErrorCode, ValidationFailed, ValidationIssue
from .normalize import ParseError, parse_date, parse_decimal
from .sharing import (
    Amount,
    BaseFigure,
    Basis,
    Component,
    CostItem,
    Party,
    RemainderRule,
    Rounding,
    SharingRule,
    SharingSheet,
    SheetResult,
    SpecificRevenue,
    Unit,
)

FORMAT = "renkei-sharing/1"
RESULT_FORMAT = "renkei-sharing-result/1"
# One CSV row per item and party; `components` joins "basis=amount" (or "basis:measure=amount") with "|".
CSV_KEYS = ("item", "unit", "party", "name", "share", "fixed", "components")

# Keys each object may hold; "note" is free text anywhere (JSON has no comments) and is ignored.
_SHEET_KEYS = {"format", "title", "lead", "rounding", "remainder", "parties", "items", "note"}
_PARTY_KEYS = {"id", "name", "figures", "note"}
_FIGURE_KEYS = {"value", "reference_date", "source", "note"}
_ITEM_KEYS = {"name", "unit", "total", "specific_revenues", "rule", "note"}
_REVENUE_KEYS = {"name", "amount", "note"}
_RULE_KEYS = {"components", "fixed", "rounding", "remainder", "note"}
_COMPONENT_KEYS = {"basis", "weight", "measure", "host", "party_weights", "percentages", "note"}

# A number literal beyond these is a typing error; refusing it early keeps exact integers small.
_MAX_ADJUSTED = 20
_MIN_EXPONENT = -20


class _Object(dict):
    """A JSON object that remembers the keys it had twice (json keeps only the last value)."""

    duplicates: tuple[str, ...] = ()


def _pairs(pairs: list[tuple[str, Any]]) -> _Object:
    obj = _Object(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        twice = []
        for key, _ in pairs:
            if key in seen:
                twice.append(key)
            seen.add(key)
        obj.duplicates = tuple(twice)
    return obj


class _NonFinite(str):
    """NaN or Infinity in the file: no amount or figure can be that."""


def loads_sheet(text: str) -> SharingSheet:
    """Parse the text of a sharing JSON file. Raises ValidationFailed; each issue's field is a JSON path
    such as ``items[1].rule.components[0].weight`` (``$`` for the whole file)."""
    try:
        data = json.loads(text, parse_float=Decimal, parse_constant=_NonFinite, object_pairs_hook=_pairs)
    except json.JSONDecodeError as exc:
        params = {"line": str(exc.lineno), "column": str(exc.colno), "detail": exc.msg}
        raise ValidationFailed([ValidationIssue("$", ErrorCode.BAD_JSON, params)]) from exc
    except ValueError as exc:  # e.g. an integer literal of thousands of digits
        raise ValidationFailed([ValidationIssue("$", ErrorCode.BAD_JSON, {"detail": str(exc)})]) from exc
    return sheet_from_json(data)


def sheet_from_json(data: Any) -> SharingSheet:
    """A decoded JSON document (floats already Decimal) as a SharingSheet, or ValidationFailed."""
    reader = _Reader()
    sheet = reader.sheet(data)
    if reader.issues or sheet is None:
        raise ValidationFailed(reader.issues)
    return sheet


def loads_rule(text: str, path: str = "rule") -> SharingRule:
    """One rule object alone (as a plan's cost item stores it): ``{"components": [...], ...}``.
    Raises ValidationFailed with paths below ``path``."""
    try:
        data = json.loads(text, parse_float=Decimal, parse_constant=_NonFinite, object_pairs_hook=_pairs)
    except ValueError as exc:
        detail = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
        raise ValidationFailed([ValidationIssue(path, ErrorCode.BAD_JSON, {"detail": detail})]) from exc
    reader = _Reader()
    rule = reader.rule(data, path, Rounding.FLOOR, RemainderRule.LARGEST_REMAINDER)
    if reader.issues or rule is None:
        raise ValidationFailed(reader.issues)
    return rule


class _Reader:
    def __init__(self) -> None:
        self.issues: list[ValidationIssue] = []

    def fail(self, path: str, code: ErrorCode, **params: str) -> None:
        self.issues.append(ValidationIssue(path, code, params))

    # --- shapes ---

    def obj(
        self, value: Any, path: str, allowed: set[str], required: Iterable[str] = ()
    ) -> dict[str, Any] | None:
        if not isinstance(value, dict):
            self.fail(path, ErrorCode.WRONG_TYPE, expected="object", value=_shown(value))
            return None
        for key in getattr(value, "duplicates", ()):
            self.fail(_join(path, key), ErrorCode.DUPLICATE_KEY, key=key)
        for key in value:
            if key not in allowed:
                self.fail(_join(path, key), ErrorCode.UNKNOWN_FIELD, allowed=", ".join(sorted(allowed)))
        for key in required:
            if key not in value:
                self.fail(_join(path, key), ErrorCode.REQUIRED)
        return value

    def array(self, value: Any, path: str) -> list[Any]:
        if not isinstance(value, list):
            self.fail(path, ErrorCode.WRONG_TYPE, expected="array", value=_shown(value))
            return []
        return value

    def text(self, value: Any, path: str, *, required: bool = False) -> str:
        if value is None:
            if required:
                self.fail(path, ErrorCode.REQUIRED)
            return ""
        if not isinstance(value, str) or isinstance(value, _NonFinite):
            self.fail(path, ErrorCode.WRONG_TYPE, expected="string", value=_shown(value))
            return ""
        if required and not value.strip():
            self.fail(path, ErrorCode.REQUIRED)
        return value.strip()

    def party_id(self, value: Any, path: str) -> str:
        # Codes are often typed as numbers (422011); accept them as the same text.
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        return self.text(value, path, required=True)

    def number(self, value: Any, path: str) -> int | Decimal | None:
        """An exact number: a JSON number, or a string as people type it ("1,234", "１２３", "△5")."""
        if isinstance(value, bool) or value is None:
            self.fail(
                path, ErrorCode.WRONG_TYPE if value is not None else ErrorCode.REQUIRED, expected="number"
            )
            return None
        if isinstance(value, _NonFinite):
            self.fail(path, ErrorCode.NOT_A_NUMBER, value=str(value))
            return None
        if isinstance(value, int):
            return value
        if isinstance(value, str):
            try:
                parsed = parse_decimal(value)
            except ParseError as exc:
                self.fail(path, exc.code, value=value)
                return None
            if parsed is None:
                self.fail(path, ErrorCode.REQUIRED, value=value)
                return None
            value = parsed
        if not isinstance(value, Decimal):
            self.fail(path, ErrorCode.WRONG_TYPE, expected="number", value=_shown(value))
            return None
        if value.adjusted() > _MAX_ADJUSTED:
            self.fail(path, ErrorCode.TOO_LARGE, value=str(value), max=f"1E+{_MAX_ADJUSTED}")
            return None
        exponent = value.as_tuple().exponent
        if isinstance(exponent, int) and exponent < _MIN_EXPONENT:
            self.fail(path, ErrorCode.TOO_PRECISE, value=str(value), places=str(-_MIN_EXPONENT))
            return None
        # A value written without decimals is passed on as int: the engine's fast path takes yen as int.
        return int(value) if isinstance(exponent, int) and exponent >= 0 else value

    def when(self, value: Any, path: str) -> date | None:
        if value is None:
            self.fail(path, ErrorCode.REQUIRED)
            return None
        if not isinstance(value, str):
            self.fail(path, ErrorCode.WRONG_TYPE, expected="date", value=_shown(value))
            return None
        try:
            parsed = parse_date(value)
        except ParseError:
            parsed = None
        if parsed is None:
            self.fail(path, ErrorCode.BAD_DATE, value=value)
        return parsed

    def choice(self, value: Any, path: str, enum: type[StrEnum], default: StrEnum) -> Any:
        if value is None:
            return default
        try:
            return enum(value)
        except ValueError:
            self.fail(
                path, ErrorCode.UNKNOWN_CHOICE, value=_shown(value), choices=", ".join(e.value for e in enum)
            )
            return default

    # --- the format ---

    def sheet(self, data: Any) -> SharingSheet | None:
        doc = self.obj(data, "$", _SHEET_KEYS, ("parties", "items"))
        if doc is None:
            return None
        fmt = doc.get("format")
        if fmt is not None and fmt != FORMAT:
            self.fail("format", ErrorCode.UNSUPPORTED_FORMAT, value=_shown(fmt), supported=FORMAT)
        title = self.text(doc.get("title"), "title")
        lead = self.party_id(doc["lead"], "lead") if doc.get("lead") is not None else None
        rounding = self.choice(doc.get("rounding"), "rounding", Rounding, Rounding.FLOOR)
        remainder = self.choice(
            doc.get("remainder"), "remainder", RemainderRule, RemainderRule.LARGEST_REMAINDER
        )
        parties = tuple(
            self.party(p, f"parties[{i}]")
            for i, p in enumerate(self.array(doc.get("parties", []), "parties"))
        )
        items = tuple(
            self.item(it, f"items[{k}]", rounding, remainder)
            for k, it in enumerate(self.array(doc.get("items", []), "items"))
        )
        return SharingSheet(parties, items, lead, title)

    def party(self, data: Any, path: str) -> Party:
        obj = self.obj(data, path, _PARTY_KEYS, ("id",)) or {}
        figures: dict[str, BaseFigure] = {}
        raw = obj.get("figures")
        if raw is not None:
            names = set(raw) if isinstance(raw, dict) else set()  # any figure name: measures are free
            for name, fig in (self.obj(raw, f"{path}.figures", names) or {}).items():
                figure = self.figure(fig, f"{path}.figures.{name}")
                if figure is not None:
                    figures[name] = figure
        party_id = self.party_id(obj["id"], f"{path}.id") if "id" in obj else ""
        return Party(party_id, self.text(obj.get("name"), f"{path}.name"), figures)

    def figure(self, data: Any, path: str) -> BaseFigure | None:
        obj = self.obj(data, path, _FIGURE_KEYS, ("value", "reference_date", "source"))
        if obj is None:
            return None
        value = self.number(obj.get("value"), f"{path}.value") if "value" in obj else None
        when = (
            self.when(obj.get("reference_date"), f"{path}.reference_date")
            if "reference_date" in obj
            else None
        )
        source = self.text(obj.get("source"), f"{path}.source", required="source" in obj)
        if value is None or when is None or not source:
            return None
        return BaseFigure(Decimal(value), when, source)

    def item(self, data: Any, path: str, rounding: Rounding, remainder: RemainderRule) -> CostItem:
        obj = self.obj(data, path, _ITEM_KEYS, ("name", "total", "rule")) or {}
        unit = self.choice(obj.get("unit"), f"{path}.unit", Unit, Unit.YEN)
        total = self.number(obj["total"], f"{path}.total") if "total" in obj else None
        revenues = tuple(
            self.revenue(r, f"{path}.specific_revenues[{j}]")
            for j, r in enumerate(self.array(obj.get("specific_revenues", []), f"{path}.specific_revenues"))
        )
        rule = self.rule(obj.get("rule"), f"{path}.rule", rounding, remainder) if "rule" in obj else None
        return CostItem(
            self.text(obj.get("name"), f"{path}.name", required="name" in obj),
            total if total is not None else 0,
            rule or SharingRule(()),
            revenues,
            unit,
        )

    def revenue(self, data: Any, path: str) -> SpecificRevenue:
        obj = self.obj(data, path, _REVENUE_KEYS, ("amount",)) or {}
        amount = self.number(obj["amount"], f"{path}.amount") if "amount" in obj else None
        return SpecificRevenue(
            self.text(obj.get("name"), f"{path}.name"), amount if amount is not None else 0
        )

    def rule(self, data: Any, path: str, rounding: Rounding, remainder: RemainderRule) -> SharingRule | None:
        obj = self.obj(data, path, _RULE_KEYS)
        if obj is None:
            return None
        components = tuple(
            self.component(c, f"{path}.components[{i}]")
            for i, c in enumerate(self.array(obj.get("components", []), f"{path}.components"))
        )
        return SharingRule(
            components,
            self.per_party(obj.get("fixed"), f"{path}.fixed"),
            self.choice(obj.get("rounding"), f"{path}.rounding", Rounding, rounding),
            self.choice(obj.get("remainder"), f"{path}.remainder", RemainderRule, remainder),
        )

    def component(self, data: Any, path: str) -> Component:
        obj = self.obj(data, path, _COMPONENT_KEYS, ("basis", "weight")) or {}
        basis = (
            self.choice(obj.get("basis"), f"{path}.basis", Basis, Basis.EQUAL)
            if "basis" in obj
            else Basis.EQUAL
        )
        weight = self.number(obj["weight"], f"{path}.weight") if "weight" in obj else None
        host = self.party_id(obj["host"], f"{path}.host") if obj.get("host") is not None else None
        return Component(
            basis,
            weight if weight is not None else 0,
            self.text(obj.get("measure"), f"{path}.measure"),
            host,
            self.per_party(obj.get("party_weights"), f"{path}.party_weights"),
            self.per_party(obj.get("percentages"), f"{path}.percentages"),
        )

    def per_party(self, data: Any, path: str) -> dict[str, Amount]:
        """An object of party id → number (fixed amounts, party weights, agreed percentages)."""
        if data is None:
            return {}
        obj = self.obj(data, path, set(data) if isinstance(data, dict) else set())
        values: dict[str, Amount] = {}
        for key, raw in (obj or {}).items():
            number = self.number(raw, f"{path}.{key}")
            if number is not None:
                values[key] = number
        return values


def _join(path: str, key: str) -> str:
    return key if path == "$" else f"{path}.{key}"


def _shown(value: Any) -> str:
    """A short rendering of a wrong value for a message."""
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 40 else text[:37] + "..."


# --- writing ---------------------------------------------------------------------------------------


def _amount(value: Amount) -> int | str:
    """Whole yen as a JSON integer; anything with decimals (人工) as a string, exact."""
    return value if isinstance(value, int) else str(value)


def _number(value: Amount) -> int | str:
    return value if isinstance(value, int) else str(value)


def sheet_to_dict(sheet: SharingSheet) -> dict[str, Any]:
    """A sheet in the input format (loads_sheet(json.dumps(sheet_to_dict(s))) gives s back)."""
    return {
        "format": FORMAT,
        "title": sheet.title,
        "lead": sheet.lead,
        "parties": [
            {
                "id": p.id,
                "name": p.name,
                "figures": {
                    name: {
                        "value": _number(f.value),
                        "reference_date": f.reference_date.isoformat(),
                        "source": f.source,
                    }
                    for name, f in p.figures.items()
                },
            }
            for p in sheet.parties
        ],
        "items": [
            {
                "name": item.name,
                "unit": str(item.unit),
                "total": _number(item.total),
                "specific_revenues": [
                    {"name": r.name, "amount": _number(r.amount)} for r in item.specific_revenues
                ],
                "rule": rule_to_dict(item.rule),
            }
            for item in sheet.items
        ],
    }


def rule_to_dict(rule: SharingRule) -> dict[str, Any]:
    """A rule in the format loads_rule() reads (json.dumps gives text it reads back equal)."""
    return {
        "components": [_component_dict(c) for c in rule.components],
        "fixed": {k: _number(v) for k, v in rule.fixed.items()},
        "rounding": str(rule.rounding),
        "remainder": str(rule.remainder),
    }


def _component_dict(c: Component) -> dict[str, Any]:
    out: dict[str, Any] = {"basis": str(c.basis), "weight": _number(c.weight)}
    if c.measure:
        out["measure"] = c.measure
    if c.host is not None:
        out["host"] = c.host
    if c.party_weights:
        out["party_weights"] = {k: _number(v) for k, v in c.party_weights.items()}
    if c.percentages:
        out["percentages"] = {k: _number(v) for k, v in c.percentages.items()}
    return out


def result_to_dict(result: SheetResult) -> dict[str, Any]:
    """The split with stable English keys (docs/sharing.md, "Output"). Yen are integers; 人工 and every
    weight or figure are strings, so no value passes through a float."""
    sheet = result.sheet
    names = {p.id: p.name for p in sheet.parties}
    items = []
    for a in result.allocations:
        item, rule = a.item, a.item.rule
        items.append(
            {
                "name": item.name,
                "unit": str(item.unit),
                "total": _amount(a.net + a.revenues),
                "specific_revenues": [
                    {"name": r.name, "amount": _amount(r.amount)} for r in item.specific_revenues
                ],
                "revenues": _amount(a.revenues),
                "net": _amount(a.net),
                "fixed_total": _amount(a.net - a.apportioned),
                "apportioned": _amount(a.apportioned),
                "rounding": str(rule.rounding),
                "remainder": str(rule.remainder),
                "components": [
                    {
                        "basis": str(c.basis),
                        "measure": c.measure or None,
                        "host": c.host,
                        "weight": str(c.weight),
                        "amount": _amount(amount),
                    }
                    for c, amount in zip(rule.components, a.component_amounts, strict=True)
                ],
                "shares": [
                    {
                        "party": s.party,
                        "name": names.get(s.party, ""),
                        "share": _amount(s.amount),
                        "fixed": _amount(s.fixed),
                        "components": [_amount(x) for x in s.by_component],
                    }
                    for s in a.shares
                ],
                "figures_used": [
                    {
                        "party": f.party,
                        "basis": str(f.basis),
                        "figure": f.figure,
                        "value": str(f.value),
                        "reference_date": f.reference_date.isoformat(),
                        "source": f.source,
                    }
                    for f in a.figures_used
                ],
            }
        )
    yen = result.totals(Unit.YEN)
    person_years = result.totals(Unit.PERSON_YEARS)
    return {
        "format": RESULT_FORMAT,
        "title": sheet.title,
        "lead": sheet.lead,
        "items": items,
        "totals": [
            {"party": p.id, "name": p.name, "yen": _amount(y), "person_years": _amount(w)}
            for p, y, w in zip(sheet.parties, yen, person_years, strict=True)
        ],
    }


def result_rows(result: SheetResult) -> list[dict[str, Any]]:
    """One row per item and party, keys CSV_KEYS, for a spreadsheet."""
    names = {p.id: p.name for p in result.sheet.parties}
    rows = []
    for a in result.allocations:
        labels = [f"{c.basis}:{c.measure}" if c.measure else str(c.basis) for c in a.item.rule.components]
        for s in a.shares:
            rows.append(
                {
                    "item": a.item.name,
                    "unit": str(a.item.unit),
                    "party": s.party,
                    "name": names.get(s.party, ""),
                    "share": _amount(s.amount),
                    "fixed": _amount(s.fixed),
                    "components": "|".join(
                        f"{label}={_amount(x)}" for label, x in zip(labels, s.by_component, strict=True)
                    ),
                }
            )
    return rows
