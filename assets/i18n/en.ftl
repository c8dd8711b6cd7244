# ROI Lens, English. One message per key; the same keys in zh.ftl and ja.ftl.
# Values are formatted by the app (numbers, dates) and passed as text; counts are passed as
# numbers where a plural depends on them.

## Menus
menu-file = File
menu-view = View
menu-language = Language
menu-plain-digits = Plain digits for large numbers

## Status line
status-rows = { $count ->
    [one] { $count } row
   *[other] { $count } rows
}


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
core-charted-note = The { $groups } with the most spend of { $total }; the table lists all. Filter { $noun } to chart others.
core-error-filter-needs-date = filtering by date needs a date column, and the loaded files have none
core-error-group-needs-column = grouping by { $key } needs a { $column } column, and the loaded files have none
core-error-metrics-failed = computing metrics failed: { $detail }
core-error-stopped = stopped: a newer request replaced this one
core-error-period-out-of-range = cannot compare { $from } – { $to } with the period of equal length before it: that period falls outside the calendar ({ $min } to { $max })
core-error-span-too-long = the rows in view span { $days_text } { $days ->
        [one] day
       *[other] days
    } ({ $from } – { $to }); plans are made over at most { $max_text } { $max ->
        [one] day
       *[other] days
    }: narrow the date range
core-encoding-utf8-bom = UTF-8 with BOM
core-format-workbook = workbook

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


# data-errors
# Errors of event logs, workbooks and file reading (crates/core/src/data).
# Notes a load attaches to a file (crates/core/src/data: notes, canonical, load, workbook).
note-list-separator = {", "}
note-separator = {"; "}
note-and-more = { $list } and { $more } more
note-cells-and-more = { $list }; and { $more } more
note-rows-fewer = { $count ->
        [one] { $rows } row has fewer fields than the header: line { $lines } — its missing values are empty
       *[other] { $rows } rows have fewer fields than the header: lines { $lines } — their missing values are empty
    }
note-rows-more = { $count ->
        [one] { $rows } row has more fields than the header: line { $lines } — the extra fields are ignored
       *[other] { $rows } rows have more fields than the header: lines { $lines } — the extra fields are ignored
    }
note-header-twice = column "{ $name }" appears { $times } times (columns { $first } and { $last }); the first is used
note-synonym = "{ $header }" also reads as { $field }; "{ $used }" is used (pick another in the column mapping)
note-roi-without-spend = column "{ $header }" is a return on spend; without a spend column it cannot be turned into { $field }, so it is not used
note-rate-without-new-users = column "{ $header }" is a retention rate; without a new-users column it cannot be turned into { $field }, so it is not used
note-periods = rows cover periods of up to { $days } days, not single days: each is counted on its first day; the trend, daily spend vs revenue and the budget planner need daily rows
note-several-currencies = the currency column names several currencies ({ $codes }); amounts are not converted
note-currency-unknown = its currency was not recognised; its amounts are taken as { $report }
note-converted = amounts converted from { $from } to { $to } at { $rate }
note-blanked-cell = { $location }, column "{ $column }": "{ $value }"
note-cells-blanked = { $count ->
        [one] { $cells_count } cell could not be read and was left empty: { $cells }
       *[other] { $cells_count } cells could not be read and were left empty: { $cells }
    }
note-spreadsheet-errors = { $count ->
        [one] { $cells_count } cell holds a spreadsheet error: { $cells } — it is read as empty
       *[other] { $cells_count } cells hold a spreadsheet error: { $cells } — they are read as empty
    }
note-clickhouse-rate = column "{ $header }" is a rate, and rates are not summed in ClickHouse, so it is not used; map { $field } to a column of counts or amounts
note-currency-from-setting = your setting
note-currency-from-column = the column "{ $header }"
note-currency-from-unit = the header unit of "{ $header }"
note-currency-from-symbol = the symbol { $symbol } on its amounts
data-event-column-not-in-file = the { $column } column was set to "{ $header }", which this file does not have; headers found: { $headers }
data-no-user-column = no user column (user_id, uid, openid, device_id, 用户ID …); headers found: { $headers } — choose the user column under Cohorts → Columns, or give --event-column user=HEADER
data-no-channel-column = no channel column (channel, utm_source, media_source, 渠道, 来源 …); headers found: { $headers }
data-second-channel = line { $line }, column "{ $column }": "{ $value }" is a second channel for user "{ $user }", given "{ $before }" on line { $before_line }
data-clickhouse-events-alone = a ClickHouse event table is read alone: it cannot be merged with other event logs (union them in ClickHouse, or open them one at a time)
data-no-event-sheet = no sheet has a header row with a user column (user_id, uid, openid, 用户ID …) and a time column (event_time, timestamp, 时间 …) in its first 30 rows
data-unreadable-column = unreadable column
# What could not be read, then the reader's own words: "cannot parse the table (…)".
data-read-failed = { $what } ({ $detail })
data-not-parquet = not a readable Parquet file
data-cannot-parse-table = cannot parse the table
data-workbook-password = the workbook is protected by a password; open it in Excel, remove the password (File → Info → Protect Workbook) and save a copy to open here
data-workbook-unreadable = cannot read the workbook ({ $detail }); it may be damaged or not a workbook
data-no-sheet = there is no sheet "{ $name }"
# $sheets: the workbook's sheet names, quoted and joined by ", ".
data-no-sheet-of = there is no sheet "{ $name }"; its sheets are { $sheets }
data-no-sample = cannot find the bundled sample data (sample_data/{ $file }); set ROI_LENS_SAMPLE_DIR
# A caught crash that carried no text.
data-no-details = no details


# app
# The app's state and commands (status line, messages, errors, file dialogs) and the Cohorts,
# Currencies, Channels, export and ClickHouse panels.

