# app
# 应用的状态与命令（状态栏、消息、错误、文件对话框），以及同期群、币种、渠道、导出和 ClickHouse 面板。

## 列表与时间

app-list-separator = 、
app-sentence-separator = ；
app-list-two = { $first }和{ $last }
app-list-many = { $rest }和{ $last }
app-elapsed-ms = { $ms } 毫秒
app-elapsed-seconds = { $seconds } 秒

## 状态栏

app-status-loaded = 已从 { $files } 个文件载入 { $rows } 行，用时 { $elapsed }
app-status-loaded-statistics = 已从 { $files } 个文件载入 { $rows } 行，用时 { $elapsed }；统计用时 { $statistics }
app-status-loaded-summed = 已从 { $files } 个文件载入 { $rows } 行（由 ClickHouse 汇总自 { $table_rows } 行表数据），用时 { $elapsed }
app-status-loaded-summed-statistics = 已从 { $files } 个文件载入 { $rows } 行（由 ClickHouse 汇总自 { $table_rows } 行表数据），用时 { $elapsed }；统计用时 { $statistics }
app-status-updated = 已更新，用时 { $elapsed }
app-status-updated-statistics = 已更新，用时 { $elapsed }；统计用时 { $statistics }
app-status-with-statistics = { $status }；统计用时 { $statistics }
app-status-cancelled = 已取消，显示上一次的结果。
app-status-saving = 正在保存…
app-status-copied-table = 已复制 KPI 表（{ $rows } 行），可粘贴到电子表格中。
app-status-export-cancelled = 已取消导出：未选择文件。
app-status-changed-on-disk = { $path } 在打开后已在磁盘上被修改
app-status-no-file-chosen = 未选择文件。如果没有出现对话框，说明此系统没有文件选择服务：请改为在左侧的输入框中输入或粘贴路径。
app-status-reading-sheets = 正在读取工作簿的工作表…
app-status-choose-sheets = 请选择要打开的工作表
app-status-restored = 已恢复未保存的分析
app-status-restored-notices = 已恢复未保存的分析；{ $notices }
app-status-opened-workspace = 已打开工作区 { $path }
app-status-saved-workspace = 已保存工作区 { $path }
app-status-saved-png = 已保存 { $path }（{ $width }×{ $height } 像素）
app-status-saved-table = 已将 KPI 表保存到 { $path }
app-status-saved-plan = 已将预算方案保存到 { $path }
app-status-saved-cohorts = 已将同期群表保存到 { $path }

## 错误

app-error-worker-stopped = 后台任务已停止，请重新启动 ROI Lens
app-error-planner-stopped = 预算规划已停止，请重新启动 ROI Lens
app-error-plan = 预算方案：{ $message }
app-error-internal = 内部错误，请报告此问题：{ $message }
app-plan-stopped = 已停止
app-error-mixed-currencies = 这些文件的币种不同（{ $currencies }）：不同币种的金额不会相加；请在下方填写汇率进行换算，或分别打开这些文件
app-file-currency = { $file }：{ $code }
app-error-rate-missing = 请输入 1 { $code } 等于多少 { $report }
app-error-rate-positive = { $code } 的汇率必须大于 0
app-error-recovery-unavailable = 无法在 { $dir } 中保留未保存的更改以备恢复：{ $error }
app-error-file-dialog = 无法打开文件对话框：{ $error }
app-error-window = 无法启动窗口：{ $error }
app-error-nothing-to-export = 还没有可导出的内容：请先打开一些文件
app-error-file-job-panic = 写入文件时发生内部错误：{ $message }
app-error-file-job-start = 无法启动文件任务：{ $error }
app-error-file-job-stopped = 文件任务意外停止
app-error-export-device = 用于导出的图形设备不可用
app-error-no-plan = 还没有可导出的预算方案
app-error-no-cohorts = 还没有可导出的同期群
app-error-workspace-export = 工作区须通过 save_workspace 保存
app-error-not-a-file = { $path } 不是文件
app-error-already-in-analysis = { $path } 已在分析中
app-error-cohorts-start = 无法开始计算同期群：{ $error }

