#!/usr/bin/env bash
# Measures the wall-clock startup time the guard adds to the example shop: runs the packaged
# application RUNS times with the guard and RUNS times without it (interleaved, so that
# machine load hits both alike), and prints the median of each and their difference.
# The shop starts, is checked, and exits: each run is one whole start of a JVM.
#
#   ./mvnw -q -DskipTests package && benchmarks/startup-time.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-11}
jar=examples/shop/target/shop.jar
[ -f "$jar" ] || { echo "Build first: ./mvnw -q -DskipTests package" >&2; exit 1; }

time_run() {
	local start end
	start=$(date +%s%N)
	java -jar "$jar" "$@" >/dev/null 2>&1
	end=$(date +%s%N)
	echo $(((end - start) / 1000000))
}

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

with=() without=()
time_run >/dev/null # warm the file system cache
for _ in $(seq 1 "$runs"); do
	with+=("$(time_run)")
	without+=("$(time_run --startup-guard.enabled=false)")
done
with_median=$(printf '%s\n' "${with[@]}" | median)
without_median=$(printf '%s\n' "${without[@]}" | median)
echo "runs each:              $runs"
echo "with the guard:         ${with_median} ms (median wall clock of a whole start)"
echo "without the guard:      ${without_median} ms"
echo "added by the guard:     $(awk "BEGIN { print $with_median - $without_median }") ms"
