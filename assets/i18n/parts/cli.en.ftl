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
