# core
# Metric labels, column headers, statistics in words, plan reasons and load errors of the
# analysis core (crates/core). English values are the program's historic texts: tests assert them.

## Metrics: labels that say what the number is
metric-spend = Spend
metric-impressions = Impressions
metric-clicks = Clicks
metric-conversions = Conversions
metric-revenue = Revenue
metric-new-users = New users
metric-retained = Retained on day { $day }
metric-roi = ROI (revenue ÷ spend)
metric-ctr = CTR (clicks ÷ impressions)
metric-cvr = CVR (conversions ÷ clicks)
metric-cpa = CPA (spend per conversion)
metric-cpc = CPC (spend per click)
metric-cpm = CPM (spend per 1,000 impressions)
metric-retention = Day-{ $day } retention

## Metrics: short column headers (in English the CSV/JSON key itself)
metric-header-roi = roi
metric-header-ctr = ctr
metric-header-cvr = cvr
metric-header-cpa = cpa
metric-header-cpc = cpc
metric-header-cpm = cpm
metric-header-retention = retention_d{ $day }

## Fields and groupings named for people (in English the canonical name itself)
core-field-date = date
core-field-channel = channel
core-field-campaign = campaign
core-field-spend = spend
core-field-impressions = impressions
core-field-clicks = clicks
core-field-conversions = conversions
core-field-revenue = revenue
core-field-new-users = new_users
core-field-retained = retained_d{ $day }
core-key-channel = channel
core-key-campaign = campaign
core-key-source = source
core-key-date = date
core-key-week = week
core-key-month = month

# The groups of a grouping, plural by count ($key: channel, campaign, source, date, week, month).
core-group-noun = { $key ->
    [channel] { $count ->
        [one] channel
       *[other] channels
    }
    [campaign] { $count ->
        [one] campaign
       *[other] campaigns
    }
    [source] { $count ->
        [one] source
       *[other] sources
    }
    [date] { $count ->
        [one] date
       *[other] dates
    }
    [week] { $count ->
        [one] week
       *[other] weeks
    }
   *[month] { $count ->
        [one] month
       *[other] months
    }
}
core-group-count = { $key ->
    [channel] { $count ->
        [one] { $count_text } channel
       *[other] { $count_text } channels
    }
    [campaign] { $count ->
        [one] { $count_text } campaign
       *[other] { $count_text } campaigns
    }
    [source] { $count ->
        [one] { $count_text } source
       *[other] { $count_text } sources
    }
    [date] { $count ->
        [one] { $count_text } date
       *[other] { $count_text } dates
    }
    [week] { $count ->
        [one] { $count_text } week
       *[other] { $count_text } weeks
    }
   *[month] { $count ->
        [one] { $count_text } month
       *[other] { $count_text } months
    }
}

## Report columns for people (CLI table): the statistics beside a metric
core-column-lo = { $metric }_lo
core-column-hi = { $metric }_hi
core-column-vs-baseline = { $metric }_vs_baseline
core-column-p = { $metric }_p
core-column-prev = { $metric }_prev
core-column-change = { $metric }_change
core-column-change-pct = { $metric }_change_pct
core-verdict-baseline = baseline
core-verdict-higher = higher
core-verdict-lower = lower
core-verdict-same = same
core-flag-yes = yes

