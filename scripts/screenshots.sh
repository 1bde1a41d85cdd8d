#!/usr/bin/env bash
# Regenerates the README's screenshots from the current code: the desktop's UI tests render the
# real windows on the demo workspace under headless Monocle (no display needed) and, with
# bobbin.screenshots.dir set, save them into docs/screenshots (see testing/Screenshots). Label
# PDFs are rendered to PNGs the same way (labels/LabelPicturesTest: labels-sheet.png,
# labels-roll.png), and the invoice PDF test renders the first page of a sample invoice.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl desktop-app -am install -DskipTests
./mvnw -q -B -pl desktop-app surefire:test -Dbobbin.screenshots.dir="$PWD/docs/screenshots"
# The first page of a sample invoice PDF, rendered by the server's real renderer.
./mvnw -q -B -pl sync-server surefire:test -Dtest=InvoicePdfTest \
  -Dbobbin.screenshots.dir="$PWD/docs/screenshots"
ls -l docs/screenshots