## Lists and times

# Between the items of a list of names (file names, channels).
app-list-separator = {", "}
# Between the sentences of one status line.
app-sentence-separator = {"; "}
# Two names: "A and B".
app-list-two = { $first } and { $last }
# Three names or more: "A, B and C" ($rest is the others joined by app-list-separator).
app-list-many = { $rest } and { $last }
app-elapsed-ms = { $ms } ms
app-elapsed-seconds = { $seconds } s

## Status line

app-status-loaded = Loaded { $rows } rows from { $files ->
        [one] { $files } file
       *[other] { $files } files
    } in { $elapsed }
app-status-loaded-statistics = Loaded { $rows } rows from { $files ->
        [one] { $files } file
       *[other] { $files } files
    } in { $elapsed }; statistics in { $statistics }
app-status-loaded-summed = Loaded { $rows } rows from { $files ->
        [one] { $files } file
       *[other] { $files } files
    }, summed in ClickHouse from { $table_rows } table rows, in { $elapsed }
app-status-loaded-summed-statistics = Loaded { $rows } rows from { $files ->
        [one] { $files } file
       *[other] { $files } files
    }, summed in ClickHouse from { $table_rows } table rows, in { $elapsed }; statistics in { $statistics }
app-status-updated = Updated in { $elapsed }
app-status-updated-statistics = Updated in { $elapsed }; statistics in { $statistics }
# Another status, then how long the statistics took.
app-status-with-statistics = { $status }; statistics in { $statistics }
app-status-cancelled = Cancelled; showing the previous result.
app-status-saving = Saving…
app-status-copied-table = Copied the KPI table ({ $rows } rows) — paste it into a spreadsheet.
app-status-export-cancelled = Export cancelled: no file chosen.
app-status-changed-on-disk = { $path } changed on disk since it was opened
app-status-no-file-chosen = No file chosen. If no dialog appeared, this system has no file-chooser service: type or paste a path in the box on the left instead.
app-status-reading-sheets = Reading the workbook's sheets…
app-status-choose-sheets = Choose the sheets to open
app-status-restored = Restored the unsaved analysis
app-status-restored-notices = Restored the unsaved analysis; { $notices }
app-status-opened-workspace = Opened workspace { $path }
app-status-saved-workspace = Saved workspace { $path }
app-status-saved-png = Saved { $path } ({ $width }×{ $height } px)
app-status-saved-table = Saved the KPI table to { $path }
app-status-saved-plan = Saved the budget plan to { $path }
app-status-saved-cohorts = Saved the cohort table to { $path }

## Errors

app-error-worker-stopped = the background worker stopped; please restart ROI Lens
app-error-planner-stopped = the planner stopped; please restart ROI Lens
app-error-plan = budget plan: { $message }
app-error-internal = internal error, please report it: { $message }
# A plan's intervals stopped because a newer plan was asked for.
app-plan-stopped = stopped
app-error-mixed-currencies = the files are in different currencies ({ $currencies }): amounts in different currencies are never added; give the rates to convert them below, or open the files separately
# One file and its currency, in the list of app-error-mixed-currencies.
app-file-currency = { $file }: { $code }
app-error-rate-missing = type how many { $report } one { $code } is
app-error-rate-positive = the rate of { $code } must be above 0
app-error-recovery-unavailable = unsaved changes cannot be kept for recovery in { $dir }: { $error }
app-error-file-dialog = cannot open the file dialog: { $error }
app-error-window = cannot start the window: { $error }
app-error-nothing-to-export = nothing to export yet: open some files first
app-error-file-job-panic = internal error while writing a file: { $message }
app-error-file-job-start = cannot start the file job: { $error }
app-error-file-job-stopped = a file job stopped unexpectedly
app-error-export-device = the export device is unusable
app-error-no-plan = no budget plan to export yet
app-error-no-cohorts = no cohorts to export yet
app-error-workspace-export = a workspace is saved with save_workspace
app-error-not-a-file = { $path } is not a file
app-error-already-in-analysis = { $path } is already in the analysis
app-error-cohorts-start = cannot start computing cohorts: { $error }

## Window and file dialogs

app-window-title = { $dirty }{ $name } — ROI Lens
app-dialog-open-exports = Open campaign exports
app-dialog-open-workspace = Open workspace
app-dialog-locate-missing = Locate the missing file
app-dialog-filter-exports = Exports
app-dialog-filter-workspace = ROI Lens workspace
app-dialog-filter-all = All files

## Crash recovery

app-recovery-newer-version = An unsaved analysis cannot be restored by this version: { $error }
app-recovery-failed = An unsaved analysis could not be restored: { $error }
# What an unsaved analysis was, in a line: "3 files, by campaign, 2024-09-01 – 2024-10-21".
app-recovery-summary = { $files ->
        [one] { $files } file
       *[other] { $files } files
    }, by { $group }
app-recovery-summary-range = { $files ->
        [one] { $files } file
       *[other] { $files } files
    }, by { $group }, { $from } – { $to }
app-recovery-summary-from = { $files ->
        [one] { $files } file
       *[other] { $files } files
    }, by { $group }, from { $from }
app-recovery-summary-until = { $files ->
        [one] { $files } file
       *[other] { $files } files
    }, by { $group }, until { $to }
# What the rows are grouped by ($key is the CLI's name of the grouping).
app-group-name = { $key ->
        [channel] channel
        [campaign] campaign
        [source] source
        [date] date
        [week] week
        [month] month
       *[other] { $key }
    }

## Export window

