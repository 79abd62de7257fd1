#!/usr/bin/env bash
# Install the system packages the tests and the PDF export need, from Debian's archive, if missing:
#   chromium        the browser Playwright and `slidev export` drive (never downloaded by npm)
#   fonts-noto-cjk  Chinese glyphs for headless rendering and the PDF
#   poppler-utils   pdftotext / pdffonts / pdftoppm, used by the export tests
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || need+=(fonts-noto-cjk)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
if [ ${#need[@]} -eq 0 ]; then
  echo "System packages present: chromium, fonts-noto-cjk, poppler-utils."
  exit 0
fi
echo "Installing from Debian: ${need[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${need[@]}"
