# ROI Lens，简体中文。键与 en.ftl 相同。

## 菜单
menu-file = 文件
menu-view = 视图
menu-language = 语言
menu-plain-digits = 大数字不用万/亿

## 状态栏
status-rows = { $count } 行


# core
# 分析核心（crates/core）的指标名称、列标题、统计说明、预算方案原因和加载错误。

## 指标：说明数值含义的名称
metric-spend = 花费
metric-impressions = 展示
metric-clicks = 点击
metric-conversions = 转化
metric-revenue = 收入
metric-new-users = 新用户
metric-retained = 第 { $day } 天留存用户
metric-roi = ROI（投资回报率，收入 ÷ 花费）
metric-ctr = 点击率 (CTR)（点击 ÷ 展示）
metric-cvr = 转化率 (CVR)（转化 ÷ 点击）
metric-cpa = 转化成本 (CPA)（每次转化的花费）
metric-cpc = 点击成本 (CPC)（每次点击的花费）
metric-cpm = 千次展示成本 (CPM)（每 1,000 次展示的花费）
metric-retention = 第 { $day } 天留存率

## 指标：简短的列标题
metric-header-roi = ROI
metric-header-ctr = 点击率
metric-header-cvr = 转化率
metric-header-cpa = 转化成本
metric-header-cpc = 点击成本
metric-header-cpm = 千次展示成本
metric-header-retention = 第 { $day } 天留存率

## 字段与分组
core-field-date = 日期
core-field-channel = 渠道
core-field-campaign = 广告计划
core-field-spend = 花费
core-field-impressions = 展示
core-field-clicks = 点击
core-field-conversions = 转化
core-field-revenue = 收入
core-field-new-users = 新用户
core-field-retained = 第 { $day } 天留存用户
core-key-channel = 渠道
core-key-campaign = 广告计划
core-key-source = 来源文件
core-key-date = 日期
core-key-week = 周
core-key-month = 月

core-group-noun = { $key ->
    [channel] 渠道
    [campaign] 广告计划
    [source] 来源文件
    [date] 日期
    [week] 周
   *[month] 月份
}
core-group-count = { $key ->
    [channel] { $count_text } 个渠道
    [campaign] { $count_text } 个广告计划
    [source] { $count_text } 个来源文件
    [date] { $count_text } 天
    [week] { $count_text } 周
   *[month] { $count_text } 个月
}
core-charted-note = 图表只显示花费最多的 { $groups }（共 { $all }），表格列出全部。要在图表中查看其他{ $noun }，请筛选{ $noun }。
core-error-filter-needs-date = 按日期筛选需要日期列，但已载入的文件都没有日期列
core-error-group-needs-column = 按{ $key }分组需要{ $column }列，但已载入的文件都没有这一列
core-error-metrics-failed = 指标计算失败：{ $detail }
core-error-stopped = 已停止：有更新的请求取代了这次计算
core-error-period-out-of-range = 无法将 { $from } – { $to } 与它之前等长的时段比较：那个时段超出了日历范围（{ $min } 至 { $max }）
core-error-span-too-long = 当前数据行跨越 { $days_text } 天（{ $from } – { $to }），而预算规划最多按 { $max_text } 天计算：请缩小日期范围
core-encoding-utf8-bom = UTF-8（带 BOM）
core-format-workbook = 工作簿

## 报表列（命令行表格）：指标旁的统计量
core-column-lo = { $metric } 下限
core-column-hi = { $metric } 上限
core-column-vs-baseline = { $metric } 对比基准
core-column-p = { $metric } p 值
core-column-prev = { $metric } 上期
core-column-change = { $metric } 变化
core-column-change-pct = { $metric } 变化 %
core-verdict-baseline = 基准
core-verdict-higher = 显著更高
core-verdict-lower = 显著更低
core-verdict-same = 无法区分
core-flag-yes = 是

## 统计说明（悬停提示、图片）
stat-verdict-higher = 显著高于{ $baseline }
stat-verdict-lower = 显著低于{ $baseline }
stat-verdict-same = 与{ $baseline }无法区分：差异可能只是噪声
stat-p-below = p { $p }
stat-p-equals = p = { $p }
stat-verdict-single = { $what }（{ $p }）。
stat-verdict-holm = { $what }（{ $p }，已对 { $family } 个{ $groups }之间的多重比较做 Holm 校正）。
stat-interval = 95% 区间 { $lo } – { $hi }
stat-interval-no-dates = 不确定性太大：计算区间需要按天的数据行（文件中没有日期）
stat-interval-too-few-days = 不确定性太大，无法给出区间：只有 { $days } 天的数据，至少需要 { $min_days } 天
stat-interval-missing = 没有数值，因此没有区间
stat-method-wilson = 由汇总计数算出的 Wilson 得分区间
stat-method-bootstrap = 对 { $days } 天的数据做自助法 (bootstrap)（重抽样 { $resamples } 次，固定随机种子）
stat-interval-with-method = { $interval }（{ $method }）
core-explain-baseline = 其他{ $groups }都与这个基准比较。

## 图片的说明行
core-describe-dates = { $from } – { $to }
core-describe-all-dates = 全部日期
core-describe-all-groups = 全部 { $groups }
core-describe-some-groups = { $groups }中的 { $shown } 个
core-describe-list = { $noun }：{ $names }
core-describe-selected = { $noun }：已选 { $count_text } 个
core-describe-by = 按{ $key }，{ $granularity ->
    [day] 每天
    [week] 每周
   *[month] 每月
}
core-describe-currency = 金额单位：{ $currency }
core-describe-whiskers = 误差线：95% 区间
core-describe-markers = ▲▼ 与 { $name } 有显著差异（5% 水平，Holm 校正），≈ 无法区分
core-describe-deltas = Δ 对比 { $from } – { $to }

## 预算方案
plan-caveat = 收入为平台归因，并非增量提升：各渠道可能重复认领同一批订单，而曲线只描述过去的花费范围。大幅调整前请用对照组测试（holdout）验证。
plan-column-status = 状态
plan-column-spend-now = 当前花费
plan-column-spend-plan = 计划花费
plan-column-change = 变化
plan-column-roi = ROI
plan-column-mroi-now = 当前边际 ROI
plan-column-mroi-now-lo = 当前边际 ROI 下限
plan-column-mroi-now-hi = 当前边际 ROI 上限
plan-column-mroi-plan = 计划边际 ROI
plan-column-revenue-now = 当前收入
plan-column-revenue-plan = 计划收入
plan-column-extrapolated = 外推
plan-column-theta = θ
plan-column-half-saturation = 半饱和花费
plan-column-shape = 形状
plan-column-r2 = R²
plan-status-fitted = 已拟合
plan-status-locked = 已锁定
plan-status-too-few-days = 天数太少
plan-status-too-little-variation = 花费变化太小
plan-status-no-response = 无响应
plan-status-mismatched = 天数不匹配
plan-status-not-daily = 非按天数据
plan-gain = 增加 { $gain }
plan-gain-interval = 增加 { $gain }（90% 区间 { $lo } 至 { $hi }）
plan-totals = 每日花费 { $spend_now } → { $spend_plan }；每日收入 { $revenue_now } → { $revenue_plan }，{ $gain }
plan-note = 注意：{ $note }
plan-note-below-minimum = 预算低于所有组的下限之和；所有组都已处于下限，每天超出预算 { $overspend }
plan-note-above-maximum = 预算高于所有组的上限之和；所有组都已处于上限，每天有 { $unspent } 未花出
plan-note-invalid-goal = 预算或目标不是可用的数字；未做任何更改
plan-refusal-too-few-days = 只有 { $days_text } 天有花费，天数太少，无法衡量收入如何随花费变化
plan-refusal-too-little-variation = 花费从未变化（日间波动 { $variation }%），因此无法衡量其响应
plan-refusal-no-response = 收入没有随花费上升，因此没有可用于规划的曲线
plan-refusal-mismatched = 有 { $spend } 天的花费数据，却有 { $revenue } 天的收入数据，无法按天配对
plan-refusal-not-daily = 其数据行覆盖的时段最长达 { $days } 天，而非单日，因此无法衡量收入如何响应单日花费
plan-refusals-too-few-days = 有 { $n } 个{ $noun }只有 { $range } 天有花费，天数太少，无法衡量收入如何随花费变化
plan-refusals-too-little-variation = 有 { $n } 个{ $noun }的花费从未变化（日间波动 { $range }%），因此无法衡量其响应
plan-refusals-no-response = 有 { $n } 个{ $noun }的收入没有随花费上升
plan-refusals-mismatched = 有 { $n } 个{ $noun }的花费天数与收入天数无法配对
plan-refusals-not-daily = 有 { $n } 个{ $noun }的数据行覆盖的时段最长达 { $range } 天，而非单日，因此无法衡量收入如何响应单日花费

