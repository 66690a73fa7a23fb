"""The single profile row: home municipality, 担当課, user name."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import Session

from ..domain.profile import Profile
from .records import log_change, values_of
from .tables import ProfileRow


def get(session: Session) -> Profile | None:
    row = session.get(ProfileRow, 1)
    if row is None:
        return None
    return Profile(home_code=row.home_code, department=row.department, user_name=row.user_name)


def save(session: Session, profile: Profile) -> Profile:
    existing = session.get(ProfileRow, 1)
    before = values_of(existing) if existing is not None else None
    row = existing or ProfileRow(id=1, home_code=profile.home_code, updated_at=datetime.now(UTC))
    row.home_code = profile.home_code
    row.department = profile.department
    row.user_name = profile.user_name
    row.updated_at = datetime.now(UTC)
    session.add(row)
    session.flush()
    log_change(session, "profile", row, "insert" if before is None else "update", before, profile.home_code)
    return profile