app-export-title-png = Export PNG
app-export-title-table-csv = Export KPI table as CSV
app-export-title-plan-csv = Export budget plan as CSV
app-export-title-cohorts-csv = Export cohort table as CSV
app-export-title-workspace = Save workspace
app-export-preset-wide = 16:9 slide
app-export-preset-standard = 4:3 slide
app-export-preset-square = Square
app-export-preset-a4 = A4 landscape
app-export-csv-table = UTF-8 with a byte-order mark, so Excel shows Chinese names; rows in the table's order, with the totals row.
app-export-csv-cohorts = UTF-8 with a byte-order mark, so Excel shows Chinese names; per channel its cohorts and their average (cohort `all`), rates as fractions, blank where not reached yet.
app-export-csv-plan = UTF-8 with a byte-order mark, so Excel shows Chinese names; one row per group, daily amounts.
app-export-note = Note
app-export-note-hint = What this analysis is for, what to look at next week
app-export-sources-saved = Sources are saved relative to this file and by absolute path, with their size and SHA-256.
app-export-save-to = Save to
app-export-browse = Browse…
app-export-browse-hint = Pick the file with the system's save dialog
app-export-png-size = The PNG will be { $width } × { $height } pixels.
app-export-no-file-chosen = No file was chosen. If no dialog appeared, this system has no file-chooser service: type the path above and press Save.
app-export-file-exists = The file exists and will be replaced.
app-export-save = Save
app-export-cancel = Cancel
app-export-picture = Picture
app-export-size = Size (points)
app-export-scale = Scale
app-export-background = Background
app-export-light = Light
app-export-dark = Dark

## Cohorts panel

app-cohorts-heading = Cohorts
app-cohorts-clickhouse-table = { $table } (ClickHouse at { $server })
app-cohorts-events = { $files }: { $events } events
app-cohorts-events-duplicates = { $files }: { $events } events ({ $duplicates } duplicates counted once)
app-cohorts-events-clickhouse = { $files }: { $events } events; cohorts computed in ClickHouse
app-cohorts-events-duplicates-clickhouse = { $files }: { $events } events ({ $duplicates } duplicates counted once); cohorts computed in ClickHouse
app-cohorts-not-loaded = Not loaded: choose its columns below
app-cohorts-loading = Loading the events…
app-cohorts-columns = Columns
app-cohorts-computing = Computing cohorts…
app-cohorts-cohort-by = Cohort by
# A cohort's period ($period: day, week or month).
app-cohorts-period = { $period ->
        [day] day
        [week] week
       *[month] month
    }
app-cohorts-days = Days
app-cohorts-days-hint = The table's days N, comma-separated (up to { $max_day }); the largest is how far the curves go
app-cohorts-retained = Retained
app-cohorts-on-day = on day N
app-cohorts-on-or-after = on day N or later
app-cohorts-day-n-is = Day N is
app-cohorts-calendar-day = a calendar day
app-cohorts-rolling = 24 hours from the start
app-cohorts-day-n-hint = A calendar day in the time zone below (a start at 23:58 and a return at 00:03 are days 0 and 1), or the N-th 24 hours after the user's start event (both day 0)
app-cohorts-start-event = Start event
app-cohorts-return-event = Return event
app-cohorts-any-event = any event
app-cohorts-time-zone = Time zone
app-cohorts-utc-offset = UTC{ $offset }
app-cohorts-time-zone-hint = Where day N begins. Times with an offset are converted; times without one are taken as written in this zone.
app-cohorts-auto = auto: { $header }
app-cohorts-auto-not-found = auto: not found
app-cohorts-column-none = none
app-cohorts-column-user = User
app-cohorts-column-time = Time
app-cohorts-column-event = Event
app-cohorts-column-amount = Amount
app-cohorts-column-channel = Channel

## Currencies panel

app-currencies-heading = Currencies
app-currencies-not-known = not known
app-currencies-not-said = Not said by the file: choose its currency
# Where the file's currency was read ($from: "the column …", "the symbol $ on its amounts").
app-currencies-from = From { $from }
app-currencies-not-converted = Amounts are not converted.
app-currencies-report-in = Report in
app-currencies-rate = 1 { $code } =
app-currencies-apply = Apply
app-currencies-stop = Stop converting
app-currencies-stop-hint = Files in different currencies then cannot be shown together

## Channels panel

app-channels-heading = Channels
app-channels-show-names = Show names
app-channels-as-in-data = as in the data
app-channels-in-english = in English
app-channels-in-chinese = in Chinese (中文)
app-channels-look-alike = { $names } look like the same channel.
app-channels-merge-as = Merge as { $name }
app-channels-rename = Rename or merge ({ $count } names)
app-channels-colour = The colour of { $name } in every chart
app-channels-name-in-files = The name in the files
app-channels-shown-as-hint = Shown as; give two channels the same name to merge them
app-channels-one-channel-headers = { $file } has no channel column: one channel (recognised from its headers)
app-channels-one-channel-file-name = { $file } has no channel column: one channel (named after the file)
app-channels-one-channel-given = { $file } has no channel column: one channel (as given)

## ClickHouse connection