## Statistics in words (hover texts, pictures)
stat-verdict-higher = Significantly higher than { $baseline }
stat-verdict-lower = Significantly lower than { $baseline }
stat-verdict-same = Not distinguishable from { $baseline }: the gap could be noise
stat-p-below = p { $p }
stat-p-equals = p = { $p }
stat-verdict-single = { $what } ({ $p }).
stat-verdict-holm = { $what } ({ $p } after Holm's correction across { $family } { $groups }).
stat-interval = 95 % interval { $lo } – { $hi }
stat-interval-no-dates = Too uncertain: an interval needs daily rows (the files have no dates)
stat-interval-too-few-days = { $days ->
    [one] Too uncertain to give an interval: { $days } day of data, at least { $min_days } needed
   *[other] Too uncertain to give an interval: { $days } days of data, at least { $min_days } needed
}
stat-interval-missing = No value, so no interval
stat-method-wilson = Wilson score interval from the summed counts
stat-method-bootstrap = bootstrap over { $days } days ({ $resamples } resamples, fixed seed)
stat-interval-with-method = { $interval } ({ $method })
core-explain-baseline = The baseline the other { $groups } are compared with.

## What a picture shows (its subtitle)
core-describe-dates = { $from } – { $to }
core-describe-all-dates = all dates
core-describe-all-groups = all { $groups }
core-describe-some-groups = { $shown } of { $groups }
core-describe-list = { $noun }: { $names }
core-describe-selected = { $noun }: { $count_text } selected
core-describe-by = by { $key }, { $granularity ->
    [day] daily
    [week] weekly
   *[month] monthly
}
core-describe-currency = amounts in { $currency }
core-describe-whiskers = whiskers: 95 % intervals
core-describe-markers = ▲▼ differs from { $name } (5 %, Holm), ≈ not distinguishable
core-describe-deltas = Δ vs { $from } – { $to }

## Budget plan
plan-caveat = Platform-attributed revenue, not incremental lift: channels may claim the same orders, and the curves describe the past range of spend. Validate big moves with a holdout test.
plan-column-status = status
plan-column-spend-now = spend_now
plan-column-spend-plan = spend_plan
plan-column-change = change
plan-column-roi = roi
plan-column-mroi-now = mroi_now
plan-column-mroi-now-lo = mroi_now_lo
plan-column-mroi-now-hi = mroi_now_hi
plan-column-mroi-plan = mroi_plan
plan-column-revenue-now = revenue_now
plan-column-revenue-plan = revenue_plan
plan-column-extrapolated = extrapolated
plan-column-theta = theta
plan-column-half-saturation = half_saturation
plan-column-shape = shape
plan-column-r2 = r2
plan-status-fitted = fitted
plan-status-locked = locked
plan-status-too-few-days = too_few_days
plan-status-too-little-variation = too_little_variation
plan-status-no-response = no_response
plan-status-mismatched = mismatched
plan-status-not-daily = not_daily
plan-gain = gain { $gain }
plan-gain-interval = gain { $gain } (90 % interval { $lo } to { $hi })
plan-totals = daily spend { $spend_now } → { $spend_plan }; daily revenue { $revenue_now } → { $revenue_plan }, { $gain }
plan-note = note: { $note }
plan-note-below-minimum = the budget is below every group's lower bound; all are at their lower bound, { $overspend } a day over budget
plan-note-above-maximum = the budget is above every group's upper bound; all are at their upper bound, { $unspent } a day left unspent
plan-note-invalid-goal = the budget or target is not a usable number; nothing was changed
plan-refusal-too-few-days = only { $days_text } days with spend, too few to measure how revenue responds to spend
plan-refusal-too-little-variation = spend never varied (day-to-day variation { $variation } %), so its response cannot be measured
plan-refusal-no-response = revenue did not rise with spend, so there is no curve to plan on
plan-refusal-mismatched = { $spend } days of spend but { $revenue } days of revenue, so days cannot be paired
plan-refusal-not-daily = its rows cover periods of up to { $days } days, not single days, so how revenue responds to a day's spend cannot be measured
# The groups of a plan in the plural, for the sentences below ($key: channel, campaign).
plan-groups = { $key ->
    [channel] channels
   *[campaign] campaigns
}
plan-refusals-too-few-days = { $n } { $noun } have only { $range } days with spend, too few to measure how revenue responds to spend
plan-refusals-too-little-variation = spend never varied in { $n } { $noun } (day-to-day variation { $range } %), so their response cannot be measured
plan-refusals-no-response = revenue did not rise with spend in { $n } { $noun }
plan-refusals-mismatched = { $n } { $noun } have days of spend and of revenue that cannot be paired
plan-refusals-not-daily = the rows of { $n } { $noun } cover periods of up to { $range } days, not single days, so how revenue responds to a day's spend cannot be measured

## Load errors (every message names the file)
err-location-line = line { $line }
err-location-row = row { $row }
err-expected-number = a number (like 1,234.56 or ¥88)
err-expected-date = a date (like 2024-03-01, 2024/3/1 or 20240301)
err-expected-rate = a rate (like 35.2% or 0.352)
err-io = { $file }: cannot read the file: { $detail }
err-empty = { $file }: the file is empty
err-binary = { $file }: this is not a text table (binary data at byte { $offset }); expected CSV, TSV, Parquet or a workbook (.xlsx, .xls, .ods)
err-undecodable = { $file }: cannot decode the text as { $encoding }
err-missing-column = { $file }: no { $field } column found (looked for headers such as { $examples }); headers found: { $headers }
err-missing-grouping = { $file }: no channel or campaign column found to group by (looked for headers such as 渠道, 广告版位, 平台, channel, 计划名称, campaign); headers found: { $headers }
err-bad-cell = { $file }: { $location }, column "{ $column }" ({ $field }): cannot read "{ $value }" as { $expected }
err-unknown-header = { $file }: the mapping { $field }="{ $header }" names a column this file does not have; headers found: { $headers }
err-in-file = { $file }: { $message }
err-mixed-currencies = the files are in different currencies ({ $currencies }): amounts in different currencies are never added; give the rates to convert them (CLI: --currency { $first } --rate { $other }=…), or open the files separately
err-no-rate = { $file }: its amounts are in { $code } and there is no rate from { $code } to { $report } (CLI: --rate { $code }=…)
err-stray-quote = { $file }: line { $line }, column "{ $column }": the double quote in "{ $value }" breaks CSV quoting; quote the whole value ("5"" wide") or remove the quote
err-unclosed-quote = { $file }: line { $line }: a quoted value starts here and is never closed
err-no-files = no input files given
err-none = (none)
err-group-by = cannot group by `{ $value }`; use channel, campaign, source, date, week or month

## Cohorts: the table for people (CSV and JSON keep their keys)
cohort-header-channel = channel
cohort-header-group = group
cohort-header-cohort = cohort
cohort-header-users = users
cohort-header-retention = retention_d{ $day }
cohort-header-bracket = retention_d{ $from }_{ $to }
cohort-header-ltv = ltv_d{ $day }
cohort-header-cpi = cpi
cohort-header-roas = roas_d{ $day }
cohort-header-payback = payback_day
cohort-all = all
cohort-not-by-day = not by day { $day }

## How a file was read (for people; the sources' JSON keeps its own words)
core-channel-platform = no channel column: one channel, { $name } (recognised from its headers)
core-channel-file-name = no channel column: one channel, { $name } (named after the file)
core-channel-given = no channel column: one channel, { $name } (as given)
core-derived-roi = ROI × spend
core-derived-rate = rate × new users
core-not-daily = the rows of { $file } cover periods of up to { $days } days, not single days
