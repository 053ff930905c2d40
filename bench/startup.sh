#!/usr/bin/env bash
# Startup time, from `java -jar` to the first 200 on /, median of 5 runs, for FormatFit and for
# the smallest Spring Boot webmvc + Thymeleaf app (bench/minimal-app), measured side by side.
# Then FormatFit again with a CDS archive (JDK 17) and with the Java 25 AOT cache, if a JDK 25
# is at $JAVA25_HOME (default: Temurin 25 in /usr/lib/jvm).
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18095}
RUNS=${RUNS:-5}
JAVA25_HOME=${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
out=target/bench/startup
mkdir -p "$out"

./mvnw -q -B -DskipTests package
./mvnw -q -B -f bench/minimal-app/pom.xml -DskipTests package
formatfit=$(ls target/formatfit-*.jar | head -n 1)
minimal=bench/minimal-app/target/minimal-app-1.jar

# Milliseconds from launch to the first 200 on /, for the command given.
time_to_first_200() {
	local start end pid
	start=$(date +%s%N)
	"$@" --server.port="$PORT" > "$out/last.log" 2>&1 &
	pid=$!
	until curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/" 2> /dev/null | grep -q 200; do
		kill -0 "$pid" 2> /dev/null || { echo "app did not start: see $out/last.log" >&2; exit 1; }
		sleep 0.01
	done
	end=$(date +%s%N)
	kill "$pid"
	wait "$pid" 2> /dev/null || true
	echo $(((end - start) / 1000000))
}

median() { # of the arguments
	printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

measure() { # label, then the command
	local label=$1
	shift
	local times=()
	for _ in $(seq 1 "$RUNS"); do
		times+=("$(time_to_first_200 "$@")")
	done
	last_median=$(median "${times[@]}")
	printf '%-44s %6s ms   (runs: %s)\n' "$label" "$last_median" "${times[*]}" | tee -a "$out/startup.txt"
}

: > "$out/startup.txt"
measure "minimal webmvc + Thymeleaf app, JDK 17" java -jar "$minimal"
minimal_ms=$last_median
measure "FormatFit, JDK 17" java -jar "$formatfit"
formatfit_ms=$last_median

# CDS (JDK 17): a training run writes the archive, later runs map it.
rm -rf "$out/extracted"
java -Djarmode=tools -jar "$formatfit" extract --destination "$out/extracted" > /dev/null
app_jar=$(ls "$out"/extracted/*.jar | head -n 1)
java -XX:ArchiveClassesAtExit="$out/app.jsa" -Dspring.context.exit=onRefresh -jar "$app_jar" > /dev/null 2>&1
measure "FormatFit, JDK 17, extracted + CDS archive" java -XX:SharedArchiveFile="$out/app.jsa" -jar "$app_jar"

if [[ -x "$JAVA25_HOME/bin/java" ]]; then
	measure "minimal app, JDK 25" "$JAVA25_HOME/bin/java" -jar "$minimal"
	measure "FormatFit, JDK 25" "$JAVA25_HOME/bin/java" -jar "$formatfit"
	"$JAVA25_HOME/bin/java" -XX:AOTCacheOutput="$out/app.aot" -Dspring.context.exit=onRefresh -jar "$app_jar" \
		> /dev/null 2>&1
	measure "FormatFit, JDK 25, extracted + AOT cache" "$JAVA25_HOME/bin/java" -XX:AOTCache="$out/app.aot" -jar "$app_jar"
fi

# The target: FormatFit within 1.15 times the minimal app, both with plain `java -jar` on JDK 17.
awk -v m="$minimal_ms" -v f="$formatfit_ms" 'BEGIN {
	r = f / m
	printf "\nFormatFit ÷ minimal app, JDK 17: %.2f × (target ≤ 1.15 ×: %s)\n", r, (r <= 1.15) ? "met" : "NOT MET"
}'
