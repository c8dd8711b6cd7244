# ROI Lens、日本語。キーは en.ftl と同じ。

## メニュー
menu-file = ファイル
menu-view = 表示
menu-language = 言語
menu-plain-digits = 大きな数を万・億で表さない

## ステータス
status-rows = { $count } 行


# core
# 分析コア（crates/core）の指標名、列見出し、統計の説明、予算プランの理由、読み込みエラー。

## 指標：数値の意味を表す名前
metric-spend = 広告費
metric-impressions = インプレッション
metric-clicks = クリック
metric-conversions = コンバージョン
metric-revenue = 売上
metric-new-users = 新規ユーザー
metric-retained = { $day } 日目の継続ユーザー
metric-roi = ROI（費用対効果、売上 ÷ 広告費）
metric-ctr = クリック率 (CTR)（クリック ÷ インプレッション）
metric-cvr = コンバージョン率 (CVR)（コンバージョン ÷ クリック）
metric-cpa = 獲得単価 (CPA)（コンバージョンあたりの広告費）
metric-cpc = クリック単価 (CPC)（クリックあたりの広告費）
metric-cpm = インプレッション単価 (CPM)（1,000 インプレッションあたりの広告費）
metric-retention = { $day } 日目継続率

## 指標：短い列見出し
metric-header-roi = ROI
metric-header-ctr = クリック率
metric-header-cvr = コンバージョン率
metric-header-cpa = 獲得単価
metric-header-cpc = クリック単価
metric-header-cpm = インプレッション単価
metric-header-retention = { $day } 日目継続率

## フィールドとグループ
core-field-date = 日付
core-field-channel = チャネル
core-field-campaign = キャンペーン
core-field-spend = 広告費
core-field-impressions = インプレッション
core-field-clicks = クリック
core-field-conversions = コンバージョン
core-field-revenue = 売上
core-field-new-users = 新規ユーザー
core-field-retained = { $day } 日目継続ユーザー
core-key-channel = チャネル
core-key-campaign = キャンペーン
core-key-source = ソースファイル
core-key-date = 日付
core-key-week = 週
core-key-month = 月

core-group-noun = { $key ->
    [channel] チャネル
    [campaign] キャンペーン
    [source] ソースファイル
    [date] 日付
    [week] 週
   *[month] 月
}
core-group-count = { $key ->
    [channel] { $count_text } チャネル
    [campaign] { $count_text } キャンペーン
    [source] { $count_text } ソースファイル
    [date] { $count_text } 日
    [week] { $count_text } 週
   *[month] { $count_text } か月
}
core-charted-note = グラフには広告費の多い上位 { $groups }（全 { $all }）を表示しています。表にはすべて載っています。ほかの{ $noun }をグラフに出すには、{ $noun }を絞り込んでください。
core-error-filter-needs-date = 日付で絞り込むには日付の列が必要ですが、読み込んだファイルにはありません
core-error-group-needs-column = { $key }ごとに集計するには{ $column }の列が必要ですが、読み込んだファイルにはありません
core-error-metrics-failed = 指標を計算できませんでした：{ $detail }
core-error-stopped = 中止しました：新しい要求に置き換えられました
core-error-period-out-of-range = { $from } – { $to } を直前の同じ長さの期間と比べられません：その期間は暦の範囲（{ $min } ～ { $max }）の外にあります
core-error-span-too-long = 表示中の行は { $days_text } 日（{ $from } – { $to }）にわたりますが、予算プランは最長 { $max_text } 日で作成します：日付の範囲を狭めてください
core-encoding-utf8-bom = UTF-8（BOM 付き）
core-format-workbook = ワークブック

## レポートの列（コマンドラインの表）：指標の横の統計量
core-column-lo = { $metric } 下限
core-column-hi = { $metric } 上限
core-column-vs-baseline = { $metric } 基準比
core-column-p = { $metric } p 値
core-column-prev = { $metric } 前期
core-column-change = { $metric } 変化
core-column-change-pct = { $metric } 変化率 %
core-verdict-baseline = 基準
core-verdict-higher = 有意に高い
core-verdict-lower = 有意に低い
core-verdict-same = 区別できない
core-flag-yes = はい

## 統計の説明（ホバー、画像）
stat-verdict-higher = { $baseline }より有意に高い
stat-verdict-lower = { $baseline }より有意に低い
stat-verdict-same = { $baseline }と区別できない：差は誤差かもしれない
stat-p-below = p { $p }
stat-p-equals = p = { $p }
stat-verdict-single = { $what }（{ $p }）。
stat-verdict-holm = { $what }（{ $p }、{ $family } { $groups }間の多重比較にホルム補正を適用）。
stat-interval = 95% 区間 { $lo } – { $hi }
stat-interval-no-dates = 不確実すぎます：区間には日別の行が必要です（ファイルに日付がありません）
stat-interval-too-few-days = 不確実すぎて区間を示せません：データは { $days } 日分で、少なくとも { $min_days } 日分必要です
stat-interval-missing = 値がないため、区間もありません
stat-method-wilson = 合計件数から求めた Wilson スコア区間
stat-method-bootstrap = { $days } 日分のブートストラップ（{ $resamples } 回のリサンプリング、固定シード）
stat-interval-with-method = { $interval }（{ $method }）
core-explain-baseline = ほかの{ $groups }はこの基準と比較されます。

## 画像の説明行
core-describe-dates = { $from } – { $to }
core-describe-all-dates = 全期間
core-describe-all-groups = 全 { $groups }
core-describe-some-groups = { $groups }中 { $shown }
core-describe-list = { $noun }：{ $names }
core-describe-selected = { $noun }：{ $count_text } 件を選択
core-describe-by = { $key }別・{ $granularity ->
    [day] 日次
    [week] 週次
   *[month] 月次
}
core-describe-currency = 金額の通貨：{ $currency }
core-describe-whiskers = ひげ：95% 区間
core-describe-markers = ▲▼ { $name }と有意差あり（5%、ホルム補正）、≈ 区別できない
core-describe-deltas = Δ は { $from } – { $to } との比較

## 予算プラン
plan-caveat = 売上はプラットフォームのアトリビューションによるもので、増分効果ではありません。複数のチャネルが同じ注文を計上していることがあり、曲線は過去の広告費の範囲しか表しません。大きな変更はホールドアウトテストで検証してください。
plan-column-status = 状態
plan-column-spend-now = 現在の広告費
plan-column-spend-plan = プランの広告費
plan-column-change = 変化
plan-column-roi = ROI
plan-column-mroi-now = 現在の限界 ROI
plan-column-mroi-now-lo = 現在の限界 ROI 下限
plan-column-mroi-now-hi = 現在の限界 ROI 上限
plan-column-mroi-plan = プランの限界 ROI
plan-column-revenue-now = 現在の売上
plan-column-revenue-plan = プランの売上
plan-column-extrapolated = 外挿
plan-column-theta = θ
plan-column-half-saturation = 半飽和広告費
plan-column-shape = 形状
plan-column-r2 = R²
plan-status-fitted = 推定済み
plan-status-locked = 固定
plan-status-too-few-days = 日数不足
plan-status-too-little-variation = 変動不足
plan-status-no-response = 反応なし
plan-status-mismatched = 日数不一致
plan-status-not-daily = 日別でない
plan-gain = 増分 { $gain }
plan-gain-interval = 増分 { $gain }（90% 区間 { $lo }～{ $hi }）
plan-totals = 1 日の広告費 { $spend_now } → { $spend_plan }、1 日の売上 { $revenue_now } → { $revenue_plan }、{ $gain }
plan-note = 注意：{ $note }
plan-note-below-minimum = 予算がすべてのグループの下限を下回っています。すべて下限に置いたため、1 日あたり { $overspend } 予算を超えます
plan-note-above-maximum = 予算がすべてのグループの上限を上回っています。すべて上限に置いたため、1 日あたり { $unspent } が使われずに残ります
plan-note-invalid-goal = 予算または目標が使える数値ではありません。何も変更していません
plan-refusal-too-few-days = 広告費のある日が { $days_text } 日しかなく、売上が広告費にどう反応するかを測るには少なすぎます
plan-refusal-too-little-variation = 広告費がほとんど変動していない（日ごとの変動 { $variation }%）ため、反応を測れません
plan-refusal-no-response = 広告費を増やしても売上が伸びていないため、プランに使える曲線がありません
plan-refusal-mismatched = 広告費は { $spend } 日分、売上は { $revenue } 日分あり、日ごとに対応づけられません
plan-refusal-not-daily = 行が最長 { $days } 日の期間をまとめており、1 日単位ではないため、1 日の広告費に対する売上の反応を測れません
plan-refusals-too-few-days = { $n } 件の{ $noun }は広告費のある日が { $range } 日しかなく、売上が広告費にどう反応するかを測るには少なすぎます
plan-refusals-too-little-variation = { $n } 件の{ $noun }で広告費がほとんど変動していない（日ごとの変動 { $range }%）ため、反応を測れません
plan-refusals-no-response = { $n } 件の{ $noun }で、広告費を増やしても売上が伸びていません
plan-refusals-mismatched = { $n } 件の{ $noun }で、広告費の日と売上の日を対応づけられません
plan-refusals-not-daily = { $n } 件の{ $noun }は行が最長 { $range } 日の期間をまとめており、1 日単位ではないため、1 日の広告費に対する売上の反応を測れません

