"""What a mutation changed, so pages refresh precisely (after Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    duty_ids: frozenset[int] = field(default_factory=frozenset)
    duties_removed: frozenset[int] = field(default_factory=frozenset)
    municipality_codes: frozenset[str] = field(default_factory=frozenset)
    plan_ids: frozenset[int] = field(default_factory=frozenset)
    plans_removed: frozenset[int] = field(default_factory=frozenset)
    agreement_ids: frozenset[int] = field(default_factory=frozenset)
    agreements_removed: frozenset[int] = field(default_factory=frozenset)
    profile: bool = False

    @property
    def empty(self) -> bool:
        return not any(
            (self.duty_ids, self.duties_removed, self.municipality_codes, self.plan_ids, self.plans_removed,
             self.agreement_ids, self.agreements_removed, self.profile)
        )  # fmt: skip
