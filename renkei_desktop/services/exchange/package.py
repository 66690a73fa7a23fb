"""Partner packages (``.renkei``): selected plans and agreements, with their duties and the figures
they use, as one file for a partner town (LGWAN mail, shared folder).

Format (docs/exchange.md): a zip holding ``manifest.json`` (format, version, sender, recipient,
time) and ``records.json`` (duties, plans, agreements, figures). Every duty, plan and agreement
carries its stable ``uid``, its ``version`` and ``updated_at`` in the sending database; references
between records are uids (a plan's duty, an agreement's plan), never local ids.

Import is a review first (``review_package``): each record is new, changed (by the partner only),
conflict (changed on both sides since the last exchange), local_newer (changed here only) or
unchanged. What "since the last exchange" means is the content hash recorded per partner and record
at each export and import (``state.py``): a three-way comparison, so versions of two databases are
never compared with each other. The caller decides per record (``take`` / ``keep``); defaults take
new and changed records and keep ours on conflicts. ``apply_package`` writes in one transaction.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...domain.agreements import Agreement, validate_agreement
from ...domain.duties import Duty, validate_duty
from ...domain.errors import ValidationIssue
from ...domain.municipalities import Statistic, validate_statistic_input
from ...domain.plans import Plan, validate_plan
from ..changes import Changes
from .engine import known_codes, stored_statistics
from .errors import ExchangeError, ExchangeErrorCode
from .export import _write_atomically
from .labels import STAT
from .safety import PACKAGE_MAX_UNCOMPRESSED_BYTES, ZIP_MAGIC, check_zip, read_limited
from .state import ANY_PARTNER, ExchangeState

if TYPE_CHECKING:
    from ..container import Services

PACKAGE_FORMAT = "renkei-package"
PACKAGE_VERSION = 1
PACKAGE_SUFFIX = ".renkei"
MANIFEST = "manifest.json"
RECORDS = "records.json"
MAX_PACKAGE_BYTES = 20 * 1024 * 1024
_BOOKKEEPING = ("id", "version", "created_at", "updated_at", "uid")

KIND_LABELS = {"duty": "事務", "plan": "連携案", "agreement": "協定", "figure": "統計"}
NEW, CHANGED, CONFLICT, UNCHANGED, LOCAL_NEWER = "new", "changed", "conflict", "unchanged", "local_newer"
TAKE, KEEP = "take", "keep"
Progress = Callable[[int, int], object]


# --- canonical content (what a record says, independent of the database it is in) -----------------


def canonical(value: Any) -> Any:
    """JSON-ready data with exact, normalised numbers: equal records give equal data in any database."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: canonical(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value else "0"
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [canonical(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): canonical(v) for k, v in value.items()}
    return value


def _data(record: Any, *drop: str) -> dict[str, Any]:
    data = canonical(record)
    for key in (*_BOOKKEEPING, *drop):
        data.pop(key, None)
    return data


def content_hash(data: Mapping[str, Any]) -> str:
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def duty_content(duty: Duty) -> dict[str, Any]:
    return _data(duty)


def plan_content(plan: Plan, duty_uid: str) -> dict[str, Any]:
    return {**_data(plan, "duty_id"), "duty_uid": duty_uid}


def agreement_content(agreement: Agreement, plan_uid: str | None) -> dict[str, Any]:
    return {**_data(agreement, "plan_id"), "plan_uid": plan_uid}


def figure_key(code: str, kind: str, reference_date: str) -> str:
    return f"stat:{code}:{kind}:{reference_date}"


def figure_content(stat: Statistic) -> dict[str, Any]:
    return {"code": stat.municipality_code, "kind": stat.kind.value, "value": canonical(stat.value),
            "reference_date": stat.reference_date.isoformat(), "source": stat.source}  # fmt: skip


# --- export ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PackageResult:
    path: Path
    duties: int
    plans: int
    agreements: int
    figures: int