## 窗口与文件对话框

app-window-title = { $dirty }{ $name } — ROI Lens
app-dialog-open-exports = 打开广告投放导出文件
app-dialog-open-workspace = 打开工作区
app-dialog-locate-missing = 定位缺失的文件
app-dialog-filter-exports = 导出文件
app-dialog-filter-workspace = ROI Lens 工作区
app-dialog-filter-all = 所有文件

## 崩溃恢复

app-recovery-newer-version = 此版本无法恢复一项未保存的分析：{ $error }
app-recovery-failed = 无法恢复一项未保存的分析：{ $error }
app-recovery-summary = { $files } 个文件，按{ $group }
app-recovery-summary-range = { $files } 个文件，按{ $group }，{ $from } 至 { $to }
app-recovery-summary-from = { $files } 个文件，按{ $group }，自 { $from } 起
app-recovery-summary-until = { $files } 个文件，按{ $group }，截至 { $to }
app-group-name = { $key ->
        [channel] 渠道
        [campaign] 广告计划
        [source] 来源
        [date] 日期
        [week] 周
        [month] 月
       *[other] { $key }
    }

## 导出窗口

app-export-title-png = 导出 PNG
app-export-title-table-csv = 将 KPI 表导出为 CSV
app-export-title-plan-csv = 将预算方案导出为 CSV
app-export-title-cohorts-csv = 将同期群表导出为 CSV
app-export-title-workspace = 保存工作区
app-export-preset-wide = 16:9 幻灯片
app-export-preset-standard = 4:3 幻灯片
app-export-preset-square = 正方形
app-export-preset-a4 = A4 横向
app-export-csv-table = 采用带字节顺序标记（BOM）的 UTF-8 编码，Excel 能正确显示中文名称；各行按表格中的顺序排列，含合计行。
app-export-csv-cohorts = 采用带字节顺序标记（BOM）的 UTF-8 编码，Excel 能正确显示中文名称；每个渠道列出其各同期群及平均值（同期群 `all`），比率以小数表示，尚未到达的天数留空。
app-export-csv-plan = 采用带字节顺序标记（BOM）的 UTF-8 编码，Excel 能正确显示中文名称；每组一行，金额按日计。
app-export-note = 备注
app-export-note-hint = 这项分析的目的，下周要关注什么
app-export-sources-saved = 数据源按相对于此文件的路径和绝对路径保存，并记录其大小和 SHA-256。
app-export-save-to = 保存到
app-export-browse = 浏览…
app-export-browse-hint = 用系统的保存对话框选择文件
app-export-png-size = PNG 尺寸将为 { $width } × { $height } 像素。
app-export-no-file-chosen = 未选择文件。如果没有出现对话框，说明此系统没有文件选择服务：请在上方输入路径，然后点击“保存”。
app-export-file-exists = 该文件已存在，将被覆盖。
app-export-save = 保存
app-export-cancel = 取消
app-export-picture = 图表
app-export-size = 尺寸（点）
app-export-scale = 缩放
app-export-background = 背景
app-export-light = 浅色
app-export-dark = 深色

## 同期群面板

app-cohorts-heading = 同期群
app-cohorts-clickhouse-table = { $table }（ClickHouse：{ $server }）
app-cohorts-events = { $files }：{ $events } 个事件
app-cohorts-events-duplicates = { $files }：{ $events } 个事件（{ $duplicates } 个重复事件只计一次）
app-cohorts-events-clickhouse = { $files }：{ $events } 个事件；同期群在 ClickHouse 中计算
app-cohorts-events-duplicates-clickhouse = { $files }：{ $events } 个事件（{ $duplicates } 个重复事件只计一次）；同期群在 ClickHouse 中计算
app-cohorts-not-loaded = 未载入：请在下方选择其列
app-cohorts-loading = 正在载入事件…
app-cohorts-columns = 列
app-cohorts-computing = 正在计算同期群…
app-cohorts-cohort-by = 同期群划分
app-cohorts-period = { $period ->
        [day] 按天
        [week] 按周
       *[month] 按月
    }
