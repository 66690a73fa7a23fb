"""Columns → fields: what a target can take, suggestions from the headings, the chosen mapping."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .errors import ExchangeError, ExchangeErrorCode
from .labels import fold, split_heading
from .reader import Layout


@dataclass(frozen=True)
class FieldSpec:
    """One field a column can be mapped to. ``label`` is the Japanese heading the export writes;
    ``synonyms`` are other headings (Japanese and English) that suggest it; ``unit`` is the app's
    unit for numbers whose unit a column can state (statistics)."""

    key: str
    label: str
    required: bool = False
    kind: str = "text"  # text, number, enum, date, code, list
    synonyms: tuple[str, ...] = ()
    unit: str = ""
    group: str = ""  # fields of which at least one must be mapped ("values" for statistics)

    def matches(self, heading: str) -> int:
        """How well ``heading`` names this field: 3 exact (with unit), 2 exact name, 1 contained, 0 not."""
        whole = fold(heading)
        if not whole:
            return 0
        names = [fold(n) for n in (self.label, self.key, *self.synonyms)]
        if whole in names:
            return 3
        name, _unit = split_heading(heading)
        folded = fold(name)
        if folded in names:
            return 2
        if len(folded) >= 3 and any(len(n) >= 3 and n in folded for n in names):
            return 1
        return 0


@dataclass(frozen=True)
class ColumnMap:
    """The user's choice: column index → field key; column index → unit text as written in the file
    (statistics: "%", "ha", "千人" …; empty = the app's unit). Unmapped columns are ignored."""

    fields: dict[int, str] = field(default_factory=dict)
    units: dict[int, str] = field(default_factory=dict)

    def column_of(self, key: str) -> int | None:
        return next((i for i, k in self.fields.items() if k == key), None)

    def to_json(self) -> dict:
        return {"fields": {str(k): v for k, v in self.fields.items()}, "units": {str(k): v for k, v in self.units.items()}}

    @classmethod
    def from_json(cls, data: dict) -> ColumnMap:
        return cls(
            {int(k): str(v) for k, v in (data.get("fields") or {}).items()},
            {int(k): str(v) for k, v in (data.get("units") or {}).items()},
        )


@dataclass(frozen=True)
class MappingSuggestion:
    mapping: ColumnMap
    remembered: bool  # True when it is the mapping last used for a file with this layout
    scores: dict[int, int] = field(default_factory=dict)  # column → match quality (3 best)


def suggest(fields: Iterable[FieldSpec], layout: Layout) -> MappingSuggestion:
    """Map each column to the field its heading names best; each field to one column at most (the
    best match, then the leftmost). Units come from the heading ("【ha】", "（千円）")."""
    fields = tuple(fields)
    candidates: list[tuple[int, int, str]] = []  # (-score, column, key)
    for column in layout.columns:
        for spec in fields:
            score = spec.matches(column.title)
            if score:
                candidates.append((-score, column.index, spec.key))
    candidates.sort()
    chosen: dict[int, str] = {}
    scores: dict[int, int] = {}
    taken: set[str] = set()
    for neg_score, column, key in candidates:
        if column in chosen or key in taken:
            continue
        chosen[column] = key
        scores[column] = -neg_score
        taken.add(key)
    units = {}
    by_key = {f.key: f for f in fields}
    for column, key in chosen.items():
        _, unit = split_heading(layout.column(column).title)
        if unit and by_key[key].unit:
            units[column] = unit
    return MappingSuggestion(ColumnMap(dict(sorted(chosen.items())), units), False, scores)


def check_mapping(fields: Iterable[FieldSpec], mapping: ColumnMap, layout: Layout) -> None:
    """Refuse a mapping with an unknown field, a field mapped twice or a required field missing."""
    by_key = {f.key: f for f in fields}
    seen: dict[str, list[str]] = {}
    for column, key in mapping.fields.items():
        if key not in by_key:
            raise ExchangeError(ExchangeErrorCode.UNKNOWN_FIELD_NAME, value=key)
        letter = layout.column(column).letter if column < len(layout.columns) else str(column)
        seen.setdefault(key, []).append(letter)
    for key, letters in seen.items():
        if len(letters) > 1:
            raise ExchangeError(ExchangeErrorCode.COLUMN_MAPPED_TWICE, field=by_key[key].label, columns="、".join(letters))
    for spec in by_key.values():
        if spec.required and spec.key not in seen:
            raise ExchangeError(ExchangeErrorCode.MISSING_COLUMN, field=spec.label)
    groups = {f.group for f in by_key.values() if f.group}
    for group in groups:
        members = [f for f in by_key.values() if f.group == group]
        if not any(f.key in seen for f in members):
            raise ExchangeError(ExchangeErrorCode.MISSING_COLUMN, field="／".join(f.label for f in members[:4]) + "…")