def export_package(
    services: Services,
    state: ExchangeState,
    path: Path,
    plan_ids: Iterable[int],
    agreement_ids: Iterable[int] = (),
    *,
    partner: str | None = None,
) -> PackageResult:
    from ... import __version__

    plan_ids, agreement_ids = list(dict.fromkeys(plan_ids)), list(dict.fromkeys(agreement_ids))
    if not plan_ids and not agreement_ids:
        raise ExchangeError(ExchangeErrorCode.NO_RECORDS_SELECTED)
    agreements = [_get(services.agreements.get, i, "agreement") for i in agreement_ids]
    for agreement in agreements:  # the plan an agreement was made from travels with it
        if agreement.plan_id is not None and agreement.plan_id not in plan_ids:
            plan_ids.append(agreement.plan_id)
    plans = [_get(services.plans.get, i, "plan") for i in plan_ids]
    duties = {d.id: d for d in (_get(services.catalogue.get, p.duty_id, "duty") for p in plans)}
    for record in (*duties.values(), *plans, *agreements):
        if not getattr(record, "uid", ""):
            raise ExchangeError(ExchangeErrorCode.NEEDS_IDENTITY)
    plan_uids = {p.id: p.uid for p in plans}
    figures = _figures_used(services, plans)

    def entry(record: Any, content: dict[str, Any]) -> dict[str, Any]:
        stamp = record.updated_at.isoformat() if record.updated_at else None
        return {"uid": record.uid, "version": record.version, "updated_at": stamp, "data": content}

    records = {
        "duties": [entry(d, duty_content(d)) for d in duties.values()],
        "plans": [entry(p, plan_content(p, duties[p.duty_id].uid)) for p in plans],
        "agreements": [entry(a, agreement_content(a, plan_uids.get(a.plan_id))) for a in agreements],
        "figures": [figure_content(s) for s in figures],
    }
    profile = services.profile.get()
    home = services.municipalities.get(profile.home_code) if profile else None
    manifest = {
        "format": PACKAGE_FORMAT,
        "version": PACKAGE_VERSION,
        "app_version": __version__,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "sender": {
            "code": profile.home_code if profile else "",
            "name": home.display_name if home else "",
            "department": profile.department if profile else "",
            "user": profile.user_name if profile else "",
        },
        "recipient": partner or None,
        "counts": {k: len(v) for k, v in records.items()},
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
        archive.writestr(RECORDS, json.dumps(records, ensure_ascii=False, indent=1))
    _write_atomically(Path(path), buffer.getvalue())
    bases = {
        r["uid"]: {"hash": content_hash(r["data"]), "local_version": r["version"]}
        for kind in ("duties", "plans", "agreements")
        for r in records[kind]
    }
    bases.update({figure_key(f["code"], f["kind"], f["reference_date"]): {"hash": content_hash(f)} for f in records["figures"]})
    state.record_exchange(partner or ANY_PARTNER, bases)
    return PackageResult(Path(path), len(duties), len(plans), len(agreements), len(figures))


def _get(getter: Callable[[int], Any], record_id: int, kind: str) -> Any:
    found = getter(record_id)
    if found is None:
        raise ExchangeError(ExchangeErrorCode.PACKAGE_MISSING_REFERENCE, value=f"{kind} {record_id}")
    return found


def _figures_used(services: Services, plans: Sequence[Plan]) -> list[Statistic]:
    """The statistics the plans' sharing rules read (人口割 → 人口 of each party …), as stored."""
    wanted: set[tuple[str, str, date]] = set()
    for plan in plans:
        for item in services.shares.plan_shares(plan).all_items:
            allocation = item.allocation
            for use in allocation.figures_used if allocation is not None else ():
                wanted.add((use.party, use.figure, use.reference_date))
    found = []
    for code in sorted({w[0] for w in wanted}):
        municipality = services.municipalities.get(code)
        for stat in municipality.statistics if municipality else ():
            if (code, stat.kind.value, stat.reference_date) in wanted:
                found.append(stat)
    return sorted(found, key=lambda s: (s.municipality_code, s.kind.value, s.reference_date))


# --- review ----------------------------------------------------------------------------------------


@dataclass
class PackageItem:
    kind: str  # duty, plan, agreement, figure
    key: str  # the uid (figures: stat:code:kind:date)
    label: str
    status: str  # new, changed, conflict, local_newer, unchanged
    remote: Any  # the domain record from the package (Duty, Plan with duty_id=0, Agreement, Statistic)
    remote_hash: str
    local: Any = None  # the record in this database, if any
    remote_version: int | None = None
    remote_updated_at: str | None = None
    refs: dict[str, str | None] = field(default_factory=dict)  # duty_uid / plan_uid

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]

    @property
    def default_decision(self) -> str:
        return TAKE if self.status in (NEW, CHANGED) else KEEP


@dataclass
class PackageReview:
    path: Path
    sender: dict[str, str]
    recipient: str | None
    created_at: str
    items: list[PackageItem]

    @property
    def partner(self) -> str:
        return self.sender.get("code") or ANY_PARTNER

    def by_status(self, status: str) -> list[PackageItem]:
        return [i for i in self.items if i.status == status]

    def default_decisions(self) -> dict[str, str]:
        return {i.key: i.default_decision for i in self.items}


@dataclass(frozen=True)
class PackageReport:
    added: int
    updated: int
    kept: int  # records where ours was kept (conflicts, changed here, declined)
    unchanged: int
    changes: Changes


def _broken(path: Path, detail: str) -> ExchangeError:
    return ExchangeError(ExchangeErrorCode.PACKAGE_BROKEN, path=path, detail=detail)


def read_package(path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """(manifest, records) of a package, after the zip and size checks; ExchangeError otherwise."""
    path = Path(path)
    data = read_limited(path, MAX_PACKAGE_BYTES)
    if not data.startswith(ZIP_MAGIC):
        raise ExchangeError(ExchangeErrorCode.NOT_A_PACKAGE, path=path, detail="not a zip file")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        check_zip(archive, path, max_total=PACKAGE_MAX_UNCOMPRESSED_BYTES, max_entry=PACKAGE_MAX_UNCOMPRESSED_BYTES, max_entries=20)
        names = set(archive.namelist())
        if MANIFEST not in names or RECORDS not in names:
            raise ExchangeError(ExchangeErrorCode.NOT_A_PACKAGE, path=path, detail=f"{MANIFEST} / {RECORDS}")
        manifest = json.loads(archive.read(MANIFEST).decode("utf-8"))
        if not isinstance(manifest, dict) or manifest.get("format") != PACKAGE_FORMAT:
            raise ExchangeError(ExchangeErrorCode.NOT_A_PACKAGE, path=path, detail="format")
        version = manifest.get("version")
        if not isinstance(version, int) or version < 1:
            raise ExchangeError(ExchangeErrorCode.NOT_A_PACKAGE, path=path, detail=f"version {version!r}")
        if version > PACKAGE_VERSION:
            raise ExchangeError(ExchangeErrorCode.PACKAGE_TOO_NEW, value=version, supported=PACKAGE_VERSION)
        records = json.loads(archive.read(RECORDS).decode("utf-8"))
    except ExchangeError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, UnicodeDecodeError,
            NotImplementedError, RuntimeError) as exc:  # fmt: skip
        raise ExchangeError(ExchangeErrorCode.NOT_A_PACKAGE, path=path, detail=f"{type(exc).__name__}: {exc}") from exc
    if not isinstance(records, dict):
        raise _broken(path, RECORDS)
    return manifest, records


def _records(records: dict[str, Any], key: str, path: Path) -> list[dict[str, Any]]:
    items = records.get(key, [])
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise _broken(path, key)
    return items


def _uid(entry: dict[str, Any], path: Path, kind: str, index: int) -> str:
    uid = entry.get("uid")
    if not isinstance(uid, str) or len(uid) != 32 or any(c not in "0123456789abcdef" for c in uid):
        raise _broken(path, f"{kind}[{index}].uid")
    return uid


def _rebuild(cls: type, data: Any, path: Path, where: str) -> Any:
    from ...storage.documents import from_document  # the same reader the database uses

    if not isinstance(data, dict):
        raise _broken(path, where)
    try:
        return from_document(cls, {k: v for k, v in data.items() if k not in _BOOKKEEPING})
    except Exception as exc:  # noqa: BLE001 - any malformed value (wrong type, unknown enum …)
        raise _broken(path, f"{where}: {type(exc).__name__}") from exc


def _issues_text(issues: list[ValidationIssue]) -> str:
    return "、".join(f"{i.field}:{i.code}" for i in issues[:5])


