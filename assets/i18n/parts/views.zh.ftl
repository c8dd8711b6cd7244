# views：图表视图（src/views）、导出的图片（src/export）和绘图辅助（src/ui）。简体中文。

## 分组方式
view-group-channel = 渠道
view-group-campaign = 广告计划
view-group-source = 来源
view-group-date = 日期
view-group-week = 周
view-group-month = 月
view-groups-channel = 渠道
view-groups-campaign = 广告计划
view-groups-source = 来源
view-groups-date = 日期
view-groups-week = 周
view-groups-month = 月
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
