//! ClickHouse tables as sources, against a real cluster: two local `clickhouse-server`
//! processes (two shards on their own loopback ports, a `remote_servers` entry naming both),
//! a MergeTree table on each and a `Distributed` table over them, holding the English sample
//! split into 24 hourly rows per day × campaign across the shards.
//!
//! The servers are started once for the whole test binary and stopped by a watchdog shell that
//! ends each when this process is gone (a static is never dropped, and a panic must not leave
//! servers behind); the watchdog also removes the server's folder. Without `clickhouse-server`
//! these tests fail and say to run `scripts/setup`.

use std::io::Read as _;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use egui_kittest::kittest::Queryable;
use roi_lens::data::clickhouse::{TableUrl, quote_string};

use crate::app::{harness, has_label, settle};

/// The `default` user's password on the test servers.
pub(crate) const PASSWORD: &str = "roi-lens-test-pass-5521";
/// Hourly rows per day × channel × campaign of the sample.
const HOURS: u64 = 24;

/// The two running servers: their HTTP ports (the first also holds the distributed table).
pub(crate) struct Cluster {
    pub(crate) http: [u16; 2],
    /// Bytes of the sample rows as inserted (TabSeparated), for comparing what travels.
    table_bytes: usize,
    table_rows: u64,
    /// Bytes of the sample events as inserted (TabSeparated).
    pub(crate) event_bytes: usize,
    /// The watchdog shells, which outlive the tests by design (never waited for).
    _watchdogs: Vec<Child>,
}

pub(crate) fn cluster() -> &'static Cluster {
    static CLUSTER: OnceLock<Cluster> = OnceLock::new();
    CLUSTER.get_or_init(start_cluster)
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free loopback port")
        .port()
}

fn server_binary() -> PathBuf {
    for candidate in ["/usr/sbin/clickhouse-server", "/usr/bin/clickhouse-server"] {
        if Path::new(candidate).exists() {
            return PathBuf::from(candidate);
        }
    }
    let found = Command::new("sh")
        .args(["-c", "command -v clickhouse-server"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned());
    match found {
        Some(path) if !path.is_empty() => PathBuf::from(path),
        _ => panic!(
            "clickhouse-server is not installed: run scripts/setup (it installs Debian's \
             clickhouse-server) before these tests"
        ),
    }
}

struct Ports {
    http: u16,
    tcp: u16,
    interserver: u16,
}

fn config_xml(dir: &Path, ports: &Ports, shards: &[Ports]) -> String {
    let shard_xml: String = shards
        .iter()
        .map(|s| {
            format!(
                "<shard><replica><host>127.0.0.1</host><port>{}</port>\
                 <user>default</user><password>{PASSWORD}</password></replica></shard>",
                s.tcp
            )
        })
        .collect();
    let d = dir.display();
    format!(
        r#"<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>{d}/log/server.log</log><errorlog>{d}/log/error.log</errorlog><console>0</console></logger>
  <http_port>{http}</http_port>
  <tcp_port>{tcp}</tcp_port>
  <interserver_http_port>{inter}</interserver_http_port>
  <interserver_http_host>127.0.0.1</interserver_http_host>
  <listen_host>127.0.0.1</listen_host>
  <path>{d}/data/</path>
  <tmp_path>{d}/tmp/</tmp_path>
  <user_files_path>{d}/user_files/</user_files_path>
  <format_schema_path>{d}/format_schemas/</format_schema_path>
  <users_config>{d}/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <mark_cache_size>5368709120</mark_cache_size>
  <max_concurrent_queries>20</max_concurrent_queries>
  <remote_servers><roi_lens_pair>{shard_xml}</roi_lens_pair></remote_servers>
</yandex>
"#,
        http = ports.http,
        tcp = ports.tcp,
        inter = ports.interserver,
    )
}

fn users_xml() -> String {
    format!(
        r#"<?xml version="1.0"?>
<yandex>
  <profiles><default></default></profiles>
  <users><default><password>{PASSWORD}</password><networks><ip>127.0.0.1</ip><ip>::1</ip></networks><profile>default</profile><quota>default</quota></default></users>
  <quotas><default></default></quotas>
</yandex>
"#
    )
}

/// Starts a server in `dir` under a watchdog that stops it (and removes `dir`) once this test
/// process has ended, however it ends.
fn start_server(binary: &Path, dir: &Path, ports: &Ports, shards: &[Ports]) -> Child {
    for sub in ["log", "data", "tmp", "user_files", "format_schemas"] {
        std::fs::create_dir_all(dir.join(sub)).expect("server folders");
    }
    std::fs::write(dir.join("config.xml"), config_xml(dir, ports, shards)).expect("config");
    std::fs::write(dir.join("users.xml"), users_xml()).expect("users");
    let script = r#"
        "$1" --config-file="$2/config.xml" >"$2/log/stdout.log" 2>&1 &
        server=$!
        while kill -0 "$3" 2>/dev/null && kill -0 "$server" 2>/dev/null; do sleep 0.3; done
        kill -9 "$server" 2>/dev/null
        wait "$server" 2>/dev/null
        rm -rf "$2"
        rmdir "$(dirname "$2")" 2>/dev/null
    "#;
    Command::new("sh")
        .args(["-c", script, "watchdog"])
        .arg(binary)
        .arg(dir)
        .arg(std::process::id().to_string())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start clickhouse-server")
}

/// Runs `sql` on the server at `port` as the test's admin (not read-only); panics on failure.
pub(crate) fn admin(port: u16, sql: &str, body: Option<&str>) -> String {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(60)))
        .build()
        .into();
    let mut target = format!("http://127.0.0.1:{port}/");
    let payload = match body {
        Some(body) => {
            target.push_str("?query=");
            target.push_str(&percent(sql));
            body.to_owned()
        }
        None => sql.to_owned(),
    };
    let response = agent
        .post(&target)
        .header("X-ClickHouse-User", "default")
        .header("X-ClickHouse-Key", PASSWORD)
        .send(payload)
        .unwrap_or_else(|e| panic!("{sql}: {e}"));
    let status = response.status().as_u16();
    let mut text = String::new();
    response
        .into_body()
        .into_reader()
        .read_to_string(&mut text)
        .expect("read the answer");
    assert_eq!(status, 200, "{sql}: {text}");
    text
}

