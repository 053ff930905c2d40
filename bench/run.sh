#!/usr/bin/env bash
# The performance benchmark (not part of ./mvnw verify). In one run, side by side:
#  - HTTP with wrk, 64 connections on 127.0.0.1: a static file about the size of a results page
#    (this stack's serving limit), GET /r/{token} with a different token each time,
#    POST /questionnaire, POST /api/v1/recommendations, and a constant answer from the same app
#    (GET /actuator/health/liveness) for the POSTs to be compared with;
#  - the same static file served by bench/minimal-app (the smallest Spring Boot webmvc app, with
#    gzip on as ours): the stack's own limit, which the results page is held to as well;
#  - with COMPARE="name=path/to.jar ...", the static file and GET /r/{token} of each other build
#    too, in the same run (say, the previous commit's jar), so that a change is measured side by
#    side with what it replaced;
#  - the static file and GET /r/{token} again with 1 ms between an answer and the connection's
#    next request (bench/think.lua), as across any network: on loopback with none, Tomcat serves
#    connections out of turn, which is most of the p99 (docs/performance.md);
#  - JMH: scoring, "what would change it", token encode and decode; and what a results page
#    costs the app to build in-process (controller, words, template; no gzip, no network).
# Prints one table and writes target/bench/. Needs wrk (apt-get install -y wrk).
#   bench/run.sh                           # about 10 to 14 minutes
#   WARMUP=5s WARMUP_ROUNDS=1 DURATION=5s bench/run.sh   # a quick look
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bench/run.sh   # on another JDK
#   COMPARE="before=/tmp/formatfit-before.jar" bench/run.sh     # side by side with another build
#   HTTP_ONLY=1 COMPARE=... bench/run.sh   # only the static file and results pages of each build
#   COMPRESSION=off bench/run.sh           # every row without gzip (the results page's target)
#   COMPARE="t8=target/formatfit-0.1.0-SNAPSHOT.jar" SETTINGS_t8="--server.tomcat.threads.max=8" bench/run.sh
#                                          # a build with settings of its own (here, this one)
set -euo pipefail
cd "$(dirname "$0")/.."

# The think time is the think rows' own: a THINK_MS from outside would change the other rows.
unset THINK_MS
PORT=${PORT:-18090}
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-15s}
WARMUP_ROUNDS=${WARMUP_ROUNDS:-12}
CONNECTIONS=${CONNECTIONS:-64}
HEAP=${HEAP:-256m}
out=target/bench
mkdir -p "$out/static"

# The JDK of $JAVA_HOME if set (the one ./mvnw builds with too), else the one on the PATH.
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
jcmd=${JAVA_HOME:+$JAVA_HOME/bin/}jcmd
command -v wrk > /dev/null || { echo "bench/run.sh needs wrk: apt-get install -y wrk" >&2; exit 2; }
command -v "$jcmd" > /dev/null || { echo "bench/run.sh needs jcmd, which comes with a JDK" >&2; exit 2; }

./mvnw -q -B -DskipTests package
./mvnw -q -B -f bench/minimal-app/pom.xml -DskipTests package
jar=$(ls target/formatfit-*.jar | head -n 1)
pids=()
trap 'kill "${pids[@]}" 2> /dev/null || true' EXIT
started() { # port, path that answers 200 once the app is up
	for _ in $(seq 1 120); do
		curl -sf "http://127.0.0.1:$1$2" > /dev/null && return 0
		sleep 0.5
	done
	echo "FAIL: the app on port $1 did not start" >&2
	exit 1
}
# Each FormatFit build serves the same static copy of a results page from $out/static/.
start_formatfit() { # jar, port, log, then any settings of its own
	"$java" -Xmx"$HEAP" -jar "$1" --server.port="$2" \
		--spring.web.resources.static-locations=classpath:/static/,file:"$out"/static/ "${@:4}" > "$3" 2>&1 &
	pids+=($!)
}
start_formatfit "$jar" "$PORT" "$out/app.log"
app=${pids[0]}
base="http://127.0.0.1:$PORT"
started "$PORT" /actuator/health/readiness
# The minimal app, with Tomcat's gzip on as ours is, serves the same file at /sample.html.
MINIMAL_PORT=$((PORT + 1))
"$java" -Xmx"$HEAP" -jar bench/minimal-app/target/minimal-app-1.jar --server.port="$MINIMAL_PORT" \
	--server.compression.enabled=true --server.compression.mime-types=text/html \
	--spring.web.resources.static-locations=file:"$out"/static/ > "$out/minimal-app.log" 2>&1 &
