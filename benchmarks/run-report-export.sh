#!/usr/bin/env bash
# Builds the modules and runs ReportExportBenchmark: 1M stock-ledger lines to CSV from the desktop
# (H2), from the server endpoint (Postgres over HTTP) and by Postgres' own COPY, in one run.
# Usage: benchmarks/run-report-export.sh [ledger lines] [runs] [server-only]
# MVN_ARGS goes to every Maven call, e.g. MVN_ARGS="-o -Dmaven.repo.local=/path/to/repo": the
# classpath is then resolved from the same local repository the modules were installed into.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -pl benchmarks -am install -DskipTests ${MVN_ARGS:-}
./mvnw -q -pl benchmarks dependency:build-classpath -Dmdep.outputFile=target/classpath.txt \
  ${MVN_ARGS:-}
exec java -Xmx512m -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
  dev.bobbin.benchmarks.ReportExportBenchmark "$@"
