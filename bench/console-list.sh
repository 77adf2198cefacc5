#!/usr/bin/env bash
# Console case list benchmark (docs/BENCHMARKS.md "Console case list"): 200 000 cases bulk-written into a fresh
# PostgreSQL database, then every filter of /console/cases (count + one page) timed; prints p50 / p95 / max.
#
# PostgreSQL: IOC_BENCH_POSTGRES (an Npgsql connection string of a server where the user may CREATE DATABASE), or else
# a throw-away server started here from the postgresql package with its default settings.
# Usage: bench/console-list.sh [cases=200000] [rounds=40]
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
artifacts="${IOC_ARTIFACTS:-$repo/artifacts}"
port="${IOC_BENCH_PG_PORT:-55435}"
as_pg=()
pg_data=""
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
  pg_data="$(mktemp -d /tmp/ioc-bench-pg.XXXXXX)"
  if [[ "$(id -u)" == 0 ]]; then
    chown postgres:postgres "$pg_data"
    as_pg=(runuser -u postgres --)
  fi
  "${as_pg[@]}" "$pg_bin/initdb" -D "$pg_data" -A trust -U postgres >/dev/null
  "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_data" -w -l "$pg_data/server.log" -o "-p $port -k $pg_data -c listen_addresses=127.0.0.1" start >/dev/null
  export IOC_BENCH_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres"
fi

echo "== machine"
echo "nproc: $(nproc); $(lscpu | sed -n 's/^Model name:\s*//p'); memory: $(free -g | awk '/^Mem:/ {print $2}') GiB"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

dotnet build "$repo/bench/Ioc.Benchmarks" -c Release --artifacts-path "$artifacts" -v q -nologo -p:SkipFrontEnd=true
"$artifacts/bin/Ioc.Benchmarks/release/Ioc.Benchmarks" console-list Postgres "${1:-200000}" "${2:-40}"