pids+=($!)
minimal_pid=$!
started "$MINIMAL_PORT" /
compared=()
port=$((PORT + 2))
for entry in ${COMPARE:-}; do
	name=${entry%%=*}
	[[ -f ${entry#*=} && $name != "$entry" ]] || { echo "COMPARE wants name=path/to.jar, not $entry" >&2; exit 2; }
	settings="SETTINGS_$name"
	# shellcheck disable=SC2086 # several settings, split on spaces
	start_formatfit "${entry#*=}" "$port" "$out/app-$name.log" ${!settings:-}
	started "$port" /actuator/health/readiness
	compared+=("$name $port ${pids[-1]}")
	port=$((port + 1))
done

# Real tokens from the app, and a static copy of one results page.
TOKENS="$out/tokens.txt" TOKEN_COUNT=${TOKEN_COUNT:-1000} bench/make-tokens.sh "$base"
curl -s "$base/r/$(head -n 1 "$out/tokens.txt")" > "$out/static/sample.html"

# Seconds the JIT compiler has worked so far (the JVM's own counter, read with jcmd).
jit_seconds() {
	# jcmd exits 0 even when it cannot reach the JVM: no counters is the failure.
	"$jcmd" "${JIT_PID:-$app}" PerfCounter.print | awk -F= '/^sun.os.hrt.frequency=/ {f = $2} /^java.ci.totalTime=/ {t = $2}
		END {if (!f || t == "") exit 1; printf "%.2f", t / f}' ||
		{ echo "FAIL: cannot read the JIT counters of the app (pid ${JIT_PID:-$app})" >&2; exit 1; }
}

run() { # name, then wrk arguments
	local name=$1
	shift
	# Warm-up until the JIT compiler is quiet: on 2 cores it competes with the app for the CPU,
	# and its queue ran about 25 s behind while a page was under load. At least $WARMUP, then
	# rounds of 10 s until one compiles for less than 0.2 s, at most $WARMUP_ROUNDS rounds.
	wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" "$@" > /dev/null
	local round=0 before=- after=- quiet=no
	while ((round < WARMUP_ROUNDS)); do
		round=$((round + 1))
		before=$(jit_seconds)
		wrk -t2 -c"$CONNECTIONS" -d10s "$@" > /dev/null
		after=$(jit_seconds)
		if awk -v a="$after" -v b="$before" 'BEGIN {exit !(a - b < 0.2)}'; then
			quiet=yes
			break
		fi
	done
	if [[ $quiet == yes ]]; then
		echo "$name: warm after $WARMUP + $round rounds of 10 s (JIT $before s -> $after s)" >> "$out/warmup.txt"
	else
		echo "$name: JIT NOT quiet after $WARMUP + $round rounds of 10 s (JIT $before s -> $after s)" >> "$out/warmup.txt"
	fi
	wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$@" > "$out/wrk-$name.txt"
	if grep -qE "Non-2xx or 3xx responses|Socket errors" "$out/wrk-$name.txt"; then
		echo "FAIL: $name had errors, see $out/wrk-$name.txt" >&2
		exit 1
	fi
	local rps p50 p99
	rps=$(awk '/Requests\/sec/ {print $2}' "$out/wrk-$name.txt")
	p50=$(awk '$1 == "50%" {print $2}' "$out/wrk-$name.txt")
	p99=$(awk '$1 == "99%" {print $2}' "$out/wrk-$name.txt")
	echo "$name $rps $p50 $p99" >> "$out/http.txt"
}
: > "$out/http.txt"
: > "$out/warmup.txt"
# Every request asks for gzip, as browsers do; COMPRESSION=off asks for none, which measures
# the page itself rather than the compressor (the stack's static file and the page alike).
gzip=(-H "Accept-Encoding: gzip")
[[ ${COMPRESSION:-on} == off ]] && gzip=(-H "Accept-Encoding: identity")
run static "${gzip[@]}" "$base/assets/sample.html"
TOKENS="$out/tokens.txt" run result "${gzip[@]}" -s bench/result.lua "$base"
JIT_PID=$minimal_pid run minimal-static "${gzip[@]}" "http://127.0.0.1:$MINIMAL_PORT/sample.html"
for entry in "${compared[@]}"; do
	read -r name port pid <<< "$entry"
	JIT_PID=$pid run "static@$name" "${gzip[@]}" "http://127.0.0.1:$port/assets/sample.html"
	# Each build's own tokens, of the same answer sets: an older build may not know today's
	# model version, and would answer every one of today's tokens with its 404 page.
	TOKENS="$out/tokens-$name.txt" TOKEN_COUNT=${TOKEN_COUNT:-1000} bench/make-tokens.sh "http://127.0.0.1:$port"
	JIT_PID=$pid TOKENS="$out/tokens-$name.txt" run "result@$name" "${gzip[@]}" -s bench/result.lua "http://127.0.0.1:$port"
done
if [[ -n ${HTTP_ONLY:-} ]]; then
	# A side-by-side look at the pages alone: no other rows, no JMH.
	cat "$out/http.txt"
	exit 0
fi
run constant "${gzip[@]}" "$base/actuator/health/liveness"
MODE=form run form "${gzip[@]}" -s bench/post.lua "$base"
MODE=api run api "${gzip[@]}" -s bench/post.lua "$base"
THINK_MS=1 run static-think "${gzip[@]}" -s bench/think.lua "$base/assets/sample.html"
THINK_MS=1 TOKENS="$out/tokens.txt" run result-think "${gzip[@]}" -s bench/result.lua "$base"
"$java" -version 2>&1 | head -n 1 > "$out/java.txt"

# JMH starts its own JVMs: the apps under test would only take memory and wake-ups from them.
kill "${pids[@]}" 2> /dev/null || true
wait "${pids[@]}" 2> /dev/null || true

./mvnw -q -B exec:exec -Dexec.executable="$java" -Dexec.classpathScope=test \
	"-Dexec.args=-cp %classpath org.openjdk.jmh.Main (Scoring|ResultPage)Benchmark -p catalog=none -rf json -rff $out/jmh.json" > "$out/jmh.txt"

python3 - "$out" << 'PY'
import json, sys
out = sys.argv[1]
rows = {line.split()[0]: line.split()[1:] for line in open(f"{out}/http.txt")}
static = float(rows["static"][0])
constant = float(rows["constant"][0])
static_think = float(rows["static-think"][0])
minimal = float(rows["minimal-static"][0])


def millis(latency):  # wrk writes 812.00us, 7.94ms or 1.02s
    for unit, factor in (("us", 0.001), ("ms", 1), ("s", 1000)):
        if latency.endswith(unit):
            return float(latency[: -len(unit)]) * factor


def verdict(met):
    return "met" if met else "NOT MET"


# The targets of issue 6, by name: the least share of its base, and the most p99 in ms.
targets = {"result": (0.40, 50), "result/minimal": (0.25, None), "form": (0.25, None), "api": (0.25, None),
           "result-think": (None, 50)}
rows["result/minimal"] = rows["result"]
print(f"\n{'HTTP (wrk, 64 connections)':32} {'req/s':>9} {'p50':>9} {'p99':>9} {'ratio':>22}  target")
compared = [(name, f"  {name.split('@')[1]}: " + ("static file" if name.startswith("static") else "GET /r/{token}"),
             float(rows["static@" + name.split("@")[1]][0]), "its static")
            for name in rows if "@" in name]
for name, label, base, base_name in [("static", "static file, results-page size", static, "static"),
                                     ("result", "GET /r/{token}", static, "static"),
                                     ("minimal-static", "minimal app: the static file", minimal, "minimal"),
                                     ("result/minimal", "GET /r/{token} (again)", minimal, "minimal static"),
                                     *compared,
                                     ("constant", "constant answer (liveness)", constant, "constant"),
                                     ("form", "POST /questionnaire", constant, "constant"),
                                     ("api", "POST /api/v1/recommendations", constant, "constant"),
                                     ("static-think", "static file, 1 ms think", static, "static"),
                                     ("result-think", "GET /r/{token}, 1 ms think", static_think, "static, think")]:
    rps, p50, p99 = rows[name]
    share = float(rps) / base
    target = ""
    if name in targets:
        least, most_p99 = targets[name]
        target = f">= {least:.0%}: {verdict(share >= least)}" if least else ""
        if most_p99:
            target += f"{'; ' if target else ''}p99 <= {most_p99} ms: {verdict(millis(p99) <= most_p99)}"
        if name == "result-think":
            target += " (not the issue's setup: a client 1 ms away)"
    print(f"{label:32} {float(rps):9.0f} {p50:>9} {p99:>9} {f'{share:.0%} of {base_name}':>22}  {target}")
jmh_targets = {"score": 5, "whatWouldChange": 100, "tokenEncodeAndDecode": 2}
print(f"\n{'JMH (average time)':32} {'us/op':>9} {'error':>9}  target")
for result in json.load(open(f"{out}/jmh.json")):
    metric = result["primaryMetric"]
    name = result["benchmark"].rsplit(".", 1)[1]
    most = jmh_targets.get(name)
    target = f"<= {most} us: {verdict(metric['score'] <= most)}" if most else ""
    if name == "resultPage":
        target = "in-process: controller, words, template"
    print(f"{name:32} {metric['score']:9.3f} {metric['scoreError']:9.3f}  {target}")
print()
print(open(f"{out}/java.txt").read(), end="")
print(open(f"{out}/warmup.txt").read(), end="")
PY
