"""The profile: home municipality, 担当課 and user name."""

from __future__ import annotations

import pytest

from renkei_desktop.domain.errors import ErrorCode, ValidationFailed
from renkei_desktop.domain.profile import Profile
from renkei_desktop.services.container import Services


def test_new_database_has_no_profile(services: Services) -> None:
    assert services.profile.get() is None


def test_saved_profile_is_read_back_trimmed(services: Services) -> None:
    services.profile.save(Profile(" 204137 ", " 総務課 ", "山田 太郎 "))
    assert services.profile.get() == Profile("204137", "総務課", "山田 太郎")


def test_profile_can_be_changed_later(services: Services) -> None:
    services.profile.save(Profile("204137", "総務課", "山田"))
    services.profile.save(Profile("342084", "企画課", "佐藤"))
    assert services.profile.get() == Profile("342084", "企画課", "佐藤")


def test_profile_with_unknown_municipality_is_refused(services: Services) -> None:
    with pytest.raises(ValidationFailed) as info:
        services.profile.save(Profile("999997"))
    assert info.value.for_field("home_code")[0].code is ErrorCode.UNKNOWN_MUNICIPALITY
    assert services.profile.get() is None


def test_profile_with_bad_check_digit_is_refused(services: Services) -> None:
    with pytest.raises(ValidationFailed) as info:
        services.profile.save(Profile("204138"))
    assert info.value.for_field("home_code")[0].code is ErrorCode.BAD_CHECK_DIGIT
