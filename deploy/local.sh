#!/usr/bin/env bash
# The production topology on this machine's loopback, from the same files a school installs:
# a throwaway PostgreSQL, two app instances with deploy/formatfit.env's settings, and nginx in
# front with deploy/nginx's shared parts. Everything lives in a temporary folder; nothing is
# installed and no system service is touched.
#
#   deploy/local.sh start         starts it all; prints the front's address as its last line
#   deploy/local.sh stop [STATE]  stops what start started and removes its folder
#
# Needs nginx (Debian: nginx-light), PostgreSQL's server (Debian: postgresql) and Java 17.
# The jar is target/formatfit-*.jar, built with ./mvnw when there is none. As root,
# PostgreSQL runs as the postgres user and nginx's workers as nobody.
#
# The state folder holds what a test needs, one value a file: app-N.pid, app-N.port,
# app-N.log; pg.bin, pg.data, pg.port, db.url, db.user, db.password; nginx.pid (nginx's
# master), nginx.port, front.url. Its path is kept in /tmp/formatfit-deploy-local
# (FORMATFIT_LOCAL_POINTER), so that stop finds it.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
pointer=${FORMATFIT_LOCAL_POINTER:-/tmp/formatfit-deploy-local}
instances=2
# How long each part may take to be ready; a part not ready by then fails the start.
app_deadline=${FORMATFIT_LOCAL_APP_DEADLINE:-120}
part_deadline=30

say() { printf '%s\n' "$*" >&2; }
die() {
	say "local.sh: $*"
	exit 1
}

