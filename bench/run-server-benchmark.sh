#!/usr/bin/env bash
# Load benchmark of `zonewarden serve` on a generated plant: builds app and bench, writes a plant of ASSETS assets
# (default 10,000: 400 zones with SL-T, 1,000 conduits, the zero measurement answered), starts the server on a free
# loopback port with a temporary data directory and a first administrator, imports the plant through the API, puts
# each main page and API call under CLIENTS concurrent clients (default 4) for SECONDS (default 20) after a warm-up,
# prints requests/s and p50/p95/p99/max latency per route, then stops the server.
#
#   bench/run-server-benchmark.sh [ASSETS] [CLIENTS] [SECONDS]
#
# Environment: WARMUP (seconds per route, default 5), ROUTES (a regex: only the routes it finds), SKIP_BUILD=1,
# SERVER_JAVA_OPTS (e.g. a flight recording: -XX:StartFlightRecording=filename=server.jfr,settings=profile),
# SERVER_ARGS (more --name=value settings for `serve`, e.g. to compare a Spring setting),
# WORK (default bench/target/server-benchmark: the plant file, the server's log, the figures).
# Exit status: non-zero when a request failed on any route, or the server did not start.
# Client and server share the machine: compare figures of one run only, on a quiet machine.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
assets="${1:-10000}"
clients="${2:-4}"
seconds="${3:-20}"
work="${WORK:-bench/target/server-benchmark}"
JAVA_HOME="$(./zonewarden --print-java-home)"
export JAVA_HOME
java="$JAVA_HOME/bin/java"
if [[ -z "${SKIP_BUILD:-}" ]]; then
  # the tests are neither compiled nor run: the jars are all this needs
  mvn -q -B -o -Dmaven.test.skip=true -Dspotless.check.skip=true package -pl app,bench -am >&2
fi
mkdir -p "$work"
work="$(cd "$work" && pwd)"
plant="$work/plant-$assets.yaml"
[[ -f "$plant" ]] || "$java" -cp bench/target/benchmarks.jar io.zonewarden.bench.GeneratePlantFile "$plant" "$assets"

# the server runs from a copy, so that a build during the run cannot change the jar under it
cp app/target/zonewarden.jar "$work/zonewarden.jar"
data="$(mktemp -d "${TMPDIR:-/tmp}/zonewarden-bench-data.XXXXXX")"
password_file="$data.password"
(umask 077 && head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$password_file")
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
server_pid=""
stop_server() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$data" "$password_file"
}
trap stop_server EXIT

# shellcheck disable=SC2086 # SERVER_JAVA_OPTS and SERVER_ARGS are lists of options
"$java" ${SERVER_JAVA_OPTS:-} -jar "$work/zonewarden.jar" serve --port "$port" --data "$data" \
  --admin-user admin --admin-password-file "$password_file" --server.address=127.0.0.1 ${SERVER_ARGS:-} \
  > "$work/server.log" 2>&1 &
server_pid=$!
echo "server pid $server_pid on 127.0.0.1:$port, data $data, log $work/server.log" >&2
for ((i = 0; i < 240; i++)); do
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "the server stopped during start; its log:" >&2
    tail -n 40 "$work/server.log" >&2
    exit 2
  fi
  [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login" || true)" == 200 ]] && break
  sleep 0.5
done
if [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login" || true)" != 200 ]]; then
  echo "the server did not answer /login within 120 s; its log:" >&2
  tail -n 40 "$work/server.log" >&2
  exit 2
fi

rc=0
"$java" -cp bench/target/benchmarks.jar io.zonewarden.bench.ServerLoad --url "http://127.0.0.1:$port" \
  --model "$plant" --user admin --password-file "$password_file" --clients "$clients" --seconds "$seconds" \
  --warmup "${WARMUP:-5}" --routes "${ROUTES:-.}" | tee "$work/figures.txt" || rc=$?
echo "figures: $work/figures.txt" >&2
exit "$rc"