## 読み込みエラー（どのメッセージもファイルを示す）
err-location-line = { $line } 行目
err-location-row = { $row } 件目のデータ
err-expected-number = 数値（例：1,234.56、¥88）
err-expected-date = 日付（例：2024-03-01、2024/3/1、20240301）
err-expected-rate = 率（例：35.2%、0.352）
err-io = { $file }：ファイルを読み込めません：{ $detail }
err-empty = { $file }：ファイルが空です
err-binary = { $file }：テキストの表ではありません（{ $offset } バイト目にバイナリデータ）。CSV、TSV、Parquet、ワークブック（.xlsx、.xls、.ods）のいずれかが必要です
err-undecodable = { $file }：テキストを { $encoding } としてデコードできません
err-missing-column = { $file }：{ $field }の列が見つかりません（探した見出しの例：{ $examples }）。見つかった見出し：{ $headers }
err-missing-grouping = { $file }：グループ分けに使うチャネルまたはキャンペーンの列が見つかりません（探した見出しの例：渠道、广告版位、平台、channel、计划名称、campaign）。見つかった見出し：{ $headers }
err-bad-cell = { $file }：{ $location }、列「{ $column }」（{ $field }）：「{ $value }」を{ $expected }として読み取れません
err-unknown-header = { $file }：マッピング { $field }="{ $header }" が指す列はこのファイルにありません。見つかった見出し：{ $headers }
err-in-file = { $file }：{ $message }
err-mixed-currencies = ファイルごとに通貨が異なります（{ $currencies }）。異なる通貨の金額は合算しません。換算レートを指定する（CLI：--currency { $first } --rate { $other }=…）か、ファイルを別々に開いてください
err-no-rate = { $file }：金額は { $code } ですが、{ $code } から { $report } へのレートがありません（CLI：--rate { $code }=…）
err-stray-quote = { $file }：{ $line } 行目、列「{ $column }」：「{ $value }」の二重引用符が CSV の引用規則を崩しています。値全体を引用符で囲む（"5"" wide"）か、その引用符を削除してください
err-unclosed-quote = { $file }：{ $line } 行目：ここで始まる引用符付きの値が閉じられていません
err-no-files = 入力ファイルが指定されていません
err-none = （なし）
err-group-by = `{ $value }` ではグループ分けできません。channel、campaign、source、date、week、month のいずれかを使ってください

## コホート：人が読む表（CSV と JSON のキーはそのまま）
cohort-header-channel = チャネル
cohort-header-group = グループ
cohort-header-cohort = コホート
cohort-header-users = ユーザー数
cohort-header-retention = { $day } 日目継続率
cohort-header-bracket = { $from }～{ $to } 日目継続率
cohort-header-ltv = { $day } 日目 LTV
cohort-header-cpi = CPI
cohort-header-roas = { $day } 日目 ROAS
cohort-header-payback = 回収（日）
cohort-all = 全体
cohort-not-by-day = { $day } 日目までに未回収

## ファイルの読み方
core-channel-platform = チャネルの列なし：ファイル全体が 1 チャネル、{ $name }（見出しから認識）
core-channel-file-name = チャネルの列なし：ファイル全体が 1 チャネル、{ $name }（ファイル名から命名）
core-channel-given = チャネルの列なし：ファイル全体が 1 チャネル、{ $name }（指定どおり）
core-derived-roi = ROI × 広告費
core-derived-rate = 率 × 新規ユーザー
core-not-daily = { $file } の行は最長 { $days } 日の期間をまとめており、1 日単位ではありません


# data-errors
# Errors of event logs, workbooks and file reading (crates/core/src/data).
# Notes a load attaches to a file (crates/core/src/data: notes, canonical, load, workbook).
note-list-separator = 、
note-separator = ／
note-and-more = { $list } ほか { $more } 件
note-cells-and-more = { $list }／ほか { $more } 件
note-rows-fewer = { $rows } 行のフィールドが見出しより少ないため、欠けた値は空として扱います（行：{ $lines }）
note-rows-more = { $rows } 行のフィールドが見出しより多いため、余分なフィールドは無視します（行：{ $lines }）
note-header-twice = 列「{ $name }」が { $times } 回出てきます（{ $first } 列目と { $last } 列目）。最初の列を使います
note-synonym = 「{ $header }」も{ $field }として読めます。「{ $used }」を使います（列の対応付けで変更できます）
note-roi-without-spend = 列「{ $header }」は ROI（費用対効果）です。広告費の列がないため{ $field }に換算できず、使いません
note-rate-without-new-users = 列「{ $header }」は継続率です。新規ユーザーの列がないため{ $field }に換算できず、使いません
note-periods = 各行は単日ではなく最長 { $days } 日の期間を表し、その初日に計上されます。推移、日別の広告費と売上、予算プランナーには日別の行が必要です
note-several-currencies = 通貨の列に複数の通貨があります（{ $codes }）。金額は換算しません
note-currency-unknown = 通貨を認識できませんでした。金額は { $report } として扱います
note-converted = 金額をレート { $rate } で { $from } から { $to } に換算しました
note-blanked-cell = { $location }、列「{ $column }」：「{ $value }」
note-cells-blanked = { $cells_count } 個のセルを読み取れず、空にしました：{ $cells }
note-spreadsheet-errors = { $cells_count } 個のセルにスプレッドシートのエラーがあります：{ $cells }。空として読み取ります
note-clickhouse-rate = 列「{ $header }」は率です。ClickHouse では率を合計しないため使いません。{ $field }には件数か金額の列を対応付けてください
note-currency-from-setting = ユーザーの設定
note-currency-from-column = 列「{ $header }」
note-currency-from-unit = 見出し「{ $header }」の単位
note-currency-from-symbol = 金額の記号 { $symbol }
data-event-column-not-in-file = { $column ->
        [user] ユーザー
        [time] 時刻
        [event] イベント
        [amount] 金額
        [channel] チャネル
       *[other] { $column }
    }の列に「{ $header }」が指定されていますが、このファイルにその列はありません。見つかった見出し：{ $headers }
data-no-user-column = ユーザーの列が見つかりません（探した見出しの例：user_id、uid、openid、device_id、用户ID）。見つかった見出し：{ $headers }。「コホート → 列」でユーザーの列を選ぶか、--event-column user=見出し を指定してください
data-no-channel-column = チャネルの列が見つかりません（探した見出しの例：channel、utm_source、media_source、渠道、来源）。見つかった見出し：{ $headers }
data-second-channel = { $line } 行目、列「{ $column }」：「{ $value }」はユーザー「{ $user }」の 2 つ目のチャネルです（{ $before_line } 行目で「{ $before }」を指定済み）
data-clickhouse-events-alone = ClickHouse のイベントテーブルは単独でのみ読み込めます。ほかのイベントログとは結合できません（ClickHouse 内で UNION するか、1 つずつ開いてください）
data-no-event-sheet = 最初の 30 行に、ユーザーの列（user_id、uid、openid、用户ID など）と時刻の列（event_time、timestamp、时间 など）を含む見出し行があるシートがありません
data-unreadable-column = 読み取れない列
# 読めなかったもの、続いて読み取り側自身の説明：「表を解析できません（…）」。
data-read-failed = { $what }（{ $detail }）
data-not-parquet = 読み込める Parquet ファイルではありません
data-cannot-parse-table = 表を解析できません
data-workbook-password = ワークブックはパスワードで保護されています。Excel で開いてパスワードを解除し（ファイル → 情報 → ブックの保護）、コピーを保存してからここで開いてください
data-workbook-unreadable = ワークブックを読み込めません（{ $detail }）。破損しているか、ワークブックではない可能性があります
data-no-sheet = シート「{ $name }」はありません
# $sheets：ワークブックのシート名（引用符付き、", " 区切り）。
data-no-sheet-of = シート「{ $name }」はありません。シート：{ $sheets }
data-no-sample = 同梱のサンプルデータが見つかりません（sample_data/{ $file }）。ROI_LENS_SAMPLE_DIR を設定してください
# 捕捉したクラッシュに説明の文字がありません。
data-no-details = 詳細なし


# app
# アプリの状態とコマンド（ステータス行、メッセージ、エラー、ファイルダイアログ）と、コホート・通貨・チャネル・書き出し・ClickHouse の各パネル。

## リストと時間

app-list-separator = 、
app-sentence-separator = 。
app-list-two = { $first }と{ $last }
app-list-many = { $rest }、{ $last }
app-elapsed-ms = { $ms } ミリ秒
app-elapsed-seconds = { $seconds } 秒

## ステータス行

