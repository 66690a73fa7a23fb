"""Template duties: enough of them, every category, each a valid starting point."""

from __future__ import annotations

import pytest

from renkei_desktop.domain.duties import DutyCategory, validate_duty
from renkei_desktop.domain.templates import DutyTemplate
from renkei_desktop.services.container import Services
from renkei_desktop.services.templates import load_templates, template_by_key

TEMPLATES = load_templates()


def test_there_are_at_least_50_templates() -> None:
    assert len(TEMPLATES) >= 50


def test_every_category_has_a_template() -> None:
    assert {t.category for t in TEMPLATES} == set(DutyCategory)


def test_template_keys_are_unique() -> None:
    keys = [t.key for t in TEMPLATES]
    assert len(keys) == len(set(keys))


def test_template_names_are_unique() -> None:
    names = [t.name for t in TEMPLATES]
    assert sorted({n for n in names if names.count(n) > 1}) == []


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t.key)
def test_template_converts_to_a_valid_duty(template: DutyTemplate) -> None:
    duty = template.to_duty("204137", department="総務課")
    assert validate_duty(duty) == []
    assert (duty.template_key, duty.department) == (template.key, "総務課")


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t.key)
def test_template_has_legal_basis_and_an_english_name(template: DutyTemplate) -> None:
    assert template.legal_basis
    assert template.name_en


def test_template_is_found_by_key() -> None:
    assert template_by_key(TEMPLATES[0].key) == TEMPLATES[0]


def test_unknown_template_key_gives_none() -> None:
    assert template_by_key("no-such-template") is None


def test_duty_added_from_template_can_be_edited(services: Services) -> None:
    saved, _ = services.catalogue.add(TEMPLATES[0].to_duty("204137"))
    edited, _ = services.catalogue.update(saved.with_changes(notes="隣町と協議中"))
    assert services.catalogue.get(edited.id).notes == "隣町と協議中"  # type: ignore[arg-type, union-attr]
    assert edited.template_key == TEMPLATES[0].key
