#!/usr/bin/env bash
# Install the system packages the tests and the PDF export need, from Debian's archive, if missing:
#   chromium        the browser Playwright and `slidev export` drive (never downloaded by npm)
#   poppler-utils   pdftotext / pdffonts / pdftoppm, used by the export and its tests
# No Chinese system font: the deck ships its own (Noto Sans SC, subset by node/vite/fonts.ts).
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
if [ ${#need[@]} -eq 0 ]; then
  echo "System packages present: chromium, poppler-utils."
  exit 0
fi
echo "Installing from Debian: ${need[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${need[@]}"