app-cohorts-days = 天数
app-cohorts-days-hint = 表中列出的第 N 天，用逗号分隔（最大 { $max_day }）；其中最大的一天决定曲线延伸到哪里
app-cohorts-retained = 留存判定
app-cohorts-on-day = 第 N 天当天
app-cohorts-on-or-after = 第 N 天或之后
app-cohorts-day-n-is = 第 N 天的定义
app-cohorts-calendar-day = 自然日
app-cohorts-rolling = 从开始起算的 24 小时
app-cohorts-day-n-hint = 下方时区中的自然日（23:58 开始、00:03 回访，分别算第 0 天和第 1 天），或从用户的开始事件起算的第 N 个 24 小时（两者都算第 0 天）
app-cohorts-start-event = 开始事件
app-cohorts-return-event = 回访事件
app-cohorts-any-event = 任意事件
app-cohorts-time-zone = 时区
app-cohorts-utc-offset = UTC{ $offset }
app-cohorts-time-zone-hint = 第 N 天从何时开始。带时区偏移的时间会被换算；不带偏移的时间按此时区理解。
app-cohorts-auto = 自动：{ $header }
app-cohorts-auto-not-found = 自动：未找到
app-cohorts-column-none = 无
app-cohorts-column-user = 用户
app-cohorts-column-time = 时间
app-cohorts-column-event = 事件
app-cohorts-column-amount = 金额
app-cohorts-column-channel = 渠道

## 币种面板

app-currencies-heading = 币种
app-currencies-not-known = 未知
app-currencies-not-said = 文件中未注明：请选择其币种
app-currencies-from = 依据：{ $from }
app-currencies-not-converted = 金额未换算。
app-currencies-report-in = 报告币种
app-currencies-rate = 1 { $code } =
app-currencies-apply = 应用
app-currencies-stop = 停止换算
app-currencies-stop-hint = 停止后，不同币种的文件将无法一起显示

## 渠道面板

app-channels-heading = 渠道
app-channels-show-names = 名称显示
app-channels-as-in-data = 与数据一致
app-channels-in-english = 英文
app-channels-in-chinese = 中文
app-channels-look-alike = { $names } 看起来是同一个渠道。
app-channels-merge-as = 合并为 { $name }
app-channels-rename = 重命名或合并（{ $count } 个名称）
app-channels-colour = { $name } 在所有图表中的颜色
app-channels-name-in-files = 文件中的名称
app-channels-shown-as-hint = 显示名称；给两个渠道起同一个名称即可合并
app-channels-one-channel-headers = { $file } 没有渠道列：整个文件为一个渠道（根据表头识别）
app-channels-one-channel-file-name = { $file } 没有渠道列：整个文件为一个渠道（以文件名命名）
app-channels-one-channel-given = { $file } 没有渠道列：整个文件为一个渠道（按指定名称）

## ClickHouse 连接

app-connect-heading = 连接 ClickHouse
app-connect-host = 主机
app-connect-port = 端口
app-connect-user = 用户
app-connect-password = 密码
app-connect-database = 数据库
app-connect-tls = TLS（clickhouses://，通常使用端口 8443）
app-connect-table = 表
app-connect-list-tables = 列出表
app-connect-tables = 表
app-connect-event-log-table = { $table }（事件日志：在同期群中打开）
app-connect-recent = 最近的连接
app-connect-note = ClickHouse 按天、渠道和广告计划汇总该表，或计算事件表的同期群；只有这些汇总结果会被传输。密码仅在本次会话中保留（也可设置 CLICKHOUSE_PASSWORD），不会被保存。
app-connect-open = 打开
app-connect-add = 添加到分析
app-connect-cancel = 取消
app-connect-error-port = `{ $port }` 不是有效的端口号
app-connect-error-host = 请输入服务器的主机名或地址
app-connect-error-database = 请输入数据库
app-connect-error-thread = 无法启动线程：{ $error }
app-connect-error-list-lost = 表列表已丢失
app-connect-no-tables = 数据库 { $database } 中没有表
app-connect-choose-table = 请选择或输入一个表
