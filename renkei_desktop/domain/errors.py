"""Validation issues: error codes with the field concerned, never UI text."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class ErrorCode(StrEnum):
    REQUIRED = "required"
    TOO_LONG = "too_long"
    NOT_A_NUMBER = "not_a_number"
    NEGATIVE = "negative"
    TOO_LARGE = "too_large"
    TOO_PRECISE = "too_precise"
    NOT_AN_INTEGER = "not_an_integer"
    BAD_DATE = "bad_date"
    BAD_CODE_FORMAT = "bad_code_format"
    BAD_CHECK_DIGIT = "bad_check_digit"
    UNKNOWN_CHOICE = "unknown_choice"
    UNKNOWN_MUNICIPALITY = "unknown_municipality"
    NOT_FOUND = "not_found"


@dataclass(frozen=True)
class ValidationIssue:
    """One problem with one field. ``params`` carries values the message needs (limits, input)."""

    field: str
    code: ErrorCode
    params: dict[str, str] = field(default_factory=dict)


class ValidationFailed(Exception):
    """Raised by services when a record is invalid; nothing has been written."""

    def __init__(self, issues: list[ValidationIssue]):
        super().__init__("; ".join(f"{i.field}:{i.code}" for i in issues))
        self.issues = issues

    def for_field(self, name: str) -> list[ValidationIssue]:
        return [i for i in self.issues if i.field == name]


class StorageErrorCode(StrEnum):
    NOT_A_DATABASE = "not_a_database"  # not SQLite at all
    NOT_RENKEI = "not_renkei"  # SQLite, but another application's
    TOO_NEW = "too_new"  # written by a newer Renkei Desktop
    CORRUPT = "corrupt"
    CANNOT_OPEN = "cannot_open"  # missing folder, permission, locked


class StorageError(Exception):
    """A database file that cannot be used; the file has not been changed."""

    def __init__(self, code: StorageErrorCode, path: str, detail: str = ""):
        super().__init__(f"{code}: {path} {detail}".strip())
        self.code = code
        self.path = path
        self.detail = detail