## 加载错误（每条消息都指明文件）
err-location-line = 第 { $line } 行
err-location-row = 第 { $row } 条数据
err-expected-number = 数字（如 1,234.56 或 ¥88）
err-expected-date = 日期（如 2024-03-01、2024/3/1 或 20240301）
err-expected-rate = 比率（如 35.2% 或 0.352）
err-io = { $file }：无法读取文件：{ $detail }
err-empty = { $file }：文件为空
err-binary = { $file }：这不是文本表格（第 { $offset } 字节处是二进制数据）；应为 CSV、TSV、Parquet 或工作簿（.xlsx、.xls、.ods）
err-undecodable = { $file }：无法按 { $encoding } 解码文本
err-missing-column = { $file }：未找到{ $field }列（查找的列名如 { $examples }）；文件中的列名：{ $headers }
err-missing-grouping = { $file }：未找到可用于分组的渠道或广告计划列（查找的列名如 渠道、广告版位、平台、channel、计划名称、campaign）；文件中的列名：{ $headers }
err-bad-cell = { $file }：{ $location }，列“{ $column }”（{ $field }）：无法将“{ $value }”读取为{ $expected }
err-unknown-header = { $file }：映射 { $field }="{ $header }" 指定的列在此文件中不存在；文件中的列名：{ $headers }
err-in-file = { $file }：{ $message }
err-mixed-currencies = 这些文件使用不同的货币（{ $currencies }）：不同货币的金额绝不会相加；请提供换算汇率（命令行：--currency { $first } --rate { $other }=…），或分别打开这些文件
err-no-rate = { $file }：其金额以 { $code } 计，但没有从 { $code } 到 { $report } 的汇率（命令行：--rate { $code }=…）
err-stray-quote = { $file }：第 { $line } 行，列“{ $column }”：“{ $value }”中的双引号破坏了 CSV 的引号规则；请给整个值加上引号（"5"" wide"）或删除这个引号
err-unclosed-quote = { $file }：第 { $line } 行：从这里开始的带引号的值没有结束引号
err-no-files = 未指定输入文件
err-none = （无）
err-group-by = 无法按 `{ $value }` 分组；请使用 channel、campaign、source、date、week 或 month

## 同期群：给人看的表格（CSV 和 JSON 保留原键名）
cohort-header-channel = 渠道
cohort-header-group = 分组
cohort-header-cohort = 同期群
cohort-header-users = 用户数
cohort-header-retention = 第 { $day } 天留存率
cohort-header-bracket = 第 { $from }–{ $to } 天留存率
cohort-header-ltv = 第 { $day } 天 LTV
cohort-header-cpi = CPI
cohort-header-roas = 第 { $day } 天 ROAS
cohort-header-payback = 回本（天）
cohort-all = 全部
cohort-not-by-day = 第 { $day } 天仍未回本

## 文件是如何读取的
core-channel-platform = 没有渠道列：整个文件为一个渠道 { $name }（根据表头识别）
core-channel-file-name = 没有渠道列：整个文件为一个渠道 { $name }（以文件名命名）
core-channel-given = 没有渠道列：整个文件为一个渠道 { $name }（按指定）
core-derived-roi = ROI × 花费
core-derived-rate = 比率 × 新用户
core-not-daily = { $file } 的数据行覆盖的时段最长达 { $days } 天，而非单日


# data-errors
# Errors of event logs, workbooks and file reading (crates/core/src/data).
# Notes a load attaches to a file (crates/core/src/data: notes, canonical, load, workbook).
note-list-separator = 、
note-separator = ；
note-and-more = { $list }，另有 { $more } 个
note-cells-and-more = { $list }；另有 { $more } 个
note-rows-fewer = { $rows } 行的字段比表头少（行号：{ $lines }），缺少的值按空值处理
note-rows-more = { $rows } 行的字段比表头多（行号：{ $lines }），多出的字段被忽略
note-header-twice = 列“{ $name }”出现了 { $times } 次（第 { $first } 和第 { $last } 列），使用第一个
note-synonym = “{ $header }”也可识别为{ $field }；使用的是“{ $used }”（可在列映射中另选）
note-roi-without-spend = 列“{ $header }”是 ROI（投资回报率）；没有花费列就无法换算为{ $field }，因此未使用
note-rate-without-new-users = 列“{ $header }”是留存率；没有新用户列就无法换算为{ $field }，因此未使用
note-periods = 每行覆盖最长 { $days } 天的时段，而不是单日：每行计入其第一天；趋势、每日花费与收入对比和预算规划都需要按日的数据行
note-several-currencies = 币种列包含多种货币（{ $codes }）；金额未换算
note-currency-unknown = 未能识别其货币；金额按 { $report } 计
note-converted = 金额已按汇率 { $rate } 从 { $from } 换算为 { $to }
note-blanked-cell = { $location }，列“{ $column }”：“{ $value }”
note-cells-blanked = { $cells_count } 个单元格无法读取，已留空：{ $cells }
note-spreadsheet-errors = { $cells_count } 个单元格含有电子表格错误：{ $cells }——按空值读取
note-clickhouse-rate = 列“{ $header }”是比率，ClickHouse 不对比率求和，因此未使用；请将{ $field }映射到计数或金额列
note-currency-from-setting = 你的设置
note-currency-from-column = 列“{ $header }”
note-currency-from-unit = 表头“{ $header }”中的单位
note-currency-from-symbol = 金额上的符号 { $symbol }
data-event-column-not-in-file = { $column ->
        [user] 用户
        [time] 时间
        [event] 事件
        [amount] 金额
        [channel] 渠道
       *[other] { $column }
    }列被设为“{ $header }”，但此文件没有这一列；文件中的列名：{ $headers }
