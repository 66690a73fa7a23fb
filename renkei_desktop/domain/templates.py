"""Template duties: starting points a town adds to its catalogue and then edits."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .duties import Duty, DutyCategory
from .methods import CooperationMethod


@dataclass(frozen=True)
class DutyTemplate:
    key: str
    name: str
    name_en: str
    category: DutyCategory
    description: str
    legal_basis: str
    typical_methods: tuple[CooperationMethod, ...]
    expertise: tuple[str, ...]
    typical_workload_person_years: Decimal
    typical_cost_yen: int

    def to_duty(self, owner_code: str, department: str = "") -> Duty:
        return Duty(
            owner_code=owner_code,
            name=self.name,
            category=self.category,
            description=self.description,
            legal_basis=self.legal_basis,
            workload_person_years=self.typical_workload_person_years,
            annual_cost_yen=self.typical_cost_yen,
            expertise=self.expertise,
            department=department,
            template_key=self.key,
            typical_methods=self.typical_methods,
        )


def template_from_dict(data: dict[str, object]) -> DutyTemplate:
    return DutyTemplate(
        key=str(data["key"]),
        name=str(data["name"]),
        name_en=str(data.get("name_en", "")),
        category=DutyCategory(str(data["category"])),
        description=str(data.get("description", "")),
        legal_basis=str(data.get("legal_basis", "")),
        typical_methods=tuple(CooperationMethod(m) for m in data.get("typical_methods", ())),  # type: ignore[union-attr]
        expertise=tuple(str(x) for x in data.get("expertise", ())),  # type: ignore[union-attr]
        typical_workload_person_years=Decimal(str(data.get("typical_workload_person_years", "0"))),
        typical_cost_yen=int(data.get("typical_cost_yen", 0)),  # type: ignore[call-overload]
    )
