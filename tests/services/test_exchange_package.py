"""Partner packages (.renkei): stable ids, new / changed / conflict / unchanged, the user decides."""

from __future__ import annotations

import json
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from renkei_desktop.domain.profile import Profile
from renkei_desktop.services.container import Services
from renkei_desktop.services.exchange.errors import ExchangeError, ExchangeErrorCode
from renkei_desktop.services.exchange.package import CHANGED, CONFLICT, LOCAL_NEWER, NEW, UNCHANGED
from tests.services.exchange_support import HOME, dump, plain_duty  # noqa: F401

IIDA = "202053"


@pytest.fixture
def partner(template_db: Path, tmp_path: Path) -> Iterator[Services]:
    """飯田市's own database (another town, another file)."""
    path = tmp_path / "iida.sqlite3"
    shutil.copyfile(template_db, path)
    services = Services.open(path)
    services.profile.save(Profile(IIDA, "企画課", "飯田 太郎"))
    try:
        yield services
    finally:
        services.close()


def _send(sender: Services, receiver: Services, path: Path, plans=None, agreements=None, to=None):  # noqa: ANN001, ANN202
    plans = [p.id for p in sender.plans.list_all()] if plans is None else plans
    agreements = [a.id for a in sender.agreements.list_all()] if agreements is None else agreements
    sender.exchange.export_package(path, plans, agreements, partner=to)
    return receiver.exchange.review_package(path)


def _statuses(review) -> dict[str, str]:  # noqa: ANN001
    return {f"{i.kind}:{i.label}": i.status for i in review.items if i.kind != "figure"}


