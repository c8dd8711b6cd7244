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
