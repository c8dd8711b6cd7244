# views: the chart views (src/views), the exported pictures (src/export) and the drawing
# helpers (src/ui). English.

## Groupings, as titles and the column of names call them
view-group-channel = channel
view-group-campaign = campaign
view-group-source = source
view-group-date = date
view-group-week = week
view-group-month = month
view-groups-channel = channels
view-groups-campaign = campaigns
view-groups-source = sources
view-groups-date = dates
view-groups-week = weeks
view-groups-month = months
# Between the items of a list in one line (metrics left out of a picture, source files).
view-list-separator = {", "}

## ROI
view-roi-title = ROI by channel
view-roi-title-by = ROI by { $group }
view-roi-no-revenue = No revenue column: ROI cannot be computed.
view-roi-baseline = baseline
view-roi-axis-x = ROI (revenue ÷ spend)
view-roi-hover-value = ROI { $value }
view-roi-overall-line = Overall ROI { $value }
view-roi-overall = overall { $value }

## Conversion funnel
view-funnel-title = Conversion funnel
view-funnel-title-by = Conversion funnel by { $group }
view-funnel-no-columns = No impressions or clicks columns: no funnel to show.
view-funnel-impressions = Impressions
view-funnel-impressions-short = Impr.
view-funnel-ctr = → CTR
view-funnel-clicks = Clicks
view-funnel-cvr = → CVR
view-funnel-conversions = Conversions
view-funnel-conversions-short = Conv.
view-funnel-ctr-hover = clicks ÷ impressions
view-funnel-cvr-hover = conversions ÷ clicks

## Retention
view-retention-title = Retention
view-retention-title-by = Retention by { $group }
view-retention-no-columns = No retention columns (new users and day-N retained) in these files.
view-retention-axis-x = days after install
view-retention-axis-y = retention (% of new users)
view-retention-hover-day = day { $day }: { $value }

## Trend ($granularity: day, week or month)
view-trend-title = Trend
view-trend-title-for = { $metric } over time
view-trend-metric = Metric
view-trend-no-date = No date column: no trend to show.
view-trend-not-daily = No trend by { $granularity }: { $why }. Choose monthly time buckets to see it by month.
view-trend-axis-x = date
view-trend-axis-y-sum = { $metric } { $granularity ->
        [week] per week
        [month] per month
       *[day] per day
    }
view-trend-axis-y-rate = { $metric }, { $granularity ->
        [week] weekly
        [month] monthly
       *[day] daily
    }
view-trend-hover-value = { $date }: { $value }

## Daily spend against revenue
view-scatter-title = Daily spend vs revenue
view-scatter-not-daily = No daily points: { $why }.
view-scatter-no-columns = Needs a date and a revenue column.
view-scatter-break-even = Break-even (ROI = 1)
view-scatter-axis-x = daily spend
view-scatter-axis-y = daily revenue
view-scatter-hover-spend = spend { $value }
view-scatter-hover-revenue = revenue { $value }
view-scatter-hover-roi = ROI { $value }

## KPI table
view-table-title = KPI table
view-table-csv-hover = Save the table as CSV (opens in Excel, Chinese intact)
view-table-copy = Copy
view-table-copy-hover = Copy the table as tab-separated text for a spreadsheet
view-table-too-uncertain = too uncertain
view-table-period-value = { $from } – { $to }: { $value }
view-table-left-out = Not shown here (the CSV has them): { $metrics }
view-table-sort-by-name = Sort by name
view-table-sort-hover = { $metric } — click to sort
view-table-plus-minus-hover = Half the width of the 95 % interval; hover a value for the exact bounds
view-table-change-hover = Change from the other period
view-table-change-pct-hover = Change in percent of the other period's value
view-table-total = Total
view-table-baseline = baseline
view-table-baseline-hover = ▲ ▼ in this table compare every other row with this one

