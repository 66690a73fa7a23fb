"""The profile: which municipality this catalogue belongs to."""

from __future__ import annotations

from ..domain.errors import ErrorCode, ValidationFailed, ValidationIssue
from ..domain.profile import Profile, validate_profile
from ..storage import municipality_repository, profile_repository
from ..storage.database import Database
from .changes import Changes


class ProfileService:
    def __init__(self, db: Database):
        self._db = db

    def get(self) -> Profile | None:
        with self._db.reading() as session:
            profile = profile_repository.get(session)
        self._name_actor(profile)
        return profile

    def _name_actor(self, profile: Profile | None) -> None:
        """The audit log names the profile's user (with the login name), or the login name alone."""
        login = self._db.login
        self._db.actor = f"{profile.user_name}（{login}）" if profile and profile.user_name else login

    def save(self, profile: Profile) -> tuple[Profile, Changes]:
        profile = Profile(profile.home_code.strip(), profile.department.strip(), profile.user_name.strip())
        issues = validate_profile(profile)
        if issues:
            raise ValidationFailed(issues)
        with self._db.transaction() as session:
            home = municipality_repository.get(session, profile.home_code)
            if home is None:
                raise ValidationFailed(
                    [ValidationIssue("home_code", ErrorCode.UNKNOWN_MUNICIPALITY, {"value": profile.home_code})]
                )
            profile_repository.save(session, profile)
        self._name_actor(profile)
        return profile, Changes(profile=True)
