#!/usr/bin/env bash
# Installs the dashboard's front-end libraries into src/Ioc.Dashboard/wwwroot/lib when missing
# (npm ci + copy step in wwwroot-assets). Delete that folder to force a fresh copy.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

if [[ ! -f "$root/src/Ioc.Dashboard/wwwroot/lib/.assets-stamp" ]]; then
  echo "Installing front-end assets (npm ci in wwwroot-assets)..."
  cd "$root/wwwroot-assets"
  npm ci --no-audit --no-fund --loglevel=error
  npm run build --silent
fi