app-status-loaded = { $files } 件のファイルから { $rows } 行を読み込みました（{ $elapsed }）
app-status-loaded-statistics = { $files } 件のファイルから { $rows } 行を読み込みました（{ $elapsed }、統計 { $statistics }）
app-status-loaded-summed = { $files } 件のファイルから { $rows } 行を読み込みました（ClickHouse でテーブルの { $table_rows } 行を集計、{ $elapsed }）
app-status-loaded-summed-statistics = { $files } 件のファイルから { $rows } 行を読み込みました（ClickHouse でテーブルの { $table_rows } 行を集計、{ $elapsed }、統計 { $statistics }）
app-status-updated = 更新しました（{ $elapsed }）
app-status-updated-statistics = 更新しました（{ $elapsed }、統計 { $statistics }）
app-status-with-statistics = { $status }（統計 { $statistics }）
app-status-cancelled = キャンセルしました。前回の結果を表示しています。
app-status-saving = 保存中…
app-status-copied-table = KPI 表（{ $rows } 行）をコピーしました。表計算ソフトに貼り付けられます。
app-status-export-cancelled = 書き出しをキャンセルしました：ファイルが選択されていません。
app-status-changed-on-disk = { $path } は開いた後にディスク上で変更されています
app-status-no-file-chosen = ファイルが選択されていません。ダイアログが表示されなかった場合、このシステムにはファイル選択サービスがありません。代わりに左のボックスにパスを入力するか貼り付けてください。
app-status-reading-sheets = ブックのシートを読み込み中…
app-status-choose-sheets = 開くシートを選んでください
app-status-restored = 未保存の分析を復元しました
app-status-restored-notices = 未保存の分析を復元しました。{ $notices }
app-status-opened-workspace = ワークスペース { $path } を開きました
app-status-saved-workspace = ワークスペース { $path } を保存しました
app-status-saved-png = { $path } を保存しました（{ $width }×{ $height } px）
app-status-saved-table = KPI 表を { $path } に保存しました
app-status-saved-plan = 予算プランを { $path } に保存しました
app-status-saved-cohorts = コホート表を { $path } に保存しました

## エラー

app-error-worker-stopped = バックグラウンド処理が停止しました。ROI Lens を再起動してください
app-error-planner-stopped = 予算プランナーが停止しました。ROI Lens を再起動してください
app-error-plan = 予算プラン：{ $message }
app-error-internal = 内部エラーです。報告してください：{ $message }
app-plan-stopped = 停止しました
app-error-mixed-currencies = ファイルの通貨が異なります（{ $currencies }）。異なる通貨の金額は合算されません。下で換算レートを入力するか、ファイルを別々に開いてください
app-file-currency = { $file }：{ $code }
app-error-rate-missing = 1 { $code } が何 { $report } かを入力してください
app-error-rate-positive = { $code } のレートは 0 より大きい値にしてください
app-error-recovery-unavailable = 未保存の変更を復元用に { $dir } に保持できません：{ $error }
app-error-file-dialog = ファイルダイアログを開けません：{ $error }
app-error-window = ウィンドウを開けません：{ $error }
app-error-nothing-to-export = まだ書き出すものがありません。先にファイルを開いてください
app-error-file-job-panic = ファイルの書き込み中に内部エラーが発生しました：{ $message }
app-error-file-job-start = ファイル処理を開始できません：{ $error }
app-error-file-job-stopped = ファイル処理が予期せず停止しました
app-error-export-device = 書き出し用の描画デバイスが使えません
app-error-no-plan = まだ書き出す予算プランがありません
app-error-no-cohorts = まだ書き出すコホートがありません
app-error-workspace-export = ワークスペースは save_workspace で保存します
app-error-not-a-file = { $path } はファイルではありません
app-error-already-in-analysis = { $path } はすでに分析に含まれています
app-error-cohorts-start = コホートの計算を開始できません：{ $error }

## ウィンドウとファイルダイアログ

app-window-title = { $dirty }{ $name } — ROI Lens
app-dialog-open-exports = キャンペーンのエクスポートファイルを開く
app-dialog-open-workspace = ワークスペースを開く
app-dialog-locate-missing = 見つからないファイルの場所を指定
app-dialog-filter-exports = エクスポートファイル
app-dialog-filter-workspace = ROI Lens ワークスペース
app-dialog-filter-all = すべてのファイル

## クラッシュからの復元

app-recovery-newer-version = 未保存の分析をこのバージョンでは復元できません：{ $error }
app-recovery-failed = 未保存の分析を復元できませんでした：{ $error }
app-recovery-summary = { $files } ファイル、{ $group }別
app-recovery-summary-range = { $files } ファイル、{ $group }別、{ $from }～{ $to }
app-recovery-summary-from = { $files } ファイル、{ $group }別、{ $from } 以降
app-recovery-summary-until = { $files } ファイル、{ $group }別、{ $to } まで
app-group-name = { $key ->
        [channel] チャネル
        [campaign] キャンペーン
        [source] ソース
        [date] 日付
        [week] 週
        [month] 月
       *[other] { $key }
    }

## 書き出しウィンドウ

app-export-title-png = PNG を書き出す
app-export-title-table-csv = KPI 表を CSV で書き出す
app-export-title-plan-csv = 予算プランを CSV で書き出す
app-export-title-cohorts-csv = コホート表を CSV で書き出す
app-export-title-workspace = ワークスペースを保存
app-export-preset-wide = 16:9 スライド
app-export-preset-standard = 4:3 スライド
app-export-preset-square = 正方形
app-export-preset-a4 = A4 横
app-export-csv-table = BOM 付き UTF-8 のため、Excel でも中国語の名前が正しく表示されます。行は表と同じ順で、合計行を含みます。
app-export-csv-cohorts = BOM 付き UTF-8 のため、Excel でも中国語の名前が正しく表示されます。チャネルごとにコホートとその平均（コホート `all`）を出力し、率は小数で、まだ到達していない日は空欄です。
app-export-csv-plan = BOM 付き UTF-8 のため、Excel でも中国語の名前が正しく表示されます。グループごとに 1 行で、金額は日額です。
app-export-note = メモ
app-export-note-hint = この分析の目的、来週確認すること
app-export-sources-saved = データソースは、このファイルからの相対パスと絶対パスで、サイズと SHA-256 とともに保存されます。
app-export-save-to = 保存先
app-export-browse = 参照…
app-export-browse-hint = システムの保存ダイアログでファイルを選ぶ
app-export-png-size = PNG は { $width } × { $height } ピクセルになります。
app-export-no-file-chosen = ファイルが選択されませんでした。ダイアログが表示されなかった場合、このシステムにはファイル選択サービスがありません。上にパスを入力して「保存」を押してください。
app-export-file-exists = このファイルは既に存在するため、上書きされます。
app-export-save = 保存
app-export-cancel = キャンセル
app-export-picture = 図
app-export-size = サイズ（ポイント）
app-export-scale = 倍率
app-export-background = 背景
app-export-light = ライト
app-export-dark = ダーク

## コホートパネル

app-cohorts-heading = コホート
app-cohorts-clickhouse-table = { $table }（ClickHouse：{ $server }）
app-cohorts-events = { $files }：{ $events } 件のイベント
app-cohorts-events-duplicates = { $files }：{ $events } 件のイベント（重複 { $duplicates } 件は 1 件として集計）
app-cohorts-events-clickhouse = { $files }：{ $events } 件のイベント。コホートは ClickHouse で計算
app-cohorts-events-duplicates-clickhouse = { $files }：{ $events } 件のイベント（重複 { $duplicates } 件は 1 件として集計）。コホートは ClickHouse で計算
app-cohorts-not-loaded = 未読み込み：下で列を選んでください
app-cohorts-loading = イベントを読み込み中…
app-cohorts-columns = 列
app-cohorts-computing = コホートを計算中…
app-cohorts-cohort-by = コホート単位
app-cohorts-period = { $period ->
        [day] 日
        [week] 週
       *[month] 月
    }
app-cohorts-days = 日数
app-cohorts-days-hint = 表に示す N 日目をカンマ区切りで指定します（最大 { $max_day }）。最大の値が曲線の長さになります
app-cohorts-retained = 継続の判定
app-cohorts-on-day = N 日目に
app-cohorts-on-or-after = N 日目以降に
app-cohorts-day-n-is = N 日目の定義
app-cohorts-calendar-day = 暦日
app-cohorts-rolling = 開始から 24 時間単位
app-cohorts-day-n-hint = 下のタイムゾーンでの暦日（23:58 に開始し 00:03 に再訪すると 0 日目と 1 日目）、またはユーザーの開始イベントから N 番目の 24 時間（どちらも 0 日目）
app-cohorts-start-event = 開始イベント
app-cohorts-return-event = 再訪イベント
app-cohorts-any-event = 任意のイベント
app-cohorts-time-zone = タイムゾーン
app-cohorts-utc-offset = UTC{ $offset }
app-cohorts-time-zone-hint = N 日目の始まりを決めます。オフセット付きの時刻は換算し、オフセットのない時刻はこのタイムゾーンの時刻とみなします。
app-cohorts-auto = 自動：{ $header }
app-cohorts-auto-not-found = 自動：見つかりません
app-cohorts-column-none = なし
app-cohorts-column-user = ユーザー
app-cohorts-column-time = 時刻
app-cohorts-column-event = イベント
app-cohorts-column-amount = 金額
app-cohorts-column-channel = チャネル

## 通貨パネル

app-currencies-heading = 通貨
app-currencies-not-known = 不明
app-currencies-not-said = ファイルに記載がありません。通貨を選んでください
app-currencies-from = 判定元：{ $from }
app-currencies-not-converted = 金額は換算されていません。
app-currencies-report-in = 表示通貨
app-currencies-rate = 1 { $code } =
app-currencies-apply = 適用
app-currencies-stop = 換算をやめる
app-currencies-stop-hint = やめると、通貨の異なるファイルは一緒に表示できなくなります

## チャネルパネル

