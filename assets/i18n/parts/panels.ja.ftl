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
panel-group-channel = チャネル
panel-group-campaign = キャンペーン
panel-group-source = ソース
panel-group-date = 日付
panel-group-week = 週
panel-group-month = 月

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
