#!/usr/bin/env bash
# The pipeline load harness (docs/BENCHMARKS.md "Pipeline load harness"): starts a throw-away Redis and PostgreSQL
# on spare loopback ports, builds and runs bench/Ioc.LoadHarness against the real Ioc.Hub executable, and always
# stops both servers and removes their data.
#
# Usage: bench/load.sh [all|ingest|backlog|latency|outage|rebuild]... [--quick] [--events N] [--connections N] [--hub-setting Env__Key=value]... [--out results.md]
#   (no scenario: all). --quick: smoke-run sizes (seconds). Needs redis-server, redis-benchmark and PostgreSQL.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

args=("$@")
((${#args[@]})) || args=(all)

as_postgres() { if ((EUID == 0)); then runuser -u postgres -- "$@"; else "$@"; fi; }

work="" redis_port="" pg_bin="" pg_data=""
stop_services() {
  [[ -n "$redis_port" ]] && redis-cli -p "$redis_port" shutdown nosave >/dev/null 2>&1 || true
  [[ -n "$pg_data" && -f "$pg_data/postmaster.pid" ]] &&
    as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -m immediate stop >/dev/null 2>&1 || true
  [[ -n "$work" ]] && rm -rf "$work"
  redis_port="" pg_data="" work=""
}
trap stop_services EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

read -r redis_port pg_port <<<"$(python3 -c 'import socket
socks = [socket.socket() for _ in range(2)]
for s in socks: s.bind(("127.0.0.1", 0))
print(*(s.getsockname()[1] for s in socks))')"
work="$(mktemp -d /tmp/ioc-load.XXXXXX)"
chown postgres "$work" 2>/dev/null || true

# No persistence: the data is thrown away (the outage scenario starts its own Redis with an append-only file).
redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no --dir "$work" \
  --daemonize yes --logfile "$work/redis.log" --pidfile "$work/redis.pid"
for _ in $(seq 50); do redis-cli -p "$redis_port" ping 2>/dev/null | grep -q PONG && break; sleep 0.1; done

pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
pg_data="$work/pg"
as_postgres "$pg_bin/initdb" -D "$pg_data" -A trust -U postgres -E UTF8 --no-locale >/dev/null
# Sized for bulk loads like bench/bulk-write.sh, durability on (fsync, synchronous_commit, full_page_writes).
as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -l "$work/pg.log" -w -s start \
  -o "-p $pg_port -k $work -c listen_addresses=127.0.0.1 -c shared_buffers=1GB -c max_wal_size=8GB -c checkpoint_timeout=30min" ||
  { cat "$work/pg.log" >&2; exit 1; }
echo "Redis on 127.0.0.1:$redis_port, PostgreSQL on 127.0.0.1:$pg_port ($(redis-server --version | cut -d' ' -f3), $("$pg_bin/postgres" --version))"

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
dotnet build bench/Ioc.LoadHarness -c Release -v quiet -nologo >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
dotnet artifacts/bin/Ioc.LoadHarness/release/Ioc.LoadHarness.dll "${args[@]}" \
  --redis "127.0.0.1:$redis_port" --postgres "Host=127.0.0.1;Port=$pg_port;Username=postgres"
