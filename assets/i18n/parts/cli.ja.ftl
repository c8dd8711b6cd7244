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