data-no-user-column = 未找到用户列（查找的列名如 user_id、uid、openid、device_id、用户ID）；文件中的列名：{ $headers }。请在“同期群 → 列”中选择用户列，或使用 --event-column user=列名
data-no-channel-column = 未找到渠道列（查找的列名如 channel、utm_source、media_source、渠道、来源）；文件中的列名：{ $headers }
data-second-channel = 第 { $line } 行，列“{ $column }”：“{ $value }”是用户“{ $user }”的第二个渠道，第 { $before_line } 行已为该用户指定“{ $before }”
data-clickhouse-events-alone = ClickHouse 事件表只能单独读取，不能与其他事件日志合并（请在 ClickHouse 中用 UNION 合并，或逐个打开）
data-no-event-sheet = 没有工作表在前 30 行中有同时包含用户列（如 user_id、uid、openid、用户ID）和时间列（如 event_time、timestamp、时间）的表头行
data-unreadable-column = 无法读取的列
# 读不了的内容，后接读取器自己的说明：“无法解析表格（…）”。
data-read-failed = { $what }（{ $detail }）
data-not-parquet = 不是可读取的 Parquet 文件
data-cannot-parse-table = 无法解析表格
data-workbook-password = 工作簿受密码保护；请在 Excel 中打开它，删除密码（文件 → 信息 → 保护工作簿），另存一份副本后在这里打开
data-workbook-unreadable = 无法读取工作簿（{ $detail }）；文件可能已损坏，或不是工作簿
data-no-sheet = 没有名为“{ $name }”的工作表
# $sheets：工作簿的工作表名称，带引号，以 ", " 分隔。
data-no-sheet-of = 没有名为“{ $name }”的工作表；现有工作表：{ $sheets }
data-no-sample = 找不到随附的示例数据（sample_data/{ $file }）；请设置 ROI_LENS_SAMPLE_DIR
# 捕获到的崩溃没有附带文字。
data-no-details = 无详细信息


# app
# 应用的状态与命令（状态栏、消息、错误、文件对话框），以及同期群、币种、渠道、导出和 ClickHouse 面板。

## 列表与时间

app-list-separator = 、
app-sentence-separator = ；
app-list-two = { $first } 和 { $last }
app-list-many = { $rest } 和 { $last }
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


# 面板：菜单、状态栏、询问窗口、侧栏、仪表板卡片和工作表选择（src/app/panels/{mod,sidebar,dashboard,sheets}.rs）。

## 文件和视图菜单
panel-menu-open-files = 打开文件…
panel-menu-connect-clickhouse = 连接 ClickHouse…
panel-menu-open-workspace = 打开工作区…
panel-menu-open-recent-workspace = 最近的工作区
panel-menu-no-recent-workspaces = 没有最近的工作区
panel-menu-save-workspace = 保存工作区
panel-menu-save-workspace-as = 工作区另存为…
panel-menu-open-sample = 打开示例数据
panel-menu-open-recent = 最近的文件
panel-menu-no-recent-files = 没有最近的文件
panel-menu-export-dashboard-png = 将仪表板导出为 PNG…
panel-menu-export-table-csv = 将 KPI 表导出为 CSV…
panel-menu-copy-table = 复制 KPI 表
panel-menu-quit = 退出
panel-menu-light-theme = 浅色主题
panel-menu-dark-theme = 深色主题
panel-menu-show-all-charts = 显示全部图表
panel-menu-maximise = 最大化
panel-shortcut = Ctrl+{ $keys }
panel-shortcut-mac = Cmd+{ $keys }

## 询问窗口
panel-recovery-heading = 发现未保存的分析
panel-recovery-text = ROI Lens 上次未正常关闭。要恢复当时打开的分析（{ $summary }）吗？
panel-recovery-restore = 恢复
panel-recovery-discard = 丢弃
panel-conflict-heading = 工作区已在磁盘上被修改
panel-conflict-text = 自您打开或保存 { $name } 以来，它已被另一个窗口或程序修改。要覆盖对方的修改、将您的修改另存为其他文件，还是重新加载对方的版本（您的修改将被丢弃）？
panel-conflict-overwrite = 覆盖
panel-conflict-save-as = 另存为…
panel-conflict-reload-theirs = 重新加载对方版本
panel-confirm-heading = 未保存的修改
panel-confirm-before-closing = 关闭前要保存对此分析的修改吗？
panel-confirm-before-opening = 打开 { $name } 前要保存对此分析的修改吗？
panel-confirm-save = 保存
panel-confirm-dont-save = 不保存
panel-cancel = 取消

## 状态栏：错误、汇率、进度
panel-status-error = 错误
panel-status-load-anyway = 仍然加载，这些单元格留空
panel-status-load-anyway-hint = 无法读取的单元格将留空，并列在该文件下方；工作区会记住此文件按这种方式加载
panel-status-dismiss = 关闭
panel-status-loading-file = 正在加载第 { $current } 个文件，共 { $total } 个…
panel-status-clickhouse-rows = 正在 ClickHouse 中汇总：已读取 { $read } 行…
panel-status-clickhouse-rows-of = 正在 ClickHouse 中汇总：已读取 { $read } 行，共 { $total } 行…
panel-status-loading = 正在加载…
panel-status-loading-bytes = 正在加载… { $done } / { $total } MB
panel-status-updating-charts = 正在更新图表…
panel-status-computing-statistics = 正在计算区间和比较…
panel-status-exporting = 正在导出…
panel-rates-report-in = 报告币种
panel-rates-convert-and-open = 换算并打开
panel-rates-convert-hint = 每笔金额在求和前都先换算为报告币种；工作区会保存这些汇率

## 侧栏：工作区和文件
panel-workspace-name = 工作区：{ $name }
panel-workspace-name-unsaved = 工作区：{ $name }（有未保存的修改）
panel-workspace-missing = 缺失：{ $name }
panel-workspace-missing-hint = 已在 { $path } 和 { $recorded } 查找；其列映射已保留。
panel-workspace-new-location = 文件的新位置
panel-workspace-use = 使用
panel-workspace-locate = 查找…
panel-files-heading = 文件
panel-files-rows = { $rows } 行
panel-files-totals-dropped = 已去除 { $count } 个合计行
panel-files-currency-hint = 金额币种为 { $code }，依据：{ $from }
panel-files-open = 打开文件…
panel-files-sample = 示例数据
panel-files-paste-paths = 或输入、粘贴路径（每行一个）：
panel-files-open-path = 打开路径
panel-files-open-path-hint = .roilens 路径会打开该工作区
panel-files-add = 添加到分析

## 侧栏：筛选
panel-filters-heading = 筛选
panel-filters-date-range = 日期范围
panel-filters-from = 从
panel-filters-to = 至
# 日期选择器的日历（src/ui/date_picker.rs）：所显示的月份（$month 为 1–12，$year 为年份文本）、
# 从星期一开始的星期（$day 为 1–7）及其箭头。
ui-date-month = { $year }年{ $month }月
ui-date-weekday = { $day ->
        [1] 一
        [2] 二
        [3] 三
        [4] 四
        [5] 五
        [6] 六
       *[7] 日
    }
ui-date-previous-year = 上一年
ui-date-previous-month = 上个月
ui-date-next-month = 下个月
ui-date-next-year = 下一年
panel-filters-last-days = 最近 { $days } 天
panel-filters-all = 全部
panel-filters-group-by = 分组依据
panel-filters-time-buckets = 时间粒度
panel-filters-day = 日
panel-filters-week = 周
panel-filters-month = 月
panel-filters-channels = 渠道
panel-filters-campaigns = 广告计划
panel-filters-all-selected = { $title }（全部 { $total } 个）
panel-filters-some-selected = { $title }（{ $total } 个中的 { $selected } 个）

