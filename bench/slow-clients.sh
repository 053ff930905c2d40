#!/usr/bin/env bash
# Slow clients (issue 16; not part of ./mvnw verify): builds the jar, starts it as documented
# (-Xmx256m -XX:+ExitOnOutOfMemoryError), and
#   1. for $PHASE1 s keeps $SLOW connections trickling their request heads (the start of a head,
#      then a byte every 3 s; a dropped connection is opened again), while real requests
#      (GET /, GET /r/{token}) go on, one after another: each must answer 200 within 1 s;
#   2. for $PHASE2 s keeps $FLOOD such connections, more than the app accepts at once (as the
#      outside probe did: about 4,700), and only checks that the app stays alive;
#   3. closes them all and checks the app answers normally (within 1 s) and never ran out of
#      memory. (Dropping tricklers is the reverse proxy's job: deploy/, TopologyIT.)
# Exits non-zero on any failure. Traffic goes to 127.0.0.1 only; about 90 s in all.
#   bench/slow-clients.sh
#   SLOW=1000 FLOOD=2000 PHASE1=20 PHASE2=10 bench/slow-clients.sh    # a quick run
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-8096}
HEAP=${HEAP:-256m}
SLOW=${SLOW:-2500}
FLOOD=${FLOOD:-5000}
PHASE1=${PHASE1:-40}
PHASE2=${PHASE2:-20}

# Each connection is a file descriptor, in this script and in the app.
[ "$(ulimit -n)" -ge $((FLOOD + 1000)) ] || ulimit -n $((FLOOD + 1000)) || {
	echo "bench/slow-clients.sh needs ulimit -n of at least $((FLOOD + 1000))" >&2
	exit 2
}

if [ -z "${SKIP_BUILD:-}" ]; then ./mvnw -q -B -DskipTests package; fi
jar=$(ls target/formatfit-*.jar | grep -v plain | head -n 1)
log=target/slow-clients-app.log
java -Xmx"$HEAP" -XX:+ExitOnOutOfMemoryError ${JAVA_OPTS:-} -jar "$jar" --server.port="$PORT" ${APP_ARGS:-} > "$log" 2>&1 &
app=$!
slow=""
trap 'kill $slow 2> /dev/null || true; kill "$app" 2> /dev/null || true' EXIT

base="http://127.0.0.1:$PORT"
for _ in $(seq 1 120); do
	curl -sf "$base/actuator/health/readiness" > /dev/null && break
	sleep 0.5
done
curl -sf "$base/actuator/health/readiness" > /dev/null || { echo "FAIL: the app did not start" >&2; exit 1; }
grep -o "Tomcat: .*" "$log" || true

TOKENS=target/slow-clients-tokens.txt TOKEN_COUNT=5 bench/make-tokens.sh "$base"
token=$(head -n 1 target/slow-clients-tokens.txt)
[ -n "$token" ] || { echo "FAIL: no share token" >&2; exit 1; }

failures=0
# Real requests, one after another until $1 seconds have passed; each must be a 200 within 1 s.
real_requests() {
	local until=$((SECONDS + $1)) count=0 slowest=0 answer code time
	while [ "$SECONDS" -lt "$until" ]; do
		for path in / "/r/$token"; do
			answer=$(curl -s -o /dev/null --max-time 1 -w '%{http_code} %{time_total}' "$base$path" || true)
			code=${answer%% *}
			time=${answer##* }
			count=$((count + 1))
			if [ "$code" != 200 ]; then
				echo "FAIL: GET $path answered '$answer' (status, seconds) at ${SECONDS} s" >&2
				failures=$((failures + 1))
			fi
			slowest=$(awk -v a="$slowest" -v b="$time" 'BEGIN { print (b > a) ? b : a }')
		done
		sleep 0.2
	done
	echo "real requests: $count, slowest ${slowest} s, failures so far: $failures"
}

heap() {
	jcmd "$app" GC.heap_info | sed -n '2p' | sed 's/^ */heap: /'
}

echo "== warm-up: the pages' first renderings (not timed)"
for _ in $(seq 1 20); do
	curl -s -o /dev/null --max-time 10 "$base/" || true
	curl -s -o /dev/null --max-time 10 "$base/r/$token" || true
done

SECONDS=0
echo "== phase 1: $SLOW slow connections for $PHASE1 s, real requests must answer within 1 s"
python3 bench/slow-clients.py "$PORT" "$SLOW" "$PHASE1" 3 > target/slow-clients-1.txt 2>&1 &
slow=$!
sleep 8 # let the slow connections open (a second or two) and the app settle before measuring
real_requests $((PHASE1 - 10))
heap
wait "$slow" || true
cat target/slow-clients-1.txt

echo "== phase 2: $FLOOD slow connections for $PHASE2 s (more than the app accepts at once)"
python3 bench/slow-clients.py "$PORT" "$FLOOD" "$PHASE2" 3 > target/slow-clients-2.txt 2>&1 &
slow=$!
sleep $((PHASE2 / 2))
kill -0 "$app" 2> /dev/null && heap
wait "$slow" || true
tail -n 2 target/slow-clients-2.txt
slow=""

echo "== after: the slow clients are gone"
kill -0 "$app" 2> /dev/null || { echo "FAIL: the app died" >&2; exit 1; }
# The last slow connections may still be closing: give the app up to 10 s to answer again.
for _ in $(seq 1 20); do
	curl -sf --max-time 1 -o /dev/null "$base/" && break
	sleep 0.5
done
real_requests 5
heap
if grep -q "OutOfMemoryError" "$log"; then
	echo "FAIL: the app ran out of memory" >&2
	failures=$((failures + 1))
fi
# The app alone keeps a connection that trickles steadily: a deadline for the whole request head
# is the reverse proxy's job (deploy/: nginx's client_header_timeout; TopologyIT).
if [ "$failures" -ne 0 ]; then
	echo "FAIL: $failures failures" >&2
	exit 1
fi
echo "PASS: real requests answered within 1 s among $SLOW slow connections, the app survived $FLOOD, no OutOfMemoryError"