app-channels-heading = チャネル
app-channels-show-names = 名前の表示
app-channels-as-in-data = データのまま
app-channels-in-english = 英語
app-channels-in-chinese = 中国語（中文）
app-channels-look-alike = { $names } は同じチャネルのようです。
app-channels-merge-as = { $name } として統合
app-channels-rename = 名前の変更・統合（{ $count } 件）
app-channels-colour = すべてのグラフでの { $name } の色
app-channels-name-in-files = ファイル内の名前
app-channels-shown-as-hint = 表示名。2 つのチャネルに同じ名前を付けると統合されます
app-channels-one-channel-headers = { $file } にはチャネル列がありません：ファイル全体で 1 チャネル（ヘッダーから認識）
app-channels-one-channel-file-name = { $file } にはチャネル列がありません：ファイル全体で 1 チャネル（ファイル名から命名）
app-channels-one-channel-given = { $file } にはチャネル列がありません：ファイル全体で 1 チャネル（指定どおり）

## ClickHouse 接続

app-connect-heading = ClickHouse に接続
app-connect-host = ホスト
app-connect-port = ポート
app-connect-user = ユーザー
app-connect-password = パスワード
app-connect-database = データベース
app-connect-tls = TLS（clickhouses://、通常はポート 8443）
app-connect-table = テーブル
app-connect-list-tables = テーブル一覧
app-connect-tables = テーブル
app-connect-event-log-table = { $table }（イベントログ：コホートで開きます）
app-connect-recent = 最近の接続
app-connect-note = ClickHouse がテーブルを日・チャネル・キャンペーンごとに集計するか、イベントテーブルのコホートを計算します。転送されるのはその集計結果だけです。パスワードはこのセッションの間だけ保持され（CLICKHOUSE_PASSWORD でも指定可）、保存されません。
app-connect-open = 開く
app-connect-add = 分析に追加
app-connect-cancel = キャンセル
app-connect-error-port = `{ $port }` はポート番号ではありません
app-connect-error-host = サーバーのホスト名またはアドレスを入力してください
app-connect-error-database = データベースを入力してください
app-connect-error-thread = スレッドを開始できません：{ $error }
app-connect-error-list-lost = テーブル一覧が失われました
app-connect-no-tables = データベース { $database } にテーブルがありません
app-connect-choose-table = テーブルを選ぶか入力してください


# パネル：メニュー、ステータス、確認ウィンドウ、サイドバー、ダッシュボードのカード、シートの選択（src/app/panels/{mod,sidebar,dashboard,sheets}.rs）。

## ファイル・表示メニュー
panel-menu-open-files = ファイルを開く…
panel-menu-connect-clickhouse = ClickHouse に接続…
panel-menu-open-workspace = ワークスペースを開く…
panel-menu-open-recent-workspace = 最近のワークスペース
panel-menu-no-recent-workspaces = 最近のワークスペースはありません
panel-menu-save-workspace = ワークスペースを保存
panel-menu-save-workspace-as = ワークスペースに名前を付けて保存…
panel-menu-open-sample = サンプルデータを開く
panel-menu-open-recent = 最近のファイル
panel-menu-no-recent-files = 最近のファイルはありません
panel-menu-export-dashboard-png = ダッシュボードを PNG で書き出す…
panel-menu-export-table-csv = KPI 表を CSV で書き出す…
panel-menu-copy-table = KPI 表をコピー
panel-menu-quit = 終了
panel-menu-light-theme = ライトテーマ
panel-menu-dark-theme = ダークテーマ
panel-menu-show-all-charts = すべてのグラフを表示
panel-menu-maximise = 最大化
panel-shortcut = Ctrl+{ $keys }
panel-shortcut-mac = Cmd+{ $keys }

## 確認ウィンドウ
panel-recovery-heading = 未保存の分析があります
panel-recovery-text = ROI Lens が正常に終了しませんでした。開いていた分析（{ $summary }）を復元しますか？
panel-recovery-restore = 復元
panel-recovery-discard = 破棄
panel-conflict-heading = ディスク上のワークスペースが変更されました
panel-conflict-text = { $name } は、開いた後または保存した後に別のウィンドウかプログラムによって変更されました。相手の変更を上書きしますか、自分の変更を別のファイルに保存しますか、それとも相手の版を再読み込みしますか（自分の変更は破棄されます）？
panel-conflict-overwrite = 上書き
panel-conflict-save-as = 名前を付けて保存…
panel-conflict-reload-theirs = 相手の版を再読み込み
panel-confirm-heading = 未保存の変更
panel-confirm-before-closing = 閉じる前にこの分析の変更を保存しますか？
panel-confirm-before-opening = { $name } を開く前にこの分析の変更を保存しますか？
panel-confirm-save = 保存
panel-confirm-dont-save = 保存しない
panel-cancel = キャンセル

## ステータス：エラー、為替レート、進行状況
panel-status-error = エラー
panel-status-load-anyway = これらのセルを空にして読み込む
panel-status-load-anyway-hint = 読み取れないセルは空のままにして、ファイルの下に一覧表示します。このファイルをこの方法で読み込むことはワークスペースに記録されます
panel-status-dismiss = 閉じる
panel-status-loading-file = ファイルを読み込み中（{ $total } 件中 { $current } 件目）…
panel-status-clickhouse-rows = ClickHouse で集計中：{ $read } 行を読み込み済み…
panel-status-clickhouse-rows-of = ClickHouse で集計中：{ $total } 行中 { $read } 行を読み込み済み…
panel-status-loading = 読み込み中…
panel-status-loading-bytes = 読み込み中… { $total } MB 中 { $done } MB
panel-status-updating-charts = グラフを更新中…
panel-status-computing-statistics = 区間と比較を計算中…
panel-status-exporting = 書き出し中…
panel-rates-report-in = レポート通貨
panel-rates-convert-and-open = 換算して開く
panel-rates-convert-hint = すべての金額は、合計する前にレポート通貨へ換算されます。為替レートはワークスペースに保存されます

## サイドバー：ワークスペースとファイル
panel-workspace-name = ワークスペース：{ $name }
panel-workspace-name-unsaved = ワークスペース：{ $name }（未保存の変更あり）
panel-workspace-missing = 見つかりません：{ $name }
panel-workspace-missing-hint = { $path } と { $recorded } を探しました。列の対応付けは保持されています。
panel-workspace-new-location = ファイルの新しい場所
panel-workspace-use = 使用
panel-workspace-locate = 場所を指定…
panel-files-heading = ファイル
panel-files-rows = { $rows } 行
panel-files-totals-dropped = 合計行 { $count } 行を除外
panel-files-currency-hint = 金額の通貨は { $code }（根拠：{ $from }）
panel-files-open = ファイルを開く…
panel-files-sample = サンプルデータ
panel-files-paste-paths = またはパスを入力・貼り付け（1 行に 1 つ）：
panel-files-open-path = パスを開く
panel-files-open-path-hint = .roilens のパスはそのワークスペースを開きます
panel-files-add = 分析に追加

## サイドバー：絞り込み
panel-filters-heading = 絞り込み
panel-filters-date-range = 期間
panel-filters-from = 開始
panel-filters-to = 終了
# 日付ピッカーのカレンダー（src/ui/date_picker.rs）：表示中の月（$month は 1–12、$year は年の
# テキスト）、月曜始まりの曜日（$day は 1–7）と矢印。
ui-date-month = { $year }年{ $month }月
ui-date-weekday = { $day ->
        [1] 月
        [2] 火
        [3] 水
        [4] 木
        [5] 金
        [6] 土
       *[7] 日
    }
ui-date-previous-year = 前年
ui-date-previous-month = 前月
ui-date-next-month = 翌月
ui-date-next-year = 翌年
panel-filters-last-days = 直近 { $days } 日
panel-filters-all = すべて
panel-filters-group-by = グループ化
panel-filters-time-buckets = 時間の単位
panel-filters-day = 日
panel-filters-week = 週
panel-filters-month = 月
panel-filters-channels = チャネル
panel-filters-campaigns = キャンペーン
panel-filters-all-selected = { $title }（全 { $total } 件）
panel-filters-some-selected = { $title }（{ $total } 件中 { $selected } 件）

## サイドバー：統計
panel-stats-heading = 統計
panel-stats-intervals = 95% 区間
panel-stats-intervals-hint = ROI と継続率のグラフにエラーバーを、表に ± 列を表示します。率は合計した件数に対する Wilson 区間、ROI・獲得単価 (CPA)・クリック単価 (CPC)・インプレッション単価 (CPM) は日単位のブートストラップで求めます（7 日未満は不確実すぎるため求めません）。
panel-stats-compare-with = 比較対象
panel-stats-compare-hint = ▲ 有意に高い、▼ 有意に低い、≈ 基準の{ $group }と区別できない（差は誤差かもしれない）：率は 2 標本の比率の z 検定、ROI はブートストラップ検定で、{ $group }間のホルム補正後に有意水準 5% で判定します
panel-stats-most-spend = 広告費が最大
panel-stats-most-spend-named = 広告費が最大（{ $name }）
panel-stats-compare-periods = 期間を比較
panel-stats-compare-periods-hint = 表に Δ と Δ% の列を表示します。選択した期間を別の期間と比較します
panel-stats-previous-period = 同じ長さの直前の期間
panel-stats-chosen-range = 任意の期間
panel-stats-range-to = 〜
panel-stats-periods = { $from }〜{ $to } と { $previous_from }〜{ $previous_to } を比較
panel-stats-no-rows = その期間には行がありません。開始日を遅くするか、別の期間を選んでください。

## サイドバー：列の対応付け
panel-mapping-heading = 列の対応付け
panel-mapping-no-column = { $name } に「{ $field }」の列がありません。どの列ですか？
panel-mapping-column = 「{ $field }」の列
panel-mapping-choose = 選択…
panel-mapping-event-log = イベントログとしてコホートで開く
panel-mapping-event-log-hint = 1 行が 1 件のイベント（ユーザーと時刻、広告費なし）のファイルです。列はコホートパネルで選びます
panel-mapping-header-line = { $encoding }、見出しは { $line } 行目
panel-mapping-required = { $field }（必須）
panel-mapping-not-used = （未使用）
panel-mapping-maybe = 候補
panel-mapping-use-as = 「{ $header }」を{ $field }として使う
panel-mapping-reset = 自動に戻す
panel-field-date = 日付
panel-field-channel = チャネル
panel-field-campaign = キャンペーン
panel-field-spend = 広告費
panel-field-impressions = インプレッション
panel-field-clicks = クリック
panel-field-conversions = コンバージョン
panel-field-revenue = 売上
panel-field-new-users = 新規ユーザー
panel-field-retained = { $day } 日目継続ユーザー

## ダッシュボード
panel-dashboard-empty = キャンペーンのエクスポートファイルを開いてください（ファイル → ファイルを開く…、ここへドラッグ、またはパスを貼り付け）。
panel-dashboard-no-rows = 絞り込みに一致する行がありません。期間を広げるか、チャネルをさらに選んでください。
panel-dashboard-restore = 元に戻す
panel-dashboard-maximise = 最大化
panel-dashboard-restore-hint = 「{ $view }」を元のサイズに戻す
panel-dashboard-maximise-hint = 「{ $view }」を最大化
panel-dashboard-png-hint = 「{ $view }」を PNG 画像で書き出す

## シートの選択
panel-sheets-heading = どのシートを開きますか？
panel-sheets-events = { $rows } 行 · イベントログ（コホートビューで開きます）
panel-sheets-fields = { $rows } 行 · { $fields }
panel-sheets-no-header = { $rows } 行 · 認識できる見出し行がありません
panel-sheets-field-separator = 、
panel-sheets-no-spend-header = 広告費の列を含む見出し行が見つかりません
panel-sheets-are-channels = シートごとに 1 つのチャネルとする（チャネル列のないシート向け）
panel-sheets-stacked = 各シートは別々のソースとして積み重ね、book.xlsx#sheet という名前を付けます。
panel-sheets-open = 開く


# views：グラフのビュー（src/views）、書き出す画像（src/export）、描画の補助（src/ui）。日本語。

## グループの単位
view-list-separator = {"、"}

## ROI
view-roi-title = チャネル別 ROI
view-roi-title-by = { $group }別 ROI
view-roi-no-revenue = 売上の列がないため、ROI を計算できません。
view-roi-baseline = 基準
view-roi-axis-x = ROI（売上 ÷ 広告費）
view-roi-hover-value = ROI { $value }
view-roi-overall-line = 全体 ROI { $value }
view-roi-overall = 全体 { $value }

## コンバージョンファネル
view-funnel-title = コンバージョンファネル
view-funnel-title-by = { $group }別コンバージョンファネル
view-funnel-no-columns = インプレッションとクリックの列がないため、ファネルを表示できません。
view-funnel-impressions = インプレッション
view-funnel-impressions-short = インプ
view-funnel-ctr = → CTR
view-funnel-clicks = クリック
view-funnel-cvr = → CVR
view-funnel-conversions = コンバージョン
view-funnel-conversions-short = CV
view-funnel-ctr-hover = クリック率 (CTR)：クリック ÷ インプレッション
view-funnel-cvr-hover = コンバージョン率 (CVR)：コンバージョン ÷ クリック

## 継続率
view-retention-title = 継続率
view-retention-title-by = { $group }別継続率
view-retention-no-columns = これらのファイルには継続率の列（新規ユーザーと N 日目の継続ユーザー）がありません。
view-retention-axis-x = インストール後の日数
view-retention-axis-y = 継続率（新規ユーザーに対する %）
view-retention-hover-day = { $day } 日目：{ $value }

## 推移
view-trend-title = 推移
view-trend-title-for = { $metric }の推移
view-trend-metric = 指標
view-trend-no-date = 日付の列がないため、推移を表示できません。
view-trend-not-daily = { $granularity ->
        [week] 週
       *[day] 日
    }単位の推移は表示できません：{ $why }。月単位で見るには、時間の単位に「月」を選んでください。
view-trend-axis-x = 日付
view-trend-axis-y-sum = { $metric }（{ $granularity ->
        [week] 週
        [month] 月
       *[day] 日
    }あたり）
view-trend-axis-y-rate = { $metric }（{ $granularity ->
        [week] 週次
        [month] 月次
       *[day] 日次
    }）
view-trend-hover-value = { $date }：{ $value }

## 日別の広告費と売上
view-scatter-title = 日別の広告費と売上
view-scatter-not-daily = 日別のデータ点がありません：{ $why }。
view-scatter-no-columns = 日付と売上の列が必要です。
view-scatter-break-even = 損益分岐（ROI = 1）
view-scatter-axis-x = 日別広告費
view-scatter-axis-y = 日別売上
view-scatter-hover-spend = 広告費 { $value }
view-scatter-hover-revenue = 売上 { $value }
view-scatter-hover-roi = ROI { $value }

## KPI 表
view-table-title = KPI 表
view-table-csv-hover = 表を CSV で保存（Excel で開いても日本語が文字化けしません）
view-table-copy = コピー
view-table-copy-hover = 表をタブ区切りのテキストとしてコピー（スプレッドシートに貼り付けられます）
view-table-too-uncertain = 不確実性が大きすぎる
view-table-period-value = { $from }～{ $to }：{ $value }
view-table-left-out = ここには表示していない列（CSV には含まれます）：{ $metrics }
view-table-sort-by-name = 名前で並べ替え
view-table-sort-hover = { $metric }（クリックで並べ替え）
view-table-plus-minus-hover = 95% 区間の幅の半分です。値にカーソルを合わせると区間の正確な上限と下限を表示します
view-table-change-hover = もう一方の期間からの変化
view-table-change-pct-hover = もう一方の期間の値に対する変化率（%）
view-table-total = 合計
view-table-baseline = 基準
view-table-baseline-hover = この表の ▲ ▼ は、ほかの各行をこの行と比べた結果です

## 予算プラン
view-plan-title = 予算プラン
view-plan-title-by = { $group }別予算プラン
view-plan-csv-hover = プランを CSV で保存（1日あたりの金額、グループごとに1行）
view-plan-fitting = 反応曲線を推定しています…
view-plan-wrong-grouping = 予算プランはチャネル別またはキャンペーン別に作成します。どちらかでグループ化してください。
view-plan-no-columns = プランの作成には、日付と売上の列、および表示中の行が必要です。
view-plan-no-curve = 反応曲線のある{ $group }がありません：{ $reasons }。
view-plan-reason-separator = {" / "}
view-plan-refused = { $group }：現在の広告費のまま据え置き（{ $reason }）
view-plan-mode-budget = 1日の予算を配分
view-plan-mode-budget-hover = 1日の総予算の範囲で期待売上を最大化します
view-plan-mode-target = 目標の限界 ROI まで投下
view-plan-mode-target-hover = 各グループは、次の1単位の広告費がこの値だけ返すところまで投下します（1.0 = 損益分岐）
view-plan-target = 目標の限界 ROI
view-plan-budget = 1日の予算
view-plan-budget-today = 現在の総額
view-plan-budget-today-hover = 現在の合計に戻す
view-plan-bounds = 各グループの変動幅 ±
view-plan-bounds-hover = 各グループが現在の広告費からどこまで変動できるか
view-plan-progress = 90% 区間：リサンプリング { $done } / { $total } 回
view-plan-curves-axis-x = 一定の1日あたり広告費
view-plan-curves-axis-y = 1日あたりの期待売上
view-plan-curves-key = ● 現在の広告費   ◇ プラン   網掛け：実績のある広告費の範囲   破線：その範囲外
view-plan-mroi-axis-short = ROI：次の1単位（濃）、平均（淡）
view-plan-mroi-axis = 次の1単位の広告費のリターン（濃）と平均のリターン（淡）
view-plan-mroi-avg = 平均 { $value }
view-plan-mroi-next = 限界 { $value }
view-plan-break-even = 損益分岐
view-plan-mroi-key = 破線：損益分岐（次の1単位がそのコストと同じ額を返す点）。ひげ：90% 区間
view-plan-col-hold-hover = 現在の広告費に固定
view-plan-col-today = 現在
view-plan-col-today-hover = 期間内の1日あたり平均広告費
view-plan-col-plan = プラン
view-plan-col-plan-hover = プランの1日あたり広告費
view-plan-col-change = 変化
view-plan-col-change-hover = プラン − 現在
view-plan-col-avg = 平均 ROI
view-plan-col-avg-hover = 期間内の売上 ÷ 広告費
view-plan-col-mroi-now = 現在の限界 ROI
view-plan-col-mroi-now-hover = 現在の広告費で、次の1単位の広告費が返す額（90% 区間）
view-plan-interval-hover = 90% 区間：{ $interval }
view-plan-col-mroi-plan = プランの限界 ROI
view-plan-col-mroi-plan-hover = プランの広告費で、次の1単位が返す額
view-plan-col-revenue-now = 現在の売上
view-plan-col-revenue-now-hover = 現在の広告費での1日あたり期待売上
view-plan-col-revenue-plan = プランの売上
view-plan-col-revenue-plan-hover = プランの広告費での1日あたり期待売上
view-plan-col-status = 状態
view-plan-hold-hover = { $group }を現在の広告費に固定
view-plan-status-planned = 計画済み
view-plan-status-extrapolated = 計画済み · 外挿
view-plan-status-extrapolated-hover = プランの広告費が、実績で最も大きい日の 1.2 倍を超えています。その範囲の曲線は推測です。
view-plan-status-locked = 据え置き（固定）
view-plan-status-refused = 据え置き：曲線なし ↓

