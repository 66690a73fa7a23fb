"""A demo town (長野県天龍村) with about 20 duties across categories, for trying the app out."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

from ..domain.duties import Duty, DutyCategory, DutyStatus, Urgency
from ..domain.methods import CooperationMethod as M
from ..domain.profile import Profile
from .changes import Changes
from .container import Services

DEMO_HOME = "204137"  # 長野県天龍村
DEMO_SOURCE = "デモ用の値（実際の統計ではありません）"

# よみがな, so that the demo catalogue can be searched by reading as a real one would be
_KANA: dict[str, str] = {
    "介護認定審査会": "かいごにんていしんさかい",
    "障害支援区分認定審査会": "しょうがいしえんくぶんにんていしんさかい",
    "成年後見制度の中核機関": "せいねんこうけんせいどのちゅうかくきかん",
    "保健師の確保・派遣": "ほけんしのかくほ・はけん",
    "消費生活センター": "しょうひせいかつせんたー",
    "休日夜間急患センター": "きゅうじつやかんきゅうかんせんたー",
    "病児・病後児保育の広域利用": "びょうじ・びょうごじほいくのこういきりよう",
    "学校給食の共同調理": "がっこうきゅうしょくのきょうどうちょうり",
    "図書館の相互利用": "としょかんのそうごりよう",
    "ごみ処理": "ごみしょり",
    "簡易水道の維持管理": "かんいすいどうのいじかんり",
    "火葬場": "かそうば",
    "橋梁点検と長寿命化計画": "きょうりょうてんけんとちょうじゅみょうかけいかく",
    "技術職員の確保（土木）": "ぎじゅつしょくいんのかくほ（どぼく）",
    "森林経営管理": "しんりんけいえいかんり",
    "常備消防・救急": "じょうびしょうぼう・きゅうきゅう",
    "災害時相互応援": "さいがいじそうごおうえん",
    "広域観光（DMO）": "こういきかんこう（でぃーえむおー）",
    "地域公共交通": "ちいきこうきょうこうつう",
    "鳥獣被害対策": "ちょうじゅうひがいたいさく",
    "公平委員会": "こうへいいいんかい",
    "税の滞納整理": "ぜいのたいのうせいり",
    "基幹系システムの共同利用（自治体クラウド）": "きかんけいしすてむのきょうどうりよう（じちたいくらうど）",
}

C, S, U = DutyCategory, DutyStatus, Urgency

# name, category, person-years, cost in 千円, status, urgency, expertise, staff, gap, methods, legal basis
_DUTIES: tuple[tuple, ...] = (
    ("介護認定審査会", C.WELFARE_HEALTH, "0.3", 2_400, S.OPERATING, U.LOW, ("保健師",), "0.3", "0", (M.JOINT_BODY,), "介護保険法第14条"),
    ("障害支援区分認定審査会", C.WELFARE_HEALTH, "0.2", 1_100, S.OPERATING, U.LOW, ("社会福祉士",), "0.2", "0", (M.JOINT_BODY,), "障害者総合支援法第15条"),
    ("成年後見制度の中核機関", C.WELFARE_HEALTH, "0.5", 3_000, S.CONSIDERING, U.HIGH, ("社会福祉士",), "0", "0.5", (M.ENTRUSTMENT, M.AGREEMENT), "成年後見制度の利用の促進に関する法律第14条"),
    ("保健師の確保・派遣", C.WELFARE_HEALTH, "1.0", 6_500, S.NEGOTIATING, U.HIGH, ("保健師",), "1", "1", (M.AGREEMENT,), "地域保健法"),
    ("消費生活センター", C.WELFARE_HEALTH, "0.2", 900, S.AGREED, U.MEDIUM, ("消費生活相談員",), "0", "0.2", (M.JOINT_BODY, M.ENTRUSTMENT), "消費者安全法第10条"),
    ("休日夜間急患センター", C.MEDICAL, "0.1", 1_800, S.OPERATING, U.MEDIUM, ("医師", "看護師"), "0", "0", (M.ENTRUSTMENT,), "医療法"),
    ("病児・病後児保育の広域利用", C.CHILDCARE_EDUCATION, "0.1", 600, S.CONSIDERING, U.MEDIUM, ("保育士", "看護師"), "0", "0.1", (M.INFORMAL,), "子ども・子育て支援法"),
    ("学校給食の共同調理", C.CHILDCARE_EDUCATION, "0.8", 9_800, S.CONSIDERING, U.MEDIUM, ("栄養教諭",), "1", "0.2", (M.PARTIAL_UNION, M.ENTRUSTMENT), "学校給食法"),
    ("図書館の相互利用", C.CHILDCARE_EDUCATION, "0.05", 150, S.OPERATING, U.LOW, ("司書",), "0", "0", (M.INFORMAL,), "図書館法"),
    ("ごみ処理", C.ENVIRONMENT, "0.5", 38_500, S.OPERATING, U.MEDIUM, (), "0.5", "0", (M.PARTIAL_UNION,), "廃棄物の処理及び清掃に関する法律"),
    ("簡易水道の維持管理", C.ENVIRONMENT, "2.0", 24_000, S.NEGOTIATING, U.HIGH, ("水道技術管理者", "土木技師"), "2", "1", (M.SUBSTITUTE_EXECUTION, M.ENTRUSTMENT), "水道法"),
    ("火葬場", C.ENVIRONMENT, "0.1", 2_200, S.OPERATING, U.LOW, (), "0", "0", (M.PARTIAL_UNION,), "墓地、埋葬等に関する法律"),
    ("橋梁点検と長寿命化計画", C.INFRASTRUCTURE, "1.2", 15_000, S.NEGOTIATING, U.HIGH, ("土木技師",), "0.5", "1", (M.SUBSTITUTE_EXECUTION, M.ENTRUSTMENT), "道路法第42条"),
    ("技術職員の確保（土木）", C.INFRASTRUCTURE, "1.0", 7_000, S.CONSIDERING, U.HIGH, ("土木技師",), "0", "1", (M.AGREEMENT,), "地方自治法第252条の2"),
    ("森林経営管理", C.INFRASTRUCTURE, "0.7", 5_200, S.CONSIDERING, U.MEDIUM, ("林業技術者",), "0.3", "0.5", (M.ENTRUSTMENT, M.COUNCIL), "森林経営管理法"),
    ("常備消防・救急", C.DISASTER_FIRE, "0.3", 52_000, S.OPERATING, U.MEDIUM, (), "0.3", "0", (M.WIDE_AREA_UNION, M.PARTIAL_UNION), "消防組織法"),
    ("災害時相互応援", C.DISASTER_FIRE, "0.1", 0, S.AGREED, U.MEDIUM, (), "0.1", "0", (M.INFORMAL,), "災害対策基本法"),
    ("広域観光（DMO）", C.PLANNING_PROMOTION, "0.4", 3_500, S.CONSIDERING, U.LOW, (), "0.2", "0.2", (M.AGREEMENT, M.COUNCIL), "地方自治法第252条の2"),
    ("地域公共交通", C.PLANNING_PROMOTION, "0.6", 12_000, S.REVIEWING, U.HIGH, (), "0.6", "0.2", (M.COUNCIL, M.AGREEMENT), "地域公共交通の活性化及び再生に関する法律"),
    ("鳥獣被害対策", C.PLANNING_PROMOTION, "0.5", 4_300, S.OPERATING, U.MEDIUM, ("狩猟免許",), "0.5", "0.2", (M.COUNCIL,), "鳥獣による農林水産業等に係る被害の防止のための特別措置に関する法律"),
    ("公平委員会", C.GENERAL_AFFAIRS, "0.05", 300, S.OPERATING, U.LOW, (), "0", "0", (M.JOINT_BODY, M.ENTRUSTMENT), "地方公務員法第7条"),
    ("税の滞納整理", C.GENERAL_AFFAIRS, "0.4", 1_500, S.AGREED, U.MEDIUM, ("税務",), "0.4", "0.2", (M.PARTIAL_UNION, M.ENTRUSTMENT), "地方税法"),
    ("基幹系システムの共同利用（自治体クラウド）", C.INFORMATION, "0.5", 18_000, S.NEGOTIATING, U.HIGH, ("情報処理技術者",), "0.5", "0.3", (M.COUNCIL, M.AGREEMENT), "地方公共団体情報システムの標準化に関する法律"),
)  # fmt: skip

IIDA, ANAN, YASUOKA, URUGI, SHIMOJO, NAGANO_PREF = "202053", "204048", "204145", "204129", "204111", "200000"

_STATS: tuple[tuple[str, str, str], ...] = (
    # (code, kind, value): demo figures only (plausible magnitudes), labelled as such in their source
    (DEMO_HOME, "population", "1100"),
    (DEMO_HOME, "elderly_population", "650"),
    (DEMO_HOME, "staff", "38"),
    (DEMO_HOME, "area", "109.44"),
    (DEMO_HOME, "day_night_ratio", "0.98"),
    # the demo partners, so that the demo plans' shares compute (人口割, 高齢者人口割, 職員数割)
    (IIDA, "population", "98100"),
    (IIDA, "elderly_population", "32000"),
    (IIDA, "staff", "920"),
    (ANAN, "population", "4300"),
    (ANAN, "elderly_population", "2050"),
    (ANAN, "staff", "92"),
    (YASUOKA, "population", "1600"),
    (YASUOKA, "elderly_population", "640"),
    (YASUOKA, "staff", "41"),
    (URUGI, "population", "520"),
    (URUGI, "elderly_population", "230"),
    (URUGI, "staff", "24"),
    (SHIMOJO, "population", "3600"),
    (SHIMOJO, "elderly_population", "1300"),
    (SHIMOJO, "staff", "52"),
    (NAGANO_PREF, "population", "2020000"),
    (NAGANO_PREF, "elderly_population", "650000"),
    (NAGANO_PREF, "staff", "25000"),
)


def demo_duties(owner_code: str = DEMO_HOME, department: str = "総務課") -> list[Duty]:
    return [
        Duty(
            owner_code=owner_code,
            name=name,
            kana=_KANA.get(name, ""),
            category=category,
            workload_person_years=Decimal(years),
            annual_cost_yen=thousand * 1000,
            status=status,
            urgency=urgency,
            expertise=expertise,
            current_staff=Decimal(staff),
            staffing_gap=Decimal(gap),
            typical_methods=methods,
            legal_basis=basis,
            department=department,
        )
        for name, category, years, thousand, status, urgency, expertise, staff, gap, methods, basis in _DUTIES
    ]


def load_demo(services: Services) -> Changes:
    """Make 天龍村 the home town and add the demo duties and figures (all in one transaction each).

    Loading it again adds only the demo duties that are missing (by name), never duplicates.
    """
    services.profile.save(Profile(DEMO_HOME, "総務課", "デモ利用者"))
    present = {d.name for d in services.catalogue.list_duties(DEMO_HOME)}
    _, changes = services.catalogue.add_many([d for d in demo_duties() if d.name not in present])
    for code, kind, value in _STATS:
        services.municipalities.set_statistic(code, kind, value, date(2020, 10, 1), DEMO_SOURCE)
    cooperation = load_demo_cooperation(services)
    return Changes(
        duty_ids=changes.duty_ids, plan_ids=cooperation.plan_ids, agreement_ids=cooperation.agreement_ids
    )


# --- plans and agreements of the demo town (南信州 neighbours, 飯田市 as the centre city) ---------------------


def _rule(*components: dict, figures: dict | None = None, **options: str) -> str:
    """A plan cost item's sharing rule as stored (services/shares.py): weighted components, the figures
    the rule carries itself (利用割), rounding and remainder options."""
    rule: dict = {"components": list(components), **options}
    if figures:
        rule["figures"] = figures
    return json.dumps(rule, ensure_ascii=False)


def _usage(values: dict[str, int], measure: str, reference_date: str, source: str) -> dict:
    return {code: {measure: {"value": v, "reference_date": reference_date, "source": source}} for code, v in values.items()}


_WASTE_SOURCE = "デモ用の値（令和5年度搬入量、実際の実績ではありません）"
_WASTE_USAGE = _usage(
    {IIDA: 28_500, ANAN: 1_150, YASUOKA: 380, URUGI: 120, SHIMOJO: 900, DEMO_HOME: 260}, "搬入量", "2024-03-31", _WASTE_SOURCE
)
# 一部事務組合の規約に多い形: 建設費 = 人口割35% + 均等割15% + 利用割50%（搬入量）
_WASTE_CONSTRUCTION = _rule(
    {"basis": "population", "weight": 35}, {"basis": "equal", "weight": 15},
    {"basis": "usage", "weight": 50, "measure": "搬入量"}, figures=_WASTE_USAGE,
)  # fmt: skip
# 運営費 = 均等割10%（町村は市の0.5）+ 人口割40% + 利用割50%; 端数は幹事団体（飯田市）
_WASTE_OPERATION = _rule(
    {"basis": "equal", "weight": 10, "party_weights": {c: "0.5" for c in (ANAN, YASUOKA, URUGI, SHIMOJO, DEMO_HOME)}},
    {"basis": "population", "weight": 40}, {"basis": "usage", "weight": 50, "measure": "搬入量"},
    figures=_WASTE_USAGE, remainder="lead_party",
)  # fmt: skip


def _agreed(percentages: dict[str, int]) -> str:
    """協議により別に定める: the agreed percentage of each party."""
    return _rule({"basis": "agreed", "weight": 100, "percentages": percentages})


_PLANS: tuple[dict, ...] = (
    {
        "duty": "介護認定審査会", "name": "南信州での介護認定審査会の共同設置", "method": "joint_body", "lead_code": IIDA,
        "participants": [IIDA, ANAN, YASUOKA, DEMO_HOME], "status": "agreed", "chosen": True,
        # 長崎県後期高齢者医療広域連合の共通経費と同じ形: 均等割10% + 高齢者人口割50% + 人口割40%
        "cost_items": [{"name": "運営費", "annual_total_yen": 9_600_000, "rule_json": _rule(
            {"basis": "equal", "weight": 10}, {"basis": "elderly_population", "weight": 50},
            {"basis": "population", "weight": 40},
        )}],
        "workload_person_years": "1.2", "workload_follows_item": "運営費",
    },
    {
        "duty": "簡易水道の維持管理", "name": "飯田市への事務の委託", "method": "entrustment", "lead_code": IIDA,
        "participants": [IIDA, DEMO_HOME], "status": "negotiating",
        # 委託する側（天龍村）が委託料を負担し、受託団体（飯田市）が事務を担う
        "cost_items": [{"name": "委託料", "annual_total_yen": 18_000_000, "rule_json": _agreed({IIDA: 0, DEMO_HOME: 100})}],
        "workload_person_years": "2.0", "workload_rule_json": _agreed({IIDA: 100, DEMO_HOME: 0}),
    },
    {
        "duty": "簡易水道の維持管理", "name": "長野県による事務の代替執行", "method": "substitute_execution",
        "lead_code": NAGANO_PREF, "participants": [NAGANO_PREF, DEMO_HOME], "status": "negotiating", "chosen": True,
        "cost_items": [{"name": "代替執行経費", "annual_total_yen": 15_500_000, "rule_json": _agreed({NAGANO_PREF: 0, DEMO_HOME: 100})}],
        "workload_person_years": "2.0", "workload_rule_json": _agreed({NAGANO_PREF: 100, DEMO_HOME: 0}),
    },
    {
        "duty": "橋梁点検と長寿命化計画", "name": "長野県による橋梁点検の代替執行", "method": "substitute_execution",
        "lead_code": NAGANO_PREF, "participants": [NAGANO_PREF, DEMO_HOME], "status": "draft", "chosen": True,
        # 橋梁の所在する天龍村が負担する（所在地負担）; 点検の業務は県が担う
        "cost_items": [{"name": "点検費", "annual_total_yen": 12_000_000, "specific_revenue_yen": 6_000_000,
                        "rule_json": _rule({"basis": "host_pays", "weight": 100, "host": DEMO_HOME})}],
        "workload_person_years": "1.2", "workload_rule_json": _agreed({NAGANO_PREF: 100, DEMO_HOME: 0}),
    },
    {
        "duty": "ごみ処理", "name": "南信州ごみ処理の一部事務組合", "method": "partial_union", "lead_code": IIDA,
        "participants": [IIDA, ANAN, YASUOKA, URUGI, SHIMOJO, DEMO_HOME], "status": "agreed", "chosen": True,
        "cost_items": [
            {"name": "建設費", "annual_total_yen": 120_000_000, "specific_revenue_yen": 40_000_000,
             "rule_json": _WASTE_CONSTRUCTION},
            {"name": "運営費", "annual_total_yen": 310_000_000, "specific_revenue_yen": 25_000_000,
             "rule_json": _WASTE_OPERATION},
        ],
        "workload_person_years": "6.0", "workload_follows_item": "運営費",
    },
)  # fmt: skip


def _demo_agreements(plan_ids: dict[str, int], today: date) -> list[dict]:
    """Two agreements: the 共同設置 規約 of the care board, and a 定住自立圏形成協定 with 飯田市 whose
    review falls within 90 days of ``today`` (so the reviews notice has something to show)."""
    review = today.replace(day=1)
    review = date(review.year + (review.month + 1) // 13, (review.month % 12) + 1, 15)  # mid next month
    return [
        {
            "kind": "rules_joint_body", "title": "南信州介護認定審査会共同設置規約", "plan_id": plan_ids["介護認定審査会"],
            "parties": [IIDA, ANAN, YASUOKA, DEMO_HOME],
            "events": [
                {"kind": "consultation_start", "date": "2023-06-01"},
                {"kind": "council_resolution", "date": "2023-09-20", "party_code": IIDA},
                {"kind": "council_resolution", "date": "2023-09-15", "party_code": ANAN},
                {"kind": "council_resolution", "date": "2023-09-12", "party_code": YASUOKA},
                {"kind": "council_resolution", "date": "2023-09-14", "party_code": DEMO_HOME},
                {"kind": "conclusion", "date": "2023-10-02"},
                {"kind": "public_notice", "date": "2023-10-05"},
                {"kind": "filing", "date": "2023-10-10"},
                {"kind": "effective", "date": "2024-04-01"},
                {"kind": "review_due", "date": "2027-03-31"},
            ],
        },
        {
            "kind": "settlement", "title": "南信州定住自立圏形成協定（飯田市・天龍村）", "parties": [IIDA, DEMO_HOME],
            "clauses": {"meetings_per_year": 1},
            "events": [
                {"kind": "consultation_start", "date": "2021-04-01"},
                {"kind": "council_resolution", "date": "2021-06-18", "party_code": IIDA},
                {"kind": "council_resolution", "date": "2021-06-15", "party_code": DEMO_HOME},
                {"kind": "conclusion", "date": "2021-07-01"},
                {"kind": "effective", "date": "2021-07-01"},
                {"kind": "review_due", "date": review.isoformat()},
            ],
        },
    ]  # fmt: skip


def load_demo_cooperation(services: Services, today: date | None = None) -> Changes:
    """Plans for five demo duties (two alternatives for 簡易水道) and two agreements; idempotent."""
    today = today or date.today()
    if services.plans.list_all():
        return Changes()
    duties = {d.name: d for d in services.catalogue.list_duties(DEMO_HOME)}
    plan_ids: dict[str, int] = {}
    added = []
    for spec in _PLANS:
        duty = duties.get(spec["duty"])
        if duty is None or duty.id is None:
            continue
        values = {k: v for k, v in spec.items() if k != "duty"}
        plan, _ = services.plans.add(services.plans.parse({**values, "duty_id": duty.id}))
        added.append(plan.id)
        if spec.get("chosen") or spec["duty"] not in plan_ids:
            plan_ids[spec["duty"]] = plan.id  # type: ignore[assignment]
    agreement_ids = []
    for spec in _demo_agreements(plan_ids, today):
        base = services.agreements.draft_from_plan(spec["plan_id"]) if spec.get("plan_id") else None
        agreement, _ = services.agreements.add(services.agreements.parse(spec, base=base))
        agreement_ids.append(agreement.id)
    return Changes(plan_ids=frozenset(added), agreement_ids=frozenset(agreement_ids))  # type: ignore[arg-type]