app-connect-heading = Connect to ClickHouse
app-connect-host = Host
app-connect-port = Port
app-connect-user = User
app-connect-password = Password
app-connect-database = Database
app-connect-tls = TLS (clickhouses://, port 8443 usually)
app-connect-table = Table
app-connect-list-tables = List tables
app-connect-tables = Tables
app-connect-event-log-table = { $table }  (event log: opens in Cohorts)
app-connect-recent = Recent connections
app-connect-note = ClickHouse sums the table per day, channel and campaign, or computes an event table's cohorts; only those sums travel. The password is kept for this session only (or set CLICKHOUSE_PASSWORD), never saved.
app-connect-open = Open
app-connect-add = Add to the analysis
app-connect-cancel = Cancel
app-connect-error-port = `{ $port }` is not a port number
app-connect-error-host = type the server's host name or address
app-connect-error-database = type the database
app-connect-error-thread = cannot start a thread: { $error }
app-connect-error-list-lost = the table list was lost
app-connect-no-tables = the database { $database } has no tables
app-connect-choose-table = choose or type a table


# panels: the menus, the status line, the questions, the sidebar, the dashboard's cards and
# the sheet chooser (src/app/panels/{mod,sidebar,dashboard,sheets}.rs).

## File and View menus
panel-menu-open-files = Open files…
panel-menu-connect-clickhouse = Connect to ClickHouse…
panel-menu-open-workspace = Open workspace…
panel-menu-open-recent-workspace = Open recent workspace
panel-menu-no-recent-workspaces = No recent workspaces
panel-menu-save-workspace = Save workspace
panel-menu-save-workspace-as = Save workspace as…
panel-menu-open-sample = Open sample data
panel-menu-open-recent = Open recent
panel-menu-no-recent-files = No recent files
panel-menu-export-dashboard-png = Export dashboard as PNG…
panel-menu-export-table-csv = Export KPI table as CSV…
panel-menu-copy-table = Copy KPI table
panel-menu-quit = Quit
panel-menu-light-theme = Light theme
panel-menu-dark-theme = Dark theme
panel-menu-show-all-charts = Show all charts
panel-menu-maximise = Maximise
# A keyboard shortcut; $keys is a key or keys such as "S" or "Shift+S".
panel-shortcut = Ctrl+{ $keys }
panel-shortcut-mac = Cmd+{ $keys }

## Questions in modal windows
panel-recovery-heading = Unsaved analysis found
panel-recovery-text = ROI Lens did not close cleanly. Restore the analysis you had open ({ $summary })?
panel-recovery-restore = Restore
panel-recovery-discard = Discard
panel-conflict-heading = Workspace changed on disk
panel-conflict-text = { $name } was changed by another window or program since you opened or saved it. Overwrite their changes, save yours to another file, or reload theirs (your changes are dropped)?
panel-conflict-overwrite = Overwrite
panel-conflict-save-as = Save as…
panel-conflict-reload-theirs = Reload theirs
panel-confirm-heading = Unsaved changes
panel-confirm-before-closing = Save the changes to this analysis before closing?
panel-confirm-before-opening = Save the changes to this analysis before opening { $name }?
panel-confirm-save = Save
panel-confirm-dont-save = Don't save
panel-cancel = Cancel

## Status line: errors, currency rates, progress
panel-status-error = Error
panel-status-load-anyway = Load anyway, with these cells empty
panel-status-load-anyway-hint = Cells that cannot be read are left empty and listed under the file; the workspace remembers this file is loaded so
panel-status-dismiss = Dismiss
panel-status-loading-file = Loading file { $current } of { $total }…
# $read and $total are formatted numbers; $count is the number of rows read, for the plural.
panel-status-clickhouse-rows = { $count ->
    [one] Summing in ClickHouse: { $read } row read…
   *[other] Summing in ClickHouse: { $read } rows read…
}
panel-status-clickhouse-rows-of = { $count ->
    [one] Summing in ClickHouse: { $read } row read of { $total }…
   *[other] Summing in ClickHouse: { $read } rows read of { $total }…
}
panel-status-loading = Loading…
panel-status-loading-bytes = Loading… { $done } of { $total } MB
panel-status-updating-charts = Updating charts…
panel-status-computing-statistics = Computing intervals and comparisons…
panel-status-exporting = Exporting…
panel-rates-report-in = Report in
panel-rates-convert-and-open = Convert and open
panel-rates-convert-hint = Every amount is converted into the report currency before any sum; the workspace keeps the rates

## Sidebar: workspace and files
panel-workspace-name = Workspace: { $name }
panel-workspace-name-unsaved = Workspace: { $name } (unsaved changes)
panel-workspace-missing = Missing: { $name }
panel-workspace-missing-hint = Looked for { $path } and { $recorded }; its column mapping is kept.
panel-workspace-new-location = new location of the file
panel-workspace-use = Use
panel-workspace-locate = Locate…
panel-files-heading = Files
# $rows is the formatted number, $count the number for the plural.
panel-files-rows = { $count ->
    [one] { $rows } row
   *[other] { $rows } rows
}
panel-files-totals-dropped = { $count } totals row(s) dropped
panel-files-currency-hint = Amounts in { $code }, from { $from }
panel-files-open = Open files…
panel-files-sample = Sample data
panel-files-paste-paths = Or type or paste paths (one per line):
panel-files-open-path = Open path
panel-files-open-path-hint = A .roilens path opens that workspace
panel-files-add = Add to analysis

## Sidebar: filters
panel-filters-heading = Filters
panel-filters-date-range = Date range
panel-filters-from = From
panel-filters-to = to
# The date picker's calendar (src/ui/date_picker.rs): the month shown ($month is 1–12,
# $year the year as text), the weekdays from Monday ($day is 1–7) and its arrows.
ui-date-month = { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }
ui-date-weekday = { $day ->
        [1] Mo
        [2] Tu
        [3] We
        [4] Th
        [5] Fr
        [6] Sa
       *[7] Su
    }
ui-date-previous-year = Previous year
ui-date-previous-month = Previous month
ui-date-next-month = Next month
ui-date-next-year = Next year
panel-filters-last-days = Last { $days } days
panel-filters-all = All
panel-filters-group-by = Group by
panel-filters-time-buckets = Time buckets
panel-filters-day = Day
panel-filters-week = Week
panel-filters-month = Month
panel-filters-channels = Channels
panel-filters-campaigns = Campaigns
# A list of checkboxes: "Channels (all 6)", "Channels (2 of 6)".
panel-filters-all-selected = { $title } (all { $total })
panel-filters-some-selected = { $title } ({ $selected } of { $total })
# What rows are grouped by (the "Group by" choices and the statistics hint).

## Sidebar: statistics
panel-stats-heading = Statistics
panel-stats-intervals = 95 % intervals
panel-stats-intervals-hint = Error bars on the ROI and retention charts and a ± column in the table. Rates use Wilson intervals on the summed counts; ROI, CPA, CPC and CPM a bootstrap over days (fewer than 7 days: too uncertain).
panel-stats-compare-with = Compare with
# $group is one of the panel-group-* names; $key says which (channel, campaign, source, date,
# week, month) for the plural in English.
panel-stats-compare-hint = ▲ significantly higher, ▼ lower, ≈ not distinguishable from the baseline { $group }: a two-proportion z-test for rates, a bootstrap test for ROI, 5 % level after Holm's correction across the { $key ->
    [campaign] campaigns
    [source] sources
    [date] dates
    [week] weeks
    [month] months
   *[channel] channels
}
panel-stats-most-spend = most spend
panel-stats-most-spend-named = most spend ({ $name })
panel-stats-compare-periods = Compare periods
panel-stats-compare-periods-hint = Δ and Δ % columns in the table: the selected dates against another range
panel-stats-previous-period = previous period of equal length
panel-stats-chosen-range = a range of my choice
panel-stats-range-to = to
panel-stats-periods = { $from } – { $to } against { $previous_from } – { $previous_to }
panel-stats-no-rows = No rows in that range: pick a later start date or another range.