fn percent(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

fn wait_ready(port: u16, dir: &Path) {
    let started = Instant::now();
    loop {
        let ready = ureq::get(format!("http://127.0.0.1:{port}/ping"))
            .call()
            .is_ok_and(|r| r.status().as_u16() == 200);
        if ready {
            return;
        }
        if started.elapsed() > Duration::from_secs(60) {
            let log = std::fs::read_to_string(dir.join("log/error.log")).unwrap_or_default();
            panic!("clickhouse-server on port {port} did not start within 60 s: {log}");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

const COLUMNS: &str = "`Date` DateTime, `Channel` String, `Campaign` String, \
    `Spend` Decimal(18, 2), `Impressions` UInt64, `Clicks` UInt64, `Conversions` UInt64, \
    `Revenue` Decimal(18, 2), `New Users` UInt64, `D1 Retained` Nullable(UInt64), \
    `D7 Retained` Nullable(UInt64), `D30 Retained` Nullable(UInt64)";

fn start_cluster() -> Cluster {
    let binary = server_binary();
    let ports: Vec<Ports> = (0..2)
        .map(|_| Ports {
            http: free_port(),
            tcp: free_port(),
            interserver: free_port(),
        })
        .collect();
    let root = std::env::temp_dir().join(format!("roi-lens-clickhouse-{}", std::process::id()));
    let dirs: Vec<PathBuf> = (0..2).map(|i| root.join(format!("shard{i}"))).collect();
    let watchdogs: Vec<Child> = ports
        .iter()
        .zip(&dirs)
        .map(|(p, dir)| start_server(&binary, dir, p, &ports))
        .collect();
    for (p, dir) in ports.iter().zip(&dirs) {
        wait_ready(p.http, dir);
    }
    let http = [ports[0].http, ports[1].http];
    for port in http {
        admin(
            port,
            &format!(
                "CREATE TABLE default.campaigns_local ({COLUMNS}) ENGINE = MergeTree ORDER BY tuple()"
            ),
            None,
        );
    }
    admin(
        http[0],
        "CREATE TABLE default.campaigns AS default.campaigns_local \
         ENGINE = Distributed(roi_lens_pair, default, campaigns_local)",
        None,
    );
    let (shards, table_rows) = hourly_rows();
    let mut table_bytes = 0;
    for (port, rows) in http.iter().zip(&shards) {
        table_bytes += rows.len();
        admin(
            *port,
            "INSERT INTO default.campaigns_local FORMAT TabSeparated",
            Some(rows),
        );
    }
    let event_bytes = crate::clickhouse_events::load_events(http);
    Cluster {
        http,
        table_bytes,
        table_rows,
        event_bytes,
        _watchdogs: watchdogs,
    }
}

/// The English sample as hourly rows, TabSeparated, one text per shard: each CSV row is split
/// into 24 hours whose counts and cents add up exactly to the row's, the hours alternating
/// between the shards; an empty retention cell is null in every hour.
fn hourly_rows() -> ([String; 2], u64) {
    let csv = std::fs::read_to_string(crate::app::sample("campaigns_en.csv")).expect("sample");
    let mut shards = [String::new(), String::new()];
    let mut rows = 0;
    for line in csv.lines().skip(1) {
        let cells: Vec<&str> = line.split(',').collect();
        assert_eq!(cells.len(), 12, "{line}");
        for hour in 0..HOURS {
            let part = |total: u64| total * (hour + 1) / HOURS - total * hour / HOURS;
            let count = |cell: &str| -> String {
                if cell.is_empty() {
                    "\\N".to_owned()
                } else {
                    part(cell.parse().expect("a count")).to_string()
                }
            };
            let money = |cell: &str| -> String {
                let cents = (cell.parse::<f64>().expect("an amount") * 100.0).round() as u64;
                let p = part(cents);
                format!("{}.{:02}", p / 100, p % 100)
            };
            let fields = [
                format!("{} {hour:02}:00:00", cells[0]),
                cells[1].to_owned(),
                cells[2].to_owned(),
                money(cells[3]),
                count(cells[4]),
                count(cells[5]),
                count(cells[6]),
                money(cells[7]),
                count(cells[8]),
                count(cells[9]),
                count(cells[10]),
                count(cells[11]),
            ];
            let shard = &mut shards[(hour % 2) as usize];
            shard.push_str(&fields.join("\t"));
            shard.push('\n');
            rows += 1;
        }
    }
    (shards, rows)
}

pub(crate) fn url(port: u16, table: &str) -> String {
    format!("clickhouse://default@127.0.0.1:{port}/default/{table}")
}

#[test]
fn failures_in_chinese_and_japanese_name_the_server_and_table_too() {
    let port = cluster().http[0];
    let server = format!("127.0.0.1:{port}");
    let wrong = "wrong-pass-6120";
    let stderr = fails(
        wrong,
        &["summary", &dist_url(), "--lang", "ja"],
        &[
            "パスワードが違う",
            &server,
            "campaigns",
            "CLICKHOUSE_PASSWORD",
        ],
    );
    assert!(
        !stderr.contains(wrong) && !stderr.contains(PASSWORD),
        "{stderr}"
    );
    fails(
        PASSWORD,
        &["summary", &url(port, "no_such_table"), "--lang", "zh"],
        &["没有表 default.no_such_table", &server],
    );
    let with_password =
        format!("clickhouse://default:{PASSWORD}@127.0.0.1:{port}/default/campaigns");
    let stderr = fails(
        PASSWORD,
        &["summary", &with_password, "--lang", "zh"],
        &["工作区", "CLICKHOUSE_PASSWORD", "default:***@"],
    );
    assert!(!stderr.contains(PASSWORD), "{stderr}");
}

fn dist_url() -> String {
    url(cluster().http[0], "campaigns")
}

/// Runs roi-lens with the test servers' password (or `password`) in CLICKHOUSE_PASSWORD.
pub(crate) fn roi_lens_with(password: &str, args: &[&str]) -> Output {
    crate::cli::roi_lens_command()
        .args(args)
        .env("CLICKHOUSE_PASSWORD", password)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run roi-lens")
}

pub(crate) fn stdout_ok(args: &[&str]) -> String {
    let out = roi_lens_with(PASSWORD, args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

pub(crate) fn fails(password: &str, args: &[&str], needles: &[&str]) -> String {
    let out = roi_lens_with(password, args);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
    for needle in needles {
        assert!(stderr.contains(needle), "`{needle}` missing from: {stderr}");
    }
    stderr
}

const CSV: &str = "sample_data/campaigns_en.csv";

#[test]
fn summary_of_the_distributed_table_is_the_csvs() {
    let url = dist_url();
    // By channel (the default), campaign, day, week or month, every number is the CSV's to
    // the last bit: ClickHouse sends its sums in another order than the file's rows, and each
    // group's sum carries its rounding error (`metrics::grouped`), so the order does not show.
    for by in ["channel", "campaign", "date", "week", "month"] {
        for format in ["table", "json", "csv"] {
            let ch = ["summary", url.as_str(), "--format", format, "--by", by];
            let csv = ["summary", CSV, "--format", format, "--by", by];
            assert_eq!(stdout_ok(&ch), stdout_ok(&csv), "{by} {format}");
        }
    }
    // Statistics, which resample days, and filters, applied to the day sums.
    let stats = |input: &str| {
        stdout_ok(&[
            "summary",
            input,
            "--ci",
            "--baseline",
            "--from",
            "2024-08-01",
            "--channel",
            "Douyin",
            "--channel",
            "Kuaishou",
        ])
    };
    assert_eq!(stats(&url), stats(CSV));
}

#[test]
fn plan_and_chart_work_on_the_table() {
    let url = dist_url();
    assert_eq!(
        stdout_ok(&["plan", &url]),
        stdout_ok(&["plan", CSV]),
        "the plan is the CSV's"
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let png = dir.path().join("dashboard.png");
    let png_arg = png.to_str().expect("UTF-8 path");
    let out = stdout_ok(&[
        "chart",
        &url,
        "--chart",
        "dashboard",
        "--out",
        png_arg,
        "--width",
        "800",
        "--height",
        "450",
    ]);
    assert!(out.contains("wrote"), "{out}");
    let bytes = std::fs::read(&png).expect("the PNG");
    assert!(bytes.starts_with(b"\x89PNG") && bytes.len() > 10_000);
}

#[test]
fn only_day_sums_travel() {
    let cluster = cluster();
    let json: serde_json::Value =
        serde_json::from_str(&stdout_ok(&["inspect", &dist_url(), "--json"])).expect("JSON");
    let source = &json[0];
    let pushed = &source["pushed_down"];
    assert_eq!(pushed["table_rows"], cluster.table_rows);
    assert_eq!(
        source["rows"], cluster.table_rows,
        "rows counts the table's rows"
    );
    // 92 days × 6 channels × 3 campaigns.
    assert_eq!(pushed["groups"], 1656);
    let received = pushed["received_bytes"].as_u64().expect("a byte count");
    let text = stdout_ok(&["inspect", &dist_url()]);
    assert!(
        text.contains(&format!(
            "{} in the table, summed in ClickHouse into 1656 day × label rows ({received} bytes",
            cluster.table_rows
        )),
        "{text}"
    );
    assert!(
        received * 10 < cluster.table_bytes as u64,
        "received {received} bytes of a {} byte table",
        cluster.table_bytes
    );
}

#[test]
fn names_and_values_from_users_are_inert() {
    let port = cluster().http[0];
    // Literals survive the round trip through ClickHouse's parser exactly.
    for nasty in [
        "it's",
        "a\\'b",
        "x'); DROP TABLE default.campaigns; --",
        "tab\tnew\nline",
        "\\",
    ] {
        let sql = format!("SELECT {} FORMAT TabSeparatedRaw", quote_string(nasty));
        let tsv = admin(port, &sql, None);
        assert_eq!(tsv.strip_suffix('\n'), Some(nasty), "{nasty:?}");
    }
    // A table and a column whose names hold quotes, back quotes and a semicolon load.
    let odd_table = "odd`name's; table";
    let odd_spend = "Spend`'; DROP";
    admin(
        port,
        &format!(
            "CREATE TABLE default.{} (`Date` Date, `Channel` String, {} Float64) \
             ENGINE = MergeTree ORDER BY tuple()",
            roi_lens::data::clickhouse::quote_identifier(odd_table),
            roi_lens::data::clickhouse::quote_identifier(odd_spend),
        ),
        None,
    );
    admin(
        port,
        &format!(
            "INSERT INTO default.{} FORMAT TabSeparated",
            roi_lens::data::clickhouse::quote_identifier(odd_table)
        ),
        Some("2024-07-01\tDouyin\t10.5\n2024-07-01\tDouyin\t2\n2024-07-02\tKuaishou\t4\n"),
    );
    let odd_url = url(port, "odd%60name's%3B%20table");
    let json: serde_json::Value = serde_json::from_str(&stdout_ok(&[
        "summary",
        &odd_url,
        "--map",
        &format!("spend={odd_spend}"),
        "--format",
        "json",
    ]))
    .expect("JSON");
    assert_eq!(json[0]["channel"], "Douyin");
    assert_eq!(json[0]["spend"], 12.5);
    assert_eq!(json[1]["spend"], 4);
    // A table name that tries to end the identifier is one (missing) table.
    fails(
        PASSWORD,
        &[
            "summary",
            &url(port, "campaigns`%20UNION%20ALL%20SELECT%201%20--"),
        ],
        &["has no table", "127.0.0.1"],
    );
    // A filter value with quotes is only a name that matches nothing.
    let out = roi_lens_with(
        PASSWORD,
        &["summary", &dist_url(), "--channel", "Douyin' OR '1'='1"],
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("(no rows match)"));
    // And nothing was dropped.
    assert_eq!(
        admin(port, "SELECT count() FROM default.campaigns", None).trim(),
        cluster().table_rows.to_string()
    );
}

#[test]
fn failures_name_the_server_and_table_and_never_the_password() {
    let port = cluster().http[0];
    let wrong = "wrong-pass-8812";
    let stderr = fails(
        wrong,
        &["summary", &dist_url()],
        &["wrong password", &format!("127.0.0.1:{port}"), "campaigns"],
    );
    assert!(
        !stderr.contains(wrong) && !stderr.contains(PASSWORD),
        "{stderr}"
    );
    let dead = free_port();
    fails(
        PASSWORD,
        &["summary", &url(dead, "campaigns")],
        &["cannot connect", &format!("127.0.0.1:{dead}"), "campaigns"],
    );
    fails(
        PASSWORD,
        &["summary", &url(port, "no_such_table")],
        &[
            "has no table default.no_such_table",
            &format!("127.0.0.1:{port}"),
        ],
    );
    fails(
        PASSWORD,
        &[
            "summary",
            &format!("clickhouse://127.0.0.1:{port}/no_such_db/campaigns"),
        ],
        &["has no database no_such_db"],
    );
    let with_password =
        format!("clickhouse://default:{PASSWORD}@127.0.0.1:{port}/default/campaigns");
    let stderr = fails(
        PASSWORD,
        &["summary", &with_password],
        &["CLICKHOUSE_PASSWORD"],
    );
    assert!(!stderr.contains(PASSWORD), "{stderr}");
    // A table without a spend column, and a spend column of text.
    admin(
        port,
        "CREATE TABLE default.no_spend (`Date` Date, `Channel` String, `Clicks` UInt64) \
         ENGINE = MergeTree ORDER BY tuple()",
        None,
    );
    fails(
        PASSWORD,
        &["summary", &url(port, "no_spend")],
        &["no spend column", "no_spend", "\"Clicks\""],
    );
    admin(
        port,
        "CREATE TABLE default.text_spend (`Date` Date, `Channel` String, `Spend` String) \
         ENGINE = MergeTree ORDER BY tuple()",
        None,
    );
    fails(
        PASSWORD,
        &["summary", &url(port, "text_spend")],
        &["\"Spend\"", "is String in ClickHouse", "text_spend"],
    );
}

/// Opens File → Connect to ClickHouse… in the app, fills it for the test cluster's first
/// server and lists its tables.
pub(crate) fn list_tables_in_the_form(
    h: &mut egui_kittest::Harness<'static, roi_lens::app::RoiLensApp>,
) {
    let port = cluster().http[0];
    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label("Connect to ClickHouse…").click();
    h.run_steps(2);
    {
        // Typed into the form (kittest types at the cursor; these replace the defaults).
        let form = h.state_mut().connect.as_mut().expect("the form is open");
        form.host = "127.0.0.1".to_owned();
        form.port = port.to_string();
        form.password = PASSWORD.to_owned();
    }
    // The modal fades in over a few frames before its widgets can be clicked.
    h.run_steps(4);
    h.get_by_label("List tables").click();
    let started = Instant::now();
    while h
        .state()
        .connect
        .as_ref()
        .is_some_and(|f| f.tables.is_empty())
    {
        h.step();
        assert!(started.elapsed() < Duration::from_secs(60), "no table list");
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(
        h.state().connect.as_ref().map(|f| f.message.clone()),
        Some(None)
    );
    // The modal grows and re-centres around the list for a few frames.
    h.run_steps(8);
}

#[test]
fn the_app_opens_the_sample_from_clickhouse() {
    let mut h = harness(Vec::new());
    settle(&mut h);
    list_tables_in_the_form(&mut h);
    h.get_by_label("campaigns").click();
    h.run_steps(2);
    assert_eq!(
        h.state().connect.as_ref().map(|f| f.table.as_str()),
        Some("campaigns")
    );
    h.get_by_label("Open").click();
    settle(&mut h);
    h.run_steps(3);
    assert_eq!(h.state().error, None);
    assert!(h.state().connect.is_none(), "the form closed");
    for channel in ["WeChat Moments", "Douyin", "Mini Programs"] {
        assert!(has_label(&h, channel), "{channel} shown");
    }
    let status = h.state().status.to_string();
    assert!(
        status.contains("Loaded 1,656 rows from 1 file, summed in ClickHouse from 39,744"),
        "{status}"
    );
    // The KPI table's total spend, as for the CSV.
    assert!(has_label(&h, "3,441,256.38"), "total spend shown");
    // The recent list and the workspace keep the URL, never the password.
    let url = dist_url();
    assert_eq!(h.state().recent_connections().first(), Some(&url));
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("ch.roilens");
    let ws = h.state().current_workspace();
    let text = roi_lens::workspace::to_json(&ws, &file).expect("saved");
    assert!(text.contains(&url) && !text.contains(PASSWORD), "{text}");
}

#[test]
fn cancel_kills_the_query_on_the_server() {
    let port = cluster().http[0];
    // A table whose sums take forever: half a second per block of an endless series.
    admin(
        port,
        "CREATE VIEW default.slow AS SELECT toDate('2024-07-01') AS Date, \
         'Douyin' AS Channel, toFloat64(number) AS Spend FROM system.numbers \
         WHERE sleep(0.5) = 0",
        None,
    );
    let text = url(port, "slow");
    let table = TableUrl::parse(&text)
        .expect("a ClickHouse URL")
        .expect("valid");
    roi_lens::data::clickhouse::remember_password(&table, PASSWORD);
    let path = PathBuf::from(&text);
    let load = std::thread::spawn(move || roi_lens::data::load_files(&[path], &Default::default()));
    let running = || {
        admin(
            port,
            "SELECT count() FROM system.processes \
             WHERE query_id LIKE 'roi-lens-%' AND query LIKE '%`slow`%'",
            None,
        )
        .trim()
        .to_owned()
    };
    let started = Instant::now();
    while running() != "1" {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the query never ran"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    // Its progress, as the app's status line shows it, counts the rows read so far.
    while roi_lens::data::clickhouse::progress().is_none_or(|p| p.read_rows == 0) {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "no progress seen"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let cancelled = Instant::now();
    roi_lens::data::clickhouse::cancel(&table);
    let result = load.join().expect("the load ends");
    let err = result.expect_err("a cancelled load fails");
    assert!(err.to_string().contains("cancelled"), "{err}");
    assert!(err.to_string().contains("default/slow"), "{err}");
    assert!(cancelled.elapsed() < Duration::from_secs(10));
    assert_eq!(running(), "0", "nothing left running on the server");
}

#[test]
fn a_query_past_its_time_limit_is_stopped_and_said_so() {
    let port = cluster().http[0];
    admin(
        port,
        "CREATE VIEW default.endless AS SELECT toDate('2024-07-01') AS Date, \
         'Douyin' AS Channel, toFloat64(number) AS Spend FROM system.numbers \
         WHERE sleep(0.5) = 0",
        None,
    );
    let out = crate::cli::roi_lens_command()
        .args(["summary", &url(port, "endless")])
        .env("CLICKHOUSE_PASSWORD", PASSWORD)
        .env("ROI_LENS_CLICKHOUSE_TIMEOUT", "1")
        .output()
        .expect("run roi-lens");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("ran longer than 1 s") && stderr.contains("default/endless"),
        "{stderr}"
    );
}
