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
panel-group-channel = channel
panel-group-campaign = campaign
panel-group-source = source
panel-group-date = date
panel-group-week = week
panel-group-month = month

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
