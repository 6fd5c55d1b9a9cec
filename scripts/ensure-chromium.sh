#!/usr/bin/env bash
# Makes sure a Chromium is there for the demo and the e2e tests: $CHROMIUM_PATH if set,
# else Debian's /usr/bin/chromium, installed with apt-get when we are allowed to.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then exit 0; fi
if [ -n "${CHROMIUM_PATH:-}" ]; then
  echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable" >&2
  exit 1
fi
if command -v apt-get >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing Debian's chromium (needed for the demo and the browser tests)…"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium fonts-noto-core fonts-noto-cjk >/dev/null
  exit 0
fi
echo "No Chromium found. Install Chromium (or Chrome for Testing) and set CHROMIUM_PATH to its binary." >&2
exit 1
