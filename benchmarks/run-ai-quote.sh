#!/usr/bin/env bash
# Builds the modules and runs QuoteBenchmark: quote latency on a real server on embedded Postgres
# with 5k items, 1k designs with bills of materials, a year of finished stages and 1k open orders;
# the engine over Postgres in-process and POST /api/v1/ai/quote over loopback HTTP.
# Usage: benchmarks/run-ai-quote.sh [quotes]   (default 1000, after 200 warm-up ones)
# MVN_ARGS goes to every Maven call, e.g. MVN_ARGS="-o -Dmaven.repo.local=/path/to/repo".
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -pl benchmarks -am install -DskipTests ${MVN_ARGS:-}
./mvnw -q -pl benchmarks dependency:build-classpath -Dmdep.outputFile=target/classpath.txt \
  ${MVN_ARGS:-}
exec java -Xmx512m -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
  dev.bobbin.benchmarks.QuoteBenchmark "$@"
