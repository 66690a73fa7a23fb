"""Build the municipality master from the japancode package's records (pure; no file access)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from .city_kinds import CORE_CITIES, DESIGNATED_CITIES
from .codes import is_valid_code, normalize_code
from .municipalities import Municipality, MunicipalityKind, kind_from_name


def build_master(
    prefectures: Iterable[Mapping[str, object]], municipalities: Iterable[Mapping[str, object]]
) -> list[Municipality]:
    """47 都道府県 and all 市町村 (特別区 included); wards of 指定都市 ("札幌市 中央区") are left out."""
    result: list[Municipality] = []
    for p in prefectures:
        code = normalize_code(str(p["lgcode"]))
        result.append(Municipality(code, MunicipalityKind.PREFECTURE, str(p["pref"]), str(p["pref"]), str(p["prefkana"])))
    special = {pair: MunicipalityKind.DESIGNATED_CITY for pair in DESIGNATED_CITIES}
    special.update({pair: MunicipalityKind.CORE_CITY for pair in CORE_CITIES})
    for m in municipalities:
        name = str(m["city"])
        if " " in name or "　" in name:  # a ward of a 指定都市: not a partner of its own
            continue
        pref = str(m["pref"])
        raw = str(m["lgcode"]).zfill(6)
        if not is_valid_code(raw):
            raise ValueError(f"check digit fails for {pref}{name}: {raw}")
        kind = special.get((pref, name)) or kind_from_name(pref, name)
        lat, lng = m.get("lat"), m.get("lng")
        result.append(
            Municipality(
                code=raw,
                kind=kind,
                prefecture=pref,
                name=name,
                kana=str(m.get("citykana", "")),
                latitude=float(lat) if lat is not None else None,  # type: ignore[arg-type]
                longitude=float(lng) if lng is not None else None,  # type: ignore[arg-type]
            )
        )
    return result
