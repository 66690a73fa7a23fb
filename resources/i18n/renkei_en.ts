<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="ja">
<context>
    <name>AdvisorPage</name>
    <message>
        <source>この距離（役場間の直線距離）までの都市を近隣・中心都市の候補とします。要件を満たす連携中枢都市がこの距離内にないときは、都道府県を推奨します。</source>
        <translation>Cities up to this distance (straight line between town halls) are considered as neighbours and lead cities. When no eligible regional hub city lies within it, the prefecture is recommended.</translation>
    </message>
    <message>
        <source>距離の上限(&amp;D):</source>
        <translation>Max. &amp;distance:</translation>
    </message>
    <message>
        <source>再計算(&amp;R)</source>
        <translation>&amp;Recalculate</translation>
    </message>
    <message>
        <source>入力した数値・連携案・協定を読み直して判定し直します（F5）</source>
        <translation>Reads the entered figures, plans and agreements again and reassesses (F5)</translation>
    </message>
    <message>
        <source>判定の前提: 距離は役場間の直線距離です。三大都市圏は都府県単位で近似しています。定住自立圏の合併市の特例・複眼型中心市と、連携する市町村の通勤通学割合（原則0.1以上）は判定していません。</source>
        <translation>Assumptions: distances are straight lines between town halls. The three metropolitan areas are approximated by whole prefectures. The merged-city rule and the twin central cities of settlement and independence areas, and the neighbours&apos; commuting share (in principle 0.1 or more), are not assessed.</translation>
    </message>
    <message>
        <source>役割</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>団体</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>距離 km</source>
        <translation>Distance km</translation>
    </message>
    <message>
        <source>判定</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>範囲</source>
        <translation>Range</translation>
    </message>
    <message>
        <source>選んだ都市の数値を入力(&amp;I)…</source>
        <translation>&amp;Input figures of the selected city…</translation>
    </message>
    <message>
        <source>近くの連携中枢都市・定住自立圏の中心市（候補）</source>
        <translation>Nearby regional hub cities and central cities (candidates)</translation>
    </message>
    <message>
        <source>行を開くと判定の理由が表示されます。「判定できない」の都市は、未入力の数値を入力すると判定されます。</source>
        <translation>Open a row to see the reasons. Cities that “cannot be assessed” are assessed once their missing figures are entered.</translation>
    </message>
    <message>
        <source>事務(&amp;J):</source>
        <translation>Du&amp;ty:</translation>
    </message>
    <message>
        <source>点数の内訳</source>
        <translation>Score breakdown</translation>
    </message>
    <message>
        <source>ピン留め(&amp;P)</source>
        <translation>&amp;Pin</translation>
    </message>
    <message>
        <source>選んだ団体を一覧の先頭に固定します（この事務について、アプリを閉じるまで）</source>
        <translation>Keeps the selected parties at the top of the list (for this duty, until the app is closed)</translation>
    </message>
    <message>
        <source>除外(&amp;X)</source>
        <translation>E&amp;xclude</translation>
    </message>
    <message>
        <source>選んだ団体を順位から外し、一覧の最後に「除外」として表示します</source>
        <translation>Takes the selected parties out of the ranking and lists them at the end as “excluded”</translation>
    </message>
    <message>
        <source>元に戻す(&amp;U)</source>
        <translation>&amp;Undo pin/exclusion</translation>
    </message>
    <message>
        <source>選んだ団体のピン留め・除外を解除し、点数どおりの順位に戻します</source>
        <translation>Removes the pin or exclusion of the selected parties and returns them to their ranked place</translation>
    </message>
    <message>
        <source>この団体で連携案を作る(&amp;N)</source>
        <translation>Create a &amp;new plan with these parties</translation>
    </message>
    <message>
        <source>選んだ団体（複数可）を参加団体として、連携案のページで案を作ります</source>
        <translation>Creates a plan on the plans page with the selected parties (one or more) as participants</translation>
    </message>
    <message>
        <source>事務ごとの連携先の候補</source>
        <translation>Partner candidates per duty</translation>
    </message>
    <message>
        <source>{0}の連携の検討</source>
        <translation>Partners &amp; frameworks: {0}</translation>
    </message>
    <message>
        <source>連携の検討</source>
        <translation>Partners &amp; frameworks</translation>
    </message>
    <message>
        <source>データベースを読み込んでいます…</source>
        <translation>Loading the database…</translation>
    </message>
    <message>
        <source>自治体が未設定です（設定 → 自治体と担当課）。自治体を設定すると、連携の枠組みと連携先の候補を表示します。</source>
        <translation>No municipality is set (Settings → Municipality and department). Once it is set, the cooperation frameworks and partner candidates are shown.</translation>
    </message>
    <message>
        <source>事務がありません。事務カタログで事務を登録すると、事務ごとの候補を表示します。</source>
        <translation>There are no duties. Register duties in the duty catalogue to see candidates for each.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>主な連携の方法: {0}</source>
        <translation>Typical methods: {0}</translation>
    </message>
    <message>
        <source>主な連携の方法: 未設定（方法との適合は点数に入りません）</source>
        <translation>Typical methods: not set (the fit with a method is not scored)</translation>
    </message>
    <message>
        <source>ほか{0}件の候補は「近くの連携中枢都市・定住自立圏の中心市」の一覧にあります。</source>
        <translation>{0} more candidates are in the list “Nearby regional hub cities and central cities”.</translation>
    </message>
    <message>
        <source>{0}の{1}を市町村のページで入力</source>
        <translation>Enter {1} of {0} on the municipalities page</translation>
    </message>
    <message>
        <source>・</source>
        <translation> / </translation>
    </message>
    <message>
        <source>○ 範囲内</source>
        <translation>○ Within range</translation>
    </message>
    <message>
        <source>範囲外</source>
        <translation>Out of range</translation>
    </message>
    <message>
        <source>◎ {0} km以内に要件を満たす連携中枢都市がないため、{1}との連携（都道府県による垂直補完: 事務の代替執行・事務の委託・連携協約）を推奨します。</source>
        <translation>◎ No eligible regional hub city lies within {0} km: cooperation with {1} (vertical support by the prefecture: substitute execution, entrustment of affairs, cooperation agreement) is recommended.</translation>
    </message>
    <message>
        <source>{0} km以内に要件を満たす連携中枢都市があります: {1}</source>
        <translation>Eligible regional hub cities within {0} km: {1}</translation>
    </message>
    <message>
        <source>候補 {0}団体（ピン留め {1}・除外 {2}）。点数は目安です。行を選ぶと右に内訳が表示されます。</source>
        <translation>{0} candidates ({1} pinned, {2} excluded). Scores are a guide only. Select a row to see its breakdown on the right.</translation>
    </message>
    <message>
        <source>団体を選ぶと、点数の内訳が表示されます。</source>
        <translation>Select a party to see its score breakdown.</translation>
    </message>
    <message>
        <source>{0}（除外）</source>
        <translation>{0} (excluded)</translation>
    </message>
    <message>
        <source>この事務の候補から除外しています。「元に戻す」で点数どおりの順位に戻ります。</source>
        <translation>Excluded from the candidates for this duty. “Undo pin/exclusion” returns it to its ranked place.</translation>
    </message>
    <message>
        <source>推奨</source>
        <translation>recommended</translation>
    </message>
    <message>
        <source>ピン留め</source>
        <translation>pinned</translation>
    </message>
    <message>
        <source>{0} — 合計 {1}点</source>
        <translation>{0} — total {1} points</translation>
    </message>
    <message>
        <source>（{0}）</source>
        <translation> ({0})</translation>
    </message>
    <message>
        <source>{0}点</source>
        <translation>{0} pts</translation>
    </message>
</context>
<context>
    <name>AdvisorTexts</name>
    <message>
        <source>連携中枢都市圏</source>
        <translation>Regional hub city area</translation>
    </message>
    <message>
        <source>定住自立圏</source>
        <translation>Settlement and independence area</translation>
    </message>
    <message>
        <source>三大都市圏の水平連携</source>
        <translation>Horizontal cooperation in the three metropolitan areas</translation>
    </message>
    <message>
        <source>都道府県による垂直補完</source>
        <translation>Vertical support by the prefecture</translation>
    </message>
    <message>
        <source>◎ 推奨</source>
        <translation>◎ Recommended</translation>
    </message>
    <message>
        <source>○ 可能</source>
        <translation>○ Possible</translation>
    </message>
    <message>
        <source>？ 判定できない</source>
        <translation>? Cannot be assessed</translation>
    </message>
    <message>
        <source>－ 該当なし</source>
        <translation>– Not indicated</translation>
    </message>
    <message>
        <source>該当</source>
        <translation>eligible</translation>
    </message>
    <message>
        <source>境界的</source>
        <translation>borderline</translation>
    </message>
    <message>
        <source>該当しない</source>
        <translation>not eligible</translation>
    </message>
    <message>
        <source>判定できない</source>
        <translation>cannot be assessed</translation>
    </message>
    <message>
        <source>［適合］</source>
        <translation>[met] </translation>
    </message>
    <message>
        <source>［境界的］</source>
        <translation>[borderline] </translation>
    </message>
    <message>
        <source>［不適合］</source>
        <translation>[not met] </translation>
    </message>
    <message>
        <source>［未入力］</source>
        <translation>[missing] </translation>
    </message>
    <message>
        <source>［参考］</source>
        <translation>[note] </translation>
    </message>
    <message>
        <source>連携中枢都市</source>
        <translation>Regional hub city</translation>
    </message>
    <message>
        <source>連携中枢都市（2市の連携）</source>
        <translation>Regional hub city (two cities)</translation>
    </message>
    <message>
        <source>定住自立圏の中心市</source>
        <translation>Central city (settlement area)</translation>
    </message>
    <message>
        <source>連携中枢都市圏構想推進要綱</source>
        <translation>Guidelines for promoting regional hub city areas</translation>
    </message>
    <message>
        <source>定住自立圏構想推進要綱</source>
        <translation>Guidelines for promoting settlement and independence areas</translation>
    </message>
    <message>
        <source>昼夜間人口比率おおむね1以上</source>
        <translation>daytime/nighttime population ratio of roughly 1 or more</translation>
    </message>
    <message>
        <source>昼夜間人口比率1以上</source>
        <translation>daytime/nighttime population ratio of 1 or more</translation>
    </message>
    <message>
        <source>人口5万人程度以上（少なくとも4万人超）</source>
        <translation>population of about 50,000 or more (at least over 40,000)</translation>
    </message>
    <message>
        <source>各市の人口10万人程度以上</source>
        <translation>population of about 100,000 or more in each city</translation>
    </message>
    <message>
        <source>{prefecture}は三大都市圏の都府県に含まれるため</source>
        <translation>{prefecture} is one of the prefectures of the three metropolitan areas</translation>
    </message>
    <message>
        <source>{prefecture}は三大都市圏の都府県ではないため</source>
        <translation>{prefecture} is not one of the prefectures of the three metropolitan areas</translation>
    </message>
    <message>
        <source>団体ごとの指定による</source>
        <translation>set for this municipality</translation>
    </message>
    <message>
        <source>{name}は{kind}です。連携中枢都市は指定都市または中核市です（{guidelines}）。</source>
        <translation>{name} is a {kind}. A regional hub city is a designated city or a core city ({guidelines}).</translation>
    </message>
    <message>
        <source>{name}は{kind}です。連携中枢都市は指定都市または中核市に限られます（{guidelines}）。</source>
        <translation>{name} is a {kind}. Only a designated city or a core city can be a regional hub city ({guidelines}).</translation>
    </message>
    <message>
        <source>{name}は{kind}です。対象は市です（{guidelines}）。</source>
        <translation>{name} is a {kind}. The rule applies to cities ({guidelines}).</translation>
    </message>
    <message>
        <source>{name}は{kind}で、市ではありません。対象は市に限られます（{guidelines}）。</source>
        <translation>{name} is a {kind}, not a city. Only cities qualify ({guidelines}).</translation>
    </message>
    <message>
        <source>{name}の昼夜間人口比率 {value}（{date}、{source}）: 「{rule}」の基準を満たします（{guidelines}）。</source>
        <translation>Daytime/nighttime population ratio of {name}: {value} ({date}, {source}): meets the rule “{rule}” ({guidelines}).</translation>
    </message>
    <message>
        <source>{name}の昼夜間人口比率 {value}（{date}、{source}）: 「{rule}」の基準に対して境界的です（{floor}以上1未満。該当とはせず、県・総務省への確認が必要です。{guidelines}）。</source>
        <translation>Daytime/nighttime population ratio of {name}: {value} ({date}, {source}): borderline against the rule “{rule}” ({floor} or more but below 1; not counted as met, to be confirmed with the prefecture and the Ministry; {guidelines}).</translation>
    </message>
    <message>
        <source>{name}の昼夜間人口比率 {value}（{date}、{source}）: 「{rule}」の基準を満たしません（{guidelines}）。</source>
        <translation>Daytime/nighttime population ratio of {name}: {value} ({date}, {source}): does not meet the rule “{rule}” ({guidelines}).</translation>
    </message>
    <message>
        <source>{name}の人口 {value}人（{date}、{source}）: 「{rule}」の基準を満たします（{guidelines}）。</source>
        <translation>Population of {name}: {value} ({date}, {source}): meets the rule “{rule}” ({guidelines}).</translation>
    </message>
    <message>
        <source>{name}の人口 {value}人（{date}、{source}）: 「{rule}」に対して境界的です（{target}人未満。{guidelines}）。</source>
        <translation>Population of {name}: {value} ({date}, {source}): borderline against the rule “{rule}” (below {target}; {guidelines}).</translation>
    </message>
    <message>
        <source>{name}の人口 {value}人（{date}、{source}）: 「{rule}」の基準を満たしません（{guidelines}）。</source>
        <translation>Population of {name}: {value} ({date}, {source}): does not meet the rule “{rule}” ({guidelines}).</translation>
    </message>
    <message>
        <source>2市の人口の合計 {value}人: 「合計{target}人以上」の基準を満たします（{guidelines}）。</source>
        <translation>Combined population of the two cities: {value}: meets the rule “{target} or more together” ({guidelines}).</translation>
    </message>
    <message>
        <source>2市の人口の合計 {value}人: 「合計{target}人以上」の基準を満たしません（{guidelines}）。</source>
        <translation>Combined population of the two cities: {value}: does not meet the rule “{target} or more together” ({guidelines}).</translation>
    </message>
    <message>
        <source>{name}は三大都市圏の区域外です（{basis}。{guidelines}）。</source>
        <translation>{name} lies outside the three metropolitan areas ({basis}; {guidelines}).</translation>
    </message>
    <message>
        <source>{name}は三大都市圏の区域内です（{basis}）。定住自立圏の中心市は原則として三大都市圏の区域外です（{guidelines}）。</source>
        <translation>{name} lies inside the three metropolitan areas ({basis}). A central city of a settlement and independence area lies, in principle, outside them ({guidelines}).</translation>
    </message>
    <message>
        <source>{name}は三大都市圏の区域内ですが、指定都市・特別区への通勤通学者割合 {value}%（{date}、{source}）が{limit}%未満のため、この基準を満たします（{guidelines}）。</source>
        <translation>{name} lies inside the three metropolitan areas, but its share of commuters to a designated city or special ward, {value}% ({date}, {source}), is below {limit}%, so it meets this rule ({guidelines}).</translation>
    </message>
    <message>
        <source>{name}は三大都市圏の区域内で、指定都市・特別区への通勤通学者割合 {value}%（{date}、{source}）が{limit}%以上のため、この基準を満たしません（{guidelines}）。</source>
        <translation>{name} lies inside the three metropolitan areas and its share of commuters to a designated city or special ward, {value}% ({date}, {source}), is {limit}% or more, so it does not meet this rule ({guidelines}).</translation>
    </message>
    <message>
        <source>{name}と{partner}の役場間の直線距離 {distance} km: 2市の連携の目安（隣接し、おおむね1時間以内。ここでは {max} km以内）を満たします（{guidelines}）。</source>
        <translation>Straight-line distance between the town halls of {name} and {partner}: {distance} km: meets the guide for two cities (adjacent, within about one hour; here within {max} km) ({guidelines}).</translation>
    </message>
    <message>
        <source>{name}と{partner}の役場間の直線距離 {distance} km: 2市の連携の目安（隣接し、おおむね1時間以内。ここでは {max} km以内）を超えています（{guidelines}）。</source>
        <translation>Straight-line distance between the town halls of {name} and {partner}: {distance} km: beyond the guide for two cities (adjacent, within about one hour; here within {max} km) ({guidelines}).</translation>
    </message>
    <message>
        <source>{name}の役場の位置（緯度・経度）が登録されていないため、距離を計算できません。</source>
        <translation>The town hall position (latitude, longitude) of {name} is not registered, so the distance cannot be calculated.</translation>
    </message>
    <message>
        <source>{name}（自団体）— 連携中枢都市としての判定: {status}</source>
        <translation>{name} (home) — as a regional hub city: {status}</translation>
    </message>
    <message>
        <source>{name}（自団体）— 定住自立圏の中心市としての判定: {status}</source>
        <translation>{name} (home) — as a central city of a settlement area: {status}</translation>
    </message>
    <message>
        <source>{name}（役場間 {distance} km）— 連携中枢都市としての判定: {status}</source>
        <translation>{name} ({distance} km between town halls) — as a regional hub city: {status}</translation>
    </message>
    <message>
        <source>{name}（役場間 {distance} km）— 定住自立圏の中心市としての判定: {status}</source>
        <translation>{name} ({distance} km between town halls) — as a central city of a settlement area: {status}</translation>
    </message>
    <message>
        <source>{max} km以内に連携中枢都市の候補（指定都市・中核市）がありません。</source>
        <translation>There is no regional hub city candidate (designated or core city) within {max} km.</translation>
    </message>
    <message>
        <source>{max} km以内に定住自立圏の中心市の候補がありません。</source>
        <translation>There is no candidate central city of a settlement area within {max} km.</translation>
    </message>
    <message>
        <source>{name}は三大都市圏の区域内です（{basis}）。水平的・相互補完的、双務的な連携（公共施設や介護保険施設の相互利用など）が考えられます。</source>
        <translation>{name} lies inside the three metropolitan areas ({basis}). Horizontal, mutually complementary, two-way cooperation (such as mutual use of public facilities and care facilities) can be considered.</translation>
    </message>
    <message>
        <source>{name}は三大都市圏の区域外です（{basis}）。</source>
        <translation>{name} lies outside the three metropolitan areas ({basis}).</translation>
    </message>
    <message>
        <source>要件を満たす連携中枢都市 {name} が役場間 {distance} km にあります。まず連携中枢都市圏での連携を検討してください。</source>
        <translation>The eligible regional hub city {name} lies {distance} km away (between town halls). Consider cooperation in a regional hub city area first.</translation>
    </message>
    <message>
        <source>{max} km以内に要件を満たす連携中枢都市がありません。条件不利地域では、都道府県による補完（事務の代替執行・事務の委託・連携協約）が選択肢になります（総務省「基礎自治体による行政サービス提供に関する研究会」報告書）。</source>
        <translation>No eligible regional hub city lies within {max} km. In disadvantaged areas, support by the prefecture (substitute execution, entrustment of affairs, cooperation agreement) is an option (report of the Ministry&apos;s study group on administrative services of basic municipalities).</translation>
    </message>
    <message>
        <source>連携する市町村は、原則として{name}への通勤通学割合が{share}%以上の市町村です。このアプリは通勤通学の流れを持たないため、別途確認してください（各要綱）。</source>
        <translation>Neighbours are, in principle, municipalities with {share}% or more of their commuters going to {name}. This app has no commuting data: confirm this separately (both guidelines).</translation>
    </message>
    <message>
        <source>{name}の{stat}が未入力です。市町村のページで入力するか取り込んでください。</source>
        <translation>{stat} of {name} has not been entered. Enter or import it on the municipalities page.</translation>
    </message>
    <message>
        <source>{name}と{partner}（2市の連携。近い方まで役場間 {distance} km）— 連携中枢都市圏としての判定: {status}</source>
        <translation>{name} and {partner} (two cities; {distance} km to the nearer town hall) — as a regional hub city area: {status}</translation>
    </message>
    <message>
        <source>最も近い候補は {name}（役場間 {distance} km）です。</source>
        <translation> The nearest candidate is {name} ({distance} km between town halls).</translation>
    </message>
    <message>
        <source>要件を満たす最も近い連携中枢都市は {name}（役場間 {distance} km）です。</source>
        <translation> The nearest eligible regional hub city is {name} ({distance} km between town halls).</translation>
    </message>
    <message>
        <source>（三大都市圏内の都市が連携中枢都市となるための「{limit}%未満」の判定に必要です。）</source>
        <translation> (Needed for the “below {limit}%” rule by which a city inside the three metropolitan areas can be a regional hub city.)</translation>
    </message>
    <message>
        <source>距離不明</source>
        <translation>distance unknown</translation>
    </message>
    <message>
        <source>役場間の直線距離 {distance} km（近いほど加点し、{max} kmで0点）</source>
        <translation>Straight-line distance between town halls: {distance} km (the nearer, the more points; 0 at {max} km)</translation>
    </message>
    <message>
        <source>{name}の役場の位置が登録されていないため、距離を計算できません（加点なし）。</source>
        <translation>The town hall position of {name} is not registered, so the distance cannot be calculated (no points).</translation>
    </message>
    <message>
        <source>連携中枢都市としての判定: {status}</source>
        <translation>As a regional hub city: {status}</translation>
    </message>
    <message>
        <source>定住自立圏の中心市としての判定: {status}</source>
        <translation>As a central city of a settlement area: {status}</translation>
    </message>
    <message>
        <source>自団体との現在有効な協定・規約 {count}件</source>
        <translation>{count} agreements in force with the home municipality</translation>
    </message>
    <message>
        <source>自団体との連携案 {count}件</source>
        <translation>{count} plans with the home municipality</translation>
    </message>
    <message>
        <source>人口 {value}人（{date}、{source}）: {band}人以上の区分</source>
        <translation>Population {value} ({date}, {source}): band of {band} or more</translation>
    </message>
    <message>
        <source>{name}の人口が未入力です（加点なし。推計はしません）。市町村のページで入力するか取り込んでください。</source>
        <translation>The population of {name} has not been entered (no points; it is never estimated). Enter or import it on the municipalities page.</translation>
    </message>
    <message>
        <source>自団体と同じ{prefecture}の団体</source>
        <translation>In the same prefecture as the home municipality ({prefecture})</translation>
    </message>
    <message>
        <source>自団体の属する{prefecture}（都道府県による垂直補完の相手）</source>
        <translation>The home municipality&apos;s own prefecture, {prefecture} (partner for vertical support)</translation>
    </message>
    <message>
        <source>この事務の連携の方法「{method}」に向く相手（{partner_type}）</source>
        <translation>Suits the duty&apos;s method “{method}” ({partner_type})</translation>
    </message>
    <message>
        <source>{max} km以内に要件を満たす連携中枢都市がないため、都道府県を推奨（条件不利地域における都道府県による補完）</source>
        <translation>No eligible regional hub city within {max} km: the prefecture is recommended (support by the prefecture in disadvantaged areas)</translation>
    </message>
    <message>
        <source>ピン留め（先頭に表示。点数には影響しません）</source>
        <translation>Pinned (shown first; does not change the score)</translation>
    </message>
    <message>
        <source>（距離の上限より遠いため加点なし）</source>
        <translation> (beyond the distance limit: no points)</translation>
    </message>
    <message>
        <source>人口 {value}人（{date}、{source}）: 加点する区分（1万人以上）に届きません</source>
        <translation>Population {value} ({date}, {source}): below the lowest scored band (10,000 or more)</translation>
    </message>
    <message>
        <source>距離</source>
        <translation>distance</translation>
    </message>
    <message>
        <source>中心市</source>
        <translation>central city</translation>
    </message>
    <message>
        <source>既存の協定</source>
        <translation>agreements</translation>
    </message>
    <message>
        <source>既存の連携案</source>
        <translation>plans</translation>
    </message>
    <message>
        <source>人口規模</source>
        <translation>population</translation>
    </message>
    <message>
        <source>人口未入力</source>
        <translation>population missing</translation>
    </message>
    <message>
        <source>同じ県</source>
        <translation>same prefecture</translation>
    </message>
    <message>
        <source>自団体の県</source>
        <translation>own prefecture</translation>
    </message>
    <message>
        <source>方法に適合</source>
        <translation>method fit</translation>
    </message>
    <message>
        <source>県を推奨</source>
        <translation>prefecture recommended</translation>
    </message>
    <message>
        <source>ピン留め</source>
        <translation>pinned</translation>
    </message>
    <message>
        <source>都道府県</source>
        <translation>prefecture</translation>
    </message>
    <message>
        <source>圏域の中心となる都市</source>
        <translation>lead city of an area</translation>
    </message>
    <message>
        <source>距離の上限内の市町村</source>
        <translation>municipality within the distance limit</translation>
    </message>
</context>
<context>
    <name>AgreementClauses</name>
    <message>
        <source>定住自立圏構想推進要綱</source>
        <translation>the Guidelines for Promoting the Settlement and Self-Reliance Area Concept (Teijū Jiritsuken Kōsō Suishin Yōkō)</translation>
    </message>
    <message>
        <source>規約</source>
        <translation>rules</translation>
    </message>
    <message>
        <source>協約</source>
        <translation>agreement</translation>
    </message>
    <message>
        <source>協定</source>
        <translation>agreement</translation>
    </message>
    <message>
        <source>地方自治法（昭和22年法律第67号）</source>
        <translation>the Local Autonomy Act (Act No. 67 of 1947)</translation>
    </message>
    <message>
        <source>第252条の2第1項</source>
        <translation>Article 252-2, paragraph 1</translation>
    </message>
    <message>
        <source>第252条の2の2第1項</source>
        <translation>Article 252-2-2, paragraph 1</translation>
    </message>
    <message>
        <source>第252条の7第1項</source>
        <translation>Article 252-7, paragraph 1</translation>
    </message>
    <message>
        <source>第252条の14第1項</source>
        <translation>Article 252-14, paragraph 1</translation>
    </message>
    <message>
        <source>第252条の16の2第1項</source>
        <translation>Article 252-16-2, paragraph 1</translation>
    </message>
    <message>
        <source>第284条第2項</source>
        <translation>Article 284, paragraph 2</translation>
    </message>
    <message>
        <source>第284条第3項</source>
        <translation>Article 284, paragraph 3</translation>
    </message>
    <message>
        <source>{subject}に関し、協議会を設ける</source>
        <translation>set up a council concerning {subject}</translation>
    </message>
    <message>
        <source>{subject}に関し、機関を共同して設置する</source>
        <translation>jointly establish bodies concerning {subject}</translation>
    </message>
    <message>
        <source>{subject}の管理及び執行を委託する</source>
        <translation>entrust the management and execution of {subject}</translation>
    </message>
    <message>
        <source>{subject}について事務の代替執行を行う</source>
        <translation>provide for the substitute execution of affairs concerning {subject}</translation>
    </message>
    <message>
        <source>{subject}を共同処理する一部事務組合を設ける</source>
        <translation>establish a partial-affairs association to handle {subject} jointly</translation>
    </message>
    <message>
        <source>{subject}を広域にわたり総合的かつ計画的に処理する広域連合を設ける</source>
        <translation>establish a wide-area union to handle {subject} comprehensively and systematically across the wider area</translation>
    </message>
    <message>
        <source>連携して取り組む事務</source>
        <translation>the affairs to be handled in cooperation</translation>
    </message>
    <message>
        <source>{intro}は、{law}{article}の規定に基づき、{subject}に関し、連携して事務を処理するに当たっての基本的な方針及び役割分担を定めることにより、圏域の住民の福祉の向上に資することを目的として、この協約を締結する。</source>
        <translation>{intro} hereby conclude this agreement pursuant to {article} of {law}, for the purpose of contributing to the welfare of the residents of the area by setting out the basic policy and the division of roles for handling affairs in cooperation concerning {subject}.</translation>
    </message>
    <message>
        <source>{intro}は、{basis}に基づき、{subject}に関し、相互に役割を分担して連携し、圏域全体の暮らしに必要な生活機能を確保して定住の促進を図ることを目的として、定住自立圏の形成に関するこの協定を締結する。</source>
        <translation>{intro} hereby conclude this agreement on the formation of a settlement and self-reliance area pursuant to {basis}, for the purpose of promoting settlement by sharing roles and cooperating concerning {subject} and by securing the functions necessary for daily life throughout the area.</translation>
    </message>
    <message>
        <source>{intro}は、{law}{article}の規定に基づき、{purpose}ため、この規約を定める。</source>
        <translation>{intro} hereby establish these rules pursuant to {article} of {law} in order to {purpose}.</translation>
    </message>
    <message>
        <source>{intro}は、{subject}に関し、相互に協力して取り組むため、この協定を締結する。</source>
        <translation>{intro} hereby conclude this agreement in order to work together on {subject}.</translation>
    </message>
    <message>
        <source>{all}は、対等な立場で相互に協力し、次に定める役割分担に基づき、{subject}に係る取組を連携して推進するものとする。</source>
        <translation>{all} shall cooperate with each other as equals and jointly promote the initiatives concerning {subject} in accordance with the division of roles set out below.</translation>
    </message>
    <message>
        <source>{all}は、この規約に定めるところにより、{subject}を適正かつ効率的に処理するものとする。</source>
        <translation>{all} shall handle {subject} properly and efficiently as provided for in these rules.</translation>
    </message>
    <message>
        <source>この{doc}に基づく取組に要する費用の負担については、{all}が協議して別に定める。</source>
        <translation>The sharing of the costs of the initiatives under the {doc} shall be determined separately by {all} through consultation.</translation>
    </message>
    <message>
        <source>この規約に基づく事務の処理に要する経費の負担の額及び方法は、{all}が協議して別に定める。</source>
        <translation>The amounts and the method of sharing the expenses of handling the affairs under these rules shall be determined separately by {all} through consultation.</translation>
    </message>
    <message>
        <source>{all}は、この{doc}に基づく取組の推進について協議するため、{all}の長で構成する連絡会議を置き、毎年度{count}回以上開催するものとする。</source>
        <translation>{all} shall set up a liaison meeting composed of the heads of {all} to consult on the promotion of the initiatives under the {doc}, and shall hold it at least {count} time(s) in every fiscal year.</translation>
    </message>
    <message>
        <source>この協約に関し{all}の間に紛争が生じたときは、{all}は、誠意をもって協議し、その解決に努めるものとする。協議が調わないときは、{any}は、地方自治法第252条の2第7項の規定に基づき、{authority}に対し、文書により、同法第251条の3の2に規定する自治紛争処理委員による紛争を処理するための方策の提示を求める旨の申請をすることができる。</source>
        <translation>If a dispute arises between {all} concerning this agreement, {all} shall consult in good faith and endeavour to resolve it. If the consultation does not succeed, {any} may, pursuant to Article 252-2, paragraph 7 of the Local Autonomy Act, apply in writing to the {authority} for a proposal for settling the dispute by the local government dispute settlement commissioners provided for in Article 251-3-2 of that Act.</translation>
    </message>
    <message>
        <source>この{doc}に定めのない事項及びこの{doc}に関し疑義が生じた事項については、{all}が協議して定めるものとする。</source>
        <translation>Matters not provided for in the {doc}, and matters on which doubts arise concerning the {doc}, shall be determined by {all} through consultation.</translation>
    </message>
    <message>
        <source>この{doc}は、{start}から効力を生ずる。この{doc}の有効期間は定めないものとする。</source>
        <translation>The {doc} shall take effect on {start}. No period of validity shall be set for the {doc}.</translation>
    </message>
    <message>
        <source>この規約は、{start}から施行する。</source>
        <translation>These rules shall come into force on {start}.</translation>
    </message>
    <message>
        <source>この{doc}の有効期間は、{start}から{end}までとする。</source>
        <translation>The {doc} shall be valid from {start} to {end}.</translation>
    </message>
    <message>
        <source>ただし、期間満了の日の3月前までに{any}から別段の申出がないときは、更に{years}年間延長するものとし、以後も同様とする。</source>
        <translation>However, unless {any} gives notice to the contrary at least three months before the day on which the term expires, the term shall be extended by a further {years} year(s), and likewise thereafter.</translation>
    </message>
    <message>
        <source>この協約を変更し、又は廃止しようとするときは、地方自治法第252条の2第4項の規定により、{all}が協議し、それぞれの議会の議決を経て行うものとする。</source>
        <translation>This agreement shall be amended or abolished, pursuant to Article 252-2, paragraph 4 of the Local Autonomy Act, through consultation between {all} with the resolution of each of their councils.</translation>
    </message>
    <message>
        <source>この協定を変更しようとするときは、{all}が協議し、それぞれの議会の議決を経て行うものとする。{any}は、この協定を廃止しようとするときは、議会の議決を経た上で、相手方にその旨を通告するものとする。</source>
        <translation>This agreement shall be amended through consultation between {all} with the resolution of each of their councils. If {any} intends to abolish this agreement, it shall notify the other party after obtaining the resolution of its council.</translation>
    </message>
    <message>
        <source>この規約を変更し、又は廃止しようとするときは、{all}の協議により定めるものとし、当該協議については、あらかじめそれぞれの議会の議決を経るものとする。</source>
        <translation>These rules shall be amended or abolished as determined through consultation between {all}, for which the resolution of each of their councils shall be obtained in advance.</translation>
    </message>
    <message>
        <source>この協定を変更し、又は廃止しようとするときは、{all}が協議して定めるものとする。</source>
        <translation>This agreement shall be amended or abolished as determined by {all} through consultation.</translation>
    </message>
    <message>
        <source>告示の日</source>
        <translation>the date of public notice</translation>
    </message>
    <message>
        <source>締結の日</source>
        <translation>the date of conclusion</translation>
    </message>
    <message>
        <source>許可のあった日</source>
        <translation>the date of permission</translation>
    </message>
    <message>
        <source>総務大臣</source>
        <translation>Minister for Internal Affairs and Communications</translation>
    </message>
    <message>
        <source>都道府県知事</source>
        <translation>Prefectural Governor</translation>
    </message>
