# ROI Lens，简体中文。键与 en.ftl 相同。

## 菜单
menu-file = 文件
menu-view = 视图
menu-language = 语言
menu-plain-digits = 大数字不用万/亿

## 状态栏
status-rows = { $count } 行
