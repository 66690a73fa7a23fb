"""The eight legal methods of cooperation (地方自治法), one enum."""

from __future__ import annotations

from enum import StrEnum


class CooperationMethod(StrEnum):
    AGREEMENT = "agreement"  # 連携協約 (252条の2)
    COUNCIL = "council"  # 協議会 (252条の2の2)
    JOINT_BODY = "joint_body"  # 機関等の共同設置 (252条の7)
    ENTRUSTMENT = "entrustment"  # 事務の委託 (252条の14)
    SUBSTITUTE_EXECUTION = "substitute_execution"  # 事務の代替執行 (252条の16の2)
    PARTIAL_UNION = "partial_union"  # 一部事務組合 (284条2項)
    WIDE_AREA_UNION = "wide_area_union"  # 広域連合 (284条3項)
    INFORMAL = "informal"  # 協定 (no statutory basis)


ARTICLES: dict[CooperationMethod, str] = {
    CooperationMethod.AGREEMENT: "地方自治法第252条の2",
    CooperationMethod.COUNCIL: "地方自治法第252条の2の2",
    CooperationMethod.JOINT_BODY: "地方自治法第252条の7",
    CooperationMethod.ENTRUSTMENT: "地方自治法第252条の14",
    CooperationMethod.SUBSTITUTE_EXECUTION: "地方自治法第252条の16の2",
    CooperationMethod.PARTIAL_UNION: "地方自治法第284条第2項",
    CooperationMethod.WIDE_AREA_UNION: "地方自治法第284条第3項",
    CooperationMethod.INFORMAL: "",
}
