# Sourced by CI scripts: builds the seeds into a temporary store and starts `newsgraph serve` on a
# free port, the way .ci/client-checks does. Defines:
#   work      a temporary folder, removed on exit
#   base      http://127.0.0.1:PORT of the running server
#   fail MSG  prints "NAME: FAIL: MSG" and exits 1 (NAME = $ci_name)
# and stops the server on exit. Extra `serve` options may be given in serve_options (an array).
work="$(mktemp -d)"
server=""
cleanup() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
    kill "$server"
    wait "$server" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

fail() { echo "${ci_name:-ci}: FAIL: $*" >&2; exit 1; }

ng="${NEWSGRAPH_CMD:-./newsgraph}"   # the launcher; a jar command line can stand in for it
db="$work/tdb2"
$ng build --db "$db" seeds
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
base="http://127.0.0.1:$port"
$ng serve --db "$db" --port "$port" "${serve_options[@]}" > "$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do
  if curl -fsS "$base/\$/ping" > /dev/null 2>&1; then break; fi
  kill -0 "$server" 2>/dev/null || { cat "$work/serve.log" >&2; fail "the server did not start"; }
  sleep 1
done
curl -fsS "$base/\$/ping" > /dev/null || fail "no answer on $base/\$/ping"
echo "${ci_name:-ci}: server up at $base"
