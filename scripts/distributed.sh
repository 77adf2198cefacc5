#!/usr/bin/env bash
# Distributed mode on one machine: Redis and PostgreSQL on loopback with throw-away data, two Ioc.Hub workers sharing
# the stream partitions, two Ioc.Dashboard instances each fed by one worker's hub, the simulator in the first worker.
# Prints the URLs and the demo logins; Ctrl+C stops everything and removes the data.
#
# Usage: scripts/distributed.sh [--check]
#   --check  start everything, wait until both dashboards report the same live totals as the database, stop
#            (exit 0), or give up after IOC_CHECK_TIMEOUT seconds (default 150, exit 1). Used by the tests.
# IOC_PROFILE picks the province (default khanh-hoa); IOC_NO_BUILD=1 skips the build (a Release build must exist).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

check=false
while (($#)); do
  case "$1" in
    --check) check=true; shift ;;
    -h | --help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done

as_root() { if ((EUID == 0)); then "$@"; else sudo "$@"; fi; }
# initdb and postgres refuse to run as root.
as_postgres() { if ((EUID == 0)); then runuser -u postgres -- "$@"; else "$@"; fi; }

install_missing_packages() {
  local missing=() pkg
  for pkg in redis-server postgresql curl; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'ok installed' || missing+=("$pkg")
  done
  ((${#missing[@]} == 0)) && return
  echo "Installing ${missing[*]}..."
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null
}

work="" redis_port="" pg_port="" pg_bin="" pg_data="" pids=()
stop_all() {
  local pid
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  pids=()
  [[ -n "$redis_port" ]] && redis-cli -p "$redis_port" shutdown nosave >/dev/null 2>&1 || true
  [[ -n "$pg_data" && -f "$pg_data/postmaster.pid" ]] &&
    as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -m immediate stop >/dev/null 2>&1 || true
  [[ -n "$work" ]] && rm -rf "$work"
  redis_port="" pg_data="" work=""
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Free loopback ports, all held at once so they differ.
spare_ports() {
  python3 -c 'import socket, sys
socks = [socket.socket() for _ in range(int(sys.argv[1]))]
for s in socks: s.bind(("127.0.0.1", 0))
print(*(s.getsockname()[1] for s in socks))' "$1"
}

start_services() {
  work="$(mktemp -d /tmp/ioc-distributed.XXXXXX)"
  chmod 755 "$work"
  chown postgres "$work" 2>/dev/null || true
  redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no --dir "$work" \
    --daemonize yes --logfile "$work/redis.log" --pidfile "$work/redis.pid"
  for _ in $(seq 50); do redis-cli -p "$redis_port" ping 2>/dev/null | grep -q PONG && break; sleep 0.1; done
  redis-cli -p "$redis_port" ping | grep -q PONG || { cat "$work/redis.log" >&2; return 1; }

  pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
  pg_data="$work/pg"
  as_postgres "$pg_bin/initdb" -D "$pg_data" -A trust -U postgres -E UTF8 --no-locale >/dev/null
  as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -l "$work/pg.log" -w -s start \
    -o "-p $pg_port -k $work -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off" ||
    { cat "$work/pg.log" >&2; return 1; }
  psql_ioc() { psql -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -qAt "$@"; }
  psql_ioc -c "CREATE DATABASE ioc" >/dev/null
}

psql_db() { psql -h 127.0.0.1 -p "$pg_port" -U postgres -d ioc -qAt "$@"; }

# Waits until a process prints a line matching $2 in its log $1 (or dies).
wait_for_log() {
  local log="$1" pattern="$2" pid="$3" name="$4"
  for _ in $(seq 900); do
    grep -q "$pattern" "$log" 2>/dev/null && return 0
    kill -0 "$pid" 2>/dev/null || { echo "$name exited:" >&2; tail -40 "$log" >&2; return 1; }
    sleep 0.2
  done
  echo "$name did not start in 180 s:" >&2; tail -40 "$log" >&2; return 1
}

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 ASPNETCORE_ENVIRONMENT=Production
install_missing_packages
scripts/assets.sh
read -r redis_port pg_port hub1_port hub2_port web1_port web2_port <<<"$(spare_ports 6)"
start_services

# IOC_NO_BUILD=1 uses the Release build already there (the tests build the solution first).
if [[ "${IOC_NO_BUILD:-}" != 1 ]]; then
  echo "Building Ioc.Hub and Ioc.Dashboard (Release)..."
  dotnet build src/Ioc.Dashboard -c Release -v quiet -nologo >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
fi
hub_dll="$root/artifacts/bin/Ioc.Hub/release/Ioc.Hub.dll"
web_dll="$root/artifacts/bin/Ioc.Dashboard/release/Ioc.Dashboard.dll"

# Shared by every process: the stream, the store, and the hub keys the workers accept (Ioc:Hub:Keys, hashes only).
dashboard_key="dash-$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
admin_key="admin-$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
sha() { printf %s "$1" | sha256sum | cut -d' ' -f1; }
export Ioc__Redis="127.0.0.1:$redis_port"
export Ioc__Storage__Provider=Postgres
export ConnectionStrings__Ioc="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=ioc"
export Ioc__Hub__Keys__0__Name=dashboards Ioc__Hub__Keys__0__Role=supervisor Ioc__Hub__Keys__0__Sha256="$(sha "$dashboard_key")"
export Ioc__Hub__Keys__1__Name=operator Ioc__Hub__Keys__1__Role=admin Ioc__Hub__Keys__1__Sha256="$(sha "$admin_key")"
profile="${IOC_PROFILE:-khanh-hoa}"

start_hub() { # name port simulator(true|false)
  local log="$work/$1.log"
  Ioc__Simulator__Enabled="$3" Ioc__Simulator__ProfileId="$profile" Ioc__Simulator__ReplayDays=7 \
    dotnet "$hub_dll" --urls "http://127.0.0.1:$2" >"$log" 2>&1 &
  pids+=($!)
  wait_for_log "$log" "Application started" $! "$1"
}

start_dashboard() { # name port hub-port
  local log="$work/$1.log"
  (cd "$(dirname "$web_dll")" && Ioc__Hub__Url="http://127.0.0.1:$3" Ioc__Hub__ApiKey="$dashboard_key" \
    Ioc__Projection__Consume=false Ioc__Security__DemoAccounts=true Ioc__Security__AllowDemoAccounts=true \
    exec dotnet "$web_dll" --urls "http://127.0.0.1:$2") >"$log" 2>&1 &
  pids+=($!)
  wait_for_log "$log" "Application started" $! "$1"
}

# The first worker migrates the store and runs the simulator; the rest start once the schema exists.
echo "Starting hub-1 (simulator: $profile, 7 days of history then live)..."
start_hub hub-1 "$hub1_port" true
echo "Starting hub-2..."
start_hub hub-2 "$hub2_port" false
echo "Starting dashboard-1 and dashboard-2..."
start_dashboard dashboard-1 "$web1_port" "$hub1_port"
start_dashboard dashboard-2 "$web2_port" "$hub2_port"

cat <<EOF

IOC distributed demo (Redis 127.0.0.1:$redis_port, PostgreSQL 127.0.0.1:$pg_port database ioc)
  dashboard-1  http://127.0.0.1:$web1_port   (live feed from hub-1)
  dashboard-2  http://127.0.0.1:$web2_port   (live feed from hub-2)
  hub-1        http://127.0.0.1:$hub1_port   (simulator; /hubs/ioc, /api/events, /api/admin/dead-letters)
  hub-2        http://127.0.0.1:$hub2_port
  hub key (admin, for the workers' APIs): $admin_key
Demo logins (either dashboard):
EOF
grep -E '^\s+(wall|supervisor|leader|agency|admin)\s+\S+@' "$work/dashboard-1.log" "$work/dashboard-2.log" -h || echo "  (accounts existed already)"
echo "Logs: $work/*.log"

# Signs in to a dashboard as the demo supervisor (cookie jar $2) the way a browser does.
sign_in() { # base-url jar email password
  local token
  token="$(curl -fsS -c "$2" -b "$2" "$1/account/login" | grep -o 'name="__RequestVerificationToken" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')"
  curl -fsS -o /dev/null -c "$2" -b "$2" "$1/account/login" --data-urlencode "_handler=login" \
    --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "Input.Email=$3" --data-urlencode "Input.Password=$4"
}

# "open dueSoon overdue" from a dashboard's live feed, empty until it is live.
live_totals() { # base-url jar
  curl -fsS -b "$2" "$1/api/live/status" 2>/dev/null |
    python3 -c 'import json, sys
s = json.load(sys.stdin)
if s["connection"] == "live": print(s["open"], s["dueSoon"], s["overdue"])' 2>/dev/null || true
}

# "open dueSoon overdue" from the database: open = not published, closed at first contact or rejected.
store_totals() {
  psql_db -F' ' -c "SELECT count(*), count(*) FILTER (WHERE sla_status = 'DueSoon'), count(*) FILTER (WHERE sla_status = 'Overdue')
    FROM cases WHERE stage NOT IN ('published', 'closed-at-first-contact', 'rejected')" 2>/dev/null || true
}

if [[ "$check" == true ]]; then
  read -r _ email password < <(grep -hE '^\s+supervisor\s+\S+@' "$work/dashboard-1.log" "$work/dashboard-2.log" | head -1)
  [[ -n "${password:-}" ]] || { echo "check: no supervisor login printed" >&2; exit 1; }
  sign_in "http://127.0.0.1:$web1_port" "$work/jar1" "$email" "$password"
  sign_in "http://127.0.0.1:$web2_port" "$work/jar2" "$email" "$password"
  deadline=$((SECONDS + ${IOC_CHECK_TIMEOUT:-150}))
  while ((SECONDS < deadline)); do
    one="$(live_totals "http://127.0.0.1:$web1_port" "$work/jar1")"
    two="$(live_totals "http://127.0.0.1:$web2_port" "$work/jar2")"
    db="$(store_totals)"
    open="${db%% *}"
    echo "check: database open/due soon/overdue [$db], dashboard-1 [$one], dashboard-2 [$two]"
    # The open count, taken three times in a row while the simulator keeps producing: equal everywhere.
    if [[ -n "$one" && -n "$open" && "$open" -gt 0 && "${one%% *}" == "$open" && "${two%% *}" == "$open" &&
      "$(store_totals)" == "$db" ]]; then
      echo "check: both dashboards report the database's $open open cases"
      exit 0
    fi
    sleep 2
  done
  echo "check: the dashboards did not reach the database's totals in time" >&2
  tail -20 "$work"/hub-*.log >&2
  exit 1
fi

echo "Ctrl+C stops everything and removes the data."
wait -n "${pids[@]}" || true
echo "A process exited; stopping." >&2
