#!/usr/bin/env bash
# Times the desktop app's start-up under Xvfb: JVM start to the first frame (the window with its
# "opening" screen) and to the workspace on screen (data read, first page shown). Each run is a new
# JVM that quits by itself once the workspace is ready (-Dbobbin.exitWhenReady=true).
# Usage: benchmarks/run-desktop-start.sh [runs] [data folder]
#   Without a data folder, a demo workspace in a temporary folder (its first open, which makes the
#   sample data, is a warm-up and not counted). With one, e.g. the 100k-item folder that
#   run-desktop-inventory.sh filled, that folder is opened as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
data_dir="${2:-}"
command -v xvfb-run >/dev/null || { echo "needs xvfb-run (apt-get install -y xvfb)" >&2; exit 2; }
./mvnw -q -pl desktop-app -am package -DskipTests ${MVN_ARGS:-}
extra=()
if [[ -z $data_dir ]]; then
  data_dir="$(mktemp -d)/bobbin-start"
  trap 'rm -rf "$(dirname "$data_dir")"' EXIT
else
  extra=(--no-sample-data)
fi

start_once() {
  xvfb-run -a java -Xmx512m -Dbobbin.exitWhenReady=true \
    -cp "desktop-app/target/bobbin-desktop.jar:desktop-app/target/lib/*" \
    dev.bobbin.desktop.Launcher --data-dir "$data_dir" "${extra[@]}" 2>&1
}

times() { # prints "<first frame ms> <workspace ready ms>" of one start-up
  local log
  log="$(start_once)"
  local shown ready
  shown="$(grep -o 'Window shown [0-9]* ms' <<<"$log" | grep -o '[0-9]\+' | head -1)"
  ready="$(grep -o 'ready [0-9]* ms after' <<<"$log" | grep -o '[0-9]\+' | head -1)"
  if [[ -z $shown || -z $ready ]]; then
    echo "A start-up did not finish; its log:" >&2
    tail -n 30 <<<"$log" >&2
    exit 1
  fi
  echo "$shown $ready"
}

read -r shown ready <<<"$(times)"
echo "warm-up (first open of $data_dir): first frame $shown ms, workspace ready $ready ms"
results=()
for _ in $(seq 1 "$runs"); do
  results+=("$(times)")
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
printf '%s\n' "${results[@]}" | awk '{print $1}' | median | xargs printf 'first frame, median of %s: %s ms\n' "$runs"
printf '%s\n' "${results[@]}" | awk '{print $2}' | median | xargs printf 'workspace ready, median of %s: %s ms\n' "$runs"
printf 'runs (first frame, ready): %s\n' "$(printf '[%s] ' "${results[@]}")"
