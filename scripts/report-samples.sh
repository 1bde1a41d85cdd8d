#!/usr/bin/env bash
# Regenerates docs/reports/*.csv: a sample of every report from the demo factory, written by the
# desktop's own export code (ReportSamplesTest), first rows only.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl desktop-app -am install -DskipTests
./mvnw -q -B -pl desktop-app surefire:test -Dtest=ReportSamplesTest \
  -Dbobbin.reports.samples.dir="$PWD/docs/reports"
ls -l docs/reports