## 侧栏：统计
panel-stats-heading = 统计
panel-stats-intervals = 95% 区间
panel-stats-intervals-hint = 在 ROI 和留存率图表上显示误差线，并在表格中增加 ± 列。比率使用基于汇总计数的 Wilson 区间；ROI、转化成本 (CPA)、点击成本 (CPC) 和千次展示成本 (CPM) 使用按天的自助法 (bootstrap)（不足 7 天时不确定性过大，不计算）。
panel-stats-compare-with = 对比基准
panel-stats-compare-hint = ▲ 显著高于、▼ 显著低于、≈ 与基准{ $group }无法区分（差异可能只是噪声）：比率用双比例 z 检验，ROI 用自助法 (bootstrap) 检验，经各{ $group }间的 Holm 校正后以 5% 为显著性水平
panel-stats-most-spend = 花费最多
panel-stats-most-spend-named = 花费最多（{ $name }）
panel-stats-compare-periods = 对比时段
panel-stats-compare-periods-hint = 在表格中增加 Δ 和 Δ% 列：所选日期与另一个日期范围对比
panel-stats-previous-period = 等长的上一时段
panel-stats-chosen-range = 自选日期范围
panel-stats-range-to = 至
panel-stats-periods = { $from } – { $to } 对比 { $previous_from } – { $previous_to }
panel-stats-no-rows = 该范围内没有数据行：请选择更晚的开始日期或其他范围。

## 侧栏：列映射
panel-mapping-heading = 列映射
panel-mapping-no-column = { $name } 中没有“{ $field }”列。是哪一列？
panel-mapping-column = “{ $field }”列
panel-mapping-choose = 选择…
panel-mapping-event-log = 这是事件日志：在同期群中打开
panel-mapping-event-log-hint = 每行一个事件（一个用户和一个时间，没有花费）：其列在同期群面板中选择
panel-mapping-header-line = { $encoding }，表头在第 { $line } 行
panel-mapping-required = { $field }（必填）
panel-mapping-not-used = （未使用）
panel-mapping-maybe = 可能是
panel-mapping-use-as = 将“{ $header }”用作{ $field }
panel-mapping-reset = 恢复自动识别
panel-field-date = 日期
panel-field-channel = 渠道
panel-field-campaign = 广告计划
panel-field-spend = 花费
panel-field-impressions = 展示
panel-field-clicks = 点击
panel-field-conversions = 转化
panel-field-revenue = 收入
panel-field-new-users = 新用户
panel-field-retained = 第 { $day } 天留存用户

## 仪表板
panel-dashboard-empty = 打开广告计划的导出文件（文件 → 打开文件…，拖放到这里，或粘贴路径）。
panel-dashboard-no-rows = 没有符合筛选条件的行。请扩大日期范围或勾选更多渠道。
panel-dashboard-restore = 还原
panel-dashboard-maximise = 最大化
panel-dashboard-restore-hint = 还原“{ $view }”
panel-dashboard-maximise-hint = 最大化“{ $view }”
panel-dashboard-png-hint = 将“{ $view }”导出为 PNG 图片

## 工作表选择
panel-sheets-heading = 打开哪些工作表？
panel-sheets-events = { $rows } 行 · 事件日志，将在同期群视图中打开
panel-sheets-fields = { $rows } 行 · { $fields }
panel-sheets-no-header = { $rows } 行 · 没有可识别的表头
panel-sheets-field-separator = 、
panel-sheets-no-spend-header = 这里没有找到含花费列的表头行
panel-sheets-are-channels = 每个工作表作为一个渠道（用于没有渠道列的工作表）
panel-sheets-stacked = 各工作表作为独立的来源叠加，命名为 book.xlsx#sheet。
panel-sheets-open = 打开


# views：图表视图（src/views）、导出的图片（src/export）和绘图辅助（src/ui）。简体中文。

## 分组方式
view-list-separator = {"、"}

## ROI
view-roi-title = 各渠道 ROI
view-roi-title-by = 各{ $group } ROI
view-roi-no-revenue = 没有收入列：无法计算 ROI。
view-roi-baseline = 基准
view-roi-axis-x = ROI（收入 ÷ 花费）
view-roi-hover-value = ROI { $value }
view-roi-overall-line = 整体 ROI { $value }
view-roi-overall = 整体 { $value }

## 转化漏斗
view-funnel-title = 转化漏斗
view-funnel-title-by = 各{ $group }转化漏斗
view-funnel-no-columns = 没有展示或点击列：无法显示漏斗。
view-funnel-impressions = 展示
view-funnel-impressions-short = 展示
view-funnel-ctr = → 点击率
view-funnel-clicks = 点击
view-funnel-cvr = → 转化率
view-funnel-conversions = 转化
view-funnel-conversions-short = 转化
view-funnel-ctr-hover = 点击率 (CTR)：点击 ÷ 展示
view-funnel-cvr-hover = 转化率 (CVR)：转化 ÷ 点击

## 留存率
view-retention-title = 留存率
view-retention-title-by = 各{ $group }留存率
view-retention-no-columns = 这些文件中没有留存列（新用户和第 N 天留存用户）。
view-retention-axis-x = 安装后天数
view-retention-axis-y = 留存率（占新用户的 %）
view-retention-hover-day = 第 { $day } 天：{ $value }

## 趋势
view-trend-title = 趋势
view-trend-title-for = { $metric }趋势
view-trend-metric = 指标
view-trend-no-date = 没有日期列：无法显示趋势。
view-trend-not-daily = 无法按{ $granularity ->
        [week] 周
       *[day] 日
    }显示趋势：{ $why }。请将时间粒度选为“按月”以按月查看。
view-trend-axis-x = 日期
view-trend-axis-y-sum = { $metric }（{ $granularity ->
        [week] 每周
        [month] 每月
       *[day] 每日
    }）
view-trend-axis-y-rate = { $metric }（{ $granularity ->
        [week] 按周
        [month] 按月
       *[day] 按日
    }）
view-trend-hover-value = { $date }：{ $value }

## 每日花费与收入
view-scatter-title = 每日花费与收入
view-scatter-not-daily = 没有按日的数据点：{ $why }。
view-scatter-no-columns = 需要日期列和收入列。
view-scatter-break-even = 盈亏平衡（ROI = 1）
view-scatter-axis-x = 每日花费
view-scatter-axis-y = 每日收入
view-scatter-hover-spend = 花费 { $value }
view-scatter-hover-revenue = 收入 { $value }
view-scatter-hover-roi = ROI { $value }

## KPI 表
view-table-title = KPI 表
view-table-csv-hover = 将表格保存为 CSV（用 Excel 打开时中文不会乱码）
view-table-copy = 复制
view-table-copy-hover = 将表格复制为制表符分隔的文本，可粘贴到电子表格
view-table-too-uncertain = 不确定性过大
view-table-period-value = { $from } 至 { $to }：{ $value }
view-table-left-out = 此处未显示（CSV 中包含）：{ $metrics }
view-table-sort-by-name = 按名称排序
view-table-sort-hover = { $metric }（点击排序）
view-table-plus-minus-hover = 95% 区间宽度的一半；将鼠标悬停在数值上可查看区间的确切上下限
view-table-change-hover = 与另一时段相比的变化
view-table-change-pct-hover = 变化占另一时段数值的百分比
view-table-total = 合计
view-table-baseline = 基准
view-table-baseline-hover = 本表中的 ▲ ▼ 表示其他各行与这一行的比较

