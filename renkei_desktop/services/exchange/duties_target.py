"""Import target "duties": rows of a duty list (事務) into the catalogue.

A row updates the duty with the same 識別子 (uid) when the file has that column and the database has
the duty; else the duty of the same 自治体 with the same 事務名; else it adds a duty (keeping the
file's uid, so exporting and importing into another database keeps the record's identity). A row
whose values equal the stored duty is unchanged. Mapped blank cells mean empty (text "", numbers 0).
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlmodel import Session

from ...domain.codes import normalize_code
from ...domain.duties import Duty, duty_from_input, validate_duty
from ...domain.errors import ErrorCode
from ...domain.methods import CooperationMethod
from ...domain.normalize import ParseError
from ...storage import duty_repository, profile_repository
from ..changes import Changes
from .engine import ImportOptions, RowAction, RowInput, RowOutcome, known_codes
from .errors import ExchangeError, ExchangeErrorCode, Severity
from .labels import CATEGORY, KIND_DUTIES, METHOD, STATUS, URGENCY, enum_lookup, fold
from .mapping import ColumnMap, FieldSpec
from .reader import Layout, cell_text

F = FieldSpec
DUTY_FIELDS: tuple[FieldSpec, ...] = (
    F("uid", "識別子", synonyms=("uid", "ID", "レコードID", "識別番号")),
    F("owner_code", "自治体コード", kind="code", synonyms=("団体コード", "全国地方公共団体コード", "owner_code", "owner")),
    F("name", "事務名", required=True, synonyms=("事務", "事務の名称", "名称", "業務名", "name", "duty")),
    F("kana", "よみがな", synonyms=("読み", "ふりがな", "かな", "kana", "reading")),
    F("category", "分野", kind="enum", synonyms=("区分", "分類", "category")),
    F("description", "概要", synonyms=("説明", "内容", "事務の概要", "description")),
    F("legal_basis", "根拠法令", synonyms=("根拠", "法令", "legal_basis", "legal basis")),
    F("workload_person_years", "年間業務量（人工）", kind="number",
      synonyms=("業務量(人工)", "人工", "業務量", "workload", "person_years", "workload_person_years")),
    F("workload_person_days", "年間業務量（人日）", kind="number", synonyms=("業務量(人日)", "人日", "person_days")),
    F("annual_cost_thousand_yen", "年間経費（千円）", kind="number",
      synonyms=("経費(千円)", "事業費(千円)", "年間経費", "経費", "事業費", "cost", "cost_thousand_yen")),
    F("annual_cost_yen", "年間経費（円）", kind="number", synonyms=("経費(円)", "事業費(円)", "cost_yen", "annual_cost_yen")),
    F("expertise", "必要な専門職", kind="list", synonyms=("専門職", "必要な資格", "資格", "expertise")),
    F("current_staff", "現在の担当職員数", kind="number", synonyms=("担当職員数", "職員数", "current_staff", "staff")),
    F("staffing_gap", "不足人数", kind="number", synonyms=("不足", "不足職員数", "staffing_gap", "gap")),
    F("urgency", "緊急度", kind="enum", synonyms=("優先度", "urgency", "priority")),
    F("status", "状況", kind="enum", synonyms=("状態", "進捗", "検討状況", "status")),
    F("department", "担当課", synonyms=("所管課", "担当部署", "課", "department")),
    F("notes", "備考", synonyms=("メモ", "注記", "notes", "note", "remarks")),
    F("typical_methods", "想定される連携の方法", kind="list", synonyms=("連携の方法", "連携手法", "typical_methods", "methods")),
    F("template_key", "テンプレート", synonyms=("template", "template_key")),
)  # fmt: skip

_ENUMS = {"category": enum_lookup(CATEGORY), "status": enum_lookup(STATUS), "urgency": enum_lookup(URGENCY)}
_METHODS = enum_lookup(METHOD)
_TEXT = ("name", "kana", "description", "legal_basis", "department", "notes")
_NUMBERS = {
    "workload_person_years": "人工",
    "workload_person_days": "人日",
    "annual_cost_thousand_yen": "千円",
    "annual_cost_yen": "円",
    "current_staff": "人",
    "staffing_gap": "人",
}
_LIST_SPLIT = re.compile(r"[、,，;；\n|]")
TEMPLATE_KEY_MAX = 100


def split_list(value: Any) -> tuple[str, ...]:
    """"保健師、社会福祉士" → ("保健師", "社会福祉士"). Unlike form input, "・" does not split: it is part
    of names such as 土木・建築技師, and the export joins lists with "、"."""
    if value is None:
        return ()
    parts = (unicodedata.normalize("NFC", p).strip() for p in _LIST_SPLIT.split(cell_text(value)))
    return tuple(dict.fromkeys(p for p in parts if p))


def _number(value: Any, unit: str) -> Any:
    """A number cell as the domain parses it; "1,200千円" in a 円 column becomes 1200000 and so on."""
    if value is None or not isinstance(value, str):
        return value
    text = unicodedata.normalize("NFKC", value).strip()
    for suffix, factor in (("千円", 1000), ("円", 1)):
        if text.endswith(suffix) and unit in ("千円", "円"):
            number = text[: -len(suffix)].strip()
            target = 1000 if unit == "千円" else 1
            if factor == target:
                return number
            try:
                return str(Decimal(number.replace(",", "")) * factor / target)
            except ArithmeticError:
                return value
    if unit and text.endswith(unit):
        return text[: -len(unit)].strip()
    return value


class DutiesTarget:
    key = KIND_DUTIES

    def __init__(self) -> None:
        self._master: set[str] | None = None

    def fields(self) -> tuple[FieldSpec, ...]:
        return DUTY_FIELDS

    def check(self, mapping: ColumnMap, layout: Layout, options: ImportOptions, session: Session) -> ImportOptions:
        if options.owner_code:
            return options
        profile = profile_repository.get(session)
        if profile is not None:
            return dataclasses.replace(options, owner_code=profile.home_code)
        if mapping.column_of("owner_code") is None:
            raise ExchangeError(ExchangeErrorCode.NO_HOME)
        return options

    def plan(
        self, session: Session, rows: Sequence[RowInput], options: ImportOptions, mapping: ColumnMap
    ) -> list[RowOutcome]:
        master = known_codes(session)
        by_owner: dict[str, list[Duty]] = {}

        def duties_of(owner: str) -> list[Duty]:
            if owner not in by_owner:
                by_owner[owner] = duty_repository.list_for_owner(session, owner)
            return by_owner[owner]

        by_uid: dict[str, Duty] = {}
        if any(r.values.get("uid") for r in rows):
            from sqlmodel import select

            from ...storage.tables import DutyRow

            uids = {cell_text(r.values["uid"]).strip().lower() for r in rows if r.values.get("uid")}
            for row in session.exec(select(DutyRow).where(DutyRow.uid.in_(uids))):  # type: ignore[attr-defined]
                by_uid[row.uid] = duty_repository.to_domain(row)
        first_row: dict[tuple[str, str], int] = {}
        outcomes: list[RowOutcome] = []
        for row in rows:
            outcomes.append(self._plan_row(row, options, master, duties_of, by_uid, first_row))
        return outcomes

    def _plan_row(self, row, options, master, duties_of, by_uid, first_row) -> RowOutcome:  # noqa: ANN001
        problems = list(row.problems)
        values = row.values
        label = cell_text(values.get("name")).strip()
        owner = options.owner_code or ""
        if values.get("owner_code") is not None:
            try:
                owner = normalize_code(cell_text(values["owner_code"]), known=master)
            except ParseError as exc:
                problems.append(row.problem("owner_code", exc.code, value=cell_text(values["owner_code"])))
                owner = ""
            else:
                if owner not in master:
                    problems.append(row.problem("owner_code", ErrorCode.UNKNOWN_MUNICIPALITY, value=owner))
        elif not owner:
            problems.append(row.problem("owner_code", ErrorCode.REQUIRED))
        uid = cell_text(values.get("uid")).strip().lower() if values.get("uid") is not None else ""
        if uid and not re.fullmatch(r"[0-9a-f]{32}", uid):
            problems.append(row.problem("uid", ErrorCode.BAD_CODE_FORMAT, value=uid))
            uid = ""
        if any(p.is_error for p in problems):
            return RowOutcome(row.number, RowAction.ERROR, label, problems)

        # With a 識別子 the row is that record (added under it when new); without, the duty of the same
        # 自治体 and 事務名.
        if uid:
            existing = by_uid.get(uid)
        else:
            name = unicodedata.normalize("NFC", label)
            existing = next((d for d in duties_of(owner) if d.name == name), None) if label else None
        ident = ("uid", uid) if uid else ("name", f"{owner}:{fold(label)}")
        if label or uid:
            if ident in first_row:
                problems.append(
                    row.problem(ident[0], ExchangeErrorCode.DUPLICATE_ROW, value=uid or label, first_row=first_row[ident])
                )
            else:
                first_row[ident] = row.number

        inputs: dict[str, object] = {}
        for key in _TEXT:
            if key in values:
                inputs[key] = cell_text(values[key])
        for key, table in _ENUMS.items():
            if values.get(key) is not None:
                text = cell_text(values[key])
                member = table.get(fold(text))
                inputs[key] = member.value if member is not None else text  # type: ignore[attr-defined]
        for key, unit in _NUMBERS.items():
            if key in values:
                inputs[key] = _number(values[key], unit)
        if "expertise" in values:
            inputs["expertise"] = list(split_list(values["expertise"]))
        duty, issues = duty_from_input(inputs, owner_code=owner, base=existing)
        for issue in issues:
            problems.append(row.problem(issue.field, issue.code, **issue.params))
        extra: dict[str, object] = {}
        if "typical_methods" in values:
            methods: list[CooperationMethod] = []
            for item in split_list(values["typical_methods"]):
                member = _METHODS.get(fold(item))
                if member is None:
                    problems.append(row.problem("typical_methods", ErrorCode.UNKNOWN_CHOICE, value=item))
                else:
                    methods.append(member)  # type: ignore[arg-type]
            extra["typical_methods"] = tuple(dict.fromkeys(methods))
        if "template_key" in values:
            key_text = cell_text(values["template_key"]).strip()
            if len(key_text) > TEMPLATE_KEY_MAX:
                problems.append(row.problem("template_key", ErrorCode.TOO_LONG, max=TEMPLATE_KEY_MAX))
            extra["template_key"] = key_text or None
        if duty is None or any(p.is_error for p in problems):
            return RowOutcome(row.number, RowAction.ERROR, label, problems)
        duty = duty.with_changes(**extra)
        for issue in validate_duty(duty):
            problems.append(row.problem(issue.field, issue.code, **issue.params))
        if any(p.is_error for p in problems):
            return RowOutcome(row.number, RowAction.ERROR, label, problems)
        if existing is not None:
            if duty == existing:
                problems.append(row.row_problem(ExchangeErrorCode.UNCHANGED, Severity.SKIPPED, value=label))
                return RowOutcome(row.number, RowAction.UNCHANGED, label, problems, unchanged=1)
            return RowOutcome(row.number, RowAction.UPDATE, label, problems, updated=1, payload=duty)
        new = duty.with_changes(id=None, version=0, created_at=None, updated_at=None)
        if hasattr(new, "uid"):
            new = new.with_changes(uid=uid)
        return RowOutcome(row.number, RowAction.ADD, label, problems, added=1, payload=new)

    def write(self, session: Session, outcome: RowOutcome) -> Changes:
        duty: Duty = outcome.payload
        if outcome.action is RowAction.ADD:
            saved = duty_repository.insert(session, duty)
        else:
            saved = duty_repository.update(session, duty)
            if saved is None:
                raise ExchangeError(ExchangeErrorCode.STALE_PREVIEW)
        return Changes(duty_ids=frozenset({saved.id})) if saved.id is not None else Changes()

    def finish(self, session: Session) -> None:
        return None

    def discard(self) -> None:
        return None

    def after_commit(self) -> None:
        return None
