"""The composition of services over one database (built once at start-up, passed in)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..storage.database import Database, open_database
from .advisor import AdvisorService
from .agreements import AgreementService
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

    @classmethod
    def open(cls, path: Path) -> Services:
        """Open or create the database file, migrate it, and load the master data on first use."""
        db = open_database(path)
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
        )

    @property
    def path(self) -> Path | None:
        return self.db.path

    def close(self) -> None:
        self.db.dispose()
