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
