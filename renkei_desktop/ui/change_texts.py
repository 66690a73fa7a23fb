"""How changes of a record read for people: the field names and values of the audit log (変更履歴) and of
the two versions of a refused save (conflict dialog).

Both start from plain data (what the audit log stores: str, int, bool, lists and dicts; a domain record
is turned into the same with :func:`record_values`), walk nested values down to the fields that differ
("clauses.purpose", "cost_items[1].rule_json", "steps.council_resolution:204137.status") and name them
with the page's own field names (texts, plan_texts, agreement_texts).
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from . import texts

if TYPE_CHECKING:
    from ..services.container import Services

CTX = "ChangeTexts"
NameOf = Callable[[str], str]

KIND = {
    "duty": QT_TRANSLATE_NOOP("ChangeTexts", "事務"),
    "plan": QT_TRANSLATE_NOOP("ChangeTexts", "連携案"),
    "agreement": QT_TRANSLATE_NOOP("ChangeTexts", "協定・規約"),
    "statistic": QT_TRANSLATE_NOOP("ChangeTexts", "統計"),
    "profile": QT_TRANSLATE_NOOP("ChangeTexts", "設定"),
}
ACTION = {
    "insert": QT_TRANSLATE_NOOP("ChangeTexts", "追加"),
    "update": QT_TRANSLATE_NOOP("ChangeTexts", "変更"),
    "delete": QT_TRANSLATE_NOOP("ChangeTexts", "削除"),
}
EMPTY = QT_TRANSLATE_NOOP("ChangeTexts", "（空）")
YES = QT_TRANSLATE_NOOP("ChangeTexts", "はい")
NO = QT_TRANSLATE_NOOP("ChangeTexts", "いいえ")

# Bookkeeping of every record: never a "value" the user changed.
BOOKKEEPING = frozenset({"id", "version", "uid", "created_at", "updated_at"})
_CODE_FIELDS = frozenset({"code", "party_code", "owner_code", "lead_code", "home_code", "municipality_code"})
# Fields holding another record's id: named through ``name_of("duty:12")`` (see names_from).
_ID_FIELDS = {"duty_id": "duty", "plan_id": "plan"}
_TERM = re.compile(r"\bterm\.(start|end|auto_renew|renewal_years)$")


def tr(source: str) -> str:
    return QCoreApplication.translate(CTX, source)


def kind_name(kind: str) -> str:
    return tr(KIND[kind]) if kind in KIND else kind


def action_name(action: str) -> str:
    return tr(ACTION[action]) if action in ACTION else action


def _no_name(code: str) -> str:
    return code


def names_from(services: Services | None, home_code: str = "") -> NameOf:
    """Names for codes and ids in changes: municipalities by code ("204137" → 長野県天龍村), the home
    town's duties and all plans by "duty:12" / "plan:3"; anything else stays as it is."""
    if services is None:
        return _no_name
    names = {m.code: m.display_name for m in services.municipalities.all()}
    if home_code:
        names.update({f"duty:{d.id}": d.name for d in services.catalogue.list_duties(home_code)})
    names.update({f"plan:{p.id}": p.name for p in services.plans.list_all()})
    return lambda key: names.get(key, key)


# --- plain data ---------------------------------------------------------------------------------
def plain(value: Any) -> Any:
    """A domain value as the audit log stores it: dataclasses → dict, tuples → list, enums → value."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def record_values(record: Any) -> dict[str, Any]:
    """The user-visible fields of a record (dataclass), in declaration order, as plain data."""
    return {
        f.name: plain(getattr(record, f.name))
        for f in dataclasses.fields(record)
        if f.name not in BOOKKEEPING
    }


@dataclass(frozen=True)
class FieldChange:
    path: str  # "notes", "clauses.purpose", "cost_items[1].rule_json"
    old: Any
    new: Any

    @property
    def differs(self) -> bool:
        return self.old != self.new


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _item_path(path: str, index: int, item: Mapping[str, Any]) -> str:
    if path == "steps" and "kind" in item and "stage" in item:  # a procedure step: named by its key
        party = item.get("party_code")
        return f"steps.{item['kind']}:{party}" if party else f"steps.{item['kind']}"
    return f"{path}[{index}]"


def _walk(path: str, old: Any, new: Any, keep_equal: bool, out: list[FieldChange]) -> None:
    if old == new and not keep_equal:
        return
    dicts = (old is None or isinstance(old, dict)) and (new is None or isinstance(new, dict))
    if dicts and (old is not None or new is not None):
        a, b = old or {}, new or {}
        for key in dict.fromkeys([*a, *b]):
            _walk(_join(path, str(key)), a.get(key), b.get(key), keep_equal, out)
        return
    if (
        isinstance(old, list) and isinstance(new, list) and old != new and len(old) == len(new)
        and all(isinstance(x, dict) for x in [*old, *new])
    ):  # fmt: skip
        for index, (a, b) in enumerate(zip(old, new, strict=True)):
            _walk(_item_path(path, index, a), a, b, keep_equal, out)
        return
    out.append(FieldChange(path, old, new))


def compare(
    old: Mapping[str, Any] | None, new: Mapping[str, Any] | None, *, keep_equal: bool = False
) -> list[FieldChange]:
    """The fields of two plain records that differ (with ``keep_equal`` every field, for a side-by-side view)."""
    out: list[FieldChange] = []
    a, b = old or {}, new or {}
    for key in dict.fromkeys([*a, *b]):
        if key not in BOOKKEEPING:
            _walk(key, a.get(key), b.get(key), keep_equal, out)
    return out


def logged_changes(action: str, changes: Mapping[str, tuple[Any, Any]]) -> list[FieldChange]:
    """An audit entry's ``{field: (old, new)}`` down to the fields that differ; on an insert (delete)
    the fields left empty in the new (old) record are left out."""
    out: list[FieldChange] = []
    for name, (old, new) in changes.items():
        _walk(name, old, new, False, out)
    if action == "insert":
        out = [c for c in out if not is_empty(c.new)]
    elif action == "delete":
        out = [c for c in out if not is_empty(c.old)]
    return out


def is_empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


# --- names --------------------------------------------------------------------------------------
def field_label(kind: str, path: str, name_of: NameOf = _no_name) -> str:
    """The name of ``path`` as the record's page shows it."""
    if kind == "plan":
        from . import plan_texts

        return plan_texts.plan_field_name(path, name_of)
    if kind == "agreement":
        from . import agreement_texts

        return agreement_texts.field_name(_TERM.sub(lambda m: f"term_{m.group(1)}", path))
    return texts.field_name(path)


