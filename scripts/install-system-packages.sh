#!/usr/bin/env bash
# Debian packages the build and tests need beyond Node.js and npm:
#   libxml2-utils     xmllint, for the offline manifest schema check.
#   libreoffice-calc  opens, recalculates and renders the workbooks the batch tool writes (tests, docs/ pictures).
#   poppler-utils     pdftoppm, turns LibreOffice's PDF of a sheet into a PNG.
#   python3-pil       crops the white page margins off that PNG.
#   python3-openpyxl  writes test workbooks the way HR pipelines do (tables, comments), which the batch tool must read.
#   chromium          the browser the e2e tests drive with playwright-core (`npx playwright install` cannot download one here).
#   fonts-dejavu-core, fonts-liberation  fonts for the pane's screenshots (Liberation stands in for Arial/Helvetica).
# Run as root (or with sudo). Safe to run again.
set -euo pipefail
packages=(libxml2-utils libreoffice-calc poppler-utils python3-pil python3-openpyxl chromium fonts-dejavu-core fonts-liberation)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi
