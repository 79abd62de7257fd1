#!/usr/bin/env bash
# Install the system packages the tests and the exports need, from Debian's archive, if missing:
#   chromium                   the browser Playwright drives for the prerender, the PDFs and the
#                              end-to-end tests (npm never downloads one: package.json's
#                              allowScripts denies playwright-chromium's download script)
#   poppler-utils              pdftotext / pdffonts / pdftoppm, used by the export and its tests
#   fonts-noto-cjk             a system Chinese font, as most readers' machines have one. The deck
#                              never draws with it (it ships Noto Sans SC, subset by the kit): the
#                              font tests check that on every slide, and hide this font from
#                              Chromium to check that the deck still draws without any
#                              (docs/testing.md). It also gives LibreOffice Chinese glyphs.
#   libreoffice-impress-nogui  a real office suite: the tests convert the editable PPTX to PDF
#                              with it and read what it drew (docs/export.md)
#   fonts-liberation2          Arial's metrics for LibreOffice, so the PPTX it draws is as wide as
#                              a recipient's PowerPoint draws it (the file names Arial)
#
# `bash scripts/system-deps.sh --export` installs only what exporting and building need (chromium,
# poppler-utils), as the Pages workflow does; the tests need all four.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
if [ "${1:-}" != "--export" ]; then
  fc-list :lang=zh family 2>/dev/null | grep -q 'Noto Sans CJK' || need+=(fonts-noto-cjk)
  command -v soffice >/dev/null 2>&1 || need+=(libreoffice-impress-nogui)
  fc-list 2>/dev/null | grep -q 'LiberationSans-Regular' || need+=(fonts-liberation2)
fi
if [ ${#need[@]} -eq 0 ]; then
  echo "System packages present."
  exit 0
fi
echo "Installing from Debian: ${need[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${need[@]}"
