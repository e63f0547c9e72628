#!/usr/bin/env bash
# Cold start of the studio window under Xvfb: from the process being started to (1) its window
# existing, (2) the first screenshot of the display that is not blank, and (3) the first
# screenshot in which the record page is drawn (OCR reads "Send to ALC"). Screenshots are taken
# back to back while the window starts and read afterwards, so reading them costs the start
# nothing; each time is that of the end of the screenshot that first showed the state, so it is
# late by at most one screenshot (the interval is printed). Figures only, nothing asserted.
# Usage: tools/bench/window-start.sh BINARY APP_DIR [RUNS]
set -euo pipefail
bin=$(realpath "$1")
app=$(realpath "$2")
runs=${3:-3}
work=$(mktemp -d)
# shellcheck source=tools/xvfb.sh
source "$(dirname "$0")/../xvfb.sh"
trap stop_all EXIT
start_xvfb 130 160
export DISPLAY=$display

now() { date +%s%N; }
ms() { echo $(( ($1 - $2) / 1000000 )); }
drawn() { tesseract "$1" - 2>/dev/null | grep -q "Send to ALC"; }
blank() { [ "$(convert "$1" -format %k info:)" -le 4 ]; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

cp -r "$app" "$work/app"
for run in $(seq "$runs"); do
  frames="$work/frames-$run"
  mkdir -p "$frames"
  start=$(now)
  HOME="$work/home" XDG_DATA_HOME="$work/data" \
    "$bin" --data "$work/data-$run.db" "$work/app" >"$work/studio-$run.log" 2>&1 &
  studio=$!
  mapped=""
  last=""
  stable=0
  # Back-to-back screenshots until the display has not changed for 8 of them (or 40 s).
  while [ $(( $(now) - start )) -lt 40000000000 ]; do
    if ! kill -0 "$studio" 2>/dev/null; then
      echo "window start: the studio exited early:"; cat "$work/studio-$run.log"; exit 1
    fi
    if [ -z "$mapped" ] && xdotool search --onlyvisible --name "Attio App Studio" >/dev/null 2>&1; then
      mapped=$(now)
    fi
    import -window root "$frames/shot.ppm" 2>/dev/null || continue
    at=$(now)
    mv "$frames/shot.ppm" "$frames/$at.ppm"
    sum=$(md5sum <"$frames/$at.ppm")
    if [ -n "$mapped" ] && [ "$sum" = "$last" ]; then stable=$((stable + 1)); else stable=0; fi
    last=$sum
    [ "$stable" -ge 8 ] && break
  done
  kill "$studio"; wait "$studio" 2>/dev/null || true; studio=""

  mapfile -t shots < <(ls "$frames" | sort -n)
  first_drawn="" first_page=""
  for f in "${shots[@]}"; do
    if [ -z "$first_drawn" ] && ! blank "$frames/$f"; then first_drawn=${f%.ppm}; fi
  done
  # The record page stays once drawn: find its first screenshot by bisection (OCR is slow).
  lo=0 hi=$(( ${#shots[@]} - 1 ))
  if drawn "$frames/${shots[$hi]}"; then
    while [ "$lo" -lt "$hi" ]; do
      mid=$(( (lo + hi) / 2 ))
      if drawn "$frames/${shots[$mid]}"; then hi=$mid; else lo=$((mid + 1)); fi
    done
    first_page=${shots[$lo]%.ppm}
  fi
  [ -n "$first_page" ] || { echo "window start: run $run never showed the record page"; exit 1; }
  interval=$(( ($(echo "${shots[-1]%.ppm}") - ${shots[0]%.ppm}) / (${#shots[@]} - 1) / 1000000 ))
  echo "$(ms "${mapped:-$start}" "$start") $(ms "$first_drawn" "$start") $(ms "$first_page" "$start") $interval" \
    >>"$work/times"
  [ "$run" = 1 ] && cp "$frames/$first_page.ppm" "$work/first-page.ppm" && \
    convert "$work/first-page.ppm" "${WINDOW_SHOT:-/tmp/studio-bench-window.png}"
  rm -rf "$frames"
done

col() { cut -d' ' -f"$1" "$work/times" | median; }
echo "cold start of the window under Xvfb on the example, median of $runs starts (ms)"
printf '  %-38s %6s\n' "window exists (xdotool)" "$(col 1)" \
  "first screenshot not blank" "$(col 2)" \
  "record page drawn (OCR: Send to ALC)" "$(col 3)"
echo "  screenshots every $(col 4) ms (each time is late by at most that); the first start's"
echo "  record page: ${WINDOW_SHOT:-/tmp/studio-bench-window.png}"
