#!/usr/bin/env bash
# ROI Lens on a ClickHouse table of ROWS rows (default 100 million): starts two local
# clickhouse-server processes as the shards of a Distributed table (as the tests do), fills it
# with rows generated inside ClickHouse (numbers(): hourly rows over a year, 6 channels × 20
# campaigns), then times `roi-lens summary` on it and the headless dashboard (open → drawn, a
# frame, a filter change), with each one's peak memory. The servers stop when the script ends;
# the table needs about 2 GB of disk under $TMPDIR. Then the same for an event table (see the
# end).
#
#   bench/clickhouse.sh [ROWS]
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS="${1:-100000000}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-target}"
scripts/setup
BIN="$CARGO_TARGET_DIR/release/roi-lens"
DASH="$CARGO_TARGET_DIR/release/examples/bench_dashboard"
SERVER=$(command -v clickhouse-server || echo /usr/sbin/clickhouse-server)
PASSWORD="roi-lens-bench"
export CLICKHOUSE_PASSWORD="$PASSWORD"

root=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$root"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
http=() tcp=() inter=()
for i in 0 1; do http+=("$(free_port)"); tcp+=("$(free_port)"); inter+=("$(free_port)"); done
shards=""
for i in 0 1; do
    shards+="<shard><replica><host>127.0.0.1</host><port>${tcp[$i]}</port><user>default</user><password>$PASSWORD</password></replica></shard>"
done
for i in 0 1; do
    d="$root/shard$i"
    mkdir -p "$d"/{log,data,tmp,user_files,format_schemas}
    cat >"$d/users.xml" <<EOF
<?xml version="1.0"?>
<yandex>
  <profiles><default></default></profiles>
  <users><default><password>$PASSWORD</password><networks><ip>127.0.0.1</ip></networks><profile>default</profile><quota>default</quota></default></users>
  <quotas><default></default></quotas>
</yandex>
EOF
    cat >"$d/config.xml" <<EOF
<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>$d/log/server.log</log><errorlog>$d/log/error.log</errorlog><console>0</console></logger>
  <http_port>${http[$i]}</http_port>
  <tcp_port>${tcp[$i]}</tcp_port>
  <interserver_http_port>${inter[$i]}</interserver_http_port>
  <listen_host>127.0.0.1</listen_host>
  <path>$d/data/</path>
  <tmp_path>$d/tmp/</tmp_path>
  <user_files_path>$d/user_files/</user_files_path>
  <format_schema_path>$d/format_schemas/</format_schema_path>
  <users_config>$d/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <mark_cache_size>5368709120</mark_cache_size>
  <remote_servers><roi_lens_pair>$shards</roi_lens_pair></remote_servers>
</yandex>
EOF
    "$SERVER" --config-file="$d/config.xml" >"$d/log/stdout.log" 2>&1 &
    pids+=("$!")
done
q() { # q PORT SQL
    curl -sS --fail-with-body -H "X-ClickHouse-User: default" -H "X-ClickHouse-Key: $PASSWORD" \
        "http://127.0.0.1:$1/" --data-binary "$2"
}
for i in 0 1; do
    for _ in $(seq 600); do curl -s "http://127.0.0.1:${http[$i]}/ping" >/dev/null && break; sleep 0.1; done
done
columns='`Date` DateTime, `Channel` String, `Campaign` String, `Spend` Float64,
    `Impressions` UInt64, `Clicks` UInt64, `Conversions` UInt64, `Revenue` Float64,
    `New Users` UInt64, `D1 Retained` UInt64, `D7 Retained` UInt64, `D30 Retained` UInt64'
for i in 0 1; do
    q "${http[$i]}" "CREATE TABLE default.campaigns_local ($columns) ENGINE = MergeTree ORDER BY (Channel, Campaign, Date)"
done
q "${http[0]}" "CREATE TABLE default.campaigns AS default.campaigns_local ENGINE = Distributed(roi_lens_pair, default, campaigns_local)"

