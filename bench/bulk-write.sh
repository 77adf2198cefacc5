#!/usr/bin/env bash
# Bulk-write benchmark (docs/BENCHMARKS.md, "Bulk write"): 1 000 000 events through Ioc.Data's bulk path into
# PostgreSQL and SQLite (BenchmarkDotNet, bench/Ioc.Benchmarks), plus psql's own \copy of the same rows into the
# same migrated table on the same server, for comparison.
#
# PostgreSQL: IOC_BENCH_POSTGRES (an Npgsql connection string of a server where the user may CREATE DATABASE), or
# else a throw-away server started here from the postgresql package (durable settings: fsync and synchronous_commit
# on; memory and WAL sized for bulk loads, see below). Extra arguments go to BenchmarkDotNet (e.g. --filter '*Sqlite*').
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
artifacts="${IOC_ARTIFACTS:-$repo/artifacts}"
port="${IOC_BENCH_PG_PORT:-55434}"
work="$(mktemp -d /tmp/ioc-bench.XXXXXX)"
columns="event_id, case_id, sequence, type, occurred_at_utc, occurred_offset_minutes, recorded_at_utc, stream_position, payload_json"

as_pg=()
pg_data=""
cleanup() {
  if [[ -n "$pg_data" ]]; then
    "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$pg_data"
  fi
  rm -rf "$work"
}
trap cleanup EXIT

if [[ -z "${IOC_BENCH_POSTGRES:-}" ]]; then
  pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  [[ -x "$pg_bin/initdb" ]] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }
  pg_data="$(mktemp -d /tmp/ioc-bench-pg.XXXXXX)"
  if [[ "$(id -u)" == 0 ]]; then
    chown postgres:postgres "$pg_data"
    as_pg=(runuser -u postgres --)
  fi
  "${as_pg[@]}" "$pg_bin/initdb" -D "$pg_data" -A trust -U postgres >/dev/null
  # Bulk-load sizing: 2 GB of shared buffers and 8 GB of WAL between checkpoints, so a 1M-row load is not
  # interrupted by forced checkpoints. Durability stays on (fsync, synchronous_commit, full_page_writes).
  "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_data" -w -l "$pg_data/server.log" -o "-p $port -k $pg_data \
    -c listen_addresses=127.0.0.1 -c shared_buffers=2GB -c max_wal_size=8GB -c wal_buffers=64MB \
    -c checkpoint_timeout=30min" start >/dev/null
  export IOC_BENCH_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres"
fi

# psql takes the same server from the Npgsql connection string.
pg_host="$(sed -n 's/.*Host=\([^;]*\).*/\1/p' <<<"$IOC_BENCH_POSTGRES")"
pg_port="$(sed -n 's/.*Port=\([^;]*\).*/\1/p' <<<"$IOC_BENCH_POSTGRES")"
pg_user="$(sed -n 's/.*Username=\([^;]*\).*/\1/p' <<<"$IOC_BENCH_POSTGRES")"
psql_server=(psql -X -q -v ON_ERROR_STOP=1 -h "$pg_host" -p "${pg_port:-5432}" -U "${pg_user:-postgres}")

echo "== machine"
echo "nproc: $(nproc); $(lscpu | sed -n 's/^Model name:\s*//p'); memory: $(free -g | awk '/^Mem:/ {print $2}') GiB"
echo "PostgreSQL: $("${psql_server[@]}" -d postgres -Atc 'show server_version')"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

dotnet build "$repo/bench/Ioc.Benchmarks" -c Release --artifacts-path "$artifacts" -v q -nologo
bench="$artifacts/bin/Ioc.Benchmarks/release/Ioc.Benchmarks"

echo "== psql \\copy (CSV) of the same 1 000 000 rows into a freshly migrated case_events"
for ids in Random TimeOrdered; do
  "$bench" export-csv "$ids" "$work/events.csv" >/dev/null
  db="ioc_bench_copy_$$"
  "$bench" create-postgres "$db" >/dev/null
  start=$(date +%s.%N)
  "${psql_server[@]}" -d "$db" -c "\\copy case_events ($columns) FROM '$work/events.csv' WITH (FORMAT csv)"
  end=$(date +%s.%N)
  "${psql_server[@]}" -d postgres -c "DROP DATABASE $db"
  awk -v s="$start" -v e="$end" -v ids="$ids" 'BEGIN { printf "psql \\copy, %s ids: %.2f s = %.0f rows/s\n", ids, e - s, 1000000 / (e - s) }'
done
rm -f "$work/events.csv"

echo "== BenchmarkDotNet: Ioc.Data bulk path"
(cd "$work" && "$bench" --filter '*BulkWriteBenchmarks*' --artifacts "$work/bdn" "$@")
mkdir -p "$repo/bench/Ioc.Benchmarks/BenchmarkDotNet.Artifacts"
cp -r "$work/bdn/results/." "$repo/bench/Ioc.Benchmarks/BenchmarkDotNet.Artifacts/"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
