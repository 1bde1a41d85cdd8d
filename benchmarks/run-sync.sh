#!/usr/bin/env bash
# Builds the modules and runs SyncBenchmark in its own JVM with a 512 MB heap cap: a real server on
# embedded Postgres and headless desktops on H2 files, over HTTP and WebSocket on loopback.
# Usage: benchmarks/run-sync.sh [quick] [push=10000,100000] [initial=1000000] [pokes=200]
#        [held=500000] [applies=50] [burst=3] [rate=1000] [phases=push,pokes,apply,burst,initial]
#        [keep=true]   (keep the temporary folder with the server's Postgres and the H2 files)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -pl benchmarks -am install -DskipTests ${MVN_ARGS:-}
./mvnw -q -pl benchmarks dependency:build-classpath -Dmdep.outputFile=target/classpath.txt \
  ${MVN_ARGS:-}
exec java -Xmx512m -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
  dev.bobbin.benchmarks.SyncBenchmark "$@"
