#!/usr/bin/env bash
# Builds the solution once and runs every test against real services: Redis and PostgreSQL started
# here on loopback with throw-away data, headless Chromium for the end-to-end tests. Installs what
# is missing (Debian packages, front-end assets). Always stops the services and removes their data.
#
# Usage: scripts/test.sh [--filter <expression>]   (the expression goes to `dotnet test --filter`)
# The last line printed is the summary: "tests: N passed, N failed[, N skipped]".
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

filter=()
while (($#)); do
  case "$1" in
    --filter) filter=(--filter "${2:?--filter needs an expression}"); shift 2 ;;
    --filter=*) filter=(--filter "${1#--filter=}"); shift ;;
    -h | --help) sed -n '2,7p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done

as_root() { if ((EUID == 0)); then "$@"; else sudo "$@"; fi; }
# initdb and postgres refuse to run as root.
as_postgres() { if ((EUID == 0)); then runuser -u postgres -- "$@"; else "$@"; fi; }

install_missing_packages() {
  local missing=() pkg
  for pkg in redis-server postgresql chromium python3-aiosmtpd; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'ok installed' || missing+=("$pkg")
  done
  ((${#missing[@]} == 0)) && return
  echo "Installing ${missing[*]}..."
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null
}

work="" redis_port="" pg_bin="" pg_data="" summary=""
stop_services() {
  [[ -n "$redis_port" ]] && redis-cli -p "$redis_port" shutdown nosave >/dev/null 2>&1 || true
  [[ -n "$pg_data" && -f "$pg_data/postmaster.pid" ]] &&
    as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -m immediate stop >/dev/null 2>&1 || true
  [[ -n "$work" ]] && rm -rf "$work"
  redis_port="" pg_data="" work=""
}
# Whatever ends the script, the services stop and a summary line comes last.
finish() {
  local rc=$?
  stop_services
  [[ -n "$summary" ]] || echo "tests: 0 passed, 0 failed"
  exit "$rc"
}
trap finish EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Two loopback ports that are free right now; both sockets are held together so they differ.
spare_ports() {
  python3 -c 'import socket
socks = [socket.socket() for _ in range(2)]
for s in socks: s.bind(("127.0.0.1", 0))
print(*(s.getsockname()[1] for s in socks))'
}

start_services() {
  work="$(mktemp -d /tmp/ioc-test.XXXXXX)"
  chown postgres "$work" 2>/dev/null || true
  local pg_port
  read -r redis_port pg_port <<<"$(spare_ports)"

  redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no --dir "$work" \
    --daemonize yes --logfile "$work/redis.log" --pidfile "$work/redis.pid"
  for _ in $(seq 50); do redis-cli -p "$redis_port" ping 2>/dev/null | grep -q PONG && break; sleep 0.1; done
  redis-cli -p "$redis_port" ping | grep -q PONG || { cat "$work/redis.log" >&2; return 1; }

  pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
  pg_data="$work/pg"
  as_postgres "$pg_bin/initdb" -D "$pg_data" -A trust -U postgres -E UTF8 --no-locale >/dev/null
  # Durability is worthless for throw-away data; turning it off keeps migrations and tests fast.
  as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -l "$work/pg.log" -w -s start \
    -o "-p $pg_port -k $work -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" ||
    { cat "$work/pg.log" >&2; return 1; }

  export IOC_TEST_REDIS="127.0.0.1:$redis_port"
  export IOC_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres"
  export IOC_TEST_CHROMIUM=/usr/bin/chromium
  # Debian's interpreter, the one python3-aiosmtpd installs into (a pyenv python3 may come first on PATH).
  export IOC_TEST_PYTHON=/usr/bin/python3
  echo "Redis on $IOC_TEST_REDIS, PostgreSQL on 127.0.0.1:$pg_port"
}

# Counts the outcomes in the TRX files and prints "passed failed skipped".
count_results() {
  python3 - "$1" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"
passed = failed = skipped = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    for result in ET.parse(path).iter(ns + "UnitTestResult"):
        outcome = result.get("outcome")
        if outcome == "Passed": passed += 1
        elif outcome == "NotExecuted": skipped += 1
        else: failed += 1  # Failed, Error, Timeout, Aborted, Inconclusive...
print(passed, failed, skipped)
PY
}

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

install_missing_packages
scripts/assets.sh
start_services

status=0
dotnet build Ioc.sln -c Release -v quiet -nologo || status=$?
if ((status == 0)); then
  dotnet test Ioc.sln -c Release --no-build "${filter[@]}" \
    --logger "trx;LogFilePrefix=ioc" \
    --results-directory "$work/results" || status=$?
else
  echo "Build failed: no tests ran." >&2
fi

read -r passed failed skipped <<<"$(count_results "$work/results")"
stop_services

((status != 0 || passed + failed + skipped > 0)) || echo "No test ran." >&2
summary="tests: $passed passed, $failed failed"
((skipped == 0)) || summary+=", $skipped skipped"
echo "$summary"
# Zero tests run (a filter matching nothing, a broken discovery) is a failure too.
((status == 0 && failed == 0 && passed > 0)) || exit 1
