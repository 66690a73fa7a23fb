"""Agreement rows (document + party links) ↔ domain agreements."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import Session, col, delete, select

from ..domain.agreements import Agreement
from .documents import from_document, to_document
from .records import check_version, log_change, new_uid, values_of
from .tables import AgreementPartyRow, AgreementRow

_SKIP = ("id", "version", "created_at", "updated_at", "uid")


def to_domain(row: AgreementRow) -> Agreement:
    agreement = from_document(Agreement, row.document)
    return agreement.with_changes(id=row.id, version=row.version, uid=row.uid, created_at=row.created_at, updated_at=row.updated_at)


def _apply(row: AgreementRow, agreement: Agreement) -> None:
    row.kind = agreement.kind.value
    row.title = agreement.title
    row.plan_id = agreement.plan_id
    doc = to_document(agreement)
    for key in _SKIP:
        doc.pop(key, None)
    row.document = doc


def _link_parties(session: Session, agreement_id: int, agreement: Agreement) -> None:
    session.exec(delete(AgreementPartyRow).where(col(AgreementPartyRow.agreement_id) == agreement_id))
    codes = dict.fromkeys(p.code for p in agreement.parties)
    session.add_all(AgreementPartyRow(agreement_id=agreement_id, code=code) for code in codes)


def list_all(session: Session) -> list[Agreement]:
    return [to_domain(r) for r in session.exec(select(AgreementRow).order_by(col(AgreementRow.id)))]


def get(session: Session, agreement_id: int) -> Agreement | None:
    row = session.get(AgreementRow, agreement_id)
    return to_domain(row) if row else None


def insert(session: Session, agreement: Agreement, *, keep_id: bool = False) -> Agreement:
    now = datetime.now(UTC)
    row = AgreementRow(
        kind=agreement.kind.value, title=agreement.title, created_at=agreement.created_at or now,
        updated_at=now, version=max(agreement.version, 1) if keep_id else 1,
        uid=agreement.uid or new_uid(),
    )  # fmt: skip
    if keep_id and agreement.id is not None:
        row.id = agreement.id
    _apply(row, agreement)
    session.add(row)
    session.flush()
    assert row.id is not None
    _link_parties(session, row.id, agreement)
    session.flush()
    log_change(session, "agreement", row, "insert", None, row.title)
    return to_domain(row)


def update(session: Session, agreement: Agreement) -> Agreement | None:
    assert agreement.id is not None
    row = session.get(AgreementRow, agreement.id)
    if row is None:
        return None
    check_version("agreement", row, agreement, to_domain)
    before = values_of(row)
    _apply(row, agreement)
    log_change(session, "agreement", row, "update", before, row.title)
    row.version += 1
    row.updated_at = datetime.now(UTC)
    session.add(row)
    _link_parties(session, agreement.id, agreement)
    session.flush()
    return to_domain(row)


def delete_agreement(session: Session, agreement_id: int) -> Agreement | None:
    row = session.get(AgreementRow, agreement_id)
    if row is None:
        return None
    agreement = to_domain(row)
    log_change(session, "agreement", row, "delete", values_of(row), row.title)
    session.exec(delete(AgreementPartyRow).where(col(AgreementPartyRow.agreement_id) == agreement_id))
    session.delete(row)
    session.flush()
    return agreement