## Budget planner
view-plan-title = Budget plan
view-plan-title-by = Budget plan by { $group }
view-plan-csv-hover = Save the plan as CSV (daily amounts, one row per group)
view-plan-fitting = Fitting response curves…
view-plan-wrong-grouping = Plans are made by channel or by campaign: group by one of them.
view-plan-no-columns = Planning needs a date and a revenue column, and rows in view.
# $reasons: the core's reasons, joined by view-plan-reason-separator.
view-plan-no-curve = No { $group } has a response curve: { $reasons }.
view-plan-reason-separator = {"; "}
view-plan-refused = { $group }: held at today's spend: { $reason }
view-plan-mode-budget = Split a daily budget
view-plan-mode-budget-hover = Maximise expected revenue for a total daily budget
view-plan-mode-target = Spend to a marginal ROI
view-plan-mode-target-hover = Each group spends until the next unit of spend returns this much (1.0 = break-even)
view-plan-target = target marginal ROI
view-plan-budget = daily budget
view-plan-budget-today = Today's
view-plan-budget-today-hover = Back to today's total
view-plan-bounds = each may move ±
view-plan-bounds-hover = How far each group may move from today's spend
view-plan-progress = 90 % intervals: { $done } of { $total } resamples
view-plan-curves-axis-x = steady daily spend
view-plan-curves-axis-y = expected daily revenue
view-plan-curves-key = ● today's spend   ◇ planned   shaded: the spend range seen   dashed: beyond it
view-plan-mroi-axis-short = ROI: next unit (solid), average (pale)
view-plan-mroi-axis = return on the next unit (solid) vs on average (pale)
view-plan-mroi-avg = avg { $value }
view-plan-mroi-next = next { $value }
view-plan-break-even = break-even
view-plan-mroi-key = dashed: break-even (the next unit returns what it costs); whiskers: 90 % intervals
view-plan-col-hold-hover = Hold at today's spend
view-plan-col-today = today
view-plan-col-today-hover = Mean daily spend in the range
view-plan-col-plan = plan
view-plan-col-plan-hover = Planned daily spend
view-plan-col-change = change
view-plan-col-change-hover = Planned − today
view-plan-col-avg = avg ROI
view-plan-col-avg-hover = Revenue ÷ spend over the range
view-plan-col-mroi-now = mROI now
view-plan-col-mroi-now-hover = What the next unit of spend returns at today's spend (90 % interval)
view-plan-col-mroi-plan = mROI plan
view-plan-col-mroi-plan-hover = What the next unit returns at the planned spend
view-plan-col-revenue-now = revenue now
view-plan-col-revenue-now-hover = Expected daily revenue at today's spend
view-plan-col-revenue-plan = revenue plan
view-plan-col-revenue-plan-hover = Expected daily revenue at the planned spend
view-plan-col-status = status
view-plan-hold-hover = Hold { $group } at today's spend
view-plan-status-planned = planned
view-plan-status-extrapolated = planned · extrapolated
view-plan-status-extrapolated-hover = The planned spend is beyond 1.2× the largest day seen: the curve is a guess there.
view-plan-status-locked = held (locked)
view-plan-status-refused = held: no curve ↓

## Cohorts ($period: day, week or month; $when: on or later)
view-cohorts-title = Cohorts
view-cohorts-title-for = Cohorts by { $period } of first event · { $users } users
view-cohorts-csv-hover = Save the cohort table (the days chosen in the sidebar) as CSV
view-cohorts-all-users = All users
view-cohorts-heatmap-of = Heatmap of
view-cohorts-busy = Reading the event log and computing cohorts…
view-cohorts-no-log = Open an event log (one row per event: user, time, and optionally event, amount, channel) beside the exports to see cohorts.
view-cohorts-no-events = The event log has no events.
view-cohorts-no-spend = Open campaign exports with spend beside the event log to see ROAS by day and the payback day (joined on date and channel).
view-cohorts-def-cohort = Cohort: users by the { $period } of their first event
view-cohorts-def-cohort-event = Cohort: users by the { $period } of their first `{ $event }`
view-cohorts-def-days-rolling = day N: 24-hour windows from the start
view-cohorts-def-days-calendar = day N: calendar days at { $offset }
view-cohorts-def-retained = retained: any event { $when ->
        [later] on day N or later
       *[on] on day N
    }
view-cohorts-def-retained-event = retained: a `{ $event }` { $when ->
        [later] on day N or later
       *[on] on day N
    }
view-cohorts-definitions = { $cohort } · { $days } · { $retained } · LTV: amount through day N ÷ users · blank: not reached yet; averages over cohorts that reached day N
view-cohorts-payback-day = { $group } day { $day }
view-cohorts-payback-not-by = { $group } not by day { $day }
view-cohorts-payback-no-spend = { $group } no spend found
view-cohorts-payback = Payback (amount through day N ≥ the spend of the cohort's dates and channel): { $channels }
view-cohorts-legend-hover = Hide or show in every chart
view-cohorts-retention-title = Retention by day
view-cohorts-retention-axis-y = users back (%)
view-cohorts-ltv-title = LTV by day
view-cohorts-ltv-axis-y = amount per user
view-cohorts-roas-title = ROAS by day · dashed: paid back · ◆ payback day
view-cohorts-roas-axis-y = amount ÷ spend
view-cohorts-axis-day = day after the cohort's start
view-cohorts-hover-day = day { $day }: { $value }
view-cohorts-hover-interval = 95 % interval { $lo }–{ $hi }% ({ $back } of { $users } users, Wilson)
view-cohorts-roas-line = ROAS 1 (paid back)
view-cohorts-heatmap-title = Retention by cohort · { $group }
view-cohorts-heatmap-hover-cohort = { $group }, cohort of { $cohort }
view-cohorts-heatmap-hover-day = day { $day }: { $share } back
view-cohorts-heatmap-hover-day-users = day { $day }: { $share } back ({ $back } of { $users } users)

## Pictures and their errors ($what: width or height)
view-export-dashboard = Whole dashboard
view-export-dashboard-title = Channel performance
view-picture-source = Source: { $files } · ROI Lens
view-export-unknown-chart = unknown chart `{ $chart }`; choose one of { $choices }
view-export-error-scale = scale must be 1, 2 or 3, not { $scale }
view-export-error-size = { $what } must be between { $min } and { $max } points, not { $side }
view-export-error-too-large = { $width }×{ $height } pixels is more than this graphics device renders ({ $max } per side); use a smaller size or scale
view-export-error-no-gpu = no graphics device to draw the chart with: { $why }
view-export-error-render = drawing the chart failed: { $why }
view-export-error-encode = encoding the PNG failed: { $why }
view-export-error-write = cannot write { $path }: { $why }
view-export-no-frame = no frame was drawn
view-export-gpu-timeout = the GPU never returned the picture
view-export-wrong-size = the read-back picture has the wrong size
