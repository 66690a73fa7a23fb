"""Plan rows (document + party links) ↔ domain plans."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import Session, col, delete, select

from ..domain.plans import Plan
from .documents import from_document, to_document
from .records import check_version, log_change, new_uid, values_of
from .tables import PlanPartyRow, PlanRow

_SKIP = ("id", "version", "created_at", "updated_at", "uid")


def to_domain(row: PlanRow) -> Plan:
    plan = from_document(Plan, row.document)
    return plan.with_changes(id=row.id, version=row.version, uid=row.uid, created_at=row.created_at, updated_at=row.updated_at)


def _document(plan: Plan) -> dict:
    doc = to_document(plan)
    for key in _SKIP:
        doc.pop(key, None)
    return doc


def _apply(row: PlanRow, plan: Plan) -> None:
    row.duty_id = plan.duty_id
    row.name = plan.name
    row.method = plan.method.value
    row.lead_code = plan.lead_code
    row.chosen = plan.chosen
    row.status = plan.status.value
    row.document = _document(plan)


def _link_parties(session: Session, plan_id: int, plan: Plan) -> None:
    session.exec(delete(PlanPartyRow).where(col(PlanPartyRow.plan_id) == plan_id))
    session.add_all(PlanPartyRow(plan_id=plan_id, code=code) for code in dict.fromkeys(plan.party_codes))


def list_all(session: Session) -> list[Plan]:
    return [to_domain(r) for r in session.exec(select(PlanRow).order_by(col(PlanRow.duty_id), col(PlanRow.id)))]


def list_for_duty(session: Session, duty_id: int) -> list[Plan]:
    rows = session.exec(select(PlanRow).where(PlanRow.duty_id == duty_id).order_by(col(PlanRow.id)))
    return [to_domain(r) for r in rows]


def get(session: Session, plan_id: int) -> Plan | None:
    row = session.get(PlanRow, plan_id)
    return to_domain(row) if row else None


def insert(session: Session, plan: Plan, *, keep_id: bool = False) -> Plan:
    now = datetime.now(UTC)
    row = PlanRow(
        duty_id=plan.duty_id, name=plan.name, method=plan.method.value, lead_code=plan.lead_code,
        created_at=plan.created_at or now, updated_at=now, version=max(plan.version, 1) if keep_id else 1,
        uid=plan.uid or new_uid(),
    )  # fmt: skip
    if keep_id and plan.id is not None:
        row.id = plan.id
    _apply(row, plan)
    session.add(row)
    session.flush()
    assert row.id is not None
    _link_parties(session, row.id, plan)
    session.flush()
    log_change(session, "plan", row, "insert", None, row.name)
    return to_domain(row)


def update(session: Session, plan: Plan) -> Plan | None:
    assert plan.id is not None
    row = session.get(PlanRow, plan.id)
    if row is None:
        return None
    check_version("plan", row, plan, to_domain)
    before = values_of(row)
    _apply(row, plan)
    log_change(session, "plan", row, "update", before, row.name)
    row.version += 1
    row.updated_at = datetime.now(UTC)
    session.add(row)
    _link_parties(session, plan.id, plan)
    session.flush()
    return to_domain(row)


def delete_plan(session: Session, plan_id: int) -> Plan | None:
    row = session.get(PlanRow, plan_id)
    if row is None:
        return None
    plan = to_domain(row)
    log_change(session, "plan", row, "delete", values_of(row), row.name)
    session.exec(delete(PlanPartyRow).where(col(PlanPartyRow.plan_id) == plan_id))
    session.delete(row)
    session.flush()
    return plan


def count_for_duty(session: Session, duty_id: int) -> int:
    return len(session.exec(select(PlanRow.id).where(PlanRow.duty_id == duty_id)).all())


def partner_counts(session: Session, home_code: str) -> dict[str, int]:
    """How many plans each municipality shares with ``home_code`` (for partner ranking)."""
    plan_ids = select(PlanPartyRow.plan_id).where(PlanPartyRow.code == home_code)
    counts: dict[str, int] = {}
    for code in session.exec(select(PlanPartyRow.code).where(col(PlanPartyRow.plan_id).in_(plan_ids))):
        if code != home_code:
            counts[code] = counts.get(code, 0) + 1
    return counts