def test_a_package_carries_ids_versions_and_change_times(demo, tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "to-iida.renkei"
    plan = demo.plans.list_all()[0]
    demo.exchange.export_package(path, [plan.id])
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        records = json.loads(archive.read("records.json"))
    assert (manifest["format"], manifest["version"], manifest["sender"]["code"]) == ("renkei-package", 1, HOME)
    entry = records["plans"][0]
    assert (entry["uid"], entry["version"]) == (plan.uid, plan.version)
    assert entry["updated_at"].startswith(str(plan.updated_at.year))
    assert entry["data"]["duty_uid"] == demo.catalogue.get(plan.duty_id).uid
    assert "id" not in entry["data"] and "duty_id" not in entry["data"]
    assert {(f["code"], f["kind"]) for f in records["figures"]} >= {(HOME, "population")}


def test_importing_into_another_database_gives_identical_records(demo, partner, tmp_path: Path) -> None:  # noqa: F811
    review = _send(demo, partner, tmp_path / "p.renkei", to=IIDA)
    assert {i.status for i in review.items} == {NEW}
    partner.exchange.apply_package(review)
    for mine in demo.plans.list_all():
        theirs = next(p for p in partner.plans.list_all() if p.uid == mine.uid)
        assert theirs.with_changes(id=None, version=0, duty_id=0) == mine.with_changes(id=None, version=0, duty_id=0)
        assert plain_duty(partner.catalogue.get(theirs.duty_id)) == plain_duty(demo.catalogue.get(mine.duty_id))
    for mine in demo.agreements.list_all():
        theirs = next(a for a in partner.agreements.list_all() if a.uid == mine.uid)
        assert theirs.with_changes(id=None, version=0, plan_id=None) == mine.with_changes(id=None, version=0, plan_id=None)
    assert partner.municipalities.get(HOME).statistics  # the figures the rules use came along


def test_the_same_package_again_is_unchanged(demo, partner, tmp_path: Path) -> None:  # noqa: F811
    partner.exchange.apply_package(_send(demo, partner, tmp_path / "p.renkei", to=IIDA))
    before = dump(partner)
    review = partner.exchange.review_package(tmp_path / "p.renkei")
    assert {i.status for i in review.items} == {UNCHANGED}
    partner.exchange.apply_package(review)
    assert dump(partner) == before


def test_a_change_by_the_partner_only_is_changed_and_taken(demo, partner, tmp_path: Path) -> None:  # noqa: F811
    plan = demo.plans.list_all()[0]
    partner.exchange.apply_package(_send(demo, partner, tmp_path / "p.renkei", plans=[plan.id], agreements=[], to=IIDA))
    theirs = next(p for p in partner.plans.list_all() if p.uid == plan.uid)
    partner.plans.update(theirs.with_changes(notes="飯田市で修正"))
    back = _send(partner, demo, tmp_path / "back.renkei", plans=[theirs.id], agreements=[], to=HOME)
    assert _statuses(back)[f"plan:{plan.name}"] == CHANGED
    report = demo.exchange.apply_package(back)
    assert report.updated == 1
    assert demo.plans.get(plan.id).notes == "飯田市で修正"


def test_a_change_on_both_sides_is_a_conflict_and_ours_is_kept_by_default(demo, partner, tmp_path: Path) -> None:  # noqa: F811
    plan = demo.plans.list_all()[0]
    partner.exchange.apply_package(_send(demo, partner, tmp_path / "p.renkei", plans=[plan.id], agreements=[], to=IIDA))
    theirs = next(p for p in partner.plans.list_all() if p.uid == plan.uid)
    partner.plans.update(theirs.with_changes(notes="飯田市で修正"))
    demo.plans.update(demo.plans.get(plan.id).with_changes(notes="天龍村で修正"))
    back = _send(partner, demo, tmp_path / "back.renkei", plans=[theirs.id], agreements=[], to=HOME)
    item = next(i for i in back.items if i.key == plan.uid)
    assert item.status == CONFLICT
    before = dump(demo)
    report = demo.exchange.apply_package(back)
    assert (report.updated, report.kept) == (0, 1)
    assert demo.plans.get(plan.id).notes == "天龍村で修正"  # nothing overwritten silently
    assert dump(demo).count("飯田市で修正") == before.count("飯田市で修正")


def test_the_user_can_take_the_partners_version_of_a_conflict(demo, partner, tmp_path: Path) -> None:  # noqa: F811
    plan = demo.plans.list_all()[0]
    partner.exchange.apply_package(_send(demo, partner, tmp_path / "p.renkei", plans=[plan.id], agreements=[], to=IIDA))
    theirs = next(p for p in partner.plans.list_all() if p.uid == plan.uid)
    partner.plans.update(theirs.with_changes(notes="飯田市で修正"))
    demo.plans.update(demo.plans.get(plan.id).with_changes(notes="天龍村で修正"))
    back = _send(partner, demo, tmp_path / "back.renkei", plans=[theirs.id], agreements=[], to=HOME)
    demo.exchange.apply_package(back, {plan.uid: "take"})
    assert demo.plans.get(plan.id).notes == "飯田市で修正"


def test_a_change_here_only_is_local_newer_and_kept(demo, partner, tmp_path: Path) -> None:  # noqa: F811
    plan = demo.plans.list_all()[0]
    partner.exchange.apply_package(_send(demo, partner, tmp_path / "p.renkei", plans=[plan.id], agreements=[], to=IIDA))
    theirs = next(p for p in partner.plans.list_all() if p.uid == plan.uid)
    demo.plans.update(demo.plans.get(plan.id).with_changes(notes="天龍村で修正"))
    back = _send(partner, demo, tmp_path / "back.renkei", plans=[theirs.id], agreements=[], to=HOME)
    assert next(i for i in back.items if i.key == plan.uid).status == LOCAL_NEWER
    demo.exchange.apply_package(back)
    assert demo.plans.get(plan.id).notes == "天龍村で修正"


def test_without_a_record_of_the_last_exchange_a_difference_is_a_conflict(demo, partner, tmp_path: Path) -> None:  # noqa: F811
    partner.exchange.apply_package(_send(demo, partner, tmp_path / "p.renkei", to=IIDA))
    demo.exchange.state.forget()  # e.g. a database that never exchanged with this partner
    demo.__dict__.pop("_exchange")
    plan = demo.plans.list_all()[0]
    theirs = next(p for p in partner.plans.list_all() if p.uid == plan.uid)
    partner.plans.update(theirs.with_changes(notes="飯田市で修正"))
    back = _send(partner, demo, tmp_path / "back.renkei", plans=[theirs.id], agreements=[], to=HOME)
    assert next(i for i in back.items if i.key == plan.uid).status == CONFLICT


def test_review_writes_nothing(demo, partner, tmp_path: Path) -> None:  # noqa: F811
    before = dump(partner)
    _send(demo, partner, tmp_path / "p.renkei", to=IIDA)
    assert dump(partner) == before


def test_cancelling_a_package_import_writes_nothing(demo, partner, tmp_path: Path) -> None:  # noqa: F811
    review = _send(demo, partner, tmp_path / "p.renkei", to=IIDA)
    before = dump(partner)
    with pytest.raises(ExchangeError) as caught:
        partner.exchange.apply_package(review, progress=lambda done, total: done < 3)
    assert caught.value.code is ExchangeErrorCode.CANCELLED
    assert dump(partner) == before


def test_a_taken_plan_brings_its_duty(demo, partner, tmp_path: Path) -> None:  # noqa: F811
    review = _send(demo, partner, tmp_path / "p.renkei", to=IIDA)
    plan = next(i for i in review.items if i.kind == "plan")
    decisions = {i.key: "keep" for i in review.items}
    decisions[plan.key] = "take"
    partner.exchange.apply_package(review, decisions)
    saved = next(p for p in partner.plans.list_all() if p.uid == plan.key)
    assert partner.catalogue.get(saved.duty_id).uid == plan.refs["duty_uid"]


@pytest.mark.parametrize(
    "change",
    [
        lambda r: r["plans"][0].update(uid="nothex"),
        lambda r: r["plans"][0]["data"].update(method="teleportation"),
        lambda r: r["plans"][0]["data"].update(duty_uid="0" * 32),
        lambda r: r["duties"][0]["data"].update(owner_code="999999"),
        lambda r: r["figures"].append({"code": HOME, "kind": "population", "value": "many", "reference_date": "2020-10-01", "source": "x"}),
        lambda r: r.update(plans="not a list"),
    ],
)
def test_a_damaged_package_is_refused_and_nothing_written(demo, partner, tmp_path: Path, change) -> None:  # noqa: F811, ANN001
    path = tmp_path / "p.renkei"
    demo.exchange.export_package(path, [p.id for p in demo.plans.list_all()])
    with zipfile.ZipFile(path) as archive:
        manifest, records = archive.read("manifest.json"), json.loads(archive.read("records.json"))
    change(records)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("manifest.json", manifest)
        archive.writestr("records.json", json.dumps(records, ensure_ascii=False))
    before = dump(partner)
    with pytest.raises(ExchangeError) as caught:
        partner.exchange.review_package(path)
    assert caught.value.code in (ExchangeErrorCode.PACKAGE_BROKEN, ExchangeErrorCode.PACKAGE_MISSING_REFERENCE)
    assert dump(partner) == before


def test_a_package_from_a_newer_version_is_refused(partner, tmp_path: Path) -> None:
    path = tmp_path / "new.renkei"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("manifest.json", json.dumps({"format": "renkei-package", "version": 99}))
        archive.writestr("records.json", "{}")
    with pytest.raises(ExchangeError) as caught:
        partner.exchange.review_package(path)
    assert caught.value.code is ExchangeErrorCode.PACKAGE_TOO_NEW


def test_exporting_nothing_is_refused(demo, tmp_path: Path) -> None:  # noqa: F811
    with pytest.raises(ExchangeError) as caught:
        demo.exchange.export_package(tmp_path / "x.renkei", [], [])
    assert caught.value.code is ExchangeErrorCode.NO_RECORDS_SELECTED
