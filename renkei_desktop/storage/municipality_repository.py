"""Municipality and statistic rows ↔ domain objects."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlmodel import Session, col, select

from ..domain.municipalities import Municipality, MunicipalityKind, Statistic, StatKind
from .records import log_change, values_of
from .tables import MunicipalityRow, StatisticRow


def _statistic(row: StatisticRow) -> Statistic:
    return Statistic(
        municipality_code=row.municipality_code,
        kind=StatKind(row.kind),
        value=row.value,
        reference_date=row.reference_date,
        source=row.source,
        id=row.id,
    )


def _municipality(row: MunicipalityRow, stats: Iterable[Statistic] = ()) -> Municipality:
    return Municipality(
        code=row.code,
        kind=MunicipalityKind(row.kind),
        prefecture=row.prefecture,
        name=row.name,
        kana=row.kana,
        latitude=row.latitude,
        longitude=row.longitude,
        statistics=tuple(stats),
    )


def count(session: Session) -> int:
    return len(session.exec(select(MunicipalityRow.code)).all())


def add_all(session: Session, municipalities: Iterable[Municipality]) -> None:
    session.add_all(
        MunicipalityRow(
            code=m.code,
            kind=m.kind.value,
            prefecture=m.prefecture,
            name=m.name,
            kana=m.kana,
            latitude=m.latitude,
            longitude=m.longitude,
        )
        for m in municipalities
    )


def codes(session: Session) -> set[str]:
    """Every code in the master (plans and agreements check their parties against it)."""
    return set(session.exec(select(MunicipalityRow.code)).all())


def list_all(session: Session, *, with_statistics: bool = True) -> list[Municipality]:
    # Plain column rows, not ORM objects: all 1,788 municipalities are read at once (charts, partner
    # lists, exchange), and building an ORM object per row costs ten times the query.
    stats: dict[str, list[Statistic]] = defaultdict(list)
    if with_statistics:
        s = StatisticRow
        query = select(s.municipality_code, s.kind, s.value, s.reference_date, s.source, s.id)
        for code, kind, value, reference_date, source, stat_id in session.exec(query):
            stats[code].append(Statistic(code, StatKind(kind), value, reference_date, source, id=stat_id))
    m = MunicipalityRow
    query = select(m.code, m.kind, m.prefecture, m.name, m.kana, m.latitude, m.longitude).order_by(
        col(m.code)
    )
    return [
        Municipality(
            code=code,
            kind=MunicipalityKind(kind),
            prefecture=prefecture,
            name=name,
            kana=kana,
            latitude=latitude,
            longitude=longitude,
            statistics=tuple(stats.get(code, ())),
        )
        for code, kind, prefecture, name, kana, latitude, longitude in session.exec(query)
    ]


def get(session: Session, code: str) -> Municipality | None:
    row = session.get(MunicipalityRow, code)
    if row is None:
        return None
    stats = session.exec(select(StatisticRow).where(StatisticRow.municipality_code == code))
    return _municipality(row, (_statistic(s) for s in stats))


def upsert_statistic(session: Session, stat: Statistic) -> Statistic:
    """Insert, or replace the value and source of the same (code, kind, reference date)."""
    row = session.exec(
        select(StatisticRow).where(
            StatisticRow.municipality_code == stat.municipality_code,
            StatisticRow.kind == stat.kind.value,
            StatisticRow.reference_date == stat.reference_date,
        )
    ).first()
    before = None
    if row is None:
        row = StatisticRow(
            municipality_code=stat.municipality_code,
            kind=stat.kind.value,
            value=stat.value,
            reference_date=stat.reference_date,
            source=stat.source,
        )
    else:
        before = values_of(row)
        row.value = stat.value
        row.source = stat.source
    session.add(row)
    session.flush()
    label = f"{stat.municipality_code} {stat.kind.value} {stat.reference_date.isoformat()}"
    log_change(session, "statistic", row, "insert" if before is None else "update", before, label)
    return _statistic(row)


def delete_statistic(session: Session, statistic_id: int) -> Statistic | None:
    row = session.get(StatisticRow, statistic_id)
    if row is None:
        return None
    stat = _statistic(row)
    label = f"{row.municipality_code} {row.kind} {row.reference_date.isoformat()}"
    log_change(session, "statistic", row, "delete", values_of(row), label)
    session.delete(row)
    return stat
