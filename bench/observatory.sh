#!/usr/bin/env bash
# MDN HTTP Observatory grades of FormatFit in three setups, measured on this machine:
#   a) the app on plain HTTP (nginx on port 80 proxies to it, nothing on 443);
#   b) behind nginx with TLS on 443, and port 80 still proxying to the app (no redirect);
#   c) docs/nginx.conf.example: nginx with TLS on 443, and port 80 answering 301 to https.
# Prints grade, score and every test's result for each setup; the scanner's JSON goes to
# target/observatory/.
#
# Needs root: the scanner's command line only checks ports 80 and 443 (it has no port option),
# so nginx listens there, and the host name must resolve to 127.0.0.1 through /etc/hosts.
# Builds the jar; installs nginx (apt-get) and the scanner (npm, into $SCANNER_DIR, outside the
# repository) if missing. Certificates, nginx configurations and logs live in a temporary directory; nginx,
# the app, that directory and the /etc/hosts line are removed at exit.
set -euo pipefail
cd "$(dirname "$0")/.."

HOST=${HOST:-formatfit.test}
APP_PORT=${APP_PORT:-18080}
SCANNER_VERSION=${SCANNER_VERSION:-1.4.8}
SCANNER_DIR=${SCANNER_DIR:-/tmp/formatfit-observatory-scanner}
out=target/observatory
mkdir -p "$out"

[ "$(id -u)" = 0 ] || { echo "run as root: nginx must listen on ports 80 and 443" >&2; exit 1; }
for port in 80 443 "$APP_PORT"; do
	if ss -Hltn "sport = :$port" | grep -q .; then
		echo "port $port is taken; free it (or set APP_PORT for the app's port)" >&2
		exit 1
	fi
done

work=$(mktemp -d /tmp/formatfit-observatory.XXXXXX)
app_pid=
hosts_line="127.0.0.1 $HOST # bench/observatory.sh"

# nginx runs in the foreground as this script's child (daemon off), so that it is stopped and
# waited for by its own process id.
nginx_pid=
start_nginx() { # configuration file
	nginx -e "$work/error.log" -c "$1" -g 'daemon off;' &
	nginx_pid=$!
	until curl -s -o /dev/null "http://$HOST/"; do
		kill -0 "$nginx_pid" 2> /dev/null || { cat "$work/error.log" >&2; exit 1; }
		sleep 0.1
	done
}

stop_nginx() {
	if [ -n "$nginx_pid" ]; then
		kill "$nginx_pid" 2> /dev/null || true
		wait "$nginx_pid" 2> /dev/null || true
		nginx_pid=
	fi
}

cleanup() {
	stop_nginx
	if [ -n "$app_pid" ]; then
		kill "$app_pid" 2> /dev/null || true
		wait "$app_pid" 2> /dev/null || true
	fi
	if grep -qxF "$hosts_line" /etc/hosts; then
		# /etc/hosts may be a bind mount (containers): rewrite it in place, never replace it
		grep -vxF "$hosts_line" /etc/hosts > "$work/hosts"
		cat "$work/hosts" > /etc/hosts
	fi
	rm -rf "$work"
}
trap cleanup EXIT
# Ctrl-C or kill: exit through the EXIT trap above, which stops nginx and the app.
trap "exit 130" INT TERM

# --- Tools -------------------------------------------------------------------------------------
command -v nginx > /dev/null || { apt-get update -qq && apt-get install -y -qq nginx > /dev/null; }
# Debian's package starts a default server on port 80 where systemd runs; ours needs the port.
if command -v systemctl > /dev/null && systemctl is-active --quiet nginx 2> /dev/null; then
	echo "the system's nginx service is running on port 80; stop it first (systemctl stop nginx)" >&2
	exit 1
fi

scanner=$SCANNER_DIR/node_modules/@mdn/mdn-http-observatory
if ! grep -q "\"version\": \"$SCANNER_VERSION\"" "$scanner/package.json" 2> /dev/null; then
	mkdir -p "$SCANNER_DIR"
	# --ignore-scripts: the install scripts download the HSTS preload list, the list of top-level
	# domains and Mozilla's CA bundle from outside the npm registry. The command-line scan needs
	# none of them except the preload list's file (below); our CA is given with NODE_EXTRA_CA_CERTS.
	npm install --prefix "$SCANNER_DIR" --ignore-scripts --no-audit --no-fund --silent \
		"@mdn/mdn-http-observatory@$SCANNER_VERSION"
fi
# The HSTS test reads this file to tell whether a host is preloaded in browsers. $HOST is not;
# an empty list says so without fetching Chromium's list.
[ -s "$scanner/conf/hsts-preload.json" ] || echo '{}' > "$scanner/conf/hsts-preload.json"

grep -qxF "$hosts_line" /etc/hosts || echo "$hosts_line" >> /etc/hosts

# --- A CA and a certificate for $HOST ----------------------------------------------------------
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=FormatFit test CA" \
	-keyout "$work/ca.key" -out "$work/ca.pem" 2> /dev/null
openssl req -newkey rsa:2048 -nodes -subj "/CN=$HOST" \
	-keyout "$work/site.key" -out "$work/site.csr" 2> /dev/null