</context>
<context>
    <name>AgreementDraft</name>
    <message>
        <source>令和&#x3000;&#x3000;年&#x3000;&#x3000;月&#x3000;&#x3000;日</source>
        <translation>Date: ____________________</translation>
    </message>
    <message>
        <source>規約</source>
        <translation>rules</translation>
    </message>
    <message>
        <source>連携協約書</source>
        <translation>cooperation agreement</translation>
    </message>
    <message>
        <source>協定書</source>
        <translation>agreement</translation>
    </message>
    <message>
        <source>規約（案）</source>
        <translation>Rules (Draft)</translation>
    </message>
    <message>
        <source>連携協約書（案）</source>
        <translation>Cooperation Agreement (Draft)</translation>
    </message>
    <message>
        <source>協定書（案）</source>
        <translation>Agreement (Draft)</translation>
    </message>
    <message>
        <source>目的</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>基本方針</source>
        <translation>Basic policy</translation>
    </message>
    <message>
        <source>連携する取組と役割分担</source>
        <translation>Joint initiatives and roles</translation>
    </message>
    <message>
        <source>費用分担</source>
        <translation>Cost sharing</translation>
    </message>
    <message>
        <source>連絡会議</source>
        <translation>Liaison meeting</translation>
    </message>
    <message>
        <source>紛争解決</source>
        <translation>Settlement of disputes</translation>
    </message>
    <message>
        <source>期間</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>変更・廃止</source>
        <translation>Amendment and abolition</translation>
    </message>
    <message>
        <source>{name}（以下「{letter}」という。）</source>
        <translation>{name} (hereinafter &quot;{letter}&quot;)</translation>
    </message>
    <message>
        <source>{all}は、この{doc}に基づく事務の円滑な処理について協議するため、必要に応じて連絡会議を開催するものとする。</source>
        <translation>{all} shall hold liaison meetings as necessary to consult on the smooth handling of the affairs under the {doc}.</translation>
    </message>
    <message>
        <source>前項の費用の負担の割合の案は、別表のとおりとする。</source>
        <translation>The proposed shares of the costs under the preceding paragraph are set out in the Appended Table.</translation>
    </message>
    <message>
        <source>{0}が連携して取り組む事項及びその役割分担は、次の表のとおりとする。</source>
        <translation>The matters on which {0} shall work together and their division of roles shall be as set out in the following table.</translation>
    </message>
    <message>
        <source>{0}（案）</source>
        <translation>{0} (Draft)</translation>
    </message>
    <message>
        <source>{intro}は、次のとおり{name}を定める。</source>
        <translation>{intro} hereby establish the following {name}.</translation>
    </message>
    <message>
        <source>{intro}は、次のとおり{name}を締結する。</source>
        <translation>{intro} hereby conclude the following {name}.</translation>
    </message>
    <message>
        <source>（{0}）</source>
        <translation>({0})</translation>
    </message>
    <message>
        <source>第{number}条&#x3000;{text}</source>
        <translation>Article {number}  {text}</translation>
    </message>
    <message>
        <source>{number}&#x3000;{text}</source>
        <translation>({number}) {text}</translation>
    </message>
    <message>
        <source>この{doc}の締結を証するため、本書{count}通を作成し、{parties}記名押印の上、各自その1通を保有する。</source>
        <translation>In witness of the conclusion of the {doc}, {count} originals have been prepared, to which {parties} have affixed their names and seals; each shall keep one original.</translation>
    </message>
    <message>
        <source>{letter}&#x3000;{name}</source>
        <translation>{letter}: {name}</translation>
    </message>
    <message>
        <source>別表（第{0}条関係）&#x3000;費用の負担割合（案）</source>
        <translation>Appended Table (re Article {0}): proposed cost shares</translation>
    </message>
</context>
<context>
    <name>AgreementEditorDialog</name>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>種類(&amp;K)</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>（選択してください）</source>
        <translation>(please choose)</translation>
    </message>
    <message>
        <source>協議会の種類(&amp;C)</source>
        <translation>&amp;Council type</translation>
    </message>
    <message>
        <source>名称（必須）(&amp;N)</source>
        <translation>Title (required) (&amp;N)</translation>
    </message>
    <message>
        <source>（連携案なし）</source>
        <translation>(no plan)</translation>
    </message>
    <message>
        <source>（採用）</source>
        <translation> (chosen)</translation>
    </message>
    <message>
        <source>連携案(&amp;L)</source>
        <translation>P&amp;lan</translation>
    </message>
    <message>
        <source>備考(&amp;B)</source>
        <translation>Note&amp;s</translation>
    </message>
    <message>
        <source>当事者（上から甲・乙・丙…の順）</source>
        <translation>Parties (from the top: Party A, Party B, Party C …)</translation>
    </message>
    <message>
        <source>団体</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>加入日</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <source>脱退日</source>
        <translation>Left on</translation>
    </message>
    <message>
        <source>甲乙</source>
        <translation>Designation</translation>
    </message>
    <message>
        <source>当事者を追加(&amp;A)…</source>
        <translation>&amp;Add party…</translation>
    </message>
    <message>
        <source>都道府県も当事者にできます。途中で加入・脱退した団体は、その日付を入れてください（脱退日からは構成団体ではありません）。</source>
        <translation>A prefecture can be a party too. For a party that joined or left later, enter the date (from the leave date it is no longer a member).</translation>
    </message>
    <message>
        <source>基本</source>
        <translation>Basics</translation>
    </message>
    <message>
        <source>当初から</source>
        <translation>from the start</translation>
    </message>
    <message>
        <source>なし</source>
        <translation>none</translation>
    </message>
    <message>
        <source>目的(&amp;P)</source>
        <translation>&amp;Purpose</translation>
    </message>
    <message>
        <source>基本方針(&amp;H)</source>
        <translation>Basic polic&amp;y</translation>
    </message>
    <message>
        <source>費用分担(&amp;C)</source>
        <translation>&amp;Cost sharing</translation>
    </message>
    <message>
        <source>連絡会議(&amp;M)</source>
        <translation>Liaison &amp;meeting</translation>
    </message>
    <message>
        <source>紛争解決(&amp;D)</source>
        <translation>&amp;Dispute resolution</translation>
    </message>
    <message>
        <source>期間の条文(&amp;T)</source>
        <translation>&amp;Term clause</translation>
    </message>
    <message>
        <source>変更・廃止(&amp;A)</source>
        <translation>&amp;Amendment and abolition</translation>
    </message>
    <message>
        <source>既定の文案に戻す(&amp;R)</source>
        <translation>&amp;Restore default wording</translation>
    </message>
    <message>
        <source>文案は種類と当事者から作成されます。書き換えた条文は、種類や当事者を変えてもそのまま残ります。</source>
        <translation>The draft wording follows the kind and the parties. Clauses you have rewritten stay as they are when the kind or the parties change.</translation>
    </message>
    <message>
        <source>取組を追加(&amp;I)</source>
        <translation>Add &amp;initiative</translation>
    </message>
    <message>
        <source>選択した取組を削除</source>
        <translation>Delete selected initiative</translation>
    </message>
    <message>
        <source>連携する取組と役割分担(&amp;W)</source>
        <translation>Joint initiatives and roles (&amp;W)</translation>
    </message>
    <message>
        <source> 回／年</source>
        <translation> per year</translation>
    </message>
    <message>
        <source>連絡会議の開催回数(&amp;Y)</source>
        <translation>Liaison meetings per &amp;year</translation>
    </message>
    <message>
        <source>連携協約・定住自立圏形成協定では、長同士の定期的な協議として年1回以上です。</source>
        <translation>For a cooperation agreement or a settlement area agreement, the heads meet at least once a year.</translation>
    </message>
    <message>
        <source>例: 令和6年4月1日</source>
        <translation>e.g. 1 April 2024</translation>
    </message>
    <message>
        <source>期間の始期(&amp;S)</source>
        <translation>Term &amp;start</translation>
    </message>
    <message>
        <source>空欄: 締結の日（規約は告示の日）から</source>
        <translation>Blank: from the day of conclusion (rules: from the day of public notice)</translation>
    </message>
    <message>
        <source>期間の終期(&amp;E)</source>
        <translation>Term &amp;end</translation>
    </message>
    <message>
        <source>空欄: 期間の定めなし</source>
        <translation>Blank: no fixed term</translation>
    </message>
    <message>
        <source>自動更新する(&amp;U)</source>
        <translation>Renew a&amp;utomatically</translation>
    </message>
    <message>
        <source> 年ごと</source>
        <translation> years each</translation>
    </message>
    <message>
        <source>自動更新</source>
        <translation>Automatic renewal</translation>
    </message>
    <message>
        <source>更新する年数(&amp;G)</source>
        <translation>Renewal period (years) (&amp;G)</translation>
    </message>
    <message>
        <source>条項</source>
        <translation>Clauses</translation>
    </message>
    <message>
        <source>経過</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <source>日付</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>メモ</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>経過を追加(&amp;E)</source>
        <translation>Add &amp;event</translation>
    </message>
    <message>
        <source>標準の手続を追加(&amp;S)</source>
        <translation>Add &amp;standard steps</translation>
    </message>
    <message>
        <source>まだない手続（協議開始、各団体の議会議決、締結、告示、届出/許可、施行）を日付なしで追加します</source>
        <translation>Adds the missing steps (start of consultation, each party&apos;s council resolution, conclusion, public notice, notification/permission, entry into force) without dates</translation>
    </message>
    <message>
        <source>日付順に並べる(&amp;O)</source>
        <translation>S&amp;ort by date</translation>
    </message>
    <message>
        <source>（全体）</source>
        <translation>(all parties)</translation>
    </message>
    <message>
        <source>各当事者の議会の議決が必要です。</source>
        <translation>Each party&apos;s council must resolve.</translation>
    </message>
    <message>
        <source>議会の議決は不要です。</source>
        <translation>No council resolution is needed.</translation>
    </message>
    <message>
        <source>届出・許可の手続はありません。</source>
        <translation>No notification or permission is needed.</translation>
    </message>
    <message>
        <source>許可: {0}。</source>
        <translation>Permission: {0}.</translation>
    </message>
    <message>
        <source>届出先: {0}。</source>
        <translation>Notify: {0}.</translation>
    </message>
    <message>
        <source>{0}: {1}{2}</source>
        <translation>{0}: {1} {2}</translation>
    </message>
    <message>
        <source>保存するときに日付の前後関係（議決は協議開始の後、施行は締結の後 など）を確認します。</source>
        <translation>When saving, the order of the dates is checked (resolutions after the start of consultation, entry into force after conclusion, etc.).</translation>
    </message>
    <message>
        <source>ある団体が所有する施設を、ほかの団体の住民も利用する場合に記録します（例: 甲の介護施設を甲・乙の住民が利用）。利用割合は利用割による費用分担の基礎になります。</source>
        <translation>Record facilities owned by one party and used by other parties&apos; residents (e.g. a care home of Party A used by residents of Party A and Party B). The usage shares are the basis of usage-based cost sharing.</translation>
    </message>
    <message>
        <source>施設</source>
        <translation>Facility</translation>
    </message>
    <message>
        <source>施設名</source>
        <translation>Facility name</translation>
    </message>
    <message>
        <source>所有団体</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>施設の種類</source>
        <translation>Facility type</translation>
    </message>
    <message>
        <source>利用の単位</source>
        <translation>Usage unit</translation>
    </message>
    <message>
        <source>施設を追加(&amp;F)</source>
        <translation>Add &amp;facility</translation>
    </message>
    <message>
        <source>利用実績（団体別・期間別）</source>
        <translation>Usage (per party and period)</translation>
    </message>
    <message>
        <source>利用した住民の団体</source>
        <translation>Residents&apos; party</translation>
    </message>
    <message>
        <source>期間の初日</source>
        <translation>Period start</translation>
    </message>
    <message>
        <source>期間の末日</source>
        <translation>Period end</translation>
    </message>
    <message>
        <source>利用量</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>利用実績を追加(&amp;U)</source>
        <translation>Add &amp;usage</translation>
    </message>
    <message>
        <source>利用割合</source>
        <translation>Usage shares</translation>
    </message>
    <message>
        <source>集計期間(&amp;P):</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>集計(&amp;T)</source>
        <translation>&amp;Tally</translation>
    </message>
    <message>
        <source>から</source>
        <translation>to</translation>
    </message>
    <message>
        <source>まで</source>
        <translation>(inclusive)</translation>
    </message>
    <message>
        <source>施設の相互利用</source>
        <translation>Facility mutual use</translation>
    </message>
    <message>
        <source>例: 介護施設</source>
        <translation>e.g. care home</translation>
    </message>
    <message>
        <source>例: 延べ利用者数</source>
        <translation>e.g. total users</translation>
    </message>
    <message>
        <source>集計期間の初日と末日を正しく入れてください（例: 令和6年4月1日）。</source>
        <translation>Enter a valid first and last day of the period (e.g. 1 April 2024).</translation>
    </message>
    <message>
        <source>「{0}」: {1} の利用実績は未入力です（割合はほかの団体の間で計算しています）。</source>
        <translation>“{0}”: no usage entered for {1} (the shares are computed among the other parties).</translation>
    </message>
    <message>
        <source>「{0}」: 集計期間をまたぐ利用実績が{1}件あり、集計に含めていません（按分はしません）。</source>
        <translation>“{0}”: {1} usage record(s) straddle the period and are not counted (they are not prorated).</translation>
    </message>
    <message>
        <source>施設がまだありません。</source>
        <translation>No facilities yet.</translation>
    </message>
    <message>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>入力内容に誤りがあります（{0}件）。⚠の付いたタブと赤字の項目を修正してください。保存はしていません。</source>
        <translation>The input has errors ({0}). Please correct the fields shown in red on the tabs marked ⚠. Nothing has been saved.</translation>
    </message>
</context>
<context>
    <name>AgreementTableModel</name>
    <message>
        <source>名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>種類</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>状況（本日）</source>
        <translation>Status (today)</translation>
    </message>
    <message>
        <source>次の見直し</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>残り日数</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>当事者</source>
        <translation>Parties</translation>
    </message>
