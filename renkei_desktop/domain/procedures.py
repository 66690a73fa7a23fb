"""The procedure checklist of a plan or agreement: 協議 → 協約案/規約案 → 各議会の議決 → 締結 → 告示・届出 / 許可.

The steps follow the method's article (DOMAIN.md §3):
- 連携協約 (地方自治法第252条の2) and the methods applying 252条の2の2第2項・第3項 (協議会, 共同設置,
  委託, 代替執行): 協議, draft, 議会の議決 of each party (第3項), 締結, 告示 by each party and 届出 to
  総務大臣 (a prefecture is a party) or 都道府県知事 (第2項: 「告示するとともに…届け出なければならない」).
- 一部事務組合・広域連合 (第284条第2項・第3項): 協議, 規約案, 議決 (第290条), 許可, 告示 of the 許可.
- informal 協定: 協議 and 締結 only.
Steps in the same ``stage`` run in parallel (each party's 議決); a later stage must not be dated before
any dated, required step of an earlier stage.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from .codes import is_prefecture_code, prefecture_number
from .errors import ErrorCode, ValidationIssue
from .methods import (
    ApprovalKind,
    Authority,
    CooperationMethod,
    CouncilType,
    DocumentKind,
    approval_authority,
    method_profile,
)
from .normalize import ParseError, parse_date


class StepKind(StrEnum):
    CONSULTATION = "consultation"  # 協議
    COMPACT_DRAFT = "compact_draft"  # 協約案の作成 (連携協約)
    RULES_DRAFT = "rules_draft"  # 規約案の作成 (other statutory methods)
    COUNCIL_RESOLUTION = "council_resolution"  # 議会の議決 (one step per party)
    CONCLUSION = "conclusion"  # 締結 (協約の締結 / 規約の成立 / 協定の締結)
    PERMISSION = "permission"  # 許可 (一部事務組合・広域連合: 284条2項・3項)
    PUBLIC_NOTICE = "public_notice"  # 告示
    NOTIFICATION = "notification"  # 届出


class StepStatus(StrEnum):
    NOT_STARTED = "not_started"  # 未着手
    IN_PROGRESS = "in_progress"  # 進行中
    DONE = "done"  # 完了
    NOT_REQUIRED = "not_required"  # 不要


@dataclass(frozen=True)
class ProcedureStep:
    kind: StepKind
    stage: int  # steps of one stage run in parallel; stages run in order
    party_code: str | None = None  # the party concerned, for per-party steps (議決, 告示)
    status: StepStatus = StepStatus.NOT_STARTED
    date: date | None = None  # the day the step was (or is planned to be) done
    authority: Authority = Authority.NONE  # the 届出 recipient or the 許可 grantor
    basis: str = ""  # the article requiring (or waiving) the step
    note: str = ""

    @property
    def key(self) -> str:
        """Stable identity within one checklist: ``kind`` or ``kind:party_code``."""
        return f"{self.kind}:{self.party_code}" if self.party_code else str(self.kind)

    @property
    def required(self) -> bool:
        return self.status is not StepStatus.NOT_REQUIRED


_COUNCIL_LIAISON_WAIVER = "地方自治法第252条の2の2第3項ただし書"
NOTE_MAX = 500


def prefecture_is_party(party_codes: Sequence[str]) -> bool:
    return any(is_prefecture_code(code) for code in party_codes)


def spans_prefectures(party_codes: Sequence[str]) -> bool:
    return len({prefecture_number(code) for code in party_codes}) > 1


def build_checklist(
    method: CooperationMethod, party_codes: Sequence[str], council_type: CouncilType | None = None
) -> tuple[ProcedureStep, ...]:
    """The steps ``method`` requires for these parties (6-digit codes, in 甲乙 order), all 未着手.

    Each party gets its own 議決 step; where the law waives it (連絡調整 協議会) the steps are kept
    with status 不要 so the checklist shows why nothing is needed.
    """
    profile = method_profile(method, council_type)
    parties = tuple(dict.fromkeys(party_codes))
    authority = approval_authority(
        method, prefecture_is_party(parties), spans_prefectures=spans_prefectures(parties)
    )
    steps: list[ProcedureStep] = [ProcedureStep(StepKind.CONSULTATION, 0, basis=profile.article)]
    if method is CooperationMethod.INFORMAL:
        steps.append(ProcedureStep(StepKind.CONCLUSION, 1))
        return tuple(steps)

    draft = StepKind.COMPACT_DRAFT if profile.document is DocumentKind.COMPACT else StepKind.RULES_DRAFT
    steps.append(ProcedureStep(draft, 1, basis=profile.article))
    if profile.council_resolution_required:
        steps += [
            ProcedureStep(StepKind.COUNCIL_RESOLUTION, 2, code, basis=profile.resolution_basis)
            for code in parties
        ]
    else:
        steps += [
            ProcedureStep(
                StepKind.COUNCIL_RESOLUTION,
                2,
                code,
                status=StepStatus.NOT_REQUIRED,
                basis=_COUNCIL_LIAISON_WAIVER,
            )
            for code in parties
        ]

    if profile.approval is ApprovalKind.PERMISSION:
        # 組合: the union comes into being with the 許可 (284条2項); the 許可 is then published.
        # (Who publishes it, the grantor or each member, is unverified: one step without a party.)
        steps.append(ProcedureStep(StepKind.PERMISSION, 3, authority=authority, basis=profile.approval_basis))
        steps.append(ProcedureStep(StepKind.PUBLIC_NOTICE, 4))
        return tuple(steps)

    steps.append(ProcedureStep(StepKind.CONCLUSION, 3, basis=profile.article))
    # 「告示するとともに…届け出なければならない」: each party publishes; the 届出 is one (連名) step.
    steps += [
        ProcedureStep(StepKind.PUBLIC_NOTICE, 4, code, basis=profile.approval_basis) for code in parties
    ]
    steps.append(ProcedureStep(StepKind.NOTIFICATION, 4, authority=authority, basis=profile.approval_basis))
    return tuple(steps)


def refresh_checklist(
    existing: Sequence[ProcedureStep], generated: Sequence[ProcedureStep]
) -> tuple[ProcedureStep, ...]:
    """``generated`` (after a change of method or parties) keeping the status, date and note the user
    recorded on steps with the same key. A step the law no longer requires becomes 不要; a step that
    was 不要 but is now required starts again at 未着手."""
    previous = {step.key: step for step in existing}
    merged: list[ProcedureStep] = []
    for step in generated:
        old = previous.get(step.key)
        if old is None:
            merged.append(step)
        elif not step.required:
            merged.append(replace(step, date=old.date, note=old.note))
        elif not old.required and old.basis == _COUNCIL_LIAISON_WAIVER:
            merged.append(replace(step, note=old.note))
        else:
            merged.append(replace(step, status=old.status, date=old.date, note=old.note))
    return tuple(merged)


def set_step(
    steps: Sequence[ProcedureStep],
    key: str,
    *,
    status: StepStatus | None = None,
    day: date | None = None,
    clear_date: bool = False,
    note: str | None = None,
) -> tuple[ProcedureStep, ...]:
    """A copy of ``steps`` with the step ``key`` changed. Raises KeyError for an unknown key."""
    if key not in {step.key for step in steps}:
        raise KeyError(key)
    changed = []
    for step in steps:
        if step.key == key:
            step = replace(
                step,
                status=status if status is not None else step.status,
                date=None if clear_date else (day if day is not None else step.date),
                note=note if note is not None else step.note,
            )
        changed.append(step)
    return tuple(changed)


def step_field(step: ProcedureStep) -> str:
    return f"steps.{step.key}.date"


def validate_checklist(steps: Sequence[ProcedureStep]) -> list[ValidationIssue]:
    """Dates in order, naming both steps; a 完了 step needs its date.

    A step is compared with the latest dated, required step of all earlier stages: e.g. a 議決 dated
    before the 協議 gives DATE_OUT_OF_ORDER at that 議決 with both kinds, parties and dates in params.
    Steps marked 不要 are ignored.
    """
    issues: list[ValidationIssue] = []
    for step in steps:
        if step.status is StepStatus.DONE and step.date is None:
            issues.append(ValidationIssue(step_field(step), ErrorCode.REQUIRED, {"event": str(step.kind)}))
        if len(step.note) > NOTE_MAX:
            issues.append(
                ValidationIssue(f"steps.{step.key}.note", ErrorCode.TOO_LONG, {"max": str(NOTE_MAX)})
            )
        if step.date is None or not step.required:
            continue
        earlier = [s for s in steps if s.stage < step.stage and s.required and s.date is not None]
        if not earlier:
            continue
        latest = max(earlier, key=lambda s: (s.date, s.stage))
        assert latest.date is not None
        if step.date < latest.date:
            issues.append(
                ValidationIssue(
                    step_field(step),
                    ErrorCode.DATE_OUT_OF_ORDER,
                    {
                        "event": str(step.kind),
                        "party": step.party_code or "",
                        "date": step.date.isoformat(),
                        "previous_event": str(latest.kind),
                        "previous_party": latest.party_code or "",
                        "previous_date": latest.date.isoformat(),
                    },
                )
            )
    return issues


def steps_from_input(
    steps: Sequence[ProcedureStep], values: Mapping[str, Mapping[str, object]]
) -> tuple[tuple[ProcedureStep, ...] | None, list[ValidationIssue]]:
    """Apply typed edits ``{step key: {"status": "done", "date": "令和6年4月1日", "note": ...}}``.

    Returns the new checklist, or None and every issue (bad date, unknown status or key, dates out
    of order) so that nothing is saved.
    """
    issues: list[ValidationIssue] = []
    by_key = {step.key: step for step in steps}
    updated = dict(by_key)
    for key, edit in values.items():
        if key not in by_key:
            issues.append(ValidationIssue(f"steps.{key}", ErrorCode.NOT_FOUND, {"value": key}))
            continue
        step = by_key[key]
        if "status" in edit:
            try:
                step = replace(step, status=StepStatus(str(edit["status"])))
            except ValueError:
                issues.append(
                    ValidationIssue(
                        f"steps.{key}.status", ErrorCode.UNKNOWN_CHOICE, {"value": str(edit["status"])}
                    )
                )
        if "date" in edit:
            try:
                step = replace(step, date=parse_date(edit["date"]))  # type: ignore[arg-type]
            except ParseError as exc:
                issues.append(ValidationIssue(f"steps.{key}.date", exc.code, {"value": str(edit["date"])}))
        if "note" in edit:
            step = replace(step, note=str(edit["note"] or "").strip())
        updated[key] = step
    result = tuple(updated[step.key] for step in steps)
    if not issues:
        issues = validate_checklist(result)
    if issues:
        return None, issues
    return result, []


def progress(steps: Sequence[ProcedureStep]) -> tuple[int, int]:
    """(完了 steps, required steps)."""
    required = [step for step in steps if step.required]
    return sum(step.status is StepStatus.DONE for step in required), len(required)


def next_steps(steps: Sequence[ProcedureStep]) -> tuple[ProcedureStep, ...]:
    """The required, unfinished steps of the earliest stage not yet complete."""
    pending = [step for step in steps if step.required and step.status is not StepStatus.DONE]
    if not pending:
        return ()
    stage = min(step.stage for step in pending)
    return tuple(step for step in pending if step.stage == stage)