half=$((ROWS / 2))
start=$(date +%s.%N)
inserts=()
for i in 0 1; do
    q "${http[$i]}" "INSERT INTO default.campaigns_local SELECT
        toDateTime('2024-01-01 00:00:00') + (n % 8760) * 3600,
        ['Douyin', 'Kuaishou', 'WeChat Moments', 'Video Accounts', 'Mini Programs', 'Xiaohongshu'][1 + intHash32(n) % 6],
        concat('Campaign ', toString(intHash32(n * 7) % 20)),
        (intHash32(n * 3) % 100000) / 100.,
        intHash32(n * 5) % 5000, intHash32(n * 11) % 100, intHash32(n * 13) % 5,
        (intHash32(n * 17) % 250000) / 100.,
        intHash32(n * 19) % 4, intHash32(n * 23) % 2, intHash32(n * 29) % 2, 0
        FROM (SELECT number + $i * $half AS n FROM numbers($half))" &
    inserts+=("$!")
done
for pid in "${inserts[@]}"; do wait "$pid"; done
echo "filled $(q "${http[0]}" "SELECT count() FROM default.campaigns") rows in $(echo "$(date +%s.%N) - $start" | bc) s"
for i in 0 1; do
    echo "shard $i: $(q "${http[$i]}" "SELECT formatReadableSize(sum(bytes)), formatReadableSize(sum(data_uncompressed_bytes)) FROM system.parts WHERE active AND table = 'campaigns_local' FORMAT TSV" | tr '\t' ' ') (on disk, uncompressed)"
done
# Built after the fill, which ClickHouse does meanwhile if a build is under way elsewhere.
cargo build --release --quiet --bin roi-lens --example bench_dashboard
URL="clickhouse://default@127.0.0.1:${http[0]}/default/campaigns"
echo
echo "== roi-lens inspect"
"$BIN" inspect "$URL" | grep rows
echo
echo "== roi-lens summary (3 runs: wall time, peak RSS)"
for _ in 1 2 3; do
    /usr/bin/time -f "%e s, %M KB peak" "$BIN" summary "$URL" >/dev/null
done
echo
echo "== dashboard, headless (bench_dashboard --file URL)"
/usr/bin/time -f "%e s, %M KB peak" "$DASH" --file "$URL" --frames 100

# An event table of EVENTS events (default 10 million) over a million users, 90 days, for the
# cohort matrix computed in ClickHouse (BENCH_EVENTS=0 skips it).
EVENTS="${BENCH_EVENTS:-10000000}"
if ((EVENTS > 0)); then
    for i in 0 1; do
        q "${http[$i]}" "CREATE TABLE default.events_local (user_id String, event_time DateTime,
            event String, amount Nullable(Float64), channel String)
            ENGINE = MergeTree ORDER BY (user_id, event_time)"
    done
    q "${http[0]}" "CREATE TABLE default.events AS default.events_local ENGINE = Distributed(roi_lens_pair, default, events_local)"
    half=$((EVENTS / 2))
    start=$(date +%s.%N)
    for i in 0 1; do
        # Each user installs on one of 90 days and comes back now and then over the next 30.
        q "${http[$i]}" "INSERT INTO default.events_local SELECT
            concat('u', toString(u)),
            toDateTime('2024-07-01 00:00:00') + (intHash32(u) % 90) * 86400 + intHash32(u * 7) % 86400
                + if(k = 0, 0, (intHash32(n * 3) % 30) * 86400 + intHash32(n * 5) % 86400),
            if(k = 0, 'install', if(intHash32(n * 11) % 10 = 0, 'pay', 'open')),
            if(k != 0 AND intHash32(n * 11) % 10 = 0, toFloat64(intHash32(n * 13) % 300), NULL),
            ['Douyin', 'Kuaishou', 'WeChat Moments', 'Video Accounts', 'Mini Programs', 'Xiaohongshu'][1 + intHash32(u * 17) % 6]
            FROM (SELECT number + $i * $half AS n, n % 1000000 AS u, intDiv(n, 1000000) AS k FROM numbers($half))"
    done
    echo
    echo "filled $(q "${http[0]}" "SELECT count() FROM default.events") events in $(echo "$(date +%s.%N) - $start" | bc) s"
    EVENTS_URL="clickhouse://default@127.0.0.1:${http[0]}/default/events"
    echo "== roi-lens cohorts (weekly; 3 runs: wall time, peak RSS)"
    for _ in 1 2 3; do
        /usr/bin/time -f "%e s, %M KB peak" "$BIN" cohorts "$EVENTS_URL" --period week >/dev/null
    done
    echo "== roi-lens cohorts, 24-hour windows, on or after, brackets"
    /usr/bin/time -f "%e s, %M KB peak" "$BIN" cohorts "$EVENTS_URL" --period week \
        --windows rolling --mode on-or-after --brackets 2-7,8-30 >/dev/null
fi
