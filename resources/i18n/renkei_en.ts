<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="ja">
<context>
    <name>AdvisorPage</name>
    <message>
        <source>準備中です。</source>
        <translation>Coming soon.</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <source>準備中です。</source>
        <translation>Coming soon.</translation>
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
        <source>自治体が未設定です（設定 → 自治体と担当課）</source>
        <translation>No municipality set (Settings → Municipality and department)</translation>
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
    <name>PlansPage</name>
    <message>
        <source>準備中です。</source>
        <translation>Coming soon.</translation>
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
        <source>⚠ 自治体を一覧から選んでください。</source>
        <translation>⚠ Please select a municipality from the list.</translation>
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
        <translation>{field} is not a valid date (entered: {value}). Examples: 2024-04-01, 令和6年4月1日</translation>
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
</context>
</TS>