## Sidebar: column mapping
panel-mapping-heading = Column mapping
panel-mapping-no-column = { $name } has no { $field } column. Which column is it?
panel-mapping-column = { $field } column
panel-mapping-choose = choose…
panel-mapping-event-log = It is an event log: open it in Cohorts
panel-mapping-event-log-hint = One row per event (a user and a time, no spend): its columns are chosen in the Cohorts panel
panel-mapping-header-line = { $encoding }, header on line { $line }
panel-mapping-required = { $field } (required)
panel-mapping-not-used = (not used)
panel-mapping-maybe = maybe
panel-mapping-use-as = Use "{ $header }" as { $field }
panel-mapping-reset = Reset to automatic
# The fields of a campaign export, as the column mapping and the sheet chooser name them.
panel-field-date = date
panel-field-channel = channel
panel-field-campaign = campaign
panel-field-spend = spend
panel-field-impressions = impressions
panel-field-clicks = clicks
panel-field-conversions = conversions
panel-field-revenue = revenue
panel-field-new-users = new_users
panel-field-retained = retained_d{ $day }

## Dashboard
panel-dashboard-empty = Open campaign exports (File → Open, drag them here, or paste a path).
panel-dashboard-no-rows = No rows match the filters. Widen the date range or tick more channels.
panel-dashboard-restore = Restore
panel-dashboard-maximise = Maximise
panel-dashboard-restore-hint = Restore { $view }
panel-dashboard-maximise-hint = Maximise { $view }
panel-dashboard-png-hint = Export { $view } as a PNG image

## Sheet chooser
panel-sheets-heading = Which sheets?
# $rows is the number as text, $count the number for the plural.
panel-sheets-events = { $count ->
    [one] { $rows } row · an event log, opened for the Cohorts view
   *[other] { $rows } rows · an event log, opened for the Cohorts view
}
panel-sheets-fields = { $count ->
    [one] { $rows } row · { $fields }
   *[other] { $rows } rows · { $fields }
}
panel-sheets-no-header = { $count ->
    [one] { $rows } row · no recognisable header
   *[other] { $rows } rows · no recognisable header
}
# Between the names of the recognised columns of a sheet.
panel-sheets-field-separator = {", "}
panel-sheets-no-spend-header = No header row with a spend column was found here
panel-sheets-are-channels = Each sheet is a channel (for sheets without a channel column)
panel-sheets-stacked = Sheets are stacked as separate sources, named book.xlsx#sheet.
panel-sheets-open = Open


# views: the chart views (src/views), the exported pictures (src/export) and the drawing
# helpers (src/ui). English.

## Groupings, as titles and the column of names call them
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
view-plan-interval-hover = 90 % interval: { $interval }
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


# cli
# The command line's human output: notes and warnings on stderr, `error:` texts, `inspect`.
# English values are the historic texts: tests assert them. CSV and JSON never go through here.

## Input
cli-warning-source-changed = warning: { $file } changed since the workspace was saved; using the new data
cli-error-source-missing = workspace { $workspace }: source { $name } is missing (looked for { $path } and { $recorded })
cli-error-only-event-logs = { $count ->
    [one] { $files } is an event log (a user and a time per row, no spend): `roi-lens cohorts` reads event logs; open campaign exports beside it
   *[other] { $files } are each an event log (a user and a time per row, no spend): `roi-lens cohorts` reads event logs; open campaign exports beside it
}
cli-warning-note = warning: { $file }: { $note }
cli-error-no-such-file = { $flag } { $file }={ $value }: no file { $file } among those given

## summary
cli-no-rows = (no rows match)
cli-error-stats-one-grouping = --ci, --baseline and --compare-* need one grouping: --by channel, campaign or source
cli-error-compare-needs-dates = comparing periods needs a date column, and the files have none
cli-error-no-baseline-group = --baseline { $name }: no { $key } of that name in the rows shown; there are: { $groups }
cli-note-too-few-days = note: ROI, CPA, CPC and CPM intervals need at least { $min_days } days of data; too uncertain, left empty for: { $groups }
cli-baseline = baseline: { $name }; higher/lower = a difference at the 5 % level after Holm's correction across { $others } other { $key }s, same = not distinguishable
cli-baseline-most-spend = baseline: { $name } (most spend); higher/lower = a difference at the 5 % level after Holm's correction across { $others } other { $key }s, same = not distinguishable
cli-note-no-baseline = note: no { $key } has spend, so there is no baseline to compare with
cli-periods = periods: { $from } – { $to } compared with { $previous_from } – { $previous_to }
cli-note-no-rows-in = note: no rows in { $from } – { $to }