# A port nothing listens on, from 20000-31999: below Linux's ephemeral range, and away from
# 8080 (a developer's own app) and 15432 (CI's own PostgreSQL). Another program may still
# take it before we do; each part's start then fails and says so.
free_port() {
	local port
	for _ in $(seq 1 100); do
		port=$((20000 + RANDOM % 12000))
		if ! (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null; then
			echo "$port"
			return
		fi
	done
	die "found no free port on 127.0.0.1"
}

# Whether GET path on 127.0.0.1:port answers 200, in plain bash.
answers_200() {
	local port=$1 path=$2 status
	exec 3<> "/dev/tcp/127.0.0.1/$port" || return 1
	printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' "$path" >&3
	IFS=' ' read -r -t 5 _ status _ <&3 || status=
	exec 3>&-
	[[ $status == 200 ]]
}

# Runs a command as the postgres user when we are root (initdb and postgres refuse root).
as_postgres() {
	if [[ $EUID -eq 0 ]]; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

find_pgbin() {
	local bin
	if [[ -n ${PGBIN:-} ]]; then
		echo "$PGBIN"
		return
	fi
	bin=$(ls -d /usr/lib/postgresql/*/bin 2> /dev/null | sort -V | tail -n 1)
	[[ -x $bin/initdb ]] || die "PostgreSQL's server is missing (Debian: apt-get install -y postgresql)"
	echo "$bin"
}

find_nginx() {
	command -v nginx 2> /dev/null || { [[ -x /usr/sbin/nginx ]] && echo /usr/sbin/nginx; } \
		|| die "nginx is missing (Debian: apt-get install -y nginx-light)"
}

find_jar() {
	local jar
	jar=$(ls "$repo"/target/formatfit-*.jar 2> /dev/null | grep -v '\.original$' | head -n 1 || true)
	if [[ -z $jar ]]; then
		say "Building the jar (./mvnw -q -B -DskipTests package) ..."
		(cd "$repo" && ./mvnw -q -B -DskipTests package) >&2
		jar=$(ls "$repo"/target/formatfit-*.jar | grep -v '\.original$' | head -n 1)
	fi
	echo "$jar"
}

start_postgres() {
	local state=$1 pgbin=$2 data=$1/pg port password tries
	install -d -m 700 "$data"
	[[ $EUID -eq 0 ]] && chown postgres:postgres "$data"
	as_postgres "$pgbin/initdb" -D "$data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
		-E UTF8 --no-locale --no-sync > "$state/pg-initdb.log" 2>&1 \
		|| die "initdb failed: $(tail -n 5 "$state/pg-initdb.log")"
	for tries in 1 2 3; do
		port=$(free_port)
		# fsync off: the database is thrown away with the folder.
		if as_postgres "$pgbin/pg_ctl" -D "$data" -l "$data/server.log" -w -t "$part_deadline" \
			-o "-h 127.0.0.1 -p $port -k $data -c fsync=off" start > /dev/null; then
			break
		fi
		[[ $tries -lt 3 ]] || die "PostgreSQL did not start: $(tail -n 5 "$data/server.log")"
	done
	password=$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')
	as_postgres "$pgbin/psql" -h "$data" -p "$port" -U postgres -qAt -v ON_ERROR_STOP=1 \
		-v password="$password" -f "$here/postgresql.sql" > /dev/null
	echo "$pgbin" > "$state/pg.bin"
	echo "$data" > "$state/pg.data"
	echo "$port" > "$state/pg.port"
	echo "jdbc:postgresql://127.0.0.1:$port/formatfit" > "$state/db.url"
	echo formatfit > "$state/db.user"
	(umask 077 && echo "$password" > "$state/db.password")
}

# Starts instance n with formatfit.env's settings, the database and public address overridden;
# Tomcat picks a free port (0) and the log names it.
start_app() {
	local state=$1 n=$2 jar=$3 front=$4
	(
		set -a
		# shellcheck source=deploy/formatfit.env
		. "$here/formatfit.env"
		SPRING_DATASOURCE_URL=$(< "$state/db.url")
		SPRING_DATASOURCE_USERNAME=$(< "$state/db.user")
		SPRING_DATASOURCE_PASSWORD=$(< "$state/db.password")
		FORMATFIT_PUBLIC_URL=$front
		SERVER_PORT=0
		set +a
		# In a session of its own, so that a signal to whoever ran start does not reach
		# it; the pid written is the JVM's (exec keeps it).
		exec setsid bash -c 'echo $$ > "$1"; exec java -Xmx256m -XX:+ExitOnOutOfMemoryError -jar "$2"' \
			app "$state/app-$n.pid" "$jar" < /dev/null > "$state/app-$n.log" 2>&1
	) &
}

wait_for_app() {
	local state=$1 n=$2 deadline=$((SECONDS + app_deadline)) pid port
	while [[ ! -s $state/app-$n.pid ]]; do
		((SECONDS < deadline)) || die "instance $n wrote no pid"
		sleep 0.1
	done
	pid=$(< "$state/app-$n.pid")
	while :; do
		port=$(sed -n 's/.*Tomcat started on port \([0-9]*\).*/\1/p' "$state/app-$n.log" | head -n 1)
		[[ -n $port ]] && answers_200 "$port" /actuator/health/readiness 2> /dev/null && break
		kill -0 "$pid" 2> /dev/null || die "instance $n exited: $(tail -n 20 "$state/app-$n.log")"
		((SECONDS < deadline)) || die "instance $n was not ready in ${app_deadline}s: $(tail -n 20 "$state/app-$n.log")"
		sleep 0.2
	done
	echo "$port" > "$state/app-$n.port"
}

start_nginx() {
	local state=$1 nginx=$2 port=$3 deadline=$((SECONDS + part_deadline)) n
	{
		echo "# Written by deploy/local.sh: the instances it started."
		echo "upstream formatfit {"
		for n in $(seq 1 "$instances"); do
			echo "	server 127.0.0.1:$(< "$state/app-$n.port") max_fails=1 fail_timeout=10s;"
		done
		echo "	keepalive 16;"
		echo "	keepalive_timeout 10s;"
		echo "}"
	} > "$state/upstream.conf"
	mkdir -p "$state/nginx-temp"
	cat > "$state/nginx.conf" << EOF
# Written by deploy/local.sh: deploy/nginx's shared parts on 127.0.0.1:$port, without TLS.
$([[ $EUID -eq 0 ]] && echo "user nobody nogroup;")
worker_processes auto;
# Room for about 7,000 readers at once (each may also hold a connection to an instance).
worker_rlimit_nofile 20000;
pid $state/nginx.pid;
error_log $state/nginx-error.log warn;
events {
	worker_connections 16000;
}
http {
	access_log $state/nginx-access.log;
	client_body_temp_path $state/nginx-temp/body;
	proxy_temp_path $state/nginx-temp/proxy;
	fastcgi_temp_path $state/nginx-temp/fastcgi;
	uwsgi_temp_path $state/nginx-temp/uwsgi;
	scgi_temp_path $state/nginx-temp/scgi;
	include $here/nginx/http.conf;
	include $state/upstream.conf;
	server {
		listen 127.0.0.1:$port;
		root $here/nginx/html;
		include $here/nginx/site.conf;
	}
}
EOF
	"$nginx" -c "$state/nginx.conf" -p "$state/" 2> "$state/nginx-start.log" \
		|| die "nginx did not start: $(cat "$state/nginx-start.log")"
	until [[ -s $state/nginx.pid ]] && answers_200 "$port" /actuator/health 2> /dev/null; do
		((SECONDS < deadline)) || die "nginx did not answer in ${part_deadline}s: $(tail -n 5 "$state/nginx-error.log")"
		sleep 0.2
	done
	echo "$port" > "$state/nginx.port"
}

start() {
	local state pgbin nginx jar port front n
	if [[ -e $pointer ]]; then
		state=$(< "$pointer")
		if [[ -d $state ]]; then
			die "already started (state in $state); run 'deploy/local.sh stop' first"
		fi
		say "Removing a stale pointer to $state, which is gone."
		rm -f "$pointer"
	fi
	pgbin=$(find_pgbin)
	nginx=$(find_nginx)
	command -v java > /dev/null || die "java is missing (Debian: apt-get install -y openjdk-17-jre-headless)"
	jar=$(find_jar)

	state=$(mktemp -d /tmp/formatfit-local.XXXXXX)
	# PostgreSQL's user and nginx's workers pass through it; secrets inside are 0600.
	chmod 755 "$state"
	echo "$state" > "$pointer"
	# A start that fails or is interrupted half-way stops what it started.
	started=
	trap 'if [[ -z $started ]]; then say "local.sh: start failed; stopping what it started."; (stop "$state" > /dev/null 2>&1) || true; fi' EXIT
	trap 'exit 1' INT TERM

	say "State: $state"
	start_postgres "$state" "$pgbin"
	say "PostgreSQL: 127.0.0.1:$(< "$state/pg.port")"
	port=$(free_port)
	front="http://127.0.0.1:$port"
	echo "$front" > "$state/front.url"
	for n in $(seq 1 "$instances"); do
		start_app "$state" "$n" "$jar" "$front"
	done
	for n in $(seq 1 "$instances"); do
		wait_for_app "$state" "$n"
		say "Instance $n: 127.0.0.1:$(< "$state/app-$n.port") (pid $(< "$state/app-$n.pid"))"
	done
	start_nginx "$state" "$nginx" "$port"
	started=yes
	trap - INT TERM
	say "nginx: $front (stop all with: deploy/local.sh stop)"
	echo "$front"
}

# Sends TERM to a process and waits up to $2 seconds for it to go, then KILL.
end_process() {
	local pid=$1 grace=$2 deadline
	kill -0 "$pid" 2> /dev/null || return 0
	kill -TERM "$pid" 2> /dev/null || true
	deadline=$((SECONDS + grace))
	while kill -0 "$pid" 2> /dev/null && ((SECONDS < deadline)); do
		sleep 0.1
	done
	if kill -0 "$pid" 2> /dev/null; then
		kill -KILL "$pid" 2> /dev/null || true
	fi
}

stop() {
	local state=${1:-} pidfile pm pid nginx
	if [[ -z $state ]]; then
		[[ -e $pointer ]] || die "nothing to stop: no local topology was started ($pointer does not exist)"
		state=$(< "$pointer")
	fi
	if [[ ! -d $state ]]; then
		[[ -e $pointer && $(< "$pointer") == "$state" ]] && rm -f "$pointer"
		die "nothing to stop: $state does not exist"
	fi
	# nginx first, so that no reader reaches a half-stopped instance.
	if [[ -s $state/nginx.pid ]]; then
		end_process "$(< "$state/nginx.pid")" 10
	fi
	for pidfile in "$state"/app-*.pid; do
		[[ -s $pidfile ]] && end_process "$(< "$pidfile")" 30
	done
	if [[ -s $state/pg/postmaster.pid ]]; then
		pm=$(head -n 1 "$state/pg/postmaster.pid")
		# A test may have frozen the server (SIGSTOP): wake it and its children first.
		for pid in $pm $(ps -o pid= --ppid "$pm" 2> /dev/null); do
			kill -CONT "$pid" 2> /dev/null || true
		done
		as_postgres "$(< "$state/pg.bin")/pg_ctl" -D "$state/pg" -m immediate -w -t "$part_deadline" stop \
			> /dev/null 2>&1 || end_process "$pm" 5
	fi
	rm -rf "$state"
	if [[ -e $pointer && $(< "$pointer") == "$state" ]]; then
		rm -f "$pointer"
	fi
	say "Stopped; removed $state."
}

case ${1:-} in
	start) start ;;
	stop) stop "${2:-}" ;;
	*)
		say "Usage: deploy/local.sh start | stop [STATE]"
		exit 2
		;;
esac