def generic_field_label(name: str) -> str:
    """A field name without its record kind (the CSV export): the catalogue's names, else the plans'
    and agreements' names, else the name itself."""
    if name in texts.FIELD or "." in name or "[" in name:
        return texts.field_name(name)
    from . import agreement_texts, plan_texts

    if name in plan_texts.PLAN_FIELD:
        return plan_texts.tr(plan_texts.PLAN_FIELD[name])
    if name in agreement_texts.FIELD:
        return agreement_texts.tr(agreement_texts.FIELD[name])
    return texts.field_name(name)


def _leaf(path: str) -> str:
    last = path.rsplit(".", 1)[-1]
    return last.split("[", 1)[0]


def _enum_text(kind: str, path: str, leaf: str, value: str) -> str | None:
    """The Japanese name of a code stored in ``path``, or None when it is not one."""
    from ..domain.duties import DutyCategory, DutyStatus, Urgency
    from ..domain.methods import CooperationMethod
    from ..domain.municipalities import StatKind

    try:
        if leaf == "category":
            return texts.category_name(DutyCategory(value))
        if leaf == "urgency":
            return texts.urgency_name(Urgency(value))
        if leaf in ("method", "typical_methods"):
            return texts.method_name(CooperationMethod(value))
        if kind == "duty" and leaf == "status":
            return texts.status_name(DutyStatus(value))
        if kind == "statistic" and leaf == "kind":
            return texts.stat_name(StatKind(value))
        if kind in ("plan", "agreement"):
            return _document_enum_text(kind, path, leaf, value)
    except (ValueError, KeyError):
        return None
    return None


def _document_enum_text(kind: str, path: str, leaf: str, value: str) -> str | None:
    from ..domain.agreements import AgreementKind, EventKind
    from ..domain.methods import Authority, CouncilType
    from ..domain.plans import PlanStatus
    from ..domain.procedures import StepKind, StepStatus
    from . import agreement_texts as at
    from . import plan_texts as pt

    in_steps = path.startswith("steps")
    if leaf == "status":
        return pt.step_status_name(StepStatus(value)) if in_steps else pt.plan_status_name(PlanStatus(value))
    if leaf == "council_type":
        return pt.council_type_name(CouncilType(value))
    if leaf == "authority":
        return pt.authority_name(Authority(value))
    if leaf == "kind":
        if in_steps:
            return pt.step_kind_name(StepKind(value))
        if path.startswith("events"):
            return at.event_name(EventKind(value))
        if path == "kind":
            return at.kind_name(AgreementKind(value))
    return None


def value_text(kind: str, path: str, value: Any, name_of: NameOf = _no_name) -> str:
    """One stored value for people: names for codes, 1,000 separators, はい/いいえ, （空）."""
    if is_empty(value):
        return tr(EMPTY)
    if isinstance(value, bool):
        return tr(YES) if value else tr(NO)
    leaf = _leaf(path)
    if leaf in _ID_FIELDS and isinstance(value, int):
        key = f"{_ID_FIELDS[leaf]}:{value}"
        named = name_of(key)
        return named if named != key else str(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, list):
        if all(isinstance(v, dict) for v in value):
            return texts.join(_item_text(kind, path, v, name_of) for v in value)
        return texts.join(value_text(kind, path, v, name_of) for v in value)
    if isinstance(value, dict):
        parts = []
        for key, inner in value.items():
            if is_empty(inner):
                continue
            name = name_of(key) if re.fullmatch(r"\d{6}", key) else field_label(kind, key, name_of)
            parts.append(f"{name}: {value_text(kind, _join(path, key), inner, name_of)}")
        return texts.join(parts) if parts else tr(EMPTY)
    text = str(value)
    if leaf in _CODE_FIELDS:
        return name_of(text)
    named = _enum_text(kind, path, leaf, text)
    return named if named is not None else text


def _item_text(kind: str, path: str, item: Mapping[str, Any], name_of: NameOf) -> str:
    """A short text for one element of a list of records (participants, cost items, events …)."""
    if "letter" in item and "code" in item:
        return texts.party_label(str(item["letter"]), name_of(str(item["code"])))
    if "kind" in item and ("stage" in item or "date" in item):
        prefix = "steps" if "stage" in item else "events"
        text = value_text(kind, f"{prefix}[0].kind", item["kind"], name_of)
        if item.get("party_code"):
            text = texts.bracketed(text, name_of(str(item["party_code"])))
        if item.get("date"):
            text += f" {item['date']}"
        return text
    for key in ("name", "title", "initiative", "facility"):
        if item.get(key):
            return str(item[key])
    return json.dumps(item, ensure_ascii=False)


def shorten(text: str, limit: int = 40) -> str:
    """One line of at most ``limit`` characters (…: the rest is in the tooltip and the detail)."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
