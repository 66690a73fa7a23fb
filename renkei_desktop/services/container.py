"""The composition of services over one database (built once at start-up, passed in)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..storage.database import Database, open_database
from .advisor import AdvisorService
from .agreements import AgreementService
from .audit import AuditService
from .catalogue import CatalogueService
from .master_data import ensure_master_data
from .municipalities import MunicipalityService
from .plans import PlanService
from .profile import ProfileService
from .shares import SharesService


@dataclass
class Services:
    db: Database
    catalogue: CatalogueService
    municipalities: MunicipalityService
    profile: ProfileService
    plans: PlanService
    agreements: AgreementService
    advisor: AdvisorService
    shares: SharesService
    audit: AuditService

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False) -> Services:
        """Open or create the database file, migrate it, and load the master data on first use.

        ``read_only`` (someone else holds the lock): open an existing current file that no write can change."""
        db = open_database(path, read_only=read_only)
        if not read_only:
            ensure_master_data(db)
        return cls.over(db)

    @classmethod
    def over(cls, db: Database) -> Services:
        municipalities = MunicipalityService(db)
        plans = PlanService(db)
        agreements = AgreementService(db)
        return cls(
            db=db,
            catalogue=CatalogueService(db),
            municipalities=municipalities,
            profile=ProfileService(db),
            plans=plans,
            agreements=agreements,
            advisor=AdvisorService(municipalities, plans, agreements),
            shares=SharesService(plans, municipalities),
            audit=AuditService(db),
        )

    @property
    def path(self) -> Path | None:
        return self.db.path

    @property
    def read_only(self) -> bool:
        return getattr(self.db, "read_only", False)

    @property
    def exchange(self):
        """The ``ExchangeService`` (services/exchange: xlsx/CSV export, the import engine, partner
        packages), built on first use so that start-up does not import it."""
        found = self.__dict__.get("_exchange")
        if found is None:
            from .exchange.service import ExchangeService

            found = self.__dict__["_exchange"] = ExchangeService(self)
        return found

    def close(self) -> None:
        self.db.dispose()
