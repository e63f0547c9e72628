#!/usr/bin/env bash
# Desktop smoke test: starts the real studio window under Xvfb on the example app and checks from
# screenshots (read with OCR) that the record page is drawn, not a blank window; then renames the
# record action in its source file and checks that the window shows the new label, which takes
# the watcher's rebuild and the backend's event reaching the page through Wails.
# Usage: tools/desktop-smoke.sh BINARY APP_DIR [SCREENSHOT_OUT]
set -euo pipefail
bin=$(realpath "$1")
app=$(realpath "$2")
out=${3:-}
work=$(mktemp -d)
# shellcheck source=tools/xvfb.sh
source "$(dirname "$0")/xvfb.sh"
trap stop_all EXIT
start_xvfb 90 120

cp -r "$app" "$work/app"
DISPLAY=$display HOME="$work/home" XDG_DATA_HOME="$work/data" \
  "$bin" --data "$work/data.db" "$work/app" >"$work/studio.log" 2>&1 &
studio=$!

# The page needs the WebKit process to start and the app to build; poll rather than sleep long.
for i in $(seq 1 60); do
  sleep 1
  if ! kill -0 "$studio" 2>/dev/null; then
    echo "desktop smoke: the studio exited early:"; cat "$work/studio.log"; exit 1
  fi
  DISPLAY=$display import -window root "$work/shot.png" 2>/dev/null || continue
  text=$(tesseract "$work/shot.png" - 2>/dev/null || true)
  if grep -q "Send to ALC" <<<"$text" && grep -qi "people" <<<"$text"; then
    echo "desktop smoke: the record page is drawn after ${i}s (OCR found \"Send to ALC\" and \"People\")"
    [ -n "$out" ] && cp "$work/shot.png" "$out"
    drawn=1
    break
  fi
done
if [ -z "${drawn:-}" ]; then
  echo "desktop smoke: no record page after 60s; OCR read:"
  echo "$text"
  echo "--- studio log:"; cat "$work/studio.log"
  [ -n "$out" ] && cp "$work/shot.png" "$out"
  exit 1
fi

sed -i 's/label: "Send to ALC"/label: "Forward to ALC"/' "$work/app/src/send-to-alc.tsx"
for i in $(seq 1 30); do
  sleep 1
  DISPLAY=$display import -window root "$work/shot.png" 2>/dev/null || continue
  text=$(tesseract "$work/shot.png" - 2>/dev/null || true)
  if grep -q "Forward to ALC" <<<"$text"; then
    echo "desktop smoke: the renamed action is drawn ${i}s after the save"
    exit 0
  fi
done
echo "desktop smoke: the renamed action did not appear within 30s of the save; OCR read:"
echo "$text"
echo "--- studio log:"; cat "$work/studio.log"
exit 1
