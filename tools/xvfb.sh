# Sourced by the scripts that run the studio window under Xvfb. start_xvfb FIRST LAST picks a
# free display number in FIRST..LAST, starts Xvfb on it and sets $display and $xvfb (its pid).
# Xvfb's output goes to $work/xvfb.log. stop_all, the callers' exit trap, kills the studio
# ($studio) and Xvfb and removes $work.
start_xvfb() {
  display=""
  for n in $(seq "$1" "$2"); do
    if [ ! -e "/tmp/.X11-unix/X$n" ] && [ ! -e "/tmp/.X$n-lock" ]; then display=":$n"; break; fi
  done
  [ -n "$display" ] || { echo "no free X display number in $1..$2"; return 1; }
  Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
  xvfb=$!
  for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
}

stop_all() {
  [ -n "${studio:-}" ] && kill "$studio" 2>/dev/null || true
  [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
