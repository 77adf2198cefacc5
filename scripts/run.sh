#!/usr/bin/env bash
# Runs the dashboard in embedded mode: one process, SQLite, in-process event stream, simulator on.
# IOC_URL overrides the address it listens on.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

scripts/assets.sh
url="${IOC_URL:-http://127.0.0.1:5080}"
echo "IOC dashboard: $url (building and starting, Ctrl+C to stop)"
# --urls as an application argument wins over ASPNETCORE_URLS and any launch profile.
# A demonstration: one account per role, passwords printed once at first start (docs/security.md), and the
# simulator replaying 30 days of a province's history then producing live traffic (IOC_PROFILE picks the province).
# Reminders are "sent" to a JSON-lines file, data/outbox.jsonl under src/Ioc.Dashboard (docs/reminders.md).
exec dotnet run --project src/Ioc.Dashboard -c Release -- --urls "$url" \
  --Ioc:Security:DemoAccounts=true --Ioc:Security:AllowDemoAccounts=true \
  --Ioc:Simulator:Enabled=true --Ioc:Simulator:ProfileId="${IOC_PROFILE:-khanh-hoa}" \
  --Ioc:Notifications:FilePath=data/outbox.jsonl
