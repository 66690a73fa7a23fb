"""The built-in template duties (resources/templates/duties.json)."""

from __future__ import annotations

import json
from functools import cache

from ..domain.templates import DutyTemplate, template_from_dict
from ..paths import resource


@cache
def load_templates() -> tuple[DutyTemplate, ...]:
    data = json.loads(resource("templates", "duties.json").read_text(encoding="utf-8"))
    return tuple(template_from_dict(item) for item in data)


def template_by_key(key: str) -> DutyTemplate | None:
    return next((t for t in load_templates() if t.key == key), None)
