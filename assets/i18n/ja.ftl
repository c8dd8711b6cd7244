# ROI Lens、日本語。キーは en.ftl と同じ。

## メニュー
menu-file = ファイル
menu-view = 表示
menu-language = 言語
menu-plain-digits = 大きな数を万・億で表さない

## ステータス
status-rows = { $count } 行
