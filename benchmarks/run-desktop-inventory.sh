#!/usr/bin/env bash
# Builds the modules and runs DesktopInventoryBenchmark in its own JVM with a 512 MB heap cap.
# Usage: benchmarks/run-desktop-inventory.sh [items] [ledger lines]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -pl benchmarks -am install -DskipTests ${MVN_ARGS:-}
./mvnw -q -pl benchmarks dependency:build-classpath -Dmdep.outputFile=target/classpath.txt \
  ${MVN_ARGS:-}
exec java -Xmx512m -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
  dev.bobbin.benchmarks.DesktopInventoryBenchmark "$@"
