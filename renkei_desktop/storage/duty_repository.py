"""Duty rows ↔ domain duties."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from sqlmodel import Session, col, select

from ..domain.duties import Duty, DutyCategory, DutyStatus, Urgency
from ..domain.methods import CooperationMethod
from .records import check_version, log_change, new_uid, values_of
from .tables import DutyRow


def to_domain(row: DutyRow) -> Duty:
    return Duty(
        id=row.id,
        owner_code=row.owner_code,
        name=row.name,
        kana=row.kana,
        category=DutyCategory(row.category),
        description=row.description,
        legal_basis=row.legal_basis,
        workload_person_years=Decimal(row.workload_person_years),
        annual_cost_yen=int(row.annual_cost_yen),
        expertise=tuple(row.expertise or ()),
        current_staff=Decimal(row.current_staff),
        staffing_gap=Decimal(row.staffing_gap),
        urgency=Urgency(row.urgency),
        status=DutyStatus(row.status),
        department=row.department,
        notes=row.notes,
        template_key=row.template_key,
        typical_methods=tuple(CooperationMethod(m) for m in row.typical_methods or ()),
        version=row.version,
        uid=row.uid,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def _apply(row: DutyRow, duty: Duty) -> None:
    row.owner_code = duty.owner_code
    row.name = duty.name
    row.kana = duty.kana
    row.category = duty.category.value
    row.description = duty.description
    row.legal_basis = duty.legal_basis
    row.workload_person_years = duty.workload_person_years
    row.annual_cost_yen = duty.annual_cost_yen
    row.expertise = list(duty.expertise)
    row.current_staff = duty.current_staff
    row.staffing_gap = duty.staffing_gap
    row.urgency = duty.urgency.value
    row.status = duty.status.value
    row.department = duty.department
    row.notes = duty.notes
    row.template_key = duty.template_key
    row.typical_methods = [m.value for m in duty.typical_methods]


def list_for_owner(session: Session, owner_code: str) -> list[Duty]:
    rows = session.exec(select(DutyRow).where(DutyRow.owner_code == owner_code).order_by(col(DutyRow.id)))
    return [to_domain(r) for r in rows]


def get(session: Session, duty_id: int) -> Duty | None:
    row = session.get(DutyRow, duty_id)
    return to_domain(row) if row else None


def insert(session: Session, duty: Duty, *, keep_id: bool = False) -> Duty:
    """Insert a duty; ``keep_id`` re-creates a deleted duty under its old id (undo of delete)."""
    now = datetime.now(UTC)
    row = DutyRow(
        owner_code=duty.owner_code,
        name=duty.name,
        category=duty.category.value,
        created_at=duty.created_at or now,
        updated_at=now,
        version=max(duty.version, 1) if keep_id else 1,
        uid=duty.uid or new_uid(),
    )
    if keep_id and duty.id is not None:
        row.id = duty.id
    _apply(row, duty)
    session.add(row)
    session.flush()
    log_change(session, "duty", row, "insert", None, row.name)
    return to_domain(row)


def update(session: Session, duty: Duty) -> Duty | None:
    """Write all fields of ``duty``; None when the duty no longer exists."""
    assert duty.id is not None
    row = session.get(DutyRow, duty.id)
    if row is None:
        return None
    check_version("duty", row, duty, to_domain)
    before = values_of(row)
    _apply(row, duty)
    log_change(session, "duty", row, "update", before, row.name)
    row.version += 1
    row.updated_at = datetime.now(UTC)
    session.add(row)
    session.flush()
    return to_domain(row)


def delete(session: Session, duty_id: int) -> Duty | None:
    row = session.get(DutyRow, duty_id)
    if row is None:
        return None
    duty = to_domain(row)
    log_change(session, "duty", row, "delete", values_of(row), row.name)
    session.delete(row)
    session.flush()
    return duty
