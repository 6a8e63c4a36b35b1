#!/usr/bin/env bash
# The tables of docs/reference/performance.md in one command: the machine, warm (JMH,
# SchemaCheckBenchmark) and cold (ColdStart: the first check in a fresh JVM) for every
# database and size, then the application starts (app-start.sh) on APP_DATABASES
# (PostgreSQL unless set; APP_RUNS rounds, 9 unless set), each with the load average
# around it (APP_RUNS=0 leaves the starts out).
#
#   ./mvnw -q -pl benchmarks -am package -DskipTests && benchmarks/run.sh [sizes] [cold runs]
#   benchmarks/run.sh --short      # a smoke run for CI: 10 tables, one sample, no verdict
#
# No timing is compared with anything: the script fails only when a check fails or
# finds drift in the generated schema.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=benchmarks/target/benchmarks.jar
[ -f "$jar" ] || { echo "Build first: ./mvnw -q -pl benchmarks -am package -DskipTests" >&2; exit 1; }
databases=${DATABASES:-postgresql,mariadb,h2}

if [ "${1:-}" = "--short" ]; then
	# one JVM, one short iteration per benchmark, one cold pair on H2: it runs every
	# path of the harness; its numbers mean nothing
	java -jar "$jar" -p database="$databases" -p size=10 -f 0 -wi 0 -i 1 -r 100ms | grep -E '^\| |^###'
	java -cp "$jar" dev.startupguard.benchmarks.ColdStart h2 10 1 | grep -E '^\| |^###'
	DATABASES=postgresql benchmarks/app-start.sh 10 1
	exit 0
fi

sizes=${1:-500,2000}
runs=${2:-5}
echo "## Machine"
echo
echo "- $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ { print $2 }') GiB"
echo "- $(java -version 2>&1 | head -n 1)"
echo "- $(java -cp "$jar" dev.startupguard.benchmarks.ColdStart --versions)"
command -v psql >/dev/null && echo "- $(psql -h 127.0.0.1 -U postgres -tAc 'SELECT version()' 2>/dev/null | cut -d, -f1)"
command -v mariadb >/dev/null && echo "- MariaDB $(mariadb --protocol=TCP -h 127.0.0.1 -uroot -N -e 'SELECT version()' 2>/dev/null)"
echo "- load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "## Warm (JMH, mean / median in ms)"
# JMH's own output goes to benchmarks/target/warm.log as it comes, the summary here
java -jar "$jar" -p database="$databases" -p size="$sizes" | tee benchmarks/target/warm.log | sed -n '/^### /,$p'
echo "load average after the warm run: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
java -cp "$jar" dev.startupguard.benchmarks.ColdStart "$databases" "$sizes" "$runs" | tee benchmarks/target/cold.log \
	| sed -n '/^### /,$p'
if [ "${APP_RUNS:-9}" != 0 ]; then
	echo
	echo "### Application starts (ms, median and the middle half of the starts)"
	echo
	DATABASES=${APP_DATABASES:-postgresql} benchmarks/app-start.sh "$sizes" "${APP_RUNS:-9}" | tee benchmarks/target/app-start.log
fi
echo
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
