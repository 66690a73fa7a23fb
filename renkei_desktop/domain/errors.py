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
    # Sharing rules (負担金, domain/sharing.py) and their JSON files (domain/sharing_json.py).
    WEIGHTS_NOT_100 = "weights_not_100"  # params: sum
    WEIGHT_NOT_POSITIVE = "weight_not_positive"  # params: value
    DUPLICATE_COMPONENT = "duplicate_component"  # params: basis, figure
    MISSING_BASE_FIGURE = "missing_base_figure"  # params: party, basis, figure
    NEGATIVE_AMOUNT = "negative_amount"  # params: value
    UNKNOWN_PARTY = "unknown_party"  # params: party
    DUPLICATE_PARTY = "duplicate_party"  # params: party
    NO_PARTIES = "no_parties"
    ZERO_BASE = "zero_base"  # params: basis, figure
    HOST_NOT_A_PARTY = "host_not_a_party"  # params: party
    LEAD_NOT_A_PARTY = "lead_not_a_party"  # params: party
    AGREED_NOT_100 = "agreed_not_100"  # params: sum
    FIXED_EXCEEDS_TOTAL = "fixed_exceeds_total"  # params: fixed, net
    FIXED_NOT_EQUAL_TOTAL = "fixed_not_equal_total"  # params: fixed, net
    REVENUES_EXCEED_TOTAL = "revenues_exceed_total"  # params: revenues, total
    NOT_APPLICABLE = "not_applicable"  # params: basis
    BAD_JSON = "bad_json"  # params: line, column, detail
    DUPLICATE_KEY = "duplicate_key"  # params: key
    UNKNOWN_FIELD = "unknown_field"  # params: allowed
    WRONG_TYPE = "wrong_type"  # params: expected
    UNSUPPORTED_FORMAT = "unsupported_format"  # params: value, supported
    # Plans, procedures and agreements (plans.py, procedures.py, agreements.py); they also use
    # DUPLICATE_PARTY, LEAD_NOT_A_PARTY, UNKNOWN_PARTY (params: party) and REVENUES_EXCEED_TOTAL.
    TOO_FEW_PARTIES = "too_few_parties"  # params: min, count
    TOO_MANY_PARTIES = "too_many_parties"  # params: max, count
    DUPLICATE = "duplicate"  # params: value
    DATE_OUT_OF_ORDER = "date_out_of_order"  # params: event, date, previous_event, previous_date (+ party)
    MEETINGS_TOO_RARE = "meetings_too_rare"  # params: value, min (連絡会議 at least yearly)
    CHOSEN_PLAN_REJECTED = "chosen_plan_rejected"
    MULTIPLE_CHOSEN = "multiple_chosen"  # params: value (the plan ids)
    HAS_PLANS = "has_plans"  # params: value (the duty's name), count


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
    # Environment tier: the operation failed because of the machine, not the input; nothing was written.
    DISK_FULL = "disk_full"  # SQLITE_FULL, ENOSPC, EDQUOT
    READ_ONLY = "read_only"  # SQLITE_READONLY on a file marked read-only, EROFS
    NO_PERMISSION = "no_permission"  # EACCES/EPERM, SQLITE_PERM, SQLITE_READONLY without write access
    BUSY = "busy"  # SQLITE_BUSY/SQLITE_LOCKED past the busy timeout, a sharing violation
    IO_ERROR = "io_error"  # SQLITE_IOERR, other OSError (network drive gone)
    HELD_BY_OTHER = "held_by_other"  # the lock file: someone else works on this database (detail: who)
    READ_ONLY_MODE = "read_only_mode"  # opened read-only on purpose: a write was attempted
    NEEDS_WRITE = "needs_write"  # a new or outdated file cannot be opened read-only


class StaleRecord(Exception):
    """A save refused because the record changed since it was read (by another window, user or import).

    ``current`` is the record as stored now, ``attempted`` the one that would have overwritten it.
    """

    def __init__(self, kind: str, current: object, attempted: object):
        super().__init__(f"{kind} {getattr(current, 'id', '?')}: stored version {getattr(current, 'version', '?')}, "
                         f"edited from version {getattr(attempted, 'version', '?')}")
        self.kind = kind
        self.current = current
        self.attempted = attempted


class StorageError(Exception):
    """A database file that cannot be used; the file has not been changed."""

    def __init__(self, code: StorageErrorCode, path: str, detail: str = ""):
        super().__init__(f"{code}: {path} {detail}".strip())
        self.code = code
        self.path = path
        self.detail = detail
