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