## 预算方案
view-plan-title = 预算方案
view-plan-title-by = 各{ $group }预算方案
view-plan-csv-hover = 将方案保存为 CSV（每日金额，每个分组一行）
view-plan-fitting = 正在拟合响应曲线…
view-plan-wrong-grouping = 预算方案按渠道或按广告计划制定：请按其中之一分组。
view-plan-no-columns = 制定方案需要日期列和收入列，并且当前视图中要有数据行。
view-plan-no-curve = 没有任何{ $group }有响应曲线：{ $reasons }。
view-plan-reason-separator = {"；"}
view-plan-refused = { $group }：维持当前花费，原因：{ $reason }
view-plan-mode-budget = 分配每日预算
view-plan-mode-budget-hover = 在每日总预算不变的前提下使预期收入最大
view-plan-mode-target = 投放至目标边际 ROI
view-plan-mode-target-hover = 每个分组持续增加花费，直到下一单位花费的回报降到此值（1.0 = 盈亏平衡）
view-plan-target = 目标边际 ROI
view-plan-budget = 每日预算
view-plan-budget-today = 当前总额
view-plan-budget-today-hover = 恢复为当前的每日总花费
view-plan-bounds = 各分组可调整 ±
view-plan-bounds-hover = 每个分组相对当前花费最多可调整的幅度
view-plan-progress = 90% 区间：已完成 { $done } / { $total } 次重抽样
view-plan-curves-axis-x = 稳定的每日花费
view-plan-curves-axis-y = 预期每日收入
view-plan-curves-key = ● 当前花费   ◇ 方案   阴影：已观测到的花费范围   虚线：超出该范围
view-plan-mroi-axis-short = ROI：下一单位（深色）、平均（浅色）
view-plan-mroi-axis = 下一单位花费的回报（深色）与平均回报（浅色）
view-plan-mroi-avg = 平均 { $value }
view-plan-mroi-next = 边际 { $value }
view-plan-break-even = 盈亏平衡
view-plan-mroi-key = 虚线：盈亏平衡（下一单位的回报恰好等于其成本）；误差线：90% 区间
view-plan-col-hold-hover = 维持当前花费
view-plan-col-today = 当前
view-plan-col-today-hover = 该日期范围内的平均每日花费
view-plan-col-plan = 方案
view-plan-col-plan-hover = 方案的每日花费
view-plan-col-change = 变化
view-plan-col-change-hover = 方案 − 当前
view-plan-col-avg = 平均 ROI
view-plan-col-avg-hover = 该日期范围内的收入 ÷ 花费
view-plan-col-mroi-now = 当前边际 ROI
view-plan-col-mroi-now-hover = 按当前花费，下一单位花费的回报（90% 区间）
view-plan-interval-hover = 90% 区间：{ $interval }
view-plan-col-mroi-plan = 方案边际 ROI
view-plan-col-mroi-plan-hover = 按方案花费，下一单位花费的回报
view-plan-col-revenue-now = 当前收入
view-plan-col-revenue-now-hover = 按当前花费的预期每日收入
view-plan-col-revenue-plan = 方案收入
view-plan-col-revenue-plan-hover = 按方案花费的预期每日收入
view-plan-col-status = 状态
view-plan-hold-hover = 将{ $group }维持在当前花费
view-plan-status-planned = 已规划
view-plan-status-extrapolated = 已规划 · 外推
view-plan-status-extrapolated-hover = 方案花费超过已观测到的最大单日花费的 1.2 倍：该处的曲线只是推测。
view-plan-status-locked = 维持（已锁定）
view-plan-status-refused = 维持：无曲线 ↓

## 同期群
view-cohorts-title = 同期群
view-cohorts-title-for = 同期群（按首次事件所在{ $period ->
        [week] 周
        [month] 月
       *[day] 日
    }）· { $users } 个用户
view-cohorts-csv-hover = 将同期群表保存为 CSV（天数为侧边栏中所选）
view-cohorts-all-users = 全部用户
view-cohorts-heatmap-of = 热力图：
view-cohorts-busy = 正在读取事件日志并计算同期群…
view-cohorts-no-log = 在导出文件之外再打开一份事件日志（每行一个事件：用户、时间，以及可选的事件、金额、渠道），即可查看同期群。
view-cohorts-no-events = 事件日志中没有事件。
view-cohorts-no-spend = 在事件日志之外再打开含花费的广告计划导出文件，即可查看按天 ROAS 和回本天（按日期和渠道关联）。
view-cohorts-def-cohort = 同期群：按首次事件所在{ $period ->
        [week] 周
        [month] 月
       *[day] 日
    }划分用户
view-cohorts-def-cohort-event = 同期群：按首次 `{ $event }` 所在{ $period ->
        [week] 周
        [month] 月
       *[day] 日
    }划分用户
view-cohorts-def-days-rolling = 第 N 天：从起点起每 24 小时为一天
view-cohorts-def-days-calendar = 第 N 天：按 { $offset } 时区的自然日
view-cohorts-def-retained = 留存：{ $when ->
        [later] 在第 N 天或之后
       *[on] 在第 N 天
    }有任意事件
view-cohorts-def-retained-event = 留存：{ $when ->
        [later] 在第 N 天或之后
       *[on] 在第 N 天
    }有 `{ $event }`
view-cohorts-definitions = { $cohort } · { $days } · { $retained } · LTV：截至第 N 天的金额 ÷ 用户数 · 空白：尚未到达；平均值只计入已到达第 N 天的同期群
view-cohorts-payback-day = { $group } 第 { $day } 天
view-cohorts-payback-not-by = { $group } 第 { $day } 天仍未回本
view-cohorts-payback-no-spend = { $group } 未找到花费
view-cohorts-payback = 回本（截至第 N 天的金额 ≥ 该同期群日期和渠道的花费）：{ $channels }
view-cohorts-legend-hover = 在所有图表中隐藏或显示
view-cohorts-retention-title = 按天留存率
view-cohorts-retention-axis-y = 回访用户（%）
view-cohorts-ltv-title = 按天 LTV
view-cohorts-ltv-axis-y = 人均金额
view-cohorts-roas-title = 按天 ROAS · 虚线：已回本 · ◆ 回本天
view-cohorts-roas-axis-y = 金额 ÷ 花费
view-cohorts-axis-day = 同期群开始后的天数
view-cohorts-hover-day = 第 { $day } 天：{ $value }
view-cohorts-hover-interval = 95% 区间 { $lo }–{ $hi }%（{ $users } 个用户中 { $back } 个回访，Wilson）
view-cohorts-roas-line = ROAS 1（已回本）
view-cohorts-heatmap-title = 各同期群留存率 · { $group }
view-cohorts-heatmap-hover-cohort = { $group }，{ $cohort } 同期群
view-cohorts-heatmap-hover-day = 第 { $day } 天：{ $share } 回访
view-cohorts-heatmap-hover-day-users = 第 { $day } 天：{ $share } 回访（{ $users } 个用户中 { $back } 个）

