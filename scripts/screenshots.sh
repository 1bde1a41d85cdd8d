#!/usr/bin/env bash
# Regenerates the README's screenshots from the current code: renders the real main window on
# the demo workspace under headless Monocle (no display needed) into docs/screenshots.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl desktop-app -am install -DskipTests
./mvnw -q -B -pl desktop-app surefire:test -Dtest='*ScreenshotsTest' \
  -Dbobbin.screenshots.dir="$PWD/docs/screenshots"
ls -l docs/screenshots
