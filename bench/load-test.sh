#!/usr/bin/env bash
# Load test (not part of ./mvnw verify): builds the jar, starts it with a 256 MB heap (and, as
# in production, -XX:+ExitOnOutOfMemoryError: out of memory, the app exits), and
# sends 200 concurrent connections for 60 s mixing GET /r/{token} (a different token each
# time), POST /questionnaire and POST /api/v1/recommendations. Fails if any request errs or the
# app dies. Traffic goes to 127.0.0.1 only. Needs wrk (apt-get install -y wrk).
#   bench/load-test.sh                     # the full run
#   DURATION=10s CONNECTIONS=50 bench/load-test.sh
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18080}
DURATION=${DURATION:-60s}
CONNECTIONS=${CONNECTIONS:-200}
HEAP=${HEAP:-256m}
TOKEN_COUNT=${TOKEN_COUNT:-500}

command -v wrk > /dev/null || { echo "bench/load-test.sh needs wrk: apt-get install -y wrk" >&2; exit 2; }

./mvnw -q -B -DskipTests package
jar=$(ls target/formatfit-*.jar | grep -v plain | head -n 1)
java -Xmx"$HEAP" -XX:+ExitOnOutOfMemoryError -jar "$jar" --server.port="$PORT" ${APP_ARGS:-} > target/load-test-app.log 2>&1 &
app=$!
trap 'kill "$app" 2> /dev/null || true' EXIT

for _ in $(seq 1 120); do
	curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" > /dev/null && break
	sleep 0.5
done
curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" > /dev/null || { echo "FAIL: the app did not start" >&2; exit 1; }

# Real share tokens, made by the app itself from random answer sets.
TOKENS=target/load-tokens.txt TOKEN_COUNT="$TOKEN_COUNT" bench/make-tokens.sh "http://127.0.0.1:$PORT"

wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 10s -s bench/mix.lua "http://127.0.0.1:$PORT" | tee target/load-test.txt

kill -0 "$app" || { echo "FAIL: the app died under load" >&2; exit 1; }
echo "heap after the run (limit $HEAP):"
jcmd "$app" GC.heap_info | sed -n '2,3p'
if grep -q "OutOfMemoryError" target/load-test-app.log; then
	echo "FAIL: the app ran out of memory" >&2
	exit 1
fi
if ! grep -q "errors (status >= 400): 0, socket errors: 0" target/load-test.txt; then
	echo "FAIL: some requests erred" >&2
	exit 1
fi
echo "PASS: no errors, the app is alive"