## 图片及其错误
view-export-dashboard = 整个仪表板
view-export-dashboard-title = 渠道表现
view-picture-source = 来源：{ $files } · ROI Lens
view-export-unknown-chart = 未知图表 `{ $chart }`；请从以下选择：{ $choices }
view-export-error-scale = 缩放倍数必须为 1、2 或 3，而不是 { $scale }
view-export-error-size = { $what ->
        [height] 高度
       *[width] 宽度
    }必须在 { $min } 到 { $max } 点之间，而不是 { $side }
view-export-error-too-large = { $width }×{ $height } 像素超出了此图形设备的渲染能力（每边最多 { $max }）；请使用更小的尺寸或缩放倍数
view-export-error-no-gpu = 没有可用于绘制图表的图形设备：{ $why }
view-export-error-render = 绘制图表失败：{ $why }
view-export-error-encode = PNG 编码失败：{ $why }
view-export-error-write = 无法写入 { $path }：{ $why }
view-export-no-frame = 没有绘制任何帧
view-export-gpu-timeout = GPU 始终没有返回图像
view-export-wrong-size = 读回的图像尺寸不正确


# cli
# 命令行给人看的输出：stderr 上的注意和警告、`error:` 后的文字、`inspect` 的报告。

## 输入
cli-warning-source-changed = 警告：{ $file } 在保存工作区之后已更改；将使用新数据
cli-error-source-missing = 工作区 { $workspace }：找不到来源 { $name }（查找过 { $path } 和 { $recorded }）
cli-error-only-event-logs = { $files } 是事件日志（每行一个用户和一个时间，没有花费）：事件日志请用 `roi-lens cohorts` 读取；请同时打开广告计划的导出文件
cli-warning-note = 警告：{ $file }：{ $note }
cli-error-no-such-file = { $flag } { $file }={ $value }：给出的文件中没有 { $file }

## summary
cli-no-rows = （没有符合条件的行）
cli-error-stats-one-grouping = --ci、--baseline 和 --compare-* 需要且只能按一个维度分组：--by channel、campaign 或 source
cli-error-compare-needs-dates = 对比时段需要日期列，而这些文件没有
cli-error-no-baseline-group = --baseline { $name }：显示的行中没有这个名称的{ $key }；现有：{ $groups }
cli-note-too-few-days = 注意：ROI、CPA、CPC 和 CPM 的区间至少需要 { $min_days } 天的数据；以下各项不确定性太大，留空：{ $groups }
cli-baseline = 基准：{ $name }；显著更高/显著更低 = 对其他 { $others } 个{ $key }做 Holm 校正后，在 5% 水平上存在差异；无法区分 = 差异可能只是噪声
cli-baseline-most-spend = 基准：{ $name }（花费最多）；显著更高/显著更低 = 对其他 { $others } 个{ $key }做 Holm 校正后，在 5% 水平上存在差异；无法区分 = 差异可能只是噪声
cli-note-no-baseline = 注意：没有任何{ $key }有花费，因此没有可比较的基准
cli-periods = 时段：{ $from } – { $to } 对比 { $previous_from } – { $previous_to }
cli-note-no-rows-in = 注意：{ $from } – { $to } 没有数据行

## chart
cli-error-chart-grouping = 图表只能按 channel、campaign 或 source 分组，不能按{ $key }
cli-warning-no-such-name = 警告：这些文件中没有名为 `{ $name }` 的{ $key }
cli-warning-no-baseline-name = 警告：显示的行中没有名为 `{ $name }` 的{ $key }；改为与花费最多的比较
cli-error-metric-unavailable = --metric { $metric }：文件中没有计算它所需的列；可用：{ $available }
cli-error-nothing-to-draw = 没有符合筛选条件的行：无可绘制
cli-wrote-png = 已写入 { $file }（{ $width }×{ $height } 像素）
cli-error-chart-cohorts-needs-events = --chart cohorts 需要文件中有事件日志（每行一个用户和一个时间）

## plan
cli-error-bootstrap-max = --bootstrap 最多为 { $max }
cli-error-not-positive = { $flag } 必须是不小于 0 的数字，而不是 { $value }
cli-error-plan-needs-data = 做预算方案需要日期列、收入列和可见的数据行；这些文件没有
cli-error-no-lock-group = --lock { $name }：没有这个名称的{ $key }；现有：{ $groups }
cli-held = { $name }：保持当前花费：{ $reason }

## cohorts
cli-note-duplicates = 注意：{ $file }：{ $count_text } 个重复事件（用户、时间和事件都相同）只计一次
cli-note-duplicates-across = 注意：{ $count_text } 个事件出现在多个文件中（用户、时间和事件都相同）：只计一次
cli-error-bracket-is-day = --brackets { $day } 和 --days { $day } 都会成为 { $column } 列，而在 --mode on-or-after 下两者的计算方式不同；请从其中一个去掉这一天
cli-note-clickhouse-cohorts = 注意：{ $url }：{ $events } 个事件，已在 ClickHouse 中汇总为 { $rows } 行的同期群矩阵（接收 { $bytes } 字节）

## inspect（每行缩进之后的内容）
cli-inspect-encoding = 编码：      { $encoding }
cli-inspect-sheets = 工作表：
cli-inspect-sheet-fields = { $rows } 行：{ $fields }
cli-inspect-sheet-no-header = { $rows } 行，没有可识别的表头
cli-inspect-sheet-read = ← 已读取
cli-inspect-header-row = 表头所在行：{ $line }
cli-inspect-header-line = 表头所在行：{ $line }
cli-inspect-rows-pushed = 行数：      表中 { $table_rows } 行，已在 ClickHouse 中按天 × 标签汇总为 { $groups } 行（接收 { $bytes } 字节）
cli-inspect-rows = 行数：      { $rows }（去掉了 { $dropped } 行合计）
cli-inspect-mapping = 列映射：
cli-inspect-set-by-map = （由 --map 指定）
cli-inspect-scale = （数值 × { $scale }）
cli-inspect-not-used = 未使用：    { $headers }
cli-inspect-maybe = 可能是：    { $field } ← "{ $header }"？（未被识别；用 --map { $field }="{ $header }" 即可使用）
cli-inspect-channel = 渠道：      { $channel }
cli-inspect-currency = 货币：      { $code }（依据：{ $from }）
cli-inspect-no-currency = 货币：      未识别（可用 --currency-of FILE=CODE 指定）
cli-inspect-note = 注意：{ $note }

