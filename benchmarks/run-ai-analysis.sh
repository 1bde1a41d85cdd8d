#!/usr/bin/env bash
# Builds the modules and runs AiAnalysisBenchmark: colour analysis of a 4000 × 3000 design image
# (engine alone and POST /api/v1/ai/design-analysis over HTTP) and production insights on 1,000
# open orders (engine alone and GET /api/v1/ai/insights, uncached and cached), in one run.
# Usage: benchmarks/run-ai-analysis.sh
# MVN_ARGS goes to every Maven call, e.g. MVN_ARGS="-o -Dmaven.repo.local=/path/to/repo": the
# classpath is then resolved from the same local repository the modules were installed into.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -pl benchmarks -am install -DskipTests ${MVN_ARGS:-}
./mvnw -q -pl benchmarks dependency:build-classpath -Dmdep.outputFile=target/classpath.txt \
  ${MVN_ARGS:-}
exec java -Xmx1g -Djava.awt.headless=true \
  -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
  dev.bobbin.benchmarks.AiAnalysisBenchmark "$@"