def review_package(services: Services, state: ExchangeState, path: Path) -> PackageReview:
    """Read a package and compare each record with this database; writes nothing."""
    from sqlmodel import select

    from ...storage import agreement_repository, duty_repository, plan_repository
    from ...storage.tables import AgreementRow, DutyRow, PlanRow

    path = Path(path)
    manifest, records = read_package(path)
    sender = manifest.get("sender") if isinstance(manifest.get("sender"), dict) else {}
    sender = {k: str(v) for k, v in sender.items() if isinstance(v, str | int)}
    partner = sender.get("code") or ANY_PARTNER
    items: list[PackageItem] = []
    with services.db.reading() as session:
        known = known_codes(session)
        local_duties = {r.uid: duty_repository.to_domain(r) for r in session.exec(select(DutyRow))}
        local_plans = {r.uid: plan_repository.to_domain(r) for r in session.exec(select(PlanRow))}
        local_agreements = {r.uid: agreement_repository.to_domain(r) for r in session.exec(select(AgreementRow))}
        duty_uid_of = {d.id: uid for uid, d in local_duties.items()}
        plan_uid_of = {p.id: uid for uid, p in local_plans.items()}
        stats = {(s.municipality_code, s.kind.value, s.reference_date.isoformat()): s for s in stored_statistics(session)}
    seen: set[str] = set()
    package_duties: set[str] = set()
    package_plans: set[str] = set()

    def status_of(key: str, remote_hash: str, local_hash: str | None) -> str:
        if local_hash is None:
            return NEW
        if local_hash == remote_hash:
            return UNCHANGED
        base = state.base(partner, key)
        base_hash = base.get("hash") if base else None
        if base_hash == local_hash:
            return CHANGED
        if base_hash == remote_hash:
            return LOCAL_NEWER
        return CONFLICT

    def add(kind: str, index: int, entry: dict[str, Any], remote: Any, content: dict[str, Any], local: Any,
            local_content: dict[str, Any] | None, label: str, refs: dict[str, str | None]) -> None:  # fmt: skip
        key = entry["uid"]
        if key in seen:
            raise _broken(path, f"{kind}[{index}].uid")
        seen.add(key)
        remote_hash = content_hash(content)
        version = entry.get("version") if isinstance(entry.get("version"), int) else None
        stamp = entry.get("updated_at") if isinstance(entry.get("updated_at"), str) else None
        items.append(PackageItem(kind, key, label, status_of(key, remote_hash, content_hash(local_content) if local_content else None),
                                 remote, remote_hash, local, version, stamp, refs))  # fmt: skip

    for index, entry in enumerate(_records(records, "duties", path)):
        uid = _uid(entry, path, "duties", index)
        duty: Duty = _rebuild(Duty, entry.get("data"), path, f"duties[{index}]")
        issues = validate_duty(duty)
        if duty.owner_code not in known:
            raise _broken(path, f"duties[{index}].owner_code")
        if issues:
            raise _broken(path, f"duties[{index}] {_issues_text(issues)}")
        local = local_duties.get(uid)
        package_duties.add(uid)
        add("duty", index, entry, duty, duty_content(duty), local, duty_content(local) if local else None, duty.name, {})
    for index, entry in enumerate(_records(records, "plans", path)):
        uid = _uid(entry, path, "plans", index)
        data = entry.get("data")
        duty_uid = data.get("duty_uid") if isinstance(data, dict) else None
        if not isinstance(duty_uid, str) or (duty_uid not in package_duties and duty_uid not in local_duties):
            raise ExchangeError(ExchangeErrorCode.PACKAGE_MISSING_REFERENCE, value=f"plans[{index}].duty_uid")
        plan: Plan = _rebuild(Plan, {**data, "duty_id": 0}, path, f"plans[{index}]")
        issues = [i for i in validate_plan(plan, known_codes=known) if i.field != "duty_id"]
        if issues:
            raise _broken(path, f"plans[{index}] {_issues_text(issues)}")
        local = local_plans.get(uid)
        local_content = plan_content(local, duty_uid_of.get(local.duty_id, "")) if local else None
        package_plans.add(uid)
        add("plan", index, entry, plan, plan_content(plan, duty_uid), local, local_content, plan.name, {"duty_uid": duty_uid})
    for index, entry in enumerate(_records(records, "agreements", path)):
        uid = _uid(entry, path, "agreements", index)
        data = entry.get("data")
        plan_uid = data.get("plan_uid") if isinstance(data, dict) else None
        if plan_uid is not None and not isinstance(plan_uid, str):
            raise _broken(path, f"agreements[{index}].plan_uid")
        agreement: Agreement = _rebuild(Agreement, {**data, "plan_id": None}, path, f"agreements[{index}]")
        issues = validate_agreement(agreement, known_codes=known)
        if issues:
            raise _broken(path, f"agreements[{index}] {_issues_text(issues)}")
        local = local_agreements.get(uid)
        local_content = agreement_content(local, plan_uid_of.get(local.plan_id)) if local else None
        add("agreement", index, entry, agreement, agreement_content(agreement, plan_uid), local, local_content,
            agreement.title, {"plan_uid": plan_uid})  # fmt: skip
    for index, entry in enumerate(_records(records, "figures", path)):
        try:
            code, kind, value = str(entry["code"]), str(entry["kind"]), entry["value"]
            reference, source = str(entry["reference_date"]), str(entry["source"])
        except KeyError as exc:
            raise _broken(path, f"figures[{index}]") from exc
        if code not in known:
            raise _broken(path, f"figures[{index}].code")
        stat, issues = validate_statistic_input(code, kind, str(value), reference, source)
        if stat is None:
            raise _broken(path, f"figures[{index}] {_issues_text(issues)}")
        key = figure_key(code, stat.kind.value, stat.reference_date.isoformat())
        if key in seen:
            raise _broken(path, f"figures[{index}]")
        seen.add(key)
        local = stats.get((code, stat.kind.value, stat.reference_date.isoformat()))
        remote_hash = content_hash(figure_content(stat))
        status = status_of(key, remote_hash, content_hash(figure_content(local)) if local else None)
        label = f"{code} {STAT[stat.kind]} {stat.reference_date.isoformat()}"
        items.append(PackageItem("figure", key, label, status, stat, remote_hash, local))
    return PackageReview(path, sender, manifest.get("recipient") if isinstance(manifest.get("recipient"), str) else None,
                         str(manifest.get("created_at", "")), items)  # fmt: skip