</context>
<context>
    <name>AgreementTexts</name>
    <message>
        <source>連携協約</source>
        <translation>Cooperation agreement</translation>
    </message>
    <message>
        <source>規約（協議会）</source>
        <translation>Rules (council)</translation>
    </message>
    <message>
        <source>規約（機関等の共同設置）</source>
        <translation>Rules (joint establishment of bodies)</translation>
    </message>
    <message>
        <source>規約（事務の委託）</source>
        <translation>Rules (entrustment of affairs)</translation>
    </message>
    <message>
        <source>規約（事務の代替執行）</source>
        <translation>Rules (substitute execution)</translation>
    </message>
    <message>
        <source>規約（一部事務組合）</source>
        <translation>Rules (partial-affairs association)</translation>
    </message>
    <message>
        <source>規約（広域連合）</source>
        <translation>Rules (wide-area union)</translation>
    </message>
    <message>
        <source>定住自立圏形成協定</source>
        <translation>Settlement area agreement</translation>
    </message>
    <message>
        <source>協定</source>
        <translation>Informal agreement</translation>
    </message>
    <message>
        <source>協議開始</source>
        <translation>Start of consultation</translation>
    </message>
    <message>
        <source>議会議決</source>
        <translation>Council resolution</translation>
    </message>
    <message>
        <source>締結</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>告示</source>
        <translation>Public notice</translation>
    </message>
    <message>
        <source>届出/許可</source>
        <translation>Notification/permission</translation>
    </message>
    <message>
        <source>施行</source>
        <translation>Entry into force</translation>
    </message>
    <message>
        <source>見直し期限</source>
        <translation>Review deadline</translation>
    </message>
    <message>
        <source>廃止</source>
        <translation>Abolished</translation>
    </message>
    <message>
        <source>届出</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>許可</source>
        <translation>Permission</translation>
    </message>
    <message>
        <source>期間満了</source>
        <translation>End of term</translation>
    </message>
    <message>
        <source>管理執行協議会</source>
        <translation>Management and execution council</translation>
    </message>
    <message>
        <source>連絡調整協議会</source>
        <translation>Liaison and coordination council</translation>
    </message>
    <message>
        <source>計画作成協議会</source>
        <translation>Planning council</translation>
    </message>
    <message>
        <source>総務大臣</source>
        <translation>Minister for Internal Affairs and Communications</translation>
    </message>
    <message>
        <source>都道府県知事</source>
        <translation>Prefectural governor</translation>
    </message>
    <message>
        <source>施行中</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>未施行</source>
        <translation>Not yet in force</translation>
    </message>
    <message>
        <source>加入日</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <source>脱退日</source>
        <translation>Left on</translation>
    </message>
    <message>
        <source>期間の始期</source>
        <translation>Term start</translation>
    </message>
    <message>
        <source>期間の終期</source>
        <translation>Term end</translation>
    </message>
    <message>
        <source>利用期間の初日</source>
        <translation>Usage period start</translation>
    </message>
    <message>
        <source>利用期間の末日</source>
        <translation>Usage period end</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>種類</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>協議会の種類</source>
        <translation>Council type</translation>
    </message>
    <message>
        <source>連携案</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>備考</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>当事者</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>目的</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>基本方針</source>
        <translation>Basic policy</translation>
    </message>
    <message>
        <source>連携する取組と役割分担</source>
        <translation>Joint initiatives and roles</translation>
    </message>
    <message>
        <source>取組</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>費用分担</source>
        <translation>Cost sharing</translation>
    </message>
    <message>
        <source>連絡会議</source>
        <translation>Liaison meeting</translation>
    </message>
    <message>
        <source>連絡会議の開催回数（年）</source>
        <translation>Liaison meetings per year</translation>
    </message>
    <message>
        <source>紛争解決</source>
        <translation>Dispute resolution</translation>
    </message>
    <message>
        <source>自動更新</source>
        <translation>Automatic renewal</translation>
    </message>
    <message>
        <source>更新する年数</source>
        <translation>Renewal period (years)</translation>
    </message>
    <message>
        <source>期間の条文</source>
        <translation>Term clause</translation>
    </message>
    <message>
        <source>変更・廃止</source>
        <translation>Amendment and abolition</translation>
    </message>
    <message>
        <source>経過</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <source>日付</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>団体</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>メモ</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>施設</source>
        <translation>Facility</translation>
    </message>
    <message>
        <source>施設名</source>
        <translation>Facility name</translation>
    </message>
    <message>
        <source>所有団体</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>利用の単位</source>
        <translation>Usage unit</translation>
    </message>
    <message>
        <source>利用実績</source>
        <translation>Usage record</translation>
    </message>
    <message>
        <source>利用量</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>施設の種類</source>
        <translation>Facility type</translation>
    </message>
    <message>
        <source>経過の種類</source>
        <translation>Event kind</translation>
    </message>
    <message>
        <source>役割</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>{field}: {party} はこの協定の当事者ではありません。</source>
        <translation>{field}: {party} is not a party to this agreement.</translation>
    </message>
    <message>
        <source>{field}: 当事者が足りません（{min}団体以上、現在 {count}団体）。</source>
        <translation>{field}: too few parties (at least {min}; now {count}).</translation>
    </message>
    <message>
        <source>{field}: 当事者が多すぎます（この種類は{max}団体まで、現在 {count}団体）。</source>
        <translation>{field}: too many parties (this kind allows at most {max}; now {count}).</translation>
    </message>
    <message>
        <source>{field}: {event}の日付（{date}）が{previous_event}の日付（{previous_date}）より前になっています。</source>
        <translation>{field}: the date of {event} ({date}) is before the date of {previous_event} ({previous_date}).</translation>
    </message>
    <message>
        <source>あと{0}日</source>
        <translation>{0} days left</translation>
    </message>
    <message>
        <source>本日</source>
        <translation>today</translation>
    </message>
    <message>
        <source>{0}日超過</source>
        <translation>{0} days overdue</translation>
    </message>
    <message>
        <source>{0}{1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>{0} の {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <source>名称・当事者の名前・よみがなで絞り込み（Ctrl+F）</source>
        <translation>Filter by title, party name or reading (Ctrl+F)</translation>
    </message>
    <message>
        <source>すべての種類</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>施行中のみ(&amp;I)</source>
        <translation>&amp;In force only</translation>
    </message>
    <message>
        <source>例: 令和6年4月1日</source>
        <translation>e.g. 1 April 2024</translation>
    </message>
    <message>
        <source>構成団体の確認日(&amp;D):</source>
        <translation>Members on &amp;date:</translation>
    </message>
    <message>
        <source>絞り込み(&amp;F):</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>新規作成</source>
        <translation>New</translation>
    </message>
    <message>
        <source>連携案から作成</source>
        <translation>New from plan</translation>
    </message>
    <message>
        <source>編集</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>削除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>協定書（案）を出力</source>
        <translation>Export agreement draft</translation>
    </message>
    <message>
        <source>{0}件を表示（全{1}件）&#x3000;本日: {2}</source>
        <translation>Showing {0} of {1} agreements   Today: {2}</translation>
    </message>
    <message>
        <source>協定・規約を選ぶと、当事者と経過がここに表示されます。</source>
        <translation>Select an agreement to see its parties and lifecycle here.</translation>
    </message>
    <message>
        <source>種類</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>状況（本日）</source>
        <translation>Status (today)</translation>
    </message>
    <message>
        <source>連携案</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>{0}（{1}、{2}）</source>
        <translation>{0} ({1}, {2})</translation>
    </message>
    <message>
        <source>次の見直し</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>{0}加入</source>
        <translation>joined {0}</translation>
    </message>
    <message>
        <source>{0}脱退</source>
        <translation>left {0}</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>当事者</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>経過</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <source>経過はまだ記録されていません。</source>
        <translation>No lifecycle events recorded yet.</translation>
    </message>
    <message>
        <source>相互利用する施設</source>
        <translation>Facilities used in common</translation>
    </message>
    <message>
        <source>⚠ 日付の形式が正しくありません。例: 令和6年4月1日、2024-04-01</source>
        <translation>⚠ The date is not in a valid format. Examples: 1 April 2024, 2024-04-01</translation>
    </message>
    <message>
        <source>{0}時点では、この協定の効力はありません（施行前または廃止後）。</source>
        <translation>On {0} this agreement is not in force (before it took effect or after its abolition).</translation>
    </message>
    <message>
        <source>{0}時点の構成団体（{1}団体）: {2}</source>
        <translation>Members on {0} ({1}): {2}</translation>
    </message>
    <message>
        <source>保存できません</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>{0}&#x3000;当事者: {1}&#x3000;事務: {2}</source>
        <translation>{0}   Parties: {1}   Duty: {2}</translation>
    </message>
    <message>
        <source>&#x3000;［この案の協定は作成済みです］</source>
        <translation>   [an agreement for this plan already exists]</translation>
    </message>
    <message>
        <source>協定・規約の新規作成</source>
        <translation>New agreement</translation>
    </message>
    <message>
        <source>採用した連携案がありません。「連携案」のページで案を採用してから作成してください。</source>
        <translation>There is no chosen plan. Choose a plan on the Plans page first.</translation>
    </message>
    <message>
        <source>連携案から作成: {0}</source>
        <translation>New from plan: {0}</translation>
    </message>
    <message>
        <source>「{0}」の追加</source>
        <translation>Add “{0}”</translation>
    </message>
    <message>
        <source>協定・規約の編集: {0}</source>
        <translation>Edit agreement: {0}</translation>
    </message>
    <message>
        <source>「{0}」の編集</source>
        <translation>Edit “{0}”</translation>
    </message>
    <message>
        <source>協定・規約の削除</source>
        <translation>Delete agreement</translation>
    </message>
    <message>
        <source>「{0}」を削除しますか？
削除は「編集 → 元に戻す」（Ctrl+Z）で取り消せます。</source>
        <translation>Delete “{0}”?
You can undo this with Edit → Undo (Ctrl+Z).</translation>
    </message>
    <message>
        <source>「{0}」の削除</source>
        <translation>Delete “{0}”</translation>
    </message>
</context>
<context>
    <name>ApplyProgress</name>
    <message>
        <source>中止(&amp;C)</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>{0}（{1} / {2}件）</source>
        <translation>{0} ({1} / {2})</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>{0}&#x3000;{1}&#x3000;{2}「{3}」を{4}</source>
        <translation>{0}  {1}  {2} &quot;{3}&quot;: {4}</translation>
    </message>
    <message>
        <source>（項目の変更はありません）</source>
        <translation>(no field changed)</translation>
    </message>
    <message>
        <source>変更前: {0}</source>
        <translation>Before: {0}</translation>
    </message>
    <message>
        <source>変更後: {0}</source>
        <translation>After: {0}</translation>
    </message>
    <message>
        <source>変更履歴</source>
        <translation>Change history</translation>
    </message>
    <message>
        <source>すべての種類</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>すべての利用者</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>すべての期間(&amp;A)</source>
        <translation>&amp;All dates</translation>
    </message>
    <message>
        <source>記録の名前・利用者・変更前後の値で絞り込み</source>
        <translation>Filter by record name, user or old/new value</translation>
    </message>
    <message>
        <source>記録を開く(&amp;O)</source>
        <translation>&amp;Open record</translation>
    </message>
    <message>
        <source>選んだ変更の記録を、そのページで表示します（Enter またはダブルクリック）。</source>
        <translation>Shows the record of the selected change on its page (Enter or double-click).</translation>
    </message>
    <message>
        <source>再読み込み</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>書き出し(&amp;E)…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>表示中の条件に合う変更をすべて CSV ファイルに書き出します（件数の上限なし）。</source>
        <translation>Writes every change matching the current filters to a CSV file (no limit on the number).</translation>
    </message>
    <message>
        <source>閉じる</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>種類(&amp;K):</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>利用者(&amp;U):</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>期間(&amp;P):</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>検索(&amp;S):</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>選んだ変更の内容(&amp;D):</source>
        <translation>&amp;Details of the selected change:</translation>
    </message>
    <message>
        <source>データベースが開かれていません。</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>新しい順に {0} 件を表示しています。これより古い変更もあります。期間や条件で絞り込んでください（書き出しにはすべて含まれます）。</source>
        <translation>Showing the newest {0} changes. There are older ones: narrow the period or the filters (the export includes them all).</translation>
    </message>
    <message>
        <source>{0} 件（新しい順）</source>
        <translation>{0} changes (newest first)</translation>
    </message>
    <message>
        <source>条件に合う変更はありません。</source>
        <translation>No change matches the filters.</translation>
    </message>
    <message>
        <source>この種類の変更（{0}）には開くページがありません。</source>
        <translation>There is no page to open for this kind of change ({0}).</translation>
    </message>
    <message>
        <source>「{0}」は削除されているため開けません。内容は下の欄で確認できます。</source>
        <translation>&quot;{0}&quot; has been deleted and cannot be opened. Its values are shown below.</translation>
    </message>
    <message>
        <source>変更履歴_{0}.csv</source>
        <translation>change-history_{0}.csv</translation>
    </message>
    <message>
        <source>変更履歴の書き出し</source>
        <translation>Export change history</translation>
    </message>
    <message>
        <source>CSV ファイル (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>書き出せません</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <source>「{0}」に書き出せませんでした（{1}）。保存先のフォルダーと書き込み権限を確認してください。</source>
        <translation>Could not write &quot;{0}&quot; ({1}). Check the folder and your permission to write there.</translation>
    </message>
    <message>
        <source>{0} 行を書き出しました: {1}</source>
        <translation>Wrote {0} lines: {1}</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>日時</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>利用者</source>
        <translation>User</translation>
    </message>
    <message>
        <source>種類</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>記録</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>変更内容</source>
        <translation>Changes</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>事務名・よみがな・分野・担当課で絞り込み（Ctrl+F）</source>
        <translation>Filter by duty name, reading, category or department (Ctrl+F)</translation>
    </message>
    <message>
        <source>すべての分野</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>分野で絞り込み</source>
        <translation>Filter by category</translation>
    </message>
    <message>
        <source>状況で絞り込み</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>すべての状況</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>緊急度で絞り込み</source>
        <translation>Filter by urgency</translation>
    </message>
    <message>
        <source>すべての緊急度</source>
        <translation>All urgencies</translation>
    </message>
    <message>
        <source>絞り込み(&amp;F):</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>新規作成</source>
        <translation>New</translation>
    </message>
    <message>
        <source>テンプレートから追加</source>
        <translation>Add from template</translation>
    </message>
    <message>
        <source>編集</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>複製</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>削除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>{0}件を表示（全{1}件）&#x3000;業務量合計 {2} 人工&#x3000;年間経費合計 {3} 千円</source>
        <translation>Showing {0} of {1} duties   Total workload: {2} person-years   Total annual cost: {3} thousand yen</translation>
    </message>
    <message>
        <source>保存できません</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>まだ保存されていない入力: {0}</source>
        <translation>Input not saved yet: {0}</translation>
    </message>
    <message>
        <source>事務の新規作成</source>
        <translation>New duty</translation>
    </message>
    <message>
        <source>「{0}」の追加</source>
        <translation>Add “{0}”</translation>
    </message>
    <message>
        <source>事務の編集: {0}</source>
        <translation>Edit duty: {0}</translation>
    </message>
    <message>
        <source>「{0}」の編集</source>
        <translation>Edit “{0}”</translation>
    </message>
    <message>
        <source>（コピー）</source>
        <translation> (copy)</translation>
    </message>
    <message>
        <source>事務の削除</source>
        <translation>Delete duty</translation>
    </message>
    <message>
        <source>「{0}」を削除しますか？
削除は「編集 → 元に戻す」（Ctrl+Z）で取り消せます。</source>
        <translation>Delete “{0}”?
You can undo this with Edit → Undo (Ctrl+Z).</translation>
    </message>
    <message>
        <source>「{0}」の削除</source>
        <translation>Delete “{0}”</translation>
    </message>
</context>
<context>
    <name>ChangeTexts</name>
    <message>
        <source>事務</source>
        <translation>Duty</translation>
    </message>
    <message>
        <source>連携案</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>協定・規約</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>統計</source>
        <translation>Statistic</translation>
    </message>
    <message>
        <source>設定</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>追加</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>変更</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>削除</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>はい</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>いいえ</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>福祉・保健</source>
        <translation>Welfare and health</translation>
    </message>
    <message>
        <source>医療</source>
        <translation>Medical care</translation>
    </message>
    <message>
        <source>子育て・教育</source>
        <translation>Childcare and education</translation>
    </message>
    <message>
        <source>環境衛生</source>
        <translation>Environmental sanitation</translation>
    </message>
    <message>
        <source>インフラ維持</source>
        <translation>Infrastructure maintenance</translation>
    </message>
    <message>
        <source>防災・消防</source>
        <translation>Disaster prevention and fire</translation>
    </message>
    <message>
        <source>企画・地域振興</source>
        <translation>Planning and regional promotion</translation>
    </message>
    <message>
        <source>総務・人事・税</source>
        <translation>General affairs, personnel and tax</translation>
    </message>
    <message>
        <source>情報化</source>
        <translation>Information systems</translation>
    </message>
    <message>
        <source>その他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>連携協約</source>
        <translation>Cooperation compact</translation>
    </message>
    <message>
        <source>協議会</source>
        <translation>Council</translation>
    </message>
    <message>
        <source>機関等の共同設置</source>
        <translation>Joint establishment of bodies</translation>
    </message>
    <message>
        <source>事務の委託</source>
        <translation>Entrustment of affairs</translation>
    </message>
    <message>
        <source>事務の代替執行</source>
        <translation>Substitute execution of affairs</translation>
    </message>
    <message>
        <source>一部事務組合</source>
        <translation>Partial affairs union</translation>
    </message>
    <message>
        <source>広域連合</source>
        <translation>Wide-area union</translation>
    </message>
    <message>
        <source>協定</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>検討中</source>
        <translation>Under consideration</translation>
    </message>
    <message>
        <source>協議中</source>
        <translation>In negotiation</translation>
    </message>
    <message>
        <source>合意</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>不採用</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>規約（協議会）</source>
        <translation>Rules (council)</translation>
    </message>
    <message>
        <source>規約（機関等の共同設置）</source>
        <translation>Rules (joint establishment of bodies)</translation>
    </message>
    <message>
        <source>規約（事務の委託）</source>
        <translation>Rules (entrustment of affairs)</translation>
    </message>
    <message>
        <source>規約（事務の代替執行）</source>
        <translation>Rules (substitute execution)</translation>
    </message>
    <message>
        <source>規約（一部事務組合）</source>
        <translation>Rules (partial affairs union)</translation>
    </message>
    <message>
        <source>規約（広域連合）</source>
        <translation>Rules (wide-area union)</translation>
    </message>
    <message>
        <source>定住自立圏形成協定</source>
        <translation>Settlement and self-reliance area agreement</translation>
    </message>
    <message>
        <source>協議開始</source>
        <translation>Consultation started</translation>
    </message>
    <message>
        <source>議会議決</source>
        <translation>Council resolution</translation>
    </message>
    <message>
        <source>締結</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>告示</source>
        <translation>Public notice</translation>
    </message>
    <message>
        <source>届出/許可</source>
        <translation>Notification/permission</translation>
    </message>
    <message>
        <source>施行</source>
        <translation>Entry into force</translation>
    </message>
    <message>
        <source>見直し期限</source>
        <translation>Review deadline</translation>
    </message>
    <message>
        <source>廃止</source>
        <translation>Abolition</translation>
    </message>
    <message>
        <source>人口</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>65歳以上人口</source>
        <translation>Population aged 65+</translation>
    </message>
    <message>
        <source>職員数</source>
        <translation>Number of staff</translation>
    </message>
    <message>
        <source>基準財政需要額</source>
        <translation>Standard fiscal need</translation>
    </message>
    <message>
        <source>団体別の負担（事務の分野別）</source>
        <translation>Burden per party (by duty category)</translation>
    </message>
    <message>
        <source>連携案ごとの各団体の負担割合</source>
        <translation>Each party&apos;s share per plan</translation>
    </message>
    <message>
        <source>事務×団体の負担割合</source>
        <translation>Shares by duty and party</translation>
    </message>
    <message>
        <source>連携のつながり（役場の位置による概略図）</source>
        <translation>Cooperation network (schematic map by town hall location)</translation>
    </message>
    <message>
        <source>協定・規約の手続と見直し期限</source>
        <translation>Agreement procedures and review deadlines</translation>
    </message>
    <message>
        <source>連携前後の比較（本団体）</source>
        <translation>Before and after cooperation (home municipality)</translation>
    </message>
    <message>
        <source>業務量（人工）</source>
        <translation>Workload (person-years)</translation>
    </message>
    <message>
        <source>「{0}」には費用も業務量もまだありません。
「連携案」ページで費用項目と業務量（人工）を入力してください。</source>
        <translation>&quot;{0}&quot; has no cost and no workload yet.
Enter cost items and the workload (person-years) on the &quot;Plans&quot; page.</translation>
    </message>
    <message>
        <source>事務カタログに事務がありません。
「事務カタログ」ページで事務と業務量・費用を入力してください。</source>
        <translation>The duty catalogue is empty.
Enter duties with their workload and cost on the &quot;Duty catalogue&quot; page.</translation>
    </message>
    <message>
        <source>各団体が担う業務量（人工）</source>
        <translation>Workload carried by each party (person-years)</translation>
    </message>
    <message>
        <source>{0}（{1}）</source>
        <extracomment>A note in brackets after a name: 議会の議決（天龍村） in Japanese, Council resolution (天龍村) in English.</extracomment>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>、</source>
        <extracomment>Between the items of a list: 飯田市、天龍村 in Japanese; 飯田市, 天龍村 in English.</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>{0}の{1}</source>
        <extracomment>A party&apos;s figure: 天龍村の人口 in Japanese; Population of 天龍村 in English.</extracomment>
        <translation>{1} of {0}</translation>
    </message>
    <message>
        <source>業務量の分担（人工）</source>
        <translation>Workload share (person-years)</translation>
    </message>
    <message>
        <source>{0}／{1}／配分する費用 {2} 千円・業務量 {3} 人工</source>
        <translation>{0} / {1} / cost shared {2} thousand yen, workload {3} person-years</translation>
    </message>
    <message>
        <source>業務量の配分なし</source>
        <translation>No workload to share</translation>
    </message>
    <message>
        <source>合計: 業務量 {0} → {1} 人工（差 {2}）、費用 {3} → {4} 千円（差 {5}）</source>
        <translation>Total: workload {0} → {1} person-years (diff. {2}), cost {3} → {4} thousand yen (diff. {5})</translation>
    </message>
    <message>
        <source>単独で実施: 事務カタログの業務量・費用。連携案で実施: 採用した連携案での本団体の負担（連携案のない事務は単独のまま）。</source>
        <translation>Alone: workload and cost from the duty catalogue. Under the chosen plans: the home municipality&apos;s share under each chosen plan (duties without a plan stay as they are).</translation>
    </message>
    <message>
        <source>費用（千円）</source>
        <translation>Cost (thousand yen)</translation>
    </message>
    <message>
        <source>日本語</source>
        <extracomment>Not shown. The name of the language in that language, e.g. English: tells the charts which language they are drawn in (Japanese charts write dates in 和暦, others in the Gregorian calendar).</extracomment>
        <translation>English</translation>
    </message>
    <message>
        <source>人工</source>
        <translation>person-years</translation>
    </message>
    <message>
        <source>千円</source>
        <translation>thousand yen</translation>
    </message>
    <message>
        <source>（本団体）</source>
        <translation> (home)</translation>
    </message>
    <message>
        <source>（県）</source>
        <translation> (prefecture)</translation>
    </message>
    <message>
        <source>採用した連携案による負担。</source>
        <translation>Burdens under the chosen plans.</translation>
    </message>
    <message>
        <source>千円未満は四捨五入しているため、合計が一致しないことがあります。</source>
        <translation>Amounts are rounded to the nearest thousand yen, so totals may not add up exactly.</translation>
    </message>
    <message>
        <source>配分を計算できないため含めていない連携案: {0}</source>
        <translation>Plans left out because their split cannot be computed: {0}</translation>
    </message>
    <message>
        <source>絞り込み: {0}</source>
        <translation>Filter: {0}</translation>
    </message>
    <message>
        <source>本団体が設定されていません。
「設定 → 自治体と担当課」で本団体を選んでください。</source>
        <translation>No home municipality is set.
Choose it under &quot;Settings → Municipality and department&quot;.</translation>
    </message>
    <message>
        <source>採用した連携案がまだありません。
「連携案」ページで事務ごとに連携案を作り、「この案を採用」を押してください。</source>
        <translation>No plan has been chosen yet.
On the &quot;Plans&quot; page, create plans for each duty and press &quot;Choose this plan&quot;.</translation>
    </message>
    <message>
        <source>絞り込みの条件に合う連携案がありません。
条件を「すべて」に戻してください。</source>
        <translation>No plan matches the filter.
Set the filters back to &quot;All&quot;.</translation>
    </message>
    <message>
        <source>連携案はありますが、負担をまだ計算できません。
「連携案」ページで費用項目と配分ルールを決めてください。</source>
        <translation>There are plans, but their burdens cannot be computed yet.
Set cost items and sharing rules on the &quot;Plans&quot; page.</translation>
    </message>
    <message>
        <source>連携案がまだありません。
「連携案」ページで事務ごとに連携案を作ってください。</source>
        <translation>There are no plans yet.
Create plans for each duty on the &quot;Plans&quot; page.</translation>
    </message>
    <message>
        <source>「{0}」の負担はまだ計算できません。
配分ルールが未設定の項目: {1}
「連携案」ページの「負担の配分」で決めてください。</source>
        <translation>The burdens of &quot;{0}&quot; cannot be computed yet.
Items without a sharing rule: {1}
Set them under &quot;Sharing&quot; on the &quot;Plans&quot; page.</translation>
    </message>
    <message>
        <source>「{0}」の負担はまだ計算できません。
次の数値が未入力です: {1}
「市町村」ページで入力してください。</source>
        <translation>The burdens of &quot;{0}&quot; cannot be computed yet.
These figures are missing: {1}
Enter them on the &quot;Municipalities&quot; page.</translation>
    </message>
    <message>
        <source>「{0}」の負担は配分ルールに問題があるため計算できません。
「連携案」ページの「負担の配分」で確かめてください。</source>
        <translation>The burdens of &quot;{0}&quot; cannot be computed because of a problem in its sharing rule.
Check it under &quot;Sharing&quot; on the &quot;Plans&quot; page.</translation>
    </message>
    <message>
        <source>協定・規約がまだありません。
「協定・規約」ページで登録すると、手続と見直し期限がここに並びます。</source>
        <translation>There are no agreements yet.
Once you record them on the &quot;Agreements&quot; page, their procedures and review deadlines appear here.</translation>
    </message>
    <message>
        <source>絞り込みの条件に合う協定・規約がありません。
条件を「すべて」に戻してください。</source>
        <translation>No agreement matches the filter.
Set the filters back to &quot;All&quot;.</translation>
    </message>
    <message>
        <source>協定・規約に日付のある経過がまだありません。
「協定・規約」ページで協議開始・議決・施行などの日付を入力してください。</source>
        <translation>The agreements have no dated events yet.
Enter dates such as consultation, resolution and entry into force on the &quot;Agreements&quot; page.</translation>
    </message>
    <message>
        <source>連携の相手の位置が分かりません。
市町村マスタ（役場の緯度・経度）を読み込んでください。</source>
        <translation>The partners&apos; locations are unknown.
Load the municipality master (town hall latitude and longitude).</translation>
    </message>
    <message>
        <source>各団体の負担額（千円）</source>
        <translation>Amount paid by each party (thousand yen)</translation>
    </message>
    <message>
        <source>{0}・{1}: {2}
{3}</source>
        <translation>{0} · {1}: {2}
{3}</translation>
    </message>
    <message>
        <source>費用の負担（千円）</source>
        <translation>Cost share (thousand yen)</translation>
    </message>
    <message>
        <source>{0}: {1} {2}（{3}%）</source>
        <translation>{0}: {1} {2} ({3}%)</translation>
    </message>
    <message>
        <source>費用の配分なし</source>
        <translation>No cost to share</translation>
    </message>
    <message>
        <source>数字は各事務の{0}に占める割合（%）。「－」は連携案に加わっていない団体。</source>
        <translation>Numbers are each party&apos;s share (%) of the duty&apos;s {0}. &quot;－&quot; marks a party not in the plan.</translation>
    </message>
    <message>
        <source>{0}
{1}: {2}%（{3} {4}）</source>
        <translation>{0}
{1}: {2}% ({3} {4})</translation>
    </message>
    <message>
        <source>{0}
{1}: 連携案に加わっていません</source>
        <translation>{0}
{1}: not a party to the plan</translation>
    </message>
    <message>
        <source>負担割合（%）</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <source>位置は役場の所在地（緯度・経度）による概略図。線の太さは連携案で分け合う費用（凡例を参照）、団体名の下の数字はその団体の負担額（千円）。破線は費用のない協定・規約。</source>
        <translation>A schematic map by town hall location (latitude and longitude). Line width shows the cost shared under plans (see the legend); the number under each name is that party&apos;s payment (thousand yen). Dashed lines are agreements without cost.</translation>
    </message>
    <message>
        <source>県（位置は図の上端に表示）</source>
        <translation>Prefectures (shown along the top)</translation>
    </message>
    <message>
        <source>位置不明</source>
        <translation>location unknown</translation>
    </message>
    <message>
        <source>本団体</source>
        <translation>Home municipality</translation>
    </message>
    <message>
        <source>連携の相手（市町村）</source>
        <translation>Partner (municipality)</translation>
    </message>
    <message>
        <source>都道府県</source>
        <translation>Prefecture</translation>
    </message>
    <message>
        <source>連携案（費用を分担）</source>
        <translation>Plan (shared cost)</translation>
    </message>
    <message>
        <source>協定・規約（費用なし）</source>
        <translation>Agreement (no cost)</translation>
    </message>
    <message>
        <source>{0} ⇔ {1}: {2} 千円
{3}</source>
        <translation>{0} ⇔ {1}: {2} thousand yen
{3}</translation>
    </message>
    <message>
        <source>{0}: 負担 {1} 千円・{2} 人工
{3}</source>
        <translation>{0}: pays {1} thousand yen, {2} person-years
{3}</translation>
    </message>
    <message>
        <source>{0} km</source>
        <translation>{0} km</translation>
    </message>
    <message>
        <source>今日</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>見直し {0}</source>
        <translation>Review {0}</translation>
    </message>
    <message>
        <source>{0}
{1}: {2}</source>
        <translation>{0}
{1}: {2}</translation>
    </message>
    <message>
        <source>記号の形で手続の種類を表します。★は見直し期限。</source>
        <translation>Marker shapes show the kind of step; ★ is a review deadline.</translation>
    </message>
    <message>
        <source>単独で実施</source>
        <translation>Alone</translation>
    </message>
    <message>
        <source>採用した連携案で実施</source>
        <translation>Under the chosen plans</translation>
    </message>
    <message>
        <source>差 {0}</source>
        <translation>Diff. {0}</translation>
    </message>
    <message>
        <source>{0}・{1}: {2} {3}</source>
        <translation>{0} · {1}: {2} {3}</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <source>すべて</source>
        <translation>All</translation>
    </message>
    <message>
        <source>絞り込みを解除(&amp;R)</source>
        <translation>&amp;Reset filters</translation>
    </message>
    <message>
        <source>この項目を開く(&amp;K)</source>
        <translation>Open this ite&amp;m</translation>
    </message>
    <message>
        <source>画像・PDFに書き出し(&amp;D)…</source>
        <translation>Export image/PDF… (&amp;D)</translation>
    </message>
    <message>
        <source>コピー(&amp;C)</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>グラフ(&amp;G):</source>
        <translation>&amp;Graph:</translation>
    </message>
    <message>
        <source>表示する量(&amp;M):</source>
        <translation>&amp;Measure:</translation>
    </message>
    <message>
        <source>連携案(&amp;P):</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>分野(&amp;B):</source>
        <translation>Category (&amp;B):</translation>
    </message>
    <message>
        <source>連携の方法(&amp;W):</source>
        <translation>Met&amp;hod:</translation>
    </message>
    <message>
        <source>状況(&amp;U):</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>相手(&amp;T):</source>
        <translation>Par&amp;tner:</translation>
    </message>
    <message>
        <source>データベースを開くと、連携の負担をグラフで表示します。</source>
        <translation>Open a database to see the burdens of cooperation as charts.</translation>
    </message>
    <message>
        <source>図の項目(&amp;I):</source>
        <translation>Chart &amp;items:</translation>
    </message>
    <message>
        <source>棒・マス・点・線にマウスを重ねると数値を、クリックするとその事務・連携案・協定を開きます。書き出しは A4 の幅（170 mm）です。</source>
        <translation>Hover over a bar, cell, point or line to see its figures; click it to open that duty, plan or agreement. Exports are A4 text width (170 mm).</translation>
    </message>
    <message>
        <source>★採用</source>
        <translation>★ chosen</translation>
    </message>
    <message>
        <source>グラフの書き出し</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source>PNG 画像 (*.png);;SVG 画像 (*.svg);;PDF (*.pdf)</source>
        <translation>PNG image (*.png);;SVG image (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>グラフを書き出しました: {0}</source>
        <translation>Chart exported: {0}</translation>
    </message>
    <message>
        <source>グラフをクリップボードにコピーしました。</source>
        <translation>Chart copied to the clipboard.</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>段階</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>手続</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>団体</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>届出先・許可権者</source>
        <translation>Notified to / permitted by</translation>
    </message>
    <message>
        <source>状況</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>日付</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>根拠</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>確認</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>✓ 完了</source>
        <translation>✓ Done</translation>
    </message>
    <message>
        <source>例: 2024-04-01、令和6年4月1日</source>
        <translation>e.g. 2024-04-01 or 1 April 2024</translation>
    </message>
</context>
<context>
    <name>ComponentRow</name>
    <message>
        <source>基準:</source>
        <translation>Basis:</translation>
    </message>
    <message>
        <source>例: 40</source>
        <translation>e.g. 40</translation>
    </message>
    <message>
        <source>割合:</source>
        <translation>Weight:</translation>
    </message>
    <message>
        <source>削除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>団体ごとに重みを付ける（例: 町村は市の0.5。空欄は1）</source>
        <translation>Weight the parties (e.g. a town or village 0.5 of a city; blank = 1)</translation>
    </message>
    <message>
        <source>例: 搬入量、審査件数（空欄は「利用量」）</source>
        <translation>e.g. waste delivered, cases reviewed (blank: “usage”)</translation>
    </message>
    <message>
        <source>例: 2024-03-31、令和6年3月31日</source>
        <translation>e.g. 2024-03-31, 令和6年3月31日</translation>
    </message>
    <message>
        <source>例: 令和5年度搬入実績</source>
        <translation>e.g. deliveries in FY2023</translation>
    </message>
    <message>
        <source>数値の名前:</source>
        <translation>Figure name:</translation>
    </message>
    <message>
        <source>基準日:</source>
        <translation>Reference date:</translation>
    </message>
    <message>
        <source>出典:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>各団体の値:</source>
        <translation>Each party&apos;s value:</translation>
    </message>
    <message>
        <source>所在団体:</source>
        <translation>Host party:</translation>
    </message>
    <message>
        <source>配分基準{0}</source>
        <translation>Component {0}</translation>
    </message>
    <message>
        <source>合計: —（数値でない割合があります）</source>
        <translation>Total: — (a percentage is not a number)</translation>
    </message>
    <message>
        <source>合計: 100% ✓</source>
        <translation>Total: 100% ✓</translation>
    </message>
    <message>
        <source>合計: {0}%（100%にしてください）</source>
        <translation>Total: {0}% (make it 100%)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>保存できませんでした — 記録が変更されています</source>
        <translation>Not saved — the record has been changed</translation>
    </message>
    <message>
        <source>この記録は、読み込んだ後に別の画面または別の利用者によって変更されています。</source>
        <translation>This record was changed in another window or by another user after you opened it.</translation>
    </message>
    <message>
        <source>{0}「{1}」の保存されている内容と、あなたの変更を比べてください。違いのある項目（{2}件）には「{3}」を付けて強調しています。</source>
        <translation>Compare the stored version of {0} &quot;{1}&quot; with your changes. The differing fields ({2}) are marked with &quot;{3}&quot; and highlighted.</translation>
    </message>
    <message>
        <source>違いのある項目だけ表示する(&amp;D)</source>
        <translation>Show only &amp;differing fields</translation>
    </message>
    <message>
        <source>保存されている内容(&amp;T):</source>
        <translation>S&amp;tored version:</translation>
    </message>
    <message>
        <source>あなたの変更(&amp;Y):</source>
        <translation>&amp;Your changes:</translation>
    </message>
    <message>
        <source>保存されている内容を表示する(&amp;S)</source>
        <translation>&amp;Show the stored version</translation>
    </message>
    <message>
        <source>あなたの変更は保存せずに破棄し、保存されている内容を表示します。</source>
        <translation>Discards your changes without saving and shows the stored version.</translation>
    </message>
    <message>
        <source>あなたの変更で上書きする(&amp;O)…</source>
        <translation>&amp;Overwrite with your changes…</translation>
    </message>
    <message>
        <source>違いのある項目を、あなたの変更の内容で保存し直します（確認があります）。</source>
        <translation>Saves your values over the differing fields (asks for confirmation).</translation>
    </message>
    <message>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>何も保存せず、入力した内容のまま編集に戻ります。</source>
        <translation>Saves nothing and returns to editing with your input.</translation>
    </message>
    <message>
        <source>保存されている内容の最終変更: {0}&#x3000;{1}</source>
        <translation>Stored version last changed: {0}  {1}</translation>
    </message>
    <message>
        <source>あなたの変更で上書き</source>
        <translation>Overwrite with your changes</translation>
    </message>
    <message>
        <source>保存されている内容のうち、違いのある項目（{0}{1}）をあなたの変更の内容で置き換えます。置き換えられる内容は変更履歴に残ります。よろしいですか？</source>
        <translation>The differing fields of the stored version ({0}{1}) will be replaced with your values. The replaced values stay in the change history. Continue?</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>違い</source>
        <translation>Diff.</translation>
    </message>
    <message>
        <source>項目</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>保存されている内容</source>
        <translation>Stored version</translation>
    </message>
    <message>
        <source>あなたの変更</source>
        <translation>Your changes</translation>
    </message>
    <message>
        <source>違いあり</source>
        <translation>differs</translation>
    </message>
    <message>
        <source>同じ</source>
        <translation>same</translation>
    </message>
</context>
<context>
    <name>CostItemsModel</name>
    <message>
        <source>名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>年間総額（千円）</source>
        <translation>Annual total (¥1,000)</translation>
    </message>
    <message>
        <source>特定財源（千円）</source>
        <translation>Specific revenue (¥1,000)</translation>
    </message>
    <message>
        <source>差引（千円）</source>
        <translation>Net (¥1,000)</translation>
    </message>
    <message>
        <source>負担の配分</source>
        <translation>Cost sharing</translation>
    </message>
    <message>
        <source>配分ルール未設定</source>
        <translation>No sharing rule yet</translation>
    </message>
    <message>
        <source>配分ルール設定済み</source>
        <translation>Sharing rule set</translation>
    </message>
</context>
<context>
    <name>DutyEditorDialog</name>
    <message>
        <source>事務名（必須）</source>
        <translation>Duty name (required)</translation>
    </message>
    <message>
        <source>よみがな</source>
        <translation>Reading (kana)</translation>
    </message>
    <message>
        <source>分野</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>状況</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>緊急度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>年間業務量（人工）</source>
        <translation>Annual workload (person-years)</translation>
    </message>
    <message>
        <source>年間経費（千円）</source>
        <translation>Annual cost (thousand yen)</translation>
    </message>
    <message>
        <source>現在の担当職員数（人）</source>
        <translation>Current staff assigned (persons)</translation>
    </message>
    <message>
        <source>不足人数（人）</source>
        <translation>Staff shortfall (persons)</translation>
    </message>
    <message>
        <source>必要な専門職（「、」区切り）</source>
        <translation>Required specialists (comma-separated)</translation>
    </message>
    <message>
        <source>担当課</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>根拠法令</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>概要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>備考</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>＝ 年間 {0} 人日（1人工＝{1}日として換算）</source>
        <translation>= {0} person-days per year (1 person-year = {1} days)</translation>
    </message>
    <message>
        <source>入力内容に誤りがあります（{0}件）。赤字の項目を修正してください。保存はしていません。</source>
        <translation>The input has errors ({0}). Please correct the fields shown in red. Nothing has been saved.</translation>
    </message>
</context>
<context>
    <name>DutyPlansModel</name>
    <message>
        <source>事務</source>
        <translation>Duty</translation>
    </message>
    <message>
        <source>案の数</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>採用した案</source>
        <translation>Chosen plan</translation>
    </message>
    <message>
        <source>★ 採用: {0}</source>
        <translation>★ Chosen: {0}</translation>
    </message>
    <message>
        <source>未採用</source>
        <translation>None chosen</translation>
    </message>
    <message>
        <source>案なし</source>
        <translation>No plans</translation>
    </message>
</context>
<context>
    <name>DutyTableModel</name>
    <message>
        <source>事務名</source>
        <translation>Duty name</translation>
    </message>
    <message>
        <source>分野</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>状況</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>緊急度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>業務量（人工）</source>
        <translation>Workload (person-years)</translation>
    </message>
    <message>
        <source>年間経費（千円）</source>
        <translation>Annual cost (thousand yen)</translation>
    </message>
    <message>
        <source>不足人数</source>
        <translation>Staff shortfall</translation>
    </message>
    <message>
        <source>必要な専門職</source>
        <translation>Required specialists</translation>
    </message>
    <message>
        <source>担当課</source>
        <translation>Department</translation>
    </message>
</context>
<context>
    <name>EncodingPage</name>
    <message>
        <source>文字コード</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <source>このファイルの文字コードを自動では判定できませんでした。文字が正しく読める候補を選んでください。</source>
        <translation>The encoding of this file could not be detected. Choose the candidate in which the text reads correctly.</translation>
    </message>
    <message>
        <source>&amp;{0}. {1}（読めない文字 {2}個）</source>
        <translation>&amp;{0}. {1} ({2} unreadable characters)</translation>
    </message>
    <message>
        <source>&amp;{0}. {1}（すべて読めます）</source>
        <translation>&amp;{0}. {1} (everything readable)</translation>
    </message>
</context>
<context>
    <name>EntryList</name>
    <message>
        <source>（まだありません）</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>削除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>上へ移動</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>下へ移動</source>
        <translation>Move down</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>予期しないエラー</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>予期しないエラーが発生しました。保存済みのデータは失われていません。作業を続けられますが、問題が続く場合は「詳細をコピー」を押して情報担当へ連絡してください。</source>
        <translation>An unexpected error occurred. Your saved data has not been lost. You can keep working, but if the problem persists, click “Copy details” and contact your IT section.</translation>
    </message>
    <message>
        <source>詳細をコピー</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>ログフォルダーを開く</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <source>閉じる</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <source>取り込み(&amp;I)…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>受け渡しファイルを取り込む(&amp;U)…</source>
        <translation>Import a partner package (&amp;U)…</translation>
    </message>
    <message>
        <source>書き出し(&amp;E)</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Excel ブック (.xlsx)(&amp;X)…</source>
        <translation>Excel workbook (.xlsx) (&amp;X)…</translation>
    </message>
    <message>
        <source>CSV（UTF-8 BOM付き）(&amp;U)…</source>
        <translation>CSV (UTF-8 with BOM) (&amp;U)…</translation>
    </message>
    <message>
        <source>CSV（シフトJIS / cp932）(&amp;S)…</source>
        <translation>CSV (Shift_JIS / cp932) (&amp;S)…</translation>
    </message>
    <message>
        <source>連携先への受け渡しファイル (.renkei)(&amp;R)…</source>
        <translation>Package for a partner (.renkei) (&amp;R)…</translation>
    </message>
    <message>
        <source>CSV に書き出す内容</source>
        <translation>What to export to CSV</translation>
    </message>
    <message>
        <source>書き出す内容(&amp;K):</source>
        <translation>&amp;Kind of records:</translation>
    </message>
    <message>
        <source>取り込みました: 追加 {0}件、更新 {1}件、変更なし {2}件、取り込まなかった行 {3}行</source>
        <translation>Imported: {0} added, {1} updated, {2} unchanged, {3} rows not imported</translation>
    </message>
    <message>
        <source>受け渡しファイルを取り込む</source>
        <translation>Import a partner package</translation>
    </message>
    <message>
        <source>受け渡しファイル (*.renkei);;すべてのファイル (*)</source>
        <translation>Partner packages (*.renkei);;All files (*)</translation>
    </message>
    <message>
        <source>受け渡しファイルを取り込めません</source>
        <translation>The package cannot be imported</translation>
    </message>
    <message>
        <source>受け渡しファイルを取り込みました</source>
        <translation>Package imported</translation>
    </message>
    <message>
        <source>追加 {0}件、更新 {1}件、こちらの内容を残した記録 {2}件、変更なし {3}件。</source>
        <translation>{0} added, {1} updated, {2} records where ours was kept, {3} unchanged.</translation>
    </message>
    <message>
        <source>書き出せません</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <source>Excel ブックに書き出す</source>
        <translation>Export to an Excel workbook</translation>
    </message>
    <message>
        <source>広域連携_{0}.xlsx</source>
        <translation>renkei_{0}.xlsx</translation>
    </message>
    <message>
        <source>Excel ブック (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>{0} {1}件</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Excel ブックに書き出しました: {0}（{1}）</source>
        <translation>Exported to an Excel workbook: {0} ({1})</translation>
    </message>
    <message>
        <source>書き出しを中止しました。ファイルは作成していません。</source>
        <translation>Export cancelled. No file was created.</translation>
    </message>
    <message>
        <source>CSV に書き出す</source>
        <translation>Export to CSV</translation>
    </message>
    <message>
        <source>{0}_{1}{2}.csv</source>
        <translation>{0}_{1}{2}.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV に書き出しました: {0}（{1}行）</source>
        <translation>Exported to CSV: {0} ({1} rows)</translation>
    </message>
    <message>
        <source>&#x3000;〓に置き換えた文字: {0}個</source>
        <translation>   characters replaced by 〓: {0}</translation>
    </message>
    <message>
        <source>連携案_{0}宛_{1}.renkei</source>
        <translation>plans_for_{0}_{1}.renkei</translation>
    </message>
    <message>
        <source>連携案_{0}.renkei</source>
        <translation>plans_{0}.renkei</translation>
    </message>
    <message>
        <source>受け渡しファイルを書き出す</source>
        <translation>Export a partner package</translation>
    </message>
    <message>
        <source>受け渡しファイル (*.renkei)</source>
        <translation>Partner package (*.renkei)</translation>
    </message>
    <message>
        <source>受け渡しファイルを書き出しました</source>
        <translation>Package exported</translation>
    </message>
    <message>
        <source>{0}
連携案 {1}件、協定 {2}件、事務 {3}件、統計 {4}件を書き出しました。LGWAN メールや共有フォルダーで相手に渡してください。</source>
        <translation>{0}
Exported {1} plans, {2} agreements, {3} duties and {4} statistics. Give the file to the partner by LGWAN mail or a shared folder.</translation>
    </message>
</context>
<context>
    <name>ExchangeModels</name>
    <message>
        <source>事務</source>
        <translation>Duty</translation>
    </message>
    <message>
        <source>連携案</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>負担割合</source>
        <translation>Cost shares</translation>
    </message>
    <message>
        <source>協定</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>市町村の統計</source>
        <translation>Municipal statistics</translation>
    </message>
    <message>
        <source>読み飛ばし</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>見出し</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>データ</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>行の扱い</source>
        <translation>Row is</translation>
    </message>
    <message>
        <source>数式（計算はせず、取り込みません）: {0}</source>
        <translation>Formula (never calculated, not imported): {0}</translation>
    </message>
    <message>
        <source>識別子</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>自治体コード</source>
        <translation>Municipality code</translation>
    </message>
    <message>
        <source>事務名</source>
        <translation>Duty name</translation>
    </message>
    <message>
        <source>よみがな</source>
        <translation>Reading (kana)</translation>
    </message>
    <message>
        <source>分野</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>概要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>根拠法令</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>年間業務量（人工）</source>
        <translation>Annual workload (person-years)</translation>
    </message>
    <message>
        <source>年間業務量（人日）</source>
        <translation>Annual workload (person-days)</translation>
    </message>
    <message>
        <source>年間経費（千円）</source>
        <translation>Annual cost (thousand yen)</translation>
    </message>
    <message>
        <source>年間経費（円）</source>
        <translation>Annual cost (yen)</translation>
    </message>
    <message>
        <source>必要な専門職</source>
        <translation>Required specialists</translation>
    </message>
    <message>
        <source>現在の担当職員数</source>
        <translation>Current staff assigned</translation>
    </message>
    <message>
        <source>不足人数</source>
        <translation>Staff shortfall</translation>
    </message>
    <message>
        <source>緊急度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>状況</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>担当課</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>備考</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>想定される連携の方法</source>
        <translation>Possible cooperation methods</translation>
    </message>
    <message>
        <source>テンプレート</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>全国地方公共団体コード</source>
        <translation>Local government code</translation>
    </message>
    <message>
        <source>団体名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>項目</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>値</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>単位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>基準日</source>
        <translation>Reference date</translation>
    </message>
    <message>
        <source>出典</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>人口</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>65歳以上人口</source>
        <translation>Population aged 65+</translation>
    </message>
    <message>
        <source>昼夜間人口比率</source>
        <translation>Daytime/nighttime population ratio</translation>
    </message>
    <message>
        <source>面積</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>職員数</source>
        <translation>Number of staff</translation>
    </message>
    <message>
        <source>世帯数</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>基準財政需要額</source>
        <translation>Standard fiscal need</translation>
    </message>
    <message>
        <source>財政力指数</source>
        <translation>Fiscal strength index</translation>
    </message>
    <message>
        <source>指定都市・特別区への通勤通学者割合</source>
        <translation>Share commuting to a designated city or special ward</translation>
    </message>
    <message>
        <source>人</source>
        <translation>persons</translation>
    </message>
    <message>
        <source>世帯</source>
        <translation>households</translation>
    </message>
    <message>
        <source>比率</source>
        <translation>ratio</translation>
    </message>
    <message>
        <source>km²</source>
        <translation>km²</translation>
    </message>
    <message>
        <source>千円</source>
        <translation>thousand yen</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>{0}（必須）</source>
        <translation>{0} (required)</translation>
    </message>
    <message>
        <source>{0}（そのまま）</source>
        <translation>{0} (as is)</translation>
    </message>
    <message>
        <source>前回の割り当て</source>
        <translation>Last mapping</translation>
    </message>
    <message>
        <source>見出しが一致</source>
        <translation>Heading matches</translation>
    </message>
    <message>
        <source>見出しの一部が一致</source>
        <translation>Heading partly matches</translation>
    </message>
    <message>
        <source>手動で変更</source>
        <translation>Changed by hand</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>ファイルの見出し</source>
        <translation>Heading in the file</translation>
    </message>
    <message>
        <source>値の例</source>
        <translation>Sample values</translation>
    </message>
    <message>
        <source>取り込む項目</source>
        <translation>Imported as</translation>
    </message>
    <message>
        <source>割り当ての根拠</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>（取り込まない）</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>（見出しなし）</source>
        <translation>(no heading)</translation>
    </message>
    <message>
        <source>追加</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>更新</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>変更なし</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>取り込まない</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>誤り</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>注意</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>情報</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>結果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>種別</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>説明</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>{0}列（{1}）</source>
        <translation>column {0} ({1})</translation>
    </message>
    <message>
        <source>{0}列</source>
        <translation>column {0}</translation>
    </message>
    <message>
        <source>新規</source>
        <translation>New</translation>
    </message>
    <message>
        <source>相手側で変更</source>
        <translation>Changed by the partner</translation>
    </message>
    <message>
        <source>競合（両方で変更）</source>
        <translation>Conflict (changed on both sides)</translation>
    </message>
    <message>
        <source>こちらで変更</source>
        <translation>Changed here</translation>
    </message>
    <message>
        <source>統計</source>
        <translation>Statistic</translation>
    </message>
    <message>
        <source>取り込む</source>
        <translation>Take</translation>
    </message>
    <message>
        <source>こちらを残す</source>
        <translation>Keep ours</translation>
    </message>
    <message>
        <source>種類</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>状態</source>
        <translation>State</translation>
    </message>
    <message>
        <source>取り込み方</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>（変更なし）</source>
        <translation>(unchanged)</translation>
    </message>
    <message>
        <source>（この記録はありません）</source>
        <translation>(no such record here)</translation>
    </message>
    <message>
        <source>違い</source>
        <translation>Diff.</translation>
    </message>
    <message>
        <source>こちらの内容</source>
        <translation>Ours</translation>
    </message>
    <message>
        <source>相手の内容</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <source>違いあり</source>
        <translation>differs</translation>
    </message>
    <message>
        <source>同じ</source>
        <translation>same</translation>
    </message>
    <message>
        <source>記録</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>文字</source>
        <translation>Character</translation>
    </message>
    <message>
        <source>符号位置</source>
        <translation>Code point</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>ファイルと取り込む内容</source>
        <translation>File and contents</translation>
    </message>
    <message>
        <source>取り込むファイル（Excel ブック .xlsx または CSV）を選び、何が書かれているかを選んでください。</source>
        <translation>Choose the file to import (Excel workbook .xlsx or CSV) and say what it contains.</translation>
    </message>
    <message>
        <source>例: C:\Users\…\人口.csv</source>
        <translation>e.g. C:\Users\…\population.csv</translation>
    </message>
    <message>
        <source>参照(&amp;B)…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>事務（事務カタログに追加・更新）(&amp;J)</source>
        <translation>Duties (added to or updated in the catalogue) (&amp;J)</translation>
    </message>
    <message>
        <source>市町村の統計（人口・面積・職員数など）(&amp;S)</source>
        <translation>Municipal statistics (population, area, staff …) (&amp;S)</translation>
    </message>
    <message>
        <source>ファイル(&amp;F):</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>ファイルに書かれている内容</source>
        <translation>What the file contains</translation>
    </message>
</context>
<context>
    <name>HeaderPage</name>
    <message>
        <source>見出しの行</source>
        <translation>Header row</translation>
    </message>
    <message>
        <source>列の名前が書かれた行を確かめてください。それより上の行（表題・単位・注記）は読み飛ばします。</source>
        <translation>Check the row that holds the column names. Rows above it (titles, units, notes) are skipped.</translation>
    </message>
    <message>
        <source> 行目</source>
        <translation> (row)</translation>
    </message>
    <message>
        <source>見出しの行(&amp;H):</source>
        <translation>&amp;Header row:</translation>
    </message>
    <message>
        <source>ファイルの先頭の行(&amp;R)（Enter でその行を見出しにします）:</source>
        <translation>First &amp;rows of the file (Enter makes the row the header):</translation>
    </message>
    <message>
        <source>（自動判定: {0}行目）</source>
        <translation>(detected: row {0})</translation>
    </message>
    <message>
        <source>{0}行目より上の{1}行は読み飛ばします（灰色・「読み飛ばし」の行）。</source>
        <translation>The {1} rows above row {0} are skipped (grey, marked “Skipped”).</translation>
    </message>
    <message>
        <source>見出し: {0}</source>
        <translation>Headings: {0}</translation>
    </message>
    <message>
        <source>{0}行目には見出しがありません。別の行を選んでください。</source>
        <translation>Row {0} has no headings. Choose another row.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>使い方 — 広域連携デスク</source>
        <translation>User guide — Renkei Desktop</translation>
    </message>
    <message>
        <source>目次(&amp;C):</source>
        <translation>&amp;Contents:</translation>
    </message>
    <message>
        <source>← 戻る</source>
        <translation>← Back</translation>
    </message>
    <message>
        <source>前に見ていた箇所へ戻ります（Alt+←）</source>
        <translation>Back to where you were before (Alt+←)</translation>
    </message>
    <message>
        <source>進む →</source>
        <translation>Forward →</translation>
    </message>
    <message>
        <source>戻る前の箇所へ進みます（Alt+→）</source>
        <translation>Forward to where you went back from (Alt+→)</translation>
    </message>
    <message>
        <source>最初へ</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>使い方の最初を表示します（Alt+Home）</source>
        <translation>Shows the start of the guide (Alt+Home)</translation>
    </message>
    <message>
        <source>このページ内を検索（Ctrl+F）</source>
        <translation>Find in this page (Ctrl+F)</translation>
    </message>
    <message>
        <source>検索(&amp;S):</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>前へ</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>前の一致（Shift+F3）</source>
        <translation>Previous match (Shift+F3)</translation>
    </message>
    <message>
        <source>次へ</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>次の一致（F3、Enter）</source>
        <translation>Next match (F3, Enter)</translation>
    </message>
    <message>
        <source>閉じる</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>このリンクは開きません（使い方の外を指しています。このアプリはネットワークを使いません）: {0}</source>
        <translation>This link is not opened (it points outside the guide; this app never uses the network): {0}</translation>
    </message>
    <message>
        <source>「{0}」: {1}件</source>
        <translation>“{0}”: {1} matches</translation>
    </message>
    <message>
        <source>「{0}」は見つかりません。</source>
        <translation>“{0}” not found.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>ファイルから取り込む</source>
        <translation>Import from a file</translation>
    </message>
    <message>
        <source>次へ(&amp;N) &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; 戻る(&amp;B)</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>取り込む(&amp;I)</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>閉じる</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>取り込むファイルを選ぶ</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <source>Excel ブック・CSV (*.xlsx *.csv *.txt *.tsv);;すべてのファイル (*)</source>
        <translation>Excel workbooks and CSV (*.xlsx *.csv *.txt *.tsv);;All files (*)</translation>
    </message>
    <message>
        <source>取り込み</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>取り込んでいます…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Excel ブック（シート {0}枚: {1}）</source>
        <translation>Excel workbook ({0} sheets: {1})</translation>
    </message>
    <message>
        <source>CSV（文字コードを判定できませんでした。次の画面で選んでください）</source>
        <translation>CSV (the encoding could not be detected; choose it on the next page)</translation>
    </message>
    <message>
        <source>CSV（文字コード: {0}、自動判定）</source>
        <translation>CSV (encoding: {0}, detected)</translation>
    </message>
    <message>
        <source>シート名から「{0}」と判断しました。違う場合は選び直してください。</source>
        <translation>The sheet names suggest “{0}”. Choose again if that is wrong.</translation>
    </message>
    <message>
        <source>見出しからは判断できませんでした。内容を選んでください。</source>
        <translation>The headings do not tell what the file contains. Please choose.</translation>
    </message>
    <message>
        <source>見出しから「{0}」と判断しました。違う場合は選び直してください。</source>
        <translation>The headings suggest “{0}”. Choose again if that is wrong.</translation>
    </message>
    <message>
        <source>市町村の統計</source>
        <translation>Municipal statistics</translation>
    </message>
    <message>
        <source>事務</source>
        <translation>Duty</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>{0}秒</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <source>{0}分</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>{0}時間</source>
        <translation>{0} h</translation>
    </message>
    <message>
        <source>{0}日</source>
        <translation>{0} days</translation>
    </message>
    <message>
        <source>不明な利用者</source>
        <translation>an unknown user</translation>
    </message>
    <message>
        <source>{0} さん（コンピューター名: {1}）</source>
        <translation>{0} (computer: {1})</translation>
    </message>
    <message>
        <source>「{0}」は、{1}が {2} から使用しています（最後の応答: {3}前）。
二人が同時に編集すると変更が失われるおそれがあるため、編集できるのは一人だけです。内容を見るだけなら「読み取り専用で開く」を選んでください。</source>
        <translation>&quot;{0}&quot; has been in use by {1} since {2} (last response {3} ago).
Only one person can edit at a time, because simultaneous edits could lose changes. To only look at the data, choose &quot;Open read-only&quot;.</translation>
    </message>
    <message>
        <source>「{0}」を {2} から使用していた{1}のアプリは、すでに終了しています（異常終了した可能性があります）。
引き継ぐと、このパソコンで編集できます。</source>
        <translation>The app of {1}, who had been using &quot;{0}&quot; since {2}, has already ended (it may have crashed).
If you take over, you can edit on this computer.</translation>
    </message>
    <message>
        <source>「{0}」の使用中の印（ロックファイル）が壊れていて、誰が使用中か分かりません。
ほかに使用中の人がいないことを確かめてから引き継いでください。</source>
        <translation>The in-use marker (lock file) of &quot;{0}&quot; is damaged, so it is not known who is using it.
Make sure nobody else is using it before you take over.</translation>
    </message>
    <message>
        <source>「{0}」は、{1}が {2} から使用中のままですが、{3}以上応答がありません。アプリが異常終了したか、パソコンが停止している可能性があります。
相手がもう使っていないことを確かめてから引き継いでください。</source>
        <translation>&quot;{0}&quot; is still marked as in use by {1} since {2}, but there has been no response for more than {3}. The app may have crashed or the computer may have stopped.
Make sure the other person is no longer using it before you take over.</translation>
    </message>
    <message>
        <source>データベースは使用中です</source>
        <translation>The database is in use</translation>
    </message>
    <message>
        <source>読み取り専用で開く(&amp;R)</source>
        <translation>Open &amp;read-only</translation>
    </message>
    <message>
        <source>引き継いで編集する(&amp;T)…</source>
        <translation>&amp;Take over and edit…</translation>
    </message>
    <message>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>連携の検討</source>
        <translation>Partners &amp; frameworks</translation>
    </message>
    <message>
        <source>連携案</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>協定・規約</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>グラフ</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>データベースを読み込んでいます…</source>
        <translation>Loading the database…</translation>
    </message>
    <message>
        <source>ファイル(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>データベースを開く(&amp;O)…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>新しいデータベース(&amp;N)…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <source>デモデータを読み込む(&amp;D)</source>
        <translation>Load &amp;demo data</translation>
    </message>
    <message>
        <source>バックアップを作成(&amp;B)</source>
        <translation>Create &amp;backup</translation>
    </message>
    <message>
        <source>バックアップから復元(&amp;R)…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>会議資料を印刷(&amp;P)…</source>
        <translation>&amp;Print meeting summary…</translation>
    </message>
    <message>
        <source>協定書（案）を出力(&amp;A)…</source>
        <translation>Export &amp;agreement draft…</translation>
    </message>
    <message>
        <source>終了(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>編集(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>元に戻す</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>やり直し</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>表示(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>文字を大きく(&amp;L)</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <source>文字を小さく(&amp;S)</source>
        <translation>&amp;Smaller text</translation>
    </message>
    <message>
        <source>標準の大きさ(&amp;R)</source>
        <translation>&amp;Reset text size</translation>
    </message>
    <message>
        <source>変更履歴(&amp;H)…</source>
        <translation>Change &amp;history…</translation>
    </message>
    <message>
        <source>設定(&amp;S)</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>自治体と担当課(&amp;M)…</source>
        <translation>&amp;Municipality and department…</translation>
    </message>
    <message>
        <source>表示言語(&amp;L)</source>
        <translation>Display &amp;language</translation>
    </message>
    <message>
        <source>ヘルプ(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>ログフォルダーを開く(&amp;L)</source>
        <translation>Open &amp;log folder</translation>
    </message>
    <message>
        <source>バージョン情報(&amp;A)</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>「ファイル → データベースを開く」で別のファイルを選ぶか、「ファイル → 新しいデータベース」で作成してください。</source>
        <translation>Choose another file with “File → Open database”, or create one with “File → New database”.</translation>
    </message>
    <message>
        <source>データベースを開けません</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>事務カタログ</source>
        <translation>Duties</translation>
    </message>
    <message>
        <source>市町村</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>広域連携デスク</source>
        <translation>Renkei Desktop</translation>
    </message>
    <message>
        <source>使い方(&amp;U)…</source>
        <translation>&amp;User guide…</translation>
    </message>
    <message>
        <source>サポート用の情報を保存(&amp;S)…</source>
        <translation>Save &amp;support information…</translation>
    </message>
    <message>
        <source>自治体が未設定です（設定 → 自治体と担当課）</source>
        <translation>No municipality set (Settings → Municipality and department)</translation>
    </message>
    <message>
        <source>〔読み取り専用〕</source>
        <translation>[read-only]</translation>
    </message>
    <message>
        <source>データベースを開く</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>広域連携デスクのデータベース (*.sqlite3 *.sqlite *.db);;すべてのファイル (*)</source>
        <translation>Renkei Desktop database (*.sqlite3 *.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>新しいデータベース</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>広域連携デスクのデータベース (*.sqlite3)</source>
        <translation>Renkei Desktop database (*.sqlite3)</translation>
    </message>
    <message>
        <source>デモデータ</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>自治体を「長野県天龍村」に切り替え、デモ用の事務（約20件）を追加します。よろしいですか？</source>
        <translation>This switches the municipality to Tenryū Village, Nagano (長野県天龍村) and adds about 20 demo duties. Continue?</translation>
    </message>
    <message>
        <source>バックアップを作成しました: {0}</source>
        <translation>Backup created: {0}</translation>
    </message>
    <message>
        <source>毎日の自動バックアップ</source>
        <translation>Automatic daily backup</translation>
    </message>
    <message>
        <source>手動のバックアップ</source>
        <translation>Manual backup</translation>
    </message>
    <message>
        <source>復元する前の状態</source>
        <translation>State before a restore</translation>
    </message>
    <message>
        <source>更新前の自動バックアップ</source>
        <translation>Automatic backup before an update</translation>
    </message>
    <message>
        <source>バックアップから復元</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>復元するバックアップ:</source>
        <translation>Backup to restore:</translation>
    </message>
    <message>
        <source>バックアップがまだありません。</source>
        <translation>There are no backups yet.</translation>
    </message>
    <message>
        <source>現在のデータをバックアップ「{0}」の内容に置き換えます。現在の状態も自動でバックアップされます。よろしいですか？</source>
        <translation>The current data will be replaced by the contents of backup “{0}”. The current state is backed up automatically first. Continue?</translation>
    </message>
    <message>
        <source>復元しました。復元前の状態は {0} に保存してあります。</source>
        <translation>Restored. The state before the restore was saved as {0}.</translation>
    </message>
    <message>
        <source>文字の大きさ: {0}%</source>
        <translation>Text size: {0}%</translation>
    </message>
    <message>
        <source>表示言語</source>
        <translation>Display language</translation>
    </message>
    <message>
        <source>表示言語の変更は、アプリを再起動すると反映されます。</source>
        <translation>The new display language takes effect when you restart the app.</translation>
    </message>
    <message>
        <source>バージョン情報</source>
        <translation>About Renkei Desktop</translation>
    </message>
    <message>
        <source>広域連携デスク バージョン {0}

市町村の広域連携（連携協約・事務の委託など）を検討・記録するためのアプリです。
このアプリはネットワークに接続しません。

データベース: {1}
設定ファイル: {2}
ログ: {3}</source>
        <translation>Renkei Desktop version {0}

An app for planning and recording inter-municipal cooperation (広域連携), such as cooperation agreements and entrustment of affairs.
This app never connects to a network.

Database: {1}
Settings file: {2}
Logs: {3}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>列の割り当て</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <source>ファイルの各列に、取り込む項目を選んでください。「（取り込まない）」の列は読み飛ばします。</source>
        <translation>Choose the field for each column of the file. Columns set to “(not imported)” are skipped.</translation>
    </message>
    <message>
        <source>この形式のファイルで前回使った割り当てを読み込みました。</source>
        <translation>The mapping last used for files of this layout has been loaded.</translation>
    </message>
    <message>
        <source>統計の基準日と出典（ファイルに列がないとき、すべての行に使います）</source>
        <translation>Reference date and source of the statistics (used for every row when the file has no such column)</translation>
    </message>
    <message>
        <source>例: 2020-10-01 または 令和2年10月1日</source>
        <translation>e.g. 2020-10-01 or 令和2年10月1日</translation>
    </message>
    <message>
        <source>例: 令和2年国勢調査</source>
        <translation>e.g. 2020 Census</translation>
    </message>
    <message>
        <source>都道府県の行も取り込む(&amp;P)</source>
        <translation>Also import &amp;prefecture rows</translation>
    </message>
    <message>
        <source>基準日(&amp;D):</source>
        <translation>Reference &amp;date:</translation>
    </message>
    <message>
        <source>出典(&amp;O):</source>
        <translation>S&amp;ource:</translation>
    </message>
    <message>
        <source>列と項目(&amp;M)（項目の欄で選びます）:</source>
        <translation>Columns and fields (&amp;M) (choose in the field column):</translation>
    </message>
    <message>
        <source>（未設定）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>取り込み先の自治体: {0}（「自治体コード」の列を割り当てたときは、その列の自治体）</source>
        <translation>Duties are imported for: {0} (or for the municipality in the “municipality code” column when one is mapped)</translation>
    </message>
    <message>
        <source>✓ 必須「{0}」: {1}列に割り当て済み</source>
        <translation>✓ Required “{0}”: mapped to column {1}</translation>
    </message>
    <message>
        <source>✗ 必須「{0}」: まだ割り当てていません</source>
        <translation>✗ Required “{0}”: not mapped yet</translation>
    </message>
    <message>
        <source>{0}など</source>
        <translation>{0} etc.</translation>
    </message>
    <message>
        <source>✓ 値の列（{0}）: {1}列</source>
        <translation>✓ Value columns ({0}): {1}</translation>
    </message>
    <message>
        <source>✗ 値の列（{0}）を1つ以上割り当ててください</source>
        <translation>✗ Map at least one value column ({0})</translation>
    </message>
    <message>
        <source>基準日「{0}」を日付として読めません（例: 2020-10-01、令和2年10月1日）。</source>
        <translation>The reference date “{0}” is not a date (e.g. 2020-10-01, 令和2年10月1日).</translation>
    </message>
</context>
<context>
    <name>MethodPicker</name>
    <message>
        <source>必要（参加する各団体の議会で、{0}件）</source>
        <translation>Required (by the council of each party: {0})</translation>
    </message>
    <message>
        <source>必要（参加する各団体の議会）</source>
        <translation>Required (by the council of each party)</translation>
    </message>
    <message>
        <source>不要（連絡調整の協議会: 地方自治法第252条の2の2第3項ただし書）</source>
        <translation>Not required (liaison council: proviso of Art. 252-2-2(3) of the Local Autonomy Act)</translation>
    </message>
    <message>
        <source>不要（法律に基づく手続はありません）</source>
        <translation>Not required (no statutory procedure)</translation>
    </message>
    <message>
        <source>なし</source>
        <translation>none</translation>
    </message>
    <message>
        <source>都道府県が加わるときは総務大臣、それ以外は都道府県知事（複数の都道府県にまたがる組合は総務大臣）</source>
        <translation>The Minister for Internal Affairs when a prefecture takes part, otherwise the prefectural governor (the Minister for a union spanning prefectures)</translation>
    </message>
    <message>
        <source>都道府県が加わるときは総務大臣、それ以外は都道府県知事</source>
        <translation>The Minister for Internal Affairs when a prefecture takes part, otherwise the prefectural governor</translation>
    </message>
    <message>
        <source>{0}（この案では: {1}）</source>
        <translation>{0} (for this plan: {1})</translation>
    </message>
    <message>
        <source>（法律の定めはありません）</source>
        <translation>(no statutory basis)</translation>
    </message>
    <message>
        <source>つくる（特別地方公共団体）</source>
        <translation>Yes (a special local public body)</translation>
    </message>
    <message>
        <source>つくらない</source>
        <translation>No</translation>
    </message>
    <message>
        <source>届出・許可: 不要</source>
        <translation>Notification/permission: not required</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>議会の議決: 必要</source>
        <translation>Council resolutions: required</translation>
    </message>
    <message>
        <source>議会の議決: 不要</source>
        <translation>Council resolutions: not required</translation>
    </message>
    <message>
        <source>別の法人: {0}</source>
        <translation>Separate legal entity: {0}</translation>
    </message>
    <message>
        <source>権限: {0}</source>
        <translation>Authority: {0}</translation>
    </message>
</context>
<context>
    <name>MethodPickerDialog</name>
    <message>
        <source>連携の方法を選ぶ</source>
        <translation>Choose the cooperation method</translation>
    </message>
    <message>
        <source>法律に基づかない</source>
        <translation>No statutory basis</translation>
    </message>
    <message>
        <source>{0}
&#x3000;{1}</source>
        <translation>{0}
  {1}</translation>
    </message>
    <message>
        <source>連携の方法(&amp;M):</source>
        <translation>Cooperation &amp;method:</translation>
    </message>
    <message>
        <source>協議会の種類(&amp;T):</source>
        <translation>Council &amp;type:</translation>
    </message>
    <message>
        <source>根拠条文：</source>
        <translation>Article:</translation>
    </message>
    <message>
        <source>別の法人：</source>
        <translation>Separate legal entity:</translation>
    </message>
    <message>
        <source>権限：</source>
        <translation>Authority:</translation>
    </message>
    <message>
        <source>議会の議決：</source>
        <translation>Council resolutions:</translation>
    </message>
    <message>
        <source>届出・許可：</source>
        <translation>Notification / permission:</translation>
    </message>
    <message>
        <source>届出先・許可権者：</source>
        <translation>Notified to / permitted by:</translation>
    </message>
    <message>
        <source>この方法にする</source>
        <translation>Use this method</translation>
    </message>
    <message>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MunicipalityPage</name>
    <message>
        <source>項目</source>
        <translation>Statistic</translation>
    </message>
    <message>
        <source>値</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>基準日</source>
        <translation>Reference date</translation>
    </message>
    <message>
        <source>出典</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>例: 1,234（全角も可）</source>
        <translation>e.g. 1,234 (full-width digits are fine)</translation>
    </message>
    <message>
        <source>例: 2020-10-01 または 令和2年10月1日</source>
        <translation>e.g. 2020-10-01 or 令和2年10月1日</translation>
    </message>
    <message>
        <source>例: 令和2年国勢調査</source>
        <translation>e.g. 2020 Census (令和2年国勢調査)</translation>
    </message>
    <message>
        <source>登録・更新</source>
        <translation>Add / update</translation>
    </message>
    <message>
        <source>選択した値を削除</source>
        <translation>Delete selected value</translation>
    </message>
    <message>
        <source>項目(&amp;K):</source>
        <translation>S&amp;tatistic:</translation>
    </message>
    <message>
        <source>値(&amp;V):</source>
        <translation>&amp;Value:</translation>
    </message>
    <message>
        <source>基準日(&amp;R):</source>
        <translation>&amp;Reference date:</translation>
    </message>
    <message>
        <source>出典(&amp;O):</source>
        <translation>S&amp;ource:</translation>
    </message>
    <message>
        <source>統計値の登録（基準日と出典を必ず記録します）</source>
        <translation>Record a statistic (the reference date and source are always recorded)</translation>
    </message>
    <message>
        <source>自治体を選んでください</source>
        <translation>Select a municipality</translation>
    </message>
    <message>
        <source>種別: {0}&#x3000;コード: {1}&#x3000;よみ: {2}&#x3000;役場の位置: {3}</source>
        <translation>Type: {0}   Code: {1}   Reading: {2}   Town hall location: {3}</translation>
    </message>
    <message>
        <source>統計値の削除</source>
        <translation>Delete statistic</translation>
    </message>
    <message>
        <source>{0}の「{1}」（基準日 {2}）を削除しますか？</source>
        <translation>Delete “{1}” of {0} (reference date {2})?</translation>
    </message>
</context>
<context>
    <name>MunicipalityPicker</name>
    <message>
        <source>漢字・かな・コードで検索（例: てんりゅう）</source>
        <translation>Search by kanji, kana or code (e.g. てんりゅう)</translation>
    </message>
    <message>
        <source>すべての都道府県</source>
        <translation>All prefectures</translation>
    </message>
    <message>
        <source>すべての種別</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>市区町村</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>町村</source>
        <translation>Towns and villages</translation>
    </message>
    <message>
        <source>指定都市・中核市</source>
        <translation>Designated and core cities</translation>
    </message>
    <message>
        <source>都道府県</source>
        <translation>Prefectures</translation>
    </message>
    <message>
        <source>検索(&amp;S):</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>{0}件</source>
        <translation>{0} found</translation>
    </message>
</context>
<context>
    <name>MunicipalityTableModel</name>
    <message>
        <source>コード</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>都道府県</source>
        <translation>Prefecture</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>よみ</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>種別</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>人口</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>65歳以上人口</source>
        <translation>Aged 65+</translation>
    </message>
    <message>
        <source>昼夜間人口比率</source>
        <translation>Daytime/nighttime population ratio</translation>
    </message>
</context>
<context>
    <name>PackageExportDialog</name>
    <message>
        <source>連携先への受け渡しファイルを書き出す</source>
        <translation>Export a package for a partner</translation>
    </message>
    <message>
        <source>連携先の自治体に渡す連携案と協定を選んでください。連携案の事務と、負担の計算に使う統計も一緒に書き出します。協定を選ぶと、その元になった連携案も含まれます。</source>
        <translation>Choose the plans and agreements to give to the partner municipality. The plans’ duties and the statistics used to share costs are exported with them. An agreement brings the plan it was made from.</translation>
    </message>
    <message>
        <source>連携案（{0}件）</source>
        <translation>Plans ({0})</translation>
    </message>
    <message>
        <source>協定・規約（{0}件）</source>
        <translation>Agreements ({0})</translation>
    </message>
    <message>
        <source>{0}（事務: {1}、{2}）</source>
        <translation>{0} (duty: {1}, {2})</translation>
    </message>
    <message>
        <source>すべて選ぶ(&amp;A)</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <source>選択を外す(&amp;C)</source>
        <translation>&amp;Clear selection</translation>
    </message>
    <message>
        <source>（指定しない）</source>
        <translation>(not specified)</translation>
    </message>
    <message>
        <source>渡す相手(&amp;T):</source>
        <translation>Par&amp;tner:</translation>
    </message>
    <message>
        <source>相手を記録しておくと、次に相手から受け取ったときに「相手側で変更」と「競合」を区別できます。</source>
        <translation>Recording the partner lets the next package from them tell “changed by the partner” from “conflict”.</translation>
    </message>
    <message>
        <source>書き出す(&amp;W)…</source>
        <translation>Export (&amp;W)…</translation>
    </message>
    <message>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>書き出す記録(&amp;R)（スペースキーで選択）:</source>
        <translation>&amp;Records to export (Space selects):</translation>
    </message>
</context>
<context>
    <name>PackageImportDialog</name>
    <message>
        <source>受け渡しファイルを取り込む — {0}</source>
        <translation>Import a package — {0}</translation>
    </message>
    <message>
        <source>送り主: {0}（{1}）&#x3000;作成日時: {2}（UTC）</source>
        <translation>From: {0} ({1})   Created: {2} (UTC)</translation>
    </message>
    <message>
        <source>{0} {1}件</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>記録 {0}件: {1}</source>
        <translation>{0} records: {1}</translation>
    </message>
    <message>
        <source>「競合（両方で変更）」は、前回の受け渡しの後にこちらと相手の両方で変更された記録です。既定ではこちらの内容を残します。相手の内容にするときは「取り込む」を選んでください。何も上書きせずに閉じるには「キャンセル」を押します。</source>
        <translation>“Conflict (changed on both sides)” marks records changed both here and by the partner since the last exchange. By default ours is kept; choose “Take” to use the partner’s version. Press “Cancel” to close without overwriting anything.</translation>
    </message>
    <message>
        <source>記録(&amp;L)（F2 で取り込み方を変更）:</source>
        <translation>Records (&amp;L) (F2 changes the choice):</translation>
    </message>
    <message>
        <source>相手の内容を取り込む(&amp;T)</source>
        <translation>&amp;Take the partner’s version</translation>
    </message>
    <message>
        <source>こちらの内容を残す(&amp;K)</source>
        <translation>&amp;Keep ours</translation>
    </message>
    <message>
        <source>こちらと相手の内容(&amp;D)（違う項目に ≠）:</source>
        <translation>Ours and theirs (&amp;D) (≠ marks differences):</translation>
    </message>
    <message>
        <source>選んだ記録</source>
        <translation>Selected record</translation>
    </message>
    <message>
        <source>こちらの内容(&amp;O):</source>
        <translation>&amp;Ours:</translation>
    </message>
    <message>
        <source>相手の内容(&amp;P):</source>
        <translation>Theirs (&amp;P):</translation>
    </message>
    <message>
        <source>取り込む(&amp;I)</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{0}「{1}」: {2}</source>
        <translation>{0} “{1}”: {2}</translation>
    </message>
    <message>
        <source>取り込まない(&amp;K)</source>
        <translation>Do not import (&amp;K)</translation>
    </message>
    <message>
        <source>受け渡しファイルの取り込み</source>
        <translation>Importing a package</translation>
    </message>
    <message>
        <source>取り込んでいます…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>記号</source>
        <translation>Designation</translation>
    </message>
    <message>
        <source>団体</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>立場</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>役割（自由記述）</source>
        <translation>Role (free text)</translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <source>順位</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>団体</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>種別</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>距離 km</source>
        <translation>Distance km</translation>
    </message>
    <message>
        <source>点数</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>主な理由</source>
        <translation>Main reasons</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>除外</source>
        <translation>excluded</translation>
    </message>
    <message>
        <source>ピン {0}</source>
        <translation>pin {0}</translation>
    </message>
    <message>
        <source>除外しています（「元に戻す」で順位に戻ります）</source>
        <translation>Excluded (“Undo pin/exclusion” returns it to its ranked place)</translation>
    </message>
</context>
<context>
    <name>PartyPickerDialog</name>
    <message>
        <source>当事者を選ぶ</source>
        <translation>Choose a party</translation>
    </message>
    <message>
        <source>選択</source>
        <translation>Select</translation>
    </message>
    <message>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>都道府県を当事者にするときは、種別で「都道府県」を選ぶと探しやすくなります。</source>
        <translation>To add a prefecture, choose Prefectures in the kind filter.</translation>
    </message>
</context>
<context>
    <name>PlanChooserDialog</name>
    <message>
        <source>連携案から作成</source>
        <translation>New from plan</translation>
    </message>
    <message>
        <source>採用した連携案(&amp;P):</source>
        <translation>Chosen &amp;plans:</translation>
    </message>
    <message>
        <source>案の当事者（甲・乙…の順）、役割分担、種類に応じた既定の条文から下書きを作ります。</source>
        <translation>A draft is made from the plan&apos;s parties (in the order Party A, Party B …), its role table and the default clauses for the kind.</translation>
    </message>
    <message>
        <source>作成</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PlanComparisonModel</name>
    <message>
        <source>案の名称</source>
        <translation>Plan name</translation>
    </message>
    <message>
        <source>状況</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>連携の方法</source>
        <translation>Cooperation method</translation>
    </message>
    <message>
        <source>根拠条文</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>幹事・受託・代表団体</source>
        <translation>Lead body (coordinator / trustee / representative)</translation>
    </message>
    <message>
        <source>参加団体</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>議会の議決（数）</source>
        <translation>Council resolutions (number)</translation>
    </message>
    <message>
        <source>届出・許可</source>
        <translation>Notification / permission</translation>
    </message>
    <message>
        <source>届出先・許可権者</source>
        <translation>Notified to / permitted by</translation>
    </message>
    <message>
        <source>別の法人</source>
        <translation>Separate legal entity</translation>
    </message>
    <message>
        <source>権限</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>年間総額（千円）</source>
        <translation>Annual total (¥1,000)</translation>
    </message>
    <message>
        <source>特定財源（千円）</source>
        <translation>Specific revenue (¥1,000)</translation>
    </message>
    <message>
        <source>差引（千円）</source>
        <translation>Net (¥1,000)</translation>
    </message>
    <message>
        <source>業務量（人工）</source>
        <translation>Workload (person-years)</translation>
    </message>
    <message>
        <source>手続の進捗</source>
        <translation>Procedure progress</translation>
    </message>
    <message>
        <source>次の手続</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>{0}（各団体の議会）</source>
        <translation>{0} (each party&apos;s council)</translation>
    </message>
    <message>
        <source>0（連絡調整の協議会は不要）</source>
        <translation>0 (not needed for a liaison council)</translation>
    </message>
    <message>
        <source>0（不要）</source>
        <translation>0 (not needed)</translation>
    </message>
    <message>
        <source>（すべて完了）</source>
        <translation>(all done)</translation>
    </message>
    <message>
        <source>（法律の定めなし）</source>
        <translation>(no statutory basis)</translation>
    </message>
    <message>
        <source>{0}: {1} {2}</source>
        <translation>{0}: {1} {2}</translation>
    </message>
    <message>
        <source>設立する（特別地方公共団体）</source>
        <translation>Created (a special local public body)</translation>
    </message>
    <message>
        <source>設立しない</source>
        <translation>Not created</translation>
    </message>
    <message>
        <source>{0}/{1} 完了</source>
        <translation>{0}/{1} done</translation>
    </message>
    <message>
        <source>案{0}</source>
        <translation>Plan {0}</translation>
    </message>
    <message>
        <source>{0} ★採用</source>
        <translation>{0} ★ Chosen</translation>
    </message>
    <message>
        <source>議決の根拠: {0}
届出・許可の根拠: {1}</source>
        <translation>Basis of the resolutions: {0}
Basis of the notification/permission: {1}</translation>
    </message>
</context>
<context>
    <name>PlanEditorDialog</name>
    <message>
        <source>基本(&amp;B)</source>
        <translation>&amp;Basics</translation>
    </message>
    <message>
        <source>参加団体と役割(&amp;P)</source>
        <translation>&amp;Parties and roles</translation>
    </message>
    <message>
        <source>費用と業務量(&amp;C)</source>
        <translation>&amp;Costs and workload</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>事務:</source>
        <translation>Duty:</translation>
    </message>
    <message>
        <source>例: 飯田市への事務の委託</source>
        <translation>e.g. Entrust the duty to Iida City</translation>
    </message>
    <message>
        <source>案の名称(&amp;N)（必須）</source>
        <translation>Plan &amp;name (required)</translation>
    </message>
    <message>
        <source>方法を選ぶ(&amp;M)…</source>
        <translation>Choose &amp;method…</translation>
    </message>
    <message>
        <source>連携の方法:</source>
        <translation>Cooperation method:</translation>
    </message>
    <message>
        <source>（協議会の場合に選択）</source>
        <translation>(choose for a council)</translation>
    </message>
    <message>
        <source>協議会の種類(&amp;T):</source>
        <translation>Council &amp;type:</translation>
    </message>
    <message>
        <source>状況(&amp;S):</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>★ この事務で採用した案です（採用の変更は連携案の画面の「この案を採用」で行います）。</source>
        <translation>★ This is the chosen plan for the duty (change the choice with &quot;Choose this plan&quot; on the plans page).</translation>
    </message>
    <message>
        <source>備考(&amp;O):</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>参加団体に追加(&amp;A) →</source>
        <translation>&amp;Add as a party →</translation>
    </message>
    <message>
        <source>都道府県も参加団体にできます。検索して選び、「参加団体に追加」を押してください（Enterでも追加できます）。</source>
        <translation>A prefecture can be a party too. Search, select and press &quot;Add as a party&quot; (or Enter).</translation>
    </message>
    <message>
        <source>参加団体（甲・乙・丙…の順）(&amp;G):</source>
        <translation>Parties (in the order Party A, Party B, Party C …) (&amp;G):</translation>
    </message>
    <message>
        <source>上へ(&amp;U)</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>下へ(&amp;W)</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>外す(&amp;R)</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>役割分担（取組ごとに各団体の役割）(&amp;Y):</source>
        <translation>Role table (each party&apos;s role per initiative) (&amp;Y):</translation>
    </message>
    <message>
        <source>取組を追加(&amp;I)</source>
        <translation>Add &amp;initiative</translation>
    </message>
    <message>
        <source>取組を削除(&amp;D)</source>
        <translation>&amp;Delete initiative</translation>
    </message>
    <message>
        <source>費用項目（千円。全角数字・桁区切りも可）(&amp;K):</source>
        <translation>Cost items (¥1,000; full-width digits and separators accepted) (&amp;K):</translation>
    </message>
    <message>
        <source>費用項目を追加(&amp;I)</source>
        <translation>Add cost &amp;item</translation>
    </message>
    <message>
        <source>費用項目を削除(&amp;D)</source>
        <translation>&amp;Delete cost item</translation>
    </message>
    <message>
        <source>特定財源（補助金・使用料など）は、各団体に配分する前に総額から差し引きます。各団体の負担の配分ルールは、連携案の画面の「負担の配分」で設定します。</source>
        <translation>Specific revenue (subsidies, fees) is deducted from the total before it is shared. Each item&apos;s sharing rule is set under &quot;Cost sharing&quot; on the plans page.</translation>
    </message>
    <message>
        <source>業務量（人工）(&amp;W):</source>
        <translation>&amp;Workload (person-years):</translation>
    </message>
    <message>
        <source>{0}（参加団体ではありません）</source>
        <translation>{0} (not a party)</translation>
    </message>
    <message>
        <source>{0}(&amp;L):</source>
        <translation>{0} (&amp;L):</translation>
    </message>
    <message>
        <source>入力内容に誤りがあります（{0}件）。⚠ の付いた項目を修正してください。保存はしていません。</source>
        <translation>There are errors in the input ({0}). Correct the items marked ⚠. Nothing has been saved.</translation>
    </message>
</context>
<context>
    <name>PlanTexts</name>
    <message>
        <source>検討中</source>
        <translation>Under consideration</translation>
    </message>
    <message>
        <source>協議中</source>
        <translation>Negotiating</translation>
    </message>
    <message>
        <source>合意</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>不採用</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>管理執行</source>
        <translation>Management and execution</translation>
    </message>
    <message>
        <source>連絡調整</source>
        <translation>Liaison and coordination</translation>
    </message>
    <message>
        <source>計画作成</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>事務の一部を共同して管理・執行する協議会です。</source>
        <translation>A council that manages and executes part of the duties jointly.</translation>
    </message>
    <message>
        <source>事務の管理・執行について連絡調整を図る協議会です。議会の議決は要りません（地方自治法第252条の2の2第3項ただし書）。</source>
        <translation>A council for liaison and coordination on managing and executing duties. No council resolutions are needed (proviso of Art. 252-2-2(3) of the Local Autonomy Act).</translation>
    </message>
    <message>
        <source>広域にわたる総合的な計画を共同して作成する協議会です。</source>
        <translation>A council that jointly draws up a comprehensive wide-area plan.</translation>
    </message>
    <message>
        <source>移る</source>
        <translation>Moves</translation>
    </message>
    <message>
        <source>残る</source>
        <translation>Stays</translation>
    </message>
    <message>
        <source>共同で行使</source>
        <translation>Exercised jointly</translation>
    </message>
    <message>
        <source>権限が移る（委託先・組合が自らの名で行う）</source>
        <translation>Authority moves (the trustee or union acts in its own name)</translation>
    </message>
    <message>
        <source>権限は各団体に残る</source>
        <translation>Authority stays with each party</translation>
    </message>
    <message>
        <source>権限は各団体に残り、共同で行使する</source>
        <translation>Authority stays with each party and is exercised jointly</translation>
    </message>
    <message>
        <source>届出</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>許可</source>
        <translation>Permission</translation>
    </message>
    <message>
        <source>不要</source>
        <translation>Not required</translation>
    </message>
    <message>
        <source>総務大臣</source>
        <translation>Minister for Internal Affairs and Communications</translation>
    </message>
    <message>
        <source>都道府県知事</source>
        <translation>Prefectural governor</translation>
    </message>
    <message>
        <source>なし</source>
        <translation>none</translation>
    </message>
    <message>
        <source>代表団体</source>
        <translation>Representative body</translation>
    </message>
    <message>
        <source>幹事団体</source>
        <translation>Coordinating body</translation>
    </message>
    <message>
        <source>受託団体</source>
        <translation>Trustee</translation>
    </message>
    <message>
        <source>代替執行団体</source>
        <translation>Substitute executor</translation>
    </message>
    <message>
        <source>連携団体</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>構成団体</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>委託団体</source>
        <translation>Entrusting body</translation>
    </message>
    <message>
        <source>要請団体</source>
        <translation>Requesting body</translation>
    </message>
    <message>
        <source>協議</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>協約案の作成</source>
        <translation>Draft of the compact</translation>
    </message>
    <message>
        <source>規約案の作成</source>
        <translation>Draft of the rules</translation>
    </message>
    <message>
        <source>議会の議決</source>
        <translation>Council resolution</translation>
    </message>
    <message>
        <source>締結</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>告示</source>
        <translation>Public notice</translation>
    </message>
    <message>
        <source>未着手</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>進行中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>完了</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>団体どうしが、連携して事務を処理するための基本的な方針と役割分担を定める約束です。新しい組織はつくらず、それぞれの団体が自分の事務として取り組みます。連携中枢都市圏では中心都市と近隣の市町村が1対1で結びます。紛争が起きたときは自治紛争処理委員による解決策の提示を求められます。</source>
        <translation>A compact between bodies setting the basic policy and the division of roles for handling duties together. No new organisation is created; each body handles the work as its own duty. In a metropolitan cooperation area the hub city concludes one with each neighbour. In a dispute, the parties can ask the local autonomy dispute commissioners to propose a solution.</translation>
    </message>
    <message>
        <source>団体が共同で「協議会」を設け、事務の一部を共同して管理・執行したり、連絡調整をしたり、広域の計画をつくったりします。協議会は法人ではありません。連絡調整のための協議会なら議会の議決は要りません。</source>
        <translation>The bodies set up a joint council to manage and execute part of their duties, to coordinate, or to draw up a wide-area plan. The council is not a legal entity. A liaison council needs no council resolutions.</translation>
    </message>
    <message>
        <source>委員会・審査会・職員などを複数の団体で共同して置く方法です（例: 介護認定審査会、障害支援区分認定審査会、公平委員会）。置かれた機関は、それぞれの団体の機関として仕事をします。</source>
        <translation>Several bodies jointly set up a committee, board or staff (e.g. care-needs certification board, disability support classification board, fair-treatment committee). The joint body works as an organ of each party.</translation>
    </message>
    <message>
        <source>事務の一部を他の団体に任せる方法で、最も多く使われています。任せた事務の権限は受託団体に移り、受託団体が自分の名前で処理します。委託する側が経費（委託料・負担金）を払います。</source>
        <translation>Part of a duty is entrusted to another body; the most common method. Authority over it moves to the trustee, which acts in its own name. The entrusting side pays the costs (fees, contributions).</translation>
    </message>
    <message>
        <source>他の団体（多くは都道府県）に、自分の団体の名前で事務を行ってもらう方法です（平成26年の改正で創設）。権限は求めた団体に残ります。専門職のいない小規模な町村を都道府県が補う「垂直補完」で使われます。</source>
        <translation>Another body (usually the prefecture) performs the duty in the requesting body&apos;s name (introduced by the 2014 amendment). Authority stays with the requesting body. Used when a prefecture supports a small town without specialists (vertical complementation).</translation>
    </message>
    <message>
        <source>事務を共同で処理するための特別地方公共団体（別の法人）を設ける方法です（例: ごみ・し尿処理、消防、火葬場）。その事務の権限は組合に移ります。設けるには総務大臣または知事の許可が要り、脱退するには2年前までの予告が必要です。</source>
        <translation>A special local public body (a separate legal entity) is set up to handle duties jointly (e.g. waste and night soil, fire services, crematoria). Authority over the duty moves to the union. It needs the permission of the Minister or the governor; leaving requires notice two years ahead.</translation>
    </message>
    <message>
        <source>一部事務組合と同じく別の法人を設ける方法で、広域計画をつくり、国や都道府県から権限の移譲を受けることもできます（例: 後期高齢者医療広域連合）。設けるには許可が要ります。</source>
        <translation>Like a partial-affairs union, a separate legal entity is set up; it draws up a wide-area plan and can receive powers from the state or the prefecture (e.g. the late-stage elderly medical care union). It needs permission.</translation>
    </message>
    <message>
        <source>法律に基づかない申合せです（例: 施設の相互利用、災害時の相互応援）。議会の議決も届出も要りませんが、法的な拘束力は弱く、権限も移りません。</source>
        <translation>An arrangement without statutory basis (e.g. mutual use of facilities, mutual disaster aid). No council resolutions or notification are needed, but it binds little and no authority moves.</translation>
    </message>
    <message>
        <source>案の名称</source>
        <translation>Plan name</translation>
    </message>
    <message>
        <source>協議会の種類</source>
        <translation>Council type</translation>
    </message>
    <message>
        <source>幹事（代表）団体</source>
        <translation>Lead body</translation>
    </message>
    <message>
        <source>役割</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>取組</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>年間総額（千円）</source>
        <translation>Annual total (¥1,000)</translation>
    </message>
    <message>
        <source>特定財源（千円）</source>
        <translation>Specific revenue (¥1,000)</translation>
    </message>
    <message>
        <source>配分ルール</source>
        <translation>Sharing rule</translation>
    </message>
    <message>
        <source>業務量（人工）</source>
        <translation>Workload (person-years)</translation>
    </message>
    <message>
        <source>業務量の配分に使う費用項目</source>
        <translation>Cost item whose rule shares the workload</translation>
    </message>
    <message>
        <source>業務量の配分ルール</source>
        <translation>Workload sharing rule</translation>
    </message>
    <message>
        <source>状況</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0}知事</source>
        <translation>Governor of {0}</translation>
    </message>
    <message>
        <source>手続「{0}」の{1}</source>
        <translation>{1} of step &quot;{0}&quot;</translation>
    </message>
    <message>
        <source>手続「{0}」</source>
        <translation>Step &quot;{0}&quot;</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>事務名・よみがなで絞り込み（Ctrl+F）</source>
        <translation>Filter by duty name or reading (Ctrl+F)</translation>
    </message>
    <message>
        <source>絞り込み(&amp;Q):</source>
        <translation>Filter (&amp;Q):</translation>
    </message>
    <message>
        <source>連携案のある事務だけ(&amp;O)</source>
        <translation>&amp;Only duties with plans</translation>
    </message>
    <message>
        <source>事務と連携案(&amp;J):</source>
        <translation>Duties and plans (&amp;J):</translation>
    </message>
    <message>
        <source>案の比較(&amp;C)（列が一つの案。←→キーで案を選びます）:</source>
        <translation>&amp;Compare plans (one column per plan; ← → select a plan):</translation>
    </message>
    <message>
        <source>新しい案</source>
        <translation>New plan</translation>
    </message>
    <message>
        <source>編集</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>複製</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>削除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>この案を採用</source>
        <translation>Choose this plan</translation>
    </message>
    <message>
        <source>手続の進捗(&amp;P)</source>
        <translation>&amp;Procedure</translation>
    </message>
    <message>
        <source>費用と負担の配分(&amp;K)</source>
        <translation>Costs and sharing (&amp;K)</translation>
    </message>
    <message>
        <source>役割分担(&amp;R)</source>
        <translation>&amp;Roles</translation>
    </message>
    <message>
        <source>採用案の団体別の集計(&amp;T):</source>
        <translation>Chosen plans per party (&amp;T):</translation>
    </message>
    <message>
        <source>保存していない入力を取り消す(&amp;Z)</source>
        <translation>Discard unsaved input (&amp;Z)</translation>
    </message>
    <message>
        <source>状況・日付のセルで F2 キーまたはダブルクリック。日付は 2024-04-01 や 令和6年4月1日 の形で。正しければすぐに保存します。</source>
        <translation>Press F2 or double-click a status or date cell. Dates as 2024-04-01 or 1 April 2024. Valid input is saved at once.</translation>
    </message>
    <message>
        <source>配分ルールを編集(&amp;R)…</source>
        <translation>Edit sharing &amp;rule…</translation>
    </message>
    <message>
        <source>事務を選んでください</source>
        <translation>Select a duty</translation>
    </message>
    <message>
        <source>{0} — 連携案 {1}件</source>
        <translation>{0} — {1} plan(s)</translation>
    </message>
    <message>
        <source>この事務にはまだ連携案がありません。「新しい案」（Ctrl+N）で作成してください。</source>
        <translation>This duty has no plans yet. Create one with &quot;New plan&quot; (Ctrl+N).</translation>
    </message>
    <message>
        <source>{0} {1}（{2}）</source>
        <translation>{0} {1} ({2})</translation>
    </message>
    <message>
        <source>： {0}</source>
        <translation>: {0}</translation>
    </message>
    <message>
        <source>役割分担の表はまだありません（「編集」の「参加団体と役割」で入力します）。</source>
        <translation>No role table yet (enter it under &quot;Edit&quot; → &quot;Parties and roles&quot;).</translation>
    </message>
    <message>
        <source>なし（すべて完了）</source>
        <translation>None (all done)</translation>
    </message>
    <message>
        <source>「{0}」の手続: {1}/{2} 完了。次の手続: {3}</source>
        <translation>Procedure of &quot;{0}&quot;: {1}/{2} done. Next: {3}</translation>
    </message>
    <message>
        <source>採用案 {0}件（年間総額 {1} 千円）。各団体が参加する採用案の数と、案全体の合計です（団体ごとの負担額は、負担の配分ルールを決めると計算されます）。◎＝自団体</source>
        <translation>{0} chosen plan(s) (annual total ¥{1} thousand). For each party: the chosen plans it takes part in and their totals (each party&apos;s own share is computed once the sharing rules are set). ◎ = your municipality</translation>
    </message>
    <message>
        <source>保存できません</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>連携案の新規作成 — {0}</source>
        <translation>New plan — {0}</translation>
    </message>
    <message>
        <source>連携案「{0}」の追加</source>
        <translation>Add plan &quot;{0}&quot;</translation>
    </message>
    <message>
        <source>連携案「{0}」を追加しました。</source>
        <translation>Plan &quot;{0}&quot; added.</translation>
    </message>
    <message>
        <source>連携案の編集: {0}</source>
        <translation>Edit plan: {0}</translation>
    </message>
    <message>
        <source>連携案「{0}」の編集</source>
        <translation>Edit plan &quot;{0}&quot;</translation>
    </message>
    <message>
        <source>（コピー）</source>
        <translation> (copy)</translation>
    </message>
    <message>
        <source>
この案はこの事務で採用した案です。</source>
        <translation>
This is the chosen plan for the duty.</translation>
    </message>
    <message>
        <source>連携案の削除</source>
        <translation>Delete plan</translation>
    </message>
    <message>
        <source>連携案「{0}」を削除しますか？{1}
削除は「編集 → 元に戻す」（Ctrl+Z）で取り消せます。</source>
        <translation>Delete plan &quot;{0}&quot;?{1}
You can undo this with Edit → Undo (Ctrl+Z).</translation>
    </message>
    <message>
        <source>連携案「{0}」の削除</source>
        <translation>Delete plan &quot;{0}&quot;</translation>
    </message>
    <message>
        <source>連携案「{0}」を削除しました。</source>
        <translation>Plan &quot;{0}&quot; deleted.</translation>
    </message>
    <message>
        <source>連携案「{0}」の採用</source>
        <translation>Choose plan &quot;{0}&quot;</translation>
    </message>
    <message>
        <source>「{0}」をこの事務の採用案にしました。</source>
        <translation>&quot;{0}&quot; is now the chosen plan for the duty.</translation>
    </message>
    <message>
        <source>日付</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>状況</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>備考</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>⚠ 手続の入力に誤りがあります（{0}件）。保存はしていません。</source>
        <translation>⚠ The procedure input has errors ({0}). Nothing has been saved.</translation>
    </message>
    <message>
        <source>「{0}」の手続の記録</source>
        <translation>Record procedure of &quot;{0}&quot;</translation>
    </message>
</context>
<context>
    <name>PortfolioModel</name>
    <message>
        <source>団体</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>採用案の数</source>
        <translation>Chosen plans</translation>
    </message>
    <message>
        <source>案の年間総額計（千円）</source>
        <translation>Plans&apos; annual total (¥1,000)</translation>
    </message>
    <message>
        <source>案の特定財源計（千円）</source>
        <translation>Plans&apos; specific revenue (¥1,000)</translation>
    </message>
    <message>
        <source>案の差引計（千円）</source>
        <translation>Plans&apos; net (¥1,000)</translation>
    </message>
    <message>
        <source>案の業務量計（人工）</source>
        <translation>Plans&apos; workload (person-years)</translation>
    </message>
    <message>
        <source>参加する採用案</source>
        <translation>Chosen plans taken part in</translation>
    </message>
    <message>
        <source>◎ {0}（自団体）</source>
        <translation>◎ {0} (your municipality)</translation>
    </message>
</context>
<context>
    <name>PortfolioTable</name>
    <message>
        <source>団体</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>採用案の数</source>
        <translation>Chosen plans</translation>
    </message>
    <message>
        <source>負担額計（千円）</source>
        <translation>Total burden (thousand yen)</translation>
    </message>
    <message>
        <source>業務量計（人工）</source>
        <translation>Total workload (person-years)</translation>
    </message>
    <message>
        <source>参加する採用案</source>
        <translation>Chosen plans taken part in</translation>
    </message>
    <message>
        <source>★ {0}（自団体）</source>
        <translation>★ {0} (home)</translation>
    </message>
    <message>
        <source>{0} ※</source>
        <translation>{0} *</translation>
    </message>
    <message>
        <source>※ 負担額を計算できない項目のある採用案: {0}（その項目は含まれていません）</source>
        <translation>* Chosen plans with items whose burden cannot be computed: {0} (those items are not included)</translation>
    </message>
    <message>
        <source>採用案の団体別の負担(&amp;T):</source>
        <translation>Burden per party across the chosen plans (&amp;T):</translation>
    </message>
    <message>
        <source>★ {0}（自団体）: 採用案 {1}件で年間 {2} 千円を負担し、{3} 人工を担います。</source>
        <translation>★ {0} (home): pays {2} thousand yen a year and carries {3} person-years in {1} chosen plans.</translation>
    </message>
    <message>
        <source>採用案 {0}件。</source>
        <translation>{0} chosen plans.</translation>
    </message>
    <message>
        <source>。★＝自団体</source>
        <translation>. ★ = home municipality</translation>
    </message>
    <message>
        <source>。※ 配分ルール未設定または計算できない費用項目のある採用案を含みます（その項目は合計に含まれていません）</source>
        <translation>. * Includes chosen plans with cost items that have no sharing rule or cannot be computed (those items are not in the totals)</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>取り込む前の確認</source>
        <translation>Check before importing</translation>
    </message>
    <message>
        <source>行ごとの結果と問題です。まだ何も書き込んでいません。</source>
        <translation>The outcome and problems of each row. Nothing has been written yet.</translation>
    </message>
    <message>
        <source>すべての行</source>
        <translation>All rows</translation>
    </message>
    <message>
        <source>誤り・注意のある行だけ</source>
        <translation>Rows with errors or warnings only</translation>
    </message>
    <message>
        <source>誤りのある行だけ</source>
        <translation>Rows with errors only</translation>
    </message>
    <message>
        <source>誤りのある行を飛ばして、残りの行を取り込む(&amp;K)</source>
        <translation>S&amp;kip the rows with errors and import the rest</translation>
    </message>
    <message>
        <source>表示(&amp;V):</source>
        <translation>Sho&amp;w:</translation>
    </message>
    <message>
        <source>全{0}行: 追加 {1}行、更新 {2}行、変更なし {3}行、取り込まない {4}行、誤り {5}行（追加される記録 {6}件、更新される記録 {7}件、注意 {8}件）</source>
        <translation>{0} rows: {1} to add, {2} to update, {3} unchanged, {4} not imported, {5} with errors ({6} records added, {7} records updated, {8} warnings)</translation>
    </message>
    <message>
        <source>⚠ 誤りのある行が{0}行あります（「種別」が「誤り」の行）。このままでは取り込めません。ファイルを直して取り込み直すか、誤りのある行を飛ばして取り込んでください。</source>
        <translation>⚠ {0} rows have errors (the rows whose type is “Error”). The file cannot be imported as it is. Correct the file and import it again, or skip the rows with errors.</translation>
    </message>
    <message>
        <source>取り込む変更はありません（すべて「変更なし」か「取り込まない」行です）。</source>
        <translation>There is nothing to import (every row is “unchanged” or “not imported”).</translation>
    </message>
    <message>
        <source>誤りのある{0}行は取り込みません。「取り込む」を押すと、残りの行を書き込みます。</source>
        <translation>The {0} rows with errors are not imported. Press “Import” to write the other rows.</translation>
    </message>
    <message>
        <source>「取り込む」を押すと書き込みます。途中で中止したときは何も書き込みません。</source>
        <translation>Press “Import” to write. If you stop part-way, nothing is written.</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>編集を再開(&amp;E)</source>
        <translation>R&amp;esume editing</translation>
    </message>
    <message>
        <source>使用中の人がアプリを終了していれば、編集できる状態で開き直します。</source>
        <translation>If the person using the database has closed the app, opens it again for editing.</translation>
    </message>
    <message>
        <source>〔読み取り専用〕 {0} 表示だけができ、変更は保存できません。</source>
        <translation>[read-only] {0} You can view the data, but changes cannot be saved.</translation>
    </message>
</context>
<context>
    <name>ReadOnlyMode</name>
    <message>
        <source>ファイルが読み取り専用のため、読み取り専用で開いています。</source>
        <translation>The file is read-only, so it is open read-only.</translation>
    </message>
    <message>
        <source>{0}が使用中のため、読み取り専用で開いています。</source>
        <translation>{0} is using it, so it is open read-only.</translation>
    </message>
    <message>
        <source>フォルダーに書き込めないため、読み取り専用で開いています。</source>
        <translation>The folder cannot be written, so the database is open read-only.</translation>
    </message>
    <message>
        <source>使用中のデータベースを引き継ぐ</source>
        <translation>Take over a database in use</translation>
    </message>
    <message>
        <source>{0}のアプリがまだ動いている場合、引き継ぐとそのアプリは読み取り専用に切り替わり、まだ保存していない入力は保存できなくなります。
引き継いで編集しますか？</source>
        <translation>If the app of {0} is still running, taking over switches that app to read-only, and input it has not saved yet can no longer be saved.
Take over and edit?</translation>
    </message>
    <message>
        <source>ほかのパソコンで編集が引き継がれたため、読み取り専用に切り替えました。</source>
        <translation>Editing was taken over on another computer, so this window switched to read-only.</translation>
    </message>
    <message>
        <source>読み取り専用に切り替えました</source>
        <translation>Switched to read-only</translation>
    </message>
    <message>
        <source>このデータベースの編集が、ほかのパソコンで引き継がれました。二重に保存しないよう、このウィンドウは読み取り専用に切り替えました。編集を続けるには、相手がアプリを終了してから「編集を再開」を押してください。</source>
        <translation>Editing of this database was taken over on another computer. To avoid saving twice, this window switched to read-only. To continue editing, wait until the other person has closed the app, then press &quot;Resume editing&quot;.</translation>
    </message>
    <message>
        <source>処理を完了できませんでした</source>
        <translation>The operation could not be completed</translation>
    </message>
</context>
<context>
    <name>ReasonList</name>
    <message>
        <source>市町村のページで入力…</source>
        <translation>Enter on the municipalities page…</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>会議資料の印刷・出力</source>
        <translation>Print or export the meeting summary</translation>
    </message>
    <message>
        <source>協定書（案）・規約（案）の出力</source>
        <translation>Export an agreement draft</translation>
    </message>
    <message>
        <source>印刷プレビュー(&amp;V)…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <source>PDFに保存(&amp;P)…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>Wordで保存(&amp;W)…</source>
        <translation>Save as &amp;Word…</translation>
    </message>
    <message>
        <source>閉じる</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>すべて(&amp;A)</source>
        <translation>&amp;All</translation>
    </message>
    <message>
        <source>選んだ内容だけ(&amp;S)</source>
        <translation>&amp;Selected content only</translation>
    </message>
    <message>
        <source>概要(&amp;O)</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>事務カタログ(&amp;T)</source>
        <translation>Du&amp;ty catalogue</translation>
    </message>
    <message>
        <source>連携案(&amp;L)</source>
        <translation>P&amp;lans</translation>
    </message>
    <message>
        <source>グラフ(&amp;G)</source>
        <translation>&amp;Graphs</translation>
    </message>
    <message>
        <source>協定・規約(&amp;K)</source>
        <translation>Agreements (&amp;K)</translation>
    </message>
    <message>
        <source>載せる項目:</source>
        <translation>Sections:</translation>
    </message>
    <message>
        <source>すべての分野</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>分野(&amp;B):</source>
        <translation>Category (&amp;B):</translation>
    </message>
    <message>
        <source>指定しない</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>相手団体(&amp;R):</source>
        <translation>Pa&amp;rtner:</translation>
    </message>
    <message>
        <source>採用案だけ(&amp;C)</source>
        <translation>&amp;Chosen plans only</translation>
    </message>
    <message>
        <source>（採用案）</source>
        <translation> (chosen)</translation>
    </message>
    <message>
        <source>事務</source>
        <translation>Duty</translation>
    </message>
    <message>
        <source>連携案</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>協定・規約</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>チェックがない一覧は絞り込みません。条件はすべて満たすものが載ります。</source>
        <translation>A list with nothing ticked does not filter. Only what meets every condition is included.</translation>
    </message>
    <message>
        <source>協定・規約(&amp;G):</source>
        <translation>A&amp;greement:</translation>
    </message>
    <message>
        <source>連携案の負担割合を別表として付ける(&amp;B)</source>
        <translation>Attach the plan&apos;s cost shares as an appendix (&amp;B)</translation>
    </message>
    <message>
        <source>協定・規約がまだありません。「協定・規約」のページで作成してから出力してください。</source>
        <translation>There are no agreements yet. Create one on the Agreements page first.</translation>
    </message>
    <message>
        <source>見出し（各ページの上に印刷）</source>
        <translation>Header (printed at the top of every page)</translation>
    </message>
    <message>
        <source>資料番号(&amp;N):</source>
        <translation>Document &amp;number:</translation>
    </message>
    <message>
        <source>例: 資料1</source>
        <translation>e.g. 資料1</translation>
    </message>
    <message>
        <source>会議名(&amp;M):</source>
        <translation>&amp;Meeting:</translation>
    </message>
    <message>
        <source>例: 南信州広域連携推進会議</source>
        <translation>e.g. 南信州広域連携推進会議</translation>
    </message>
    <message>
        <source>作成日(&amp;D):</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>例: 令和8年11月27日、2026-11-27</source>
        <translation>e.g. 27 November 2026, 2026-11-27</translation>
    </message>
    <message>
        <source>西暦を括弧で併記する(&amp;Y)</source>
        <translation>Add the Western &amp;year in brackets</translation>
    </message>
    <message>
        <source>担当課(&amp;E):</source>
        <translation>D&amp;epartment:</translation>
    </message>
    <message>
        <source>A4 縦</source>
        <translation>A4 portrait</translation>
    </message>
    <message>
        <source>A4 横（幅の広い表に）</source>
        <translation>A4 landscape (for wide tables)</translation>
    </message>
    <message>
        <source>用紙の向き(&amp;I):</source>
        <translation>Or&amp;ientation:</translation>
    </message>
    <message>
        <source>文書の言語(&amp;U):</source>
        <translation>Doc&amp;ument language:</translation>
    </message>
    <message>
        <source>作成日の形式が正しくありません。例: 令和8年11月27日、2026-11-27</source>
        <translation>The date is not in a valid format. Example: 27 November 2026, 2026-11-27</translation>
    </message>
    <message>
        <source>作成日を入力してください。</source>
        <translation>Please enter the date.</translation>
    </message>
    <message>
        <source>作成日は昭和元年（1926年12月25日）以降の日付にしてください。</source>
        <translation>The date must be on or after 25 December 1926 (Shōwa 1).</translation>
    </message>
    <message>
        <source>印刷される作成日: {0}</source>
        <translation>Date as printed: {0}</translation>
    </message>
    <message>
        <source>資料を作成できません</source>
        <translation>Cannot create the document</translation>
    </message>
    <message>
        <source>{0}の翻訳ファイル（{1}）が見つかりません。アプリを入れ直してください。</source>
        <translation>The {0} translation file ({1}) was not found. Please reinstall the application.</translation>
    </message>
    <message>
        <source>自治体が設定されていません。「設定 → 自治体と担当課」で設定してください。</source>
        <translation>No municipality is set. Set it under Settings → Municipality and department.</translation>
    </message>
    <message>
        <source>協定・規約（番号 {0}）が見つかりません。ほかの操作で削除された可能性があります。</source>
        <translation>Agreement no. {0} was not found. It may have been deleted by another operation.</translation>
    </message>
    <message>
        <source>印刷プレビュー: {0}</source>
        <translation>Print preview: {0}</translation>
    </message>
    <message>
        <source>PDFに保存</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF ファイル (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>保存できません</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>ファイル「{0}」に書き込めません（{1}）。</source>
        <translation>Cannot write the file &quot;{0}&quot; ({1}).</translation>
    </message>
    <message>
        <source>PDFに保存しました（{0}ページ）: {1}</source>
        <translation>Saved as PDF ({0} pages): {1}</translation>
    </message>
    <message>
        <source>Wordで保存</source>
        <translation>Save as Word</translation>
    </message>
    <message>
        <source>Word 文書 (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>Word 文書に保存しました: {0}</source>
        <translation>Saved as a Word document: {0}</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>取り込みの結果</source>
        <translation>Import result</translation>
    </message>
    <message>
        <source>注意と、取り込まなかった行の理由(&amp;L):</source>
        <translation>Warnings and why rows were not imported (&amp;L):</translation>
    </message>
    <message>
        <source>取り込みました: 追加 {0}件、更新 {1}件、変更なし {2}件、取り込まなかった行 {3}行</source>
        <translation>Imported: {0} added, {1} updated, {2} unchanged, {3} rows not imported</translation>
    </message>
    <message>
        <source>事務カタログと市町村のページは新しい内容で表示し直しました。取り込みは「元に戻す」では取り消せません。</source>
        <translation>The catalogue and municipality pages now show the new data. An import cannot be reversed with Undo.</translation>
    </message>
</context>
<context>
    <name>ReportTerms</name>
    <message>
        <source>代表団体</source>
        <translation>Representative body</translation>
    </message>
    <message>
        <source>幹事団体</source>
        <translation>Coordinating body</translation>
    </message>
    <message>
        <source>受託団体</source>
        <translation>Trustee</translation>
    </message>
    <message>
        <source>代替執行団体</source>
        <translation>Substitute executor</translation>
    </message>
    <message>
        <source>連携団体</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>構成団体</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>委託団体</source>
        <translation>Entrusting body</translation>
    </message>
    <message>
        <source>要請団体</source>
        <translation>Requesting body</translation>
    </message>
    <message>
        <source>届出</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>許可</source>
        <translation>Permission</translation>
    </message>
    <message>
        <source>不要</source>
        <translation>Not required</translation>
    </message>
    <message>
        <source>総務大臣</source>
        <translation>Minister for Internal Affairs and Communications</translation>
    </message>
    <message>
        <source>都道府県知事</source>
        <translation>Prefectural Governor</translation>
    </message>
    <message>
        <source>協議</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>協約案の作成</source>
        <translation>Drafting of the agreement</translation>
    </message>
    <message>
        <source>規約案の作成</source>
        <translation>Drafting of the rules</translation>
    </message>
    <message>
        <source>議会の議決</source>
        <translation>Council resolution</translation>
    </message>
    <message>
        <source>締結</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>告示</source>
        <translation>Public notice</translation>
    </message>
    <message>
        <source>未着手</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>進行中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>完了</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>見直し期限</source>
        <translation>Review deadline</translation>
    </message>
    <message>
        <source>期間満了</source>
        <translation>End of term</translation>
    </message>
    <message>
        <source>甲</source>
        <translation>Party A</translation>
    </message>
    <message>
        <source>乙</source>
        <translation>Party B</translation>
    </message>
    <message>
        <source>丙</source>
        <translation>Party C</translation>
    </message>
    <message>
        <source>丁</source>
        <translation>Party D</translation>
    </message>
    <message>
        <source>戊</source>
        <translation>Party E</translation>
    </message>
    <message>
        <source>己</source>
        <translation>Party F</translation>
    </message>
    <message>
        <source>庚</source>
        <translation>Party G</translation>
    </message>
    <message>
        <source>辛</source>
        <translation>Party H</translation>
    </message>
    <message>
        <source>壬</source>
        <translation>Party I</translation>
    </message>
    <message>
        <source>癸</source>
        <translation>Party J</translation>
    </message>
    <message>
        <source>{0}知事</source>
        <translation>Governor of {0}</translation>
    </message>
    <message>
        <source>{0}長</source>
        <translation>Mayor of {0}</translation>
    </message>
    <message>
        <source>福祉・保健</source>
        <translation>Welfare &amp; health</translation>
    </message>
    <message>
        <source>医療</source>
        <translation>Medical care</translation>
    </message>
    <message>
        <source>子育て・教育</source>
        <translation>Childcare &amp; education</translation>
    </message>
    <message>
        <source>環境衛生</source>
        <translation>Environment &amp; sanitation</translation>
    </message>
    <message>
        <source>インフラ維持</source>
        <translation>Infrastructure upkeep</translation>
    </message>
    <message>
        <source>防災・消防</source>
        <translation>Disaster prevention &amp; fire</translation>
    </message>
    <message>
        <source>企画・地域振興</source>
        <translation>Planning &amp; regional promotion</translation>
    </message>
    <message>
        <source>総務・人事・税</source>
        <translation>General affairs, HR &amp; tax</translation>
    </message>
    <message>
        <source>情報化</source>
        <translation>Information systems</translation>
    </message>
    <message>
        <source>その他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>検討中</source>
        <translation>Under consideration</translation>
    </message>
    <message>
        <source>協議中</source>
        <translation>In consultation</translation>
    </message>
    <message>
        <source>合意</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>運用中</source>
        <translation>In operation</translation>
    </message>
    <message>
        <source>見直し</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>終了</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>高</source>
        <translation>High</translation>
    </message>
    <message>
        <source>中</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>低</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>連携協約</source>
        <translation>cooperation agreement (renkei kyōyaku)</translation>
    </message>
    <message>
        <source>協議会</source>
        <translation>Council</translation>
    </message>
    <message>
        <source>機関等の共同設置</source>
        <translation>Joint establishment of bodies</translation>
    </message>
    <message>
        <source>事務の委託</source>
        <translation>Entrustment of affairs</translation>
    </message>
    <message>
        <source>事務の代替執行</source>
        <translation>Substitute execution of affairs</translation>
    </message>
    <message>
        <source>一部事務組合</source>
        <translation>Partial-affairs association</translation>
    </message>
    <message>
        <source>広域連合</source>
        <translation>Wide-area union</translation>
    </message>
    <message>
        <source>協定</source>
        <translation>agreement</translation>
    </message>
    <message>
        <source>管理執行</source>
        <translation>Management and execution</translation>
    </message>
    <message>
        <source>連絡調整</source>
        <translation>Liaison and coordination</translation>
    </message>
    <message>
        <source>計画作成</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>不採用</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>規約（協議会）</source>
        <translation>Rules (council)</translation>
    </message>
    <message>
        <source>規約（機関等の共同設置）</source>
        <translation>Rules (joint establishment of bodies)</translation>
    </message>
    <message>
        <source>規約（事務の委託）</source>
        <translation>Rules (entrustment of affairs)</translation>
    </message>
    <message>
        <source>規約（事務の代替執行）</source>
        <translation>Rules (substitute execution of affairs)</translation>
    </message>
    <message>
        <source>規約（一部事務組合）</source>
        <translation>Rules (partial-affairs association)</translation>
    </message>
    <message>
        <source>規約（広域連合）</source>
        <translation>Rules (wide-area union)</translation>
    </message>
    <message>
        <source>定住自立圏形成協定</source>
        <translation>Settlement and self-reliance area agreement</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>（協議の上記入）</source>
        <translation>(to be filled in after consultation)</translation>
    </message>
    <message>
        <source>日本語</source>
        <comment>the language of printed documents, by its own name (English)</comment>
        <translation>English</translation>
    </message>
    <message>
        <source>（単位:千円）</source>
        <translation>(Unit: thousand yen)</translation>
    </message>
    <message>
        <source>単位:千円、表示単位未満四捨五入のため合計が一致しない場合がある。</source>
        <translation>Unit: thousand yen. Figures are rounded to the unit shown, so totals may not add up exactly.</translation>
    </message>
    <message>
        <source>{0}（続き）</source>
        <translation>{0} (continued)</translation>
    </message>
    <message>
        <source>{0}の長</source>
        <translation>Head of {0}</translation>
    </message>
    <message>
        <source>{0}{1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>{0}、{1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>{0}及び{1}</source>
        <translation>{0} and {1}</translation>
    </message>
    <message>
        <source>{0}又は{1}</source>
        <translation>{0} or {1}</translation>
    </message>
    <message>
        <source>広域連携の検討状況について</source>
        <translation>Wide-Area Cooperation: Where We Stand</translation>
    </message>
    <message>
        <source>概要</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>事務カタログ</source>
        <translation>Duty catalogue</translation>
    </message>
    <message>
        <source>連携案</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>グラフ</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>協定・規約</source>
        <translation>Agreements and rules</translation>
    </message>
    <message>
        <source>{0}&#x3000;{1}</source>
        <translation>{0}. {1}</translation>
    </message>
    <message>
        <source>なし</source>
        <translation>none</translation>
    </message>
    <message>
        <source>{0}（{1}団体）</source>
        <translation>{0} ({1} bodies)</translation>
    </message>
    <message>
        <source>{0} {1}件</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>○&#x3000;対象団体: {0}（{1}現在）</source>
        <translation>• Municipality: {0} (as of {1})</translation>
    </message>
    <message>
        <source>○&#x3000;事務カタログ: {0}事務（年間経費 計{1}千円、業務量 計{2}人工）</source>
        <translation>• Duty catalogue: {0} duties (annual cost {1} thousand yen and workload {2} person-years in total)</translation>
    </message>
    <message>
        <source>○&#x3000;連携を要する事務: {0}事務（不足人数 計{1}人、緊急度「高」{2}事務）</source>
        <translation>• Duties needing cooperation: {0} (staff shortfall {1} in total; {2} of high urgency)</translation>
    </message>
    <message>
        <source>○&#x3000;連携案: {0}件（うち採用案{1}件）</source>
        <translation>• Plans: {0} ({1} chosen)</translation>
    </message>
    <message>
        <source>○&#x3000;採用案の相手団体: {0}</source>
        <translation>• Partners in the chosen plans: {0}</translation>
    </message>
    <message>
        <source>○&#x3000;採用案の連携の方法: {0}</source>
        <translation>• Methods of the chosen plans: {0}</translation>
    </message>
    <message>
        <source>○&#x3000;協定・規約: {0}件（見直し期限・期間満了が{1}のもの {2}件）</source>
        <translation>• Agreements and rules: {0} ({2} with a review deadline or end of term {1})</translation>
    </message>
    <message>
        <source>連携前は採用案のある{0}事務の年間経費・業務量の合計、連携後は採用案による{1}の負担額・業務量の合計。</source>
        <translation>Before: the total annual cost and workload of the {0} duties with a chosen plan. After: the cost and workload borne by {1} under the chosen plans.</translation>
    </message>
    <message>
        <source>配分が確定していない案（{0}）は連携前の値で計上している。</source>
        <translation>Plans whose split is not settled ({0}) are counted at their values before cooperation.</translation>
    </message>
    <message>
        <source>項目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>連携前</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>連携後</source>
        <translation>After</translation>
    </message>
    <message>
        <source>増減</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>年間経費（千円）</source>
        <translation>Annual cost (thousand yen)</translation>
    </message>
    <message>
        <source>業務量（人工）</source>
        <translation>Workload (person-years)</translation>
    </message>
    <message>
        <source>連携の効果（{0}の負担）</source>
        <translation>Effect of cooperation (burden on {0})</translation>
    </message>
    <message>
        <source>（経費の単位:千円、業務量の単位:人工）</source>
        <translation>(Cost: thousand yen; workload: person-years)</translation>
    </message>
    <message>
        <source>検討中（案{0}件）</source>
        <translation>Under consideration ({0} plans)</translation>
    </message>
    <message>
        <source>未検討</source>
        <translation>Not yet considered</translation>
    </message>
    <message>
        <source>事務名</source>
        <translation>Duty</translation>
    </message>
    <message>
        <source>分野</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>緊急度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>不足人数</source>
        <translation>Staff shortfall</translation>
    </message>
    <message>
        <source>採用案の方法</source>
        <translation>Method of the chosen plan</translation>
    </message>
    <message>
        <source>相手団体</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>該当なし</source>
        <translation>None</translation>
    </message>
    <message>
        <source>連携を要する事務</source>
        <translation>Duties needing cooperation</translation>
    </message>
    <message>
        <source>ほか{0}事務は「事務カタログ」を参照。</source>
        <translation>For the other {0} duties, see the duty catalogue.</translation>
    </message>
    <message>
        <source>緊急度の高い順、同じ緊急度では不足人数の多い順。</source>
        <translation>Ordered by urgency, then by staff shortfall.</translation>
    </message>
    <message>
        <source>{0}年以内</source>
        <translation>within {0} year(s)</translation>
    </message>
    <message>
        <source>{0}日以内</source>
        <translation>within {0} days</translation>
    </message>
    <message>
        <source>合計（{0}事務）</source>
        <translation>Total ({0} duties)</translation>
    </message>
    <message>
        <source>{0}が事務カタログに登録している事務の一覧（{1}現在）。</source>
        <translation>The duties {0} has registered in its duty catalogue (as of {1}).</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>状況</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>業務量
（人工）</source>
        <translation>Workload
(person-years)</translation>
    </message>
    <message>
        <source>年間経費
（千円）</source>
        <translation>Annual cost
(thousand yen)</translation>
    </message>
    <message>
        <source>連携の方法
（候補）</source>
        <translation>Methods
(candidates)</translation>
    </message>
    <message>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{method}&#x3000;{article}</source>
        <translation>{method} ({article})</translation>
    </message>
    <message>
        <source>必要（{0}団体それぞれの議会）&#x3000;{1}</source>
        <translation>Required (the council of each of the {0} parties): {1}</translation>
    </message>
    <message>
        <source>不要（法律上の手続なし）</source>
        <translation>Not required (no statutory procedure)</translation>
    </message>
    <message>
        <source>不要（地方自治法第252条の2の2第3項ただし書）</source>
        <translation>Not required (proviso to Article 252-2-2, paragraph 3 of the Local Autonomy Act)</translation>
    </message>
    <message>
        <source>{0}の許可</source>
        <translation>Permission of the {0}</translation>
    </message>
    <message>
        <source>{0}への{1}</source>
        <translation>{1} to the {0}</translation>
    </message>
    <message>
        <source>完了 {0}／{1}</source>
        <translation>{0} of {1} done</translation>
    </message>
    <message>
        <source>&#x3000;次の手続: {0}</source>
        <translation>; next: {0}</translation>
    </message>
    <message>
        <source>{0}（採用案）</source>
        <translation>{0} (chosen plan)</translation>
    </message>
    <message>
        <source>対象事務</source>
        <translation>Duty</translation>
    </message>
    <message>
        <source>連携の方法</source>
        <translation>Cooperation method</translation>
    </message>
    <message>
        <source>幹事・代表</source>
        <translation>Lead body</translation>
    </message>
    <message>
        <source>案の状況</source>
        <translation>Status of the plan</translation>
    </message>
    <message>
        <source>議会の議決</source>
        <translation>Council resolution</translation>
    </message>
    <message>
        <source>届出・許可</source>
        <translation>Notification / permission</translation>
    </message>
    <message>
        <source>手続の進捗</source>
        <translation>Progress of the procedure</translation>
    </message>
    <message>
        <source>備考</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>区分</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>団体</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>立場</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>役割</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>当事者と役割</source>
        <translation>Parties and roles</translation>
    </message>
    <message>
        <source>取組</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>{0}（{1}）の役割</source>
        <translation>Role of {0} ({1})</translation>
    </message>
    <message>
        <source>{0}の役割</source>
        <translation>Role of {0}</translation>
    </message>
    <message>
        <source>手続</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>団体・相手方</source>
        <translation>Body / authority</translation>
    </message>
    <message>
        <source>日付</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>メモ</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>手続の状況</source>
        <translation>Procedure status</translation>
    </message>
    <message>
        <source>第{0}条</source>
        <translation>Article {0}</translation>
    </message>
    <message>
        <source>{0}第{1}項</source>
        <translation>{0}, paragraph {1}</translation>
    </message>
    <message>
        <source>地方自治法{0}</source>
        <translation>{0} of the Local Autonomy Act</translation>
    </message>
    <message>
        <source>負担の配分</source>
        <translation>Cost sharing</translation>
    </message>
    <message>
        <source>合計</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>割合</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>未設定</source>
        <translation>No rule</translation>
    </message>
    <message>
        <source>算定不可</source>
        <translation>Not computable</translation>
    </message>
    <message>
        <source>総額</source>
        <translation>Gross total</translation>
    </message>
    <message>
        <source>特定財源</source>
        <translation>Specific revenue</translation>
    </message>
    <message>
        <source>配分対象額</source>
        <translation>Amount shared</translation>
    </message>
    <message>
        <source>業務量</source>
        <translation>Workload</translation>
    </message>
    <message>
        <source>※「{0}」は配分ルールが未設定のため算定していない。</source>
        <translation>* &quot;{0}&quot; is not computed: it has no sharing rule yet.</translation>
    </message>
    <message>
        <source>※「{0}」は基礎数値の不足等により算定できない。</source>
        <translation>* &quot;{0}&quot; cannot be computed: base figures are missing or invalid.</translation>
    </message>
    <message>
        <source>割合は算定できた費用項目の配分対象額の合計に対する割合。</source>
        <translation>Shares are of the total amount shared of the cost items that could be computed.</translation>
    </message>
    <message>
        <source>対象となる連携案はない。</source>
        <translation>There are no plans to report.</translation>
    </message>
    <message>
        <source>事務ごとに検討している連携案（{0}件、うち採用案{1}件）の内容は次のとおり。</source>
        <translation>The plans under consideration for each duty ({0}, of which {1} chosen) are as follows.</translation>
    </message>
    <message>
        <source>（{0}）{1}【採用案】</source>
        <translation>({0}) {1} [chosen plan]</translation>
    </message>
    <message>
        <source>（{0}）{1}</source>
        <translation>({0}) {1}</translation>
    </message>
    <message>
        <source>連携する取組と役割分担</source>
        <translation>Joint initiatives and roles</translation>
    </message>
    <message>
        <source>表示できるグラフはない（採用した連携案と配分ルールを設定すると表示される）。</source>
        <translation>There are no charts to show (they appear once plans are chosen and sharing rules are set).</translation>
    </message>
    <message>
        <source>図{0}&#x3000;{1}</source>
        <translation>Figure {0}: {1}</translation>
    </message>
    <message>
        <source>● 施行中</source>
        <translation>● In force</translation>
    </message>
    <message>
        <source>× 廃止</source>
        <translation>× Abolished</translation>
    </message>
    <message>
        <source>○ 未施行</source>
        <translation>○ Not yet in force</translation>
    </message>
    <message>
        <source>対象となる協定・規約はない。</source>
        <translation>There are no agreements or rules to report.</translation>
    </message>
    <message>
        <source>（期間満了 {0}）</source>
        <translation>(end of term {0})</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>種類</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>当事者</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>施行日</source>
        <translation>In force from</translation>
    </message>
    <message>
        <source>見直し期限</source>
        <translation>Review deadline</translation>
    </message>
    <message>
        <source>協定・規約の一覧</source>
        <translation>List of agreements and rules</translation>
    </message>
    <message>
        <source>状況は{0}時点。●施行中、○未施行、×廃止。</source>
        <translation>Status as of {0}: ● in force, ○ not yet in force, × abolished.</translation>
    </message>
    <message>
        <source>あと{0}日</source>
        <translation>{0} days left</translation>
    </message>
    <message>
        <source>{0}日経過</source>
        <translation>{0} days overdue</translation>
    </message>
    <message>
        <source>事由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>残り日数</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>見直し・期間満了が近いもの（{0}）</source>
        <translation>Reviews and ends of term coming up ({0})</translation>
    </message>
    <message>
        <source>見直し期限・期間満了が{0}に来るものはない。</source>
        <translation>No review deadline or end of term falls {0}.</translation>
    </message>
</context>
<context>
    <name>ReviewsBanner</name>
    <message>
        <source>ほか{0}件は「協定・規約」のページで確認できます。</source>
        <translation>{0} more can be seen on the Agreements page.</translation>
    </message>
    <message>
        <source>期間満了が近い協定があります</source>
        <translation>An agreement&apos;s term ends soon</translation>
    </message>
    <message>
        <source>期間満了を過ぎた協定があります</source>
        <translation>An agreement&apos;s term has ended</translation>
    </message>
    <message>
        <source>見直し期限が近い協定があります</source>
        <translation>An agreement is due for review soon</translation>
    </message>
    <message>
        <source>見直し期限を過ぎた協定があります</source>
        <translation>An agreement is overdue for review</translation>
    </message>
    <message>
        <source>{0}: {1} {2}（{3}）</source>
        <translation>{0}: {1} {2} ({3})</translation>
    </message>
    <message>
        <source>開く(&amp;O)</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>開く: {0}</source>
        <translation>Open: {0}</translation>
    </message>
    <message>
        <source>「協定・規約」のページでこの協定を表示します</source>
        <translation>Show this agreement on the Agreements page</translation>
    </message>
</context>
<context>
    <name>RoleTableModel</name>
    <message>
        <source>取組</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>{0}の役割</source>
        <translation>Role of {0}</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>初期設定 — 自治体の選択</source>
        <translation>Initial setup — Select your municipality</translation>
    </message>
    <message>
        <source>自治体と担当課の設定</source>
        <translation>Municipality and department</translation>
    </message>
    <message>
        <source>この台帳を使う自治体を選んでください。漢字・かな・コードで検索でき、都道府県で絞り込めます。都道府県の市町村課の方は都道府県を選ぶこともできます。設定はあとから「設定 → 自治体と担当課」で変更できます。</source>
        <translation>Select the municipality that will use this register. You can search by kanji, kana or code and filter by prefecture. Staff of a prefecture&apos;s municipal affairs division can select the prefecture itself. You can change this later under Settings → Municipality and department.</translation>
    </message>
    <message>
        <source>例: 企画課</source>
        <translation>e.g. Planning Department</translation>
    </message>
    <message>
        <source>選択中の自治体:</source>
        <translation>Selected municipality:</translation>
    </message>
    <message>
        <source>担当課(&amp;D):</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>氏名(&amp;N):</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>この自治体で始める</source>
        <translation>Start with this municipality</translation>
    </message>
    <message>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>（一覧から選んでください）</source>
        <translation>(select one from the list)</translation>
    </message>
    <message>
        <source>{0}&#x3000;（{1}・{2}）</source>
        <translation>{0} ({1}, {2})</translation>
    </message>
    <message>
        <source>⚠ 自治体を一覧から選んでください。</source>
        <translation>⚠ Please select a municipality from the list.</translation>
    </message>
</context>
<context>
    <name>ShareTable</name>
    <message>
        <source>団体</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>{0}（千円）</source>
        <translation>{0} (thousand yen)</translation>
    </message>
    <message>
        <source>{0}（配分ルール未設定）</source>
        <translation>{0} (no sharing rule yet)</translation>
    </message>
    <message>
        <source>{0}（計算できません）</source>
        <translation>{0} (cannot be computed)</translation>
    </message>
    <message>
        <source>負担額計（千円）</source>
        <translation>Total burden (thousand yen)</translation>
    </message>
    <message>
        <source>業務量（人工）</source>
        <translation>Workload (person-years)</translation>
    </message>
    <message>
        <source>合計</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>★ {0}（自団体）</source>
        <translation>★ {0} (home)</translation>
    </message>
    <message>
        <source>配分ルール未設定</source>
        <translation>No sharing rule yet</translation>
    </message>
    <message>
        <source>{0}: {1}円</source>
        <translation>{0}: {1} yen</translation>
    </message>
    <message>
        <source>定額: {0}円</source>
        <translation>Fixed amount: {0} yen</translation>
    </message>
    <message>
        <source>負担額: {0}円</source>
        <translation>Burden: {0} yen</translation>
    </message>
    <message>
        <source>団体別の負担(&amp;W):</source>
        <translation>Burden per party (&amp;W):</translation>
    </message>
    <message>
        <source>「{0}」</source>
        <translation>“{0}”</translation>
    </message>
    <message>
        <source>⚠ {0}: {1}</source>
        <translation>⚠ {0}: {1}</translation>
    </message>
    <message>
        <source>配分ルール未設定: {0}（ルールを決めると負担額が計算されます）</source>
        <translation>No sharing rule yet: {0} (the burdens are computed once a rule is set)</translation>
    </message>
</context>
<context>
    <name>ShareTexts</name>
    <message>
        <source>均等割</source>
        <translation>Equal share</translation>
    </message>
    <message>
        <source>人口割</source>
        <translation>By population</translation>
    </message>
    <message>
        <source>高齢者人口割</source>
        <translation>By elderly population</translation>
    </message>
    <message>
        <source>利用割/実績割</source>
        <translation>By usage / actual results</translation>
    </message>
    <message>
        <source>職員数割</source>
        <translation>By number of staff</translation>
    </message>
    <message>
        <source>基準財政需要額割</source>
        <translation>By standard fiscal need</translation>
    </message>
    <message>
        <source>所在地負担</source>
        <translation>Host pays</translation>
    </message>
    <message>
        <source>協議により別に定める</source>
        <translation>As agreed separately</translation>
    </message>
    <message>
        <source>定額</source>
        <translation>Fixed amount</translation>
    </message>
    <message>
        <source>各団体が同じ額を負担します。団体ごとに重みを付けることもできます（例: 町村は市の0.5）。</source>
        <translation>Each party bears the same amount. Parties can be weighted (e.g. a town or village counts 0.5 of a city).</translation>
    </message>
    <message>
        <source>各団体の人口に比例して負担します。市町村の統計の最新の人口（基準日・出典つき）を使います。</source>
        <translation>Shared in proportion to each party&apos;s population, using the latest population in the municipality statistics (with reference date and source).</translation>
    </message>
    <message>
        <source>各団体の65歳以上人口に比例して負担します。市町村の統計の最新値を使います。</source>
        <translation>Shared in proportion to each party&apos;s population aged 65 and over, using the latest municipality statistics.</translation>
    </message>
    <message>
        <source>各団体の利用量・実績（搬入量、審査件数など）に比例して負担します。値は団体ごとにここで入力します。</source>
        <translation>Shared in proportion to each party&apos;s usage or results (waste delivered, cases reviewed …). Enter each party&apos;s value here.</translation>
    </message>
    <message>
        <source>各団体の職員数に比例して負担します。市町村の統計の最新値を使います。</source>
        <translation>Shared in proportion to each party&apos;s number of staff, using the latest municipality statistics.</translation>
    </message>
    <message>
        <source>各団体の基準財政需要額に比例して負担します。市町村の統計の最新値を使います。</source>
        <translation>Shared in proportion to each party&apos;s standard fiscal need, using the latest municipality statistics.</translation>
    </message>
    <message>
        <source>施設の所在する団体が、この割合の全額を負担します。</source>
        <translation>The party where the facility is located bears all of this part.</translation>
    </message>
    <message>
        <source>協議で決めた各団体の負担割合（合計100%）で負担します。</source>
        <translation>Shared by the percentages the parties agreed (adding up to 100%).</translation>
    </message>
    <message>
        <source>1円未満切り捨て</source>
        <translation>Round down to the yen</translation>
    </message>
    <message>
        <source>1円未満四捨五入</source>
        <translation>Round half up to the yen</translation>
    </message>
    <message>
        <source>各団体の額をまず1円未満切り捨てにし、残った円を下の「端数の負担」の決まりで配ります。</source>
        <translation>Each party&apos;s amount is first rounded down to the yen; the yen left over are given out by the “Remainder” rule below.</translation>
    </message>
    <message>
        <source>各団体の額をまず1円未満四捨五入にし、合計との差（増えた分または足りない分）を下の「端数の負担」の決まりで調整します。</source>
        <translation>Each party&apos;s amount is first rounded half up to the yen; the difference from the total (too much or too little) is settled by the “Remainder” rule below.</translation>
    </message>
    <message>
        <source>端数の大きい団体から1円ずつ</source>
        <translation>One yen each to the largest fractions</translation>
    </message>
    <message>
        <source>端数は幹事（代表）団体の負担</source>
        <translation>Remainder borne by the lead party</translation>
    </message>
    <message>
        <source>端数は基礎数値の最も大きい団体の負担</source>
        <translation>Remainder borne by the party with the largest figure</translation>
    </message>
    <message>
        <source>切り捨てた端数の大きい団体から順に1円ずつ配ります（同じときは先に並ぶ団体）。どの団体も、計算上の額との差は1円未満です。</source>
        <translation>One yen each goes to the parties whose rounded-off fractions are largest (on a tie, the party listed first). No party is more than one yen from its exact amount.</translation>
    </message>
    <message>
        <source>端数処理で生じた差額は、区分ごとにすべて幹事（代表）団体が負担します（規約の「端数は幹事団体の負担とする」）。</source>
        <translation>The difference left by rounding is borne entirely by the lead party, component by component (the rules&apos; “the remainder is borne by the lead party”).</translation>
    </message>
    <message>
        <source>端数処理で生じた差額は、区分ごとに基礎数値の最も大きい団体が負担します（同じときは先に並ぶ団体）。</source>
        <translation>The difference left by rounding is borne, component by component, by the party with the largest figure (on a tie, the party listed first).</translation>
    </message>
    <message>
        <source>単位:千円、表示単位未満四捨五入のため合計が一致しない場合がある</source>
        <translation>Unit: thousand yen; rounded to the unit shown, so totals may not match</translation>
    </message>
    <message>
        <source>{party} の{figure}がありません（{basis}に必要です。0とはみなしません）。市町村の統計に入力してください。</source>
        <translation>{party} has no {figure} (needed for {basis}; it is not taken as zero). Enter it in the municipality statistics.</translation>
    </message>
    <message>
        <source>{party} の{figure}がありません（{basis}に必要です。0とはみなしません）。</source>
        <translation>{party} has no {figure} (needed for {basis}; it is not taken as zero).</translation>
    </message>
    <message>
        <source>{party} の協議による割合がありません。</source>
        <translation>{party} has no agreed percentage.</translation>
    </message>
    <message>
        <source>すべての団体の{figure}が0のため、{basis}では配分できません。</source>
        <translation>{figure} is zero for every party, so “{basis}” cannot be applied.</translation>
    </message>
    <message>
        <source>業務量の配分に使う費用項目のルールが定額だけのため、業務量（人工）は配分できません。業務量の配分ルールを決めてください。</source>
        <translation>The rule of the cost item the workload follows has fixed amounts only, so the workload (person-years) cannot be shared. Set a sharing rule for the workload.</translation>
    </message>
    <message>
        <source>配分基準</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>割合</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>基準</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>協議による割合</source>
        <translation>Agreed percentage</translation>
    </message>
    <message>
        <source>均等割の重み</source>
        <translation>Equal-share weight</translation>
    </message>
    <message>
        <source>所在団体</source>
        <translation>Host party</translation>
    </message>
    <message>
        <source>数値の名前</source>
        <translation>Figure name</translation>
    </message>
    <message>
        <source>基礎数値</source>
        <translation>Base figure</translation>
    </message>
    <message>
        <source>端数の処理</source>
        <translation>Rounding</translation>
    </message>
    <message>
        <source>端数の負担</source>
        <translation>Remainder</translation>
    </message>
    <message>
        <source>値</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>基準日</source>
        <translation>Reference date</translation>
    </message>
    <message>
        <source>出典</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>配分ルール</source>
        <translation>Sharing rule</translation>
    </message>
    <message>
        <source>業務量</source>
        <translation>Workload</translation>
    </message>
    <message>
        <source>参加団体</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>費用項目</source>
        <translation>Cost item</translation>
    </message>
    <message>
        <source>業務量の配分に使う費用項目</source>
        <translation>Cost item whose rule shares the workload</translation>
    </message>
    <message>
        <source>利用量</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
</context>
<context>
    <name>SharingPanel</name>
    <message>
        <source>負担の配分</source>
        <translation>Cost sharing</translation>
    </message>
    <message>
        <source>費用項目を選ぶと、その項目の負担の配分が表示されます。</source>
        <translation>Select a cost item to see how it is shared.</translation>
    </message>
    <message>
        <source>負担の配分: {0}</source>
        <translation>Cost sharing: {0}</translation>
    </message>
    <message>
        <source>配分する額（総額 − 特定財源）: {0} 千円。</source>
        <translation>Amount to share (total − specific revenue): ¥{0} thousand.</translation>
    </message>
    <message>
        <source>配分する額（総額 − 特定財源）: {0} 千円。均等割・人口割などの配分ルールを決めると、各団体の負担額がここに表示されます。</source>
        <translation>Amount to share (total − specific revenue): ¥{0} thousand. Once a sharing rule (equal share, population share …) is set, each party&apos;s share is shown here.</translation>
    </message>
</context>
<context>
    <name>SharingRuleEditor</name>
    <message>
        <source>団体</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>定額
（千円）</source>
        <translation>Fixed
(thousand yen)</translation>
    </message>
    <message>
        <source>定額
（人工）</source>
        <translation>Fixed
(person-years)</translation>
    </message>
    <message>
        <source>{0}
{1}%（千円）</source>
        <translation>{0}
{1}% (thousand yen)</translation>
    </message>
    <message>
        <source>{0}
{1}%（人工）</source>
        <translation>{0}
{1}% (person-years)</translation>
    </message>
    <message>
        <source>負担額
（千円）</source>
        <translation>Burden
(thousand yen)</translation>
    </message>
    <message>
        <source>負担額
（円）</source>
        <translation>Burden
(yen)</translation>
    </message>
    <message>
        <source>負担
（人工）</source>
        <translation>Share
(person-years)</translation>
    </message>
    <message>
        <source>割合
（%）</source>
        <translation>Share
(%)</translation>
    </message>
    <message>
        <source>合計</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>基礎数値</source>
        <translation>Base figure</translation>
    </message>
    <message>
        <source>値</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>基準日</source>
        <translation>Reference date</translation>
    </message>
    <message>
        <source>出典</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>⚠ なし</source>
        <translation>⚠ missing</translation>
    </message>
    <message>
        <source>業務量（人工）</source>
        <translation>Workload (person-years)</translation>
    </message>
    <message>
        <source>配分ルールの編集 — {0}「{1}」</source>
        <translation>Edit sharing rule — {0} “{1}”</translation>
    </message>
    <message>
        <source>費用項目「{0}」: 総額 {1} 千円 − 特定財源 {2} 千円 ＝ 配分する額 {3} 千円（{4} 円）</source>
        <translation>Cost item “{0}”: total {1} thousand yen − specific revenue {2} thousand yen = {3} thousand yen to share ({4} yen)</translation>
    </message>
    <message>
        <source>業務量: {0} 人工を参加団体で分担します（0.01人工単位）。</source>
        <translation>Workload: {0} person-years shared among the parties (in hundredths of a person-year).</translation>
    </message>
    <message>
        <source>いまは費用項目「{0}」のルール（定額を除く）で分担しています。保存すると業務量だけのルールになります。</source>
        <translation>It is now shared by the rule of cost item “{0}” (without its fixed amounts). Saving gives the workload a rule of its own.</translation>
    </message>
    <message>
        <source>配分基準と割合</source>
        <translation>Components and weights</translation>
    </message>
    <message>
        <source>配分基準がありません。「基準を追加」で均等割・人口割などを加えてください。</source>
        <translation>No components yet. Use “Add component” to add an equal share, a population share and so on.</translation>
    </message>
    <message>
        <source>基準を追加(&amp;A)</source>
        <translation>&amp;Add component</translation>
    </message>
    <message>
        <source>円</source>
        <translation>yen</translation>
    </message>
    <message>
        <source>人工</source>
        <translation>person-years</translation>
    </message>
    <message>
        <source>定額を先に差し引く(&amp;F)</source>
        <translation>Deduct &amp;fixed amounts first</translation>
    </message>
    <message>
        <source>団体ごとの定額負担（空欄は0）。定額を差し引いた残りを、上の配分基準で分けます。</source>
        <translation>A fixed amount per party (blank = 0). What is left after the fixed amounts is shared by the components above.</translation>
    </message>
    <message>
        <source>端数の処理</source>
        <translation>Rounding</translation>
    </message>
    <message>
        <source>端数の処理(&amp;R):</source>
        <translation>&amp;Rounding:</translation>
    </message>
    <message>
        <source>端数の負担(&amp;M):</source>
        <translation>Re&amp;mainder:</translation>
    </message>
    <message>
        <source>配分の試算(&amp;P):</source>
        <translation>&amp;Preview of the split:</translation>
    </message>
    <message>
        <source>使う基礎数値(&amp;G):</source>
        <translation>Base fi&amp;gures used:</translation>
    </message>
    <message>
        <source>不足している基礎数値</source>
        <translation>Missing base figures</translation>
    </message>
    <message>
        <source>例: 2024-01-01、令和6年1月1日</source>
        <translation>e.g. 2024-01-01, 令和6年1月1日</translation>
    </message>
    <message>
        <source>例: 住民基本台帳</source>
        <translation>e.g. Basic Resident Register</translation>
    </message>
    <message>
        <source>統計に登録(&amp;T)</source>
        <translation>Add to s&amp;tatistics</translation>
    </message>
    <message>
        <source>団体と数値:</source>
        <translation>Party and figure:</translation>
    </message>
    <message>
        <source>値:</source>
        <translation>Value:</translation>
    </message>
    <message>
        <source>基準日:</source>
        <translation>Reference date:</translation>
    </message>
    <message>
        <source>出典:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>0とはみなしません。ここで市町村の統計に登録するか、「市町村」のページで入力・取り込みをしてください。保存はできますが、数値がそろうまで負担額は計算されません。</source>
        <translation>A missing figure is not taken as zero. Add it to the municipality statistics here, or enter or import it on the Municipalities page. The rule can be saved, but the burdens are computed only once every figure is there.</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>保存されている配分ルールを読めませんでした。入力し直してください: {0}</source>
        <translation>The saved sharing rule could not be read. Please enter it again: {0}</translation>
    </message>
    <message>
        <source>割合の合計: 0%</source>
        <translation>Total of the weights: 0%</translation>
    </message>
    <message>
        <source>割合の合計: —（数値でない割合があります）</source>
        <translation>Total of the weights: — (a weight is not a number)</translation>
    </message>
    <message>
        <source>割合の合計: 100% ✓</source>
        <translation>Total of the weights: 100% ✓</translation>
    </message>
    <message>
        <source>割合の合計: {0}% — 配分割合の合計が100%になっていません（100%との差 {1}%）。</source>
        <translation>Total of the weights: {0}% — the weights do not add up to 100% ({1}% from 100%).</translation>
    </message>
    <message>
        <source>配分する額 {0} 円を下の表のとおり配分します（各団体の負担額の合計は {0} 円で一致します）。</source>
        <translation>The {0} yen to share are split as below (the parties&apos; burdens add up to exactly {0} yen).</translation>
    </message>
    <message>
        <source>{0} 人工を下の表のとおり分担します（合計は {0} 人工で一致します）。</source>
        <translation>{0} person-years are shared as below (adding up to exactly {0} person-years).</translation>
    </message>
    <message>
        <source>この入力では計算できません:</source>
        <translation>This input cannot be computed:</translation>
    </message>
    <message>
        <source>配分基準を追加すると、ここに各団体の負担額が表示されます。</source>
        <translation>Add a component to see each party&apos;s burden here.</translation>
    </message>
    <message>
        <source>{0} の{1}</source>
        <translation>{1} of {0}</translation>
    </message>
    <message>
        <source>⚠ {0} の{1}がありません（{2}に必要です）。</source>
        <translation>⚠ {0} has no {1} (needed for {2}).</translation>
    </message>
    <message>
        <source>入力内容に誤りがあります（{0}件）。赤字の項目を修正してください。保存はしていません。</source>
        <translation>The input has errors ({0}). Correct the items in red. Nothing has been saved.</translation>
    </message>
    <message>
        <source>業務量</source>
        <translation>Workload</translation>
    </message>
    <message>
        <source>配分ルールの変更（{0}）</source>
        <translation>Change sharing rule ({0})</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <source>シート</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>ブックには複数のシートがあります。取り込むシートを選んでください。</source>
        <translation>The workbook has several sheets. Choose the sheet to import.</translation>
    </message>
    <message>
        <source>シート(&amp;S):</source>
        <translation>&amp;Sheet:</translation>
    </message>
</context>
<context>
    <name>SupportInfo</name>
    <message>
        <source>サポート用の情報を保存</source>
        <translation>Save support information</translation>
    </message>
    <message>
        <source>次のファイルに保存しました。
{0}

中身: バージョンと動作環境、データベースの場所と状態、ログファイル、設定ファイル。データベース（事務や協定の内容）は含まれていません。
このファイルはどこにも送信されていません。必要に応じて情報担当の方にお渡しください。</source>
        <translation>Saved to the following file.
{0}

Contents: the version and environment, the location and state of the database, the log files and the settings file. The database itself (duties, agreements and their contents) is not included.
This file has not been sent anywhere. Hand it to your IT staff if needed.</translation>
    </message>
    <message>
        <source>ZIP ファイル (*.zip)</source>
        <translation>ZIP files (*.zip)</translation>
    </message>
    <message>
        <source>保存できませんでした</source>
        <translation>Could not save</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>テンプレートから事務を追加</source>
        <translation>Add a duty from a template</translation>
    </message>
    <message>
        <source>事務名・分野で検索</source>
        <translation>Search by duty name or category</translation>
    </message>
    <message>
        <source>すべての分野</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>この事務を追加…</source>
        <translation>Add this duty…</translation>
    </message>
    <message>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>検索(&amp;S):</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>{0}&#x3000;（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>該当するテンプレートがありません。</source>
        <translation>No matching templates.</translation>
    </message>
    <message>
        <source>分野</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>根拠法令</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>主な連携の方法</source>
        <translation>Main cooperation methods</translation>
    </message>
    <message>
        <source>必要な専門職</source>
        <translation>Required specialists</translation>
    </message>
    <message>
        <source>業務量の目安（人工）</source>
        <translation>Typical workload (person-years)</translation>
    </message>
    <message>
        <source>経費の目安（千円）</source>
        <translation>Typical cost (thousand yen)</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>日本語</source>
        <extracomment>Not shown. The name of the language in that language, e.g. English: tells the UI which language it is shown in (the Japanese UI writes dates in 和暦, others in the Gregorian calendar).</extracomment>
        <translation>English</translation>
    </message>
    <message>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>、</source>
        <extracomment>Between the items of a list: 飯田市、天龍村 in Japanese; 飯田市, 天龍村 in English.</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>{0}{1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>{0} の {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>甲</source>
        <translation>Party A</translation>
    </message>
    <message>
        <source>乙</source>
        <translation>Party B</translation>
    </message>
    <message>
        <source>丙</source>
        <translation>Party C</translation>
    </message>
    <message>
        <source>丁</source>
        <translation>Party D</translation>
    </message>
    <message>
        <source>戊</source>
        <translation>Party E</translation>
    </message>
    <message>
        <source>己</source>
        <translation>Party F</translation>
    </message>
    <message>
        <source>庚</source>
        <translation>Party G</translation>
    </message>
    <message>
        <source>辛</source>
        <translation>Party H</translation>
    </message>
    <message>
        <source>壬</source>
        <translation>Party I</translation>
    </message>
    <message>
        <source>癸</source>
        <translation>Party J</translation>
    </message>
    <message>
        <source>福祉・保健</source>
        <translation>Welfare &amp; health</translation>
    </message>
    <message>
        <source>医療</source>
        <translation>Medical care</translation>
    </message>
    <message>
        <source>子育て・教育</source>
        <translation>Childcare &amp; education</translation>
    </message>
    <message>
        <source>環境衛生</source>
        <translation>Environment &amp; sanitation</translation>
    </message>
    <message>
        <source>インフラ維持</source>
        <translation>Infrastructure upkeep</translation>
    </message>
    <message>
        <source>防災・消防</source>
        <translation>Disaster prevention &amp; fire</translation>
    </message>
    <message>
        <source>企画・地域振興</source>
        <translation>Planning &amp; regional promotion</translation>
    </message>
    <message>
        <source>総務・人事・税</source>
        <translation>General affairs, HR &amp; tax</translation>
    </message>
    <message>
        <source>情報化</source>
        <translation>Information systems</translation>
    </message>
    <message>
        <source>その他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>検討中</source>
        <translation>Under consideration</translation>
    </message>
    <message>
        <source>協議中</source>
        <translation>In consultation</translation>
    </message>
    <message>
        <source>合意</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>運用中</source>
        <translation>In operation</translation>
    </message>
    <message>
        <source>見直し</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>終了</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>高</source>
        <translation>High</translation>
    </message>
    <message>
        <source>中</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>低</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>都道府県</source>
        <translation>Prefecture</translation>
    </message>
    <message>
        <source>指定都市</source>
        <translation>Designated city</translation>
    </message>
    <message>
        <source>中核市</source>
        <translation>Core city</translation>
    </message>
    <message>
        <source>市</source>
        <translation>City</translation>
    </message>
    <message>
        <source>町</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>村</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>特別区</source>
        <translation>Special ward</translation>
    </message>
    <message>
        <source>人口</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>65歳以上人口</source>
        <translation>Population aged 65+</translation>
    </message>
    <message>
        <source>昼夜間人口比率</source>
        <translation>Daytime/nighttime population ratio</translation>
    </message>
    <message>
        <source>面積（km²）</source>
        <translation>Area (km²)</translation>
    </message>
    <message>
        <source>職員数</source>
        <translation>Number of staff</translation>
    </message>
    <message>
        <source>世帯数</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>基準財政需要額（千円）</source>
        <translation>Standard fiscal need (thousand yen)</translation>
    </message>
    <message>
        <source>財政力指数</source>
        <translation>Fiscal strength index</translation>
    </message>
    <message>
        <source>指定都市・特別区への通勤通学者割合（%）</source>
        <translation>Share commuting to designated cities / special wards (%)</translation>
    </message>
    <message>
        <source>連携協約</source>
        <translation>Cooperation agreement</translation>
    </message>
    <message>
        <source>協議会</source>
        <translation>Council</translation>
    </message>
    <message>
        <source>機関等の共同設置</source>
        <translation>Joint establishment of bodies</translation>
    </message>
    <message>
        <source>事務の委託</source>
        <translation>Entrustment of affairs</translation>
    </message>
    <message>
        <source>事務の代替執行</source>
        <translation>Substitute execution</translation>
    </message>
    <message>
        <source>一部事務組合</source>
        <translation>Partial-affairs association</translation>
    </message>
    <message>
        <source>広域連合</source>
        <translation>Wide-area union</translation>
    </message>
    <message>
        <source>協定</source>
        <translation>Informal agreement</translation>
    </message>
    <message>
        <source>事務名</source>
        <translation>Duty name</translation>
    </message>
    <message>
        <source>よみがな</source>
        <translation>Reading (kana)</translation>
    </message>
    <message>
        <source>分野</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>概要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>根拠法令</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>年間業務量（人工）</source>
        <translation>Annual workload (person-years)</translation>
    </message>
    <message>
        <source>年間業務量（人日）</source>
        <translation>Annual workload (person-days)</translation>
    </message>
    <message>
        <source>年間経費（千円）</source>
        <translation>Annual cost (thousand yen)</translation>
    </message>
    <message>
        <source>年間経費（円）</source>
        <translation>Annual cost (yen)</translation>
    </message>
    <message>
        <source>必要な専門職</source>
        <translation>Required specialists</translation>
    </message>
    <message>
        <source>現在の担当職員数</source>
        <translation>Current staff assigned</translation>
    </message>
    <message>
        <source>不足人数</source>
        <translation>Staff shortfall</translation>
    </message>
    <message>
        <source>緊急度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>状況</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>担当課</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>備考</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>自治体</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>全国地方公共団体コード</source>
        <translation>Local government code</translation>
    </message>
    <message>
        <source>項目</source>
        <translation>Statistic</translation>
    </message>
    <message>
        <source>値</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>基準日</source>
        <translation>Reference date</translation>
    </message>
    <message>
        <source>出典</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>番号</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>年間総額</source>
        <translation>annual total</translation>
    </message>
    <message>
        <source>特定財源</source>
        <translation>specific revenues</translation>
    </message>
    <message>
        <source>幹事（代表）団体</source>
        <translation>lead body</translation>
    </message>
    <message>
        <source>連携の方法</source>
        <translation>method of cooperation</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>title</translation>
    </message>
    <message>
        <source>日付</source>
        <translation>date</translation>
    </message>
    <message>
        <source>割合</source>
        <translation>weight</translation>
    </message>
    <message>
        <source>採用</source>
        <translation>chosen</translation>
    </message>
    <message>
        <source>事務</source>
        <translation>duty</translation>
    </message>
    <message>
        <source>連携案</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>主な連携の方法</source>
        <translation>Typical cooperation methods</translation>
    </message>
    <message>
        <source>元にしたテンプレート</source>
        <translation>Template used</translation>
    </message>
    <message>
        <source>{field}を入力してください。</source>
        <translation>{field} is required.</translation>
    </message>
    <message>
        <source>{field}は{max}文字以内で入力してください。</source>
        <translation>{field} must be at most {max} characters.</translation>
    </message>
    <message>
        <source>{field}は数値で入力してください（入力値: {value}）。</source>
        <translation>{field} must be a number (entered: {value}).</translation>
    </message>
    <message>
        <source>{field}に負の値は入力できません（入力値: {value}）。</source>
        <translation>{field} cannot be negative (entered: {value}).</translation>
    </message>
    <message>
        <source>{field}が大きすぎます（上限: {max}）。</source>
        <translation>{field} is too large (maximum: {max}).</translation>
    </message>
    <message>
        <source>{field}は小数点以下{places}桁までで入力してください（入力値: {value}）。</source>
        <translation>{field} allows at most {places} decimal places (entered: {value}).</translation>
    </message>
    <message>
        <source>{field}は整数で入力してください（入力値: {value}）。</source>
        <translation>{field} must be a whole number (entered: {value}).</translation>
    </message>
    <message>
        <source>{field}の日付の形式が正しくありません（入力値: {value}）。例: 2024-04-01、令和6年4月1日</source>
        <translation>{field} is not a valid date (entered: {value}). Examples: 2024-04-01, 1 April 2024, 令和6年4月1日</translation>
    </message>
    <message>
        <source>{field}は6桁（または5桁）の数字で入力してください（入力値: {value}）。</source>
        <translation>{field} must be 6 (or 5) digits (entered: {value}).</translation>
    </message>
    <message>
        <source>{field}の検査数字が一致しません（入力値: {value}）。コードを確認してください。</source>
        <translation>The check digit of {field} does not match (entered: {value}). Please check the code.</translation>
    </message>
    <message>
        <source>{field}の値「{value}」は選択肢にありません。</source>
        <translation>“{value}” is not a valid choice for {field}.</translation>
    </message>
    <message>
        <source>{field}: コード {value} の自治体が見つかりません。</source>
        <translation>{field}: no municipality found with code {value}.</translation>
    </message>
    <message>
        <source>対象のデータ（{field} {value}）が見つかりません。ほかの操作で削除された可能性があります。</source>
        <translation>The record ({field} {value}) was not found. It may have been deleted by another operation.</translation>
    </message>
    <message>
        <source>{field}: 配分割合の合計が100%になっていません（合計 {sum}%）。</source>
        <translation>{field}: the weights do not add up to 100% (total {sum}%).</translation>
    </message>
    <message>
        <source>{field}: 配分割合は0より大きい値にしてください（入力値: {value}）。</source>
        <translation>{field}: a weight must be greater than 0 (entered: {value}).</translation>
    </message>
    <message>
        <source>{field}: 同じ配分基準（{basis}）が重複しています。</source>
        <translation>{field}: the same basis ({basis}) appears twice.</translation>
    </message>
    <message>
        <source>{field}: {party} の基礎数値（{basis}）がありません。市町村のページで入力するか取り込んでください。</source>
        <translation>{field}: {party} has no base figure ({basis}). Enter it on the Municipalities page or import it.</translation>
    </message>
    <message>
        <source>{field}に負の金額は入力できません（入力値: {value}）。</source>
        <translation>{field} cannot be a negative amount (entered: {value}).</translation>
    </message>
    <message>
        <source>{field}: {party} はこの案の参加団体ではありません。</source>
        <translation>{field}: {party} is not a party to this plan.</translation>
    </message>
    <message>
        <source>{field}: {party} が重複しています。</source>
        <translation>{field}: {party} appears twice.</translation>
    </message>
    <message>
        <source>{field}: 参加団体がありません。</source>
        <translation>{field}: there are no parties.</translation>
    </message>
    <message>
        <source>{field}: すべての団体の基礎数値（{basis}）が0のため配分できません。</source>
        <translation>{field}: every party&apos;s base figure ({basis}) is 0, so nothing can be apportioned.</translation>
    </message>
    <message>
        <source>{field}: 所在地団体 {party} が参加団体に含まれていません。</source>
        <translation>{field}: the host {party} is not one of the parties.</translation>
    </message>
    <message>
        <source>{field}: 幹事（代表）団体 {party} が参加団体に含まれていません。</source>
        <translation>{field}: the lead body {party} is not one of the parties.</translation>
    </message>
    <message>
        <source>{field}: 協議による負担割合の合計が100%になっていません（合計 {sum}%）。</source>
        <translation>{field}: the agreed percentages do not add up to 100% (total {sum}%).</translation>
    </message>
    <message>
        <source>{field}: 定額負担の合計（{fixed}円）が配分対象額（{net}円）を超えています。</source>
        <translation>{field}: the fixed amounts ({fixed} yen) exceed the amount to apportion ({net} yen).</translation>
    </message>
    <message>
        <source>{field}: 定額負担の合計（{fixed}円）が配分対象額（{net}円）と一致しません。</source>
        <translation>{field}: the fixed amounts ({fixed} yen) do not equal the amount to apportion ({net} yen).</translation>
    </message>
    <message>
        <source>{field}: 特定財源（{revenues}円）が総額（{total}円）を超えています。</source>
        <translation>{field}: the specific revenues ({revenues} yen) exceed the total ({total} yen).</translation>
    </message>
    <message>
        <source>{field}: この配分基準（{basis}）はここでは使えません。</source>
        <translation>{field}: this basis ({basis}) cannot be used here.</translation>
    </message>
    <message>
        <source>JSONの形式が正しくありません（{line}行 {column}列: {detail}）。</source>
        <translation>The JSON is malformed (line {line}, column {column}: {detail}).</translation>
    </message>
    <message>
        <source>{field}: 項目「{key}」が重複しています。</source>
        <translation>{field}: the key “{key}” appears twice.</translation>
    </message>
    <message>
        <source>{field}: 使えない項目です（使える項目: {allowed}）。</source>
        <translation>{field}: unknown key (allowed: {allowed}).</translation>
    </message>
    <message>
        <source>{field}: 値の種類が違います（{expected}）。</source>
        <translation>{field}: wrong kind of value ({expected}).</translation>
    </message>
    <message>
        <source>{field}: 形式「{value}」には対応していません（対応: {supported}）。</source>
        <translation>{field}: the format “{value}” is not supported (supported: {supported}).</translation>
    </message>
    <message>
        <source>{field}: 参加団体が足りません（{min}団体以上、現在 {count}団体）。</source>
        <translation>{field}: too few parties (at least {min}, now {count}).</translation>
    </message>
    <message>
        <source>{field}: 参加団体が多すぎます（{max}団体まで、現在 {count}団体）。</source>
        <translation>{field}: too many parties (at most {max}, now {count}).</translation>
    </message>
    <message>
        <source>{field}: 「{value}」が重複しています。</source>
        <translation>{field}: “{value}” appears twice.</translation>
    </message>
    <message>
        <source>{field}: {event}の日付（{date}）が{previous_event}の日付（{previous_date}）より前になっています。</source>
        <translation>{field}: the date of {event} ({date}) is before the date of {previous_event} ({previous_date}).</translation>
    </message>
    <message>
        <source>{field}: 連絡会議は年{min}回以上開催する必要があります（入力値: {value}）。</source>
        <translation>{field}: the liaison meeting must be held at least {min} time(s) a year (entered: {value}).</translation>
    </message>
    <message>
        <source>{field}: 採用した案を「不採用」にはできません。</source>
        <translation>{field}: the chosen plan cannot be marked as rejected.</translation>
    </message>
    <message>
        <source>{field}: 一つの事務で採用できる案は一つだけです（案: {value}）。</source>
        <translation>{field}: only one plan can be chosen per duty (plans: {value}).</translation>
    </message>
    <message>
        <source>事務「{value}」には連携案が{count}件あるため削除できません。先に連携案を削除してください。</source>
        <translation>The duty “{value}” has {count} plan(s) and cannot be deleted. Delete its plans first.</translation>
    </message>
    <message>
        <source>参加団体</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>当事者</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>費用項目</source>
        <translation>Cost item</translation>
    </message>
    <message>
        <source>役割分担</source>
        <translation>Role row</translation>
    </message>
    <message>
        <source>経過</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>手続</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>配分基準</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>施設</source>
        <translation>Facility</translation>
    </message>
    <message>
        <source>利用実績</source>
        <translation>Usage record</translation>
    </message>
    <message>
        <source>ファイル「{path}」はデータベースではありません。ファイルは変更していません。</source>
        <translation>The file “{path}” is not a database. The file has not been changed.</translation>
    </message>
    <message>
        <source>ファイル「{path}」は広域連携デスクのデータベースではありません（ほかのアプリのファイルです）。ファイルは変更していません。</source>
        <translation>The file “{path}” is not a Renkei Desktop database (it belongs to another application). The file has not been changed.</translation>
    </message>
    <message>
        <source>データベース「{path}」は新しいバージョンの広域連携デスクで作成されています。アプリを更新してから開いてください。ファイルは変更していません。</source>
        <translation>The database “{path}” was created by a newer version of Renkei Desktop. Please update the app before opening it. The file has not been changed.</translation>
    </message>
    <message>
        <source>データベース「{path}」が壊れているため開けません。バックアップから復元してください。ファイルは変更していません。</source>
        <translation>The database “{path}” is damaged and cannot be opened. Please restore it from a backup. The file has not been changed.</translation>
    </message>
    <message>
        <source>データベース「{path}」を開けません。フォルダーの場所と書き込み権限を確認してください。（{detail}）</source>
        <translation>Cannot open the database “{path}”. Please check the folder location and write permission. ({detail})</translation>
    </message>
    <message>
        <source>ディスクの空き容量が足りないため、保存できませんでした（保存先: {path}）。保存済みのデータは変更されていません。不要なファイルを削除するなどして空き容量を確保してから、もう一度保存してください。</source>
        <translation>There is not enough free disk space, so the data could not be saved (location: {path}). Data already saved has not been changed. Free some space, e.g. by deleting files you no longer need, then save again.</translation>
    </message>
    <message>
        <source>「{path}」が読み取り専用になっているため、保存できませんでした。保存済みのデータは変更されていません。ファイルのプロパティで「読み取り専用」を外すか、書き込みできる場所にコピーして開き直してください。</source>
        <translation>&quot;{path}&quot; is read-only, so the data could not be saved. Data already saved has not been changed. Clear &quot;Read-only&quot; in the file&apos;s properties, or copy the file to a place you can write to and open it there.</translation>
    </message>
    <message>
        <source>「{path}」に書き込む権限がないため、保存できませんでした。保存済みのデータは変更されていません。このファイルとフォルダーへの書き込み権限を情報担当に確認してください。</source>
        <translation>You have no permission to write to &quot;{path}&quot;, so the data could not be saved. Data already saved has not been changed. Ask the IT section to check write permission on this file and its folder.</translation>
    </message>
    <message>
        <source>データベース「{path}」をほかのプログラムが使用中のため、処理を完了できませんでした。保存済みのデータは変更されていません。しばらく待ってから、もう一度操作してください。</source>
        <translation>Another program is using the database &quot;{path}&quot;, so the operation could not be completed. Data already saved has not been changed. Wait a moment, then try again.</translation>
    </message>
    <message>
        <source>「{path}」の読み書きに失敗しました（{detail}）。保存済みのデータは変更されていません。ネットワークドライブやUSBメモリーの接続を確認してから、もう一度操作してください。</source>
        <translation>Reading or writing &quot;{path}&quot; failed ({detail}). Data already saved has not been changed. Check the network drive or USB stick connection, then try again.</translation>
    </message>
    <message>
        <source>データベース「{path}」はほかの人が使用中です（{detail}）。書き込む操作はできません。使用中の人がアプリを終了してから、もう一度実行してください。</source>
        <translation>The database &quot;{path}&quot; is in use by someone else ({detail}). Commands that write cannot run. Try again after that person has closed the app.</translation>
    </message>
    <message>
        <source>読み取り専用で開いているため、変更は保存できません。編集するには、使用中の人がアプリを終了してから「編集を再開」を押してください。</source>
        <translation>The database is open read-only, so changes cannot be saved. To edit, ask the person using it to close the app, then press &quot;Resume editing&quot;.</translation>
    </message>
    <message>
        <source>データベース「{path}」は作成または更新が必要なため、読み取り専用では開けません。使用中の人がアプリを終了してから開いてください。</source>
        <translation>The database &quot;{path}&quot; must be created or updated, so it cannot be opened read-only. Open it after the person using it has closed the app.</translation>
    </message>
    <message>
        <source>ファイル「{path}」が見つかりません。</source>
        <translation>File “{path}” was not found.</translation>
    </message>
    <message>
        <source>ファイル「{path}」を読めません（{detail}）。</source>
        <translation>File “{path}” cannot be read ({detail}).</translation>
    </message>
    <message>
        <source>ファイル「{path}」に書き込めません（{detail}）。ファイルは作成・変更していません。</source>
        <translation>Cannot write to file “{path}” ({detail}). No file was created or changed.</translation>
    </message>
    <message>
        <source>「{suffix}」のファイルは取り込めません。Excel（.xlsx）か CSV（.csv）のファイルを選んでください。</source>
        <translation>Files of type “{suffix}” cannot be imported. Choose an Excel (.xlsx) or CSV (.csv) file.</translation>
    </message>
    <message>
        <source>「{path}」は古い Excel 形式（.xls）です。Excel で開いて「Excel ブック（.xlsx）」として保存し直してから取り込んでください。</source>
        <translation>“{path}” is in the old Excel format (.xls). Open it in Excel, save it as “Excel Workbook (.xlsx)” and import that file.</translation>
    </message>
    <message>
        <source>「{path}」は Excel ファイルとして読めません（壊れているか、途中までしかありません）。Excel で開けるか確認してください。（{detail}）</source>
        <translation>“{path}” cannot be read as an Excel file (it is damaged or incomplete). Check that Excel can open it. ({detail})</translation>
    </message>
    <message>
        <source>「{path}」は展開すると大きくなりすぎるため、安全のため開きません（{detail}、上限 {limit}）。</source>
        <translation>“{path}” would become too large when unpacked, so it is not opened for safety ({detail}, limit {limit}).</translation>
    </message>
    <message>
        <source>「{path}」は大きすぎます（{size}バイト、上限 {limit}バイト）。必要な部分だけのファイルにしてください。</source>
        <translation>“{path}” is too large ({size} bytes, limit {limit} bytes). Make a file with only the part you need.</translation>
    </message>
    <message>
        <source>行が多すぎます（上限 {limit}行）。ファイルを分けてください。</source>
        <translation>Too many rows (limit {limit}). Split the file.</translation>
    </message>
    <message>
        <source>列が多すぎます（上限 {limit}列）。必要な列だけにしてください。</source>
        <translation>Too many columns (limit {limit}). Keep only the columns you need.</translation>
    </message>
    <message>
        <source>シート「{value}」がありません（あるシート: {choices}）。</source>
        <translation>There is no sheet “{value}” (sheets: {choices}).</translation>
    </message>
    <message>
        <source>ファイル「{path}」にはデータがありません。</source>
        <translation>File “{path}” contains no data.</translation>
    </message>
    <message>
        <source>文字コードを判定できませんでした（UTF-8 でもシフトJIS（cp932）でもありません）。文字コードを指定してください（候補: {candidates}）。</source>
        <translation>The character encoding could not be determined (it is neither UTF-8 nor Shift_JIS (cp932)). Choose the encoding (candidates: {candidates}).</translation>
    </message>
    <message>
        <source>文字コード「{value}」には対応していません（対応: {choices}）。</source>
        <translation>The encoding “{value}” is not supported (supported: {choices}).</translation>
    </message>
    <message>
        <source>CSV として読めません（{row}行目付近: {detail}）。</source>
        <translation>Cannot read the file as CSV (near row {row}: {detail}).</translation>
    </message>
    <message>
        <source>見出し行 {value} はファイルにありません（最終行: {max}）。</source>
        <translation>Header row {value} is not in the file (last row: {max}).</translation>
    </message>
    <message>
        <source>「{field}」の列が割り当てられていません。</source>
        <translation>No column is assigned to “{field}”.</translation>
    </message>
    <message>
        <source>「{field}」に複数の列（{columns}）が割り当てられています。1列だけにしてください。</source>
        <translation>Several columns ({columns}) are assigned to “{field}”. Assign only one.</translation>
    </message>
    <message>
        <source>取込先の項目「{value}」はありません。</source>
        <translation>There is no import field “{value}”.</translation>
    </message>
    <message>
        <source>統計の基準日がありません。基準日の列を割り当てるか、基準日を指定してください。</source>
        <translation>The statistics have no reference date. Assign a reference-date column or enter the reference date.</translation>
    </message>
    <message>
        <source>統計の出典がありません。出典の列を割り当てるか、出典を入力してください。</source>
        <translation>The statistics have no source. Assign a source column or enter the source.</translation>
    </message>
    <message>
        <source>自治体が設定されていないため、どの自治体の事務として取り込むか決められません。先に初期設定をするか、自治体コードの列を割り当ててください。</source>
        <translation>No municipality is set up, so it is unknown whose duties these are. Complete the initial setup first or assign the municipality-code column.</translation>
    </message>
    <message>
        <source>{count}行に誤りがあるため取り込みませんでした。データベースは変更していません。誤りを直してから、もう一度取り込んでください。</source>
        <translation>Nothing was imported because {count} row(s) contain errors. The database was not changed. Correct the errors and import again.</translation>
    </message>
    <message>
        <source>取り込むデータがありません。</source>
        <translation>There is nothing to import.</translation>
    </message>
    <message>
        <source>取り込みを中止しました。データベースは変更していません。</source>
        <translation>The import was cancelled. The database was not changed.</translation>
    </message>
    <message>
        <source>確認した後にデータが変更されたため、取り込みませんでした。データベースは変更していません。もう一度確認からやり直してください。</source>
        <translation>The data changed after the preview, so nothing was imported. The database was not changed. Start again from the preview.</translation>
    </message>
    <message>
        <source>{encoding} で保存できない文字が{count}個あるため、書き出しませんでした。〓に置き換えるか、UTF-8 で書き出してください。</source>
        <translation>{count} character(s) cannot be saved in {encoding}, so nothing was written. Replace them with 〓 or export in UTF-8.</translation>
    </message>
    <message>
        <source>種類「{value}」はありません（使える種類: {choices}）。</source>
        <translation>There is no kind “{value}” (kinds: {choices}).</translation>
    </message>
    <message>
        <source>CSV には1種類だけ書き出せます（指定: {value}）。複数の種類は xlsx で書き出してください。</source>
        <translation>A CSV file holds only one kind (requested: {value}). Export several kinds as xlsx.</translation>
    </message>
    <message>
        <source>「{path}」は連携パッケージ（.renkei）として読めません（{detail}）。</source>
        <translation>“{path}” cannot be read as a partner package (.renkei) ({detail}).</translation>
    </message>
    <message>
        <source>この連携パッケージは新しい形式（{value}）です。この版が読めるのは形式 {supported} までです。アプリを更新してください。</source>
        <translation>This partner package uses a newer format ({value}). This version reads formats up to {supported}. Update the application.</translation>
    </message>
    <message>
        <source>連携パッケージ「{path}」の内容に誤りがあります（{detail}）。データベースは変更していません。</source>
        <translation>The content of partner package “{path}” is invalid ({detail}). The database was not changed.</translation>
    </message>
    <message>
        <source>連携パッケージに必要な記録（{value}）が含まれていません。</source>
        <translation>The partner package lacks a record it needs ({value}).</translation>
    </message>
    <message>
        <source>このデータベースには記録の識別子がありません。アプリを更新してください。</source>
        <translation>This database has no record identifiers. Update the application.</translation>
    </message>
    <message>
        <source>書き出す連携案・協定が選ばれていません。</source>
        <translation>No plans or agreements are selected for export.</translation>
    </message>
    <message>
        <source>数式のセルは取り込みません（{value}）。Excel で「値の貼り付け」をしてから取り込んでください。</source>
        <translation>Formula cells are not imported ({value}). Use “Paste Values” in Excel, then import.</translation>
    </message>
    <message>
        <source>セルの文字が多すぎます（{length}文字、上限 {max}文字）。</source>
        <translation>The cell is too long ({length} characters, limit {max}).</translation>
    </message>
    <message>
        <source>読めない文字があります（{value}）。文字コードの選択が正しいか確認してください。</source>
        <translation>There are unreadable characters ({value}). Check that the chosen encoding is right.</translation>
    </message>
    <message>
        <source>制御文字が含まれています（{value}）。</source>
        <translation>The cell contains control characters ({value}).</translation>
    </message>
    <message>
        <source>全国地方公共団体コードがありません。</source>
        <translation>The local government code is missing.</translation>
    </message>
    <message>
        <source>「{value}」は市町村・都道府県の一覧にないため取り込みません（政令市の区など）。</source>
        <translation>“{value}” is not in the list of municipalities and prefectures, so it is not imported (e.g. a ward of a designated city).</translation>
    </message>
    <message>
        <source>合計の行（{value}）のため取り込みません。</source>
        <translation>Not imported: a total row ({value}).</translation>
    </message>
    <message>
        <source>都道府県の行（{value}）のため取り込みません。</source>
        <translation>Not imported: a prefecture row ({value}).</translation>
    </message>
    <message>
        <source>団体名「{value}」がコードの団体（{expected}）と一致しません。列がずれていないか確認してください。</source>
        <translation>The name “{value}” does not match the municipality of this code ({expected}). Check that the columns are not shifted.</translation>
    </message>
    <message>
        <source>昼夜間人口比率「{value}」が比率としては大きすぎます。%で書かれた列なら、単位に「%」を選んでください。</source>
        <translation>The day/night population ratio “{value}” is too large for a ratio. If the column is in percent, choose “%” as its unit.</translation>
    </message>
    <message>
        <source>単位「{value}」は使えません（使える単位: {choices}）。</source>
        <translation>The unit “{value}” cannot be used (units: {choices}).</translation>
    </message>
    <message>
        <source>統計の項目「{value}」はありません。</source>
        <translation>There is no statistic “{value}”.</translation>
    </message>
    <message>
        <source>単位の換算で {value} を {result} に丸めました。</source>
        <translation>{value} was rounded to {result} when converting the unit.</translation>
    </message>
    <message>
        <source>「{value}」が{first_row}行目と重複しています。</source>
        <translation>“{value}” duplicates row {first_row}.</translation>
    </message>
    <message>
        <source>注記・見出しの行のため取り込みません。</source>
        <translation>Not imported: a title or note row.</translation>
    </message>
    <message>
        <source>値がないため取り込みません（{value}）。</source>
        <translation>Not imported: no values ({value}).</translation>
    </message>
    <message>
        <source>変更がないため取り込みません（{value}）。</source>
        <translation>Not imported: unchanged ({value}).</translation>
    </message>
    <message>
        <source>{row}行目 {column}列（{header}）: {reason}</source>
        <translation>Row {row}, column {column} ({header}): {reason}</translation>
    </message>
    <message>
        <source>{row}行目: {reason}</source>
        <translation>Row {row}: {reason}</translation>
    </message>
</context>
<context>
    <name>UnencodableDialog</name>
    <message>
        <source>書き出せない文字があります</source>
        <translation>Some characters cannot be written</translation>
    </message>
    <message>
        <source>次の{0}文字は {1} では保存できません。「{2}」に置き換えて書き出すか、キャンセルして「CSV（UTF-8 BOM付き）」で書き出してください。キャンセルしたときはファイルを作りません。</source>
        <translation>The following {0} characters cannot be saved in {1}. Replace them with “{2}”, or cancel and export as “CSV (UTF-8 with BOM)”. Cancelling creates no file.</translation>
    </message>
    <message>
        <source>保存できない文字(&amp;L):</source>
        <translation>Characters that cannot be saved (&amp;L):</translation>
    </message>
    <message>
        <source>{0} に置き換えて書き出す(&amp;R)</source>
        <translation>&amp;Replace with {0} and export</translation>
    </message>
    <message>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>UsageShareModel</name>
    <message>
        <source>施設</source>
        <translation>Facility</translation>
    </message>
    <message>
        <source>所有団体</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>利用した住民の団体</source>
        <translation>Residents&apos; party</translation>
    </message>
    <message>
        <source>利用量</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>利用割合（%）</source>
        <translation>Usage share (%)</translation>
    </message>
</context>
</TS>
