#!/usr/bin/env bash
# KPI and report benchmark (docs/BENCHMARKS.md, "KPIs and reports") on PostgreSQL.
#
#   bench/kpi.sh [days] [cases-per-day] [copies]
#
# 1. generate: the simulator's replay mode (Khánh Hòa, seed 7) of <days> days at <cases-per-day> through the real
#    projection and its bulk writer, so cases, case_events and daily_stats are written exactly as in production;
# 2. replicate (when copies > 0): <copies> copies of the generated cases and roll-ups, each shifted <days> days back,
#    to reach two years when generating them all takes too long on the machine (say so when reporting numbers);
# 3. measure: every query of the KPI page (today, month, quarter, year, two years) and the yearly report.
# A large province for two years is 1 000 000 cases: 1 370 a day for 730 days (bench/kpi.sh 730 1370 0).
# PostgreSQL: IOC_BENCH_POSTGRES (a server where the user may CREATE DATABASE), else a throw-away server started here.
set -euo pipefail

days="${1:-730}"
per_day="${2:-1370}"
copies="${3:-0}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
artifacts="${IOC_ARTIFACTS:-$repo/artifacts}"
port="${IOC_BENCH_PG_PORT:-55435}"

pg_data=""
as_pg=()
cleanup() {
  if [[ -n "$pg_data" ]]; then
    "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$pg_data"
  fi
}
trap cleanup EXIT

if [[ -z "${IOC_BENCH_POSTGRES:-}" ]]; then
  pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  [[ -x "$pg_bin/initdb" ]] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }
  pg_data="$(mktemp -d /tmp/ioc-kpi-pg.XXXXXX)"
  if [[ "$(id -u)" == 0 ]]; then
    chown postgres:postgres "$pg_data"
    as_pg=(runuser -u postgres --)
  fi
  "${as_pg[@]}" "$pg_bin/initdb" -D "$pg_data" -A trust -U postgres >/dev/null
  "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_data" -w -l "$pg_data/server.log" -o "-p $port -k $pg_data \
    -c listen_addresses=127.0.0.1 -c shared_buffers=1GB -c max_wal_size=8GB -c checkpoint_timeout=30min" start >/dev/null
  export IOC_BENCH_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres"
fi
export IOC_BENCH_DATABASE="$IOC_BENCH_POSTGRES;Database=ioc_kpi_bench_$$"

echo "== machine"
echo "nproc: $(nproc); $(lscpu | sed -n 's/^Model name:\s*//p'); memory: $(free -g | awk '/^Mem:/ {print $2}') GiB; load average: $(cut -d' ' -f1-3 /proc/loadavg)"

dotnet build "$repo/bench/Ioc.Kpi.Benchmarks" -c Release --artifacts-path "$artifacts" -p:SkipFrontEnd=true -v q -nologo
bench="$artifacts/bin/Ioc.Kpi.Benchmarks/release/Ioc.Kpi.Benchmarks"

echo "== generate: $days days x $per_day cases/day (simulator replay -> projection -> bulk writer)"
"$bench" generate "$days" "$per_day"
if [[ "$copies" -gt 0 ]]; then
  echo "== replicate: $copies copies shifted by $days days"
  "$bench" replicate "$copies" "$days"
fi
echo "== measure"
"$bench" measure
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
