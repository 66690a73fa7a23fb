"""Record versions refuse stale saves; every change leaves an audit entry in the same transaction."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest

from renkei_desktop.domain.duties import Duty, DutyCategory
from renkei_desktop.domain.errors import StaleRecord, ValidationFailed
from renkei_desktop.domain.profile import Profile
from renkei_desktop.services.audit import AuditFilter
from renkei_desktop.services.container import Services
from renkei_desktop.services.demo import load_demo

HOME = "204137"


def _duty(name: str = "ごみ処理", **changes: object) -> Duty:
    return Duty(owner_code=HOME, name=name, category=DutyCategory.ENVIRONMENT, **changes)  # type: ignore[arg-type]


def test_saving_a_duty_edited_from_an_older_version_is_refused_and_nothing_changes(services: Services) -> None:
    saved, _ = services.catalogue.add(_duty())
    services.catalogue.update(saved.with_changes(notes="別の画面での変更"))
    with pytest.raises(StaleRecord) as refused:
        services.catalogue.update(saved.with_changes(annual_cost_yen=1))
    assert refused.value.current.notes == "別の画面での変更"
    assert refused.value.attempted.annual_cost_yen == 1
    stored = services.catalogue.get(saved.id)  # type: ignore[arg-type]
    assert stored is not None and stored.annual_cost_yen == 0 and stored.notes == "別の画面での変更"


def test_stale_plan_and_agreement_saves_are_refused(services: Services) -> None:
    load_demo(services)
    plan = services.plans.list_all()[0]
    services.plans.update(plan.with_changes(notes="先の保存"))
    with pytest.raises(StaleRecord):
        services.plans.update(plan.with_changes(notes="後の保存"))
    agreement = services.agreements.list_all()[0]
    services.agreements.update(agreement.with_changes(notes="先の保存"))
    with pytest.raises(StaleRecord):
        services.agreements.update(agreement.with_changes(notes="後の保存"))


def test_records_get_distinct_stable_uids(services: Services) -> None:
    first, _ = services.catalogue.add(_duty("ごみ処理"))
    second, _ = services.catalogue.add(_duty("し尿処理"))
    assert len(first.uid) == 32 and first.uid != second.uid
    updated, _ = services.catalogue.update(first.with_changes(notes="変更"))
    assert updated.uid == first.uid


def test_a_duplicated_duty_gets_its_own_uid(services: Services) -> None:
    saved, _ = services.catalogue.add(_duty())
    copy, _ = services.catalogue.duplicate(saved.id, "（複製）")  # type: ignore[arg-type]
    assert copy.uid != saved.uid


def test_undo_of_delete_restores_the_same_uid_and_version(services: Services) -> None:
    saved, _ = services.catalogue.add(_duty())
    removed, _ = services.catalogue.delete(saved.id)  # type: ignore[arg-type]
    restored, _ = services.catalogue.restore(removed)
    assert (restored.uid, restored.version) == (saved.uid, saved.version)


def test_audit_log_names_who_changed_which_field_from_what_to_what(services: Services) -> None:
    services.profile.save(Profile(HOME, "総務課", "山田太郎"))
    saved, _ = services.catalogue.add(_duty(annual_cost_yen=1000))
    services.catalogue.update(saved.with_changes(annual_cost_yen=2500, notes="見直し"))
    services.catalogue.delete(saved.id)  # type: ignore[arg-type]

    entries = services.audit.entries(AuditFilter(kind="duty", record_id=saved.id))
    assert [e.action for e in entries] == ["delete", "update", "insert"]  # newest first
    update = entries[1]
    assert update.changes == {"annual_cost_yen": (1000, 2500), "notes": ("", "見直し")}
    assert update.label == "ごみ処理"
    assert update.actor.startswith("山田太郎")
    assert update.record_uid == saved.uid
    assert entries[0].changes["name"] == ("ごみ処理", None)


def test_a_refused_save_leaves_no_audit_entry(services: Services) -> None:
    saved, _ = services.catalogue.add(_duty())
    with pytest.raises(ValidationFailed):
        services.catalogue.update(saved.with_changes(name=""))
    assert [e.action for e in services.audit.entries(AuditFilter(kind="duty"))] == ["insert"]


def test_an_update_that_changes_nothing_is_not_logged(services: Services) -> None:
    saved, _ = services.catalogue.add(_duty())
    services.catalogue.update(saved)
    assert len(services.audit.entries(AuditFilter(kind="duty"))) == 1


def test_plan_changes_list_the_document_fields_that_changed(services: Services) -> None:
    load_demo(services)
    plan = services.plans.list_all()[0]
    services.plans.update(plan.with_changes(notes="協議中", workload_person_years=Decimal("0.7")))
    entry = services.audit.entries(AuditFilter(kind="plan", record_id=plan.id), limit=1)[0]
    assert entry.action == "update"
    assert set(entry.changes) == {"notes", "workload_person_years"}
    assert entry.changes["notes"][1] == "協議中"


def test_text_filter_finds_entries_by_value(services: Services) -> None:
    saved, _ = services.catalogue.add(_duty("除雪作業"))
    services.catalogue.update(saved.with_changes(notes="県道の除雪は県へ委託"))
    found = services.audit.entries(AuditFilter(text="県へ委託"))
    assert [e.action for e in found] == ["update"]


def test_audit_export_writes_one_line_per_changed_field_as_utf8_with_bom(services: Services, tmp_path: Path) -> None:
    saved, _ = services.catalogue.add(_duty())
    services.catalogue.update(saved.with_changes(annual_cost_yen=5, notes="髙﨑①"))
    out = tmp_path / "履歴.csv"
    services.audit.export_csv(out, AuditFilter(kind="duty", record_id=saved.id))
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:3] == ["日時", "利用者", "種類"]
    updates = [r for r in rows[1:] if r[5] == "変更"]
    assert sorted((r[6], r[7], r[8]) for r in updates) == [("annual_cost_yen", "0", "5"), ("notes", "", "髙﨑①")]
