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
