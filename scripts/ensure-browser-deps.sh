#!/usr/bin/env bash
# Makes sure what the demo and the e2e tests run on is there, installed with apt-get when we are
# allowed to: a Chromium ($CHROMIUM_PATH if set, else Debian's /usr/bin/chromium), a Firefox
# ($FIREFOX_PATH if set, else Debian's /usr/bin/firefox-esr) and openssl (the e2e https front
# makes its throwaway certificate with it).
# Usage: ensure-browser-deps.sh [chromium] [firefox]   (no argument: both)
set -euo pipefail
wanted=("$@")
[ ${#wanted[@]} -gt 0 ] || wanted=(chromium firefox)
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
firefox="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
missing=()   # installed as before, with apt's recommended packages
lean=()      # Firefox ESR: its recommends (codecs, sound) are not needed here
for name in "${wanted[@]}"; do
  case "$name" in
    chromium) [ -x "$chromium" ] || [ -n "${CHROMIUM_PATH:-}" ] || missing+=(chromium fonts-noto-core fonts-noto-cjk) ;;
    firefox) [ -x "$firefox" ] || [ -n "${FIREFOX_PATH:-}" ] || lean+=(firefox-esr fonts-noto-core fonts-noto-cjk) ;;
    *) echo "unknown browser: $name (chromium or firefox)" >&2; exit 2 ;;
  esac
done
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
# Read aloud (tests/e2e/read-aloud.spec.ts): real voices for headless Chromium, heard by a null sink.
command -v speech-dispatcher >/dev/null 2>&1 || missing+=(speech-dispatcher speech-dispatcher-espeak-ng)
command -v espeak-ng >/dev/null 2>&1 || missing+=(espeak-ng)
command -v pulseaudio >/dev/null 2>&1 || missing+=(pulseaudio)
if [ $((${#missing[@]} + ${#lean[@]})) -gt 0 ] && command -v apt-get >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing ${missing[*]} ${lean[*]} (needed for the demo and the browser tests)…"
  $sudo apt-get update -qq
  [ ${#missing[@]} -eq 0 ] || DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  [ ${#lean[@]} -eq 0 ] || DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${lean[@]}" >/dev/null
fi
status=0
for name in "${wanted[@]}"; do
  case "$name" in
    chromium) path="$chromium" var=CHROMIUM_PATH hint="Chromium (or Chrome for Testing)" ;;
    firefox) path="$firefox" var=FIREFOX_PATH hint="Firefox (ESR 128 or later)" ;;
  esac
  if [ ! -x "$path" ]; then
    if [ -n "${!var:-}" ]; then echo "$var=$path is not an executable" >&2
    else echo "No $name found. Install $hint and set $var to its binary." >&2; fi
    status=1
  fi
done
exit $status
