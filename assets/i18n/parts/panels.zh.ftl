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
panel-group-channel = 渠道
panel-group-campaign = 广告计划
panel-group-source = 来源
panel-group-date = 日期
panel-group-week = 周
panel-group-month = 月

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
