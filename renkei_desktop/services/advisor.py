"""The framework advisor and partner candidates over the data the other services hold.

Wraps ``domain.frameworks.advise`` and ``domain.partners.rank_partners`` with every municipality and
its statistics, the home town's joint plans (PlanService.partner_counts) and the agreements in force
with it (AgreementService). Which candidates the user pinned or excluded is kept per duty for the
session only (in memory): it orders a list for a person to read and is not a record.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from ..domain.agreements import active_members
from ..domain.duties import Duty
from ..domain.errors import ErrorCode, ValidationFailed, ValidationIssue
from ..domain.frameworks import DEFAULT_MAX_DISTANCE_KM, Advice, advise
from ..domain.methods import CooperationMethod
from ..domain.municipalities import Municipality
from ..domain.partners import PartnerRanking, rank_partners
from .agreements import AgreementService
from .municipalities import MunicipalityService
from .plans import PlanService


class AdvisorService:
    def __init__(
        self,
        municipalities: MunicipalityService,
        plans: PlanService,
        agreements: AgreementService,
        today: Callable[[], date] = date.today,
    ):
        self._municipalities = municipalities
        self._plans = plans
        self._agreements = agreements
        self._today = today
        self._pinned: dict[int, set[str]] = {}
        self._excluded: dict[int, set[str]] = {}
        # The list MunicipalityService last gave (kept, so a new list can never reuse its id) and a
        # counter that moves whenever it gives another one (after a statistic was set or deleted).
        self._rows: list[Municipality] | None = None
        self._generation = 0
        self._index: dict[str, Municipality] = {}

    # --- municipalities ------------------------------------------------------------------------
    def municipalities(self) -> list[Municipality]:
        """Every municipality and prefecture with its statistics (cached by MunicipalityService)."""
        return self._current_rows()

    def _current_rows(self) -> list[Municipality]:
        rows = self._municipalities.all()
        if rows is not self._rows:  # the cache was refreshed after a statistic changed
            self._rows = rows
            self._generation += 1
            self._index = {m.code: m for m in rows}
        return rows

    def municipality(self, code: str) -> Municipality | None:
        self._current_rows()
        return self._index.get(code)

    def _home(self, home_code: str) -> Municipality:
        home = self.municipality(home_code)
        if home is None:
            raise ValidationFailed(
                [ValidationIssue("home_code", ErrorCode.UNKNOWN_MUNICIPALITY, {"value": home_code})]
            )
        return home

    # --- ties with the home town ---------------------------------------------------------------
    def plan_counts(self, home_code: str) -> dict[str, int]:
        """Code → number of plans that code shares with the home town."""
        return self._plans.partner_counts(home_code)

    def agreement_counts(self, home_code: str, on_date: date | None = None) -> dict[str, int]:
        """Code → number of agreements in force on ``on_date`` (today) where both it and home are members."""
        day = on_date or self._today()
        counts: dict[str, int] = {}
        for agreement in self._agreements.list_all():
            members = set(active_members(agreement, day))
            if home_code not in members:
                continue
            for code in members - {home_code}:
                counts[code] = counts.get(code, 0) + 1
        return counts

    def data_token(self, home_code: str) -> tuple[object, ...]:
        """Changes whenever the figures, plans or agreements behind the advice change (cheap to get)."""
        self._current_rows()
        return (
            self._generation,
            tuple(sorted(self.plan_counts(home_code).items())),
            tuple(sorted(self.agreement_counts(home_code).items())),
        )

    # --- advice and ranking ---------------------------------------------------------------------
    def advise(self, home_code: str, *, max_distance_km: float = DEFAULT_MAX_DISTANCE_KM) -> Advice:
        """The four settings for the home town and every hub/centre candidate (not cut: the UI cuts)."""
        home = self._home(home_code)
        return advise(home, self._current_rows(), max_distance_km=max_distance_km, limit=None)

    def rank(
        self,
        home_code: str,
        duty: Duty | None = None,
        *,
        max_distance_km: float = DEFAULT_MAX_DISTANCE_KM,
        methods: Iterable[CooperationMethod] | None = None,
    ) -> PartnerRanking:
        """Partner candidates for ``duty`` (its typical methods, its pins and exclusions).

        The same distance bounds the distance points and the search for an eligible 連携中枢都市
        beyond which the prefecture is recommended.
        """
        home = self._home(home_code)
        duty_id = duty.id if duty is not None else None
        chosen_methods = tuple(methods) if methods is not None else (duty.typical_methods if duty else ())
        return rank_partners(
            home,
            self._current_rows(),
            methods=chosen_methods,
            agreements=self.agreement_counts(home_code),
            plans=self.plan_counts(home_code),
            pinned=self.pinned(duty_id),
            excluded=self.excluded(duty_id),
            max_distance_km=max_distance_km,
            hub_distance_km=max_distance_km,
        )

    # --- pins and exclusions (per duty, this session only) --------------------------------------
    def pinned(self, duty_id: int | None) -> frozenset[str]:
        return frozenset(self._pinned.get(duty_id, ())) if duty_id is not None else frozenset()

    def excluded(self, duty_id: int | None) -> frozenset[str]:
        return frozenset(self._excluded.get(duty_id, ())) if duty_id is not None else frozenset()

    def pin(self, duty_id: int, codes: Iterable[str]) -> None:
        """Pin ``codes`` for the duty: they sort first. A pinned code is no longer excluded."""
        codes = set(codes)
        self._pinned.setdefault(duty_id, set()).update(codes)
        self._excluded.get(duty_id, set()).difference_update(codes)

    def exclude(self, duty_id: int, codes: Iterable[str]) -> None:
        """Leave ``codes`` out of the duty's candidates. An excluded code is no longer pinned."""
        codes = set(codes)
        self._excluded.setdefault(duty_id, set()).update(codes)
        self._pinned.get(duty_id, set()).difference_update(codes)

    def reset(self, duty_id: int, codes: Iterable[str]) -> None:
        """Neither pinned nor excluded: the codes take their ranked place again."""
        codes = set(codes)
        self._pinned.get(duty_id, set()).difference_update(codes)
        self._excluded.get(duty_id, set()).difference_update(codes)