## コホート
view-cohorts-title = コホート
view-cohorts-title-for = 初回イベントの{ $period ->
        [week] 週
        [month] 月
       *[day] 日
    }別コホート · { $users } ユーザー
view-cohorts-csv-hover = コホート表を CSV で保存（日数はサイドバーで選んだもの）
view-cohorts-all-users = 全ユーザー
view-cohorts-heatmap-of = ヒートマップ：
view-cohorts-busy = イベントログを読み込み、コホートを計算しています…
view-cohorts-no-log = コホートを見るには、エクスポートと合わせてイベントログ（1行に1イベント：ユーザー、時刻、任意でイベント、金額、チャネル）を開いてください。
view-cohorts-no-events = イベントログにイベントがありません。
view-cohorts-no-spend = 日別の ROAS と回収日を見るには、イベントログと合わせて広告費を含むキャンペーンのエクスポートを開いてください（日付とチャネルで結合します）。
view-cohorts-def-cohort = コホート：初回イベントの{ $period ->
        [week] 週
        [month] 月
       *[day] 日
    }でユーザーを分類
view-cohorts-def-cohort-event = コホート：初回の `{ $event }` の{ $period ->
        [week] 週
        [month] 月
       *[day] 日
    }でユーザーを分類
view-cohorts-def-days-rolling = N 日目：開始時点からの 24 時間単位
view-cohorts-def-days-calendar = N 日目：{ $offset } の暦日
view-cohorts-def-retained = 継続：{ $when ->
        [later] N 日目以降
       *[on] N 日目
    }に何らかのイベント
view-cohorts-def-retained-event = 継続：{ $when ->
        [later] N 日目以降
       *[on] N 日目
    }に `{ $event }`
view-cohorts-definitions = { $cohort } · { $days } · { $retained } · LTV：N 日目までの金額 ÷ ユーザー数 · 空欄：まだ到達していない。平均は N 日目に到達したコホートのみ
view-cohorts-payback-day = { $group } { $day } 日目
view-cohorts-payback-not-by = { $group } { $day } 日目までに未回収
view-cohorts-payback-no-spend = { $group } 広告費なし
view-cohorts-payback = 回収（N 日目までの金額 ≥ そのコホートの日付とチャネルの広告費）：{ $channels }
view-cohorts-legend-hover = すべてのグラフで表示／非表示を切り替え
view-cohorts-retention-title = 日別継続率
view-cohorts-retention-axis-y = 戻ったユーザー（%）
view-cohorts-ltv-title = 日別 LTV
view-cohorts-ltv-axis-y = 1ユーザーあたりの金額
view-cohorts-roas-title = 日別 ROAS · 破線：回収済み · ◆ 回収日
view-cohorts-roas-axis-y = 金額 ÷ 広告費
view-cohorts-axis-day = コホート開始後の日数
view-cohorts-hover-day = { $day } 日目：{ $value }
view-cohorts-hover-interval = 95% 区間 { $lo }–{ $hi }%（{ $users } 人中 { $back } 人、Wilson）
view-cohorts-roas-line = ROAS 1（回収）
view-cohorts-heatmap-title = コホート別継続率 · { $group }
view-cohorts-heatmap-hover-cohort = { $group }、{ $cohort } のコホート
view-cohorts-heatmap-hover-day = { $day } 日目：{ $share } が継続
view-cohorts-heatmap-hover-day-users = { $day } 日目：{ $share } が継続（{ $users } 人中 { $back } 人）

## 画像とそのエラー
view-export-dashboard = ダッシュボード全体
view-export-dashboard-title = チャネル別パフォーマンス
view-picture-source = 出典：{ $files } · ROI Lens
view-export-unknown-chart = 不明なグラフ `{ $chart }` です。次から選んでください：{ $choices }
view-export-error-scale = 倍率は 1、2、3 のいずれかにしてください（指定値：{ $scale }）
view-export-error-size = { $what ->
        [height] 高さ
       *[width] 幅
    }は { $min }～{ $max } ポイントにしてください（指定値：{ $side }）
view-export-error-too-large = { $width }×{ $height } ピクセルは、このグラフィックデバイスで描画できる大きさ（1辺 { $max } まで）を超えています。サイズか倍率を小さくしてください
view-export-error-no-gpu = グラフを描画するグラフィックデバイスがありません：{ $why }
view-export-error-render = グラフの描画に失敗しました：{ $why }
view-export-error-encode = PNG のエンコードに失敗しました：{ $why }
view-export-error-write = { $path } に書き込めません：{ $why }
view-export-no-frame = フレームが描画されませんでした
view-export-gpu-timeout = GPU から画像が返されませんでした
view-export-wrong-size = 読み戻した画像のサイズが正しくありません


# cli
# コマンドラインの人が読む出力：stderr の注意と警告、`error:` の本文、`inspect` のレポート。

## 入力
cli-warning-source-changed = 警告：{ $file } はワークスペースの保存後に変更されています。新しいデータを使います
cli-error-source-missing = ワークスペース { $workspace }：ソース { $name } が見つかりません（{ $path } と { $recorded } を探しました）
cli-error-only-event-logs = { $files } はイベントログです（1 行に 1 ユーザーと時刻、広告費なし）。イベントログは `roi-lens cohorts` で読み込みます。キャンペーンのエクスポートと一緒に開いてください
cli-warning-note = 警告：{ $file }：{ $note }
cli-error-no-such-file = { $flag } { $file }={ $value }：指定されたファイルに { $file } がありません

## summary
cli-no-rows = （一致する行がありません）
cli-error-stats-one-grouping = --ci、--baseline、--compare-* にはグループ分けが 1 つだけ必要です：--by channel、campaign、source のいずれか
cli-error-compare-needs-dates = 期間の比較には日付の列が必要ですが、これらのファイルにはありません
cli-error-no-baseline-group = --baseline { $name }：表示中の行にその名前の{ $key }はありません。あるのは：{ $groups }
cli-note-too-few-days = 注意：ROI、CPA、CPC、CPM の区間には少なくとも { $min_days } 日分のデータが必要です。不確実すぎるため空欄にしたもの：{ $groups }
cli-baseline = 基準：{ $name }。有意に高い／有意に低い = ほかの { $others } { $key }との多重比較にホルム補正を適用したうえで 5% 水準の差がある、区別できない = 差は誤差かもしれない
cli-baseline-most-spend = 基準：{ $name }（広告費が最大）。有意に高い／有意に低い = ほかの { $others } { $key }との多重比較にホルム補正を適用したうえで 5% 水準の差がある、区別できない = 差は誤差かもしれない
cli-note-no-baseline = 注意：広告費のある{ $key }がないため、比較の基準がありません
cli-periods = 期間：{ $from } – { $to } を { $previous_from } – { $previous_to } と比較
cli-note-no-rows-in = 注意：{ $from } – { $to } には行がありません

## chart
cli-error-chart-grouping = グラフは channel、campaign、source のいずれかでグループ分けします（{ $key }は不可）
cli-warning-no-such-name = 警告：これらのファイルに `{ $name }` という{ $key }はありません
cli-warning-no-baseline-name = 警告：表示中の行に `{ $name }` という{ $key }はありません。広告費が最大のものと比較します
cli-error-metric-unavailable = --metric { $metric }：ファイルにそのための列がありません。使えるもの：{ $available }
cli-error-nothing-to-draw = 絞り込みに一致する行がありません：描くものがありません
cli-wrote-png = { $file } を書き出しました（{ $width }×{ $height } px）
cli-error-chart-cohorts-needs-events = --chart cohorts にはファイルの中にイベントログ（1 行に 1 ユーザーと時刻）が必要です

## plan
cli-error-bootstrap-max = --bootstrap は最大 { $max } です
cli-error-not-positive = { $flag } は 0 以上の数値にしてください（{ $value } は不可）
cli-error-plan-needs-data = 予算プランには日付と売上の列、そして表示中の行が必要ですが、これらのファイルにはありません
cli-error-no-lock-group = --lock { $name }：その名前の{ $key }はありません。あるのは：{ $groups }
cli-held = { $name }：現在の広告費のまま：{ $reason }

## cohorts
cli-note-duplicates = 注意：{ $file }：重複イベント { $count_text } 件（ユーザー・時刻・イベントが同じ）は 1 回だけ数えます
cli-note-duplicates-across = 注意：{ $count_text } 件のイベントが複数のファイルにあります（ユーザー・時刻・イベントが同じ）。1 回だけ数えます
cli-error-bracket-is-day = --brackets { $day } と --days { $day } はどちらも列 { $column } になりますが、--mode on-or-after では数え方が異なります。どちらか一方からその日を外してください
cli-note-clickhouse-cohorts = 注意：{ $url }：{ $events } 件のイベントを ClickHouse で { $rows } 行のコホート行列に集計しました（受信 { $bytes } バイト）