# --- apply -----------------------------------------------------------------------------------------


def apply_package(
    services: Services,
    state: ExchangeState,
    review: PackageReview,
    decisions: Mapping[str, str] | None = None,
    progress: Progress | None = None,
) -> PackageReport:
    """Write the records the caller takes, in one transaction; nothing else is overwritten.

    ``decisions``: key → "take" or "keep" (missing keys: the item's default). A taken plan brings its
    duty when this database does not have it, and a taken agreement its plan (they cannot exist
    without them). ``progress(done, total)`` returning False cancels: nothing is written.
    """
    from sqlmodel import select

    from ...storage import agreement_repository, duty_repository, municipality_repository, plan_repository
    from ...storage.tables import AgreementRow, DutyRow, PlanRow

    chosen = {i.key: (decisions or {}).get(i.key, i.default_decision) for i in review.items}
    by_key = {i.key: i for i in review.items}
    # A record that does not exist here comes along with the record that needs it.
    for item in review.items:
        if chosen[item.key] != TAKE:
            continue
        if item.kind == "agreement" and item.refs.get("plan_uid") in by_key:
            plan_item = by_key[item.refs["plan_uid"]]  # type: ignore[index]
            if plan_item.local is None:
                chosen[plan_item.key] = TAKE
    for item in review.items:
        if item.kind == "plan" and chosen[item.key] == TAKE and item.refs.get("duty_uid") in by_key:
            duty_item = by_key[item.refs["duty_uid"]]  # type: ignore[index]
            if duty_item.local is None:
                chosen[duty_item.key] = TAKE
    todo = [i for i in review.items if chosen[i.key] == TAKE and i.status != UNCHANGED]
    order = {"duty": 0, "plan": 1, "agreement": 2, "figure": 3}
    todo.sort(key=lambda i: order[i.kind])
    added = updated = 0
    duty_ids: set[int] = set()
    plan_ids: set[int] = set()
    agreement_ids: set[int] = set()
    codes: set[str] = set()
    with services.db.transaction() as session:
        known = known_codes(session)
        if progress is not None and progress(0, len(todo)) is False:
            raise ExchangeError(ExchangeErrorCode.CANCELLED)
        for done, item in enumerate(todo, start=1):
            if item.kind == "duty":
                row = session.exec(select(DutyRow).where(DutyRow.uid == item.key)).first()
                if row is None:
                    saved = duty_repository.insert(session, item.remote.with_changes(id=None, version=0, uid=item.key))
                    added += 1
                else:
                    _check_unchanged_since_review(item, duty_repository.to_domain(row))
                    saved = duty_repository.update(session, item.remote.with_changes(id=row.id, version=row.version, uid=row.uid))
                    updated += 1
                duty_ids.add(saved.id)
            elif item.kind == "plan":
                duty_row = session.exec(select(DutyRow).where(DutyRow.uid == item.refs["duty_uid"])).first()
                if duty_row is None:
                    raise ExchangeError(ExchangeErrorCode.PACKAGE_MISSING_REFERENCE, value=item.refs["duty_uid"])
                plan = item.remote.with_changes(duty_id=duty_row.id)
                issues = validate_plan(plan, known_codes=known)
                if issues:
                    raise _broken(review.path, f"{item.label}: {_issues_text(issues)}")
                row = session.exec(select(PlanRow).where(PlanRow.uid == item.key)).first()
                if row is None:
                    saved = plan_repository.insert(session, plan.with_changes(id=None, version=0, uid=item.key))
                    added += 1
                else:
                    _check_unchanged_since_review(item, plan_repository.to_domain(row))
                    saved = plan_repository.update(session, plan.with_changes(id=row.id, version=row.version, uid=row.uid))
                    updated += 1
                if saved.chosen:  # one chosen alternative per duty, as PlanService does
                    for other in plan_repository.list_for_duty(session, saved.duty_id):
                        if other.id != saved.id and other.chosen:
                            plan_repository.update(session, other.with_changes(chosen=False))
                            plan_ids.add(other.id)  # type: ignore[arg-type]
                plan_ids.add(saved.id)  # type: ignore[arg-type]
            elif item.kind == "agreement":
                plan_uid = item.refs.get("plan_uid")
                plan_row = session.exec(select(PlanRow).where(PlanRow.uid == plan_uid)).first() if plan_uid else None
                agreement = item.remote.with_changes(plan_id=plan_row.id if plan_row else None)
                row = session.exec(select(AgreementRow).where(AgreementRow.uid == item.key)).first()
                if row is None:
                    saved = agreement_repository.insert(session, agreement.with_changes(id=None, version=0, uid=item.key))
                    added += 1
                else:
                    _check_unchanged_since_review(item, agreement_repository.to_domain(row))
                    saved = agreement_repository.update(
                        session, agreement.with_changes(id=row.id, version=row.version, uid=row.uid)
                    )
                    updated += 1
                agreement_ids.add(saved.id)  # type: ignore[arg-type]
            else:
                municipality_repository.upsert_statistic(session, item.remote)
                codes.add(item.remote.municipality_code)
                if item.local is None:
                    added += 1
                else:
                    updated += 1
            if progress is not None and progress(done, len(todo)) is False:
                raise ExchangeError(ExchangeErrorCode.CANCELLED)
    # The common base for next time: what the partner sent, whatever was decided (see module doc).
    bases: dict[str, dict] = {}
    for item in review.items:
        base = {"hash": item.remote_hash}
        if item.remote_version is not None:
            base["remote_version"] = item.remote_version
        bases[item.key] = base
    state.record_exchange(review.partner, bases)
    if codes:
        services.municipalities.statistics_written_elsewhere()
    unchanged = sum(1 for i in review.items if i.status == UNCHANGED)
    return PackageReport(
        added=added,
        updated=updated,
        kept=len(review.items) - unchanged - len(todo),
        unchanged=unchanged,
        changes=Changes(
            duty_ids=frozenset(duty_ids), plan_ids=frozenset(plan_ids), agreement_ids=frozenset(agreement_ids),
            municipality_codes=frozenset(codes),
        ),  # fmt: skip
    )


def _check_unchanged_since_review(item: PackageItem, current: Any) -> None:
    """The local record must still be the one the user reviewed (another window may have saved it)."""
    if item.local is not None and getattr(item.local, "version", None) != getattr(current, "version", None):
        raise ExchangeError(ExchangeErrorCode.STALE_PREVIEW)
