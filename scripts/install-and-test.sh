#!/usr/bin/env bash
# Installs everything the test suite needs on a fresh Debian machine, then runs the whole suite.
# Debian packages: Chromium (browser tests), poppler-utils (pdftotext) and qpdf (PDF read-back),
# python3-pikepdf (the PDF/UA-1 check, scripts/pdfua/check.py),
# DejaVu and WenQuanYi Micro Hei fonts (so Chromium prints Latin, Arabic and Chinese names in the
# HTML minutes). npm packages: `npm ci` from the
# lock file; nothing downloads a browser or a binary of its own.
set -euo pipefail
cd "$(dirname "$0")/.."

debian_packages=(chromium poppler-utils qpdf python3-pikepdf fonts-dejavu-core fonts-wqy-microhei)
missing=()
for package in "${debian_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  fi
fi

npm ci --no-audit --no-fund
npm test
