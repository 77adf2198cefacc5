#!/usr/bin/env bash
# Runs Ioc.Data.Tests against real databases: SQLite in temp files and a throw-away PostgreSQL started here.
# If IOC_TEST_POSTGRES is already set, that server is used instead. Extra arguments go to `dotnet test`.
# Needs the postgresql server package (apt-get install postgresql); as root, the server runs as user postgres.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
port="${IOC_TEST_PG_PORT:-55432}"
artifacts="${IOC_ARTIFACTS:-$repo/artifacts}"

if [[ -z "${IOC_TEST_POSTGRES:-}" ]]; then
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  [[ -x "$bin/initdb" ]] || { echo "PostgreSQL server binaries not found under /usr/lib/postgresql (apt-get install postgresql)" >&2; exit 1; }
  data="$(mktemp -d /tmp/ioc-test-pg.XXXXXX)"
  as_pg=()
  if [[ "$(id -u)" == 0 ]]; then
    chown postgres:postgres "$data"
    as_pg=(runuser -u postgres --)
  fi
  stop() {
    "${as_pg[@]}" "$bin/pg_ctl" -D "$data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$data"
  }
  trap stop EXIT
  "${as_pg[@]}" "$bin/initdb" -D "$data" -A trust -U postgres >/dev/null
  # Durability is not under test: fsync off keeps CREATE/DROP DATABASE per test class fast.
  "${as_pg[@]}" "$bin/pg_ctl" -D "$data" -w -l "$data/server.log" \
    -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" start >/dev/null
  export IOC_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres"
fi

dotnet test "$repo/tests/Ioc.Data.Tests" --artifacts-path "$artifacts" "$@"
