//! A small event log whose cohorts are counted by hand in `crates/core/tests/cohorts.rs`; the
//! CLI's tests (`tests/cli.rs`) read it too.

/// u1 (抖音) starts 2024-06-01 23:58 and is back at 00:03 (day 1) and pays 30 on 06-08 (day 7);
/// u2 (抖音) starts 06-01 09:00, its install written twice, pays 12.5 at epoch ms 1717344000000
/// (06-03 00:00 in +08:00: day 2); u3 (快手) starts 06-02 10:00 +08:00 and is back at 06-03
/// 01:00 UTC (09:00 local: day 1); u4 (快手) starts 06-09, the log's last day.
pub const LOG: &str = "user_id,event_time,event,amount,channel\n\
u1,2024-06-01 23:58,install,,抖音\n\
u1,2024-06-02 00:03,open,,抖音\n\
u1,2024-06-08 10:00,pay,30,抖音\n\
u2,2024-06-01 09:00,install,,抖音\n\
u2,2024-06-01 09:00,install,,抖音\n\
u2,1717344000000,pay,12.5,抖音\n\
u3,2024-06-02T10:00:00+08:00,install,,快手\n\
u3,2024-06-03T01:00:00Z,open,,快手\n\
u4,2024-06-09 12:00,install,,快手\n";
