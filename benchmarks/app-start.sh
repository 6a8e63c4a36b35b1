#!/usr/bin/env bash
# What a user sees: the wall-clock start of a Spring Boot application with N generated
# entities (GeneratedEntitiesApplication), each start a fresh JVM that starts, completes
# its refresh (the guard's check joined) and exits. Per database and size, the schema is
# created once in a scratch database (sg_bench_<random>, dropped at the end), then RUNS
# rounds start the application three ways, in an order that rotates each round:
#   (a) the guard on,  spring.jpa.hibernate.ddl-auto=none
#   (b) the guard off, spring.jpa.hibernate.ddl-auto=none
#   (c) the guard off, spring.jpa.hibernate.ddl-auto=validate
# and the medians, (a)-(b) and (a)/(c) are printed with the load average around them.
#
#   ./mvnw -q -pl benchmarks -am package -DskipTests && benchmarks/app-start.sh [sizes] [runs]
#   DATABASES=postgresql,mariadb benchmarks/app-start.sh 500,2000 9
#
# A start that fails stops the script; no timing is compared with anything.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=benchmarks/target/benchmarks.jar
classpath_file=benchmarks/target/app-classpath.txt
[ -f "$jar" ] && [ -f "$classpath_file" ] || { echo "Build first: ./mvnw -q -pl benchmarks -am package -DskipTests" >&2; exit 1; }
sizes=${1:-500,2000}
runs=${2:-9}
databases=${DATABASES:-postgresql}
app_classpath="$PWD/benchmarks/target/classes:$(cat "$classpath_file")"
work=$(mktemp -d)
prepared=()

cleanup() {
	for entry in "${prepared[@]}"; do
		java -cp "$jar" dev.startupguard.benchmarks.app.AppStartFixture drop ${entry} || true
	done
	rm -rf "$work"
}
trap cleanup EXIT

# one start; prints its wall-clock milliseconds, or fails with the application's output
start_app() {
	local directory=$1 url=$2 guard=$3 ddl=$4 log="$work/start.log" start end
	start=$(date +%s%N)
	if ! java -cp "$directory:$app_classpath" dev.startupguard.benchmarks.app.GeneratedEntitiesApplication \
		--spring.datasource.url="$url" --spring.jpa.mapping-resources=META-INF/generated-orm.xml \
		--spring.jpa.hibernate.ddl-auto="$ddl" --startup-guard.enabled="$guard" >"$log" 2>&1; then
		echo "The start (guard $guard, ddl-auto $ddl) failed:" >&2
		tail -n 40 "$log" >&2
		return 1
	fi
	end=$(date +%s%N)
	grep -q '^started in' "$log" || { echo "The start printed no 'started in' line" >&2; return 1; }
	echo $(((end - start) / 1000000))
}

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# the lowest and highest of the middle half, the spread to read a difference against
quartiles() { sort -n | awk '{ a[NR] = $1 } END { lo = int((NR + 3) / 4); hi = NR + 1 - lo; print a[lo] "–" a[hi] }'; }

echo "| database | entities | starts each | (a) guard, none | (b) no guard, none | (c) no guard, validate | (a) − (b) | (a) / (c) | load before → after |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
for database in ${databases//,/ }; do
	for size in ${sizes//,/ }; do
		directory="$work/$database-$size"
		# its last line names the database; Hibernate may log before it
		read -r name url < <(java -cp "$jar" dev.startupguard.benchmarks.app.AppStartFixture prepare "$database" "$size" "$directory" | tail -n 1)
		prepared+=("$database $name")
		load_before=$(cut -d' ' -f1 /proc/loadavg)
		variants=("true none" "false none" "false validate")
		# one start of each first: the file system cache and the server's catalog caches
		for variant in "${variants[@]}"; do
			start_app "$directory" "$url" $variant >/dev/null
		done
		a=() b=() c=()
		for round in $(seq 1 "$runs"); do
			for offset in 0 1 2; do
				index=$(((round + offset) % 3))
				millis=$(start_app "$directory" "$url" ${variants[$index]})
				case $index in
					0) a+=("$millis") ;;
					1) b+=("$millis") ;;
					2) c+=("$millis") ;;
				esac
			done
		done
		ma=$(printf '%s\n' "${a[@]}" | median)
		mb=$(printf '%s\n' "${b[@]}" | median)
		mc=$(printf '%s\n' "${c[@]}" | median)
		echo "| $database | $size | $runs | $ma ($(printf '%s\n' "${a[@]}" | quartiles)) | $mb ($(printf '%s\n' "${b[@]}" | quartiles)) | $mc ($(printf '%s\n' "${c[@]}" | quartiles)) | $(awk "BEGIN { print $ma - $mb }") | $(awk "BEGIN { printf \"%.2f\", $ma / $mc }") | $load_before → $(cut -d' ' -f1 /proc/loadavg) |"
	done
done
