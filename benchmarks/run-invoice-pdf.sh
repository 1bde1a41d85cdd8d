#!/usr/bin/env bash
# Builds the modules and runs InvoicePdfBenchmark: PDFs per second for a 20-line invoice, rendered
# by the server's own renderer, on one thread and on every core.
# Usage: benchmarks/run-invoice-pdf.sh [documents] [threads]   (MVN_ARGS as in run-sync.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -pl benchmarks -am install -DskipTests ${MVN_ARGS:-}
./mvnw -q -pl benchmarks dependency:build-classpath -Dmdep.outputFile=target/classpath.txt \
  ${MVN_ARGS:-}
exec java -Xmx512m -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
  dev.bobbin.benchmarks.InvoicePdfBenchmark "$@"