printf 'subjectAltName=DNS:%s\nextendedKeyUsage=serverAuth\n' "$HOST" > "$work/site.ext"
openssl x509 -req -in "$work/site.csr" -CA "$work/ca.pem" -CAkey "$work/ca.key" -CAcreateserial \
	-days 2 -extfile "$work/site.ext" -out "$work/site.pem" 2> /dev/null

# --- The app -----------------------------------------------------------------------------------
# Built every time, so that the grades are those of the code checked out. Offline first: the
# dependencies are in the local repository after any earlier build.
./mvnw -o -q -B -DskipTests package || ./mvnw -q -B -DskipTests package
jar=$(ls target/formatfit-*.jar | head -n 1)
java -Xmx256m -jar "$jar" --server.port="$APP_PORT" > "$out/app.log" 2>&1 &
app_pid=$!
until curl -s -o /dev/null "http://127.0.0.1:$APP_PORT/actuator/health/readiness"; do
	kill -0 "$app_pid" 2> /dev/null || { echo "app did not start: see $out/app.log" >&2; exit 1; }
	sleep 0.2
done

# --- nginx configurations ----------------------------------------------------------------------
# What a proxy to the app sends: the reader's Host, scheme and address. Tomcat trusts the
# X-Forwarded-* headers from loopback (server.forward-headers-strategy=native), so the app sees
# https and sends Strict-Transport-Security only when nginx says the request came over TLS.
proxy="
		proxy_pass http://127.0.0.1:$APP_PORT;
		proxy_set_header Host \$host;
		proxy_set_header X-Forwarded-Proto \$scheme;
		proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;"
tls="
	server {
		listen 127.0.0.1:443 ssl;
		server_name $HOST;
		ssl_certificate $work/site.pem;
		ssl_certificate_key $work/site.key;
		ssl_protocols TLSv1.2 TLSv1.3;
		location / { $proxy
		}
	}"
plain_proxy="
	server {
		listen 127.0.0.1:80;
		server_name $HOST;
		location / { $proxy
		}
	}"

write_conf() { # name, server blocks
	cat > "$work/$1.conf" << EOF
pid $work/nginx.pid;
error_log $work/error.log;
worker_processes 1;
events { worker_connections 64; }
http {
	access_log $work/access.log;
	client_body_temp_path $work/tmp;
	proxy_temp_path $work/tmp;
	# workers run as nobody and cannot write in $work: keep responses in memory
	proxy_max_temp_file_size 0;
	server_tokens off;
$2
}
EOF
}
mkdir -p "$work/tmp"
write_conf a-plain-http "$plain_proxy"
write_conf b-tls-no-redirect "$plain_proxy$tls"
# Setup c is docs/nginx.conf.example itself, with this run's host name, certificate, app port,
# and loopback-only listeners (no IPv6 ones), so that the example is what gets measured.
example=$(sed -e "s/formatfit\.example\.org/$HOST/g" \
	-e "s|/etc/letsencrypt/live/$HOST/fullchain.pem|$work/site.pem|" \
	-e "s|/etc/letsencrypt/live/$HOST/privkey.pem|$work/site.key|" \
	-e "s|http://127.0.0.1:8080;|http://127.0.0.1:$APP_PORT;|" \
	-e "s/listen 80;/listen 127.0.0.1:80;/" -e "s/listen 443 /listen 127.0.0.1:443 /" \
	-e "/listen \[::\]/d" docs/nginx.conf.example)
if grep -q "example\.org\|letsencrypt/live\|:8080;" <<< "$example"; then
	echo "docs/nginx.conf.example changed: the substitutions above no longer apply" >&2
	exit 1
fi
write_conf c-tls-redirect "$example"

# --- Scans -------------------------------------------------------------------------------------
# The scanner is run without its bin/wrapper.js: that wrapper replaces NODE_EXTRA_CA_CERTS with
# Mozilla's bundle, which would not hold our CA.
summary=()
for setup in a-plain-http b-tls-no-redirect c-tls-redirect; do
	start_nginx "$work/$setup.conf"
	echo
	echo "== $setup"
	curl -s -o /dev/null -w "GET http://$HOST/ -> %{http_code} %{redirect_url}\n" "http://$HOST/" || true
	NODE_EXTRA_CA_CERTS=$work/ca.pem node "$scanner/src/scan.js" "$HOST" > "$out/$setup.json" || true
	line=$(node -e '
		let r;
		try { r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); }
		catch (e) { console.log("error: the scanner wrote no result"); process.exit(); }
		if (r.error) { console.log("error: " + r.error); process.exit(); }
		const s = r.scan;
		console.log(`grade ${s.grade}, score ${s.score}, ${s.testsPassed}/${s.testsQuantity} tests passed`);
		for (const [name, t] of Object.entries(r.tests)) {
			const mod = t.scoreModifier > 0 ? "+" + t.scoreModifier : String(t.scoreModifier);
			console.log(`  ${t.pass ? "pass" : "FAIL"} ${name.padEnd(32)} ${mod.padStart(4)}  ${t.result}`);
		}' "$out/$setup.json")
	echo "$line"
	summary+=("$(printf '%-18s %s' "$setup" "$(head -n 1 <<< "$line")")")
	stop_nginx
done

echo
echo "== Summary (scanner @mdn/mdn-http-observatory $SCANNER_VERSION, host $HOST, $(date +%F))"
printf '%s\n' "${summary[@]}"
