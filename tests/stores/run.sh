#!/usr/bin/env bash
# Checks newsgraph against the triple stores people already run: rdflib and
# pyoxigraph (PyPI), Virtuoso open source (Debian) and pyshacl. Installs what
# a fresh machine lacks (a venv with tests/stores/requirements.txt; the
# virtuoso-opensource package when root, else prints the command), builds a
# store from the example corpus and the user's seeds, starts a private
# Virtuoso on loopback, runs tests/stores/check.py and stops Virtuoso.
# Exit code: 0 no difference, 1 a difference (printed), 2 a setup failure.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/setup.sh

venv="${NEWSGRAPH_VENV:-$HOME/.cache/newsgraph-venv}"
if ! "$venv/bin/python" -c "import rdflib, pyoxigraph, pyshacl" >/dev/null 2>&1 ||
    ! cmp -s tests/stores/requirements.txt "$venv/requirements.txt"; then
    echo "stores: installing rdflib, pyoxigraph and pyshacl into $venv" >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r tests/stores/requirements.txt
    cp tests/stores/requirements.txt "$venv/requirements.txt"
fi

if ! command -v virtuoso-t >/dev/null 2>&1 || ! command -v isql-vt >/dev/null 2>&1; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
        echo "stores: installing virtuoso-opensource" >&2
        apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends virtuoso-opensource >/dev/null
    else
        echo "the store checks need Virtuoso open source. Run:" >&2
        echo "  sudo apt-get install -y virtuoso-opensource" >&2
        exit 2
    fi
fi
command -v curl >/dev/null 2>&1 || { echo "the store checks need curl: apt-get install -y curl" >&2; exit 2; }

cargo build --release --locked --quiet
ng="$CARGO_TARGET_DIR/release/newsgraph"

work=$(mktemp -d)
sql_port=$("$venv/bin/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
http_port=$("$venv/bin/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cleanup() {
    bash tests/stores/virtuoso.sh stop "$work/virtuoso" "$sql_port" || true
    rm -rf "$work"
}
trap cleanup EXIT

store="$work/store"
"$ng" --quiet --store "$store" ingest examples/articles --manifest examples/manifest.jsonl >/dev/null 2>&1
seeds=../shared/seeds
if [ -d "$seeds" ]; then
    # the user's articles: a second corpus with its own manifest (some files are bad on purpose)
    "$ng" --quiet --store "$store" ingest "$seeds" --manifest "$seeds/manifest.jsonl" >/dev/null 2>&1 || true
fi

start=$(date +%s)
bash tests/stores/virtuoso.sh start "$work/virtuoso" "$sql_port" "$http_port"
echo "stores: Virtuoso $(virtuoso-t -? 2>&1 | grep -o 'Version [0-9.]*' | head -1) on 127.0.0.1:$http_port (started in $(($(date +%s) - start)) s)" >&2

"$venv/bin/python" tests/stores/check.py --newsgraph "$ng" --store "$store" --work "$work/check" \
    --virtuoso-sql "$sql_port" --virtuoso-http "$http_port" --virtuoso-load-dir "$work/virtuoso/load"