## chart
cli-error-chart-grouping = charts group by channel, campaign or source, not { $key }
cli-warning-no-such-name = warning: no { $key } named `{ $name }` in these files
cli-warning-no-baseline-name = warning: no { $key } named `{ $name }` in the rows shown; comparing with the most spend
cli-error-metric-unavailable = --metric { $metric }: the files have no columns for it; available: { $available }
cli-error-nothing-to-draw = no rows match the filters: nothing to draw
cli-wrote-png = wrote { $file } ({ $width }×{ $height } px)
cli-error-chart-cohorts-needs-events = --chart cohorts needs an event log among the files (a user and a time per row)

## plan
cli-error-bootstrap-max = --bootstrap is at most { $max }
cli-error-not-positive = { $flag } must be a number of at least 0, not { $value }
cli-error-plan-needs-data = planning needs a date and a revenue column and rows in view; these files have none
cli-error-no-lock-group = --lock { $name }: no { $key } of that name; there are: { $groups }
cli-held = { $name }: held at today's spend: { $reason }

## cohorts
cli-note-duplicates = note: { $file }: { $count_text } duplicate events (same user, time and event) counted once
cli-note-duplicates-across = note: { $count_text } events are in more than one file (same user, time and event): counted once
cli-error-bracket-is-day = --brackets { $day } and --days { $day } would both be the column { $column }, counted differently with --mode on-or-after; leave the day out of one of them
cli-note-clickhouse-cohorts = note: { $url }: { $events } events, computed in ClickHouse into a cohort matrix of { $rows } rows ({ $bytes } bytes received)

## inspect (each line after its indent)
cli-inspect-encoding = encoding:     { $encoding }
cli-inspect-sheets = sheets:
cli-inspect-sheet-fields = { $rows } rows: { $fields }
cli-inspect-sheet-no-header = { $rows } rows, no recognisable header
cli-inspect-sheet-read = ← read
cli-inspect-header-row = header row:   { $line }
cli-inspect-header-line = header line:  { $line }
cli-inspect-rows-pushed = rows:         { $table_rows } in the table, summed in ClickHouse into { $groups } day × label rows ({ $bytes } bytes received)
cli-inspect-rows = rows:         { $rows } ({ $dropped } totals rows dropped)
cli-inspect-mapping = mapping:
cli-inspect-set-by-map = (set by --map)
cli-inspect-scale = (values × { $scale })
cli-inspect-not-used = not used:     { $headers }
cli-inspect-maybe = maybe:        { $field } ← "{ $header }"? (not recognised; --map { $field }="{ $header }" uses it)
cli-inspect-channel = channel:      { $channel }
cli-inspect-currency = currency:     { $code } (from { $from })
cli-inspect-no-currency = currency:     not recognised (--currency-of FILE=CODE sets it)
cli-inspect-note = note: { $note }

