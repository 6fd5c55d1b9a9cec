#!/usr/bin/env bash
# `npm run test:e2e [-- --browser chromium|firefox] [Playwright arguments…]`: the e2e suite in
# Chromium and Firefox ESR (default), or in the one browser asked for (each --browser is a
# Playwright project of the same name). Installs the browser(s) first where apt-get may.
set -euo pipefail
cd "$(dirname "$0")/.."
browsers=()
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --browser) browsers+=("${2:?--browser needs chromium or firefox}"); shift 2 ;;
    --browser=*) browsers+=("${1#--browser=}"); shift ;;
    *) args+=("$1"); shift ;;
  esac
done
bash scripts/ensure-browser-deps.sh "${browsers[@]}"
projects=()
for browser in "${browsers[@]}"; do projects+=("--project=$browser"); done
exec npx playwright test "${projects[@]}" "${args[@]}"
