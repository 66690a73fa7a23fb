"""Frozen domain dataclasses ↔ JSON-able dicts, directed by their type hints.

Plans and agreements are stored as one JSON document each (their parties, roles, cost items,
steps, clauses and events are always read and written together), beside a few relational columns
and link tables used for keys and queries. JSON columns are portable (SQLite and PostgreSQL).
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")


def to_document(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_document(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [to_document(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): to_document(v) for k, v in value.items()}
    return value


@cache
def _hints(cls: type) -> dict[str, Any]:
    module = __import__(cls.__module__, fromlist=["*"])
    # localns too: a field named like its type (``date: date | None``) must not shadow the type
    return typing.get_type_hints(cls, vars(module), vars(module))


def _convert(tp: Any, raw: Any) -> Any:
    if raw is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _convert(args[0], raw) if len(args) == 1 else raw
    if origin is tuple:
        args = typing.get_args(tp)
        item = args[0] if args else Any
        return tuple(_convert(item, v) for v in raw)
    if origin in (dict, Mapping, typing.Mapping) or tp in (dict, Mapping):
        args = typing.get_args(tp)
        value_type = args[1] if len(args) == 2 else Any
        return {k: _convert(value_type, v) for k, v in raw.items()}
    if isinstance(tp, type):
        if dataclasses.is_dataclass(tp):
            return from_document(tp, raw)
        if issubclass(tp, Enum):
            return tp(raw)
        if tp is Decimal:
            return Decimal(str(raw))
        if tp is datetime:
            return datetime.fromisoformat(raw)
        if tp is date:
            return date.fromisoformat(raw)
        if tp in (int, str, bool):
            return tp(raw)
    return raw


def from_document(cls: type[T], data: Mapping[str, Any]) -> T:
    """Rebuild ``cls`` from ``to_document`` output; unknown keys (from a newer version) are ignored."""
    hints = _hints(cls)
    kwargs = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if f.name in data:
            kwargs[f.name] = _convert(hints[f.name], data[f.name])
    return cls(**kwargs)
