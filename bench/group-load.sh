#!/usr/bin/env bash
# A full advisor group (5,000 results) reloaded in a loop, and what it does to other students
# (issue 30). Not part of ./mvnw verify. Starts the jar on an in-memory database, fills one group
# through the app's own share form, then, in one run, side by side:
#  - result pages alone: wrk, $STUDENTS connections, $DURATION;
#  - the same result pages while $RELOADERS connections reload the full group's page (its first
#    page of results, without If-None-Match, as a browser's reload does) the whole time;
#  - the group's page, CSV and JSON, one at a time, for their own latency and size.
# Needs wrk (apt-get install -y wrk).
#   bench/group-load.sh                     # about 4 minutes
#   DURATION=10s bench/group-load.sh        # a quick look
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18095}
DURATION=${DURATION:-30s}
STUDENTS=${STUDENTS:-8}
RELOADERS=${RELOADERS:-8}
RESULTS=${RESULTS:-5000}
HEAP=${HEAP:-256m}
out=target/bench/group
mkdir -p "$out"
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
command -v wrk > /dev/null || { echo "bench/group-load.sh needs wrk: apt-get install -y wrk" >&2; exit 2; }

./mvnw -q -B -DskipTests package
jar=$(ls target/formatfit-*.jar | head -n 1)
"$java" -Xmx"$HEAP" -jar "$jar" --server.port="$PORT" \
	--spring.datasource.url="jdbc:h2:mem:group-load;MODE=PostgreSQL;DB_CLOSE_DELAY=-1" \
	--formatfit.groups.shares-per-hour=1000000 --formatfit.groups.max-results="$RESULTS" > "$out/app.log" 2>&1 &
app=$!
trap 'kill "$app" 2> /dev/null || true' EXIT
base="http://127.0.0.1:$PORT"
for _ in $(seq 1 120); do
	curl -sf "$base/actuator/health/readiness" > /dev/null && break
	sleep 0.5
done

TOKENS="$out/tokens.txt" TOKEN_COUNT=500 bench/make-tokens.sh "$base"
group=$(curl -s -o /dev/null -w '%{redirect_url}' -d "label=Lecture hall" "$base/groups" | sed 's#^[a-z]*://[^/]*##')
code=$(curl -s "$base$group" | grep -o '/join/[2-9a-z]\{8\}"' | head -n 1 | cut -c7-14)
echo "group $group, join code $code: sharing $RESULTS results"
# Each token shared several times: every share is its own (two students, the same answers).
count=$(wc -l < "$out/tokens.txt")
for i in $(seq 0 $((RESULTS - 1))); do
	sed -n "$((i % count + 1))p" "$out/tokens.txt"
done | xargs -P 4 -I '{}' curl -s -o /dev/null -d "group=$code&name=Student" "$base/r/{}/share"
shared=$(curl -s "$base/api/v1$group" | grep -o '"results":[0-9]*' | head -n 1)
echo "group holds: $shared"

# Warm-up of both paths, then the rows.
TOKENS="$out/tokens.txt" wrk -t2 -c"$STUDENTS" -d20s -s bench/result.lua "$base" > /dev/null
wrk -t1 -c2 -d20s "$base$group" > /dev/null
TOKENS="$out/tokens.txt" wrk -t1 -c"$STUDENTS" -d"$DURATION" --latency -s bench/result.lua "$base" > "$out/alone.txt"
wrk -t1 -c"$RELOADERS" -d"$DURATION" --latency "$base$group" > "$out/reloads.txt" &
reloads=$!
TOKENS="$out/tokens.txt" wrk -t1 -c"$STUDENTS" -d"$DURATION" --latency -s bench/result.lua "$base" > "$out/beside.txt"
wait "$reloads"
for path in "$group" "$group/results.csv" "/api/v1$group"; do
	curl -s -o /dev/null -w "%{http_code} %{size_download} bytes %{time_total} s  $path\n" "$base$path" | sed "s#$group#/groups/{key}#"
done > "$out/single.txt"

row() { # name, file
	awk -v name="$1" '/Requests\/sec/ {rps = $2} $1 == "50%" {p50 = $2} $1 == "90%" {p90 = $2} $1 == "99%" {p99 = $2}
		END {printf "%-40s %9s req/s  p50 %9s  p90 %9s  p99 %9s\n", name, rps, p50, p90, p99}' "$2"
	if grep -qE "Non-2xx or 3xx responses|Socket errors" "$2"; then echo "  (errors: see $2)"; fi
}
{
	row "result pages alone" "$out/alone.txt"
	row "result pages, group reloaded beside" "$out/beside.txt"
	row "the full group's page, reloaded" "$out/reloads.txt"
	echo
	cat "$out/single.txt"
} | tee "$out/summary.txt"
