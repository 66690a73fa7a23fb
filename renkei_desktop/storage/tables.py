"""sqlmodel table classes (``*Row``). Portable SQL: no SQLite-only types or defaults here."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlmodel import Field, SQLModel


class DecimalText(sa.types.TypeDecorator):
    """Exact decimals stored as text: SQLite has no decimal type and floats would round money."""

    impl = sa.String(40)
    cache_ok = True

    def process_bind_param(self, value, dialect):  # noqa: ANN001
        return None if value is None else str(Decimal(value))

    def process_result_value(self, value, dialect):  # noqa: ANN001
        return None if value is None else Decimal(value)


class MunicipalityRow(SQLModel, table=True):
    __tablename__ = "municipality"

    code: str = Field(primary_key=True, max_length=6)
    kind: str = Field(max_length=20, index=True)
    prefecture: str = Field(max_length=10, index=True)
    name: str = Field(max_length=50)
    kana: str = Field(max_length=100)
    latitude: float | None = None
    longitude: float | None = None


class StatisticRow(SQLModel, table=True):
    __tablename__ = "municipality_statistic"
    __table_args__ = (sa.UniqueConstraint("municipality_code", "kind", "reference_date"),)

    id: int | None = Field(default=None, primary_key=True)
    municipality_code: str = Field(
        sa_column=sa.Column(
            sa.String(6), sa.ForeignKey("municipality.code", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    kind: str = Field(max_length=40)
    value: Decimal = Field(sa_type=DecimalText, nullable=False)
    reference_date: date
    source: str = Field(max_length=200)


class DutyRow(SQLModel, table=True):
    __tablename__ = "duty"

    id: int | None = Field(default=None, primary_key=True)
    owner_code: str = Field(
        sa_column=sa.Column(sa.String(6), sa.ForeignKey("municipality.code"), nullable=False, index=True)
    )
    name: str = Field(max_length=100)
    kana: str = Field(default="", max_length=100)
    category: str = Field(max_length=40)
    description: str = Field(default="", sa_type=sa.Text)
    legal_basis: str = Field(default="", max_length=300)
    workload_person_years: Decimal = Field(default=Decimal(0), sa_type=DecimalText, nullable=False)
    annual_cost_yen: int = Field(default=0, sa_type=sa.BigInteger, nullable=False)
    expertise: list[str] = Field(default_factory=list, sa_type=sa.JSON, nullable=False)
    current_staff: Decimal = Field(default=Decimal(0), sa_type=DecimalText, nullable=False)
    staffing_gap: Decimal = Field(default=Decimal(0), sa_type=DecimalText, nullable=False)
    urgency: str = Field(default="medium", max_length=20)
    status: str = Field(default="considering", max_length=20)
    department: str = Field(default="", max_length=50)
    notes: str = Field(default="", sa_type=sa.Text)
    template_key: str | None = Field(default=None, max_length=100)
    typical_methods: list[str] = Field(default_factory=list, sa_type=sa.JSON, nullable=False)
    version: int = Field(default=1)
    uid: str = Field(
        default_factory=lambda: uuid.uuid4().hex,
        sa_column=sa.Column(sa.String(32), nullable=False, unique=True),
    )
    created_at: datetime
    updated_at: datetime


class ProfileRow(SQLModel, table=True):
    """Who this catalogue belongs to: the home municipality, 担当課 and the user's name."""

    __tablename__ = "profile"

    id: int = Field(default=1, primary_key=True)
    home_code: str = Field(sa_column=sa.Column(sa.String(6), sa.ForeignKey("municipality.code"), nullable=False))
    department: str = Field(default="", max_length=50)
    user_name: str = Field(default="", max_length=50)
    updated_at: datetime


class PlanRow(SQLModel, table=True):
    """A cooperation plan for a duty; parties, roles, cost items and steps live in ``document``."""

    __tablename__ = "plan"

    id: int | None = Field(default=None, primary_key=True)
    duty_id: int = Field(sa_column=sa.Column(sa.Integer, sa.ForeignKey("duty.id"), nullable=False, index=True))
    name: str = Field(max_length=200)
    method: str = Field(max_length=40)
    lead_code: str = Field(sa_column=sa.Column(sa.String(6), sa.ForeignKey("municipality.code"), nullable=False))
    chosen: bool = Field(default=False)
    status: str = Field(default="draft", max_length=20)
    document: dict = Field(default_factory=dict, sa_type=sa.JSON, nullable=False)
    version: int = Field(default=1)
    uid: str = Field(
        default_factory=lambda: uuid.uuid4().hex,
        sa_column=sa.Column(sa.String(32), nullable=False, unique=True),
    )
    created_at: datetime
    updated_at: datetime


class PlanPartyRow(SQLModel, table=True):
    """Which municipalities take part in a plan (keys and queries; the roles are in the document)."""

    __tablename__ = "plan_party"

    plan_id: int = Field(
        sa_column=sa.Column(sa.Integer, sa.ForeignKey("plan.id", ondelete="CASCADE"), primary_key=True)
    )
    code: str = Field(
        sa_column=sa.Column(sa.String(6), sa.ForeignKey("municipality.code"), primary_key=True, index=True)
    )


class AgreementRow(SQLModel, table=True):
    """An agreement (連携協約, 規約, 協定 …); clauses, events and membership live in ``document``."""

    __tablename__ = "agreement"

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=40)
    title: str = Field(max_length=200)
    plan_id: int | None = Field(
        default=None, sa_column=sa.Column(sa.Integer, sa.ForeignKey("plan.id", ondelete="SET NULL"), nullable=True)
    )
    document: dict = Field(default_factory=dict, sa_type=sa.JSON, nullable=False)
    version: int = Field(default=1)
    uid: str = Field(
        default_factory=lambda: uuid.uuid4().hex,
        sa_column=sa.Column(sa.String(32), nullable=False, unique=True),
    )
    created_at: datetime
    updated_at: datetime


class AgreementPartyRow(SQLModel, table=True):
    __tablename__ = "agreement_party"

    agreement_id: int = Field(
        sa_column=sa.Column(sa.Integer, sa.ForeignKey("agreement.id", ondelete="CASCADE"), primary_key=True)
    )
    code: str = Field(
        sa_column=sa.Column(sa.String(6), sa.ForeignKey("municipality.code"), primary_key=True, index=True)
    )


class AppStateRow(SQLModel, table=True):
    """Small JSON documents the app remembers with the data (e.g. the exchange state), so they are
    backed up, restored and rolled back together with it."""

    __tablename__ = "app_state"

    key: str = Field(primary_key=True, max_length=100)
    value: dict = Field(default_factory=dict, sa_type=sa.JSON, nullable=False)
    updated_at: datetime


class AuditRow(SQLModel, table=True):
    """One change to a record: who, when, which record, and ``{field: [old, new]}``."""

    __tablename__ = "audit_log"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(index=True)
    actor: str = Field(default="", max_length=100)
    kind: str = Field(max_length=20, index=True)  # duty, plan, agreement, statistic, profile
    record_id: int | None = Field(default=None, index=True)
    record_uid: str = Field(default="", max_length=32)
    label: str = Field(default="", max_length=200)  # the record's name when the change was made
    action: str = Field(max_length=10)  # insert, update, delete
    changes: dict = Field(default_factory=dict, sa_type=sa.JSON, nullable=False)