# cli-help
# 命令行 --help 的中文：各子命令的说明和各参数的帮助（src/cli/help.rs）。clap 自己的词语
# （"Usage:"、"Options:"、"Print help"、"error:"）保持英文。其后是参数解析的消息。
cli-help-about = 哪个渠道真正赚钱：根据广告平台的导出文件计算 ROI、转化漏斗和留存
cli-help-about-summary = 按组汇总的合计及合计之比（ROI、CTR、CVR、CPA、CPC、CPM、留存）
cli-help-about-inspect = 每个文件是如何读取的：编码、表头行、哪个列名对应哪个字段
cli-help-about-chart = 把一个图表（或整个仪表板）画成 PNG，与应用导出的图片相同
cli-help-about-plan = 按渠道或广告计划计算响应曲线、边际 ROI 和每日预算方案
cli-help-about-cohorts = 根据事件日志，按首次接触渠道计算同期群留存和 LTV
cli-help-app-files = 在桌面应用中打开的文件（不带子命令时）；不给文件时打开自带的示例数据。`.roilens` 文件作为工作区打开
cli-help-app-workspace = 在桌面应用中打开这个工作区
cli-help-lang = 表格、消息和图片的语言：en、zh（简体中文）或 ja（日本語）。默认：命令行中为英语（LANG 指定中文或日语时则用该语言）；应用中为应用自己的偏好（首次启动时取自系统）。CSV 和 JSON 的键名不会改变
cli-help-files = CSV、TSV、Parquet 或工作簿（.xlsx、.xls、.ods）导出文件；多个文件会合并。`book.xlsx#Sheet2` 读取工作簿中的一个工作表；`clickhouse://[user@]host[:port]/database/table` 读取 ClickHouse 表（在 ClickHouse 中按天 × 标签汇总；密码取自 CLICKHOUSE_PASSWORD）
cli-help-sheet = 对未用 `#SHEET` 指定工作表的工作簿，读取这个工作表（默认：第一个有可识别表头的工作表）
cli-help-currency = 在任何求和之前，按 --rate 给出的汇率把所有金额换算成这种货币（ISO 代码：CNY、USD、JPY …）。不指定时，不同货币的文件不能一起载入
cli-help-rates = 1 单位 CODE 等于 RATE 单位的报表货币（`--rate USD=7.10`；可重复）
cli-help-currency-of = FILE 中金额的货币，用于表头和单元格没有标明或标错的情况（`--currency-of report.csv=USD`；可重复）
cli-help-all-sheets = 读取每个工作簿中所有含数据的工作表，各作为一个来源叠加
cli-help-sheets-as-channels = 没有渠道列的工作表视为以工作表名命名的渠道（每个渠道一个工作表）
cli-help-workspace = 使用已保存工作区的来源、列映射和筛选（这里给出的选项覆盖其筛选；同时给出的 FILES 会被添加）
cli-help-map = 从列 HEADER 读取字段 FIELD（`--map spend="花费(元)"`）；`--map FIELD=` 表示不使用该字段
cli-help-aliases = 把渠道 FROM 显示为 TO（可重复）：`--alias 朋友圈="WeChat Moments"` 会把两者合并
cli-help-known-aliases = 把每个已知平台的渠道（朋友圈、Moments、モーメンツ …）统一显示为一个英文名称
cli-help-channel-of = FILE 的渠道，用于没有渠道列的平台自带下载文件（可重复；默认：根据表头识别出的平台，否则为文件名）
cli-help-lenient = 即使有无法读取的单元格也载入文件：这些单元格留空，并在 stderr 中列出（文件、行、列、值）
cli-help-strict = 拒绝字段数比表头少或多的行、或列名重复的文件（不加此选项时这些只是警告，数据按提示中所说的方式读取）
cli-help-from = 包含的第一天（2024-03-01、2024/3/1 或 20240301）
cli-help-to = 包含的最后一天
cli-help-channels = 只保留这个渠道（可重复指定多个）
cli-help-campaigns = 只保留这个广告计划（可重复指定多个）
cli-help-ci = 添加 95% 区间，列为 `<metric>_lo` 和 `<metric>_hi`：CTR、CVR 和留存用 Wilson 区间；ROI、CPA、CPC、CPM 用按天的自助法（2,000 次重抽样，固定种子）
cli-help-baseline = 把每个组与这个组比较（只写 `--baseline`：花费最多的组）：为 CTR、CVR、留存和 ROI 添加 `<metric>_vs_baseline`（higher、lower 或 same）和 `<metric>_p`（Holm 校正后）
cli-help-compare-previous = 与之前等长的时段比较：添加 `<metric>_prev`、`<metric>_change` 和 `<metric>_change_pct`
cli-help-compare-from = 改为与这个时段比较（第一天；需要 --compare-to）
cli-help-compare-to = 用于比较的时段的最后一天
cli-help-summary-by = 按 channel、campaign、source、date、week、month 中的一个或多个分组（逗号分隔）。默认：channel；文件没有渠道列时为 campaign
cli-help-inspect-json = 输出 JSON 而不是文本
cli-help-chart-chart = 要画什么：仪表板中的一个视图或整个仪表板（列表见下）
cli-help-chart-chart-list = 要画什么：仪表板中的一个视图或整个仪表板：
cli-help-chart-out = 要写入的 PNG（已存在时以原子方式替换）
cli-help-chart-width = 宽度（点）；PNG 的宽度为 宽度 × 缩放倍数 像素
cli-help-chart-height = 高度（点）
cli-help-chart-scale = 每点的像素数：1、2 或 3（2 在投影仪和高密度屏幕上很清晰）
cli-help-chart-metric = 趋势图的指标（spend、revenue、roi、ctr、cvr、cpa、cpc、cpm、retention_d7 …）
cli-help-chart-by = 按 channel、campaign 或 source 分组。默认：channel；文件没有渠道列时为 campaign
cli-help-chart-granularity = 趋势图的时间粒度：day（默认）、week 或 month
cli-help-chart-dark = 使用深色背景，而不是默认的浅色背景
cli-help-chart-clean = 省略误差线、基准标记和时段对比（用于干净的幻灯片）
cli-help-chart-baseline = 把每个组与这个组比较（默认：花费最多的组，或工作区中的设置）
cli-help-plan-by = 按 channel（默认）或 campaign 制定方案
cli-help-plan-budget = 要分配的每日总预算（默认：当前总额，即各组日均花费之和）
cli-help-plan-target-mroi = 每个组一直投放到其边际 ROI 降到 X 为止（1.0 = 盈亏平衡）；由此决定总额
cli-help-plan-bounds = 每个组相对当前花费可增减的幅度（0.3 = ±30%；默认：工作区中的设置，否则为 0.3）
cli-help-plan-locked = 让这个组保持当前花费（可重复指定多个）
cli-help-plan-resamples = 计算 90% 区间的自助法重抽样次数（0 = 不计算；默认：工作区中的设置，否则为 200；最多 10,000）
cli-help-cohorts-files = 事件日志（CSV、TSV、Parquet，或工作簿中的一个工作表：`book.xlsx#Events`）：每行一个事件，含用户列和时间列，可选事件、金额和渠道（首次接触）列。多个日志会合在一起；同时出现在两个日志中的事件只计一次
cli-help-cohorts-spend = 按日期和渠道关联其花费的广告计划导出文件：添加 CPI、每天的 ROAS 和回本天（渠道名必须与事件中的一致，即 `--alias` 显示的名称）
cli-help-cohorts-by = `channel`（首次接触渠道）或 `all`（所有用户合在一起）
cli-help-cohorts-period = 按用户开始的日、周（从星期一起）或月划分同期群
cli-help-cohorts-days = 各列的第 N 天
cli-help-cohorts-mode = `on`：在第 N 天回访；`on-or-after`：在第 N 天或之后回访
cli-help-cohorts-start = 使用户开始的事件（默认：任何事件）
cli-help-cohorts-returns = 计为回访的事件（默认：任何事件）
cli-help-cohorts-brackets = 天数区间，含两端（`1,2-7,8-30`）：在区间内任意一天回访即算留存（与 `--mode` 无关）；列为 `retention_d1`、`retention_d2_7` …
cli-help-cohorts-windows = `calendar`：第 N 天是 `--tz` 时区中的自然日（23:58 和 00:03 分属第 0 天和第 1 天）；`rolling`：第 N 天是用户开始事件之后的第 N 个 24 小时窗口，日志中最后一个事件晚于窗口结束时才显示
cli-help-cohorts-channels = 用户→渠道文件（含用户列和渠道列的 CSV 或 TSV），对其中列出的用户覆盖首次接触归因；其他用户保持首次接触
cli-help-cohorts-tz = 自然日所用的时区（`+08:00`）；带时差的时间会被换算，不带的按原样使用
cli-help-cohorts-event-columns = 在列名无法识别时，从表头 HEADER 读取 COLUMN（user、time、event、amount、channel）（`--event-column user=member_no`；可重复）；`COLUMN=` 表示日志中没有该列（event、amount、channel）
cli-error-lang = `{ $value }`：请选择 en、zh 或 ja
cli-error-unknown-metric = 未知的指标 `{ $value }`；请使用 spend、revenue、roi、ctr、cvr、cpa、cpc、cpm、retention_d1 …
cli-error-unknown-granularity = 未知的时间粒度 `{ $value }`；请使用 day、week 或 month
cli-error-not-a-date = `{ $value }` 不是日期；请使用 2024-03-01、2024/3/1 或 20240301
cli-error-plan-key = 预算方案只能按渠道或广告计划制定，不能按{ $key }
cli-error-expected-pair = 应为 { $form } 的形式，实际为 `{ $value }`
cli-error-not-event-column = `{ $column }` 不是事件日志的列（user、time、event、amount、channel）
cli-error-required-event-column = 事件日志不能没有 { $column } 列
cli-error-offset = 应为 +08:00 或 -05:00 这样的 UTC 时差，实际为 `{ $value }`
cli-error-bracket = 应为一天或 2-7 这样的天数范围，实际为 `{ $value }`
cli-error-bracket-backwards = 区间 `{ $value }` 的结束早于开始
cli-error-not-a-rate = `{ $value }` 不是汇率（应像 7.10 这样）
cli-error-rate-positive = { $code } 的汇率必须是正数，而不是 { $value }
cli-error-both-sides = `{ $value }` 的等号两边都必须给出
cli-error-one-workspace = 一次只能打开一个工作区
cli-error-workspace-alone = 请单独打开工作区；文件可在应用中添加到工作区
cli-error-internal = ROI Lens 内部错误，请报告：{ $detail }


