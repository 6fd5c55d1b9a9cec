#!/usr/bin/env bash
# Makes sure what the demo and the e2e tests run on is there: a Chromium ($CHROMIUM_PATH if
# set, else Debian's /usr/bin/chromium) and openssl (the e2e https front makes its throwaway
# certificate with it), installed with apt-get when we are allowed to.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$browser" ] || [ -n "${CHROMIUM_PATH:-}" ] || missing+=(chromium fonts-noto-core fonts-noto-cjk)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
# Read aloud (tests/e2e/read-aloud.spec.ts): real voices for headless Chromium, heard by a null sink.
command -v speech-dispatcher >/dev/null 2>&1 || missing+=(speech-dispatcher speech-dispatcher-espeak-ng)
command -v espeak-ng >/dev/null 2>&1 || missing+=(espeak-ng)
command -v pulseaudio >/dev/null 2>&1 || missing+=(pulseaudio)
if [ ${#missing[@]} -gt 0 ] && command -v apt-get >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing ${missing[*]} (needed for the demo and the browser tests)…"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ -x "$browser" ]; then exit 0; fi
if [ -n "${CHROMIUM_PATH:-}" ]; then
  echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable" >&2
  exit 1
fi
echo "No Chromium found. Install Chromium (or Chrome for Testing) and set CHROMIUM_PATH to its binary." >&2
exit 1