# cli-help
# The command line's --help in Chinese and Japanese: each subcommand's about and each
# argument's help (src/cli/help.rs). English shows the doc comments of src/cli, which these
# English values repeat word for word (a test compares them). clap's own words ("Usage:",
# "Options:", "Print help", "error:") stay English. Then the argument parsers' messages.
cli-help-about = Which channel really pays: ROI, funnel and retention from ad-platform exports
cli-help-about-summary = Per-group sums and ratios of sums (ROI, CTR, CVR, CPA, CPC, CPM, retention)
cli-help-about-inspect = How each file was read: encoding, header row, which header became which field
cli-help-about-chart = Draw a chart (or the whole dashboard) as a PNG, the same image the app exports
cli-help-about-plan = Response curves, marginal ROI and a daily budget plan per channel or campaign
cli-help-about-cohorts = Cohort retention and LTV per first-touch channel from event logs
cli-help-app-files = Files to open in the desktop app (no subcommand); the bundled sample data when none. A `.roilens` file opens as a workspace
cli-help-app-workspace = Open this workspace in the desktop app
cli-help-lang = The language of tables, messages and pictures: en, zh (简体中文) or ja (日本語). Default: English on the command line (or what LANG names, when it is Chinese or Japanese); the app's own preference (first taken from the system) in the app. CSV and JSON keys never change
cli-help-files = CSV, TSV, Parquet or workbook (.xlsx, .xls, .ods) exports; several files are combined. `book.xlsx#Sheet2` reads one sheet of a workbook; `clickhouse://[user@]host[:port]/database/table` a ClickHouse table (summed per day × label in ClickHouse; password from CLICKHOUSE_PASSWORD)
cli-help-sheet = The sheet to read of every workbook given without `#SHEET` (default: the first sheet with a recognisable header)
cli-help-currency = Convert every amount into this currency (ISO code: CNY, USD, JPY …) before any sum, at the rates given with --rate. Without it, files in different currencies do not load together
cli-help-rates = One unit of CODE is RATE of the report currency (`--rate USD=7.10`; repeatable)
cli-help-currency-of = The currency of FILE's amounts, when its headers and cells do not say or say wrong (`--currency-of report.csv=USD`; repeatable)
cli-help-all-sheets = Read every sheet with data of each workbook, stacked as separate sources
cli-help-sheets-as-channels = A sheet with no channel column is the channel named after the sheet (one sheet per channel)
cli-help-workspace = Use a saved workspace's sources, column mappings and filters (options given here override its filters; FILES given too are added)
cli-help-map = Take FIELD from the column HEADER (`--map spend="花费(元)"`); `--map FIELD=` ignores it
cli-help-aliases = Show channel FROM as TO (repeatable): `--alias 朋友圈="WeChat Moments"` merges the two
cli-help-known-aliases = Show every known platform's channel (朋友圈, Moments, モーメンツ …) under one English name
cli-help-channel-of = The channel of FILE, a platform's own download with no channel column (repeatable; by default the platform recognised from its headers, else the file's name)
cli-help-lenient = Load a file with cells that cannot be read anyway: they are left empty and listed on stderr (file, line, column, value)
cli-help-strict = Refuse a file with rows of fewer or more fields than its header, or a header written twice (without it these are warnings, and the data is read as the notes say)
cli-help-from = First day included (2024-03-01, 2024/3/1 or 20240301)
cli-help-to = Last day included
cli-help-channels = Keep only this channel (repeat for several)
cli-help-campaigns = Keep only this campaign (repeat for several)
cli-help-ci = Add 95 % intervals as `<metric>_lo` and `<metric>_hi`: Wilson for CTR, CVR and retention; a bootstrap over days (2,000 resamples, fixed seed) for ROI, CPA, CPC, CPM
cli-help-baseline = Compare every group with this one (`--baseline` alone: the group with the most spend): adds `<metric>_vs_baseline` (higher, lower or same) and `<metric>_p` (Holm-adjusted) for CTR, CVR, retention and ROI
cli-help-compare-previous = Compare with the previous range of equal length: adds `<metric>_prev`, `<metric>_change` and `<metric>_change_pct`
cli-help-compare-from = Compare with this range instead (first day; needs --compare-to)
cli-help-compare-to = Last day of the range to compare with
cli-help-summary-by = Group by one or more of channel, campaign, source, date, week, month (comma-separated). Default: channel, or campaign when the files have no channel column
cli-help-inspect-json = Print JSON instead of text
cli-help-chart-chart = What to draw: a view of the dashboard or the whole dashboard (the list is below)
cli-help-chart-chart-list = What to draw: a view of the dashboard or the whole dashboard:
cli-help-chart-out = The PNG to write (replaced atomically if it exists)
cli-help-chart-width = Width in points; the PNG is width × scale pixels wide
cli-help-chart-height = Height in points
cli-help-chart-scale = Pixels per point: 1, 2 or 3 (2 is sharp on projectors and high-density screens)
cli-help-chart-metric = The trend's metric (spend, revenue, roi, ctr, cvr, cpa, cpc, cpm, retention_d7, …)
cli-help-chart-by = Group by channel, campaign or source. Default: channel, or campaign when the files have no channel column
cli-help-chart-granularity = Time buckets of the trend: day (the default), week or month
cli-help-chart-dark = A dark background instead of the default light one
cli-help-chart-clean = Leave out error bars, baseline markers and period comparisons (a clean slide)
cli-help-chart-baseline = Compare every group with this one (default: the most spend, or the workspace's)
cli-help-plan-by = Plan by channel (default) or campaign
cli-help-plan-budget = Total daily budget to split (default: today's total, the sum of the mean daily spends)
cli-help-plan-target-mroi = Spend each group until its marginal ROI falls to X (1.0 = break-even); sets the total
cli-help-plan-bounds = How far each group may move from today's spend, either way (0.3 = ±30 %; default: the workspace's, else 0.3)
cli-help-plan-locked = Hold this group at today's spend (repeat for several)
cli-help-plan-resamples = Bootstrap resamples for the 90 % intervals (0 = none; default: the workspace's, else 200; at most 10,000)
cli-help-cohorts-files = Event logs (CSV, TSV, Parquet, or a workbook's sheet: `book.xlsx#Events`): one row per event with a user and a time column, optionally event, amount and channel (first touch). Several are put together; an event in two of them counts once
cli-help-cohorts-spend = Campaign exports whose spend is joined on date and channel: adds CPI, ROAS on each day and the payback day (channel names must match the events', as `--alias` would show them)
cli-help-cohorts-by = `channel` (first-touch channel) or `all` (every user together)
cli-help-cohorts-period = Cohorts by day, week (from Monday) or month of the users' start
cli-help-cohorts-days = The days N of the columns
cli-help-cohorts-mode = `on`: back on day N; `on-or-after`: back on day N or later
cli-help-cohorts-start = The event that starts a user (default: any event)
cli-help-cohorts-returns = The event that counts as a return (default: any event)
cli-help-cohorts-brackets = Brackets of days, both ends included (`1,2-7,8-30`): retained when back on some day of the bracket (whatever `--mode`); columns `retention_d1`, `retention_d2_7`, …
cli-help-cohorts-windows = `calendar`: day N is a calendar day in `--tz` (23:58 and 00:03 are days 0 and 1); `rolling`: day N is the N-th 24-hour window after the user's start event, shown once the log's last event is past the window's end
cli-help-cohorts-channels = A user→channel file (CSV or TSV with a user and a channel column) overriding first-touch attribution for the users it lists; the others keep their first touch
cli-help-cohorts-tz = The time zone of the calendar days (`+08:00`); times with an offset are converted, times without are taken as written
cli-help-cohorts-event-columns = Read COLUMN (user, time, event, amount, channel) from the header HEADER, where the headers' names do not say (`--event-column user=member_no`; repeatable); `COLUMN=` for a column the log does not have (event, amount, channel)
cli-error-lang = `{ $value }`: choose en, zh or ja
cli-error-unknown-metric = unknown metric `{ $value }`; use spend, revenue, roi, ctr, cvr, cpa, cpc, cpm, retention_d1, …
cli-error-unknown-granularity = unknown granularity `{ $value }`; use day, week or month
cli-error-not-a-date = `{ $value }` is not a date; use 2024-03-01, 2024/3/1 or 20240301
cli-error-plan-key = plans are by channel or campaign, not { $key }
cli-error-expected-pair = expected { $form }, got `{ $value }`
cli-error-not-event-column = `{ $column }` is not a column of an event log (user, time, event, amount, channel)
cli-error-required-event-column = an event log cannot do without its { $column } column
cli-error-offset = expected a UTC offset like +08:00 or -05:00, got `{ $value }`
cli-error-bracket = expected a day or a range of days like 2-7, got `{ $value }`
cli-error-bracket-backwards = the bracket `{ $value }` ends before it starts
cli-error-not-a-rate = `{ $value }` is not a rate (like 7.10)
cli-error-rate-positive = the rate of { $code } must be a positive number, not { $value }
cli-error-both-sides = both sides of `{ $value }` must be given
cli-error-one-workspace = open one workspace at a time
cli-error-workspace-alone = open a workspace on its own; add files to it in the app
cli-error-internal = internal error in ROI Lens, please report it: { $detail }


# clickhouse-workspaces
# ClickHouse sources and workspace files (crates/core/src/data/clickhouse, crates/core/src/workspace).

## ClickHouse: why a table could not be read (each names the URL and server, never the password)
ch-bad-url = { $url }: not a ClickHouse table URL: { $reason }
ch-url-expected-form = expected clickhouse://[user@]host[:port]/database/table
ch-url-ipv6-bracket = an IPv6 address needs its closing ]
ch-url-bad-port = `{ $port }` is not a port number
ch-url-no-host = no host
ch-url-expected-path = expected /database/table after the host
ch-password-in-url = { $url }: a password in the URL would be saved with the workspace; give it in { $variable } (or the app's connection form) instead
ch-unreachable = { $url }: cannot connect to ClickHouse at { $server } ({ $detail }); is the server running?
ch-transport-timed-out = timed out
ch-transport-host-not-found = host not found
ch-transport-connection-failed = connection failed
ch-wrong-password = { $url }: ClickHouse at { $server } refused user { $user }: wrong password or unknown user (the password is read from { $variable })
ch-unknown-database = { $url }: ClickHouse at { $server } has no database { $database }
ch-unknown-table = { $url }: ClickHouse at { $server } has no table { $table }
ch-not-numeric = { $url }: column "{ $column }" ({ $field }) is { $column_type } in ClickHouse; it can only be summed as a number (map the field to a numeric column, or give the table a view that converts it)
ch-timeout = { $url }: the query ran longer than { $seconds } s on { $server } and was stopped
ch-too-many-groups = { $url }: the day × label sums have more than { $limit } rows; the channel or campaign column seems to be an id, not a label (map another column)
ch-cancelled = { $url }: the query was cancelled
ch-server = { $url }: ClickHouse at { $server } failed: { $message }
ch-http-status = HTTP status { $status }
ch-broken = { $url }: the answer from { $server } broke off: { $message }
# What broke off in an answer ($row is 1-based).
ch-broken-row-width = row { $row } has { $values } values, expected { $width }
ch-broken-not-number = `{ $value }` in row { $row } is not a number
ch-broken-facts = the facts came as `{ $line }`
ch-broken-cohort-row = cohort row { $row } is `{ $line }`

## ClickHouse event tables (after "URL: ")
ch-events-not-times = column "{ $column }": { $count } values are not times, such as "{ $example }" (a time is a DateTime, a Date, epoch seconds or milliseconds, or text like 2024-06-01 13:05:00)
ch-events-too-many-names = column "{ $column }" has more than { $limit } different values: it seems to be an id, not a channel or an event name (choose another column under Cohorts → Columns, or give --event-column)
ch-events-user-channels = a user→channel file cannot be joined to a ClickHouse table here; join it in ClickHouse (a view with the channel column) instead

## Workspaces: opening and saving (each names the file)
ws-error-read = cannot read workspace { $file }: { $detail }
ws-error-write = cannot save workspace { $file }: { $detail }
ws-error-truncated = workspace { $file } is cut short (line { $line }, column { $column }): it was not saved completely
ws-error-corrupt = workspace { $file } is damaged at line { $line }, column { $column }: { $message }
ws-error-not-a-workspace = { $file } is not a ROI Lens workspace: { $message }
ws-error-newer-version = workspace { $file } was saved by a newer ROI Lens (format version { $found }; this one reads up to { $supported }): please update ROI Lens
ws-error-hash = cannot read source { $file } to record its hash: { $detail }
# Why a file is not a workspace (the $message of ws-error-not-a-workspace).
ws-not-text = the file is not text
ws-no-version = it has no "version"
ws-version-not-whole = its "version" is not a whole number
ws-version-zero = its "version" is 0
ws-bad-date = `{ $value }` is not a date (YYYY-MM-DD)
ws-bad-group-by = cannot group the dashboard by { $group_by }
ws-unknown-granularity = unknown granularity `{ $value }`
ws-unknown-metric = unknown metric `{ $name }`
ws-range-needs-ends = a compared range needs compare_from and compare_to
ws-unknown-comparison = unknown comparison `{ $value }`
ws-unknown-field = unknown field `{ $name }`
ws-bad-colour = colour `{ $colour }` of { $name } is not #rrggbb
# A source found changed or missing when the workspace was opened.
ws-notice-changed = { $file } changed since the workspace was saved; showing the new data
ws-notice-missing = { $name } is missing (looked for { $path } and { $recorded })
