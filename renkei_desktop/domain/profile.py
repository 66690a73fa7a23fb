"""Whose catalogue this is: the home municipality, 担当課 and the user's name."""

from __future__ import annotations

from dataclasses import dataclass

from .codes import is_valid_code
from .errors import ErrorCode, ValidationIssue


@dataclass(frozen=True)
class Profile:
    home_code: str
    department: str = ""
    user_name: str = ""


def validate_profile(profile: Profile) -> list[ValidationIssue]:
    issues = []
    if not profile.home_code:
        issues.append(ValidationIssue("home_code", ErrorCode.REQUIRED))
    elif not is_valid_code(profile.home_code):
        issues.append(ValidationIssue("home_code", ErrorCode.BAD_CHECK_DIGIT, {"value": profile.home_code}))
    if len(profile.department) > 50:
        issues.append(ValidationIssue("department", ErrorCode.TOO_LONG, {"max": "50"}))
    if len(profile.user_name) > 50:
        issues.append(ValidationIssue("user_name", ErrorCode.TOO_LONG, {"max": "50"}))
    return issues