## inspect（各行のインデントの後）
cli-inspect-encoding = エンコーディング：{ $encoding }
cli-inspect-sheets = シート：
cli-inspect-sheet-fields = { $rows } 行：{ $fields }
cli-inspect-sheet-no-header = { $rows } 行、認識できる見出しなし
cli-inspect-sheet-read = ← 読み込み
cli-inspect-header-row = 見出しの行：    { $line }
cli-inspect-header-line = 見出しの行：    { $line }
cli-inspect-rows-pushed = 行数：          テーブルの { $table_rows } 行を ClickHouse で日 × ラベルごとの { $groups } 行に集計（受信 { $bytes } バイト）
cli-inspect-rows = 行数：          { $rows }（合計行 { $dropped } 行を除外）
cli-inspect-mapping = 列の対応：
cli-inspect-set-by-map = （--map で指定）
cli-inspect-scale = （値 × { $scale }）
cli-inspect-not-used = 未使用：        { $headers }
cli-inspect-maybe = 候補：          { $field } ← "{ $header }"？（認識されていません。--map { $field }="{ $header }" で使えます）
cli-inspect-channel = チャネル：      { $channel }
cli-inspect-currency = 通貨：          { $code }（根拠：{ $from }）
cli-inspect-no-currency = 通貨：          認識できません（--currency-of FILE=CODE で指定）
cli-inspect-note = 注意：{ $note }

# cli-help
# コマンドラインの --help の日本語：各サブコマンドの説明と各引数のヘルプ（src/cli/help.rs）。
# clap 自身の語（"Usage:"、"Options:"、"Print help"、"error:"）は英語のままです。続いて引数の
# 解析メッセージ。
cli-help-about = 本当に稼いでいるチャネルはどれか：広告プラットフォームのエクスポートから ROI、ファネル、継続率を算出します
cli-help-about-summary = グループごとの合計と合計どうしの比率（ROI、CTR、CVR、CPA、CPC、CPM、継続率）
cli-help-about-inspect = 各ファイルの読み方：エンコーディング、見出し行、どの見出しがどの項目になったか
cli-help-about-chart = グラフ（またはダッシュボード全体）を PNG に描きます。アプリが書き出す画像と同じです
cli-help-about-plan = チャネルまたはキャンペーンごとの反応曲線、限界 ROI、1 日の予算プラン
cli-help-about-cohorts = イベントログから、初回接触チャネルごとのコホート継続率と LTV を算出します
cli-help-app-files = デスクトップアプリで開くファイル（サブコマンドなしのとき）。指定がなければ同梱のサンプルデータを開きます。`.roilens` ファイルはワークスペースとして開きます
cli-help-app-workspace = このワークスペースをデスクトップアプリで開きます
cli-help-lang = 表、メッセージ、画像の言語：en、zh（简体中文）、ja（日本語）。既定値：コマンドラインでは英語（LANG が中国語か日本語を指すときはその言語）、アプリではアプリ自身の設定（初回はシステムから取得）。CSV と JSON のキーは変わりません
cli-help-files = CSV、TSV、Parquet、ワークブック（.xlsx、.xls、.ods）のエクスポート。複数のファイルはまとめて扱います。`book.xlsx#Sheet2` はワークブックの 1 シートを、`clickhouse://[user@]host[:port]/database/table` は ClickHouse のテーブルを読みます（ClickHouse 側で日 × ラベルごとに集計。パスワードは CLICKHOUSE_PASSWORD から）
cli-help-sheet = `#SHEET` なしで指定した各ワークブックで読むシート（既定値：見出しを認識できる最初のシート）
cli-help-currency = 合計する前に、--rate で指定したレートですべての金額をこの通貨（ISO コード：CNY、USD、JPY …）に換算します。指定しないと、通貨の異なるファイルは一緒に読み込めません
cli-help-rates = CODE の 1 単位がレポート通貨の RATE に当たります（`--rate USD=7.10`。繰り返し指定可）
cli-help-currency-of = FILE の金額の通貨。見出しやセルに書かれていない、または誤っている場合に指定します（`--currency-of report.csv=USD`。繰り返し指定可）
cli-help-all-sheets = 各ワークブックのデータがあるシートをすべて読み、別々のソースとして積み重ねます
cli-help-sheets-as-channels = チャネルの列がないシートは、シート名のチャネルとして扱います（1 チャネル 1 シート）
cli-help-workspace = 保存したワークスペースのソース、列の対応付け、絞り込みを使います（ここで指定したオプションは絞り込みを上書きし、あわせて指定した FILES は追加されます）
cli-help-map = 項目 FIELD を列 HEADER から読みます（`--map spend="花费(元)"`）。`--map FIELD=` はその項目を使いません
cli-help-aliases = チャネル FROM を TO として表示します（繰り返し指定可）：`--alias 朋友圈="WeChat Moments"` で両者をまとめます
cli-help-known-aliases = 既知のプラットフォームのチャネル（朋友圈、Moments、モーメンツ …）をそれぞれ 1 つの英語名で表示します
cli-help-channel-of = FILE のチャネル。チャネルの列がない、プラットフォームからそのままダウンロードしたファイル用です（繰り返し指定可。既定値：見出しから認識したプラットフォーム、なければファイル名）
cli-help-lenient = 読み取れないセルがあってもファイルを読み込みます。そのセルは空にし、stderr に一覧を出します（ファイル、行、列、値）
cli-help-strict = 見出しよりフィールドが少ない・多い行や、二重に書かれた見出しがあるファイルを拒否します（指定しないときは警告にとどめ、注記のとおりにデータを読みます）
cli-help-from = 含める最初の日（2024-03-01、2024/3/1、20240301）
cli-help-to = 含める最後の日
cli-help-channels = このチャネルだけを残します（複数なら繰り返し指定）
cli-help-campaigns = このキャンペーンだけを残します（複数なら繰り返し指定）
cli-help-ci = 95% 区間を `<metric>_lo` と `<metric>_hi` として加えます：CTR、CVR、継続率は Wilson 区間、ROI、CPA、CPC、CPM は日単位のブートストラップ（再標本 2,000 回、シード固定）
cli-help-baseline = 各グループをこのグループと比べます（`--baseline` だけなら広告費が最大のグループ）：CTR、CVR、継続率、ROI に `<metric>_vs_baseline`（higher、lower、same）と `<metric>_p`（ホルム補正後）を加えます
cli-help-compare-previous = 直前の同じ長さの期間と比べます：`<metric>_prev`、`<metric>_change`、`<metric>_change_pct` を加えます
cli-help-compare-from = 代わりにこの期間と比べます（最初の日。--compare-to が必要）
cli-help-compare-to = 比べる期間の最後の日
cli-help-summary-by = channel、campaign、source、date、week、month のうち 1 つ以上でグループ化します（カンマ区切り）。既定値：channel、ファイルにチャネルの列がなければ campaign
cli-help-inspect-json = テキストの代わりに JSON を出力します
cli-help-chart-chart = 描くもの：ダッシュボードのビューの 1 つ、またはダッシュボード全体（一覧は下記）
cli-help-chart-chart-list = 描くもの：ダッシュボードのビューの 1 つ、またはダッシュボード全体：
cli-help-chart-out = 書き出す PNG（既にあれば原子的に置き換えます）
cli-help-chart-width = 幅（ポイント）。PNG の幅は 幅 × 倍率 ピクセルです
cli-help-chart-height = 高さ（ポイント）
cli-help-chart-scale = 1 ポイントあたりのピクセル数：1、2、3（2 ならプロジェクターや高密度画面でも鮮明です）
cli-help-chart-metric = 推移グラフの指標（spend、revenue、roi、ctr、cvr、cpa、cpc、cpm、retention_d7 …）
cli-help-chart-by = channel、campaign、source のいずれかでグループ化します。既定値：channel、ファイルにチャネルの列がなければ campaign
cli-help-chart-granularity = 推移グラフの時間の単位：day（既定値）、week、month
cli-help-chart-dark = 既定の明るい背景の代わりに暗い背景にします
cli-help-chart-clean = 誤差棒、基準の印、期間比較を省きます（すっきりしたスライド用）
cli-help-chart-baseline = 各グループをこのグループと比べます（既定値：広告費が最大のグループ、またはワークスペースの設定）
cli-help-plan-by = channel（既定値）または campaign ごとにプランを作ります
cli-help-plan-budget = 配分する 1 日の総予算（既定値：現在の総額、つまり 1 日平均広告費の合計）
cli-help-plan-target-mroi = 各グループの限界 ROI が X に下がるまで投下します（1.0 = 損益分岐）。これで総額が決まります
cli-help-plan-bounds = 各グループが現在の広告費から上下に動ける幅（0.3 = ±30%。既定値：ワークスペースの設定、なければ 0.3）
cli-help-plan-locked = このグループを現在の広告費に据え置きます（複数なら繰り返し指定）
cli-help-plan-resamples = 90% 区間のためのブートストラップ再標本の回数（0 = なし。既定値：ワークスペースの設定、なければ 200。最大 10,000）
cli-help-cohorts-files = イベントログ（CSV、TSV、Parquet、またはワークブックのシート：`book.xlsx#Events`）：1 行 1 イベントで、ユーザーの列と時刻の列、任意でイベント、金額、チャネル（初回接触）の列を持ちます。複数のログはまとめて扱い、2 つのログにある同じイベントは 1 回と数えます
cli-help-cohorts-spend = 日付とチャネルで広告費を結び付けるキャンペーンのエクスポート：CPI、各日の ROAS、回収日を加えます（チャネル名はイベント側の名前、つまり `--alias` で表示される名前と一致している必要があります）
cli-help-cohorts-by = `channel`（初回接触チャネル）または `all`（全ユーザーをまとめて）
cli-help-cohorts-period = ユーザーが始めた日、週（月曜始まり）、月ごとにコホートを分けます
cli-help-cohorts-days = 列にする N 日目
cli-help-cohorts-mode = `on`：N 日目に戻った、`on-or-after`：N 日目以降に戻った
cli-help-cohorts-start = ユーザーの開始とするイベント（既定値：任意のイベント）
cli-help-cohorts-returns = 戻ったとみなすイベント（既定値：任意のイベント）
cli-help-cohorts-brackets = 日数の区間（両端を含む、`1,2-7,8-30`）：区間内のいずれかの日に戻れば継続とみなします（`--mode` にかかわらず）。列は `retention_d1`、`retention_d2_7` …
cli-help-cohorts-windows = `calendar`：N 日目は `--tz` の暦日です（23:58 と 00:03 は 0 日目と 1 日目）。`rolling`：N 日目はユーザーの開始イベントから N 番目の 24 時間枠で、ログの最後のイベントがその枠の終わりを過ぎてから表示します
cli-help-cohorts-channels = ユーザー→チャネルのファイル（ユーザーの列とチャネルの列を持つ CSV または TSV）。載っているユーザーは初回接触の帰属を上書きし、ほかのユーザーは初回接触のままです
cli-help-cohorts-tz = 暦日のタイムゾーン（`+08:00`）。オフセット付きの時刻は換算し、オフセットのない時刻は書かれたとおりに扱います
cli-help-cohorts-event-columns = 見出しの名前から分からないとき、COLUMN（user、time、event、amount、channel）を見出し HEADER から読みます（`--event-column user=member_no`。繰り返し指定可）。ログにない列（event、amount、channel）は `COLUMN=` とします
cli-error-lang = `{ $value }`：en、zh、ja のいずれかを選んでください
cli-error-unknown-metric = 不明な指標 `{ $value }` です。spend、revenue、roi、ctr、cvr、cpa、cpc、cpm、retention_d1 … を使ってください
cli-error-unknown-granularity = 不明な時間の単位 `{ $value }` です。day、week、month のいずれかを使ってください
cli-error-not-a-date = `{ $value }` は日付ではありません。2024-03-01、2024/3/1、20240301 の形で書いてください
cli-error-plan-key = プランはチャネルかキャンペーンごとに作ります。{ $key }ごとには作れません
cli-error-expected-pair = { $form } の形を期待しましたが、`{ $value }` でした
cli-error-not-event-column = `{ $column }` はイベントログの列ではありません（user、time、event、amount、channel）
cli-error-required-event-column = イベントログには { $column } の列が欠かせません
cli-error-offset = +08:00 や -05:00 のような UTC からの時差を期待しましたが、`{ $value }` でした
cli-error-bracket = 1 日か 2-7 のような日数の範囲を期待しましたが、`{ $value }` でした
cli-error-bracket-backwards = 区間 `{ $value }` は始まりより前に終わっています
cli-error-not-a-rate = `{ $value }` はレートではありません（7.10 のように書きます）
cli-error-rate-positive = { $code } のレートには正の数を指定してください（{ $value } は使えません）
cli-error-both-sides = `{ $value }` の等号の両側を指定してください
cli-error-one-workspace = ワークスペースは一度に 1 つだけ開けます
cli-error-workspace-alone = ワークスペースは単独で開いてください。ファイルはアプリでワークスペースに追加できます
cli-error-internal = ROI Lens の内部エラーです。報告してください：{ $detail }


