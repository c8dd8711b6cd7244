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
core-describe-markers = ▲▼ 与{ $name }有显著差异（5% 水平，Holm 校正），≈ 无法区分
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
plan-groups = { $key ->
    [channel] 渠道
   *[campaign] 广告计划
}
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
