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
plan-groups = { $key ->
    [channel] チャネル
   *[campaign] キャンペーン
}
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