# clickhouse-workspaces
# ClickHouse sources and workspace files (crates/core/src/data/clickhouse, crates/core/src/workspace).

## ClickHouse：テーブルを読めない理由（どれも URL とサーバーを示し、パスワードは含めない）
ch-bad-url = { $url }：ClickHouse のテーブルの URL ではありません：{ $reason }
ch-url-expected-form = clickhouse://[user@]host[:port]/database/table の形式が必要です
ch-url-ipv6-bracket = IPv6 アドレスに閉じ括弧 ] がありません
ch-url-bad-port = `{ $port }` はポート番号ではありません
ch-url-no-host = ホストがありません
ch-url-expected-path = ホストの後に /database/table が必要です
ch-password-in-url = { $url }：URL 内のパスワードはワークスペースと一緒に保存されてしまいます。代わりに { $variable }（またはアプリの接続フォーム）で指定してください
ch-unreachable = { $url }：{ $server } の ClickHouse に接続できません（{ $detail }）。サーバーは起動していますか？
ch-transport-timed-out = タイムアウト
ch-transport-host-not-found = ホストが見つかりません
ch-transport-connection-failed = 接続に失敗しました
ch-wrong-password = { $url }：{ $server } の ClickHouse がユーザー { $user } を拒否しました：パスワードが違うか、ユーザーが存在しません（パスワードは { $variable } から読み込みます）
ch-unknown-database = { $url }：{ $server } の ClickHouse にデータベース { $database } がありません
ch-unknown-table = { $url }：{ $server } の ClickHouse にテーブル { $table } がありません
ch-not-numeric = { $url }：列「{ $column }」（{ $field }）は ClickHouse では { $column_type } 型です。合計できるのは数値だけです（フィールドを数値の列に対応付けるか、型を変換するビューをテーブルに用意してください）
ch-timeout = { $url }：{ $server } でのクエリが { $seconds } 秒を超えたため停止しました
ch-too-many-groups = { $url }：日 × ラベルの合計が { $limit } 行を超えました。チャネルまたはキャンペーンの列はラベルではなく ID のようです（別の列を対応付けてください）
ch-cancelled = { $url }：クエリはキャンセルされました
ch-server = { $url }：{ $server } の ClickHouse でエラーが発生しました：{ $message }
ch-http-status = HTTP ステータス { $status }
ch-broken = { $url }：{ $server } からの応答が途切れました：{ $message }
# What broke off in an answer ($row is 1-based).
ch-broken-row-width = { $row } 行目の値が { $values } 個です（{ $width } 個のはず）
ch-broken-not-number = { $row } 行目の `{ $value }` は数値ではありません
ch-broken-facts = 概要の結果が `{ $line }` でした
ch-broken-cohort-row = コホートの { $row } 行目が `{ $line }` です

## ClickHouse のイベントテーブル（「URL：」の後）
ch-events-not-times = 列「{ $column }」：{ $count } 個の値が時刻ではありません（例：「{ $example }」）。時刻は DateTime、Date、秒またはミリ秒のエポック時刻、または 2024-06-01 13:05:00 のようなテキストです
ch-events-too-many-names = 列「{ $column }」の値が { $limit } 種類を超えています。チャネルやイベント名ではなく ID のようです（コホート → 列 で別の列を選ぶか、--event-column を指定してください）
ch-events-user-channels = ユーザー→チャネルのファイルはここでは ClickHouse のテーブルと結合できません。ClickHouse 側で結合してください（チャネルの列を持つビュー）

## ワークスペース：開く・保存（どれもファイルを示す）
ws-error-read = ワークスペース { $file } を読み込めません：{ $detail }
ws-error-write = ワークスペース { $file } を保存できません：{ $detail }
ws-error-truncated = ワークスペース { $file } が途中で切れています（{ $line } 行目、{ $column } 列目）：完全に保存されませんでした
ws-error-corrupt = ワークスペース { $file } の { $line } 行目、{ $column } 列目が壊れています：{ $message }
ws-error-not-a-workspace = { $file } は ROI Lens のワークスペースではありません：{ $message }
ws-error-newer-version = ワークスペース { $file } は新しい ROI Lens で保存されています（形式バージョン { $found }。このバージョンが読めるのは { $supported } まで）：ROI Lens を更新してください
ws-error-hash = ハッシュを記録するためにソース { $file } を読み込めません：{ $detail }
# Why a file is not a workspace (the $message of ws-error-not-a-workspace).
ws-not-text = テキストファイルではありません
ws-no-version = "version" がありません
ws-version-not-whole = "version" が整数ではありません
ws-version-zero = "version" が 0 です
ws-bad-date = `{ $value }` は日付（YYYY-MM-DD）ではありません
ws-bad-group-by = ダッシュボードは { $group_by } でグループ分けできません
ws-unknown-granularity = 不明な粒度 `{ $value }`
ws-unknown-metric = 不明な指標 `{ $name }`
ws-range-needs-ends = 比較する期間には compare_from と compare_to が必要です
ws-unknown-comparison = 不明な比較 `{ $value }`
ws-unknown-field = 不明なフィールド `{ $name }`
ws-bad-colour = { $name } の色 `{ $colour }` が #rrggbb 形式ではありません
# A source found changed or missing when the workspace was opened.
ws-notice-changed = { $file } はワークスペースの保存後に変更されています。新しいデータを表示しています
ws-notice-missing = { $name } が見つかりません（{ $path } と { $recorded } を探しました）
