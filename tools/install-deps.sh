#!/usr/bin/env bash
# Installs the Debian packages the studio needs to build, run and test, skipping those already
# present. Uses sudo when not root. Safe to run again: it does nothing when all are installed.
set -euo pipefail
packages=(
  build-essential pkg-config libgtk-3-dev libwebkit2gtk-4.1-dev
  xvfb xauth xdotool imagemagick tesseract-ocr fonts-liberation fonts-noto-color-emoji
  chromium chromium-driver
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing Debian packages: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
