"""What a mutation changed, so pages refresh precisely (after Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    duty_ids: frozenset[int] = field(default_factory=frozenset)
    duties_removed: frozenset[int] = field(default_factory=frozenset)
    municipality_codes: frozenset[str] = field(default_factory=frozenset)
    profile: bool = False

    @property
    def empty(self) -> bool:
        return not (self.duty_ids or self.duties_removed or self.municipality_codes or self.profile)
