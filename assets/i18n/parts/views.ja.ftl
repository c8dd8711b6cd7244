# views：グラフのビュー（src/views）、書き出す画像（src/export）、描画の補助（src/ui）。日本語。

## グループの単位
view-group-channel = チャネル
view-group-campaign = キャンペーン
view-group-source = ソース
view-group-date = 日付
view-group-week = 週
view-group-month = 月
view-groups-channel = チャネル
view-groups-campaign = キャンペーン
view-groups-source = ソース
view-groups-date = 日付
view-groups-week = 週
view-groups-month = 月
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