# clickhouse-workspaces
# ClickHouse sources and workspace files (crates/core/src/data/clickhouse, crates/core/src/workspace).

## ClickHouse：无法读取表的原因（每条都指明 URL 和服务器，绝不包含密码）
ch-bad-url = { $url }：不是 ClickHouse 表的 URL：{ $reason }
ch-url-expected-form = 格式应为 clickhouse://[user@]host[:port]/database/table
ch-url-ipv6-bracket = IPv6 地址缺少右方括号 ]
ch-url-bad-port = `{ $port }` 不是端口号
ch-url-no-host = 缺少主机名
ch-url-expected-path = 主机名之后应为 /database/table
ch-password-in-url = { $url }：URL 中的密码会随工作区一起保存；请改用 { $variable }（或应用的连接表单）提供密码
ch-unreachable = { $url }：无法连接 { $server } 上的 ClickHouse（{ $detail }）；服务器是否正在运行？
ch-transport-timed-out = 超时
ch-transport-host-not-found = 找不到主机
ch-transport-connection-failed = 连接失败
ch-wrong-password = { $url }：{ $server } 上的 ClickHouse 拒绝了用户 { $user }：密码错误或用户不存在（密码从 { $variable } 读取）
ch-unknown-database = { $url }：{ $server } 上的 ClickHouse 没有数据库 { $database }
ch-unknown-table = { $url }：{ $server } 上的 ClickHouse 没有表 { $table }
ch-not-numeric = { $url }：列“{ $column }”（{ $field }）在 ClickHouse 中的类型为 { $column_type }；只有数字才能求和（请将该字段映射到数值列，或为该表建一个转换类型的视图）
ch-timeout = { $url }：查询在 { $server } 上运行超过 { $seconds } 秒，已被停止
ch-too-many-groups = { $url }：按天 × 标签汇总的结果超过 { $limit } 行；渠道或广告计划列似乎是 ID 而不是标签（请映射其他列）
ch-cancelled = { $url }：查询已取消
ch-server = { $url }：{ $server } 上的 ClickHouse 出错：{ $message }
ch-http-status = HTTP 状态码 { $status }
ch-broken = { $url }：来自 { $server } 的应答中断：{ $message }
# What broke off in an answer ($row is 1-based).
ch-broken-row-width = 第 { $row } 行有 { $values } 个值，应为 { $width } 个
ch-broken-not-number = 第 { $row } 行的 `{ $value }` 不是数字
ch-broken-facts = 概况查询返回了 `{ $line }`
ch-broken-cohort-row = 同期群结果第 { $row } 行为 `{ $line }`

## ClickHouse 事件表（接在“URL：”之后）
ch-events-not-times = 列“{ $column }”：有 { $count } 个值不是时间，例如“{ $example }”（时间应为 DateTime、Date、以秒或毫秒计的时间戳，或形如 2024-06-01 13:05:00 的文本）
ch-events-too-many-names = 列“{ $column }”的不同值超过 { $limit } 个：它似乎是 ID，而不是渠道或事件名称（请在“同期群 → 列”中选择其他列，或使用 --event-column）
ch-events-user-channels = 此处无法将用户→渠道文件与 ClickHouse 表关联；请在 ClickHouse 中关联（建一个带渠道列的视图）

## 工作区：打开与保存（每条都指明文件）
ws-error-read = 无法读取工作区 { $file }：{ $detail }
ws-error-write = 无法保存工作区 { $file }：{ $detail }
ws-error-truncated = 工作区 { $file } 不完整（第 { $line } 行，第 { $column } 列）：保存时未能完整写入
ws-error-corrupt = 工作区 { $file } 在第 { $line } 行第 { $column } 列处已损坏：{ $message }
ws-error-not-a-workspace = { $file } 不是 ROI Lens 工作区：{ $message }
ws-error-newer-version = 工作区 { $file } 由更新版本的 ROI Lens 保存（格式版本 { $found }；当前版本最高只能读取 { $supported }）：请更新 ROI Lens
ws-error-hash = 无法读取源文件 { $file } 以记录其哈希值：{ $detail }
# Why a file is not a workspace (the $message of ws-error-not-a-workspace).
ws-not-text = 该文件不是文本
ws-no-version = 缺少 "version"
ws-version-not-whole = 其 "version" 不是整数
ws-version-zero = 其 "version" 为 0
ws-bad-date = `{ $value }` 不是日期（YYYY-MM-DD）
ws-bad-group-by = 仪表板无法按 { $group_by } 分组
ws-unknown-granularity = 未知的时间粒度 `{ $value }`
ws-unknown-metric = 未知的指标 `{ $name }`
ws-range-needs-ends = 对比的日期范围需要 compare_from 和 compare_to
ws-unknown-comparison = 未知的对比方式 `{ $value }`
ws-unknown-field = 未知的字段 `{ $name }`
ws-bad-colour = { $name } 的颜色 `{ $colour }` 不是 #rrggbb 格式
# A source found changed or missing when the workspace was opened.
ws-notice-changed = { $file } 在工作区保存后已更改；显示的是新数据
ws-notice-missing = { $name } 缺失（已在 { $path } 和 { $recorded } 查找）
